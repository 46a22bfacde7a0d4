"""Standing relations (leader_of, member_of) from titles around person mentions."""

from __future__ import annotations

import pytest

from ingest.events.standing import find_standing_relations
from ingest.extract import doc_to_extraction
from ingest.records import Article
from tests.conftest import parsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's President Vladimir Putin met Donald Trump.", {("vladimir-putin", "leader_of", "russia")}),
        ("Vladimir Putin, the Russian president, spoke on Friday.", {("vladimir-putin", "leader_of", "russia")}),
        ("NATO Secretary General Mark Rutte visited Kyiv.", {("mark-rutte", "leader_of", "nato")}),
        ("Mark Rutte, the head of NATO, agreed.", {("mark-rutte", "leader_of", "nato")}),
        (
            "Ukrainian President Volodymyr Zelenskyy travelled to Washington.",
            {("volodymyr-zelenskyy", "leader_of", "ukraine")},
        ),
        ("Marco Rubio, the US secretary of state, flew to Geneva.", {("marco-rubio", "member_of", "united-states")}),
        ("American Vice President Donald Trump spoke.", {("donald-trump", "member_of", "united-states")}),
        ("Putin met Trump, the US president.", {("donald-trump", "leader_of", "united-states")}),
        ("Hezbollah leader, Naim Qassem, spoke.", {("naim-qassem", "leader_of", "hezbollah")}),
        ("The president of France, Emmanuel Macron, spoke.", {("emmanuel-macron", "leader_of", "france")}),
        ("US Secretary of State Marco Rubio arrived.", {("marco-rubio", "member_of", "united-states")}),
        ("Macron met his German counterpart, Friedrich Merz.", {("friedrich-merz", "member_of", "germany")}),
        ("Russian Admiral Vladimir Putin spoke.", {("vladimir-putin", "member_of", "russia")}),
        # negative cases: no title, a person between, a title without an owner
        ("Putin met Trump in Alaska.", set()),
        ("Russia and Vladimir Putin were discussed.", set()),
        ("President Vladimir Putin spoke.", set()),
        ("Xi Jinping, Putin's host, smiled.", set()),
    ],
)
def test_standing_relations(nlp, text: str, expected: set) -> None:
    doc = nlp(text)
    found = {
        (r.person.kb_id_, r.predicate, r.owner.kb_id_)
        for r in find_standing_relations(doc, list(doc.spans["geokg_actors"]))
    }
    assert found == expected


def test_standing_relations_are_records_without_cameo(nlp) -> None:
    text = "Russia's President Vladimir Putin arrived."
    records = doc_to_extraction(nlp(text), Article(id="s", text=text)).records()
    [rel] = [r for r in records if r["kind"] == "relation"]
    assert (rel["predicate"], rel["cameo"], rel["subject"]["label"], rel["object"]["label"]) == (
        "leader_of",
        None,
        "Vladimir Putin",
        "Russia",
    )


def test_demonym_mentions_are_norp(nlp) -> None:
    text = "Iranian drones hit Kyiv."
    records = doc_to_extraction(nlp(text), Article(id="d", text=text)).records()
    iranian = next(r for r in records if r["kind"] == "entity" and r["text"] == "Iranian")
    assert (iranian["type"], iranian["label"], iranian["wikidata"]) == ("NORP", "Iran", "Q794")


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("In Turkey Minister Ellwood met officials. Later Ellwood flew home.", ["Ellwood", "Ellwood"]),
        ("The Foreign Secretary welcomed the move.", ["The Foreign Secretary"]),
        ("Mr Hammond said so.", ["Hammond"]),
        ("NATO Secretary General Mark Rutte spoke.", ["Mark Rutte"]),
        ("The President of Russia spoke.", []),
        ("The secretary left early.", []),  # not capitalised: not an office used as a name
    ],
)
def test_person_mentions_from_titles_and_surnames(nlp, text: str, persons: list[str]) -> None:
    doc = nlp(text)
    assert [s.text for s in doc.spans["geokg_actors"] if s.label_ == "PERSON"] == persons


COPULA = ([3, 3, 3, 3, 5, 3, 3], "nsubj cop det ROOT case nmod punct", "PROPN AUX DET NOUN ADP PROPN PUNCT")
OWNED = (
    [4, 4, 4, 4, 4, 6, 4, 4],
    "nsubj cop det compound ROOT case nmod punct",
    "PROPN AUX DET PROPN NOUN ADP PROPN PUNCT",
)


