"""Repairs of two parser errors on short news clauses, made before actors and events are read off the parse.

The small CNN parser often reads the finite verb of a short clause as a modifier of a noun, leaving the
sentence with a noun for its root and no predicate:

- *a verb read as an adjective of its object*: "The Houthis fired missiles at Haifa" parsed with "fired" an
  ``amod`` of "missiles" (the root), though "fired" has a subject of its own ("Houthis" its ``nsubj``): a
  modifier has no subject, so the verb is the predicate and the noun its object; so too a past-tense verb
  right after a name the parser made a compound of the root ("Russia threatened strikes");
- *a verb read as a reduced relative of its subject*: "Turkish jets bombed Afrin", "Chinese and Indian troops
  clashed" parsed with the verb an ``acl`` of the root noun: when the root is a noun, the sentence has no
  other predicate and nothing sets the verb off as a modifier (no comma, no marker, no passive auxiliary), the
  verb is the predicate and the noun its subject.

Only sentences whose root is a noun are touched; a sentence with a verbal root is left as the parser made it.
Each repair re-attaches a handful of arcs and keeps the tree well formed (``Token.head`` is set).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

__all__ = ["ParseRepair", "repair_noun_roots"]

NOMINAL = frozenset({"NOUN", "PROPN"})
FINITE_OR_PARTICIPLE = frozenset({"VBD", "VBN", "VBZ", "VBP"})
# what sets a verb off as a modifier of the noun before it, not its predicate
MODIFIER_MARKS = frozenset({"mark", "aux:pass", "nsubj:pass", "aux"})


def _as_predicate(verb: Token) -> None:
    verb.head = verb
    verb.dep_ = "ROOT"
    if verb.pos_ != "VERB":
        verb.pos_ = "VERB"
        verb.tag_ = "VBD"


def _verb_with_subject(root: Token) -> tuple[Token, Token | None] | None:
    """An ``amod`` before the root noun that has a subject of its own ("The Houthis fired missiles"), or a
    past-tense verb read as ``amod`` after a name the parser made a compound of the root ("Russia threatened
    strikes": "Russia" a compound of "strikes"), with that name to make its subject."""
    for child in root.lefts:
        if child.dep_ != "amod" or child.pos_ not in ("VERB", "ADJ") or not child.lower_.endswith("ed"):
            continue
        if child.tag_ in (*FINITE_OR_PARTICIPLE, "JJ") and any(
            c.dep_ == "nsubj" and c.pos_ in NOMINAL for c in child.lefts
        ):
            return child, None
        named = [c for c in root.lefts if c.i < child.i and c.dep_ in ("compound", "nsubj") and c.pos_ == "PROPN"]
        if child.tag_ == "VBD" and named and named[-1].i == child.left_edge.i - 1:
            return child, named[-1]
    return None


def _reduced_relative(root: Token, sent: Span) -> Token | None:
    """An ``acl`` verb right after the root noun's phrase that is the sentence's only predicate."""
    for child in root.rights:
        if child.dep_ != "acl" or child.tag_ not in FINITE_OR_PARTICIPLE or child.pos_ != "VERB":
            continue
        between = root.doc[root.i + 1 : child.i]
        if any(t.is_punct for t in between) or any(c.dep_ in MODIFIER_MARKS for c in child.children):
            return None  # "troops, stationed in X", "troops that were sent": a modifier
        others = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_OR_PARTICIPLE and t != child]
        if any(not child.is_ancestor(t) for t in others):
            return None  # another verb could be the predicate
        return child
    return None


def repair_noun_roots(doc: Doc) -> int:
    """Repair the sentences of ``doc`` whose root is a noun (module docstring); return how many were repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ not in NOMINAL:
            continue
        found = _verb_with_subject(root)
        if found is not None:
            verb, subject = found
            moved = [c for c in root.rights if c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children)]
            _as_predicate(verb)
            root.head, root.dep_ = verb, "obj"
            if subject is not None:
                subject.head, subject.dep_ = verb, "nsubj"
            for c in moved:  # "fired missiles at Haifa": the place or target is the verb's oblique
                c.head, c.dep_ = verb, "obl"
            repaired += 1
            continue
        verb = _reduced_relative(root, sent)
        if verb is not None:
            _as_predicate(verb)
            root.head, root.dep_ = verb, "nsubj"
            for c in verb.children:
                if c.dep_ == "xcomp" and c.pos_ == "PROPN" and not any(g.dep_ == "mark" for g in c.children):
                    c.dep_ = "obj"  # "bombed Afrin" read as a small clause
            repaired += 1
    return repaired


class ParseRepair:
    """Pipeline component: :func:`repair_noun_roots` on each Doc."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        repair_noun_roots(doc)
        return doc


@Language.factory("geokg_parse_repair")
def make_parse_repair(nlp: Language, name: str) -> ParseRepair:
    return ParseRepair(name)
