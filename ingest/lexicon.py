"""The CAMEO event lexicon: verb and noun lemmas mapped to full CAMEO codes.

Built from two files in ``ingest/data``:

- ``cameo_lexicon.json``, made by ``make lexicon`` (:mod:`ingest.cameo_convert`) from PETRARCH2's CAMEO 2.0
  verb dictionary (MIT, Open Event Data Alliance) with geokg's own additions: every verb lemma with its
  default code and the phrase patterns that change it ("call" is 041, "call on ... to" an appeal), event
  nouns, irregular forms, and every CAMEO code with its name and Goldstein score;
- ``cameo.json``, geokg's first hand lexicon: the 20 roots with their PLOVER types, and verbs and nouns the
  dictionary lacks or leaves without a default code (they count as the root's generic code, e.g. 070).

A verb's code is its most specific matching pattern's, else its default; a pattern whose code is empty
blocks the verb ("hold a session" is no event). Patterns are matched on the words the verb governs, in order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from spacy.tokens import Token

from .records import CameoRoot
from .temporal import is_temporal

__all__ = ["LEADERSHIP_VERBS", "MEMBERSHIP_VERBS", "CameoCode", "CameoRoot", "Lexicon", "VerbPattern", "load_lexicon"]

DATA = Path(__file__).parent / "data"
DEFAULT_PATH = DATA / "cameo.json"
CAMEO_PATH = DATA / "cameo_lexicon.json"
# standing relations in geokg (member_of, leader_of), never CAMEO events; ingest.events reads them too
MEMBERSHIP_VERBS = frozenset({"join", "enter", "accede", "rejoin"})
LEADERSHIP_VERBS = frozenset({"lead", "head", "command", "chair", "run", "govern", "rule", "found", "control"})
MEMBERSHIP_AND_LEADERSHIP = MEMBERSHIP_VERBS | LEADERSHIP_VERBS
PATTERN_REACH = 12  # words after the verb that a pattern may reach


@dataclass(frozen=True, slots=True)
class CameoCode:
    """A full CAMEO code ("0234", "190") with its name, Goldstein score and root."""

    code: str
    name: str
    goldstein: float
    root: CameoRoot

    @property
    def quad_class(self) -> int:
        return self.root.quad_class


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """Words after a verb (each slot a set of alternatives, a phrase as one string) that set its code;
    ``code`` None: the phrase is no event."""

    code: str | None
    words: tuple[tuple[str, ...], ...]
    by_last: tuple[dict[str, tuple[tuple[str, ...], ...]], ...] = ()  # per slot: last word -> words before it

    def __post_init__(self) -> None:
        index = []
        for slot in self.words:
            by: dict[str, list[tuple[str, ...]]] = {}
            for alt in slot:
                parts = alt.split()
                by.setdefault(parts[-1], []).append(tuple(parts[:-1]))
            index.append({k: tuple(v) for k, v in by.items()})
        object.__setattr__(self, "by_last", tuple(index))


def _slot_at(
    lower: list[str], lemmas: list[str], at: int, by_last: dict[str, tuple[tuple[str, ...], ...]]
) -> tuple[int, int] | None:
    """Where a slot matches at or after ``at`` (the index after its last word) and how many words matched, or
    None: each word is looked up as the last word of an alternative, then the words before it are compared."""
    for i in range(at, len(lower)):
        for key in (lower[i], lemmas[i]):
            for before in sorted(by_last.get(key, ()), key=len, reverse=True):  # the longest alternative first
                start = i - len(before)
                if start >= at and tuple(lower[start:i]) == before:
                    return i + 1, len(before) + 1
    return None


# verbs that, with an object and a predicative noun, say what the object is ("called X a criminal")
NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term"})


def _when(token: Token) -> bool:
    """A word of a phrase that says when ("on Monday", "for two weeks"): no part of a verb's pattern ("called
    Zelensky on Monday" is no "call on")."""
    head = token if token.dep_ in ("obl", "nmod", "obl:tmod", "nmod:tmod") else token.head
    return head.dep_ in ("obl", "nmod", "obl:tmod", "nmod:tmod") and is_temporal(head)


def _names(verb: Token) -> bool:
    """A verb with a predicative noun or adjective: the small clause of naming ("called X a Y"; the parser
    sometimes makes both nouns predicative)."""
    return any(c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in verb.children)


def _matches(pattern: VerbPattern, lower: list[str], lemmas: list[str]) -> tuple[int, int] | None:
    """How specifically a pattern matches the words a verb governs (its slots, then the words its matched
    alternatives span: "used a fighter jet" matches "fighter jet" more specifically than "jet"), or None."""
    at, matched = 0, 0
    for by_last in pattern.by_last:
        found = _slot_at(lower, lemmas, at, by_last)
        if found is None:
            return None
        at, length = found
        matched += length
    return len(pattern.words), matched


