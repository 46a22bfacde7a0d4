"""Shared fixtures: a blank pipeline, hand-built parsed Docs and hand-made records."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from ingest import load_pipeline
from ingest.actors.gazetteer import load_gazetteer
from ingest.places import GeoPlace
from ingest.records import Actor, Article, Extraction, Mention, Relation

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """Tokenizer, sentencizer and geokg's components: no statistical model (fast)."""
    return load_pipeline("blank")


def parsed(
    nlp: Language,
    words: list[str],
    heads: list[int],
    deps: list[str],
    pos: list[str] | None = None,
    lemmas: list[str] | None = None,
    tags: list[str] | None = None,
    ents: list[str] | None = None,
) -> Doc:
    """A hand-built parsed Doc run through geokg's components (heads are absolute indices)."""
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos or ["VERB"] * len(words),
        lemmas=lemmas or [w.lower() for w in words],
        tags=tags,
        ents=ents,
    )
    for name in ("geokg_actors", "geokg_events"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def actor(key: str) -> Actor:
    found = load_gazetteer().actors.get(key)
    assert found is not None, key
    return found


def relation(
    text: str,
    subj: str,
    subj_key: str,
    pred: str,
    obj: str,
    obj_key: str,
    *,
    cameo: str,
    quad: int,
    goldstein: float,
    negated: bool = False,
    date: str | None = None,
    offset: int = 0,
) -> Relation:
    s, o = text.index(subj), text.index(obj)
    return Relation(
        subject=Mention(subj, offset + s, offset + s + len(subj), actor(subj_key)),
        predicate=pred,
        object=Mention(obj, offset + o, offset + o + len(obj), actor(obj_key)),
        sentence=text,
        sentence_start=offset,
        sentence_end=offset + len(text),
        cameo=cameo,
        quad_class=quad,
        goldstein=goldstein,
        negated=negated,
        date=date,
    )


@pytest.fixture()
def kg_store(tmp_path: Path, fixture_extractions: list[Extraction]):
    """A store holding the background graph and the three fixture articles."""
    from graph.store.store import Store
    from ingest import build_background

    with Store(tmp_path / "kg-fixture") as store:
        store.ensure_background(build_background())
        for ex in fixture_extractions:
            store.add(ex)
        yield store


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A real Virtuoso on loopback for the whole session (skipped with a reason when not installed)."""
    from tests import virtuoso as vt

    reason = vt.available()
    if reason:
        missing(reason)
    server = vt.start(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """Oxigraph's own SPARQL server on loopback for the whole session (a failure in CI when missing)."""
    from tests import oxigraph_server as ox_server

    reason = ox_server.available()
    if reason:
        missing(reason)
    server = ox_server.start(tmp_path_factory.mktemp("oxigraph-server"))
    yield server
    server.stop()


def missing(reason: str) -> None:
    """A real part the tests need is not here: a skip on a developer's machine, a failure in CI (CI=true)."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason} (CI must run every suite; .ci/run installs what is needed)")
    pytest.skip(reason)


def open_backend(kind: str, request, tmp_path: Path):
    """An empty store of one kind: ``oxigraph`` (embedded, on disk), ``oxigraph-server`` or ``virtuoso``
    (remote, cleared)."""
    from graph.store.remote import RemoteStore
    from graph.store.store import Store

    if kind == "oxigraph":
        return Store(tmp_path / f"store-{kind}")
    if kind == "oxigraph-server":
        ox_server = request.getfixturevalue("oxigraph_server")
        # the Graph Store endpoint (/store) is guessed from the update endpoint (/update)
        store = RemoteStore(ox_server.query_endpoint, update_endpoint=ox_server.update_endpoint, timeout=60)
    else:
        server = request.getfixturevalue("virtuoso")
        store = RemoteStore(server.query_endpoint, update_endpoint=server.update_endpoint, auth=server.auth, timeout=60)
    store.clear()
    return store


# the embedded store and the remote store on each real server the tests start
REMOTE_BACKENDS = ["oxigraph-server", "virtuoso"]
BACKENDS = ["oxigraph", *(pytest.param(kind, marks=pytest.mark.remote) for kind in REMOTE_BACKENDS)]


@pytest.fixture(params=BACKENDS)
def any_store(request, tmp_path: Path):
    """An empty store: embedded (Oxigraph), and remote over the SPARQL protocols on Oxigraph's server and on
    Virtuoso."""
    store = open_backend(request.param, request, tmp_path)
    yield store
    store.close()


@pytest.fixture(params=BACKENDS)
def kg_any_store(request, tmp_path: Path, fixture_extractions: list[Extraction]):
    """The fixture graph (background and three articles) in each kind of store."""
    from ingest import build_background

    store = open_backend(request.param, request, tmp_path)
    store.ensure_background(build_background())
    store.add_batch(fixture_extractions)
    yield store
    store.close()


@pytest.fixture(scope="module", params=BACKENDS)
def _kg_loaded(request, tmp_path_factory):
    """The fixture graph in each kind of store, loaded once per test module, with its triple count."""
    from ingest import build_background

    store = open_backend(request.param, request, tmp_path_factory.mktemp("kg-read"))
    store.ensure_background(build_background())
    store.add_batch(make_fixture_extractions())
    yield store, store.triple_count()
    store.close()


@pytest.fixture()
def kg_read_store(_kg_loaded):
    """The fixture graph in each kind of store, for tests that only read it: loaded once per module (a remote
    server takes seconds to load), and loaded again when another test changed what the server holds."""
    from ingest import build_background

    store, count = _kg_loaded
    if store.triple_count() != count:
        store.clear()
        store.ensure_background(build_background())
        store.add_batch(make_fixture_extractions())
    assert store.triple_count() == count
    return store


@pytest.fixture()
def fixture_extractions() -> list[Extraction]:
    """Three hand-written articles with known events (no NLP involved)."""
    return make_fixture_extractions()


def build_fixture_store(path: Path) -> Path:
    """A store on disk holding the background graph and the three fixture articles; returns its path."""
    from graph.store.store import Store
    from ingest import build_background

    with Store(path) as store:
        store.ensure_background(build_background())
        for ex in make_fixture_extractions():
            store.add(ex)
    return path


def make_fixture_extractions() -> list[Extraction]:
    """The three fixture articles, for module-scoped fixtures too."""
    s1 = "Iran supplied drones to Russia."
    s2 = "Russia attacked Ukraine."
    a1 = Article(id="f1", text=f"{s1} {s2}", title="Drones", published="2025-01-10", source="Desk")
    e1 = Extraction(
        a1,
        relations=[
            relation(
                s1, "Iran", "iran", "supply", "Russia", "russia", cameo="07", quad=2, goldstein=7.0, date="2025-01-10"
            ),
            relation(
                s2,
                "Russia",
                "russia",
                "attack",
                "Ukraine",
                "ukraine",
                cameo="18",
                quad=4,
                goldstein=-9.0,
                date="2025-01-10",
                offset=len(s1) + 1,
            ),
        ],
    )
    s3 = "Donald Trump met Vladimir Putin in Anchorage."
    a2 = Article(id="f2", text=s3, title="Summit", published="2025-08-15", source="Desk")
    met = relation(
        s3,
        "Donald Trump",
        "donald-trump",
        "meet",
        "Vladimir Putin",
        "vladimir-putin",
        cameo="04",
        quad=1,
        goldstein=1.0,
        date="2025-08-15",
    )
    at = s3.index("Anchorage")
    met = dataclasses.replace(
        met,
        place=Mention("Anchorage", at, at + len("Anchorage"), actor("place-anchorage")),
        where=GeoPlace("Anchorage", "US", 5879400, 61.21806, -149.90028),
    )
    e2 = Extraction(a2, relations=[met])
    s4 = "China did not supply weapons to Russia."
    a3 = Article(id="f3", text=s4, title="Denial", published="2025-02-01", source="Other Desk")
    e3 = Extraction(
        a3,
        relations=[
            relation(
                s4,
                "China",
                "china",
                "supply",
                "Russia",
                "russia",
                cameo="07",
                quad=2,
                goldstein=7.0,
                negated=True,
                date="2025-02-01",
            ),
        ],
    )
    for ex in (e1, e2, e3):
        ex.mentions.extend(m for r in ex.relations for m in (r.subject, r.object))
    return [e1, e2, e3]


def serve_store(store: Path, *args: str, cwd: Path | None = None):
    """Run ``geokg serve`` on a free loopback port; yields the base URL, stops the server afterwards."""
    import os
    import socket
    import subprocess
    import sys
    import tempfile
    import time

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(os.environ, GEOKG_STORE=str(store))
    proc = subprocess.Popen(
        [sys.executable, "-m", "geokg", "serve", "--port", str(port), *args],
        cwd=cwd or ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(log := tempfile.TemporaryFile()),
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):  # up to two minutes: the query workers start first, slowly on a busy machine
        try:
            httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=1)
            break
        except httpx.TransportError:
            if proc.poll() is not None:
                log.seek(0)
                raise AssertionError(log.read().decode()) from None
            time.sleep(0.2)
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()


ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium, headless, driven by playwright (no browser download)."""
    if not CHROMIUM.exists():
        missing("Debian's chromium is not installed (.ci/run installs it: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        yield b
        b.close()
