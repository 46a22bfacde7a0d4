"""A pipeline with deliberate faults, loaded by worker processes in the fault tests
(``factory="tests.ingest.faulty:load"``): an article containing ``HANG-HERE`` never finishes,
``CRASH-HERE`` kills its process, ``SLOW-HERE`` takes ten seconds, ``RAISE-HERE`` raises."""

from __future__ import annotations

import os
import time

from spacy.language import Language
from spacy.tokens import Doc

from ingest import load_pipeline


@Language.component("geokg_test_faults")
def faults(doc: Doc) -> Doc:
    if "HANG-HERE" in doc.text:
        while True:
            time.sleep(1)
    if "CRASH-HERE" in doc.text:
        os._exit(3)
    if "SLOW-HERE" in doc.text:
        time.sleep(10)
    if "RAISE-HERE" in doc.text:
        raise ValueError("a component failed on purpose")
    return doc


def load(model: str | None) -> Language:
    nlp = load_pipeline(model or "blank")
    nlp.add_pipe("geokg_test_faults", first=True)
    return nlp
