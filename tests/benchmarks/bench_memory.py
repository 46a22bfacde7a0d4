"""Peak memory of `geokg ingest` against article size (issue 21, item 6).

Articles of growing size are written from sentences of our own, each ingested by a fresh `geokg ingest`
into a fresh store; the peak resident memory of that process (``ru_maxrss`` of the finished child) is
reported with its ratio to the smallest article's, measured in the same run. No timed assertions: numbers
to read, as in the other benchmarks.

    .venv/bin/python tests/benchmarks/bench_memory.py [--sizes 10000 100000 300000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SENTENCES = [
    "Chile and Peru signed a fisheries accord in Lima on Monday.",
    "Ruritania accused Freedonia of massing troops near the northern border.",
    "The European Union imposed new sanctions on Belarus over the elections.",
    "Kenya sent police officers to Haiti under a United Nations mandate.",
    "Officials in Ankara said Turkey would host talks between the two sides.",
]


def article(chars: int) -> str:
    parts, total, i = [], 0, 0
    while total < chars:
        sentence = SENTENCES[i % len(SENTENCES)]
        parts.append(sentence + ("\n\n" if i % 7 == 6 else " "))
        total += len(parts[-1])
        i += 1
    return "".join(parts)[:chars]


def peak_mb(chars: int) -> float:
    """Peak resident memory (MB) of one `geokg ingest` of an article of ``chars`` characters."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text("Title: memory benchmark\n\n" + article(chars), encoding="utf8")
        probe = (
            "import resource, subprocess, sys; "
            "subprocess.run(sys.argv[1:], check=True, capture_output=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        )
        cmd = [sys.executable, "-m", "geokg", "ingest", str(path), "--store", str(Path(tmp) / "kg")]
        out = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True)
        return int(out.stdout.strip()) / 1024  # Linux reports kilobytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 300_000])
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    peaks = {n: peak_mb(n) for n in sizes}
    base = peaks[sizes[0]]
    rows = [{"chars": n, "peak_mb": round(peaks[n], 1), "ratio": round(peaks[n] / base, 2)} for n in sizes]
    print(json.dumps({"measure": "peak RSS of one ingest process per size", "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
