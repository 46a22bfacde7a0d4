from __future__ import annotations

import re
from pathlib import Path

from graph.network import dyad_graph, event_graph
from graph.store import Store
from graph.viz import render_html, write_html
from ingest.records import Actor, Article, Extraction, Mention, Relation

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>'


def _hostile_extraction() -> Extraction:
    text = f"{HOSTILE} attacked Ruritania."
    a = Actor(key="ent-0000000001", label=HOSTILE, type="ORG")
    b = Actor(key="ent-0000000002", label="Ruritania", type="GPE")
    s, o = Mention(HOSTILE, 0, len(HOSTILE), a), Mention("Ruritania", text.index("Ruritania"), len(text) - 1, b)
    rel = Relation(s, "attack", o, text, 0, len(text), cameo="18", quad_class=4, goldstein=-9.0)
    return Extraction(Article(id="h1", text=text, title=HOSTILE), mentions=[s, o], relations=[rel])


def test_html_is_offline(tmp_path: Path, fixture_extractions) -> None:
    with Store(tmp_path / "kg") as store:
        for ex in fixture_extractions:
            store.add(ex)
        page = write_html(store, tmp_path / "g.html").read_text(encoding="utf8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.IGNORECASE)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", page, re.IGNORECASE)
    assert "@import" not in page
    assert "Content-Security-Policy" in page and "vis.Network" in page


def test_hostile_text_is_never_markup(tmp_path: Path) -> None:
    with Store(tmp_path / "kg") as store:
        store.add(_hostile_extraction())
        D = dyad_graph(event_graph(store))
    page = render_html(D, title=HOSTILE)
    assert "<script>alert" not in page and "<img" not in page and 'href="javascript' not in page
    # our template opens exactly three script elements, each at a line start: vis-network, data, bootstrap
    assert len(re.findall(r"^<script", page, re.MULTILINE)) == 3
    assert "&lt;script&gt;" in page  # the title, escaped


def test_event_graph_counts_events_and_keeps_evidence(tmp_path: Path, fixture_extractions) -> None:
    with Store(tmp_path / "kg") as store:
        for ex in fixture_extractions:
            store.add(ex)
        G = event_graph(store)
    assert G.number_of_edges() == 4
    D = dyad_graph(G)
    iran_russia = D.edges["https://w3id.org/geokg/actor/iran", "https://w3id.org/geokg/actor/russia"]
    assert iran_russia["events"] == 1 and iran_russia["goldstein"] == 7.0
    assert iran_russia["sentences"] == ["Iran supplied drones to Russia."]
    assert not D.has_edge("https://w3id.org/geokg/actor/china", "https://w3id.org/geokg/actor/russia")  # negated
