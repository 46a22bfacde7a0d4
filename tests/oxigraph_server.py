"""Start Oxigraph's own SPARQL server (``oxigraph serve``, from the ``oxigraph`` package) on loopback: the
second real server the remote-store tests run against, beside Virtuoso. Endpoints: ``/query``, ``/update``
and the Graph Store at ``/store``; no authentication (it listens on 127.0.0.1 only)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path


@dataclass
class OxigraphServer:
    process: subprocess.Popen
    port: int

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_endpoint(self) -> str:
        return self.base + "/query"

    @property
    def update_endpoint(self) -> str:
        return self.base + "/update"

    @property
    def graph_store(self) -> str:
        return self.base + "/store"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()


def binary() -> str | None:
    """The ``oxigraph`` command: beside this Python (the venv's bin/) or on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def available() -> str | None:
    """None when the server can run here, else the reason it cannot."""
    if binary() is None:
        return "the oxigraph server is not installed (pip install oxigraph; the test extras include it)"
    return None


def start(directory: Path, *, wait_s: float = 60.0) -> OxigraphServer:
    """Start a server whose database lives in ``directory``; returns when it answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(directory / "server.log", "wb")
    process = subprocess.Popen(
        [binary(), "serve", "--location", str(directory / "db"), "--bind", f"127.0.0.1:{port}"],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=dict(os.environ, RUST_LOG="warn"),
        start_new_session=True,
    )
    server = OxigraphServer(process, port)
    deadline = time.monotonic() + wait_s
    while True:
        if process.poll() is not None:
            raise RuntimeError((directory / "server.log").read_text(errors="replace")[-2000:])
        try:
            with urllib.request.urlopen(server.query_endpoint + "?query=ASK%7B%7D", timeout=2):
                return server
        except OSError:
            if time.monotonic() > deadline:
                server.stop()
                raise RuntimeError(f"oxigraph serve did not answer on port {port} within {wait_s:g} s") from None
            time.sleep(0.2)
