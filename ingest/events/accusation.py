"""Accusations made by reporting: "Kyiv said Russian forces shelled Kharkiv" is Russia attacking Ukraine,
as Kyiv reports it, and Kyiv accusing Russia (CAMEO 11). Whoever reports that another actor did something
hostile (verbal or material conflict, quad classes 3 and 4) accuses that actor; the accusation itself is
asserted, the reported act stays reported. Not for a denial ("X denied that it attacked Y"), not for what the
speaker says it did itself, and not when the reporting verb is already an accusation ("accused Russia of
...", coded by the verb)."""

from __future__ import annotations

from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from .arguments import ACTOR_SPANS, REF_SPANS, REPORTING, actor_index, actors_at, arguments, tagged
from .evaluation import BLAME, act_makers, valence
from .offices import OFFICES_KEY
from .polarity import polarity
from .roles import speaker
from .standing import find_standing_relations
from .types import EventSpan, Modality, PredicateKind
from .verbal import predicates

__all__ = ["ACCUSING", "BLAME_WORDS", "EXPERIENCED", "reported_accusations"]

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
    found += _reported_blame(doc, index, lexicon)
    own = _sides(doc)
    out: list[EventSpan] = []
    for said_by, accused, verb in found:
        if said_by.kb_id_ == accused.kb_id_ or (said_by.kb_id_, accused.kb_id_) in own:
            continue  # what the speaker, or the state it leads or serves, did itself
        subject = said_by.root
        if subject.dep_ == "nmod:poss" and subject.head.dep_ == "nsubj":
            subject = subject.head  # "Ukraine's air force said ...": the state speaks through its body
        reporting = subject.head
        lemma = lexicon.lemma(reporting.text, reporting.lemma_.lower(), ACCUSING)
        if subject.dep_ != "nsubj" or lemma not in ACCUSING or polarity(reporting, lexicon)[0]:
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


# what a speaker may say an actor is, or its act was, that blames it: "X said Y was responsible for the attack",
# "X said Y's move was illegal", "X said Y was the aggressor" (adjectives and nouns of guilt, unlawfulness and
# hostility, not of mere difference: "wrong" and "mistaken" are too weak to code)
BLAME_WORDS = frozenset(
    {
        "responsible", "guilty", "culpable", "complicit", "illegal", "illegitimate", "unlawful", "unconstitutional",
        "criminal", "aggressive", "provocative", "reckless", "irresponsible", "dangerous", "unacceptable", "hostile",
        "corrupt", "aggressor", "terrorist", "liar", "provocation", "violation", "overreaction", "crime", "lie",
        "threat", "destabilising", "destabilizing", "blame",
    }
)  # fmt: skip
BLAME_OBJECTS = frozenset({"responsibility", "blame"})  # "Y bore responsibility for ..."
PREDICATIVE = frozenset({ADJ, NOUN, PROPN, VERB})  # the heads a clause of blame can have


# predicates of a state or a feeling its subject undergoes, not of blame, however negative their valence:
# "X said Y was worried", "X said Y had suffered losses" (the experiencer of Levin's psych verbs 31.2-31.3,
# verbs of suffering and loss, states of harm)
EXPERIENCED = frozenset(
    {
        "afraid", "alone", "angry", "anxious", "ashamed", "concerned", "dead", "desperate", "disappointed",
        "frustrated", "helpless", "hurt", "ill", "injured", "isolated", "poor", "sad", "scared", "sick", "sorry",
        "tired", "unhappy", "upset", "vulnerable", "weak", "worried", "wounded",
        "cry", "die", "dread", "endure", "face", "fear", "grieve", "lose", "miss", "mourn", "panic", "regret",
        "struggle", "suffer", "sustain", "undergo", "worry",
    }
)  # fmt: skip
# the heads of a predicate ("behind", "responsible") that put a harm on the subject: "X said Y was behind the
# bombing"
BEHIND = frozenset({"behind"})


def _blamed(head: Token, index: dict[int, Span]) -> list[Span]:
    """The actors a reported predicate is said of: its subject, or the maker of the act its subject names
    ("Y's move was illegal", "the Y attack was a crime")."""
    found: list[Span] = []
    for subject in (c for c in head.children if c.dep_ == "nsubj"):
        blamed = list(actors_at(subject, index)) if subject.i in index or subject.pos_ == "PROPN" else []
        found += blamed or (act_makers(subject, index) if subject.pos_ == "NOUN" else [])
    return found


