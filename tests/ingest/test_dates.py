from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from ingest import dates
from ingest.dates import DatePeriod, resolve_date, resolve_period

ROOT = Path(__file__).resolve().parents[2]
SUNDAY = "2025-08-17"  # the article date of most rows: a Sunday


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # full dates, in several formats; a full date needs no article date
        ("They met on Friday, August 15, 2025 in Alaska.", "2025-08-20", "2025-08-15"),
        ("Finland joined NATO on 4 April 2023.", "2023-04-05", "2023-04-04"),
        ("The deal was signed on 2024-03-07.", None, "2024-03-07"),
        ("Ministers met in Oslo on Tuesday, March 4, 2025.", "2025-03-10", "2025-03-04"),
        ("The border crossing reopened on 9 June 2024.", SUNDAY, "2024-06-09"),
        ("The summit opened on the 21st of October, 2024, in Baku.", SUNDAY, "2024-10-21"),
        ("Observers arrived Sept. 3, 2023 and left a week later.", None, "2023-09-03"),
        ("The truce took effect at 2024-11-30T06:00 local time.", SUNDAY, "2024-11-30"),
        ("Two ceasefires were signed, on 1 March 2022 and on 2 March 2022.", SUNDAY, "2022-03-01"),
        ("On February 30, 2025 nothing happened.", "2025-03-01", "2025-03-01"),  # no such day
        # day and month without a year: on or before the article date, across the year boundary
        ("The convoy left on August 12.", SUNDAY, "2025-08-12"),
        ("The convoy left on August 17.", SUNDAY, "2025-08-17"),
        ("The convoy left on August 19.", SUNDAY, "2024-08-19"),  # after the article: the year before
        ("Talks began on December 30.", "2025-01-05", "2024-12-30"),
        ("Shelling resumed on 2 Jan. after a lull.", "2025-01-05", "2025-01-02"),
        ("The convoy left on August 12.", None, None),  # no year, no article date
        # weekdays: the last such day on or before the article date
        ("Russia attacked Kyiv on Friday.", SUNDAY, "2025-08-15"),
        ("Russia attacked Kyiv on Sunday.", SUNDAY, "2025-08-17"),
        ("The ministry said Thursday that the talks had failed.", SUNDAY, "2025-08-14"),
        ("Drones hit the port last Saturday.", SUNDAY, "2025-08-16"),
        ("The envoys will meet next Monday.", SUNDAY, "2025-08-18"),
        ("Pilgrims marched on Good Friday.", SUNDAY, SUNDAY),  # a feast, not last Friday
        # relative expressions
        ("Iran sent drones yesterday.", SUNDAY, "2025-08-16"),
        ("Iran sent drones last week.", SUNDAY, "2025-08-10"),
        ("Militants fired rockets last night.", SUNDAY, "2025-08-16"),
        ("The envoys fly home tomorrow.", SUNDAY, "2025-08-18"),
        ("Three days ago the rebels withdrew.", SUNDAY, "2025-08-14"),
        ("The talks collapsed two weeks ago.", SUNDAY, "2025-08-03"),
        ("Russia Today aired the speech three days ago.", SUNDAY, "2025-08-14"),  # a channel, not today
        ("Iran sent drones.", "2025-08-17T09:00:00Z", SUNDAY),
        ("Iran sent drones.", None, None),
        ("Iran sent drones yesterday.", "not a date", None),
        # bare numbers next to nouns are never days
        ("Fighters loyal to Ammar 3 brigades crossed the river.", SUNDAY, SUNDAY),
        ("Shells hit 3 Mar Elias schools.", SUNDAY, SUNDAY),
        ("Gunmen killed 12 people in May.", SUNDAY, None),  # May, not the 12th: a month
        ("Gunmen killed 12 people in May.", "2025-05-20", "2025-05-20"),  # the article's own month
        ("In May 12 people were killed.", "2025-05-20", "2025-05-20"),
        ("On May 12 people gathered in the square.", SUNDAY, "2025-05-12"),  # "on": a day
        ("The force grew to 2019 troops.", SUNDAY, SUNDAY),
        # "may" and "march" as verbs, "May" as a name
        ("Russia may retaliate against the sanctions.", SUNDAY, SUNDAY),
        ("RUSSIA MAY RETALIATE, KREMLIN WARNS", SUNDAY, SUNDAY),
        ("Veterans will march 5 kilometres to the parliament.", SUNDAY, SUNDAY),
        ("Theresa May met the envoys.", SUNDAY, SUNDAY),
        # bare years: undated unless the article's own year
        ("In 2019 the two states restored ties.", SUNDAY, None),
        ("In 2025 the two states restored ties.", SUNDAY, SUNDAY),
        ("Russia's 2008 war on Georgia was condemned.", SUNDAY, None),
        ("The pact runs until 2030.", SUNDAY, SUNDAY),  # a deadline, not when the event happened
        ("Iran has armed the militia since the summer of 2022.", SUNDAY, SUNDAY),  # a start
        ("In the autumn of 2024 the troops moved north.", SUNDAY, None),
        ("Exports collapsed in the 1990s.", SUNDAY, SUNDAY),  # a decade, not the year 1990
        # month and year, months, and relative periods
        ("In May 2022 Finland applied.", "2023-04-04", None),
        ("In April 2023 Finland joined.", "2023-04-04", "2023-04-04"),
        ("In May 2022 Finland applied.", None, None),
        ("The offensive stalled in mid-March.", SUNDAY, None),
        ("Iran sent drones last month.", SUNDAY, None),
        ("Earlier this year, on 3 February, talks resumed.", SUNDAY, "2025-02-03"),  # a day beats a period
    ],
)
def test_resolve_date(sentence: str, published: str | None, expected: str | None) -> None:
    assert resolve_date(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("In May 2022 Finland applied.", "2023-04-04", DatePeriod(date(2022, 5, 1), "month")),
        ("In early 2019 the two states restored ties.", SUNDAY, DatePeriod(date(2019, 1, 1), "year")),
        ("Iran sent drones last year.", SUNDAY, DatePeriod(date(2024, 1, 1), "year")),
        ("Gunmen killed 12 people in May.", SUNDAY, DatePeriod(date(2025, 5, 1), "month")),
        ("The envoys arrive next May.", SUNDAY, DatePeriod(date(2026, 5, 1), "month")),
        ("Finland joined NATO on 4 April 2023.", None, DatePeriod(date(2023, 4, 4), "day")),
        ("Iran sent drones.", SUNDAY, None),
    ],
)
def test_resolve_period(sentence: str, published: str | None, expected: DatePeriod | None) -> None:
    assert resolve_period(sentence, published) == expected


