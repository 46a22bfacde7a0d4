"""The CAMEO dictionary converter: format parsing, code handling, derivations and the shipped lexicon."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from ingest.cameo_convert import (
    DATA_DIR,
    Treebank,
    build_lexicon,
    convert,
    load_codes,
    nominalizations,
    quad_class,
    render,
)
from ingest.cameo_patterns import parse_code, parse_dictionary, parse_verb_line, regular_forms

ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = ROOT.parent / "shared" / "data"
LEXICON = DATA_DIR / "cameo_lexicon.json"
CODES = load_codes(DATA_DIR / "cameo_codes.tsv")

# A small dictionary in PETRARCH2's format, written for these tests.
SNIPPET = """\
# a comment line
####### SYNONYM SETS #######

&SOLDIERS
+ARMY
+TROOPS
+ARMED_FORCES

&FIB_
+LIE
+FALSEHOOD

####### VERB PATTERNS #######

---  CHIDE   [111]  ---
CHIDE
SCOLD {SCOLDS SCOLDED SCOLDING}
RAP [112]
- * + (FOR &FIB_)            [1121]   # CHIDE
- * (WITH +) (OVER ^)        [114]    # SCOLDED
- $ * +                      [111]
- &SOLDIERS * RIVAL          [190]

---  SEND   [---]  ---
SEND {SENDS SENDING SENT}
+DISPATCH_OUT {+DISPATCHED_OUT}
+SENT_AND {}
- * &SOLDIERS (TO +)         [154]    # SEND
- * {RELIEF CONVOY}          [073:0863]
- * ENVOY                    [:043]
- * NOTE                     [---]
- * WEIRD                    [09x]
- * MISSING &NOSUCHSET       [010]

