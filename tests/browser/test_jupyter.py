"""The graph page inside live notebooks: JupyterLab, Notebook 7 and the classic notebook, in Debian's chromium.

A real Jupyter server on loopback runs a kernel from this environment; the test types into the first cell,
runs it, and checks that the page ``graph.viz.notebook_html`` returns is drawn in the output area, that no
payload from article text runs, and that nothing is fetched from outside the server.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.helpers import Watch, drawn_pixels
from tests.conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CELL = """\
from graph import Store, event_graph
from graph.analysis.focus import focus
from graph.viz import notebook_html, render_html

with Store({store!r}, read_only=True) as store:
    page = render_html(focus(event_graph(store)).graph, title="notebook check")
notebook_html(page, height=500)
"""

# (name, notebook path under the server, selectors of a cell editor, of the output iframe, of stderr output)
LAB_STDERR = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
UIS = [
    (
        "jupyterlab",
        "lab/tree/check.ipynb",
        ".jp-Notebook .jp-Cell .cm-content",
        ".jp-OutputArea-output iframe",
        LAB_STDERR,
    ),
    (
        "notebook7",
        "notebooks/check.ipynb",
        ".jp-Notebook .jp-Cell .cm-content",
        ".jp-OutputArea-output iframe",
        LAB_STDERR,
    ),
    ("classic", "nbclassic/notebooks/check.ipynb", ".cell .CodeMirror", ".output_html iframe", ".output_stderr"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _notebook(path: Path, store: Path) -> None:
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "execution_count": None,
                "id": "c1",
                "metadata": {},
                "outputs": [],
                "source": CELL.format(store=str(store)),
            }
        ],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path.write_text(json.dumps(nb), encoding="utf8")


@pytest.fixture(scope="module")
def jupyter(store_dir: Path, tmp_path_factory) -> Iterator[tuple[str, str]]:
    pytest.importorskip("jupyterlab", reason="pip install -e '.[test]' installs JupyterLab")
    root = tmp_path_factory.mktemp("jupyter")
    _notebook(root / "check.ipynb", store_dir)
    token, port = secrets.token_hex(16), _free_port()
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(root / ".config"), "JUPYTER_RUNTIME_DIR": str(root / ".run")}
    cmd = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--ServerApp.allow_root=True",
    ]
    log = (root / "server.log").open("w")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"jupyter server did not start: {(root / 'server.log').read_text()[-2000:]}")
                time.sleep(0.5)
        yield base, token
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.mark.parametrize(("ui", "url", "editor", "output", "stderr"), UIS, ids=[u[0] for u in UIS])
def test_graph_page_in_a_live_notebook(page, jupyter, ui: str, url: str, editor: str, output: str, stderr: str) -> None:
    if ui == "classic":
        pytest.importorskip("nbclassic", reason="pip install -e '.[test]' installs nbclassic")
    base, token = jupyter
    watch = Watch(page)
    page.goto(f"{base}/{url}?token={token}")
    iframe = page.locator(output).first
    try:
        # a run sent before the kernel is connected can be dropped by the page: send it again until it shows
        for _ in range(8):
            page.locator(editor).first.click(timeout=90_000)
            page.keyboard.press("Shift+Enter")
            try:
                iframe.wait_for(timeout=15_000)
                break
            except PlaywrightTimeout:
                continue
        iframe.wait_for(timeout=1_000)
    finally:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"notebook-{ui}.png"))
    frame = iframe.element_handle().content_frame()
    frame.wait_for_selector("body[data-ready='1']", timeout=60_000)
    page.screenshot(path=str(ARTIFACTS / f"notebook-{ui}.png"))
    assert drawn_pixels(frame) > 1000
    labels = frame.evaluate(
        "() => JSON.parse(document.getElementById('geokg-data').textContent).nodes.map(n => n.label)"
    )
    assert "Iran" in labels and "Russia" in labels
    assert frame.evaluate("() => window.__pwned") is None
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator(stderr).count() == 0  # no warning or traceback under the cell
    assert watch.dialogs == []
    outside = [u for u in watch.requests if not u.startswith((base, "data:", "about:", "blob:", "ws://127.0.0.1"))]
    assert outside == []
