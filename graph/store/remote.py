"""The store on a remote SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB, Neptune): same interface as
:class:`graph.store.store.Store`, spoken over the SPARQL 1.1 Query, Update and Graph Store protocols.

Layout on the server: one named graph per article (written whole with a Graph Store ``PUT``), the
background graph, and a *merged graph* (``GRAPH.merged``) that holds the de-duplicated union of them and
is the default graph of every query (``default-graph-uri``), like the embedded store's default graph.
An article counts as stored only once its triples are in the merged graph, so a run cut short (the
server went away, the process was killed) leaves that article "not stored" and the next run redoes it.

Every request has a timeout; partial answers (HTTP 206, Virtuoso's ``X-SQL-State`` on a result cap)
raise :class:`~ingest.errors.StoreError` and are never taken for whole ones.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pyoxigraph as ox

from ingest.errors import QueryError, StoreError
from ingest.records import Background, Extraction

from ..rdf.rdf import BACKGROUND_GRAPH, N, article_quads, background_quads, graph_of
from ..rdf.sparql import with_value_rows, with_values
from ..rdf.vocab import GEO, GRAPH
from .store import IngestOutcome

__all__ = ["RemoteSolutions", "RemoteStore", "RemoteTriples"]

log = logging.getLogger(__name__)

MERGED = N(GRAPH["merged"])
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_HERE = Path(__file__).parent
_MERGE_IN = (_HERE / "remote_merge_in.ru").read_text(encoding="utf8")
_MERGE_OUT = (_HERE / "remote_merge_out.ru").read_text(encoding="utf8")
_ARTICLE_GRAPHS = """PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a schema:NewsArticle } }"""
_HASH = "PREFIX geo: <https://w3id.org/geokg/ontology#> SELECT ?h WHERE { ?g geo:contentHash ?h }"
_HAS_EVENT = "PREFIX geo: <https://w3id.org/geokg/ontology#> ASK WHERE { ?e geo:mention ?m }"
_HAS_GRAPH = "ASK WHERE { GRAPH ?g { ?s ?p ?o } }"
_GRAPH_QUADS = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
_PATTERN = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"


class RemoteSolutions:
    """SELECT results: ``variables`` and rows indexable by variable name, like pyoxigraph's solutions."""

    def __init__(self, variables: Sequence[str], rows: list[dict[str, Any]]) -> None:
        self.variables = [ox.Variable(v) for v in variables]
        self._rows = rows

    def __iter__(self) -> Iterator[_Row]:
        return (_Row(row, self.variables) for row in self._rows)

    def __len__(self) -> int:
        return len(self._rows)


class _Row:
    __slots__ = ("_row", "_vars")

    def __init__(self, row: dict[str, Any], variables: list[ox.Variable]) -> None:
        self._row, self._vars = row, variables

    def __getitem__(self, key: str | int | ox.Variable) -> Any:
        if isinstance(key, int):
            key = self._vars[key].value
        elif isinstance(key, ox.Variable):
            key = key.value
        return self._row.get(key)


class RemoteTriples(list):
    """CONSTRUCT/DESCRIBE results: a list of triples."""


def _term(b: Mapping[str, str]) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    kind = b["type"]
    if kind == "uri":
        return ox.NamedNode(b["value"])
    if kind == "bnode":
        return ox.BlankNode(b["value"])
    if "xml:lang" in b:
        return ox.Literal(b["value"], language=b["xml:lang"])
    if "datatype" in b:
        value = b["value"]
        if b["datatype"] == _BOOLEAN and value in ("0", "1"):
            value = "true" if value == "1" else "false"  # Virtuoso answers 0/1; the canonical form is true/false
        return ox.Literal(value, datatype=ox.NamedNode(b["datatype"]))
    return ox.Literal(b["value"])


