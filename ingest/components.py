"""spaCy components: link actor mentions, then find events between them.

Both are thin wrappers registered with ``@Language.factory``: they compute
their results with plain functions (:func:`find_actor_spans`,
:func:`find_events`) and then set annotations (``doc.spans["geokg_actors"]``
and ``doc._.geokg_events``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .coref import link_surnames, resolve_references
from .gazetteer import Gazetteer, load_gazetteer, unknown_actor
from .lexicon import CameoRoot, Lexicon, load_lexicon
from .records import Actor
from .relations import find_standing_relations

__all__ = [
    "ACTOR_SPANS",
    "EventSpan",
    "actor_of_span",
    "find_actor_spans",
    "find_events",
]

ACTOR_SPANS = "geokg_actors"
REF_SPANS = "geokg_refs"  # pronouns and definite descriptions resolved to actors
NER_TYPES = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "FAC": "FAC",
}
TARGET_CASES = {"to", "with", "against", "on", "into", "at", "for", "from", "toward", "towards"}
NEGATORS = frozenset({"not", "n't", "never", "no"})
NEGATING_HEADS = frozenset({"refuse", "decline", "fail", "deny", "reject"})
HYPOTHETICAL_HEADS = frozenset({"threaten", "plan", "consider", "intend", "want", "seek", "propose", "offer", "hope"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "will", "shall", "can"})
MEMBERSHIP_VERBS = frozenset({"join", "enter", "accede", "rejoin"})
REPORTING = frozenset({"say", "tell", "report", "claim", "announce", "state", "add", "allege", "accuse"})
HEAD_VERBS = NEGATING_HEADS | HYPOTHETICAL_HEADS | REPORTING

if not Doc.has_extension("geokg_events"):
    Doc.set_extension("geokg_events", default=None)
if not Doc.has_extension("geokg_registry"):
    Doc.set_extension("geokg_registry", default=None)


@dataclass(frozen=True, slots=True)
class EventSpan:
    """An event found in a Doc: token-level positions before they become records."""

    subject: Span
    object: Span
    trigger: int  # token index
    predicate: str
    root: CameoRoot | None  # None for standing relations (leader_of, member_of)
    theme: Span | None
    negated: bool
    modality: str


def actor_of_span(span: Span, gazetteer: Gazetteer) -> Actor:
    """The actor a linked span names (``kb_id_`` holds the key; unknown actors sit in the Doc's registry)."""
    registry = span.doc._.geokg_registry or {}
    return gazetteer.actors.get(span.kb_id_) or registry.get(span.kb_id_) or unknown_actor(span.text, span.label_)


def find_actor_spans(doc: Doc, matcher: PhraseMatcher, gazetteer: Gazetteer) -> list[Span]:
    """Gazetteer matches plus the pipeline's named entities, longest first."""
    found: list[Span] = []
    for span in matcher(doc, as_spans=True):
        actor = gazetteer.actors[span.label_]
        type_ = "NORP" if span.text in gazetteer.demonyms else actor.type
        found.append(Span(doc, span.start, span.end, label=type_, kb_id=actor.key))
    for ent in doc.ents:
        type_ = NER_TYPES.get(ent.label_)
        if type_ is None:
            continue
        start = ent.start + (1 if ent[0].lower_ == "the" and len(ent) > 1 else 0)
        end = ent.end - (1 if ent[-1].text in ("'s", "’s") and len(ent) > 1 else 0)
        span = doc[start:end]
        actor = gazetteer.lookup(span.text) or unknown_actor(span.text, type_)
        found.append(Span(doc, start, end, label=actor.type, kb_id=actor.key))
    # gazetteer matches win ties: they come first and filter_spans is stable
    return link_surnames(sorted(filter_spans(found), key=lambda s: s.start))


def _registry(spans: list[Span], gazetteer: Gazetteer) -> dict[str, Actor]:
    """Unknown actors by key, named after their first (longest-named) mention."""
    registry: dict[str, Actor] = {}
    for span in spans:
        if span.kb_id_ not in gazetteer.actors and span.kb_id_ not in registry:
            registry[span.kb_id_] = unknown_actor(span.text, span.label_)
    return registry


class ActorLinker:
    """Mark actor mentions in ``doc.spans["geokg_actors"]`` (label: type, kb_id: actor key)."""

    def __init__(self, nlp: Language, name: str, *, gazetteer_path: str | None = None) -> None:
        self.name = name
        self.gazetteer = load_gazetteer(gazetteer_path)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form, key in self.gazetteer.forms.items():
            self.matcher.add(key, [nlp.make_doc(form)])

    def __call__(self, doc: Doc) -> Doc:
        spans = find_actor_spans(doc, self.matcher, self.gazetteer)
        registry = _registry(spans, self.gazetteer)
        refs = resolve_references(doc, spans, self.gazetteer)
        doc.spans[ACTOR_SPANS] = spans
        doc.spans[REF_SPANS] = refs
        doc._.geokg_registry = registry
        return doc


@Language.factory("geokg_actors", default_config={"gazetteer_path": None})
def make_actor_linker(nlp: Language, name: str, gazetteer_path: str | None) -> ActorLinker:
    return ActorLinker(nlp, name, gazetteer_path=gazetteer_path)


# ---------------------------------------------------------------- events


def _actor_index(doc: Doc) -> dict[int, Span]:
    index: dict[int, Span] = {}
    for span in [*doc.spans.get(ACTOR_SPANS, []), *doc.spans.get(REF_SPANS, [])]:
        for token in span:
            index[token.i] = span
    return index


def _actors_at(token: Token, index: dict[int, Span]) -> list[Span]:
    """Actors a nominal names: itself, its conjuncts, or a modifier ("Russian forces")."""
    out: list[Span] = []
    for t in (token, *token.conjuncts):
        if t.i in index:
            out.append(index[t.i])
            continue
        for child in t.children:
            if child.dep_ in ("amod", "compound", "nmod:poss", "nmod") and child.i in index:
                out.append(index[child.i])
                break
    return out


def _has_case(token: Token, cases: set[str]) -> bool:
    return any(c.dep_ == "case" and c.lower_ in cases for c in token.children)


def _arguments(verb: Token, index: dict[int, Span]) -> tuple[list[Span], list[Span], Token | None]:
    subjects: list[Span] = []
    objects: list[Span] = []
    theme: Token | None = None
    passive = any(c.dep_ in ("nsubj:pass", "aux:pass") for c in verb.children)
    for child in verb.children:
        dep = child.dep_
        if dep == "nsubj":
            subjects += _actors_at(child, index)
        elif dep == "nsubj:pass":
            objects += _actors_at(child, index)
        elif dep in ("obj", "iobj"):
            actors = _actors_at(child, index)
            if actors:
                objects += actors
            elif theme is None and child.pos_ in ("NOUN", "PROPN", ""):
                theme = child
        elif dep in ("obl", "obl:agent") and passive and _has_case(child, {"by"}):
            subjects += _actors_at(child, index)
        elif dep == "obl" and _has_case(child, TARGET_CASES):
            objects += _actors_at(child, index)
    # control, raising and shared subjects: climb xcomp / conj heads
    head = verb
    while not subjects and head.dep_ in ("xcomp", "conj", "advcl") and head.head is not head:
        head = head.head
        subjects = [s for c in head.children if c.dep_ == "nsubj" for s in _actors_at(c, index)]
    return subjects, objects, theme


def _polarity(verb: Token, lexicon: Lexicon) -> tuple[bool, str]:
    negated = any((c.dep_ == "advmod" and c.lower_ in NEGATORS) or c.dep_ == "neg" for c in verb.children)
    modality = "asserted"
    if any(c.dep_ in ("aux",) and c.lower_ in HYPOTHETICAL_AUX for c in verb.children):
        modality = "hypothetical"
    t = verb
    while t.dep_ in ("xcomp", "ccomp", "conj") and t.head is not t:
        head = t.head
        lemma = lexicon.lemma(head.text, head.lemma_.lower(), HEAD_VERBS)
        if t.dep_ == "xcomp" and lemma in NEGATING_HEADS:
            negated = True
            modality = "denied" if lemma == "deny" else modality
        elif t.dep_ == "xcomp" and lemma in HYPOTHETICAL_HEADS:
            modality = "hypothetical"
        elif t.dep_ == "ccomp" and lemma in REPORTING and modality == "asserted":
            modality = "reported"
        elif t.dep_ == "ccomp" and lemma == "deny":
            negated, modality = True, "denied"
        if t.dep_ == "xcomp" and any(c.lower_ in NEGATORS for c in head.children):
            negated = True
        t = head
    return negated, modality


def _find_dependency_events(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
    index = _actor_index(doc)
    events: list[EventSpan] = []
    for token in doc:
        if token.pos_ not in ("VERB", ""):
            continue
        lemma = lexicon.lemma(token.text, token.lemma_.lower(), lexicon.triggers)
        root = lexicon.verb_root(lemma)
        member = lemma in MEMBERSHIP_VERBS
        if root is None and not member:
            continue
        subjects, objects, theme = _arguments(token, index)
        if member:
            objects = [o for o in objects if o.label_ == "ORG"]
        negated, modality = _polarity(token, lexicon)
        theme_span = doc[theme.left_edge.i : theme.i + 1] if theme is not None else None
        predicate = "member_of" if member else lemma
        for s in subjects:
            for o in objects:
                if s.kb_id_ != o.kb_id_:
                    events.append(EventSpan(s, o, token.i, predicate, root, theme_span, negated, modality))
    return events


def _find_window_events(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
    """Fallback without a parser: nearest actor left and right of a trigger verb."""
    events: list[EventSpan] = []
    refs = list(doc.spans.get(REF_SPANS, []))
    inside_ref = {t.i for r in refs for t in r}
    actors = [s for s in doc.spans.get(ACTOR_SPANS, []) if s.start not in inside_ref]
    spans = sorted([*actors, *refs], key=lambda s: s.start)
    for sent in doc.sents:
        inside = [s for s in spans if s.start >= sent.start and s.end <= sent.end]
        for token in sent:
            lemma = lexicon.lemma(token.text, token.lemma_.lower())
            root = lexicon.verb_root(lemma)
            if root is None or token.i in {t.i for s in inside for t in s}:
                continue
            left = [s for s in inside if s.end <= token.i]
            right = [s for s in inside if s.start > token.i]
            if not left or not right or left[-1].kb_id_ == right[0].kb_id_:
                continue
            window = doc[max(sent.start, token.i - 3) : token.i]
            negated = any(t.lower_ in NEGATORS for t in window)
            events.append(EventSpan(left[-1], right[0], token.i, lemma, root, None, negated, "asserted"))
    return events


def find_events(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
    """Events between linked actors (from the parse when there is one) and standing relations."""
    events = _find_dependency_events(doc, lexicon) if doc.has_annotation("DEP") else _find_window_events(doc, lexicon)
    for rel in find_standing_relations(doc, list(doc.spans.get(ACTOR_SPANS, []))):
        events.append(EventSpan(rel.person, rel.owner, rel.person.start, rel.predicate, None, None, False, "asserted"))
    return events


class EventFinder:
    """Set ``doc._.geokg_events`` to the events between linked actors."""

    def __init__(self, nlp: Language, name: str, *, lexicon_path: str | None = None) -> None:
        self.name = name
        self.lexicon = load_lexicon(lexicon_path)

    def __call__(self, doc: Doc) -> Doc:
        events = find_events(doc, self.lexicon)
        doc._.geokg_events = events
        return doc


@Language.factory("geokg_events", default_config={"lexicon_path": None})
def make_event_finder(nlp: Language, name: str, lexicon_path: str | None) -> EventFinder:
    return EventFinder(nlp, name, lexicon_path=lexicon_path)
