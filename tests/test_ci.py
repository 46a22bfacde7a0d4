"""CI runs every suite: a real part that is missing (chromium, Virtuoso) fails there and only skips elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import missing


@pytest.mark.parametrize("value", ["true", "1", "TRUE"])
def test_a_missing_part_fails_in_ci(monkeypatch, value: str) -> None:
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match="CI must run every suite"):
        missing("chromium is not installed")


def test_a_missing_part_skips_on_a_developers_machine(monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium is not installed"):
        missing("chromium is not installed")


def test_every_package_is_installed() -> None:
    """A sub-package missing from pyproject's list is left out of a (non-editable) install."""
    import tomllib

    root = Path(__file__).resolve().parents[1]
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(root).parts)
        for top in ("geokg", "ingest", "graph", "queries")
        for p in (root / top).rglob("__init__.py")
    }
    assert found - listed == set()
