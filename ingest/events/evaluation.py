"""Criticism and praise said without a verb of criticism: naming someone's act with a word of blame or praise.

Two constructions, each read off the parse:

- *naming*: a verb of naming with an object and a predicate ("Beijing called Lai a dangerous troublemaker",
  "Moscow called the German decision reckless", "Iran described Israel as a rogue state"): the speaker
  criticises (CAMEO 111) the object's actor, or its act's maker, when the predicate is a word of blame, and
  praises (051) an actor named outright when it is a word of praise;
- *stated disapproval*: a light verb with a noun of disapproval aimed at an actor or at an act with a maker
  ("Poland voiced concern about Belarusian troop movements", "Japan expressed outrage over Iran's strike"):
  the speaker disapproves (111). Without such a target the CAMEO dictionary's own coding stands ("expressed
  concern over the situation": a pessimistic comment, 012).

Whose act it is: the noun's own maker (an actor modifying it, its possessor, "by X"), never an actor it is
done to ("called the attack on Ukraine a tragedy" blames nobody). Blame and praise come from VADER's valence
lexicon (Hutto and Gilbert 2014, MIT), with the CAMEO dictionary's own naming patterns ("call ... dictator")
and a short list of political terms of abuse VADER lacks (:data:`PEJORATIVES`, each one a term of the kind).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from .arguments import actor_index, actors_at, arguments, has_case
from .polarity import NEGATORS, polarity
from .types import EventSpan, PredicateKind
from .verbal import NAMING

__all__ = [
    "DISAPPROVAL_NOUNS",
    "NAMING_VERBS",
    "PEJORATIVES",
    "act_makers",
    "evaluations",
    "valence",
]

# verbs that name their object as something: "called X a Y", "described X as Y", "branded X a Y"
NAMING_VERBS = NAMING - {"declare"} | frozenset({"characterise", "characterize", "portray", "decry", "view"})
# nouns of disapproval a light verb states ("voiced concern about X's act", "expressed outrage over X")
DISAPPROVAL_NOUNS = frozenset(
    {
        "concern",
        "alarm",
        "objection",
        "outrage",
        "dismay",
        "displeasure",
        "disappointment",
        "anger",
        "indignation",
        "disapproval",
        "consternation",
    }
)
STATING_VERBS = frozenset({"express", "voice", "raise", "register", "convey", "signal"})
AIMED_CASES = frozenset({"about", "over", "at", "to", "with", "regarding", "concerning"})
# political terms of abuse missing from VADER's lexicon of everyday English
PEJORATIVES = frozenset(
    {
        "pariah",
        "aggressor",
        "provocation",
        "provocateur",
        "warmonger",
        "dictator",
        "despot",
        "tyrant",
        "regime",
        "rogue",
        "puppet",
        "occupier",
        "invader",
        "enabler",
        "illegitimate",
        "unjustified",
        "genocidal",
        "destabilising",
        "destabilizing",
        "belligerent",
        "expansionist",
        "imperialist",
        "extremist",
        "thug",
        "criminal",
    }
)
BLAME = -1.5  # VADER's scale runs from -4 to 4; -1.5 is a clear word of blame ("reckless" -1.7)
PRAISE = 1.5
OWNER_DEPS = frozenset({"amod", "nmod:poss", "compound"})
CRITICISE, PRAISED = "111", "051"


@cache
def _vader() -> dict[str, float]:
    """VADER's lexicon: word -> mean valence (empty when the package is not installed)."""
    try:
        text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return out


def valence(token: Token) -> float:
    """How strongly a word blames (negative) or praises (positive): VADER's valence of its form or lemma, -2
    for a political term of abuse."""
    if token.lower_ in PEJORATIVES or token.lemma_.lower() in PEJORATIVES:
        return -2.0
    lexicon = _vader()
    for form in (token.lower_, token.lemma_.lower(), *_adjective_forms(token.lower_)):
        if form in lexicon:
            return lexicon[form]
    return 0.0


def _adjective_forms(word: str) -> tuple[str, ...]:
    """The adjectives an adverb in -ly is made from, as VADER lists few adverbs: "recklessly" (reckless),
    "irresponsibly" (irresponsible), "angrily" (angry)."""
    if not word.endswith("ly") or len(word) < 6:
        return ()
    if word.endswith("bly"):
        return (word[:-1] + "e",)
    if word.endswith("ily"):
        return (word[:-3] + "y",)
    return (word[:-2],)


def act_makers(noun: Token, index: dict[int, Span]) -> list[Span]:
    """The actor a noun names, or the maker of the act it names: its actor modifier, possessor or "by" phrase;
    never an actor the act is done to ("the attack on Ukraine")."""
    if noun.i in index:
        return actors_at(noun, index)
    found: list[Span] = []
    # "Belarusian troop movements": the maker may modify the noun's compound
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i not in index]
    for c in [*noun.children, *(g for k in compounds for g in k.children)]:
        if (c.dep_ in OWNER_DEPS and c.i in index) or (c.dep_ == "nmod:poss" and c.pos_ == "PROPN"):
            found += actors_at(c, index)
        elif c.dep_ == "nmod" and has_case(c, {"by"}):
            found += actors_at(c, index)
    return found


