"""Scale-out benchmark: ingest throughput at 1 and 2 worker processes, overhead over the bare spaCy pipeline,
peak memory as the corpus grows, bulk load into Oxigraph and Virtuoso.

The corpus is built at run time from ../shared/data (UD English EWT sentences in documents, wikigold
documents, re3d-dev articles), repeated with new article ids until it holds ``--words`` words; nothing of
it is stored in the repository. Every measurement runs in its own spawned process so that its peak RSS
is its own. Run with ``make bench`` or ``python tests/benchmarks/bench_scaleout.py --words 2000000``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data"


def _documents() -> Iterator[tuple[str, str]]:
    """(title, text) of every document in the shared data, in a fixed order."""
    sentences: list[str] = []
    name = "ewt"
    for split in ("train", "dev", "test"):
        for line in (DATA / "ud-english-ewt" / f"en_ewt-ud-{split}.conllu").open(encoding="utf8"):
            if line.startswith("# newdoc") and sentences:
                yield name, " ".join(sentences)
                sentences = []
                name = line.split("=", 1)[-1].strip()
            elif line.startswith("# text = "):
                sentences.append(line[len("# text = ") :].strip())
    if sentences:
        yield name, " ".join(sentences)
    words: list[str] = []
    for line in (DATA / "wikigold" / "wikigold.conll.txt").open(encoding="utf8"):
        token = line.split(" ")[0].strip()
        if token == "-DOCSTART-":
            if words:
                yield "wikigold", " ".join(words)
            words = []
        elif token:
            words.append(token)
    if words:
        yield "wikigold", " ".join(words)
    for line in (DATA / "re3d-dev" / "articles.jsonl").open(encoding="utf8"):
        record = json.loads(line)
        yield record.get("title") or "re3d", record["text"]


def corpus(words: int):
    """Articles until ``words`` whitespace-separated words; the documents repeat with new ids."""
    from ingest import Article

    docs = list(_documents())
    total = n = 0
    while True:
        for title, text in docs:
            if total >= words:
                return
            yield Article(id=f"bench-{n}", text=text, title=title, published="2025-06-01", source="bench")
            total += len(text.split())
            n += 1


def _peak() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "peak_child_rss_mb": round(children, 1)}


def _bare(words: int) -> dict:
    import spacy

    from ingest.pipeline import BUNDLED_MODEL

    nlp = spacy.load(BUNDLED_MODEL)
    texts = [a.text for a in corpus(words)]
    start = time.perf_counter()
    n_words = n_sents = 0
    for doc in nlp.pipe(texts, batch_size=8):
        n_words += sum(1 for t in doc if not t.is_space)
        n_sents += sum(1 for _ in doc.sents)
    return {"seconds": time.perf_counter() - start, "tokens": n_words, "sentences": n_sents, **_peak()}


def _ingest(words: int, workers: int) -> dict:
    from graph.store.loader import ingest_articles
    from graph.store.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "kg") as store:
        start = time.perf_counter()
        report = ingest_articles(store, corpus(words), workers=workers, timeout=600)
        seconds = time.perf_counter() - start
        return {
            "seconds": seconds,
            "articles": report.added,
            "failed": len(report.failed),
            "quads": len(store),
            **_peak(),
        }


def _child(conn, fn, args) -> None:
    conn.send(fn(*args))
    conn.close()


def _run(fn, *args) -> dict:
    """``fn(*args)`` in a fresh spawned process (its own peak RSS; it may start workers of its own)."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_child, args=(child, fn, args))
    process.start()
    child.close()
    result = parent.recv()
    process.join()
    return result


def _bulk(n_articles: int) -> dict:
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    import pyoxigraph as ox
    from bench_store import _extractions

    from graph.rdf.rdf import article_quads
    from graph.store.remote import RemoteStore
    from graph.store.store import Store
    from tests import virtuoso as vt

    extractions = _extractions(n_articles, seed=1)
    quads = [q for ex in extractions for q in article_quads(ex)]
    dump = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    out: dict = {"quads": len(quads)}
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "kg") as store:
            start = time.perf_counter()
            store.bulk_load_nquads(dump)
            store.flush()
            out["oxigraph_quads_per_s"] = round(len(quads) / (time.perf_counter() - start))
        reason = vt.available()
        if reason:
            out["virtuoso"] = f"not measured: {reason}"
            return out
        server = vt.start(Path(tmp) / "virtuoso")
        try:
            rs = RemoteStore(server.query_endpoint, update_endpoint=server.update_endpoint, auth=server.auth)
            start = time.perf_counter()
            rs.add_batch(extractions, merge_events=False)
            out["virtuoso_quads_per_s"] = round(len(quads) / (time.perf_counter() - start))
            out["virtuoso_triples_in_merged_graph"] = rs.triple_count()
            rs.close()
        finally:
            server.stop()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2_000_000)
    parser.add_argument(
        "--scale", type=int, default=4, help="the memory check compares --words with this many times it"
    )
    parser.add_argument(
        "--steps",
        default="bare,one,two,scaled,bulk",
        help="comma-separated subset of bare, one, two, scaled (single process at --scale x --words), bulk",
    )
    parser.add_argument("--bulk-articles", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=None, help="write the JSON report here too")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"bench_scaleout: {DATA} is missing; it needs ../shared/data beside the repository")
    report: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "words": args.words,
    }

    def step(name: str, fn, *a) -> dict:
        print(f"{name} ...", file=sys.stderr, flush=True)
        result = _run(fn, *a)
        report[name] = result
        print(json.dumps({name: result}), file=sys.stderr, flush=True)
        return result

    steps = set(args.steps.split(","))
    big = args.words * args.scale
    if "bare" in steps:
        step("bare_spacy", _bare, args.words)
    if "one" in steps:
        step("ingest_1_process", _ingest, args.words, 1)
    if "two" in steps:
        step("ingest_2_workers", _ingest, args.words, 2)
    if "scaled" in steps:
        step(f"ingest_1_process_{args.scale}x", _ingest, big, 1)
    if "bulk" in steps:
        report["bulk_load"] = _run(_bulk, args.bulk_articles)
    if "bare" in steps:
        tokens, sents = report["bare_spacy"]["tokens"], report["bare_spacy"]["sentences"]
        for key in ("bare_spacy", "ingest_1_process", "ingest_2_workers"):
            if key in report:
                report[key]["tokens_per_s"] = round(tokens / report[key]["seconds"])
                report[key]["sentences_per_s"] = round(sents / report[key]["seconds"])
    one, two = report.get("ingest_1_process"), report.get("ingest_2_workers")
    if one and two:
        report["speedup_2_workers"] = round(one["seconds"] / two["seconds"], 2)
    if one and "bare_spacy" in report:
        report["extraction_overhead_over_bare_spacy"] = round(one["seconds"] / report["bare_spacy"]["seconds"], 2)
    scaled = report.get(f"ingest_1_process_{args.scale}x")
    if one and scaled:
        report[f"rss_growth_{args.scale}x_corpus"] = round(scaled["peak_rss_mb"] / one["peak_rss_mb"], 3)
        report["rss_growth_note"] = f"{args.words} words vs {big} words, single process, peak RSS"
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf8")


if __name__ == "__main__":
    main()