@dataclass
class Lexicon:
    """Trigger lemmas (verbs and nouns) to CAMEO codes, plus an inflection table."""

    roots: dict[str, CameoRoot]
    verbs: dict[str, str]  # lemma -> root code of its default (the verbs that are events by themselves)
    nouns: dict[str, str]  # lemma -> root code
    irregular: dict[str, str]
    codes: dict[str, CameoCode] = field(default_factory=dict)
    verb_codes: dict[str, str | None] = field(default_factory=dict)
    noun_codes: dict[str, str] = field(default_factory=dict)
    patterns: dict[str, tuple[VerbPattern, ...]] = field(default_factory=dict)

    @cached_property
    def triggers(self) -> frozenset[str]:
        """Every verb lemma the extractor reacts to: verbs with a code or a pattern, membership and
        leadership verbs."""
        return frozenset(self.verbs) | frozenset(self.patterns) | MEMBERSHIP_AND_LEADERSHIP

    def lemma(self, word: str, given: str = "", known: set[str] | frozenset[str] | None = None) -> str:
        """A verb lemma: the pipeline's when it is a known verb, else a rule-based guess.

        ``known`` is the set of lemmas to aim for (the verbs with a code by default).
        """
        vocab = self.verbs if known is None else known
        low = word.lower()
        if given and given != low and given in vocab:
            return given
        if low in self.irregular:
            return self.irregular[low]
        if low in vocab:
            return low
        for suffix, repl in (
            ("ied", "y"),
            ("ies", "y"),
            ("ed", "e"),
            ("ed", ""),
            ("es", ""),
            ("s", ""),
            ("ing", "e"),
            ("ing", ""),
        ):
            if low.endswith(suffix):
                stem = low[: -len(suffix)] + repl
                if stem in vocab:
                    return stem
                if suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                    if stem[:-1] in vocab:  # "shelled" -> "shell"
                        return stem[:-1]
        return given or low

    def noun_lemma(self, word: str) -> str:
        """A trigger noun's singular form when the lexicon knows it ("talks" -> "talk")."""
        low = word.lower()
        for suffix, repl in (("ies", "y"), ("s", "")):
            if low.endswith(suffix) and low[: -len(suffix)] + repl in self.nouns:
                return low[: -len(suffix)] + repl
        return low

    def code(self, code: str) -> CameoCode | None:
        """A full code's record (a two-digit root counts as its generic code, "07" as "070")."""
        if len(code) == 2:
            return self.codes.get(code) or self.codes.get(code + "0")
        return self.codes.get(code)

    def verb_code(self, lemma: str, token: Token | None = None) -> CameoCode | None:
        """The code of a verb, refined by the most specific pattern matching the words it governs."""
        code = self.verb_codes.get(lemma)
        if token is not None and lemma in NAMING_VERBS and _names(token):
            code = None  # "called Israel a terrorist state": coded only by what it is called, if at all
        if token is not None and lemma in self.patterns:
            # a finite verb misparsed as a modifier of its object ("expressed solidarity": amod) governs that noun
            top = token.head if token.dep_ == "amod" and token.head.i > token.i else token
            words = [t for t in top.subtree if t.i > token.i and not _when(t)][:PATTERN_REACH]
            lower, lemmas = [t.lower_ for t in words], [t.lemma_.lower() for t in words]
            found = ((m, p) for p in self.patterns[lemma] if (m := _matches(p, lower, lemmas)) is not None)
            best = max(found, key=lambda mp: mp[0], default=None)  # the first of equals: geokg's own come first
            if best is not None:
                code = best[1].code
        return self.code(code) if code else None

    def governed_code(self, lemma: str, verb: Token, noun: Token) -> CameoCode | None:
        """The code a verb's own pattern gives it with ``noun`` among the matched words ("ease sanctions",
        "lift a ban"), or None when no pattern of the verb names that noun."""
        words = [t for t in verb.subtree if t.i > verb.i and not _when(t)][:PATTERN_REACH]
        lower, lemmas = [t.lower_ for t in words], [t.lemma_.lower() for t in words]
        names = {noun.lower_, noun.lemma_.lower(), self.noun_lemma(noun.text)}
        found = (
            (m, p)
            for p in self.patterns.get(lemma, ())
            if p.code
            and any(w in names for slot in p.words for w in slot)
            and (m := _matches(p, lower, lemmas)) is not None
        )
        best = max(found, key=lambda mp: mp[0], default=None)
        return self.code(best[1].code) if best is not None else None

    def verb_root(self, lemma: str, token: Token | None = None) -> CameoRoot | None:
        """The root of a verb's code (with its patterns when the token is given)."""
        if token is None:
            code = self.verbs.get(lemma)
            return self.roots[code] if code else None
        full = self.verb_code(lemma, token)
        return full.root if full else None

    def noun_code(self, lemma: str) -> CameoCode | None:
        code = self.noun_codes.get(lemma)
        return self.code(code) if code else None

    def noun_root(self, lemma: str) -> CameoRoot | None:
        code = self.nouns.get(lemma)
        return self.roots[code] if code else None

    def event_noun(self, word: str) -> CameoRoot | None:
        """The root of a word read as an event noun, plural or singular ("talks", "sanction"), or None."""
        return self.noun_root(self.noun_lemma(word))

    def full_code(self, predicate: str, trigger: Token | None, root: CameoRoot) -> CameoCode:
        """The full code of an event already coded with ``root``: the trigger's own code when it has that
        root, else the root's generic code."""
        for found in (self.verb_code(predicate, trigger), self.noun_code(predicate)):
            if found is not None and found.root.code == root.code:
                return found
        return self.code(root.code) or CameoCode(root.code, root.name, root.goldstein, root)


