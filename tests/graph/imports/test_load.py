"""Imports into a real store (embedded Oxigraph): their own named graphs, geokg's ontology, actors joined to geokg's,
re-import idempotent, and nothing geokg counts as its own (articles, events, exports, saved queries)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, SKOS, Graph

from graph.imports import ImportKind, ImportStatus, MatchKind, import_file, prepare_store
from graph.rdf.rdf import N
from graph.rdf.validate import ONTOLOGY, SHAPES
from graph.rdf.vocab import GEO
from graph.store.export import export
from graph.store.store import Store
from ingest.errors import InputError
from queries import load_query, run_query, summarize
from tests.graph.imports.stores import store_copy

DATA = Path(__file__).parent / "data"
GDELT = DATA / "20250110.export.CSV"
PLOVER = DATA / "events.jsonl"
A = "https://w3id.org/geokg/actor/"
PROV = "http://www.w3.org/ns/prov#wasDerivedFrom"
GRAPH = "https://w3id.org/geokg/graph/import/gdelt/20250110-export"
EVENT = "https://w3id.org/geokg/imported/gdelt/event/"
OWN_QUERIES = (("dyad_balance", {}), ("active_pairs", {}), ("actor_profile", {"actor": "Russia"}), ("stats", {}))


@pytest.fixture()
def kg_store(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path):
    """A copy of the fixture graph (background and three articles) for each test."""
    with Store(store_copy(tmp_path_factory, tmp_path / "kg")) as store:
        yield store


def _rows(store: Store, name: str, **params: str) -> list[tuple]:
    return [tuple(t.value if t else None for t in row) for row in run_query(store, load_query(name), params).rows]


def _export(store: Store, fmt: str) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out)
    return out.getvalue()


def _about(store: Store, subject: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for q in store.triples(ox.NamedNode(subject), None, None):
        out.setdefault(q.predicate.value, set()).add(q.object.value)
    return out


def test_an_import_is_its_own_graph_and_not_geokgs_events(kg_store: Store) -> None:
    store = kg_store
    before = {
        "articles": store.article_graphs(),
        "summary": summarize(store).lines()[:3] + summarize(store).lines()[4:],  # all but the triple count
        "csv": _export(store, "csv"),
        "plover": _export(store, "plover"),
        **{name: _rows(store, name, **params) for name, params in OWN_QUERIES},
    }
    report = import_file(store, GDELT, kind=ImportKind.GDELT)
    assert (report.status, report.events, report.skipped, report.graph) == (ImportStatus.ADDED, 16, 0, GRAPH)
    assert report.actors == {MatchKind.COUNTRY: 28, MatchKind.NAME: 1, MatchKind.NEW: 2}
    assert ox.NamedNode(GRAPH) in store.named_graphs() and ox.NamedNode(GRAPH) not in store.article_graphs()
    after = {
        "articles": store.article_graphs(),
        "summary": summarize(store).lines()[:3] + summarize(store).lines()[4:],  # all but the triple count
        "csv": _export(store, "csv"),
        "plover": _export(store, "plover"),
        **{name: _rows(store, name, **params) for name, params in OWN_QUERIES},
    }
    assert after == before  # geokg's articles, events, exports and dyads are its own still
    # every imported event lives in the import's graph only, with geokg's properties and actors
    g = ox.NamedNode(GRAPH)
    in_graph = {q.subject.value for q in store.oxigraph.quads_for_pattern(None, N(GEO.coder), None, g)}
    assert len(in_graph) == 17  # 16 events and the import's own node
    first = _about(store, EVENT + "410000001")
    assert first["http://www.w3.org/1999/02/22-rdf-syntax-ns#type"] == {str(GEO.ImportedEvent)}
    assert first[str(GEO.actor)] == {A + "iran"} and first[str(GEO.target)] == {A + "russia"}
    assert first[str(GEO.cameo)] == {"https://w3id.org/geokg/cameo/07"} and first[str(GEO.cameoCode)] == {"072"}
    assert (first[str(GEO.quadClass)], first[str(GEO.goldstein)], first[str(GEO.date)]) == (
        {"2"},
        {"8.3"},
        {"2025-01-10"},
    )
    assert first[str(GEO.sourceUrl)] == {"https://news.example.org/2025/01/10/drone-deliveries"}
    [place] = first[str(GEO.location)]
    where = _about(store, place)
    assert where[str(GEO.countryCode)] == {"IR"} and where["http://www.w3.org/2000/01/rdf-schema#label"] == {
        "Tehran, Tehran, Iran"
    }
    # the import node: the file, its hash, the counts
    node = _about(store, GRAPH)
    assert node[str(GEO.importedEvents)] == {"16"} and node[str(GEO.skippedRecords)] == {"0"}
    assert node["https://schema.org/name"] == {"20250110.export.CSV"}
    # the matched actors are geokg's (labels from the background graph); a new one is labelled in the import
    assert _about(store, A + "iran")["http://www.w3.org/2000/01/rdf-schema#label"] == {"Iran"}
    assert _about(store, A + "imported-villager")[str(GEO.actorType)] == {"NORP"}


def test_importing_again_replaces_the_graph(kg_store: Store, tmp_path: Path) -> None:
    store = kg_store
    copy = tmp_path / GDELT.name
    shutil.copy(GDELT, copy)
    import_file(store, copy, kind=ImportKind.GDELT)
    first = store.canonical_hash()
    again = import_file(store, copy, kind=ImportKind.GDELT)
    assert (again.status, again.events) == (ImportStatus.UNCHANGED, 16)
    forced = import_file(store, copy, kind=ImportKind.GDELT, force=True)
    assert forced.status is ImportStatus.REPLACED and store.canonical_hash() == first
    # the file changed: its graph is replaced, events no longer in it are gone from the merged graph too
    copy.write_text("".join(GDELT.read_text().splitlines(keepends=True)[:3]))
    changed = import_file(store, copy, kind=ImportKind.GDELT)
    assert (changed.status, changed.events) == (ImportStatus.REPLACED, 3)
    assert _about(store, EVENT + "410000003") and not _about(store, EVENT + "410000004")
    assert not _about(store, A + "imported-villager")  # a new actor only that import named goes with it
    assert _about(store, A + "russia")  # geokg's own actor stays


def test_an_import_cut_short_is_done_again(kg_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store = kg_store
    monkeypatch.setattr("graph.imports.load.BATCH", 20)  # small transactions: some are written before the stop
    seen = []

    def stop_after_five(item) -> None:
        seen.append(item)
        if len(seen) == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_file(store, GDELT, kind=ImportKind.GDELT, on_item=stop_after_five)
    assert _about(store, EVENT + "410000001")  # written before the stop ...
    assert str(GEO.importedEvents) not in _about(store, GRAPH)  # ... but no count: the import is not whole
    report = import_file(store, GDELT, kind=ImportKind.GDELT)  # not "unchanged": it runs again
    assert (report.status, report.events) == (ImportStatus.REPLACED, 16)
    assert _about(store, GRAPH)[str(GEO.importedEvents)] == {"16"}


def test_bad_lines_are_counted_and_stored_with_the_rest(kg_store: Store) -> None:
    skipped = []
    report = import_file(kg_store, DATA / "bad.jsonl", kind=ImportKind.PLOVER, coder="polecat", on_item=skipped.append)
    assert (report.events, report.skipped) == (1, 4) and len(skipped) == 5
    assert report.graph == "https://w3id.org/geokg/graph/import/polecat/bad"
    # an import with skipped lines is read again next time (the lines are reported again until fixed)
    assert import_file(kg_store, DATA / "bad.jsonl", kind=ImportKind.PLOVER, coder="polecat").status is (
        ImportStatus.REPLACED
    )
    with pytest.raises(InputError, match="coder name 'geokg' is not a slug other than 'geokg'"):
        import_file(kg_store, PLOVER, kind=ImportKind.PLOVER, coder="geokg")
    with pytest.raises(InputError, match=r"missing\.jsonl: no such file; check the path"):
        import_file(kg_store, DATA / "missing.jsonl", kind=ImportKind.PLOVER)


def test_geokgs_own_plover_export_comes_back_as_the_same_dyads(kg_store: Store, tmp_path: Path) -> None:
    exported = tmp_path / "geokg-events.jsonl"
    exported.write_bytes(_export(kg_store, "plover"))
    report = import_file(kg_store, exported, kind=ImportKind.PLOVER, coder="roundtrip")
    assert (report.events, report.skipped) == (4, 0) and report.actors[MatchKind.NAME] == 8
    rows = _rows(kg_store, "compare_coders", coder="roundtrip")
    assert rows and all(r[3] == r[4] == "1" for r in rows)  # geokg's count and the re-imported count agree
    assert {(r[0], r[1], r[2]) for r in rows} == {
        ("2025-01", "Iran", "Russia"),
        ("2025-01", "Russia", "Ukraine"),
        ("2025-08", "United States", "Russia"),
    }


def test_an_import_conforms_to_the_shapes(kg_store: Store) -> None:
    """SHACL over the import graphs and the background nodes they point to (the whole store takes long)."""
    from pyshacl import validate

    store = kg_store
    prepare_store(store)  # nothing to write: the background graph is there
    graphs = [
        import_file(store, path, kind=kind).graph
        for path, kind in ((GDELT, ImportKind.GDELT), (PLOVER, ImportKind.PLOVER))
    ]
    quads = [q for g in graphs for q in store.graph_quads(ox.NamedNode(g))]
    linked = {q.object for q in quads if isinstance(q.object, ox.NamedNode)}
    # what the shapes ask of the nodes an import points to: geokg's actors and the CAMEO concepts
    asked = [N(p) for p in (RDF.type, RDFS.label, GEO.actorType, SKOS.notation, SKOS.inScheme, GEO.quadClass)]
    quads += [q for node in linked for p in [*asked, N(GEO.goldstein)] for q in store.triples(node, p, None)]
    data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)
    shapes = Graph().parse(SHAPES, format="turtle")
    ontology = Graph().parse(ONTOLOGY, format="turtle")

    def check(nt: bytes) -> tuple[bool, str]:
        conforms, _, text = validate(
            Graph().parse(data=nt.decode(), format="nt"), shacl_graph=shapes, ont_graph=ontology, inference="rdfs"
        )
        return conforms, text

    conforms, text = check(data)
    assert conforms, text
    conforms, text = check(data.replace(b'"8.3"', b'"18.3"'))  # a Goldstein score out of range
    assert not conforms and "goldstein" in text


def test_an_actor_two_coders_spell_apart_is_one_actor_and_one_row(kg_store: Store, tmp_path: Path) -> None:
    import_file(kg_store, GDELT, kind=ImportKind.GDELT)  # "VILLAGER" protested against Russia on 2025-08-17
    other = tmp_path / "villagers.jsonl"
    other.write_text(
        '{"id": "v1", "date": "2025-08-30", "event_type": "PROTEST", "actor": "Villager", "recipient": "Russia"}\n'
    )
    import_file(kg_store, other, kind=ImportKind.PLOVER)
    assert _about(kg_store, A + "imported-villager")["http://www.w3.org/2000/01/rdf-schema#label"] == {
        "VILLAGER",
        "Villager",
    }
    rows = [r for r in _rows(kg_store, "compare_coders") if r[5] == A + "imported-villager"]
    assert rows == [("2025-08", "VILLAGER", "Russia", "0", "2", A + "imported-villager", A + "russia")]


def test_taking_an_import_out_keeps_what_another_graph_holds(kg_store: Store, tmp_path: Path) -> None:
    first, second = tmp_path / "day-1.export.CSV", tmp_path / "day-2.export.CSV"
    shutil.copy(GDELT, first)
    shutil.copy(GDELT, second)  # GDELT's files overlap: the same events in two imports
    import_file(kg_store, first, kind=ImportKind.GDELT)
    import_file(kg_store, second, kind=ImportKind.GDELT)
    count = kg_store.triple_count()
    first.write_text(GDELT.read_text().splitlines(keepends=True)[0])
    assert import_file(kg_store, first, kind=ImportKind.GDELT).events == 1
    # every event is still told by the second import; only the 15 the first no longer gives lose it as a source
    assert kg_store.triple_count() == count - 15
    graph = "https://w3id.org/geokg/graph/import/gdelt/"
    assert _about(kg_store, EVENT + "410000016")[PROV] == {graph + "day-2-export"}
    assert _about(kg_store, EVENT + "410000001")[PROV] == {graph + "day-1-export", graph + "day-2-export"}
    second.write_text("")
    assert import_file(kg_store, second, kind=ImportKind.GDELT).events == 0
    assert not _about(kg_store, EVENT + "410000016") and _about(kg_store, EVENT + "410000001")


def test_dropping_an_import_restores_the_store_before_it(kg_store: Store, tmp_path: Path) -> None:
    from graph.imports import drop_import

    prepare_store(kg_store)
    before = kg_store.triple_count()
    graphs = set(kg_store.named_graphs())
    import_file(kg_store, GDELT, kind=ImportKind.GDELT)
    assert kg_store.triple_count() > before
    assert drop_import(kg_store, "20250110.export.CSV.zip", coder="gdelt")  # by its name, zipped or not
    assert kg_store.triple_count() == before and set(kg_store.named_graphs()) == graphs
    assert not _about(kg_store, EVENT + "410000001")
    assert not drop_import(kg_store, GDELT, coder="gdelt")  # gone already: nothing to drop
    with pytest.raises(InputError, match="--coder"):
        drop_import(kg_store, GDELT, coder="Not a coder!")
