"""Person mentions that a statistical NER tends to miss.

- title + name: "Minister Ellwood", "President Hollande", "Mr Hammond" (the name becomes
  the mention; the title stays out of the actor's label);
- a capitalised office used as a name: "The Foreign Secretary", "the Prime Minister";
- a surname alone after the full name appeared: "Ellwood" after "Tobias Ellwood";
- the author a statement's title names: "Statement by the High Representative Federica Mogherini on ..."
  (:func:`title_author`, a title + name in a title that says it gives the person's own words).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..events.standing import TITLE_WORDS
from ..temporal import is_temporal

__all__ = ["HONORIFICS", "OWN_WORDS", "PERSONAL_TITLES", "find_person_spans", "hyphenated_name_joiner", "title_author"]

OWN_WORDS = frozenset({"statement", "remarks", "speech", "interview", "says", "said", "op-ed"})

HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "sheikh",
        "general",
        "gen",
        "colonel",
        "col",
        "major",
        "captain",
        "lieutenant",
        "admiral",
        "ayatollah",
        "imam",
    }
)
NOT_NAMES = frozenset(
    {
        "office",
        "ministry",
        "department",
        "council",
        "committee",
        "agency",
        "service",
        "affairs",
        "staff",
        "forces",
        "army",
        "government",
        "house",
        "senate",
        "parliament",
        "assembly",
        "court",
        "bank",
        "union",
        "command",
        "cabinet",
        "embassy",
        "coalition",
        "of",
        "and",
    }
)
OFFICE_HEADS = frozenset(
    {
        "president",
        "minister",
        "secretary",
        "chancellor",
        "premier",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "commissioner",
        "king",
        "queen",
        "emir",
        "representative",
        "prime",
    }
)


def _is_title(word: str) -> bool:
    low = word.lower().strip(".")
    return low in TITLE_WORDS or low in HONORIFICS


def _capitalised(token) -> bool:
    """A capitalised word, hyphenated names included ("Suk-yeol", "Ben-Gvir")."""
    return token.text[:1].isupper() and token.text.replace("-", "").replace("‐", "").isalpha()


HYPHENS = frozenset({"-", "‐"})
# "Al-Shabaab", "Al-Qaeda": an article and a noun, which the parser reads well split, not a double name
ARABIC_ARTICLES = frozenset({"Al", "El", "Ad", "Ar", "As", "Ash", "At", "Az", "Ul"})


# a lower-case particle may join the parts ("Tehreek-e-Insaf", "Lashkar-e-Taiba", "Hizb-ul-Mujahideen")
_HYPHENATED = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:[-‐](?:(?:e|i|ul|al|ud|ad|el|ur|us|o)[-‐])?[A-Z][a-z]+)+(?![\w-])")
# a Korean given name after the family name: the syllable after the hyphen is written lower case ("Kim Jong-un",
# "Lee Jae-myung", "Kim Moon-soo"); not an English compound's participle or noun ("Haftar-backed", "Anti-war")
_GIVEN_SYLLABLES = re.compile(r"\b[A-Z][a-z]{1,4} ([A-Z][a-z]{1,5}[-‐][a-z]{1,5})(?![\w-])")
_COMPOUND_TAILS = re.compile(r"(?:ed|ing|led|run|war|style|era|based|made|wide|like|type|free)$")


def hyphenated_name_joiner(keep_apart: frozenset[str]) -> Callable[[Doc], Doc]:
    """A tokenizer step that makes one token of a hyphenated name ("Kassym-Jomart", "Jean-Yves", "Abdel-Fattah"):
    split, the parser reads its parts as separate clauses. Capitalised words on both sides, no space around
    the hyphen; never when a side is a name of its own in ``keep_apart`` (countries, organisations,
    nationalities: "the Iran-Iraq war", "Israel-Hamas talks" stay pairs) or the Arabic article ("Al-Shabaab")."""

    def join(doc: Doc) -> Doc:
        spans = [
            span
            for m in _GIVEN_SYLLABLES.finditer(doc.text)
            if not _COMPOUND_TAILS.search(m.group(1)) and re.split(r"[-‐]", m.group(1))[0] not in keep_apart
            for span in (doc.char_span(m.start(1), m.end(1)),)
            if span is not None and len(span) > 1
        ]
        for m in _HYPHENATED.finditer(doc.text):
            parts = re.split(r"[-‐]", m.group())
            if parts[0] in ARABIC_ARTICLES or any(p in keep_apart for p in parts):
                continue
            span = doc.char_span(m.start(), m.end())
            if span is not None and len(span) > 1:
                spans.append(span)
        if spans:
            with doc.retokenize() as retokenizer:
                for span in spans:
                    retokenizer.merge(span)
        return doc

    return join


def _name_part(token: Token, keep_apart: frozenset[str]) -> bool:
    text = token.text
    return text.isalpha() and text[:1].isupper() and text[1:].islower() and text not in keep_apart


# office words that, lower case right before a name, can only be a person's post ("the agency's chief Ana Ruiz");
# not "official" or "state", which also modify organisations ("the official Xinhua agency")
PERSONAL_TITLES = frozenset(
    {
        "chief", "spokesman", "spokeswoman", "spokesperson", "envoy", "minister", "president", "leader",
        "commander", "ambassador", "secretary", "adviser", "advisor", "aide", "negotiator", "premier", "head",
        "director", "governor", "mayor", "commissioner",
    }
)  # fmt: skip


# words that name a body, never a person after a title ("the Foreign Ministry", "the Defence Council")
BODIES = frozenset({"ministry", "embassy", "consulate", "office", "council", "committee", "department", "agency"})


def find_person_spans(doc: Doc, taken: set[int]) -> list[Span]:
    """New PERSON spans (label PERSON, no kb_id yet) for tokens not already in ``taken``."""
    spans: list[Span] = []
    i = 0
    n = len(doc)
    while i < n:
        token = doc[i]
        if token.is_lower and token.lower_ in PERSONAL_TITLES and i + 1 not in taken:
            k = _name_end(doc, i + 1, taken)
            if k - i > 2:  # "the agency's chief Ana Ruiz": a given name and a surname after a lower-case office
                spans.append(Span(doc, i + 1, k, label="PERSON"))
                i = k
                continue
        if i in taken or not _capitalised(token) or not _is_title(token.text):
            i += 1
            continue
        j = i
        while j < n and j not in taken and _capitalised(doc[j]) and _is_title(doc[j].text):
            j += 1
        k = j
        while (
            k < n
            and k not in taken
            # a rare surname after a given name may be tagged a noun ("Shavkat Mirziyoyev"), never the first word
            and (doc[k].pos_ in ("PROPN", "") or (k > j and doc[k].pos_ in ("NOUN", "ADJ") and not is_temporal(doc[k])))
            and _capitalised(doc[k])
            and not _is_title(doc[k].text)
            and doc[k].lower_ not in BODIES
            and k - j < 3
        ):
            k += 1
        sentence_start = i == 0 or doc[i].is_sent_start
        if k > j:  # title(s) + name
            spans.append(Span(doc, j, k, label="PERSON"))
            i = k
            continue
        words = {t.lower_.strip(".") for t in doc[i:j]}
        prev = doc[i - 1].lower_ if i > 0 else ""
        if words & OFFICE_HEADS and (prev == "the" or (not sentence_start and j - i >= 2)):
            # "The Foreign Secretary said": an office used as a name
            if j < n and (doc[j].lower_ == "of" or j in taken or _capitalised(doc[j])):
                # "President of Russia", or a title right before a name it belongs to
                i = j
                continue
            start = i - 1 if prev == "the" else i
            spans.append(Span(doc, start, j, label="PERSON"))
        i = j
    return spans


def _name_end(doc: Doc, start: int, taken: set[int]) -> int:
    """Where a run of at most three capitalised proper nouns from ``start`` ends (no title words, no bodies)."""
    k = start
    while (
        k < len(doc)
        and k not in taken
        and doc[k].pos_ == "PROPN"
        and _capitalised(doc[k])
        and not _is_title(doc[k].text)
        and doc[k].lower_ not in BODIES
        and k - start < 3
    ):
        k += 1
    return k


def surname_spans(doc: Doc, persons: list[Span], taken: set[int]) -> list[Span]:
    """Later single-token mentions of a named person's surname, with that person's kb_id."""
    by_surname: dict[str, tuple[int, str]] = {}
    for span in persons:
        if span[-1].is_alpha and span[-1].text[:1].isupper():
            by_surname.setdefault(span[-1].text, (span.end, span.kb_id_))
    out: list[Span] = []
    for token in doc:
        found = by_surname.get(token.text)
        if found and token.i >= found[0] and token.i not in taken:
            out.append(Span(doc, token.i, token.i + 1, label="PERSON", kb_id=found[1]))
    return out


def title_author(title: Doc) -> Span | None:
    """The one person (title + name) a title names, when the title says the text is their own words
    ("Statement by the High Representative Federica Mogherini on Syria"); None otherwise."""
    if not any(t.lower_ in OWN_WORDS for t in title):
        return None
    names = [s for s in find_person_spans(title, set()) if not any(_is_title(t.text) for t in s)]
    return names[0] if len(names) == 1 else None
