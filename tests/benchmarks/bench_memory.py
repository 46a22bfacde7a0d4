"""Peak memory of `geokg ingest` against article size, in the extraction and the write phase (issue 21, item 6).

Each article is written from news-like sentence templates of our own (several sizes; the largest also on a
single line with no paragraph breaks, and on one line with no sentence end at all) and ingested by a fresh
process running `geokg ingest` into a fresh store. That process marks its phases from inside: the
extraction phase runs from the start (imports and the pipeline's loading included) to the first
``Store.add_batch``, the write phase covers ``add_batch`` and the ``optimize`` after it. At each change of
phase the kernel's peak-RSS mark is read and reset (``/proc/self/clear_refs``), and memory freed by the
previous phase is handed back first (``malloc_trim``), so the write phase is not charged for what extraction
left behind. Ratios are against the smallest article, measured in the same run. No timed assertions:
numbers to read, as in the other benchmarks. Linux only.

    .venv/bin/python tests/benchmarks/bench_memory.py [--sizes 10000 200000 1000000] [--no-single-line] [--json]

About five minutes on two cores with the default sizes (10,000 to 1,000,000 characters).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ACTORS = [
    "Chile", "Peru", "Kenya", "Turkey", "Japan", "Brazil", "Egypt", "Poland", "Norway", "Vietnam", "Canada",
    "Mexico", "Ghana", "Morocco", "Indonesia", "Argentina", "the European Union", "the United Nations", "NATO",
    "the African Union",
]  # fmt: skip
CITIES = ["Lima", "Nairobi", "Ankara", "Tokyo", "Cairo", "Warsaw", "Oslo", "Hanoi", "Ottawa", "Accra"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TEMPLATES = [
    "{a} signed a trade agreement with {b} in {c} on {d}.",
    "{a} accused {b} of violating the ceasefire near the border.",
    "Officials in {c} said {a} would send aid to {b} next month.",
    "{a} imposed new sanctions on {b} over the disputed elections.",
    "The foreign minister of {a} met her counterpart from {b} in {c} on {d}.",
    "{a} condemned the missile test carried out by {b} last week.",
    "{a} agreed to supply grain to {b} under a new deal.",
    "Talks between {a} and {b} ended without an agreement in {c}.",
]

# runs in the measured process: phase marks around the store's writes, then the real command line
CHILD = r"""
import ctypes, json, sys
import graph.store.store as S
from geokg.cli import main

libc = ctypes.CDLL("libc.so.6")
peaks, state = {"extract": 0.0, "write": 0.0}, {"phase": "extract", "write_start": 0.0}

def status(key):
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) / 1024 for line in fh if line.startswith(key))

def enter(phase):
    peaks[state["phase"]] = max(peaks[state["phase"]], status("VmHWM"))
    libc.malloc_trim(0)
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")
    if phase == "write" and state["phase"] != "write":
        state["write_start"] = max(state["write_start"], status("VmRSS"))
    state["phase"] = phase

def marked(method):
    def wrapper(self, *args, **kwargs):
        enter("write")
        try:
            return method(self, *args, **kwargs)
        finally:
            enter("extract" if method.__name__ == "add_batch" else "after")
    return wrapper

S.Store.add_batch, S.Store.optimize = marked(S.Store.add_batch), marked(S.Store.optimize)
out, sys.argv = sys.argv[1], ["geokg", "ingest", *sys.argv[2:]]
try:
    main()
finally:
    with open(out, "w") as fh:
        json.dump({**peaks, "write_start": state["write_start"]}, fh)
