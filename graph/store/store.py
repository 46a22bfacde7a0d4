"""The persistent knowledge-graph store: embedded Oxigraph, one named graph per article."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ingest.errors import QueryError, StoreError, StoreLockedError
from ingest.records import Background, Extraction

from ..rdf.rdf import BACKGROUND_GRAPH, N, background_quads, graph_of, iter_article_quads
from ..rdf.sparql import sparql_file, syntax_error, with_values
from ..rdf.vocab import ANALYSIS, GEO, GRAPH, IMPORT_GRAPH
from .writer import TRANSACTION_QUADS, add_new, graph_size, stage

__all__ = ["DEFAULT_STORE", "IngestOutcome", "Store", "default_store_path"]

log = logging.getLogger(__name__)

DEFAULT_STORE = "geokg-data"
DEFAULT_GRAPH = ox.DefaultGraph()
STAGING = GRAPH["staging/"]
_REPLACE = sparql_file(__file__, "replace_graph.ru")
_REDERIVE = sparql_file(__file__, "rederive.ru")
_TARGET_FN = ox.NamedNode("urn:geokg:fn:target")
_STAGING_FN = ox.NamedNode("urn:geokg:fn:staging")


def default_store_path() -> Path:
    """``$GEOKG_STORE`` if set, else ``./geokg-data``."""
    return Path(os.environ.get("GEOKG_STORE") or DEFAULT_STORE)


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What :meth:`Store.add` did with one article: ``added``, ``replaced`` or ``unchanged``."""

    article_id: str
    status: str
    quads: int


