"""Convert PETRARCH2's CAMEO 2.0 verb dictionary into geokg's event lexicon.

    python -m ingest.cameo_convert --data ../shared/data --out ingest/data/cameo_lexicon.json

Inputs: ``petrarch2-dictionaries/CAMEO.2.0.txt`` (MIT, Open Event Data Alliance) and the UD
English EWT and GUM treebanks under ``--data``; ``ingest/data/cameo_codes.tsv`` (code names
and Goldstein scores) and ``ingest/data/lexicon_additions.json`` (geokg's own entries).
Output: one JSON object with ``note``, ``codes``, ``verbs``, ``nouns`` and ``irregular``,
written with sorted keys so that a rebuild from the same inputs is byte-identical.

Decisions (counted in ``Conversion.stats`` and printed by ``main``): a compound code
``a:b`` keeps ``a`` (the source-to-target event); ``:b`` and malformed codes drop the
pattern; patterns with words before the verb are dropped (the lexicon keeps no subject
constraints); a pattern goes to the verb its trailer names when that verb is in the block,
else to every verb of the block; pattern words are treebank lemmas of their last word.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cameo_patterns import PREPOSITIONS, VOWELS, Block, Pattern, VerbLine, parse_dictionary, regular_forms

__all__ = [
    "Conversion",
    "Treebank",
    "build_lexicon",
    "convert",
    "load_codes",
    "load_treebank",
    "main",
    "nominalizations",
    "quad_class",
    "render",
]

DATA_DIR = Path(__file__).parent / "data"
DICTIONARY = Path("petrarch2-dictionaries") / "CAMEO.2.0.txt"
TREEBANKS = ("ud-english-ewt", "gum-ccby")


def quad_class(root: str) -> int:
    """GDELT quad class of a root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


def load_codes(path: Path) -> dict[str, dict[str, Any]]:
    """``code<TAB>name<TAB>goldstein`` rows (``#`` comments, one header) to the ``codes`` table."""
    codes: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("code\t"):
            continue
        code, name, goldstein = line.split("\t")
        root = code[:2]
        codes[code] = {"name": name, "root": root, "goldstein": float(goldstein), "quad_class": quad_class(root)}
    return codes


@dataclass
class Treebank:
    """Counts from CoNLL-U files: NOUN lemmas, and form -> lemma counts of NOUN and of VERB tokens."""

    nouns: Counter[str]
    noun_forms: dict[str, Counter[str]]
    verb_forms: dict[str, Counter[str]]

    def lemma(self, word: str, verb: bool = False) -> str:
        """The commonest treebank lemma of a lower-case NOUN form (VERB form if ``verb``)."""
        counts = (self.verb_forms if verb else self.noun_forms).get(word)
        return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counts else word

    def phrase(self, text: str) -> str:
        """A phrase with its last word lemmatized: as a noun (``troops`` -> ``troop``) when the
        treebank has it as one, else as an inflected verb (``welcomed`` -> ``welcome``)."""
        *words, last = text.split()
        if last in self.noun_forms:
            last = self.lemma(last)
        elif last.endswith(("ed", "ing", "s")) and last not in PREPOSITIONS:
            last = self.lemma(last, verb=True)
        return " ".join([*words, last])


def load_treebank(paths: list[Path]) -> Treebank:
    """Read the NOUN and VERB tokens of the given ``.conllu`` files (multiword ranges skipped)."""
    nouns: Counter[str] = Counter()
    noun_forms: dict[str, Counter[str]] = defaultdict(Counter)
    verb_forms: dict[str, Counter[str]] = defaultdict(Counter)
    for path in paths:
        with path.open(encoding="utf8") as fh:
            for line in fh:
                cols = line.split("\t")
                if len(cols) < 4 or not cols[0].isdigit() or cols[3] not in ("NOUN", "VERB"):
                    continue
                form, lemma = cols[1].lower(), cols[2].lower()
                if cols[3] == "NOUN":
                    nouns[lemma] += 1
                    noun_forms[form][lemma] += 1
                else:
                    verb_forms[form][lemma] += 1
    return Treebank(nouns, dict(noun_forms), dict(verb_forms))


