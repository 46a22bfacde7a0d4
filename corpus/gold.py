"""Check the hand-coded events of the corpus (corpus/gold/part*.jsonl) and write them for the scorer.

    python corpus/gold.py --out build/corpus-eval

writes `articles.jsonl` (the coded articles) and `gold.jsonl` (one relation per line, with character
offsets into each article's text) in the layout `../shared/eval/score_events.py` reads. Each record names
its mentions by their words inside an exact piece of the article (see corpus/ANNOTATION.md); this script
finds the offsets and stops with one line per problem when a record cannot be placed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GoldProblem", "load_articles", "load_gold", "main", "place"]

HERE = Path(__file__).resolve().parent
STANDING = frozenset({"leader_of", "member_of"})
CODES = frozenset(f"{n:02d}" for n in range(1, 21))
KEYS = frozenset(
    {"doc", "sentence", "source", "source_label", "source_n", "target", "target_label", "target_n"}
    | {"cameo", "predicate", "negated", "note"}
)


@dataclass(frozen=True)
class GoldProblem:
    """A record that cannot be placed: where it is and why."""

    where: str
    why: str

    def __str__(self) -> str:
        return f"{self.where}: {self.why}"


def load_articles(path: Path) -> dict[str, dict]:
    """The corpus articles by id."""
    with path.open(encoding="utf-8") as handle:
        return {a["id"]: a for a in map(json.loads, filter(str.strip, handle))}


def _mention(text: str, base: int, sentence: str, words: str, n: int) -> tuple[int, int] | None:
    """The n-th whole-word occurrence of ``words`` in the sentence ("it" never inside "criticised")."""
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", sentence)]
    if len(found) < max(n, 1):
        return None
    at = found[max(n, 1) - 1]
    return base + at, base + at + len(words)


def place(record: dict, article: dict) -> dict | str:
    """The scorer's relation for one hand-coded record, or why it cannot be placed."""
    unknown = set(record) - KEYS
    if unknown:
        return f"unknown keys {sorted(unknown)} (valid: {sorted(KEYS)})"
    text, sentence = article["text"], record.get("sentence", "")
    if not sentence or text.count(sentence) != 1:
        return f"'sentence' must occur exactly once in the article (found {text.count(sentence)} times)"
    base = text.index(sentence)
    predicate, code = str(record.get("predicate", "")).strip(), record.get("cameo")
    if predicate in STANDING:
        if code is not None:
            return f"a standing relation ({predicate}) has cameo null, not {code!r}"
    elif code not in CODES:
        return f"cameo {code!r} is not a root code 01..20 (or null with predicate leader_of/member_of)"
    if not isinstance(record.get("negated"), bool):
        return "'negated' must be true or false"
    ends = {}
    for role in ("source", "target"):
        words = record.get(role) or ""
        span = _mention(text, base, sentence, words, int(record.get(f"{role}_n", 1))) if words else None
        if span is None:
            return f"{role} {words!r} is not inside the sentence"
        label = record.get(f"{role}_label") or ""
        if not label.strip():
            return f"{role}_label is empty"
        ends[role] = {"start": span[0], "end": span[1], "text": words, "label": label, "wikidata": None}
    return {
        "kind": "relation",
        "doc": record["doc"],
        "source": ends["source"],
        "target": ends["target"],
        "cameo": code,
        "predicate": predicate,
        "negated": record["negated"],
    }


def load_gold(parts: list[Path], articles: dict[str, dict]) -> tuple[list[dict], list[GoldProblem]]:
    """All placed records of the given part files, and the problems of those that cannot be placed."""
    gold, problems = [], []
    seen: set[tuple] = set()
    for part in parts:
        for number, line in enumerate(part.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{part.name}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(GoldProblem(where, f"not JSON ({exc.msg})"))
                continue
            article = articles.get(record.get("doc", ""))
            if article is None:
                problems.append(GoldProblem(where, f"no article with id {record.get('doc')!r}"))
                continue
            placed = place(record, article)
            if isinstance(placed, str):
                problems.append(GoldProblem(where, placed))
                continue
            ends = (placed["doc"], placed["source"]["start"], placed["target"]["start"], placed["predicate"])
            key = (*ends, placed["cameo"], placed["negated"])
            if key not in seen:  # "the three countries" coded once per country: the scorer sees one mention
                seen.add(key)
                gold.append(placed)
    return gold, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for articles.jsonl and gold.jsonl")
    parser.add_argument("--parts", type=Path, nargs="*", help="part files (default: corpus/gold/part*.jsonl)")
    parser.add_argument(
        "--articles",
        type=Path,
        default=HERE.parent / "examples" / "news-2022-2025.jsonl",
        help="the articles the parts code (default: examples/news-2022-2025.jsonl; corpus/plain/*.articles.jsonl"
        " for the plain-sentence sets)",
    )
    args = parser.parse_args(argv)
    articles = load_articles(args.articles)
    parts = args.parts or sorted((HERE / "gold").glob("part*.jsonl"))
    gold, problems = load_gold(parts, articles)
    for problem in problems:
        sys.stderr.write(f"corpus/gold: {problem}\n")
    if problems:
        sys.stderr.write(f"corpus/gold: {len(problems)} record(s) cannot be placed; fix them (corpus/ANNOTATION.md)\n")
        return 1
    coded = sorted({g["doc"] for g in gold})
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "articles.jsonl").open("w", encoding="utf-8") as handle:
        for doc in coded:
            article = articles[doc]
            keep = {k: article[k] for k in ("id", "title", "published", "source", "url", "text") if k in article}
            handle.write(json.dumps(keep, ensure_ascii=False) + "\n")
    with (args.out / "gold.jsonl").open("w", encoding="utf-8") as handle:
        for record in gold:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stderr.write(f"corpus/gold: {len(gold)} relations in {len(coded)} articles -> {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
