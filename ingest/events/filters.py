"""Checks between passes: which window-fallback events the parse allows, and events moved from a
nationality to the named office holder after it ("Tanzanian President Samia Suluhu Hassan met ...")."""

from __future__ import annotations

import dataclasses

import numpy
from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from .arguments import (
    ACTOR_SPANS,
    LOCATIVE_CASES,
    PARTY_CASES,
    act_patients,
    actor_index,
    actors_at,
    arguments,
    has_case,
    named_subject,
    patients,
)
from .coordination import folded_into
from .polarity import CONTENT_NOUNS, content_clause
from .standing import TENURE, TITLE_WORDS
from .types import EventSpan
from .verbal import LIGHT_VERBS, SYMMETRIC_ROOTS, TARGET_WORDS

__all__ = ["agreeing_with_parse", "named_holders"]


def _passive_read(e: EventSpan, index: dict[int, Span]) -> EventSpan | None:
    """A window pair around a passive verb, read the parse's way: the actor before it is the patient
    and the actor after "by" the agent ("Ghadiya was killed in a raid by US forces"); None when the
    actor before the verb is not its patient ("the convoy was attacked ..." after "I welcome")."""
    doc = e.subject.doc
    verb = doc[e.trigger]
    patients = [a for c in verb.children if c.dep_ == "nsubj:pass" for a in actors_at(c, index)]
    by = any(t.lower_ == "by" for t in doc[e.trigger + 1 : e.object.start])
    if not by or e.subject.start not in {a.start for a in patients}:
        return None
    return dataclasses.replace(e, subject=e.object, object=e.subject)


def _clauses_of_their_own(verb: Token) -> list[Token]:
    """Clauses under a verb whose actors are their own predicate's: finite complements ("said Russia
    attacked"), controlled verbs ("decided to join its allies": joining is the act), and adverbial or conjoined
    clauses with a subject of their own ("applied after Russia invaded Ukraine", "faces threats and all
    regions must defeat X")."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "csubj")
        or (c.dep_ in ("advcl", "conj") and any(g.dep_ in ("nsubj", "nsubj:pass") for g in c.children))
        or (c.dep_ == "xcomp" and c.pos_ == "VERB")
    ]


TEMPORAL_CASES = frozenset({"since", "after", "before", "during", "until", "following", "amid", "despite"})


def _of_another_event(e: EventSpan, lexicon: Lexicon) -> bool:
    """A window target that is the argument of an event noun other than the trigger's own ("agreeing its
    package since the invasion of Ukraine": Ukraine is the invasion's)."""
    arg = e.object.root
    while arg.dep_ == "conj" and arg.head is not arg:  # "between A and B": B is A's conjunct
        arg = arg.head
    noun = arg.head
    if arg.dep_ not in ("nmod", "nmod:poss") or noun.i == e.trigger or noun.pos_ != "NOUN":
        return False
    if lexicon.noun_lemma(noun.text) == e.predicate or lexicon.event_noun(noun.text) is None:
        return False
    if has_case(arg, PARTY_CASES):  # "postponed the meeting between A and B": A and B are the meeting's
        return e.root is None or e.root.code not in ("18", "19", "20")  # parties; "bombed the talks between": hit
    # the trigger's own manner ("attacked in a raid by Israel") is the same act; a time or another clause's
    # noun is not ("agreed since the invasion of Ukraine")
    return noun.head.i != e.trigger or has_case(noun, TEMPORAL_CASES)


