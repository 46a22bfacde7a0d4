"""The predicate-argument layer: every predicate of a parsed Doc with its arguments and their roles.

Verbs (finite, infinitive, participles, compound adjectives such as "Iran-backed") and event nouns of the
lexicon ("Iran's supply of drones to Russia", "held talks with") each give one
:class:`~ingest.events.types.Predicate`: agents, patients, recipients, theme, places and times, with the
polarity of its clause. The event passes code the predicates the CAMEO lexicon knows; this layer shows all
of them, for inspection and for researchers' own rules: ``doc._.geokg_predicates`` computes it on access.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from .arguments import NOUNS, actor_index, arguments, has_case, tagged
from .nominal import noun_arguments, unrealised
from .polarity import polarity
from .roles import is_temporal, places, times
from .types import Argument, Modality, Predicate, PredicateKind, Role
from .verbal import PARTITIVES, predicate_kind, predicates

__all__ = ["RECIPIENT_CASES", "find_predicates"]

RECIPIENT_CASES = frozenset({"to", "for", "toward", "towards"})


def _role(target: Span) -> Role:
    """A target reached by "to"/"for" receives ("supplied drones to Russia"); any other target is acted on."""
    return Role.RECIPIENT if has_case(target.root, RECIPIENT_CASES) else Role.PATIENT


def _frame(
    token: Token,
    lemma: str,
    kind: PredicateKind,
    agents: list[Span],
    targets: list[Span],
    theme: Span | None,
    where: list[Span],
    polarity_of: tuple[bool, Modality],
) -> Predicate:
    args = [Argument(Role.AGENT, s) for s in agents]
    args += [Argument(_role(o), o) for o in targets]
    if theme is not None:
        args.append(Argument(Role.THEME, theme))
    args += [Argument(Role.PLACE, p) for p in where if p not in agents and p not in targets]
    args += [Argument(Role.TIME, t) for t in times(token)]
    negated, modality = polarity_of
    return Predicate(token.i, lemma, kind, tuple(args), negated, modality)


def _verb(token: Token, index: dict[int, Span], lexicon: Lexicon) -> Predicate:
    lemma = lexicon.lemma(token.text, token.lemma_.lower(), lexicon.triggers)
    root = lexicon.verb_root(lemma, token)
    agents, targets, theme = arguments(token, index, cooperative=root is not None and root.quad_class in (1, 2))
    theme_span = token.doc[theme.left_edge.i : theme.i + 1] if theme is not None else None
    where = places(token, index, through=tuple(c for c in token.children if c.dep_ == "obj"))
    return _frame(token, lemma, predicate_kind(token), agents, targets, theme_span, where, polarity(token, lexicon))


def _noun(token: Token, index: dict[int, Span], lexicon: Lexicon) -> Predicate | None:
    lemma = lexicon.noun_lemma(token.text)
    root = lexicon.noun_root(lemma)
    if root is None or (token.is_title and is_temporal(token)):
        return None
    agents, targets = noun_arguments(token, index, cooperative=root.quad_class in (1, 2))
    standing = token.head if token.dep_ == "nmod" and token.head.lemma_.lower() in PARTITIVES else token
    light = standing.dep_ == "obj" and standing.head.pos_ == "VERB"
    kind = PredicateKind.LIGHT_VERB if light else PredicateKind.NOUN
    where = places(token, index, through=tuple(c for c in token.children if c.dep_ == "nmod")) + (
        places(standing.head, index) if light else []
    )
    stance = polarity(standing.head, lexicon) if light else (False, Modality.ASSERTED)
    stance = unrealised(token, standing, lexicon) or stance
    theme = next((c for c in token.children if c.dep_ == "nmod" and has_case(c, {"of"}) and c.i not in index), None)
    theme_span = token.doc[theme.left_edge.i : theme.i + 1] if theme is not None else None
    return _frame(token, lemma, kind, agents, targets, theme_span, where, stance)


def find_predicates(doc: Doc, lexicon: Lexicon) -> list[Predicate]:
    """Every verbal and nominal predicate of a parsed Doc with its arguments, in text order."""
    if not doc.has_annotation("DEP"):
        return []
    index = actor_index(doc)
    found = [_verb(t, index, lexicon) for t in predicates(doc, lexicon)]
    found += [p for t in tagged(doc, NOUNS) if t.i not in index and (p := _noun(t, index, lexicon)) is not None]
    return sorted(found, key=lambda p: p.token)
