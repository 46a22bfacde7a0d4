"""Group actors ("agents" in event coding): "Russian forces", "Syrian rebels", "protesters".

A sector noun after a demonym or country mention becomes an actor with a sector and
a country (CAMEO would write RUSMIL, SYRREB); a sector noun on its own becomes a
country-less group actor ("protesters": civilians), and so do armed forces named by their kind
("ground forces", "security forces"). Keys are slugs:
``russia-military``, ``group-rebels``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..records import Actor
from .gazetteer import Gazetteer

__all__ = [
    "COALITION_MILITARY",
    "INTERNATIONAL",
    "SECTORS",
    "SPOKESPEOPLE",
    "coalition_forces",
    "find_group_spans",
    "group_actor",
    "group_country",
    "state_body",
]

# Sector words follow CAMEO's agent codes as the Phoenix agent dictionary gives them (ingest/data/phoenix_actors.json,
# "agents"): protesters and activists are the opposition (OPP), lawmakers the legislature (LEG), students EDU.
# One deliberate difference: a state's spokespeople speak for its government (Phoenix codes the person MED).
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
SECTORS: dict[str, str] = {}
for _sector, _words in {
    "military": "forces troops army military soldiers navy marines battalion brigade paratroopers servicemen "
    "commanders airstrikes warplanes jets",
    "government": "government officials authorities ministry administration regime leadership diplomats "
    "cabinet delegation embassy envoy ministries consulate department departments spokesman spokeswoman "
    "spokesperson spokespeople presidency junta juntas",
    "rebels": "rebels insurgents militants fighters militia militias guerrillas separatists jihadists extremists "
    "terrorists",
    "opposition": "opposition protesters demonstrators activists dissidents",
    "legislature": "parliament parliaments lawmakers legislators",
    "education": "students",
    "police": "police policemen gendarmerie",
    "civilians": "civilians refugees citizens residents villagers children families hostages",
    "media": "media journalists press",
    "business": "companies firms businesses banks",
    "intelligence": "intelligence spies",
    "international": "community partners coalition allies",
}.items():
    for _w in _words.split():
        SECTORS[_w] = _sector
STANDALONE = frozenset(
    {
        "rebels",
        "insurgents",
        "militants",
        "protesters",
        "demonstrators",
        "civilians",
        "refugees",
        "jihadists",
        "separatists",
        "guerrillas",
        "militias",
        "activists",
        "terrorists",
        "citizens",
        "residents",
        "villagers",
        "students",
        "children",
        "families",
        "hostages",
    }
)

# "the international community", "international partners", "the international coalition": the
# unattributed community of states (no country, never owned); "partners" and "allies" also stand alone
INTERNATIONAL_ALONE = frozenset({"partners", "allies"})
INTERNATIONAL = "group-international"  # its key

# a word that may stand between the country and the sector noun
MODIFIERS = frozenset({"security", "armed", "special", "ground", "regular", "government", "opposition", "state"})
# the department of a state body: "Russia's Foreign Ministry", "the Israeli Defence Ministry", "the Foreign Office"
DEPARTMENTS = frozenset(
    {
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "justice",
        "home",
        "economy",
        "trade",
        "health",
        "treasury",
        "commerce",
        "homeland",
        "energy",
        "agriculture",
        "labor",
        "labour",
        "transport",
        "war",
    }
)
STEPS = frozenset({"'s", "’s", *MODIFIERS, *DEPARTMENTS})
# sector words that also name an office one holds or wins ("won the presidency of Austria"): no "of" owner
OFFICES = frozenset({"presidency", "leadership"})


def state_body(span: Span) -> bool:
    """A tagged name that is a group of a state ("French Embassy", "Foreign Ministry", "Kenyan troops",
    "Iraqi security forces"): a sector word at the end, department or kind words before it, and nothing else
    but a nationality first."""
    if SECTORS.get(span[-1].lower_) in (None, "international"):
        return False
    first = span[0]
    return all(t.lower_ in STEPS or (t.i == first.i and t.pos_ in ("ADJ", "PROPN")) for t in span[:-1])


def group_actor(gazetteer: Gazetteer, sector: str, country: str | None, text: str) -> Actor:
    """The group actor for a sector, of a country when known."""
    if country is None:
        label = "international community" if sector == "international" else sector
        return Actor(key=f"group-{sector}", label=label, type="NORP", kind="GroupActor", sector=sector)
    owner = gazetteer.actors[country]
    return Actor(
        key=f"{country}-{sector}",
        label=f"{owner.label} ({sector})",
        type="NORP",
        kind="GroupActor",
        sector=sector,
        country=country,
    )


def group_country(key: str) -> str | None:
    """The country key of a country's group actor key ("lebanon-legislature": "lebanon"), as
    :func:`group_actor` makes them; None for any other key."""
    for sector in set(SECTORS.values()):
        if key.endswith(f"-{sector}") and not key.startswith("group-"):
            return key[: -len(sector) - 1] or None
    return None


COALITION_MILITARY = "coalition-military"


def coalition_forces() -> Actor:
    """ "coalition forces": the armed forces of a multinational coalition, no one country's."""
    return Actor(key=COALITION_MILITARY, label="coalition forces", type="NORP", kind="GroupActor", sector="military")


