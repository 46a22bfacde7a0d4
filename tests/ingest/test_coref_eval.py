"""Issue 20, item 4: the GUM coreference measure (ingest/training/coref_eval.py) on a document of our own."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Span

from ingest.training.coref_eval import gum_documents, score_document

# two sentences in GUM's CoNLL-U with entity brackets: chain 1 is Mara Lind, chain 2 the harbour town
GUM = """# newdoc id = GUM_test_lind
# sent_id = GUM_test_lind-1
# text = Mara Lind visited Pell.
1	Mara	Mara	PROPN	NNP	_	3	nsubj	_	Entity=(1-person-new-sssss-cf1-1,2-coref-Mara_Lind
2	Lind	Lind	PROPN	NNP	_	1	flat	_	Entity=1)
3	visited	visit	VERB	VBD	_	0	root	_	_
4	Pell	Pell	PROPN	NNP	_	3	obj	_	Entity=(2-place-new-nnnnn-cf2-1-coref-Pell)|SpaceAfter=No
5	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = GUM_test_lind-2
# text = She praised it.
1	She	she	PRON	PRP	_	2	nsubj	_	Entity=(1-person-giv:act-sssss-cf1-1-ana-Mara_Lind)
2	praised	praise	VERB	VBD	_	0	root	_	_
3	it	it	PRON	PRP	_	2	obj	_	Entity=(2-place-giv:act-nnnnn-cf2-1-ana-Pell)|SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

"""


def _read(tmp_path: Path):
    (tmp_path / "g.conllu").write_text(GUM, encoding="utf8")
    return list(gum_documents(tmp_path / "g.conllu"))


def test_documents_are_rebuilt_with_character_offsets_and_chains(tmp_path: Path) -> None:
    [(doc_id, text, gold)] = _read(tmp_path)
    assert doc_id == "GUM_test_lind"
    assert text == "Mara Lind visited Pell. She praised it."
    assert [(m.text, m.chain) for m in gold] == [("Mara Lind", "1"), ("Pell", "2"), ("She", "1"), ("it", "2")]
    assert all(text[m.start : m.end] == m.text for m in gold)


def _doc(nlp, text: str, actors: list[tuple[int, int, str, str]], refs: list[tuple[int, int, str, str]]) -> Doc:
    doc = nlp.make_doc(text)
    doc.spans["geokg_actors"] = [Span(doc, s, e, label=label, kb_id=key) for s, e, label, key in actors]
    doc.spans["geokg_refs"] = [Span(doc, s, e, label=label, kb_id=key) for s, e, label, key in refs]
    return doc


def test_a_reference_is_right_when_gum_chains_it_with_the_actor_named_before(nlp, tmp_path: Path) -> None:
    [(doc_id, text, gold)] = _read(tmp_path)
    # tokens: Mara Lind visited Pell . She praised it .
    right = _doc(nlp, text, [(0, 2, "PERSON", "mara-lind"), (3, 4, "GPE", "pell")], [(5, 6, "PERSON", "mara-lind")])
    score = score_document(doc_id, right, gold)
    assert (score.scored, score.right, score.unchecked) == (1, 1, 0)
    assert (score.resolvable, score.recalled) == (2, 1)  # "She" and "it" follow a found actor of their chain

    wrong = _doc(nlp, text, [(0, 2, "PERSON", "mara-lind"), (3, 4, "GPE", "pell")], [(5, 6, "GPE", "pell")])
    score = score_document(doc_id, wrong, gold)
    assert (score.scored, score.right) == (1, 0)
    assert score.wrong == [(doc_id, "She", "Pell")]

    # an actor named nowhere before cannot be checked against the chains
    unnamed = _doc(nlp, text, [(3, 4, "GPE", "pell")], [(5, 6, "PERSON", "someone-else")])
    score = score_document(doc_id, unnamed, gold)
    assert (score.scored, score.unchecked) == (0, 1)
