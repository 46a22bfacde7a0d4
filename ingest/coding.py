"""All events and standing relations of a Doc, from the parse when there is one."""

from __future__ import annotations

from spacy.tokens import Doc

from .arguments import ACTOR_SPANS, REF_SPANS, actor_index, actors_at, names_subject, parsed_subjects
from .control import find_nominal_control
from .events import EventSpan, find_dependency_events
from .lexicon import Lexicon
from .nominal import find_nominal_events
from .relations import find_standing_relations
from .surface import find_pair_events, find_window_events

__all__ = ["find_events"]


def find_events(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
    """Events between linked actors (from the parse when there is one) and standing relations."""
    if doc.has_annotation("DEP"):
        verbal = find_dependency_events(doc, lexicon)
        pairs = {(e.subject.start, e.object.start, doc[e.trigger].sent.start) for e in verbal}
        nominal = [
            e
            for e in find_nominal_events(doc, lexicon)
            if (e.subject.start, e.object.start, doc[e.trigger].sent.start) not in pairs
        ]
        events = verbal + nominal + find_nominal_control(doc)
        seen = {(e.subject.start, e.object.start) for e in events} | {(e.object.start, e.subject.start) for e in events}
        # the window fallback fills what the parse missed, never contradicting a subject the parse found
        subjects = parsed_subjects(doc)
        index = actor_index(doc)  # "protect those persecuted by terrorists": the agent of another verb
        agents = {a.start for t in doc if t.dep_ == "obl:agent" for a in actors_at(t, index)}
        # "We are proud that the coalition supported X": the verb's own subject is no actor we know
        unknown = {t.i for t in doc if t.pos_ == "VERB" and t.i not in subjects and names_subject(t)}
        events += [
            e
            for e in find_window_events(doc, lexicon)
            if (e.subject.start, e.object.start) not in seen
            and e.subject.start in subjects.get(e.trigger, {e.subject.start})
            and e.object.start not in subjects.get(e.trigger, set())  # co-subjects: "A and B supported X"
            and e.object.start not in agents
            and e.trigger not in unknown
        ]
    else:
        events = find_window_events(doc, lexicon)
    events += find_pair_events(doc, lexicon)
    actors, refs = list(doc.spans.get(ACTOR_SPANS, [])), list(doc.spans.get(REF_SPANS, []))
    for rel in find_standing_relations(doc, actors, refs=refs):
        events.append(EventSpan(rel.person, rel.owner, rel.person.start, rel.predicate, None, None, False, "asserted"))
    return events
