"""The SPARQL 1.1 Protocol's moving parts, without the web framework: content negotiation, running one
query on a store with a row cap, and writing results in each format."""

from __future__ import annotations

import csv
import io
import json
import logging
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from .runner import json_term

__all__ = [
    "GRAPH_TYPES",
    "SOLUTION_TYPES",
    "Outcome",
    "negotiate",
]

log = logging.getLogger(__name__)

SOLUTION_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}
_GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def negotiate(accept: str, kind: str, explicit: str | None = None) -> str | None:
    """The output format for an Accept header (or an explicit ``format=``), None when nothing fits."""
    table = SOLUTION_TYPES if kind == "solutions" else GRAPH_TYPES
    if explicit:
        if explicit in table:
            return explicit
        for name, mime in table.items():
            if explicit == mime:
                return name
        return None
    wanted: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept or "*/*").split(",")):
        mime, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        wanted.append((-q, i, mime.lower()))
    for _, _, mime in sorted(wanted):
        if mime in ("*/*", "application/*", "text/*") or mime == "application/json":
            if mime == "text/*":
                return "csv" if kind == "solutions" else "turtle"
            return "json" if kind == "solutions" else "turtle"
        for name, candidate in table.items():
            if mime == candidate:
                return name
    return None


@dataclass(frozen=True)
class Outcome:
    """What a query produced: HTTP status, media type, body, and whether the result cap cut it."""

    status: int
    media_type: str
    body: bytes
    truncated: bool = False


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def _tsv_term(term) -> str:
    return "" if term is None else str(term).replace("\t", "\\t").replace("\n", "\\n")


def write_solutions(variables: list[str], rows: list[list], fmt: str) -> bytes:
    """SPARQL 1.1 results in JSON, XML, CSV or TSV."""
    if fmt == "json":
        bindings = [{v: json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}).encode("utf8")
    if fmt == "xml":
        head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
        body = "".join(
            "<result>"
            + "".join(
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(variables, row, strict=True)
                if t is not None
            )
            + "</result>"
            for row in rows
        )
        return (
            '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head>{head}</head><results>{body}</results></sparql>"
        ).encode()
    buf = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([["" if t is None else t.value for t in row] for row in rows])
    else:
        buf.write("\t".join("?" + v for v in variables) + "\n")
        for row in rows:
            buf.write("\t".join(_tsv_term(t) for t in row) + "\n")
    return buf.getvalue().encode("utf8")


def _boolean(value: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode("utf8")
    if fmt == "xml":
        return (
            '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
            f"<boolean>{str(value).lower()}</boolean></sparql>"
        ).encode()
    return f"_askResult\n{str(value).lower()}\n".encode()


def evaluate(store: ox.Store, sparql: str, accept: str, explicit: str | None, max_rows: int) -> Outcome:
    """Run one query on the merged default graph and serialise at most ``max_rows`` results."""
    try:
        result = store.query(sparql)
    except SyntaxError as exc:
        return Outcome(400, "text/plain", f"SPARQL syntax error: {exc}; fix the query\n".encode())
    if isinstance(result, ox.QueryTriples):
        fmt = negotiate(accept, "graph", explicit)
        if fmt is None:
            return Outcome(406, "text/plain", f"cannot write a graph as {accept!r}; ask for text/turtle\n".encode())
        triples = []
        for triple in result:
            if len(triples) == max_rows:
                out = io.BytesIO()
                ox.serialize(triples, out, _GRAPH_FORMATS[fmt])
                return Outcome(200, GRAPH_TYPES[fmt], out.getvalue(), truncated=True)
            triples.append(triple)
        out = io.BytesIO()
        ox.serialize(triples, out, _GRAPH_FORMATS[fmt])
        return Outcome(200, GRAPH_TYPES[fmt], out.getvalue())
    fmt = negotiate(accept, "solutions", explicit)
    if fmt is None:
        message = f"cannot write results as {accept!r}; ask for JSON, XML, CSV or TSV\n"
        return Outcome(406, "text/plain", message.encode())
    if isinstance(result, ox.QueryBoolean):
        return Outcome(200, SOLUTION_TYPES[fmt], _boolean(bool(result), fmt))
    variables = [v.value for v in result.variables]
    rows: list[list] = []
    truncated = False
    for solution in result:
        if len(rows) == max_rows:
            truncated = True
            break
        rows.append([solution[v] for v in variables])
    return Outcome(200, SOLUTION_TYPES[fmt], write_solutions(variables, rows, fmt), truncated)