class _Auth(httpx.Auth):
    """``user:pass`` for whichever scheme the server asks for (Digest for Virtuoso, Basic for Fuseki)."""

    def __init__(self, user: str, password: str) -> None:
        self._digest = httpx.DigestAuth(user, password)
        self._basic = httpx.BasicAuth(user, password)
        self._scheme: str | None = None

    def auth_flow(self, request: httpx.Request):
        if self._scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        if self._scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        self._scheme = response.headers.get("www-authenticate", "").split(" ", 1)[0].lower() or None
        if self._scheme in ("digest", "basic"):
            yield from self.auth_flow(request)


def _graph_store_url(update_endpoint: str) -> str:
    """A guess at the Graph Store endpoint next to an update endpoint (Virtuoso and Fuseki conventions)."""
    parts = urlsplit(update_endpoint)
    path = parts.path
    for suffix, gsp in (("/sparql-auth", "/sparql-graph-crud-auth"), ("/sparql", "/sparql-graph-crud")):
        if path.endswith(suffix):
            return urlunsplit(parts._replace(path=path[: -len(suffix)] + gsp))
    if path.endswith("/update"):
        return urlunsplit(parts._replace(path=path[: -len("/update")] + "/data"))
    raise StoreError(f"cannot guess the Graph Store endpoint for {update_endpoint}; pass --graph-store URL")


