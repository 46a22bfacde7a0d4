"""The CoNLL-U / IOB readers that build the training corpus (on small samples written here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.vocab import Vocab

from ingest.training.prepare import (
    Mention,
    convert_gum,
    gum_genre,
    gum_iob,
    named_mentions,
    parse_entities,
    read_conllu,
    read_uner,
    read_wikigold,
    sentences_to_doc,
)

CONLLU = """# newdoc id = d1
# sent_id = d1-1
# text = We don't agree.
1	We	we	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	agree	agree	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = d1-2
# text = Iran sent drones to Russia.
1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	_
2	sent	send	VERB	VBD	_	0	root	_	_
2.1	sent	send	VERB	VBD	_	_	_	_	_
3	drones	drone	NOUN	NNS	_	2	obj	_	_
4	to	to	ADP	IN	_	5	case	_	_
5	Russia	Russia	PROPN	NNP	_	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

"""

UNER = """# sent_id = d1-2
1\tIran\tB-LOC\t-\tx
2\tsent\tO
3\tdrones\tO
4\tto\tO
5\tRussia\tB-LOC\t-\tx
6\t.\tO

"""


def test_conllu_spacing_multiword_tokens_and_empty_nodes(tmp_path: Path) -> None:
    (tmp_path / "s.conllu").write_text(CONLLU, encoding="utf8")
    first, second = read_conllu(tmp_path / "s.conllu")
    assert first.words == ["We", "do", "n't", "agree", "."]
    assert first.spaces == [True, False, True, False, True]
    assert second.words == ["Iran", "sent", "drones", "to", "Russia", "."]  # empty node 2.1 skipped
    # the multiword token of sentence 1 must not glue sentence 2 together
    assert second.spaces == [True, True, True, True, False, True]
    assert second.deps == ["nsubj", "ROOT", "obj", "case", "obl", "punct"]


def test_doc_from_sentences_merges_uner_entities(tmp_path: Path) -> None:
    (tmp_path / "s.conllu").write_text(CONLLU, encoding="utf8")
    (tmp_path / "u.iob2").write_text(UNER, encoding="utf8")
    sents = list(read_conllu(tmp_path / "s.conllu"))
    words, tags = read_uner(tmp_path / "u.iob2")["d1-2"]
    assert words == sents[1].words
    sents[1].iob = tags
    doc = sentences_to_doc(Vocab(), sents)
    assert doc.text == "We don't agree. Iran sent drones to Russia. "
    assert [(e.text, e.label_) for e in doc.ents] == [("Iran", "LOC"), ("Russia", "LOC")]
    assert [t.head.text for t in doc[5:]] == ["sent", "sent", "sent", "Russia", "sent", "sent"]
    assert [s.text for s in doc.sents] == ["We don't agree.", "Iran sent drones to Russia."]


def test_wikigold_iob1_becomes_iob2_and_misc_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_text(
        "-DOCSTART- O\n\nThe I-ORG\nBand I-ORG\nplays O\nJapanese I-MISC\n\n", encoding="utf8"
    )
    [(words, tags)] = list(read_wikigold(tmp_path / "w.txt"))
    assert words == ["The", "Band", "plays", "Japanese"]
    assert tags == ["B-ORG", "I-ORG", "O", "O"]


# GUM-style entity brackets (CorefUD): eid-etype-infstat-salience-centering-minspan-link-identity,
# minspan counted from the mention's first token. Sentences invented for the tests.
GUM = """# newdoc id = GUM_test_harbor
# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
# sent_id = GUM_test_harbor-1
# text = The Harbor Trust of Lindale hired the carpenter.
1	The	the	DET	DT	_	3	det	_	Entity=(1-organization-new-sssss-cf1-2,3,4,5-coref-Harbor_Trust
2	Harbor	Harbor	PROPN	NNP	_	3	compound	_	_
3	Trust	Trust	PROPN	NNP	_	6	nsubj	_	_
4	of	of	ADP	IN	_	5	case	_	_
5	Lindale	Lindale	PROPN	NNP	_	3	nmod	_	Entity=(2-place-new-nnnnn-cf2-1-sgl-Lindale%2C_Oregon)1)
6	hired	hire	VERB	VBD	_	0	root	_	_
7	the	the	DET	DT	_	8	det	_	Entity=(3-person-new-nnnnn-cf3-2-sgl
8	carpenter	carpenter	NOUN	NN	_	6	obj	_	Entity=3)|SpaceAfter=No
9	.	.	PUNCT	.	_	6	punct	_	_

