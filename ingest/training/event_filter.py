"""Train the learned event check (:mod:`ingest.events.learned`) on geokg's own hand-coded corpus.

    python corpus/gold.py --out build/corpus-eval
    python -m ingest.training.event_filter --gold build/corpus-eval --out ingest/data/event_filter.json

Every candidate event the passes propose in the corpus articles is labelled by the hand coding (kept when a
coded relation has overlapping mentions, the same direction, or either for symmetric codes, and the same quad
class: the scorer's ``quad`` level), and a logistic regression with an L2 penalty is fitted on the features of
:func:`ingest.events.learned.candidate_features`. The threshold is chosen by five-fold cross-validation over
articles, for the F1 of the corpus's events; the folds' figures are written beside the weights. Only
``corpus/`` is read: never an evaluation set.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path

import numpy

from ..events.learned import Candidate, Source, candidate_features
from ..events.passes import candidate_events
from ..lexicon import load_lexicon

__all__ = ["fit", "label", "main"]

LOG = logging.getLogger(__name__)
SYMMETRIC = frozenset({"04", "06", "19"})
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 17))


def _quad(code: str) -> int:
    n = int(code)
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def _overlap(a: tuple[int, int], b: dict) -> bool:
    return a[0] < b["end"] and b["start"] < a[1]


def label(candidate: Candidate, gold: list[dict]) -> bool:
    """Whether a hand-coded relation of the article matches the candidate at the scorer's quad level."""
    e = candidate.event
    s, o = (e.subject.start_char, e.subject.end_char), (e.object.start_char, e.object.end_char)
    for g in gold:
        code = g.get("cameo")
        if not code or g.get("negated") or _quad(code) != e.root.quad_class:
            continue
        if _overlap(s, g["source"]) and _overlap(o, g["target"]):
            return True
        if code in SYMMETRIC and _overlap(s, g["target"]) and _overlap(o, g["source"]):
            return True
    return False


def fit(x: numpy.ndarray, y: numpy.ndarray, *, l2: float = 1.0, steps: int = 400) -> numpy.ndarray:
    """Weights (bias last) of a logistic regression, by Newton's method on the penalised log-likelihood."""
    xb = numpy.hstack([x, numpy.ones((x.shape[0], 1))])
    w = numpy.zeros(xb.shape[1])
    penalty = numpy.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(min(steps, 50)):
        p = 1.0 / (1.0 + numpy.exp(-numpy.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + numpy.diag(penalty + 1e-6)
        step = numpy.linalg.solve(hess, grad)
        w -= step
        if numpy.abs(step).max() < 1e-6:
            break
    return w


def _collect(gold_dir: Path) -> tuple[list[str], list[list[str]], list[int], list[bool], dict[str, int]]:
    from .. import load_pipeline

    nlp = load_pipeline()
    lexicon = load_lexicon()
    articles = [json.loads(line) for line in (gold_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    by_doc: dict[str, list[dict]] = {}
    for line in (gold_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        by_doc.setdefault(record["doc"], []).append(record)
    docs, features, labels, rejected = [], [], [], []
    gold_events: dict[str, int] = {}
    for article, doc in zip(articles, nlp.pipe(a["text"] for a in articles), strict=True):
        gold = by_doc.get(article["id"], [])
        gold_events[article["id"]] = sum(1 for g in gold if g.get("cameo") and not g.get("negated"))
        for candidate in candidate_events(doc, lexicon):
            e = candidate.event
            if e.root is None or e.negated:
                continue
            docs.append(article["id"])
            features.append(candidate_features(doc, candidate))
            labels.append(int(label(candidate, gold)))
            rejected.append(candidate.source is Source.WINDOW_REJECTED)
    return docs, features, labels, rejected, gold_events


def _f1(tp: int, npred: int, ngold: int) -> float:
    p, r = tp / max(npred, 1), tp / max(ngold, 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the learned event check on corpus/gold.")
    parser.add_argument("--gold", type=Path, default=Path("build/corpus-eval"), help="corpus/gold.py's output")
    parser.add_argument("--out", type=Path, default=Path("ingest/data/event_filter.json"))
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    if not (args.gold / "gold.jsonl").exists():
        sys.stderr.write(f"event_filter: no {args.gold}/gold.jsonl; run python corpus/gold.py --out {args.gold}\n")
        return 1
    docs, features, labels, rejected, gold_events = _collect(args.gold)
    counts = Counter(f for fs in features for f in fs)
    vocab = sorted(f for f, n in counts.items() if n >= 2)
    index = {f: i for i, f in enumerate(vocab)}
    x = numpy.zeros((len(features), len(vocab)))
    for row, fs in enumerate(features):
        for f in fs:
            if f in index:
                x[row, index[f]] = 1.0
    y = numpy.array(labels, dtype=float)
    rej = numpy.array(rejected)
    names = sorted(gold_events)
    fold_of = {d: k % args.folds for k, d in enumerate(names)}
    folds = numpy.array([fold_of[d] for d in docs])
    scores = numpy.zeros(len(y))
    for k in range(args.folds):
        train, test = folds != k, folds == k
        w = fit(x[train], y[train], l2=args.l2)
        scores[test] = 1.0 / (1.0 + numpy.exp(-(x[test] @ w[:-1] + w[-1])))
    ngold = sum(gold_events.values())
    rules_tp, rules_pred = int(y[~rej].sum()), int((~rej).sum())
    table = {}
    for t in THRESHOLDS:
        keep = scores >= t
        table[t] = (int(y[keep].sum()), int(keep.sum()))
    drop_only = {}
    for t in THRESHOLDS:
        keep = (scores >= t) & ~rej
        drop_only[t] = (int(y[keep].sum()), int(keep.sum()))
    best = max(THRESHOLDS, key=lambda t: _f1(*table[t], ngold))
    w = fit(x, y, l2=args.l2)
    weights = {f: round(float(v), 4) for f, v in zip(vocab, w[:-1], strict=True) if abs(v) >= 1e-3}
    report = {
        "candidates": len(y),
        "matching_a_coded_event": int(y.sum()),
        "coded_events": ngold,
        "rules_alone": {"tp": rules_tp, "pred": rules_pred, "f1": round(_f1(rules_tp, rules_pred, ngold), 3)},
        "cross_validated_drop_only": {
            str(t): {"tp": tp, "pred": n, "f1": round(_f1(tp, n, ngold), 3)} for t, (tp, n) in drop_only.items()
        },
        "cross_validated": {
            str(t): {"tp": tp, "pred": n, "f1": round(_f1(tp, n, ngold), 3)} for t, (tp, n) in table.items()
        },
    }
    out = {
        "note": "Learned event check of geokg (ingest/events/learned.py), trained by ingest/training/event_filter.py "
        "on geokg's own hand-coded corpus (corpus/gold/); no evaluation set was read. F1 here is over the "
        "corpus's CAMEO events (quad level, standing relations and negated events aside), five-fold by article.",
        "threshold": best,
        "bias": round(float(w[-1]), 4),
        "l2": args.l2,
        "report": report,
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    LOG.info("wrote %s", args.out)
    chosen = report["cross_validated"][str(best)]
    sys.stderr.write(json.dumps({"threshold": best, "rules_alone": report["rules_alone"], "model": chosen}) + "\n")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