def _predicate_words(verb: Token, obj: Token) -> list[Token]:
    """The words that name the object: after the object's phrase, to the end of the verb's clause or the first
    comma, as the parser may attach them anywhere in between ("called the test a reckless step")."""
    end = verb.right_edge.i
    words = []
    for t in verb.doc[obj.right_edge.i + 1 : end + 1]:
        if t.text in (",", ";", ":") or t.dep_ in ("mark", "cc") or (t.lower_ == "to" and t.pos_ == "PART"):
            break  # "called Putin to discuss the war": a purpose, not a name
        if t.tag_ in ("WDT", "WP", "WP$") or t.dep_ in ("acl:relcl", "acl"):
            break  # "a talented man who had made mistakes": what the relative clause adds is no name
        if t.dep_ == "case" and t.lower_ != "as" and not words:
            break  # "called the envoy after the bombing": an adjunct, not a name
        words.append(t)
    return words


def _judgement(words: list[Token], lexicon: Lexicon, verb_lemma: str) -> str | None:
    """CRITICISE, PRAISED or None for the words that name the object."""
    if any(t.lower_ in NEGATORS for t in words):
        return None  # "called it not a threat": no plain judgement
    content = [t for t in words if t.pos_ in ("NOUN", "ADJ", "PROPN", "VERB")]
    named = {w for t in content for w in (t.lower_, t.lemma_.lower())}
    for pattern in lexicon.patterns.get(verb_lemma, ()):  # the dictionary's own: "call ... dictator" (111)
        one_word = len(pattern.words) == 1
        if one_word and pattern.code and pattern.code.startswith("11") and named & set(pattern.words[0]):
            return CRITICISE
    scores = [valence(t) for t in content]
    blamed, praised = any(v <= BLAME for v in scores), any(v >= PRAISE for v in scores)
    if blamed == praised:
        return None  # neither, or both ("a talented man with flaws"): no plain judgement
    return CRITICISE if blamed else PRAISED


def _events(
    verb: Token, targets: list[Span], code: str, trigger: Token, lexicon: Lexicon, index: dict[int, Span]
) -> list[EventSpan]:
    speakers = arguments(verb, index)[0]
    root = lexicon.roots[code[:2]]
    negated, modality = polarity(verb, lexicon)
    return [
        EventSpan(s, o, trigger.i, trigger.lemma_.lower(), root, None, negated, modality, PredicateKind.VERB)
        for s in speakers
        for o in targets
        if s.kb_id_ != o.kb_id_
    ]


def _naming(verb: Token, index: dict[int, Span], lexicon: Lexicon) -> list[EventSpan]:
    lemma = lexicon.lemma(verb.text, verb.lemma_.lower(), NAMING_VERBS)
    if lemma not in NAMING_VERBS:
        return []
    obj = next((c for c in verb.children if c.dep_ == "obj"), None)
    if obj is None:
        return []
    judgement = _judgement(_predicate_words(verb, obj), lexicon, lemma)
    if judgement is None:
        return []
    targets = act_makers(obj, index)
    if judgement == PRAISED and obj.i not in index:
        return []  # praise of a thing ("called the deal historic") is no praise of its maker
    return _events(verb, targets, judgement, verb, lexicon, index)


def _stated(noun: Token, index: dict[int, Span], lexicon: Lexicon) -> list[EventSpan]:
    if noun.lemma_.lower() not in DISAPPROVAL_NOUNS and noun.lower_ not in DISAPPROVAL_NOUNS:
        return []
    verb = noun.head if noun.dep_ in ("obj", "xcomp") and noun.head.pos_ == "VERB" else None
    if verb is None:  # "NATO voiced concern about ..." read as a noun phrase with the verb its modifier
        verb = next((c for c in noun.children if c.dep_ == "amod" and c.pos_ == "VERB"), None)
    if verb is None or lexicon.lemma(verb.text, verb.lemma_.lower(), STATING_VERBS) not in STATING_VERBS:
        return []
    aimed = [
        c
        for holder in (noun, verb)
        for c in holder.children
        if c.dep_ in ("nmod", "obl") and c.i > noun.i and has_case(c, AIMED_CASES)
    ]
    # an act with a maker ("concern about the Russian build-up"); an actor alone may be the topic ("raised
    # concerns about Taiwan")
    targets = [a for c in aimed if c.i not in index for a in act_makers(c, index)]
    if not targets:
        return []
    if verb.dep_ == "amod":  # the misparse: the speaker is the noun's compound or the verb's own subject
        speakers = [
            a for c in (*noun.children, *verb.children) if c.dep_ in ("compound", "nsubj") for a in actors_at(c, index)
        ]
        root = lexicon.roots["11"]
        return [
            EventSpan(
                s,
                o,
                noun.i,
                noun.lemma_.lower(),
                root,
                None,
                False,
                polarity(noun, lexicon)[1],
                PredicateKind.LIGHT_VERB,
            )
            for s in speakers
            for o in targets
            if s.kb_id_ != o.kb_id_
        ]
    return _events(verb, targets, CRITICISE, noun, lexicon, index)


def evaluations(doc: Doc, events: list[EventSpan], lexicon: Lexicon) -> list[EventSpan]:
    """Criticism and praise stated by naming or by a noun of disapproval, for pairs ``events`` lacks; an event
    the other passes read off the same verb for the same pair gives way (the naming verb's own code, 01 or 04,
    is no reading of what was said)."""
    index = actor_index(doc)
    found: list[EventSpan] = []
    for token in doc:
        if token.pos_ == "VERB":
            found += _naming(token, index, lexicon)
        elif token.pos_ == "NOUN":
            found += _stated(token, index, lexicon)
    if not found:
        return events
    pairs = {(e.subject.start, e.object.start) for e in found}
    kept = [e for e in events if (e.subject.start, e.object.start) not in pairs]
    return kept + found
