"""Nominal events: "Iran's supply of drones to Russia", "talks between Trump and Putin",
"its backing of the Government of Chile", and light verbs ("imposed sanctions on Russia")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from .arguments import NOUNS, TARGET_CASES, actor_index, actors_at, arguments, compound_modifiers, has_case, tagged
from .polarity import DENYING_HEADS, HYPOTHETICAL_HEADS, polarity
from .roles import is_temporal, places
from .types import EventSpan, Modality, PredicateKind
from .verbal import LIGHT_VERBS, PARTITIVES, RECEIVING, STRUCK_IN, SYMMETRIC_ROOTS

__all__ = ["find_nominal_events", "noun_arguments", "unrealised"]


NOUN_SUBJECT_DEPS = frozenset({"nmod:poss", "amod", "compound"})
# acts addressed to someone, which come "from" their subject: appeals and requests (02), offers and pledges
# (03), aid (07), demands (10) and threats (13); not "a withdrawal from X" or "expulsion from X"
ADDRESSED_ROOTS = frozenset({"02", "03", "07", "10", "13"})
# of the intents (03), only offers and promises are made to someone; a decision, plan or vote is not addressed
# ("Moscow called the German decision dangerous": Germany decided nothing towards Moscow)
ADDRESSED_INTENTS = frozenset({"offer", "pledge", "pledging", "promise", "assurance", "guarantee"})
MEANS_CASES = frozenset({"with", "through", "via"})  # the means a clause's subject acts by
# what is agreed to or on: "agreed to a ceasefire", "agreed on a deal" (the clause's subject makes it)
AGREED_CASES = frozenset({"to", "on", "upon"})
# nouns that take two sides by their meaning: conjoined subjects make them with each other ("A and B signed a
# ceasefire", "A and B agreed to a truce", "A and B held talks")
MUTUAL_NOUNS = frozenset(
    {
        "ceasefire",
        "truce",
        "armistice",
        "agreement",
        "deal",
        "accord",
        "treaty",
        "pact",
        "talks",
        "negotiation",
        "negotiations",
        "summit",
        "dialogue",
        "exchange",
        "swap",
        "meeting",
        "cooperation",
        "partnership",
        "alliance",
        "relations",
        "ties",
        "clashes",
        "clash",
        "fighting",
        "war",
        "conflict",
        "hostilities",
        "trade",
    }
)
# verbs by which their subjects make a joint act their object names ("signed a truce", "reached a deal")
MAKING = LIGHT_VERBS | frozenset(
    {"sign", "reach", "conclude", "strike", "agree", "seal", "ink", "forge", "finalise", "finalize", "renew",
     "negotiate", "hold", "declare", "resume", "restore", "establish", "fight", "wage", "broker"}
)  # fmt: skip
# acts of consultation or cooperation one side does to another: "A and B's visit", "provided aid"
DIRECTED_NOUNS = frozenset({"visit", "trip", "call", "invitation", "aid", "support", "assistance", "help"})
# "held a round of talks with Iran", "launched a wave of strikes on Kyiv": the event noun stands where the
# partitive noun stands


def _standing(noun: Token) -> Token:
    """The token whose place in the clause the event noun takes: itself, the partitive noun it hangs off, or
    the first of the nouns it is conjoined with ("carried out air and missile strikes": the parse makes "air"
    the object and "strikes" its conjunct; "imposed sanctions and tariffs on X")."""
    head = noun.head
    if noun.dep_ == "nmod" and head.lemma_.lower() in PARTITIVES and has_case(noun, {"of"}):
        return head
    if noun.dep_ == "conj" and head.pos_ == "NOUN" and head.i < noun.i and head.dep_ in ("obj", "obl", "nsubj:pass"):
        return head
    return noun


def noun_arguments(
    noun: Token,
    index: dict[int, Span],
    *,
    cooperative: bool = False,
    addressed: bool = False,
    verb_makes: bool = True,
) -> tuple[list[Span], list[Span]]:
    """Subjects and targets of a nominal event, from its own modifiers or a light verb's arguments. For
    ``cooperative`` nouns "against X" names the adversary ("its support of Iraq ... against ISIL"). An
    ``addressed`` noun (a request, offer, demand, threat, aid) comes "from" its subject and is addressed to
    whoever answers it: "Germany rejected a demand from Poland", "Egypt acted on a request from Sudan". Unless
    ``verb_makes``, the verb governing the noun judges the act and does not do it ("France condemned the strike
    on Kyiv"): its subject is not the act's."""
    subjects: list[Span] = []
    objects: list[Span] = []
    target_cases = TARGET_CASES - {"against"} if cooperative else TARGET_CASES
    if addressed:
        target_cases = target_cases - {"from"}  # "from" names who makes the demand or gives the aid
    # "the agreement reached between X and Y": the parties may hang off the participle or the verb
    reached = [c for c in noun.children if c.dep_ == "acl"] + ([noun.head] if noun.dep_ == "nsubj" else [])
    between = [c for v in reached for c in v.children if c.dep_ == "obl" and has_case(c, {"between", "among"})]
    for child in [*noun.children, *compound_modifiers(noun, index), *between]:
        if child.dep_ in NOUN_SUBJECT_DEPS and (child.i in index or child.dep_ == "nmod:poss"):
            subjects += actors_at(child, index)  # "Iran's supply", "its support" (bound in the sentence)
        elif addressed and child.dep_ == "nmod" and has_case(child, {"from"}):
            subjects += actors_at(child, index)  # "a demand from Poland", "an offer of aid from Japan"
        elif child.dep_ in ("nmod", "obl") and has_case(child, {"between", "among"}):
            parties = actors_at(child, index)
            if len(parties) >= 2:  # the parties, and nobody else ("X welcomes agreement between A and B")
                return parties[:1], parties[1:]
        elif child.dep_ == "nmod" and has_case(child, target_cases):
            objects += actors_at(child, index)
        elif child.dep_ == "nmod" and has_case(child, {"of"}) and child.i not in index:
            # "supply of drones to Russia": the target may hang off the theme, and so may the source of an
            # addressed act ("the pledge of aid from Japan")
            theirs = [g for g in child.children if g.dep_ == "nmod"]
            if addressed:
                subjects += [a for g in theirs if has_case(g, {"from"}) for a in actors_at(g, index)]
                theirs = [g for g in theirs if not has_case(g, {"from"})]
            objects += [a for g in theirs if has_case(g, TARGET_CASES) for a in actors_at(g, index)]
        elif child.dep_ == "nmod" and has_case(child, {"by"}):
            subjects += actors_at(child, index)
    of_actors = [a for c in noun.children if c.dep_ == "nmod" and has_case(c, {"of"}) for a in actors_at(c, index)]
    if of_actors and objects:
        subjects = subjects or of_actors  # "the support of Iran for Hezbollah"
    elif of_actors:
        objects = of_actors  # "its backing of the Government of Chile", "the invasion of Ukraine"
    if not objects and noun.i + 2 < len(noun.doc) and noun.nbor(1).lower_ in target_cases:
        after = noun.nbor(2) if noun.nbor(2).i in index else noun.nbor(2).head
        if after.i in index and after.head.i != noun.i:  # "their fight against ISIL" attached elsewhere
            objects = [index[after.i]]
    place = _standing(noun)
    head = place.head
    if not subjects and objects and noun.dep_ in ("obl", "nmod") and has_case(noun, {"in"}):
        subjects = _beneficiaries(head, index)
    if place.dep_ in ("obj", "nsubj:pass") and head.pos_ in ("VERB", ""):
        verb_subjects, verb_objects, _ = arguments(head, index)  # climbs control chains
        if addressed and not subjects and place.dep_ == "obj":  # "ignored threats from X", "received aid from X"
            subjects = [
                a for c in head.children if c.dep_ == "obl" and has_case(c, {"from"}) for a in actors_at(c, index)
            ]
            verb_objects = [o for o in verb_objects if o.kb_id_ not in {s.kb_id_ for s in subjects}]
        others = subjects and not {s.kb_id_ for s in subjects} & {s.kb_id_ for s in verb_subjects}
        if not others:  # "dismissed Germany's concerns": the verb answers another's act; its object is no target
            objects = objects or verb_objects
        elif addressed:  # "Germany rejected a demand from Poland": the demand was made of Germany
            objects = objects or verb_subjects
        subjects = subjects or (verb_subjects if verb_makes or addressed else [])
    elif subjects and addressed and place.dep_ == "obl" and head.pos_ in ("VERB", ""):
        objects = objects or [  # "Egypt responded to a demand from Sudan", "acted on a request from X"
            s for s in arguments(head, index)[0] if s.kb_id_ not in {o.kb_id_ for o in subjects}
        ]
    elif place.dep_ == "obl" and has_case(place, AGREED_CASES) and head.pos_ in ("VERB", ""):
        verb_subjects, verb_objects, _ = arguments(head, index)  # "A and B agreed to a ceasefire"
        subjects = subjects or verb_subjects
        taken = {s.start for s in subjects}
        objects = objects or [o for o in verb_objects if o.start > head.i and o.start not in taken]
    elif not subjects and place.dep_ == "obl" and has_case(place, MEANS_CASES) and head.pos_ in ("VERB", ""):
        subjects = arguments(head, index)[0]  # "retaliated with strikes on Iran": the means are the subject's
    return subjects, objects


def _beneficiaries(head: Token, index: dict[int, Span]) -> list[Span]:
    """Who is helped "in the fight against X": "aid for Mali in the fight against the insurgents",
    "stands with the Kenyan people in the fight against piracy"."""
    near = [*head.children, *(g for c in head.children if c.dep_ == "obj" for g in c.children)]
    return [a for c in near if c.dep_ in ("obl", "nmod") and has_case(c, {"for", "with"}) for a in actors_at(c, index)]


# verbs by which one takes part in a meeting another holds ("attended the Arab League summit")
ATTENDING = frozenset({"attend", "join"})
# verbs that stop the act their object names
CESSATION = frozenset({"end", "stop", "halt", "cease", "suspend", "abandon", "freeze", "renounce", "withdraw", "cut"})


# verbs by which a planned act does not take place: "cancelled a summit between A and B", "postponed the
# talks", "called off the visit" (CAMEO codes the canceller's own act towards the other party, 16, from the verb;
# the act noun's own parties, when others, did not meet)
CANCELLING = frozenset({"cancel", "postpone", "scrap", "shelve", "abort", "delay", "defer", "axe", "scuttle"})
CANCELLING_PHRASES = frozenset({("call", "off"), ("put", "off")})
# verbs of which an act noun is the subject and that say whether it happened: "the talks did not take place",
# "the visit went ahead"; and those by which a planned act failed to happen ("the planned summit collapsed")
OCCURRING = frozenset({"happen", "occur", "proceed", "materialise", "materialize"})
OCCURRING_PHRASES = frozenset({("take", "place"), ("go", "ahead")})
FAILING = frozenset({"collapse", "fail"})
FAILING_PHRASES = frozenset({("fall", "through")})
PLANNED = frozenset({"planned", "proposed", "scheduled", "expected", "mooted", "envisaged", "intended"})


def _phrase_in(
    verb: Token, lexicon: Lexicon, single: frozenset[str], phrases: frozenset[tuple[str, str]], place: Token
) -> bool:
    """Whether a verb, alone or with its particle or object noun ("call off", "take place"), is one of these;
    a particle the parser hung on the object as its preposition counts ("called off the talks")."""
    lemma = lexicon.lemma(verb.text, verb.lemma_.lower(), single | {v for v, _ in phrases})
    if lemma in single:
        return True
    parts = {c.lower_ for c in verb.children if c.dep_ in ("compound:prt", "obj", "advmod")}
    parts |= {c.lower_ for c in place.children if c.dep_ == "case" and c.tag_ == "RP"}
    return any(v == lemma and p in parts for v, p in phrases)


# where a show of force is aimed: "drills around Taiwan", "patrols near the Senkaku islands"
SHOWN_AT = frozenset({"around", "near", "off", "toward", "towards"})
# verbs by which one takes part in an act others make: "refused to join Western sanctions" (it imposed none)
TAKING_PART = frozenset({"join", "participate", "enforce", "implement", "apply", "maintain", "continue", "extend"})
# verbs that ask for an act, which is then yet to happen: "suggested talks between A and B", "demanded the
# release of X" (the release is asked for), unlike "welcomed the release" (it happened)
REQUESTING = frozenset(
    {"suggest", "propose", "recommend", "advocate", "seek", "request", "demand", "urge", "want", "need", "ask"}
)
# verbs that deny an act took place ("denied the attack"); "rejected Russia's annexation" takes it as given
DENYING_FACTS = DENYING_HEADS - {"reject", "dismiss"}


def verb_makes(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the verb an act noun is the object of does the act (its subject the act's): a verb that makes it,
    takes part in it, plans or announces it, or a verb of material acts ("sent aid"); not a verb that only
    judges it ("condemned the strike on Kyiv", "criticised the sanctions on Iran", "welcomed the truce")."""
    place = _standing(noun)
    head = place.head
    if place.dep_ not in ("obj", "nsubj:pass") or head.pos_ not in ("VERB", "AUX") or place is head:
        return True
    if _head_in(head, lexicon, MAKING | ATTENDING | TAKING_PART | HYPOTHETICAL_HEADS):
        return True
    lemma = lexicon.lemma(head.text, head.lemma_.lower(), lexicon.triggers)
    if (lexicon.verb_codes.get(lemma) or "").startswith("01"):
        return True  # "announced sanctions on X", "reiterated its support for X": a statement of its own act
    root = lexicon.verb_root(lemma, head)
    return root is None or root.quad_class in (2, 4)


def _inherited(place: Token, lexicon: Lexicon) -> tuple[bool, Modality]:
    """The polarity an act noun takes from the verb it is the object or oblique of. A verb that makes the act
    ("held talks", "agreed to a truce", "launched strikes") passes on its own ("did not hold talks": none were
    held; "urged X to agree to a truce": asked for); so does a verb that plans, threatens or denies it
    ("threatened sanctions", "denied the attack") or asks for it ("demanded the release of X"). Any other verb
    takes the act as given: "did not condemn Russia's invasion", "responded to the strikes" (the invasion and
    the strikes happened)."""
    head = place.head
    if place.dep_ not in ("obj", "obl") or head.pos_ not in ("VERB", "AUX") or place is head:
        return False, Modality.ASSERTED
    if _head_in(head, lexicon, DENYING_FACTS):
        return (True, Modality.DENIED) if place.dep_ == "obj" else (False, Modality.ASSERTED)
    if _head_in(head, lexicon, HYPOTHETICAL_HEADS | REQUESTING):
        negated, modality = polarity(head, lexicon)
        return negated, Modality.HYPOTHETICAL if modality is Modality.ASSERTED else modality
    if _head_in(head, lexicon, MAKING | ATTENDING | TAKING_PART):
        return polarity(head, lexicon)
    return False, Modality.ASSERTED


def unrealised(noun: Token, place: Token, lexicon: Lexicon) -> tuple[bool, Modality] | None:
    """The polarity an act noun gets from a verb that says whether it took place at all, or None.

    "Jordan cancelled a planned summit between A and B", "the talks between A and B were postponed", "the
    planned meeting between A and B collapsed": did not happen; "talks between A and B would not take place":
    the polarity of "take place"."""
    verb = place.head
    if verb.pos_ not in ("VERB", "AUX") or place is verb:
        return None
    if place.dep_ in ("obj", "obl", "nsubj:pass") and _phrase_in(verb, lexicon, CANCELLING, CANCELLING_PHRASES, place):
        return True, polarity(verb, lexicon)[1]
    if place.dep_ != "nsubj":
        return None
    if _phrase_in(verb, lexicon, OCCURRING, OCCURRING_PHRASES, place):
        return polarity(verb, lexicon)
    planned = any(c.dep_ == "amod" and c.lower_ in PLANNED for c in noun.children)
    if planned and _phrase_in(verb, lexicon, FAILING, FAILING_PHRASES, place):
        return True, polarity(verb, lexicon)[1]
    return None


def _head_in(verb: Token, lexicon: Lexicon, heads: frozenset[str]) -> bool:
    """Whether the verb governing an act noun is one of ``heads``: one that promises, offers or threatens the
    act rather than doing it, or one that stops it."""
    return lexicon.lemma(verb.text, verb.lemma_.lower(), heads) in heads


def _done_by_subjects(noun: Token, index: dict[int, Span]) -> bool:
    """Whether an attack noun's subjects are who attacks: its own modifier ("Russian air strikes"), or the
    subject of a light verb or of a response by these means ("launched strikes", "retaliated with strikes"),
    not of a verb reacting to it ("condemned the attacks", "responded to the attack")."""
    if _owned(noun, index):
        return True
    place = _standing(noun)
    if place.dep_ == "obj":
        return place.head.lemma_.lower() in LIGHT_VERBS
    return place.dep_ == "obl" and has_case(place, MEANS_CASES)


def _struck_in(noun: Token, place: Token, index: dict[int, Span]) -> list[Span]:
    """The country or territory an attack noun with no target of its own is done in: "strikes across Gaza",
    "launched strikes in southern Lebanon" (the place on the noun, or on its light verb)."""
    phrases = [c for c in noun.children if c.dep_ == "nmod"]
    if place.dep_ in ("obj", "obl") and place.head.pos_ == "VERB":
        phrases += [c for c in place.head.children if c.dep_ == "obl" and c.i != place.i]
    return [a for c in phrases if has_case(c, STRUCK_IN) for a in actors_at(c, index) if a.label_ in ("GPE", "LOC")]


def _owned(noun: Token, index: dict[int, Span]) -> bool:
    """Whether an act noun names its own maker other than by a pronoun ("Ukraine's request", "American
    support"): then it is that maker's act, not a phrase of its verb."""
    return any(
        (c.dep_ in NOUN_SUBJECT_DEPS and (c.i in index or (c.dep_ == "nmod:poss" and c.pos_ != "PRON")))
        or (c.dep_ == "nmod" and has_case(c, {"from", "by"}) and bool(actors_at(c, index)))
        for c in noun.children
    )


def _governor(place: Token) -> Token | None:
    """The verb an act noun is the object of; also a finite verb the parser read as the noun's modifier
    ("The EU lifted sanctions on Syria" parsed as one noun phrase)."""
    if place.dep_ == "obj" and place.head.pos_ == "VERB":
        return place.head
    return next((c for c in place.lefts if c.dep_ == "amod" and c.pos_ == "VERB" and c.tag_ == "VBD"), None)


FORCE = frozenset({"18", "19", "20"})


def _fought(place: Token, lexicon: Lexicon) -> bool:
    """Whether an act noun of force is the object of a verb of force ("fought a war", "waged a campaign")."""
    if place.dep_ != "obj" or place.head.pos_ != "VERB":
        return False
    verb = place.head
    root = lexicon.verb_root(lexicon.lemma(verb.text, verb.lemma_.lower(), lexicon.triggers), verb)
    return root is not None and root.code in FORCE


def _attacked(place: Token, noun: Token, index: dict[int, Span], lexicon: Lexicon) -> bool:
    """Whether an act noun that is no act of force is the object of a verb of force ("bombed the talks",
    "targeted a meeting of X"): what is attacked, so the verb's subject does not do the act the noun names."""
    if place.dep_ != "obj" or place.head.pos_ != "VERB" or _owned(noun, index):
        return False
    verb = place.head
    root = lexicon.verb_root(lexicon.lemma(verb.text, verb.lemma_.lower(), lexicon.triggers), verb)
    own = lexicon.noun_root(lexicon.noun_lemma(noun.text))
    return root is not None and root.code in FORCE and (own is None or own.code not in FORCE)


def find_nominal_events(doc: Doc, lexicon: Lexicon) -> list[EventSpan]:
    index = actor_index(doc)
    events: list[EventSpan] = []
    for token in tagged(doc, NOUNS):
        if token.i in index:
            continue
        lemma = lexicon.noun_lemma(token.text)
        root = lexicon.noun_root(lemma)
        if root is None or (token.is_title and is_temporal(token)):
            continue
        received = token.dep_ == "obj" and token.head.lemma_.lower() in RECEIVING  # "got support from Russia"
        subjects, objects = noun_arguments(
            token,
            index,
            cooperative=root.quad_class in (1, 2),
            verb_makes=verb_makes(token, lexicon),
            addressed=(root.code in ADDRESSED_ROOTS and (root.code != "03" or lemma in ADDRESSED_INTENTS)) or received,
        )
        if root.code == "15" and any(c.dep_ == "nmod" and has_case(c, {"with"}) for c in token.children):
            root = lexicon.roots["06"]  # "held drills with Cyprus": exercises together (06), no show of force
        if not objects and root.code == "15":  # "held drills around Taiwan": a show of force aimed at Taiwan
            objects = [
                a for c in token.children if c.dep_ == "nmod" and has_case(c, SHOWN_AT) for a in actors_at(c, index)
            ]
        joint = any(c.dep_ == "amod" and c.lower_ in ("joint", "combined") for c in token.children)
        if joint and root.code not in SYMMETRIC_ROOTS:
            root = lexicon.roots["06"]  # "a joint patrol", "joint exercises with X": done together, not against
        # "A and B held talks / signed a truce": nouns of a joint act; "A, B and C provided support": each alone
        mutual = lemma in MUTUAL_NOUNS or joint or (root.code in ("04", "06") and lemma not in DIRECTED_NOUNS)
        if not objects and subjects and root.code in ("18", "19", "20") and _done_by_subjects(token, index):
            objects = _struck_in(token, _standing(token), index)  # "launched air strikes across Gaza": attacked
        pairs = [(s, o) for s in subjects for o in objects]
        alternatives = any(g.dep_ == "cc" and g.lower_ in ("or", "nor") for a in subjects for g in a.root.children)
        # a fight the verb's subjects react to is not theirs ("A and B condemned the incursion")
        reacted = root.code in FORCE and not _done_by_subjects(token, index) and not _fought(_standing(token), lexicon)
        # the verb's subjects make the joint act only by a verb of making it ("signed a deal"), not of
        # answering it ("A and B welcomed the deal": each welcomed it)
        made = _standing(token).dep_ != "obj" or _head_in(_standing(token).head, lexicon, MAKING)
        if not objects and len(subjects) >= 2 and mutual and not alternatives and not reacted and made:
            # "A and B held talks / signed a truce": between them; "A, B and C signed a pact": each pair
            pairs = [(s, o) for k, s in enumerate(subjects) for o in subjects[k + 1 :]]
        place = _standing(token)
        if not pairs and subjects and place.dep_ == "obj" and _head_in(place.head, lexicon, ATTENDING):
            # "Assad attended the Arab League summit": who attends meets the meeting's owner, its host
            owners = {s.kb_id_ for s in subjects}
            attendees = [a for a in arguments(place.head, index)[0] if a.kb_id_ not in owners]
            pairs = [(a, s) for a in attendees for s in subjects]
        if _attacked(place, token, index, lexicon):  # "struck a meeting of Houthi officials": the meeting is
            attackers = {a.start for a in arguments(place.head, index)[0]}  # hit, not held by the attacker
            pairs = [(s, o) for s, o in pairs if s.start not in attackers and o.start not in attackers]
        negated, modality = _inherited(place, lexicon)
        verb = _governor(place)
        cancelled = unrealised(token, place, lexicon)
        if cancelled is not None:
            negated, modality = cancelled
        elif place.dep_ == "obj" and _head_in(place.head, lexicon, CESSATION) and root.quad_class in (1, 2):
            root = lexicon.roots["16"]  # "ended its cooperation agreement with X": relations reduced (CAMEO 16)
        elif place.dep_ == "obj" and _head_in(place.head, lexicon, CESSATION):
            negated = True  # "ended its armed struggle against X", "halted its offensive": no longer done
        elif verb is not None and not _owned(token, index):
            # the dictionary codes the phrase: "eased sanctions on X" yields (085), it does not sanction
            governed = lexicon.governed_code(
                lexicon.lemma(verb.text, verb.lemma_.lower(), lexicon.triggers), verb, token
            )
            root = governed.root if governed is not None else root
        theme = next((c for c in token.children if c.dep_ == "nmod" and has_case(c, {"of"}) and c.i not in index), None)
        theme_span = doc[theme.left_edge.i : theme.i + 1] if theme is not None else None
        kind = PredicateKind.LIGHT_VERB if place.dep_ == "obj" else PredicateKind.NOUN
        # "held talks in Muscat", and in the passive "talks were held in Muscat": the light verb's place
        held = kind is PredicateKind.LIGHT_VERB or (
            place.dep_ == "nsubj:pass" and place.head.lemma_.lower() in LIGHT_VERBS
        )
        where = places(token, index, through=tuple(c for c in token.children if c.dep_ == "nmod")) + (
            places(place.head, index) if held else []
        )
        for s, o in pairs:
            if s.kb_id_ != o.kb_id_:
                at = next((p for p in where if p.start not in (s.start, o.start)), None)
                events.append(EventSpan(s, o, token.i, lemma, root, theme_span, negated, modality, kind, at))
    return events
