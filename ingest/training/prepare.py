"""Convert the open corpora in ``../shared/data`` into spaCy ``DocBin`` files.

UD English EWT gives tokens, tags, morphology, lemmas and dependencies; the
Universal NER layer for the same sentences (matched by ``sent_id``) adds
PER/ORG/LOC entities. wikigold adds NER-only documents. UNER PUD is converted
as the held-out news-domain NER test. re3d is never read here.

Run ``python -m ingest.training.prepare --data ../shared/data --out build/corpus``.
"""

from __future__ import annotations

import argparse
import logging
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

__all__ = ["Sentence", "main", "read_conllu", "read_uner", "read_wikigold"]

log = logging.getLogger(__name__)

NER_LABELS = ("PER", "ORG", "LOC")
SENTS_PER_DOC = 10


@dataclass
class Sentence:
    """One treebank sentence: words with their annotation columns."""

    sent_id: str
    doc_id: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)
    iob: list[str] | None = None


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield sentences of a CoNLL-U file; multiword tokens keep their surface spacing."""
    doc_id = ""
    sent: Sentence | None = None
    mwt_end = -1
    mwt_space = True
    with path.open(encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id"):
                doc_id = line.split("=", 1)[1].strip()
            elif line.startswith("# sent_id"):
                sent = Sentence(sent_id=line.split("=", 1)[1].strip(), doc_id=doc_id)
                mwt_end = -1  # multiword-token ranges never cross sentences
            elif line.startswith("#"):
                continue
            elif not line:
                if sent is not None and sent.words:
                    yield sent
                sent = None
            else:
                cols = line.split("\t")
                if "." in cols[0]:
                    continue  # empty node of enhanced UD
                if "-" in cols[0]:
                    mwt_end = int(cols[0].split("-")[1])
                    mwt_space = "SpaceAfter=No" not in cols[9]
                    continue
                assert sent is not None, f"{path}: token outside a sentence"
                idx = int(cols[0])
                if idx < mwt_end:
                    space = False
                elif idx == mwt_end:
                    space = mwt_space
                else:
                    space = "SpaceAfter=No" not in cols[9]
                sent.words.append(cols[1])
                sent.spaces.append(space)
                sent.lemmas.append(cols[2])
                sent.pos.append(cols[3])
                sent.tags.append(cols[4])
                sent.morphs.append("" if cols[5] == "_" else cols[5])
                sent.heads.append(int(cols[6]))
                sent.deps.append(cols[7] if cols[7] != "root" else "ROOT")
    if sent is not None and sent.words:
        yield sent


def _clean_iob(tag: str) -> str:
    if tag in ("", "O") or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{label}" if label in NER_LABELS else "O"


def read_uner(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Map ``sent_id`` to (tokens, IOB2 tags restricted to PER/ORG/LOC)."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    sent_id = ""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("#"):
                continue
            elif not line:
                if words:
                    out[sent_id] = (words, tags)
                words, tags = [], []
            else:
                cols = line.split("\t")
                words.append(cols[1])
                tags.append(_clean_iob(cols[2]))
    if words:
        out[sent_id] = (words, tags)
    return out


def _iob1_to_iob2(tags: list[str]) -> list[str]:
    out = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return [_clean_iob(t) for t in out]


def read_wikigold(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (tokens, IOB2 tags) sentences of wikigold (IOB1 in the file)."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("-DOCSTART-"):
                if words:
                    yield words, _iob1_to_iob2(tags)
                words, tags = [], []
                continue
            word, _, tag = line.rpartition(" ")
            words.append(word)
            tags.append(tag)
    if words:
        yield words, _iob1_to_iob2(tags)


def _ents_from_iob(doc: Doc, start: int, tags: list[str]) -> list[Span]:
    spans = []
    begin, label = None, ""
    for i, tag in enumerate([*tags, "O"]):
        if begin is not None and not tag.startswith("I-"):
            spans.append(Span(doc, start + begin, start + i, label=label))
            begin = None
        if tag.startswith("B-") or (tag.startswith("I-") and begin is None):
            begin, label = i, tag[2:]
    return spans


def sentences_to_doc(vocab: Vocab, sents: list[Sentence]) -> Doc:
    """Join treebank sentences into one annotated Doc (heads made absolute)."""
    words, spaces, lemmas, pos, tags, morphs, heads, deps, starts = ([] for _ in range(9))
    ner: list[tuple[int, list[str]]] = []
    for sent in sents:
        offset = len(words)
        for i in range(len(sent.words)):
            words.append(sent.words[i])
            spaces.append(sent.spaces[i] if i < len(sent.words) - 1 else True)
            lemmas.append(sent.lemmas[i])
            pos.append(sent.pos[i])
            tags.append(sent.tags[i])
            morphs.append(sent.morphs[i])
            heads.append(offset + sent.heads[i] - 1 if sent.heads[i] else offset + i)
            deps.append(sent.deps[i])
            starts.append(i == 0)
        if sent.iob is not None:
            ner.append((offset, sent.iob))
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        tags=tags,
        morphs=morphs,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )
    ents: list[Span] = []
    for offset, iob in ner:
        ents.extend(_ents_from_iob(doc, offset, iob))
    doc.ents = ents
    return doc


def tokens_to_doc(vocab: Vocab, sents: list[tuple[list[str], list[str]]]) -> Doc:
    """An NER-only Doc from several tokenised sentences."""
    words: list[str] = []
    iob: list[str] = []
    starts: list[bool] = []
    for toks, tags in sents:
        words.extend(toks)
        iob.extend(tags)
        starts.extend([True] + [False] * (len(toks) - 1))
    doc = Doc(vocab, words=words, sent_starts=starts)
    doc.ents = _ents_from_iob(doc, 0, iob)
    return doc


DOC_SIZES = (1, 2, 3, 5, 10)  # mixed lengths, so short standalone sentences are seen too


def _group(sents: list[Sentence], rng: random.Random | None = None) -> Iterator[list[Sentence]]:
    """Consecutive sentences of one source document, in groups of up to ``SENTS_PER_DOC``
    (or of sizes drawn from ``DOC_SIZES`` when ``rng`` is given)."""
    batch: list[Sentence] = []
    size = rng.choice(DOC_SIZES) if rng else SENTS_PER_DOC
    for sent in sents:
        if batch and (sent.doc_id != batch[-1].doc_id or len(batch) >= size):
            yield batch
            batch = []
            size = rng.choice(DOC_SIZES) if rng else SENTS_PER_DOC
        batch.append(sent)
    if batch:
        yield batch


def convert_split(data: Path, split: str, vocab: Vocab, rng: random.Random | None = None) -> DocBin:
    """EWT ``split`` with UNER entities merged where the tokens agree."""
    sents = list(read_conllu(data / "ud-english-ewt" / f"en_ewt-ud-{split}.conllu"))
    uner = read_uner(data / "uner-english-ewt" / f"uner_en_ewt-ud-{split}.iob2")
    merged = 0
    for sent in sents:
        found = uner.get(sent.sent_id)
        if found and found[0] == sent.words:
            sent.iob = found[1]
            merged += 1
    log.info("%s: %d sentences, %d with entities merged", split, len(sents), merged)
    db = DocBin(store_user_data=False)
    for group in _group(sents, rng):
        db.add(sentences_to_doc(vocab, group))
    return db


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("build/corpus"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--mixed-docs",
        action="store_true",
        help="train documents of 1-10 sentences instead of 10 (dev and test unchanged)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    for split in ("train", "dev", "test"):
        # training documents vary in length; dev and test keep 10-sentence documents
        mixed = args.mixed_docs and split == "train"
        db = convert_split(args.data, split, vocab, random.Random(args.seed) if mixed else None)
        if split == "train":
            wiki = list(read_wikigold(args.data / "wikigold" / "wikigold.conll.txt"))
            random.Random(args.seed).shuffle(wiki)
            for i in range(0, len(wiki), SENTS_PER_DOC):
                db.add(tokens_to_doc(vocab, wiki[i : i + SENTS_PER_DOC]))
            log.info("train: %d wikigold sentences added (NER only)", len(wiki))
        db.to_disk(args.out / f"{split}.spacy")
    pud = read_uner(args.data / "uner-english-pud" / "en_pud-ud-test.iob2")
    db = DocBin()
    items = list(pud.values())
    for i in range(0, len(items), SENTS_PER_DOC):
        db.add(tokens_to_doc(vocab, items[i : i + SENTS_PER_DOC]))
    db.to_disk(args.out / "pud.spacy")
    log.info("pud: %d sentences", len(items))


if __name__ == "__main__":
    main()
