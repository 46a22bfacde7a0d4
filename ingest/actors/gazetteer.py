"""The actor gazetteer: canonical actors, their surface forms and memberships."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..records import Actor, Background, CameoRoot, Tenure

__all__ = [
    "DEFAULT_PATH",
    "OFFICES_PATH",
    "UNKNOWN_PREFIX",
    "Gazetteer",
    "load_gazetteer",
    "name_key",
    "slugify",
    "unknown_actor",
]

DEFAULT_PATH = Path(__file__).parent.parent / "data" / "gazetteer.json"
OFFICES_PATH = Path(__file__).parent.parent / "data" / "offices.json"  # dated offices (docs/actors.md)
_TITLES = re.compile(
    r"^(?:the\s+)?(?:president|prime minister|chancellor|minister|secretary|general|gen\.|dr\.?|mr\.?|"
    r"mrs\.?|ms\.?|sir|king|queen|prince|sheikh|ayatollah)\s+",
    re.IGNORECASE,
)


def slugify(text: str, *, max_len: int = 48) -> str:
    """ASCII slug of ``text`` ("Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan")."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")
    return slug[:max_len].rstrip("-")


_ARTICLE_PREFIX = re.compile(r"\b(?:al|el)[-‐ ]|\b(?:ul|ad|ar|as|ash|at|az)[-‐]", re.IGNORECASE)


def name_key(label: str) -> str:
    """The form under which spellings of one name fold together: accents, case, hyphens and the Arabic
    article dropped ("Abu Bakr al-Baghdadi", "Abu Bakr Al Baghdadi", "Abu-Bakr al Baghdadi"; "López Obrador",
    "Lopez Obrador")."""
    norm = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    norm = _ARTICLE_PREFIX.sub("", norm)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", norm.casefold()).split())


UNKNOWN_PREFIX = "ent-"  # the keys of actors the gazetteer does not know


def unknown_actor(text: str, type_: str) -> Actor:
    """A deterministic actor for a named entity the gazetteer does not know; spellings of one name that differ
    only in accents, case, hyphens or the Arabic article get one key (:func:`name_key`)."""
    label = _TITLES.sub("", " ".join(text.split())).strip()
    label = re.sub(r"(?:'s|’s)$", "", label) or text
    digest = hashlib.sha1(f"{type_}\x1f{name_key(label) or label.casefold()}".encode()).hexdigest()[:10]
    return Actor(key=f"{UNKNOWN_PREFIX}{digest}", label=label, type=type_, wikidata=None, kind=None)


