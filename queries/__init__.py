"""geokg.queries: saved SPARQL (``*.rq``) and the code that binds and runs it."""

from .runner import (
    FORMATS,
    QUERY_DIR,
    Param,
    QueryResult,
    SavedQuery,
    bind_params,
    format_result,
    inline_query,
    list_queries,
    load_query,
    run_query,
)
from .summary import Summary, summarize

__all__ = [
    "FORMATS",
    "QUERY_DIR",
    "Param",
    "QueryResult",
    "SavedQuery",
    "Summary",
    "bind_params",
    "format_result",
    "inline_query",
    "list_queries",
    "load_query",
    "run_query",
    "summarize",
]
