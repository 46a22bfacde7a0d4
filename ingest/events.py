"""Events between linked actors, read off Universal Dependencies parses.

Verbal events (subject-verb-object, obliques, passives, control and raising chains,
conjunctions, reported speech), nominal events ("Iran's supply of drones to Russia",
"talks between Trump and Putin", light verbs such as "imposed sanctions on"), and a
window fallback for pipelines without a parser. Standing relations come from
:mod:`ingest.relations`. Pure functions over a Doc: the component in
:mod:`ingest.components` sets the annotations.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from .lexicon import CameoRoot, Lexicon
from .relations import find_standing_relations

__all__ = ["ACTOR_SPANS", "REF_SPANS", "EventSpan", "find_events"]

ACTOR_SPANS = "geokg_actors"
REF_SPANS = "geokg_refs"  # pronouns and definite descriptions resolved to actors
TARGET_CASES = {"to", "with", "against", "on", "into", "at", "for", "from", "toward", "towards", "between"}
NEGATORS = frozenset({"not", "n't", "never", "no"})
NEGATING_HEADS = frozenset({"refuse", "decline", "fail", "deny", "reject"})
HYPOTHETICAL_HEADS = frozenset({"threaten", "plan", "consider", "intend", "want", "seek", "propose", "offer", "hope"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "will", "shall", "can"})
MEMBERSHIP_VERBS = frozenset({"join", "enter", "accede", "rejoin"})
SYMMETRIC_ROOTS = frozenset({"04", "05", "06", "19"})  # "A and B met / fought": an event between them
LEADERSHIP_VERBS = frozenset({"lead", "head", "command", "chair", "run", "govern", "rule", "found", "control"})
REPORTING = frozenset({"say", "tell", "report", "claim", "announce", "state", "add", "allege", "accuse"})
HEAD_VERBS = NEGATING_HEADS | HYPOTHETICAL_HEADS | REPORTING


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


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _children(verb: Token) -> list[tuple[Token, str]]:
    """A verb's dependents with their relations, repairing one common misparse.

    Short headline-like clauses ("Iran supplied drones to Russia.") are sometimes parsed as a
    noun phrase: the finite verb hangs off its object as ``amod`` and the subject is the noun's
    ``nsubj``. Read that shape as the clause it is.
    """
    out = [(c, c.dep_) for c in verb.children]
    # "supplied drones to Russia" with "to Russia" attached to the object: an oblique of the verb
    out += [
        (g, "obl")
        for c in verb.children
        if c.dep_ == "obj"
        for g in c.children
        if g.dep_ == "nmod" and _has_case(g, TARGET_CASES)
    ]
    head = verb.head
    if verb.dep_ == "amod" and verb.tag_ in FINITE_TAGS and head.i > verb.i and head.pos_ in ("NOUN", "PROPN"):
        subjects = [(c, "nsubj") for c in head.children if c.dep_ == "nsubj" and c.i < verb.i]
        if subjects or any(dep == "nsubj" for _, dep in out):
            out += [*subjects, (head, "obj")]
            out += [(c, "obl") for c in head.children if c.dep_ == "nmod" and c.i > head.i]
    return out


def _has_case(token: Token, cases: set[str]) -> bool:
    return any(c.dep_ == "case" and c.lower_ in cases for c in token.children)


def _arguments(verb: Token, index: dict[int, Span]) -> tuple[list[Span], list[Span], Token | None]:
    subjects: list[Span] = []
    objects: list[Span] = []
    theme: Token | None = None
    children = _children(verb)
    passive = any(dep in ("nsubj:pass", "aux:pass") for _, dep in children)
    for child, dep in children:
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
    while not subjects and head.dep_ in ("xcomp", "conj", "advcl", "acl") and head.head is not head:
        via_noun = head.dep_ == "acl"
        head = head.head
        deps = ("compound", "nmod:poss") if via_noun else ("nsubj",)
        subjects = [
            s
            for c, dep in _children(head)
            if dep in deps or (not via_noun and dep == "nsubj")
            for s in _actors_at(c, index)
        ]
    return subjects, objects, theme


def _part_of(verb: Token, index: dict[int, Span]) -> list[Span]:
    """Organisations in "(working) as part of X" or "as a member of X" attached to a verb."""
    found: list[Span] = []
    for child in verb.children:
        if child.dep_ in ("obl", "advcl", "xcomp") and child.lower_ in ("part", "member", "members"):
            for grandchild in child.children:
                if grandchild.dep_ == "nmod" and _has_case(grandchild, {"of"}):
                    found += [s for s in _actors_at(grandchild, index) if s.label_ in ("ORG", "GPE")]
    return found


def _polarity(verb: Token, lexicon: Lexicon) -> tuple[bool, str]:
    negated = any((c.dep_ == "advmod" and c.lower_ in NEGATORS) or c.dep_ == "neg" for c in verb.children)
    modality = "asserted"
    if any(c.dep_ in ("aux",) and c.lower_ in HYPOTHETICAL_AUX for c in verb.children):
        modality = "hypothetical"
    t = verb
    while t.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acl") and t.head is not t:
        head = t.head
        lemma = lexicon.lemma(head.text, head.lemma_.lower(), HEAD_VERBS)
        if t.dep_ == "xcomp" and lemma in NEGATING_HEADS:
            negated = True
            modality = "denied" if lemma == "deny" else modality
        elif t.dep_ in ("xcomp", "acl") and lemma in HYPOTHETICAL_HEADS:
            modality = "hypothetical"
        elif t.dep_ == "ccomp" and lemma in REPORTING and modality == "asserted":
            modality = "reported"
        elif t.dep_ == "ccomp" and lemma == "deny":
            negated, modality = True, "denied"
        if t.dep_ in ("xcomp", "advcl") and any(c.lower_ in NEGATORS for c in head.children):
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
        negated, modality = _polarity(token, lexicon)
        part_of = _part_of(token, index)
        if part_of:
            subjects = _arguments(token, index)[0]
            for s in subjects:
                for o in part_of:
                    if s.kb_id_ != o.kb_id_:
                        events.append(EventSpan(s, o, token.i, "member_of", None, None, negated, modality))
        root = lexicon.verb_root(lemma)
        if (
            root is None
            and lemma == "fire"
            and any(dep == "obl" and _has_case(c, {"at", "on", "upon"}) for c, dep in _children(token))
        ):
            root = lexicon.roots["19"]  # "fired rockets at Israel", not "fired his adviser"
        member = lemma in MEMBERSHIP_VERBS
        leads = lemma in LEADERSHIP_VERBS
        if root is None and not member and not leads:
            continue
        subjects, objects, theme = _arguments(token, index)
        if member or leads:
            objects = [o for o in objects if o.label_ in ("ORG", "GPE", "NORP")]
        if not objects and len(subjects) >= 2 and root is not None and root.code in SYMMETRIC_ROOTS:
            subjects, objects = subjects[:1], subjects[1:]
        theme_span = doc[theme.left_edge.i : theme.i + 1] if theme is not None else None
        predicate = "member_of" if member else "leader_of" if leads else lemma
        for s in subjects:
            for o in objects:
                if s.kb_id_ != o.kb_id_:
                    events.append(EventSpan(s, o, token.i, predicate, root, theme_span, negated, modality))
    return events


LIGHT_VERBS = frozenset(
    {
        "impose",
        "hold",
        "launch",
        "carry",
        "conduct",
        "stage",
        "begin",
        "start",
        "open",
        "resume",
        "announce",
        "approve",
        "order",
        "host",
        "attend",
        "level",
        "slap",
        "extend",
        "tighten",
    }
)
NOUN_SUBJECT_DEPS = frozenset({"nmod:poss", "amod", "compound"})


def _noun_arguments(noun: Token, index: dict[int, Span]) -> tuple[list[Span], list[Span]]:
    """Subjects and targets of a nominal event, from its own modifiers or a light verb's arguments."""
    subjects: list[Span] = []
    objects: list[Span] = []
    for child in noun.children:
        if child.dep_ in NOUN_SUBJECT_DEPS:
            subjects += _actors_at(child, index) if child.i in index else []
        elif child.dep_ == "nmod" and _has_case(child, {"between", "among"}):
            parties = _actors_at(child, index)
            if len(parties) >= 2:
                subjects.append(parties[0])
                objects += parties[1:]
        elif child.dep_ == "nmod" and _has_case(child, TARGET_CASES):
            objects += _actors_at(child, index)
        elif child.dep_ == "nmod" and _has_case(child, {"of"}) and child.i not in index:
            # "supply of drones to Russia": the target may hang off the theme
            objects += [
                a
                for g in child.children
                if g.dep_ == "nmod" and _has_case(g, TARGET_CASES)
                for a in _actors_at(g, index)
            ]
        elif child.dep_ == "nmod" and _has_case(child, {"by"}):
            subjects += _actors_at(child, index)
    head = noun.head
    if noun.dep_ in ("obj", "nsubj:pass") and head.pos_ in ("VERB", ""):
        verb_subjects, verb_objects, _ = _arguments(head, index)  # climbs control chains
        subjects = subjects or verb_subjects
        objects = objects or verb_objects
    return subjects, objects


