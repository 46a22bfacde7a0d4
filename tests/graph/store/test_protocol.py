"""Both stores, the embedded Oxigraph one and the remote SPARQL one, are a ``GraphStore``."""

from __future__ import annotations

import inspect
import typing

import pytest

from graph.store.protocol import GraphStore
from graph.store.remote import RemoteStore
from graph.store.store import Store

ATTRIBUTES = {"path", "read_only"}  # set in __init__: checked on instances
METHODS = sorted(
    name
    for name, value in vars(GraphStore).items()
    if callable(value) and (not name.startswith("_") or name in ("__len__", "__enter__", "__exit__"))
)


def test_protocol_lists_what_both_stores_share() -> None:
    assert {"query", "triples", "add", "add_batch", "remove", "ensure_background", "close", "__len__"} <= set(METHODS)
    assert ATTRIBUTES <= set(vars(GraphStore))


@pytest.mark.parametrize("cls", [Store, RemoteStore], ids=lambda c: c.__name__)
@pytest.mark.parametrize("name", METHODS)
def test_both_classes_have_the_protocol_methods(cls, name: str) -> None:
    """Each protocol method exists on the class, with the same parameters (names, kinds, defaults)."""
    method = getattr(cls, name, None)
    assert callable(method), f"{cls.__name__} lacks {name}"
    wanted = inspect.signature(getattr(GraphStore, name)).parameters
    got = inspect.signature(method).parameters
    assert [(p.name, p.kind, p.default) for p in got.values()] == [
        (p.name, p.kind, p.default) for p in wanted.values()
    ], f"{cls.__name__}.{name}{inspect.signature(method)} differs from GraphStore.{name}"


def test_any_store_is_a_graph_store(any_store) -> None:
    """The runtime check (runtime_checkable): every member, attributes included, on a real store of each kind."""
    assert isinstance(any_store, GraphStore)


def test_callers_that_take_either_store_say_so() -> None:
    from geokg.options import open_store
    from graph.analysis.network import event_graph
    from graph.store.export import export
    from graph.store.loader import ingest_articles
    from queries.runner import bind_params, resolve_actor, run_query
    from queries.summary import summarize

    for fn in (run_query, bind_params, resolve_actor, summarize, ingest_articles, export, event_graph):
        assert typing.get_type_hints(fn)["store"] is GraphStore, fn.__qualname__
    assert typing.get_type_hints(open_store)["return"] is GraphStore
