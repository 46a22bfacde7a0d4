"""Errors the command line promises to report as one line (``error: ...``), with a non-zero exit code and no
traceback: damaged stores, unwritable outputs, bad query files and parameters, refused SERVICE calls, Ctrl-C."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, build_fixture_store
from tests.test_cli import geokg


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build_fixture_store(tmp_path_factory.mktemp("errors") / "kg")


def one_line(proc: subprocess.CompletedProcess, *needles: str) -> str:
    err = proc.stderr.strip()
    assert proc.returncode != 0, proc
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    assert err.startswith("error: ")
    for needle in needles:
        assert needle in err, err
    return err


def test_a_damaged_store_is_one_line(store: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged"
    shutil.copytree(store, damaged)
    for sst in damaged.glob("*.sst"):
        data = bytearray(sst.read_bytes())
        data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)  # zero a run in the middle of every table
        sst.write_bytes(bytes(data))
    proc = geokg("stats", store=damaged, check=False)
    one_line(proc, "is damaged", "new --store")


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (("export", "-o", "/dev/full"), ("cannot write /dev/full", "No space left")),
        (("export", "-o", "{tmp}/missing/out.ttl"), ("folder", "does not exist")),
        (("viz", "-o", "/proc/version"), ("cannot write /proc/version",)),
        (("query", "actor_profile", "--param", "actor=http://bad iri/x"), ("not a valid IRI",)),
        (("query", "-e", "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }"), ("failed",)),
        (("query", "{tmp}/latin1.rq"), ("is not UTF-8", "save it as UTF-8")),
    ],
)
def test_outputs_queries_and_parameters_fail_in_one_line(
    store: Path, tmp_path: Path, args: tuple, needles: tuple
) -> None:
    import socket

    (tmp_path / "latin1.rq").write_bytes('SELECT ?s WHERE { ?s ?p "caf\xe9" }\n'.encode("latin-1"))
    with socket.socket() as closed:  # a port nothing listens on: the SERVICE call is refused
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    filled = [a.replace("{tmp}", str(tmp_path)).replace("{port}", str(port)) for a in args]
    if filled[0] == "export" and not Path("/dev/full").exists() and "/dev/full" in filled:
        pytest.fail("/dev/full is missing on this system")
    one_line(geokg(*filled, store=store, check=False), *needles)


def test_the_remove_hint_is_a_query_that_runs(store: Path) -> None:
    err = one_line(geokg("remove", "no-such-article", store=store, check=False), "not in the store")
    hint = err.split("list ids with 'geokg ", 1)[1].rsplit("'", 1)[0].split()
    out = geokg(*hint, "--format", "csv", store=store)
    assert out.stdout.splitlines()[0].startswith("id,") and len(out.stdout.splitlines()) > 1


@pytest.mark.slow
def test_ctrl_c_with_workers_is_one_line(tmp_path: Path) -> None:
    env = dict(os.environ, GEOKG_STORE=str(tmp_path / "kg"))
    proc = subprocess.Popen(
        # the research corpus (367 articles): still at work when the interrupt comes, however fast the machine
        [sys.executable, "-m", "geokg", "ingest", str(ROOT / "corpus"), "--workers", "2", "--force"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal gives it
        # and Ctrl-C's default handling, as a terminal gives it: a child inherits an ignored SIGINT (an earlier
        # test, or a shell's background job, may leave pytest ignoring it) and would then never be interrupted
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    import psutil

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(psutil.Process(proc.pid).children(recursive=True)) < 2:
        time.sleep(0.2)
    time.sleep(1.0)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group gets it
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert err.strip().splitlines()[-1] == "aborted"


@pytest.mark.slow
def test_more_workers_than_cores_are_capped_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Chile met Peru in Lima.\n", encoding="utf8")
    proc = geokg("ingest", str(tmp_path / "one.txt"), "--workers", "64", store=tmp_path / "kg", check=False)
    cores = os.cpu_count() or 1
    assert proc.returncode == 0, proc.stderr
    assert f"--workers 64 capped at {cores}" in proc.stderr and "ingested 1 article(s)" in proc.stdout


def test_the_graph_store_option_the_error_names_exists(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chile met Peru.\n", encoding="utf8")
    remote = ["--endpoint", "http://127.0.0.1:9/q", "--update-endpoint", "http://127.0.0.1:9/u"]
    unguessed = geokg("ingest", str(tmp_path / "a.txt"), *remote, check=False)
    one_line(unguessed, "cannot guess the Graph Store endpoint", "--graph-store URL")
    given = geokg("ingest", str(tmp_path / "a.txt"), *remote, "--graph-store", "http://127.0.0.1:9/g", check=False)
    one_line(given, "cannot be reached")  # past the guess: the option is taken