@pytest.mark.parametrize(
    "words",
    [
        "2025-08-15", "August 15", "15 Aug.", "Sept. 3", "on Friday", "today", "tonight", "this morning",
        "this afternoon", "this evening", "yesterday", "last night", "tomorrow", "the day before yesterday",
        "this week", "four days ago", "3 weeks ago", "last month", "two years ago", "in May", "in June 2024",
        "in 2019", "its 2014 annexation",
    ],
)  # fmt: skip
def test_every_kind_of_candidate_is_found(words: str) -> None:
    """The quick test before the patterns (``_HINT``) lets each kind through."""
    assert [c.text for c in dates._candidates(f"It happened {words}, officials said.")] != []


def test_a_sentence_without_a_candidate_never_reaches_dateparser(monkeypatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("dateparser called")

    monkeypatch.setattr(dates, "_parse", refuse)
    for sentence in ("Loyal to Ammar 3 brigades crossed.", "Russia may retaliate.", "Troops march 12 km."):
        assert resolve_date(sentence, SUNDAY) == SUNDAY


def test_the_machine_time_zone_changes_nothing(monkeypatch) -> None:
    try:
        for zone in ("Pacific/Kiritimati", "America/Adak"):  # UTC+14, UTC-10
            monkeypatch.setenv("TZ", zone)
            time.tzset()
            dates._parse.cache_clear()
            dates._parser.cache_clear()
            got = [resolve_date(s, SUNDAY) for s in ("It rained yesterday.", "It rained on Friday.", "It rained.")]
            assert got == ["2025-08-16", "2025-08-15", SUNDAY]
    finally:
        monkeypatch.undo()
        time.tzset()
        dates._parse.cache_clear()
        dates._parser.cache_clear()


def test_dateparser_is_imported_only_when_a_sentence_has_a_candidate() -> None:
    code = (
        "import sys; from ingest.dates import resolve_date; "
        "resolve_date('Iran sent drones.', '2025-08-17'); print('dateparser' in sys.modules); "
        "resolve_date('Iran sent drones yesterday.', '2025-08-17'); print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]
