"""Mediation: "Qatar mediated talks between Israel and Hamas", "an Egyptian-brokered ceasefire", "the truce,
brokered by the United States", "after mediation by Qatar and Egypt". The mediator consults each party of
the mediated act (CAMEO 04, from the mediator to each party, as the CAMEO codebook and our corpus guide code
brokering); the parties' own act (the talks, the truce) is the other passes' to find. Mediators are never
paired with each other or with one party alone, as the passes otherwise read the mediating word.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from .arguments import actor_index, actors_at, arguments, has_case
from .polarity import polarity
from .types import EventSpan, Modality, PredicateKind

__all__ = ["MEDIATING", "MEDIATION_NOUNS", "Mediated", "mediations"]

MEDIATING = frozenset({"mediate", "broker", "facilitate"})
MEDIATION_NOUNS = frozenset({"mediation", "brokering"})
PARTY_CASES = frozenset({"between", "among"})


def _between(noun: Token, index: dict[int, Span]) -> list[Span]:
    return [
        a for c in noun.children if c.dep_ in ("nmod", "obl") and has_case(c, PARTY_CASES) for a in actors_at(c, index)
    ]


def _parties(act: Token, events: list[EventSpan], index: dict[int, Span], mediators: list[Span]) -> list[Span]:
    """The parties of a mediated act: "between" whom it is, the actors of its own event, or the conjoined
    subjects of the verb it is agreed under ("Israel and Hamas agreed to a ... ceasefire")."""
    found = _between(act, index)
    if not found:
        own = [e for e in events if e.trigger == act.i]
        found = [a for e in own for a in (e.subject, e.object)]
    if not found and act.dep_ in ("obj", "obl") and act.head.pos_ == "VERB":
        subjects = arguments(act.head, index)[0]
        found = subjects if len(subjects) >= 2 else []
    taken = {m.kb_id_ for m in mediators}
    out, seen = [], set()
    for party in found:
        if party.kb_id_ not in taken and party.kb_id_ not in seen:
            seen.add(party.kb_id_)
            out.append(party)
    return out


def _by_verb(verb: Token, index: dict[int, Span]) -> tuple[list[Span], Token | None]:
    """Mediators and the mediated act of a mediating verb or participle."""
    head = verb.head
    if verb.dep_ == "amod" and head.i > verb.i:  # "an Egyptian-brokered ceasefire", "Qatar mediated talks"
        near = [c for c in (*verb.children, *head.children) if c.i < verb.i and c.dep_ not in ("det", "punct", "case")]
        return [a for c in near for a in actors_at(c, index)], head
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):  # "the truce, brokered by the United States"
        agents = [c for c in verb.children if c.dep_ == "obl:agent" or (c.dep_ == "obl" and has_case(c, {"by"}))]
        return [a for c in agents for a in actors_at(c, index)], head
    subjects = arguments(verb, index)[0]
    act = next((c for c in verb.children if c.dep_ == "obj"), None)
    return subjects, act if act is not None else verb  # "mediated between A and B": the verb holds the parties


@dataclass(frozen=True, slots=True)
class Mediated:
    """The mediation events of a Doc, the mediating words, and the sentences that hold them."""

    events: list[EventSpan]
    triggers: frozenset[int]
    sentences: frozenset[int]  # sentence starts

    def replaces(self, doc: Doc, e: EventSpan) -> bool:
        """Whether another pass's event was read off a mediating word that is coded here ("began after
        mediation by X" read as a light verb too)."""
        if e.trigger in self.triggers:
            return True
        return e.predicate in MEDIATING | MEDIATION_NOUNS and doc[e.trigger].sent.start in self.sentences


def mediations(doc: Doc, events: list[EventSpan], lexicon: Lexicon) -> Mediated:
    """Consultations (04) from each mediator to each party, and the mediating words whose other events they
    replace (with any event of a mediating word in the same sentence: "began after mediation by X" read as a
    light verb)."""
    consult = lexicon.roots.get("04")
    if consult is None:
        return Mediated([], frozenset(), frozenset())
    index = actor_index(doc)
    out: list[EventSpan] = []
    replaced: set[int] = set()
    sentences: set[int] = set()
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lexicon.lemma(token.text, lemma, MEDIATING) in MEDIATING:
            mediators, act = _by_verb(token, index)
        elif token.pos_ == "NOUN" and lemma in MEDIATION_NOUNS:
            mediators = [
                a for c in token.children if c.dep_ == "nmod" and has_case(c, {"by"}) for a in actors_at(c, index)
            ]
            sent = token.sent
            act = next((t for t in sent if t.i != token.i and _between(t, index)), None)  # "a truce between A and B"
        else:
            continue
        if not mediators or act is None:
            continue
        parties = _parties(act, events, index, mediators)
        if len(parties) < 2 and act.i != token.i:
            continue  # one party is no mediation to code ("Qatar brokered the release of X")
        replaced.add(token.i)
        sentences.add(token.sent.start)
        negated, modality = polarity(token, lexicon) if token.pos_ == "VERB" else (False, Modality.ASSERTED)
        for mediator in mediators:
            for party in parties:
                if mediator.kb_id_ != party.kb_id_:
                    out.append(
                        EventSpan(
                            mediator,
                            party,
                            token.i,
                            "mediate",
                            consult,
                            None,
                            negated,
                            modality,
                            PredicateKind.VERB if token.pos_ == "VERB" else PredicateKind.NOUN,
                        )
                    )
    return Mediated(out, frozenset(replaced), frozenset(sentences))
