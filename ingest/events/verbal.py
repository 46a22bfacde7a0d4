"""Events between linked actors, read off Universal Dependencies parses.

Verbal events (subject-verb-object, obliques, passives, control and raising chains,
conjunctions, reported speech) and territorial control ("Daesh took Mosul": in charge of it).
Nominal events ("Iran's supply of drones to Russia") are in :mod:`ingest.nominal`. The fallbacks without a parse are in
:mod:`ingest.surface`, standing relations in :mod:`ingest.relations`, and :func:`ingest.coding.find_events`
puts them together. Pure functions over a Doc: the component in :mod:`ingest.components` sets the
annotations.
"""

from __future__ import annotations

from spacy.symbols import ADJ
from spacy.tokens import Doc, Span, Token

from ..actors.agents import INTERNATIONAL
from ..lexicon import LEADERSHIP_VERBS, MEMBERSHIP_VERBS, Lexicon
from ..records import CameoRoot
from .arguments import (
    PLACE_LABELS,
    TARGET_CASES,
    VERBS,
    act_agents,
    act_patients,
    actor_index,
    actors_at,
    arguments,
    compound_modifiers,
    dependents,
    groups_joined,
    has_case,
    included,
    patients,
    tagged,
)
from .coordination import folded_subjects
from .polarity import polarity
from .roles import places, speaker
from .standing import TITLE_WORDS
from .summary import summarised_agents
from .types import EventSpan, Modality, PredicateKind, Standing

__all__ = [
    "CONTEST_VERBS",
    "LIGHT_VERBS",
    "NAMING",
    "PARTITIVES",
    "RECEIVING",
    "SYMMETRIC_ROOTS",
    "TARGET_WORDS",
    "contest",
    "find_dependency_events",
    "no_contact",
    "predicate_kind",
    "predicates",
]

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
# "held a round of talks", "launched a wave of strikes": the event noun stands where the partitive stands
PARTITIVES = frozenset({"round", "series", "wave", "spate", "string", "flurry", "number", "set", "couple"})
FORCE_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence: conjoined subjects are allies
SYMMETRIC_ROOTS = frozenset({"04", "05", "06", "19"})
# verbs whose plural or conjoined subject acts with itself: Levin's (1993) verbs of social interaction (36.1
# "correspond", 36.3 "meet") and of conversation (37.5-37.6), as far as CAMEO codes them; any other verb's
# conjoined subjects each act alone ("A and B welcomed the deal")
SOCIAL_INTERACTION = frozenset(
    {
        "meet", "talk", "consult", "confer", "negotiate", "discuss", "debate", "converse", "chat", "speak",
        "agree", "concur", "cooperate", "collaborate", "coordinate", "ally", "reconcile", "normalise", "normalize",
        "trade", "correspond", "communicate", "bargain", "haggle", "quarrel", "clash", "fight", "battle",
        "skirmish", "feud", "spar", "duel", "wrangle", "squabble", "compete", "coexist", "unite", "merge",
        "partner", "sign", "exchange", "swap", "settle", "reunite", "embrace", "hug", "rendezvous",
    }
)  # fmt: skip
# verbs whose theme passes both ways between their conjoined subjects ("exchanged prisoners", "traded fire")
EXCHANGING = frozenset({"exchange", "swap", "trade"})
# force is mutual only where the verb names a fight between sides ("A and B clashed", "A and B exchanged fire";
# "A and B attacked" is not)
RECIPROCAL_FORCE = frozenset(
    {"fight", "clash", "battle", "skirmish", "feud", "war", "spar", "duel", "exchange", "trade"}
)  # "A and B met / fought": an event between them
# verbs whose target is only who is named after these words: spoken to or with, worked or stood with
TARGET_WORDS = {
    "speak": frozenset({"to", "with"}),
    "talk": frozenset({"to", "with"}),
    "work": frozenset({"with", "alongside"}),
    "stand": frozenset({"with", "by", "alongside", "behind"}),  # "stands shoulder to shoulder with Iraq"
}
CONTROL_VERBS = frozenset({"control", "hold", "capture", "seize", "take", "overrun", "occupy", "retake", "conquer"})
# a facility the tagger may call an organisation ("the Kakhovka dam was seized by ...") is a place to hold
FACILITY_NOUNS = frozenset(
    {"airport", "airbase", "base", "barrage", "dam", "bridge", "port", "refinery", "barracks", "crossing", "plant"}
)


