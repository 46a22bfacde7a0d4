"""The background graph reads back exactly as written, so an unchanged one is never written again."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.rdf.rdf import BACKGROUND_GRAPH, N, background_quads, decimal_form
from graph.store.store import Store
from ingest import build_background


@pytest.mark.parametrize(
    ("value", "form"),
    [
        (4.0, "4"),
        (-10.0, "-10"),
        (-2.5, "-2.5"),
        (50.45, "50.45"),
        (0.0, "0"),
        (-0.0, "0"),
        (100, "100"),
        (1e-5, "0.00001"),
    ],
)
def test_decimals_are_written_in_their_canonical_form(value, form: str) -> None:
    assert decimal_form(value) == form


def test_the_background_reads_back_as_written(tmp_path: Path) -> None:
    background = build_background()
    with Store(tmp_path / "kg") as store:
        store.ensure_background(background)
        # the Goldstein scores and coordinates come back in the store's own form: the sets must be equal, or every
        # ingest would rewrite the whole background graph
        assert set(store.graph_quads(N(BACKGROUND_GRAPH))) == set(background_quads(background))
