from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.readers import read_articles
from ingest.records import Article, Skipped, content_hash


def _read(*paths: Path, max_chars: int | None = 1_000_000) -> tuple[list[Article], list[Skipped]]:
    items = list(read_articles(paths, max_chars=max_chars))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


def test_jsonl_keeps_given_fields(tmp_path: Path) -> None:
    row = {
        "id": "a1",
        "text": "Iran supplied drones to Russia.",
        "title": "T",
        "published": "2025-08-15",
        "source": "S",
        "url": "https://example.org/a1",
    }
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n", encoding="utf8")
    [art], skipped = _read(tmp_path / "a.jsonl")
    assert skipped == []
    assert (art.id, art.text, art.title, art.published, art.source, art.url) == (
        "a1",
        row["text"],
        "T",
        "2025-08-15",
        "S",
        "https://example.org/a1",
    )


def test_id_defaults_to_text_hash_and_is_stable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Finland joined NATO in 2023.\n", encoding="utf8")
    [first], _ = _read(tmp_path / "a.txt")
    [second], _ = _read(tmp_path / "a.txt")
    assert first.id == second.id == content_hash("Finland joined NATO in 2023.\n")[:16]


def test_txt_front_matter_becomes_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Title: Headline\nDate: 2024-03-07\nID: s1\n\nSweden joined NATO.\n", encoding="utf8"
    )
    [art], _ = _read(tmp_path / "a.txt")
    assert (art.id, art.title, art.published, art.text) == ("s1", "Headline", "2024-03-07", "Sweden joined NATO.\n")


