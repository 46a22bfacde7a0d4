"""Where and when: the place and time arguments of a predicate, read off its UD dependents.

A place is an oblique or nominal modifier after a locative preposition ("met in Geneva", "talks in Doha",
"strikes on air bases in Syria": the bases' place) that names a place actor (a country, city, region or
site); a time is a temporal noun phrase ("on Monday", "last week", "in March 2024", "yesterday").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..temporal import is_temporal
from .arguments import LOCATIVE_CASES, PLACE_LABELS, REPORTING, actors_at, has_case

__all__ = ["PLACE_CASES", "is_temporal", "places", "speaker", "times"]

PLACE_CASES = LOCATIVE_CASES | {"outside", "inside", "off", "along", "over"}
ATTACHED = frozenset({"obl", "nmod", "advcl", "obl:unmarked"})
TIME_DEPS = frozenset({"obl:tmod", "nmod:tmod", "obl:npmod", "nmod:unmarked", "obl:unmarked"})
TIME_CASES = frozenset({"on", "in", "during", "since", "until", "till", "after", "before", "by", "from", "throughout"})


def _place_actor(span: Span) -> bool:
    return span.label_ in PLACE_LABELS or span.kb_id_.startswith("place-")


# prepositions of a path or site: the place its noun is in is where the event was ("clashed along the border in
# Kashmir", "fought near the dam in Kherson")
SITE_CASES = frozenset({"along", "across", "near", "at", "inside", "outside", "around", "beyond"})


def places(token: Token, index: dict[int, Span], *, through: tuple[Token, ...] = ()) -> list[Span]:
    """Place actors the predicate ``token`` happened at, nearest first. ``through``: nouns of its arguments whose
    own locative modifiers place the event too ("bombed air bases in Syria"); the sites of its path or site
    obliques do too ("clashed along the border in Kashmir")."""
    found: list[Span] = []
    sites = tuple(c for c in token.children if c.dep_ == "obl" and c.i not in index and has_case(c, SITE_CASES))
    for head in (token, *through, *sites):
        for child in head.children:
            if child.dep_ in ATTACHED and has_case(child, PLACE_CASES):
                found += [a for a in actors_at(child, index) if _place_actor(a) and a not in found]
    return found


def times(token: Token) -> list[Span]:
    """Temporal phrases attached to the predicate ``token``: "on Monday", "last week", "in 2014"."""
    doc = token.doc
    found: list[Span] = []
    for child in token.children:
        if child.dep_ in TIME_DEPS or (child.dep_ in ("obl", "nmod") and has_case(child, TIME_CASES)):
            if is_temporal(child) or any(is_temporal(g) for g in child.children if g.dep_ in ("compound", "nummod")):
                start = min(g.i for g in child.subtree if g.dep_ != "case")
                found.append(doc[start : child.right_edge.i + 1])
    return found


def _according_to(clause: Token, index: dict[int, Span]) -> list[Span]:
    """ "..., according to Ukrainian officials": who the clause's content is attributed to."""
    near = [*clause.children, *(clause.head.children if clause.dep_ == "amod" else ())]  # a clause read as a noun
    return [
        a
        for c in near
        if c.dep_ in ("obl", "advcl", "nmod")
        and any(g.lower_ == "according" for g in c.children if g.dep_ in ("case", "mark"))
        for a in actors_at(c, index)
    ]


def speaker(verb: Token, index: dict[int, Span], lexicon: Lexicon) -> Span | None:
    """Who reports the event of ``verb``: the subject of the reporting verb its clause hangs off ("Kyiv said
    Russia attacked Odesa": Kyiv), or the actor after "according to"; None when the text itself asserts it."""
    t = verb
    for _ in range(8):  # a clause is rarely reported through more than a few clauses
        found = _according_to(t, index)
        if found:
            return found[0]
        if t.dep_ not in ("ccomp", "parataxis", "xcomp", "conj", "advcl") or t.head is t:
            return None
        head = t.head
        if t.dep_ in ("ccomp", "parataxis") and lexicon.lemma(head.text, head.lemma_.lower(), REPORTING) in REPORTING:
            said = [a for c in head.children if c.dep_ == "nsubj" for a in actors_at(c, index)]
            return said[0] if said else None
        t = head
    return None
