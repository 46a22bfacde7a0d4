"""Golden tests: each saved query on a small hand-written graph returns exactly these rows."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.store import Store
from ingest.errors import QueryError
from queries import format_result, inline_query, list_queries, load_query, run_query, summarize

A = "https://w3id.org/geokg/actor/"
CAMEO = "https://w3id.org/geokg/cameo/"


@pytest.fixture()
def store(kg_store: Store) -> Store:
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
    "top_relations": ({}, [("attack", "18", "1"), ("meet", "04", "1"), ("supply", "07", "1")]),
    "stats": ({}, [("3", "6", "4")]),
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
}


def test_actor_profile(store: Store) -> None:
    [row] = _rows(store, "actor_profile", actor="Russia")
    assert row[:7] == (A + "russia", "Russia", "GPE", "http://www.wikidata.org/entity/Q159", "1", "2", None)
    assert set(row[7].split(", ")) == {
        "BRICS",
        "Shanghai Cooperation Organisation",
        "Collective Security Treaty Organization",
        "Eurasian Economic Union",
        "UN Security Council",
        "G20",
    }


def test_leaders(store: Store) -> None:
    rows = _rows(store, "leaders")
    assert [r for r in rows if r[1] == "Russia"] == [("Vladimir Putin", "Russia", "President of Russia")]
    assert ("Mark Rutte", "NATO", "Secretary General of NATO") in rows


def test_events_between_date_window(store: Store) -> None:
    assert _rows(store, "events_between", a="Iran", b="Russia", since="2025-02-01") == []
    assert len(_rows(store, "events_between", a="Iran", b="Russia", until="2025-01-10")) == 1


def test_every_saved_query_has_a_golden_test() -> None:
    assert {q.name for q in list_queries()} == set(GOLDEN) | {"actor_profile", "leaders"}


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
    assert (s.articles, s.actors, s.events) == (3, 6, 4)
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


def test_syntax_error_shows_position(store: Store) -> None:
    with pytest.raises(QueryError, match=r"SPARQL syntax error: .*1"):
        run_query(store, inline_query("SELECT ?x WHERE { ?x ?y }"))


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
def test_hostile_parameters_are_only_values(store: Store, value: str) -> None:
    before = store.canonical_hash()
    for saved in list_queries():
        for param in saved.params:
            try:
                result = run_query(store, saved, {param.name: value})
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
                    )
                )
                continue
            assert result.variables  # ran as the saved query it is
    assert store.canonical_hash() == before
