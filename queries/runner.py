"""Load saved ``.rq`` queries, bind parameters safely and format results.

Each saved query starts with a header of ``# key: value`` comments::

    # name: events_between
    # description: All events between two actors ...
    # param: a actor  first actor

Parameter values are never spliced into query text: they become RDF terms
(``actor`` labels are resolved to actor IRIs) and go in as Oxigraph
substitutions. A bound variable must be projected by the query; a parameter
that is not given stays unbound.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from graph.rdf.mint import cameo_iri
from graph.store.protocol import GraphStore
from graph.store.remote import RemoteSolutions
from ingest.errors import QueryError

__all__ = [
    "FORMATS",
    "QUERY_DIR",
    "Param",
    "QueryResult",
    "SavedQuery",
    "bind_params",
    "check_date",
    "format_result",
    "json_term",
    "list_queries",
    "load_query",
    "resolve_actor",
    "run_query",
]

QUERY_DIR = Path(__file__).parent
FORMATS = ("table", "csv", "tsv", "json", "turtle")
PARAM_KINDS = ("actor", "string", "date", "integer", "number", "iri", "cameo")


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    kind: str
    doc: str = ""


@dataclass(frozen=True)
class SavedQuery:
    """A ``.rq`` file and what its header says about it."""

    name: str
    text: str
    description: str = ""
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = field(default_factory=tuple)
    path: Path | None = None


@dataclass
class QueryResult:
    """Variables and rows of a SELECT (``rows`` hold Oxigraph terms or None)."""

    variables: list[str]
    rows: list[list[ox.NamedNode | ox.Literal | ox.BlankNode | None]]
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None  # CONSTRUCT and DESCRIBE results


def _parse(text: str, path: Path | None = None) -> SavedQuery:
    meta: dict[str, str] = {}
    params: list[Param] = []
    examples: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line[1:].strip().partition(":")
        value = value.strip()
        if key == "param":
            name, kind, *doc = value.split(None, 2)
            if kind not in PARAM_KINDS:
                raise QueryError(f"{path}: parameter {name!r} has kind {kind!r}; use one of {', '.join(PARAM_KINDS)}")
            params.append(Param(name, kind, doc[0] if doc else ""))
        elif key == "example":
            examples.append(value)
        else:
            meta[key] = value
    name = meta.get("name") or (path.stem if path else "inline")
    return SavedQuery(name, text, meta.get("description", ""), tuple(params), tuple(examples), path)


def list_queries() -> list[SavedQuery]:
    """Every saved query in ``queries/``, sorted by name."""
    return [_parse(p.read_text(encoding="utf8"), p) for p in sorted(QUERY_DIR.glob("*.rq"))]


def _read_rq(path: Path) -> str:
    try:
        return path.read_text(encoding="utf8")
    except UnicodeDecodeError as exc:
        raise QueryError(
            f"query file {path} is not UTF-8 (byte {exc.object[exc.start]:#04x} at offset {exc.start}); "
            "save it as UTF-8, as SPARQL requires"
        ) from exc
    except OSError as exc:
        raise QueryError(f"cannot read query file {path}: {exc.strerror or exc}; check the path") from exc


def load_query(name_or_path: str) -> SavedQuery:
    """A saved query by name, or any ``.rq`` file by path."""
    path = Path(name_or_path)
    if path.suffix == ".rq":
        if not path.is_file():
            raise QueryError(f"query file {name_or_path} not found; check the path")
        return _parse(_read_rq(path), path)
    saved = QUERY_DIR / f"{name_or_path}.rq"
    if not saved.is_file():
        names = ", ".join(q.name for q in list_queries())
        raise QueryError(f"unknown saved query {name_or_path!r}; valid names: {names}; or pass FILE.rq or -e 'SPARQL'")
    return _parse(saved.read_text(encoding="utf8"), saved)


def inline_query(text: str) -> SavedQuery:
    return SavedQuery("inline", text)


def check_date(name: str, value: str) -> str:
    """``value`` if it is a ``YYYY-MM-DD`` date, else a QueryError naming ``name``."""
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise QueryError(f"{name}={value!r} is not a date; use YYYY-MM-DD") from exc
    return value


def resolve_actor(store: GraphStore, value: str) -> str:
    """An actor's IRI from its name, alias or IRI (one-line errors when none or several match)."""
    return _resolve_actor(store, value).value


def _resolve_actor(store: GraphStore, value: str) -> ox.NamedNode:
    if re.match(r"^https?://", value):
        try:
            return ox.NamedNode(value)
        except ValueError as exc:
            raise QueryError(
                f"actor {value!r} is not a valid IRI ({exc}); pass the actor's name or its full IRI"
            ) from exc
    result = run_query(store, load_query("actor_by_label"), {"label": value})
    found = {row[1].value for row in result.rows if row[1] is not None}
    if len(found) == 1:
        return ox.NamedNode(found.pop())
    if not found:
        raise QueryError(f"no actor named {value!r} in the store; check the spelling or pass the actor's IRI")
    raise QueryError(f"{value!r} names {len(found)} actors; pass one IRI instead: {', '.join(sorted(found))}")