@pytest.mark.parametrize(
    ("words", "parse", "expected"),
    [
        ("Rutte is the head of NATO .", COPULA, {("Rutte", "leader_of", "nato")}),  # a copular title, from the parse
        ("Russia is the member of NATO .", COPULA, set()),  # a title said of a state: people only
        # the owner is named before the title: "for Syria" is the brief
        ("Rutte is the UK representative for Syria .", OWNED, {("Rutte", "member_of", "united-kingdom")}),
        # a nationality before the title is not an owner, so "for NATO" still is
        ("Rutte is the Syrian representative for NATO .", OWNED, {("Rutte", "member_of", "nato")}),
    ],
)
def test_title_predicated_of_a_person(nlp, words: str, parse: tuple, expected: set) -> None:
    heads, deps, pos = parse
    doc = parsed(nlp, words.split(), heads, deps.split(), pos.split())
    found = {
        (r.person.text, r.predicate, r.owner.kb_id_)
        for r in find_standing_relations(doc, list(doc.spans["geokg_actors"]))
    }
    assert found == expected


def test_a_modifier_before_the_office_makes_a_member(nlp) -> None:
    """ "the EU's foreign policy chief": the head of a part of the EU, so a member of it, not its leader."""
    words = "EU policy chief Kaja Kallas spoke .".split()
    doc = parsed(
        nlp,
        words,
        [5, 2, 3, 5, 3, 5, 5],
        "compound compound compound nsubj flat ROOT punct".split(),
        "PROPN NOUN NOUN PROPN PROPN VERB PUNCT".split(),
    )
    found = {
        (r.person.kb_id_, r.predicate, r.owner.kb_id_)
        for r in find_standing_relations(doc, list(doc.spans["geokg_actors"]))
    }
    assert found == {("kaja-kallas", "member_of", "european-union")}


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "lemmas", "expected"),
    [
        (  # the office's own possessive: the giver's
            "NATO named Mark Rutte as its leader .",
            [1, 1, 1, 2, 6, 6, 1, 1],
            "nsubj ROOT obj flat case nmod:poss obl punct",
            "PROPN VERB PROPN PROPN ADP PRON NOUN PUNCT",
            "nato name mark rutte as its leader .",
            {("Mark Rutte", "leader_of", "nato")},
        ),
        (  # a minister is a member of the state that appoints
            "Iran appointed Abbas Araghchi as foreign minister .",
            [1, 1, 1, 2, 6, 6, 1, 1],
            "nsubj ROOT obj flat case amod obl punct",
            "PROPN VERB PROPN PROPN ADP ADJ NOUN PUNCT",
            "iran appoint abbas araghchi as foreign minister .",
            {("Abbas Araghchi", "member_of", "iran")},
        ),
        (  # the office's own owner comes before the giver's
            "NATO named Mark Rutte as president of Iran .",
            [1, 1, 1, 2, 5, 1, 7, 5, 1],
            "nsubj ROOT obj flat case obl case nmod punct",
            "PROPN VERB PROPN PROPN ADP NOUN ADP PROPN PUNCT",
            "nato name mark rutte as president of iran .",
            {("Mark Rutte", "leader_of", "iran")},
        ),
        (  # no office named: nothing
            "Hamas named Yahya Sinwar in its statement .",
            [1, 1, 1, 2, 6, 6, 1, 1],
            "nsubj ROOT obj flat case nmod:poss obl punct",
            "PROPN VERB PROPN PROPN ADP PRON NOUN PUNCT",
            "hamas name yahya sinwar in its statement .",
            set(),
        ),
    ],
)
def test_an_office_given_as(nlp, words: str, heads, deps: str, pos: str, lemmas: str, expected: set) -> None:
    doc = parsed(nlp, words.split(), heads, deps.split(), pos.split(), lemmas.split())
    found = {
        (r.person.text, r.predicate, r.owner.kb_id_)
        for r in find_standing_relations(doc, list(doc.spans["geokg_actors"]))
    }
    assert found == expected


def test_a_group_actor_key_names_its_country() -> None:
    from ingest.actors.agents import group_country

    assert group_country("lebanon-legislature") == "lebanon"
    assert group_country("united-states-military") == "united-states"
    assert group_country("group-opposition") is None  # no country
    assert group_country("nato") is None
