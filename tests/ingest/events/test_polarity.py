"""Negation, modality and control on hand-built parses (ingest.events.polarity, ingest.events.arguments)."""

from __future__ import annotations

import pytest

from tests.conftest import parsed

# text, heads (absolute), deps, pos, lemmas, expected {(subject, predicate, object, negated, modality)}
CASES = [
    pytest.param(
        "The army has yet to agree with Hamas .",
        [1, 2, 2, 2, 5, 2, 7, 5, 2],
        "det nsubj ROOT advmod mark xcomp case obl punct",
        "DET NOUN AUX ADV PART VERB ADP PROPN PUNCT",
        "the army have yet to agree with hamas .",
        set(),  # "army" alone is no actor: nothing, and no error
        id="yet-to-without-actor",
    ),
    pytest.param(
        "Egypt has yet to recognize Israel .",
        [1, 1, 1, 4, 1, 4, 1],
        "nsubj ROOT advmod mark xcomp obj punct",
        "PROPN AUX ADV PART VERB PROPN PUNCT",
        "egypt have yet to recognize israel .",
        {("egypt", "recognize", "israel", True, "asserted")},
        id="has-yet-to",
    ),
    pytest.param(
        "France ruled out sending troops to Ukraine .",
        [1, 1, 1, 1, 3, 6, 3, 1],
        "nsubj ROOT compound:prt advcl obj case obl punct",
        "PROPN VERB ADP VERB NOUN ADP PROPN PUNCT",
        "france rule out send troop to ukraine .",
        {("france", "send", "ukraine", True, "asserted")},
        id="ruled-out",
    ),
    pytest.param(
        "Japan refrained from criticizing China .",
        [1, 1, 3, 1, 3, 1],
        "nsubj ROOT mark advcl obj punct",
        "PROPN VERB SCONJ VERB PROPN PUNCT",
        "japan refrain from criticize china .",
        {("japan", "criticize", "china", True, "asserted")},
        id="refrained-from",
    ),
    pytest.param(
        "Neither India nor Brazil condemned Russia .",
        [1, 4, 3, 1, 4, 4, 4],
        "cc:preconj nsubj cc conj ROOT obj punct",
        "CCONJ PROPN CCONJ PROPN VERB PROPN PUNCT",
        "neither india nor brazil condemn russia .",
        {("india", "condemn", "russia", True, "asserted"), ("brazil", "condemn", "russia", True, "asserted")},
        id="neither-nor",
    ),
    pytest.param(
        "Russia is said to have attacked Moldova .",
        [2, 2, 2, 5, 5, 2, 5, 2],
        "nsubj:pass aux:pass ROOT mark aux xcomp obj punct",
        "PROPN AUX VERB PART AUX VERB PROPN PUNCT",
        "russia be say to have attack moldova .",
        {("russia", "attack", "moldova", False, "reported")},
        id="said-to-have",
    ),
    pytest.param(
        "China is likely to condemn Japan .",
        [2, 2, 2, 4, 2, 4, 2],
        "nsubj cop ROOT mark xcomp obj punct",
        "PROPN AUX ADJ PART VERB PROPN PUNCT",
        "china be likely to condemn japan .",
        {("china", "condemn", "japan", False, "hypothetical")},
        id="likely-to",
    ),
    # object control: the one urged, helped or called on does the infinitive's act
    pytest.param(
        "Trump urged Zelenskyy to meet Putin .",
        [1, 1, 1, 4, 1, 4, 1],
        "nsubj ROOT obj mark xcomp obj punct",
        "PROPN VERB PROPN PART VERB PROPN PUNCT",
        "trump urge zelenskyy to meet putin .",
        {
            ("donald-trump", "urge", "volodymyr-zelenskyy", False, "asserted"),
            ("volodymyr-zelenskyy", "meet", "vladimir-putin", False, "hypothetical"),
        },
        id="object-control-directive",
    ),
    pytest.param(
        "Iran helped Hezbollah to attack Israel .",
        [1, 1, 1, 4, 1, 4, 1],
        "nsubj ROOT obj mark advcl obj punct",
        "PROPN VERB PROPN PART VERB PROPN PUNCT",
        "iran help hezbollah to attack israel .",
        {("iran", "help", "hezbollah", False, "asserted"), ("hezbollah", "attack", "israel", False, "asserted")},
        id="object-control-implicative-advcl",
    ),
    pytest.param(
        "Turkey met Iraq to discuss Syria .",
        [1, 1, 1, 4, 1, 4, 1],
        "nsubj ROOT obj mark xcomp obj punct",
        "PROPN VERB PROPN PART VERB PROPN PUNCT",
        "turkey meet iraq to discuss syria .",
        {("turkey", "meet", "iraq", False, "asserted"), ("turkey", "discuss", "syria", False, "asserted")},
        id="purpose-clause-keeps-the-subject",
    ),
    # relative pronouns stand for their clause's noun when that noun names an actor
    pytest.param(
        "Iran , which armed Hezbollah , condemned Israel .",
        [6, 0, 3, 0, 3, 0, 6, 6, 6],
        "nsubj punct nsubj acl:relcl obj punct ROOT obj punct",
        "PROPN PUNCT PRON VERB PROPN PUNCT VERB PROPN PUNCT",
        "iran , which arm hezbollah , condemn israel .",
        {("iran", "arm", "hezbollah", False, "asserted"), ("iran", "condemn", "israel", False, "asserted")},
        id="relative-subject",
    ),
    # an adjunct clause marked as not done: "without", "instead of"
    pytest.param(
        "Italy signed the pact without criticising China .",
        [1, 1, 3, 1, 5, 1, 5, 1],
        "nsubj ROOT det obj mark advcl obj punct",
        "PROPN VERB DET NOUN SCONJ VERB PROPN PUNCT",
        "italy sign the pact without criticise china .",
        {("italy", "criticise", "china", True, "asserted")},
        id="without-gerund",
    ),
    pytest.param(
        "Egypt mediated instead of attacking Libya .",
        [1, 1, 4, 2, 1, 4, 1],
        "nsubj ROOT mark fixed advcl obj punct",
        "PROPN VERB ADV ADP VERB PROPN PUNCT",
        "egypt mediate instead of attack libya .",
        {("egypt", "attack", "libya", True, "asserted")},
        id="instead-of-gerund",
    ),
    pytest.param(
        "Italy criticised China after meeting Japan .",
        [1, 1, 1, 4, 1, 4, 1],
        "nsubj ROOT obj mark advcl obj punct",
        "PROPN VERB PROPN SCONJ VERB PROPN PUNCT",
        "italy criticise china after meet japan .",
        {("italy", "criticise", "china", False, "asserted"), ("italy", "meet", "japan", False, "asserted")},
        id="after-gerund-is-done",
    ),
    # an act noun that did not take place: cancelled, or the subject of a negated "take place"
    pytest.param(
        "Jordan cancelled the summit between Egypt and Qatar .",
        [1, 1, 3, 1, 5, 3, 7, 5, 1],
        "nsubj ROOT det obj case nmod cc conj punct",
        "PROPN VERB DET NOUN ADP PROPN CCONJ PROPN PUNCT",
        "jordan cancel the summit between egypt and qatar .",
        {("egypt", "summit", "qatar", True, "asserted")},
        id="cancelled-summit",
    ),
    pytest.param(
        "The talks between India and Pakistan did not take place .",
        [1, 8, 3, 1, 5, 3, 8, 8, 8, 8, 8],
        "det nsubj case nmod cc conj aux advmod ROOT obj punct",
        "DET NOUN ADP PROPN CCONJ PROPN AUX PART VERB NOUN PUNCT",
        "the talk between india and pakistan do not take place .",
        {("india", "talk", "pakistan", True, "asserted")},
        id="did-not-take-place",
    ),
    pytest.param(
        "The talks between India and Pakistan took place .",
        [1, 6, 3, 1, 5, 3, 6, 6, 6],
        "det nsubj case nmod cc conj ROOT obj punct",
        "DET NOUN ADP PROPN CCONJ PROPN VERB NOUN PUNCT",
        "the talk between india and pakistan take place .",
        {("india", "talk", "pakistan", False, "asserted")},
        id="took-place",
    ),
]


@pytest.mark.parametrize(("text", "heads", "deps", "pos", "lemmas", "expected"), CASES)
def test_polarity_and_control(nlp, text: str, heads: list[int], deps: str, pos: str, lemmas: str, expected) -> None:
    doc = parsed(nlp, text.split(), heads, deps.split(), pos.split(), lemmas.split())
    found = {(e.subject.kb_id_, e.predicate, e.object.kb_id_, e.negated, e.modality) for e in doc._.geokg_events}
    assert found == expected
