"""Stated intent: an act an actor says it will do is coded as the intent, as CAMEO codes it.

"China said that it would keep supporting the WHO" reports no support given; CAMEO codes the statement as an
expression of intent to cooperate (03), and "Iran said it would strike Israel" as a threat (13). geokg finds the act
with a future auxiliary ("will", "would", "shall") and hypothetical modality; this pass gives such an event
the code of the intent, asserted (the intent was stated), and keeps the act's predicate. Modal verbs of
possibility ("could", "might", "may") and wishes or plans ("wants to") are no statement of intent and stay
as they are. An act a verb of commitment takes ("pledged to send police to Haiti", "threatened to cut gas to
Moldova", "vowed to retaliate against Israel") is such a statement of intent too.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from .types import EventSpan, Modality

__all__ = ["COMMISSIVE", "FUTURE_AUX", "stated_intents"]

FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
# verbs that commit their subject to the act of their infinitive (Searle's commissives): "pledged to send
# police to Haiti" (an intent to cooperate, 03), "threatened to cut gas to Moldova" (a threat, 13)
COMMISSIVE = frozenset({"pledge", "promise", "vow", "offer", "threaten", "undertake", "commit", "swear"})
# the root of the intent to do an act of each root: cooperation (03) or a threat (13)
INTENT_ROOTS = {
    "04": "03",
    "05": "03",
    "06": "03",
    "07": "03",
    "08": "03",
    "16": "13",
    "17": "13",
    "18": "13",
    "19": "13",
    "20": "13",
}


def _committed(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether an act is the infinitive of a verb of :data:`COMMISSIVE` ("vowed to retaliate against X")."""
    if trigger.dep_ != "xcomp" or not any(c.dep_ == "mark" and c.lower_ == "to" for c in trigger.children):
        return False
    head = trigger.head
    return head.pos_ == "VERB" and lexicon.lemma(head.text, head.lemma_.lower(), COMMISSIVE) in COMMISSIVE


def stated_intents(doc: Doc, events: list[EventSpan], lexicon: Lexicon) -> list[EventSpan]:
    """``events`` with each act stated with a future auxiliary recoded as the intent (03 or 13)."""
    out: list[EventSpan] = []
    for e in events:
        code = INTENT_ROOTS.get(e.root.code) if e.root is not None else None
        trigger = doc[e.trigger]
        verbs = [trigger, trigger.head] if trigger.pos_ in ("NOUN", "PROPN") else [trigger]  # "would impose sanctions"
        future = any(c.dep_ in ("aux", "aux:pass") and c.lower_ in FUTURE_AUX for v in verbs for c in v.children)
        future = future or _committed(trigger, lexicon)
        if code is None or e.modality is not Modality.HYPOTHETICAL or e.negated or not future:
            out.append(e)
            continue
        root = lexicon.roots.get(code)
        if root is None:
            out.append(e)
            continue
        out.append(dataclasses.replace(e, root=root, modality=Modality.ASSERTED))
    return out
