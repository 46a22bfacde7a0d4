"""Standing relations that the gazetteer's dated offices confirm.

The text names a person with an office word right before the name ("President Ana Ruiz said that
Chile ...") or with a state's possessive ("Chile's Ana Ruiz"), and names the state in the same sentence;
the gazetteer knows the person held an office of that state on the article's date. The office decides the
relation: heads of state and government, and the heads of international bodies, lead (``leader_of``);
ministers are members (``member_of``). A past office ("former President ...", "the late ...") says
nothing about who holds it now, and no relation is read from it.

The actor linker sets ``doc._.geokg_offices`` (:class:`KnownOffices`) from the gazetteer
(:func:`ingest.components.held_offices`); without it this pass finds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .standing import PAST, TENURE, TITLE_GLUE, TITLE_WORDS, StandingRelation
from .types import Standing

__all__ = ["LEADING_ROLES", "OFFICES_KEY", "HeldOffice", "KnownOffices", "known_offices"]

OFFICES_KEY = "geokg_offices"
# roles of ingest/data/offices.json (and the gazetteer's undated "leader") whose holder leads the owner
LEADING_ROLES = frozenset(
    {"head_of_state", "head_of_government", "council_president", "commission_president", "secretary_general", "leader"}
)


@dataclass(frozen=True, slots=True)
class HeldOffice:
    """An office the gazetteer says a person held on the article's date."""

    owner: str  # actor key of the state or organisation
    office: str  # "President", "Minister of Foreign Affairs" ...
    role: str  # head_of_state, foreign_minister ... (ingest/data/offices.json)


@dataclass(frozen=True, slots=True)
class KnownOffices:
    """What the gazetteer says of a Doc's people: their offices on the article's date, by person key, and the
    mentions that name a state or organisation itself (not a city or building standing for it), by start."""

    held: dict[str, tuple[HeldOffice, ...]]
    owners: frozenset[int]


@dataclass(frozen=True, slots=True)
class _Cue:
    """How the text presents the person: with office words, or with an owner's possessive (``owner``)."""

    title: str
    owner: Span | None = None


def _cue(doc: Doc, person: Span, at: dict[int, Span]) -> _Cue | None:
    i = person.start - 1
    if i >= 1 and doc[i].lower_ in ("'s", "’s") and (owner := at.get(i - 1)) is not None:
        before = owner.start - 1
        if before >= 0 and doc[before].lower_ in PAST:
            return None
        return _Cue("", owner)  # "Chile's Ana Ruiz"
    words: list[str] = []
    while i >= 0 and i not in at:
        word = doc[i].lower_.strip(".")
        if word in TITLE_WORDS or word in TENURE or (words and word in TITLE_GLUE):
            words.insert(0, doc[i].text)
        else:
            break
        i -= 1
    if not words or words[-1].lower().strip(".") in TENURE:
        return None
    if i >= 0 and i in at and at[i].label_ != "PERSON":
        i = at[i].start - 1  # "Former Chilean President ...": look past the nationality
    if (i >= 0 and doc[i].lower_ in PAST) or any(w.lower() in PAST for w in words):
        return None
    return _Cue(" ".join(words))


def known_offices(
    doc: Doc,
    actor_spans: list[Span],
    offices: KnownOffices | None,
    *,
    found: Sequence[StandingRelation] = (),
) -> list[StandingRelation]:
    """One standing relation per person and owner the article does not already relate, at the first mention
    whose sentence names the owner and whose office words or possessive present the person."""
    if offices is None or not offices.held or not doc.has_annotation("SENT_START"):
        return []
    at = {t.i: span for span in actor_spans for t in span}
    done = {(r.person.kb_id_, r.owner.kb_id_) for r in found}
    out: list[StandingRelation] = []
    for person in actor_spans:
        held = offices.held.get(person.kb_id_, ()) if person.label_ == "PERSON" else ()
        cue = _cue(doc, person, at) if held else None
        if cue is None:
            continue
        sent = person.sent
        for office in sorted(held, key=lambda o: o.role not in LEADING_ROLES):  # the leading office first
            if (person.kb_id_, office.owner) in done:
                continue
            if cue.owner is not None:
                owners = [cue.owner] if cue.owner.kb_id_ == office.owner else []
            else:
                owners = [
                    s
                    for s in actor_spans
                    if s.kb_id_ == office.owner and s.start in offices.owners and sent.start <= s.start < sent.end
                ]
            if not owners:
                continue
            owner = min(owners, key=lambda s: abs(s.start - person.start))
            kind = Standing.LEADER_OF if office.role in LEADING_ROLES else Standing.MEMBER_OF
            out.append(StandingRelation(person, kind, owner, cue.title or office.office))
            done.add((person.kb_id_, office.owner))
    return out