# sent_id = GUM_test_harbor-2
# text = Captain Oren Malik thanked Tavi and Ruth in Pell Harbor.
1	Captain	captain	NOUN	NN	_	4	nsubj	_	Discourse=j|Entity=(4-person-new-sssss-cf1-1,2,3-coref-Oren_Malik
2	Oren	Oren	PROPN	NNP	_	1	flat	_	_
3	Malik	Malik	PROPN	NNP	_	1	flat	_	Entity=4)
4	thanked	thank	VERB	VBD	_	0	root	_	_
5	Tavi	Tavi	PROPN	NNP	_	4	obj	_	Entity=(5-person-new-nnnnn-cf4-1,3-sgl(6-person-new-nnnnn-cf5-1-sgl)
6	and	and	CCONJ	CC	_	7	cc	_	_
7	Ruth	Ruth	PROPN	NNP	_	5	conj	_	Entity=(7-person-new-nnnnn-cf6-1-sgl)5)
8	in	in	ADP	IN	_	10	case	_	_
9	Pell	Pell	PROPN	NNP	_	10	compound	_	Entity=(8-place-new-nnnnn-cf7-1,2-coref
10	Harbor	Harbor	PROPN	NNP	_	4	obl	_	Entity=8)|SpaceAfter=No
11	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = GUM_test_harbor-3
# text = He praised the town, and the
1	He	he	PRON	PRP	_	2	nsubj	_	Entity=(4-person-giv:act-sssss-cf1-1-ana-Oren_Malik)
2	praised	praise	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	Entity=(8-place-giv:inact-nnnnn-cf7-2-coref-Pell_Harbor
4	town	town	NOUN	NN	_	2	obj	_	Entity=8)|SpaceAfter=No
5	,	,	PUNCT	,	_	2	punct	_	_
6	and	and	CCONJ	CC	_	2	cc	_	_
7	the	the	DET	DT	_	2	obj	_	Entity=9)(9-place-new-nnnnn-cf8-1-sgl

"""


def _gum_sents(tmp_path: Path) -> list:
    (tmp_path / "g.conllu").write_text(GUM, encoding="utf8")
    return list(read_conllu(tmp_path / "g.conllu"))


def test_gum_brackets_nested_single_token_and_multi_token(tmp_path: Path) -> None:
    first, second, third = _gum_sents(tmp_path)
    assert parse_entities(first.misc) == [
        Mention(0, 5, "organization", (1, 2, 3, 4), "Harbor_Trust", "1"),
        Mention(4, 5, "place", (4,), "Lindale,_Oregon", "2"),  # %-escapes undone
        Mention(6, 8, "person", (7,), "", "3"),
    ]
    assert [(m.start, m.end, m.etype) for m in parse_entities(second.misc)] == [
        (0, 3, "person"),
        (4, 7, "person"),
        (4, 5, "person"),
        (6, 7, "person"),
        (8, 10, "place"),
    ]
    # a closing without an opening, and a mention left open at the sentence end, are dropped
    assert parse_entities(third.misc) == [
        Mention(0, 1, "person", (0,), "Oren_Malik", "4"),  # the chain of "Captain Oren Malik" before it
        Mention(2, 4, "place", (3,), "Pell_Harbor", "8"),
    ]


def test_gum_named_mentions(tmp_path: Path) -> None:
    first, second, third = _gum_sents(tmp_path)

    def named(sent) -> list[tuple[str, str]]:
        return [(" ".join(sent.words[a:b]), label) for a, b, label in named_mentions(sent)]

    # PROPN-headed organization cut to its minimal span (no "The"); the nested place inside
    # it gives way to the outer mention; "the carpenter" (common noun, no identity) is not named
    assert named(first) == [("Harbor Trust of Lindale", "ORG")]
    # a title with its name as flat dependents gives the name alone; a coordination gives its
    # conjuncts; a PROPN-headed place without a Wikipedia identity is named
    assert named(second) == [("Oren Malik", "PER"), ("Tavi", "PER"), ("Ruth", "PER"), ("Pell Harbor", "LOC")]
    # a pronoun and a common noun are not named, even with a Wikipedia identity
    assert named(third) == []
    assert gum_iob(first) == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"]


def test_gum_split_becomes_docs_with_parses_and_entities(tmp_path: Path) -> None:
    (tmp_path / "gum-ccby").mkdir()
    (tmp_path / "gum-ccby" / "en_gum-ccby-dev.conllu").write_text(GUM, encoding="utf8")
    [doc] = convert_gum(tmp_path, "dev", Vocab())
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Harbor Trust of Lindale", "ORG"),
        ("Oren Malik", "PER"),
        ("Tavi", "PER"),
        ("Ruth", "PER"),
        ("Pell Harbor", "LOC"),
    ]
    assert len(list(doc.sents)) == 3
    assert doc[2].head.text == "hired" and doc[2].dep_ == "nsubj"


GUM_CONVENTIONS = """# newdoc id = GUM_test_titles
# sent_id = GUM_test_titles-1
# text = Former Vice President Ada Quell met the Texans and the Council.
1	Former	former	ADJ	JJ	Degree=Pos	3	amod	_	Entity=(1-person-new-sssss-cf1-1,2,3,4,5-coref-Ada_Quell
2	Vice	Vice	PROPN	NNP	Number=Sing	3	compound	_	_
3	President	President	PROPN	NNP	Number=Sing	4	nmod:desc	_	_
4	Ada	Ada	PROPN	NNP	Number=Sing	6	nsubj	_	_
5	Quell	Quell	PROPN	NNP	Number=Sing	4	flat	_	Entity=1)
6	met	meet	VERB	VBD	_	0	root	_	_
7	the	the	DET	DT	_	8	det	_	Entity=(2-person-new-sssss-cf2-2-coref
8	Texans	Texan	PROPN	NNPS	Number=Plur	6	obj	_	Entity=2)
9	and	and	CCONJ	CC	_	11	cc	_	_
10	the	the	DET	DT	_	11	det	_	Entity=(3-organization-new-sssss-cf3-2-coref
11	council	council	NOUN	NN	Number=Sing	8	conj	_	Entity=3)|SpaceAfter=No
12	.	.	PUNCT	.	_	6	punct	_	_

# sent_id = GUM_test_titles-2
# text = Dr. Lena Ott and senator Bo Rix praised Jean Dade.
1	Dr.	Dr.	PROPN	NNP	Number=Sing	2	nmod:desc	_	Entity=(4-person-new-sssss-cf4-1,2,3-coref
2	Lena	Lena	PROPN	NNP	Number=Sing	8	nsubj	_	_
3	Ott	Ott	PROPN	NNP	Number=Sing	2	flat	_	Entity=4)
4	and	and	CCONJ	CC	_	6	cc	_	_
5	senator	senator	NOUN	NN	Number=Sing	6	compound	_	Entity=(5-person-new-sssss-cf5-1,2,3-coref
6	Bo	Bo	PROPN	NNP	Number=Sing	2	conj	_	_
7	Rix	Rix	PROPN	NNP	Number=Sing	6	flat	_	Entity=5)
8	praised	praise	VERB	VBD	_	0	root	_	_
9	Jean	Jean	PROPN	NNP	Number=Sing	10	compound	_	Entity=(6-person-new-sssss-cf6-1,2-coref
10	Dade	Dade	PROPN	NNP	Number=Sing	8	obj	_	Entity=6)|SpaceAfter=No
11	.	.	PUNCT	.	_	8	punct	_	_

# sent_id = GUM_test_titles-3
# text = The late Tom Arn saw the Ugly Stepsister.
1	The	the	DET	DT	_	3	det	_	Entity=(7-person-new-sssss-cf7-2,3,4-coref
2	late	late	ADJ	JJ	Degree=Pos	3	amod	_	_
3	Tom	Tom	PROPN	NNP	Number=Sing	5	nsubj	_	_
4	Arn	Arn	PROPN	NNP	Number=Sing	3	flat	_	Entity=7)
5	saw	see	VERB	VBD	_	0	root	_	_
6	the	the	DET	DT	_	8	det	_	Entity=(8-person-new-sssss-cf8-2,3-coref
7	Ugly	ugly	ADJ	JJ	Degree=Pos	8	amod	_	_
8	Stepsister	Stepsister	PROPN	NNP	Number=Sing	5	obj	_	Entity=8)|SpaceAfter=No
9	.	.	PUNCT	.	_	5	punct	_	_

"""


def test_gum_titles_groups_and_common_noun_organisations(tmp_path: Path) -> None:
    (tmp_path / "t.conllu").write_text(GUM_CONVENTIONS, encoding="utf8")
    first, second, third = read_conllu(tmp_path / "t.conllu")

    def named(sent) -> list[tuple[str, str]]:
        return [(" ".join(sent.words[a:b]), label) for a, b, label in named_mentions(sent)]

    # the title (an nmod:desc of the name's head, with its own amod and compound) is cut,
    # as UNER leaves titles out of PER; a plural person group ("the Texans") is not a name;
    # an organisation headed by a common noun ("the council") is not named
    assert named(first) == [("Ada Quell", "PER")]
    # a PROPN title (nmod:desc) and a common-noun title (compound) are cut; a first name
    # that the parse attaches as a PROPN compound ("Jean Dade") stays part of the name
    assert named(second) == [("Lena Ott", "PER"), ("Bo Rix", "PER"), ("Jean Dade", "PER")]
    # a lower-case adjective before the name is cut; a capitalised one is part of the name
    assert named(third) == [("Tom Arn", "PER"), ("Ugly Stepsister", "PER")]
    assert gum_iob(first)[:5] == ["O", "O", "O", "B-PER", "I-PER"]


@pytest.mark.parametrize(
    ("doc_id", "genre"),
    [("GUM_news_harbor", "news"), ("GUM_vlog_cooking_2", "vlog"), ("GUM_conversation_x", "conversation"), ("d1", "")],
)
def test_gum_genre(doc_id: str, genre: str) -> None:
    assert gum_genre(doc_id) == genre


def test_gum_genres_select_documents(tmp_path: Path) -> None:
    (tmp_path / "gum-ccby").mkdir()
    (tmp_path / "gum-ccby" / "en_gum-ccby-dev.conllu").write_text(GUM, encoding="utf8")
    genre = gum_genre(next(iter(read_conllu(tmp_path / "gum-ccby" / "en_gum-ccby-dev.conllu"))).doc_id)
    assert len(convert_gum(tmp_path, "dev", Vocab(), genres=frozenset({genre}))) == 1
    assert convert_gum(tmp_path, "dev", Vocab(), genres=frozenset({"no-such-genre"})) == []