def test_markdown_heading_is_title(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Talks in Istanbul\n\nRussia and Ukraine met.\n", encoding="utf8")
    [art], _ = _read(tmp_path / "a.md")
    assert art.title == "Talks in Istanbul"


def test_html_drops_boilerplate(tmp_path: Path) -> None:
    body = " ".join(["Turkey hosted talks between Russia and Ukraine in Istanbul on a spring day."] * 3)
    page = (
        f"<html><head><title>Talks</title></head><body><nav>Home | Subscribe now</nav>"
        f"<article><h1>Talks</h1><p>{body}</p></article><footer>Cookie settings</footer></body></html>"
    )
    (tmp_path / "a.html").write_text(page, encoding="utf8")
    [art], skipped = _read(tmp_path / "a.html")
    assert skipped == []
    assert "Turkey hosted talks" in art.text
    assert "Subscribe" not in art.text and "Cookie" not in art.text


def test_csv_columns(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(
        'id,title,text,url,published,source\nc1,T,"Iran met Iraq.",,2025-01-01,S\n', encoding="utf8"
    )
    [art], _ = _read(tmp_path / "a.csv")
    assert (art.id, art.text, art.published, art.url) == ("c1", "Iran met Iraq.", "2025-01-01", None)


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Second text.", encoding="utf8")
    (tmp_path / "sub" / "a.txt").write_text("First text.", encoding="utf8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    arts, skipped = _read(tmp_path)
    assert [a.text for a in arts] == ["Second text.", "First text."]
    assert skipped == []


@pytest.mark.parametrize(
    ("name", "content", "line", "message"),
    [
        ("empty.txt", b"   \n", None, "empty file"),
        ("latin1.txt", "Caf\xe9 talks".encode("latin-1"), None, "not UTF-8"),
        ("blob.txt", b"\x00\x01\x02binary", None, "binary file"),
        ("bad.jsonl", b'{"id": "ok", "text": "Fine."}\n{"id": broken\n', 2, "malformed JSON"),
        ("notext.jsonl", b'{"id": "x"}\n', 1, "no 'text'"),
        ("nocol.csv", b"id,title\n1,x\n", 1, "needs a 'text' column"),
        ("a.docx", b"PK", None, "unknown file type"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path: Path, name: str, content: bytes, line: int | None, message: str) -> None:
    (tmp_path / name).write_bytes(content)
    _, skipped = _read(tmp_path / name)
    assert len(skipped) == 1
    item = skipped[0]
    assert item.path.endswith(name) and item.line == line and message in item.reason
    text = str(item)
    assert "\n" not in text and name in text


def test_missing_path_is_reported_and_others_still_read(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Russia attacked Ukraine.", encoding="utf8")
    arts, skipped = _read(tmp_path / "missing.txt", tmp_path / "ok.txt")
    assert len(arts) == 1
    assert "no such file or directory" in str(skipped[0])


def test_malformed_line_does_not_stop_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "One."}\nnot json\n{"text": "Three."}\n', encoding="utf8")
    arts, skipped = _read(tmp_path / "a.jsonl")
    assert [a.text for a in arts] == ["One.", "Three."]
    assert skipped[0].line == 2


def test_paths_are_relative_to_the_common_root_however_they_are_given(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "2025").mkdir(parents=True)
    (corpus / "2025" / "a.txt").write_text("Finland joined NATO.\n", encoding="utf8")
    (corpus / "b.txt").write_text("Chile met Peru.\n", encoding="utf8")
    monkeypatch.chdir(tmp_path)
    relative, _ = _read(Path("corpus"))
    absolute, _ = _read(corpus.resolve())
    dotted, _ = _read(Path("corpus/../corpus/"))
    assert (
        [a.path for a in relative] == [a.path for a in absolute] == [a.path for a in dotted] == ["2025/a.txt", "b.txt"]
    )
    files, _ = _read(Path("corpus/2025/a.txt"), corpus / "b.txt")
    assert [a.path for a in files] == ["2025/a.txt", "b.txt"]


def test_utf16_with_a_byte_order_mark_is_read_and_without_one_is_named(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("Chile met Peru in Lima.\n".encode("utf-16"))
    (tmp_path / "nobom.txt").write_bytes("Chile met Peru in Lima.\n".encode("utf-16-le"))
    [art], skipped = _read(tmp_path / "bom.txt", tmp_path / "nobom.txt")
    assert art.text.strip() == "Chile met Peru in Lima."
    assert len(skipped) == 1 and "UTF-16 without a byte-order mark" in skipped[0].reason


def test_a_pipe_is_not_a_missing_file(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "feed.txt")
    arts, [skip] = _read(tmp_path / "feed.txt")
    assert arts == [] and "not a regular file" in skip.reason


def test_html_nested_past_the_parsers_depth_keeps_its_text(tmp_path: Path, caplog) -> None:
    body = "<div>" * 600 + "<p>Chile and Peru signed a fisheries accord in Lima on Monday.</p>" + "</div>" * 600
    (tmp_path / "deep.html").write_text(f"<html><body>{body}</body></html>", encoding="utf8")
    with caplog.at_level("WARNING"):
        [art], skipped = _read(tmp_path / "deep.html")
    assert skipped == [] and art.text == "Chile and Peru signed a fisheries accord in Lima on Monday."
    assert "discarding" not in caplog.text


def test_a_csv_field_longer_than_the_csv_modules_default_is_read(tmp_path: Path) -> None:
    import csv

    long_text = "Chile met Peru. " * 12_000  # 192,000 characters, past csv's 131,072 default
    with (tmp_path / "a.csv").open("w", newline="", encoding="utf8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text"])
        writer.writerows([["long", long_text], ["short", "Peru met Chile."]])
    arts, skipped = _read(tmp_path / "a.csv")
    assert skipped == [] and [a.id for a in arts] == ["long", "short"] and len(arts[0].text) == len(long_text)


def test_a_repeated_id_is_skipped_not_replaced(tmp_path: Path) -> None:
    rows = [{"id": "x", "text": "Chile met Peru."}, {"id": "x", "text": "Peru met Chile."}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf8")
    [art], [skip] = _read(tmp_path / "a.jsonl")
    assert art.text == "Chile met Peru." and "article id 'x' was already read from a.jsonl" in skip.reason


def test_articles_over_the_character_limit_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text("Chile met Peru. " * 100, encoding="utf8")
    (tmp_path / "short.txt").write_text("Peru met Chile.", encoding="utf8")
    arts, [skip] = _read(tmp_path, max_chars=1_000)
    assert [a.path for a in arts] == ["short.txt"]
    assert "1,600 characters, over the limit of 1,000" in skip.reason and "--max-chars" in skip.reason
