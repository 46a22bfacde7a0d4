"""Score a trained pipeline on the held-out sets: ``python -m ingest.training.evaluate``.

EWT test gives UPOS, XPOS, morphology, lemmas, UAS/LAS and PER/ORG/LOC entity F1 (UNER
annotations); UNER PUD gives news-domain entity F1. The pipeline tokenises the raw text
itself, so scores include tokenisation and sentence-splitting errors. Results are
printed and written as JSON next to the corpus.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

__all__ = ["evaluate", "main"]

log = logging.getLogger(__name__)

KEYS = ("pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f", "ents_p", "ents_r", "ents_f")


def evaluate(model: str | Path, corpus: Path) -> dict[str, dict[str, float]]:
    """Scores (in percent) of ``model`` on EWT test and UNER PUD."""
    nlp = spacy.load(model)
    out: dict[str, dict[str, float]] = {}
    for name, file in (("ewt_test", "test.spacy"), ("uner_pud", "pud.spacy")):
        refs = list(DocBin().from_disk(corpus / file).get_docs(nlp.vocab))
        examples = [Example(nlp.make_doc(ref.text), ref) for ref in refs]
        scores = nlp.evaluate(examples)
        row = {k: round(100 * scores[k], 2) for k in KEYS if isinstance(scores.get(k), float)}
        for label, s in (scores.get("ents_per_type") or {}).items():
            row[f"ents_f_{label}"] = round(100 * s["f"], 2)
        out[name] = row
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(Path(__file__).parent.parent / "models" / "en_geokg"))
    parser.add_argument("--corpus", type=Path, default=Path("build/corpus"))
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args(argv)
    scores = evaluate(args.model, args.corpus)
    text = json.dumps(scores, indent=2)
    (args.output or args.corpus / "scores.json").write_text(text + "\n", encoding="utf8")
    print(text)


if __name__ == "__main__":
    main()
