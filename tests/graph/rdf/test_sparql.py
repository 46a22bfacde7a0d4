"""Bindings go into a query as a VALUES block of RDF terms, at the head of the WHERE clause."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.rdf.sparql import with_values
from ingest.errors import QueryError

LIT = ox.Literal("v")


@pytest.mark.parametrize(
    ("query", "expected_prefix"),
    [
        ("SELECT ?x WHERE { ?x ?p ?o }", "SELECT ?x WHERE {"),
        ("SELECT ?x { ?x ?p ?o }", "SELECT ?x {"),
        ("select ?x where{?x ?p ?o}", "select ?x where{"),
        # a comment, an IRI with '#' and a string with braces before the WHERE brace are skipped
        ("# WHERE { in a comment\nPREFIX g: <http://x#>\nSELECT ?x WHERE { ?x ?p ?o }", "SELECT ?x WHERE {"),
        ("CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }", "CONSTRUCT { ?x ?p ?o } WHERE {"),
        ("SELECT ?where WHERE { ?where ?p ?o }", "SELECT ?where WHERE {"),
        ('SELECT ("{" AS ?b) ?x WHERE { ?x ?p ?o }', 'SELECT ("{" AS ?b) ?x WHERE {'),
    ],
)
def test_values_block_goes_after_the_where_brace(query: str, expected_prefix: str) -> None:
    text = with_values(query, {"o": LIT})
    head, _, rest = text.partition(' VALUES (?o) { ("v") } ')
    assert head.endswith(expected_prefix)
    assert head + rest == query


def test_unbound_parameter_is_undef_and_names_are_sorted() -> None:
    text = with_values("SELECT * WHERE { ?a ?b ?c }", {"c": None, "a": ox.NamedNode("http://x/a")})
    assert "VALUES (?a ?c) { (<http://x/a> UNDEF) }" in text


@pytest.mark.parametrize(
    ("query", "bindings", "message"),
    [
        ("DESCRIBE <http://x>", {"o": LIT}, "no WHERE clause to bind parameters in"),
        ("SELECT * WHERE { ?a ?b ?c }", {"a b": LIT}, "not a SPARQL variable name"),
        ("SELECT * WHERE { ?a ?b ?c }", {"a": "text"}, "must be an IRI or a literal, not str"),
    ],
)
def test_bad_bindings(query: str, bindings: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        with_values(query, bindings)


@given(value=st.text(max_size=60))
def test_any_text_is_one_literal_in_one_row(value: str) -> None:
    store = ox.Store()
    rows = list(store.query(with_values("SELECT ?v WHERE { }", {"v": ox.Literal(value)})))
    assert [r["v"] for r in rows] == [ox.Literal(value)]
