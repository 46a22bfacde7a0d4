"""Write the screenshots in docs/ (the graph and the map of the research corpus) with Debian's chromium.

    python docs/screenshots.py            # after `make demo` (reads ./geokg-data, writes docs/graph.png, docs/map.png)

Needs the test extras (playwright) and /usr/bin/chromium; never downloads a browser.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from graph.analysis.focus import Focus
from graph.store.store import Store
from graph.viz import write_html, write_map_html

DOCS = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=Path("geokg-data"), help="store to draw (default ./geokg-data)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    if not args.store.is_dir():
        sys.stderr.write(f"screenshots: no store at {args.store}; run `make demo` first or pass --store\n")
        return 1
    out = Path(tempfile.mkdtemp())
    with Store(args.store, read_only=True) as store:
        graph = write_html(store, out / "graph.html", title="geokg: the research corpus", focus_on=Focus(min_events=2))
        where = write_map_html(store, out / "map.html", title="geokg: where the corpus's events happened")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium)
        page = browser.new_page(viewport={"width": 1200, "height": 700})
        page.goto(graph.as_uri())
        page.wait_for_timeout(6000)  # the layout settles
        page.screenshot(path=str(DOCS / "graph.png"))
        page.goto(where.as_uri())
        page.wait_for_timeout(1000)
        points = page.locator("#map circle")
        if points.count():
            sizes = [(points.nth(i).bounding_box() or {}).get("width", 0) for i in range(points.count())]
            points.nth(max(range(len(sizes)), key=sizes.__getitem__)).dispatch_event("click")  # the busiest place
        page.screenshot(path=str(DOCS / "map.png"))
        browser.close()
    sys.stdout.write(f"wrote {DOCS / 'graph.png'} and {DOCS / 'map.png'}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
