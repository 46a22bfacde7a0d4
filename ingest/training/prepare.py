"""Convert the open corpora in ``../shared/data`` into spaCy ``DocBin`` files.

UD English EWT gives tokens, tags, morphology, lemmas and dependencies; the
Universal NER layer for the same sentences (matched by ``sent_id``) adds
PER/ORG/LOC entities. wikigold adds NER-only documents. With ``--gum``, GUM's CC BY
genres add treebank documents whose named person/organization/place mentions become
PER/ORG/LOC entities (``named_mentions``); GUM test is written as ``gum_test.spacy``. UNER PUD is converted
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
from urllib.parse import unquote

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

__all__ = [
    "Mention",
    "Sentence",
    "gum_genre",
    "gum_iob",
    "main",
    "named_mentions",
    "parse_entities",
    "read_conllu",
    "read_uner",
    "read_wikigold",
]

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
    misc: list[str] = field(default_factory=list)
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
                sent.misc.append(cols[9])
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


GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}


@dataclass(frozen=True)
class Mention:
    """One entity mention of a sentence (token offsets 0-based, ``end`` exclusive)."""

    start: int
    end: int
    etype: str
    minspan: tuple[int, ...] = ()  # 0-based sentence offsets of GUM's minimal span
    identity: str = ""
    eid: str = ""  # the coreference chain (entity id) within the document


def _opened(attrs: str, start: int) -> tuple[str, Mention]:
    """The entity id and the (still open) mention of an opening bracket's attributes,
    ``eid-etype-infstat-salience-centering-minspan-link-identity`` (GUM's ``global.Entity``)."""
    parts = attrs.split("-")
    eid = parts[0].split("[", 1)[0]  # discontinuous parts carry [1/2]; GUM has none
    etype = parts[1] if len(parts) > 1 else ""
    minspan: tuple[int, ...] = ()
    if len(parts) > 5 and parts[5]:
        minspan = tuple(start + int(n) - 1 for n in parts[5].split(",") if n.isdigit())
    identity = unquote(parts[7]) if len(parts) > 7 else ""
    return eid, Mention(start, start + 1, etype, minspan, identity, eid)


def parse_entities(misc: list[str]) -> list[Mention]:
    """All entity mentions of one sentence from the ``Entity=`` values of its MISC column
    (CorefUD bracket notation: ``(eid-...`` opens, ``eid)`` closes, ``(eid-...)`` is one token).
    Mentions left open at the end of the sentence, and closings without an opening, are dropped."""
    mentions: list[Mention] = []
    open_: dict[str, list[Mention]] = {}
    for i, cell in enumerate(misc):
        value = next((f[7:] for f in cell.split("|") if f.startswith("Entity=")), "")
        j = 0
        while j < len(value):
            if value[j] == "(":
                k = j + 1
                while k < len(value) and value[k] not in "()":
                    k += 1
                eid, mention = _opened(value[j + 1 : k], i)
                if k < len(value) and value[k] == ")":
                    mentions.append(mention)
                    k += 1
                else:
                    open_.setdefault(eid, []).append(mention)
                j = k
            else:
                k = value.find(")", j)
                if k < 0:
                    break
                eid = value[j:k].split("[", 1)[0]
                if open_.get(eid):
                    m = open_[eid].pop()
                    mentions.append(Mention(m.start, i + 1, m.etype, m.minspan, m.identity, m.eid))
                j = k + 1
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def _mention_head(sent: Sentence, m: Mention) -> int:
    """The first token of the mention whose syntactic head lies outside it."""
    for i in range(m.start, m.end):
        if not m.start < sent.heads[i] <= m.end:  # heads are 1-based, 0 is the root
            return i
    return m.start


def _is_title(sent: Sentence, i: int, head: int) -> bool:
    """Whether token ``i`` (before the name's ``head``) belongs to a title of the name: it is an
    ``nmod:desc`` dependent of the head ("[President] Biden", "[Mr.] Smith"), a common noun or
    lower-case adjective modifying the head ("[senator] Smith", "[late] Smith"), or lies inside
    such a title's subtree ("[Vice] President", "[Major] General", "[Prime] Minister")."""
    seen = set()
    while 0 <= i < len(sent.words) and i not in seen:
        seen.add(i)
        parent = sent.heads[i] - 1
        if parent == head:
            if sent.deps[i] == "nmod:desc":
                return True
            # a capitalised adjective on the name is part of it ("Ugly Stepsister", "Old Lady")
            common = sent.pos[i] == "NOUN" or (sent.pos[i] == "ADJ" and sent.words[i][:1].islower())
            return common and sent.deps[i] in ("compound", "amod")
        i = parent
    return False


def _after_titles(sent: Sentence, start: int, head: int) -> int:
    """The first token of a person's name after the titles that open the span: UNER, like
    CoNLL, leaves titles out of PER ("President [Joe Biden]"), GUM keeps them in."""
    while start < head and _is_title(sent, start, head):
        start += 1
    return start


def named_mentions(sent: Sentence) -> list[tuple[int, int, str]]:
    """Named PER/ORG/LOC spans ``(start, end, label)`` of a GUM sentence.

    A mention counts as named when its type is person, organization or place and its
    syntactic head is a PROPN (a Wikipedia identity alone is not enough: GUM gives it to
    pronouns and descriptions of the entity too), or when its head is a title whose ``flat``
    dependents are PROPNs ("musician Tiziano Lugli": the name alone is the span). The span is cut down to the mention's
    minimal span (from its first to its last token), which leaves out determiners and
    relative clauses ("the United States" -> "United States"). Coordinated mentions ("X and Y")
    are left to their conjuncts. Nested and overlapping named mentions keep the outer one
    ("University of California, Berkeley" over "Berkeley"); mentions crossing a sentence
    boundary are dropped.
    """
    found: list[tuple[int, int, str]] = []
    for m in parse_entities(sent.misc):
        label = GUM_TYPES.get(m.etype)
        if label is None:
            continue
        head = _mention_head(sent, m)
        if sent.pos[head] != "PROPN":
            # a title with the name as its flat dependents: "musician [Tiziano Lugli]"
            flat = [i for i in range(head + 1, m.end) if sent.heads[i] == head + 1 and sent.deps[i] == "flat"]
            if flat and all(sent.pos[i] == "PROPN" for i in range(flat[0], flat[-1] + 1)):
                found.append((flat[0], flat[-1] + 1, label))
            continue
        if label == "PER" and "Number=Plur" in sent.morphs[head].split("|"):
            continue  # a group of persons ("Texans", "Democrats"): not a person's name
        inside = [i for i in m.minspan if m.start <= i < m.end]
        start, end = (min(inside), max(inside) + 1) if inside else (m.start, m.end)
        if any(sent.deps[i].startswith("conj") and sent.heads[i] == head + 1 for i in range(start, end)):
            continue  # a coordination ("X and Y"): its conjuncts are mentions of their own
        if label == "PER":
            start = _after_titles(sent, start, head)
        found.append((start, end, label))
    kept: list[tuple[int, int, str]] = []
    for start, end, label in sorted(set(found), key=lambda f: (f[0] - f[1], f[0])):
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, label))
    return sorted(kept)


