"""Date and time words: a phrase they head says when something happened, not how or to whom."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["DAYS", "MONTHS", "TIME_NOUNS", "is_temporal"]

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TIME_NOUNS = (
    MONTHS
    | DAYS
    | frozenset(
        "yesterday today tonight tomorrow morning afternoon evening night week weekend month year decade "
        "spring summer autumn fall winter".split()
    )
)


def is_temporal(token: Token) -> bool:
    """A date or time word: "March" in "in March 2024" is no protest march."""
    if token.ent_type_ in ("DATE", "TIME"):
        return True
    if token.lower_ in TIME_NOUNS:
        return True
    return token.like_num and len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2100