# verbs whose subject is the recipient and whose "from" names the giver ("received aid from X")
RECEIVING = frozenset({"receive", "get", "obtain", "acquire", "accept", "secure", "win"})
# where things hit by force lie: "shelled positions in X", "struck sites inside X", not "near X" (a border)
STRUCK_IN = frozenset({"in", "inside", "across", "throughout"})
AIMED_AT = frozenset({"at", "on", "against", "toward", "towards", "into"})  # where force is aimed


def struck_in(verb: Token, index: dict[int, Span]) -> list[Span]:
    """The place a force verb's inanimate object lies in, as its target: "struck targets in Lebanon", "shelled
    positions across Gaza", "fired missiles at cities across Ukraine"; and a state force is aimed at ("fired
    rockets towards Israel"). The parse may hang "in X" on the verb or on the object noun; either way the attack
    hits X. Only where the object names no actor: "struck Hezbollah in Lebanon" keeps Hezbollah alone."""
    found, aimed = [], []
    for child in verb.children:
        if child.dep_ == "obj":
            found += [g for g in child.children if g.dep_ == "nmod"]
        elif child.dep_ == "obl":
            found.append(child)
            if has_case(child, AIMED_AT):
                aimed.append(child)  # "fired missiles towards Israel": where the force is aimed
                if child.i not in index:  # "fired missiles at cities across Ukraine": where the targets lie
                    found += [g for g in child.children if g.dep_ == "nmod"]
    hit = [a for c in found if has_case(c, STRUCK_IN) for a in actors_at(c, index) if _place(a) or a.label_ == "GPE"]
    return hit + [a for c in aimed for a in actors_at(c, index) if (_place(a) or a.label_ == "GPE") and a not in hit]


def _mere_place(span: Span) -> bool:
    """A place that is no political actor: a city, region or site (a country is both, and stays an actor)."""
    return span.label_ in ("LOC", "FAC") or span.kb_id_.startswith("place-")


def _addressed_name(span: Span) -> bool:
    """An unknown name tagged as a place standing as a verb's direct object."""
    return (
        span.kb_id_.startswith("ent-") and span.label_ == "LOC" and span.root.dep_ in ("obj", "iobj") and len(span) <= 3
    )


def _place(span: Span) -> bool:
    return span.label_ in PLACE_LABELS or (span.label_ == "ORG" and span.root.lower_ in FACILITY_NOUNS)