def nominalizations(verb: str) -> list[str]:
    """Candidate event nouns of a verb by regular suffix rules (invade -> invasion, agree -> agreement).

    -tion/-sion/-ation/-ition, -ment, -al, -ance/-ence, -ure, and -t/-se after -ain/-aud; the
    caller keeps only the candidates that occur as noun lemmas in the treebanks.
    """
    if len(verb) < 4:
        return []
    stem = verb[:-1] if verb.endswith("e") else verb
    out = [verb + s for s in ("ment", "ance", "ence", "ure", "ation")]
    out += [stem + s for s in ("ance", "ence", "ure", "ation", "ition")]
    if len(verb) >= 5:
        out += [stem + "al"]  # arrive -> arrival, withdraw -> withdrawal
    if verb.endswith(("t", "ss")):
        out.append(verb + "ion")  # protect -> protection, discuss -> discussion
    if verb.endswith("te"):
        out.append(stem + "ion")  # negotiate -> negotiation
    if verb.endswith("y"):
        out += [verb[:-1] + s for s in ("ication", "ial", "iance", "ation")]
    if verb[-1] not in VOWELS + "wxy" and verb[-2] in VOWELS and verb[-3] not in VOWELS:
        out += [verb + verb[-1] + s for s in ("al", "ence", "ance", "ation")]
    for ending, cut, add in (
        ("de", 2, "sion"),  # invade -> invasion
        ("nd", 1, "sion"),  # suspend -> suspension
        ("rt", 1, "sion"),  # convert -> conversion
        ("mit", 1, "ssion"),  # admit -> admission
        ("cede", 2, "ssion"),  # concede -> concession
        ("pel", 3, "pulsion"),  # expel -> expulsion
        ("ceive", 3, "ption"),  # receive -> reception
        ("scribe", 2, "ption"),  # describe -> description
        ("sume", 1, "ption"),  # assume -> assumption
        ("olve", 2, "ution"),  # resolve -> resolution
        ("uce", 1, "tion"),  # reduce -> reduction
        ("ounce", 5, "unciation"),  # denounce -> denunciation
        ("tain", 3, "ention"),  # detain -> detention
        ("aim", 2, "mation"),  # proclaim -> proclamation
        ("ain", 0, "t"),  # complain -> complaint
        ("aud", 1, "se"),  # applaud -> applause
    ):
        if verb.endswith(ending):
            out.append(verb[: len(verb) - cut] + add)
    return [noun for noun in dict.fromkeys(out) if noun != verb]


@dataclass
class Conversion:
    """The lexicon object and the tally of what the conversion kept and dropped."""

    lexicon: dict[str, Any]
    stats: Counter[str]


def _verb_lemma(verb: VerbLine, bank: Treebank, folded: dict[str, str]) -> str:
    """``(ask, for)`` -> ``ask for``; an inflected head of a multiword verb is lemmatized
    (``angered by`` -> ``anger by``) and an inflected single verb folds into its base."""
    words = list(verb.words)
    head = words[verb.head]
    if head in folded:
        words[verb.head] = folded[head]
    elif len(words) > 1:
        words[verb.head] = bank.lemma(head, verb=True)
    return " ".join(words)


def _pattern_record(pattern: Pattern, bank: Treebank) -> dict[str, Any]:
    words = [list(dict.fromkeys(bank.phrase(alt) for alt in slot)) for slot in pattern.slots]
    return {"code": pattern.code, "target": pattern.target, "words": words}


