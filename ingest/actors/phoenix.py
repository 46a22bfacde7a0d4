"""Convert the Phoenix actor dictionaries (PETRARCH2) into geokg's actor tables.

    python -m ingest.actors.phoenix --data ../shared/data/petrarch2-dictionaries --out ingest/data/phoenix_actors.json

Inputs: ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt``
and ``Phoenix.agents.txt`` (MIT, Open Event Data Alliance), and geokg's gazetteer for country keys.  Output: one
JSON object (``people`` with dated roles, ``organisations``, ``country_forms``, ``country_related``, ``agents``,
the ``countries`` and ``sectors`` tables, ``unmapped_codes``, ``counts``, ``source``, ``licence``), sorted so that
a rebuild is byte-identical.  :func:`merge_phoenix` folds it into a gazetteer-shaped dict; today's entries win.
docs/actors.md gives the grammar, the decisions and the counts.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import time
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from .gazetteer import DEFAULT_PATH, slugify
from .phoenix_parse import (
    AGENTS,
    ARMED,
    COUNTS,
    FILES,
    GROUP_ENDINGS,
    LICENCE,
    NOT_ACRONYMS,
    ORG_KINDS,
    ORG_TYPES,
    ORG_WORDS,
    SECTORS,
    SOURCE,
    STATE_WORDS,
    STRONG_ORG_WORDS,
    TITLES,
    Conversion,
    Entry,
    Parsed,
    Role,
    clean_form,
    parse_actors,
    parse_agents,
)

__all__ = [
    "build", "convert", "main", "merge_phoenix", "render",
]  # fmt: skip


def _norm(form: str) -> str:
    """A form as the merge compares it: case-folded, less a leading "the " (as ``Gazetteer.lookup`` reads)."""
    return form.casefold().removeprefix("the ")


def _person_like(form: str, first_names: set[str]) -> bool:
    """Two to five words, none an organisation word or a number, the first a known first name."""
    words = form.lower().split()
    if not 2 <= len(words) <= 5 or words[0] not in first_names:
        return False
    return not any(w.strip(",.") in ORG_WORDS or re.search(r"\d", w) for w in words)


def _titled(form: str, others: list[str]) -> bool:
    """``Russian President Vladimir Putin`` beside ``Vladimir Putin``: another form after a title."""
    return any(
        other != form
        and form.endswith(" " + other)
        and any(w.lower().strip(".,") in TITLES for w in form[: -len(other)].split())
        for other in others
    )


def _spelling(form: str, names: list[str]) -> bool:
    """A spelling or an official name of a country with these ``names`` (slugs): close to one, or one with state
    words around it (``Islamic Republic of Afghanistan``)."""
    slug = slugify(form, max_len=200)
    return any(
        SequenceMatcher(None, slug, name).ratio() >= 0.85
        or (f"-{name}-" in f"-{slug}-" and set(slug.split("-")) - set(name.split("-")) <= STATE_WORDS)
        for name in names
    )


def _forms(entry: Entry, acronyms: frozenset[str], stats: Counter[str], kind: str = "country") -> list[str]:
    """A block's cleaned forms; an organisation's ``NAME_(ACRONYM)`` gives both, and its one-word forms of up to
    six capitals stay acronyms (``UNICEF``)."""
    out: list[str] = []
    for raw in entry.forms:
        form = clean_form(raw, acronyms)
        if form and kind == "person" and out and form.lower().split()[-1] in GROUP_ENDINGS:
            stats["people's aliases dropped: group names (Assad Regime)"] += 1
        elif form and kind == "org" and re.fullmatch(r"[A-Z]{2,6}", raw.strip("_ ")):
            out.append(raw.strip("_ "))
        elif form and "(" in form and kind == "org":
            inner = re.search(r"\(([A-Z.&-]{3,})\)", raw)
            out += [" ".join(re.sub(r"\([^)]*\)", " ", form).split()), *([inner.group(1)] if inner else [])]
        elif form and "(" not in form:
            out.append(form)
        else:
            stats["forms dropped: bad characters or brackets"] += 1
    return list(dict.fromkeys(f for f in out if f))


def _country_code(entry: Entry) -> str | None:
    """The code of a country block (``[AFG]``; ``[USRARM <900823] [ARM >911221]`` -> ``ARM``), else None."""
    bare = [role for role in entry.roles if len(role.code) == 3]
    if not bare or any(role.code[3:6] in SECTORS for role in entry.roles):
        return None
    return max(bare, key=lambda r: (r.end is None, r.end or "")).code


def _country_table(blocks: list[tuple[str, Entry]], names: dict[str, list[str]], acronyms: frozenset[str]) -> dict:
    """Phoenix code -> gazetteer country key by names (as slugs): each form of a country block that is one of a
    country's ``names`` votes for it, a block's own name 3 times, the first block of a code (the country's own,
    above its regions) twice over; a code takes its clear winner, a key its best code."""
    slugs = {slug: key for key, group in names.items() for slug in group}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for code, entry in blocks:
        weight = 1 if code in votes else 2
        for i, raw in enumerate(entry.forms):
            if key := slugs.get(slugify(clean_form(raw, acronyms) or "", max_len=200)):
                votes[code][key] += (3 if i == 0 else 1) * weight
    best: dict[str, tuple[int, str]] = {}
    for code, counts in sorted(votes.items()):
        (key, n), *rest = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if (not rest or rest[0][1] < n) and (key not in best or best[key][0] < n):
            best[key] = (n, code)
    return {code: key for key, (_, code) in sorted(best.items())}


def _names(rows: list[dict], demonyms: bool) -> dict[str, list[str]]:
    """Country key -> slugs of its label and aliases (and demonyms)."""
    fields = ("aliases", "demonyms") if demonyms else ("aliases",)
    return {
        r["key"]: [slugify(f, max_len=200) for f in [r["label"], *(a for k in fields for a in r.get(k, []))]]
        for r in rows
        if r.get("kind") == "Country"
    }


def _country_forms(
    blocks: list[tuple[str, Entry]], table: dict[str, str], rows: list[dict], acronyms: frozenset[str],
    taken: set[str], agents: dict[str, str], stats: Counter[str],
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:  # fmt: skip
    """Country blocks' forms that are new, unambiguous and no other actor's name, split into names (spellings,
    official names, and what a country's own block lists above its first city) and related forms (cities,
    regions, landmarks, epithets, translations lower down)."""
    known = {
        _norm(f): r["key"]
        for r in rows
        for f in [r["label"], *r.get("aliases", []), *r.get("demonyms", []), *r.get("metonyms", [])]
    }
    places = {slugify(f) for r in rows for f in r.get("metonyms", [])}
    places |= {slugify(r["label"]) for r in rows if r.get("kind") == "Location"}
    spellings = _names(rows, demonyms=True)
    claims: dict[str, set[str]] = defaultdict(set)
    for code, entry in blocks:
        for form in _forms(entry, acronyms, stats):
            claims[form].add(code)
    above: set[str] = set()  # forms of a country's own block above its first city
    for code, key in table.items():
        own = [e for c, e in blocks if c == code]
        own = [e for e in own if slugify(clean_form(e.forms[0], acronyms) or "", max_len=200) in spellings[key]] + own
        for form in _forms(own[0], acronyms, Counter()):
            if slugify(form) in places:
                break
            above.add(form)
    names: dict[str, set[str]] = defaultdict(set)
    related: dict[str, set[str]] = defaultdict(set)
    for form, codes in sorted(claims.items()):
        key = table.get(next(iter(codes))) if len(codes) == 1 else None
        reason = (
            "code not mapped, or forms of several codes" if key is None else
            "already in the gazetteer" if known.get(_norm(form)) == key else
            "another gazetteer actor's name" if _norm(form) in known else
            "a Phoenix person's or organisation's name" if _norm(form) in taken else
            "short or a common word" if len(form) < 4 or form.lower() in agents else None
        )  # fmt: skip
        if reason:
            stats[f"country forms dropped: {reason}"] += 1
        else:
            (names if form in above or _spelling(form, spellings[key]) else related)[key].add(form)
    return {k: sorted(v) for k, v in sorted(names.items())}, {k: sorted(v) for k, v in sorted(related.items())}


def build(parsed: dict[str, Parsed], agents: dict[str, str], gazetteer: dict) -> Conversion:
    """The Phoenix tables from parsed actor files (keyed as ``FILES``), the agents and the gazetteer."""
    stats = Counter({f"{name}: {k}": v for name, part in parsed.items() for k, v in part.stats.items()})
    rows = gazetteer["actors"]
    acronyms = (
        frozenset(f for r in rows for f in [r["label"], *r.get("aliases", [])] if re.fullmatch(r"[A-Z]{2,}", f))
        - NOT_ACRONYMS
    )
    blocks = [(code, e) for e in parsed["countries"].entries if (code := _country_code(e))]
    table = _country_table(blocks, _names(rows, demonyms=False), acronyms)
    countries = {id(e) for _, e in blocks}
    firsts = Counter(
        words[0].lower()
        for e in parsed["countries"].entries
        if id(e) not in countries and any(r.start or r.end for r in e.roles)
        for words in [(clean_form(e.forms[0]) or "").split()]
        if len(words) >= 2
    )
    first_names = {w for w, n in firsts.items() if n >= 2 and w not in TITLES | ORG_WORDS | {"al", "el"}}
    people: dict[str, dict[str, Any]] = {}
    orgs: dict[str, dict[str, Any]] = {}
    unmapped: Counter[str] = Counter()

    def role_row(role: Role) -> dict[str, Any]:
        prefix = role.code[:3]
        unmapped[prefix] += prefix not in (*ORG_TYPES, *SECTORS, *table)
        sector = None if prefix in ORG_TYPES else SECTORS.get(role.code[3:6] or prefix)
        return {"code": role.code, "country": table.get(prefix), "sector": sector, "start": role.start, "end": role.end}

    for source, part in parsed.items():
        for entry in (e for e in part.entries if id(e) not in countries):
            first, code = clean_form(entry.forms[0], acronyms) or "", entry.roles[0].code
            body = any(w.lower().strip(",.") in STRONG_ORG_WORDS for w in first.split())
            dated = any(r.start or r.end for r in entry.roles)
            if (dated and not body) or (_person_like(first, first_names) and code[:3] != "MNC"):
                forms = _forms(entry, acronyms, stats, "person")
                words = (forms or [""])[0].split()
                while len(words) > 2 and words[0].lower().strip(".") in TITLES:
                    words = words[1:]  # the label: the first form less leading titles
                label = " ".join(words)
                row = people.setdefault(slugify(label), {"label": label, "forms": [], "roles": []})
                row["forms"] += forms
                row["roles"] += [r for r in map(role_row, entry.roles) if r not in row["roles"]]
                stats[f"{source}: blocks read as people"] += 1
                continue
            armed = source == "armed" or code[:3] == "IMG" or code[3:6] in ARMED
            kind = "ArmedGroup" if armed else ORG_KINDS.get(code[:3])
            if kind is None or (source == "countries" and not armed):
                what = "companies (MNC)" if code[:3] == "MNC" else "institutions" if source == "countries" else "other"
                stats[f"{source}: blocks dropped: {what}"] += 1
                continue
            forms = _forms(entry, acronyms, stats, "org")
            if not forms:
                continue
            named = [f for f in forms[1:] if _person_like(f, first_names)]
            stats["organisations' aliases dropped: names of people"] += len(named)
            row = orgs.setdefault(slugify(forms[0]), {"label": forms[0], "forms": [], "code": code, "kind": kind})
            row["forms"] += [f for f in forms if f not in named]
            row.update(country=table.get(code[:3]), sector=None if kind == "IGO" else SECTORS.get(code[3:6]))
            stats[f"{source}: blocks read as organisations"] += 1
    people.pop("", None)
    for row in people.values():  # an undated default code adds nothing beside dated roles
        dated = [r for r in row["roles"] if r["start"] or r["end"]]
        stats["undated default codes dropped beside dated roles"] += len(row["roles"]) - len(dated) if dated else 0
        row["roles"] = sorted(dated or row["roles"], key=lambda r: (r["start"] or "", r["end"] or "9", r["code"]))
    users: dict[str, set[str]] = defaultdict(set)  # a form of several Phoenix actors stays with the one it labels
    for prefix, group in (("phx-", people), ("phx-org-", orgs)):
        for slug, row in group.items():
            row["id"] = prefix + slug
            for form in row["forms"]:
                users[_norm(form)].add(row["id"])
    labels = {_norm(row["label"]): row["id"] for group in (people, orgs) for row in group.values()}
    for group in (people, orgs):
        for row in group.values():
            forms = set(row.pop("forms"))
            kept = {f for f in forms if len(users[_norm(f)]) == 1 or labels.get(_norm(f)) == row["id"]}
            titled = {f for f in kept if _titled(f, [row["label"], *kept])} if group is people else set()
            stats["aliases dropped: shared by several Phoenix actors"] += len(forms - kept)
            stats["people's aliases dropped: a title before another form"] += len(titled)
            row["aliases"] = sorted(kept - titled - {row["label"]})
    forms, related = _country_forms(blocks, table, rows, acronyms, set(users), agents, stats)
    phoenix = {
        "source": SOURCE, "licence": LICENCE, "countries": table, "sectors": SECTORS,
        "note": "built by ingest/actors/phoenix.py (make actors); ISO dates, null where open; see docs/actors.md",
        "unmapped_codes": dict(sorted((+unmapped).items())),
        "people": sorted(people.values(), key=lambda r: r["id"]),
        "organisations": sorted(orgs.values(), key=lambda r: r["id"]),
        "country_forms": forms, "country_related": related, "agents": dict(sorted(agents.items())),
    }  # fmt: skip
    roles = [r for p in people.values() for r in p["roles"]]
    stats.update({"people": len(people), "roles": len(roles), "organisations": len(orgs), "agents": len(agents)})
    stats["roles with a date"] = sum(1 for r in roles if r["start"] or r["end"])
    stats["country forms"] = sum(map(len, forms.values()))
    stats["country related forms"] = sum(map(len, related.values()))
    stats["country codes mapped"] = len(table)
    phoenix["counts"] = {k: stats[k] for k in (*COUNTS, "country codes mapped")}
    return Conversion(phoenix, +stats)


def convert(data: Path, gazetteer_path: Path = DEFAULT_PATH) -> Conversion:
    """Read the four dictionaries under ``data`` and the gazetteer, and build the tables."""
    missing = [name for name in [*FILES.values(), AGENTS] if not (data / name).is_file()]
    if missing:
        raise FileNotFoundError(f"{data} lacks {', '.join(missing)}: expected PETRARCH2's dictionary folder")
    parsed = {key: parse_actors((data / name).read_text(encoding="utf8")) for key, name in FILES.items()}
    agents = parse_agents((data / AGENTS).read_text(encoding="utf8"))
    return build(parsed, agents, json.loads(gazetteer_path.read_text(encoding="utf8")))


def render(phoenix: dict[str, Any]) -> str:
    """Compact JSON with sorted keys, one line per person, organisation, country and agent (diff-friendly)."""
    parts = []
    for key, value in sorted(phoenix.items()):
        if isinstance(value, list | dict) and value:
            items = value.items() if isinstance(value, dict) else ((None, v) for v in value)
            dump = [json.dumps(v, sort_keys=True, ensure_ascii=False, separators=(",", ":")) for _, v in items]
            heads = [f"{json.dumps(k)}:" for k in value] if isinstance(value, dict) else [""] * len(value)
            open_, close = "{}" if isinstance(value, dict) else "[]"
            parts.append(f"{json.dumps(key)}:{open_}\n" + ",\n".join(map(str.__add__, heads, dump)) + f"\n{close}")
        else:
            parts.append(f"{json.dumps(key)}:{json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def merge_phoenix(gazetteer_json: dict, phoenix: dict) -> dict:
    """A gazetteer-shaped dict with Phoenix people (PERSON) and organisations (ORG) added as actors, Phoenix names
    added as aliases where an actor's name matches, ``country_forms`` added to the countries, and dated roles in a
    top-level ``roles`` list.  Today's entries win: a matched actor keeps its label, type, kind and QID; a Phoenix
    form that names another actor already is dropped; a Phoenix actor named like a different-type actor is
    skipped.  A role's owner is its country, else the organisation holding its IGO code (or the longest prefix of
    it held), preferring today's actors, then the organisation with more names."""
    out = copy.deepcopy(gazetteer_json)
    rows = {row["key"]: row for row in out["actors"]}
    existing = set(rows)
    owner: dict[str, str] = {}
    for row in out["actors"]:
        for form in [row["label"], *row.get("aliases", []), *row.get("demonyms", []), *row.get("metonyms", [])]:
            owner.setdefault(_norm(form), row["key"])
    stats: Counter[str] = Counter()

    def add_forms(key: str, forms: list[str]) -> None:
        for form in forms:
            if _norm(form) not in owner:
                owner[_norm(form)] = key
                rows[key]["aliases"].append(form)
            elif owner[_norm(form)] != key:
                stats["forms dropped: another actor's name"] += 1

    final: dict[str, str] = {}  # Phoenix id -> gazetteer key
    for group, type_ in (("organisations", "ORG"), ("people", "PERSON")):
        for item in phoenix.get(group, []):
            named = owner.get(_norm(item["label"]))
            if named is not None and rows[named]["type"] != type_:
                stats[f"{group} skipped: named like a different-type actor"] += 1
                continue
            same = {k for f in item["aliases"] if (k := owner.get(_norm(f))) and rows[k]["type"] == type_}
            key = named or (same.pop() if len(same) == 1 else None)
            stats[f"{group} matched to an existing actor" if key else f"{group} added"] += 1
            if key is None:
                key = item["id"] if item["id"] not in rows else f"{item['id']}-{len(rows)}"
                kind = "Person" if type_ == "PERSON" else item["kind"]
                rows[key] = {"key": key, "label": item["label"], "type": type_, "kind": kind, "wikidata": None}
                rows[key].update(aliases=[], demonyms=[], metonyms=[])
                if item.get("country") in rows:
                    rows[key]["country"] = item["country"]
                out["actors"].append(rows[key])
                owner[_norm(item["label"])] = key
            final[item["id"]] = key
            add_forms(key, [item["label"], *item["aliases"]])
    for key, forms in phoenix.get("country_forms", {}).items():
        add_forms(key, forms) if key in rows else None
    holders: dict[str, Counter[str]] = defaultdict(Counter)  # IGO code -> organisation keys, weighed
    for item in phoenix.get("organisations", []):
        if item["id"] in final and item["code"].startswith("IGO"):
            key = final[item["id"]]
            holders[item["code"]][key] += 1 + len(item["aliases"]) + 100 * (key in existing)
    roles = list(out.get("roles", []))
    for person in (p for p in phoenix.get("people", []) if p["id"] in final):
        for role in person["roles"]:
            code, held = role["code"], None
            while len(code) >= 6 and held is None:
                held = min(holders[code].items(), key=lambda kv: (-kv[1], kv[0]))[0] if code in holders else None
                code = code[:-3]
            key = role["country"] if role["country"] in rows else held
            stats["roles without an owner in the gazetteer"] += key is None
            if key is not None:
                roles.append({"person": final[person["id"]], "owner": key, "sector": role["sector"],
                              "code": role["code"], "start": role["start"], "end": role["end"]})  # fmt: skip
    out["roles"] = sorted(roles, key=lambda r: (r["person"], r["start"] or "", r["end"] or "9", r["code"], r["owner"]))
    out["note"] = out.get("note", "") + (
        " Merged with the Phoenix actor dictionaries (MIT, Open Event Data Alliance) by"
        " ingest/actors/phoenix.merge_phoenix: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.items())) + "."
    )
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: build the tables, write them, print what was kept and dropped; errors as one line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="PETRARCH2's dictionary folder")
    parser.add_argument("--out", type=Path, required=True, help="where to write the JSON")
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_PATH, help="the gazetteer giving country keys")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    try:
        result = convert(args.data, args.gazetteer)
        text = render(result.phoenix)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf8")
    except (OSError, ValueError, KeyError) as exc:
        print(f"phoenix: {exc}", file=sys.stderr)
        return 1
    for key, count in sorted(result.stats.items()):
        print(f"{count:7d}  {key}")
    print("unmapped code prefixes (roles):", ", ".join(f"{k} {v}" for k, v in result.phoenix["unmapped_codes"].items()))
    print(f"wrote {args.out} ({len(text.encode()) / 1e6:.2f} MB) in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
