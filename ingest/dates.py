"""Resolve an event's date from its sentence, relative to the article's date, with dateparser.

Two steps. First, regular expressions below pick out date-like spans (candidates); a sentence without
one never reaches dateparser. Second, dateparser (https://github.com/scrapinghub/dateparser) reads each
candidate with fixed settings: English only, ``RELATIVE_BASE`` the article's published day (its first ten
characters, the day in the article's own time zone), ``PREFER_DATES_FROM="past"``, naive dates, no
time zone conversion. dateparser is imported on the first candidate, and its answers are cached.

Candidates, most precise first (the first of the best kind found in the sentence wins):

1. full dates: ISO ``2025-08-15``, "August 15, 2025", "Friday, August 15, 2025", "15 August 2025",
   "the 15th of August, 2025", "Aug. 15 2025";
2. day and month without a year ("August 15", "15 Aug."): the last such day on or before the article
   date (so "December 30" in a January article is the year before);
3. weekdays ("on Friday", "last Friday", "this Friday", "Friday's strike"): the last such day on or
   before the article date; "next Friday" the first one after it;
4. "today", "tonight", "this morning", "yesterday", "last night", "the day before yesterday",
   "tomorrow", "N days ago" (N in digits or a word up to twelve); "this week" is the article date,
   "last week", "a week ago" the article date minus seven days, "N weeks ago" minus 7N, "next week"
   plus seven;
5. periods longer than a day: a month and year ("May 2022"), a month after "in", "during", "of",
   "throughout", "early", "mid", "late", "last", "this" or "next" ("in May", "mid-August"), a year
   (1800-2099) after "in", "during", "of", "throughout", "early", "mid", "late" or a determiner ("in
   2019", "the 2008 war", "Russia's 2014 annexation"), and "last/this/next month", "last/this/next year",
   "N months/years ago".

What is never a date: a month name in lower case ("Russia may retaliate", "troops march"), a bare
month without one of the words above ("Theresa May said"), a month name inside a word ("Ammar 3"
holds no "Mar 3"), an abbreviated month with neither a dot nor a number or punctuation after it ("3
Mar Elias"), a number that is not next to a month name ("3 brigades", "loyal to X 3 units"), a
day-month whose number counts the noun after it ("In May 12 people died": May, not the 12th; "on May
12 people" is the 12th), a weekday after a capitalised word other than "On", "Last", "This", "Past"
or "Next" ("Good Friday", "Bloody Sunday"), a relative word capitalised inside a sentence ("Russia
Today"), a decade ("the 1990s"), an impossible
day ("February 30, 2025"), a period after "since", "until", "by", "before", "after" or "from" ("by
2030", "since the summer of 2022": a deadline or a start, not when the event happened), numeric dates
such as "15/08/2025" (day-month order is ambiguous in English news).

Records and the graph hold full days only (``Relation.date``, ``geo:date`` as ``xsd:date``), so
:func:`resolve_date` returns:

- the day found (items 1-4);
- for a longer period (item 5): the article date when the period contains it ("in August" in an
  August article), else None: an event "in May 2022" reported in 2023 is undated rather than given
  the article's day or an invented 1 May;
- with no candidate: the article date (the report is taken to be about that day);
- without an article date: a full date (item 1) or None.

:func:`resolve_period` returns what was found with its precision ("day", "month", "year") for callers
that can hold one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from dateparser import DateDataParser

__all__ = ["DatePeriod", "Precision", "resolve_date", "resolve_period"]

Precision = Literal["day", "month", "year"]


class DatePeriod(NamedTuple):
    """A period a sentence names: its first day and how long it is."""

    start: date
    precision: Precision

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls in the period."""
        if self.precision == "day":
            return day == self.start
        if self.precision == "month":
            return (day.year, day.month) == (self.start.year, self.start.month)
        return day.year == self.start.year


class _Candidate(NamedTuple):
    start: int
    end: int
    text: str  # what dateparser reads
    rank: int  # 0 full date, 1 day and month, 2 weekday, 3 relative day, 4 longer period
    future: bool = False  # "next ...": the first one after the article date
    weekday: bool = False  # on or before the article date, not strictly before (dateparser's reading)


