"""Score a trained pipeline on the held-out sets: ``python -m ingest.training.evaluate``.

EWT test gives UPOS, XPOS, morphology, lemmas, UAS/LAS and PER/ORG/LOC entity F1 (UNER
annotations); UNER PUD gives news-domain entity F1; GUM test (``gum_test.spacy``, when the
corpus has it) gives tags and UAS/LAS in GUM's genres, and entity F1 on its named mentions.
By default the pipeline tokenises the raw text itself, so scores include tokenisation and
sentence-splitting errors; with ``--gold-tokens`` each gold sentence is given to the pipeline
as its gold words (the usual setting for comparing parsers). Results are printed and written
as JSON next to the corpus.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

__all__ = ["evaluate", "main"]

log = logging.getLogger(__name__)

KEYS = ("pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f", "ents_p", "ents_r", "ents_f")
SETS = (("ewt_test", "test.spacy"), ("uner_pud", "pud.spacy"), ("gum_test", "gum_test.spacy"))


def _examples(nlp: Language, refs: list[Doc], gold_tokens: bool) -> list[Example]:
    if not gold_tokens:
        return [Example(nlp.make_doc(ref.text), ref) for ref in refs]
    examples = []
    for ref in refs:
        for sent in ref.sents:
            gold = sent.as_doc()
            words = [t.text for t in gold]
            spaces = [bool(t.whitespace_) for t in gold]
            starts = [True] + [False] * (len(words) - 1)  # the parser keeps preset boundaries
            examples.append(Example(Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts), gold))
    return examples


def evaluate(model: str | Path, corpus: Path, gold_tokens: bool = False) -> dict[str, dict[str, float]]:
    """Scores (in percent) of ``model`` on EWT test, UNER PUD and (when present) GUM test."""
    nlp = spacy.load(model)
    out: dict[str, dict[str, float]] = {}
    for name, file in SETS:
        if not (corpus / file).exists():
            continue
        refs = list(DocBin().from_disk(corpus / file).get_docs(nlp.vocab))
        scores = nlp.evaluate(_examples(nlp, refs, gold_tokens))
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
    parser.add_argument("--gold-tokens", action="store_true", help="score on gold words and sentences")
    args = parser.parse_args(argv)
    scores = evaluate(args.model, args.corpus, gold_tokens=args.gold_tokens)
    text = json.dumps(scores, indent=2)
    (args.output or args.corpus / "scores.json").write_text(text + "\n", encoding="utf8")
    print(text)


if __name__ == "__main__":
    main()
