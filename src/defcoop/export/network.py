"""The actor network: states, institutions and companies linked by the events they share.

Nodes are the parties and organizations of the selected events (attributes: name, type,
country, number of events). Two actors are linked when they take part in the same event; the
edge's ``weight`` is the number of shared events and ``events`` lists them. Written as GraphML
(Gephi, Cytoscape, igraph, networkx read it) or drawn as a figure with a fixed layout seed.
"""

from __future__ import annotations

import io
from itertools import combinations
from pathlib import Path
from typing import Any

from defcoop.errors import ExportError
from defcoop.export.writing import Output, write_file
from defcoop.store.queries import EventFilter, Reader
from defcoop.store.sqlite import Store

TYPE_COLORS = {"state": "#d62728", "ministry": "#1f77b4", "military": "#2ca02c", "company": "#ff7f0e",
               "international_org": "#9467bd", "institution": "#8c564b", "person": "#e377c2",
               "media": "#7f7f7f", "other": "#aaaaaa"}
TYPE_LABELS = {"tr": {"state": "Devlet", "ministry": "Bakanlık", "military": "Askerî birim", "company": "Şirket",
                      "international_org": "Uluslararası örgüt", "institution": "Kurum", "person": "Kişi",
                      "media": "Medya", "other": "Diğer"},
               "en": {"state": "State", "ministry": "Ministry", "military": "Military unit", "company": "Company",
                      "international_org": "International organization", "institution": "Institution",
                      "person": "Person", "media": "Media", "other": "Other"}}
FORMATS = ("graphml", "png", "svg")


def graph(reader: Reader, f: EventFilter | None = None, lang: str = "en") -> Any:
    import networkx as nx

    evs = reader.events(f, lang=lang)
    if not evs:
        raise ExportError("no events match the filters: widen them (see 'defcoop events')")
    actors = {r["id"]: r for r in reader.conn.execute("SELECT * FROM actors")}
    members: dict[str, list[str]] = {}
    for e in evs:
        ids = list(dict.fromkeys(list(e["parties"]) + [o["id"] for o in e["organizations"]]))
        if ids:
            members[e["id"]] = ids
    g = nx.Graph(name="defcoop actor network")
    counts: dict[str, int] = {}
    for ids in members.values():
        for a in ids:
            counts[a] = counts.get(a, 0) + 1
    for a in sorted(counts):
        row = actors.get(a)
        g.add_node(a, name=str(row[f"name_{lang}"]) if row else a, type=str(row["type"]) if row else "other",
                   country=str(row["country"] or (a if row["type"] == "state" else "")) if row else "",
                   n_events=counts[a])
    shared: dict[tuple[str, str], list[str]] = {}
    for eid, ids in members.items():
        for a, b in combinations(sorted(ids), 2):
            shared.setdefault((a, b), []).append(eid)
    for (a, b) in sorted(shared):
        g.add_edge(a, b, weight=len(shared[(a, b)]), events=";".join(shared[(a, b)]))
    if g.number_of_nodes() == 0:
        raise ExportError("the selected events name no actors: nothing to link")
    return g


def graphml_bytes(g: Any) -> bytes:
    import networkx as nx

    return ("\n".join(nx.generate_graphml(g, encoding="utf-8", prettyprint=True)) + "\n").encode("utf-8")


def figure(g: Any, lang: str = "en", max_labels: int = 40) -> Any:
    """A matplotlib Figure of the network: node size by events, colour by actor type."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import networkx as nx
    from matplotlib.patches import Patch

    isolated = [n for n in g.nodes if g.degree(n) == 0]
    hidden = len(isolated) if len(isolated) < g.number_of_nodes() else 0
    if hidden:
        g = g.subgraph([n for n in g.nodes if g.degree(n) > 0])
    fig, ax = plt.subplots(figsize=(10, 7.5))
    pos = nx.spring_layout(g, seed=7, k=2.2 / max(1, g.number_of_nodes()) ** 0.5, weight=None,
                           iterations=200)
    types = [g.nodes[n]["type"] for n in g.nodes]
    sizes = [60 + 160 * g.nodes[n]["n_events"] ** 0.5 for n in g.nodes]
    widths = [0.4 + 0.6 * g.edges[e]["weight"] for e in g.edges]
    nx.draw_networkx_edges(g, pos, ax=ax, width=widths, alpha=0.35, edge_color="#555555")
    nx.draw_networkx_nodes(g, pos, ax=ax, node_size=sizes, node_color=[TYPE_COLORS.get(t, "#aaa") for t in types],
                           alpha=0.9, linewidths=0.5, edgecolors="white")
    ranked = sorted(g.nodes, key=lambda n: (-g.nodes[n]["n_events"], n))[:max_labels]
    import textwrap

    nx.draw_networkx_labels(g, pos, labels={n: textwrap.fill(g.nodes[n]["name"], 24) for n in ranked}, ax=ax,
                            font_size=7)
    present = [t for t in TYPE_COLORS if t in types]
    ax.legend(handles=[Patch(color=TYPE_COLORS[t], label=TYPE_LABELS[lang].get(t, t)) for t in present],
              loc="lower left", fontsize=7, frameon=False)
    title = "Aktör ağı" if lang == "tr" else "Actor network"
    if hidden:
        title += (f" ({hidden} bağlantısız aktör gösterilmedi)" if lang == "tr"
                  else f" ({hidden} unlinked actors not shown)")
    ax.set_title(title)
    ax.margins(0.16)
    ax.axis("off")
    fig.tight_layout()
    return fig


def svg_text(g: Any, lang: str = "en") -> str:
    import matplotlib.pyplot as plt

    fig = figure(g, lang)
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    plt.close(fig)
    return buf.getvalue()


def export_graphml(store: Store, f: EventFilter | None = None, lang: str = "en") -> Output:
    g = graph(Reader(store), f, lang)
    return Output(files={"actors.graphml": graphml_bytes(g)}, default_name="actors.graphml",
                  note=f"{g.number_of_nodes()} actors, {g.number_of_edges()} links")


def write(store: Store, out: str | Path, fmt: str, f: EventFilter | None = None, lang: str = "en") -> str:
    if fmt not in FORMATS:
        raise ExportError(f"cannot write the network as '{fmt or Path(out).name}': use .graphml, .png or .svg")
    g = graph(Reader(store), f, lang)
    if fmt == "graphml":
        data = graphml_bytes(g)
    elif fmt == "svg":
        data = svg_text(g, lang).encode("utf-8")
    else:
        import matplotlib.pyplot as plt

        fig = figure(g, lang)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=150, metadata={"Software": None})
        plt.close(fig)
        data = buf.getvalue()
    write_file(data, out)
    return f"{g.number_of_nodes()} actors, {g.number_of_edges()} links"
