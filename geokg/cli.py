"""The ``geokg`` command line: a thin layer over ``ingest``, ``graph`` and ``queries``."""

from __future__ import annotations

import functools
import ipaddress
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click
from tqdm import tqdm

from graph.analysis.focus import DEFAULT_MAX_NODES, Focus
from graph.rdf.validate import validate_store
from graph.store.export import FORMATS as EXPORT_FORMATS
from graph.store.export import export as export_store
from graph.store.loader import ingest_articles
from graph.store.store import Store
from graph.viz import SIZE_BY, graph_from_rows, graph_from_triples, render_html, write_html, write_map_html
from ingest import Article, Skipped, extract, load_pipeline, read_articles
from ingest.errors import GeoKGError
from ingest.parallel import Failure
from ingest.readers import DEFAULT_MAX_CHARS
from ingest.sources import DEFAULT_MAX_ITEMS, FetchPolicy, SourceOptions
from queries import format_result, inline_query, load_query, run_query, summarize
from queries.runner import FORMATS, check_date, resolve_actor

from .options import endpoint_options, model_option, open_store, store_option, store_path

__all__ = ["cli", "main"]


def max_chars_option(f):
    return click.option(
        "--max-chars",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_CHARS,
        show_default=True,
        help="Skip (with a message) articles longer than this many characters.",
    )(f)


