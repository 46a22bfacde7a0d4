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
from .arguments import ALLEGING, DIRECTIVE_HEADS, REPORTING, accusation_head, comma_adjunct, kept_from, mandated
from .types import Modality

__all__ = ["CONTENT_NOUNS", "NEGATORS", "content_clause", "negating_marker", "polarity"]

NEGATORS = frozenset({"not", "n't", "never", "no"})
# heads whose complement does not happen: "refused to join", "failed to stop", "refrained from attacking"
NEGATING_HEADS = frozenset({"refuse", "decline", "fail", "deny", "reject", "refrain", "avoid", "neglect"})
# phrasal heads of the same kind: the verb and its particle or adjective ("ruled out sending", "stopped short of")
NEGATING_PHRASES = frozenset({("rule", "out"), ("stop", "short")})
# words that negate the noun phrase they determine: "no country condemned", "neither A nor B signed"
NEGATING_DETERMINERS = frozenset({"no", "neither"})
# markers of an adjunct clause whose act is not done: "left without signing the deal", "mediated instead of
# taking sides", "abstained rather than voting against X"
NEGATING_MARKERS = frozenset({"without"})
NEGATING_MARKER_PHRASES = frozenset({("instead", "of"), ("rather", "than")})
HYPOTHETICAL_HEADS = frozenset(
    {
        "threaten",
        "plan",
        "consider",
        "intend",
        "want",
        "seek",
        "propose",
        "offer",
        "hope",
        "aim",
        "vow",
        "pledge",
        "promise",
        "prepare",
        "expect",  # raising: "is expected to retaliate"
        "likely",  # raising adjectives: "is likely to condemn", "is set to sign", "is due to meet"
        "unlikely",
        "set",
        "due",
        "poised",
        "ready",
        "willing",
    }
)
# passive reporting heads: "is said to have attacked", "is believed to have supplied"
REPORTING_PASSIVES = frozenset({"say", "report", "believe", "allege", "claim", "think", "rumour", "rumor", "suspect"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "will", "shall", "can"})
# nouns whose clause is their content ("reports that ...", "the claim that ..."): the clause takes the stance
# of the verb that governs the noun ("dismissed reports that A armed B": denied; "cited reports that": reported)
CONTENT_NOUNS = frozenset(
    {"report", "claim", "allegation", "accusation", "rumour", "rumor", "suggestion", "assertion", "charge", "news"}
)
DENYING_HEADS = frozenset({"deny", "dismiss", "reject", "refute", "rebut", "disprove", "debunk"})
HEAD_VERBS = NEGATING_HEADS | HYPOTHETICAL_HEADS | REPORTING | DENYING_HEADS | DIRECTIVE_HEADS | REPORTING_PASSIVES

RELATIVIZERS = frozenset({"that", "which", "who", "whom"})


def content_clause(clause: Token) -> bool:
    """Whether a clause hung off a noun states the noun's content ("reports that A armed B") rather than
    describing it ("reports that A published"). The parser often labels both ``acl:relcl``; a relative clause
    has a gap its relative word fills, so a clause with its own subject and its own object has none."""
    if clause.dep_ == "acl":
        return not comma_adjunct(clause)  # "rejected the report, accusing X of ...": the rejecter accuses
    if clause.dep_ != "acl:relcl":
        return False
    own = {c.dep_ for c in clause.children if c.lower_ not in RELATIVIZERS}
    return "nsubj" in own and bool(own & {"obj", "ccomp", "xcomp"})


def _negated_phrase(token: Token) -> bool:
    """A noun phrase "no X", "neither A nor B" (the determiner may hang off the first conjunct)."""
    return any(c.dep_ in ("det", "cc:preconj") and c.lower_ in NEGATING_DETERMINERS for c in token.children)


def negating_marker(clause: Token) -> bool:
    """Whether an adjunct clause is introduced as something not done: "without blaming X", "instead of
    attacking X", "rather than joining X" (the marker on the gerund or infinitive, or the gerund a noun's
    complement: "without any criticism of X" is read by the nominal pass)."""
    if clause.dep_ not in ("advcl", "acl", "xcomp", "conj", "obl"):
        return False
    marks = [c for c in clause.children if c.dep_ in ("mark", "case", "cc") and c.i < clause.i]
    if any(m.lower_ in NEGATING_MARKERS and m.dep_ != "cc" for m in marks):
        return True
    doc = clause.doc
    return any(
        (m.i > 0 and (doc[m.i - 1].lower_, m.lower_) in NEGATING_MARKER_PHRASES)
        or any((m.lower_, c.lower_) in NEGATING_MARKER_PHRASES for c in m.children)
        for m in marks
    )


