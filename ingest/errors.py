"""geokg's error hierarchy. Every message names the input and ends with what to try."""

from __future__ import annotations

__all__ = [
    "GeoKGError",
    "InputError",
    "ModelError",
    "QueryError",
    "StoreError",
    "StoreLockedError",
]


class GeoKGError(Exception):
    """Base class of every error geokg raises on purpose."""


class InputError(GeoKGError):
    """An article file or record could not be read."""


class ModelError(GeoKGError):
    """A spaCy pipeline could not be loaded."""


class StoreError(GeoKGError):
    """The knowledge-graph store could not be opened or written."""


class StoreLockedError(StoreError):
    """Another process holds the store for writing."""


class QueryError(GeoKGError):
    """A saved or inline SPARQL query is unknown, malformed or badly parameterised."""
