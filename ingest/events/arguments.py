"""Who does what to whom in a UD parse: the actors a noun phrase names and a verb's arguments.

Shared by the verbal (:mod:`ingest.events`), nominal (:mod:`ingest.nominal`) and control
(:mod:`ingest.control`) rules. Pure functions over a parsed Doc whose actor spans are set.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy
from spacy.attrs import POS
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon

__all__ = [
    "ACTOR_SPANS",
    "ALLEGING",
    "CHARGE_FRAMES",
    "DIRECTIVE_HEADS",
    "DISSUADING",
    "LOCATIVE_CASES",
    "MANDATIVE",
    "NOUNS",
    "OBJECT_CONTROL",
    "OWNER_DEPS",
    "PARTY_CASES",
    "PLACE_LABELS",
    "PREVENTING",
    "REF_SPANS",
    "REPORTING",
    "TARGET_CASES",
    "VERBS",
    "accusation_head",
    "act_agents",
    "act_patients",
    "acting_noun",
    "actor_index",
    "actors_at",
    "appositive_phrase",
    "arguments",
    "charged",
    "comma_adjunct",
    "compound_modifiers",
    "dependents",
    "groups_joined",
    "has_case",
    "included",
    "kept_from",
    "mandated",
    "named_subject",
    "object_controllers",
    "patients",
    "tagged",
]

ACTOR_SPANS = "geokg_actors"
REF_SPANS = "geokg_refs"  # pronouns and definite descriptions resolved to actors
TARGET_CASES = {"to", "with", "against", "on", "into", "at", "for", "from", "toward", "towards", "between"}
PARTY_CASES = frozenset({"between", "among", "amongst"})  # a noun's own parties: "talks between A and B"
# nouns of texts and debates: their "on X" is what they are about ("a resolution on Syria", "a report on Iran")
TOPIC_NOUNS = frozenset(
    {"resolution", "report", "statement", "law", "bill", "draft", "proposal", "text", "declaration", "motion",
     "document", "ruling", "question", "debate", "vote", "briefing", "study", "article", "letter", "speech"}
)  # fmt: skip
REPORTING = frozenset({"say", "tell", "report", "claim", "announce", "state", "add", "allege", "accuse"})
# directives: the one asked acts, if at all ("urged Israel to negotiate", "called on Russia to withdraw")
DIRECTIVE_HEADS = frozenset(
    {
        "urge",
        "ask",
        "press",
        "call",
        "encourage",
        "invite",
        "appeal",
        "request",
        "pressure",
        "push",
        "lobby",
        "implore",
        "advise",
        "warn",
        "tell",
        "order",
        "instruct",
        "demand",
        "challenge",
        "beg",
        "exhort",
    }
)
# object control: the object of these verbs does what their infinitive says, even where the parser labels the
# infinitive a purpose clause ("forced Mali to expel X", "helped Hezbollah to attack Y")
OBJECT_CONTROL = DIRECTIVE_HEADS | frozenset(
    {
        "force",
        "compel",
        "oblige",
        "help",
        "allow",
        "permit",
        "enable",
        "persuade",
        "convince",
        "induce",
        "authorize",
        "want",
        "need",
        "cause",
        "prompt",
        "lead",
        "get",
        "send",
        "deploy",
        "train",
        "recruit",
    }
)  # not "promise": "promised Kyiv to send tanks" (the promiser sends)
# mandative verbs: their that-clause says what the object of the demand is to do, not what was done ("demanded
# that NATO pull back": NATO is asked; nothing was pulled back)
MANDATIVE = frozenset({"demand", "urge", "ask", "request", "order", "require", "recommend", "propose", "press"})
# verbs that keep their object from an act ("prevented Iran from attacking": it did not attack) or advise against
# it ("warned China against arming Russia": it may or may not), with the preposition of the act
PREVENTING = frozenset({"prevent", "stop", "keep", "block", "bar", "ban", "prohibit", "forbid"})
DISSUADING = frozenset({"warn", "caution", "deter", "dissuade", "discourage", "advise", "urge"})


def kept_from(clause: Token) -> str | None:
    """ "prevented" when ``clause`` is the act a verb of :data:`PREVENTING` keeps its object from ("stopped
    Russia from seizing the port"), "dissuaded" for a verb of :data:`DISSUADING` ("warned Iran against
    retaliating"), else None."""
    if clause.dep_ not in ("advcl", "acl", "xcomp", "ccomp", "obl") or clause.tag_ != "VBG":
        return None
    head = clause.head
    if head.dep_ == "obj" and clause.dep_ == "acl":  # "warned China against providing": hung on the object
        head = head.head
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "case")}
    lemma = head.lemma_.lower()
    if lemma in PREVENTING and "from" in marks:
        return "prevented"
    if lemma in DISSUADING and marks & {"against", "from"}:
        return "dissuaded"
    return None


