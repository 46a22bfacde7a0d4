"""One fixture store (background graph and the three fixture articles) for every import test of a session: writing
the background graph takes seconds, so it is built once and each test works on a copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import build_fixture_store

_BUILT: dict[str, Path] = {}


def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture store, built on first use in this session; copy it before writing."""
    if "kg" not in _BUILT:
        _BUILT["kg"] = build_fixture_store(tmp_path_factory.mktemp("import-template") / "kg")
    return _BUILT["kg"]


def store_copy(tmp_path_factory: pytest.TempPathFactory, to: Path) -> Path:
    """A copy of the fixture store at ``to`` (a closed store's files copy as they are)."""
    shutil.copytree(template_store(tmp_path_factory), to)
    return to
