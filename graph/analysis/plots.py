"""PNG plots for analyses: a dyad's monthly series and a bloc map (matplotlib, no display needed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import networkx as nx

__all__ = ["plot_blocs", "plot_series"]


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _save(plt, fig, path: str | Path) -> Path:
    fig.tight_layout()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return out


def plot_series(series: Sequence[tuple[str, float, int]], path: str | Path, *, title: str) -> Path:
    """Bars of a dyad's monthly score (green cooperation, red conflict) with event counts on top."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 3.5))
    months = [m for m, _, _ in series]
    scores = [s for _, s, _ in series]
    ax.bar(months, scores, color=["#1a7f37" if s >= 0 else "#cf222e" for s in scores])
    for x, (_, s, n) in enumerate(series):
        if n:
            ax.annotate(str(n), (x, s), ha="center", va="bottom" if s >= 0 else "top", fontsize=8)
    ax.axhline(0, color="#444", linewidth=0.8)
    ax.set_ylabel("Goldstein sum")
    ax.set_title(title)
    ax.tick_params(axis="x", rotation=60, labelsize=8)
    return _save(plt, fig, path)


def plot_blocs(S: nx.Graph, blocs: Sequence[set[str]], path: str | Path, *, title: str, seed: int = 0) -> Path:
    """The signed graph with actors coloured by bloc; green ties cooperative, red conflictual."""
    plt = _pyplot()
    palette = ["#6f42c1", "#fd7e14", "#20c997", "#0d6efd", "#d63384", "#6c757d"]
    bloc = {n: i for i, members in enumerate(blocs) for n in members}
    H = S.subgraph([n for n in S if S.degree(n) > 0])
    pos = nx.spring_layout(H, seed=seed, weight=None)
    fig, ax = plt.subplots(figsize=(8, 6))
    colours = ["#1a7f37" if (w or 0) > 0 else "#cf222e" for *_, w in H.edges(data="weight")]
    nx.draw_networkx_edges(H, pos, ax=ax, edge_color=colours, alpha=0.6)
    nx.draw_networkx_nodes(
        H, pos, ax=ax, node_size=120, node_color=[palette[bloc[n] % len(palette)] if n in bloc else "#bbb" for n in H]
    )
    nx.draw_networkx_labels(H, pos, ax=ax, labels={n: H.nodes[n].get("label", n) for n in H}, font_size=7)
    ax.set_title(title)
    ax.axis("off")
    return _save(plt, fig, path)