"""

# the quads of the article's own graph (the background graph and the merged default graph left out)
COUNT = (
    "import sys; from graph.store.store import Store; s = Store(sys.argv[1], read_only=True); "
    "print(sum(1 for g in s.article_graphs() for _ in s.graph_quads(g)))"
)
QUIET = {"check": True, "capture_output": True, "cwd": ROOT}


def sentences(seed: int = 0) -> Iterator[str]:
    """Endless plain news-like sentences from :data:`TEMPLATES` (deterministic for a seed)."""
    rng = random.Random(seed)
    while True:
        a, b = rng.sample(ACTORS, 2)
        text = rng.choice(TEMPLATES).format(a=a, b=b, c=rng.choice(CITIES), d=rng.choice(DAYS))
        yield text[0].upper() + text[1:]


def article(chars: int, *, paragraphs: bool = True, stops: bool = True, seed: int = 0) -> str:
    """About ``chars`` characters of sentences, a paragraph break every six sentences (``paragraphs`` False:
    one line; ``stops`` False: one line of clauses joined by "and", with no sentence end at all)."""
    parts, total = [], 0
    for i, sentence in enumerate(sentences(seed)):
        if total >= chars:
            break
        if not stops:  # "... on Monday and officials in Lima said ...": no full stop, no capital after "and"
            sentence, sep = sentence.rstrip("."), " and "
            if i and sentence.split()[0] in ("The", "Officials", "Talks"):
                sentence = sentence[0].lower() + sentence[1:]
        else:
            sep = "\n\n" if paragraphs and i % 6 == 5 else " "
        parts.append(sentence + sep)
        total += len(sentence) + len(sep)
    return "".join(parts)[:chars].rstrip()


def measure(chars: int, *, shape: str = "paragraphs") -> dict:
    """Peak RSS (MB) of each phase of one `geokg ingest` of a generated article, and the quads it stored.
    ``shape``: "paragraphs", "one line" or "no stops" (one line without a sentence end)."""
    text = article(chars, paragraphs=shape == "paragraphs", stops=shape != "no stops")
    with tempfile.TemporaryDirectory() as tmp:
        path, store, out = Path(tmp) / "article.txt", Path(tmp) / "kg", Path(tmp) / "peaks.json"
        path.write_text("Title: memory benchmark\n\n" + text, encoding="utf8")
        cmd = [sys.executable, "-c", CHILD, str(out), str(path), "--store", str(store), "--max-chars", str(chars + 100)]
        subprocess.run(cmd, **QUIET)
        peaks = json.loads(out.read_text())
        quads = int(subprocess.run([sys.executable, "-c", COUNT, str(store)], **QUIET, text=True).stdout)
    return {"chars": chars, "shape": shape, "quads": quads, **{k: round(v, 1) for k, v in peaks.items()}}


def table(rows: list[dict]) -> str:
    """The rows as a Markdown table, with each phase's ratio to the first (smallest) article."""
    base = rows[0]
    lines = [
        "| characters | article quads | extraction peak MB | ratio | write peak MB | ratio | write growth MB |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        name = f"{r['chars']:,}" + ("" if r["shape"] == "paragraphs" else f" ({r['shape']})")
        growth = r["write"] - r["write_start"]
        lines.append(
            f"| {name} | {r['quads']:,} | {r['extract']:,.0f} | {r['extract'] / base['extract']:.2f} "
            f"| {r['write']:,.0f} | {r['write'] / base['write']:.2f} | {growth:,.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 200_000, 500_000, 1_000_000])
    parser.add_argument(
        "--no-single-line", action="store_true", help="Skip the largest size on one line (with and without stops)."
    )
    parser.add_argument("--json", action="store_true", help="Print the rows as JSON instead of a table.")
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    rows = [measure(n) for n in sizes]
    if not args.no_single_line:
        rows += [measure(sizes[-1], shape="one line"), measure(sizes[-1], shape="no stops")]
    if args.json:
        print(json.dumps({"measure": "peak RSS per phase of one geokg ingest", "rows": rows}, indent=2))
    else:
        print("peak RSS of one `geokg ingest` per article, by phase (write growth: write peak - RSS at its start)")
        print(table(rows))


if __name__ == "__main__":
    main()