def mandated(clause: Token) -> bool:
    """Whether ``clause`` is the that-clause of a verb of :data:`MANDATIVE`: "demanded that Russia withdraw"."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in MANDATIVE and clause.head.pos_ == "VERB"


# the controller after a preposition: "called on Russia to withdraw", "appealed to Iran to release"
CONTROLLER_CASES = {"call": {"on", "upon"}, "appeal": {"to"}, "prevail": {"on", "upon"}, "look": {"to"}}
# accusations: the one accused is who did what the gerund says, as the accuser tells it ("accused Iran of arming
# Hezbollah": Iran arms Hezbollah, reported; "blamed Russia for shelling Kharkiv"), with the preposition each takes
ACCUSING_HEADS = {"accuse": "of", "charge": "of", "suspect": "of", "blame": "for", "condemn": "for", "criticize": "for"}
ALLEGING = frozenset({"accuse", "charge", "suspect", "blame"})  # the charge is the accuser's word, not the text's
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# verbs that judge or answer someone for a deed, with the prepositions that introduce the deed ("accused the UAE
# of supplying", "thanked Japan for its help", "warned Iran against retaliating"): the actor right after the verb
# is its object whatever the parse made of it (a tagger that reads "the UAE of supplying drones" as one noun)
CHARGE_FRAMES = {
    "accuse": {"of"},
    "charge": {"with", "of"},
    "suspect": {"of"},
    "blame": {"for"},
    "condemn": {"for", "over"},
    "criticize": {"for", "over"},
    "criticise": {"for", "over"},
    "denounce": {"for", "over"},
    "rebuke": {"for", "over"},
    "reproach": {"for", "over"},
    "fault": {"for"},
    "punish": {"for"},
    "sanction": {"for", "over"},
    "sue": {"for", "over"},
    "praise": {"for"},
    "commend": {"for"},
    "thank": {"for"},
    "congratulate": {"on", "for"},
    "warn": {"against", "over", "of"},
}
DETERMINERS = frozenset({"the", "a", "an", "both", "all"})


VERBS = frozenset({VERB, 0})  # 0: no tagger (the window rule without a parse)
NOUNS = frozenset({NOUN, PROPN})


def tagged(doc: Doc, tags: frozenset[int], start: int = 0, end: int | None = None) -> Iterator[Token]:
    """The tokens of ``doc[start:end]`` with one of the coarse tags, without building every Token object."""
    pos = doc.to_array(POS)[start:end]
    for i in numpy.flatnonzero(numpy.isin(pos, list(tags))):
        yield doc[start + int(i)]


def charged(verb: Token, index: dict[int, Span]) -> list[Span]:
    """The one a verb of :data:`CHARGE_FRAMES` charges, thanks or warns: an actor right after the verb (a
    determiner between at most) followed by one of the verb's prepositions; none otherwise."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].lower_ in DETERMINERS:
        i += 1
    span = index.get(i)
    if span is None or span.start != i or span.end >= len(doc):
        return []
    return [span] if doc[span.end].lower_ in CHARGE_FRAMES.get(verb.lemma_.lower(), ()) else []


def compound_modifiers(noun: Token, index: dict[int, Span]) -> list[Token]:
    """Actors modifying a compound before a noun, which modify the whole compound: "a Russian missile attack"
    ("Russian" hangs on "missile")."""
    return [
        g
        for c in noun.children
        if c.dep_ == "compound" and c.i not in index
        for g in c.children
        if g.dep_ in ("amod", "compound") and g.i in index
    ]


def actor_index(doc: Doc) -> dict[int, Span]:
    index: dict[int, Span] = {}
    for span in [*doc.spans.get(ACTOR_SPANS, []), *doc.spans.get(REF_SPANS, [])]:
        for token in span:
            index[token.i] = span
    return index


COMPANION_CASES = frozenset({"by", "with", "alongside"})
POSSESSIVES = frozenset({"its", "their", "his", "her"})
LOCATIVE_CASES = frozenset({"in", "at", "near", "across", "inside", "outside", "around"})


def _antecedent(pronoun: Token, index: dict[int, Span]) -> list[Span]:
    """What a possessive pronoun binds to inside its sentence: the nearest actor-naming noun phrase
    before it, with its conjuncts ("the Government of Chile and the Chilean people in their campaign")."""
    owner = pronoun.head
    for t in reversed(list(pronoun.sent[: pronoun.i - pronoun.sent.start])):
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("compound", "flat", "amod", "nmod:poss", "xcomp"):
            continue
        if t in owner.subtree:
            continue
        if has_case(t, LOCATIVE_CASES):
            continue  # "the attacks in Paris ... its determination": a place is not the owner
        if t.i in index and t.dep_ == "nmod" and t.head.pos_ == "NOUN" and t.head.i not in index:
            t = t.head  # "the Government of Iraq": the phrase, with its conjuncts
        found = [a for a in actors_at(t, index) if pronoun.lower_ not in ("his", "her") or a.label_ == "PERSON"]
        if pronoun.lower_ in ("its", "his", "her"):
            found = found[:1]
        return found  # the nearest noun phrase decides, actor or not
    return []


