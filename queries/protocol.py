"""The SPARQL 1.1 Protocol's moving parts, without the web framework: checking a request's SPARQL,
running it in a worker process that can be killed on a timeout, and writing results in each format."""

from __future__ import annotations

import csv
import io
import json
import logging
import multiprocessing as mp
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from .runner import json_term

__all__ = [
    "FORBIDDEN",
    "GRAPH_TYPES",
    "SOLUTION_TYPES",
    "Outcome",
    "QueryRunner",
    "forbidden_keyword",
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
FORBIDDEN = ("SERVICE", "LOAD")
_WORD = re.compile(
    r"""<[^<>"{}|^`\\\x00-\x20]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\#[^\n]*|[?$]\w+|(?P<word>[A-Za-z_]\w*)""",
    re.DOTALL,
)


def forbidden_keyword(text: str) -> str | None:
    """``SERVICE`` or ``LOAD`` when the SPARQL text uses one (outside strings, IRIs and comments)."""
    for match in _WORD.finditer(text):
        word = match.group("word")
        if word and word.upper() in FORBIDDEN:
            return word.upper()
    return None


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


def _worker(conn, store_path: str) -> None:  # runs in a child process
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        sparql, accept, explicit, max_rows = request
        try:
            store = ox.Store.read_only(store_path)  # a fresh snapshot: sees what ingests committed since
            outcome = evaluate(store, sparql, accept, explicit, max_rows)
            del store
        except Exception as exc:  # reported to the client as a 500; the worker lives on
            outcome = Outcome(500, "text/plain", f"query failed: {exc}\n".encode())
        conn.send(outcome)


class QueryRunner:
    """Queries run in a child process; one that passes its timeout is killed (answered 503) and replaced."""

    def __init__(self, store_path: str | Path, *, timeout: float = 30.0, max_rows: int = 10_000) -> None:
        self.store_path = str(store_path)
        self.timeout = timeout
        self.max_rows = max_rows
        self._lock = threading.Lock()
        self._ctx = mp.get_context("spawn")
        self._proc = None
        self._conn = None

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        self._proc = self._ctx.Process(target=_worker, args=(child, self.store_path), daemon=True)
        self._proc.start()
        child.close()
        self._conn = parent

    def run(self, sparql: str, *, accept: str = "*/*", explicit: str | None = None) -> Outcome:
        with self._lock:
            if self._proc is None or not self._proc.is_alive():
                self._start()
            self._conn.send((sparql, accept, explicit, self.max_rows))
            if self._conn.poll(self.timeout):
                try:
                    return self._conn.recv()
                except EOFError:
                    self._proc = None
                    return Outcome(500, "text/plain", b"the query worker died; try again\n")
            log.warning("query passed the %.0f s timeout; stopping it", self.timeout)
            self.close()
            return Outcome(
                503,
                "text/plain",
                f"query timed out after {self.timeout:g} s; narrow it (LIMIT, filters) or raise --timeout\n".encode(),
            )

    def close(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join(5)
        if self._conn is not None:
            self._conn.close()
        self._proc = None
        self._conn = None
