"""Events read off the token sequence: the nearest actors around a trigger verb (pipelines without a
parser, and sentences where the parse yields nothing) and hyphenated pairs ("the Iran-Iraq War")."""

from __future__ import annotations

from itertools import pairwise

import numpy
from spacy.attrs import POS, TAG
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from .arguments import ACTOR_SPANS, LOCATIVE_CASES, REF_SPANS, REPORTING, VERBS, has_case, tagged
from .polarity import NEGATORS, polarity
from .types import EventSpan, Modality
from .verbal import LIGHT_VERBS, SYMMETRIC_ROOTS

__all__ = ["FINITE_TAGS", "find_pair_events", "find_window_events", "finite_not_verbs"]


def _conjoined_before(doc: Doc, left: list[Span]) -> Span | None:
    """The actor right before the last "and" ahead of the last actor, skipping a possessive owner."""
    last = left[-1]
    for i in range(last.start - 1, left[0].start - 1, -1):
        if doc[i].lower_ == "and":
            before = [s for s in left if s.end == i]
            return before[0] if before and before[0].kb_id_ != last.kb_id_ else None
    return None


def _locative(span: Span) -> bool:
    """A parsed place modifier ("the attacks in Paris"): where something happened, not who acted."""
    root = span.root
    return root.dep_ in ("nmod", "obl") and has_case(root, LOCATIVE_CASES)


FINITE_TAGS = ("VBD", "VBZ", "VBP")  # a finite verb's Penn tag: past, third person present, other present


def finite_not_verbs(doc: Doc) -> list[Token]:
    """Tokens the tagger marks as finite verbs (Penn VBD, VBZ, VBP) whose coarse tag is not VERB: "Kim Jong Un
    met Vladimir Putin" with "met" tagged ADJ and parsed as a modifier of the name after it. The fine tag of a
    finite form is the more reliable one there; the window pass reads them as verbs."""
    if not doc.has_annotation("TAG"):
        return []
    wanted = numpy.array([doc.vocab.strings[t] for t in FINITE_TAGS], dtype="uint64")
    found = numpy.flatnonzero(numpy.isin(doc.to_array(TAG), wanted) & ~numpy.isin(doc.to_array(POS), [VERB, AUX]))
    return [doc[int(i)] for i in found]


def find_window_events(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
    """Nearest actor left and right of a trigger verb: the rule without a parser, and the
    fallback for actor pairs the parse did not relate (:func:`ingest.coding.find_events` filters)."""
    events: list[EventSpan] = []
    parsed = doc.has_annotation("DEP")  # once: without a parse it reads every token
    refs = list(doc.spans.get(REF_SPANS, []))
    inside_ref = {t.i for r in refs for t in r}
    actors = [s for s in doc.spans.get(ACTOR_SPANS, []) if s.start not in inside_ref]
    spans = sorted([*actors, *refs], key=lambda s: s.start)
    verbs_in: dict[int, list[Token]] = {}  # by sentence start: one pass, not a scan of the Doc per sentence
    for verb in sorted([*tagged(doc, VERBS), *finite_not_verbs(doc)], key=lambda t: t.i):
        verbs_in.setdefault(verb.sent.start, []).append(verb)
    spans_in: dict[int, list[Span]] = {}
    for span in spans:
        spans_in.setdefault(span.sent.start, []).append(span)
    for sent in doc.sents:
        if sent.start not in verbs_in:
            continue
        inside = [s for s in spans_in.get(sent.start, []) if s.end <= sent.end]
        covered = {t.i for s in inside for t in s}
        for token in verbs_in[sent.start]:
            lemma = lexicon.lemma(token.text, token.lemma_.lower(), lexicon.triggers)
            root, predicate = lexicon.verb_root(lemma, token if parsed else None), lemma
            if lemma in LIGHT_VERBS:  # "imposed sanctions on Russia", "held talks": the noun is the event
                noun = next(
                    (t for t in doc[token.i + 1 : min(sent.end, token.i + 4)] if lexicon.event_noun(t.text)),
                    None,
                )
                if noun is not None:
                    predicate = lexicon.noun_lemma(noun.text)
                    root = lexicon.noun_root(predicate)
            if root is None or token.i in covered or token.dep_ in ("case", "mark", "fixed"):
                continue  # "according to South Korean intelligence": a preposition, no event
            if parsed and (root.code == "01" or lemma in REPORTING):
                continue  # a statement's addressee comes from the parse, never from a nearby name
            left = [s for s in inside if s.end <= token.i and not _locative(s)]
            right = [s for s in inside if s.start > token.i and s.label_ != "LOC"]  # "met in Alaska": a place
            if parsed and root.quad_class in (1, 3):  # "condemned the attack in Libya": words go to no place
                right = [s for s in right if not _locative(s)]
            if left and not right and root is not None and root.code in SYMMETRIC_ROOTS:
                partner = _conjoined_before(doc, left)  # "A and B's President C met"
                if partner is not None:
                    left, right = [partner], [left[-1]]
            if not left or not right:
                continue
            if parsed:
                negated, modality = polarity(token, lexicon)
            else:
                window = doc[max(sent.start, token.i - 3) : token.i]
                negated, modality = any(t.lower_ in NEGATORS for t in window), Modality.ASSERTED
            targets = [right[0]]
            for nxt in right[1:]:  # "to Russia and Belarus"; not "to Moscow, Chinese officials say"
                between = doc[targets[-1].end : nxt.start]
                subject = parsed and nxt.root.dep_ in ("nsubj", "nsubj:pass")
                if len(between) and all(t.lower_ in ("and", ",", "or") for t in between) and not subject:
                    targets.append(nxt)
                else:
                    break
            for target in targets:
                if target.kb_id_ != left[-1].kb_id_:
                    events.append(EventSpan(left[-1], target, token.i, predicate, root, None, negated, modality))
    return events


PAIR_LINKS = frozenset({"-", "–", "/"})


def find_pair_events(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
    """Hyphenated actor pairs before an event noun: "the Iran-Iraq War", "US-China trade talks"."""
    spans = sorted(doc.spans.get(ACTOR_SPANS, []), key=lambda s: s.start)
    events: list[EventSpan] = []
    for left, right in pairwise(spans):
        if right.start != left.end + 1 or doc[left.end].text not in PAIR_LINKS or left.kb_id_ == right.kb_id_:
            continue
        found = None  # the head of the noun run wins: "trade talks" is talks, "trade war" is war
        for token in doc[right.end : min(len(doc), right.end + 3)]:
            if not token.is_alpha or token.pos_ not in ("NOUN", "PROPN", ""):
                break
            lemma = lexicon.noun_lemma(token.text)
            if lexicon.noun_root(lemma) is not None:
                found = (token, lemma)
        if found is not None:
            token, lemma = found
            events.append(
                EventSpan(left, right, token.i, lemma, lexicon.noun_root(lemma), None, False, Modality.ASSERTED)
            )
    return events