def _speaker(pronoun: Token, index: dict[int, Span]) -> list[Span]:
    """The actor quoted as "I"/"we": "The minister told reporters: we reject ..." (the reporting verb's subject)."""
    verb = pronoun.head
    while verb.dep_ in ("ccomp", "parataxis", "conj", "xcomp", "advcl") and verb.head is not verb:
        verb = verb.head
        if verb.lemma_.lower() in REPORTING:
            return [index[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in index]
    return []


def _same_person(title: Span, name: Span) -> bool:
    """A person's title and name in apposition ("the Greek Prime Minister, Nikos Papas"): one person; not two
    names the gazetteer knows as two people ("Kim Jong Un met Vladimir Putin" misparsed as an apposition)."""
    if not title.label_ == name.label_ == "PERSON":
        return False
    known = not title.kb_id_.startswith("ent-") and not name.kb_id_.startswith("ent-")
    return title.kb_id_ == name.kb_id_ or not known


def appositive_phrase(span: Span, index: dict[int, Span], *, titles: frozenset[str] = frozenset()) -> Span:
    """The whole noun phrase a person's mention stands in when a title and a name are in apposition:
    "the Greek Prime Minister, Nikos Papas" for either part, so that a record's mention is the
    argument the sentence gives, whichever part names the person. With ``titles``, a name in apposition to
    a noun that is no actor widens only when that noun is an office ("his counterpart, X", not "a letter
    ..., X", a misparse)."""
    if span.label_ != "PERSON":
        return span
    root, doc = span.root, span.doc
    head = root.head
    if root.dep_ == "appos" and head.i < span.start and head.pos in NOUNS:
        own, start = index.get(head.i), min(head.left_edge.i, span.start)
        others = (index[i] for i in range(start, span.start) if i in index and index[i] is not own)
        office = own is not None or not titles or head.lower_ in titles
        if office and (own is None or _same_person(own, span)) and not any(o.label_ == "PERSON" for o in others):
            return doc[start : span.end]  # not "Maliki's first choice, Mohan al-Freiji": another person
    for c in root.children:
        name = index.get(c.i)
        if c.dep_ == "appos" and c.i > root.i and name is not None and _same_person(span, name):
            return doc[min(root.left_edge.i, span.start) : max(span.end, name.end)]
    return span


INCLUDING = frozenset({"including", "like", "notably", "especially"})


def _included(token: Token, index: dict[int, Span]) -> list[Span]:
    """The named members of a group listed after "including" or "such as" ("allies including Germany and
    Poland", "countries such as France and Britain"), or nothing."""
    group = index.get(token.i)
    if (group is not None and not group.kb_id_.startswith("group-")) or token.pos_ not in ("NOUN", "PROPN"):
        return []
    for child in token.children:
        if child.dep_ == "nmod" and child.i in index:
            marks = {c.lower_ for c in child.children if c.dep_ in ("case", "fixed")}
            marks |= {g.lower_ for c in child.children if c.dep_ == "case" for g in c.children if g.dep_ == "fixed"}
            if marks & INCLUDING or {"such", "as"} <= marks:
                listed = [index[child.i], *(index[c.i] for c in _and_conjuncts(child) if c.i in index)]
                # a common noun's list names actors, not places ("towns including X and Y")
                return listed if group is not None else [a for a in listed if a.label_ not in ("LOC", "FAC")]
    return []


def _and_conjuncts(token: Token) -> list[Token]:
    """A noun's conjuncts joined by "and" or commas, none of them an alternative ("the regime or Russia")."""
    conjuncts = list(token.conjuncts)
    if any(g.dep_ == "cc" and g.lower_ in ("or", "nor") for c in conjuncts for g in c.children):
        return []
    return conjuncts


def _conjuncts(token: Token, index: dict[int, Span]) -> list[Token]:
    """A token's conjuncts, also those hung on another word of a conjoined name ("Mali, Burkina Faso and Niger"
    with "Niger" attached to "Faso")."""
    found = list(token.conjuncts)
    seen = {token.i, *(t.i for t in found)}
    for t in [token, *found]:
        span = index.get(t.i)
        if span is None:
            continue
        for inner in span:
            for c in inner.children:
                if c.dep_ != "conj" or span.start <= c.i < span.end:
                    continue
                for x in (c, *c.conjuncts):
                    if x.i not in seen:
                        seen.add(x.i)
                        found.append(x)
    return sorted(found, key=lambda t: t.i)


def actors_at(token: Token, index: dict[int, Span]) -> list[Span]:
    """Actors a nominal names: itself, its conjuncts, or a modifier ("Russian forces")."""
    if token.i not in index and token.lower_ in ("i", "we") and token.pos_ == "PRON":
        return _speaker(token, index)
    if token.i not in index and token.lower_ in POSSESSIVES and token.dep_ == "nmod:poss":
        return _antecedent(token, index)
    out: list[Span] = []
    for t in (token, *_conjuncts(token, index)):
        named = next((c for c in t.children if c.dep_ == "appos" and c.i in index and c.pos_ == "PROPN"), None)
        if named is not None and (t.i not in index or t.pos_ != "PROPN" or _same_person(index[t.i], index[named.i])):
            out.append(index[named.i])  # "the Greek Prime Minister, Nikos Papas": the named one
            continue
        listed = _included(t, index)
        if listed:
            out += listed  # "allies including Germany and Poland": the ones named
            continue
        if t.i in index:
            out.append(index[t.i])
            # "Spain, the whole alliance and Chile": a list read as an apposition
            out += [index[c.i] for c in t.children if c.dep_ == "appos" and c.i in index and c.pos_ == "PROPN"]
            # "Chinese and Indian troops": modifiers joined by "and", each an actor of its own
            span = index[t.i]
            out += [
                index[c.i]
                for c in t.children
                if c.dep_ == "amod"
                and c.i in index
                and c.i < span.start
                and _and_conjuncts(c)
                and all(span.start <= k.i < span.end for k in _and_conjuncts(c))
            ]
            continue
        # "Turkish F-16 jets", "a Russian Su-24 bomber": the actor may modify the noun's compound
        inner = [g for c in t.children if c.dep_ == "compound" and c.i not in index for g in c.children]
        for child in [*t.children, *(g for g in inner if g.dep_ in ("amod", "compound") and g.i < t.i)]:
            if child.dep_ in ("amod", "compound", "nmod:poss", "nmod") and child.i in index:
                if (
                    child.dep_ == "nmod"
                    and not has_case(child, {"of"})
                    and any(c.dep_ == "case" for c in child.children)
                ):
                    continue  # "the summit at Amiens": where, not who ("the government of Iraq" is who)
                out.append(index[child.i])
                if child.dep_ == "nmod":  # "the leaders of Mali, Burkina Faso and Niger": each of them
                    out += [index[c.i] for c in _and_conjuncts(child) if c.i in index]
                break
    return out


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"})
MISREAD_SUBJECT = frozenset({"aux", "compound", "dep", "flat", "nmod", "nmod:desc", "appos", "advmod", "amod", "obl"})


def _finite(verb: Token) -> bool:
    """A finite verb of a main or conjoined clause, or a past participle with no auxiliary read where a past
    tense stands ("X visited Tokyo" tagged VBN)."""
    if verb.tag_ in FINITE_TAGS:
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("ROOT", "conj", "ccomp", "parataxis")
        and not any(c.dep_ in ("aux", "aux:pass", "cop") and c.pos_ != "PROPN" for c in verb.children)
    )