def _first_conjunct(token: Token) -> Token:
    """The first of a run of conjuncts ("between A and B": A), which carries their preposition."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def predicate_kind(token: Token) -> PredicateKind:
    """A verb's kind: a finite or infinitive verb, a participle ("drones supplied by Iran"), or a compound
    adjective ("the Iran-backed militia")."""
    if token.dep_ == "amod" and token.i >= 2 and token.nbor(-1).text in ("-", "–"):
        return PredicateKind.COMPOUND_ADJECTIVE
    if token.dep_ in ("acl", "amod") and token.tag_ in ("VBN", "VBG", ""):
        return PredicateKind.PARTICIPLE
    return PredicateKind.VERB


def find_dependency_events(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
    index = actor_index(doc)
    events: list[EventSpan] = []
    allied: set[tuple[int, str, str]] = set()
    for span in {s.start: s for s in index.values()}.values():  # "Norway, as part of the alliance, ..."
        events += [
            EventSpan(span, o, span.root.i, Standing.MEMBER_OF, None, None, False, Modality.ASSERTED)
            for o in groups_joined(span.root, index)
            if o.kb_id_ != span.kb_id_
        ]
        events += [
            EventSpan(m, span, span.root.i, Standing.MEMBER_OF, None, None, False, Modality.ASSERTED)
            for m in included(span, index)
        ]
        events += [
            EventSpan(span, o, span.root.i, Standing.MEMBER_OF, None, None, False, Modality.ASSERTED)
            for o in _one_of(span.root, index)
            if o.kb_id_ != span.kb_id_
        ]
    for token in predicates(doc, lexicon):
        lemma = lexicon.lemma(token.text, token.lemma_.lower(), lexicon.triggers)
        negated, modality = polarity(token, lexicon)
        part_of = groups_joined(token, index)
        if part_of:
            subjects = arguments(token, index)[0]
            for s in subjects:
                for o in part_of:
                    if s.kb_id_ != o.kb_id_:
                        events.append(EventSpan(s, o, token.i, Standing.MEMBER_OF, None, None, negated, modality))
        root = lexicon.verb_root(lemma, token)
        statement = (lexicon.verb_codes.get(lemma) or "").startswith("01")  # say, reiterate, express ...
        if (lemma in LIGHT_VERBS or statement) and _event_object(token, lexicon):
            continue  # "held talks", "reiterated its support": the noun is the event (ingest.nominal codes it)
        if (
            root is None
            and lemma == "fire"
            and any(dep == "obl" and has_case(c, {"at", "on", "upon"}) for c, dep in dependents(token))
        ):
            root = lexicon.roots["19"]  # "fired rockets at Israel", not "fired his adviser"
        left = _organisations_left(token, index) if lemma in DEPARTURES else []
        if left:
            root = lexicon.roots["16"]  # "left ECOWAS", "withdrew from the ICC": relations reduced (CAMEO 160/161)
        elif no_contact(token, lemma, root):
            continue
        member = lemma in MEMBERSHIP_VERBS
        if member and _event_object(token, lexicon):
            continue  # "joined the SCO summit": taking part in a meeting (ingest.nominal), not membership
        leads = lemma in LEADERSHIP_VERBS
        if member or leads:
            root = None  # standing relations, not CAMEO events ("joined NATO", "led the coalition")
        if root is None and not member and not leads and lemma not in CONTROL_VERBS:
            continue
        cooperative = root is not None and root.quad_class in (1, 2)
        force = root is not None and root.code in ("15", "18", "19", "20")
        subjects, objects, theme = arguments(token, index, cooperative=cooperative, force=force)
        objects = objects or left
        if not objects and root is not None and root.code == "14":  # "protested outside the Russian embassy"
            objects = [
                a
                for c, dep in dependents(token)
                if dep == "obl" and has_case(c, PROTESTED_AT)
                for a in actors_at(c, index)
            ]
        if root is not None and root.quad_class in (1, 3) and lemma not in LIGHT_VERBS:
            patients_of = act_patients(token, index, lexicon)  # "condemned the attack on Ukraine": not Ukraine
            objects = [o for o in objects if o.root.i not in patients_of]
        acts = [c for c in token.children if c.dep_ == "nsubj" and _event_noun(c, index, lexicon)]
        if acts:  # "Iran's supply of drones worried Kyiv": an event, not Iran, did the worrying; but force
            # done by force is its owner's ("Israeli strikes hit Gaza": Israel struck Gaza)
            subjects = _force_owners(acts[0], index, lexicon) if root is not None and root.code in FORCE_ROOTS else []
        if not subjects and force:  # "rockets fired by Hamas struck Ashkelon": who fired them struck
            subjects = _firers(token, index)
        if not objects and root is not None and root.quad_class in (1, 3):
            # "supported the re-taking by Iraqi forces", "condemned Russia's decision": whose act; not what is
            # discussed or said ("discussed Iran's programme" consults nobody in Iran)
            objects = act_agents(token, index, owners=root.code not in ("01", "04"))
            objects = objects or summarised_agents(token, index)  # "X annexed Y, a move Z condemned": X
        if lemma in TARGET_WORDS:  # "spoke to Putin", "worked with its allies"; not "spoke on Ukraine"
            objects = [
                a
                for c, dep in dependents(token)
                if dep == "obl" and has_case(c, TARGET_WORDS[lemma])
                for a in actors_at(c, index)
            ]
        # "joined the German Chancellor for talks": joining a person is meeting them, not membership
        companions = [o for o in objects if o.label_ == "PERSON" or o.root.lower_ in TITLE_WORDS] if member else []
        if companions:  # "joined the German Chancellor and European partners": groups are met too
            companions += [o for o in objects if o.label_ == "NORP" and o not in companions]
        if member or leads:
            objects = [  # nobody becomes a member of "its allies" by joining them in an act
                o
                for o in objects
                if o.label_ in ("ORG", "GPE", "NORP") and o not in companions and o.kb_id_ != INTERNATIONAL
            ]
        if member:  # one joins a body named as the object, not a place or what another owns ("entered Taiwan's
            # air defence zone", "entered Ukraine")
            objects = [o for o in objects if o.root.dep_ != "nmod:poss"]
            objects = [o for o in objects if not (lemma == "enter" and o.label_ in ("GPE", "LOC"))]
        if leads:  # what is led is the verb's object: "ruled against Russia", "led the fight against X" lead no X
            objects = [o for o in objects if not has_case(_first_conjunct(o.root), TARGET_CASES)]
        if not objects and len(subjects) == 1 and root is not None and root.code in SYMMETRIC_ROOTS:
            subjects = folded_subjects(subjects[0], index) + subjects  # "A's President X and B's President Y met"
        if (
            not objects
            and len(subjects) >= 2
            and root is not None
            and root.code in SYMMETRIC_ROOTS
            and (root.code != "19" or lemma in RECIPROCAL_FORCE)
            and (theme is None or root.code == "04" or _joint_act(theme, lexicon) or lemma in EXCHANGING)
            and lemma in SOCIAL_INTERACTION
        ):  # "A and B met / discussed X / signed a deal": between them; not "A and B supported the re-taking of X",
            # nor "A and B welcomed it" (each welcomed it: a verb of social interaction, or a joint act, is mutual)
            subjects, objects = subjects[:1], subjects[1:]
        theme_span = doc[theme.left_edge.i : theme.i + 1] if theme is not None else None
        events += [
            EventSpan(s, o, token.i, lemma, lexicon.roots["04"], theme_span, negated, modality)
            for s in subjects
            for o in companions
            if s.kb_id_ != o.kb_id_
        ]
        predicate = Standing.MEMBER_OF if member else Standing.LEADER_OF if leads else lemma
        if lemma in CONTROL_VERBS:  # "Daesh took Mosul": in charge of the place as well
            events += [
                EventSpan(s, o, token.i, Standing.LEADER_OF, None, None, negated, modality)
                for s in subjects
                if s.label_ != "PERSON"
                for o in patients(token, index)
                if _place(o) and s.kb_id_ != o.kb_id_
            ]
        if root is None and not member and not leads:
            continue  # a control verb with no CAMEO code of its own ("controls Mosul")
        if lemma in RECEIVING:  # "Syria received weapons from Russia": Russia gave, Syria got
            givers = [
                a for c, dep in dependents(token) if dep == "obl" and has_case(c, {"from"}) for a in actors_at(c, index)
            ]
            if givers and subjects:
                subjects, objects = givers, [s for s in subjects if s.kb_id_ not in {g.kb_id_ for g in givers}]
        if not objects and root is not None and root.code in ("19", "20") and theme is not None:
            # "struck targets in Lebanon": the country the things hit are in; an assault (18) hurts people, whose
            # place is only where it happened ("killed villagers in X")
            objects = struck_in(token, index)
        if root is not None and root.quad_class in (1, 3):
            # words are addressed to actors, never to places; an unknown name the tagger called a place, as the
            # direct object of such a verb, is someone addressed ("congratulated Noboa")
            objects = [o for o in objects if not _mere_place(o) or _addressed_name(o)]
        kind = predicate_kind(token)
        said_by = speaker(token, index, lexicon)
        if said_by is not None and modality is Modality.ASSERTED:
            modality = Modality.REPORTED  # "..., according to Seoul": attributed, not asserted by the text
        where = places(token, index, through=tuple(c for c in token.children if c.dep_ == "obj"))
        for s in subjects:
            for o in objects:
                if s.kb_id_ != o.kb_id_ and not contest(lemma, root, s, o):
                    at = next((p for p in where if p.start not in (s.start, o.start)), None)
                    events.append(
                        EventSpan(s, o, token.i, predicate, root, theme_span, negated, modality, kind, at, said_by)
                    )
        if root is not None and root.code in FORCE_ROOTS and objects:
            for ev in _co_belligerents(subjects, objects, token.i, lexicon, negated, modality):
                pair = (token.sent.start, ev.subject.kb_id_, ev.object.kb_id_)
                if pair not in allied:  # "to degrade and defeat ISIL": allies once per sentence
                    allied.add(pair)
                    events.append(ev)
    return events


# verbs of winning over someone: between two people it is a contest (an election, a vote, a match), not force;
# armies, states and groups defeat each other by force ("Macron defeated Le Pen" is no attack)
CONTEST_VERBS = frozenset({"defeat", "beat", "oust", "unseat", "trounce"})


def contest(lemma: str, root: CameoRoot | None, subject: Span, obj: Span) -> bool:
    """Whether an event of force is a contest between two people: no event."""
    return (
        lemma in CONTEST_VERBS
        and root is not None
        and root.code in FORCE_ROOTS
        and subject.label_ == "PERSON"
        and obj.label_ == "PERSON"
    )


_ADJECTIVES = frozenset({ADJ})
PREPOSITIONAL = frozenset({"case", "mark", "fixed"})  # a verb form that works as a preposition


def _event_noun(token: Token, index: dict[int, Span], lexicon: Lexicon) -> bool:
    return token.i not in index and token.pos_ == "NOUN" and lexicon.event_noun(token.text) is not None


# verbs that give their object a name or a class ("called X Y", "considers X part of Y", "described X as Y")
NAMING = frozenset(
    {"call", "consider", "deem", "name", "term", "dub", "label", "brand", "describe", "regard", "declare", "see"}
)


def _names_as(verb: Token) -> bool:
    """Whether a verb has a predicate for its object: a small clause ("called the operation Sindoor", "considers
    X part of its territory"), two objects, or an "as" phrase ("described X as a threat")."""
    children = list(verb.children)
    if sum(c.dep_ == "obj" for c in children) >= 2:
        return True
    if any(c.dep_ == "xcomp" and c.pos_ in ("NOUN", "ADJ", "PROPN") for c in children):
        return any(c.dep_ in ("obj", "nsubj:pass") for c in children) or verb.dep_ == "acl:relcl"
    holders = [verb, *(c for c in children if c.dep_ == "obj")]
    return any(
        c.dep_ in ("obl", "nmod", "advcl") and any(g.dep_ in ("case", "mark") and g.lower_ == "as" for g in c.children)
        for h in holders
        for c in h.children
    )


def no_contact(token: Token, lemma: str, root: CameoRoot | None) -> bool:
    """Whether a verb coded as a statement or a consultation (01, 04) makes no contact with anyone: leaving a
    place ("left Iran", "left for Togo": the dictionary's block default, 04), or naming something ("called the
    operation X", "considers Somaliland part of its territory": no call, no consultation; blame or praise in
    the name is read by :mod:`ingest.events.evaluation`)."""
    if root is None or root.code not in ("01", "04"):
        return False
    return lemma in DEPARTURES or (lemma in NAMING and _names_as(token))


# leaving an organisation reduces relations with it: the CAMEO dictionary codes "withdraw from coalition",
# "withdraw from treaty" (161) and "pull out of coalition", "quit party" (160); a named organisation is coded the same
DEPARTURES = frozenset({"leave", "quit", "exit", "withdraw", "pull"})


def _organisations_left(verb: Token, index: dict[int, Span]) -> list[Span]:
    """The organisations a verb of departure leaves ("left ECOWAS", "withdrew from the ICC", "pulled out of
    NATO"); none when what is left is a place ("withdrew from Kherson", "left Kyiv")."""
    left = [
        a
        for c, dep in dependents(verb)
        if dep == "obj" or (dep == "obl" and has_case(c, {"from", "of"}))
        for a in actors_at(c, index)
    ]
    return left if left and all(a.label_ == "ORG" for a in left) else []


def _force_owners(noun: Token, index: dict[int, Span], lexicon: Lexicon) -> list[Span]:
    """Who owns an act of force named by a noun ("Israeli strikes", "Russia's shelling", "the Russian missile
    attacks": the nationality before a compound modifies the whole noun); none for other acts."""
    root = lexicon.event_noun(noun.text)
    if root is None or root.code not in FORCE_ROOTS:
        return []
    owners = [*noun.children, *compound_modifiers(noun, index)]
    found = {
        index[c.i].start: index[c.i] for c in owners if c.i in index and c.dep_ in ("amod", "nmod:poss", "compound")
    }
    return [s for s in found.values() if not _place(s)]


# where a protest is aimed at whoever holds the building: "demonstrated outside the US embassy" (the United States)
PROTESTED_AT = frozenset({"outside", "front", "at"})
# verbs by which an actor sets a weapon off: what the weapon then hits, its firer hits ("shells fired by the army
# hit the market"); not who made, supplied or trained it ("drones supplied by Iran struck Kyiv": Russia struck)
FIRING = frozenset({"fire", "launch", "drop", "shoot", "detonate", "plant", "lob"})


def _firers(verb: Token, index: dict[int, Span]) -> list[Span]:
    """The agents of a participle of :data:`FIRING` on the verb's subject or passive agent, when it names no
    actor."""
    found: list[Span] = []
    weapons = [c for c in verb.children if c.i not in index and c.pos_ == "NOUN"]
    weapons = [c for c in weapons if c.dep_ in ("nsubj", "obl:agent") or (c.dep_ == "obl" and has_case(c, {"by"}))]
    for subject in weapons:  # "rockets fired by X struck ...", "... were killed by a drone launched by X"
        for part in (c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in FIRING):
            found += [
                a
                for c in part.children
                if c.dep_ == "obl:agent" or (c.dep_ == "obl" and has_case(c, {"by"}))
                for a in actors_at(c, index)
            ]
    return found


def _event_object(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's object is an event noun of the lexicon, itself or after a partitive ("a round of")."""
    for obj in (c for c in verb.children if c.dep_ == "obj"):
        nouns = [obj, *(g for g in obj.children if g.dep_ == "nmod" and obj.lemma_.lower() in PARTITIVES)]
        if any(lexicon.event_noun(n.text) is not None for n in nouns):
            return True
    return False


def _joint_act(theme: Token, lexicon: Lexicon) -> bool:
    """A theme that two parties make together ("signed a trade deal", "agreed a ceasefire"): an event noun
    of cooperation (roots 03-06) in the lexicon."""
    root = lexicon.event_noun(theme.text)
    return root is not None and root.code in ("03", "04", "05", "06")


def predicates(doc: Doc, lexicon: Lexicon) -> list[Token]:
    """Verbs, and a clause's predicate the tagger called an adjective although it is a trigger verb's form
    with a subject ("Armenia and Azerbaijan clashed": ``clashed`` tagged ADJ)."""
    out = [t for t in tagged(doc, VERBS) if t.dep_ not in PREPOSITIONAL]  # not "according to", "given"
    for token in tagged(doc, _ADJECTIVES):
        if (
            token.dep_ in ("ROOT", "conj", "ccomp")
            and token.lower_.endswith("ed")
            and any(c.dep_ == "nsubj" for c in token.children)
            and not any(c.dep_ == "cop" for c in token.children)
            and lexicon.lemma(token.text, "", lexicon.triggers) in lexicon.triggers
        ):
            out.append(token)
    return sorted(out, key=lambda t: t.i)


PARTITIVE_NOUNS = frozenset({"one", "member", "members", "part"})


def _one_of(subject: Token, index: dict[int, Span]) -> list[Span]:
    """Groups a subject is said to be one of: "Japan is one of our closest allies", "X is a member
    of NATO", "X was announced as one of the groups of the Council". Groups only: "Mosul is one of the
    cities of Iraq" is geography."""
    if subject.dep_ not in ("nsubj", "nsubj:pass"):
        return []
    head = subject.head
    said: list[Token] = []
    if head.lower_ in PARTITIVE_NOUNS and any(c.dep_ == "cop" for c in head.children):
        if not (head.lower_ in TITLE_WORDS and index[subject.i].label_ == "PERSON"):
            said.append(head)  # "Melvin is a member of RUSI" is a title: :mod:`ingest.relations`'s
    elif head.pos_ == "VERB":
        # "as part of / as a member of" a verb is :func:`groups_joined`'s
        said += [c for c in head.children if c.dep_ == "obl" and c.lower_ == "one" and has_case(c, {"as"})]
    return [
        a
        for noun in said
        for c in noun.children
        if c.dep_ == "nmod" and has_case(c, {"of"})
        for a in actors_at(c, index)
        if a.label_ in ("ORG", "NORP")
    ]


def _co_belligerents(
    subjects: list[Span], objects: list[Span], trigger: int, lexicon: Lexicon, negated: bool, modality: str
) -> list[EventSpan]:
    """Conjoined subjects of one act of force cooperate militarily (CAMEO 06), one event per pair.

    "The UK, the Global Coalition and Iraq are committed to defeating ISIL": three pairs of allies.
    """
    targets = {o.kb_id_ for o in objects}
    allies = [s for s in subjects if s.kb_id_ not in targets]
    return [
        EventSpan(a, b, trigger, "cooperate", lexicon.roots["06"], None, negated, modality)
        for i, a in enumerate(allies)
        for b in allies[i + 1 :]
        if a.kb_id_ != b.kb_id_
    ]
