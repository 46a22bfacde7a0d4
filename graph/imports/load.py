"""Load another coder's events into a store: one named graph per coder and file
(``https://w3id.org/geokg/graph/import/CODER/FILE``), replaced when the file is imported again.

An unchanged file (same SHA-256, imported whole with no line skipped) is not read again unless forced. On the
embedded store the old graph is taken out a quad at a time and the file streams into the graph in transactions
of :data:`BATCH` quads, so memory stays bounded whatever the file's size; an import cut short leaves a graph without its
``geo:importedEvents`` count, and the next run replaces it. A remote store gets the graph in one Graph Store
request, as an article's.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF

from ingest.errors import InputError
from ingest.records import Skipped

from ..rdf.mint import check_coder, import_graph_iri
from ..rdf.rdf import N
from ..rdf.vocab import CAMEO, GEO
from ..store.protocol import GraphStore
from ..store.store import Store
from .actors import ActorMatcher, MatchKind, load_matcher
from .gdelt import read_gdelt
from .plover import read_plover
from .quads import ImportTally, import_quads
from .records import ImportedEvent, ImportKind

__all__ = ["BATCH", "ImportReport", "ImportStatus", "file_name", "import_file", "prepare_store"]

BATCH = 20_000  # quads per transaction (and as many again for the merged default graph)
FLUSH_BATCHES = 5
READERS = {ImportKind.GDELT: read_gdelt, ImportKind.PLOVER: read_plover}
_DATA_SUFFIXES = (".csv", ".tsv", ".txt", ".jsonl", ".ndjson", ".json")

OnItem = Callable[[ImportedEvent | Skipped], None]


class ImportStatus(StrEnum):
    """What importing a file did to its graph."""

    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class ImportReport:
    """What importing one file did."""

    path: str
    coder: str
    graph: str
    status: ImportStatus
    events: int
    skipped: int
    actors: dict[MatchKind, int] = field(default_factory=dict)

    def line(self) -> str:
        """One line for the command line."""
        if self.status is ImportStatus.UNCHANGED:
            return f"{self.path}: unchanged, {self.events} {self.coder} event(s) already in <{self.graph}>"
        matched = ", ".join(f"{self.actors.get(kind, 0)} {kind.value}" for kind in MatchKind)
        return (
            f"{self.path}: {self.events} {self.coder} event(s) {self.status.value} in <{self.graph}> "
            f"(actors by {matched}); {self.skipped} line(s) skipped"
        )


def file_name(path: str | Path) -> str:
    """The name a file's graph is called by: without a ``.zip``/``.gz`` and a data suffix
    (``20250110.export.CSV.zip`` -> ``20250110.export``)."""
    name = Path(path).name
    for suffixes in ((".zip", ".gz"), _DATA_SUFFIXES):
        for suffix in suffixes:
            if name.lower().endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
                break
    return name


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror or exc}); check the path and permissions") from exc
    return digest.hexdigest()


def _stored(store: GraphStore, g: ox.NamedNode) -> dict[str, str]:
    """The stored import node's hash, skipped count and event count (absent for an import cut short)."""
    found: dict[str, str] = {}
    for name in ("fileHash", "skippedRecords", "importedEvents"):
        for q in store.triples(g, N(getattr(GEO, name)), None):
            found[name] = q.object.value
    return found


def prepare_store(store: GraphStore) -> None:
    """Write geokg's background graph (gazetteer, CAMEO concepts) into a store that has none: imported events join
    its actors and concepts. A store that has one keeps it (``geokg ingest`` brings it up to date)."""
    from ingest import build_background

    if not any(True for _ in store.triples(N(CAMEO["scheme"]), N(RDF.type), None)):
        store.ensure_background(build_background())


