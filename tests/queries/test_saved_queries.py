"""Golden tests: each saved query on a small hand-written graph returns exactly these rows."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.rdf.rdf import graph_of
from graph.store.store import Store
from ingest.errors import QueryError
from queries import format_result, list_queries, load_query, run_query, summarize

A = "https://w3id.org/geokg/actor/"
CAMEO = "https://w3id.org/geokg/cameo/"


@pytest.fixture()
def store(kg_read_store: Store) -> Store:
    """Every golden test runs on the embedded store and on the remote store on Oxigraph's server and Virtuoso
    (loaded once per backend: these tests only read)."""
    return kg_read_store


@pytest.fixture()
def ox_store(kg_store: Store) -> Store:
    return kg_store


def _rows(store: Store, name: str, **params: str) -> list[tuple]:
    result = run_query(store, load_query(name), params)
    return [tuple(t.value if t is not None else None for t in row) for row in result.rows]


GOLDEN = {
    "events_between": (
        {"a": "Iran", "b": "Russia"},
        [
            (
                A + "iran",
                A + "russia",
                None,
                None,
                "2025-01-10",
                "Iran",
                "supply",
                "Russia",
                "07",
                "false",
                "Iran supplied drones to Russia.",
            )
        ],
    ),
    "who_supplies_whom": ({}, [(A + "iran", "Iran", "Russia", "supply", None, "1")]),
    # the one event whose report names a place: the summit in Anchorage
    "events_in_country": (
        {"country": "US"},
        [
            (
                "US",
                "2025-08-15",
                "Donald Trump",
                "meet",
                "Vladimir Putin",
                "04",
                "Anchorage",
                "61.21806",
                "-149.90028",
                "Donald Trump met Vladimir Putin in Anchorage.",
            )
        ],
    ),
    "events_near": (
        {"south": "60", "north": "62.5", "west": "-151", "east": "-149"},
        [
            (
                "2025-08-15",
                "Donald Trump",
                "meet",
                "Vladimir Putin",
                "Anchorage",
                "61.21806",
                "-149.90028",
                "Donald Trump met Vladimir Putin in Anchorage.",
            )
        ],
    ),
    "top_relations": ({}, [("attack", "18", "1"), ("meet", "04", "1"), ("supply", "07", "1")]),
    "stats": ({}, [("3", "7", "4")]),  # the place of the summit is an actor mentioned too
    "articles": (
        {},
        [
            ("f2", "Summit", "2025-08-15", "Desk", graph_of("f2").value),
            ("f3", "Denial", "2025-02-01", "Other Desk", graph_of("f3").value),
            ("f1", "Drones", "2025-01-10", "Desk", graph_of("f1").value),
        ],
    ),
    # actors named in articles only (Russian officials of the gazetteer who are not mentioned stay out)
    "search_actors": ({"text": "RUSS"}, [(A + "russia", "Russia", "GPE")]),
    "actor_by_label": ({"label": "vladimir putin"}, [("vladimir putin", A + "vladimir-putin")]),
    "actor_timeline": (
        {"actor": "Russia"},
        [
            (A + "russia", "2025-01-10", "actor", "attack", "Ukraine", "18", "false"),
            (A + "russia", "2025-01-10", "target", "supply", "Iran", "07", "false"),
            (A + "russia", "2025-02-01", "target", "supply", "China", "07", "true"),
        ],
    ),
    "dyad_balance": (
        {},
        [("Russia", "Ukraine", "-9", "1"), ("Donald Trump", "Vladimir Putin", "1", "1"), ("Iran", "Russia", "7", "1")],
    ),
    "active_pairs": (
        {},
        [("Donald Trump", "Vladimir Putin", "1"), ("Iran", "Russia", "1"), ("Russia", "Ukraine", "1")],
    ),
    "alliance_cooperation": (
        {"alliance": "BRICS"},
        [(A + "brics", "Iran", "supply", "Russia", "2", "2025-01-10")],
    ),
    "events_by_cameo": (
        {"cameo": "07"},
        [
            (CAMEO + "07", "2025-01-10", "Iran", "supply", "Russia", "false", "Iran supplied drones to Russia."),
            (
                CAMEO + "07",
                "2025-02-01",
                "China",
                "supply",
                "Russia",
                "true",
                "China did not supply weapons to Russia.",
            ),
        ],
    ),
    "edge_evidence": (
        {"source": "Iran", "target": "Russia"},
        [(A + "iran", A + "russia", "supply", "false", "Iran supplied drones to Russia.", "0", "31", "f1", "Drones")],
    ),
    "negated_actors": ({}, [("China", "1")]),
    "new_relations": (
        {"since": "2025-02-01"},
        [("2025-02-01", "Donald Trump", "meet", "Vladimir Putin", "2025-08-15")],
    ),
    # geokg's own asserted, dated events per month and dyad, people rolled up to the country they lead; nothing
    # imported yet (test_compare_coders_lines_up_an_import)
    "compare_coders": (
        {},
        [
            ("2025-01", "Iran", "Russia", "1", "0", A + "iran", A + "russia"),
            ("2025-01", "Russia", "Ukraine", "1", "0", A + "russia", A + "ukraine"),
            ("2025-08", "United States", "Russia", "1", "0", A + "united-states", A + "russia"),
        ],
    ),
}


def test_actor_profile(store: Store) -> None:
    [row] = _rows(store, "actor_profile", actor="Russia")
    assert row[:6] == (A + "russia", "Russia", "GPE", "http://www.wikidata.org/entity/Q159", "1", "2")
    # no leader named in an article: unbound (Oxigraph) or the empty GROUP_CONCAT the standard defines (Virtuoso)
    assert row[6] in (None, "")
    assert set(row[7].split(", ")) == {
        "BRICS",
        "Shanghai Cooperation Organisation",
        "Collective Security Treaty Organization",
        "Eurasian Economic Union",
        "United Nations Security Council",
        "G20",
    }


def test_leaders(store: Store) -> None:
    # columns: date, leader, led, office, from, until
    rows = [r[1:4] for r in _rows(store, "leaders") if r[4] is None]  # the gazetteer's and the articles' leaders
    assert [r for r in rows if r[1] == "Russia"] == [("Vladimir Putin", "Russia", "President of Russia")]
    assert ("Mark Rutte", "NATO", "Secretary General of NATO") in rows


def test_leaders_on_a_date(store: Store) -> None:
    """With a date, the dated offices that day only (ingest/data/offices.json)."""
    rows = _rows(store, "leaders", date="2009-05-01")
    russia = {(r[1], r[3]) for r in rows if r[2] == "Russia" and r[3] in ("President", "Prime Minister")}
    assert russia == {("Dmitry Medvedev", "President"), ("Vladimir Putin", "Prime Minister")}
    assert all(r[0] == "2009-05-01" and r[4] <= "2009-05-01" and (r[5] is None or r[5] >= "2009-05-01") for r in rows)
    assert not any(r[2] == "Russia" and r[1] == "Vladimir Putin" and r[3] == "President" for r in rows)


def test_places_outside_the_country_or_the_box_are_left_out(store: Store) -> None:
    assert _rows(store, "events_in_country", country="UA") == []
    assert _rows(store, "events_near", south="44", north="53", west="22", east="41") == []
    with pytest.raises(QueryError, match="not a number"):
        _rows(store, "events_near", south="north", north="53", west="22", east="41")


def test_events_between_date_window(store: Store) -> None:
    assert _rows(store, "events_between", a="Iran", b="Russia", since="2025-02-01") == []
    assert len(_rows(store, "events_between", a="Iran", b="Russia", until="2025-01-10")) == 1


def test_every_saved_query_has_a_golden_test() -> None:
    assert {q.name for q in list_queries()} == set(GOLDEN) | {"actor_profile", "leaders", "ego_graph", "analysis_blocs"}


def test_analysis_blocs_joins_stored_blocs_with_events(kg_any_store: Store) -> None:
    from graph.store.results import analysis_graph, bloc_quads

    store = kg_any_store  # writes: a store of its own
    partitions = {
        "louvain": [{A + "iran", A + "russia"}],
        "least-frustration": [{A + "iran", A + "russia"}, {A + "ukraine"}],
    }
    store.replace_graph(analysis_graph("t"), bloc_quads("t", partitions, frustration=0.0))
    run = "https://w3id.org/geokg/graph/analysis/t"
    # asserted events only: Russia attacked Ukraine and received Iran's drones; China's denied supply is out
    assert _rows(store, "analysis_blocs") == [
        (run, "least-frustration", "least-frustration bloc 1", "Iran", "1"),
        (run, "least-frustration", "least-frustration bloc 1", "Russia", "2"),
        (run, "least-frustration", "least-frustration bloc 2", "Ukraine", "1"),
        (run, "louvain", "louvain bloc 1", "Iran", "1"),
        (run, "louvain", "louvain bloc 1", "Russia", "2"),
    ]
    # the run is not an article, and replacing it with nothing removes it from the merged graph
    assert analysis_graph("t") not in store.article_graphs()
    store.replace_graph(analysis_graph("t"), [])
    assert _rows(store, "analysis_blocs") == []


def test_ego_graph_is_a_graph_in_turtle(store: Store) -> None:
    result = run_query(store, load_query("ego_graph"), {"actor": "Russia"})
    got = {(t.subject.value, t.predicate.value, t.object.value) for t in result.triples or []}
    rel, label = "https://w3id.org/geokg/rel/", "http://www.w3.org/2000/01/rdf-schema#label"
    # the asserted edges only: China's denied supply is an event, not an edge
    assert {t for t in got if t[1].startswith(rel)} == {
        (A + "iran", rel + "supply", A + "russia"),
        (A + "russia", rel + "attack", A + "ukraine"),
    }
    # standing relations from the background graph, and a label for every node
    geo = "https://w3id.org/geokg/ontology#"
    assert (A + "vladimir-putin", geo + "leaderOf", A + "russia") in got
    assert (A + "russia", geo + "memberOf", A + "csto") in got
    nodes = {n for s_, p_, o_ in got if p_ != label for n in (s_, o_)}
    assert nodes == {s_ for s_, p_, _ in got if p_ == label}
    text = format_result(result, "turtle")
    assert "@prefix actor: <https://w3id.org/geokg/actor/>" in text and "rel:attack actor:ukraine" in text
    from rdflib import Graph, URIRef

    parsed = Graph().parse(data=text, format="turtle")
    assert len(parsed) == len(got)
    assert (URIRef(A + "russia"), URIRef(rel + "attack"), URIRef(A + "ukraine")) in parsed
    with pytest.raises(QueryError, match="returns a graph; use --format turtle, not csv"):
        format_result(result, "csv")
    with pytest.raises(QueryError, match="--format turtle is for CONSTRUCT"):
        format_result(run_query(store, load_query("stats")), "turtle")


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden(store: Store, name: str) -> None:
    params, expected = GOLDEN[name]
    assert _rows(store, name, **params) == expected


def test_events_between_is_symmetric_and_keeps_negated(store: Store) -> None:
    rows = _rows(store, "events_between", a="Russia", b="China")
    assert [(r[5], r[6], r[9]) for r in rows] == [("China", "supply", "true")]
    assert _rows(store, "events_between", a="Russia", b="Iran")[0][6] == "supply"


def test_who_supplies_whom_filters_by_supplier(store: Store) -> None:
    assert _rows(store, "who_supplies_whom", supplier="Russia") == []
    assert len(_rows(store, "who_supplies_whom", supplier="Iran")) == 1


def test_summary(store: Store) -> None:
    s = summarize(store)
    assert (s.articles, s.actors, s.events) == (3, 7, 4)
    assert s.top_relations[0] == ("attack", "18", 1)


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("nope", {}, "unknown saved query 'nope'; valid names: .*events_between"),
        ("events_between", {"x": "1"}, "has no parameter 'x'; valid parameters: a, b"),
        ("events_between", {"a": "Atlantis", "b": "Iran"}, "no actor named 'Atlantis'"),
    ],
)
def test_query_errors(store: Store, name: str, params: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        run_query(store, load_query(name), params)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("SELECT ?x WHERE { ?x ?y }", 1),
        ("SELECT ?x\nWHERE {\n  ?x ?y ?z .\n  FILTER (?x = \n}", 5),
        ("SELECT ?x WHERE { ?x ?y ?z . FILTER(?x = ) }", 1),
        ("SELECT ?x WHERE {\n ?x ?y ?z .\n ?x ?y }", 3),
    ],
)
def test_syntax_error_shows_line_and_column(ox_store: Store, text: str, line: int) -> None:
    expected = rf"SPARQL syntax error at line {line}, column \d+ .*; fix the query text there"
    with pytest.raises(QueryError, match=expected):
        ox_store.query(text)
    # a VALUES block for a binding goes in after the WHERE brace; the position still points into the text as written
    plain = re.search(r"line \d+, column \d+", str(_error(ox_store, text, None)))
    bound = re.search(r"line \d+, column \d+", str(_error(ox_store, text, {"z": ox.Literal("v")})))
    assert plain is not None and bound is not None and plain.group() == bound.group()


def _error(store: Store, text: str, bindings: dict | None) -> QueryError:
    with pytest.raises(QueryError) as info:
        store.query(text, bindings)
    return info.value


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_formats(store: Store, fmt: str) -> None:
    text = format_result(run_query(store, load_query("top_relations")), fmt)
    assert "attack" in text and "meet" in text


def test_json_is_sparql_results_json(store: Store) -> None:
    import json

    data = json.loads(format_result(run_query(store, load_query("stats")), "json"))
    assert data["head"]["vars"] == ["articles", "actors", "events"]
    assert data["results"]["bindings"][0]["events"] == {
        "type": "literal",
        "value": "4",
        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
    }


HOSTILE = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["} DROP ALL ; SELECT * {", '" . ?s ?p ?o }', "Iran'\n}", "<http://x>", "\\u0022", "Russia"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=HOSTILE)
def test_hostile_parameters_are_only_values(ox_store: Store, value: str) -> None:
    before = ox_store.canonical_hash()
    for saved in list_queries():
        for param in saved.params:
            try:
                result = run_query(ox_store, saved, {param.name: value})
            except QueryError as exc:
                assert any(
                    m in str(exc)
                    for m in (
                        "no actor named",
                        "names",
                        "valid IRI",
                        "not a date",
                        "not a CAMEO root",
                        "not an integer",
                        "not a number",
                    )
                )
                continue
            assert result.variables  # ran as the saved query it is
    assert ox_store.canonical_hash() == before


def test_compare_coders_lines_up_an_import(store: Store) -> None:
    """A GDELT export and a PLOVER file beside geokg's own events, per dyad and month, on every backend (the remote
    store gets each import in one Graph Store request); the imports are taken out again afterwards, so the
    module's store reads as before."""
    from pathlib import Path

    import pyoxigraph as ox

    from graph.imports import ImportKind, import_file

    data = Path(__file__).parents[1] / "graph" / "imports" / "data"
    before = store.triple_count()
    graphs = []
    try:
        graphs.append(import_file(store, data / "20250110.export.CSV", kind=ImportKind.GDELT).graph)
        graphs.append(import_file(store, data / "events.jsonl", kind=ImportKind.PLOVER).graph)
        rows = {r[:3]: r[3:5] for r in _rows(store, "compare_coders")}
        assert rows[("2025-01", "Iran", "Russia")] == ("1", "4")  # geokg 1; GDELT 3 and PLOVER 1
        assert rows[("2025-08", "United States", "Russia")] == (
            "1",
            "3",
        )  # the summit: geokg, GDELT 2, PLOVER's leaders
        assert rows[("2025-03", "LAKESIDE RELIEF FUND", "Israel")] == ("0", "1")  # a new actor, by GDELT's name
        assert ("2025-02", "China", "Russia") not in rows  # a denied supply counts for no one
        gdelt = _rows(store, "compare_coders", coder="gdelt", since="2025-01-11", until="2025-01-31")
        assert [r[:5] for r in gdelt] == [
            ("2025-01", "Iran", "Russia", "0", "1"),  # geokg's report of the 10th and GDELT's two are outside
            ("2025-01", "Russia", "Ukraine", "0", "2"),
            ("2025-01", "United States", "Russia", "0", "1"),
        ]
        assert _rows(store, "compare_coders", coder="nobody", until="2025-01-31") == [
            ("2025-01", "Iran", "Russia", "1", "0", A + "iran", A + "russia"),
            ("2025-01", "Russia", "Ukraine", "1", "0", A + "russia", A + "ukraine"),
        ]
        # geokg's own counts are untouched by the imports
        assert _rows(store, "dyad_balance") == GOLDEN["dyad_balance"][1]
        assert _rows(store, "active_pairs") == GOLDEN["active_pairs"][1]
        assert summarize(store).events == 4
    finally:
        for g in graphs:
            store.replace_graph(ox.NamedNode(g), [])
    assert store.triple_count() == before  # an import taken out leaves nothing behind
    assert _rows(store, "compare_coders") == GOLDEN["compare_coders"][1]
