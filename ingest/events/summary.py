"""Acts summed up by a shell noun in apposition: "Russia annexed the region, a move the UN condemned",
"Serbia recognised the government, a decision welcomed by Washington". The reaction in the relative or
participial clause is aimed at whoever did the act the shell noun stands for: the summarised clause's
subject."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .arguments import arguments

__all__ = ["SHELL_NOUNS", "summarised_agents"]

# nouns that stand for a whole clause in apposition to it (shell nouns): no event of their own
SHELL_NOUNS = frozenset({"move", "step", "decision", "act", "action", "measure", "development"})
# how parsers attach the comma-separated summary: to the clause's verb or to its last noun phrase
SUMMARY_DEPS = frozenset({"appos", "dep", "parataxis"})


def _summarised_clause(noun: Token) -> Token | None:
    """The verb of the clause a shell noun sums up, where the noun follows it after a comma."""
    if noun.lemma_.lower() not in SHELL_NOUNS or noun.dep_ not in SUMMARY_DEPS:
        return None
    words = [t for t in noun.doc[noun.left_edge.i : noun.i] if t.text != ","]
    before = (words[0].i if words else noun.i) - 1
    if before < 0 or noun.doc[before].text != ",":
        return None  # "the move Russia made" is no summary; the comma may hang on the noun or before it
    clause = noun.head
    while clause.pos_ != "VERB" and clause.head is not clause and clause.dep_ not in ("ROOT", "acl:relcl"):
        clause = clause.head
    return clause if clause.pos_ == "VERB" and clause.i < noun.i else None


def summarised_agents(verb: Token, index: dict[int, Span]) -> list[Span]:
    """Who did the act a shell noun sums up, for a reaction verb in a clause modifying that noun:
    "..., a move (that) X condemned" and "..., a decision welcomed by X" are aimed at the earlier subject."""
    if verb.dep_ not in ("acl:relcl", "acl"):
        return []
    clause = _summarised_clause(verb.head)
    if clause is None:
        return []
    own = {s.kb_id_ for s in arguments(verb, index)[0]}
    return [s for s in arguments(clause, index)[0] if s.kb_id_ not in own]