def _misread(e: EventSpan, index: dict[int, Span]) -> bool:
    """A window pair the parse shows to be no subject and target: a cooperative act's target is neither
    where it happened ("calling for a ceasefire in Syria") nor a modifier of another noun ("discussed
    UK-France co-operation"); an act of force whose patient the parse names as a noun that is no actor has
    no other target ("operations to retake the city of Mosul ... towards clearing Daesh")."""
    verb = e.subject.doc[e.trigger]
    for clause in _clauses_of_their_own(verb):
        if clause.dep_ == "conj" and e.object.root.head == clause and e.object.root.dep_ in ("nsubj", "nsubj:pass"):
            continue  # "begins the assault and Hamas flees": who flees is who was assaulted
        if clause.left_edge.i <= e.object.start <= clause.right_edge.i:
            return True  # "Ukraine said Russia attacked Poland": Russia is the attack's, not the saying's
    for noun in (c for c in verb.children if c.dep_ in ("obj", "obl") and c.lemma_.lower() in CONTENT_NOUNS):
        for clause in (c for c in noun.children if content_clause(c)):
            if clause.left_edge.i <= e.object.start <= clause.right_edge.i:
                return True  # "dismissed reports that A armed B": B is the report's, not the dismissal's target
    if e.root is not None and e.root.quad_class in (1, 2):
        target = e.object.root
        if target.dep_ in ("obl", "nmod") and has_case(target, LOCATIVE_CASES):
            return True
        head = target.head
        if target.dep_ in ("compound", "amod") and head.i not in index and head.pos_ == "NOUN":
            return head.lower_ not in TITLE_WORDS  # "spoke to the Turkish Foreign Minister": Turkey's official
    if e.root is not None and e.root.quad_class == 4:
        verb = e.subject.doc[e.trigger]
        patients = [  # not the event noun of a light verb ("began their assault on Karabilah")
            c for c in verb.children if c.dep_ == "obj" and c.i not in index and e.predicate not in (c.lower_, c.lemma_)
        ]
        target = e.object.root
        listed = target.head == verb and has_case(target, {"including"})  # "target individuals, including X"
        if patients and not listed and not any(p.left_edge.i <= e.object.start <= p.right_edge.i for p in patients):
            return True  # "operations to retake the city ..., clearing Daesh": the city was retaken
    return False


def _of_another_verb(e: EventSpan, lexicon: Lexicon) -> bool:
    """A window target the parse gives to another event verb: the first verb with a code on its way up the
    tree is not the trigger ("condemned the attack, calling on Iran to free the crew": Iran is called on, not
    condemned; "the brigade, which Iran funds, attacked Israel": Israel is attacked, not funded)."""
    t = e.object.root
    if t.is_ancestor(t.doc[e.trigger]) or e.object.start == e.trigger + 1:
        return False  # the trigger describes the target itself, or takes it right after ("the Iran-backed Houthis")
    while t.head.i != t.i:
        t = t.head
        if t.i == e.trigger:
            return False
        if t.pos_ == "VERB" and lexicon.lemma(t.text, t.lemma_.lower()) in lexicon.triggers:
            return True
    return False


MODIFYING_CLAUSES = frozenset({"acl", "acl:relcl", "appos", "parataxis"})


def _described_within(actor: Span, noun: Token) -> bool:
    """Whether an actor stands in a clause or apposition describing ``noun`` ("the militia, backed by the
    United States, ...", "the brigade, which Iran funds, ...", "the group, an ally of Iran, ..."): it is said
    of the noun, and is not the noun's own actor."""
    t = actor.root
    while t.head.i != t.i and t.i != noun.i:
        if t.dep_ in MODIFYING_CLAUSES:
            return t.head.i == noun.i or noun.is_ancestor(t)
        t = t.head
    return False


def _attributed(span: Span) -> bool:
    """An actor after "according to": whom the sentence is attributed to."""
    return any(c.dep_ in ("case", "mark") and c.lower_ == "according" for c in span.root.children)


def _title_before(person: Span) -> set[int]:
    """The words of a title right before a person's name ("Hezbollah leader", "the Russian opposition
    politician"): nouns, names and adjectives back to the first other word."""
    found: set[int] = set()
    i = person.start - 1
    while i >= 0 and person.doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and person.doc[i].text not in (",", "'s"):
        found.add(i)
        i -= 1
    return found


