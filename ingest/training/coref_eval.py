"""Measure geokg's reference resolution (pronouns and definite descriptions, ``doc.spans["geokg_refs"]``) on
GUM's coreference chains (issue 20, item 4).

    python -m ingest.training.coref_eval --data ../shared/data [--split test]

Each GUM document's text is rebuilt from its tokens and run through the pipeline. A reference geokg resolves
to an actor it found named earlier in the document is **right** when GUM puts the reference and one of those
earlier mentions in one chain (mentions are matched by their character span; a reference matches the GUM
mention it equals, or the shortest one it lies in). References to an actor named nowhere before (the
gazetteer's leaders: "the Russian president") cannot be checked against the chains and are counted apart.

Recall: of GUM's pronouns ("he", "she", "him", "her", "it", "they", ...) and definite descriptions ("the ...")
whose chain has an earlier mention geokg found as an actor, the share geokg resolved to that actor.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..events.arguments import ACTOR_SPANS, REF_SPANS
from .prepare import Sentence, parse_entities, read_conllu

__all__ = ["CorefScore", "GoldMention", "gum_documents", "main", "score_document"]

PRONOUN_WORDS = frozenset({"he", "she", "him", "her", "it", "they", "them", "i", "we", "us", "me"})


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One GUM mention with character offsets in the rebuilt text and its chain."""

    start: int
    end: int
    chain: str
    etype: str
    text: str


@dataclass(slots=True)
class CorefScore:
    """Counts over documents; ``right / scored`` is the precision, ``recalled / resolvable`` the recall."""

    scored: int = 0  # references to an actor named earlier in the document
    right: int = 0
    unchecked: int = 0  # references to an actor not named before (gazetteer knowledge)
    resolvable: int = 0  # GUM pronouns and descriptions whose chain has an earlier actor geokg found
    recalled: int = 0
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # (document, reference, actor)
    by_kind: Counter = field(default_factory=Counter)  # "pronoun right", "description wrong", ...

    def add(self, other: CorefScore) -> None:
        self.scored += other.scored
        self.right += other.right
        self.unchecked += other.unchecked
        self.resolvable += other.resolvable
        self.recalled += other.recalled
        self.wrong += other.wrong
        self.by_kind.update(other.by_kind)

    @property
    def precision(self) -> float:
        return self.right / self.scored if self.scored else 0.0

    @property
    def recall(self) -> float:
        return self.recalled / self.resolvable if self.resolvable else 0.0


def _document(doc_id: str, sents: list[Sentence]) -> tuple[str, str, list[GoldMention]]:
    text = ""
    mentions: list[GoldMention] = []
    for sent in sents:
        if text and not text.rstrip().endswith((".", "!", "?", '"', "”", ")")):
            text = text.rstrip() + "\n"  # a heading or a caption: a line of its own
        elif text and not text.endswith((" ", "\n")):
            text += " "
        offsets = []
        for word, space in zip(sent.words, sent.spaces, strict=True):
            offsets.append(len(text))
            text += word + (" " if space else "")
        for m in parse_entities(sent.misc):
            start = offsets[m.start]
            end = offsets[m.end - 1] + len(sent.words[m.end - 1])
            mentions.append(GoldMention(start, end, m.eid, m.etype, text[start:end]))
    return doc_id, text.rstrip(), mentions


def gum_documents(path: Path) -> Iterator[tuple[str, str, list[GoldMention]]]:
    """(document id, text, mentions) for each document of a GUM CoNLL-U file."""
    current: list[Sentence] = []
    for sent in read_conllu(path):
        if current and sent.doc_id != current[0].doc_id:
            yield _document(current[0].doc_id, current)
            current = []
        current.append(sent)
    if current:
        yield _document(current[0].doc_id, current)


def _aligned(span: Span, gold: list[GoldMention]) -> GoldMention | None:
    start, end = span.start_char, span.end_char
    exact = [m for m in gold if m.start == start and m.end == end]
    if exact:
        return exact[0]
    around = [m for m in gold if m.start <= start and end <= m.end]
    return min(around, key=lambda m: m.end - m.start, default=None)


def _kind(text: str) -> str:
    return "pronoun" if text.lower() in PRONOUN_WORDS else "description"


def score_document(doc_id: str, doc: Doc, gold: list[GoldMention]) -> CorefScore:
    """Precision and recall counts of one document's references against its GUM chains."""
    score = CorefScore()
    actors = list(doc.spans.get(ACTOR_SPANS, []))
    refs = list(doc.spans.get(REF_SPANS, []))
    for ref in refs:
        earlier = [a for a in actors if a.kb_id_ == ref.kb_id_ and a.end <= ref.start]
        if not earlier:
            score.unchecked += 1
            continue
        score.scored += 1
        mention = _aligned(ref, gold)
        chains = {m.chain for a in earlier if (m := _aligned(a, gold)) is not None}
        right = mention is not None and mention.chain in chains
        score.right += right
        score.by_kind[f"{_kind(ref.text)} {'right' if right else 'wrong'}"] += 1
        if not right:
            score.wrong.append((doc_id, ref.text, earlier[-1].text))
    found: dict[str, list[Span]] = {}  # chain -> actor spans geokg found on its mentions
    for actor in actors:
        m = _aligned(actor, gold)
        if m is not None:
            found.setdefault(m.chain, []).append(actor)
    by_start = {(r.start_char, r.end_char): r for r in refs}
    for m in gold:
        if _kind(m.text) == "description" and not m.text.lower().startswith("the "):
            continue
        named_before = [a for a in found.get(m.chain, []) if a.end_char <= m.start]
        if not named_before:
            continue
        score.resolvable += 1
        ref = by_start.get((m.start, m.end))
        if ref is None:  # "the president" may be resolved on its head words only ("president")
            ref = next((r for r in refs if m.start <= r.start_char and r.end_char <= m.end), None)
        if ref is not None and ref.kb_id_ in {a.kb_id_ for a in named_before}:
            score.recalled += 1
    return score


def evaluate(nlp: Language, documents: Iterable[tuple[str, str, list[GoldMention]]]) -> CorefScore:
    total = CorefScore()
    for doc_id, text, gold in documents:
        total.add(score_document(doc_id, nlp(text), gold))
    return total


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"), help="folder holding gum-ccby/")
    ap.add_argument("--split", default="test", choices=("train", "dev", "test"))
    ap.add_argument("--model", default=None, help="a spaCy pipeline (default: the bundled one)")
    args = ap.parse_args(argv)
    path = args.data / "gum-ccby" / f"en_gum-ccby-{args.split}.conllu"
    if not path.exists():
        sys.exit(f"error: {path} not found; pass --data to the folder that holds gum-ccby/")
    from ..pipeline import load_pipeline

    score = evaluate(load_pipeline(args.model), gum_documents(path))
    print(f"references checked: {score.scored}, right: {score.right}, precision {score.precision:.3f}")
    print(f"references to actors not named before (not checkable): {score.unchecked}")
    print(f"GUM pronouns and descriptions after a found actor: {score.resolvable}, resolved: {score.recalled}, "
          f"recall {score.recall:.3f}")  # fmt: skip
    for kind, n in sorted(score.by_kind.items()):
        print(f"  {kind}: {n}")
    for doc_id, ref, actor in score.wrong:
        print(f"  wrong: {doc_id}: {ref!r} -> {actor!r}")


if __name__ == "__main__":
    main()
