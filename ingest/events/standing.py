"""Standing relations between people and the states or organisations they serve.

``leader_of``: "Russia's President Vladimir Putin", "Putin, the Russian president",
"NATO Secretary General Mark Rutte". ``member_of``: "Neil Melvin, director of
international security at RUSI", "Foreign Minister Sergei Lavrov of Russia".

Patterns are read off the token sequence around a PERSON mention, so they hold
with or without a parser: [owner ('s)?] TITLE+ PERSON, and PERSON , (the)? [owner]?
TITLE+ (of|at|for|in)? ... owner. With a parse, titles predicated of a person count too:
"Melvin is the director ... at RUSI", "appointed Abu Ghadiya the commander for AQI's logistics",
"was named as the commander of the Northern Naval Fleet".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .arguments import NOUNS, tagged
from .elections import won_offices
from .types import Standing

__all__ = [
    "LEADER_TITLES",
    "MEMBER_TITLES",
    "PAST",
    "TENURE",
    "TITLE_GLUE",
    "TITLE_WORDS",
    "StandingRelation",
    "find_standing_relations",
]

LEADER_TITLES = frozenset(
    {
        "president",
        "leader",
        "chairman",
        "chairwoman",
        "chair",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "sultan",
        "monarch",
        "head",
        "chief",
        "commander",
        "ruler",
        "dictator",
        "ayatollah",
        "ceo",
        "founder",
        "prime minister",
        "supreme leader",
        "secretary general",
        "secretary-general",
        "general secretary",
        "commander-in-chief",
        "director general",
        "director-general",
        "taoiseach",
        "shah",
        "emperor",
        "pope",
    }
)
MEMBER_TITLES = frozenset(
    {
        "minister",
        "speaker",  # of a parliament or house ("House Speaker X": Phoenix codes the speaker LEG)
        "attorney",  # "Attorney General X"
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "official",
        "ambassador",
        "envoy",
        "member",
        "officer",
        "adviser",
        "advisor",
        "analyst",
        "fellow",
        "researcher",
        "general",
        "colonel",
        "major",
        "captain",
        "lieutenant",
        "soldier",
        "diplomat",
        "negotiator",
        "aide",
        "deputy",
        "representative",
        "delegate",
        "lawmaker",
        "senator",
        "governor",
        "mayor",
        "militant",
        "fighter",
        "commissioner",
        "professor",
        "correspondent",
        "chairperson",
        "vice",
        "justice",
        "judge",
        "lawyer",
        "economist",
        "expert",
        "associate",
        "manager",
        "coordinator",
        "president-elect",
        "counterpart",  # "his German counterpart, X": the same office in another state
        "admiral",
        "marshal",
        "brigadier",
        "sergeant",
        "commodore",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "state",
    }
)
TITLE_WORDS = frozenset(w for t in LEADER_TITLES | MEMBER_TITLES for w in t.split())
DEMOTE = frozenset({"vice", "deputy", "assistant"})
# an office held before ("former President X", "the late King Y"): the office words still say which office,
# as news coders record it (a former president led the state); the dated-offices pass (offices.py) skips them
PAST = frozenset({"former", "ex", "ex-", "late"})
# how long or how lawfully an office is held, not a part of the owner: an interim president leads the state
TENURE = frozenset({"acting", "interim", "caretaker", "transitional", "incoming", "outgoing", "sitting", "current"})
LINKS = frozenset({"of", "at", "for", "in", "with", "from", "to"})
STOP = frozenset({",", ".", ";", ":", "(", ")", "and", "who", "which", "said", "says"})
MAX_GAP = 8


@dataclass(frozen=True, slots=True)
class StandingRelation:
    """``person`` leads or belongs to ``owner``; ``title`` is the words that say so."""

    person: Span
    predicate: str  # leader_of | member_of
    owner: Span
    title: str


# ranks and honorifics that stand between an office and a name ("army chief General X", "the junta's leader
# Colonel Y"): the office before them says which office it is
RANKS = frozenset(
    {"general", "colonel", "major", "captain", "lieutenant", "admiral", "marshal", "brigadier", "sergeant", "commodore"}
)
# words that say what kind of leader, not which part of the owner is led ("Hamas political leader", "the
# country's spiritual leader"); unlike "aid chief" or "nuclear chief", the head of a part of the owner
LEADERSHIP_KINDS = frozenset({"political", "spiritual", "religious", "supreme", "de", "facto", "top", "overall"})


def _kind(title_words: list[str]) -> str | None:
    words = [w.lower().strip(".") for w in title_words]
    while len(words) > 1 and words[-1] in RANKS and any(w in LEADER_TITLES for w in words[:-1]):
        words.pop()  # "chief General": the rank is how the chief is addressed
    if not words:
        return None
    phrase = " ".join(words)
    if any(w in DEMOTE for w in words):
        return Standing.MEMBER_OF
    if any(t in phrase.split() or t in phrase for t in LEADER_TITLES if " " in t) or words[-1] in LEADER_TITLES:
        return Standing.LEADER_OF
    if any(w in MEMBER_TITLES or w in LEADER_TITLES for w in words):
        return Standing.MEMBER_OF
    return None


def _owner_ok(span: Span) -> bool:
    return span.label_ in ("GPE", "ORG", "NORP")


TITLE_GLUE = frozenset({"of", "for", "the", "-"})
MAX_MODIFIERS = 2  # "UN aid chief", "Iran's nuclear programme chief": lower-case words between owner and office


def _title_before(doc: Doc, i: int, at: dict[int, Span]) -> tuple[list[str], int, bool]:
    """The office words ending at token ``i`` (read leftwards), the index before them, and whether a lower-case
    modifier stood between the owner and the office ("UN aid chief", "Iran's nuclear chief": the head of a part
    of the owner, so a member of the owner)."""
    title: list[str] = []
    modifiers = 0
    while i >= 0 and i not in at:
        token = doc[i]
        word = token.lower_.strip(".")
        if word in TITLE_WORDS or word in DEMOTE or word in PAST:
            title.insert(0, token.text)
        elif title and word in TITLE_GLUE and i > 0 and doc[i - 1].lower_.strip(".") in TITLE_WORDS:
            title.insert(0, token.text)  # "Secretary of State"
        elif title and word in TENURE:
            pass  # "caretaker Prime Minister", "interim President": still the office itself
        elif title and word in LEADERSHIP_KINDS:
            pass  # "political leader": the kind of leader, not a part of the owner
        elif title and token.is_lower and token.pos_ in ("NOUN", "ADJ") and modifiers < MAX_MODIFIERS:
            modifiers += 1  # "aid chief", "nuclear chief": what the office is about, not who owns it
        else:
            break
        i -= 1
    return title, i, modifiers > 0


def _left(doc: Doc, person: Span, at: dict[int, Span]) -> StandingRelation | None:
    """[OWNER ('s)?] OFFICE (,)? PERSON: "Russia's President Vladimir Putin", "NATO chief X", "Hamas leader, X",
    "his German counterpart, X"; and OFFICE of OWNER, PERSON: "the president of Kenya, William Ruto"."""
    i = person.start - 1
    comma = i >= 0 and doc[i].text == ","
    if comma:
        i -= 1
    owner = at.get(i)
    if owner is not None and comma and owner.start > 0 and doc[owner.start - 1].lower_ in ("of", "for"):
        title, _, part = _title_before(doc, owner.start - 2, at)  # "the president of Kenya, William Ruto"
        kind = _kind(title)
        if kind is None or not _owner_ok(owner):
            return None
        return StandingRelation(person, kind, owner, " ".join(title))
    group = at.get(i)
    if group is not None and group.label_ != "PERSON" and len(group) > 1 and group[-1].lower_ in TITLE_WORDS:
        # "Kremlin spokesman Ana Ruiz": the linker read owner and office as one group ("the Kremlin's spokesman")
        title = [t.text for t in group[1:] if t.lower_ in TITLE_WORDS]
        kind = _kind(title)
        if kind is None or not _owner_ok(group):
            return None
        return StandingRelation(person, kind, group, " ".join(title))
    title, i, part = _title_before(doc, i, at)
    kind = _kind(title)
    if kind is None:
        return None
    if part:
        kind = Standing.MEMBER_OF  # "UN aid chief": heads a part of the UN
    if i >= 0 and doc[i].lower_ in ("'s", "’s"):
        i -= 1
    owner = at.get(i)
    if owner is None or not _owner_ok(owner):
        return None
    return StandingRelation(person, kind, owner, " ".join(title))


def _right(doc: Doc, person: Span, at: dict[int, Span]) -> StandingRelation | None:
    i = person.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    end = min(len(doc), i + MAX_GAP + 3)
    title: list[str] = []
    owner: Span | None = None
    while i < end:
        token = doc[i]
        if i in at:
            span = at[i]
            if _owner_ok(span):
                owner = owner or span
                if title:  # "the Russian president" or "director ... at RUSI": owner after the title ends it
                    break
            elif span.label_ == "PERSON":
                return None
            i = span.end
            continue
        word = token.lower_.strip(".")
        if word in TITLE_WORDS or word in DEMOTE or word in PAST:
            title.append(token.text)
        elif token.text in STOP and title:
            break
        elif token.text in STOP:
            return None
        i += 1
    kind = _kind(title)
    if kind is None or owner is None:
        return None
    return StandingRelation(person, kind, owner, " ".join(title))


OWNER_CASES = frozenset({"of", "at", "in", "for", "with"})


def _title_holders(title: Token, at: dict[int, Span]) -> list[Span]:
    """People a title noun is said of: copular subject, appositive head, or the person a verb
    names it ("appointed X commander", "X was appointed as commander")."""
    holders: list[Token] = []
    if any(c.dep_ == "cop" for c in title.children):
        holders += [c for c in title.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if title.dep_ == "appos":
        holders.append(title.head)
    verb = title.head
    if title.dep_ in ("xcomp", "obl") and verb.pos_ == "VERB":
        if title.dep_ == "xcomp" or any(c.dep_ == "case" and c.lower_ == "as" for c in title.children):
            holders += [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")]
    if title.dep_ == "appos" and verb.dep_ == "obj":
        holders.append(verb)
    return [at[h.i] for h in holders if h.i in at and at[h.i].label_ == "PERSON"]


def _title_owners(title: Token, at: dict[int, Span]) -> list[Span]:
    """Organisations and states a title noun belongs to: "of/at/for NATO", "for AQI's logistics".

    A title that already names its owner before it ("the French Special Envoy for Libya") has a
    brief after it, not a second owner."""
    owners = [
        at[c.i]
        for c in title.subtree
        if c.dep_ in ("compound", "nmod:poss") and c.i in at and c.i < title.i and at[c.i].label_ != "NORP"
    ]  # "the senior Libyan officer for the militia's supplies": a nationality is not an owner
    if owners and _owner_ok(owners[0]):
        return owners[:1]
    owners = []
    for child in title.children:
        if child.dep_ != "nmod" or not any(c.dep_ == "case" and c.lower_ in OWNER_CASES for c in child.children):
            continue
        for t in (child, *[g for g in child.children if g.dep_ == "nmod:poss"]):
            if t.i in at and _owner_ok(at[t.i]) and at[t.i].label_ != "NORP":
                owners.append(at[t.i])
                break
    return owners[:1]


def _predicated(doc: Doc, at: dict[int, Span]) -> list[StandingRelation]:
    found: list[StandingRelation] = []
    for token in tagged(doc, NOUNS):
        if token.lower_ not in TITLE_WORDS or token.i in at:
            continue
        words = [  # "deputy minister", "prime minister": the words before the title noun that say which office
            c.text
            for c in token.children
            if c.dep_ in ("amod", "compound") and c.i < token.i and (c.lower_ in DEMOTE or c.lower_ in TITLE_WORDS)
        ]
        kind = _kind([*words, token.text])
        for person in _title_holders(token, at):
            for owner in _title_owners(token, at):
                if kind is not None and owner.kb_id_ != person.kb_id_:
                    found.append(StandingRelation(person, kind, owner, token.text))
    return found


LED_BY = {
    "led": Standing.LEADER_OF,
    "headed": Standing.LEADER_OF,
    "commanded": Standing.LEADER_OF,
    "chaired": Standing.LEADER_OF,
    "represented": Standing.MEMBER_OF,
}


def _led_by(doc: Doc, at: dict[int, Span]) -> list[StandingRelation]:
    """ "the coalition government of Belgium, led by Prime Minister Jan Peeters, ...": the participle after
    the comma says who leads (or represents) the group just named, however the parser attached it."""
    found: list[StandingRelation] = []
    for token in doc[2:-2]:
        kind = LED_BY.get(token.lower_)
        if kind is None or doc[token.i - 1].text != "," or doc[token.i + 1].lower_ != "by":
            continue
        group = at.get(token.i - 2)
        if group is None or group.label_ == "PERSON" or not _owner_ok(group):
            continue
        for t in doc[token.i + 2 : min(len(doc), token.i + 2 + MAX_GAP)]:
            if t.i in at:
                if at[t.i].label_ == "PERSON" and at[t.i].kb_id_ != group.kb_id_:
                    found.append(StandingRelation(at[t.i], kind, group, token.text))
                break
            if not (t.lower_ in TITLE_WORDS or t.is_title):
                break  # only a title may stand between "by" and the person
    return found


MAX_OF_MODIFIERS = 2  # "of the ruling Freedom Party": lower-case words before the party's name


def _of_phrases(doc: Doc, at: dict[int, Span]) -> list[StandingRelation]:
    """PERSON of (the) ORG: "Ana Ruiz of the ruling Freedom Party" is a member; ORG of PERSON: "the Freedom
    Party of Ana Ruiz" is the party she leads. States are left to the office words ("President X of Chile")."""
    found: list[StandingRelation] = []
    for span in dict.fromkeys(at.values()):
        j = span.end
        if j + 1 >= len(doc) or doc[j].lower_ != "of":
            continue
        k = j + 1
        if doc[k].lower_ == "the":
            k += 1
        if span.label_ == "PERSON":
            modifiers = 0
            while k < len(doc) and k not in at and doc[k].is_lower and modifiers < MAX_OF_MODIFIERS:
                k, modifiers = k + 1, modifiers + 1
            owner = at.get(k)
            if owner is not None and owner.start == k and owner.label_ == "ORG" and owner.kb_id_ != span.kb_id_:
                found.append(StandingRelation(span, Standing.MEMBER_OF, owner, "of"))
        elif span.label_ == "ORG":
            title: list[str] = []
            while k < len(doc) and k not in at and doc[k].lower_.strip(".") in TITLE_WORDS:
                title.append(doc[k].text)
                k += 1
            person = at.get(k)
            if (
                person is not None
                and person.start == k
                and person.label_ == "PERSON"
                and _kind(title)
                in (
                    None,
                    Standing.LEADER_OF,
                )
            ):
                found.append(StandingRelation(person, Standing.LEADER_OF, span, " ".join(title) or "of"))
    return found


def find_standing_relations(
    doc: Doc, actor_spans: list[Span], *, refs: list[Span] | None = None
) -> list[StandingRelation]:
    """``leader_of`` / ``member_of`` for every PERSON mention with a title and an owner nearby."""
    at: dict[int, Span] = {}
    for span in actor_spans:
        for t in span:
            at[t.i] = span
    found: list[StandingRelation] = []
    for span in actor_spans:
        if span.label_ != "PERSON":
            continue
        for rel in (_left(doc, span, at), _right(doc, span, at)):
            if rel is not None and rel.owner.kb_id_ != span.kb_id_:
                found.append(rel)
    seen = {(r.person.start, r.owner.start) for r in found}
    found += [r for r in _led_by(doc, at) if (r.person.start, r.owner.start) not in seen]
    seen = {(r.person.start, r.owner.start) for r in found}
    found += [r for r in _of_phrases(doc, at) if (r.person.start, r.owner.start) not in seen]
    if doc.has_annotation("DEP"):
        seen = {(r.person.start, r.owner.start) for r in found}
        with_refs = {**{t.i: r for r in refs or [] for t in r}, **at}  # "He was a commander in ..."
        found += [r for r in _predicated(doc, with_refs) if (r.person.start, r.owner.start) not in seen]
        seen = {(r.person.start, r.owner.start) for r in found}
        found += [
            StandingRelation(person, predicate, owner, title)
            for person, predicate, owner, title in won_offices(doc, at, kind=_kind)
            if (person.start, owner.start) not in seen and person.kb_id_ != owner.kb_id_
        ]
    return found