def dependents(verb: Token) -> list[tuple[Token, str]]:
    """A verb's dependents with their relations, repairing one common misparse.

    Short headline-like clauses ("Iran supplied drones to Russia.") are sometimes parsed as a
    noun phrase: the finite verb hangs off its object as ``amod`` and the subject is the noun's
    ``nsubj``. Read that shape as the clause it is.
    """
    out = [(c, c.dep_) for c in verb.children]
    # "supplied drones to Russia" with "to Russia" attached to the object: an oblique of the verb; not the
    # parties of the object ("postponed the meeting between A and B": A and B would have met, not been postponed)
    out += [
        (g, "obl")
        for c in verb.children
        if c.dep_ == "obj" and not any(k.dep_ == "nmod:poss" and k.pos_ == "PROPN" for k in c.children)
        for g in c.children
        if g.dep_ == "nmod"
        and has_case(g, TARGET_CASES - PARTY_CASES)
        and not (c.lemma_.lower() in TOPIC_NOUNS and has_case(g, {"on", "about", "over", "regarding"}))
    ]  # not what a named owner's act is aimed at ("blocked Sweden's entry into NATO": NATO is not blocked), nor
    # what a text is about ("vetoed a resolution on Syria": Syria is not vetoed)
    if not any(dep in SUBJECT_DEPS for _, dep in out) and _finite(verb):
        # "President Yoon Suk Yeol visited Tokyo" with the name attached to the verb as "aux" or "compound":
        # a bare proper name right before a finite verb that has no subject is its subject
        named = [
            c
            for c, dep in out
            if dep in MISREAD_SUBJECT and c.pos_ == "PROPN" and c.i < verb.i and c.right_edge.i == verb.i - 1
        ]
        if named and not any(g.dep_ == "case" for g in named[-1].children):
            out = [(c, "nsubj" if c is named[-1] else dep) for c, dep in out]
    head = verb.head
    if verb.dep_ == "amod" and verb.tag_ in FINITE_TAGS and head.i > verb.i and head.pos_ in ("NOUN", "PROPN"):
        subjects = [(c, "nsubj") for c in head.children if c.dep_ == "nsubj" and c.i < verb.i]
        if subjects or any(dep == "nsubj" for _, dep in out):
            out += [*subjects, (head, "obj")]
            out += [(c, "obl") for c in head.children if c.dep_ == "nmod" and c.i > head.i]
    return out


