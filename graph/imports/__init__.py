"""Other coders' events beside geokg's own: GDELT 2.0 event exports and PLOVER/POLECAT JSON Lines, each file in
its own named graph with geokg's ontology (``geokg import gdelt|plover``; docs/imports.md)."""

from .actors import ActorMatch, ActorMatcher, MatchKind, load_matcher
from .gdelt import COLUMNS, read_gdelt
from .load import ImportReport, ImportStatus, drop_import, import_file, prepare_store
from .plover import PLOVER_CAMEO, read_plover
from .records import ImportedActor, ImportedEvent, ImportedPlace, ImportKind

__all__ = [
    "COLUMNS",
    "PLOVER_CAMEO",
    "ActorMatch",
    "ActorMatcher",
    "ImportKind",
    "ImportReport",
    "ImportStatus",
    "ImportedActor",
    "ImportedEvent",
    "ImportedPlace",
    "MatchKind",
    "drop_import",
    "import_file",
    "load_matcher",
    "prepare_store",
    "read_gdelt",
    "read_plover",
]
