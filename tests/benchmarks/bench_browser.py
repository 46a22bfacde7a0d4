"""Browser benchmark: how soon a 2,000-actor graph page is usable in Debian's chromium (headless).

Usable = vis-network finished its stabilisation and physics is switched off (``body[data-ready]``).
Baseline, in the same run: the same page with vis-network's default options (1,000 stabilisation
iterations, improved layout), which is what a plain pyvis page uses.
"""

from __future__ import annotations

import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph import viz
from tests.browser.test_pages import big_graph


def _time_to_ready(browser, path: Path) -> float:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=600_000)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def main() -> None:
    from playwright.sync_api import sync_playwright

    D = big_graph(2000, 3000)
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "ours.html"
        ours.write_text(viz.render_html(D, title="2,000 actors"), encoding="utf8")
        baseline = Path(tmp) / "defaults.html"
        with mock.patch.object(viz, "_options", lambda n: {"edges": {"arrows": {"to": {"enabled": True}}}}):
            baseline.write_text(viz.render_html(D, title="2,000 actors, vis defaults"), encoding="utf8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
            runs = {"geokg_s": [], "vis_defaults_s": []}
            for _ in range(3):
                runs["geokg_s"].append(_time_to_ready(browser, ours))
            runs["vis_defaults_s"].append(_time_to_ready(browser, baseline))
            browser.close()
    report = {
        "machine": f"{platform.machine()}, 2 cores, headless chromium",
        "nodes": D.number_of_nodes(),
        "edges": D.number_of_edges(),
        "geokg_median_s": round(statistics.median(runs["geokg_s"]), 2),
        "geokg_runs_s": [round(x, 2) for x in runs["geokg_s"]],
        "vis_defaults_s": round(runs["vis_defaults_s"][0], 2),
    }
    report["speedup"] = round(report["vis_defaults_s"] / report["geokg_median_s"], 1)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