def _codes(rows: dict[str, dict], roots: dict[str, CameoRoot]) -> dict[str, CameoCode]:
    out = {}
    for code, row in rows.items():
        root = roots.get(code[:2])
        if root is not None:
            out[code] = CameoCode(code, row["name"], float(row["goldstein"]), root)
    return out


@lru_cache(maxsize=2)
def load_lexicon(path: str | None = None, cameo_path: str | None = None) -> Lexicon:
    """Load (and cache) the lexicon: the dictionary-built one with geokg's hand lexicon beneath it."""
    with open(path or DEFAULT_PATH, encoding="utf8") as fh:
        hand = json.load(fh)
    roots = {
        code: CameoRoot(code, r["name"], float(r["goldstein"]), int(r["quad_class"]), r["plover"])
        for code, r in hand["roots"].items()
    }
    built_path = Path(cameo_path) if cameo_path else CAMEO_PATH
    built = json.loads(built_path.read_text(encoding="utf8")) if built_path.exists() else {}
    codes = _codes(built.get("codes", {}), roots)
    for code, root in roots.items():  # the roots themselves, for hand entries
        codes.setdefault(code + "0", CameoCode(code + "0", root.name, root.goldstein, root))
    verb_codes: dict[str, str | None] = {w: e["code"] for w, e in built.get("verbs", {}).items()}
    additions = json.loads((DATA / "lexicon_additions.json").read_text(encoding="utf8"))
    dropped = {(w, json.dumps(d["words"])) for w, ds in additions.get("drop_patterns", {}).items() for d in ds}
    ours = {w: e["code"][:2] for w, e in additions.get("verbs", {}).items()}
    # where geokg set a verb's meaning, the dictionary's patterns in these other roots still apply ("sent a
    # letter": 04, though "sent drones" is aid)
    keep_roots = {w: tuple(e.get("keep_roots", ())) for w, e in additions.get("verbs", {}).items()}

    def kept(word: str, pattern: dict) -> bool:
        """A pattern applies unless dropped with a reason; where geokg set the verb's meaning (an addition),
        only patterns that refine it within its root ("supplied arms": 072) — the dictionary's patterns
        that move it elsewhere came with the default geokg replaced."""
        if not pattern["words"] or (word, json.dumps(pattern["words"])) in dropped:
            return False
        root = (pattern["code"] or "")[:2]
        return word not in ours or root in ("", ours[word], *keep_roots.get(word, ()))

    patterns = {
        w: tuple(VerbPattern(p["code"], tuple(tuple(s) for s in p["words"])) for p in e["patterns"] if kept(w, p))
        for w, e in built.get("verbs", {}).items()
        if e["patterns"]
    }
    for word, rows in additions.get("patterns", {}).items():  # phrases the dictionary lacks, each with a reason
        added = tuple(VerbPattern(r["code"], tuple(tuple(slot) for slot in r["words"])) for r in rows)
        patterns[word] = added + patterns.get(word, ())  # first: ours win a tie
    for word, root in hand["verbs"].items():  # what the dictionary lacks or leaves without a default
        if not verb_codes.get(word):
            verb_codes[word] = root + "0"
    noun_codes = {w: e["code"] for w, e in built.get("nouns", {}).items()}
    for word, root in hand["nouns"].items():
        noun_codes.setdefault(word, root + "0")
    for word in MEMBERSHIP_AND_LEADERSHIP:  # standing relations in geokg (member_of, leader_of), not CAMEO events
        verb_codes.pop(word, None)
        patterns.pop(word, None)
    verbs = {w: c[:2] for w, c in verb_codes.items() if c and c[:2] in roots}
    nouns = {w: c[:2] for w, c in noun_codes.items() if c and c[:2] in roots}
    irregular = {**built.get("irregular", {}), **hand["irregular"]}
    return Lexicon(roots, verbs, nouns, irregular, codes, verb_codes, noun_codes, patterns)
