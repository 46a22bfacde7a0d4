"""Record types that flow from ingest to the graph: articles, mentions, relations.

These are plain, frozen dataclasses with no behaviour beyond serialisation, so
``graph`` and the CLI can depend on them without depending on spaCy.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from .places import GeoPlace

__all__ = [
    "Actor",
    "Article",
    "Background",
    "CameoRoot",
    "Extraction",
    "Mention",
    "Relation",
    "Skipped",
    "Tenure",
    "checked_date",
    "content_hash",
]

log = logging.getLogger(__name__)


def content_hash(text: str) -> str:
    """SHA-256 hex digest of an article's text (its identity when no id is given)."""
    return hashlib.sha256(text.encode("utf8")).hexdigest()


def checked_date(value: str, *, where: str) -> str | None:
    """``value`` when it is an ISO 8601 date or date-time (``2025-08-15``, ``2025-08-15T09:30:00Z``), else
    None with a warning naming ``where``: a graph never stores a date that is not one."""
    text = value.strip()
    try:
        date.fromisoformat(text[:10])
        if len(text) > 10:
            datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        if text:
            log.warning("%s: published %r is not a date (YYYY-MM-DD); stored without a date", where, value[:40])
        return None
    return text


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from disk; ``text`` is never altered afterwards."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    path: str | None = None

    def __post_init__(self) -> None:
        if self.published is not None:
            object.__setattr__(self, "published", checked_date(self.published, where=f"article {self.id!r}"))

    @property
    def hash(self) -> str:
        """Content hash over the fields that change what is extracted or stored."""
        meta = "\x1f".join(x or "" for x in (self.title, self.url, self.published, self.source))
        return content_hash(self.text + "\x1e" + meta)


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor: a gazetteer entry or a named entity the gazetteer lacks."""

    key: str  # stable slug, e.g. "russia" or "ent-3f2a9c1e0b"
    label: str
    type: str  # PERSON, ORG, GPE, LOC, FAC, NORP
    wikidata: str | None = None
    kind: str | None = None  # Country, Person, IGO, ArmedGroup, GroupActor ...
    sector: str | None = None  # group actors: military, government, rebels, civilians ...
    country: str | None = None  # key of the country a group actor or armed group belongs to


@dataclass(frozen=True, slots=True)
class CameoRoot:
    """One of the 20 CAMEO root codes with its Goldstein score, quad class and PLOVER type."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str


@dataclass(frozen=True, slots=True)
class Tenure:
    """An office held from one date to another (``until`` None: still held as far as geokg knows)."""

    person: str  # actor key
    owner: str  # key of the state or organisation
    office: str  # "President", "Minister of Foreign Affairs" ...
    role: str  # head_of_state, head_of_government, foreign_minister, defence_minister, secretary_general ...
    start: str  # ISO date
    until: str | None = None

    def held_on(self, day: str) -> bool:
        """Whether the office was held on ``day`` (ISO date; ISO strings compare as dates)."""
        return self.start <= day and (self.until is None or day <= self.until)


@dataclass(frozen=True)
class Background:
    """Knowledge that is not drawn from articles: the gazetteer's actors and standing relations,
    and the CAMEO code list. ``graph`` stores it in its own named graph."""

    actors: tuple[Actor, ...]
    aliases: dict[str, tuple[str, ...]]  # actor key -> other names
    leaders: dict[str, str]  # person key -> key of what they lead
    offices: dict[str, str]  # person key -> office
    memberships: dict[str, tuple[str, ...]]  # organisation key -> member keys
    cameo_roots: tuple[CameoRoot, ...]
    tenures: tuple[Tenure, ...] = ()  # dated offices


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the article's text that refers to an actor."""

    text: str
    start: int
    end: int
    actor: Actor
    type: str | None = None  # the mention's own type when it differs ("Russian": NORP)

    def to_json(self) -> dict[str, Any]:
        """The mention's part of an ``extract`` record (the contract's field names)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.actor.label,
            "id": self.actor.key,
            "wikidata": self.actor.wikidata,
            "type": self.type or self.actor.type,
        }


@dataclass(frozen=True, slots=True)
class Relation:
    """An event or standing relation between two actors, with its evidence."""

    subject: Mention
    predicate: str
    object: Mention
    sentence: str
    sentence_start: int
    sentence_end: int
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    theme: str | None = None
    negated: bool = False
    modality: str = "asserted"
    date: str | None = None
    code: str | None = None  # the full CAMEO code ("0234", "190"); ``cameo`` is its root
    place: Mention | None = None  # where it happened, when the sentence says so ("met in Geneva")
    speaker: Mention | None = None  # who reports it, when the text only reports it ("Kyiv said ...")
    where: GeoPlace | None = None  # the place resolved to GeoNames (ingest.places), when it could be


def _location(place: Mention | None, where: GeoPlace | None) -> dict[str, Any] | None:
    """The contract's optional ``location`` of a relation: the place's mention, the actor it links to, and
    the GeoNames place it resolves to (``geonames`` id, ISO ``country_code``, ``lat``, ``lon``; null when not
    resolved, and no point for a country)."""
    if place is None:
        return None
    actor = place.actor
    return {
        "text": place.text,
        "start": place.start,
        "end": place.end,
        "name": where.name if where is not None else actor.label,
        "id": actor.key,
        "wikidata": actor.wikidata,
        "country": actor.country if actor.kind != "Country" else actor.key,
        "country_code": where.country if where is not None else None,
        "geonames": where.geonameid if where is not None else None,
        "lat": where.lat if where is not None else None,
        "lon": where.lon if where is not None else None,
    }


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    note: str | None = None  # why nothing was extracted (empty, not English ...)

    def records(self) -> list[dict[str, Any]]:
        """The article's records in the ``geokg extract`` JSON Lines contract."""
        doc = self.article.id
        out: list[dict[str, Any]] = []
        for m in self.mentions:
            out.append({"kind": "entity", "doc": doc, **m.to_json()})
        for r in self.relations:
            out.append(
                {
                    "kind": "relation",
                    "doc": doc,
                    "subject": r.subject.to_json(),
                    "predicate": r.predicate,
                    "object": r.object.to_json(),
                    "theme": r.theme,
                    "cameo": r.cameo,
                    "code": r.code,
                    "quad_class": r.quad_class,
                    "goldstein": r.goldstein,
                    "negated": r.negated,
                    "modality": r.modality,
                    "date": r.date,
                    "location": _location(r.place, r.where),
                    "speaker": r.speaker.to_json() if r.speaker is not None else None,
                    "sentence": r.sentence,
                    "evidence": {"start": r.sentence_start, "end": r.sentence_end},
                }
            )
        return out


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read, with a one-line reason and fix."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
