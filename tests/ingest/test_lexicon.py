"""The CAMEO lexicon: a verb's code from its default and the dictionary's patterns over the words it governs."""

from __future__ import annotations

import pytest

from ingest.lexicon import load_lexicon
from tests.conftest import parsed


@pytest.mark.parametrize(
    ("words", "heads", "deps", "verb", "code"),
    [
        # "call on X to ...": an appeal (02x), where "call" alone is a phone call (041)
        (
            ["Chile", "called", "on", "Peru", "to", "talk"],
            [1, 1, 3, 1, 5, 1],
            ["nsubj", "ROOT", "case", "obl", "mark", "xcomp"],
            1,
            "020",
        ),
        (["Chile", "called", "Peru"], [1, 1, 1], ["nsubj", "ROOT", "obj"], 1, "041"),
        # a pattern without a code blocks the verb: holding a session is no event
        (["Chile", "held", "a", "session"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "obj"], 1, None),
        # geokg's additions: a bare "signed" is signing an agreement, supplying is aid
        (["Chile", "signed", "it"], [1, 1, 1], ["nsubj", "ROOT", "obj"], 1, "057"),
        (["Chile", "supplied", "arms"], [1, 1, 1], ["nsubj", "ROOT", "obj"], 1, "070"),
        # a pattern dropped with a reason: meeting at a place is a meeting (040), no intent to meet
        (["Chile", "met", "at", "Lima"], [1, 1, 3, 1], ["nsubj", "ROOT", "case", "obl"], 1, "040"),
        # membership and leadership verbs are standing relations, never CAMEO events
        (["Chile", "joined", "NATO"], [1, 1, 1], ["nsubj", "ROOT", "obj"], 1, None),
    ],
)
def test_a_verbs_code_comes_from_its_patterns_then_its_default(nlp, words, heads, deps, verb: int, code) -> None:
    doc = parsed(nlp, words, heads, deps)
    lexicon = load_lexicon()
    token = doc[verb]
    found = lexicon.verb_code(lexicon.lemma(token.text, "", lexicon.triggers), token)
    assert (found.code if found else None) == code


def test_full_codes_carry_their_own_goldstein_and_root() -> None:
    lexicon = load_lexicon()
    appeal, aid = lexicon.code("0234"), lexicon.code("070")
    assert appeal.root.code == "02" and appeal.quad_class == 1 and appeal.goldstein != appeal.root.goldstein
    assert aid.root.code == "07" and aid.quad_class == 2
    assert lexicon.code("19").code in ("19", "190")  # a root stands for its generic code


def test_an_events_full_code_keeps_its_root() -> None:
    lexicon = load_lexicon()
    root = lexicon.roots["19"]
    full = lexicon.full_code("supply", None, root)  # the verb's own code (070) has another root
    assert full.root.code == "19" and full.code in ("19", "190")


def test_the_lexicon_covers_the_dictionary() -> None:
    lexicon = load_lexicon()
    assert len(lexicon.verb_codes) >= 1500 and len(lexicon.nouns) >= 300  # lemmas, with a code or patterns or neither
    assert all(code is None or lexicon.code(code) is not None for code in lexicon.verb_codes.values())
    assert all(p.code is None or lexicon.code(p.code) is not None for ps in lexicon.patterns.values() for p in ps)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "code"),
    [
        # the dictionary codes the verb with its object noun: easing sanctions is yielding (085), not sanctioning
        (
            ["Chile", "eased", "sanctions", "on", "Peru"],
            [1, 1, 1, 4, 2],
            ["nsubj", "ROOT", "obj", "case", "nmod"],
            "085",
        ),
        (["Chile", "eased", "its", "sanctions"], [1, 1, 3, 1], ["nsubj", "ROOT", "nmod:poss", "obj"], "085"),
        # imposing sanctions keeps its own code (163); a verb with no pattern for the noun gives nothing
        (
            ["Chile", "imposed", "sanctions", "on", "Peru"],
            [1, 1, 1, 4, 2],
            ["nsubj", "ROOT", "obj", "case", "nmod"],
            "163",
        ),
        (["Chile", "eased", "tensions"], [1, 1, 1], ["nsubj", "ROOT", "obj"], None),
    ],
)
def test_a_verb_codes_the_noun_it_governs(nlp, words, heads, deps, code) -> None:
    lemmas = [
        {"eased": "ease", "imposed": "impose", "sanctions": "sanction", "tensions": "tension"}.get(w, w) for w in words
    ]
    doc = parsed(nlp, words, heads, deps, lemmas=lemmas)
    lexicon = load_lexicon()
    verb, noun = doc[1], doc[deps.index("obj")]
    found = lexicon.governed_code(lexicon.lemma(verb.text, "", lexicon.triggers), verb, noun)
    assert (found.code if found else None) == code