def has_case(token: Token, cases: set[str]) -> bool:
    return any(c.dep_ == "case" and c.lower_ in cases for c in token.children)


def _bare(token: Token) -> bool:
    """An oblique with no preposition or marker of its own: a direct object the parser misattached."""
    return not any(c.dep_ in ("case", "mark") for c in token.children) and token.head.i < token.i


def _is_participle(verb: Token) -> bool:
    """A passive participle modifying a noun ("the city controlled by Daesh") or set beside a clause with no
    subject of its own ("Backed by Iran, the Houthis attacked ...", "the Houthis, backed by Iran, attacked")."""
    if verb.tag_ != "VBN":
        return False
    own = ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop")
    return verb.dep_ == "acl" or (verb.dep_ == "advcl" and not any(c.dep_ in own for c in verb.children))


# verbs whose subject comes to have what their object names
GETTING = frozenset({"receive", "get", "obtain", "acquire", "accept", "take", "buy", "purchase", "import"})


def _participle_noun(verb: Token, index: dict[int, Span]) -> list[Span]:
    """Actors a passive participle modifies: "the city controlled by Daesh", and through a copula,
    "Mosul is a city controlled by Daesh"."""
    if not _is_participle(verb):
        return []
    if verb.dep_ == "advcl":  # the clause's subject is what the participle says of
        return [a for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass") for a in actors_at(c, index)]
    noun = verb.head
    found = actors_at(noun, index)
    if any(c.dep_ == "cop" for c in noun.children):
        found += [a for c in noun.children if c.dep_ == "nsubj" for a in actors_at(c, index)]
    if not found and noun.dep_ == "obj" and noun.head.lemma_.lower() in GETTING:
        # "Ukraine received tanks supplied by the United States": what was given went to who got it
        found = [a for c in noun.head.children if c.dep_ == "nsubj" for a in actors_at(c, index)]
    return found


def object_controllers(clause: Token, index: dict[int, Span]) -> list[Span]:
    """Who does what an infinitive says when its verb is one of object control: "urged Israel to negotiate"
    (Israel negotiates), "called on Russia to withdraw", "helped Hezbollah to attack", "sent Wagner to fight".

    Only for the verbs of :data:`OBJECT_CONTROL`: after other verbs an infinitive with an object before it is
    most often a purpose clause the parser labelled ``xcomp`` ("met their counterparts to discuss X": the
    subject discusses)."""
    if kept_from(clause) is not None:  # "warned China against arming Russia": China would arm
        head = clause.head.head if clause.dep_ == "acl" and clause.head.dep_ == "obj" else clause.head
        return [a for c in head.children if c.dep_ in ("obj", "iobj") and c.i < clause.i for a in actors_at(c, index)]
    if clause.dep_ not in ("xcomp", "advcl"):
        return []
    head = clause.head
    lemma = head.lemma_.lower()
    if accusation_head(clause) is not None:
        return [a for c in head.children if c.dep_ in ("obj", "iobj") and c.i < clause.i for a in actors_at(c, index)]
    if lemma not in OBJECT_CONTROL or head.pos_ not in ("VERB", "AUX"):
        return []
    if clause.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ == "to" for c in clause.children):
        return []
    before = [c for c in head.children if c.i < clause.i]
    found = [a for c in before if c.dep_ in ("obj", "iobj") for a in actors_at(c, index)]
    if not found and lemma in CONTROLLER_CASES:
        cases = CONTROLLER_CASES[lemma]
        found = [a for c in before if c.dep_ == "obl" and has_case(c, cases) for a in actors_at(c, index)]
    return found


def accusation_head(clause: Token) -> Token | None:
    """The accusing verb of a gerund that states the charge: "accused Iran of arming X" (the gerund a clause
    of the verb, or of its object: "accused Russia of attacking Y"), "blamed Russia for shelling Y"."""
    if clause.tag_ != "VBG" or clause.dep_ not in ("advcl", "acl"):
        return None
    head = clause.head
    if clause.dep_ == "acl":
        if head.dep_ != "obj":
            return None
        head = head.head
    case = ACCUSING_HEADS.get(head.lemma_.lower())
    if case is None or head.pos_ != "VERB":
        return None
    return head if any(c.dep_ in ("mark", "case") and c.lower_ == case for c in clause.children) else None


RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that"})


