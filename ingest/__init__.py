"""geokg.ingest: articles -> spaCy Docs -> actors, events and provenance records.

This package imports nothing else of geokg's; ``graph``, ``queries`` and the
CLI build on its record types.
"""

from .actors.gazetteer import Gazetteer, load_gazetteer
from .errors import GeoKGError, InputError, ModelError, QueryError, StoreError, StoreLockedError
from .extract import doc_to_extraction, extract
from .lexicon import Lexicon, load_lexicon
from .pipeline import BUNDLED_MODEL, load_pipeline
from .readers import read_articles
from .records import Actor, Article, Background, CameoRoot, Extraction, Mention, Relation, Skipped


def build_background() -> Background:
    """Background knowledge from the bundled gazetteer and CAMEO lexicon."""
    lexicon = load_lexicon()
    return load_gazetteer().background(tuple(lexicon.roots[c] for c in sorted(lexicon.roots)))


__all__ = [
    "BUNDLED_MODEL",
    "Actor",
    "Article",
    "Background",
    "CameoRoot",
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
    "build_background",
    "doc_to_extraction",
    "extract",
    "load_gazetteer",
    "load_lexicon",
    "load_pipeline",
    "read_articles",
]
