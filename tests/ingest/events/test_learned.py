"""The learned event check (ingest.events.learned) and its trainer (ingest.training.event_filter), on hand-built
parses; the shipped weights are what the trainer builds from corpus/gold/ (slow)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest

from ingest.events.learned import DEFAULT_PATH, Candidate, EventFilter, Source, candidate_features, load_event_filter
from ingest.events.passes import candidate_events, find_events
from ingest.lexicon import load_lexicon
from ingest.training.event_filter import fit, label
from tests.conftest import parsed

ROOT = Path(__file__).resolve().parents[3]


def _doc(nlp):
    # "Chile condemned Peru , and Bolivia praised Chile ."
    return parsed(
        nlp,
        "Chile condemned Peru , and Bolivia praised Chile .".split(),
        [1, 1, 1, 6, 6, 6, 1, 6, 1],
        "nsubj ROOT obj punct cc nsubj conj obj punct".split(),
        pos="PROPN VERB PROPN PUNCT CCONJ PROPN VERB PROPN PUNCT".split(),
        tags="NNP VBD NNP , CC NNP VBD NNP .".split(),
    )


def test_candidates_carry_their_pass_and_features(nlp) -> None:
    doc = _doc(nlp)
    candidates = candidate_events(doc, load_lexicon())
    verbal = [c for c in candidates if c.source is Source.VERBAL]
    assert {(c.event.subject.text, c.event.predicate, c.event.object.text) for c in verbal} == {
        ("Chile", "condemn", "Peru"),
        ("Bolivia", "praise", "Chile"),
    }
    features = candidate_features(doc, verbal[0])
    assert "src=verbal" in features and "spath=nsubj" in features and "opath=obj" in features
    assert not any(f.startswith("pred=") for f in features)  # no words: what is learned must carry to other text


def test_the_filter_keeps_by_its_weights(nlp) -> None:
    doc = _doc(nlp)
    lexicon = load_lexicon()
    assert len(find_events(doc, lexicon)) == 2  # the rules alone
    against_verbal = EventFilter({"src=verbal": -10.0}, bias=0.0, threshold=0.5)
    assert find_events(doc, lexicon, event_filter=against_verbal) == []
    for_verbal = EventFilter({"src=verbal": 10.0}, bias=-5.0, threshold=0.5)
    assert len(find_events(doc, lexicon, event_filter=for_verbal)) == 2
    rejected = Candidate(find_events(doc, lexicon)[0], Source.WINDOW_REJECTED)
    assert not EventFilter({}, bias=-1.0, threshold=0.5).keep(doc, rejected)
    assert EventFilter({"src=window_rejected": 3.0}, bias=0.0, threshold=0.5).keep(doc, rejected)


def test_labels_follow_the_scorers_quad_level(nlp) -> None:
    doc = _doc(nlp)
    [first, _] = [c for c in candidate_events(doc, load_lexicon()) if c.source is Source.VERBAL]
    peru = {"start": doc.text.index("Peru"), "end": doc.text.index("Peru") + 4}
    chile = {"start": 0, "end": 5}
    assert label(first, [{"cameo": "11", "source": chile, "target": peru}])
    assert label(first, [{"cameo": "12", "source": chile, "target": peru}])  # same quad class (verbal conflict)
    assert not label(first, [{"cameo": "19", "source": chile, "target": peru}])  # material conflict
    assert not label(first, [{"cameo": "11", "source": peru, "target": chile}])  # wrong direction
    assert not label(first, [{"cameo": "11", "source": chile, "target": peru, "negated": True}])


def test_fit_separates_what_can_be_separated() -> None:
    x = numpy.array([[1, 0], [1, 0], [0, 1], [0, 1]], dtype=float)
    y = numpy.array([1, 1, 0, 0], dtype=float)
    w = fit(x, y, l2=0.1)
    assert w[0] > 0 > w[1]


def test_the_shipped_weights_are_well_formed() -> None:
    model = load_event_filter()
    assert model is not None and 0 < model.threshold < 1
    data = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    assert "corpus/gold" in data["note"] and data["report"]["coded_events"] > 1000
    assert all(f.split("=")[0] in FEATURE_KINDS for f in model.weights)


FEATURE_KINDS = {
    *("src", "root", "quad", "src_quad", "kind", "mod", "slab", "olab", "spath", "opath", "src_spath"),
    *("src_opath", "sdep", "odep", "order", "sdist", "odist", "sodist", "tpos", "tdep", "speaker"),
    *("comma_between", "verb_between"),
}


@pytest.mark.slow
def test_the_shipped_weights_are_what_the_trainer_builds(tmp_path: Path) -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("corpus_gold_for_filter", ROOT / "corpus" / "gold.py")
    gold = sys.modules["corpus_gold_for_filter"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gold)
    assert gold.main(["--out", str(tmp_path / "eval")]) == 0
    from ingest.training.event_filter import main

    assert main(["--gold", str(tmp_path / "eval"), "--out", str(tmp_path / "filter.json")]) == 0
    built = json.loads((tmp_path / "filter.json").read_text(encoding="utf-8"))
    shipped = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    assert built["threshold"] == shipped["threshold"], "rebuild with `make event-filter`"
    assert built["weights"].keys() == shipped["weights"].keys(), "rebuild with `make event-filter`"
    assert all(abs(built["weights"][k] - v) < 1e-3 for k, v in shipped["weights"].items())