def _negating_head(clause: Token, lemma: str) -> bool:
    """Whether the head of ``clause`` says that the clause does not happen.

    "refused to join", "refrained from attacking", "ruled out sending", "stopped short of sanctioning", and
    "has yet to agree", "is yet to respond" (``yet`` before an infinitive: not so far).
    """
    head = clause.head
    if clause.dep_ == "advcl" and clause.i > head.i and clause.doc[clause.i - 1].text == ",":
        return False  # "rejected the report, accusing X": an adjunct set off by a comma, not what is rejected
    # a gerund the parser hung off the verb as a modifier ("denied arming X": acl) is its complement all the same
    gerund = clause.dep_ == "acl" and clause.tag_ == "VBG" and head.pos_ == "VERB"
    if clause.dep_ not in ("xcomp", "advcl", "ccomp", "obj") and not gerund:
        return False
    if lemma in NEGATING_HEADS and (clause.dep_ in ("xcomp", "advcl") or gerund):
        return True
    parts = {(head.lemma_.lower(), c.lower_) for c in head.children if c.dep_ in ("compound:prt", "xcomp", "advmod")}
    if parts & NEGATING_PHRASES:
        return True
    if head.lower_ == "short" and head.head.lemma_.lower() == "stop":  # "stopped short of", the adjective's clause
        return True
    infinitive = any(c.dep_ == "mark" and c.lower_ == "to" for c in clause.children)
    return infinitive and (head.lower_ == "yet" or any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children))


def polarity(verb: Token, lexicon: Lexicon) -> tuple[bool, Modality]:
    """Whether the text says the event of ``verb`` did not happen, and how it commits to it."""
    negated = any((c.dep_ == "advmod" and c.lower_ in NEGATORS) or c.dep_ == "neg" for c in verb.children)
    negated = negated or any(c.dep_ in ("nsubj", "obj") and _negated_phrase(c) for c in verb.children)
    negated = negated or (verb.pos_ == "VERB" and negating_marker(verb))
    modality = Modality.ASSERTED
    if any(c.dep_ in ("aux",) and c.lower_ in HYPOTHETICAL_AUX for c in verb.children):
        modality = Modality.HYPOTHETICAL
    t = verb
    while t.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acl", "acl:relcl") and t.head is not t:
        head = t.head
        lemma = lexicon.lemma(head.text, head.lemma_.lower(), HEAD_VERBS)
        infinitive = any(c.dep_ == "mark" and c.lower_ == "to" for c in t.children)
        accuser = accusation_head(t)
        if accuser is not None and accuser.lemma_.lower() in ALLEGING and modality == Modality.ASSERTED:
            modality = Modality.REPORTED  # "accused Iran of arming X": the accuser's charge
        kept = kept_from(t)
        if kept == "prevented":  # "stopped Russia from seizing the port": it did not
            negated = True
        elif kept == "dissuaded" or mandated(t):  # "warned Iran against retaliating", "demanded that X withdraw"
            modality = Modality.HYPOTHETICAL
        elif _negating_head(t, lemma):
            negated = True
            modality = Modality.DENIED if lemma == "deny" else modality
        elif t.dep_ in ("xcomp", "acl") and (lemma in HYPOTHETICAL_HEADS or head.lower_ in HYPOTHETICAL_HEADS):
            modality = Modality.HYPOTHETICAL
        elif (t.dep_ == "xcomp" or (t.dep_ == "advcl" and infinitive)) and lemma in DIRECTIVE_HEADS:
            modality = Modality.HYPOTHETICAL  # "urged Israel to negotiate": asked for, not done
        elif (
            t.dep_ == "xcomp"
            and lemma in REPORTING_PASSIVES
            and any(c.dep_ == "aux:pass" for c in head.children)
            and modality == Modality.ASSERTED
        ):
            modality = Modality.REPORTED  # "is said to have attacked"
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
