"""Events between actors, from Universal Dependencies parses: the predicate-argument layer of geokg.

- :mod:`.types`: the named types (roles, predicate kinds, modality, standing relations, :class:`EventSpan`);
- :mod:`.arguments`: who does what to whom (a verb's or noun's arguments);
- :mod:`.polarity`: negation and modality;
- :mod:`.verbal`, :mod:`.nominal`, :mod:`.control`, :mod:`.surface`, :mod:`.standing`: the passes that
  find events and standing relations, each coding its predicate with the CAMEO lexicon;
- :mod:`.offices`: standing relations the gazetteer's dated offices confirm;
- :mod:`.filters`: checks between passes;
- :mod:`.passes`: the pass order, in one place (:func:`find_events`).
"""

from .arguments import ACTOR_SPANS, REF_SPANS
from .offices import OFFICES_KEY, HeldOffice, KnownOffices
from .passes import find_events
from .types import Argument, EventSpan, Modality, PredicateKind, Role, Standing

__all__ = [
    "ACTOR_SPANS",
    "OFFICES_KEY",
    "REF_SPANS",
    "Argument",
    "EventSpan",
    "HeldOffice",
    "KnownOffices",
    "Modality",
    "PredicateKind",
    "Role",
    "Standing",
    "find_events",
]
