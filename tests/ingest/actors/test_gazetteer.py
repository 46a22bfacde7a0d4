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


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the fixed descriptions news writes for an organisation in place of its name
        ("The UN nuclear watchdog criticized Iran.", "iaea"),
        ("Iran criticized the U.N. nuclear watchdog.", "iaea"),
        ("The UN children's agency praised Chad.", "unicef"),
        ("The UN health agency praised Chad.", "who"),
        ("Russia criticized the Western military alliance.", "nato"),
        ("The chemical weapons watchdog criticized Syria.", "opcw"),
    ],
)
def test_descriptions_link_to_the_organisation(nlp, text: str, key: str) -> None:
    doc = nlp(text)
    assert key in {s.kb_id_ for s in doc.spans["geokg_actors"]}
    assert "united-nations" not in {s.kb_id_ for s in doc.spans["geokg_actors"]}


def test_a_name_with_a_stop_is_also_known_without_it() -> None:
    from ingest.actors.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Ferdinand Marcos Jr") is not None
    assert gazetteer.lookup("Ferdinand Marcos Jr").key == gazetteer.lookup("Ferdinand Marcos Jr.").key
