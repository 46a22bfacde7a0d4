"""Accusations made by reporting: "Kyiv said Russian forces shelled Kharkiv" is Russia attacking Ukraine,
as Kyiv reports it, and Kyiv accusing Russia (CAMEO 11). Whoever reports that another actor did something
hostile (verbal or material conflict, quad classes 3 and 4) accuses that actor; the accusation itself is
asserted, the reported act stays reported. Not for a denial ("X denied that it attacked Y"), not for what the
speaker says it did itself, and not when the reporting verb is already an accusation ("accused Russia of
...", coded by the verb)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from .arguments import ACTOR_SPANS, REF_SPANS, REPORTING, actor_index, arguments
from .offices import OFFICES_KEY
from .polarity import polarity
from .roles import speaker
from .standing import find_standing_relations
from .types import EventSpan, Modality, PredicateKind
from .verbal import predicates

__all__ = ["ACCUSING", "reported_accusations"]

# reporting verbs that make a statement about another's act an accusation; "deny", "accuse", "blame" and
# "condemn" are events of their own
ACCUSING = REPORTING - frozenset({"accuse"}) | frozenset({"warn", "charge", "insist", "argue", "write"})


def reported_accusations(doc: Doc, events: list[EventSpan], lexicon: Lexicon) -> list[EventSpan]:
    """One accusation (11) from each speaker to each actor it reports doing something hostile, per sentence:
    a reported verb of conflict with that actor as its subject ("X said that Y was violating the truce"), with
    or without an actor it is done to, or a reported event of conflict found by the passes."""
    accuse = lexicon.roots.get("11")
    if accuse is None:
        return []
    index = actor_index(doc)
    seen = {(e.subject.kb_id_, e.object.kb_id_, doc[e.trigger].sent.start) for e in events if e.root == accuse}
    found: list[tuple[Span, Span, Token]] = []
    for verb in predicates(doc, lexicon):
        root = lexicon.verb_root(lexicon.lemma(verb.text, verb.lemma_.lower()), verb)
        negated, modality = polarity(verb, lexicon)
        if root is None or root.quad_class not in (3, 4) or negated or modality is Modality.HYPOTHETICAL:
            continue  # a plan, a threat or a denial is no charge of a deed ("said it would strike")
        if not _acts_on_something(verb):
            continue  # "two soldiers were killed", "one soldier died": the subject suffers, it does not act
        said_by = speaker(verb, index, lexicon)
        if said_by is not None:
            found += [(said_by, s, verb) for s in arguments(verb, index)[0]]
    for e in events:
        if e.speaker is not None and e.root is not None and e.root.quad_class in (3, 4) and not e.negated:
            found.append((e.speaker, e.subject, doc[e.trigger]))
    own = _sides(doc)
    out: list[EventSpan] = []
    for said_by, accused, verb in found:
        if said_by.kb_id_ == accused.kb_id_ or (said_by.kb_id_, accused.kb_id_) in own:
            continue  # what the speaker, or the state it leads or serves, did itself
        reporting = said_by.root.head
        lemma = lexicon.lemma(reporting.text, reporting.lemma_.lower(), ACCUSING)
        if said_by.root.dep_ != "nsubj" or lemma not in ACCUSING or polarity(reporting, lexicon)[0]:
            continue  # "according to X" attributes a report, it makes no accusation; nor does "did not say"
        key = (said_by.kb_id_, accused.kb_id_, verb.sent.start)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            EventSpan(
                said_by, accused, reporting.i, "accuse", accuse, None, False, Modality.ASSERTED, PredicateKind.VERB
            )
        )
    return out


def _acts_on_something(verb: Token) -> bool:
    """An active verb with an object, a complement or an oblique: a deed done to something."""
    children = [c.dep_ for c in verb.children]
    if any(dep in ("nsubj:pass", "aux:pass") for dep in children):
        return False
    return any(dep in ("obj", "xcomp", "ccomp", "obl", "compound:prt") for dep in children)


def _sides(doc: Doc) -> set[tuple[str, str]]:
    """Pairs (person, owner) of the article's offices, both ways: a leader speaking of its own state."""
    actors, refs = list(doc.spans.get(ACTOR_SPANS, [])), list(doc.spans.get(REF_SPANS, []))
    pairs = {(r.person.kb_id_, r.owner.kb_id_) for r in find_standing_relations(doc, actors, refs=refs)}
    known = doc._.get(OFFICES_KEY) if doc.has_extension(OFFICES_KEY) else None
    if known is not None:  # the offices the gazetteer knows they held that day, named in the text or not
        pairs |= {(person, office.owner) for person, held in known.held.items() for office in held}
    return pairs | {(b, a) for a, b in pairs}
