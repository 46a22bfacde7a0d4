"""Whatever ingest makes conforms to geokg's own shapes: a property test over generated articles, run through
the trained pipeline and the store, then ``validate_store`` (pySHACL) on the result."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.rdf.validate import validate_store
from graph.store.store import Store
from ingest import build_background, extract, load_pipeline
from ingest.lexicon import load_lexicon
from ingest.records import Article

pytestmark = pytest.mark.slow

ACTORS = [
    "Russia",
    "Ukraine",
    "the United States",
    "Vladimir Putin",
    "NATO",
    "the European Union",
    "Hamas",
    "the international community",
    "international partners",
    "Russian forces",
    "Syrian rebels",
    "Iranian police",
    "coalition forces",
    "protesters",
    "the Chad government",
    "Georgia",
    "President Ruto of Kenya",
    "the British Embassy",
    "Иван Петров",
    "<b>Acme</b> Corp",
    "O'Brien & Sons",
]
TIMES = ["", " on Monday", " in March 2023", " yesterday", " on 3 May", " in Kharkiv"]
DATES = ["2025-08-15", "2014-02-28T10:00:00Z", "not-a-date", "2025-13-45", "", "15/08/2025", "2025", None]


@st.composite
def sentences(draw) -> str:
    verbs = sorted(load_lexicon().verbs)
    a, b = draw(st.sampled_from(ACTORS)), draw(st.sampled_from(ACTORS))
    verb = draw(st.sampled_from(verbs))
    past = verb + ("d" if verb.endswith("e") else "ed")
    neg = draw(st.sampled_from(["", "did not ", "will "]))
    if neg:
        past = verb
    noise = draw(st.text(alphabet=string.ascii_letters + " ,.-'", max_size=20))
    return f"{a} {neg}{past} {b}{draw(st.sampled_from(TIMES))}. {noise}".strip()


@st.composite
def articles(draw) -> list[Article]:
    out = []
    for i in range(draw(st.integers(min_value=4, max_value=10))):
        text = " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))
        title = draw(st.one_of(st.none(), st.text(max_size=30)))
        out.append(Article(id=f"gen-{i}", text=text, title=title, published=draw(st.sampled_from(DATES))))
    return out


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=articles())
def test_every_generated_graph_conforms(nlp, tmp_path_factory, batch: list[Article]) -> None:
    path: Path = tmp_path_factory.mktemp("generated") / "kg"
    with Store(path) as store:
        store.ensure_background(build_background())
        for extraction in extract(nlp, batch):
            store.add(extraction)
        result = validate_store(store)
    assert result.conforms, result.report[:3000]


def test_a_published_value_that_is_not_a_date_is_dropped_with_a_warning(caplog) -> None:
    with caplog.at_level("WARNING"):
        kept = Article(id="ok", text="x", published="2025-08-15")
        dropped = [Article(id=f"bad{i}", text="x", published=v) for i, v in enumerate(["not-a-date", "2025-13-45"])]
    assert kept.published == "2025-08-15" and [a.published for a in dropped] == [None, None]
    assert "'bad0': published 'not-a-date' is not a date" in caplog.text and "bad1" in caplog.text
