"""The persistent knowledge-graph store: embedded Oxigraph, one named graph per article."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ingest.errors import QueryError, StoreError, StoreLockedError
from ingest.records import Background, Extraction

from .rdf import BACKGROUND_GRAPH, N, article_quads, background_quads, graph_of
from .vocab import GEO

__all__ = ["DEFAULT_STORE", "IngestOutcome", "Store", "default_store_path"]

log = logging.getLogger(__name__)

DEFAULT_STORE = "geokg-data"


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
    """An Oxigraph store on disk. Open with ``Store(path)``; ``read_only=True`` for readers."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.read_only = read_only
        try:
            if read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(
                        f"store {self.path} does not exist; run 'geokg ingest PATH' first or pass --store DIR"
                    )
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"store {self.path} is in use by another process; wait for it to finish or use another --store DIR"
                ) from exc
            raise StoreError(f"cannot open store {self.path}: {exc}; check the path or remove a damaged store") from exc

    # ------------------------------------------------------------------ reading

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        return self._store

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None):
        """Run SPARQL over all graphs (union default graph); values go in as bindings."""
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        try:
            return self._store.query(sparql, use_default_graph_as_union=True, substitutions=subs)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}; check the query text") from exc

    def stored_hash(self, article_id: str) -> str | None:
        """The content hash stored for an article, or None when it is not stored."""
        g = graph_of(article_id)
        for quad in self._store.quads_for_pattern(g, N(GEO.contentHash), None, g):
            return quad.object.value
        return None

    def article_graphs(self) -> list[ox.NamedNode]:
        """Named graphs that hold articles (the background graph excluded)."""
        bg = N(BACKGROUND_GRAPH)
        return [g for g in self._store.named_graphs() if isinstance(g, ox.NamedNode) and g != bg]

    def __len__(self) -> int:
        return len(self._store)

    def canonical_hash(self) -> str:
        """SHA-256 over the sorted N-Quads of the whole store (no blank nodes are minted)."""
        lines = sorted(str(q) for q in self._store)
        return hashlib.sha256("\n".join(lines).encode("utf8")).hexdigest()

    # ------------------------------------------------------------------ writing

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.path} was opened read-only; open it without read_only to write")

    def add(self, extraction: Extraction, *, force: bool = False) -> IngestOutcome:
        """Store one article's facts, replacing its graph; unchanged articles are skipped."""
        self._writable()
        article = extraction.article
        old = self.stored_hash(article.id)
        if old == article.hash and not force:
            return IngestOutcome(article.id, "unchanged", 0)
        quads = article_quads(extraction)
        g = graph_of(article.id)
        if old is not None:
            self._store.remove_graph(g)
        # extend() is one transaction: the article (and its hash) appear whole or not at all
        self._store.extend(quads)
        return IngestOutcome(article.id, "replaced" if old is not None else "added", len(quads))

    def is_current(self, article_id: str, content_hash: str) -> bool:
        """True when the article is stored with this content hash (nothing to do)."""
        return self.stored_hash(article_id) == content_hash

    def remove(self, article_id: str) -> bool:
        """Delete an article's graph; False when it was not stored."""
        self._writable()
        g = graph_of(article_id)
        if not self._store.contains_named_graph(g):
            return False
        self._store.remove_graph(g)
        return True

    def ensure_background(self, background: Background) -> None:
        """Write the background graph (gazetteer, CAMEO codes) when it changed."""
        self._writable()
        quads = background_quads(background)
        g = N(BACKGROUND_GRAPH)
        current = set(self._store.quads_for_pattern(None, None, None, g))
        if current != set(quads):
            self._store.remove_graph(g)
            self._store.extend(quads)

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        self._writable()
        self._store.extend(quads)

    def flush(self) -> None:
        if not self.read_only:
            self._store.flush()

    def close(self) -> None:
        """Flush and release the store (and its lock)."""
        self.flush()
        del self._store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