def agreeing_with_parse(doc: Doc, fallback: list[EventSpan], lexicon: Lexicon) -> list[EventSpan]:
    """The window-fallback events that do not contradict the parse.

    Never another subject than the one the parse found, never a co-subject as object ("A and B supported
    X"), never the agent of another verb ("protect those persecuted by terrorists"), never a modifier of
    the object the parse found ("met the Iraqi Foreign Minister": not Iraq), and nothing for a verb whose
    subject the parse names but is no actor we know ("proud that the coalition supported X"), unless the
    actor stands between that noun and the verb ("months after Russia invaded Ukraine").
    """
    if not fallback:
        return []
    index = actor_index(doc)
    deps = doc.to_array(DEP)
    agent = doc.vocab.strings.add("obl:agent")
    agents = {a.start for i in numpy.flatnonzero(deps == agent) for a in actors_at(doc[int(i)], index)}
    parsed_args: dict[int, tuple[set[int], set[int], set[str]]] = {}
    groups: dict[int, set[int]] = {}
    titles: dict[int, set[int]] = {}
    patients_of: dict[int, set[int]] = {}
    kept: list[EventSpan] = []
    for e in fallback:
        trigger_lemma = doc[e.trigger].lemma_.lower()
        own_verb = trigger_lemma not in LIGHT_VERBS  # not "hold talks": a light verb's noun
        if (
            own_verb
            and e.predicate in TARGET_WORDS
            and not any(
                t.lower_ in TARGET_WORDS[e.predicate] for t in doc[e.trigger + 1 : max(e.trigger + 1, e.object.start)]
            )
        ):
            continue  # "spoke at the UK-France summit": who is addressed follows "to" or "with"
        if e.trigger not in parsed_args:
            subjects, objects, _ = arguments(doc[e.trigger], index)
            inside = {t for a in objects for t in range(a.start, a.end)}
            inside |= {a.root.head.i for a in objects if a.root.dep_ == "appos"}  # the title of a named person
            parsed_args[e.trigger] = ({a.start for a in subjects}, inside, {a.kb_id_ for a in objects})
            groups[e.trigger] = {a.root.head.i for a in objects if a.root.dep_ == "nmod"}
            titles[e.trigger] = {i for a in objects if a.label_ == "PERSON" for i in _title_before(a)}
            judging = e.root is not None and e.root.quad_class in (1, 3) and trigger_lemma not in LIGHT_VERBS
            patients_of[e.trigger] = act_patients(doc[e.trigger], index, lexicon) if judging else set()
        parsed, inside_objects, object_actors = parsed_args[e.trigger]
        if e.root is not None and e.root.code in SYMMETRIC_ROOTS and e.object.start in parsed:
            if folded_into(doc, e.subject, e.object, index):
                kept.append(e)  # "A's President X and B's President Y met", parsed with X inside Y's phrase
                continue
        if e.object.root.i in patients_of[e.trigger]:
            continue  # "France condemned the strike on Kyiv": whom the act was done to is not condemned
        if e.object.start in titles[e.trigger]:
            continue  # "killed Hezbollah leader Hassan Nasrallah": the person, not the body in the title
        if e.object.root.i in groups[e.trigger]:
            continue  # "thanked allies including Germany": the parse names the members, not the group again
        if e.object.start not in inside_objects and (
            e.object.kb_id_ in object_actors or e.object.root.head.i in inside_objects
        ):
            continue  # "met the Iraqi Foreign Minister, X": X once (not its title again), and not Iraq
        if parsed and e.subject.start not in parsed:
            continue
        named = None if parsed else named_subject(doc[e.trigger])
        if named is not None and (named.pos_ == "PRON" or e.subject.end <= named.i):
            continue  # an actor that is, or stands after, a named noun subject may stand (a misparse)
        trigger = doc[e.trigger]
        if trigger.dep_ == "conj" and any(e.subject.start == a.start for a in patients(trigger.head, index)):
            continue  # "visited Yerevan and criticised X": what the first verb acts on does not do the second
        if named is not None and (e.subject.start in agents or _described_within(e.subject, named)):
            continue  # "the militia, backed by the US, attacked X": the militia attacks, whoever backs it
        if e.object.start in parsed or _misread(e, index) or _of_another_event(e, lexicon):
            continue
        if _of_another_verb(e, lexicon):
            continue
        if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in doc[e.trigger].children):
            passive = _passive_read(e, index)  # the window reads left to right; a passive does not
            if passive is not None:
                kept.append(passive)
            continue
        if e.object.start in agents or _attributed(e.object):
            continue  # "..., according to Kyiv": the source of the report, not a target
        if e.root is not None and e.root.code in FROM_ORIGIN and has_case(e.object.root, {"from"}):
            continue  # "fired rockets from Lebanon at Israel": where the force came from
        if (
            has_case(e.object.root, {"in"})
            and e.object.root.head.i == e.trigger
            and not any(c.dep_ == "obj" for c in trigger.children)
        ):
            continue  # "clashed in the Galwan Valley": where an act with no object took place
        if in_circumstance(e.object, doc[e.trigger]):
            continue  # "met in Beijing before the opening of the Olympics": when, not whom
        kept.append(e)
    return kept


