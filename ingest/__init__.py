"""geokg.ingest: articles -> spaCy Docs -> actors, events and provenance records.

This package imports nothing else of geokg's; ``graph``, ``queries`` and the
CLI build on its record types.
"""

from .errors import GeoKGError, InputError, ModelError, QueryError, StoreError, StoreLockedError
from .extract import doc_to_extraction, extract
from .gazetteer import Gazetteer, load_gazetteer
from .lexicon import Lexicon, load_lexicon
from .pipeline import BUNDLED_MODEL, load_pipeline
from .readers import read_articles
from .records import Actor, Article, Extraction, Mention, Relation, Skipped

__all__ = [
    "BUNDLED_MODEL",
    "Actor",
    "Article",
    "Extraction",
    "Gazetteer",
    "GeoKGError",
    "InputError",
    "Lexicon",
    "Mention",
    "ModelError",
    "QueryError",
    "Relation",
    "Skipped",
    "StoreError",
    "StoreLockedError",
    "doc_to_extraction",
    "extract",
    "load_gazetteer",
    "load_lexicon",
    "load_pipeline",
    "read_articles",
]
