"""``geokg import gdelt|plover FILE...``: other coders' events beside geokg's own, each file in its own named graph
(graph/imports, docs/imports.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from tqdm import tqdm

from graph.imports import ImportedEvent, ImportKind, drop_import, import_file, prepare_store
from graph.rdf.mint import check_coder
from ingest.errors import InputError
from ingest.records import Skipped

from .options import endpoint_options, open_store, store_option

__all__ = ["import_group"]


@click.group("import")
def import_group() -> None:
    """Load other coders' events (GDELT, PLOVER/POLECAT) beside geokg's own.

    Each file goes into its own named graph with geokg's ontology (CAMEO codes, Goldstein, quad class, dates,
    places, source URLs; actors matched to geokg's by CAMEO country code, then name). Importing a file again
    replaces its graph. Compare with geokg's own events: geokg query compare_coders (docs/imports.md).

    \b
    Example:
      geokg import gdelt 20250110.export.CSV.zip && geokg query compare_coders -p coder=gdelt
    """


def _options(f):
    f = click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))(f)
    f = click.option(
        "--coder",
        default=None,
        metavar="NAME",
        help="Name of the coder the events come from, in the graph and in compare_coders (default: the format).",
    )(f)
    f = click.option("--force", is_flag=True, help="Import files again even when unchanged.")(f)
    f = store_option(f)
    return endpoint_options(f)


def _run(kind: ImportKind, files: tuple[Path, ...], coder: str | None, force: bool, store_dir: Path | None) -> None:
    try:
        check_coder(coder or kind.value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--coder") from None
    skipped = failed = 0
    bar = tqdm(unit="event", desc=f"import {kind.value}", file=sys.stderr, disable=None)

    def progress(item: ImportedEvent | Skipped) -> None:
        if isinstance(item, Skipped):
            tqdm.write(f"skipped {item}", sys.stderr)
        else:
            bar.update(1)

    with open_store(store_dir) as store:
        prepare_store(store)
        for path in files:
            try:
                report = import_file(store, path, kind=kind, coder=coder, force=force, on_item=progress)
            except InputError as exc:
                tqdm.write(f"error: {exc}", sys.stderr)
                failed += 1
                continue
            skipped += report.skipped
            tqdm.write(report.line(), sys.stdout)
    bar.close()
    if skipped:
        click.echo(f"{skipped} line(s) skipped; fix them and import the file(s) again", err=True)
    if failed:
        click.echo(f"{failed} file(s) not imported; fix the path or the file and run again", err=True)
    if skipped or failed:
        sys.exit(1)


@import_group.command("gdelt")
@_options
def gdelt(files: tuple[Path, ...], coder: str | None, force: bool, store_dir: Path | None) -> None:
    """Import GDELT 2.0 event exports (tab-separated, 61 columns; .CSV or .CSV.zip).

    \b
    Examples:
      geokg import gdelt 20250110.export.CSV.zip
      geokg query compare_coders -p coder=gdelt -p since=2025-01-01 -p until=2025-01-31
    """
    _run(ImportKind.GDELT, files, coder, force, store_dir)


@import_group.command("plover")
@_options
def plover(files: tuple[Path, ...], coder: str | None, force: bool, store_dir: Path | None) -> None:
    """Import PLOVER or POLECAT events (JSON Lines; plain, .gz or .zip).

    \b
    Examples:
      geokg import plover --coder polecat polecat-2025-01.jsonl
      geokg import plover events.jsonl   # also what 'geokg export --format plover' writes
    """
    _run(ImportKind.PLOVER, files, coder, force, store_dir)


@import_group.command("drop")
@click.argument("names", nargs=-1, required=True)
@click.option(
    "--coder",
    required=True,
    metavar="NAME",
    help="The coder the file was imported as: gdelt, plover, or the --coder given then.",
)
@store_option
@endpoint_options
def drop(names: tuple[str, ...], coder: str, store_dir: Path | None) -> None:
    """Take imported files' events out of the store (geokg's own events and other imports stay).

    \b
    Examples:
      geokg import drop --coder gdelt 20250110.export.CSV.zip
      geokg import drop --coder polecat polecat-2025-01.jsonl
    """
    try:
        check_coder(coder)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--coder") from None
    missing = 0
    with open_store(store_dir) as store:
        for name in names:
            if drop_import(store, name, coder=coder):
                click.echo(f"{name}: {coder} events dropped")
            else:
                click.echo(
                    f"{name}: no {coder} import of that file in the store; see the graph names with "
                    "'geokg query compare_coders' or import it first",
                    err=True,
                )
                missing += 1
    if missing:
        sys.exit(1)
