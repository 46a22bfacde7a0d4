"""Reciprocal objects: "Russia and Ukraine blamed each other", "A and B recognised one another's borders".

A reciprocal pronoun as a verb's object (or as the owner of its object) says that each of the verb's conjoined
subjects did the act to each of the others. The parser reads "each other" in many ways (``det`` with ``fixed``,
``amod`` or ``nmod:poss``; "one another" as two objects), so the pronoun is found by its words and the verb by
climbing from it through nominal relations.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from .arguments import actor_index, arguments
from .polarity import polarity
from .types import EventSpan, PredicateKind

__all__ = ["MUTUAL_CODES", "RECIPROCALS", "reciprocal_events"]

# the reciprocal pronouns, as two words
RECIPROCALS = frozenset({("each", "other"), ("one", "another")})
# acts that are one act between the two whoever is named first (consult, cooperate, fight): one event a pair;
# any other act ("recognised each other", "blamed each other") is done by each to the other
MUTUAL_CODES = frozenset({"04", "06", "19"})
# relations through which the pronoun hangs below the verb whose act it receives
NOMINAL_STEPS = frozenset({"obj", "iobj", "obl", "nmod:poss", "nmod", "det", "fixed", "amod", "compound", "flat"})


def _governing_verb(pronoun: Token) -> Token | None:
    """The verb a reciprocal pronoun is the object of, or the owner of its object ("recognised each other's
    borders"); None when a clause or preposition of another kind stands between."""
    t = pronoun
    for _ in range(4):
        if t.head is t or t.dep_ not in NOMINAL_STEPS:
            return None
        t = t.head
        if t.pos_ == "VERB":
            return t
    return None


def _pronouns(doc: Doc) -> list[Token]:
    """The second word of each reciprocal pronoun in the Doc ("other", "another")."""
    return [t for t in doc[1:] if (doc[t.i - 1].lower_, t.lower_) in RECIPROCALS]


def reciprocal_events(doc: Doc, events: list[EventSpan], lexicon: Lexicon) -> list[EventSpan]:
    """Events of a verb whose object is "each other" or "one another": from each of its subjects to each other
    one (once per pair for the mutual codes, 04, 06 and 19), skipping pairs ``events`` already has."""
    index = actor_index(doc)
    have = {(e.subject.start, e.object.start, e.trigger) for e in events}
    out: list[EventSpan] = []
    for pronoun in _pronouns(doc):
        verb = _governing_verb(pronoun) or _governing_verb(doc[pronoun.i - 1])
        if verb is None:
            continue
        lemma = lexicon.lemma(verb.text, verb.lemma_.lower(), lexicon.triggers)
        root = lexicon.verb_root(lemma, verb)
        if root is None:
            continue
        subjects: list[Span] = []
        for s in arguments(verb, index)[0]:
            if all(s.kb_id_ != k.kb_id_ for k in subjects):
                subjects.append(s)
        if len(subjects) < 2:
            continue
        negated, modality = polarity(verb, lexicon)
        symmetric = root.code in MUTUAL_CODES
        for k, s in enumerate(subjects):
            for j, o in enumerate(subjects):
                if j == k or (symmetric and j < k) or (s.start, o.start, verb.i) in have:
                    continue
                have.add((s.start, o.start, verb.i))
                out.append(EventSpan(s, o, verb.i, lemma, root, None, negated, modality, PredicateKind.VERB))
    return out
