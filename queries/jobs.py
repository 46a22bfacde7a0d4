"""What a query worker does for the server: one job type per kind of request, each answered as an
:class:`~queries.protocol.Outcome`. Runs inside the worker process (see :mod:`queries.pool`), on a fresh
read-only snapshot of the store per job, so it sees what ingests committed since."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph.store.store import Store
from ingest.errors import GeoKGError

from .guard import RefusedError, RequestKind, check_request
from .protocol import Outcome, evaluate

__all__ = ["ActorsJob", "GraphJob", "Job", "MapJob", "SavedJob", "SparqlJob", "run_job"]


@dataclass(frozen=True, slots=True)
class SparqlJob:
    """A SPARQL 1.1 Protocol query, with the client's Accept header and ``format=``."""

    text: str
    accept: str = "*/*"
    explicit: str | None = None


@dataclass(frozen=True, slots=True)
class SavedJob:
    """A saved query by name (already checked to be one of ``queries/*.rq``) with its parameters."""

    name: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ActorsJob:
    """The browsing page's actor search."""

    text: str


@dataclass(frozen=True, slots=True)
class GraphJob:
    """The browsing page's actor graph."""


@dataclass(frozen=True, slots=True)
class MapJob:
    """The browsing page's map of where events happened."""


Job = SparqlJob | SavedJob | ActorsJob | GraphJob | MapJob
ACTOR_HITS = 50


def _text(status: int, message: str) -> Outcome:
    return Outcome(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode())


def _sparql(store: Store, job: SparqlJob, max_rows: int) -> Outcome:
    checked = check_request(job.text, kind=RequestKind.QUERY)
    for iri in checked.dataset:
        try:
            known = store.oxigraph.contains_named_graph(ox.NamedNode(iri))
        except ValueError:
            known = False
        if not known:
            raise RefusedError(
                f"FROM <{iri}> names no graph of this store; FROM and FROM NAMED may only pick the store's own "
                "graphs (an article's IRI names its graph: the saved query 'articles' lists them)"
            )
    return evaluate(store.oxigraph, checked.text, job.accept, job.explicit, max_rows)


def _saved(store: Store, job: SavedJob, max_rows: int) -> Outcome:
    from .runner import format_result, load_query, run_query

    result = run_query(store, load_query(job.name), job.params)
    truncated = len(result.rows) > max_rows
    if truncated:
        result.rows = result.rows[:max_rows]
    body = format_result(result, "json" if result.triples is None else "turtle").encode("utf8")
    media = "application/sparql-results+json" if result.triples is None else "text/turtle"
    return Outcome(200, media, body, truncated)


def _actors(store: Store, job: ActorsJob) -> Outcome:
    from .runner import load_query, run_query

    result = run_query(store, load_query("search_actors"), {"text": job.text})
    rows = [{"iri": r[0].value, "label": r[1].value, "type": r[2].value if r[2] else ""} for r in result.rows]
    return Outcome(200, "application/json", json.dumps(rows[:ACTOR_HITS]).encode("utf8"))


def _graph(store: Store) -> Outcome:
    from graph.analysis.focus import Focus, focus
    from graph.analysis.network import article_info, event_graph
    from graph.viz import render_html

    focused = focus(event_graph(store), Focus())
    page = render_html(focused.graph, title="geokg graph", note=focused.note, articles=article_info(store))
    return Outcome(200, "text/html; charset=utf-8", page.encode("utf8"))


def _map(store: Store, max_rows: int) -> Outcome:
    from graph.viz import map_data, render_map_html

    page = render_map_html(map_data(store, max_events=max_rows))
    return Outcome(200, "text/html; charset=utf-8", page.encode("utf8"))


def run_job(job: Job, store_path: str | Path, *, max_rows: int) -> Outcome:
    """Answer one job; geokg's own errors (a refused request, a bad parameter) are a 400 naming the fix."""
    try:
        with Store(store_path, read_only=True) as store:
            if isinstance(job, SparqlJob):
                return _sparql(store, job, max_rows)
            if isinstance(job, SavedJob):
                return _saved(store, job, max_rows)
            if isinstance(job, ActorsJob):
                return _actors(store, job)
            if isinstance(job, MapJob):
                return _map(store, max_rows)
            return _graph(store)
    except GeoKGError as exc:
        return _text(400, str(exc))