class Store:
    """An Oxigraph store on disk. Open with ``Store(path)``; ``read_only=True`` for readers.

    Writes are flushed from memory to disk every :attr:`flush_every` quads, so a long ingest holds a
    bounded amount of memory (RocksDB's write buffers otherwise grow with everything written); new articles
    share a transaction up to :attr:`transaction_quads` quads (see :mod:`graph.store.writer`).
    """

    flush_every: int = 100_000
    transaction_quads: int = TRANSACTION_QUADS

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.read_only = read_only
        self._unflushed = 0
        try:
            if read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(
                        f"store {self.path} does not exist; run 'geokg ingest PATH' first or pass --store DIR"
                    )
                self._store = ox.Store.read_only(str(self.path))
            else:
                if self.path.is_dir() and not (self.path / "CURRENT").exists() and any(self.path.iterdir()):
                    raise StoreError(
                        f"{self.path} is a folder with other files in it, not a geokg store; pass a new or empty "
                        "--store DIR (geokg would otherwise fill it with database files)"
                    )
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except RuntimeError as exc:  # RocksDB reports damaged files as RuntimeError("Corruption: ...")
            raise StoreError(
                f"store {self.path} is damaged ({str(exc).split('  ')[0]}); restore it from a copy, "
                "or ingest again into a new --store DIR"
            ) from exc
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"store {self.path} is in use by another process; wait for it to finish or use another --store DIR"
                ) from exc
            raise StoreError(f"cannot open store {self.path}: {exc}; check the path or remove a damaged store") from exc
        if not read_only:
            self._recover()

    # ------------------------------------------------------------------ reading

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        return self._store

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None):
        """Run SPARQL; the default graph is the de-duplicated union of all named graphs (each triple once),
        ``GRAPH ?g`` reaches the article graphs. Values go in as bindings."""
        text = with_values(sparql, bindings) if bindings else sparql
        try:
            return self._store.query(text)
        except SyntaxError as exc:
            raise syntax_error(exc, sparql, bindings) from exc

    def triples(
        self, s: ox.NamedNode | None = None, p: ox.NamedNode | None = None, o: ox.NamedNode | ox.Literal | None = None
    ):
        """Quads of the merged default graph matching a pattern (each triple once)."""
        return self._store.quads_for_pattern(s, p, o, DEFAULT_GRAPH)

    def has_event(self, event: ox.NamedNode) -> bool:
        """True when some stored article reports this event node."""
        return any(True for _ in self._store.quads_for_pattern(event, N(GEO.mention), None, DEFAULT_GRAPH))

    def stored_hash(self, article_id: str) -> str | None:
        """The content hash stored for an article, or None when it is not stored."""
        g = graph_of(article_id)
        for quad in self._store.quads_for_pattern(g, N(GEO.contentHash), None, g):
            return quad.object.value
        return None

    def article_graphs(self) -> list[ox.NamedNode]:
        """Named graphs that hold articles (the background graph, analysis runs and imports excluded)."""
        bg = N(BACKGROUND_GRAPH)
        return [
            g
            for g in self._store.named_graphs()
            if isinstance(g, ox.NamedNode)
            and g != bg
            and not g.value.startswith(str(STAGING))
            and not g.value.startswith(str(ANALYSIS))
            and not g.value.startswith(str(IMPORT_GRAPH))  # other coders' events (geokg import)
        ]

    def named_graphs(self) -> list[ox.NamedNode]:
        """geokg's named graphs: the articles, the background graph, analysis runs and imported files."""
        return [
            g
            for g in self._store.named_graphs()
            if isinstance(g, ox.NamedNode) and not g.value.startswith(str(STAGING))
        ]

    def graph_quads(self, g: ox.NamedNode) -> Iterable[ox.Quad]:
        """The quads of one named graph."""
        return self._store.quads_for_pattern(None, None, None, g)

    def __len__(self) -> int:
        """Every stored quad: the article and background graphs and the merged default graph."""
        return len(self._store)

    def triple_count(self) -> int:
        """Distinct triples: the size of the merged default graph the queries read."""
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, DEFAULT_GRAPH))

    def canonical_hash(self) -> str:
        """SHA-256 over the sorted N-Quads of the whole store (no blank nodes are minted)."""
        lines = sorted(str(q) for q in self._store)
        return hashlib.sha256("\n".join(lines).encode("utf8")).hexdigest()

    # ------------------------------------------------------------------ writing

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.path} was opened read-only; open it without read_only to write")

    def _recover(self) -> None:
        """After a crash: drop half-written staging graphs; rebuild the merged default graph if missing."""
        graphs = [g for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)]
        for g in graphs:
            if g.value.startswith(str(STAGING)):
                log.info("dropping an unfinished staging graph %s", g.value)
                self._store.remove_graph(g)
        has_default = any(True for _ in self._store.quads_for_pattern(None, None, None, DEFAULT_GRAPH))
        if graphs and not has_default:
            log.warning("store %s has no merged default graph (older layout); rebuilding it", self.path)
            self._store.bulk_extend([ox.Quad(q.subject, q.predicate, q.object) for q in self._store])

    def _replace(self, g: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Replace graph ``g`` by ``quads`` and update the merged default graph, atomically.

        The new content is first written to a staging graph (one transaction); one SPARQL update then
        swaps it in and removes orphaned triples from the default graph (a second transaction). A crash
        between the two leaves the old article intact and a staging graph that the next writer drops."""
        staging = N(STAGING + hashlib.sha1(g.value.encode("utf8")).hexdigest()[:16])
        if self._store.contains_named_graph(staging):
            self._store.remove_graph(staging)
        self._written(stage(self._store, staging, quads))  # bounded transactions: staging is invisible until the swap
        self._store.update(_REPLACE, custom_functions={_TARGET_FN: lambda: g, _STAGING_FN: lambda: staging})
        if self._store.contains_named_graph(staging):
            self._store.remove_graph(staging)

    def add(self, extraction: Extraction, *, force: bool = False, merge_events: bool = True) -> IngestOutcome:
        """Store one article's facts, replacing its graph; unchanged articles are skipped.

        With ``merge_events`` an event already reported by a stored article (same actors, CAMEO root and
        polarity, date within a day) is the same event node, with one more mention."""
        self._writable()
        article = extraction.article
        old = self.stored_hash(article.id)
        if old == article.hash and not force:
            return IngestOutcome(article.id, "unchanged", 0)
        known = self.has_event if merge_events else None
        g = graph_of(article.id)
        if old is None:
            # one transaction: the article graph and its share of the merged default graph, whole or not at all
            for _ in add_new(self._store, [extraction], known_event=known):
                pass
        else:
            self._replace(g, iter_article_quads(extraction, known_event=known))
        n = graph_size(self._store, g)
        self._written(2 * n)
        return IngestOutcome(article.id, "replaced" if old is not None else "added", n)

    def add_batch(
        self, extractions: Sequence[Extraction], *, force: bool = False, merge_events: bool = True
    ) -> list[IngestOutcome]:
        """Store several articles with as few transactions as possible, in order, with the same result as
        :meth:`add` one by one: new articles go in together (one transaction, whole articles only, up to
        :attr:`transaction_quads` quads), an article already stored is replaced with its own atomic swap.
        Quads stream from the records into the store (no list of them is held)."""
        self._writable()
        outcomes: list[IngestOutcome] = []
        new: list[Extraction] = []
        known = self.has_event if merge_events else None

        def flush() -> None:
            for extraction in add_new(self._store, new, known_event=known, max_quads=self.transaction_quads):
                n = graph_size(self._store, graph_of(extraction.article.id))
                outcomes.append(IngestOutcome(extraction.article.id, "added", n))
                self._written(2 * n)
            new.clear()

        for extraction in extractions:
            article = extraction.article
            if any(e.article.id == article.id for e in new):
                flush()
            if self.stored_hash(article.id) is not None:
                flush()
                outcomes.append(self.add(extraction, force=force, merge_events=merge_events))
                continue
            new.append(extraction)
        flush()
        return outcomes

    def is_current(self, article_id: str, content_hash: str) -> bool:
        """True when the article is stored with this content hash (nothing to do)."""
        return self.stored_hash(article_id) == content_hash

    def remove(self, article_id: str) -> bool:
        """Delete an article's graph; False when it was not stored."""
        self._writable()
        g = graph_of(article_id)
        if not any(True for _ in self._store.quads_for_pattern(None, None, None, g)):
            return False
        self._replace(g, ())
        self._store.remove_graph(g)  # forget the (now empty) graph name
        return True

    def ensure_background(self, background: Background) -> None:
        """Write the background graph (gazetteer, CAMEO codes) when it changed."""
        self._writable()
        quads = background_quads(background)
        g = N(BACKGROUND_GRAPH)
        current = set(self._store.quads_for_pattern(None, None, None, g))
        if current != set(quads):
            self._replace(g, quads)

    def replace_graph(self, g: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Replace (or create) one named graph, such as an analysis run's, with the merged graph kept in step."""
        self._writable()
        quads = list(quads)
        self._replace(g, quads)
        if not quads and self._store.contains_named_graph(g):
            self._store.remove_graph(g)

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads of new named graphs (bulk loading), with their triples in the merged default graph."""
        self._writable()
        quads = list(quads)
        self._store.extend([*quads, *(ox.Quad(q.subject, q.predicate, q.object) for q in quads)])

    def apply_update(self, update: str) -> None:
        """Run a SPARQL update (``geokg serve --allow-update``) and re-derive the merged default graph in
        the same transaction. Updates are meant for named graphs: the default graph is always derived."""
        self._writable()
        try:
            self._store.update(update + "\n;\n" + _REDERIVE)
        except SyntaxError as first:
            try:  # the update already ends with ';' (allowed alone, not before another operation)
                self._store.update(update + "\n" + _REDERIVE)
            except SyntaxError:
                raise QueryError(f"SPARQL syntax error in the update: {first}; fix the update") from first

    def bulk_load_nquads(self, data: bytes) -> int:
        """Load an N-Quads dump of article graphs (``geokg export --format nq``) with Oxigraph's bulk loader,
        and the merged default graph from the same lines; not one transaction (for new stores). Returns the
        number of lines read."""
        self._writable()
        lines = data.splitlines()
        # the same statements without their graph name (N-Quads lines end with "<graph> ."): in N-Quads a
        # line without a graph goes to the default graph, so one loader pass writes both (a third faster
        # than two passes)
        merged = b"".join(line.rsplit(b" ", 2)[0] + b" .\n" for line in lines if line.endswith(b"> ."))
        if data and not data.endswith(b"\n"):
            data += b"\n"
        self._store.bulk_load(data + merged, format=ox.RdfFormat.N_QUADS)
        return len(lines)

    def optimize(self) -> None:
        """Compact the on-disk indexes after a large write (queries get faster; seconds per million quads)."""
        self._writable()
        self._store.optimize()

    def _written(self, n: int) -> None:
        self._unflushed += n
        if self._unflushed >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        """Write buffered changes to disk files (they are durable before this; it frees memory)."""
        if not self.read_only:
            self._store.flush()
            self._unflushed = 0

    def close(self) -> None:
        """Flush and release the store (and its lock)."""
        self.flush()
        del self._store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