def _filler(child: Token, verb: Token, index: dict[int, Span]) -> list[Span]:
    """The actors an argument names; a relative pronoun names its clause's noun ("Iran, which armed the
    Houthis", "Hezbollah, which Iran funds")."""
    if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "acl:relcl":
        antecedent = index.get(verb.head.i)  # the noun itself names the actor, not a noun with an actor in it
        return [antecedent] if antecedent is not None else []
    return actors_at(child, index)


def _titled_person(noun: Token, index: dict[int, Span]) -> list[Span]:
    """The person a common noun right before a name describes, when the parser left the name outside the noun's
    phrase ("killed Hamas leader Yahya Sinwar", "arrested journalist Evan Gershkovich"): the person is the
    argument, not the organisation in the title."""
    after = index.get(noun.i + 1)
    if noun.i in index or noun.pos_ != "NOUN" or after is None or after.label_ != "PERSON" or after.start != noun.i + 1:
        return []
    return [after]


def arguments(
    verb: Token, index: dict[int, Span], *, cooperative: bool = False, force: bool = False
) -> tuple[list[Span], list[Span], Token | None]:
    """Subjects, targets and theme of a verb. For ``cooperative`` verbs "against X" names the adversary
    ("supported Iraq against ISIL"), "on" a topic or a place ("shipped arms to rebels on the Sudanese
    frontier") and a place after "at" is where it happened ("met at Sochi"), so none is a target; "fired rockets
    at Israel" keeps its target. For acts of ``force`` "from X" is where the force came from."""
    subjects: list[Span] = []
    theme: Token | None = None
    children = dependents(verb)
    objects = _participle_noun(verb, index)
    passive = _is_participle(verb) or any(dep in ("nsubj:pass", "aux:pass") for _, dep in children)
    target_cases = TARGET_CASES - {"against", "on"} if cooperative else TARGET_CASES
    if force:  # "fired rockets from Gaza", "struck from Lebanese territory": where from, not whom
        target_cases = target_cases - {"from"}
    places_at = PLACE_LABELS if cooperative else frozenset({"LOC", "FAC"})
    for child, dep in children:
        if dep == "nsubj":
            subjects += _filler(child, verb, index)
        elif dep == "nsubj:pass":
            objects += _filler(child, verb, index)
        elif dep in ("obj", "iobj"):
            actors = _titled_person(child, index) or _filler(child, verb, index)
            if child.i not in index and any(d == "obl" and c.head.i == child.i for c, d in children):
                # "pledged American support for Ukraine": the modifier owns the act, its "for" names the target
                actors = [a for a in actors if not (a.start <= child.i < a.end) and a.root.head.i != child.i]
            if actors:
                objects += actors
            elif theme is None and child.pos_ in ("NOUN", "PROPN", ""):
                theme = child
        elif dep == "obl" and child.pos_ == "PROPN" and child.i in index and not passive and _bare(child):
            objects += _filler(child, verb, index)  # "met Chinese President Xi Jinping" read as an obl: no case
        elif dep == "xcomp" and child.pos_ == "PROPN" and child.i in index and not passive:
            objects += _filler(child, verb, index)  # "met Prime Minister X" misread as a small clause
        elif passive and (dep == "obl:agent" or (dep == "obl" and has_case(child, {"by"}))):
            # the label names the agent even where "by" hangs elsewhere ("by his brother Bashar al-Assad")
            subjects += actors_at(child, index)
        elif dep == "obl" and passive and child.lemma_ == "hand" and has_case(child, {"at"}):
            subjects += [a for g in child.children if g.dep_ == "nmod" for a in actors_at(g, index)]
        elif dep == "obl" and has_case(child, target_cases):
            at = has_case(child, {"at"})
            objects += [a for a in actors_at(child, index) if not (at and a.label_ in places_at)]
    if not objects and verb.lemma_.lower() in CHARGE_FRAMES:
        objects = charged(verb, index)
    if not objects:  # "demanded that Russia withdraw": the one asked is the that-clause's subject
        objects = [
            a
            for clause in verb.children
            if mandated(clause)
            for c in clause.children
            if c.dep_ == "nsubj"
            for a in actors_at(c, index)
        ]
    if not objects and verb.dep_ == "conj" and verb.head.pos_ == "VERB":  # "degrade and defeat ISIL"
        # passive: "It was founded in 1989 and was headed by X" shares its patient subject
        shared = ("obj", "nsubj:pass") if passive and not any(dep == "nsubj" for _, dep in children) else ("obj",)
        # only an object after this verb is shared ("visited Kyiv and met Zelensky": Kyiv is not met)
        objects = [
            a
            for c, dep in dependents(verb.head)
            if dep in shared and (c.i > verb.i or dep == "nsubj:pass")
            for a in actors_at(c, index)
        ]
    if not objects and theme is None:  # "to degrade and defeat ISIL": the first verb shares the last one's object
        objects = [  # not a conjoined clause with a subject of its own ("A released X, and B freed Y")
            a
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and c.i > verb.i
            and not any(g.dep_ in ("nsubj", "nsubj:pass") for g in c.children)
            for g, dep in dependents(c)
            if dep == "obj"
            for a in actors_at(g, index)
        ]
    # control, raising and shared subjects: climb xcomp / conj heads
    # a subject the parse names but that is no known actor ends the climb ("Peru has many problems and
    # every region has to work together to fight the cartels": the regions act, not Peru)
    head = verb
    named = any(dep == "nsubj" and not _pair_description(c) for c, dep in children)
    if (
        not subjects
        and not named
        and verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.pos_ != "VERB"
        and not comma_adjunct(verb)
    ):
        subjects, named = acting_noun(verb, index), True  # "companies supporting X": the noun acts, no climb
    while not subjects and not named and head.dep_ in ("xcomp", "conj", "advcl", "acl") and head.head is not head:
        controllers = object_controllers(head, index)
        if controllers:  # "urged Israel to negotiate with Hamas": Israel would negotiate
            subjects = controllers
            break
        via_noun = head.dep_ == "acl" and head.head.pos_ != "VERB"  # "denied arming X" misparsed: the verb's
        purpose = head.dep_ in ("advcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "to" for c in head.children)
        companions: list[Span] = []
        head = head.head
        if via_noun and head.dep_ in ("obl", "obj") and not any(c.dep_ == "nmod:poss" for c in head.children):
            if purpose and head.lower_ == "part":  # "working as part of the Coalition to defeat ISIL": both act
                companions = groups_joined(head.head, index)
            head = head.head  # "working as part of X to defeat ISIL", "sent troops to fight": the verb's subject
            via_noun = False
            recipients = [
                a for c, dep in dependents(head) if dep == "obl" and has_case(c, {"to"}) for a in actors_at(c, index)
            ]
            if recipients:  # "providing drones to Russia to attack Ukraine": the recipient acts
                subjects = recipients
                break
        # "X was ordered to attack", "X is committed to defeating": a passive or adjectival controller
        deps = ("compound", "nmod:poss") if via_noun else ("nsubj", "nsubj:pass")
        subjects = [s for c, dep in dependents(head) if dep in deps for s in actors_at(c, index)]
        named = not via_noun and any(dep in deps and not _pair_description(c) for c, dep in dependents(head))
        if subjects and purpose and objects and not via_noun:  # "stands by / works with Iraq to defeat Daesh"
            companions += [
                a
                for c, dep in dependents(head)
                if dep == "obl" and has_case(c, COMPANION_CASES)
                for a in actors_at(c, index)
            ]
            subjects += [a for a in companions if a.kb_id_ not in {s.kb_id_ for s in subjects}]
    return subjects, objects, theme


OWNER_DEPS = frozenset({"nmod:poss", "amod", "compound"})


PATIENT_CASES = frozenset({"on", "against", "at", "into", "upon", "over"})


def act_patients(verb: Token, index: dict[int, Span], lexicon: Lexicon) -> set[int]:
    """The roots of the phrases naming whom the acts a verb's objects name were done to ("condemned the Russian
    attack on Ukraine", "criticised the sanctions on Iran"), whether the parser hung them on the noun or on the
    verb right after it: for a verb that judges an act, they are not its targets (the act's maker is)."""
    acts = [
        c
        for c in verb.children
        if c.dep_ == "obj" and c.i not in index and c.pos_ == "NOUN" and lexicon.event_noun(c.text)
    ]
    found: set[int] = set()
    ends = {a.right_edge.i + 1 for a in acts}
    for c in [
        *(g for a in acts for g in a.children if g.dep_ == "nmod"),
        *(c for c in verb.children if c.dep_ == "obl"),
    ]:
        if not has_case(c, PATIENT_CASES) or (c.dep_ == "obl" and c.left_edge.i not in ends):
            continue
        found |= {c.i, *(k.i for k in c.conjuncts)}
    return found


def act_agents(verb: Token, index: dict[int, Span], *, owners: bool = False) -> list[Span]:
    """Who did the act a verb's object names: "backed the recapture by Malian troops",
    "condemned the attack by Russia" (the act's agent is whom the attitude is about). Also where the parser
    took a hyphenated nominal for a clause ("re-taking": an -ing clause right after the object). With
    ``owners``, the act's possessor or the actor modifying it counts too: "condemned Russia's decision",
    "rejected the US proposal", "criticized the North Korean launch", and so does the owner of a gerund
    ("denounced Serbia's arming of the militias")."""
    acts = [c for c in verb.children if c.dep_ == "obj" and c.i not in index]
    acts += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i - 1 in {a.i for a in acts}]
    found = [
        a
        for act in acts
        for c in act.children
        if c.dep_ in ("nmod", "obl", "obl:agent") and c.i > act.i and has_case(c, {"by"})
        for a in actors_at(c, index)
    ]
    if owners and not found:
        found = [
            index[c.i]
            for act in acts
            if act.pos_ == "NOUN"
            for c in act.children
            if c.dep_ in OWNER_DEPS and c.i < act.i and c.i in index
        ]
    if owners and not found:  # "condemned Russia's jamming of the signals": a gerund's owner or subject acts
        found = [
            a
            for act in verb.children
            if act.dep_ in ("ccomp", "xcomp")
            and act.tag_ == "VBG"
            and act.i > verb.i
            and not any(c.dep_ in ("mark", "aux", "aux:pass") for c in act.children)  # a gerund, not a clause
            for c in act.children
            if c.dep_ in ("nmod:poss", "nsubj") and c.i < act.i
            for a in actors_at(c, index)
        ]
    return found