@dataclass
class Gazetteer:
    """Actors by key, surface forms mapped to keys, and standing relations."""

    actors: dict[str, Actor]
    forms: dict[str, str]
    leader_of: dict[str, str] = field(default_factory=dict)
    offices: dict[str, str] = field(default_factory=dict)
    memberships: dict[str, list[str]] = field(default_factory=dict)
    demonyms: frozenset[str] = frozenset()
    tenures: tuple[Tenure, ...] = ()
    metonyms: frozenset[str] = frozenset()  # places and buildings that stand for an actor ("Kyiv", "the Kremlin")

    @functools.cached_property
    def _tenures_by_person(self) -> dict[str, list[Tenure]]:
        index: dict[str, list[Tenure]] = {}
        for tenure in self.tenures:
            index.setdefault(tenure.person, []).append(tenure)
        return index

    def offices_of(self, person: str, on: str | None = None) -> list[Tenure]:
        """The dated offices ``person`` held on the ISO date ``on`` (every one they held when ``on`` is None);
        for a person with no dated office, the gazetteer's own leadership as an open tenure."""
        held = self._tenures_by_person.get(person)
        if held:
            return [t for t in held if on is None or t.held_on(on)]
        owner = self.leader_of.get(person)
        if owner is None:
            return []
        office = self.offices.get(person, "") or "leader"
        return [Tenure(person, owner, office, "leader", "0001-01-01")]

    def holders(self, owner: str, on: str, *, roles: frozenset[str] | None = None) -> list[Tenure]:
        """The tenures of ``owner``'s offices held on the ISO date ``on`` (of the given roles)."""
        return [t for t in self.tenures if t.owner == owner and t.held_on(on) and (roles is None or t.role in roles)]

    def with_offices(self, offices: dict) -> Gazetteer:
        """This gazetteer with a dated offices table (``ingest/data/offices.json``): its people become actors
        (the gazetteer's own entry wins where the key exists), its rows tenures."""
        actors, forms = dict(self.actors), dict(self.forms)
        tenures: list[Tenure] = []
        for row in offices.get("offices", []):
            key = row["key"]
            if key not in actors:
                actors[key] = Actor(key=key, label=row["person"], type="PERSON", wikidata=row.get("wikidata"))
            for form in [row["person"], *row.get("aliases", [])]:
                forms.setdefault(form, key)
                if "." in form:  # "Ferdinand Marcos Jr." is also written without the stop
                    forms.setdefault(" ".join(form.replace(".", " ").split()), key)
            if row["country"] in actors:
                tenures.append(Tenure(key, row["country"], row["office"], row["role"], row["start"], row.get("end")))
        merged = tuple(dict.fromkeys([*self.tenures, *tenures]))  # added to what it has, once each
        return dataclasses.replace(self, actors=actors, forms=forms, tenures=merged)

    @classmethod
    def from_json(cls, data: dict) -> Gazetteer:
        actors: dict[str, Actor] = {}
        forms: dict[str, str] = {}
        leader_of: dict[str, str] = {}
        offices: dict[str, str] = {}
        demonyms: set[str] = set()
        metonyms: set[str] = set()
        for row in data["actors"]:
            actor = Actor(
                key=row["key"],
                label=row["label"],
                type=row["type"],
                wikidata=row.get("wikidata"),
                kind=row.get("kind"),
                country=row.get("country"),  # where a place lies, whom an armed group belongs to
            )
            actors[actor.key] = actor
            for form in [row["label"], *row.get("aliases", []), *row.get("metonyms", [])]:
                forms.setdefault(form, actor.key)
            for form in row.get("demonyms", []):
                forms.setdefault(form, actor.key)
                demonyms.add(form)
            metonyms.update(row.get("metonyms", []))
            if row.get("leader_of"):
                leader_of[actor.key] = row["leader_of"]
                offices[actor.key] = row.get("office") or ""
        return cls(
            actors,
            forms,
            leader_of,
            offices,
            dict(data.get("memberships", {})),
            frozenset(demonyms),
            metonyms=frozenset(metonyms),
        )

    def background(self, cameo_roots: tuple[CameoRoot, ...] = ()) -> Background:
        """The gazetteer's knowledge as a record for the background graph."""
        aliases: dict[str, list[str]] = {}
        for form, key in sorted(self.forms.items()):
            if form != self.actors[key].label:
                aliases.setdefault(key, []).append(form)
        return Background(
            actors=tuple(self.actors[k] for k in sorted(self.actors)),
            aliases={k: tuple(v) for k, v in aliases.items()},
            leaders=dict(self.leader_of),
            offices=dict(self.offices),
            memberships={k: tuple(v) for k, v in self.memberships.items()},
            cameo_roots=cameo_roots,
            tenures=self.tenures,
        )

    def lookup(self, form: str) -> Actor | None:
        """The actor a surface form names, or None."""
        key = self.forms.get(form)
        if key is None and form.lower().startswith("the "):
            key = self.forms.get(form[4:])
        return self.actors.get(key) if key else None


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Load (and cache) the gazetteer JSON; the bundled one by default."""
    with open(path or DEFAULT_PATH, encoding="utf8") as fh:
        gazetteer = Gazetteer.from_json(json.load(fh))
    if path is None and OFFICES_PATH.exists():  # the bundled gazetteer comes with the dated offices
        with open(OFFICES_PATH, encoding="utf8") as fh:
            gazetteer = gazetteer.with_offices(json.load(fh))
    return gazetteer
