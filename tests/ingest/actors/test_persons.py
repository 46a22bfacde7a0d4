"""Person names: hyphenated names are one token before the parser sees them."""

from __future__ import annotations

import pytest

from ingest import load_pipeline


@pytest.fixture(scope="module")
def blank():
    return load_pipeline("blank")


@pytest.mark.parametrize(
    ("text", "joined", "split"),
    [
        ("Kassym-Jomart Tokayev met Jean-Yves Le Drian.", ["Kassym-Jomart", "Jean-Yves"], []),
        ("Jean-Marie-Pierre Dupont spoke.", ["Jean-Marie-Pierre"], []),
        ("The Iran-Iraq war ended.", [], ["Iran", "Iraq"]),  # two countries: a pair, not a name
        ("Israel-Hamas talks resumed.", [], ["Israel", "Hamas"]),
        ("Al-Shabaab attacked.", [], ["Al", "Shabaab"]),  # the Arabic article stays apart
        ("The US-led coalition struck.", [], ["US", "led"]),  # not two capitalised words
        ("Kassym - Jomart spoke.", [], ["Kassym", "Jomart"]),  # spaces around the hyphen: no name
        # a Korean given name after the family name, its second syllable lower case
        ("Kim Jong-un met Vladimir Putin.", ["Jong-un"], []),
        ("Conservative candidate Kim Moon-soo conceded.", ["Moon-soo"], []),
        ("President Yoon Suk-yeol declared martial law.", ["Suk-yeol"], []),
        # an English compound after a name stays apart: what backs, leads or makes
        ("General Haftar-backed forces attacked.", [], ["Haftar", "backed"]),
        ("Pro Sino-led talks began.", [], ["Sino", "led"]),
    ],
)
def test_hyphenated_names(blank, text: str, joined: list[str], split: list[str]) -> None:
    words = [t.text for t in blank.make_doc(text)]
    assert all(w in words for w in joined)
    assert all(w in words for w in split)
    assert "".join(t.text_with_ws for t in blank.make_doc(text)) == text  # the text is kept exactly


@pytest.fixture(scope="module")
def gazetteer():
    from ingest.actors.gazetteer import load_gazetteer

    return load_gazetteer()


def _tagged(blank, words: str, pos: str):
    from spacy.tokens import Doc

    tokens = words.split()
    return Doc(blank.vocab, words=tokens, pos=pos.split(), sent_starts=[True] + [False] * (len(tokens) - 1))


@pytest.mark.parametrize(
    ("words", "pos", "tagged_from", "name_from"),
    [
        ("Minister Anwar ul Haq Kakar spoke", "PROPN PROPN PROPN PROPN PROPN VERB", 4, 1),  # a particle inside
        ("King Abdullah bin Hussein spoke", "PROPN PROPN PROPN PROPN VERB", 3, 1),
        ("Leaders of the Rome de Paris spoke", "NOUN ADP DET PROPN ADP PROPN VERB", 5, 5),  # no name before "de"
        ("President Andres Manuel Lopez spoke", "PROPN VERB PROPN PROPN VERB", 3, 1),  # mis-tagged given name
        ("He said Manuel Lopez spoke", "PRON VERB PROPN PROPN VERB", 3, 2),  # no office: a verb stays out
    ],
)
def test_given_names(blank, gazetteer, words: str, pos: str, tagged_from: int, name_from: int) -> None:
    from ingest.components import _given_names

    assert _given_names(_tagged(blank, words, pos), tagged_from, gazetteer) == name_from


@pytest.mark.parametrize(
    ("words", "pos", "name"),
    [
        ("Outgoing President Joe Biden", "ADJ PROPN PROPN PROPN", "Joe Biden"),
        ("Acting Prime Minister Choi Sang-mok", "ADJ PROPN PROPN PROPN PROPN", "Choi Sang-mok"),
        ("Interim President", "ADJ PROPN", None),  # an office and no one named
        ("Outgoing Mail Service", "ADJ PROPN PROPN", "Outgoing Mail Service"),  # no office: the name itself
    ],
)
def test_tenure_before_office(blank, gazetteer, words: str, pos: str, name: str | None) -> None:
    from ingest.components import _without_title

    doc = _tagged(blank, words, pos)
    found = _without_title(doc[:], gazetteer)
    assert (found.text if found is not None else None) == name


