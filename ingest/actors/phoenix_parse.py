"""Reading the Phoenix actor dictionaries (PETRARCH2): the block grammar, dates, roles, agents and forms.

The conversion into geokg's tables and the merge are in :mod:`ingest.actors.phoenix`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

__all__ = [
    "FILES", "SECTORS", "Conversion", "Entry", "Parsed", "Role", "clean_form", "parse_actors", "parse_agents",
    "parse_date", "parse_role",
]  # fmt: skip

FILES = {
    "countries": "Phoenix.Countries.actors.txt",
    "international": "Phoenix.International.actors.txt",
    "armed": "Phoenix.MilNonState.actors.txt",
}
AGENTS = "Phoenix.agents.txt"
SOURCE = "Phoenix actor dictionaries from PETRARCH2 / Open Event Data Alliance (openeventdata/petrarch2 676801cd): "
SOURCE += ", ".join([*FILES.values(), AGENTS])
LICENCE = "MIT, Copyright (c) 2014 Open Event Data Alliance (petrarch2-dictionaries/LICENSE)"
COUNTS = ("people", "roles", "roles with a date", "organisations", "country forms", "country related forms", "agents")
# CAMEO's role codes in geokg's sector words (ingest/actors/agents.py); "opposition" and the rest are new words
SECTORS = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "INS": "rebels", "SEP": "rebels", "UAF": "rebels",
    "COP": "police", "SPY": "intelligence", "MED": "media", "BUS": "business", "CVL": "civilians", "REF": "civilians",
    "OPP": "opposition", "JUD": "judiciary", "LEG": "legislature", "PTY": "party", "ELI": "elite", "LAB": "labour",
    "EDU": "education", "HLH": "health", "AGR": "agriculture", "ENV": "environment", "HRI": "human rights",
    "DEV": "development", "REL": "religion", "CRM": "criminals",
}  # fmt: skip
ARMED = frozenset({"REB", "INS", "SEP", "UAF"})
ORG_KINDS = {"IGO": "IGO", "NGO": "Organisation"}  # what is kept of Phoenix.International (not MNC, MED, ...)
ORG_TYPES = ("IGO", "NGO", "IMG", "MNC")  # code prefixes of organisations, not countries
NOT_ACRONYMS = frozenset({"AU", "DR", "IS", "MED", "RAND", "WHO"})  # gazetteer acronyms that are also words
ABBREVIATIONS = frozenset({"MR", "MRS", "MS", "DR", "ST", "JR", "SR", "LT", "MT", "FT"})
MINOR = frozenset("of the and for in on at to by with a an".split())
STATE_WORDS = frozenset(
    "republic islamic democratic people's peoples federal socialist united kingdom state states of the arab union "
    "commonwealth principality sultanate emirate grand duchy federation country proper nation occupied".split()
)
TITLES = frozenset(
    "president prime minister foreign defense defence secretary secretary-general general gen acting former king "
    "queen prince sheikh ayatollah dr mr mrs ms sir lord baron baroness lady chairman senator sen governor mayor "
    "ambassador judge chancellor emir colonel col admiral marshal premier vice president-elect high commissioner "
    "deputy envoy special representative director chief commander".split()
)
ORG_WORDS = frozenset(  # words that make a name an organisation's rather than a person's
    "organization organisation association council committee commission fund foundation bank agency union front "
    "army movement party group brigade brigades force forces league institute center centre society network "
    "alliance coalition federation office ministry department bureau service services corps guard guards police "
    "university college school house palace congress assembly parliament senate court tribunal program programme "
    "project initiative international national world global united nations rights watch aid relief cross crescent "
    "church mission campaign trust corporation company inc ltd cells nuclei command regime government team staff "
    "administration community club conference forum panel board secretariat directorate authority rifles militia "
    "jihad mujahideen battalion regiment division unit state states republic kingdom people peoples people's the of "
    "and for comite comitato asociacion fundacion fondation instituto consejo frente movimiento ejercito partido "
    "riot sabha bet yard brotherhood fellowship chamber trade area voices resistance volunteers net sena catholic "
    "christian islamic action faction tigers liberation revolutionary popular socialists contingent solidarity".split()
)
STRONG_ORG_WORDS = frozenset(  # a dated block with one of these names a body, not a person
    "organization organisation association council committee commission fund foundation bank agency union front "
    "army movement party group brigade brigades forces league institute society network alliance coalition "
    "federation ministry department bureau corps congress assembly parliament authority politburo republic "
    "observatory nationalities treaty state rights".split()
)
GROUP_ENDINGS = frozenset(  # a person's "alias" ending so names a group (Assad Regime)
    "government regime administration cabinet forces troops army military loyalists supporters camp family "
    "spokesman spokeswoman office aides party ministry".split()
)


@dataclass(frozen=True)
class Role:
    """One code of a block: ``USAGOV`` with its dates (ISO; None where open)."""

    code: str
    start: str | None = None
    end: str | None = None


@dataclass
class Entry:
    """An actor block: its forms as written (the first names it) and its roles."""

    forms: list[str]
    roles: list[Role]


@dataclass
class Parsed:
    """The blocks of one actor file and what the reading skipped."""

    entries: list[Entry]
    stats: Counter[str] = field(default_factory=Counter)


@dataclass
class Conversion:
    """The Phoenix tables and the tally of what was kept and dropped."""

    phoenix: dict[str, Any]
    stats: Counter[str]


def parse_date(text: str) -> str:
    """``YYMMDD`` (00-30 -> 20YY, else 19YY, as KEDS, TABARI and PETRARCH read it) or ``YYYYMMDD`` -> ISO."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")
    if len(text) == 6:
        text = f"{int(text[:2]) + (2000 if int(text[:2]) <= 30 else 1900)}{text[2:]}"
    return date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()