def _addresses(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    for value in values:
        try:
            ipaddress.ip_address(value)
        except ValueError:
            raise click.BadParameter(f"{value!r} is not an IP address (e.g. 192.168.1.20)") from None
    return values


_SOURCE_OPTIONS = (
    click.option(
        "--allow-private",
        is_flag=True,
        help="Fetch from loopback and private addresses too (refused by default: docs/sources.md).",
    ),
    click.option(
        "--allow-address",
        multiple=True,
        metavar="IP",
        callback=_addresses,
        help="Fetch from this one private address (repeatable); narrower than --allow-private.",
    ),
    click.option(
        "--max-items",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_ITEMS,
        show_default=True,
        help="Items read from one feed; the rest is reported as skipped.",
    ),
    click.option("--fetch-links", is_flag=True, help="Fetch each feed item's page and read its text from there."),
    click.option(
        "--fetch-timeout",
        type=click.FloatRange(min=0.1),
        default=15.0,
        show_default=True,
        help="Seconds to connect and for each read of a URL (a whole fetch: 4 times that).",
    ),
    click.option(
        "--max-mb",
        type=click.FloatRange(min=0.001),
        default=10.0,
        show_default=True,
        help="Largest page, feed or WARC record read, in MB (a longer one is skipped).",
    ),
)


def source_options(f):
    """The options for feeds, pages and WARC files, handed to the command as one ``sources`` argument."""

    @functools.wraps(f)
    def command(
        *args,
        allow_private: bool,
        allow_address: tuple[str, ...],
        max_items: int,
        fetch_links: bool,
        fetch_timeout: float,
        max_mb: float,
        **kwargs,
    ):
        policy = FetchPolicy(
            allow_private=allow_private,
            allowed_addresses=frozenset(allow_address),
            timeout=fetch_timeout,
            deadline=4 * fetch_timeout,
            max_bytes=int(max_mb * 1_000_000),
        )
        return f(*args, sources=SourceOptions(fetch=policy, max_items=max_items, fetch_links=fetch_links), **kwargs)

    for option in reversed(_SOURCE_OPTIONS):
        command = option(command)
    return command


def _write_page(output: Path, page: str) -> None:
    try:
        output.write_text(page, encoding="utf8")
    except OSError as exc:
        raise GeoKGError(f"cannot write {output}: {exc.strerror or exc}; pick another -o file") from exc


def _report(skipped: list[Skipped]) -> None:
    for item in skipped:
        click.echo(f"skipped {item}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log progress details to stderr.")
@click.version_option(package_name="geokg")
def cli(verbose: bool) -> None:
    """geokg: news articles in, a queryable knowledge graph of geopolitical events out.

    \b
    Example:
      geokg ingest examples/ && geokg stats && geokg viz -o graph.html
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@endpoint_options
@model_option
@click.option("--force", is_flag=True, help="Re-extract articles even when unchanged.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Extraction processes.")
@click.option(
    "--dask", "dask_address", default=None, metavar="ADDRESS", help="Extract on a Dask cluster (tcp://host:8786)."
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=120.0,
    show_default=True,
    help="Seconds per article in a worker (--workers).",
)
@max_chars_option
@source_options
def ingest(
    paths: tuple[str, ...],
    store_dir: Path | None,
    model: str | None,
    force: bool,
    workers: int,
    dask_address: str | None,
    timeout: float,
    max_chars: int,
    sources: SourceOptions,
) -> None:
    """Extract actors and events from articles and store them.

    PATHS are files (.txt .md .html .jsonl .csv), feeds (.rss .atom .xml), WARC files (.warc .warc.gz),
    directories (read recursively), or http(s) URLs of feeds, pages and WARC files (docs/sources.md).
    Unchanged articles are skipped; changed ones replace their old facts. With --workers N the
    extraction runs in N processes (a crashed or hung article is reported, the rest goes on); with
    --dask on a Dask cluster. The graph is the same either way.

    \b
    Examples:
      geokg ingest examples/ --store ./geokg-data
      geokg ingest corpus/ --workers 2
      geokg ingest https://news.example.org/world.rss CC-NEWS-20250301.warc.gz
      geokg ingest corpus/ --dask tcp://127.0.0.1:8786 --endpoint http://127.0.0.1:8890/sparql
    """
    cores = os.cpu_count() or 1
    if workers > cores and not dask_address:
        click.echo(f"note: --workers {workers} capped at {cores}, the cores this machine has", err=True)
        workers = cores
    bar = tqdm(unit="article", desc="ingest", file=sys.stderr, disable=None)

    def progress(result) -> None:
        if isinstance(result, Failure):
            tqdm.write(f"failed: {result.article.path or ''} article {result.article.id}: {result.reason}", sys.stderr)
        elif result.note:
            tqdm.write(f"note: {result.article.path or ''} article {result.article.id}: {result.note}", sys.stderr)
        bar.update(1)

    with open_store(store_dir) as store:
        report = ingest_articles(
            store,
            read_articles(paths, max_chars=max_chars, sources=sources),
            model=model,
            workers=workers,
            dask=dask_address,
            timeout=timeout,
            force=force,
            on_result=progress,
        )
        bar.close()
        if report.processed or report.failed:
            click.echo(
                f"ingested {report.processed} article(s): {report.added} added, {report.replaced} replaced; "
                f"{report.unchanged} unchanged; {len(report.failed)} failed"
            )
        else:
            click.echo(f"nothing to ingest: all {report.unchanged} article(s) already stored and unchanged")
        for line in summarize(store).lines():
            click.echo(line)
    _report(report.skipped)
    if report.skipped:
        click.echo(f"{len(report.skipped)} input(s) skipped; fix them and run again", err=True)
    if report.failed:
        click.echo(f"{len(report.failed)} article(s) failed and were not stored; run the same command again", err=True)
    if report.skipped or report.failed:
        sys.exit(1)


def _records(nlp, articles: list[Article]) -> Iterator[dict]:
    for extraction in extract(nlp, articles):
        if extraction.note:
            click.echo(f"note: article {extraction.article.id}: {extraction.note}", err=True)
        yield from extraction.records()


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@model_option
@max_chars_option
@source_options
@click.option(
    "--learned-filter",
    is_flag=True,
    help="Have the learned check (trained on geokg's hand-coded corpus) keep or drop each candidate event: "
    "higher precision, lower recall (docs/extraction.md).",
)
def extract_cmd(
    paths: tuple[str, ...],
    fmt: str,
    model: str | None,
    max_chars: int,
    learned_filter: bool,
    sources: SourceOptions,
) -> None:
    """Print what the pipeline finds, without touching the store.

    Output follows the `geokg extract` JSON Lines contract (one entity or relation per line).

    \b
    Example:
      geokg extract articles.jsonl --format jsonl > predictions.jsonl
    """
    skipped: list[Skipped] = []
    articles: list[Article] = []
    for item in read_articles(paths, max_chars=max_chars, sources=sources):
        (skipped if isinstance(item, Skipped) else articles).append(item)
    nlp = load_pipeline(model, learned_filter=learned_filter)
    for record in _records(nlp, articles):
        if fmt == "jsonl":
            click.echo(json.dumps(record, ensure_ascii=False))
        elif record["kind"] == "relation":
            neg = "NOT " if record["negated"] else ""
            click.echo(
                f"{record['doc']}\t{record['subject']['label']}\t{neg}{record['predicate']}\t"
                f"{record['object']['label']}\t{record['cameo'] or ''}\t{record['sentence']}"
            )
    _report(skipped)
    if skipped:
        sys.exit(1)


@cli.command()
@click.argument("name", required=False)
@click.option("-e", "--expr", default=None, help="Inline SPARQL instead of a saved query.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@store_option
@endpoint_options
def query(name: str | None, expr: str | None, params: tuple[str, ...], fmt: str, store_dir: Path | None) -> None:
    """Run a saved query (by NAME or FILE.rq) or inline SPARQL (-e).

    \b
    Examples:
      geokg query who_supplies_whom
      geokg query events_between --param a=Iran --param b=Russia --format csv
      geokg query -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    if (name is None) == (expr is None):
        raise click.UsageError("give a saved query NAME, a FILE.rq, or -e 'SPARQL' (exactly one)")
    bound = _params(params)
    saved = inline_query(expr) if expr is not None else load_query(name)
    with open_store(store_dir, read_only=True) as store:
        click.echo(format_result(run_query(store, saved, bound), fmt))


def _params(params: tuple[str, ...]) -> dict[str, str]:
    bound: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param {item!r} must look like NAME=VALUE")
        bound[key] = value
    return bound


def _write_map(output: Path, title: str, since: str | None, until: str | None, store_dir: Path | None) -> None:
    """``geokg viz --map``: the map page, named geokg-map.html and titled for a map unless -o or --title say."""
    ctx = click.get_current_context()
    if ctx.get_parameter_source("output") is click.core.ParameterSource.DEFAULT:
        output = Path("geokg-map.html")
    if ctx.get_parameter_source("title") is click.core.ParameterSource.DEFAULT:
        title = "geokg: where events happened"
    for name, value in (("--since", since), ("--until", until)):
        if value is not None:
            check_date(name, value)
    with Store(store_path(store_dir), read_only=True) as store:
        try:
            path = write_map_html(store, output, since=since, until=until, title=title)
        except OSError as exc:
            raise GeoKGError(f"cannot write {output}: {exc.strerror or exc}; pick another -o file") from exc
    click.echo(f"wrote {path.resolve()}")


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("geokg-graph.html"),
    show_default=True,
    help="HTML file to write.",
)
@click.option("--title", default="geokg: actors and events", show_default=True)
@click.option("--actor", default=None, help="Centre on this actor (name or IRI): its ego graph.")
@click.option("--depth", type=int, default=1, show_default=True, help="Steps out from --actor.")
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="Only events on or after this date.")
@click.option("--until", default=None, metavar="YYYY-MM-DD", help="Only events on or before this date.")
@click.option("--cameo", multiple=True, metavar="CODE", help="Only these CAMEO root codes (repeatable).")
@click.option("--quad-class", type=click.IntRange(1, 4), multiple=True, help="Only these quad classes, 1-4.")
@click.option("--min-events", type=int, default=1, show_default=True, help="Hide pairs with fewer events.")
@click.option("--max-nodes", type=int, default=DEFAULT_MAX_NODES, show_default=True, help="Node cap.")
@click.option("--size-by", type=click.Choice(SIZE_BY), default="degree", show_default=True)
@click.option("--query", "query_name", default=None, help="Draw a saved query's result instead (NAME or FILE.rq).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Parameter for --query.")
@click.option("--map", "as_map", is_flag=True, help="Write the map of where events happened instead (docs/map.md).")
@store_option
def viz(
    output: Path,
    title: str,
    actor: str | None,
    depth: int,
    since: str | None,
    until: str | None,
    cameo: tuple[str, ...],
    quad_class: tuple[int, ...],
    min_events: int,
    max_nodes: int,
    size_by: str,
    query_name: str | None,
    params: tuple[str, ...],
    as_map: bool,
    store_dir: Path | None,
) -> None:
    """Write the actor-event graph (with --map, where events happened) as an interactive, offline HTML page.

    \b
    Examples:
      geokg viz -o graph.html && xdg-open graph.html
      geokg viz --actor Russia --depth 2 --since 2025-01-01 --quad-class 4 -o russia.html
      geokg viz --query ego_graph -p actor=Iran -o iran.html
      geokg viz --map --since 2025-01-01 -o map.html
    """
    if as_map:
        given = {"--actor": actor, "--query": query_name, "--cameo": cameo, "--quad-class": quad_class, "-p": params}
        unused = [flag for flag, value in given.items() if value]
        if unused:
            raise click.UsageError(
                f"--map shows every located event; drop {', '.join(unused)} (--since and --until apply)"
            )
        _write_map(output, title, since, until, store_dir)
        return
    with Store(store_path(store_dir), read_only=True) as store:
        if query_name is not None:
            result = run_query(store, load_query(query_name), _params(params))
            D = (
                graph_from_triples(result.triples)
                if result.triples is not None
                else graph_from_rows(result.variables, result.rows)
            )
            output.parent.mkdir(parents=True, exist_ok=True)
            _write_page(output, render_html(D, title=title, size_by=size_by))
            path = output
        else:
            for name, value in (("--since", since), ("--until", until)):
                if value is not None:
                    check_date(name, value)
            spec = Focus(
                actor=resolve_actor(store, actor) if actor else None,
                depth=depth,
                since=since,
                until=until,
                cameo=tuple(c.zfill(2) for c in cameo),
                quad_class=quad_class,
                min_events=min_events,
                max_nodes=max_nodes,
            )
            try:
                path = write_html(store, output, title=title, focus_on=spec, size_by=size_by)
            except OSError as exc:
                raise GeoKGError(f"cannot write {output}: {exc.strerror or exc}; pick another -o file") from exc
    click.echo(f"wrote {path.resolve()}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds per query (then 503).")
