"""geokg's SPARQL lives in ``.rq`` (query) and ``.ru`` (update) files beside the modules that run them, never in
Python strings; every one of those files parses."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from rdflib.plugins.sparql import prepareQuery, prepareUpdate

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("graph", "queries", "geokg", "ingest")
SPARQL_FILES = sorted(p for top in PACKAGES for ext in ("*.rq", "*.ru") for p in (ROOT / top).rglob(ext))

# a query or update form with a group pattern and a variable, a GRAPH clause over a variable or IRI, or an
# update that needs no braces (DROP/CLEAR of a graph)
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK|INSERT|DELETE)\b", re.IGNORECASE)
_VARIABLE = re.compile(r"[?$][A-Za-z_]\w*")
_GRAPH = re.compile(r"\bGRAPH\s+[?$<]", re.IGNORECASE)
_BARE_UPDATE = re.compile(r"\b(DROP|CLEAR)\s+(SILENT\s+)?(DEFAULT|ALL|NAMED|GRAPH)\b", re.IGNORECASE)


def looks_like_sparql(text: str) -> bool:
    if _GRAPH.search(text) or _BARE_UPDATE.search(text):
        return True
    return bool(_FORM.search(text) and "{" in text and _VARIABLE.search(text))


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring constants (module, class, function): documentation, with examples, may quote SPARQL."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def sparql_strings(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string constant, docstrings aside, that looks like SPARQL."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and looks_like_sparql(node.value)
    ]


@pytest.mark.parametrize(
    "source",
    [
        'Q = "SELECT ?s WHERE { ?s ?p ?o }"',
        "Q = 'ask { ?e <urn:p> ?m }'",
        'U = "DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"',
        'def f(g):\n    return f"SELECT ?s WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"',
        'M = "list them with SELECT DISTINCT ?g { GRAPH ?g {} }"',
    ],
)
def test_the_scan_finds_sparql(source: str) -> None:
    assert sparql_strings(source)


@pytest.mark.parametrize(
    "source",
    [
        '"""SELECT results: a doc string may show SELECT ?x WHERE { ?x ?p ?o }."""',
        'M = "no query; pass ?query=SELECT ... (GET) or a query in the POST body"',
        'M = "a CONSTRUCT or DESCRIBE query returns a graph; use --format turtle"',
    ],
)
def test_the_scan_leaves_prose_alone(source: str) -> None:
    assert not sparql_strings(source)


def test_no_sparql_in_python_strings() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {' '.join(text.split())[:80]}"
        for top in PACKAGES
        for path in sorted((ROOT / top).rglob("*.py"))
        for line, text in sparql_strings(path.read_text(encoding="utf8"))
    ]
    assert not found, (
        "SPARQL belongs in a .rq/.ru file beside the module (graph.rdf.sparql.sparql_file):\n" + "\n".join(found)
    )


def test_there_are_sparql_files() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in SPARQL_FILES}
    assert {"graph/store/remote_triples.rq", "graph/store/rederive.ru", "queries/stats.rq"} <= names


@pytest.mark.parametrize("path", SPARQL_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_sparql_file_parses(path: Path) -> None:
    text = path.read_text(encoding="utf8")
    if path.suffix == ".ru":
        prepareUpdate(text)
        return
    prepareQuery(text)
    if "OFFSET and LIMIT" in text:  # a paged read: RemoteStore appends them
        prepareQuery(text + "\nOFFSET 10 LIMIT 5")
