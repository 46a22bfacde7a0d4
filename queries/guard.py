"""What the server lets through: decided from the parsed request (rdflib's SPARQL 1.1 parser and algebra),
never from a scan of the text.

A request is refused when its algebra holds a ``SERVICE`` pattern (a federated call out of the server) or a
``LOAD`` operation (a fetch of a remote document). The IRIs of its ``FROM``, ``FROM NAMED``, ``USING`` and
``USING NAMED`` clauses are handed back, so the worker that holds the store can check that each names one
of the store's own graphs.

SPARQL processes ``\\uXXXX`` and ``\\UXXXXXXXX`` escapes over the whole text before parsing. Two parsers that
expand them differently would read one text two ways, so the escapes are expanded here, once, and the
expanded text is both the one checked and the one run; a text whose expansion spells another escape is
refused rather than expanded twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from ingest.errors import QueryError

__all__ = ["CheckedRequest", "RefusedError", "RequestKind", "check_request", "expand_escapes"]

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_OUTSIDE = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}
_DATASET = ("DatasetClause", "UsingClause")


class RequestKind(Enum):
    """The two kinds of SPARQL request the protocol carries."""

    QUERY = "query"
    UPDATE = "update"


class RefusedError(QueryError):
    """A request the server will not run: a syntax error or an operation that reaches outside the store."""


@dataclass(frozen=True, slots=True)
class CheckedRequest:
    """A request that passed: the text to run (escapes expanded) and the graph IRIs its dataset names."""

    text: str
    kind: RequestKind
    dataset: tuple[str, ...] = ()


def expand_escapes(text: str) -> str:
    """The text with its SPARQL code-point escapes replaced by the characters they stand for."""

    def one(match: re.Match) -> str:
        code = int(match.group(1) or match.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise RefusedError(f"the escape {match.group()} names no Unicode character; write the character itself")
        return chr(code)

    expanded = _ESCAPE.sub(one, text)
    if _ESCAPE.search(expanded):
        raise RefusedError(
            "a \\u escape in the request spells another escape once expanded; write the characters themselves"
        )
    return expanded


def _children(node: object) -> list[object]:
    if isinstance(node, dict):  # rdflib's CompValue is an OrderedDict
        return list(node.values())
    if isinstance(node, list | tuple | set | frozenset):
        return list(node)
    if type(node).__name__ == "ParseResults":
        return list(node)
    return []


def _walk(root: object) -> tuple[str | None, list[str]]:
    """The first outside-reaching operation found (or None) and every dataset IRI, iteratively (no recursion
    limit for deep nesting)."""
    dataset: list[str] = []
    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        name = getattr(node, "name", None)
        if isinstance(name, str):
            if name in _OUTSIDE:
                return _OUTSIDE[name], dataset
            if name in _DATASET:
                dataset += [str(iri) for key in ("default", "named") if (iri := dict.get(node, key)) is not None]
        stack.extend(_children(node))
    return None, dataset


def check_request(text: str, *, kind: RequestKind) -> CheckedRequest:
    """Parse a query or an update and refuse it (:class:`RefusedError`) when it is malformed or reaches outside
    the store; otherwise the text to run and the IRIs its dataset clauses name."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    expanded = expand_escapes(text)
    noun = kind.value
    try:
        if kind is RequestKind.QUERY:
            tree = parseQuery(expanded)
            algebra = translateQuery(tree)
            roots: list[object] = [tree, algebra.algebra]
        else:
            tree = parseUpdate(expanded)
            roots = [tree, translateUpdate(tree).algebra]
    except ParseBaseException as exc:
        raise RefusedError(
            f"SPARQL syntax error at line {exc.lineno}, column {exc.column}: {exc.msg}; fix the {noun}"
        ) from exc
    except RecursionError as exc:
        raise RefusedError(f"the {noun} is nested too deeply to check; split it into smaller parts") from exc
    except Exception as exc:  # rdflib's translation raises plain exceptions (an undeclared prefix, ...)
        raise RefusedError(f"SPARQL error: {exc}; fix the {noun}") from exc
    dataset: list[str] = []
    for root in roots:
        outside, iris = _walk(root)
        if outside:
            raise RefusedError(f"{outside} is not allowed on this server: it reaches outside the store")
        dataset += iris
    return CheckedRequest(expanded, kind, tuple(dict.fromkeys(dataset)))
