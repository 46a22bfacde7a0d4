"""Accusations, participial adjuncts, clauses describing a subject and targets of another verb, on
hand-built parses (ingest.events.arguments, polarity and filters), and the lexicon's patterns on them."""

from __future__ import annotations

import pytest

from ingest.lexicon import load_lexicon
from tests.conftest import parsed

A, R, H = "asserted", "reported", "hypothetical"

# text, heads (absolute), deps, pos, tags, expected {(subject, predicate, object, negated, modality)}
CASES = [
    pytest.param(
        "Israel accused Iran of arming Hezbollah .",
        [1, 1, 1, 4, 1, 4, 1],
        "nsubj ROOT obj mark advcl obj punct",
        "PROPN VERB PROPN SCONJ VERB PROPN PUNCT",
        "NNP VBD NNP IN VBG NNP .",
        {("israel", "accuse", "iran", False, A), ("iran", "arm", "hezbollah", False, R)},
        id="accused-of-advcl",
    ),
    pytest.param(
        "Ukraine accused Russia of attacking Poland .",
        [1, 1, 1, 4, 2, 4, 1],
        "nsubj ROOT obj mark acl obj punct",
        "PROPN VERB PROPN SCONJ VERB PROPN PUNCT",
        "NNP VBD NNP IN VBG NNP .",
        {("ukraine", "accuse", "russia", False, A), ("russia", "attack", "poland", False, R)},
        id="accused-of-acl",
    ),
    pytest.param(
        "Ukraine blamed Russia for attacking Poland .",
        [1, 1, 1, 4, 1, 4, 1],
        "nsubj ROOT obj mark advcl obj punct",
        "PROPN VERB PROPN SCONJ VERB PROPN PUNCT",
        "NNP VBD NNP IN VBG NNP .",
        {("ukraine", "blame", "russia", False, A), ("russia", "attack", "poland", False, R)},
        id="blamed-for",
    ),
    pytest.param(
        "Poland thanked Canada for helping Ukraine .",
        [1, 1, 1, 4, 1, 4, 1],
        "nsubj ROOT obj mark advcl obj punct",
        "PROPN VERB PROPN SCONJ VERB PROPN PUNCT",
        "NNP VBD NNP IN VBG NNP .",
        # thanking is no accusation: the gerund keeps the subject's own reading
        {("poland", "thank", "canada", False, A), ("poland", "help", "ukraine", False, A)},
        id="thanked-for-is-no-accusation",
    ),
    pytest.param(
        "Backed by Iran , the Houthis attacked Israel .",
        [6, 2, 0, 0, 5, 6, 6, 6, 6],
        "advcl case obl:agent punct det nsubj ROOT obj punct",
        "VERB ADP PROPN PUNCT DET PROPN VERB PROPN PUNCT",
        "VBN IN NNP , DT NNPS VBD NNP .",
        {("iran", "back", "houthis", False, A), ("houthis", "attack", "israel", False, A)},
        id="participial-adjunct",
    ),
    pytest.param(
        "The militia , backed by Iran , attacked Israel .",
        [1, 7, 3, 1, 5, 3, 1, 7, 7, 7],
        "det nsubj punct acl case obl:agent punct ROOT obj punct",
        "DET NOUN PUNCT VERB ADP PROPN PUNCT VERB PROPN PUNCT",
        "DT NN , VBN IN NNP , VBD NNP .",
        set(),  # whoever backs the militia does not attack with it
        id="agent-describing-the-subject",
    ),
    pytest.param(
        "The brigade , which Iran funds , attacked Israel .",
        [1, 7, 5, 5, 5, 1, 1, 7, 7, 7],
        "det nsubj punct obj nsubj acl:relcl punct ROOT obj punct",
        "DET NOUN PUNCT PRON PROPN VERB PUNCT VERB PROPN PUNCT",
        "DT NN , WDT NNP VBZ , VBD NNP .",
        set(),  # Israel is attacked, not funded; the funder does not attack
        id="relative-describing-the-subject",
    ),
    pytest.param(
        "Qatar denied arming Hamas .",
        [1, 1, 1, 2, 1],
        "nsubj ROOT acl obj punct",
        "PROPN VERB VERB PROPN PUNCT",
        "NNP VBD VBG NNP .",
        {("qatar", "arm", "hamas", True, "denied")},
        id="denied-gerund-as-modifier",
    ),
    pytest.param(
        "Biden pledged American support for Ukraine .",
        [1, 1, 3, 1, 5, 3, 1],
        "nsubj ROOT amod obj case nmod punct",
        "PROPN VERB ADJ NOUN ADP PROPN PUNCT",
        "NNP VBD JJ NN IN NNP .",
        {("joe-biden", "pledge", "ukraine", False, A), ("united-states", "support", "ukraine", False, "hypothetical")},
        id="owned-act-pledged",
    ),
    pytest.param(
        "Japan condemned the attack , calling on Iran to release the crew .",
        [1, 1, 3, 1, 5, 3, 7, 5, 9, 5, 11, 9, 1],
        "nsubj ROOT det obj punct acl case obl mark advcl det obj punct",
        "PROPN VERB DET NOUN PUNCT VERB ADP PROPN PART VERB DET NOUN PUNCT",
        "NNP VBD DT NN , VBG IN NNP TO VB DT NN .",
        {("japan", "call", "iran", False, A)},  # the adjunct is Japan's, though hung off "attack"
        id="comma-adjunct-on-the-object",
    ),
    pytest.param(
        "Hamas released , and Israel freed Palestinian prisoners .",
        [1, 1, 5, 5, 5, 1, 7, 5, 1],
        "nsubj ROOT punct cc nsubj conj amod obj punct",
        "PROPN VERB PUNCT CCONJ PROPN VERB ADJ NOUN PUNCT",
        "NNP VBD , CC NNP VBD JJ NNS .",
        {("israel", "free", "palestine", False, A)},  # Hamas frees no one here: the second clause has its subject
        id="conjoined-clause-keeps-its-object",
    ),
    pytest.param(
        "Israel stopped its strikes on Lebanon .",
        [1, 1, 3, 1, 5, 3, 1],
        "nsubj ROOT nmod:poss obj case nmod punct",
        "PROPN VERB PRON NOUN ADP PROPN PUNCT",
        "NNP VBD PRP$ NNS IN NNP .",
        {("israel", "strike", "lebanon", True, A)},  # stopped: no longer striking
        id="cessation-negates-the-act-noun",
    ),
    pytest.param(
        "Russia invaded Georgia , a move Ukraine condemned .",
        [1, 1, 1, 5, 5, 2, 7, 5, 1],
        "nsubj ROOT obj punct det appos nsubj acl:relcl punct",
        "PROPN VERB PROPN PUNCT DET NOUN PROPN VERB PUNCT",
        "NNP VBD NNP , DT NN NNP VBD .",
        {("russia", "invade", "georgia", False, A), ("ukraine", "condemn", "russia", False, A)},
        id="summary-apposition",
    ),
    pytest.param(
        "Russia invaded Georgia , a move welcomed by Syria .",
        [1, 1, 1, 5, 5, 1, 5, 8, 6, 1],
        "nsubj ROOT obj punct det dep acl case obl:agent punct",
        "PROPN VERB PROPN PUNCT DET NOUN VERB ADP PROPN PUNCT",
        "NNP VBD NNP , DT NN VBN IN NNP .",
        {("russia", "invade", "georgia", False, A), ("syria", "welcome", "russia", False, A)},
        id="summary-participle",
    ),
    pytest.param(
        "Russia invaded Georgia after the move Ukraine condemned .",
        [1, 1, 1, 5, 5, 1, 7, 5, 1],
        "nsubj ROOT obj case det obl nsubj acl:relcl punct",
        "PROPN VERB PROPN ADP DET NOUN PROPN VERB PUNCT",
        "NNP VBD NNP IN DT NN NNP VBD .",
        # no comma, no summary: "the move" is some other act, whose agent is not named
        {("russia", "invade", "georgia", False, A)},
        id="no-summary-without-comma",
    ),
    pytest.param(
        "Israel struck targets in Lebanon .",
        [1, 1, 1, 4, 1, 1],
        "nsubj ROOT obj case obl punct",
        "PROPN VERB NOUN ADP PROPN PUNCT",
        "NNP VBD NNS IN NNP .",
        {("israel", "strike", "lebanon", False, A)},
        id="struck-in-obl",
    ),
    pytest.param(
        "Israel struck targets in Lebanon .",
        [1, 1, 1, 4, 2, 1],
        "nsubj ROOT obj case nmod punct",
        "PROPN VERB NOUN ADP PROPN PUNCT",
        "NNP VBD NNS IN NNP .",
        {("israel", "strike", "lebanon", False, A)},
        id="struck-in-nmod",
    ),
    pytest.param(
        "Israel struck Hamas in Lebanon .",
        [1, 1, 1, 4, 1, 1],
        "nsubj ROOT obj case obl punct",
        "PROPN VERB PROPN ADP PROPN PUNCT",
        "NNP VBD NNP IN NNP .",
        # an actor struck is the target; the country it was struck in is where
        {("israel", "strike", "hamas", False, A)},
        id="struck-actor-in-place",
    ),
    # a reported clause that blames an actor, or its act: the speaker accuses it (11)
    pytest.param(
        "Poland said Russia was responsible for the attack .",
        [1, 1, 4, 4, 1, 7, 7, 4, 1],
        "nsubj ROOT nsubj cop ccomp case det obl punct",
        "PROPN VERB PROPN AUX ADJ ADP DET NOUN PUNCT",
        "NNP VBD NNP VBD JJ IN DT NN .",
        {("poland", "accuse", "russia", False, A)},
        id="reported-blame",
    ),
    pytest.param(
        "Poland said Russia 's move was illegal .",
        [1, 1, 4, 2, 6, 6, 1, 1],
        "nsubj ROOT nmod:poss case nsubj cop ccomp punct",
        "PROPN VERB PROPN PART NOUN AUX ADJ PUNCT",
        "NNP VBD NNP POS NN VBD JJ .",
        {("poland", "accuse", "russia", False, A)},
        id="reported-blame-of-an-act",
    ),
    pytest.param(
        "Poland said Russia bore responsibility for the war .",
        [1, 1, 3, 1, 3, 7, 7, 3, 1],
        "nsubj ROOT nsubj ccomp obj case det obl punct",
        "PROPN VERB PROPN VERB NOUN ADP DET NOUN PUNCT",
        "NNP VBD NNP VBD NN IN DT NN .",
        {("poland", "accuse", "russia", False, A)},
        id="reported-responsibility",
    ),
    pytest.param(
        "Poland said Russia was responsible for the border .",
        [1, 1, 4, 4, 1, 7, 7, 4, 1],
        "nsubj ROOT nsubj cop ccomp case det obl punct",
        "PROPN VERB PROPN AUX ADJ ADP DET NOUN PUNCT",
        "NNP VBD NNP VBD JJ IN DT NN .",
        set(),  # a duty, not a harm
        id="responsible-for-a-duty",
    ),
    pytest.param(
        "Poland said Russia was not responsible for the attack .",
        [1, 1, 5, 5, 5, 1, 8, 8, 5, 1],
        "nsubj ROOT nsubj cop advmod ccomp case det obl punct",
        "PROPN VERB PROPN AUX PART ADJ ADP DET NOUN PUNCT",
        "NNP VBD NNP VBD RB JJ IN DT NN .",
        set(),  # a clause that clears the actor
        id="not-responsible",
    ),
]