_MONTHS = "January February March April May June July August September October November December".split()
_ABBREVIATIONS = "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _alternatives(words: list[str]) -> str:
    """Title-case and upper-case forms only: "may" and "march" in lower case are verbs."""
    forms = {w for word in words for w in (word, word.upper())}
    return "|".join(sorted(forms, key=len, reverse=True))


_FULL = _alternatives(_MONTHS)
# an abbreviation is a month only with a dot or before a number or punctuation: "3 Mar Elias" is a place
_MONTH = rf"(?P<month>{_FULL}\b|(?:{_alternatives(_ABBREVIATIONS)})\b(?:\.|(?=,|\s*\d|\s*$|[;:)])))"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?![\d,.]\d|s\b)"  # not "2,019,000", not "the 1990s"
_WORDS = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"

_ISO = re.compile(r"(?<![\d-])(?:1[89]|20)\d\d-[01]\d-[0-3]\d(?![\d-])")
_MDY = re.compile(rf"\b{_MONTH}\s+{_DAY}(?:(?:,\s*|\s+){_YEAR})?")
_DMY = re.compile(rf"(?<![\w.,]){_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?")
_WEEKDAY = re.compile(rf"\b(?:(?P<pre>(?i:on|last|this|past|next))\s+)?(?P<wd>{_alternatives(_WEEKDAYS)})\b")
_RELATIVE_DAY = re.compile(
    r"\b(?:the day before yesterday|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)"
    rf"|last night|(?:last|this|next) week|{_WORDS} (?:days?|weeks?) ago)\b",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+{_YEAR}")
_RELATIVE_PERIOD = re.compile(rf"\b(?:(?:last|this|next) (?:month|year)|{_WORDS} (?:months?|years?) ago)\b", re.I)
_IN_MONTH = re.compile(
    rf"\b(?P<pre>(?i:in|during|of|throughout|early|mid|late|last|this|next))[\s-]+(?P<month>{_FULL})\b"
)
_IN_YEAR = re.compile(
    r"(?:\b(?i:in|during|of|throughout|early|mid|late|the|its|their|his|her)[\s-]+|['’]s\s+)"
    rf"(?:(?i:early|mid|late)[\s-]+)?{_YEAR}(?!\s*(?:%|per ?cent))"
)
# every candidate holds one of these: a quick test before the patterns above
_HINT = re.compile(
    "|".join([r"\d", "day", "night", "morning", "afternoon", "evening", "tomorrow", "week", "month", "year", "ago"])
    + "|"
    + "|".join(m[:3] for m in _MONTHS),
    re.IGNORECASE,
)
# a period after these words bounds the event (a start, a deadline), it does not say when it happened
_BOUND = re.compile(
    r"\b(?i:since|until|till|by|before|after|from)\s+(?:(?:the|early|mid|late)[\s-]+)?(?:\w+\s+of\s+)?$"
)
# after "May 12" without a year, the words that let 12 be a day ("May 12 people": a count)
_FOLLOWERS = frozenset(
    "a after against amid an and as at before but by during for from had has in into is of on or over "
    "saw so that the then this through till to until was were when while with".split()
)


def _previous_word(sentence: str, start: int) -> str:
    words = sentence[:start].split()
    return words[-1] if words else ""


def _starts_sentence(sentence: str, start: int) -> bool:
    return not sentence[:start].strip(" \t\n\"'“‘([—-")


def _counts_next_noun(sentence: str, m: re.Match[str]) -> bool:
    """ "In May 12 people died": the number counts the noun after it (unless "on May 12 ...")."""
    if m["year"] or _previous_word(sentence, m.start()).lower() == "on":
        return False
    following = re.match(r"\s+([a-z]+)\b", sentence[m.end() :])
    return following is not None and following[1] not in _FOLLOWERS


def _matches(sentence: str) -> Iterator[_Candidate]:
    """Every candidate, best kind first; later ones may overlap earlier ones (dropped by the caller)."""
    for m in _ISO.finditer(sentence):
        yield _Candidate(m.start(), m.end(), m[0], 0)
    for pattern in (_MDY, _DMY):
        for m in pattern.finditer(sentence):
            if pattern is _MDY and _counts_next_noun(sentence, m):
                continue
            yield _Candidate(m.start(), m.end(), m[0], 0 if m["year"] else 1)
    for m in _WEEKDAY.finditer(sentence):
        pre = (m["pre"] or "").lower()
        if not pre and _previous_word(sentence, m.start())[:1].isupper():
            continue  # Good Friday, Black Monday
        yield _Candidate(m.start(), m.end(), m["wd"], 2, future=pre == "next", weekday=pre != "next")
    for m in _RELATIVE_DAY.finditer(sentence):
        if m[0].islower() or _starts_sentence(sentence, m.start()):
            yield _Candidate(m.start(), m.end(), m[0].lower(), 3)
    for m in _MONTH_YEAR.finditer(sentence):
        yield _Candidate(m.start(), m.end(), m[0], 4)
    for m in _RELATIVE_PERIOD.finditer(sentence):
        if m[0].islower() or _starts_sentence(sentence, m.start()):
            yield _Candidate(m.start(), m.end(), m[0].lower(), 4)
    for m in _IN_MONTH.finditer(sentence):
        yield _Candidate(m.start("month"), m.end(), m["month"], 4, future=m["pre"].lower() == "next")
    for m in _IN_YEAR.finditer(sentence):
        yield _Candidate(m.start("year"), m.end(), m["year"], 4)


def _candidates(sentence: str) -> list[_Candidate]:
    """The date-like spans of ``sentence`` that do not overlap a better one, best first."""
    kept: list[_Candidate] = []
    if not _HINT.search(sentence):
        return kept
    for c in _matches(sentence):
        if c.rank == 4 and _BOUND.search(sentence, 0, c.start):
            continue  # "since the summer of 2022", "by 2030", "until the end of May"
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: (c.rank, c.start))


