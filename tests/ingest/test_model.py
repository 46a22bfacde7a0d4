"""The bundled, trained English pipeline (slow: loads the real model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from ingest import Article, extract, load_pipeline
from ingest.pipeline import BUNDLED_MODEL

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def base():
    return spacy.load(BUNDLED_MODEL)


def test_bundled_pipeline_is_in_the_repository_and_small() -> None:
    assert (BUNDLED_MODEL / "config.cfg").exists() and (BUNDLED_MODEL / "meta.json").exists()
    size = sum(p.stat().st_size for p in Path(BUNDLED_MODEL).rglob("*") if p.is_file())
    assert size <= 25 * 1024 * 1024


def test_pipeline_components(base) -> None:
    assert base.pipe_names == ["tok2vec", "tagger", "morphologizer", "parser", "ner", "lemmatizer"]
    assert set(base.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}


def test_geokg_loads_it_by_default() -> None:
    nlp = load_pipeline()
    assert nlp.pipe_names[:7] == [
        "tok2vec",
        "tagger",
        "morphologizer",
        "geokg_paragraphs",
        "parser",
        "ner",
        "lemmatizer",
    ]
    assert nlp.pipe_names[-3:] == ["geokg_parse_repair", "geokg_actors", "geokg_events"]


@pytest.mark.parametrize(
    ("text", "arcs"),
    [
        (
            "Iran supplied drones to Turkey.",
            {("Iran", "nsubj", "supplied"), ("supplied", "ROOT", "supplied"), ("drones", "obj", "supplied")},
        ),
        (
            "The president met the prime minister in London.",
            {("president", "nsubj", "met"), ("minister", "obj", "met"), ("London", "obl", "met")},
        ),
        (
            "Officials said that the government had supplied weapons to the rebels last year.",
            {
                ("government", "nsubj", "supplied"),
                ("weapons", "obj", "supplied"),
                ("rebels", "obl", "supplied"),
                ("supplied", "ccomp", "said"),
            },
        ),
        (
            "The minister met his counterpart in Paris on Monday to discuss the crisis.",
            {("minister", "nsubj", "met"), ("counterpart", "obj", "met"), ("discuss", "advcl", "met")},
        ),
        (
            "The embassy was attacked by protesters.",
            {("embassy", "nsubj:pass", "attacked"), ("protesters", "obl:agent", "attacked")},
        ),
    ],
)
def test_subject_and_object_arcs(base, text: str, arcs: set) -> None:
    doc = base(text)
    found = {(t.text, t.dep_, t.head.text) for t in doc}
    assert arcs <= found


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("Angela Merkel visited Paris on Monday.", {("Angela Merkel", "PER"), ("Paris", "LOC")}),
        (
            "Officials at Microsoft met John Smith in Berlin.",
            {("Microsoft", "ORG"), ("John Smith", "PER"), ("Berlin", "LOC")},
        ),
    ],
)
def test_entities(base, text: str, ents: set) -> None:
    assert ents <= {(e.text, e.label_) for e in base(text).ents}


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Iran supplied drones.", "supplied", "supply"),
        ("Trump met Putin.", "met", "meet"),
        ("They were fighting.", "fighting", "fight"),
        ("The talks collapsed.", "talks", "talk"),
    ],
)
def test_lemmas(base, text: str, word: str, lemma: str) -> None:
    assert next(t.lemma_ for t in base(text) if t.text == word) == lemma


def test_extraction_with_the_trained_pipeline() -> None:
    nlp = load_pipeline()
    text = (
        "Iran supplied drones to Russia. President Donald Trump met Vladimir Putin in Alaska. "
        "The United States did not join its European allies in condemning Russia."
    )
    [ex] = list(extract(nlp, [Article(id="m", text=text, published="2025-08-16")]))
    rels = {(r.subject.actor.key, r.predicate, r.object.actor.key, r.negated) for r in ex.relations}
    assert ("iran", "supply", "russia", False) in rels
    assert ("donald-trump", "meet", "vladimir-putin", False) in rels


def test_the_bundled_model_names_its_licence_and_sources() -> None:
    import json

    from ingest.pipeline import BUNDLED_MODEL

    meta = json.loads((BUNDLED_MODEL / "meta.json").read_text(encoding="utf8"))
    assert meta["license"] == "CC BY-SA 4.0"  # share-alike, as the EWT and UNER data it was trained on
    names = {s["name"] for s in meta["sources"]}
    assert {"Universal Dependencies English EWT", "Universal NER English EWT", "wikigold"} <= names