def _collect_verbs(
    blocks: list[Block], bank: Treebank, codes: dict[str, Any], stats: Counter[str]
) -> dict[str, dict[str, Any]]:
    """Verb lemma -> {code, patterns}.

    A verb's own ``[code]`` (``[---]`` included) outranks its block's default; among several
    listings (a verb can sit in several blocks) the first non-null code of the higher rank wins.
    Patterns are the union over the verb's blocks.
    """
    singles = {v.words[0] for b in blocks for v in b.verbs if len(v.words) == 1}
    heads = {v.words[v.head] for b in blocks for v in b.verbs}
    folded = {form: base for base in sorted(singles, reverse=True) for form in regular_forms(base) & heads}
    stats["inflected verb lines folded into their base"] = sum(
        1 for b in blocks for v in b.verbs if v.words[v.head] in folded
    )
    found: dict[str, list[tuple[bool, str | None]]] = defaultdict(list)
    patterns: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = defaultdict(dict)
    for block in blocks:
        lemmas = [_verb_lemma(v, bank, folded) for v in block.verbs]
        for verb, lemma in zip(block.verbs, lemmas, strict=True):
            found[lemma].append((not verb.has_code, verb.code if verb.has_code else block.code))
        for pattern in block.patterns:
            if pattern.code is not None and pattern.code not in codes:
                stats["patterns dropped: code not in cameo_codes.tsv"] += 1
                continue
            named = [lem for v, lem in zip(block.verbs, lemmas, strict=True) if pattern.origin in v.surfaces()]
            stats["patterns attached to the verb they name" if named else "patterns attached to the whole block"] += 1
            record = _pattern_record(pattern, bank)
            key = (record["code"], record["target"], json.dumps(record["words"]))
            for lemma in dict.fromkeys(named or lemmas):
                patterns[lemma].setdefault(key, record)
    verbs: dict[str, dict[str, Any]] = {}
    for lemma, candidates in found.items():
        rank = min(r for r, _ in candidates)
        known = [code for r, code in candidates if r == rank and code is not None]
        stats["verbs listed with different codes"] += len({c for _, c in candidates if c is not None}) > 1
        if known and known[0] not in codes:
            stats["verb codes dropped: not in cameo_codes.tsv"] += 1
            known = []
        verbs[lemma] = {"code": known[0] if known else None, "patterns": list(patterns[lemma].values())}
    return verbs


# Past tenses and participles of common English irregular verbs ("base past [participle]"), written for geokg.
IRREGULAR_TABLE = """
arise arose arisen; be was were been; bear bore borne; beat beat beaten; become became; begin began begun; bend bent;
bid bade bidden; bind bound; bite bit bitten; bleed bled; blow blew blown; break broke broken; breed bred;
bring brought; build built; burn burnt; buy bought; catch caught; choose chose chosen; cling clung;
come came; creep crept; deal dealt; dig dug; do did done; draw drew drawn; drink drank drunk; drive drove driven;
eat ate eaten; fall fell fallen; feed fed; feel felt; fight fought; find found; flee fled; fling flung;
fly flew flown; forbid forbade forbidden; foresee foresaw foreseen; forget forgot forgotten; forgive forgave forgiven;
forsake forsook forsaken; freeze froze frozen; get got gotten; give gave given; go went gone; grind ground;
grow grew grown; hang hung; have had; hear heard; hide hid hidden; hold held; keep kept; kneel knelt;
know knew known; lay laid; lead led; leap leapt; leave left; lend lent; lie lay lain; light lit; lose lost;
make made; mean meant; meet met; mislead misled; mistake mistook mistaken; overcome overcame; overrun overran;
oversee oversaw overseen; overtake overtook overtaken; overthrow overthrew overthrown; pay paid; rebuild rebuilt;
repay repaid; rewrite rewrote rewritten; ride rode ridden; ring rang rung; rise rose risen; run ran; say said;
see saw seen; seek sought; sell sold; send sent; shake shook shaken; shoot shot; show showed shown; shrink shrank
shrunk; sing sang sung; sink sank sunk; sit sat; slay slew slain; sleep slept; slide slid; speak spoke spoken;
speed sped; spend spent; spin spun; spring sprang sprung; stand stood; steal stole stolen; stick stuck; sting stung;
strike struck stricken; string strung; strive strove striven; swear swore sworn; sweep swept; swing swung;
take took taken; teach taught; tear tore torn; tell told; think thought; throw threw thrown; tread trod trodden;
undergo underwent undergone; understand understood; undertake undertook undertaken; undo undid undone;
uphold upheld; wake woke woken; wear wore worn; weave wove woven; weep wept; win won; wind wound;
withdraw withdrew withdrawn; withhold withheld; withstand withstood; wring wrung; write wrote written
"""


