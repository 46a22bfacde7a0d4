"""The GDELT and PLOVER readers on files written for these tests (tests/graph/imports/data): events as the coders
gave them, one clear Skipped line per bad line, the rest read."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pytest

from graph.imports import COLUMNS, PLOVER_CAMEO, ImportedEvent, read_gdelt, read_plover
from graph.imports.load import file_name
from graph.imports.records import cameo_parts, check_goldstein, iso_date
from ingest.errors import InputError
from ingest.records import Skipped

DATA = Path(__file__).parent / "data"
GDELT = DATA / "20250110.export.CSV"
PLOVER = DATA / "events.jsonl"


def _events(items) -> list[ImportedEvent]:
    items = list(items)
    assert not [i for i in items if isinstance(i, Skipped)], items
    return items


def test_the_gdelt_codebook_has_61_columns() -> None:
    assert len(COLUMNS) == 61 == len(set(COLUMNS))
    assert COLUMNS[:2] == ("GlobalEventID", "Day") and COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    assert COLUMNS.index("GoldsteinScale") == 30 and COLUMNS.index("ActionGeo_FeatureID") == 58


def test_a_gdelt_export_gives_its_events() -> None:
    events = _events(read_gdelt(GDELT))
    assert len(events) == 16 == len(GDELT.read_text().splitlines())
    first = events[0]
    assert (first.event_id, first.date) == ("410000001", "2025-01-10")
    assert (first.coded.root, first.coded.code, first.coded.quad_class, first.coded.goldstein) == ("07", "072", 2, 8.3)
    assert (first.actor.code, first.actor.name, first.actor.country) == ("IRN", "IRAN", "IRN")
    assert first.target.country == "RUS"
    # GDELT's FIPS country code of the place becomes ISO alpha-2 (Iran: FIPS IR, ISO IR; China: FIPS CH, ISO CN)
    assert (first.place.name, first.place.country, first.place.lat, first.place.lon) == (
        "Tehran, Tehran, Iran",
        "IR",
        35.6944,
        51.4215,
    )
    assert next(e for e in events if e.event_id == "410000007").place.country == "CN"
    assert first.source_url == "https://news.example.org/2025/01/10/drone-deliveries"
    # a one-sided event keeps its one actor; an event without a place has none
    one_sided = next(e for e in events if e.event_id == "410000013")
    assert one_sided.actor.country == "UKR" and one_sided.target is None
    assert next(e for e in events if e.event_id == "410000003").place is None
    assert next(e for e in events if e.event_id == "410000011").actor.organisation  # a known group code


def test_a_zipped_export_reads_as_the_plain_one(tmp_path: Path) -> None:
    zipped = tmp_path / "20250110.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(GDELT, GDELT.name)
    assert _events(read_gdelt(zipped)) == _events(read_gdelt(GDELT))
    assert file_name(zipped) == file_name(GDELT) == "20250110.export"


def test_bad_gdelt_rows_are_one_line_each_and_the_rest_is_read() -> None:
    items = list(read_gdelt(DATA / "bad.export.CSV"))
    assert [i.event_id for i in items if isinstance(i, ImportedEvent)] == ["420000001"]
    skipped = [str(i) for i in items if isinstance(i, Skipped)]
    path = str(DATA / "bad.export.CSV")
    assert skipped[0].startswith(f"{path}:2: 58 tab-separated columns where a GDELT 2.0 event export has 61; pass")
    assert skipped[1] == (
        f"{path}:3: GoldsteinScale (column 31) is 'n/a', not a number from -10 to 10; fix the value or remove the row"
    )
    assert skipped[2].startswith(f"{path}:4: Day (column 2) is '20251340', not a date YYYYMMDD")
    assert all("\n" not in line for line in skipped)


def test_a_file_that_is_no_zip_fails_in_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "x.export.CSV.zip"
    fake.write_text("not a zip")
    with pytest.raises(InputError, match=r"x\.export\.CSV\.zip: not a zip archive .*; pass the \.zip as downloaded"):
        list(read_gdelt(fake))
    with pytest.raises(InputError, match=r"nowhere\.CSV: no such file; check the path"):
        list(read_gdelt(tmp_path / "nowhere.CSV"))


def test_plover_shapes_flat_polecat_wrapped_and_plover_own() -> None:
    events = {e.event_id: e for e in _events(read_plover(PLOVER))}
    assert len(events) == 10
    polecat = events["pc-0001"]
    assert (polecat.plover, polecat.coded.root, polecat.coded.quad_class, polecat.coded.goldstein) == (
        "AID",
        "07",
        2,
        7.0,
    )
    assert (polecat.modes, polecat.contexts) == (("military",), ("military",))
    assert polecat.place.geonameid == 112931 and polecat.source_url == "https://news.example.org/polecat/0001"
    own = events["PLV-0002"]  # PLOVER's own record: "event" is the type, "source"/"target" lists of actor objects
    assert (own.plover, own.coded.root, own.actor.name, own.actor.code) == ("ASSAULT", "18", "Russian forces", "RUS")
    assert (own.target.name, own.place.name, own.place.country) == ("Ukraine", "Kharkiv", "UA")
    wrapped = events["w-0003"]  # {"id": ..., "event": {...}}
    assert (wrapped.date, wrapped.actor.name, wrapped.target.name) == ("2025-08-15", "Donald Trump", "Vladimir Putin")
    exported = events["2f6c0a1d"]  # as geokg export --format plover writes it: the CAMEO root it gives wins
    assert exported.negated and exported.coded.root == "06" and exported.coded.quad_class == 2
    spaced = events["pc-0005"]  # POLECAT's spaced field names; its "Source" is the news outlet, not an actor
    assert (spaced.actor.name, spaced.actor.country, spaced.target.country) == ("United States", "USA", "IRN")
    assert spaced.contexts == ("economic", "nuclear") and spaced.source_url is None
    assert events["pc-0009"].coded.goldstein == 3.0  # the record's own score over the root's


def test_bad_plover_lines_are_one_line_each_and_the_rest_is_read() -> None:
    items = list(read_plover(DATA / "bad.jsonl"))
    assert [i.event_id for i in items if isinstance(i, ImportedEvent)] == ["ok-1"]
    reasons = {i.line: i.reason for i in items if isinstance(i, Skipped)}
    assert reasons[2].startswith("no `event`: the record has no event type; add the event type")
    assert reasons[3].startswith("not JSON (") and reasons[3].endswith("fix the line or drop it")
    assert "event type 'DANCE' is not one of PLOVER's (AGREE" in reasons[4]
    assert reasons[5] == "date '2025-13-40' is not a date YYYY-MM-DD; fix it or drop the line"


def test_plover_from_gzip(tmp_path: Path) -> None:
    packed = tmp_path / "events.jsonl.gz"
    packed.write_bytes(gzip.compress(PLOVER.read_bytes()))
    assert _events(read_plover(packed)) == _events(read_plover(PLOVER))
    line = tmp_path / "one.jsonl"
    line.write_text(json.dumps([1, 2]) + "\n")
    [item] = read_plover(line)
    assert isinstance(item, Skipped) and "a JSON list, not an event object" in item.reason


def test_the_plover_table_covers_the_16_types_with_cameo_roots() -> None:
    assert len(PLOVER_CAMEO) == 16
    assert {cameo_parts(None, root)[0] for root in PLOVER_CAMEO.values()} <= {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.parametrize(
    ("code", "root", "message"),
    [("07x", None, "not 2 to 4 digits"), ("2101", None, "not one of 01-20"), ("0412", "05", "does not start")],
)
def test_bad_cameo_codes(code: str, root: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        cameo_parts(code, root)


def test_values_checked() -> None:
    assert cameo_parts("190", "19") == ("19", "190") and cameo_parts(None, "4") == ("04", None)
    assert iso_date("20250110") == iso_date("2025-01-10T08:00:00Z") == "2025-01-10"
    assert check_goldstein(" ") is None and check_goldstein("-9.5") == -9.5
    for bad in ("nan", "11", "x"):
        with pytest.raises(ValueError, match=repr(bad)):
            check_goldstein(bad)