@lru_cache(maxsize=64)
def _parser(base: date, *, future: bool) -> DateDataParser:
    """One dateparser parser per article date and direction (articles come one after another)."""
    import dateparser  # slow to import: only once a sentence has a candidate

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day, 12),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["relative-time", "absolute-time"],
    }
    return dateparser.DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=8192)
def _parse(text: str, base: date, *, future: bool) -> DatePeriod | None:
    """dateparser's reading of one candidate, relative to ``base``; None when it reads no date."""
    data = _parser(base, future=future).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "year":
        return DatePeriod(day.replace(month=1, day=1), "year")
    if data.period == "month":
        return DatePeriod(day.replace(day=1), "month")
    return DatePeriod(day, "day")  # day, time, or week ("last week": seven days back)


_NO_ARTICLE_DATE = date(2000, 1, 1)  # a fixed base when full dates need none: no dependence on today


def _article_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def resolve_period(sentence: str, published: str | None) -> DatePeriod | None:
    """The most precise date or period ``sentence`` names, relative to the article date ``published``.

    None when it names none that dateparser reads. Without an article date, only full dates (with a year)
    are read. A day beats a longer period wherever each stands; among days, a full date beats a day and
    month, which beats a weekday, which beats "yesterday" and the like; then the first in the sentence.
    """
    anchor = _article_date(published)
    for c in _candidates(sentence):
        if anchor is None and c.rank > 0:
            break
        base = anchor or _NO_ARTICLE_DATE
        if c.weekday:
            base += timedelta(days=1)  # dateparser's past "Friday" is before its base: allow the day itself
        if (period := _parse(c.text, base, future=c.future)) is not None:
            return period
    return None


def resolve_date(sentence: str, published: str | None) -> str | None:
    """The ISO day an event in ``sentence`` happened, or the article date, or None (see the module doc)."""
    anchor = _article_date(published)
    period = resolve_period(sentence, published)
    if period is None:
        return anchor.isoformat() if anchor else None
    if period.precision == "day":
        return period.start.isoformat()
    return anchor.isoformat() if anchor is not None and period.contains(anchor) else None
