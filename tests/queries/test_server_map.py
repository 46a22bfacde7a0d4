"""``geokg serve``'s map (``/map``) over real HTTP: the page from the store, its policy as a header, the row
cap, and the tab on the browsing page, also clicked in chromium (beside this module's server: one start)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import httpx
import pytest

from graph.viz import map_csp
from tests.browser.helpers import Watch
from tests.browser.test_map import point, shown
from tests.conftest import serve_store
from tests.graph.viz.places import located_store


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    store = located_store(tmp_path_factory.mktemp("served-map") / "kg")
    yield from serve_store(store, "--max-rows", "3", "--query-workers", "1", "--timeout", "20")


def test_the_map_is_served_with_its_policy_and_the_row_cap(server: str) -> None:
    page = httpx.get(server + "/map", timeout=30)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.headers["content-security-policy"] == map_csp() + "; frame-ancestors 'self'"
    assert page.headers["cache-control"] == "no-store"
    assert "showing the 3 most recent of 8 located events" in page.text  # --max-rows caps the events
    block = re.search(r'<script id="geokg-data" type="application/json">(.*?)</script>', page.text, re.DOTALL)
    assert block is not None
    points = {p["name"]: len(p["events"]) for p in json.loads(block.group(1))["points"]}
    assert points == {"Kharkiv": 1, "Paris": 1, "Iran": 1}


def test_the_browsing_page_has_a_map_tab(server: str) -> None:
    index = httpx.get(server + "/")
    assert index.status_code == 200
    assert '<a href="/map" target="view">map</a>' in index.text and 'name="view" src="/graph"' in index.text


def test_the_map_is_not_answered_for_other_hosts(server: str) -> None:
    refused = httpx.get(server + "/map", headers={"Host": "rebound.test"})
    assert refused.status_code == 400 and "does not answer to host" in refused.text


@pytest.mark.browser
def test_the_map_tab_in_chromium(server: str, browser) -> None:
    context = browser.new_context(viewport={"width": 1200, "height": 700})
    page = context.new_page()
    watch = Watch(page)
    page.goto(server + "/")
    page.click("#tabs a[href='/map']")
    page.wait_for_function("() => document.getElementById('graph').contentWindow.location.pathname === '/map'")
    frame = next(f for f in page.frames if f.url.endswith("/map"))
    frame.wait_for_selector("body[data-ready='1']", timeout=30_000)
    assert shown(frame) == ["Iran", "Kharkiv", "Paris"]  # the three latest events: --max-rows 3
    frame.locator(f"#map circle[data-id='{point(frame, 'Paris')}']").click()
    assert "France criticised Iran at a press briefing in Paris." in frame.locator("#details").inner_text()
    assert page.locator("#tabs a.on").inner_text() == "map"
    assert watch.errors == [] and watch.dialogs == []
    assert all(u.startswith((server, "data:", "about:")) for u in watch.requests), watch.requests
    context.close()
