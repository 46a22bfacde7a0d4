"""Bad input for the extractor: each finishes quickly with a clear note and no crash."""

from __future__ import annotations

import pytest

from ingest import Article, extract
from ingest.guards import SafeTokenizer, chunks, looks_english


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("", "empty text"),
        ("   \n\t ", "empty text"),
        ("!!! ... ??? --- 123 456", "no words in the text"),
        (
            "Der Bundeskanzler hat heute in Berlin mit dem Präsidenten gesprochen und die Lage erörtert, "
            "sagte ein Sprecher der Regierung am Abend.",
            "does not look like English",
        ),
    ],
)
def test_unusable_text_gets_a_note(nlp, text: str, note: str) -> None:
    [ex] = list(extract(nlp, [Article(id="b", text=text)]))
    assert note in (ex.note or "") and ex.mentions == [] and ex.relations == []


@pytest.mark.parametrize("blob", ["a:" * 30_000, "<" * 60_000, "x" * 250_000])
def test_pathological_strings_are_cut_not_crashed(nlp, blob: str) -> None:
    text = f"Iran supplied drones to Russia. {blob} Later, Iran supplied drones to Russia."
    [ex] = list(extract(nlp, [Article(id="p", text=text)]))
    assert ex.note is None
    assert [r.predicate for r in ex.relations] == ["supply", "supply"]
    for r in ex.relations:
        assert text[r.sentence_start : r.sentence_end] == r.sentence


def test_safe_tokenizer_keeps_text_and_offsets(nlp) -> None:
    tok = SafeTokenizer(nlp.tokenizer.tokenizer, nlp.vocab)
    for text in ["a:" * 300 + " end", "start " + "y" * 101, "plain text, nothing long."]:
        assert tok(text).text == text


def test_long_article_is_chunked_with_offsets_kept(nlp) -> None:
    para = "Iran supplied drones to Russia. " + "The officials said that the talks went on for hours. " * 20 + "\n\n"
    text = para * 200  # ~190,000 characters
    [ex] = list(extract(nlp, [Article(id="long", text=text)], max_chars=20_000))
    assert len(ex.relations) == 200
    for r in ex.relations:
        assert text[r.subject.start : r.subject.end] == "Iran"
        assert text[r.sentence_start : r.sentence_end] == r.sentence


def test_two_million_characters(nlp) -> None:
    text = ("Russia attacked Ukraine. " + "It was said that the day was long and cold. " * 30 + "\n\n") * 1500
    assert len(text) > 2_000_000
    [ex] = list(extract(nlp, [Article(id="huge", text=text)]))
    assert len(ex.relations) == 1500 and ex.relations[-1].sentence_start > 1_900_000


def test_chunks_cover_the_text_exactly() -> None:
    text = ("One sentence here. " * 100 + "\n\n") * 50
    parts = chunks(text, 5_000)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 5_000 for _, p in parts)
    assert all(text[o : o + len(p)] == p for o, p in parts)


def test_looks_english() -> None:
    assert looks_english("The talks between the two leaders were held in Alaska on Friday, officials said.")
    assert not looks_english(
        "La réunion entre les deux dirigeants a eu lieu vendredi en Alaska, selon des responsables."
    )
    assert looks_english("Short text.")  # too short to judge
    # a run of names and verbs with no function word: the language detector decides
    assert looks_english("Kazakh President Kassym-Jomart Tokayev met French Foreign Minister Jean-Yves Le Drian.")
    assert not looks_english(
        "Der Bundeskanzler empfing gestern Abend Vertreter verschiedener Verbände zu langen Gesprächen über Energie."
    )
