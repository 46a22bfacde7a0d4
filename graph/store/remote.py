"""The store on a remote SPARQL 1.1 server: same interface as :class:`graph.store.store.Store`, spoken over
the SPARQL 1.1 Query, Update and Graph Store protocols (:mod:`graph.store.remote_http`). The test suite runs
it against two real servers, Virtuoso 7 (Debian's virtuoso-opensource) and Oxigraph's own (``oxigraph
serve``).

Layout on the server: one named graph per article (written whole with a Graph Store ``PUT``), the
background graph, and a *merged graph* (``GRAPH.merged``) that holds the de-duplicated union of them and
is the default graph of every query (``default-graph-uri``), like the embedded store's default graph.
An article counts as stored only once its triples are in the merged graph, so a run cut short (the
server went away, the process was killed) leaves that article "not stored" and the next run redoes it.

Whole-store reads (export, the canonical hash, the analyses' pattern reads) go in pages: a count first,
then ordered pages of at most :attr:`RemoteStore.page_rows` rows, fewer when the server says (Virtuoso's
``X-SPARQL-MaxRows``) or shows (a short page before the count is reached) that it caps its answers; a read
that does not add up to its count raises :class:`~ingest.errors.StoreError`. A user's query is one request,
and a capped answer to it is an error, never a short result. The SPARQL is in the ``remote_*.rq`` and
``remote_*.ru`` files beside this module.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping, Sequence

import pyoxigraph as ox

from ingest.errors import StoreError
from ingest.records import Background, Extraction

from ..rdf.rdf import BACKGROUND_GRAPH, N, article_quads, background_quads, graph_of
from ..rdf.sparql import sparql_file, with_value_rows, with_values
from ..rdf.vocab import GEO, GRAPH, SCHEMA
from .remote_http import RemoteSolutions, RemoteTriples, SparqlHttp
from .store import IngestOutcome

__all__ = ["RemoteSolutions", "RemoteStore", "RemoteTriples"]

log = logging.getLogger(__name__)

MERGED = N(GRAPH["merged"])
_MERGE_IN = sparql_file(__file__, "remote_merge_in.ru")
_MERGE_OUT = sparql_file(__file__, "remote_merge_out.ru")
_HAS_GRAPH = sparql_file(__file__, "remote_has_graph.rq")
_HAS_EVENT = sparql_file(__file__, "remote_has_event.rq")
_HASH = sparql_file(__file__, "remote_content_hash.rq")
_TYPED_GRAPHS = sparql_file(__file__, "remote_typed_graphs.rq")
_TYPED_GRAPH_COUNT = sparql_file(__file__, "remote_typed_graph_count.rq")
_GRAPH_QUADS = sparql_file(__file__, "remote_graph_quads.rq")
_GRAPH_COUNT = sparql_file(__file__, "remote_graph_count.rq")
_TRIPLES = sparql_file(__file__, "remote_triples.rq")
_TRIPLE_COUNT = sparql_file(__file__, "remote_triple_count.rq")

Bindings = Mapping[str, ox.NamedNode | ox.Literal]


class RemoteStore:
    """A geokg store on a SPARQL 1.1 server. Open with ``RemoteStore(query_endpoint, update_endpoint=...,
    auth="user:pass")``; without an update endpoint it is read-only."""

    page_rows: int = 100_000
    """Rows asked for per page of a whole-store read; lowered to the server's row cap once it is known."""

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
        self._http = SparqlHttp(
            endpoint, update_endpoint=update_endpoint, graph_store=graph_store, auth=auth, timeout=timeout
        )
        self.endpoint = endpoint
        self.path = endpoint  # for messages, like Store.path
        self.read_only = read_only or update_endpoint is None
        self.update_endpoint = update_endpoint
        self.graph_store = self._http.graph_store
        self._named(_HAS_GRAPH, {"g": MERGED})  # fails early, with a clear message, when nobody answers

    # ------------------------------------------------------------------ protocol

    def query(self, sparql: str, bindings: Bindings | None = None) -> RemoteSolutions | RemoteTriples | bool:
        """SELECT -> :class:`RemoteSolutions`, CONSTRUCT/DESCRIBE -> :class:`RemoteTriples`, ASK -> bool, over
        the merged graph (one request; a capped answer raises StoreError)."""
        return self._http.query(with_values(sparql, bindings) if bindings else sparql, MERGED.value)

    def ask(self, sparql: str, bindings: Bindings | None = None) -> bool:
        return bool(self.query(sparql, bindings))

    def _named(self, sparql: str, bindings: Bindings) -> RemoteSolutions | RemoteTriples | bool:
        """A query over ``GRAPH ?g``: sent without ``default-graph-uri``, so it sees the named graphs."""
        return self._http.query(with_values(sparql, bindings), None)

    def update(self, sparql: str, bindings: Bindings | None = None) -> None:
        self._writable()
        self._http.update(with_values(sparql, bindings) if bindings else sparql)

    def update_rows(self, sparql: str, name: str, terms: Sequence[ox.NamedNode]) -> None:
        """An update with one VALUES row per term for ``?name``."""
        self._writable()
        self._http.update(with_value_rows(sparql, name, terms))

    def _put_graph(self, g: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        self._http.put_graph(g, (ox.Triple(q.subject, q.predicate, q.object) for q in quads))

    def _delete_graph(self, g: ox.NamedNode) -> None:
        self._http.delete_graph(g)

    def _paged(self, sparql: str, count: str, bindings: Bindings, *, named: bool) -> list[tuple]:
        """Every row of a SELECT, in pages: ``sparql`` is ordered (its ``.rq`` file says how) and gets
        ``OFFSET``/``LIMIT`` appended; ``count`` says how many rows make it whole."""
        default_graph = None if named else MERGED.value
        counted = self._http.query(with_values(count, bindings) if bindings else count, default_graph)
        total = int(next(iter(counted))["n"].value)
        text = with_values(sparql, bindings) if bindings else sparql
        rows: list[tuple] = []
        while len(rows) < total:
            limit = self.page_rows
            page, cap = self._http.select_page(f"{text}\nOFFSET {len(rows)} LIMIT {limit}", default_graph)
            if cap is not None and cap < limit:
                log.info("%s caps answers at %d rows; reading in pages of that size", self.endpoint, cap)
                self.page_rows = cap  # this page was cut at the cap: asked again, in pages the server answers whole
                continue
            if not len(page):
                break
            rows.extend(tuple(row[v] for v in page.variables) for row in page)
            if len(page) < limit and len(rows) < total:
                log.info("%s answered %d of %d rows, no cap header; smaller pages", self.endpoint, len(page), limit)
                self.page_rows = len(page)
        if len(rows) != total or len(set(rows)) != total:
            raise StoreError(
                f"SPARQL server {self.endpoint} gave {len(set(rows))} distinct rows where it counted {total}; "
                "the store changed while it was read (a writer at work?): run the command again"
            )
        return rows

    # ------------------------------------------------------------------ reading

    def triples(
        self, s: ox.NamedNode | None = None, p: ox.NamedNode | None = None, o: ox.NamedNode | ox.Literal | None = None
    ) -> list[ox.Quad]:
        """Triples of the merged graph matching a pattern, as quads in the default graph (read in pages)."""
        bound = {k: v for k, v in (("s", s), ("p", p), ("o", o)) if v is not None}
        return [ox.Quad(*row) for row in self._paged(_TRIPLES, _TRIPLE_COUNT, bound, named=False)]

    def has_event(self, event: ox.NamedNode) -> bool:
        return self.ask(_HAS_EVENT, {"e": event})

    def stored_hash(self, article_id: str) -> str | None:
        """The content hash in the merged graph: set only once the article was written whole."""
        for row in self.query(_HASH, {"g": graph_of(article_id)}):
            return row["h"].value
        return None

    def is_current(self, article_id: str, content_hash: str) -> bool:
        return self.stored_hash(article_id) == content_hash

    def _graphs_of_type(self, kind: ox.NamedNode) -> list[ox.NamedNode]:
        return [row[0] for row in self._paged(_TYPED_GRAPHS, _TYPED_GRAPH_COUNT, {"type": kind}, named=True)]

    def article_graphs(self) -> list[ox.NamedNode]:
        """The article graphs (read in pages)."""
        return self._graphs_of_type(N(SCHEMA.NewsArticle))

    def graph_quads(self, g: ox.NamedNode) -> list[ox.Quad]:
        """The triples of one named graph, as quads in it (read in pages)."""
        return [ox.Quad(*row, g) for row in self._paged(_GRAPH_QUADS, _GRAPH_COUNT, {"g": g}, named=True)]

    def named_graphs(self) -> list[ox.NamedNode]:
        """geokg's named graphs on the server: the articles, the background graph, analysis runs and imported
        files (geokg import)."""
        graphs = self.article_graphs()
        if self._named(_HAS_GRAPH, {"g": N(BACKGROUND_GRAPH)}):
            graphs.append(N(BACKGROUND_GRAPH))
        return graphs + self._graphs_of_type(N(GEO.AnalysisRun)) + self._graphs_of_type(N(GEO.EventImport))

    def triple_count(self) -> int:
        """Distinct triples: the size of the merged graph the queries read."""
        for row in self.query(_TRIPLE_COUNT):
            return int(row["n"].value)
        return 0

    def __len__(self) -> int:
        return self.triple_count() + sum(
            int(next(iter(self._named(_GRAPH_COUNT, {"g": g})))["n"].value) for g in self.named_graphs()
        )

    def canonical_hash(self) -> str:
        """SHA-256 over the sorted N-Quads of geokg's graphs (merged graph as the default graph), read whole."""
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
        if not self._named(_HAS_GRAPH, {"g": g}):
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
