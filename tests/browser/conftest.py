"""Fixtures of the browser tests: a store holding a hostile article, a fresh page per test."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store.store import Store
from ingest import build_background
from tests.browser.helpers import hostile
from tests.conftest import make_fixture_extractions


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "kg"
    fixtures = make_fixture_extractions()
    first = fixtures[0]
    fixtures[0] = dataclasses.replace(first, article=dataclasses.replace(first.article, url="https://example.org/a"))
    with Store(path) as store:
        store.ensure_background(build_background())
        for ex in [*fixtures, hostile()]:
            store.add(ex)
    return path


@pytest.fixture()
def page(browser) -> Iterator:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    yield pg
    context.close()
