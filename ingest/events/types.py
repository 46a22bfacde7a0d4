"""Named types of the event layer: the roles of a predicate's arguments, the kinds of predicate, the
modality of an event, the standing relations, and :class:`EventSpan`, an event found in a Doc before it
becomes a record.

The enums are ``StrEnum``: their values are the words the ``extract`` contract and the graph use
("asserted", "member_of"), so a member compares equal to its word and serialises as it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Span

from ..records import CameoRoot

__all__ = ["Argument", "EventSpan", "Modality", "Predicate", "PredicateKind", "Role", "Standing"]


class Modality(StrEnum):
    """How the text commits to an event."""

    ASSERTED = "asserted"  # said to have happened
    REPORTED = "reported"  # someone in the text says it happened ("X said Y attacked Z")
    HYPOTHETICAL = "hypothetical"  # threatened, planned, possible ("could strike", "threatened to cut")
    DENIED = "denied"  # someone says it did not happen ("denied supplying", "dismissed reports that")


class Standing(StrEnum):
    """Relations that hold over time rather than happen: they carry no CAMEO code."""

    MEMBER_OF = "member_of"  # belongs to, works for, is part of
    LEADER_OF = "leader_of"  # heads, commands, is in charge of


class Role(StrEnum):
    """The role an argument plays for its predicate."""

    AGENT = "agent"  # who acts: the subject, a passive's "by" phrase, a possessor of an event noun
    PATIENT = "patient"  # who is acted on: the object, a passive's subject, "against"/"on" phrases
    RECIPIENT = "recipient"  # who receives: "to", "for" phrases of transfer
    THEME = "theme"  # what is acted with or about: "drones" in "supplied drones to Russia"
    PLACE = "place"  # where: a place after "in", "at", "near" ...
    TIME = "time"  # when: a date or time expression attached to the predicate


class PredicateKind(StrEnum):
    """What kind of word or construction carries the event."""

    VERB = "verb"  # "Iran supplied drones"
    PARTICIPLE = "participle"  # "drones supplied by Iran", "the troops sent to Syria"
    NOUN = "noun"  # "Iran's supply of drones", "talks between A and B"
    LIGHT_VERB = "light_verb"  # "held talks with", "imposed sanctions on": the noun is the event
    COMPOUND_ADJECTIVE = "compound_adjective"  # "the Iran-backed militia"
    CONTROL = "control"  # "the fall of Mosul to Daesh": who holds a place
    WINDOW = "window"  # the token sequence around a trigger (no parse, or the parse found nothing)
    PAIR = "pair"  # a hyphenated pair ("the Iran-Iraq War")
    TITLE = "title"  # an office held ("Russia's President Vladimir Putin")


@dataclass(frozen=True, slots=True)
class Argument:
    """One argument of a predicate: the actor or phrase, and its role."""

    role: Role
    span: Span


@dataclass(frozen=True, slots=True)
class EventSpan:
    """An event or standing relation found in a Doc: token-level positions before they become records.

    ``predicate`` is the trigger's lemma for an event and a :class:`Standing` member for a standing
    relation; ``root`` is None for the latter."""

    subject: Span
    object: Span
    trigger: int  # token index
    predicate: str
    root: CameoRoot | None
    theme: Span | None
    negated: bool
    modality: Modality
    kind: PredicateKind = PredicateKind.VERB
    place: Span | None = None
    speaker: Span | None = None  # who reports it, for a reported event ("Kyiv said Russia attacked Odesa")


@dataclass(frozen=True, slots=True)
class Predicate:
    """A predicate of the Doc with its arguments, whether or not the CAMEO lexicon codes it."""

    token: int  # the head word's index
    lemma: str
    kind: PredicateKind
    arguments: tuple[Argument, ...]
    negated: bool
    modality: Modality

    def filled(self, role: Role) -> list[Span]:
        """The spans that fill ``role``, in the order found."""
        return [a.span for a in self.arguments if a.role is role]