def gum_iob(sent: Sentence) -> list[str]:
    """IOB2 tags of the named PER/ORG/LOC mentions of a GUM sentence."""
    tags = ["O"] * len(sent.words)
    for start, end, label in named_mentions(sent):
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


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


def gum_genre(doc_id: str) -> str:
    """The genre of a GUM document id (``GUM_news_iodine`` -> ``news``)."""
    parts = doc_id.split("_")
    return parts[1] if len(parts) > 2 and parts[0] == "GUM" else ""


def convert_gum(
    data: Path,
    split: str,
    vocab: Vocab,
    rng: random.Random | None = None,
    *,
    genres: frozenset[str] | None = None,
) -> list[Doc]:
    """GUM ``split`` (the CC BY genres, or only ``genres``) with its named PER/ORG/LOC mentions as entities."""
    path = data / "gum-ccby" / f"en_gum-ccby-{split}.conllu"
    sents = [s for s in read_conllu(path) if genres is None or gum_genre(s.doc_id) in genres]
    counts = {label: 0 for label in NER_LABELS}
    for sent in sents:
        sent.iob = gum_iob(sent)
        for tag in sent.iob:
            if tag.startswith("B-"):
                counts[tag[2:]] += 1
    log.info("gum %s: %d sentences, named mentions %s", split, len(sents), counts)
    return [sentences_to_doc(vocab, group) for group in _group(sents, rng)]


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
    parser.add_argument(
        "--gum",
        action="store_true",
        help="add GUM (gum-ccby) train to train and dev to dev; its test split goes to gum_test.spacy",
    )
    parser.add_argument(
        "--gum-genres",
        default=None,
        help="comma-separated GUM genres to train on (default all: news,interview,bio,voyage,textbook,"
        "speech,vlog,conversation); GUM test stays whole",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    for split in ("train", "dev", "test"):
        # training documents vary in length; dev and test keep 10-sentence documents
        mixed = args.mixed_docs and split == "train"
        db = convert_split(args.data, split, vocab, random.Random(args.seed) if mixed else None)
        if args.gum:
            genres = None if args.gum_genres is None or split == "test" else frozenset(args.gum_genres.split(","))
            gum = convert_gum(args.data, split, vocab, random.Random(args.seed + 1) if mixed else None, genres=genres)
            if split == "test":  # EWT test stays EWT alone, comparable with earlier scores
                gum_db = DocBin(store_user_data=False)
                for doc in gum:
                    gum_db.add(doc)
                gum_db.to_disk(args.out / "gum_test.spacy")
            else:
                for doc in gum:
                    db.add(doc)
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
