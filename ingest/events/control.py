"""Territorial control named by a noun: "the fall of Mosul to Daesh", "claims full control of Aleppo",
"the capture of Kherson by Russia". Verbal control ("Daesh took Mosul") is in :mod:`ingest.events`."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .arguments import NOUNS, PLACE_LABELS, actor_index, actors_at, arguments, has_case, tagged
from .types import EventSpan, Modality, Standing

__all__ = ["CONTROL_NOUNS", "find_nominal_control"]

CONTROL_NOUNS = frozenset(
    {"control", "fall", "capture", "seizure", "occupation", "takeover", "recapture", "conquest", "retaking"}
)
HOLDING_VERBS = frozenset(
    {"claim", "take", "gain", "seize", "assume", "have", "retain", "regain", "establish", "exercise", "keep"}
)


def _holders(noun: Token, index: dict[int, Span]) -> list[Span]:
    """Who holds the place: "by X", "X's", "(fall) to X", or the subject of "claims control"."""
    found: list[Span] = []
    for child in noun.children:
        if child.dep_ == "nmod:poss" or (child.dep_ == "nmod" and has_case(child, {"by"})):
            found += actors_at(child, index)
        elif noun.lower_ == "fall" and child.dep_ == "nmod" and has_case(child, {"to"}):
            found += actors_at(child, index)
    verb = noun.head
    if not found and noun.lower_ == "control" and noun.dep_ == "obj" and verb.lemma_.lower() in HOLDING_VERBS:
        found = arguments(verb, index)[0]
    return found


def find_nominal_control(doc: Doc) -> list[EventSpan]:
    """``leader_of`` from a place and its holder around a control noun."""
    index = actor_index(doc)
    events: list[EventSpan] = []
    for noun in tagged(doc, NOUNS):
        if noun.lower_ not in CONTROL_NOUNS:
            continue
        places = [
            a
            for c in noun.children
            if c.dep_ == "nmod" and has_case(c, {"of"})
            for a in actors_at(c, index)
            if a.label_ in PLACE_LABELS
        ]
        for holder in _holders(noun, index):
            for place in places:
                if holder.label_ != "PERSON" and holder.kb_id_ != place.kb_id_:
                    events.append(
                        EventSpan(holder, place, noun.i, Standing.LEADER_OF, None, None, False, Modality.ASSERTED)
                    )
    return events
