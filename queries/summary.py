"""The store summary that ``geokg stats`` and the demo print."""

from __future__ import annotations

from dataclasses import dataclass

from graph.store.protocol import GraphStore

from .runner import load_query, run_query

__all__ = ["Summary", "summarize"]


@dataclass(frozen=True, slots=True)
class Summary:
    articles: int
    actors: int
    events: int
    triples: int
    top_relations: list[tuple[str, str, int]]

    def lines(self) -> list[str]:
        out = [
            f"articles: {self.articles}",
            f"actors:   {self.actors}",
            f"events:   {self.events}",
            f"triples:  {self.triples}",
        ]
        if self.top_relations:
            rels = ", ".join(f"{p} ({c or '--'}) x{n}" for p, c, n in self.top_relations)
            out.append(f"most frequent relations: {rels}")
        return out


def summarize(store: GraphStore, *, top: int = 5) -> Summary:
    """Counts and the ``top`` most frequent relations of a store."""
    row = run_query(store, load_query("stats")).rows[0]
    counts = [int(t.value) if t is not None else 0 for t in row]
    rels = run_query(store, load_query("top_relations")).rows[:top]
    top_relations = [(r[0].value, r[1].value if r[1] else "", int(r[2].value)) for r in rels]
    return Summary(counts[0], counts[1], counts[2], store.triple_count(), top_relations)
