"""``geokg import gdelt|plover``: a summary line per file, one line per bad input line or file on stderr, the rest
stored, exit code 1 when anything was left out."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from geokg.cli import cli
from tests.graph.imports.stores import store_copy
from tests.test_cli import geokg

DATA = Path(__file__).parent / "graph" / "imports" / "data"


@pytest.fixture()
def store(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    return store_copy(tmp_path_factory, tmp_path / "kg")


def test_good_files_import_with_exit_code_0(store: Path, tmp_path: Path) -> None:
    zipped = tmp_path / "20250110.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.write(DATA / "20250110.export.CSV", "20250110.export.CSV")
    runner = CliRunner()
    done = runner.invoke(cli, ["import", "gdelt", str(zipped), "--store", str(store)])
    assert done.exit_code == 0, done.output
    assert f"{zipped}: 16 gdelt event(s) added in <https://w3id.org/geokg/graph/import/gdelt/20250110-export>" in (
        done.stdout
    )
    assert "(actors by 28 country code, 1 name, 2 new); 0 line(s) skipped" in done.stdout
    again = runner.invoke(cli, ["import", "gdelt", str(zipped), "--store", str(store)])
    assert again.exit_code == 0 and "unchanged, 16 gdelt event(s) already in" in again.stdout
    plover = runner.invoke(
        cli, ["import", "plover", "--coder", "polecat", str(DATA / "events.jsonl"), "--store", str(store)]
    )
    assert plover.exit_code == 0 and "10 polecat event(s) added" in plover.stdout
    compared = runner.invoke(
        cli, ["query", "compare_coders", "-p", "coder=polecat", "--format", "csv", "--store", str(store)]
    )
    assert compared.exit_code == 0
    assert "2025-01,Iran,Russia,1,1," in compared.stdout  # geokg's drone supply and POLECAT's aid, one month


def test_bad_lines_and_files_are_one_line_each_and_exit_1(store: Path) -> None:
    """The command as users run it (``python -m geokg``): its stderr holds nothing but the promised lines."""
    bad, missing = DATA / "bad.export.CSV", DATA / "missing.export.CSV"
    proc = geokg("import", "gdelt", str(DATA / "20250110.export.CSV"), str(bad), str(missing), store=store, check=False)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    err = proc.stderr.strip().splitlines()
    assert err[:3] == [
        f"skipped {bad}:2: 58 tab-separated columns where a GDELT 2.0 event export has 61; pass a GDELT 2.0 events "
        "export (*.export.CSV or .export.CSV.zip; not a GDELT 1.0 file, the mentions table or the GKG) with its tabs "
        "kept",
        f"skipped {bad}:3: GoldsteinScale (column 31) is 'n/a', not a number from -10 to 10; fix the value or remove "
        "the row",
        f"skipped {bad}:4: Day (column 2) is '20251340', not a date YYYYMMDD; fix the value or remove the row",
    ]
    assert err[3] == f"error: {missing}: no such file; check the path"
    assert err[4:] == [
        "3 line(s) skipped; fix them and import the file(s) again",
        "1 file(s) not imported; fix the path or the file and run again",
    ]
    # the rest is stored: the good file whole, the good row of the bad file
    out = proc.stdout.splitlines()
    assert out[0].startswith(f"{DATA / '20250110.export.CSV'}: 16 gdelt event(s) added")
    assert out[1].startswith(f"{bad}: 1 gdelt event(s) added") and out[1].endswith("; 3 line(s) skipped")


def test_a_plover_line_without_event_is_skipped_and_the_rest_stored(store: Path) -> None:
    done = CliRunner().invoke(cli, ["import", "plover", str(DATA / "bad.jsonl"), "--store", str(store)])
    assert done.exit_code == 1
    lines = done.stderr.splitlines()
    assert f"skipped {DATA / 'bad.jsonl'}:2: no `event`: the record has no event type; add the event type" in lines[0]
    assert len([line for line in lines if line.startswith("skipped ")]) == 4
    assert "1 plover event(s) added" in done.stdout


def test_a_bad_coder_name_is_a_usage_error(store: Path) -> None:
    done = CliRunner().invoke(
        cli, ["import", "plover", "--coder", "Bad Name", str(DATA / "events.jsonl"), "--store", str(store)]
    )
    assert done.exit_code == 2
    assert "coder name 'Bad Name' is not a slug" in done.output


def test_import_help_has_examples() -> None:
    runner = CliRunner()
    for kind in ("gdelt", "plover"):
        text = runner.invoke(cli, ["import", kind, "--help"]).output
        assert "Examples:" in text and f"geokg import {kind}" in text


def test_drop_takes_one_import_out_and_keeps_the_rest(store: Path) -> None:
    runner = CliRunner()
    gdelt = DATA / "20250110.export.CSV"
    assert runner.invoke(cli, ["import", "gdelt", str(gdelt), "--store", str(store)]).exit_code == 0
    plover = ["import", "plover", "--coder", "polecat", str(DATA / "events.jsonl"), "--store", str(store)]
    assert runner.invoke(cli, plover).exit_code == 0

    def compared(coder: str) -> str:
        done = runner.invoke(
            cli, ["query", "compare_coders", "-p", f"coder={coder}", "--format", "csv", "--store", str(store)]
        )
        assert done.exit_code == 0, done.output
        return done.stdout

    assert "2025-01,Iran,Russia,1,1," in compared("polecat")
    dropped = runner.invoke(cli, ["import", "drop", "--coder", "polecat", "events.jsonl", "--store", str(store)])
    assert dropped.exit_code == 0 and "events.jsonl: polecat events dropped" in dropped.stdout
    after = compared("polecat")
    assert "2025-01,Iran,Russia,1,0," in after  # POLECAT's event is gone, geokg's own stays
    # the other import stays; dropping again is one clear line and exit code 1
    assert compared("gdelt").count("\n") > 1
    again = runner.invoke(cli, ["import", "drop", "--coder", "polecat", "events.jsonl", "--store", str(store)])
    assert again.exit_code == 1
    assert "events.jsonl: no polecat import of that file in the store" in again.stderr
    bad = runner.invoke(cli, ["import", "drop", "--coder", "Not A Coder!", "x.jsonl", "--store", str(store)])
    assert bad.exit_code == 2 and "--coder" in bad.output
