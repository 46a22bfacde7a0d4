"""Who the arguments of a verb or an event noun are, on hand-built UD parses."""

from __future__ import annotations

import pytest

from ingest.events.verbal import find_dependency_events
from ingest.lexicon import load_lexicon
from tests.conftest import parsed


def _events(doc) -> set[tuple[str, str, str]]:
    return {(e.subject.kb_id_, e.predicate, e.object.kb_id_) for e in doc._.geokg_events}


@pytest.mark.parametrize(
    ("text", "heads", "deps", "pos", "tags", "expected"),
    [
        (  # an attitude to an act is about the act's agent
            "Britain condemned the attack by Russia .",
            [1, 1, 3, 1, 5, 3, 1],
            "nsubj ROOT det obj case nmod punct",
            "PROPN VERB DET NOUN ADP PROPN PUNCT",
            "NNP VBD DT NN IN NNP .",
            {("united-kingdom", "condemn", "russia")},
        ),
        (  # the parser splits "re-taking" and reads "taking" as a clause of the verb
            "Britain backed the re - taking by Iraq .",
            [1, 1, 3, 1, 1, 1, 7, 5, 1],
            "nsubj ROOT det obj obj advcl case obl punct",
            "PROPN VERB DET NOUN NOUN VERB ADP PROPN PUNCT",
            "NNP VBD DT NN NN VBG IN NNP .",
            {("united-kingdom", "back", "iraq")},
        ),
        (  # no agent: nobody is the target
            "Britain backed the offensive near Iraq .",
            [1, 1, 3, 1, 5, 3, 1],
            "nsubj ROOT det obj case nmod punct",
            "PROPN VERB DET NOUN ADP PROPN PUNCT",
            "NNP VBD DT NN IN NNP .",
            set(),
        ),
    ],
)
def test_the_agent_of_the_act_an_object_names(
    nlp, text: str, heads: list[int], deps: str, pos: str, tags: str, expected: set
) -> None:
    doc = parsed(nlp, text.split(), heads, deps.split(), pos.split(), tags=tags.split())
    found = find_dependency_events(doc, load_lexicon())  # the parse's reading, before any fallback
    assert {(e.subject.kb_id_, e.predicate, e.object.kb_id_) for e in found} == expected


def test_an_agreement_between_two_parties_is_theirs_alone(nlp) -> None:
    # a headline the parser reads as one noun phrase: "Britain" owns "agreement"
    doc = parsed(
        nlp,
        "Britain welcomes agreement between Iraq and Iran .".split(),
        [2, 2, 2, 4, 2, 6, 4, 2],
        "nmod:poss compound ROOT case nmod cc conj punct".split(),
        "PROPN NOUN NOUN ADP PROPN CCONJ PROPN PUNCT".split(),
    )
    assert _events(doc) == {("iraq", "agreement", "iran")}


def test_on_is_no_target_of_cooperation(nlp) -> None:
    doc = parsed(
        nlp,
        "Iran sent weapons to Hamas on the Syrian side .".split(),
        [1, 1, 1, 4, 1, 8, 8, 8, 1, 1],
        "nsubj ROOT obj case obl case det amod obl punct".split(),
        "PROPN VERB NOUN ADP PROPN ADP DET ADJ NOUN PUNCT".split(),
    )
    assert _events(doc) == {("iran", "send", "hamas")}


@pytest.mark.parametrize(
    ("words", "ents", "label"),
    [
        ("Al Assad University Hospital is in Syria .", "B-PERSON I-PERSON I-PERSON I-PERSON O O B-GPE O", "ORG"),
        ("Abu Ghadiya is in Syria .", "B-PERSON I-PERSON O O B-GPE O", "PERSON"),
    ],
)
def test_a_name_ending_in_an_institution_word_is_an_organisation(nlp, words: str, ents: str, label: str) -> None:
    doc = parsed(nlp, words.split(), [0] * len(words.split()), ["dep"] * len(words.split()), ents=ents.split())
    assert doc.spans["geokg_actors"][0].label_ == label


def test_a_finite_verb_misread_as_a_participle_has_its_noun_as_subject(nlp) -> None:
    # "killed" hangs off "operation" as if it were a participle: the operation killed, not Britain
    doc = parsed(
        nlp,
        "Britain reported that the operation killed Hamas .".split(),
        [1, 1, 4, 4, 1, 4, 5, 1],
        "nsubj ROOT case det ccomp acl obj punct".split(),
        "PROPN VERB SCONJ DET NOUN VERB PROPN PUNCT".split(),
        tags="NNP VBD IN DT NN VBD NNP .".split(),
    )
    assert _events(doc) == set()


