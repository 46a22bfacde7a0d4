"""Store benchmark: bulk load and saved-query latency on a generated graph shaped like geokg data.

Run with ``make bench`` (or ``python tests/benchmarks/bench_store.py --triples 1000000``).
Articles with actors, events and mentions are generated with the real record types and turned into
quads by ``graph.rdf.rdf.article_quads``; the background graph comes from the bundled gazetteer. ``--triples``
counts the quads of the named graphs; loading also writes the merged default graph the queries read.
The merged triples are then loaded into an rdflib in-memory Graph and every saved query runs there too,
in the same process (a forked child per query, with a timeout), as the baseline.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from graph.rdf.rdf import article_quads, background_quads
from graph.store.store import Store
from ingest import build_background
from ingest.actors.gazetteer import load_gazetteer
from ingest.lexicon import load_lexicon
from ingest.records import Article, Extraction, Mention, Relation
from queries import list_queries
from queries.runner import bind_params

PARAMS = {
    "a": "Iran",
    "b": "Russia",
    "actor": "Russia",
    "supplier": "Iran",
    "alliance": "BRICS",
    "cameo": "07",
    "source": "Iran",
    "target": "Russia",
    "since": "2025-06-01",
    "label": "Russia",
}


def _extractions(n_articles: int, seed: int = 0) -> list[Extraction]:
    rng = random.Random(seed)
    gaz = load_gazetteer()
    lex = load_lexicon()
    # the actors the benchmark's parameters name, then more countries: 60 in all
    named = ["iran", "russia", "ukraine", "china", "united-states", "brazil", "india", "south-africa"]
    countries = [gaz.actors[k] for k in named if k in gaz.actors]
    countries += [a for a in gaz.actors.values() if a.kind == "Country" and a.key not in named][: 60 - len(countries)]
    people = [a for a in gaz.actors.values() if a.kind == "Person"]
    verbs = sorted(lex.verbs.items())
    out = []
    for i in range(n_articles):
        text = f"Synthetic article {i}. " * 3
        article = Article(
            id=f"bench-{i}",
            text=text,
            title=f"Article {i}",
            source="bench",
            published=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        )
        relations = []
        for j in range(rng.randint(3, 8)):
            s, o = rng.sample(countries + people, 2)
            verb, code = rng.choice(verbs)
            root = lex.roots[code]
            sm, om = Mention(s.label, j, j + 1, s), Mention(o.label, j + 2, j + 3, o)
            relations.append(
                Relation(
                    sm,
                    verb,
                    om,
                    f"{s.label} {verb} {o.label} (sentence {j}).",
                    j * 40,
                    j * 40 + 30,
                    cameo=code,
                    quad_class=root.quad_class,
                    goldstein=root.goldstein,
                    negated=rng.random() < 0.1,
                    date=article.published,
                )
            )
        mentions = [m for r in relations for m in (r.subject, r.object)]
        out.append(Extraction(article, mentions, relations))
    return out


def _to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


_DATASET: Graph | None = None  # shared with forked workers


def _rdflib_worker(text: str, bindings: dict, queue) -> None:
    start = time.perf_counter()
    list(_DATASET.query(text, initBindings=bindings))
    queue.put((time.perf_counter() - start) * 1000)


def _rdflib_ms(text: str, bindings: dict, timeout: float) -> float | None:
    """One rdflib run in a forked process (it shares the loaded Dataset); None past ``timeout`` seconds."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_rdflib_worker, args=(text, bindings, queue))
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return None
    if proc.exitcode != 0:
        return float("nan")  # rdflib raised (e.g. GROUP_CONCAT over an unbound variable)
    return queue.get() if not queue.empty() else float("nan")


def main() -> None:
    global _DATASET
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--baseline-timeout", type=float, default=60.0, help="seconds per rdflib query")
    args = parser.parse_args()

    quads = background_quads(build_background())
    n = 0
    while len(quads) < args.triples:
        batch = _extractions(500, seed=n)
        for ex in batch:
            quads.extend(article_quads(ex))
        n += 500
    report: dict[str, object] = {"machine": f"{platform.machine()}, 2 cores", "quads": len(quads), "articles": n}

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "kg") as store:
        dump = io.BytesIO()
        ox.serialize(quads, dump, ox.RdfFormat.N_QUADS)
        start = time.perf_counter()
        store.bulk_load_nquads(dump.getvalue())
        loaded = time.perf_counter()
        store.optimize()  # compaction after a bulk load, as `geokg ingest` does at the end
        done = time.perf_counter()
        report["oxigraph_bulk_load_quads_per_s"] = round(len(quads) / (loaded - start))
        report["oxigraph_bulk_load_and_compact_quads_per_s"] = round(len(quads) / (done - start))
        report["stored_quads_with_merged_graph"] = len(store)
        merged = [(q.subject, q.predicate, q.object) for q in store.triples()]
        report["merged_triples"] = len(merged)
        rows: dict[str, dict[str, float]] = {}
        for saved in list_queries():
            params = {p.name: PARAMS[p.name] for p in saved.params if p.name in PARAMS}
            bindings = bind_params(store, saved, params)
            rows[saved.name] = {
                "oxigraph_ms": round(
                    _median_ms(lambda s=saved, b=bindings: list(store.query(s.text, b)), args.repeat), 1
                )
            }
        if not args.no_baseline:
            g = _DATASET = Graph()
            start = time.perf_counter()
            for s_, p_, o_ in merged:
                g.add((_to_rdflib(s_), _to_rdflib(p_), _to_rdflib(o_)))
            report["rdflib_load_triples_per_s"] = round(len(merged) / (time.perf_counter() - start))
            for saved in list_queries():
                params = {p.name: PARAMS[p.name] for p in saved.params if p.name in PARAMS}
                bindings = {k: _to_rdflib(v) for k, v in bind_params(store, saved, params).items()}
                ms = _rdflib_ms(saved.text, bindings, args.baseline_timeout)
                if ms is not None and ms != ms:  # NaN: rdflib failed on this query
                    rows[saved.name]["rdflib_ms"] = "error"
                    rows[saved.name]["speedup"] = "n/a"
                elif ms is None:
                    rows[saved.name]["rdflib_ms"] = f"> {args.baseline_timeout * 1000:.0f}"
                    rows[saved.name]["speedup"] = (
                        f"> {args.baseline_timeout * 1000 / max(rows[saved.name]['oxigraph_ms'], 0.01):.0f}"
                    )
                else:
                    rows[saved.name]["rdflib_ms"] = round(ms, 1)
                    rows[saved.name]["speedup"] = round(ms / max(rows[saved.name]["oxigraph_ms"], 0.01), 1)
        report["queries"] = rows
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