def _find_nominal_events(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
    index = _actor_index(doc)
    events: list[EventSpan] = []
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in index:
            continue
        lemma = lexicon.noun_lemma(token.text)
        root = lexicon.noun_root(lemma)
        if root is None:
            continue
        subjects, objects = _noun_arguments(token, index)
        negated, modality = _polarity(token.head, lexicon) if token.dep_ == "obj" else (False, "asserted")
        theme = next(
            (c for c in token.children if c.dep_ == "nmod" and _has_case(c, {"of"}) and c.i not in index), None
        )
        theme_span = doc[theme.left_edge.i : theme.i + 1] if theme is not None else None
        for s in subjects:
            for o in objects:
                if s.kb_id_ != o.kb_id_:
                    events.append(EventSpan(s, o, token.i, lemma, root, theme_span, negated, modality))
    return events


def _conjoined_before(doc: Doc, left: list[Span]) -> Span | None:
    """The actor right before the last "and" ahead of the last actor, skipping a possessive owner."""
    last = left[-1]
    for i in range(last.start - 1, left[0].start - 1, -1):
        if doc[i].lower_ == "and":
            before = [s for s in left if s.end == i]
            return before[0] if before and before[0].kb_id_ != last.kb_id_ else None
    return None


def _find_window_events(doc: Doc, lexicon: Lexicon, *, skip: set[int] | None = None) -> list[EventSpan]:
    """Nearest actor left and right of a trigger verb: the rule without a parser, and the
    fallback for sentences where the parse yields no event (``skip``: sentence starts to leave alone)."""
    events: list[EventSpan] = []
    refs = list(doc.spans.get(REF_SPANS, []))
    inside_ref = {t.i for r in refs for t in r}
    actors = [s for s in doc.spans.get(ACTOR_SPANS, []) if s.start not in inside_ref]
    spans = sorted([*actors, *refs], key=lambda s: s.start)
    for sent in doc.sents:
        if skip and sent.start in skip:
            continue
        inside = [s for s in spans if s.start >= sent.start and s.end <= sent.end]
        for token in sent:
            if token.pos_ not in ("VERB", ""):
                continue
            lemma = lexicon.lemma(token.text, token.lemma_.lower())
            root, predicate = lexicon.verb_root(lemma), lemma
            if root is None and lemma in LIGHT_VERBS:  # "imposed sanctions on Russia"
                noun = next(
                    (
                        t
                        for t in doc[token.i + 1 : min(sent.end, token.i + 4)]
                        if lexicon.noun_root(lexicon.noun_lemma(t.text))
                    ),
                    None,
                )
                if noun is not None:
                    predicate = lexicon.noun_lemma(noun.text)
                    root = lexicon.noun_root(predicate)
            if root is None or token.i in {t.i for s in inside for t in s}:
                continue
            left = [s for s in inside if s.end <= token.i]
            right = [s for s in inside if s.start > token.i and s.label_ != "LOC"]  # "met in Alaska": a place
            if left and not right and root is not None and root.code in SYMMETRIC_ROOTS:
                partner = _conjoined_before(doc, left)  # "A and B's President C met"
                if partner is not None:
                    left, right = [partner], [left[-1]]
            if not left or not right:
                continue
            if doc.has_annotation("DEP"):
                negated, modality = _polarity(token, lexicon)
            else:
                window = doc[max(sent.start, token.i - 3) : token.i]
                negated, modality = any(t.lower_ in NEGATORS for t in window), "asserted"
            targets = [right[0]]
            for nxt in right[1:]:  # "to Russia and Belarus"
                between = doc[targets[-1].end : nxt.start]
                if len(between) and all(t.lower_ in ("and", ",", "or") for t in between):
                    targets.append(nxt)
                else:
                    break
            for target in targets:
                if target.kb_id_ != left[-1].kb_id_:
                    events.append(EventSpan(left[-1], target, token.i, predicate, root, None, negated, modality))
    return events


PAIR_LINKS = frozenset({"-", "–", "/"})


def _find_pair_events(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
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
            events.append(EventSpan(left, right, token.i, lemma, lexicon.noun_root(lemma), None, False, "asserted"))
    return events


def find_events(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
    """Events between linked actors (from the parse when there is one) and standing relations."""
    if doc.has_annotation("DEP"):
        verbal = _find_dependency_events(doc, lexicon)
        pairs = {(e.subject.start, e.object.start, doc[e.trigger].sent.start) for e in verbal}
        nominal = [
            e
            for e in _find_nominal_events(doc, lexicon)
            if (e.subject.start, e.object.start, doc[e.trigger].sent.start) not in pairs
        ]
        events = verbal + nominal
        covered = {doc[e.trigger].sent.start for e in events}
        events += _find_window_events(doc, lexicon, skip=covered)
    else:
        events = _find_window_events(doc, lexicon)
    events += _find_pair_events(doc, lexicon)
    for rel in find_standing_relations(doc, list(doc.spans.get(ACTOR_SPANS, []))):
        events.append(EventSpan(rel.person, rel.owner, rel.person.start, rel.predicate, None, None, False, "asserted"))
    return events
