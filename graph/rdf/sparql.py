"""Apply parameter bindings to a SPARQL query as a ``VALUES`` block of RDF terms.

Oxigraph's ``substitutions`` bind variables without telling its optimiser, so a bound alliance or actor is
looked up after full scans (a saved query took 14 s instead of 10 ms on 100k quads). A ``VALUES`` block at
the head of the ``WHERE`` clause is plain SPARQL 1.1: every engine (Oxigraph, Virtuoso, Fuseki) plans with
the values known, as rdflib's SPARQLStore does with ``initBindings``. The values are RDF terms written by the
RDF library's own N-Triples serialiser (escaping included), never raw text, so a parameter can only ever be
a term: ``"} DROP ALL"`` stays a string literal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox

from ingest.errors import QueryError

__all__ = ["Binding", "sparql_file", "syntax_error", "term_text", "with_value_rows", "with_values"]

Binding = ox.NamedNode | ox.Literal | None

_TOKEN = re.compile(
    r"""(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<long>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*''')
      | (?P<short>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
      | (?P<comment>\#[^\n]*)
      | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)
      | (?P<word>[A-Za-z_][A-Za-z0-9_.\-]*(?::[A-Za-z0-9_.\-]*)?)
      | (?P<brace>\{)
      | .""",
    re.VERBOSE | re.DOTALL,
)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def sparql_file(module: str | Path, name: str) -> str:
    """The text of the query (``.rq``) or update (``.ru``) ``name`` kept beside a module: geokg's SPARQL
    lives in these files, never in Python strings (``sparql_file(__file__, "remote_has_graph.rq")``)."""
    path = Path(module).with_name(name)
    if path.suffix not in (".rq", ".ru"):
        raise QueryError(f"{name!r} is not a SPARQL file; name a .rq query or a .ru update")
    return path.read_text(encoding="utf8")


def term_text(term: ox.NamedNode | ox.Literal) -> str:
    """A term in SPARQL syntax, written by pyoxigraph's N-Triples serialiser."""
    if not isinstance(term, ox.NamedNode | ox.Literal):
        raise QueryError(f"a query parameter must be an IRI or a literal, not {type(term).__name__}; pass a value")
    return str(term)


def _where_brace(sparql: str) -> int:
    """The offset just after the ``{`` that opens the outer WHERE clause."""
    first_brace = None
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup
        if kind == "word" and match.group().upper() == "WHERE":
            rest = _TOKEN.finditer(sparql, match.end())
            for nxt in rest:
                if nxt.lastgroup == "brace":
                    return nxt.end()
            break
        if kind == "brace" and first_brace is None:
            first_brace = match.end()
    if first_brace is None:
        raise QueryError("the query has no WHERE clause to bind parameters in; add WHERE { ... }")
    return first_brace


def with_values(sparql: str, bindings: Mapping[str, Binding]) -> str:
    """The query with ``VALUES (?a ?b) { (<iri> "text") }`` at the head of its WHERE clause.

    ``None`` binds nothing (``UNDEF``): the query sees the variable unbound.

    >>> with_values("SELECT ?x WHERE { ?x ?p ?o }", {"o": ox.Literal("a } b")})
    'SELECT ?x WHERE { VALUES (?o) { ("a } b") }  ?x ?p ?o }'
    """
    if not bindings:
        return sparql
    names = sorted(bindings)
    values = " ".join("UNDEF" if bindings[n] is None else term_text(bindings[n]) for n in names)
    return _insert_values(sparql, names, f"({values})")


def _insert_values(sparql: str, names: Sequence[str], rows: str) -> str:
    """``VALUES (?names) { rows }`` after the brace that opens the outer WHERE clause."""
    for name in names:
        if not _NAME.fullmatch(name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name; use letters, digits and _")
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ {rows} }} "
    at = _where_brace(sparql)
    return sparql[:at] + block + sparql[at:]


def with_value_rows(sparql: str, name: str, terms: Sequence[ox.NamedNode | ox.Literal]) -> str:
    """The query with ``VALUES (?name) { (t1) (t2) ... }`` (one row per term) at the head of its WHERE clause.

    >>> with_value_rows("SELECT ?s WHERE { ?s ?p ?o }", "s", [ox.NamedNode("urn:a"), ox.NamedNode("urn:b")])
    'SELECT ?s WHERE { VALUES (?s) { (<urn:a>) (<urn:b>) }  ?s ?p ?o }'
    """
    return _insert_values(sparql, [name], " ".join(f"({term_text(t)})" for t in terms))


_AT = re.compile(r"error at (\d+):(\d+): ?(.*)", re.DOTALL)


def syntax_error(exc: SyntaxError, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryError:
    """A one-line error with the line and column in the query as written (before any VALUES block)."""
    message = str(exc)
    match = _AT.search(message)
    if not match:
        return QueryError(f"SPARQL syntax error: {message}; check the query text")
    line, column, what = int(match[1]), int(match[2]), match[3].strip()
    if bindings:
        try:
            at = _where_brace(sparql)
        except QueryError:
            at = -1
        head = sparql[:at]
        added = len(with_values(sparql, bindings)) - len(sparql)
        if at >= 0 and line == head.count("\n") + 1 and column > at - (head.rfind("\n") + 1):
            column = max(column - added, at - head.rfind("\n"))
    lines = sparql.splitlines() or [""]
    shown = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    near = f" near {shown[:60]!r}" if shown else ""
    return QueryError(f"SPARQL syntax error at line {line}, column {column}{near}: {what}; fix the query text there")
