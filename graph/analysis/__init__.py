"""Analysis on networkx views of the store: event and dyad graphs (``network``), signed graphs (``signed``),
blocs and brokers (``blocs``), alliances (``alliances``), focusing a graph (``focus``) and plots (``plots``).

Import from the modules (``from graph.analysis.network import event_graph``)."""
