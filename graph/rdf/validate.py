"""Validate the store against geokg's SHACL shapes with pySHACL."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from ..store.store import Store

__all__ = ["ONTOLOGY", "SHAPES", "Validation", "entail_types", "union_graph", "validate_store"]

log = logging.getLogger(__name__)

SHAPES = Path(__file__).parent / "shapes.ttl"
ONTOLOGY = Path(__file__).parent / "ontology.ttl"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class Validation:
    conforms: bool
    violations: int
    report: str


def _term(t):
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        if t.datatype.value == XSD_STRING:  # RDF 1.1: a plain literal is an xsd:string
            return Literal(t.value)
        return Literal(t.value, datatype=URIRef(t.datatype.value))
    raise ValueError(f"unexpected term {t!r}: geokg mints no blank nodes")


def union_graph(store: Store) -> Graph:
    """The merged default graph (all named graphs, each triple once) as an rdflib Graph."""
    g = Graph()
    for q in store.triples():
        g.add((_term(q.subject), _term(q.predicate), _term(q.object)))
    return g


def entail_types(g: Graph, ontology: Graph) -> int:
    """Add to ``g`` the ``rdf:type`` triples RDFS entails from ``ontology``; return how many were new.

    The shapes only target classes, so of RDFS's rules only the typing ones matter: a property's domain types its
    subject (rdfs2), its range types an IRI object (rdfs3), and a type brings each superclass (rdfs9, rdfs11).
    This is what pySHACL's ``inference="rdfs"`` adds for our shapes, at a fraction of the cost of the full closure.
    """
    supers: dict[URIRef, set[URIRef]] = {}
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        supers.setdefault(sub, set()).add(sup)
    changed = True
    while changed:  # transitive closure of rdfs:subClassOf (a handful of classes)
        changed = False
        for sub, sups in supers.items():
            more = set().union(*(supers.get(c, set()) for c in sups)) - sups - {sub}
            if more:
                sups |= more
                changed = True
    domains = {p: set(ontology.objects(p, RDFS.domain)) for p in set(ontology.subjects(RDFS.domain, None))}
    ranges = {p: set(ontology.objects(p, RDFS.range)) for p in set(ontology.subjects(RDFS.range, None))}
    types: set[tuple[URIRef, URIRef]] = set()
    for s, p, o in g:
        if p == RDF.type and isinstance(o, URIRef):
            types.add((s, o))
        for c in domains.get(p, ()):
            types.add((s, c))
        if isinstance(o, URIRef):
            for c in ranges.get(p, ()):
                types.add((o, c))
    closed = {(s, c) for s, t in types for c in (t, *supers.get(t, ()))}
    before = len(g)
    for s, c in closed:
        g.add((s, RDF.type, c))
    return len(g) - before


def validate_store(store: Store) -> Validation:
    """Run the shapes over the union of all graphs, typed as RDFS entails from the ontology (``entail_types``)."""
    from pyshacl import validate

    shapes = Graph().parse(SHAPES, format="turtle")
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    data = union_graph(store)
    entail_types(data, ontology)
    conforms, results, text = validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=False,
        allow_warnings=False,
    )
    violations = sum(
        1
        for _ in results.subjects(
            URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            URIRef("http://www.w3.org/ns/shacl#ValidationResult"),
        )
    )
    return Validation(bool(conforms), violations, text)
