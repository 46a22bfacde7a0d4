"""Records of other coders' events as the readers make them, and the helpers the readers share: opening a file
plain or compressed, line by line, and checking a CAMEO code, a date and a Goldstein score."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ingest.errors import InputError

__all__ = [
    "Coded",
    "ImportKind",
    "ImportedActor",
    "ImportedEvent",
    "ImportedPlace",
    "Line",
    "cameo_parts",
    "check_goldstein",
    "check_quad",
    "iso_date",
    "read_lines",
]


class ImportKind(StrEnum):
    """The formats ``geokg import`` reads; the value is the default coder name."""

    GDELT = "gdelt"
    PLOVER = "plover"


@dataclass(frozen=True, slots=True)
class ImportedActor:
    """One side of an imported event as its coder named it: a CAMEO actor code (``USAGOV``), a name, a country
    code (CAMEO's, ISO alpha-3 for states) and, where the coder says, whether it is an organisation."""

    name: str | None = None
    code: str | None = None
    country: str | None = None
    organisation: bool = False


@dataclass(frozen=True, slots=True)
class ImportedPlace:
    """Where an imported event happened: a name, the ISO alpha-2 country, a point, a GeoNames id when given."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class Coded:
    """An event's CAMEO coding: the root (``"19"``), the full code when the coder gives one (``"190"``), the quad
    class (1-4) and the Goldstein score (-10 to 10)."""

    root: str
    code: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None


@dataclass(frozen=True, slots=True)
class ImportedEvent:
    """One event of another coder, ready to become quads (:mod:`graph.imports.quads`)."""

    event_id: str
    date: str | None  # ISO date
    coded: Coded
    actor: ImportedActor | None = None
    target: ImportedActor | None = None
    place: ImportedPlace | None = None
    source_url: str | None = None
    plover: str | None = None  # PLOVER event type, as the coder gave it
    modes: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Line:
    """A line of an input file: where it is (the file, or ``archive.zip/member`` for an archive of several files)
    and its 1-based number there."""

    path: str
    number: int
    text: str = field(repr=False)


def _zip_lines(path: Path) -> Iterator[Line]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path}: not a zip archive ({exc}); pass the .zip as downloaded or unzip it first") from exc
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if not members:
            raise InputError(f"{path}: the zip archive holds no file; pass the archive with the export in it")
        for member in members:
            where = str(path) if len(members) == 1 else f"{path}/{member.filename}"
            with archive.open(member) as raw:
                yield from _numbered(where, io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline=""))


def _numbered(where: str, text: io.TextIOBase) -> Iterator[Line]:
    for number, line in enumerate(text, start=1):
        yield Line(where, number, line.rstrip("\r\n"))


def read_lines(path: str | Path) -> Iterator[Line]:
    """The lines of a plain, ``.gz`` or ``.zip`` file (every file of the archive, in order), one at a time: a
    day of GDELT never sits in memory whole. Undecodable bytes become U+FFFD."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file; check the path")
    try:
        if path.suffix.lower() == ".zip":
            yield from _zip_lines(path)
        elif path.suffix.lower() == ".gz":
            with gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="") as fh:
                yield from _numbered(str(path), fh)
        else:
            with path.open(encoding="utf-8", errors="replace", newline="") as fh:
                yield from _numbered(str(path), fh)
    except (OSError, EOFError, zipfile.BadZipFile, zlib.error) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise InputError(f"{path}: cannot read it ({reason}); check the file or download it again") from exc


_CODE = re.compile(r"\d{2,4}")


def cameo_parts(code: str | None, root: str | None = None) -> tuple[str, str | None]:
    """The CAMEO root and full code of an event from a full code and/or a root as coders write them ("0251",
    "190", "19" or "1"); a ValueError names what is wrong."""
    code = (code or "").strip()
    root = (root or "").strip()
    if code and not _CODE.fullmatch(code):
        raise ValueError(f"CAMEO code {code!r} is not 2 to 4 digits")
    if root:
        if not re.fullmatch(r"\d{1,2}", root):
            raise ValueError(f"CAMEO root {root!r} is not a number 01-20")
        root = root.zfill(2)
    elif code:
        root = code[:2]
    if not root or not 1 <= int(root) <= 20:
        raise ValueError(f"CAMEO root {root or 'none'!r} is not one of 01-20")
    if code and not code.startswith(root):
        raise ValueError(f"CAMEO code {code!r} does not start with its root {root!r}")
    return root, (code if len(code) > 2 else None)


def check_goldstein(value: str | float | None) -> float | None:
    """A Goldstein score from -10 to 10 (None when absent); a ValueError when it is no such number."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not a number") from None
    if not -10 <= number <= 10:  # also refuses nan and inf
        raise ValueError(f"{value!r} is outside -10 to 10")
    return number


def check_quad(value: str | int | None) -> int | None:
    """A quad class 1-4 (None when absent); a ValueError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if text not in ("1", "2", "3", "4"):
        raise ValueError(f"{value!r} is not a quad class 1-4")
    return int(text)


def iso_date(value: str) -> str:
    """``YYYYMMDD`` or ``YYYY-MM-DD`` (a time after it is dropped) as an ISO date; a ValueError otherwise."""
    text = value.strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    else:
        text = text[:10]
    dt.date.fromisoformat(text)  # ValueError when it is no day
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(f"{value!r} is not a date")
    return text
