"""Options shared by the ``geokg`` commands: where the store is (a directory or a remote SPARQL server) and
which pipeline to load."""

from __future__ import annotations

from pathlib import Path

import click

from graph.store.protocol import GraphStore
from graph.store.remote import RemoteStore
from graph.store.store import Store, default_store_path

__all__ = ["endpoint_options", "model_option", "open_store", "store_option", "store_path"]

STORE_HELP = "Store directory (default: $GEOKG_STORE or ./geokg-data)."
MODEL_HELP = "spaCy pipeline name or path (default: geokg's bundled pipeline)."


def remember(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    ctx.meta[f"geokg.{param.name}"] = value
    return value


def store_option(f):
    f = click.option(
        "--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None, help=STORE_HELP
    )(f)
    return f


def endpoint_options(f):
    """--endpoint/--update-endpoint/--graph-store/--auth: a remote SPARQL 1.1 store instead of the embedded one."""
    for name, meta, text in (
        ("--graph-store", "URL", "Graph Store endpoint of the remote store (default: guessed from the update one)."),
        ("--auth", "USER:PASS", "Credentials for the update endpoint (or $GEOKG_AUTH)."),
        ("--update-endpoint", "URL", "SPARQL Update endpoint of the remote store (to write)."),
        ("--endpoint", "URL", "SPARQL Query endpoint of a remote store, instead of --store (or $GEOKG_ENDPOINT)."),
    ):
        envvar = {"--auth": "GEOKG_AUTH", "--endpoint": "GEOKG_ENDPOINT"}.get(name)
        f = click.option(
            name, default=None, metavar=meta, help=text, envvar=envvar, expose_value=False, callback=remember
        )(f)
    return f


def open_store(store_dir: Path | None, *, read_only: bool = False) -> GraphStore:
    """The embedded store, or the remote one when --endpoint was given."""
    meta = click.get_current_context().meta
    endpoint = meta.get("geokg.endpoint")
    if endpoint:
        return RemoteStore(
            endpoint,
            update_endpoint=None if read_only else meta.get("geokg.update_endpoint"),
            graph_store=None if read_only else meta.get("geokg.graph_store"),
            auth=meta.get("geokg.auth"),
            read_only=read_only,
        )
    return Store(store_path(store_dir), read_only=read_only)


def model_option(f):
    return click.option("--model", default=None, metavar="NAME_OR_PATH", help=MODEL_HELP)(f)


def store_path(store_dir: Path | None) -> Path:
    return store_dir if store_dir is not None else default_store_path()
