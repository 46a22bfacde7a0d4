"""Group actors: sector nouns after a country or demonym, and on their own."""

from __future__ import annotations

import pytest

from ingest import load_pipeline
from ingest.extract import doc_to_extraction
from ingest.records import Article


@pytest.fixture(scope="module")
def trained_pipeline():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "mention", "key", "sector", "country"),
    [
        ("Russian forces crossed the border.", "Russian forces", "russia-military", "military", "russia"),
        ("Syrian rebels took the town.", "Syrian rebels", "syria-rebels", "rebels", "syria"),
        ("The Iraqi government said no.", "Iraqi government", "iraq-government", "government", "iraq"),
        ("Ukraine's army advanced.", "Ukraine's army", "ukraine-military", "military", "ukraine"),
        ("Protesters gathered in the square.", "Protesters", "group-opposition", "opposition", None),
        ("Iraqi security forces retook Tikrit.", "Iraqi security forces", "iraq-military", "military", "iraq"),
        # a junta and a spokesperson speak for their state's government
        ("Niger's junta expelled the envoy.", "Niger's junta", "niger-government", "government", "niger"),
        ("The Malian juntas met.", "Malian juntas", "mali-government", "government", "mali"),
        ("A French spokesperson said no.", "French spokesperson", "france-government", "government", "france"),
        ("The junta expelled the envoy.", None, None, None, None),  # no state named
        ("Families fled the town.", "Families", "group-civilians", "civilians", None),
        # CAMEO's agent codes: protesters and the opposition (OPP), lawmakers (LEG), students (EDU)
        ("Iranian protesters marched on Friday.", "Iranian protesters", "iran-opposition", "opposition", "iran"),
        (
            "The Venezuelan opposition rejected the result.",
            "Venezuelan opposition",
            "venezuela-opposition",
            "opposition",
            "venezuela",
        ),
        ("Georgian lawmakers passed the bill.", "Georgian lawmakers", "georgia-legislature", "legislature", "georgia"),
        ("Serbian students blocked the roads.", "Serbian students", "serbia-education", "education", "serbia"),
        ("Iraqi cyber forces retook Tikrit.", None, None, None, None),  # only known modifiers may intervene
        ("Kurdish fighters held the line.", None, None, None, None),  # Kurdish is not a country's demonym
        ("The army held the line.", None, None, None, None),  # no country and not a standalone sector word
        # the unattributed community of states
        (
            "The international community condemned it.",
            "international community",
            "group-international",
            "international",
            None,
        ),
        ("It met international partners.", "international partners", "group-international", "international", None),
        ("It thanked its allies.", "allies", "group-international", "international", None),
        ("The Kurdish community voted.", None, None, None, None),  # only the international community
        # the forces of a multinational coalition, no one country's
        ("The coalition forces began to attack.", "coalition forces", "coalition-military", "military", None),
        ("He fought anti-coalition forces.", None, None, None, None),  # their enemies
        # armed forces named by their kind, no country's
        ("Local ground forces retook Tikrit.", "ground forces", "group-military", "military", None),
        ("Market forces decided it.", None, None, None, None),  # not a known kind of armed force
        # a state's bodies are that state, with a sector
        (
            "Russia's Foreign Ministry objected.",
            "Russia's Foreign Ministry",
            "russia-government",
            "government",
            "russia",
        ),
        ("The Turkish embassy replied.", "Turkish embassy", "turkey-government", "government", "turkey"),
    ],
)
def test_group_actors(
    nlp, text: str, mention: str | None, key: str | None, sector: str | None, country: str | None
) -> None:
    ex = doc_to_extraction(nlp(text), Article(id="g", text=text))
    groups = [m for m in ex.mentions if m.actor.kind == "GroupActor"]
    if mention is None:
        assert groups == []
        return
    [m] = groups
    assert (m.text, m.actor.key, m.actor.sector, m.actor.country) == (mention, key, sector, country)
    assert text[m.start : m.end] == mention


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "key"),
    [
        ("Protesters gathered outside the French Embassy.", "French Embassy", "france-government"),
        ("The Israeli Defence Ministry said it struck Hezbollah.", "Israeli Defence Ministry", "israel-government"),
        ("Iran's Foreign Ministry summoned the British ambassador.", "Iran's Foreign Ministry", "iran-government"),
        ("The German Embassy in Kyiv reopened.", "German Embassy", "germany-government"),
        ("Al-Shabaab attacked Kenyan troops.", "Kenyan troops", "kenya-military"),  # tagged ORG: the army
        ("The Foreign Ministry said nothing.", None, None),  # no state named: no group, and no person "Ministry"
        ("Niger's junta ordered France to withdraw.", "Niger's junta", "niger-government"),
        # a state's departments, as Phoenix codes DEPARTMENT_OF_... (GOV)
        ("The US Treasury Department sanctioned Gustavo Petro.", "US Treasury Department", "united-states-government"),
        (
            "The US Commerce Department restricted exports to China.",
            "US Commerce Department",
            "united-states-government",
        ),
    ],
)
def test_state_bodies_tagged_as_names_are_their_state(trained_pipeline, text: str, mention, key) -> None:
    """The tagger calls "French Embassy" an organisation (or a place); it is France's government."""
    ex = doc_to_extraction(trained_pipeline(text), Article(id="b", text=text))
    bodies = [m for m in ex.mentions if m.actor.sector is not None and m.actor.country is not None]
    assert [(m.text, m.actor.key) for m in bodies] == ([(mention, key)] if mention else [])
    assert not any(m.actor.type == "PERSON" and m.text.endswith(("Ministry", "Embassy")) for m in ex.mentions)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "key"),
    [
        # an article the tagger took into the name is cut: the metonym links ("State Department": the US)
        ("A State Department spokesperson criticised Iran.", "State Department", "united-states"),
        ("An Iranian official met Putin.", "Iranian", "iran"),
    ],
)
def test_a_leading_article_is_no_part_of_a_name(trained_pipeline, text: str, mention: str, key: str) -> None:
    ex = doc_to_extraction(trained_pipeline(text), Article(id="a", text=text))
    assert any(mention in m.text and m.actor.key.startswith(key) for m in ex.mentions), [
        (m.text, m.actor.key) for m in ex.mentions
    ]
    assert not any(m.text.lower().startswith(("a ", "an ")) for m in ex.mentions)


