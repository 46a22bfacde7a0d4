"""Issue 19's bad input on the trained pipeline: each finishes with no events and no error (speed: make bench)."""

from __future__ import annotations

import pytest

from ingest import Article, extract, load_pipeline

pytestmark = pytest.mark.slow

FIRST = ("Anna", "Boris", "Chen", "Dana", "Emil")
LAST = (
    "Abel Brun Costa Diaz Egan Faro Gray Hale Ivers Jans Kemp Lund Moss Nash Orr Page Quin Ross Sato Tran "
    "Ueda Voss Wren Xu Yang Zorn Adler Berg Cole Dunn Eck Ford Gill Hart Ito Jung Kay Lamb Mann Nye"
).split()
NAMES = [f"{first} {last}" for first in FIRST for last in LAST]

INPUTS = {
    "a sentence of 500 tokens": " ".join(["the", "long", "report", "on", "grain", "prices"] * 83) + ".",
    "200 conjoined names": ", ".join(NAMES[:199]) + " and " + NAMES[199] + ".",
    "a passive chain ten clauses deep": "It was said "
    + " ".join(["to have been reported"] * 10)
    + " that the harvest was late.",
    "text with no verbs": " ".join(["Grain. Prices. Weather. Markets."] * 50),
}


@pytest.fixture(scope="module")
def trained():
    return load_pipeline()


@pytest.mark.parametrize("name", list(INPUTS))
def test_bad_input_gives_no_events(trained, name: str) -> None:
    assert len(NAMES) == 200
    [ex] = list(extract(trained, [Article(id=name, text=INPUTS[name])]))  # may be skipped as not English
    assert [r for r in ex.relations if r.cameo] == []
    doc = trained(INPUTS[name])  # the whole pipeline, whatever the language check says
    assert [e for e in doc._.geokg_events if e.root is not None] == []