def acting_noun(participle: Token, index: dict[int, Span]) -> list[Span]:
    """Who acts in an -ing participle modifying a noun: the noun ("Russian forces attacking Kyiv"), or the
    actor it is in apposition to ("Jan Kowal, a trader selling grain to Belarus"); none for "companies
    supporting militias" unless the noun is owned ("our commitment to combating Daesh": we)."""
    noun = participle.head
    found = actors_at(noun, index)
    if not found and noun.dep_ == "appos":
        found = actors_at(noun.head, index)
    if not found:
        found = [a for c in noun.children if c.dep_ == "nmod:poss" for a in actors_at(c, index)]
    return found


def _pair_description(noun: Token) -> bool:
    """ "the two leaders", "both sides": the actors just named, not a new subject."""
    return any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "amod") for c in noun.children)


# an -ing participle, or a finite verb the parser hung off its subject as if it were a participle
ACTING_TAGS = frozenset({"VBG", "VBD", "VBZ", "VBP"})


def comma_adjunct(verb: Token) -> bool:
    """An -ing clause set off by a comma after a verb's object, which the parser hung off that object: an
    adjunct of the whole clause, whose subject is the verb's ("condemned the attack, calling on Iran to ...",
    "struck the city, killing twelve people"), not a description of the object."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and noun.i < verb.i
        and noun.dep_ in ("obj", "obl")
        and noun.head.pos_ == "VERB"
    )


def named_subject(verb: Token) -> Token | None:
    """The subject the parse names for a verb, an actor or not, up its control and conjunction chain;
    an -ing participle's is the noun it modifies ("companies supporting militias"), and so is that of a
    finite verb misread as one ("sources said that the raid destroyed two depots")."""
    t, deps = verb, ("nsubj",)
    while True:
        found = next((c for c in t.children if c.dep_ in deps and not _pair_description(c)), None)
        if found is not None:
            return found
        clause_of_verb = t.dep_ == "acl" and t.head.pos_ == "VERB"  # "denied arming X" misparsed: a complement
        if comma_adjunct(t):
            t, deps = t.head.head, ("nsubj", "nsubj:pass")
            continue
        if t.dep_ == "acl" and t.tag_ in ACTING_TAGS and not clause_of_verb:
            return t.head
        if (t.dep_ not in ("xcomp", "conj", "advcl") and not clause_of_verb) or t.head.i == t.i:
            return None
        t, deps = t.head, ("nsubj", "nsubj:pass")


def patients(verb: Token, index: dict[int, Span]) -> list[Span]:
    """Actors a verb acts on directly: its object, its passive subject, or the noun its participle modifies."""
    found = [a for c, dep in dependents(verb) if dep in ("obj", "nsubj:pass") for a in actors_at(c, index)]
    return found + _participle_noun(verb, index)


def groups_joined(verb: Token, index: dict[int, Span]) -> list[Span]:
    """Organisations in "(working) as part of X" or "as a member of X" attached to a verb, or to an
    actor's own noun phrase ("Norway, as part of the alliance, is ready to ...")."""
    found: list[Span] = []
    for child in verb.children:
        attached = child.dep_ in ("obl", "advcl", "xcomp") or (child.dep_ == "nmod" and has_case(child, {"as"}))
        if attached and child.lower_ in ("part", "member", "members"):
            for grandchild in child.children:
                if grandchild.dep_ == "nmod" and has_case(grandchild, {"of"}):
                    found += [s for s in actors_at(grandchild, index) if s.label_ in ("ORG", "GPE")]
    return found


INCLUDING = frozenset({"including", "includes", "include"})


def included(group: Span, index: dict[int, Span]) -> list[Span]:
    """Members a group's own phrase lists: "the donor group, including Japan and Brazil",
    "the coalition, including the UK". Only for organisations and group actors, not places
    ("Iraq, including Mosul" is geography, not membership)."""
    if group.label_ not in ("ORG", "NORP"):
        return []
    return [
        a
        for c in group.root.children
        if c.dep_ == "nmod" and has_case(c, INCLUDING)
        for a in actors_at(c, index)
        if a.label_ in ("ORG", "GPE", "NORP", "PERSON") and a.kb_id_ != group.kb_id_
    ]
