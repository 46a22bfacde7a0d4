"""The CoNLL-U / IOB readers that build the training corpus (on small samples written here)."""

from __future__ import annotations

from pathlib import Path

from spacy.vocab import Vocab

from ingest.training.prepare import read_conllu, read_uner, read_wikigold, sentences_to_doc

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
