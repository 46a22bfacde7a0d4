"""Offices won at the polls: who wins a state's presidential election leads that state (``leader_of``), as
news coders record the winner ("X won Argentina's presidential election", "X won the presidential run-off in
Ghana", "X won the presidency of Kenya"), and who becomes or remains an office holder holds it ("X became
Mexico's president", "X remained prime minister of Israel").

Only elections to a state's top office lead to ``leader_of``: a parliamentary election is won by parties and
does not say who will govern.

Offices given by others: who is elected, named or appointed to an office "as" its holder holds it, of the
office's own owner ("named X as its new leader": the subject's; "appointed X as prime minister of Niger") or
else of the state or organisation that gives it ("Hamas chose X as leader").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..actors.agents import group_country
from .types import Standing

__all__ = ["APPOINTING", "BECOMING", "ELECTIONS", "TOP_OFFICE_ADJECTIVES", "won_offices"]

ELECTIONS = frozenset({"election", "elections", "run-off", "runoff", "vote", "poll", "polls", "race", "ballot"})
TOP_OFFICE_ADJECTIVES = frozenset({"presidential"})
PRESIDENCY = frozenset({"presidency", "premiership"})
WINNING = frozenset({"win", "clinch", "secure"})
BECOMING = frozenset({"become", "remain"})
OWNER_LABELS = frozenset({"GPE"})
# verbs by which others give a person an office: "elected X as president", "named X as its leader"
APPOINTING = frozenset(
    {"elect", "re-elect", "reelect", "name", "appoint", "nominate", "choose", "select", "install", "designate"}
)
GIVER_LABELS = frozenset({"GPE", "ORG"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


def _owner_of(noun: Token, verb: Token, at: dict[int, Span]) -> Span | None:
    """The state an election or an office belongs to: its possessor ("Argentina's election"), its "of" or "in"
    ("the presidency of Kenya", "the run-off in Ghana"), or the verb's "in" ("won in Ghana")."""
    places = [c for c in noun.children if c.dep_ == "nmod:poss"]
    places += [c for c in noun.children if c.dep_ == "nmod" and any(g.lower_ in ("of", "in") for g in c.children)]
    places += [c for c in verb.children if c.dep_ == "obl" and any(g.lower_ == "in" for g in c.children)]
    for place in places:
        span = at.get(place.i)
        if span is not None and span.label_ in OWNER_LABELS:
            return span
    return None


def _persons(verb: Token, at: dict[int, Span]) -> list[Span]:
    found = [at[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in at]
    return [s for s in found if s.label_ == "PERSON"]


def _giver(span: Span) -> Span | None:
    """The state or organisation that gives an office: the subject itself, or the state whose body it is
    ("Lebanon's parliament": Lebanon)."""
    if span.label_ in GIVER_LABELS:
        return span
    country = group_country(span.kb_id_) if span.label_ == "NORP" else None
    if country is None:
        return None
    owner = next((t for t in span if t.dep_ == "nmod:poss" or t.ent_type_ in ("LOC", "GPE")), span[0])
    return Span(span.doc, span.start, owner.i + 1, label="GPE", kb_id=country)


def _given(verb: Token, at: dict[int, Span], kind: Callable[[list[str]], str | None]) -> list[tuple]:
    """(person, predicate, owner, title) for "GIVER elected/named PERSON as TITLE"."""
    persons = [
        at[c.i] for c in verb.children if c.dep_ in ("obj", "xcomp") and c.i in at and at[c.i].label_ == "PERSON"
    ]
    if not persons:
        return []
    holders = (verb, *(c for c in verb.children if c.dep_ == "obj"))
    titles = [
        c
        for h in holders
        for c in h.children
        if c.pos_ == "NOUN" and c.dep_ in ("obl", "nmod", "xcomp") and any(g.lower_ == "as" for g in c.children)
    ]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    givers = [_giver(at[c.i]) for c in subjects if c.i in at]
    # "Kenya's president appointed X as foreign minister": the state whose officer gives the office
    givers += [at[g.i] for c in subjects if c.i not in at for g in c.children if g.dep_ == "nmod:poss" and g.i in at]
    givers = [g for g in givers if g is not None and g.label_ in GIVER_LABELS]
    found = []
    for title in titles:
        words = [c.text for c in title.children if c.dep_ in ("amod", "compound") and c.i < title.i]
        predicate = kind([*words, title.text])
        # the giver's own office: no possessor, or "its"/"their" ("named X as its leader")
        givers_own = all(c.lower_ in POSSESSIVE_PRONOUNS for c in title.children if c.dep_ == "nmod:poss")
        owner = _owner_of(title, verb, at) or (givers[0] if givers and givers_own else None)
        if predicate is not None and owner is not None:
            found += [(p, predicate, owner, title.text) for p in persons]
    return found


def won_offices(
    doc: Doc, at: dict[int, Span], *, kind: Callable[[list[str]], str | None]
) -> list[tuple[Span, str, Span, str]]:
    """(person, predicate, owner, title words) for each state presidency won or office become in ``doc``;
    ``kind`` reads office words as ``leader_of`` or ``member_of`` (None for no office)."""
    found: list[tuple[Span, str, Span, str]] = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = verb.lemma_.lower()
        if lemma in WINNING:
            for noun in (c for c in verb.children if c.dep_ == "obj"):
                modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
                election = noun.lower_ in ELECTIONS or (noun.lower_ == "off" and "run" in modifiers)  # "run-off"
                top = noun.lower_ in PRESIDENCY or (election and bool(modifiers & TOP_OFFICE_ADJECTIVES))
                owner = _owner_of(noun, verb, at) if top else None
                if owner is not None:
                    found += [(p, Standing.LEADER_OF, owner, noun.text) for p in _persons(verb, at)]
        elif lemma in APPOINTING:
            found += _given(verb, at, kind)
        elif lemma in BECOMING:
            for title in (c for c in verb.children if c.dep_ in ("xcomp", "obj") and c.pos_ == "NOUN"):
                words = [c.text for c in title.children if c.dep_ in ("amod", "compound") and c.i < title.i]
                predicate = kind([*words, title.text])
                owner = _owner_of(title, verb, at)
                if predicate is not None and owner is not None:
                    found += [(p, predicate, owner, title.text) for p in _persons(verb, at)]
    return found