def _coalition(doc: Doc, i: int) -> bool:
    """ "coalition" at i, not the end of "anti-coalition"."""
    if i < 0 or doc[i].lower_ != "coalition":
        return False
    return not (i >= 1 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_)


def find_group_spans(doc: Doc, actor_spans: list[Span], gazetteer: Gazetteer) -> tuple[list[Span], dict[str, Actor]]:
    """Spans for group actors and the actors they name."""
    spans: list[Span] = []
    actors: dict[str, Actor] = {}
    ends = {s.end: s for s in actor_spans}
    starts = {s.start: s for s in actor_spans}
    taken = {t.i for s in actor_spans for t in s}
    for token in doc:
        sector = SECTORS.get(token.lower_)
        if sector is None or token.i in taken:
            continue
        if sector == "international":
            after_international = token.i >= 1 and doc[token.i - 1].lower_ == "international"
            if after_international or (token.lower_ in INTERNATIONAL_ALONE and token.i not in ends):
                actor = group_actor(gazetteer, sector, None, token.text)
                spans.append(Span(doc, token.i - after_international, token.i + 1, label="NORP", kb_id=actor.key))
                actors[actor.key] = actor
            continue
        if _coalition(doc, token.i - 1) and sector == "military" and token.i - 1 not in taken:
            actor = coalition_forces()  # "coalition forces", "the Coalition forces"
            spans.append(Span(doc, token.i - 1, token.i + 1, label="NORP", kb_id=actor.key))
            actors[actor.key] = actor
            continue
        owner = ends.get(token.i)
        j = token.i
        while owner is None and j >= 2 and token.i - j < 3 and doc[j - 1].lower_ in STEPS:
            j -= 1  # "Russia's forces", "Iraqi security forces", "Russia's Foreign Ministry"
            owner = ends.get(j)
        after = None
        if owner is None and token.lower_ not in OFFICES and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of":
            k = token.i + 2  # "the armed forces of the Philippines", "the government of Mali"
            after = starts.get(k) or (starts.get(k + 1) if doc[k].lower_ == "the" else None)
            found = gazetteer.actors.get(after.kb_id_) if after is not None else None
            if found is None or found.kind != "Country":
                after = None
        country = None
        person = None
        if after is not None:
            while j >= 1 and doc[j - 1].lower_ in MODIFIERS:
                j -= 1
            actor = group_actor(gazetteer, sector, after.kb_id_, token.text)
            spans.append(Span(doc, j, after.end, label="NORP", kb_id=actor.key))
            actors[actor.key] = actor
            continue
        if owner is not None:
            found = gazetteer.actors.get(owner.kb_id_)
            if found is not None and found.kind == "Country":
                country = found.key
            elif owner.label_ == "PERSON" and sector in ("government", "military"):
                person = owner  # "the Asad regime", "Putin's government"
        if person is not None:
            leads = gazetteer.leader_of.get(person.kb_id_)
            country = leads if leads in gazetteer.actors and gazetteer.actors[leads].kind == "Country" else None
            actor = group_actor(gazetteer, sector, country, token.text)
            spans.append(Span(doc, person.start, token.i + 1, label="NORP", kb_id=actor.key))
        elif country is not None:
            actor = group_actor(gazetteer, sector, country, token.text)
            spans.append(Span(doc, owner.start, token.i + 1, label="NORP", kb_id=actor.key))
        elif owner is None and sector == "military" and token.i >= 1 and doc[token.i - 1].lower_ in MODIFIERS:
            actor = group_actor(gazetteer, sector, None, token.text)  # "ground forces", "security forces"
            spans.append(Span(doc, token.i - 1, token.i + 1, label="NORP", kb_id=actor.key))
        elif token.lower_ in STANDALONE and owner is None:
            actor = group_actor(gazetteer, sector, None, token.text)
            spans.append(Span(doc, token.i, token.i + 1, label="NORP", kb_id=actor.key))
        else:
            continue
        actors[actor.key] = actor
    return spans, actors
