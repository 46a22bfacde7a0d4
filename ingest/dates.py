"""Resolve an event's date from its sentence, relative to the article's date.

Handles full dates ("Friday, August 15, 2025", "15 August 2025", "2025-08-15"),
day and month without a year ("August 15", taken in the article's year, or the
year before when that would put it after the article), weekdays ("on Friday":
the last such day on or before the article date), and "today", "yesterday",
"last week" (the article date minus seven days). Anything else: the article date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["resolve_date"]

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_M = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_MDY = re.compile(_M + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b", re.IGNORECASE)
_DMY = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r"(?:,?\s+(?P<year>\d{4}))?\b", re.IGNORECASE
)
_WEEKDAY = re.compile(r"\b(?:on|last|this)\s+(?P<wd>" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_RELATIVE = {"yesterday": 1, "today": 0, "tonight": 0, "last week": 7, "a week ago": 7, "last month": 30}


def _article_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_date(sentence: str, published: str | None) -> str | None:
    """The ISO date an event in ``sentence`` happened, or the article date, or None."""
    anchor = _article_date(published)
    if m := _ISO.search(sentence):
        if found := _make(int(m["y"]), int(m["m"]), int(m["d"])):
            return found.isoformat()
    for pattern in (_MDY, _DMY):
        if m := pattern.search(sentence):
            month = MONTHS[m["month"].lower()]
            day = int(m["day"])
            if m["year"]:
                year = int(m["year"])
            elif anchor is not None:
                year = anchor.year
                candidate = _make(year, month, day)
                if candidate and candidate > anchor:
                    year -= 1
            else:
                continue
            if found := _make(year, month, day):
                return found.isoformat()
    if anchor is None:
        return None
    if m := _WEEKDAY.search(sentence):
        back = (anchor.weekday() - WEEKDAYS[m["wd"].lower()]) % 7
        return (anchor - timedelta(days=back)).isoformat()
    low = sentence.lower()
    for phrase, days in _RELATIVE.items():
        if re.search(r"\b" + phrase + r"\b", low):
            return (anchor - timedelta(days=days)).isoformat()
    return anchor.isoformat()
