"""CI runs every suite: a real part that is missing (chromium, Virtuoso) fails there and only skips elsewhere."""

from __future__ import annotations

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