def test_sector_words_follow_phoenix_agent_codes() -> None:
    """Every sector word the Phoenix agent dictionary also lists (singular or plural) has CAMEO's sector, but
    for spokespeople, who speak for their state's government, and the words of the international community (read
    only after "international", or "allies" and "partners" alone: never a country's civilians)."""
    import json
    from pathlib import Path

    from ingest.actors.agents import SECTORS, SPOKESPEOPLE
    from ingest.actors.phoenix_parse import SECTORS as CAMEO_SECTORS

    data = json.loads((Path(__file__).parents[3] / "ingest" / "data" / "phoenix_actors.json").read_text())
    agents = data["agents"]
    compared = 0
    for word, sector in SECTORS.items():
        code = next((agents[f] for f in (word, word.removesuffix("s"), word.removesuffix("es")) if f in agents), None)
        if code is None or word in SPOKESPEOPLE or sector == "international":
            continue
        cameo = CAMEO_SECTORS.get(code.strip("~")[:3])
        if cameo is None:
            continue  # a code geokg has no sector for (RAD: radicals)
        compared += 1
        assert sector == cameo, f"{word!r}: geokg {sector!r}, Phoenix {code} ({cameo!r})"
    assert compared >= 10


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "key"),
    [
        # a common noun the tagger took into an organisation's name is cut: the name ends at its last capital
        (
            "The Taliban rejected a UN Security Council resolution.",
            "UN Security Council",
            "un-security-council",
        ),
        ("Iran dismissed the IAEA report.", "IAEA", "iaea"),
        ("Mali expelled the ECOWAS delegation.", "ECOWAS", "ecowas"),
    ],
)
def test_a_trailing_common_noun_is_no_part_of_a_name(trained_pipeline, text: str, mention: str, key: str) -> None:
    ex = doc_to_extraction(trained_pipeline(text), Article(id="a", text=text))
    assert (mention, key) in [(m.text, m.actor.key) for m in ex.mentions], [(m.text, m.actor.key) for m in ex.mentions]