@click.option("--max-rows", type=int, default=10_000, show_default=True, help="Result cap (then 206).")
@click.option("--max-body", type=int, default=1_000_000, show_default=True, help="Request body limit in bytes (413).")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates from clients holding --token.")
@click.option("--token", default=None, envvar="GEOKG_TOKEN", help="Bearer token for updates ($GEOKG_TOKEN).")
@click.option(
    "--query-workers",
    type=click.IntRange(min=1),
    default=None,
    help="Query worker processes (default: 2, or 1 on a one-core machine).",
)
@click.option(
    "--queue", type=click.IntRange(min=0), default=16, show_default=True, help="Requests that may wait (503)."
)
@click.option("--max-memory", type=click.IntRange(min=64), default=2048, show_default=True, help="MB per query worker.")
@click.option("--allowed-host", multiple=True, help="Another host name the server answers to (repeatable).")
@click.option("--cors-origin", multiple=True, help="An origin whose pages may query the server (repeatable).")
@store_option
def serve(
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    max_body: int,
    allow_update: bool,
    token: str | None,
    query_workers: int | None,
    queue: int,
    max_memory: int,
    allowed_host: tuple[str, ...],
    cors_origin: tuple[str, ...],
    store_dir: Path | None,
) -> None:
    """Serve the store: the SPARQL 1.1 Protocol at /sparql and a browsing page at /.

    \b
    Example:
      geokg serve --port 8000 &
      curl -H 'Accept: text/csv' 'http://127.0.0.1:8000/sparql' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 3'
    """
    import uvicorn

    from queries.server import ServerConfig, create_app

    config = ServerConfig(
        store_path(store_dir),
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        max_body=max_body,
        allow_update=allow_update,
        token=token,
        workers=query_workers,
        queue=queue,
        max_memory_mb=max_memory,
        allowed_hosts=allowed_host,
        cors_origins=cors_origin,
    )
    app = create_app(config)
    click.echo(f"serving {config.store_path} at http://{host}:{port}/ (SPARQL at /sparql); Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="ttl", show_default=True)
@click.option("--article", "article_id", default=None, help="Only this article's named graph (RDF formats).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: standard output).",
)
@store_option
@endpoint_options
def export_cmd(fmt: str, article_id: str | None, output: Path | None, store_dir: Path | None) -> None:
    """Export the graph as RDF (ttl nt nq trig jsonld), for Gephi (graphml gexf), or as events (csv plover).

    \b
    Examples:
      geokg export --format trig -o geokg.trig
      geokg export --format gexf -o actors.gexf      # open in Gephi
      geokg export --format plover > events.jsonl    # PLOVER-style event records
    """
    if output is not None and not output.parent.is_dir():
        raise GeoKGError(f"cannot write {output}: folder {output.parent} does not exist; create it or pick another -o")
    with open_store(store_dir, read_only=True) as store:
        if output is None:
            export_store(store, fmt, sys.stdout.buffer, article_id=article_id)
            sys.stdout.flush()
        else:
            try:
                with output.open("wb") as fh:
                    export_store(store, fmt, fh, article_id=article_id)
            except OSError as exc:
                raise GeoKGError(f"cannot write {output}: {exc.strerror or exc}; pick another -o file") from exc
            click.echo(f"wrote {output}", err=True)


@cli.command()
@store_option
def validate(store_dir: Path | None) -> None:
    """Check the graph against geokg's SHACL shapes (graph/rdf/shapes.ttl) with pySHACL.

    \b
    Example:
      geokg validate --store ./geokg-data
    """
    with Store(store_path(store_dir), read_only=True) as store:
        result = validate_store(store)
    if result.conforms:
        click.echo("the graph conforms to geokg's shapes")
        return
    click.echo(result.report)
    click.echo(f"error: {result.violations} SHACL violation(s); see the report above", err=True)
    sys.exit(1)


@cli.command()
@store_option
@endpoint_options
def stats(store_dir: Path | None) -> None:
    """Count articles, actors, events and triples; list the most frequent relations.

    \b
    Example:
      geokg stats --store ./geokg-data
    """
    with open_store(store_dir, read_only=True) as store:
        for line in summarize(store).lines():
            click.echo(line)


@cli.command()
@click.argument("article_ids", nargs=-1, required=True)
@store_option
@endpoint_options
def remove(article_ids: tuple[str, ...], store_dir: Path | None) -> None:
    """Delete articles (and all facts drawn from them) from the store.

    \b
    Example:
      geokg remove alaska-summit-2025
    """
    missing = []
    with open_store(store_dir) as store:
        for article_id in article_ids:
            if store.remove(article_id):
                click.echo(f"removed {article_id}")
            else:
                missing.append(article_id)
    for article_id in missing:
        click.echo(
            f"error: article {article_id!r} is not in the store; list ids with 'geokg query articles'",
            err=True,
        )
    if missing:
        sys.exit(1)


from geokg.analyze import analyze  # noqa: E402  (the group needs ``cli`` defined first)

cli.add_command(analyze)
from geokg.importing import import_group  # noqa: E402

cli.add_command(import_group, "import")


def main() -> None:
    """Entry point: run the CLI, turning geokg errors into one clear line and exit code 1."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except GeoKGError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except OSError as exc:  # writing to a full disk, a read-only or special file, a vanished folder
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(
            f"error: {where}{exc.strerror or exc}; check the path and free space, or pick another file", err=True
        )
        sys.exit(1)
    except RuntimeError as exc:
        if "Corruption" not in str(exc):
            raise
        first = str(exc).split("  ")[0]
        click.echo(
            f"error: the store is damaged ({first}); restore it from a copy, or ingest again into a new --store DIR",
            err=True,
        )
        sys.exit(1)
    except SystemExit:
        raise