def _irregular(verbs: dict[str, Any], bank: Treebank) -> dict[str, str]:
    """Irregular past and participle forms of lexicon verbs (form -> base), from ``IRREGULAR_TABLE``.

    A form is kept when its base heads a lexicon verb and the treebank's VERB tokens of that form
    do not mostly have another lemma; a form that is itself a lexicon verb (``found``, ``saw``)
    needs the treebank's confirmation.  (The dictionary's own ``{...}`` forms add nothing the
    table lacks but present tenses and misspellings, so they only serve to match pattern trailers.)
    """
    heads = {lemma.split()[0] for lemma in verbs}
    table: dict[str, str] = {}
    for entry in IRREGULAR_TABLE.replace("\n", " ").split(";"):
        base, *forms = entry.split()
        table.update({form: base for form in forms if form != base})
    out: dict[str, str] = {}
    for form, base in table.items():
        seen = bank.lemma(form, verb=True) if form in bank.verb_forms else None
        if base in heads and seen in (None, base) and (form not in verbs or seen == base):
            out[form] = base
    return out


def _nouns(verbs: dict[str, Any], bank: Treebank, excluded: set[str], stats: Counter[str]) -> dict[str, dict[str, Any]]:
    """Event nouns derived from coded single-word verbs: same form, suffix nominalization, -ing.

    A noun derived from several verbs keeps the best derivation (same form, then suffix, then
    -ing; then the alphabetically first verb).  ``excluded`` nouns are left out.
    """
    best: dict[str, tuple[int, str, str]] = {}
    used: set[str] = set()
    for verb in sorted(verbs):
        if verbs[verb]["code"] is None or " " in verb:
            continue
        found = [(0, verb, "same form")] if bank.nouns[verb] >= 2 else []
        found += [(1, noun, "nominalization") for noun in nominalizations(verb) if bank.nouns[noun] >= 1]
        gerunds = sorted(f for f in regular_forms(verb) if f.endswith("ing") and bank.nouns[f] >= 1)
        found += [(2, noun, "gerund") for noun in gerunds]
        for rank, noun, how in found:
            if noun in excluded:
                used.add(noun)
                continue
            if noun not in best or (rank, verb) < best[noun][:2]:
                best[noun] = (rank, verb, how)
    stats["nouns excluded as not events"] = len(used)
    stats["exclusions matching no derived noun"] = len(excluded - used)
    return {noun: {"code": verbs[verb]["code"], "how": how, "verb": verb} for noun, (_, verb, how) in best.items()}