def test_a_finite_verb_misread_as_a_participle_of_an_actor_keeps_it(nlp) -> None:
    # "Union" is the noun "sanctioned" hangs off, inside the actor "European Union": the subject stands
    doc = parsed(
        nlp,
        "The European Union sanctioned Russia .".split(),
        [2, 2, 2, 2, 3, 2],
        "det amod ROOT acl obj punct".split(),
        "DET ADJ NOUN VERB PROPN PUNCT".split(),
        lemmas="the european union sanction russia .".split(),
        tags="DT NNP NN VBD NNP .".split(),
    )
    assert _events(doc) == {("european-union", "sanction", "russia")}


@pytest.mark.parametrize(
    ("text", "heads", "deps", "pos", "expected"),
    [
        (  # the parse names what was attacked, a noun that is no actor: Hamas is no target
            "Iraq attacked the city and Hamas flees .",
            [1, 1, 3, 1, 6, 6, 1, 1],
            "nsubj ROOT det obj cc nsubj conj punct",
            "PROPN VERB DET NOUN CCONJ PROPN VERB PUNCT",
            set(),
        ),
        (  # one of the patients, listed
            "Britain targeted people , including Hamas .",
            [1, 1, 1, 5, 5, 1, 1],
            "nsubj ROOT obj punct case obl punct",
            "PROPN VERB NOUN PUNCT VERB PROPN PUNCT",
            {("united-kingdom", "target", "hamas")},
        ),
        (  # a light verb's object is the event noun itself, not a patient
            "Iraq begins the assault and Hamas flees .",
            [1, 1, 3, 1, 6, 6, 1, 1],
            "nsubj ROOT det obj cc nsubj conj punct",
            "PROPN VERB DET NOUN CCONJ PROPN VERB PUNCT",
            {("iraq", "assault", "hamas")},
        ),
    ],
)
def test_an_act_of_force_with_a_named_patient_has_no_other_target(
    nlp, text: str, heads: list[int], deps: str, pos: str, expected: set
) -> None:
    lemmas = [{"begins": "begin", "flees": "flee"}.get(w, w.lower()) for w in text.split()]
    doc = parsed(nlp, text.split(), heads, deps.split(), pos.split(), lemmas=lemmas)
    assert _events(doc) == expected


@pytest.mark.parametrize(
    ("text", "heads", "deps", "pos", "expected"),
    [
        (
            "France is one of the members of NATO .",
            [2, 2, 2, 5, 5, 2, 7, 5, 2],
            "nsubj cop ROOT case det nmod case nmod punct",
            "PROPN AUX NUM ADP DET NOUN ADP PROPN PUNCT",
            {("france", "member_of", "nato")},
        ),
        (
            "Sweden was named as one of the members of NATO .",
            [2, 2, 2, 4, 2, 7, 7, 4, 9, 7, 2],
            "nsubj:pass aux:pass ROOT case obl case det nmod case nmod punct",
            "PROPN AUX VERB ADP NUM ADP DET NOUN ADP PROPN PUNCT",
            {("sweden", "member_of", "nato")},
        ),
        (  # geography, not membership
            "Mosul is one of the cities of Iraq .",
            [2, 2, 2, 5, 5, 2, 7, 5, 2],
            "nsubj cop ROOT case det nmod case nmod punct",
            "PROPN AUX NUM ADP DET NOUN ADP PROPN PUNCT",
            set(),
        ),
    ],
)
def test_one_of_a_group_is_a_member(nlp, text: str, heads: list[int], deps: str, pos: str, expected: set) -> None:
    doc = parsed(nlp, text.split(), heads, deps.split(), pos.split())
    assert _events(doc) == expected


def test_a_person_member_of_a_group_is_one_relation(nlp) -> None:
    # "member" is a title too (ingest.relations): one member_of, not two
    doc = parsed(
        nlp,
        "Mark Rutte is a member of NATO .".split(),
        [4, 0, 4, 4, 4, 6, 4, 4],
        "nsubj flat cop det ROOT case nmod punct".split(),
        "PROPN PROPN AUX DET NOUN ADP PROPN PUNCT".split(),
    )
    found = [(e.subject.kb_id_, e.predicate, e.object.kb_id_) for e in doc._.geokg_events]
    assert found == [("mark-rutte", "member_of", "nato")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain works with NATO .", {("united-kingdom", "work", "nato")}),
        ("Britain works alongside NATO .", {("united-kingdom", "work", "nato")}),
        ("Britain works for NATO .", set()),  # an employer, not a partner
        ("Britain stands with NATO .", {("united-kingdom", "stand", "nato")}),
        ("Britain stands by NATO .", {("united-kingdom", "stand", "nato")}),
        ("Britain stands for NATO .", set()),  # what it stands for is no partner
    ],
)
def test_working_or_standing_with_is_cooperation(nlp, text: str, expected: set) -> None:
    doc = parsed(
        nlp,
        text.split(),
        [1, 1, 3, 1, 1],
        "nsubj ROOT case obl punct".split(),
        "PROPN VERB ADP PROPN PUNCT".split(),
        lemmas=["britain", text.split()[1].removesuffix("s"), text.split()[2], "nato", "."],
    )
    assert _events(doc) == expected
