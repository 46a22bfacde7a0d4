"""The server's request check decides from the parse: SERVICE and LOAD are refused wherever the text hides
them, dataset clauses are reported, and ordinary requests pass unchanged."""

from __future__ import annotations

import pytest

from queries.guard import RefusedError, RequestKind, check_request, expand_escapes

Q = RequestKind.QUERY
U = RequestKind.UPDATE
OUT = "<http://127.0.0.1:9/sparql>"


@pytest.mark.parametrize(
    ("text", "kind", "refused"),
    [
        # a long string holding a stray quote hid the keyword from the old text filter
        (f'SELECT * {{ ?s ?p """one"two""" . SERVICE {OUT} {{ ?s ?p ?o }} }}', Q, "SERVICE"),
        (f"SELECT * {{ ?s ?p '''it's''' . SERVICE {OUT} {{ ?s ?p ?o }} }}", Q, "SERVICE"),
        (f"SELECT * {{ ?s ?p ?o FILTER EXISTS {{ SERVICE SILENT {OUT} {{ ?s ?p ?o }} }} }}", Q, "SERVICE"),
        (f"SELECT * {{ {{ SELECT ?s {{ SERVICE {OUT} {{ ?s ?p ?o }} }} }} }}", Q, "SERVICE"),
        (f"SELECT * {{ ?s ?p ?o OPTIONAL {{ sErViCe {OUT} {{ ?s ?p ?o }} }} }}", Q, "SERVICE"),
        ("SELECT * { SERVICE ?endpoint { ?s ?p ?o } }", Q, "SERVICE"),
        (f'INSERT DATA {{ GRAPH <urn:g> {{ <urn:a> <urn:b> """x"y""" }} }} ; LOAD {OUT}', U, "LOAD"),
        (f"LOAD SILENT {OUT} INTO GRAPH <urn:g>", U, "LOAD"),
        (f"INSERT {{ GRAPH <urn:g> {{ ?s ?p ?o }} }} WHERE {{ SERVICE {OUT} {{ ?s ?p ?o }} }}", U, "SERVICE"),
    ],
)
def test_outside_operations_are_refused_from_the_parse(text: str, kind: RequestKind, refused: str) -> None:
    with pytest.raises(RefusedError, match=f"{refused} is not allowed on this server"):
        check_request(text, kind=kind)


@pytest.mark.parametrize(
    ("text", "kind", "dataset"),
    [
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", Q, ()),
        ('SELECT ?s WHERE { ?s ?p "SERVICE <http://x/> LOAD" } # SERVICE', Q, ()),
        (
            "SELECT * FROM <urn:g1> FROM NAMED <http://example.org/g2> { ?s ?p ?o }",
            Q,
            ("urn:g1", "http://example.org/g2"),
        ),
        ("ASK { <http://example.org/service> ?p ?o }", Q, ()),
        ("INSERT { GRAPH <urn:g> { ?s ?p ?o } } USING <urn:u> WHERE { ?s ?p ?o }", U, ("urn:u",)),
        ("INSERT DATA { GRAPH <urn:notes> { <urn:a> <urn:b> 'load' } }", U, ()),
    ],
)
def test_ordinary_requests_pass_with_their_dataset(text: str, kind: RequestKind, dataset: tuple[str, ...]) -> None:
    checked = check_request(text, kind=kind)
    assert checked.text == text and set(checked.dataset) == set(dataset)


def test_escapes_are_expanded_once_and_the_expanded_text_is_what_runs() -> None:
    checked = check_request('SELECT ?s WHERE { ?s ?p "caf\\u00e9" }', kind=Q)
    assert checked.text == 'SELECT ?s WHERE { ?s ?p "café" }'
    # a quote written as an escape closes the string, so SERVICE stands outside it and is seen
    hidden = f'SELECT * {{ ?s ?p "a\\u0022 . SERVICE {OUT} {{ ?s ?p ?o }} ?x ?y "b" }}'
    with pytest.raises(RefusedError, match="SERVICE"):
        check_request(hidden, kind=Q)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("\\u005Cu0022", "spells another escape"),
        ("\\U0011FFFF", "names no Unicode character"),
        ("\\uD800", "names no Unicode character"),
    ],
)
def test_escapes_that_two_parsers_could_read_two_ways_are_refused(text: str, message: str) -> None:
    with pytest.raises(RefusedError, match=message):
        expand_escapes(f'SELECT * {{ ?s ?p "{text}" }}')


@pytest.mark.parametrize(
    ("text", "kind", "message"),
    [
        ("SELECT * WHERE { ?s ?p }", Q, r"syntax error at line 1, column \d+"),
        ("SELECT *\nWHERE {\n  ?s ?p ?o .\n  FILTER(\n}", Q, r"line [2-5], column"),
        ("INSERT DATA { <urn:a> <urn:b> }", U, "fix the update"),
        ("SELECT * WHERE " + "{ " * 3000 + "?s ?p ?o" + " }" * 3000, Q, "nested too deeply|syntax error"),
    ],
)
def test_malformed_requests_are_refused_with_a_position(text: str, kind: RequestKind, message: str) -> None:
    with pytest.raises(RefusedError, match=message):
        check_request(text, kind=kind)