# roots whose "from X" is where the act came from, never whom it is done to
FROM_ORIGIN = frozenset({"15", "18", "19", "20"})
# prepositions and conjunctions of adjuncts that say when or amid what an act happened, never whom it is done to
CIRCUMSTANCE = frozenset({"before", "after", "during", "ahead", "following", "until", "since", "amid", "despite"})


def in_circumstance(span: Span, trigger: Token) -> bool:
    """Whether ``span`` lies inside an adjunct of ``trigger`` that gives the act's time or circumstances
    ("before the opening of X", "amid tensions with Y", "after talks with Z")."""
    t = span.root
    for _ in range(12):
        if t.i == trigger.i or t.head.i == t.i:
            return False
        if t.dep_ in ("obl", "advcl", "nmod", "obl:tmod") and any(
            c.dep_ in ("case", "mark") and c.lower_ in CIRCUMSTANCE for c in t.children
        ):
            return t.head.i == trigger.i or _governed_by(t.head, trigger)
        t = t.head
    return False


def _governed_by(token: Token, trigger: Token) -> bool:
    return any(a.i == trigger.i for a in token.ancestors)


TITLE_GLUE = frozenset({"of", "the", "-", "for"})


def _holder(span: Span, by_start: dict[int, Span]) -> Span:
    """The person a nationality or country stands before, with an office between ("Tanzanian President Samia
    Suluhu Hassan", "Syria's interim President Ahmed al-Sharaa", "US Secretary of State Antony Blinken", "his
    Chinese counterpart, Wang Yi") or a possessive alone ("Britain's Keir Starmer"): that person is the
    argument, not the country."""
    if span.label_ not in ("NORP", "GPE"):
        return span
    doc, i, office = span.doc, span.end, False
    if span.label_ == "GPE" and i < len(doc) and doc[i].text in ("'s", "’s"):
        i += 1  # "Russia's President Vladimir Putin"
        person = by_start.get(i)
        if person is not None and person.label_ == "PERSON":
            return person  # "Britain's Keir Starmer": the country presents its person, who acts
    while i < len(doc) and (
        doc[i].lower_ in TITLE_WORDS or doc[i].lower_ in TENURE or (office and doc[i].lower_ in TITLE_GLUE)
    ):
        office = office or doc[i].lower_ in TITLE_WORDS
        i += 1
    if office and i < len(doc) and doc[i].text == ",":
        i += 1  # "his Chinese counterpart, Wang Yi": the name in apposition
    person = by_start.get(i)
    return person if office and person is not None and person.label_ == "PERSON" else span


def named_holders(doc: Doc, events: list[EventSpan], *, by_start: dict[int, Span] | None = None) -> list[EventSpan]:
    """Events whose actor or target is a nationality before an office and a name, given to the named person;
    the standing relation (the person's office for the country) is :mod:`ingest.relations`'s. ``by_start``:
    the Doc's actor spans by first token, when the caller has them (built here otherwise)."""
    if by_start is None:
        by_start = {s.start: s for s in doc.spans.get(ACTOR_SPANS, [])}
    out, seen = [], set()
    for e in events:
        if e.root is not None:
            subject, target = _holder(e.subject, by_start), _holder(e.object, by_start)
            if subject is not e.subject or target is not e.object:
                if subject.kb_id_ == target.kb_id_:
                    continue
                e = dataclasses.replace(e, subject=subject, object=target)
        key = (e.subject.start, e.object.start, e.trigger, e.predicate)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
