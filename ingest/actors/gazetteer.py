"""The actor gazetteer: canonical actors, their surface forms and memberships."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..records import Actor, Background, CameoRoot

__all__ = ["DEFAULT_PATH", "Gazetteer", "load_gazetteer", "slugify", "unknown_actor"]

DEFAULT_PATH = Path(__file__).parent.parent / "data" / "gazetteer.json"
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


def unknown_actor(text: str, type_: str) -> Actor:
    """A deterministic actor for a named entity the gazetteer does not know."""
    label = _TITLES.sub("", " ".join(text.split())).strip()
    label = re.sub(r"(?:'s|’s)$", "", label) or text
    digest = hashlib.sha1(f"{type_}\x1f{label.casefold()}".encode()).hexdigest()[:10]
    return Actor(key=f"ent-{digest}", label=label, type=type_, wikidata=None, kind=None)


@dataclass
class Gazetteer:
    """Actors by key, surface forms mapped to keys, and standing relations."""

    actors: dict[str, Actor]
    forms: dict[str, str]
    leader_of: dict[str, str] = field(default_factory=dict)
    offices: dict[str, str] = field(default_factory=dict)
    memberships: dict[str, list[str]] = field(default_factory=dict)
    demonyms: frozenset[str] = frozenset()

    @classmethod
    def from_json(cls, data: dict) -> Gazetteer:
        actors: dict[str, Actor] = {}
        forms: dict[str, str] = {}
        leader_of: dict[str, str] = {}
        offices: dict[str, str] = {}
        demonyms: set[str] = set()
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
            if row.get("leader_of"):
                leader_of[actor.key] = row["leader_of"]
                offices[actor.key] = row.get("office") or ""
        return cls(actors, forms, leader_of, offices, dict(data.get("memberships", {})), frozenset(demonyms))

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
        return Gazetteer.from_json(json.load(fh))
