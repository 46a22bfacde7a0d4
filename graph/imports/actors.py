"""Match another coder's actors to geokg's: by CAMEO country code, then by name, else a new actor.

A CAMEO country code (GDELT's ``Actor1CountryCode``, the first three letters of ``Actor1Code``, a PLOVER
record's country) is the country geokg's gazetteer has under that code in the Phoenix tables
(``ingest/data/phoenix_actors.json``, ``countries``): the same IRI geokg mints for the country. A name is looked
up among the gazetteer's names, aliases, demonyms and metonyms, folded as :func:`ingest.actors.gazetteer.name_key`
folds them ("UNITED NATIONS" is the United Nations). Anything else becomes an actor of its own,
``actor:imported-<slug of the name>`` (or of the code), labelled with the coder's name for it, one IRI for one
name whichever coder gave it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import pyoxigraph as ox
from rdflib import RDF, RDFS, URIRef

from ingest.actors.gazetteer import Gazetteer, load_gazetteer, name_key, slugify
from ingest.places import PHOENIX_PATH

from ..rdf.mint import actor_iri
from ..rdf.rdf import N
from ..rdf.vocab import GEO
from .records import ImportedActor

__all__ = ["ActorMatch", "ActorMatcher", "MatchKind", "load_matcher"]

IMPORTED_PREFIX = "imported-"
# CAMEO codes of organisations (intergovernmental, non-governmental, multinational companies): a new actor with
# one of these is an ORG, any other a NORP (a group named by what it is, as "POLICE" or "PROTESTERS")
ORG_CODES = frozenset({"IGO", "NGO", "NGM", "MNC", "BUS", "MED", "PTY"})


class MatchKind(StrEnum):
    """How an imported actor found its geokg actor."""

    COUNTRY = "country code"
    NAME = "name"
    NEW = "new"


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """The geokg actor an imported actor is, how it was found, and for a new actor its label and type."""

    iri: URIRef
    kind: MatchKind
    label: str | None = None
    actor_type: str | None = None

    def quads(self, g: ox.NamedNode) -> Iterator[ox.Quad]:
        """A new actor's description in the import graph (nothing for an actor geokg knows: its background
        graph describes it)."""
        if self.kind is not MatchKind.NEW:
            return
        node = N(self.iri)
        yield ox.Quad(node, N(RDF.type), N(GEO.Actor), g)
        yield ox.Quad(node, N(RDFS.label), ox.Literal(self.label or ""), g)
        yield ox.Quad(node, N(GEO.actorType), ox.Literal(self.actor_type or "NORP"), g)


class ActorMatcher:
    """Imported actors to geokg actor IRIs (see the module's docstring for the order)."""

    def __init__(self, gazetteer: Gazetteer, countries: dict[str, str]) -> None:
        self._countries = {code.upper(): key for code, key in countries.items() if key in gazetteer.actors}
        self._names: dict[str, str] = {}
        for form, key in gazetteer.forms.items():
            self._names.setdefault(_fold(form), key)
        for key, actor in gazetteer.actors.items():
            self._names.setdefault(_fold(actor.label), key)
        self._names.pop("", None)
        self._country_keys = {k for k, a in gazetteer.actors.items() if a.kind == "Country"}

    def country(self, code: str | None) -> str | None:
        """The gazetteer key of the country a CAMEO country code names (``RUS`` -> ``russia``), or None."""
        if not code:
            return None
        return self._countries.get(code.strip().upper()[:3])

    def by_name(self, name: str | None) -> str | None:
        """The gazetteer key of the actor a name names, or None."""
        return self._names.get(_fold(name)) if name else None

    def match(self, actor: ImportedActor) -> ActorMatch:
        key = self.country(actor.country)
        if key is None and actor.code and len(actor.code.strip()) >= 3:
            key = self.country(actor.code)
        if key is None and actor.country and len(actor.country.strip()) > 3:  # a country written out ("Russia")
            named = self.by_name(actor.country)
            key = named if named in self._country_keys else None
        if key is not None:
            return ActorMatch(actor_iri(key), MatchKind.COUNTRY)
        key = self.by_name(actor.name)
        if key is not None:
            return ActorMatch(actor_iri(key), MatchKind.NAME)
        label = (actor.name or actor.code or "").strip()
        slug = slugify(name_key(label)) or slugify(label)
        iri = actor_iri(IMPORTED_PREFIX + slug) if slug else actor_iri(IMPORTED_PREFIX + label.casefold())
        code = (actor.code or "").strip().upper()
        org = actor.organisation or code[:3] in ORG_CODES or code[3:6] in ORG_CODES
        return ActorMatch(iri, MatchKind.NEW, label, "ORG" if org else "NORP")


def _fold(text: str | None) -> str:
    folded = name_key(text or "")
    return folded[4:] if folded.startswith("the ") else folded


@lru_cache(maxsize=1)
def load_matcher() -> ActorMatcher:
    """The matcher over geokg's bundled gazetteer and the Phoenix country codes (loaded once)."""
    countries = json.loads(PHOENIX_PATH.read_text(encoding="utf8"))["countries"]
    return ActorMatcher(load_gazetteer(), countries)
