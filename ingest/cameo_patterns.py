"""Reader for PETRARCH2's CAMEO verb dictionary format (``CAMEO.2.0.txt``).

The dictionary (MIT, Open Event Data Alliance) has two parts: noun synonym sets
(``&NAME`` followed by ``+WORD`` member lines) and verb blocks opened by a header
``---  NAME  [code]  ---``.  A block lists synonym verbs (one a line, optionally with
irregular forms in ``{...}`` and a verb-specific ``[code]``; multiword verbs join their
words with ``_`` and mark the verb with ``+``) and phrase patterns
``- <pattern> [code] # comment``.  In a pattern ``*`` is the verb, ``$`` the source actor,
``+`` the target actor, ``%`` a compound actor, ``^`` a skipped noun phrase, ``&NAME`` a
noun set, ``(...)`` a prepositional phrase whose first word is the preposition, and
``{...}`` a multiword noun phrase.  Like PETRARCH2's reader, ``regular_forms`` spells out
the regular inflections of a verb; irregular ones are listed in ``{...}``.

This module only parses: it returns blocks, verb lines and patterns with lower-case
words and tallies everything it has to leave out.  ``ingest.cameo_convert`` turns the
result into geokg's event lexicon.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

__all__ = [
    "PREPOSITIONS",
    "VOWELS",
    "Block",
    "Dictionary",
    "Pattern",
    "VerbLine",
    "parse_code",
    "parse_dictionary",
    "parse_pattern",
    "parse_verb_line",
    "regular_forms",
]

PREPOSITIONS = frozenset(
    "about above across after against along alongside amid amidst among amongst around as at before behind"
    " below beneath beside between beyond by despite during for from in inside into near of on onto outside"
    " over past per since through throughout to toward towards under until upon versus via with within without".split()
)

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_BRACKET = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")
_MARKERS = frozenset("$+%^")
VOWELS = "aeiou"


def regular_forms(base: str) -> set[str]:
    """The inflections English spelling rules give a verb (-s/-es/-ies, -d/-ed/-ied, -ing, doubling)."""
    consonant_y = base.endswith("y") and base[-2:-1] not in tuple(VOWELS)
    if consonant_y:
        forms = {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    else:
        sibilant = base.endswith(("s", "x", "z", "ch", "sh", "o"))
        forms = {base + ("es" if sibilant else "s"), base + ("d" if base.endswith("e") else "ed")}
        if base.endswith("ie"):
            forms.add(base[:-2] + "ying")
        elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
            forms.add(base[:-1] + "ing")
        else:
            forms.add(base + "ing")
    if len(base) > 2 and base[-1] not in VOWELS + "wxy" and base[-2] in VOWELS and base[-3] not in VOWELS:
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    if base.endswith("c"):
        forms |= {base + "ked", base + "king"}
    return forms


@dataclass(frozen=True)
class Pattern:
    """One ``-`` line after ``*``: slots of lower-case alternatives, a code and the target's place.

    ``origin`` is the verb the pattern was first written for when the line's trailer names
    one (lower case, ``_`` as a space); the converter attaches the pattern to that verb only.
    """

    code: str | None
    slots: tuple[tuple[str, ...], ...]
    target: str | None
    origin: str | None = None


@dataclass(frozen=True)
class VerbLine:
    """A synonym verb of a block: its words, which word is the verb, its own code and given forms.

    ``code`` is the verb's own code; it only counts when ``has_code`` (else the block's applies).
    """

    words: tuple[str, ...]
    head: int
    code: str | None
    has_code: bool
    forms: tuple[str, ...]

    def surfaces(self) -> set[str]:
        """Every written form of the phrase (regular and given forms of the verb word)."""
        out = set()
        for form in {self.words[self.head], *regular_forms(self.words[self.head]), *self.forms}:
            out.add(" ".join((*self.words[: self.head], form, *self.words[self.head + 1 :])))
        return out


@dataclass
class Block:
    """A verb block: header name, default code, synonym verbs and patterns."""

    name: str
    code: str | None
    verbs: list[VerbLine] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class Dictionary:
    """The parsed dictionary plus a tally of what was read, kept, changed or dropped."""

    synsets: dict[str, tuple[str, ...]]
    blocks: list[Block]
    stats: Counter[str]


def parse_code(raw: str) -> tuple[str | None, str]:
    """A bracketed code's text to ``(code, status)``.

    Status is ``ok`` (2-4 digits), ``null`` (``---``: no event), ``compound`` (``a:b``,
    the first, source-to-target code is kept), ``reverse`` (``:b``, only the target's
    reciprocal event: no code kept) or ``malformed`` (anything else, e.g. ``080!``).
    """
    text = raw.strip()
    if text == "---":
        return None, "null"
    if re.fullmatch(r"\d{2,4}", text):
        return text, "ok"
    match = re.fullmatch(r"(\d{2,4})?:(\d{2,4})", text)
    if match:
        return (match.group(1), "compound") if match.group(1) else (None, "reverse")
    return None, "malformed"


def _phrase(text: str) -> str:
    """``CEASE_FIRE`` -> ``cease fire``; a trailing ``_`` (word boundary) is dropped."""
    return " ".join(part for part in text.lower().split("_") if part)


def _tokens(body: str) -> list[str]:
    """Split a pattern body into atoms and the bracket characters ``( ) { }``."""
    out: list[str] = []
    for chunk in body.replace("*", " * ").split():
        while chunk[:1] in ("(", "{"):
            out.append(chunk[0])
            chunk = chunk[1:]
        closes: list[str] = []
        while chunk[-1:] in (")", "}"):
            closes.insert(0, chunk[-1])
            chunk = chunk[:-1]
        chunk = chunk if chunk.startswith("&") else chunk.strip("_")
        if chunk:
            out.append(chunk)
        out.extend(closes)
    return out


def parse_pattern(
    body: str, code: str | None, synsets: dict[str, tuple[str, ...]], origin: str | None = None
) -> Pattern | str:
    """A pattern body (text between ``-`` and ``[code]``) to a :class:`Pattern`, or a drop reason.

    Only the words after ``*`` become slots; ``{...}`` makes one slot whose alternatives are
    the product of its parts; ``&NAME`` expands to the set's members.  Reasons: ``no verb
    marker``, ``words before the verb`` (a subject constraint the lexicon cannot keep),
    ``undefined noun set`` and ``no words`` (the pattern only restates the default).
    """
    slots: list[tuple[str, ...]] = []
    target: str | None = None
    seen_star = pre_words = False
    group: list[tuple[str, ...]] | None = None
    previous = ""
    for tok in _tokens(body):
        if tok in ("(", ")"):
            continue
        if tok == "{":
            group = []
            continue
        if tok == "}":
            if group:
                slots.append(tuple(dict.fromkeys(" ".join(p) for p in itertools.product(*group))))
            group = None
            continue
        if tok == "*":
            seen_star, previous = True, "*"
            continue
        if tok in _MARKERS:
            if tok == "+" and seen_star and target is None:
                if previous == "*":
                    target = "object"
                elif previous in PREPOSITIONS:
                    target = f"after:{previous}"
            previous = tok
            continue
        if tok.startswith("&"):
            name = tok.rstrip("_")
            members = synsets.get(name) or synsets.get(name + "_")
            if members is None:
                return "undefined noun set"
            alternatives = members
        else:
            alternatives = (_phrase(tok),)
        previous = alternatives[0] if not tok.startswith("&") else ""
        if not seen_star:
            pre_words = True
        elif group is not None:
            group.append(alternatives)
        else:
            slots.append(alternatives)
    if not seen_star:
        return "no verb marker"
    if pre_words:
        return "words before the verb"
    if not slots:
        return "no words"
    return Pattern(code, tuple(slots), target, origin)


def parse_verb_line(line: str) -> tuple[VerbLine | None, str]:
    """A synonym line to ``(VerbLine, code status)``; ``None`` for a coordination fragment.

    ``+ASK_FOR {+ASKED_FOR ...} [020]`` gives words ``(ask, for)``, head 0, code ``020`` and
    forms ``(asked, asking, asks)`` (the ``+``-marked word of each given form).  Entries such
    as ``+KILLED_AND`` (a verb glued to a conjunction) are not verbs and come back as None.
    """
    text = line.split("#", 1)[0]
    code: str | None = None
    status = "block"
    codes = _BRACKET.findall(text)
    if codes:
        code, status = parse_code(codes[-1])
        text = _BRACKET.sub(" ", text)
    has_code = status in ("ok", "null", "compound")
    forms: list[str] = []
    for inside in _BRACES.findall(text):
        for form in inside.replace(",", " ").split():
            parts = [p for p in form.split("_") if p]
            marked = [p[1:] for p in parts if p.startswith("+")]
            forms.append((marked[0] if marked else parts[0]).lower())
    text = _BRACES.sub(" ", text).split()[0]
    parts = [p for p in text.split("_") if p]
    head = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    words = tuple(p.lstrip("+").lower() for p in parts)
    if len(words) > 1 and {"and", "or"} & set(words):
        return None, status
    return VerbLine(words, head, code, has_code, tuple(dict.fromkeys(forms))), status


def parse_dictionary(text: str, *, extra_synsets: dict[str, list[str]] | None = None) -> Dictionary:
    """Parse the whole file; ``stats`` counts patterns and codes kept, changed and dropped. ``extra_synsets``
    adds members to the dictionary's word sets ("&WEAPON": ["arms"]) before its patterns are expanded."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    stats: Counter[str] = Counter()
    current_set: str | None = None
    block: Block | None = None
    pending: list[tuple[str, str | None, str | None]] = []  # (body, code, origin) until the sets are known
    owners: list[Block] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            current_set = None
            continue
        if line.startswith("#") or line.startswith("<!"):
            continue
        if line.startswith("&"):
            current_set = line.split()[0]
            synsets.setdefault(current_set, [])
            continue
        if current_set is not None and line.startswith("+"):
            synsets[current_set].append(_phrase(line[1:].split("#", 1)[0].strip()))
            continue
        header = _HEADER.match(line)
        if header:
            code, status = parse_code(header.group(2))
            stats[f"block code {status}"] += 1
            block = Block(header.group(1).strip("_").lower(), code)
            blocks.append(block)
            current_set = None
            continue
        if line.startswith("~"):
            stats["transformation lines skipped"] += 1
            continue
        if block is None:
            continue
        if line.startswith("-"):
            body, _, trailer = line[1:].partition("#")
            origin = _phrase(trailer.split()[0]) if trailer.split() else None
            found = _BRACKET.findall(body)
            stats["patterns read"] += 1
            if not found:
                stats["patterns dropped: no code"] += 1
                continue
            code, status = parse_code(found[-1])
            stats[f"pattern code {status}"] += 1
            if status in ("reverse", "malformed"):
                stats[f"patterns dropped: {status} code"] += 1
                continue
            pending.append((_BRACKET.sub(" ", body), code, origin))
            owners.append(block)
            continue
        verb, status = parse_verb_line(line)
        stats["verb lines read"] += 1
        if verb is None:
            stats["verb lines dropped: coordination fragment"] += 1
            continue
        if status in ("reverse", "malformed"):
            stats[f"verb lines with {status} code: block code used"] += 1
        block.verbs.append(verb)
    for name, members in (extra_synsets or {}).items():
        if name not in synsets:
            raise ValueError(f"synset addition {name!r} names no word set of the dictionary")
        synsets[name] += [_phrase(m.upper().replace(" ", "_")) for m in members]
        stats["additions: synset members"] += len(members)
    frozen = {name: tuple(dict.fromkeys(members)) for name, members in synsets.items()}
    for (body, code, origin), owner in zip(pending, owners, strict=True):
        parsed = parse_pattern(body, code, frozen, origin)
        if isinstance(parsed, str):
            if parsed == "no words" and owner.code is None and code is not None:
                owner.code = code
                stats["wordless patterns used as block default"] += 1
            stats[f"patterns dropped: {parsed}"] += 1
            continue
        if parsed.target is not None:
            stats["patterns with a target marker"] += 1
        owner.patterns.append(parsed)
        stats["patterns kept"] += 1
    return Dictionary(frozen, blocks, stats)
