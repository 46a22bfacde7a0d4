from __future__ import annotations

import json
import re
from pathlib import Path

from graph.analysis.network import dyad_graph, event_graph
from graph.store.store import Store
from graph.viz import render_html, write_html
from ingest.records import Actor, Article, Extraction, Mention, Relation

A = "https://w3id.org/geokg/actor/"

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


TEMPLATE_WORDS = "{{ vis_js }} {{ data_json }} {% raw %} {# note #} {{ title }}"


def test_template_words_in_article_text_stay_text(tmp_path: Path) -> None:
    """A value is filled in once: an article holding template syntax cannot pull the library into the data."""
    with Store(tmp_path / "kg") as store:
        ex = _hostile_extraction()
        rel = ex.relations[0]
        sentence = f"{TEMPLATE_WORDS} {rel.sentence}"
        rel = Relation(rel.subject, rel.predicate, rel.object, sentence, 0, len(sentence), cameo="18", quad_class=4)
        store.add(Extraction(ex.article, mentions=ex.mentions, relations=[rel]))
        D = dyad_graph(event_graph(store))
    from graph.viz.viz import _vis_assets

    page = render_html(D, title=TEMPLATE_WORDS, note=TEMPLATE_WORDS)
    library = _vis_assets()[0][:200]
    assert page.count(library) == 1  # the bundled library is in the page once, in its own script
    data = _data(page)
    assert TEMPLATE_WORDS in json.dumps(data["details"])
    assert page.count("{{ vis_js }}") == 4  # as text: the title (twice), the note and the data


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


def _data(page: str) -> dict:
    import json

    raw = re.search(r'<script id="geokg-data" type="application/json">(.*?)</script>', page, re.DOTALL)
    assert raw is not None
    return json.loads(raw.group(1))


def test_page_carries_legend_codes_dates_and_safe_links(tmp_path: Path, fixture_extractions) -> None:
    import dataclasses

    first = fixture_extractions[0]
    linked = dataclasses.replace(first, article=dataclasses.replace(first.article, url="https://example.org/a"))
    hostile = dataclasses.replace(
        fixture_extractions[1], article=dataclasses.replace(fixture_extractions[1].article, url="javascript:alert(1)")
    )
    with Store(tmp_path / "kg") as store:
        for ex in (linked, hostile, fixture_extractions[2]):
            store.add(ex)
        page = write_html(store, tmp_path / "g.html", size_by="pagerank").read_text(encoding="utf8")
    data = _data(page)
    for words in ("material cooperation", "material conflict", "person", "organisation"):
        assert words in page  # the legend
    edges = {e["label"]: data["details"][e["id"]] for e in data["edges"]}
    supply = edges["supply"]
    assert any("07 provide aid" in line for line in supply["lines"])
    assert any("2025-01-10" in line for line in supply["lines"])
    assert supply["sentences"] == ["Iran supplied drones to Russia."]
    assert supply["articles"] == [{"title": "Drones", "url": "https://example.org/a", "date": "2025-01-10"}]
    assert edges["meet"]["articles"][0]["url"] == ""  # a javascript: URL is dropped
    colours = {e["label"]: e["color"] for e in data["edges"]}
    assert colours["supply"] == "#1a7f37" and colours["attack"] == "#cf222e"
    assert all(re.fullmatch(r"n[0-9a-f]{16}", n["id"]) for n in data["nodes"])
    sizes = {n["label"]: n["size"] for n in data["nodes"]}
    assert sizes["Russia"] > sizes["Iran"]  # PageRank: Russia receives


def test_note_is_shown_when_the_graph_is_capped(tmp_path: Path, fixture_extractions) -> None:
    from graph.analysis.focus import Focus

    with Store(tmp_path / "kg") as store:
        for ex in fixture_extractions:
            store.add(ex)
        page = write_html(store, tmp_path / "g.html", focus_on=Focus(max_nodes=2)).read_text(encoding="utf8")
    assert re.search(r'<div id="note">showing the 2 most active of \d+ actors', page)
    assert len(_data(page)["nodes"]) == 2


def test_query_results_as_graphs() -> None:
    import pyoxigraph as ox

    from graph.viz import graph_from_rows, graph_from_triples

    iran, russia = ox.NamedNode(A + "iran"), ox.NamedNode(A + "russia")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    D = graph_from_triples(
        [
            ox.Triple(iran, ox.NamedNode("https://w3id.org/geokg/rel/supply"), russia),
            ox.Triple(iran, label, ox.Literal("Iran")),
        ]
    )
    assert D.edges[A + "iran", A + "russia"]["predicates"] == {"supply": 1}
    assert D.nodes[A + "iran"]["label"] == "Iran" and D.nodes[A + "russia"]["label"] == "russia"
    R = graph_from_rows(["s", "n", "t"], [[iran, ox.Literal("3"), russia], [iran, None, None]])
    assert list(R.edges(data="sentences")) == [(A + "iran", A + "russia", ["n=3"])]


def test_notebook_html_embeds_the_page_inert(tmp_path: Path, fixture_extractions) -> None:
    from graph.viz import notebook_html

    with Store(tmp_path / "kg") as store:
        for ex in fixture_extractions:
            store.add(ex)
        page = write_html(store, tmp_path / "g.html").read_text(encoding="utf8")
    shown = notebook_html(page, height=400)._repr_html_()
    assert shown.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in shown and "height:400px" in shown
    # the whole page sits inside one attribute: no raw tag of it is markup of the notebook
    assert "<script" not in shown and "&lt;script" in shown
