"""The merged default graph and one event with many reports."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.rdf.rdf import N, graph_of
from graph.rdf.vocab import GEO
from graph.store.store import STAGING, Store
from ingest.records import Article, Extraction
from tests.conftest import relation


def _named_union(store: Store) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in store.oxigraph if isinstance(q.graph_name, ox.NamedNode)}


def _merged(store: Store) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in store.triples()}


def _report(article_id: str, date: str, *, negated: bool = False, text_extra: str = "") -> Extraction:
    s = "Iran did not supply drones to Russia." if negated else "Iran supplied drones to Russia."
    article = Article(id=article_id, text=s + text_extra, title=article_id, published=date, source="Desk")
    rel = relation(
        s, "Iran", "iran", "supply", "Russia", "russia", cameo="07", quad=2, goldstein=7.0, negated=negated, date=date
    )
    ex = Extraction(article, relations=[rel])
    ex.mentions.extend((rel.subject, rel.object))
    return ex


def _events(store: Store) -> dict[str, list[str]]:
    """Event IRI -> the article graphs of its mentions."""
    out: dict[str, list[str]] = {}
    for q in store.triples(None, N(GEO.mention), None):
        for src in store.triples(q.object, N("http://www.w3.org/ns/prov#wasDerivedFrom"), None):
            out.setdefault(q.subject.value, []).append(src.object.value)
    return {k: sorted(v) for k, v in out.items()}


OPS = st.lists(
    st.tuples(st.sampled_from(["add", "change", "remove"]), st.integers(min_value=0, max_value=2)), max_size=8
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_merged_graph_is_the_union_of_article_graphs_after_any_sequence(fixture_extractions, ops) -> None:
    # the fixture is read-only here, so sharing it across examples is safe
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "kg") as store:
        for op, i in ops:
            ex = fixture_extractions[i]
            if op == "add":
                store.add(ex)
            elif op == "change":
                changed = dataclasses.replace(ex.article, text=ex.article.text + " Changed.")
                store.add(dataclasses.replace(ex, article=changed, relations=ex.relations[:1]))
            else:
                store.remove(ex.article.id)
            assert _merged(store) == _named_union(store)
        assert not any(g.value.startswith(str(STAGING)) for g in store.oxigraph.named_graphs())


def test_shared_triples_stay_until_the_last_article_goes(tmp_path: Path, fixture_extractions) -> None:
    with Store(tmp_path / "kg") as store:
        for ex in fixture_extractions:
            store.add(ex)
        russia_label = (N("https://w3id.org/geokg/actor/russia"), N("http://www.w3.org/2000/01/rdf-schema#label"))
        assert any(True for _ in store.triples(*russia_label, None))  # f1 and f3 both mention Russia
        store.remove("f1")
        assert any(True for _ in store.triples(*russia_label, None))
        store.remove("f3")
        assert not any(True for _ in store.triples(*russia_label, None))


@pytest.mark.parametrize(
    ("second_date", "negated", "events"),
    [
        ("2025-03-01", False, 1),  # same day
        ("2025-03-02", False, 1),  # a day later
        ("2025-02-28", False, 1),  # a day earlier
        ("2025-03-03", False, 2),  # two days later: another event
        ("2025-03-01", True, 2),  # a denial is not the same event as the report
    ],
)
def test_one_event_many_reports(tmp_path: Path, second_date: str, negated: bool, events: int) -> None:
    with Store(tmp_path / "kg") as store:
        store.add(_report("a", "2025-03-01"))
        store.add(_report("b", second_date, negated=negated))
        found = _events(store)
        assert len(found) == events
        if events == 1:
            (mentions,) = found.values()
            assert mentions == sorted([graph_of("a").value, graph_of("b").value])
            (ev,) = found
            dates = [q.object.value for q in store.triples(N(ev), N(GEO.date), None)]
            assert dates == ["2025-03-01"]  # the event keeps the first stored date; each mention has its own
        assert _merged(store) == _named_union(store)


def test_event_survives_removal_of_the_article_that_first_told_it(tmp_path: Path) -> None:
    with Store(tmp_path / "kg") as store:
        store.add(_report("a", "2025-03-01"))
        store.add(_report("b", "2025-03-02"))
        store.remove("a")
        (mentions,) = _events(store).values()
        assert mentions == [graph_of("b").value]
        query = "PREFIX geo: <https://w3id.org/geokg/ontology#> SELECT ?d WHERE { ?e a geo:Event ; geo:date ?d }"
        rows = list(store.query(query))
        assert [r["d"].value for r in rows] == ["2025-03-01"]


def test_same_event_twice_in_one_article_is_one_event_with_two_mentions(tmp_path: Path) -> None:
    s1, s2 = "Iran supplied drones to Russia.", "Iran supplied drones to Russia again."
    article = Article(id="twice", text=f"{s1} {s2}", published="2025-03-01")
    rels = [
        relation(
            s1, "Iran", "iran", "supply", "Russia", "russia", cameo="07", quad=2, goldstein=7.0, date="2025-03-01"
        ),
        relation(
            s2,
            "Iran",
            "iran",
            "supply",
            "Russia",
            "russia",
            cameo="07",
            quad=2,
            goldstein=7.0,
            date="2025-03-01",
            offset=len(s1) + 1,
        ),
    ]
    with Store(tmp_path / "kg") as store:
        store.add(Extraction(article, relations=rels))
        (mentions,) = _events(store).values()
        assert len(mentions) == 2


def test_writer_drops_a_staging_graph_left_by_a_crash(tmp_path: Path, fixture_extractions) -> None:
    with Store(tmp_path / "kg") as store:
        store.add(fixture_extractions[0])
        before = store.canonical_hash()
        junk = N(STAGING + "deadbeef")
        store.oxigraph.add(ox.Quad(N(GEO.Event), N(GEO.actor), ox.Literal("half"), junk))
    with Store(tmp_path / "kg") as store:
        assert store.canonical_hash() == before
        assert len(store.article_graphs()) == 1


def test_writer_rebuilds_the_merged_graph_of_an_older_store(tmp_path: Path, fixture_extractions) -> None:
    with Store(tmp_path / "kg") as store:
        for ex in fixture_extractions:
            store.add(ex)
        expected = store.canonical_hash()
        store.oxigraph.clear_graph(ox.DefaultGraph())
        assert not _merged(store)
    with Store(tmp_path / "kg") as store:
        assert store.canonical_hash() == expected


def test_an_nquads_export_bulk_loads_into_the_same_store(tmp_path: Path, kg_store: Store) -> None:
    import io

    from graph.store.export import export

    dump = io.BytesIO()
    export(kg_store, "nq", dump)
    with Store(tmp_path / "copy") as copy:
        lines = copy.bulk_load_nquads(dump.getvalue())
        assert lines == len([q for q in kg_store.oxigraph if isinstance(q.graph_name, ox.NamedNode)])
        assert copy.canonical_hash() == kg_store.canonical_hash()
