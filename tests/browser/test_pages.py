"""The graph page and the served page in a real browser: Debian's chromium, headless, through playwright.

Screenshots go to test-artifacts/. Checked: the page loads, the canvas is drawn, clicking a node shows its
details, the SPARQL editor runs a query, no console errors, no request leaves the file or the server, and
no payload from article text runs.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from graph.store.store import Store
from graph.viz import render_html, write_html
from tests.browser.helpers import PAYLOAD, Watch, drawn_pixels
from tests.conftest import ARTIFACTS, serve_store

pytestmark = pytest.mark.browser


def _click_node(page, frame, label: str, *, hover_only: bool = False) -> None:
    box = frame.evaluate(
        """(label) => {
          const data = JSON.parse(document.getElementById('geokg-data').textContent);
          const node = data.nodes.find(n => n.label === label);
          const p = window.geokgNetwork.canvasToDOM(window.geokgNetwork.getPositions([node.id])[node.id]);
          const r = document.getElementById('graph').getBoundingClientRect();
          return {x: r.left + p.x, y: r.top + p.y};
        }""",
        label,
    )
    offset = {"x": 0, "y": 0}
    if frame != page.main_frame:
        rect = page.locator("#graph").bounding_box()
        offset = {"x": rect["x"], "y": rect["y"]}
    x, y = box["x"] + offset["x"], box["y"] + offset["y"]
    if hover_only:
        page.mouse.move(x - 1, y - 1)
        page.mouse.move(x, y)
    else:
        page.mouse.click(x, y)


def test_graph_file_in_chromium(page, store_dir: Path, tmp_path: Path) -> None:
    with Store(store_dir, read_only=True) as store:
        html_file = write_html(store, tmp_path / "graph.html", title=PAYLOAD)
    watch = Watch(page)
    page.goto(html_file.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viz-file.png"))
    assert drawn_pixels(page.main_frame) > 1000
    _click_node(page, page.main_frame, "Iran")
    # hovering a node shows its tooltip (vis-network's, filled with text nodes)
    page.mouse.move(0, 0)
    _click_node(page, page.main_frame, "Iran", hover_only=True)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert "Iran" in tooltip.inner_text() and "relation(s)" in tooltip.inner_text()
    details = page.locator("#details").inner_text()
    assert "Iran" in details and "Russia: 1 event(s)" in details
    # the hostile edge's details: its article has a javascript: URL and a payload title
    page.evaluate(
        """() => {
          const details = JSON.parse(document.getElementById('geokg-data').textContent).details;
          const edge = Object.keys(details).find(k => k.startsWith('e') && details[k].lines[0].includes('Ruritania'));
          window.geokgShow(edge);
        }"""
    )
    links = page.locator("#details a")
    assert links.count() == 0  # the javascript: article URL is not a link
    assert PAYLOAD in page.locator("#details").inner_text()  # shown as text
    assert page.evaluate("() => window.__pwned") is None
    assert watch.dialogs == [] and watch.errors == []
    assert all(u.startswith(("file://", "data:", "about:")) for u in watch.requests), watch.requests
    assert page.title() == PAYLOAD  # escaped in markup, plain text in the browser


def test_served_page_in_chromium(page, store_dir: Path) -> None:
    for base in serve_store(store_dir):
        watch = Watch(page)
        page.goto(base + "/")
        frame = page.frame_locator("#graph")
        frame.locator("body[data-ready='1']").wait_for(timeout=30_000)
        graph_frame = next(f for f in page.frames if f.url.endswith("/graph"))
        assert drawn_pixels(graph_frame) > 1000
        _click_node(page, graph_frame, "Russia")
        assert "Russia" in frame.locator("#details").inner_text()
        # the SPARQL editor with a saved query
        page.select_option("#examples", "top_relations")
        page.click("#run")
        page.wait_for_selector("#results table tr:nth-child(2)", timeout=15_000)
        assert "attack" in page.locator("#results").inner_text()
        assert "row(s)" in page.locator("#status").inner_text()
        # actor search and profile
        page.fill("#search", "ira")
        page.click("#matches li >> text=Iran")
        page.wait_for_selector("#profile table", timeout=15_000)
        assert "Q794" in page.locator("#profile").inner_text()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "serve-page.png"))
        assert page.evaluate("() => window.__pwned") is None
        assert graph_frame.evaluate("() => window.__pwned") is None
        assert watch.dialogs == [] and watch.errors == []
        assert all(u.startswith((base, "data:", "about:")) for u in watch.requests), watch.requests


def big_graph(n_nodes: int = 2000, n_edges: int = 3000, seed: int = 0) -> nx.DiGraph:
    """A random actor graph of the given size, with the attributes the page draws."""
    import random

    rng = random.Random(seed)
    D = nx.DiGraph()
    for i in range(n_nodes):
        D.add_node(f"https://w3id.org/geokg/actor/a{i}", label=f"Actor {i}", type=rng.choice(["GPE", "PERSON", "ORG"]))
    nodes = list(D.nodes)
    while D.number_of_edges() < n_edges:
        u, v = rng.sample(nodes, 2)
        q = str(rng.randint(1, 4))
        D.add_edge(
            u,
            v,
            events=rng.randint(1, 5),
            predicates={"meet": 1},
            quad_classes={q: 1},
            goldstein=1.0,
            sentences=["s"],
            cameos={"04": 1},
            dates=["2025-01-01"],
            articles=[],
            mentions=1,
        )
    return D


def test_two_thousand_nodes_settle_and_stop(page, tmp_path: Path) -> None:
    html_file = tmp_path / "big.html"
    html_file.write_text(render_html(big_graph(), title="2,000 actors"), encoding="utf8")
    watch = Watch(page)
    page.goto(html_file.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=120_000)  # the time it takes: make bench
    assert page.evaluate("() => window.geokgNetwork.physics.physicsEnabled") is False
    assert drawn_pixels(page.main_frame) > 1000
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viz-2000.png"))
    assert watch.errors == []


HOSTILE_PAGE = """<!doctype html><html><body><p>another site</p><script>
const target = new URL(location.hash.slice(1));
const query = encodeURIComponent("ASK { ?s ?p ?o }");
fetch(target + "sparql?query=" + query, {mode: "no-cors"}).catch(() => {});
fetch(target + "sparql", {method: "POST", mode: "no-cors",
  headers: {"Content-Type": "application/x-www-form-urlencoded"}, body: "query=" + query}).catch(() => {});
