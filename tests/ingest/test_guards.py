"""Bad input for the extractor: each finishes quickly with a clear note and no crash."""

from __future__ import annotations

from itertools import pairwise

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from ingest import Article, extract, load_pipeline
from ingest.guards import MAX_SENTENCE, SafeTokenizer, chunks, long_sentence_starts, looks_english


class _BatchProbe:
    """A pipeline component that notes the batches it is given: (texts, characters)."""

    def __init__(self) -> None:
        self.batches: list[tuple[int, int]] = []

    def __call__(self, doc: Doc) -> Doc:
        self.batches.append((1, len(doc.text)))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for batch in minibatch(docs, size=batch_size):
            self.batches.append((len(batch), sum(len(d.text) for d in batch)))
            yield from batch


@Language.factory("geokg_test_batch_probe")
def _batch_probe(nlp: Language, name: str) -> _BatchProbe:
    return _BatchProbe()


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


def test_a_long_article_goes_through_the_pipeline_a_chunk_at_a_time() -> None:
    nlp = load_pipeline("blank")
    probe = nlp.add_pipe("geokg_test_batch_probe", first=True)
    para = "Iran supplied drones to Russia. " + "The officials said that the talks went on for hours. " * 20 + "\n\n"
    long = Article(id="long", text=para * 100)  # ~110,000 characters: six chunks of 20,000 at most
    parts = len(chunks(long.text, 20_000))
    [ex] = list(extract(nlp, [long], max_chars=20_000, batch_chars=20_000))
    assert len(ex.relations) == 100
    assert len(probe.batches) == parts and max(chars for _, chars in probe.batches) <= 20_000
    probe.batches.clear()
    assert len(list(extract(nlp, [Article(id=f"s{i}", text=para) for i in range(10)], batch_chars=20_000))) == 10
    assert [n for n, _ in probe.batches] == [8, 2]  # short articles still go eight at a time
    # the pipeline's working memory grows with the batch; what it finds does not depend on the batch
    probe.batches.clear()
    [whole] = list(extract(nlp, [long], max_chars=20_000, batch_chars=10**9))
    assert probe.batches == [(parts, len(long.text))]
    assert whole.records() == ex.records()


def test_one_line_without_sentence_breaks_is_cut_into_chunks_and_sentences(nlp) -> None:
    line = "Iran supplied drones to Russia and " * 5_000  # 175,000 characters: no full stop, no line break
    for text in (line, "x" * 1_000_000):
        parts = chunks(text, 100_000)
        assert "".join(p for _, p in parts) == text and all(len(p) <= 100_000 for _, p in parts)
    [ex] = list(extract(nlp, [Article(id="line", text=line)]))
    assert ex.note is None and len(ex.relations) > 4_950
    assert all(line[r.sentence_start : r.sentence_end] == r.sentence for r in ex.relations)
    # each event keeps a sentence of at most MAX_SENTENCE tokens as evidence, not the whole line
    assert max(len(r.sentence) for r in ex.relations) < 6 * MAX_SENTENCE


def test_long_sentences_are_cut_before_a_conjunction(nlp) -> None:
    doc = nlp.make_doc("Iran supplied drones to Russia and " * 200)  # 1,200 tokens, no sentence end
    starts = long_sentence_starts(doc)
    assert starts and all(doc[i].lower_ == "and" for i in starts)
    bounds = [0, *starts, len(doc)]
    assert all(0 < b - a <= MAX_SENTENCE for a, b in pairwise(bounds))
    assert long_sentence_starts(nlp.make_doc("Iran supplied drones to Russia. " * 200)) == []


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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a parser left alone may break inside a name; a sentence starts only after a stop or a line break
        (
            "Hungarian Prime Minister Viktor Orban won. Turkey's President Recep Tayyip Erdogan met him.",
            ["Hungarian Prime Minister Viktor Orban won.", "Turkey's President Recep Tayyip Erdogan met him."],
        ),
        ("US House Speaker Nancy Pelosi visited Taipei, and China protested.", None),
        ("Talks ended\n\nRussia attacked", ["Talks ended", "\n\n", "Russia attacked"]),
    ],
)
def test_no_sentence_starts_inside_a_line(text: str, sentences: list[str] | None) -> None:
    from ingest import load_pipeline

    nlp = load_pipeline()
    found = [s.text for s in nlp(text).sents]
    assert found == (sentences or [text])
