"""Extraction in worker processes: same records as in-process, in order; crashes, hangs and errors isolated."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from ingest import Article, extract, load_pipeline
from ingest.errors import InputError
from ingest.parallel import Failure, PipelineLoader, WorkerPool, extract_parallel

FAULTY = "tests.ingest.faulty:load"
TEXTS = [
    "Iran supplied drones to Russia on Monday.",
    "Russia attacked Ukraine.",
    "Donald Trump met Vladimir Putin in Alaska.",
    "China denied supplying weapons to Russia.",
    "NATO condemned the strikes on Kyiv.",
    "Turkey hosted talks between Ukraine and Russia.",
]


def _articles(texts: list[str]) -> list[Article]:
    return [Article(id=f"a{i}", text=t, published="2025-01-10") for i, t in enumerate(texts)]


def _records(results) -> list:
    return [(r.article.id, r.mentions, r.relations) for r in results]


def test_workers_give_the_in_process_records_in_order() -> None:
    arts = _articles(TEXTS * 3)
    expected = _records(extract(load_pipeline("blank"), arts))
    got = list(extract_parallel(arts, model="blank", workers=2))
    assert all(not isinstance(r, Failure) for r in got)
    assert _records(got) == expected
    assert any(mentions for _, mentions, _ in expected)  # the comparison is not between empty lists


def test_hang_crash_and_error_are_reported_and_the_rest_goes_on() -> None:
    texts = ["Iran supplied drones. HANG-HERE", *TEXTS[:2], "CRASH-HERE now.", TEXTS[2], "RAISE-HERE too.", TEXTS[3]]
    got = list(extract_parallel(_articles(texts), model="blank", workers=2, timeout=4, factory=FAULTY))
    assert [r.article.id for r in got] == [f"a{i}" for i in range(len(texts))]
    failed = {r.article.id: r.reason for r in got if isinstance(r, Failure)}
    assert set(failed) == {"a0", "a3", "a5"}
    assert failed["a0"].startswith("timed out after 4 s")
    assert "worker process died (exit code 3)" in failed["a3"]
    assert "ValueError: a component failed on purpose" in failed["a5"]
    assert all(not isinstance(r, Failure) for r in got if r.article.id not in failed)


def test_a_worker_killed_from_outside_fails_only_its_article() -> None:
    arts = _articles(["Slow one. SLOW-HERE", *TEXTS])
    pool = WorkerPool(PipelineLoader("blank", FAULTY), workers=2, timeout=60)

    def kill_the_slow_one() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            for slot in pool.slots:
                jobs = list(slot.jobs)
                if jobs and jobs[0][1].id == "a0":
                    time.sleep(0.5)
                    os.kill(slot.process.pid, signal.SIGKILL)
                    return
            time.sleep(0.05)

    killer = threading.Thread(target=kill_the_slow_one)
    killer.start()
    try:
        got = list(pool.run(arts))
    finally:
        killer.join()
        pool.close()
    assert isinstance(got[0], Failure) and "exit code -9" in got[0].reason
    assert [r.article.id for r in got[1:]] == [a.id for a in arts[1:]]
    assert all(not isinstance(r, Failure) for r in got[1:])


def test_bad_options_and_models_are_clear() -> None:
    with pytest.raises(InputError, match="need at least 1 worker"):
        list(extract_parallel(_articles(TEXTS), workers=0))
    with pytest.raises(InputError, match=r"could not be loaded in a worker.*check --model"):
        list(extract_parallel(_articles(TEXTS), model="/nonexistent/model", workers=1))


def test_a_failing_input_reader_reaches_the_caller_after_the_articles_before_it() -> None:
    def source():
        yield from _articles(TEXTS[:3])
        raise InputError("bad.txt: not UTF-8; save it as UTF-8")

    got = []
    with pytest.raises(InputError, match=r"bad\.txt: not UTF-8"):
        for r in extract_parallel(source(), model="blank", workers=2):
            got.append(r.article.id)
    assert got == ["a0", "a1", "a2"]


def test_a_slow_caller_gets_everything_in_order_with_a_small_window() -> None:
    arts = _articles(TEXTS * 3)
    arts = [Article(id=f"b{i}", text=a.text, published=a.published) for i, a in enumerate(arts)]
    got = []
    for r in extract_parallel(arts, model="blank", workers=2, window=1):
        time.sleep(0.01)  # the caller writing a batch while the feeder goes on
        got.append(r.article.id)
    assert got == [a.id for a in arts]