@pytest.mark.parametrize(("text", "heads", "deps", "pos", "tags", "expected"), CASES)
def test_adjuncts(nlp, text: str, heads: list[int], deps: str, pos: str, tags: str, expected) -> None:
    words = text.split()
    lemmas = [w.lower() for w in words]
    for i, w in enumerate(words):  # the verbs' lemmas, as a tagger would give them
        lemmas[i] = {
            "accused": "accuse",
            "arming": "arm",
            "attacking": "attack",
            "blamed": "blame",
            "thanked": "thank",
            "helping": "help",
            "backed": "back",
            "attacked": "attack",
            "funds": "fund",
            "denied": "deny",
            "pledged": "pledge",
            "condemned": "condemn",
            "calling": "call",
            "released": "release",
            "freed": "free",
            "stopped": "stop",
            "strikes": "strike",
            "struck": "strike",
            "invaded": "invade",
            "welcomed": "welcome",
            "said": "say",
            "was": "be",
            "bore": "bear",
        }.get(w, lemmas[i])
    doc = parsed(nlp, words, heads, deps.split(), pos.split(), lemmas, tags.split())
    found = {(e.subject.kb_id_, e.predicate, e.object.kb_id_, e.negated, e.modality) for e in doc._.geokg_events}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "heads", "deps", "pos", "verb", "code"),
    [
        # a finite verb the parser hung off its object as a modifier still takes its object's patterns
        (
            "Egypt expressed solidarity with Sudan .",
            [1, 2, 2, 4, 2, 2],
            "nsubj amod ROOT case nmod punct",
            "PROPN VERB NOUN ADP PROPN PUNCT",
            1,
            "051",
        ),
        ("Egypt expressed support for Sudan .", [1, 1, 1, 4, 1, 1], "nsubj ROOT obj case obl punct", None, 1, "051"),
        # what is sent decides: words and envoys are diplomacy, goods and troops are aid
        ("Putin sent a letter to Kim .", [1, 1, 3, 1, 5, 3, 1], "nsubj ROOT det obj case nmod punct", None, 1, "040"),
        (
            "Biden sent an envoy to Israel .",
            [1, 1, 3, 1, 5, 3, 1],
            "nsubj ROOT det obj case nmod punct",
            None,
            1,
            "042",
        ),
        (
            "Macron sent a condolence message to Erdogan .",
            [1, 1, 4, 4, 1, 6, 4, 1],
            "nsubj ROOT det compound obj case nmod punct",
            None,
            1,
            "018",
        ),
        ("Iran sent drones to Russia .", [1, 1, 1, 4, 1, 1], "nsubj ROOT obj case obl punct", None, 1, "072"),
        ("Japan sent aid to Turkey .", [1, 1, 1, 4, 1, 1], "nsubj ROOT obj case obl punct", None, 1, "070"),
        ("Russia sent troops to Syria .", [1, 1, 1, 4, 1, 1], "nsubj ROOT obj case obl punct", None, 1, "072"),
        # "on Monday" says when, not "call on"; a predicative noun makes "call" a naming, coded by the name
        (
            "Macron called Zelensky on Monday .",
            [1, 1, 1, 4, 1, 1],
            "nsubj ROOT obj case obl punct",
            "PROPN VERB PROPN ADP PROPN PUNCT",
            1,
            "041",
        ),
        (
            "Macron called Zelensky on Iran .",
            [1, 1, 1, 4, 1, 1],
            "nsubj ROOT obj case obl punct",
            "PROPN VERB PROPN ADP PROPN PUNCT",
            1,
            "020",
        ),
        (
            "Iran called Israel a terrorist state .",
            [1, 1, 1, 5, 5, 1, 1],
            "nsubj ROOT obj det amod xcomp punct",
            "PROPN VERB PROPN DET ADJ NOUN PUNCT",
            1,
            "111",
        ),
    ],
)
def test_verb_patterns(nlp, text: str, heads: list[int], deps: str, pos: str | None, verb: int, code: str) -> None:
    words = text.split()
    lemmas = [{"drones": "drone"}.get(w, w.lower()) for w in words]
    doc = parsed(nlp, words, heads, deps.split(), pos.split() if pos else None, lemmas)
    lemma = {"expressed": "express", "sent": "send", "called": "call"}[words[verb]]
    found = load_lexicon().verb_code(lemma, doc[verb])
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "expected"),
    [
        # "will" on the act: the intent, asserted
        (
            "Iran will attack Israel .",
            [2, 2, 2, 2, 2],
            "nsubj aux ROOT obj punct",
            "PROPN AUX VERB PROPN PUNCT",
            ("13", A),
        ),
        (
            "Iran will supply Russia .",
            [2, 2, 2, 2, 2],
            "nsubj aux ROOT obj punct",
            "PROPN AUX VERB PROPN PUNCT",
            ("03", A),
        ),
        # "could": a possibility, no statement of intent
        (
            "Iran could attack Israel .",
            [2, 2, 2, 2, 2],
            "nsubj aux ROOT obj punct",
            "PROPN AUX VERB PROPN PUNCT",
            ("19", H),
        ),
        # done, not intended
        ("Iran attacked Israel .", [1, 1, 1, 1], "nsubj ROOT obj punct", "PROPN VERB PROPN PUNCT", ("19", A)),
    ],
)
def test_stated_intent(nlp, words: str, heads: list[int], deps: str, pos: str, expected: tuple) -> None:
    lemmas = {"attacked": "attack"}
    tokens = words.split()
    doc = parsed(nlp, tokens, heads, deps.split(), pos.split(), [lemmas.get(w, w.lower()) for w in tokens])
    [event] = [e for e in doc._.geokg_events if e.root is not None]
    assert (event.root.code, event.modality) == expected
