"""Start Debian's Virtuoso (virtuoso-opensource 7) on loopback for the remote-store tests and benchmarks.

Its own database in a temporary directory, SQL and HTTP ports on 127.0.0.1, and a user ``geokg`` that is
the only one allowed to update (through ``/sparql-auth`` with digest authentication); the anonymous
``/sparql`` endpoint stays read-only.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
USER, PASSWORD = "geokg", "geokg-test-secret"


@dataclass
class Virtuoso:
    process: subprocess.Popen
    directory: Path
    sql_port: int
    http_port: int

    @property
    def query_endpoint(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def update_endpoint(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql-auth"

    @property
    def auth(self) -> str:
        return f"{USER}:{PASSWORD}"

    def isql(self, statement: str, *, check: bool = True) -> str:
        out = subprocess.run(
            ["isql-vt", str(self.sql_port), "dba", "dba", f"exec={statement}"],
            capture_output=True,
            text=True,
            timeout=60,
            check=check,
        )
        return out.stdout + out.stderr

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def available() -> str | None:
    """None when Virtuoso can run here, else the reason it cannot."""
    if not shutil.which("virtuoso-t") or not shutil.which("isql-vt") or not INI.exists():
        return "virtuoso-opensource is not installed (.ci/run installs it: apt-get install virtuoso-opensource)"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(directory: Path, *, max_rows: int = 100_000, wait_s: float = 90.0) -> Virtuoso:
    """Start a Virtuoso whose database lives in ``directory``; returns when its endpoint answers."""
    directory.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = _free_port(), _free_port()
    ini = INI.read_text(encoding="utf8")
    ini = ini.replace("/var/lib/virtuoso-opensource-7/db/", f"{directory}/")
    ini = re.sub(r"(?m)^ServerPort\s*=\s*1111\b.*$", f"ServerPort = 127.0.0.1:{sql_port}", ini)
    ini = re.sub(r"(?m)^ServerPort\s*=\s*8890\b.*$", f"ServerPort = 127.0.0.1:{http_port}", ini)
    ini = re.sub(r"(?m)^ResultSetMaxRows\s*=.*$", f"ResultSetMaxRows = {max_rows}", ini)
    ini = re.sub(r"(?m)^DirsAllowed\s*=.*$", f"DirsAllowed = ., {directory}, /usr/share/virtuoso-opensource-7/vad", ini)
    # more memory than Debian's minimal default: about 1 GB of buffers
    ini = re.sub(r"(?m)^NumberOfBuffers\s*=\s*10000\b.*$", "NumberOfBuffers = 85000", ini)
    ini = re.sub(r"(?m)^MaxDirtyBuffers\s*=\s*6000\b.*$", "MaxDirtyBuffers = 65000", ini)
    (directory / "virtuoso.ini").write_text(ini, encoding="utf8")
    log = open(directory / "stdout.log", "wb")
    process = subprocess.Popen(
        ["virtuoso-t", "-c", "virtuoso.ini", "+foreground"],
        cwd=directory,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    server = Virtuoso(process, directory, sql_port, http_port)
    deadline = time.monotonic() + wait_s
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"virtuoso exited ({process.returncode}); see {directory}/stdout.log")
        try:
            with urllib.request.urlopen(server.query_endpoint + "?query=ASK%7B%7D", timeout=5) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"virtuoso did not answer within {wait_s:.0f} s; see {directory}/stdout.log")
        time.sleep(0.5)
    # a database that already has the user (a restart) keeps it
    server.isql(f"DB.DBA.USER_CREATE('{USER}', '{PASSWORD}');", check=False)
    server.isql(f'GRANT SPARQL_UPDATE TO "{USER}";', check=False)
    return server


if __name__ == "__main__":  # manual use: python tests/virtuoso.py DIR
    import sys

    v = start(Path(sys.argv[1]))
    print(v.query_endpoint, v.update_endpoint, v.auth, os.getpid(), v.process.pid)
    try:
        v.process.wait()
    except KeyboardInterrupt:
        v.stop()
