from __future__ import annotations

import pytest

from ingest.dates import resolve_date


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("They met on Friday, August 15, 2025 in Alaska.", "2025-08-20", "2025-08-15"),
        ("Finland joined NATO on 4 April 2023.", "2023-04-05", "2023-04-04"),
        ("The deal was signed on 2024-03-07.", None, "2024-03-07"),
        ("Talks began on August 15.", "2025-08-20", "2025-08-15"),
        ("Talks began on December 30.", "2025-01-05", "2024-12-30"),  # year before the article
        ("Russia attacked Kyiv on Friday.", "2025-08-17", "2025-08-15"),  # 17th is a Sunday
        ("Russia attacked Kyiv on Sunday.", "2025-08-17", "2025-08-17"),
        ("Iran sent drones yesterday.", "2025-08-17", "2025-08-16"),
        ("Iran sent drones last week.", "2025-08-17", "2025-08-10"),
        ("Iran sent drones.", "2025-08-17T09:00:00Z", "2025-08-17"),
        ("Iran sent drones.", None, None),
        ("On February 30, 2025 nothing happened.", "2025-03-01", "2025-03-01"),  # no such day
        ("In May 2022 Finland applied.", "2023-04-04", "2023-04-04"),  # month only: article date
    ],
)
def test_resolve_date(sentence: str, published: str | None, expected: str | None) -> None:
    assert resolve_date(sentence, published) == expected
