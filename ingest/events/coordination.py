"""Conjoined subjects the parser folded into one noun phrase.

"Chile's President Ana Ruiz and Peru's Prime Minister Luis Vega criticised Bolivia": two titled names joined by
"and" are two subjects, but a parser trained on web text often reads the first name as a modifier of the second
(``compound`` or ``nmod:poss``), so only the second subject gets the event. When an event's subject is such a
name and the actor before "and" hangs inside the subject's own phrase, the event is the first actor's too.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span

from .arguments import actor_index
from .standing import TENURE, TITLE_GLUE, TITLE_WORDS
from .types import EventSpan

__all__ = ["folded_conjuncts", "folded_into", "folded_subjects"]

POSSESSIVE = frozenset({"'s", "’s"})


def _presented_from(doc: Doc, start: int, index: dict[int, Span]) -> int:
    """The first token of a name's presentation: office words, owners and possessives before ``start``."""
    i = start - 1
    while i >= 0:
        token = doc[i]
        word = token.lower_.strip(".")
        if i in index and index[i].label_ != "PERSON":
            i = index[i].start - 1  # "India 's Prime Minister ...", "Chilean President ..."
        elif word in TITLE_WORDS or word in TENURE or word in TITLE_GLUE or token.text in POSSESSIVE:
            i -= 1
        else:
            break
    return i + 1


def _inside(token_i: int, head_i: int, doc: Doc) -> bool:
    """Whether ``token_i`` hangs below ``head_i`` through nominal relations only (no clause between)."""
    t = doc[token_i]
    for _ in range(12):
        if t.i == head_i:
            return True
        if t.head is t or t.dep_ not in ("compound", "nmod:poss", "flat", "amod", "nmod", "nmod:desc", "appos"):
            return False
        t = t.head
    return False


def folded_into(doc: Doc, first: Span, second: Span, index: dict[int, Span]) -> bool:
    """Whether ``first`` is the conjunct before "and" ahead of ``second``'s presentation and one of the two hangs
    inside the other's phrase: "Chilean President Ana Ruiz and Peruvian President Luis Vega met", parsed with
    Ruiz as a modifier of Vega, or with Vega as an apposition of Ruiz."""
    start = _presented_from(doc, second.start, index)
    before = index.get(start - 2) if start >= 2 and doc[start - 1].lower_ == "and" else None
    if before is None or (before.start, before.end) != (first.start, first.end):
        return False
    return _inside(first.root.i, second.root.i, doc) or _inside(second.root.i, first.root.i, doc)


def folded_subjects(subject: Span, index: dict[int, Span]) -> list[Span]:
    """The actor conjoined before ``subject`` that the parser folded into its phrase, if any: the first subject
    of "Chilean President Ana Ruiz and Peruvian President Luis Vega met" when only Vega was read as one."""
    doc = subject.doc
    first = _presented_from(doc, subject.start, index)
    left = index.get(first - 2) if first >= 2 else None
    if left is None or left.kb_id_ == subject.kb_id_ or left.label_ == "NORP":
        return []
    return [left] if folded_into(doc, left, subject, index) else []


def folded_conjuncts(doc: Doc, events: list[EventSpan]) -> list[EventSpan]:
    """Copies of events whose subject's phrase swallowed an actor conjoined before it, with that actor as the
    subject."""
    if not doc.has_annotation("DEP"):
        return []
    index = actor_index(doc)
    out: list[EventSpan] = []
    seen = {(e.subject.start, e.object.start, e.trigger) for e in events}
    for e in events:
        if e.root is None or e.subject.label_ not in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        first = _presented_from(doc, e.subject.start, index)
        left = index.get(first - 2) if first >= 2 else None
        if left is None or left.kb_id_ in (e.subject.kb_id_, e.object.kb_id_) or left.label_ == "NORP":
            continue
        if not folded_into(doc, left, e.subject, index):
            continue  # the parser saw the coordination: the passes already gave each conjunct its event
        key = (left.start, e.object.start, e.trigger)
        if key not in seen:
            seen.add(key)
            out.append(dataclasses.replace(e, subject=left))
    return out
