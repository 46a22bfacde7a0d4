"""The gazetteer's keys for actors it does not know."""

from __future__ import annotations

import pytest

from ingest.actors.gazetteer import unknown_actor


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Abu Bakr al-Baghdadi", "Abu Bakr Al Baghdadi", True),
        ("Abu Bakr al-Baghdadi", "Abu-Bakr al Baghdadi", True),
        ("Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador", True),
        ("Jean-Yves Le Drian", "Jean Yves Le Drian", True),
        ("Hassan Nasrallah", "Hassan Nasrullah", False),  # another spelling of a vowel is not folded
        ("Ali Hassan", "Hassan Ali", False),
    ],
)
def test_spellings_of_one_unknown_name_fold_to_one_actor(a: str, b: str, same: bool) -> None:
    assert (unknown_actor(a, "PERSON").key == unknown_actor(b, "PERSON").key) is same
