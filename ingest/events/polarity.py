"""The polarity of an event: whether the text says it did not happen (``negated``) and how it commits to it
(:class:`~ingest.events.types.Modality`): asserted, reported by someone, hypothetical, or denied.

Read off the clause of the predicate and the chain of clauses above it: a negator on the verb ("did not
attack"), a negating head ("refused to attack", "failed to stop"), a modal or planning head ("could
attack", "threatened to attack"), a reporting head ("said Russia attacked"), a denying head ("denied
attacking", "dismissed reports that ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from .arguments import REPORTING
from .types import Modality

__all__ = ["CONTENT_NOUNS", "NEGATORS", "content_clause", "polarity"]

NEGATORS = frozenset({"not", "n't", "never", "no"})
NEGATING_HEADS = frozenset({"refuse", "decline", "fail", "deny", "reject"})
HYPOTHETICAL_HEADS = frozenset({"threaten", "plan", "consider", "intend", "want", "seek", "propose", "offer", "hope"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "will", "shall", "can"})
# nouns whose clause is their content ("reports that ...", "the claim that ..."): the clause takes the stance
# of the verb that governs the noun ("dismissed reports that A armed B": denied; "cited reports that": reported)
CONTENT_NOUNS = frozenset(
    {"report", "claim", "allegation", "accusation", "rumour", "rumor", "suggestion", "assertion", "charge", "news"}
)
DENYING_HEADS = frozenset({"deny", "dismiss", "reject", "refute", "rebut", "disprove", "debunk"})
HEAD_VERBS = NEGATING_HEADS | HYPOTHETICAL_HEADS | REPORTING | DENYING_HEADS

RELATIVIZERS = frozenset({"that", "which", "who", "whom"})


def content_clause(clause: Token) -> bool:
    """Whether a clause hung off a noun states the noun's content ("reports that A armed B") rather than
    describing it ("reports that A published"). The parser often labels both ``acl:relcl``; a relative clause
    has a gap its relative word fills, so a clause with its own subject and its own object has none."""
    if clause.dep_ == "acl":
        return True
    if clause.dep_ != "acl:relcl":
        return False
    own = {c.dep_ for c in clause.children if c.lower_ not in RELATIVIZERS}
    return "nsubj" in own and bool(own & {"obj", "ccomp", "xcomp"})


def polarity(verb: Token, lexicon: Lexicon) -> tuple[bool, str]:
    negated = any((c.dep_ == "advmod" and c.lower_ in NEGATORS) or c.dep_ == "neg" for c in verb.children)
    modality = Modality.ASSERTED
    if any(c.dep_ in ("aux",) and c.lower_ in HYPOTHETICAL_AUX for c in verb.children):
        modality = Modality.HYPOTHETICAL
    t = verb
    while t.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acl", "acl:relcl") and t.head is not t:
        head = t.head
        lemma = lexicon.lemma(head.text, head.lemma_.lower(), HEAD_VERBS)
        if t.dep_ == "xcomp" and lemma in NEGATING_HEADS:
            negated = True
            modality = Modality.DENIED if lemma == "deny" else modality
        elif t.dep_ in ("xcomp", "acl") and lemma in HYPOTHETICAL_HEADS:
            modality = Modality.HYPOTHETICAL
        elif t.dep_ == "ccomp" and lemma in REPORTING and modality == Modality.ASSERTED:
            modality = Modality.REPORTED
        elif t.dep_ == "ccomp" and lemma == "deny":
            negated, modality = True, Modality.DENIED
        if t.dep_ in ("xcomp", "advcl") and any(c.lower_ in NEGATORS for c in head.children):
            negated = True
        clause, t = t, head
        if t.pos_ != "NOUN" or t.lemma_.lower() not in CONTENT_NOUNS or not content_clause(clause):
            if clause.dep_ == "acl:relcl":
                break  # a relative clause describes its noun: no stance climbs through it
            continue
        # a content clause: its noun's governing verb decides ("dismissed reports that ..."); a bare noun reports
        governor = t.head if t.dep_ in ("obj", "nsubj:pass", "obl", "nsubj") and t.head is not t else None
        stance = lexicon.lemma(governor.text, governor.lemma_.lower(), HEAD_VERBS) if governor is not None else ""
        if stance in DENYING_HEADS:
            negated, modality = True, Modality.DENIED
        elif modality == Modality.ASSERTED:
            modality = Modality.REPORTED
        break
    return negated, modality