fetch(target + "api/actors?q=a", {mode: "no-cors"}).catch(() => {});
fetch(target + "sparql?query=" + query)
  .then(r => { window.__read = r.status; }, e => { window.__blocked = String(e); });
</script></body></html>"""


def test_a_page_of_another_origin_cannot_drive_the_server(page, store_dir: Path, tmp_path: Path) -> None:
    """A page served from another loopback port sends no-cors and CORS requests: each is refused (403)."""
    import functools
    import http.server
    import threading

    (tmp_path / "evil.html").write_text(HOSTILE_PAGE, encoding="utf8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        for base in serve_store(store_dir):
            responses: list = []

            def seen(response, responses=responses) -> None:
                responses.append(response)

            page.on("response", seen)
            page.goto(f"http://127.0.0.1:{httpd.server_address[1]}/evil.html#{base}/")
            page.wait_for_function("() => window.__read !== undefined || window.__blocked !== undefined")
            page.wait_for_timeout(500)
            statuses = {r.url: r.status for r in responses if r.url.startswith(base)}
            assert len(statuses) >= 3, statuses
            assert set(statuses.values()) == {403}, statuses
            assert page.evaluate("() => window.__read") is None  # the CORS read failed: no CORS header given
    finally:
        httpd.shutdown()
        httpd.server_close()