def _take_out(store: Store, g: ox.NamedNode) -> None:
    """An import's old graph out of an embedded store, with the triples of the merged default graph that no other
    graph holds, a subject at a time (bounded memory, where one update would hold the whole graph). The import's
    own node goes first, so one taken out halfway reads as cut short and the next run finishes it; a triple leaves
    the default graph before its quad leaves the import, so a stop in between leaves nothing the rerun misses."""
    oxigraph = store.oxigraph
    default = ox.DefaultGraph()

    def remove(subject: ox.NamedNode) -> None:
        held = list(oxigraph.quads_for_pattern(subject, None, None, None))
        elsewhere = {(q.predicate, q.object) for q in held if q.graph_name not in (g, default)}
        for q in held:
            if q.graph_name == g:
                if (q.predicate, q.object) not in elsewhere:
                    oxigraph.remove(ox.Quad(q.subject, q.predicate, q.object))
                oxigraph.remove(q)

    remove(g)
    while batch := list(itertools.islice(oxigraph.quads_for_pattern(None, None, None, g), BATCH)):
        for subject in dict.fromkeys(q.subject for q in batch):
            remove(subject)
        store.flush()
    if oxigraph.contains_named_graph(g):
        oxigraph.remove_graph(g)


def _write(store: GraphStore, g: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
    if not isinstance(store, Store):
        store.replace_graph(g, quads)
        return
    _take_out(store, g)
    it = iter(quads)
    for n in itertools.count(1):
        batch = list(itertools.islice(it, BATCH))
        if not batch:
            break
        store.extend(batch)
        if n % FLUSH_BATCHES == 0:  # frees RocksDB's write buffers, as the store does every 100,000 quads
            store.flush()
    store.flush()


def _peeked(items: Iterator[ImportedEvent | Skipped]) -> Iterator[ImportedEvent | Skipped]:
    """The same items, the first read now: a file that cannot be read fails before the old graph goes."""
    first = next(items, None)
    return items if first is None else itertools.chain([first], items)


def import_file(
    store: GraphStore,
    path: str | Path,
    *,
    kind: ImportKind,
    coder: str | None = None,
    force: bool = False,
    on_item: OnItem | None = None,
    matcher: ActorMatcher | None = None,
) -> ImportReport:
    """Import one GDELT or PLOVER file into its own named graph of ``store`` (call :func:`prepare_store` once
    first). Bad lines are left out and counted (``on_item`` sees each); a file that cannot be read at all
    raises :class:`~ingest.errors.InputError`."""
    try:
        coder = check_coder(coder or kind.value)
    except ValueError as exc:
        raise InputError(f"--coder: {exc}") from None
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file; check the path")
    g = N(import_graph_iri(coder, file_name(path)))
    digest = _sha256(path)
    old = _stored(store, g)
    if not force and old.get("fileHash") == digest and old.get("skippedRecords") == "0" and "importedEvents" in old:
        return ImportReport(str(path), coder, g.value, ImportStatus.UNCHANGED, int(old["importedEvents"]), 0)
    items = _peeked(iter(READERS[kind](path)))
    tally = ImportTally()
    quads = import_quads(
        items,
        g,
        coder=coder,
        file_name=path.name,
        file_hash=digest,
        matcher=matcher or load_matcher(),
        tally=tally,
        on_item=on_item,
    )
    existed = bool(old) or (isinstance(store, Store) and store.oxigraph.contains_named_graph(g))
    _write(store, g, quads)
    status = ImportStatus.REPLACED if existed else ImportStatus.ADDED
    return ImportReport(str(path), coder, g.value, status, tally.events, tally.skipped, dict(tally.actors))


def drop_import(store: GraphStore, name: str | Path, *, coder: str) -> bool:
    """Take one imported file's graph out of ``store``, with the merged default graph's triples that no other graph
    holds. ``name``: the file's path or name as it was imported (``20250110.export.CSV.zip``). Whether it was
    there; dropping one that is not is no error."""
    try:
        coder = check_coder(coder)
    except ValueError as exc:
        raise InputError(f"--coder: {exc}") from None
    g = N(import_graph_iri(coder, file_name(name)))
    if isinstance(store, Store):
        there = store.oxigraph.contains_named_graph(g) or bool(_stored(store, g))
        if there:
            _take_out(store, g)
            store.flush()
        return there
    there = bool(_stored(store, g))
    if there:
        store.replace_graph(g, [])
    return there