def build_lexicon(
    dictionary_text: str, bank: Treebank, codes: dict[str, dict[str, Any]], additions: dict[str, Any]
) -> Conversion:
    """The lexicon from the dictionary's text, a treebank, the codes table and the additions object."""
    extra = {name: entry["members"] for name, entry in additions.get("synsets", {}).items()}
    parsed = parse_dictionary(dictionary_text, extra_synsets=extra)
    stats = Counter(parsed.stats)
    verbs = _collect_verbs(parsed.blocks, bank, codes, stats)
    for lemma, entry in sorted(additions.get("verbs", {}).items()):
        if entry["code"] not in codes:
            raise ValueError(f"lexicon addition {lemma!r} has unknown code {entry['code']!r}")
        stats["additions: verbs recoded" if lemma in verbs else "additions: verbs added"] += 1
        verbs.setdefault(lemma, {"code": None, "patterns": []})["code"] = entry["code"]
    excluded = {noun for group in additions.get("not_events", {}).values() for noun in group}
    nouns = _nouns(verbs, bank, excluded, stats)
    for noun, entry in sorted(additions.get("nouns", {}).items()):
        if entry["code"] not in codes or entry.get("verb") not in (None, *verbs):
            raise ValueError(f"lexicon addition {noun!r}: unknown code {entry['code']!r} or verb {entry.get('verb')!r}")
        stats["additions: nouns recoded" if noun in nouns else "additions: nouns added"] += 1
        nouns[noun] = {"code": entry["code"], "how": "addition", "verb": entry.get("verb")}
    irregular = _irregular(verbs, bank)
    stats.update(
        {
            "verbs": len(verbs),
            "verbs with a code": sum(1 for v in verbs.values() if v["code"]),
            "verb patterns": sum(len(v["patterns"]) for v in verbs.values()),
            "nouns": len(nouns),
            "irregular forms": len(irregular),
            "codes": len(codes),
        }
    )
    note = (
        "credit: built by ingest/cameo_convert.py from PETRARCH2's CAMEO.2.0.txt (MIT, Open Event Data Alliance;"
        " Philip A. Schrodt and the PETRARCH/TABARI dictionary authors), with noun and verb-form evidence from the"
        " UD English EWT (CC BY-SA 4.0) and GUM (CC BY 4.0) treebanks, code names after the CAMEO codebook"
        " (Schrodt 2012), Goldstein (1992) scores as tabulated for CAMEO codes, and geokg's"
        " ingest/data/lexicon_additions.json. Counts: "
        + ", ".join(f"{key} {stats[key]}" for key in ("verbs", "verb patterns", "nouns", "irregular forms", "codes"))
        + ". Regenerate with `make lexicon`."
    )
    lexicon = {"note": note, "codes": codes, "verbs": verbs, "nouns": nouns, "irregular": irregular}
    return Conversion(lexicon, stats)


def convert(data: Path, codes_path: Path, additions_path: Path) -> Conversion:
    """Read every input under ``data`` (and the repository's two data files) and build the lexicon."""
    treebanks = [path for folder in TREEBANKS for path in sorted((data / folder).glob("*.conllu"))]
    if not treebanks:
        raise FileNotFoundError(f"no .conllu files under {data}/{{{','.join(TREEBANKS)}}}")
    return build_lexicon(
        (data / DICTIONARY).read_text(encoding="utf8"),
        load_treebank(treebanks),
        load_codes(codes_path),
        json.loads(additions_path.read_text(encoding="utf8")),
    )


def render(lexicon: dict[str, Any]) -> str:
    """JSON with sorted keys, one line per code, verb, noun and irregular form (diff-friendly)."""
    parts = []
    for key in sorted(lexicon):
        value = lexicon[key]
        if isinstance(value, dict) and value:
            rows = [
                f"  {json.dumps(k)}: {json.dumps(v, sort_keys=True, ensure_ascii=False)}"
                for k, v in sorted(value.items())
            ]
            parts.append(f" {json.dumps(key)}: {{\n" + ",\n".join(rows) + "\n }")
        else:
            parts.append(f" {json.dumps(key)}: {json.dumps(value, sort_keys=True, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    """Command line: build the lexicon, write it, print what was kept and dropped."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, required=True, help="folder holding petrarch2-dictionaries/ and the treebanks"
    )
    parser.add_argument("--out", type=Path, required=True, help="where to write the lexicon JSON")
    parser.add_argument("--codes", type=Path, default=DATA_DIR / "cameo_codes.tsv")
    parser.add_argument("--additions", type=Path, default=DATA_DIR / "lexicon_additions.json")
    args = parser.parse_args(argv)
    result = convert(args.data, args.codes, args.additions)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(result.lexicon), encoding="utf8")
    for key, count in sorted(result.stats.items()):
        print(f"{count:7d}  {key}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
