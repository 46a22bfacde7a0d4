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
7. :mod:`~ingest.events.learned` (when asked for: ``load_pipeline(learned_filter=True)``, ``geokg extract
   --learned-filter``): a logistic regression trained on geokg's own hand-coded corpus keeps or drops each
   candidate of passes 1-6, and may keep a window pair the rules turned down; otherwise the rules decide;
8. :func:`~ingest.events.coordination.folded_conjuncts`: a titled name before "and" that the parser read as a
   modifier of the subject after it is a subject too;
8b. :func:`~ingest.events.reciprocal.reciprocal_events`: "A and B blamed each other": each subject acts on
   the other;
8c. :func:`~ingest.events.evaluation.evaluations`: criticism and praise by naming ("called X a pariah") or a
   noun of disapproval ("voiced concern about X's build-up");
9. :func:`~ingest.events.accusation.reported_accusations`: who reports another's hostile act accuses it
   ("Kyiv said Russia shelled Kharkiv": Kyiv 11 Russia);
10. :func:`~ingest.events.mediation.mediations`: a mediator consults each party of the act it brokers (04),
   in place of what the passes read off the mediating word;
10b. :func:`~ingest.events.intent.stated_intents`: an act stated with "will" or "would" is the intent (03 or
   13, as CAMEO codes it);
11. :func:`~ingest.events.standing.find_standing_relations`: offices and memberships (``leader_of``,
   ``member_of``);
12. :func:`~ingest.events.offices.known_offices`: offices the gazetteer knows the person held that day, for a
   person presented with office words or a possessive and the owner named in the same sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from .accusation import reported_accusations
from .arguments import ACTOR_SPANS, REF_SPANS
from .control import find_nominal_control
from .coordination import folded_conjuncts
from .evaluation import evaluations
from .filters import agreeing_with_parse, named_holders
from .intent import stated_intents
from .learned import Candidate, EventFilter, Source
from .mediation import mediations
from .nominal import find_nominal_events
from .offices import OFFICES_KEY, known_offices
from .reciprocal import reciprocal_events
from .standing import find_standing_relations
from .surface import find_pair_events, find_window_events
from .types import EventSpan, Modality, PredicateKind
from .verbal import contest, find_dependency_events, no_contact

__all__ = ["candidate_events", "find_events"]


def _parsed_passes(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Passes 1-4: the parse's events, then the window's where they fill a gap without contradicting it; the
    window pairs the rules turn down come last, for the learned check alone."""
    verbal = find_dependency_events(doc, lexicon)
    pairs = {(e.subject.start, e.object.start, doc[e.trigger].sent.start) for e in verbal}
    nominal = [
        e
        for e in find_nominal_events(doc, lexicon)
        if (e.subject.start, e.object.start, doc[e.trigger].sent.start) not in pairs
    ]
    control = find_nominal_control(doc)
    events = verbal + nominal + control
    seen = {(e.subject.start, e.object.start) for e in events} | {(e.object.start, e.subject.start) for e in events}
    window = [e for e in find_window_events(doc, lexicon) if (e.subject.start, e.object.start) not in seen]
    agreed = agreeing_with_parse(doc, window, lexicon)
    kept = {id(e) for e in agreed}
    return [
        *(Candidate(e, Source.VERBAL) for e in verbal),
        *(Candidate(e, Source.NOMINAL) for e in nominal),
        *(Candidate(e, Source.CONTROL) for e in control),
        *(Candidate(e, Source.WINDOW) for e in agreed),
        *(Candidate(e, Source.WINDOW_REJECTED) for e in window if id(e) not in kept),
    ]


def candidate_events(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Passes 1-6: every candidate event with the pass that proposed it, a nationality before an office and a
    name given to the named person, each pair and trigger once (the first pass to propose it wins)."""
    parsed = doc.has_annotation("DEP")
    found = (
        _parsed_passes(doc, lexicon)
        if parsed
        else [Candidate(e, Source.WINDOW) for e in find_window_events(doc, lexicon)]
    )
    found += [Candidate(e, Source.PAIR) for e in find_pair_events(doc, lexicon)]
    out: list[Candidate] = []
    seen: set[tuple] = set()
    by_start = {s.start: s for s in doc.spans.get(ACTOR_SPANS, [])}  # once, not once per candidate
    for candidate in found:
        for e in named_holders(doc, [candidate.event], by_start=by_start):
            key = (e.subject.start, e.object.start, e.trigger, e.predicate)
            if key not in seen:
                seen.add(key)
                out.append(Candidate(e, candidate.source))
    return out


def find_events(doc: Doc, lexicon: Lexicon, *, event_filter: EventFilter | None = None) -> list[EventSpan]:
    """Events between linked actors (from the parse when there is one, checked by ``event_filter``, the learned
    check, when one is given) and standing relations."""
    model = event_filter
    candidates = candidate_events(doc, lexicon)
    if model is None or not doc.has_annotation("DEP"):
        events = [c.event for c in candidates if c.source is not Source.WINDOW_REJECTED]
    else:
        events = [c.event for c in candidates if model.keep(doc, c)]
    # between two people, winning over the other is a contest, whichever pass read it ("defeating X in the run-off")
    events = [
        e
        for e in events
        if not contest(e.predicate, e.root, e.subject, e.object)
        and not (e.kind is PredicateKind.VERB and no_contact(doc[e.trigger], e.predicate, e.root))
    ]
    events += folded_conjuncts(doc, events)
    if doc.has_annotation("DEP"):
        events += reciprocal_events(doc, events, lexicon)
        events = evaluations(doc, events, lexicon)
    events += reported_accusations(doc, events, lexicon)
    mediated = mediations(doc, events, lexicon)
    events = [e for e in events if not mediated.replaces(doc, e)] + mediated.events
    events = stated_intents(doc, events, lexicon)
    actors, refs = list(doc.spans.get(ACTOR_SPANS, [])), list(doc.spans.get(REF_SPANS, []))
    standing = find_standing_relations(doc, actors, refs=refs)
    offices = doc._.get(OFFICES_KEY) if doc.has_extension(OFFICES_KEY) else None
    standing += known_offices(doc, actors, offices, found=standing)
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
        for rel in standing
    ]
    return events
