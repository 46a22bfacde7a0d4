"""The Phoenix actor converter: dictionary grammar, names, roles, country forms, agents and the gazetteer merge."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from ingest.actors.gazetteer import DEFAULT_PATH, Gazetteer
from ingest.actors.phoenix import build, convert, merge_phoenix, render
from ingest.actors.phoenix_parse import Role, clean_form, parse_actors, parse_agents, parse_date, parse_role

ROOT = Path(__file__).resolve().parents[3]
SHARED_DICTIONARIES = ROOT.parent / "shared" / "data" / "petrarch2-dictionaries"
SHIPPED = ROOT / "ingest" / "data" / "phoenix_actors.json"

# Small dictionaries in the Phoenix format, invented for these tests (Freedonia and Sylvania are made up).
COUNTRIES = """\
# a comment line
FREEDONIA_  [FRE]
+FREEDONIAN_
+FREDONIA_           # a misspelling
+FREDVILLE_          # the capital, already a metonym
+OLD_PORT_TOWN_
+SYLVANIA_           # another country's name

SYLVANIA_ [SYL]
+SILVANIA_

RUFUS_T._FIREFLY_  # an invented leader
+FIREFLY_
+PRESIDENT_FIREFLY_
+FIREFLY_GOVERNMENT_
	[FREGOV 330101-331231]
	[FREELI >340101]
	[FREELI]
TRENTINO_AMBASSADOR_
	[SYLGOV <330615]
MARIA_VELLA_
VELLA_MARIA_
	[FREOPP 19990101-20010630]
	[ZZZGOV 120101-131231]
BAD_DATES_PERSON_
	[FREGOV 9901011-990202]
	[FREGOV 990301-990201]
	[FREMIL 990101-991231]