def _term(store: GraphStore, param: Param, value: str) -> ox.NamedNode | ox.Literal:
    if param.kind == "actor":
        return _resolve_actor(store, value)
    if param.kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise QueryError(f"parameter {param.name}={value!r} is not a date; use YYYY-MM-DD") from exc
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    if param.kind == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise QueryError(f"parameter {param.name}={value!r} is not an integer; pass digits only")
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    if param.kind == "number":
        if not re.fullmatch(r"-?\d+(?:\.\d+)?", value):
            raise QueryError(f"parameter {param.name}={value!r} is not a number; pass digits with an optional point")
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#double"))
    if param.kind == "cameo":
        try:
            return ox.NamedNode(str(cameo_iri(value.zfill(2))))
        except ValueError as exc:
            raise QueryError(f"parameter {param.name}={value!r} is not a CAMEO root; use 01 to 20") from exc
    if param.kind == "iri":
        try:
            return ox.NamedNode(value)
        except ValueError as exc:
            raise QueryError(f"parameter {param.name}={value!r} is not a valid IRI; pass an absolute IRI") from exc
    return ox.Literal(value)


def bind_params(store: GraphStore, query: SavedQuery, params: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """Turn ``name=value`` strings into RDF terms for the query's declared parameters."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        valid = ", ".join(declared) or "none"
        raise QueryError(f"query {query.name!r} has no parameter {unknown[0]!r}; valid parameters: {valid}")
    return {name: _term(store, declared[name], value) for name, value in params.items()}


def run_query(store: GraphStore, query: SavedQuery, params: dict[str, str] | None = None) -> QueryResult:
    """Run a saved or inline query with bound parameters."""
    bindings = bind_params(store, query, params or {})
    try:  # results are read lazily: errors can come while iterating
        result = store.query(query.text, bindings)
        if isinstance(result, ox.QueryBoolean | bool):
            return QueryResult(["result"], [], boolean=bool(result))
        if isinstance(result, ox.QuerySolutions | RemoteSolutions):
            variables = [v.value for v in result.variables]
            rows = [[solution[v] for v in variables] for solution in result]
            return QueryResult(variables, rows)
        return QueryResult(["subject", "predicate", "object"], [], triples=list(result))
    except (RuntimeError, OSError) as exc:  # OSError: a SERVICE endpoint that refused or could not be reached
        raise QueryError(f"query {query.name!r} failed: {exc}; check the query and its parameters") from exc


PREFIXES = {
    "https://w3id.org/geokg/actor/": "actor:",
    "https://w3id.org/geokg/event/": "event:",
    "https://w3id.org/geokg/article/": "article:",
    "https://w3id.org/geokg/ontology#": "geo:",
    "https://w3id.org/geokg/cameo/": "cameo:",
    "https://w3id.org/geokg/rel/": "rel:",
    "http://www.wikidata.org/entity/": "wd:",
}


def _plain(term: ox.NamedNode | ox.Literal | ox.BlankNode | None, *, compact: bool = False) -> str:
    if term is None:
        return ""
    if compact and isinstance(term, ox.NamedNode):
        for base, prefix in PREFIXES.items():
            if term.value.startswith(base):
                return prefix + term.value[len(base) :]
    return term.value


def json_term(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> dict[str, str]:
    """One RDF term as SPARQL 1.1 Results JSON."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result as an aligned table, CSV, TSV or SPARQL 1.1 Results JSON."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if result.triples is not None:
        if fmt not in ("turtle", "table"):  # a graph's table is its Turtle
            raise QueryError(f"a CONSTRUCT or DESCRIBE query returns a graph; use --format turtle, not {fmt}")
        prefixes = {p.rstrip(":"): base for base, p in PREFIXES.items()}
        prefixes["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#"
        triples = sorted(result.triples, key=str)  # the same text whatever order the store answered in
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf8").rstrip("\n")
    if fmt == "turtle":
        raise QueryError("--format turtle is for CONSTRUCT and DESCRIBE queries; use table, csv, tsv or json here")
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}) if fmt == "json" else str(result.boolean).lower()
    if fmt == "json":
        bindings = [
            {v: json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
            for row in result.rows
        ]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)
    rows = [[_plain(t) for t in row] for row in result.rows]
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows(rows)
        return buf.getvalue().rstrip("\n")
    compact = [[_plain(t, compact=True) for t in row] for row in result.rows]
    clipped = [[c if len(c) <= 60 else c[:57] + "..." for c in row] for row in compact]
    widths = [max([len(v)] + [len(r[i]) for r in clipped]) for i, v in enumerate(result.variables)]
    line = "  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in clipped]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
