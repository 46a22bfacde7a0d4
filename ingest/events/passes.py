"""The pass order of event finding, in one place.

With a parse:

1. :func:`~ingest.events.verbal.find_dependency_events`: verbs, participles and their arguments;
2. :func:`~ingest.events.nominal.find_nominal_events`: event nouns and light verbs ("held talks with"),
   for pairs of actors the verbs did not already relate in that sentence;
3. :func:`~ingest.events.control.find_nominal_control`: who holds a place ("the fall of Mosul to Daesh");
4. :func:`~ingest.events.surface.find_window_events`: the token window around a trigger, for pairs no
   earlier pass related, kept only where it agrees with the parse
   (:func:`~ingest.events.filters.agreeing_with_parse`).

Without a parse, the window pass alone. Then, in both cases:

5. :func:`~ingest.events.surface.find_pair_events`: hyphenated pairs ("the Iran-Iraq war");
6. :func:`~ingest.events.filters.named_holders`: a nationality before an office and a name gives its
   events to the named person;
7. :func:`~ingest.events.standing.find_standing_relations`: offices and memberships (``leader_of``,
   ``member_of``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from .arguments import ACTOR_SPANS, REF_SPANS
from .control import find_nominal_control
from .filters import agreeing_with_parse, named_holders
from .nominal import find_nominal_events
from .standing import find_standing_relations
from .surface import find_pair_events, find_window_events
from .types import EventSpan, Modality, PredicateKind
from .verbal import find_dependency_events

__all__ = ["find_events"]


def _parsed_passes(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
    """Passes 1-4: the parse's events, then the window's where they fill a gap without contradicting it."""
    verbal = find_dependency_events(doc, lexicon)
    pairs = {(e.subject.start, e.object.start, doc[e.trigger].sent.start) for e in verbal}
    nominal = [
        e
        for e in find_nominal_events(doc, lexicon)
        if (e.subject.start, e.object.start, doc[e.trigger].sent.start) not in pairs
    ]
    events = verbal + nominal + find_nominal_control(doc)
    seen = {(e.subject.start, e.object.start) for e in events} | {(e.object.start, e.subject.start) for e in events}
    window = [e for e in find_window_events(doc, lexicon) if (e.subject.start, e.object.start) not in seen]
    return events + agreeing_with_parse(doc, window, lexicon)


def find_events(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
    """Events between linked actors (from the parse when there is one) and standing relations."""
    events = _parsed_passes(doc, lexicon) if doc.has_annotation("DEP") else find_window_events(doc, lexicon)
    events += find_pair_events(doc, lexicon)
    events = named_holders(doc, events)
    actors, refs = list(doc.spans.get(ACTOR_SPANS, [])), list(doc.spans.get(REF_SPANS, []))
    events += [
        EventSpan(
            rel.person,
            rel.owner,
            rel.person.start,
            rel.predicate,
            None,
            None,
            False,
            Modality.ASSERTED,
            PredicateKind.TITLE,
        )
        for rel in find_standing_relations(doc, actors, refs=refs)
    ]
    return events
