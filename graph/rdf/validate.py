"""Validate the store against geokg's SHACL shapes with pySHACL."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from ..store.store import Store

__all__ = ["ONTOLOGY", "SHAPES", "Validation", "union_graph", "validate_store"]

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


def validate_store(store: Store) -> Validation:
    """Run the shapes over the union of all graphs (RDFS inference with the ontology for subclasses)."""
    from pyshacl import validate

    shapes = Graph().parse(SHAPES, format="turtle")
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    conforms, results, text = validate(
        union_graph(store),
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="rdfs",
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