CHICOLINI_ [FRESPY]
---STOP---
IGNORED_AFTER_STOP_ [FREGOV 990101-991231]
"""
INTERNATIONAL = """\
THE_LEAGUE_OF_INVENTED_STATES_ [IGOLIS]
+LIS_
HIGH_COMMISSIONER_ALPHA_BETA_	[IGOLIS 050101-091231] [ELI]
SOME_TRADING_COMPANY_	[MNCFRE]
"""
ARMED = """\
FREEDONIAN_LIBERATION_FRONT_(FLF)_ [FREREB] # invented
+FLF_FIGHTERS_
"""
AGENTS = """\
!PERSON! = MAN, WOMAN
SOLDIER [~MIL]
MILITIA!PERSON! [~UAF]
THIEF {THIEVES} [~CRM]
DEPARTMENT_OF_ENVIRONMENT [~ENV}
"""


def country(key: str, label: str, **extra: Any) -> dict[str, Any]:
    return {"key": key, "label": label, "type": "GPE", "kind": "Country", "wikidata": None, "aliases": [],
            "demonyms": [], "metonyms": [], **extra}  # fmt: skip


GAZETTEER = {
    "note": "a test gazetteer",
    "actors": [
        country("freedonia", "Freedonia", demonyms=["Freedonian"], metonyms=["Fredville"], wikidata="Q1000001"),
        country("sylvania", "Sylvania", aliases=["Republic of Sylvania"]),
        {"key": "rufus-firefly", "label": "Rufus T. Firefly", "type": "PERSON", "kind": "Person",
         "wikidata": "Q1000002", "aliases": [], "demonyms": [], "metonyms": [], "leader_of": "freedonia"},
    ],
    "memberships": {},
}  # fmt: skip


@pytest.fixture(scope="module")
def phoenix() -> dict[str, Any]:
    parsed = {"countries": parse_actors(COUNTRIES), "international": parse_actors(INTERNATIONAL)}
    parsed["armed"] = parse_actors(ARMED)
    return build(parsed, parse_agents(AGENTS), GAZETTEER).phoenix


def person(phoenix: dict[str, Any], label: str) -> dict[str, Any]:
    return next(p for p in phoenix["people"] if p["label"] == label)


@pytest.mark.parametrize(
    ("text", "iso"),
    [("090101", "2009-01-01"), ("300630", "2030-06-30"), ("330101", "1933-01-01"), ("19270101", "1927-01-01")],
)
def test_dates_two_digit_years_pivot_at_30(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["9901011", "1920030320", "990230", "99-01-01"])
def test_malformed_dates_are_errors(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("USAGOV", Role("USAGOV")),
        ("USAGOV 090101-131231", Role("USAGOV", "2009-01-01", "2013-12-31")),
        ("USAGOV >090101", Role("USAGOV", "2009-01-01", None)),  # open end
        ("USAGOV > 140608", Role("USAGOV", "2014-06-08", None)),
        ("USAGOV <131231", Role("USAGOV", None, "2013-12-31")),  # open start
        ("---", None),
    ],
)
def test_role_codes_and_date_ranges(text: str, role: Role | None) -> None:
    assert parse_role(text) == role


@pytest.mark.parametrize("text", ["USAGOV 990301-990201", "USAGOV 990101", "usagov", "USAGOV 9901011-990202"])
def test_bad_roles_are_errors(text: str) -> None:
    with pytest.raises(ValueError):
        parse_role(text)


def test_blocks_synonyms_comments_joined_names_and_stop() -> None:
    parsed = parse_actors(COUNTRIES)
    names = [e.forms[0] for e in parsed.entries]
    assert names == ["FREEDONIA_", "SYLVANIA_", "RUFUS_T._FIREFLY_", "TRENTINO_AMBASSADOR_", "MARIA_VELLA_",
                     "BAD_DATES_PERSON_", "CHICOLINI_"]  # fmt: skip
    assert parsed.entries[0].forms[:3] == ["FREEDONIA_", "FREEDONIAN_", "FREDONIA_"]  # comments cut
    assert parsed.entries[4].forms == ["MARIA_VELLA_", "VELLA_MARIA_"]  # a name line right below joins its block
    assert parsed.entries[5].roles == [Role("FREMIL", "1999-01-01", "1999-12-31")]
    assert parsed.stats["roles dropped: malformed code or date"] == 2


def test_agents_markers_plurals_and_codes() -> None:
    agents = parse_agents(AGENTS)
    assert agents == {"soldier": "MIL", "militiaman": "UAF", "militiawoman": "UAF", "thief": "CRM",
                      "thieves": "CRM", "department of environment": "ENV"}  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("VLADIMIR_PUTIN_", "Vladimir Putin"),
        ("RECEP_TAYYIP_ERDOĞAN", "Recep Tayyip Erdoğan"),  # diacritics kept
        ("U.N._SECURITY_COUNCIL", "U.N. Security Council"),
        ("NATIONAL_PEOPLE'S_CONGRESS", "National People's Congress"),
        ("COTE_D'IVOIRE_", "Cote D'Ivoire"),
        ("JOHN_MCCLOY_", "John McCloy"),
        ("3RD_CONTINENTAL_ARMY", "3rd Continental Army"),
        ("MR._ASSAD", "Mr. Assad"),
        ("DEPARTMENT_OF_THE_TREASURY", "Department of the Treasury"),
        ("UN_Secy_Gen", "UN Secy Gen"),  # mixed case is left alone
        ("COTE_D\ufffdIVOIRE_", None),
    ],
)
def test_clean_form(raw: str, clean: str | None) -> None:
    assert clean_form(raw) == clean


def test_people_names_and_dated_roles(phoenix: dict[str, Any]) -> None:
    firefly = person(phoenix, "Rufus T. Firefly")
    assert firefly["id"] == "phx-rufus-t-firefly"
    assert firefly["aliases"] == ["Firefly"]  # "President Firefly" (a title) and "Firefly Government" dropped
    assert firefly["roles"] == [
        {"code": "FREGOV", "country": "freedonia", "sector": "government", "start": "1933-01-01", "end": "1933-12-31"},
        {"code": "FREELI", "country": "freedonia", "sector": "elite", "start": "1934-01-01", "end": None},
    ]  # the undated default code is dropped beside dated roles
    ambassador = person(phoenix, "Trentino Ambassador")
    assert ambassador["roles"] == [
        {"code": "SYLGOV", "country": "sylvania", "sector": "government", "start": None, "end": "1933-06-15"}
    ]
    vella = person(phoenix, "Maria Vella")
    assert vella["aliases"] == ["Vella Maria"]
    assert [(r["code"], r["country"], r["sector"]) for r in vella["roles"]] == [
        ("FREOPP", "freedonia", "opposition"),
        ("ZZZGOV", None, "government"),  # an unmapped country code
    ]
    assert phoenix["unmapped_codes"] == {"ZZZ": 1}
    assert person(phoenix, "Bad Dates Person")["roles"][0]["code"] == "FREMIL"
    assert "Chicolini" not in {p["label"] for p in phoenix["people"]}  # one word, undated: an institution
    assert "Alpha Beta" in {p["label"] for p in phoenix["people"]}  # "High Commissioner" is a title


def test_countries_organisations_and_agents(phoenix: dict[str, Any]) -> None:
    assert phoenix["countries"] == {"FRE": "freedonia", "SYL": "sylvania"}
    assert phoenix["country_forms"] == {"freedonia": ["Fredonia"], "sylvania": ["Silvania"]}
    assert phoenix["country_related"] == {"freedonia": ["Old Port Town"]}  # below the capital in its block
    orgs = {o["label"]: o for o in phoenix["organisations"]}
    assert set(orgs) == {"The League of Invented States", "Freedonian Liberation Front"}  # companies dropped
    assert orgs["The League of Invented States"] | {"aliases": orgs["The League of Invented States"]["aliases"]} == {
        "id": "phx-org-the-league-of-invented-states", "label": "The League of Invented States", "aliases": ["LIS"],
        "code": "IGOLIS", "kind": "IGO", "country": None, "sector": None,
    }  # fmt: skip
    flf = orgs["Freedonian Liberation Front"]
    assert (flf["aliases"], flf["kind"], flf["country"], flf["sector"]) == (
        ["FLF", "FLF Fighters"], "ArmedGroup", "freedonia", "rebels"
    )  # fmt: skip
    assert phoenix["agents"]["soldier"] == "MIL"
    assert "MIT" in phoenix["licence"] and "Phoenix" in phoenix["source"]


def test_render_is_deterministic_json(phoenix: dict[str, Any]) -> None:
    parsed = {"countries": parse_actors(COUNTRIES), "international": parse_actors(INTERNATIONAL)}
    parsed["armed"] = parse_actors(ARMED)
    again = build(parsed, parse_agents(AGENTS), GAZETTEER).phoenix
    assert render(again) == render(phoenix)
    assert json.loads(render(phoenix)) == json.loads(json.dumps(phoenix))


def test_merge_keeps_todays_entries_and_adds_phoenix(phoenix: dict[str, Any]) -> None:
    merged = merge_phoenix(GAZETTEER, phoenix)
    rows = {row["key"]: row for row in merged["actors"]}
    assert rows["rufus-firefly"] | {"aliases": []} == GAZETTEER["actors"][2]  # label, type, QID, office kept
    assert rows["rufus-firefly"]["aliases"] == ["Firefly"]  # Phoenix aliases added to the matching actor
    assert rows["phx-maria-vella"]["type"] == "PERSON" and rows["phx-maria-vella"]["wikidata"] is None
    assert rows["phx-org-freedonian-liberation-front"]["country"] == "freedonia"
    assert rows["freedonia"]["aliases"] == ["Fredonia"]  # a country form
    assert "Sylvania" not in rows["freedonia"]["aliases"]
    assert GAZETTEER["actors"][0]["aliases"] == []  # the input is left alone
    roles = {(r["person"], r["owner"], r["code"], r["start"], r["end"]) for r in merged["roles"]}
    assert ("rufus-firefly", "freedonia", "FREGOV", "1933-01-01", "1933-12-31") in roles
    assert ("phx-alpha-beta", "phx-org-the-league-of-invented-states", "IGOLIS", "2005-01-01", "2009-12-31") in roles
    assert not any(r[2] == "ZZZGOV" for r in roles)  # no owner: left out
    Gazetteer.from_json(merged)  # loads as a gazetteer


def test_merge_drops_colliding_forms_and_skips_clashing_names() -> None:
    phoenix = {
        "people": [
            {"id": "phx-groucho", "label": "Groucho", "aliases": ["Fredville", "Captain Spaulding"], "roles": []},
            {"id": "phx-sylvania", "label": "Sylvania", "aliases": [], "roles": []},  # a country's name
        ],
        "organisations": [],
        "country_forms": {"sylvania": ["Freedonian"]},  # Freedonia's demonym
    }
    merged = merge_phoenix(GAZETTEER, phoenix)
    rows = {row["key"]: row for row in merged["actors"]}
    assert rows["phx-groucho"]["aliases"] == ["Captain Spaulding"]  # "Fredville" names Freedonia: dropped
    assert "phx-sylvania" not in rows and rows["sylvania"]["aliases"] == ["Republic of Sylvania"]
    assert Gazetteer.from_json(merged).lookup("Fredville").key == "freedonia"


@pytest.mark.skipif(not SHIPPED.is_file(), reason="ingest/data/phoenix_actors.json is not built")
def test_shipped_phoenix_tables_merge_cleanly() -> None:
    phoenix = json.loads(SHIPPED.read_text(encoding="utf8"))
    gazetteer = json.loads(DEFAULT_PATH.read_text(encoding="utf8"))
    merged = merge_phoenix(gazetteer, phoenix)
    keys = Counter(row["key"] for row in merged["actors"])
    assert [k for k, n in keys.items() if n > 1] == []
    qids = Counter(row["wikidata"] for row in merged["actors"] if row.get("wikidata"))
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in qids)
    assert [q for q, n in qids.items() if n > 1] == []
    assert merged["roles"] and all(r["owner"] in keys and r["person"] in keys for r in merged["roles"])
    assert all(r["start"] <= r["end"] for r in merged["roles"] if r["start"] and r["end"])
    assert all(r["start"] <= r["end"] for p in phoenix["people"] for r in p["roles"] if r["start"] and r["end"])
    assert set(phoenix["countries"].values()) <= set(keys)
    assert SHIPPED.stat().st_size < 5_000_000


@pytest.mark.skipif(not SHARED_DICTIONARIES.is_dir(), reason="../shared/data is absent")
def test_shipped_phoenix_tables_are_what_the_converter_builds() -> None:
    result = convert(SHARED_DICTIONARIES)
    assert render(result.phoenix) == SHIPPED.read_text(encoding="utf8"), "rebuild with `make actors`"
    assert result.phoenix["counts"]["people"] > 15_000 and result.phoenix["countries"]["RUS"] == "russia"
