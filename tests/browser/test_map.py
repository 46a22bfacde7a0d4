"""The map page in a real browser (Debian's chromium, headless, through playwright): the file ``geokg viz --map``
writes (the map tab of ``geokg serve`` is driven in tests/queries/test_server_map.py, beside its server).

Checked: countries and points are drawn, a click lists a place's events and their evidence, the date filter hides
points, hostile text stays text, no console errors, no request leaves the file or the server. The screenshot goes
to test-artifacts/map.png (the one in docs/ shows the research corpus: ``python docs/screenshots.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store.store import Store
from graph.viz import write_map_html
from tests.browser.helpers import Watch
from tests.conftest import ARTIFACTS
from tests.graph.viz.places import HOSTILE, located_store

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def map_store(tmp_path_factory) -> Path:
    return located_store(tmp_path_factory.mktemp("browser-map") / "kg")


@pytest.fixture()
def wide(browser) -> Iterator:
    context = browser.new_context(viewport={"width": 1200, "height": 700})
    yield context.new_page()
    context.close()


def point(frame, name: str) -> str:
    """The id of the point named ``name``."""
    return frame.evaluate(
        "(name) => JSON.parse(document.getElementById('geokg-data').textContent).points.find(p => p.name === name).id",
        name,
    )


def shown(frame) -> list[str]:
    """The names of the points the page shows now."""
    ids = frame.evaluate("() => window.geokgMap.shown()")
    names = frame.evaluate(
        "(ids) => JSON.parse(document.getElementById('geokg-data').textContent).points"
        ".filter(p => ids.includes(p.id)).map(p => p.name)",
        ids,
    )
    return sorted(names)


def test_map_file_in_chromium(wide, map_store: Path, tmp_path: Path) -> None:
    page = wide
    with Store(map_store, read_only=True) as store:
        html_file = write_map_html(store, tmp_path / "map.html")
    watch = Watch(page)
    page.goto(html_file.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    assert page.locator("#map .land path").count() == 177
    assert shown(page) == ["Cairo", "Geneva", "Iran", "Istanbul", "Kharkiv", "Paris", "Tokyo"]
    kharkiv = page.locator(f"#map circle[data-id='{point(page, 'Kharkiv')}']")
    cairo = page.locator(f"#map circle[data-id='{point(page, 'Cairo')}']")
    box, small = kharkiv.bounding_box(), cairo.bounding_box()
    assert box is not None and small is not None and box["width"] > small["width"] > 8  # sized by count
    assert kharkiv.get_attribute("fill") == "#cf222e" and cairo.get_attribute("fill") == "#1a7f37"
    kharkiv.click()
    details = page.locator("#details").inner_text()
    assert "Kharkiv (UA)" in details and "2 event(s)" in details and "material conflict: 2" in details
    assert "Russia shelled Ukraine near Kharkiv overnight." in details and "Night shelling" in details
    assert page.evaluate("() => document.body.dataset.selected") == point(page, "Kharkiv")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map.png"))
    # the date filter: typed dates hide the points outside them, the panel follows
    page.fill("#since", "2025-06-01")
    page.dispatch_event("#since", "change")
    assert shown(page) == ["Iran", "Kharkiv", "Paris"]
    assert cairo.is_hidden() and kharkiv.is_visible()
    assert "1 event(s) of 2 in the chosen dates" in page.locator("#details").inner_text()
    assert "shown: 3 event(s) at 3 place(s)" in page.locator("#shown").inner_text()
    # the month sliders: from the first month to March 2025 leaves February and March
    page.click("#all-dates")
    assert len(shown(page)) == 7
    page.locator("#until-month").fill("1")
    assert shown(page) == ["Cairo", "Kharkiv"]
    # a hostile sentence and title are text, its javascript: URL no link; Geneva is under Paris until zoomed in
    page.click("#all-dates")
    geneva = page.locator(f"#map circle[data-id='{point(page, 'Geneva')}']")
    at = geneva.bounding_box()
    assert at is not None
    page.mouse.move(at["x"] + at["width"] / 2, at["y"] + at["height"] / 2)
    for _ in range(7):
        page.mouse.wheel(0, -100)
    page.wait_for_function("() => document.getElementById('map').viewBox.baseVal.width < 80")
    geneva.click()
    panel = page.locator("#details")
    assert HOSTILE in panel.inner_text() and panel.locator("a").count() == 0 and panel.locator("img").count() == 0
    page.locator(f"#map circle[data-id='{point(page, 'Paris')}']").click()
    assert panel.locator("a").get_attribute("href") == "https://example.org/briefing"
    # zoom keeps points the same size on screen
    before = kharkiv.bounding_box()
    page.click("#zoom-in")
    after = kharkiv.bounding_box()
    assert before is not None and after is not None and abs(after["width"] - before["width"]) < 1
    assert page.evaluate("() => window.__pwned") is None
    assert watch.dialogs == [] and watch.errors == []
    assert all(u.startswith(("file://", "data:", "about:")) for u in watch.requests), watch.requests
