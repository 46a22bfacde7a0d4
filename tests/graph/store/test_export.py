from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from graph.store.export import export
from graph.store.store import Store
from ingest.errors import GeoKGError

A = "https://w3id.org/geokg/actor/"


@pytest.fixture()
def store(tmp_path: Path, fixture_extractions):
    with Store(tmp_path / "kg") as s:
        for ex in fixture_extractions:
            s.add(ex)
        yield s


def _dump(store: Store, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    export(store, fmt, buf, **kw)
    return buf.getvalue()


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("ttl", "turtle"), ("nt", "nt")])
def test_triple_formats_parse_and_hold_every_distinct_triple(store: Store, fmt: str, rdflib_format: str) -> None:
    g = Graph().parse(data=_dump(store, fmt), format=rdflib_format)
    assert len(g) == len({(q.subject, q.predicate, q.object) for q in store.oxigraph})


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_dataset_formats_keep_named_graphs(store: Store, fmt: str, rdflib_format: str) -> None:
    ds = Dataset().parse(data=_dump(store, fmt), format=rdflib_format)
    named = [q for q in store.oxigraph if isinstance(q.graph_name, ox.NamedNode)]
    assert len(list(ds.quads())) == len(named)
    # the article graphs only: the merged default graph is derived from them and not written
    assert {str(c) for *_, c in ds.quads()} == {q.graph_name.value for q in named}
    assert len({q.graph_name for q in named}) == 3


def test_one_article(store: Store) -> None:
    g = Graph().parse(data=_dump(store, "ttl", article_id="f2"), format="turtle")
    assert any("Donald Trump" in str(o) for o in g.objects())
    assert not any("Iran" == str(o) for o in g.objects())
    with pytest.raises(GeoKGError, match="article 'nope' is not in the store"):
        _dump(store, "ttl", article_id="nope")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_formats_have_labels_and_weights(store: Store, fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(_dump(store, fmt))
    G = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    labels = {d.get("label") for _, d in G.nodes(data=True)}
    assert {"Iran", "Russia", "Ukraine", "Donald Trump", "Vladimir Putin"} <= labels
    weights = [float(d["weight"]) for *_, d in G.edges(data=True)]
    assert weights == [1.0, 1.0, 1.0]  # the negated China -> Russia event is not an edge


def test_csv_events(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(_dump(store, "csv").decode())))
    assert [(r["date"], r["source_label"], r["predicate"], r["target_label"], r["negated"]) for r in rows] == [
        ("2025-01-10", "Iran", "supply", "Russia", "false")
        if rows[0]["predicate"] == "supply"
        else ("2025-01-10", "Russia", "attack", "Ukraine", "false"),
        ("2025-01-10", "Russia", "attack", "Ukraine", "false")
        if rows[0]["predicate"] == "supply"
        else ("2025-01-10", "Iran", "supply", "Russia", "false"),
        ("2025-02-01", "China", "supply", "Russia", "true"),
        ("2025-08-15", "Donald Trump", "meet", "Vladimir Putin", "false"),
    ]


def test_plover_records(store: Store) -> None:
    records = [json.loads(line) for line in _dump(store, "plover").decode().splitlines()]
    meet = next(r for r in records if r["actor"] == "Donald Trump")
    assert {k: meet[k] for k in ("date", "recipient", "event_type", "quad_code", "event_text")} == {
        "date": "2025-08-15",
        "recipient": "Vladimir Putin",
        "event_type": "CONSULT",
        "quad_code": "1",
        "event_text": "Donald Trump met Vladimir Putin in Anchorage.",
    }
    assert set(meet) >= {"id", "date", "actor", "recipient", "event_type", "quad_code", "event_text", "cite_info"}
    # where it happened, as POLECAT's event_loc; null for events whose reports name no place
    assert meet["event_loc"] == {"name": "Anchorage", "country": "US", "lat": 61.21806, "lon": -149.90028}
    assert all(r["event_loc"] is None for r in records if r["actor"] != "Donald Trump")


def test_unknown_format(store: Store) -> None:
    with pytest.raises(GeoKGError, match="unknown export format 'xlsx'; use one of ttl"):
        _dump(store, "xlsx")
