from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from graph.store.store import Store
from ingest import build_background
from ingest.errors import StoreError, StoreLockedError


def test_add_then_unchanged_then_replaced(tmp_path: Path, fixture_extractions) -> None:
    e1 = fixture_extractions[0]
    with Store(tmp_path / "kg") as store:
        assert store.add(e1).status == "added"
        size = len(store)
        assert store.add(e1).status == "unchanged" and len(store) == size
        changed = dataclasses.replace(e1.article, text=e1.article.text + " More.")
        shorter = dataclasses.replace(e1, article=changed, relations=e1.relations[:1])
        assert store.add(shorter).status == "replaced"
        assert 0 < len(store) < size
        assert store.stored_hash("f1") == changed.hash


def test_ingest_twice_gives_same_canonical_hash(tmp_path: Path, fixture_extractions) -> None:
    hashes = []
    for name in ("a", "b"):
        with Store(tmp_path / name) as store:
            store.ensure_background(build_background())
            for ex in fixture_extractions + fixture_extractions:
                store.add(ex)
            hashes.append((len(store), store.canonical_hash()))
    assert hashes[0] == hashes[1]


def test_remove_deletes_only_that_article(tmp_path: Path, fixture_extractions) -> None:
    with Store(tmp_path / "kg") as store:
        for ex in fixture_extractions:
            store.add(ex)
        before = len(store)
        assert store.remove("f2") is True
        assert store.remove("f2") is False
        assert store.stored_hash("f2") is None and store.stored_hash("f1") is not None
        assert len(store) < before


def test_persists_across_processes(tmp_path: Path, fixture_extractions) -> None:
    with Store(tmp_path / "kg") as store:
        store.add(fixture_extractions[0])
        expected = len(store)
    code = (
        f"from graph.store.store import Store; s = Store({str(tmp_path / 'kg')!r}, read_only=True); "
        "print(len(s), s.stored_hash('f1') is not None)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(expected), "True"]


def test_second_writer_gets_a_clear_error(tmp_path: Path) -> None:
    with Store(tmp_path / "kg"):
        with pytest.raises(StoreLockedError, match="in use by another process"):
            Store(tmp_path / "kg")


def test_read_only_store_refuses_writes_and_missing_store_is_explained(tmp_path: Path, fixture_extractions) -> None:
    with pytest.raises(StoreError, match="does not exist; run 'geokg ingest"):
        Store(tmp_path / "nothing", read_only=True)
    Store(tmp_path / "kg").close()
    with Store(tmp_path / "kg", read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.add(fixture_extractions[0])


def test_a_folder_that_is_not_a_store_is_left_alone(tmp_path: Path) -> None:
    from ingest.errors import StoreError

    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf8")
    with pytest.raises(StoreError, match="not a geokg store; pass a new or empty --store DIR"):
        Store(folder)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    with Store(tmp_path / "empty-but-there"):  # a new folder, or an empty one, becomes a store
        pass


def test_an_update_keeps_the_merged_graph_and_reports_bad_syntax(tmp_path: Path) -> None:
    from ingest.errors import QueryError

    with Store(tmp_path / "kg") as store:
        store.apply_update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } } ;")  # a trailing ';' is fine
        assert store.oxigraph.query("ASK { <urn:a> <urn:b> <urn:c> }")  # in the merged default graph too
        with pytest.raises(QueryError, match="SPARQL syntax error in the update"):
            store.apply_update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> } }")
