"""Load the spaCy pipeline geokg extracts with, and add geokg's components."""

from __future__ import annotations

import logging
from pathlib import Path

import spacy
from spacy.language import Language

from . import components as _components  # noqa: F401  (registers the factories)
from . import repair as _repair  # noqa: F401  (registers geokg_parse_repair)
from .actors.gazetteer import load_gazetteer
from .actors.persons import hyphenated_name_joiner
from .errors import ModelError
from .guards import SafeTokenizer

__all__ = ["BUNDLED_MODEL", "load_pipeline"]

log = logging.getLogger(__name__)

BUNDLED_MODEL = Path(__file__).parent / "models" / "en_geokg"


def _load_base(model: str | Path | None) -> Language:
    if model is None:
        if (BUNDLED_MODEL / "config.cfg").exists():
            return spacy.load(BUNDLED_MODEL)
        log.warning("bundled pipeline missing at %s; using a blank English tokenizer", BUNDLED_MODEL)
        return spacy.blank("en")
    if str(model) == "blank":
        return spacy.blank("en")
    try:
        return spacy.load(model)
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {str(model)!r}: not an installed package or a pipeline "
            "directory; install it (pip install <package>) or pass --model PATH to a trained "
            "pipeline, or omit --model to use geokg's bundled pipeline"
        ) from exc


def load_pipeline(model: str | Path | None = None, *, learned_filter: bool = False) -> Language:
    """The base pipeline (bundled by default) plus sentence splitting and geokg's components.

    ``model`` is a package name or a path; ``"blank"`` gives a tokenizer only
    (useful in fast tests). ``learned_filter`` has the learned check (:mod:`ingest.events.learned`) keep or
    drop each candidate event. Raises :class:`ModelError` when it cannot be loaded.
    """
    nlp = _load_base(model)
    gazetteer = load_gazetteer()
    keep_apart = frozenset(f for f in gazetteer.forms if f.isalpha())  # "Iran-Iraq", "Israel-Hamas" stay pairs
    nlp.tokenizer = SafeTokenizer(nlp.tokenizer, nlp.vocab, after=hyphenated_name_joiner(keep_apart))
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter") and not nlp.has_pipe("sentencizer"):
        nlp.add_pipe("sentencizer", first=True)
    if nlp.has_pipe("parser"):
        nlp.add_pipe("geokg_paragraphs", before="parser")  # also bounds the length of a sentence
    else:
        nlp.add_pipe("geokg_long_sentences", after="senter" if nlp.has_pipe("senter") else "sentencizer")
    if nlp.has_pipe("parser"):
        nlp.add_pipe("geokg_parse_repair")  # short clauses the parser left without a verb (ingest.repair)
    nlp.add_pipe("geokg_actors")
    nlp.add_pipe("geokg_events", config={"learned_filter": learned_filter})
    return nlp
