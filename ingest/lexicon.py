"""The CAMEO event lexicon: verb and noun lemmas mapped to CAMEO root codes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .records import CameoRoot

__all__ = ["CameoRoot", "Lexicon", "load_lexicon"]

DEFAULT_PATH = Path(__file__).parent / "data" / "cameo.json"


@dataclass
class Lexicon:
    """Trigger lemmas (verbs and nouns) to CAMEO roots, plus an inflection table."""

    roots: dict[str, CameoRoot]
    verbs: dict[str, str]
    nouns: dict[str, str]
    irregular: dict[str, str]

    @property
    def triggers(self) -> frozenset[str]:
        """Every verb lemma the extractor reacts to (CAMEO verbs and membership verbs)."""
        return frozenset(self.verbs) | {
            "join",
            "enter",
            "accede",
            "rejoin",
            "lead",
            "head",
            "command",
            "chair",
            "run",
            "govern",
            "rule",
            "found",
            "control",
        }

    def lemma(self, word: str, given: str = "", known: set[str] | frozenset[str] | None = None) -> str:
        """A verb lemma: the pipeline's when it is a known verb, else a rule-based guess.

        ``known`` is the set of lemmas to aim for (the trigger verbs by default).
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

    def verb_root(self, lemma: str) -> CameoRoot | None:
        code = self.verbs.get(lemma)
        return self.roots[code] if code else None

    def noun_root(self, lemma: str) -> CameoRoot | None:
        code = self.nouns.get(lemma)
        return self.roots[code] if code else None


@lru_cache(maxsize=2)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load (and cache) the lexicon JSON; the bundled one by default."""
    with open(path or DEFAULT_PATH, encoding="utf8") as fh:
        data = json.load(fh)
    roots = {
        code: CameoRoot(code, r["name"], float(r["goldstein"]), int(r["quad_class"]), r["plover"])
        for code, r in data["roots"].items()
    }
    return Lexicon(roots, data["verbs"], data["nouns"], data["irregular"])