@pytest.fixture(scope="module")
def trained():
    return load_pipeline()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an owner of several words before the office ("United Nations", "Republic of Turkey")
        ("United Nations Secretary General Ban Ki-moon visited Seoul.", ["United Nations", "Ban Ki-moon", "Seoul"]),
        ("Republic of Turkey President Recep Tayyip Erdogan spoke.", ["Republic of Turkey", "Recep Tayyip Erdogan"]),
        # a capitalised word saying what the office is over, before it
        ("European Council President Charles Michel spoke.", ["European Council", "Charles Michel"]),
        ("US Treasury Secretary Scott Bessent spoke.", ["US", "Scott Bessent"]),
        # a name tagged in two parts after an office, the second as a place
        ("Chad's President Mahamat Idriss Deby Itno met Macron.", ["Chad", "Mahamat Idriss Deby Itno", "Macron"]),
        ("Israeli Minister Itamar Ben-Gvir resigned.", ["Israeli", "Itamar Ben-Gvir"]),
        # what kind of group it is is no part of its name
        ("The US struck the Kataib Hezbollah militia.", ["US", "Kataib Hezbollah"]),
        ("The Hamas movement rejected the plan.", ["Hamas"]),
    ],
)
def test_names_after_offices(trained, text: str, expected: list[str]) -> None:
    doc = trained(text)
    assert [s.text for s in doc.spans["geokg_actors"]] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case office word before a name the tagger took for an organisation or a place: a person
        ("The agency's acting head Cornel Feruta visited Tehran.", [("Cornel Feruta", "PERSON"), ("Tehran", "GPE")]),
        ("UN human rights chief Volker Turk spoke.", [("UN", "ORG"), ("Volker Turk", "PERSON")]),
        # a later surname the tagger took for an organisation is the person named before
        (
            "Iran's nuclear chief Mohammad Eslami spoke. Eslami left.",
            [("Iran", "GPE"), ("Mohammad Eslami", "PERSON"), ("Eslami", "PERSON")],
        ),
    ],
)
def test_lower_case_offices_and_later_surnames(trained, text: str, expected: list[tuple[str, str]]) -> None:
    doc = trained(text)
    spans = list(doc.spans["geokg_actors"])
    assert [(s.text, s.label_) for s in spans] == expected
    people = [s for s in spans if s.label_ == "PERSON"]
    assert len({s.kb_id_ for s in people}) == len({s.text.split()[-1] for s in people})


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whole names where the tagger cut them: a Korean given name, a given name tagged apart, a day after a name
        ("South Korea's President Yoon Suk-yeol declared martial law.", ["South Korea", "Yoon Suk-yeol"]),
        ("Bassirou Diomaye Faye won the election in Senegal.", ["Bassirou Diomaye Faye", "Senegal"]),
        ("Donald Trump met Vladimir Putin Monday.", ["Donald Trump", "Vladimir Putin"]),
        # an organisation's name joined by "for the", when the tagger took only its tail
        (
            "The Popular Front for the Liberation of Palestine attacked Israel.",
            ["Popular Front for the Liberation of Palestine", "Israel"],
        ),
        (
            "The Front for the Liberation of Mozambique won the election.",
            ["Front for the Liberation of Mozambique"],
        ),
        # ... but a person and the party they belong to stay two
        ("Peter Obi of the Labour Party rejected the result.", ["Peter Obi", "Labour Party"]),
    ],
)
def test_names_the_tagger_cut(trained, text: str, expected: list[str]) -> None:
    doc = trained(text)
    assert [s.text for s in doc.spans["geokg_actors"]] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "key"),
    [
        (
            "The armed forces of the Philippines fired at China.",
            "armed forces of the Philippines",
            "philippines-military",
        ),
        ("The government of Mali expelled the French ambassador.", "government of Mali", "mali-government"),
        ("The security forces of Iraq arrested the militants.", "security forces of Iraq", "iraq-military"),
    ],
)
def test_groups_owned_after_of(trained, text: str, mention: str, key: str) -> None:
    """ "the forces of X": X's group actor, as "X's forces" and "Xian forces" are."""
    doc = trained(text)
    spans = {s.text: s.kb_id_ for s in doc.spans["geokg_actors"]}
    assert spans.get(mention) == key, spans