def parse_role(text: str) -> Role | None:
    """A bracket's inside: ``CODE``, ``CODE 090101-131231``, ``CODE >090101`` (from) or ``CODE <131231`` (until).
    None for the null code ``---``; ValueError for a malformed code or date, or an end before the start."""
    code, _, rest = text.strip().partition(" ")
    rest = "".join(rest.split())
    if code == "---":
        return None
    if not re.fullmatch(r"[A-Z]{3}[A-Z0-9]*", code):
        raise ValueError(f"code {code!r}")
    if not rest or rest[0] in "<>":
        day = parse_date(rest[1:]) if rest else None
        return Role(code, None, day) if rest.startswith("<") else Role(code, day, None)
    first, dash, last = rest.partition("-")
    if not dash or parse_date(last) < parse_date(first):
        raise ValueError(f"dates {rest!r} are no range")
    return Role(code, parse_date(first), parse_date(last))


def parse_actors(text: str) -> Parsed:
    """Actor blocks: a name line (``NAME_ [CODE ...]``), ``+SYNONYM`` lines and indented ``[CODE dates]`` lines;
    ``#`` starts a comment and ``---STOP---`` ends the file.  As in PETRARCH, a name line right below a block
    that has no code yet joins it; an indented name with a code (a slip in the files) is read as a synonym."""
    out = Parsed([])
    current: Entry | None = None
    joinable = False  # the line above belongs to a block without codes
    for raw in text.splitlines():
        if "---STOP---" in raw:
            break
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<"):
            joinable = False
            continue
        head = line.split("[", 1)[0].strip()
        if current is not None and (head.startswith("+") or (head and raw[:1] in " \t")):
            out.stats["indented names read as synonyms"] += not head.startswith("+")
            current.forms += [part.strip() for part in head.lstrip("+").split("+") if part.strip()]
        elif head and joinable and current is not None:
            current.forms.append(head)
            out.stats["name lines joined to the block above (no code between)"] += 1
        elif head and not head.startswith("+"):
            current = Entry([head], [])
            out.entries.append(current)
        for code in re.findall(r"\[([^\]]*)\]", line) if current is not None else []:
            try:
                role = parse_role(code)
            except ValueError:
                out.stats["roles dropped: malformed code or date"] += 1
                continue
            out.stats["null codes [---]"] += role is None
            if role is not None and role not in current.roles:
                current.roles.append(role)
        joinable = current is not None and not current.roles
    out.stats["blocks without any code (dropped)"] += sum(1 for e in out.entries if not e.roles)
    out.entries = [e for e in out.entries if e.roles]
    out.stats = +out.stats  # no zero counts
    return out


def parse_agents(text: str) -> dict[str, str]:
    """``NOUN [~CODE]`` and ``NOUN {PLURAL} [~CODE]`` lines, with ``!MARKER! = A, B`` substitution sets ->
    lower-case phrase -> code.  Braced plurals are listed; regular ones are left to a lemmatizer."""
    markers: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if "!" in line and "=" in line:
            name, _, words = line.partition("=")
            markers[name.strip()] = [w.strip() for w in words.split(",") if w.strip()]
            continue
        found = re.search(r"\[~?([A-Z]+)[\]}]", line)  # "[~ENV}" occurs
        plural = re.search(r"\{([^}]*)\}", line[: found.start()]) if found else None
        noun = line[: plural.start() if plural else found.start()] if found else ""
        for form in [noun, plural.group(1)] if plural else [noun]:
            variants = [form]
            for marker, words in markers.items():
                variants = [v.replace(marker, w) for v in variants for w in (words if marker in v else [marker])]
            for variant in variants:
                phrase = " ".join(variant.replace("_", " ").lower().split())
                if phrase and "!" not in phrase and "Ã" not in phrase:
                    out.setdefault(phrase, found.group(1))
    return out


def _case(piece: str, first: bool, acronyms: frozenset[str]) -> str:
    letters = re.sub(r"[^A-Z]", "", piece)
    if re.fullmatch(r"\d+(?:ST|ND|RD|TH)", piece):
        return piece.lower()
    if piece in acronyms or re.search(r"\d|^(?:[A-Z]\.)+$", piece) or (not first and piece in ("II", "III", "IV")):
        return piece
    if letters not in ABBREVIATIONS and len(letters) >= 2 and not re.search(r"[AEIOUY]", letters):
        return piece  # vowel-less: an acronym (ANSF's relatives, GCHQ)
    if not first and piece.lower() in MINOR:
        return piece.lower()
    if piece.startswith("MC") and len(piece) > 3:
        return "Mc" + piece[2:].capitalize()
    lead = len(piece) - len(piece.lstrip("(\"'"))
    cased = piece[: lead + 1] + piece[lead + 1 :].lower()
    return cased[:2] + cased[2].upper() + cased[3:] if re.match(r"[A-Z]'[a-z]", cased) else cased  # D'Ivoire


def clean_form(raw: str, acronyms: frozenset[str] = frozenset()) -> str | None:
    """``VLADIMIR_PUTIN_`` -> ``Vladimir Putin``: underscores to spaces and an all-upper-case form in title case
    (small words lower; initials, ``U.N.``, vowel-less tokens and ``acronyms`` kept; accents kept).  None for a
    form with a replacement character or mis-decoded text."""
    text = " ".join(raw.replace("_", " ").split()).strip(" ,-")
    if not text or "\ufffd" in text or "Ã" in text:
        return None
    if any(ch.islower() for ch in text):
        return text
    return " ".join(
        "".join(p if p in ("", "-") else _case(p, i == 0, acronyms) for p in re.split(r"(-)", word))
        for i, word in enumerate(text.split())
    )
