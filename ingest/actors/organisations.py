"""Organisation names a statistical NER tends to miss: proper names headed by a word for a political body.

English names parties, fronts and movements as capitalised words ending in the kind of body ("the Freedom
Party", "the National Liberation Front", "the All Progressives Congress"); the tagger trained on web text
often leaves them out. The span is the capitalised run before the head word and the head word itself, never
a determiner, and only where no other actor mention covers a token of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from ..records import Actor
    from .gazetteer import Gazetteer

__all__ = ["BODY_HEADS", "organisation_spans", "parented"]

# capitalised head words that end the name of a political body
BODY_HEADS = frozenset({"Party", "Front", "Movement", "Alliance", "League", "Coalition", "Congress"})
MAX_NAME_WORDS = 6


def _name_word(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.lower_ in ("the", "a", "an") or token.is_space:
        return False
    return token.is_title or (token.is_upper and token.is_alpha) or token.text == "-"


def organisation_spans(doc: Doc, taken: set[int]) -> list[Span]:
    """Spans of "[Capitalised]+ Party" style names (label ORG) that overlap no token in ``taken``."""
    found: list[Span] = []
    for head in doc:
        if head.text not in BODY_HEADS or head.i in taken:
            continue
        start = head.i
        while start > 0 and head.i - start < MAX_NAME_WORDS and (start - 1) not in taken:
            if not _name_word(doc, start - 1) or doc[start].is_sent_start:
                break
            start -= 1
        while start < head.i and doc[start].text == "-":
            start += 1
        if start < head.i:  # at least one word names it: "Labour Party", not a bare "Party"
            found.append(Span(doc, start, head.i + 1, label="ORG"))
    return found


def parented(span: Span, gazetteer: Gazetteer) -> Actor | None:
    """The organisation a name prefixed by its parent body names: "the UN World Food Programme", "the
    AU Peace and Security Council" (the parent a known organisation, named by its acronym or name, and the rest
    a known organisation too); None otherwise."""
    for cut in range(1, min(len(span) - 1, 4) + 1):
        parent = gazetteer.lookup(span[:cut].text)
        if parent is None or parent.type != "ORG":
            continue
        body = gazetteer.lookup(span[cut:].text)
        return body if body is not None and body.type == "ORG" and body.key != parent.key else None
    return None
