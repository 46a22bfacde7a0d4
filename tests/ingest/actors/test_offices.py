"""The dated offices table (`ingest/data/offices.json`): schema, dates, tenures that do not clash, names that
agree with the gazetteer, and coverage of the G20 heads of state."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from ingest.actors.gazetteer import DEFAULT_PATH, OFFICES_PATH, load_gazetteer, slugify

ROOT = Path(__file__).resolve().parents[3]
OFFICES = ROOT / "ingest" / "data" / "offices.json"
PERIOD = ("2000-01-01", "2026-11-30")
ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "secretary_general",
    "commission_president",
    "council_president",
    "high_representative",
}
QID = re.compile(r"^Q[1-9][0-9]*$")
# Days two successive tenures of one office may overlap (a handover), by the coarsest precision of the two rows.
TOLERANCE = {"day": 7, "month": 31, "year": 366}

G20 = [
    "argentina",
    "australia",
    "brazil",
    "canada",
    "china",
    "france",
    "germany",
    "india",
    "indonesia",
    "italy",
    "japan",
    "mexico",
    "russia",
    "saudi-arabia",
    "south-africa",
    "south-korea",
    "turkey",
    "united-kingdom",
    "united-states",
]
IN_THE_NEWS = [
    "ukraine",
    "israel",
    "iran",
    "iraq",
    "syria",
    "afghanistan",
    "pakistan",
    "north-korea",
    "egypt",
    "qatar",
    "united-arab-emirates",
    "yemen",
    "lebanon",
    "jordan",
    "libya",
    "sudan",
    "south-sudan",
    "ethiopia",
    "nigeria",
    "kenya",
    "somalia",
    "mali",
    "niger",
    "venezuela",
    "colombia",
    "cuba",
    "poland",
    "hungary",
    "belarus",
    "georgia",
    "armenia",
    "azerbaijan",
    "kazakhstan",
    "serbia",
    "spain",
    "netherlands",
    "sweden",
    "finland",
    "taiwan",
    "philippines",
    "vietnam",
    "myanmar",
    "bangladesh",
    "thailand",
    "palestine",
]
ORGANISATIONS = {
    "european-union": {"commission_president", "council_president", "high_representative"},
    "united-nations": {"secretary_general"},
    "nato": {"secretary_general"},
}

# Real parallel holders of one office: (country, role) -> (keys of the rival or nominal holders, reason).
# An overlap is allowed when one of the two tenures belongs to such a key.
PARALLEL: dict[tuple[str, str], tuple[set[str], str]] = {
    ("afghanistan", "head_of_state"): (
        {"burhanuddin-rabbani"},
        "1996-2001: the Taliban emirate held Kabul; Rabbani's government kept the UN seat",
    ),
    ("north-korea", "head_of_state"): (
        {"kim-yong-nam"},
        "until 2019 the Presidium's president was the nominal head of state beside the supreme leader",
    ),
    ("serbia", "head_of_state"): (
        {"slobodan-milosevic", "vojislav-kostunica", "svetozar-marovic"},
        "until 2006 the federal president (FR Yugoslavia, then Serbia and Montenegro) sat beside Serbia's own",
    ),
    ("venezuela", "head_of_state"): (
        {"juan-guaido"},
        "2019-2023 disputed presidency: Guaidó was recognised as interim president by many states",
    ),
    ("libya", "head_of_state"): (
        {"mustafa-abdul-jalil"},
        "2011 civil war: the National Transitional Council beside Gaddafi",
    ),
    ("libya", "head_of_government"): (
        {"mahmoud-jibril", "fayez-al-sarraj", "fathi-bashagha", "osama-hammad"},
        "2011 civil war, then rival governments in Tripoli and the east from 2014",
    ),
    ("yemen", "head_of_state"): (
        {"saleh-ali-al-sammad", "mahdi-al-mashat"},
        "since 2016 the Houthi Supreme Political Council in Sanaa beside the recognised president",
    ),
    ("yemen", "head_of_government"): (
        {"abdel-aziz-bin-habtour", "ahmed-al-rahawi"},
        "since 2016 Houthi prime ministers in Sanaa beside the recognised government",
    ),
}

# (country, role, ISO day, key of the holder): a few well-known tenures, read through the gazetteer.
SPOT_CHECKS = [
    ("russia", "head_of_state", "2010-01-01", "dmitry-medvedev"),
    ("russia", "head_of_government", "2010-01-01", "vladimir-putin"),
    ("united-states", "head_of_state", "2003-03-20", "george-w-bush"),
    ("united-states", "foreign_minister", "2011-01-01", "hillary-clinton"),
    ("united-kingdom", "head_of_government", "2020-01-01", "boris-johnson"),
    ("germany", "head_of_government", "2015-09-01", "angela-merkel"),
    ("ukraine", "head_of_state", "2022-02-24", "volodymyr-zelenskyy"),
    ("syria", "head_of_state", "2013-08-21", "bashar-al-assad"),
    ("iran", "head_of_government", "2015-07-14", "hassan-rouhani"),
    ("european-union", "high_representative", "2016-01-01", "federica-mogherini"),
    ("nato", "secretary_general", "2010-01-01", "anders-fogh-rasmussen"),
    ("united-nations", "secretary_general", "2010-01-01", "ban-ki-moon"),
]


@cache
def table() -> dict[str, Any]:
    with open(OFFICES, encoding="utf8") as fh:
        return json.load(fh)


def rows() -> list[dict[str, Any]]:
    return table()["offices"]


@cache
def gazetteer() -> dict[str, Any]:
    with open(DEFAULT_PATH, encoding="utf8") as fh:
        return json.load(fh)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def until(row: dict[str, Any]) -> str:
    return row["end"] or PERIOD[1]


def test_the_table_loads_where_the_gazetteer_looks():
    assert OFFICES_PATH.resolve() == OFFICES.resolve()
    data = table()
    assert set(data) == {"note", "as_of", "offices"}
    assert "geokg" in data["note"] and data["as_of"] == PERIOD[1]
    assert len(rows()) > 1000


def test_rows_have_the_schema():
    required = {"person", "key", "aliases", "country", "office", "role", "start", "end", "wikidata"}
    optional = {"precision", "acting", "end_unknown"}
    for row in rows():
        assert required <= set(row) <= required | optional, row
        assert row["person"].strip() == row["person"] and row["office"], row
        assert isinstance(row["aliases"], list) and all(isinstance(a, str) and a for a in row["aliases"]), row
        assert row.get("precision", "month") in {"month", "year"}, row
        assert row.get("acting", True) is True and row.get("end_unknown", True) is True, row
        if row.get("end_unknown"):
            assert row["end"] is None, row


def test_every_country_is_a_gazetteer_actor():
    keys = {a["key"] for a in gazetteer()["actors"] if a["type"] in {"GPE", "ORG"}}
    assert sorted({r["country"] for r in rows()} - keys) == []


def test_every_role_is_allowed():
    assert {r["role"] for r in rows()} <= ROLES
    state_roles = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"}
    for row in rows():
        assert row["role"] in ORGANISATIONS.get(row["country"], state_roles), row


def test_dates_parse_and_fall_in_the_period():
    for row in rows():
        start = day(row["start"])
        end = day(row["end"]) if row["end"] else None
        assert end is None or start <= end, row
        assert row["start"] <= PERIOD[1] and until(row) >= PERIOD[0], row  # held at some time in the period
        if row.get("precision") == "month":  # the coarsest grain of the row: one of its dates is a month's first
            assert start.day == 1 or (end is not None and end.day == 1), row
        if row.get("precision") == "year":
            assert row["start"].endswith("-01-01") or (row["end"] or "").endswith("-01-01"), row


def test_rows_are_sorted_by_country_role_start():
    order = [(r["country"], r["role"], r["start"]) for r in rows()]
    assert order == sorted(order)


def test_one_key_one_person():
    names: dict[str, set[str]] = defaultdict(set)
    for row in rows():
        names[row["key"]].add(row["person"])
    assert {k: v for k, v in names.items() if len(v) > 1} == {}
    gazetteer_people = {a["key"] for a in gazetteer()["actors"] if a["type"] == "PERSON"}
    own = {k: next(iter(v)) for k, v in names.items() if k not in gazetteer_people}
    # keys are slugs of the name; the only exception keeps two namesakes apart (Spain's prime minister)
    assert {k: n for k, n in own.items() if slugify(n) != k} == {}
    assert "pedro-sanchez" in names and "pedro-arnulfo-sanchez" in names


def test_a_gazetteer_person_keeps_its_name():
    people = {a["key"]: a for a in gazetteer()["actors"] if a["type"] == "PERSON"}
    for row in rows():
        actor = people.get(row["key"])
        if actor is None:
            continue
        forms = {f.casefold() for f in [actor["label"], *actor.get("aliases", [])]}
        assert row["person"].casefold() in forms, (row["person"], actor["label"])
        if actor.get("wikidata"):
            assert row["wikidata"] == actor["wikidata"], row


def test_names_do_not_collide():
    """A name or alias names one person here and no other gazetteer actor (they become surface forms)."""
    ours: dict[str, set[str]] = defaultdict(set)
    for row in rows():
        for form in [row["person"], *row["aliases"]]:
            ours[form.casefold()].add(row["key"])
    assert {f: k for f, k in ours.items() if len(k) > 1} == {}
    theirs: dict[str, set[str]] = defaultdict(set)
    for actor in gazetteer()["actors"]:
        forms = [actor["label"], *actor.get("aliases", []), *actor.get("metonyms", []), *actor.get("demonyms", [])]
        for form in forms:
            theirs[form.casefold()].add(actor["key"])
    clashes = {f: (k, theirs[f]) for f, k in ours.items() if f in theirs and not k & theirs[f]}
    assert clashes == {}


def test_qids_are_well_formed_and_unique():
    by_qid: dict[str, set[str]] = defaultdict(set)
    by_key: dict[str, set[str | None]] = defaultdict(set)
    for row in rows():
        by_key[row["key"]].add(row["wikidata"])
        if row["wikidata"] is not None:
            assert QID.match(row["wikidata"]), row
            by_qid[row["wikidata"]].add(row["key"])
    assert {q: k for q, k in by_qid.items() if len(k) > 1} == {}
    assert {k: q for k, q in by_key.items() if len(q) > 1} == {}  # the same QID on every row of a person


def overlaps() -> dict[tuple[str, str], list[tuple[str, str, int]]]:
    """Tenures of non-acting holders of one office that overlap by more than a handover."""
    by_office: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows():
        if not row.get("acting"):
            by_office[(row["country"], row["role"])].append(row)
    found: dict[tuple[str, str], list[tuple[str, str, int]]] = defaultdict(list)
    for office, tenures in by_office.items():
        for i, a in enumerate(tenures):
            for b in tenures[i + 1 :]:
                days = (day(min(until(a), until(b))) - day(max(a["start"], b["start"]))).days
                grain = max(TOLERANCE[a.get("precision", "day")], TOLERANCE[b.get("precision", "day")])
                if days > grain:
                    found[office].append((a["key"], b["key"], days))
    return found


def test_tenures_of_one_office_do_not_overlap():
    unexplained = {
        office: [pair for pair in pairs if not {pair[0], pair[1]} & PARALLEL.get(office, (set(), ""))[0]]
        for office, pairs in overlaps().items()
    }
    assert {o: p for o, p in unexplained.items() if p} == {}


@pytest.mark.parametrize("office", sorted(PARALLEL))
def test_every_listed_exception_is_needed(office):
    keys, reason = PARALLEL[office]
    assert reason
    involved = {k for pair in overlaps().get(office, []) for k in pair[:2]}
    assert keys <= involved, (office, keys - involved)


@pytest.mark.parametrize("country", G20)
@pytest.mark.parametrize("on", ["2010-06-01", "2024-06-01"])
def test_g20_heads_of_state_are_covered(country, on):
    holders = [
        r for r in rows() if r["country"] == country and r["role"] == "head_of_state" and r["start"] <= on <= until(r)
    ]
    assert holders, (country, on)


# Offices a state has no rows for, and why (docs/actors.md, "Dated offices", lists the partial ones).
NOT_LISTED: dict[tuple[str, str], str] = {
    ("somalia", "foreign_minister"): "not known with confidence",
    ("somalia", "defence_minister"): "not known with confidence",
    ("south-sudan", "defence_minister"): "not known with confidence",
    ("libya", "defence_minister"): "not known with confidence",
    ("yemen", "defence_minister"): "not known with confidence",
    ("jordan", "defence_minister"): "the prime minister holds the defence portfolio",
    ("bangladesh", "defence_minister"): "the prime minister (chief adviser) holds the defence portfolio",
    ("palestine", "defence_minister"): "the Palestinian Authority has no defence minister",
}


@pytest.mark.parametrize("country", G20 + IN_THE_NEWS)
def test_every_state_has_its_offices(country):
    roles = {r["role"] for r in rows() if r["country"] == country}
    wanted = {"head_of_state", "foreign_minister", "defence_minister"}
    assert wanted - roles == {role for (c, role) in NOT_LISTED if c == country}, (country, roles)


@pytest.mark.parametrize("organisation", sorted(ORGANISATIONS))
def test_organisations_have_their_offices(organisation):
    held = [r for r in rows() if r["country"] == organisation]
    assert {r["role"] for r in held} == ORGANISATIONS[organisation]
    assert any(r["end"] is None for r in held)


@pytest.mark.parametrize(("country", "role", "on", "key"), SPOT_CHECKS)
def test_the_gazetteer_answers_who_held_an_office(country, role, on, key):
    holders = load_gazetteer().holders(country, on, roles=frozenset({role}))
    assert key in {t.person for t in holders}
