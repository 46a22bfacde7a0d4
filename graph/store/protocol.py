"""What every geokg store offers: the embedded Oxigraph :class:`~graph.store.store.Store` and the
:class:`~graph.store.remote.RemoteStore` on a SPARQL 1.1 server both satisfy :class:`GraphStore`.

Code that works on either (the loader, export, the saved queries, ``geokg ingest/query/export/stats/remove``)
takes a ``GraphStore``; code that needs Oxigraph itself (``store.oxigraph``, ``apply_update``,
``bulk_load_nquads``) takes the embedded ``Store``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self, runtime_checkable

if TYPE_CHECKING:
    import pyoxigraph as ox

    from ingest.records import Background, Extraction

    from .store import IngestOutcome

__all__ = ["GraphStore"]


@runtime_checkable
class GraphStore(Protocol):
    """A geokg store, embedded or remote: the reading, writing and lifecycle methods both kinds share."""

    @property
    def path(self) -> str | Path:
        """Where the store is (a directory, or the query endpoint's URL), for messages."""
        ...

    @property
    def read_only(self) -> bool:
        """True when writes are refused."""
        ...

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> Any:
        """Run SPARQL over the merged default graph: solutions for SELECT, triples for CONSTRUCT/DESCRIBE,
        a bool for ASK."""
        ...

    def triples(
        self, s: ox.NamedNode | None = None, p: ox.NamedNode | None = None, o: ox.NamedNode | ox.Literal | None = None
    ) -> Iterable[ox.Quad]:
        """Quads of the merged default graph matching a pattern (each triple once)."""
        ...

    def has_event(self, event: ox.NamedNode) -> bool: ...

    def stored_hash(self, article_id: str) -> str | None: ...

    def is_current(self, article_id: str, content_hash: str) -> bool: ...

    def article_graphs(self) -> list[ox.NamedNode]: ...

    def named_graphs(self) -> list[ox.NamedNode]: ...

    def graph_quads(self, g: ox.NamedNode) -> Iterable[ox.Quad]: ...

    def triple_count(self) -> int: ...

    def __len__(self) -> int: ...

    def canonical_hash(self) -> str: ...

    # ------------------------------------------------------------------ writing

    def add(self, extraction: Extraction, *, force: bool = False, merge_events: bool = True) -> IngestOutcome: ...

    def add_batch(
        self, extractions: Sequence[Extraction], *, force: bool = False, merge_events: bool = True
    ) -> list[IngestOutcome]: ...

    def remove(self, article_id: str) -> bool: ...

    def ensure_background(self, background: Background) -> None: ...

    def replace_graph(self, g: ox.NamedNode, quads: Iterable[ox.Quad]) -> None: ...

    def optimize(self) -> None: ...

    def flush(self) -> None: ...

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...
