"""One-call questions about alliances: "cooperation among BRICS members", "NATO members vs Russia".

Alliance membership comes from the background graph (the gazetteer's ``memberOf`` edges); an actor that
is not an organisation stands for itself.
"""

from __future__ import annotations

from ..rdf.mint import actor_iri
from ..store.protocol import GraphStore
from .network import event_graph, leader_map, members
from .signed import between_groups, roll_up, signed_graph

__all__ = ["group_members", "relations_between"]


def _iri(actor: str) -> str:
    return actor if actor.startswith(("http://", "https://")) else str(actor_iri(actor))


def group_members(store: GraphStore, actor: str) -> set[str]:
    """The members of an alliance (from the background graph), or ``{actor}`` for anyone else.

    Parameters
    ----------
    store : graph.store.store.Store or graph.store.remote.RemoteStore
        Where the background graph lives.
    actor : str
        An actor IRI or gazetteer key (``"brics"``, ``"nato"``, ``"russia"``).

    Returns
    -------
    set of str
        Actor IRIs.
    """
    iri = _iri(actor)
    return members(store, iri) or {iri}


def relations_between(
    store: GraphStore,
    a: str,
    b: str | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    by_country: bool = True,
) -> dict[str, float]:
    """How two actors or alliances treat each other, or one alliance's members among themselves.

    Parameters
    ----------
    store : graph.store.store.Store or graph.store.remote.RemoteStore
        The knowledge graph.
    a : str
        An actor IRI or gazetteer key; an alliance stands for its members.
    b : str, optional
        The other side; ``None`` means ``a`` with itself (cooperation among its members).
    since, until : str, optional
        ``YYYY-MM-DD`` bounds on event dates.
    by_country : bool, default True
        Count a leader's events for the country they lead (Putin's meeting counts for Russia).

    Returns
    -------
    dict
        ``pairs`` (dyads with events), ``events``, ``cooperation`` and ``conflict`` (numbers of cooperative
        and conflictual events) and ``weight`` (summed Goldstein scores), as
        :func:`graph.analysis.signed.between_groups`.

    Examples
    --------
    Cooperation among BRICS members in 2025, in one call::

        relations_between(store, "brics", since="2025-01-01", until="2025-12-31")

    NATO members and Russia::

        relations_between(store, "nato", "russia")
    """
    G = event_graph(store)
    if by_country:
        G = roll_up(G, leader_map(store))
    S = signed_graph(G, since=since, until=until)
    group_a = group_members(store, a)
    group_b = group_a if b is None else group_members(store, b)
    return between_groups(S, group_a, group_b)
