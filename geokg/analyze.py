"""``geokg analyze``: alliances and alignments from the command line (a thin layer over graph.analysis.signed/blocs)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import networkx as nx

from graph.analysis.blocs import adjusted_rand, brokers, centrality, cooperation_blocs, signed_blocs, triads
from graph.analysis.network import event_graph, leader_map, members
from graph.analysis.plots import plot_blocs, plot_series
from graph.analysis.signed import between_groups, monthly_series, roll_up, shifts, signed_graph
from graph.store.results import analysis_graph, bloc_quads, score_quads
from graph.store.store import Store, default_store_path
from queries.runner import check_date, resolve_actor

__all__ = ["analyze"]


def _label(G: nx.Graph, node: str) -> str:
    return str(G.nodes[node].get("label", node.rsplit("/", 1)[-1])) if node in G else node.rsplit("/", 1)[-1]


def _emit(rows: list[dict], fmt: str, columns: list[str]) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    widths = [max([len(c)] + [len(str(r.get(c, ""))) for r in rows]) for c in columns]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    click.echo("  ".join("-" * w for w in widths))
    for r in rows:
        click.echo("  ".join(str(r.get(c, "")).ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def _events(store: Store, by_country: bool) -> nx.MultiDiGraph:
    G = event_graph(store)
    return roll_up(G, leader_map(store)) if by_country else G


def _options(f):
    f = click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None)(f)
    f = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)(f)
    f = click.option("--by-country", is_flag=True, help="Count a leader's events for the country they lead.")(f)
    f = click.option("--until", default=None, metavar="YYYY-MM-DD")(f)
    f = click.option("--since", default=None, metavar="YYYY-MM-DD")(f)
    return f


def _check_name(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            analysis_graph(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from exc
    return value


def _write_option(f):
    return click.option(
        "--write",
        default=None,
        metavar="NAME",
        callback=_check_name,
        help="Store the results in the named graph graph/analysis/NAME (replacing an earlier run of that name).",
    )(f)


def _window(since: str | None, until: str | None) -> None:
    for name, value in (("--since", since), ("--until", until)):
        if value is not None:
            check_date(name, value)


@click.group()
def analyze() -> None:
    """Alliances and alignments: blocs, balance, centrality, dyads, shifts.

    \b
    Example:
      geokg analyze blocs --by-country --plot blocs.png
    """


@analyze.command()
@_options
@click.option("-k", "k", type=int, default=2, show_default=True, help="Blocs for the signed partition.")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), default=None, help="PNG bloc map.")
@_write_option
def blocs(since, until, by_country, fmt, store_dir, k, plot, write) -> None:
    """Blocs two ways: Louvain on cooperation, and the least-frustration signed partition.

    With --write NAME the blocs are stored in the named graph graph/analysis/NAME (geo:Bloc, geo:inBloc),
    where SPARQL can join them (saved query analysis_blocs).

    \b
    Example:
      geokg analyze blocs -k 2 --since 2025-01-01 --format json --write blocs-2025
    """
    _window(since, until)
    with Store(store_dir or default_store_path(), read_only=write is None) as store:
        S = signed_graph(_events(store, by_country), since=since, until=until)
        louvain = cooperation_blocs(S)
        signed, frustration_index = signed_blocs(S, k=k)
        if write:
            quads = bloc_quads(
                write,
                {"louvain": louvain, "least-frustration": signed},
                frustration=frustration_index,
                window=(since, until),
                by_country=by_country,
            )
            store.replace_graph(analysis_graph(write), quads)
    rows = []
    for method, parts in (("louvain", louvain), ("signed", signed)):
        for i, members_ in enumerate(parts, 1):
            rows.append(
                {
                    "method": method,
                    "bloc": i,
                    "size": len(members_),
                    "members": ", ".join(sorted(_label(S, n) for n in members_)),
                }
            )
    _emit(rows, fmt, ["method", "bloc", "size", "members"])
    if fmt == "table":
        click.echo(
            f"frustration of the signed partition: {frustration_index:.1f}; "
            f"agreement of the two (adjusted Rand): {adjusted_rand(louvain, signed):.2f}"
        )
    if write:
        click.echo(f"stored as {analysis_graph(write).value}", err=fmt == "json")
    if plot:
        click.echo(f"wrote {plot_blocs(S, signed, plot, title='Blocs (least frustration)').resolve()}")


@analyze.command()
@_options
@click.option("--top", type=int, default=10, show_default=True)
def balance(since, until, by_country, fmt, store_dir, top) -> None:
    """Structural balance: balanced and unbalanced triads, the strongest unbalanced ones listed.

    \b
    Example:
      geokg analyze balance --top 5
    """
    _window(since, until)
    with Store(store_dir or default_store_path(), read_only=True) as store:
        S = signed_graph(_events(store, by_country), since=since, until=until)
    found = triads(S)
    unbalanced = [t for t in found if not t.balanced]
    rows = [
        {
            "actors": " / ".join(_label(S, n) for n in t.actors),
            "signs": " ".join("+" if s > 0 else "-" for s in t.signs),
            "strength": round(t.strength, 1),
        }
        for t in unbalanced[:top]
    ]
    _emit(rows, fmt, ["actors", "signs", "strength"])
    if fmt == "table":
        click.echo(f"triads: {len(found)}, balanced: {len(found) - len(unbalanced)}, unbalanced: {len(unbalanced)}")


@analyze.command("centrality")
@_options
@click.option("--top", type=int, default=15, show_default=True)
@_write_option
def centrality_cmd(since, until, by_country, fmt, store_dir, top, write) -> None:
    """PageRank on cooperation, betweenness, and brokers between cooperation blocs.

    With --write NAME every actor's scores are stored in graph/analysis/NAME (geo:ActorScore).

    \b
    Example:
      geokg analyze centrality --top 10 --write centrality-2025
    """
    _window(since, until)
    with Store(store_dir or default_store_path(), read_only=write is None) as store:
        S = signed_graph(_events(store, by_country), since=since, until=until)
        scores = centrality(S)
        reach = {n: b for n, b, _ in brokers(S, cooperation_blocs(S))}
        if write:
            quads = score_quads(write, scores, blocs_reached=reach, window=(since, until), by_country=by_country)
            store.replace_graph(analysis_graph(write), quads)
            click.echo(f"stored as {analysis_graph(write).value}", err=fmt == "json")
    ranked = sorted(scores, key=lambda n: (-scores[n]["pagerank"], n))[:top]
    rows = [
        {
            "actor": _label(S, n),
            "pagerank": round(scores[n]["pagerank"], 4),
            "betweenness": round(scores[n]["betweenness"], 4),
            "blocs_reached": reach.get(n, ""),
        }
        for n in ranked
    ]
    _emit(rows, fmt, ["actor", "pagerank", "betweenness", "blocs_reached"])


@analyze.command()
@click.argument("a")
@click.argument("b")
@_options
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), default=None, help="PNG of the series.")
def dyad(a, b, since, until, by_country, fmt, store_dir, plot) -> None:
    """A pair's cooperation-conflict score per month (Goldstein sum, both directions).

    \b
    Example:
      geokg analyze dyad Russia Ukraine --plot russia-ukraine.png
    """
    _window(since, until)
    with Store(store_dir or default_store_path(), read_only=True) as store:
        ia, ib = resolve_actor(store, a), resolve_actor(store, b)
        G = _events(store, by_country)
    series = [
        s for s in monthly_series(G, ia, ib) if (not since or s[0] >= since[:7]) and (not until or s[0] <= until[:7])
    ]
    _emit(
        [{"month": m, "goldstein": round(s, 1), "events": n} for m, s, n in series],
        fmt,
        ["month", "goldstein", "events"],
    )
    if plot:
        click.echo(f"wrote {plot_series(series, plot, title=f'{a} and {b}').resolve()}")


@analyze.command("shifts")
@click.option("--before", nargs=2, required=True, metavar="SINCE UNTIL", help="First period.")
@click.option("--after", nargs=2, required=True, metavar="SINCE UNTIL", help="Second period.")
@click.option("--top", type=int, default=15, show_default=True)
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--by-country", is_flag=True, help="Count a leader's events for the country they lead.")
def shifts_cmd(before, after, top, store_dir, fmt, by_country) -> None:
    """Pairs whose alignment changed most between two periods.

    \b
    Example:
      geokg analyze shifts --before 2025-01-01 2025-06-30 --after 2025-07-01 2025-12-31
    """
    for value in (*before, *after):
        check_date("period date", value)
    with Store(store_dir or default_store_path(), read_only=True) as store:
        G = _events(store, by_country)
    rows = [
        {
            "pair": f"{_label(G, u)} / {_label(G, v)}",
            "before": round(w0, 1),
            "after": round(w1, 1),
            "change": round(d, 1),
        }
        for u, v, w0, w1, d in shifts(G, tuple(before), tuple(after))[:top]
    ]
    _emit(rows, fmt, ["pair", "before", "after", "change"])


@analyze.command("between")
@click.argument("group_a")
@click.argument("group_b")
@_options
def between_cmd(group_a, group_b, since, until, by_country, fmt, store_dir) -> None:
    """How two actors or alliances' members treat each other (members from the background graph).

    \b
    Example:
      geokg analyze between NATO Russia
    """
    _window(since, until)
    with Store(store_dir or default_store_path(), read_only=True) as store:
        groups = []
        for name in (group_a, group_b):
            iri = resolve_actor(store, name)
            groups.append(members(store, iri) or {iri})
        S = signed_graph(_events(store, by_country), since=since, until=until)
    total = between_groups(S, groups[0], groups[1])
    _emit(
        [{"a": group_a, "b": group_b, **{k: round(v, 1) for k, v in total.items()}}],
        fmt,
        ["a", "b", "pairs", "events", "cooperation", "conflict", "weight"],
    )