def _words_of_blame(head: Token, lexicon: Lexicon) -> bool:
    """Whether a reported clause's predicate blames its subject: a word of blame said of it ("Y was reckless",
    "Y is a threat"; VADER's valence at most :data:`BLAME`, or :data:`BLAME_WORDS`), an act of blame it does
    ("Y was lying", "Y acted irresponsibly"), responsibility for a harm ("bore responsibility for the
    deaths"), or a harm it is behind ("Y was behind the plot"). Not a state it undergoes ("Y was worried")."""
    lemma = head.lemma_.lower()
    if lemma in EXPERIENCED or head.lower_ in EXPERIENCED:
        return False
    cases = {c.lower_ for c in head.children if c.dep_ == "case"}
    copular = any(c.dep_ == "cop" for c in head.children)
    if cases & BEHIND and copular:
        return _blamed_for_harm(head, lexicon, outright=False)
    if cases:
        return False  # "Y was at war", "Y was in crisis": a place or a state, not a quality
    if head.pos_ == "VERB" and any(c.dep_ == "obj" and c.lemma_.lower() in BLAME_OBJECTS for c in head.children):
        return _blamed_for_harm(head, lexicon)
    if copular and lemma in BLAME_WORDS:
        return _blamed_for_harm(head, lexicon)
    if head.pos_ == "VERB" and not copular and lexicon.verb_root(lexicon.lemma(head.text, lemma), head) is not None:
        return False  # a coded act ("Y attacked", "Y condemned"): reported_accusations and the passes decide
    manner = [c for c in head.children if c.dep_ == "advmod" and c.pos_ == "ADV"]
    return any(valence(t) <= BLAME for t in (head, *manner))


def _reported_blame(doc: Doc, index: dict[int, Span], lexicon: Lexicon) -> list[tuple[Span, Span, Token]]:
    """Speakers and the actors a reported clause blames (:func:`_words_of_blame`), said of the actor or of the
    actor's act ("Y's decision was illegal"); not when the clause denies it or is passive."""
    found: list[tuple[Span, Span, Token]] = []
    if not doc.has_annotation("DEP"):
        return found
    for head in tagged(doc, PREDICATIVE):
        if head.dep_ not in ("ccomp", "parataxis", "conj") or any(c.dep_ == "aux:pass" for c in head.children):
            continue
        if polarity(head, lexicon)[0] or not _words_of_blame(head, lexicon):
            continue
        said_by = speaker(head, index, lexicon)
        if said_by is not None:
            found += [(said_by, actor, head) for actor in _blamed(head, index)]
    return found


HARMS = frozenset({"death", "deaths", "killing", "disaster", "crash", "blast", "explosion", "violence", "crimes"})
PLOTS = frozenset({"plot", "conspiracy", "coup", "sabotage", "assassination", "bombing", "hack", "campaign"})


def _blamed_for_harm(head: Token, lexicon: Lexicon, *, outright: bool = True) -> bool:
    """Responsibility is blame only for a harm: "responsible for the attack" (an event noun of conflict, or a
    death, a disaster), not "responsible for security"; without a "for" phrase the blame is said outright. Not
    ``outright``: the head itself must name the harm ("behind the bombing", not "behind the talks")."""
    if not outright:
        root = lexicon.event_noun(head.lower_) or lexicon.noun_root(lexicon.noun_lemma(head.lower_))
        return head.lemma_.lower() in HARMS | PLOTS or (root is not None and root.quad_class in (3, 4))
    if head.lemma_.lower() not in ("responsible", "responsibility") and not any(
        c.lemma_.lower() in BLAME_OBJECTS for c in head.children
    ):
        return True
    causes = [g for c in head.subtree if c.lower_ == "for" and c.dep_ == "case" for g in (c.head,)]
    if not causes:
        return True
    for noun in causes:
        root = lexicon.event_noun(noun.lower_) or lexicon.noun_root(lexicon.noun_lemma(noun.lower_))
        if noun.lower_ in HARMS or noun.lemma_.lower() in HARMS or (root is not None and root.quad_class in (3, 4)):
            return True
    return False


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