class RemoteStore:
    """A geokg store on a SPARQL 1.1 server. Open with ``RemoteStore(query_endpoint, update_endpoint=...,
    auth="user:pass")``; without an update endpoint it is read-only."""

    def __init__(
        self,
        endpoint: str,
        *,
        update_endpoint: str | None = None,
        graph_store: str | None = None,
        auth: str | None = None,
        timeout: float = 60.0,
        read_only: bool = False,
    ) -> None:
        if not endpoint.startswith(("http://", "https://")):
            raise StoreError(f"--endpoint {endpoint!r} is not an http(s) URL; pass e.g. http://127.0.0.1:8890/sparql")
        self.endpoint = endpoint
        self.path = endpoint  # for messages, like Store.path
        self.read_only = read_only or update_endpoint is None
        self.update_endpoint = update_endpoint
        self.graph_store = graph_store or (None if update_endpoint is None else _graph_store_url(update_endpoint))
        user_auth = None
        if auth:
            user, sep, password = auth.partition(":")
            if not sep:
                raise StoreError("--auth must be USER:PASSWORD; pass both, separated by a colon")
            user_auth = _Auth(user, password)
        self._http = httpx.Client(timeout=timeout, auth=user_auth, headers={"User-Agent": "geokg"})
        self.ask(_HAS_GRAPH, {"g": MERGED})  # fails early, with a clear message, when nobody answers

    # ------------------------------------------------------------------ protocol

    def _send(self, method: str, url: str, *, allow: tuple[int, ...] = (), **kwargs: Any) -> httpx.Response:
        try:
            response = self._http.request(method, url, **kwargs)
        except httpx.TimeoutException as exc:
            raise StoreError(f"SPARQL server {url} did not answer in time ({exc}); retry, or raise --timeout") from exc
        except httpx.HTTPError as exc:
            raise StoreError(
                f"SPARQL server {url} cannot be reached ({exc}); check that it runs and run the command again"
            ) from exc
        # Virtuoso cuts results at its ResultSetMaxRows with HTTP 200 and an X-SPARQL-MaxRows header, and
        # answers 206 with X-SQL-State when a time limit stops a query: both are partial, never whole
        cap = response.headers.get("x-sparql-maxrows")
        if response.status_code == 206 or response.headers.get("x-sql-state") or cap:
            why = f"the server's row cap of {cap}" if cap else response.headers.get("x-sql-state", "a server limit")
            raise StoreError(
                f"SPARQL server {url} returned partial results (HTTP {response.status_code}, {why}); "
                "narrow the query (LIMIT, parameters) or raise the server's limit"
            )
        if response.status_code in (401, 403):
            raise StoreError(f"SPARQL server {url} refused the request (HTTP {response.status_code}); check --auth")
        if response.status_code >= 400 and response.status_code not in allow:
            detail = " ".join(response.text.split())[:300]
            if response.status_code == 400 or "syntax" in detail.lower() or "SP030" in detail:
                raise QueryError(f"SPARQL server {url} rejected the query: {detail}; fix the query text")
            raise StoreError(f"SPARQL server {url} answered HTTP {response.status_code}: {detail}; check the server")
        return response

    def _post_query(self, text: str, accept: str) -> httpx.Response:
        return self._send(
            "POST",
            self.endpoint,
            data={"query": text, "default-graph-uri": MERGED.value},
            headers={"Accept": accept},
        )

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None):
        """SELECT -> :class:`RemoteSolutions`, CONSTRUCT/DESCRIBE -> :class:`RemoteTriples`, ASK -> bool."""
        text = with_values(sparql, bindings) if bindings else sparql
        form = _form(sparql)
        if form in ("CONSTRUCT", "DESCRIBE"):
            response = self._post_query(text, "application/n-triples")
            quads = ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)
            return RemoteTriples(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        response = self._post_query(text, "application/sparql-results+json")
        try:
            data = response.json()
        except ValueError as exc:
            raise StoreError(f"SPARQL server {self.endpoint} sent no JSON results ({exc}); check the endpoint") from exc
        if "boolean" in data:
            return bool(data["boolean"])
        rows = [{k: _term(v) for k, v in b.items()} for b in data["results"]["bindings"]]
        return RemoteSolutions(data["head"].get("vars", []), rows)

    def ask(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> bool:
        return bool(self.query(sparql, bindings))

    def update(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> None:
        self._writable()
        text = with_values(sparql, bindings) if bindings else sparql
        self._send("POST", self.update_endpoint, data={"update": text})

    def update_rows(self, sparql: str, name: str, terms: Sequence[ox.NamedNode]) -> None:
        """An update with one VALUES row per term for ``?name``."""
        self._writable()
        self._send("POST", self.update_endpoint, data={"update": with_value_rows(sparql, name, terms)})

    def _put_graph(self, g: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        body = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)
        # N-Triples is Turtle; every server takes text/turtle
        self._send(
            "PUT",
            self.graph_store,
            params={"graph": g.value},
            content=body or b"",
            headers={"Content-Type": "text/turtle"},
        )

    def _delete_graph(self, g: ox.NamedNode) -> None:
        """Graph Store DELETE; a graph that is already gone (404) is fine."""
        self._send("DELETE", self.graph_store, params={"graph": g.value}, allow=(404,))

    # ------------------------------------------------------------------ reading

    def triples(self, s=None, p=None, o=None) -> list[ox.Quad]:
        """Triples of the merged graph matching a pattern, as quads in the default graph."""
        bound = {k: v for k, v in (("s", s), ("p", p), ("o", o)) if v is not None}
        rows = self.query(_PATTERN, bound)
        return [ox.Quad(s or r["s"], p or r["p"], o or r["o"]) for r in rows]

    def has_event(self, event: ox.NamedNode) -> bool:
        return self.ask(_HAS_EVENT, {"e": event})

    def stored_hash(self, article_id: str) -> str | None:
        """The content hash in the merged graph: set only once the article was written whole."""
        for row in self.query(_HASH, {"g": graph_of(article_id)}):
            return row["h"].value
        return None

    def is_current(self, article_id: str, content_hash: str) -> bool:
        return self.stored_hash(article_id) == content_hash

    def article_graphs(self) -> list[ox.NamedNode]:
        return [row["g"] for row in self.query(_ARTICLE_GRAPHS)]

    def graph_quads(self, g: ox.NamedNode) -> list[ox.Quad]:
        return [ox.Quad(r["s"], r["p"], r["o"], g) for r in self.query(_GRAPH_QUADS, {"g": g})]

    def named_graphs(self) -> list[ox.NamedNode]:
        """geokg's named graphs on the server: the articles and the background graph."""
        graphs = self.article_graphs()
        if self.ask(_HAS_GRAPH, {"g": N(BACKGROUND_GRAPH)}):
            graphs.append(N(BACKGROUND_GRAPH))
        return graphs

    def triple_count(self) -> int:
        for row in self.query(_COUNT):
            return int(row["n"].value)
        return 0

    def __len__(self) -> int:
        return self.triple_count() + sum(len(self.graph_quads(g)) for g in self.named_graphs())

    def canonical_hash(self) -> str:
        """SHA-256 over the sorted N-Quads of geokg's graphs (merged graph as the default graph)."""
        lines = [str(q) for g in self.named_graphs() for q in self.graph_quads(g)]
        lines += [str(q) for q in self.triples()]
        return hashlib.sha256("\n".join(sorted(lines)).encode("utf8")).hexdigest()

    # ------------------------------------------------------------------ writing

    def _writable(self) -> None:
        if self.read_only or self.update_endpoint is None:
            raise StoreError(f"store {self.endpoint} is read-only; pass --update-endpoint URL (and --auth) to write")

    def _replace(self, g: ox.NamedNode, quads: Sequence[ox.Quad]) -> None:
        """Take ``g`` out of the merged graph, write it, merge it back (each step idempotent)."""
        self.update(_MERGE_OUT, {"g": g})
        if quads:
            self._put_graph(g, quads)
            self.update(_MERGE_IN, {"g": g})
        else:
            self._delete_graph(g)

    def add(self, extraction: Extraction, *, force: bool = False, merge_events: bool = True) -> IngestOutcome:
        return self.add_batch([extraction], force=force, merge_events=merge_events)[0]

    def add_batch(
        self, extractions: Sequence[Extraction], *, force: bool = False, merge_events: bool = True
    ) -> list[IngestOutcome]:
        """Store articles in order; the same result as the embedded store's ``add_batch``."""
        self._writable()
        outcomes = []
        pending: set[ox.NamedNode] = set()
        mention = N(GEO.mention)

        def known(event: ox.NamedNode) -> bool:
            return event in pending or self.has_event(event)

        fresh: list[ox.NamedNode] = []  # written, not yet merged: merged together, one update per batch
        for extraction in extractions:
            article = extraction.article
            old = self.stored_hash(article.id)
            if old == article.hash and not force:
                outcomes.append(IngestOutcome(article.id, "unchanged", 0))
                continue
            quads = article_quads(extraction, known_event=known if merge_events else None)
            g = graph_of(article.id)
            if old is None and g not in fresh:
                self._put_graph(g, quads)
                fresh.append(g)
            else:
                self._merge(fresh)
                self._replace(g, quads)
            pending.update(q.subject for q in quads if q.predicate == mention)
            outcomes.append(IngestOutcome(article.id, "replaced" if old else "added", len(quads)))
        self._merge(fresh)
        return outcomes

    def _merge(self, graphs: list[ox.NamedNode]) -> None:
        """Merge freshly written article graphs into the merged graph (they count as stored from then on)."""
        if graphs:
            self.update_rows(_MERGE_IN, "g", graphs)
            graphs.clear()

    def replace_graph(self, g: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Replace (or create) one named graph, such as an analysis run's, and the merged graph with it."""
        self._writable()
        self._replace(g, list(quads))

    def remove(self, article_id: str) -> bool:
        self._writable()
        g = graph_of(article_id)
        if not self.ask(_HAS_GRAPH, {"g": g}):
            return False
        self._replace(g, ())
        return True

    def ensure_background(self, background: Background) -> None:
        self._writable()
        g = N(BACKGROUND_GRAPH)
        quads = background_quads(background)
        if set(self.graph_quads(g)) != {ox.Quad(q.subject, q.predicate, q.object, g) for q in quads}:
            self._replace(g, quads)

    def clear(self) -> None:
        """Drop every geokg graph on the server (tests, or starting over)."""
        for g in self.named_graphs():
            self._delete_graph(g)
        self._delete_graph(MERGED)

    def optimize(self) -> None:
        """Nothing to do: the server maintains its own indexes."""

    def flush(self) -> None:
        """Nothing to do: every write was sent."""

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _form(sparql: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the first of these keywords outside comments and IRIs."""
    body = re.sub(r"#[^\n]*|<[^<>\s]*>", " ", sparql)
    match = re.search(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", body, re.IGNORECASE)
    return match.group(1).upper() if match else "SELECT"
