"""Pipeline speed on one core: bare spaCy pipeline vs. with geokg's extraction.

Run with ``make bench``. Texts are EWT test sentences and UNER PUD sentences from
../shared/data grouped into news-length documents (~600 words). Reports words/s for
the bare bundled pipeline (the baseline, measured in the same process) and the ratio
of geokg's extraction (actor linking + event finding + records) over it.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import json
import platform
import time
from pathlib import Path

import spacy

from ingest import Article, load_pipeline
from ingest.extract import doc_to_extraction
from ingest.pipeline import BUNDLED_MODEL

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def _sentences() -> list[str]:
    out: list[str] = []
    for path in (
        SHARED / "ud-english-ewt" / "en_ewt-ud-test.conllu",
        SHARED / "uner-english-pud" / "en_pud-ud-test.iob2",
    ):
        for line in path.read_text(encoding="utf8").splitlines():
            if line.startswith("# text = "):
                out.append(line[len("# text = ") :])
    return out


def _documents(sentences: list[str], words_per_doc: int = 600) -> list[str]:
    docs, cur, n = [], [], 0
    for s in sentences:
        cur.append(s)
        n += len(s.split())
        if n >= words_per_doc:
            docs.append(" ".join(cur))
            cur, n = [], 0
    if cur:
        docs.append(" ".join(cur))
    return docs


def _time(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not SHARED.exists():
        raise SystemExit(f"bench needs {SHARED}; put ../shared beside the repository")
    texts = _documents(_sentences())
    bare = spacy.load(BUNDLED_MODEL)
    full = load_pipeline()
    words = sum(len(doc) for doc in bare.pipe(texts))  # warm-up and word count (spaCy tokens)
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]

    def run_bare() -> None:
        for _ in bare.pipe(texts, batch_size=16):
            pass

    def run_full() -> None:
        for doc, art in zip(full.pipe(texts, batch_size=16), articles, strict=True):
            doc_to_extraction(doc, art)

    t_bare = _time(run_bare, args.repeat)
    t_full = _time(run_full, args.repeat)
    result = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, 1 thread",
        "documents": len(texts),
        "words": words,
        "bare_words_per_s": round(words / t_bare),
        "geokg_words_per_s": round(words / t_full),
        "extraction_overhead": round(t_full / t_bare - 1, 3),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
