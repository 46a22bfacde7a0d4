"""The real ``geokg`` command, end to end, in subprocesses with temporary stores."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

EXAMPLES = ROOT / "examples" / "starter"
A = "https://w3id.org/geokg/actor/"


def geokg(*args: str, store: Path | None = None, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if store is not None:
        env["GEOKG_STORE"] = str(store)
    proc = subprocess.run(
        [sys.executable, "-m", "geokg", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


COMMANDS = ["ingest", "extract", "query", "viz", "serve", "analyze", "stats", "remove", "export", "validate", "import"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_has_an_example(command: str) -> None:
    out = geokg(command, "--help").stdout
    assert "Example" in out and f"geokg {command}" in out


@pytest.mark.slow
def test_examples_end_to_end(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    first = geokg("ingest", str(EXAMPLES), store=store)
    assert "ingested 8 article(s): 8 added" in first.stdout
    assert "articles: 8" in first.stdout and "most frequent relations:" in first.stdout

    second = geokg("ingest", str(EXAMPLES), store=store)
    assert "nothing to ingest: all 8 article(s) already stored and unchanged" in second.stdout

    # answers through SPARQL
    out = geokg("query", "who_supplies_whom", "--format", "json", store=store).stdout
    rows = json.loads(out)["results"]["bindings"]
    assert any(r["supplier"]["value"] == A + "iran" and r["recipientLabel"]["value"] == "Russia" for r in rows)
    out = geokg(
        "query", "events_between", "-p", "a=Donald Trump", "-p", "b=Vladimir Putin", "--format", "csv", store=store
    ).stdout
    assert ",meet," in out and "Anchorage" in out
    count = geokg(
        "query",
        "-e",
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } }",
        "--format",
        "csv",
        store=store,
    ).stdout.split()
    assert count == ["n", "8"]
    titles = geokg(
        "query", "-e", "SELECT ?t WHERE { ?a <https://schema.org/headline> ?t }", "--format", "csv", store=store
    ).stdout
    assert "Sweden completes its path into NATO" in titles  # .txt front matter
    assert "first direct talks since 2022" in titles  # .html through trafilatura

    assert "conforms" in geokg("validate", store=store).stdout

    # a CONSTRUCT query comes out as Turtle; a syntax error names its line and column
    from rdflib import Graph

    ttl = geokg("query", "ego_graph", "-p", "actor=Russia", "--format", "turtle", store=store).stdout
    assert (A + "iran", "https://w3id.org/geokg/rel/supply", A + "russia") in {
        tuple(str(t) for t in triple) for triple in Graph().parse(data=ttl, format="turtle")
    }
    bad = geokg("query", "-e", "SELECT ?x WHERE {\n  ?x ?y\n}", store=store, check=False)
    assert bad.returncode == 1 and "SPARQL syntax error at line 3, column" in bad.stderr

    html = tmp_path / "g.html"
    viz = geokg("viz", "-o", str(html), store=store)
    assert str(html.resolve()) in viz.stdout and html.stat().st_size > 100_000

    focused = tmp_path / "russia.html"
    geokg("viz", "--actor", "Russia", "--depth", "1", "--quad-class", "4", "-o", str(focused), store=store)
    page = focused.read_text(encoding="utf8")
    assert '"label": "Russia"' in page and '"label": "Sweden"' not in page
    drawn = tmp_path / "query.html"
    geokg("viz", "--query", "ego_graph", "-p", "actor=Iran", "-o", str(drawn), store=store)
    assert '"label": "Iran"' in drawn.read_text(encoding="utf8")
    bad = geokg("viz", "--since", "last year", "-o", str(drawn), store=store, check=False)
    assert bad.returncode == 1 and "--since='last year' is not a date; use YYYY-MM-DD" in bad.stderr

    # alliances on the demo store: Ukraine and Russia end up in different signed blocs; BRICS members
    # (Russia, China, Iran in the examples) only cooperate with one another
    blocs = json.loads(geokg("analyze", "blocs", "--by-country", "--format", "json", store=store).stdout)
    signed = [set(r["members"].split(", ")) for r in blocs if r["method"] == "signed"]
    assert not any({"Russia", "Ukraine"} <= members for members in signed)
    assert any({"Russia", "Iran", "China"} <= members for members in signed)
    [brics] = json.loads(
        geokg("analyze", "between", "BRICS", "BRICS", "--by-country", "--format", "json", store=store).stdout
    )
    assert brics["cooperation"] >= 2 and brics["conflict"] == 0 and brics["weight"] > 0

    removed = geokg("remove", "alaska-summit-2025", store=store)
    assert "removed alaska-summit-2025" in removed.stdout
    assert "articles: 7" in geokg("stats", store=store).stdout


@pytest.mark.slow
def test_bad_inputs_are_skipped_with_one_line_each(tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "good.txt").write_text("Iran supplied drones to Russia.", encoding="utf8")
    (bad / "empty.txt").write_text("", encoding="utf8")
    (bad / "latin.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (bad / "blob.txt").write_bytes(b"\x00\x00binary")
    (bad / "rows.jsonl").write_text('{"id": "r1", "text": "Russia attacked Ukraine."}\n{oops\n', encoding="utf8")
    proc = geokg("ingest", str(bad), str(tmp_path / "missing.txt"), store=tmp_path / "kg", check=False)
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if line.startswith("skipped ")]
    assert len(lines) == 5
    for name in ("empty.txt", "latin.txt", "blob.txt", "rows.jsonl:2", "missing.txt"):
        assert any(name in line for line in lines), name
    assert "ingested 2 article(s)" in proc.stdout  # the good ones still went in


def test_an_article_over_max_chars_is_skipped_and_the_next_file_still_read(tmp_path: Path) -> None:
    big, small = tmp_path / "a-long.txt", tmp_path / "b-short.txt"
    big.write_text("Iran supplied drones to Russia. " * 50, encoding="utf8")  # 1,600 characters
    small.write_text("Russia attacked Ukraine.", encoding="utf8")
    args = ("ingest", str(big), str(small), "--model", "blank", "--max-chars", "1000")
    proc = geokg(*args, store=tmp_path / "kg", check=False)
    assert proc.returncode == 1
    assert "ingested 1 article(s): 1 added" in proc.stdout  # the file after the long one went in
    [line] = [line for line in proc.stderr.splitlines() if line.startswith("skipped ")]
    assert str(big) in line and "1,600 characters, over the limit of 1,000" in line and "--max-chars" in line


def test_missing_model_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Iran met Iraq.", encoding="utf8")
    proc = geokg("extract", str(tmp_path / "a.txt"), "--model", "en_no_such_pipeline", check=False)
    assert proc.returncode == 1
    [line] = proc.stderr.strip().splitlines()
    assert "cannot load spaCy pipeline 'en_no_such_pipeline'" in line and "--model PATH" in line


def test_query_on_missing_store_is_explained(tmp_path: Path) -> None:
    proc = geokg("stats", store=tmp_path / "none", check=False)
    assert proc.returncode == 1 and "run 'geokg ingest PATH' first" in proc.stderr


def test_unknown_query_lists_valid_names(tmp_path: Path) -> None:
    geokg("ingest", str(EXAMPLES / "sweden-joins-nato.txt"), "--model", "blank", store=tmp_path / "kg")
    proc = geokg("query", "nope", store=tmp_path / "kg", check=False)
    assert proc.returncode == 1 and "valid names:" in proc.stderr and "who_supplies_whom" in proc.stderr


def test_analyze_on_a_fixture_store(tmp_path: Path) -> None:
    from graph.store.store import Store
    from ingest import build_background
    from tests.conftest import make_fixture_extractions

    store = tmp_path / "kg"
    with Store(store) as s:
        s.ensure_background(build_background())
        for ex in make_fixture_extractions():
            s.add(ex)
    rows = json.loads(geokg("analyze", "blocs", "--format", "json", store=store).stdout)
    signed = [r for r in rows if r["method"] == "signed"]
    # Iran supplies Russia (+7), Russia attacks Ukraine (-9): Ukraine stands apart from Iran and Russia
    assert any({"Iran", "Russia"} <= set(r["members"].split(", ")) for r in signed)
    assert not any({"Russia", "Ukraine"} <= set(r["members"].split(", ")) for r in signed)
    series = json.loads(geokg("analyze", "dyad", "Russia", "Ukraine", "--format", "json", store=store).stdout)
    assert series == [{"month": "2025-01", "goldstein": -9.0, "events": 1}]
    png = tmp_path / "dyad.png"
    geokg("analyze", "dyad", "Iran", "Russia", "--plot", str(png), store=store)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # Putin meets Trump: rolled up, Russia and the United States
    between = json.loads(
        geokg("analyze", "between", "Russia", "United States", "--by-country", "--format", "json", store=store).stdout
    )
    assert between[0]["events"] == 1.0 and between[0]["cooperation"] == 1.0
    bad = geokg("analyze", "balance", "--since", "soon", store=store, check=False)
    assert bad.returncode == 1 and "--since='soon' is not a date" in bad.stderr
    # results written back as a named graph, joined with the events by a saved query, and valid
    out = geokg("analyze", "blocs", "--write", "blocs-test", store=store)
    assert "stored as https://w3id.org/geokg/graph/analysis/blocs-test" in out.stdout
    geokg("analyze", "centrality", "--write", "central-test", store=store)
    rows = json.loads(geokg("query", "analysis_blocs", "--format", "json", store=store).stdout)["results"]["bindings"]
    stored = {(r["method"]["value"], r["member"]["value"], r["events"]["value"]) for r in rows}
    assert ("least-frustration", "Russia", "2") in stored and ("louvain", "Iran", "1") in stored
    assert "the graph conforms to geokg's shapes" in geokg("validate", store=store).stdout
    again = geokg("analyze", "blocs", "--write", "Bad Name!", store=store, check=False)
    assert again.returncode == 2 and "is not a slug" in again.stderr


@pytest.mark.slow
def test_extract_with_the_learned_filter(tmp_path: Path) -> None:
    text = "Baghdad said that Turkey shelled Iraqi villages. Japan praised India. Russia attacked Ukraine."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    plain = [json.loads(line) for line in geokg("extract", str(tmp_path / "a.txt")).stdout.splitlines()]
    learned = geokg("extract", str(tmp_path / "a.txt"), "--learned-filter").stdout.splitlines()
    records = [json.loads(line) for line in learned]
    relations = [r for r in records if r["kind"] == "relation"]
    assert relations and all(r["subject"]["label"] and r["cameo"] for r in relations)
    assert [r for r in records if r["kind"] == "entity"] == [r for r in plain if r["kind"] == "entity"]
