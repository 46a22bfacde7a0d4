"""Guards against input that would crash, stall or mislead the pipeline.

- :class:`SafeTokenizer`: runs of more than ``MAX_RUN`` non-space characters
  ("a:" repeated 30,000 times, base64 blobs) are cut into plain tokens instead of
  going through spaCy's prefix/suffix rules, which are quadratic on them.
- :func:`chunks`: split a long article on paragraph (then line, then sentence-ish)
  boundaries into pieces under ``max_chars``, with their offsets.
- :func:`long_sentence_starts`: sentence starts that cut a stretch of text with no sentence end (a line
  without full stops) into sentences of at most ``MAX_SENTENCE`` tokens.
- :func:`looks_english`: a cheap function-word test to skip non-English text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["MAX_RUN", "MAX_SENTENCE", "SafeTokenizer", "chunks", "long_sentence_starts", "looks_english"]

MAX_RUN = 100
MAX_SENTENCE = 400  # tokens; the longest sentence in UD English EWT and GUM has 159
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
FUNCTION_WORDS = frozenset(
    "the of and to a in is was for on that with as by at from it be are were has have had not this which or "
    "an but his their its said he she they will would been after over more than also who".split()
)


class SafeTokenizer:
    """Wrap a spaCy tokenizer; text without very long runs goes straight through."""

    def __init__(
        self, tokenizer: Callable[[str], Doc], vocab: Vocab, *, after: Callable[[Doc], Doc] | None = None
    ) -> None:
        self.tokenizer = tokenizer
        self.vocab = vocab
        self.after = after  # a step on every Doc made (joining hyphenated names)

    def __call__(self, text: str) -> Doc:
        doc = self._tokenize(text)
        return self.after(doc) if self.after is not None else doc

    def _tokenize(self, text: str) -> Doc:
        if not _LONG_RUN.search(text):
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in _LONG_RUN.finditer(text):
            self._normal(text[pos : m.start()], words, spaces)
            run = m.group()
            for i in range(0, len(run), MAX_RUN):
                words.append(run[i : i + MAX_RUN])
                spaces.append(False)
            pos = m.end()
        self._normal(text[pos:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _normal(self, part: str, words: list[str], spaces: list[bool]) -> None:
        if not part:
            return
        lead = len(part) - len(part.lstrip(" "))
        if lead and words:  # a space right after a cut run belongs to the run's last token
            spaces[-1] = True
            part = part[1:]
        if not part:
            return
        doc = self.tokenizer(part)
        for token in doc:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    # spaCy calls these when a pipeline with this tokenizer is saved or loaded
    def to_bytes(self, **kwargs) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> SafeTokenizer:
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs) -> None:
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs) -> SafeTokenizer:
        self.tokenizer.from_disk(path, **kwargs)
        return self


def chunks(text: str, max_chars: int = 100_000) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` exactly, each under ``max_chars``."""
    if len(text) <= max_chars:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        if end < len(text):
            window = text[start:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut > max_chars // 2:
                    end = start + cut + len(sep)
                    break
        out.append((start, text[start:end]))
        start = end
    return out


_ENDS = frozenset(".!?")
_CUT_AFTER = frozenset({",", ";", ":"})
_CUT_BEFORE = frozenset({"and", "but", "or", "while", "whereas"})


def long_sentence_starts(doc: Doc, max_tokens: int = MAX_SENTENCE) -> list[int]:
    """Tokens to start a sentence at so that no stretch of more than ``max_tokens`` tokens goes without a
    sentence end (a token ending in . ! or ?, a line break, or a start already set). Text without full stops
    would otherwise be one sentence, and the work per event in it and the evidence each event keeps grow with
    that sentence. A cut goes after a comma or semicolon, or before "and" or "but", in the second half of
    the stretch when there is one there."""
    starts: list[int] = []
    since = 0
    for token in doc:
        i = token.i
        if i > since and token.is_sent_start:
            since = i
        elif i - since >= max_tokens:
            since = _cut(doc, since + max_tokens // 2, i)
            starts.append(since)
        if token.text[-1:] in _ENDS or "\n" in token.text:
            since = i + 1
    return starts


def _cut(doc: Doc, lo: int, hi: int) -> int:
    for k in range(hi, lo, -1):
        if doc[k - 1].text in _CUT_AFTER or doc[k].lower_ in _CUT_BEFORE:
            return k
    return hi


# the languages the detector chooses among: English and the languages most news comes in
LANGUAGES = (
    "ENGLISH FRENCH GERMAN SPANISH PORTUGUESE ITALIAN DUTCH RUSSIAN UKRAINIAN ARABIC PERSIAN TURKISH CHINESE "
    "JAPANESE KOREAN HINDI URDU INDONESIAN MALAY POLISH SWEDISH HEBREW VIETNAMESE SOMALI SWAHILI TAGALOG "
    "ROMANIAN HUNGARIAN GREEK CZECH"
).split()


@lru_cache(maxsize=1)
def _detector() -> Callable[[str], bool]:
    """Lingua's detector over :data:`LANGUAGES` (built once, on first doubt: about 0.5 GB and 2 s)."""
    from lingua import Language, LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in LANGUAGES)).build()
    return lambda text: detector.detect_language_of(text) == Language.ENGLISH


def looks_english(text: str, *, min_words: int = 12, min_ratio: float = 0.08) -> bool:
    """False when a text of some length is not English.

    English prose is full of function words, so a text with enough of them is English without more ado; a text
    with few (a headline run of names and verbs, or another language) goes to a language detector (lingua,
    loaded on the first doubtful text only)."""
    sample = text[:20_000]
    words = _WORD.findall(sample.lower())
    if len(words) < min_words:
        return True
    if sum(w in FUNCTION_WORDS for w in words) / len(words) >= min_ratio:
        return True
    return _detector()(sample[:3_000])
