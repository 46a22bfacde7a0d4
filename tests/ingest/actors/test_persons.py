"""Person names: hyphenated names are one token before the parser sees them."""

from __future__ import annotations

import pytest

from ingest import load_pipeline


@pytest.fixture(scope="module")
def blank():
    return load_pipeline("blank")


@pytest.mark.parametrize(
    ("text", "joined", "split"),
    [
        ("Kassym-Jomart Tokayev met Jean-Yves Le Drian.", ["Kassym-Jomart", "Jean-Yves"], []),
        ("Jean-Marie-Pierre Dupont spoke.", ["Jean-Marie-Pierre"], []),
        ("The Iran-Iraq war ended.", [], ["Iran", "Iraq"]),  # two countries: a pair, not a name
        ("Israel-Hamas talks resumed.", [], ["Israel", "Hamas"]),
        ("Al-Shabaab attacked.", [], ["Al", "Shabaab"]),  # the Arabic article stays apart
        ("The US-led coalition struck.", [], ["US", "led"]),  # not two capitalised words
        ("Kassym - Jomart spoke.", [], ["Kassym", "Jomart"]),  # spaces around the hyphen: no name
    ],
)
def test_hyphenated_names(blank, text: str, joined: list[str], split: list[str]) -> None:
    words = [t.text for t in blank.make_doc(text)]
    assert all(w in words for w in joined)
    assert all(w in words for w in split)
    assert "".join(t.text_with_ws for t in blank.make_doc(text)) == text  # the text is kept exactly