---  TALK   [040:040]  ---
TALK
- *                          [041]
"""

NO_ADDITIONS: dict[str, Any] = {"verbs": {}, "nouns": {}, "not_events": {}}


def treebank(nouns: dict[str, int] | None = None, plurals: dict[str, str] | None = None) -> Treebank:
    """A hand-made treebank: noun lemma counts and plural -> singular NOUN forms."""
    noun_forms = {form: Counter({lemma: 2}) for form, lemma in (plurals or {}).items()}
    return Treebank(Counter(nouns or {}), noun_forms, {})


def snippet_lexicon(additions: dict[str, Any] | None = None, nouns: dict[str, int] | None = None) -> dict[str, Any]:
    bank = treebank(nouns, {"troops": "troop", "forces": "force", "falsehoods": "falsehood"})
    return build_lexicon(SNIPPET, bank, CODES, additions or NO_ADDITIONS).lexicon


def test_noun_set_is_expanded_and_singular() -> None:
    parsed = parse_dictionary(SNIPPET)
    assert parsed.synsets["&SOLDIERS"] == ("army", "troops", "armed forces")
    send = snippet_lexicon()["verbs"]["send"]
    assert {"code": "154", "target": "after:to", "words": [["army", "troop", "armed force"], ["to"]]} in send[
        "patterns"
    ]


def test_synset_additions_reach_every_pattern_of_the_set() -> None:
    extra = {"&SOLDIERS": {"members": ["militia men"], "reason": "a test"}}
    parsed = parse_dictionary(SNIPPET, extra_synsets={"&SOLDIERS": ["militia men"]})
    assert parsed.synsets["&SOLDIERS"] == ("army", "troops", "armed forces", "militia men")
    send = snippet_lexicon({**NO_ADDITIONS, "synsets": extra})["verbs"]["send"]
    assert {
        "code": "154",
        "target": "after:to",
        "words": [["army", "troop", "armed force", "militia men"], ["to"]],
    } in send["patterns"]


def test_synset_addition_to_an_unknown_set_is_refused() -> None:
    with pytest.raises(ValueError, match=r"&NOSUCH.*names no word set"):
        parse_dictionary(SNIPPET, extra_synsets={"&NOSUCH": ["arms"]})


@pytest.mark.parametrize(
    ("verb", "code", "pattern"),
    [
        ("chide", "111", {"code": "1121", "target": "object", "words": [["for"], ["lie", "falsehood"]]}),
        ("scold", "111", {"code": "114", "target": "after:with", "words": [["with"], ["over"]]}),
        ("rap", "112", None),
    ],
)
def test_block_default_code_and_prepositional_patterns(verb: str, code: str, pattern: dict[str, Any] | None) -> None:
    entry = snippet_lexicon()["verbs"][verb]
    assert entry["code"] == code
    if pattern is None:  # both patterns name another verb of the block, so rap gets neither
        assert entry["patterns"] == []
    else:
        assert entry["patterns"] == [pattern]


def test_null_default_multiword_verb_and_dropped_fragments() -> None:
    verbs = snippet_lexicon()["verbs"]
    assert verbs["send"]["code"] is None
    assert verbs["dispatch out"]["code"] is None
    # an unnamed pattern goes to every verb of the block, a named one only to its verb
    assert [p["words"] for p in verbs["dispatch out"]["patterns"]] == [[["relief convoy"]], [["note"]]]
    assert "sent and" not in verbs and "sent" not in verbs


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("042", ("042", "ok")),
        ("0234", ("0234", "ok")),
        ("042:043", ("042", "compound")),
        (":173", (None, "reverse")),
        ("---", (None, "null")),
        ("080!", (None, "malformed")),
        ("s", (None, "malformed")),
    ],
)
def test_parse_code(raw: str, expected: tuple[str | None, str]) -> None:
    assert parse_code(raw) == expected


def test_compound_and_odd_codes_in_a_block() -> None:
    parsed = parse_dictionary(SNIPPET)
    send = next(b for b in parsed.blocks if b.name == "send")
    assert [(p.code, p.slots) for p in send.patterns] == [
        ("154", (("army", "troops", "armed forces"), ("to",))),
        ("073", (("relief convoy",),)),
        (None, (("note",),)),
    ]
    stats = parsed.stats
    assert stats["patterns dropped: reverse code"] == 1
    assert stats["patterns dropped: malformed code"] == 1
    assert stats["patterns dropped: undefined noun set"] == 1
    assert stats["patterns dropped: words before the verb"] == 1
    assert stats["patterns dropped: no words"] == 2
    talk = snippet_lexicon()["verbs"]["talk"]
    assert talk == {"code": "040", "patterns": []}  # compound block code keeps its first part


@pytest.mark.parametrize(
    ("line", "words", "head", "code", "forms"),
    [
        ("+ASK_FOR {+ASKED_FOR +ASKS_FOR} [020]  # note", ("ask", "for"), 0, "020", ("asked", "asks")),
        ("RE_+OPEN", ("re", "open"), 1, None, ()),
        ("GRUMBLE[---]", ("grumble",), 0, None, ()),
        ("FLEE {FLEES FLED FLEEING}", ("flee",), 0, None, ("flees", "fled", "fleeing")),
    ],
)
def test_parse_verb_line(
    line: str, words: tuple[str, ...], head: int, code: str | None, forms: tuple[str, ...]
) -> None:
    verb, _ = parse_verb_line(line)
    assert verb is not None
    assert (verb.words, verb.head, verb.code, verb.forms) == (words, head, code, forms)


@pytest.mark.parametrize(
    ("code", "name", "root", "goldstein", "quad"),
    [
        ("0234", "Appeal for military protection or peacekeeping", "02", 3.4, 1),
        ("190", "Use conventional military force, not specified below", "19", -10.0, 4),
        ("057", "Sign formal agreement", "05", 8.0, 1),
        ("0871", "Declare truce, ceasefire", "08", 9.0, 2),
        ("1312", "Threaten with sanctions, boycott, embargo", "13", -5.8, 3),
    ],
)
def test_codes_table(code: str, name: str, root: str, goldstein: float, quad: int) -> None:
    assert CODES[code] == {"name": name, "root": root, "goldstein": goldstein, "quad_class": quad}


def test_codes_table_is_complete() -> None:
    roots = {f"{n:02d}" for n in range(1, 21)}
    assert roots <= set(CODES)
    assert all(code[:2] in roots and re.fullmatch(r"\d{2,4}", code) for code in CODES)
    assert all(code[:3] in CODES for code in CODES if len(code) == 4)
    assert len(CODES) >= 300


@pytest.mark.parametrize(
    ("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4)]
)
def test_quad_class(root: str, quad: int) -> None:
    assert quad_class(root) == quad


@pytest.mark.parametrize(
    ("verb", "noun"),
    [
        ("invade", "invasion"),
        ("agree", "agreement"),
        ("withdraw", "withdrawal"),
        ("accuse", "accusation"),
        ("expel", "expulsion"),
        ("negotiate", "negotiation"),
        ("detain", "detention"),
        ("deny", "denial"),
    ],
)
def test_nominalizations(verb: str, noun: str) -> None:
    assert noun in nominalizations(verb)


@pytest.mark.parametrize(
    ("base", "form", "regular"),
    [("stop", "stopped", True), ("worry", "worried", True), ("die", "dying", True), ("win", "wind", False)],
)
def test_regular_forms(base: str, form: str, regular: bool) -> None:
    assert (form in regular_forms(base)) is regular


@pytest.mark.parametrize(
    ("nouns", "expected"),
    [
        ({"chide": 2}, {"chide": {"code": "111", "how": "same form", "verb": "chide"}}),
        ({"chide": 1}, {}),  # a same-form noun needs two treebank occurrences
        ({"scolding": 1}, {"scolding": {"code": "111", "how": "gerund", "verb": "scold"}}),
        ({"send": 5}, {}),  # verbs without a default code give no noun
    ],
)
def test_nouns_from_treebank(nouns: dict[str, int], expected: dict[str, Any]) -> None:
    assert snippet_lexicon(nouns=nouns)["nouns"] == expected


def test_additions_override_and_exclusions() -> None:
    additions = {
        "verbs": {"send": {"code": "070", "reason": "test"}},
        "nouns": {"care package": {"code": "073", "verb": "send", "reason": "test"}},
        "not_events": {"test": ["chide"]},
    }
    lexicon = snippet_lexicon(additions, nouns={"chide": 3})
    assert lexicon["verbs"]["send"]["code"] == "070"
    assert lexicon["verbs"]["send"]["patterns"]  # recoding keeps the dictionary's patterns
    assert lexicon["nouns"] == {"care package": {"code": "073", "how": "addition", "verb": "send"}}


@pytest.mark.parametrize(
    "additions",
    [
        {"verbs": {"send": {"code": "999", "reason": "no such code"}}},
        {"nouns": {"parcel": {"code": "073", "verb": "mail", "reason": "no such verb"}}},
    ],
)
def test_bad_additions_are_refused(additions: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        snippet_lexicon(additions)


def test_render_is_sorted_json() -> None:
    lexicon = snippet_lexicon()
    text = render(lexicon)
    assert json.loads(text) == lexicon
    assert text == render(json.loads(text))
    assert list(json.loads(text)) == sorted(lexicon)


@pytest.fixture(scope="module")
def shipped() -> dict[str, Any]:
    return json.loads(LEXICON.read_text(encoding="utf8"))


def _all_codes(lexicon: dict[str, Any]) -> list[str | None]:
    out = [v["code"] for v in lexicon["verbs"].values()]
    out += [p["code"] for v in lexicon["verbs"].values() for p in v["patterns"]]
    return out + [n["code"] for n in lexicon["nouns"].values()]


def test_shipped_lexicon_shape(shipped: dict[str, Any]) -> None:
    assert set(shipped) == {"note", "codes", "verbs", "nouns", "irregular"}
    assert shipped["note"].startswith("credit: built by ingest/cameo_convert.py from PETRARCH2's CAMEO.2.0.txt")
    assert len(shipped["verbs"]) >= 1500
    assert len(shipped["nouns"]) >= 300
    assert sum(len(v["patterns"]) for v in shipped["verbs"].values()) >= 4000
    assert set(_all_codes(shipped)) - {None} <= set(shipped["codes"])
    assert all(n["code"] is not None and set(n) == {"code", "how", "verb"} for n in shipped["nouns"].values())
    assert all(re.fullmatch(r"\d{2,4}", c) for c in shipped["codes"])
    assert all(base in {v.split()[0] for v in shipped["verbs"]} for base in shipped["irregular"].values())


@pytest.mark.parametrize(
    ("kind", "word", "code"),
    [
        ("verbs", "accuse", "112"),
        ("verbs", "carry out", None),
        ("verbs", "sanction", "163"),
        ("nouns", "invasion", "192"),
        ("nouns", "attack", "190"),
        ("nouns", "drone strike", "1952"),
        ("irregular", "fought", "fight"),
    ],
)
def test_shipped_lexicon_entries(shipped: dict[str, Any], kind: str, word: str, code: str | None) -> None:
    entry = shipped[kind][word]
    assert (entry if kind == "irregular" else entry["code"]) == code


@pytest.mark.skipif(not (SHARED_DATA / "petrarch2-dictionaries").is_dir(), reason="../shared/data is absent")
def test_shipped_lexicon_is_what_the_converter_builds() -> None:
    result = convert(SHARED_DATA, DATA_DIR / "cameo_codes.tsv", DATA_DIR / "lexicon_additions.json")
    assert render(result.lexicon) == LEXICON.read_text(encoding="utf8")
    assert result.stats["exclusions matching no derived noun"] == 0
