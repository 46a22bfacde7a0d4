"""A learned check on candidate events: a logistic regression that accepts or rejects an actor-event-actor
candidate from features of the parse around it.

The rule passes propose candidates, and the window pass proposes more that the rules did not keep
(``Source.WINDOW_REJECTED``); the model, trained on geokg's own hand-coded corpus (``corpus/gold/``,
never an evaluation set; ``python -m ingest.training.event_filter``), keeps those it scores at or above its
threshold. Standing relations and negated events are not its to judge. Without a weights file the rules
decide alone and no window candidate they rejected is added.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from .types import EventSpan

__all__ = ["DEFAULT_PATH", "Candidate", "EventFilter", "Source", "candidate_features", "load_event_filter"]

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "event_filter.json"


class Source(StrEnum):
    """The pass that proposed a candidate."""

    VERBAL = "verbal"
    NOMINAL = "nominal"
    CONTROL = "control"
    WINDOW = "window"  # a window pair the parse agrees with
    WINDOW_REJECTED = "window_rejected"  # a window pair the rules turned down: only the model may keep it
    PAIR = "pair"


@dataclass(frozen=True, slots=True)
class Candidate:
    event: EventSpan
    source: Source


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def _path(trigger: Token, span: Span) -> str:
    """The dependency labels from the trigger to the argument's head: down ("nsubj", "obl/nmod"), up and down
    ("^conj|nsubj"), or "far" beyond three steps."""
    target = span.root
    down: list[str] = []
    t = target
    for _ in range(3):
        if t.i == trigger.i:
            return "/".join(reversed(down)) or "self"
        down.append(t.dep_)
        if t.head.i == t.i:
            break
        t = t.head
    up: list[str] = []
    u = trigger
    for _ in range(2):
        if u.head.i == u.i:
            break
        up.append(u.dep_)
        u = u.head
        t, down = target, []
        for _ in range(3):
            if t.i == u.i:
                return "^" + "^".join(up) + "|" + "/".join(reversed(down))
            down.append(t.dep_)
            if t.head.i == t.i:
                break
            t = t.head
    return "far"


def candidate_features(doc: Doc, candidate: Candidate) -> list[str]:
    """Named binary features of one candidate (the model's vocabulary): the proposing pass, the code's quad
    class, the predicate's kind and modality, the actors' types, the dependency paths from the trigger to
    each actor, word order and distances. No words and nothing about the article's style (sentence length,
    how many actors), so that what is learned from short wire copy carries to other text."""
    e = candidate.event
    trigger = doc[e.trigger]
    subject, obj = e.subject, e.object
    root = e.root.code if e.root is not None else "none"
    quad = str(e.root.quad_class) if e.root is not None else "0"
    between_so = doc[min(subject.end, obj.end) : max(subject.start, obj.start)]
    features = [
        f"src={candidate.source}",
        f"root={root}",
        f"quad={quad}",
        f"src_quad={candidate.source}_{quad}",
        f"kind={e.kind}",
        f"mod={e.modality}",
        f"slab={subject.label_}",
        f"olab={obj.label_}",
        f"spath={_path(trigger, subject)}",
        f"opath={_path(trigger, obj)}",
        f"src_spath={candidate.source}_{_path(trigger, subject)}",
        f"src_opath={candidate.source}_{_path(trigger, obj)}",
        f"sdep={subject.root.dep_}",
        f"odep={obj.root.dep_}",
        f"order={'s<t' if subject.end <= e.trigger else 't<s'}{'<o' if obj.start > e.trigger else '>o'}",
        f"sdist={_bucket(abs(e.trigger - subject.root.i))}",
        f"odist={_bucket(abs(obj.root.i - e.trigger))}",
        f"sodist={_bucket(len(between_so))}",
        f"tpos={trigger.pos_}",
        f"tdep={trigger.dep_}",
        f"speaker={e.speaker is not None}",
    ]
    if any(t.text == "," for t in between_so):
        features.append("comma_between")
    if any(t.pos_ == "VERB" and t.i != e.trigger for t in between_so):
        features.append("verb_between")
    return features


@dataclass(frozen=True)
class EventFilter:
    """Weights of a logistic regression over :func:`candidate_features`, and the threshold to keep."""

    weights: dict[str, float]
    bias: float
    threshold: float  # a window pair the rules turned down is kept from here
    drop_below: float | None = None  # a rule's candidate is dropped under this (None: under the threshold)

    def probability(self, doc: Doc, candidate: Candidate) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in candidate_features(doc, candidate))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, doc: Doc, candidate: Candidate) -> bool:
        e = candidate.event
        if e.root is None or e.negated:
            return candidate.source is not Source.WINDOW_REJECTED
        if candidate.source is not Source.WINDOW_REJECTED and self.drop_below is not None:
            return self.probability(doc, candidate) >= self.drop_below
        return self.probability(doc, candidate) >= self.threshold


@lru_cache(maxsize=4)
def load_event_filter(path: Path = DEFAULT_PATH) -> EventFilter | None:
    """The shipped model, or None when there is none (the rules decide alone)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    drop = data.get("drop_below")
    return EventFilter(
        dict(data["weights"]), float(data["bias"]), float(data["threshold"]), None if drop is None else float(drop)
    )
