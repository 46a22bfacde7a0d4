"""The SPARQL 1.1 protocols spoken by :class:`graph.store.remote.RemoteStore`: Query (results as JSON or
N-Triples), Update, and the Graph Store protocol (``PUT``/``DELETE`` of one named graph), over ``httpx``.

Every request has a timeout. Partial answers raise :class:`~ingest.errors.StoreError` and are never taken for
whole ones: HTTP 206 and Virtuoso's ``X-SQL-State`` (a time limit stopped the query), and Virtuoso's
``X-SPARQL-MaxRows`` (its ``ResultSetMaxRows`` cap was reached) except where a paged read asks for at most
that many rows (:meth:`SparqlHttp.select_page`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pyoxigraph as ox

from ingest.errors import QueryError, StoreError
from ingest.places import canonical_wkt

__all__ = ["RemoteSolutions", "RemoteTriples", "SparqlHttp", "graph_store_url", "query_form"]

_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_VIRTUOSO_GEOMETRY = "http://www.openlinksw.com/schemas/virtrdf#Geometry"
_WKT = "http://www.opengis.net/ont/geosparql#wktLiteral"
_JSON = "application/sparql-results+json"


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
        datatype = b["datatype"]
        if datatype == _BOOLEAN and value in ("0", "1"):
            value = "true" if value == "1" else "false"  # Virtuoso answers 0/1; the canonical form is true/false
        if datatype in (_VIRTUOSO_GEOMETRY, _WKT):
            # Virtuoso keeps a GeoSPARQL WKT literal as its own geometry type, in single precision: the point
            # comes back with other digits; geokg writes points to four decimals, which single precision keeps
            datatype, value = _WKT, canonical_wkt(value)
        return ox.Literal(value, datatype=ox.NamedNode(datatype))
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


def graph_store_url(update_endpoint: str) -> str:
    """The Graph Store endpoint next to an update endpoint, by the conventions of Virtuoso
    (``/sparql-auth`` -> ``/sparql-graph-crud-auth``), Oxigraph's server (``/update`` -> ``/store``) and
    Fuseki (``/DATASET/update`` -> ``/DATASET/data``)."""
    parts = urlsplit(update_endpoint)
    path = parts.path
    for suffix, gsp in (("/sparql-auth", "/sparql-graph-crud-auth"), ("/sparql", "/sparql-graph-crud")):
        if path.endswith(suffix):
            return urlunsplit(parts._replace(path=path[: -len(suffix)] + gsp))
    if path == "/update":
        return urlunsplit(parts._replace(path="/store"))
    if path.endswith("/update"):
        return urlunsplit(parts._replace(path=path[: -len("/update")] + "/data"))
    raise StoreError(f"cannot guess the Graph Store endpoint for {update_endpoint}; pass --graph-store URL")


def query_form(sparql: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the first of these keywords outside comments and IRIs."""
    body = re.sub(r"#[^\n]*|<[^<>\s]*>", " ", sparql)
    match = re.search(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", body, re.IGNORECASE)
    return match.group(1).upper() if match else "SELECT"


class SparqlHttp:
    """One server's endpoints and an HTTP client with credentials and a timeout."""

    def __init__(
        self,
        endpoint: str,
        *,
        update_endpoint: str | None,
        graph_store: str | None,
        auth: str | None,
        timeout: float,
    ) -> None:
        if not endpoint.startswith(("http://", "https://")):
            raise StoreError(f"--endpoint {endpoint!r} is not an http(s) URL; pass e.g. http://127.0.0.1:8890/sparql")
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint
        self.graph_store = graph_store or (None if update_endpoint is None else graph_store_url(update_endpoint))
        user_auth = None
        if auth:
            user, sep, password = auth.partition(":")
            if not sep:
                raise StoreError("--auth must be USER:PASSWORD; pass both, separated by a colon")
            user_auth = _Auth(user, password)
        self._http = httpx.Client(timeout=timeout, auth=user_auth, headers={"User-Agent": "geokg"})

    def send(
        self, method: str, url: str, *, allow: tuple[int, ...] = (), paged: bool = False, **kwargs: Any
    ) -> httpx.Response:
        """One request. A row-cap header on a ``paged`` read is no error: the caller compares the cap with
        its LIMIT."""
        try:
            response = self._http.request(method, url, **kwargs)
        except httpx.TimeoutException as exc:
            raise StoreError(f"SPARQL server {url} did not answer in time ({exc}); retry, or raise --timeout") from exc
        except httpx.HTTPError as exc:
            raise StoreError(
                f"SPARQL server {url} cannot be reached ({exc}); check that it runs and run the command again"
            ) from exc
        cap = row_cap(response)
        capped = cap is not None and not (paged and cap > 0)
        if response.status_code == 206 or response.headers.get("x-sql-state") or capped:
            why = f"the server's row cap of {cap}" if capped else response.headers.get("x-sql-state", "a server limit")
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

    def _post_query(self, text: str, accept: str, default_graph: str | None, paged: bool = False) -> httpx.Response:
        """A query; ``default_graph`` is sent as ``default-graph-uri``. By the protocol a query sent with it
        sees no named graphs (Oxigraph's server keeps to that), so queries over ``GRAPH ?g`` are sent
        without it, on the server's own dataset: its named graphs."""
        data = {"query": text}
        if default_graph is not None:
            data["default-graph-uri"] = default_graph
        return self.send("POST", self.endpoint, data=data, headers={"Accept": accept}, paged=paged)

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        try:
            return response.json()
        except ValueError as exc:
            raise StoreError(f"SPARQL server {self.endpoint} sent no JSON results ({exc}); check the endpoint") from exc

    def query(self, text: str, default_graph: str | None) -> RemoteSolutions | RemoteTriples | bool:
        """SELECT -> :class:`RemoteSolutions`, CONSTRUCT/DESCRIBE -> :class:`RemoteTriples`, ASK -> bool."""
        if query_form(text) in ("CONSTRUCT", "DESCRIBE"):
            response = self._post_query(text, "application/n-triples", default_graph)
            quads = ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)
            return RemoteTriples(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        data = self._json(self._post_query(text, _JSON, default_graph))
        if "boolean" in data:
            return bool(data["boolean"])
        return _solutions(data)

    def select_page(self, text: str, default_graph: str | None) -> tuple[RemoteSolutions, int | None]:
        """One page of a paged SELECT (``text`` ends with its ``LIMIT``) and the server's row cap, if it told
        one: a cap under the LIMIT means the page was cut short."""
        response = self._post_query(text, _JSON, default_graph, paged=True)
        return _solutions(self._json(response)), row_cap(response)

    def update(self, text: str) -> None:
        self.send("POST", self.update_endpoint, data={"update": text})

    def put_graph(self, g: ox.NamedNode, triples: Iterator[ox.Triple]) -> None:
        """Graph Store ``PUT``: the graph's content replaced by these triples."""
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        # N-Triples is Turtle; every server takes text/turtle
        self.send(
            "PUT",
            self.graph_store,
            params={"graph": g.value},
            content=body or b"",
            headers={"Content-Type": "text/turtle"},
        )

    def delete_graph(self, g: ox.NamedNode) -> None:
        """Graph Store ``DELETE``; a graph that is already gone (404) is fine."""
        self.send("DELETE", self.graph_store, params={"graph": g.value}, allow=(404,))

    def close(self) -> None:
        self._http.close()


def row_cap(response: httpx.Response) -> int | None:
    """Virtuoso's ``X-SPARQL-MaxRows``: sent when an answer reached its ``ResultSetMaxRows``."""
    value = response.headers.get("x-sparql-maxrows")
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return 0  # a cap of unknown size: partial


def _solutions(data: dict[str, Any]) -> RemoteSolutions:
    rows = [{k: _term(v) for k, v in b.items()} for b in data["results"]["bindings"]]
    return RemoteSolutions(data["head"].get("vars", []), rows)
