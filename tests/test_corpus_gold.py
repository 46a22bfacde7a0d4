"""The hand-coded events of the corpus (corpus/gold/): every record placed in its article, codes valid."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
_spec = importlib.util.spec_from_file_location("corpus_gold", ROOT / "corpus" / "gold.py")
gold = sys.modules["corpus_gold"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gold)

ARTICLE = {"id": "a", "text": "Chancellor Olaf Scholz met Emmanuel Macron in Paris. Scholz said France helped."}
GOOD = {
    "doc": "a",
    "sentence": "Chancellor Olaf Scholz met Emmanuel Macron in Paris.",
    "source": "Olaf Scholz",
    "source_label": "Olaf Scholz",
    "target": "Emmanuel Macron",
    "target_label": "Emmanuel Macron",
    "cameo": "04",
    "predicate": "meet",
    "negated": False,
}


def test_a_record_is_placed_by_its_words() -> None:
    placed = gold.place(GOOD, ARTICLE)
    text = ARTICLE["text"]
    assert text[placed["source"]["start"] : placed["source"]["end"]] == "Olaf Scholz"
    assert text[placed["target"]["start"] : placed["target"]["end"]] == "Emmanuel Macron"
    assert placed["cameo"] == "04" and placed["kind"] == "relation"


def test_the_second_occurrence_is_taken_when_asked() -> None:
    record = {**GOOD, "sentence": ARTICLE["text"], "source": "Scholz", "source_n": 2, "target": "France"}
    placed = gold.place(record, ARTICLE)
    assert placed["source"]["start"] == ARTICLE["text"].index("Scholz said")


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"sentence": "Scholz met Macron."}, "must occur exactly once"),
        ({"target": "Angela Merkel"}, "target 'Angela Merkel' is not inside"),
        ({"cameo": "21"}, "not a root code"),
        ({"cameo": "04", "predicate": "leader_of"}, "standing relation"),
        ({"negated": "no"}, "'negated' must be true or false"),
        ({"source_label": " "}, "source_label is empty"),
        ({"mood": "calm"}, "unknown keys"),
    ],
)
def test_a_bad_record_says_why(change: dict, why: str) -> None:
    assert why in gold.place({**GOOD, **change}, ARTICLE)


def test_every_shipped_record_is_placed(tmp_path: Path) -> None:
    parts = sorted((ROOT / "corpus" / "gold").glob("part*.jsonl"))
    if not parts:
        pytest.fail("corpus/gold/ holds no part*.jsonl files")
    assert gold.main(["--out", str(tmp_path)]) == 0
    placed = [json.loads(line) for line in (tmp_path / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    articles = {json.loads(line)["id"] for line in (tmp_path / "articles.jsonl").read_text().splitlines()}
    assert len(placed) >= 1000 and len(articles) >= 300
    assert {r["doc"] for r in placed} == articles


def test_a_mention_is_a_whole_word() -> None:
    article = {"id": "a", "text": "Russia criticised Ukraine and it answered."}
    record = {**GOOD, "sentence": article["text"], "source": "it", "target": "Russia"}
    placed = gold.place(record, article)
    assert placed["source"]["start"] == article["text"].index(" it ") + 1
    assert "not inside" in gold.place({**record, "source": "Russ"}, article)
