"""The actor network as GraphML, read back by networkx."""

from __future__ import annotations

import io

import networkx as nx

from defcoop.export import export
from defcoop.store import EventFilter, Reader, Store


def test_graphml_read_back_with_actors_and_weights(store: Store) -> None:
    g = nx.read_graphml(io.BytesIO(export(store, "graphml").single()))
    assert g.has_edge("TUR", "AZE")
    both = Reader(store).events(EventFilter(party=["TUR", "AZE"]))
    shared = [e["id"] for e in both]
    assert g.edges["TUR", "AZE"]["weight"] == len(shared)
    assert set(g.edges["TUR", "AZE"]["events"].split(";")) == set(shared)


def test_nodes_are_the_actors_of_selected_events(store: Store) -> None:
    f = EventFilter(kind=["exercise"])
    g = nx.read_graphml(io.BytesIO(export(store, "graphml", f).single()))
    expected = set()
    for e in Reader(store).events(f):
        expected.update(e["parties"])
        expected.update(o["id"] for o in e["organizations"])
    assert set(g.nodes) == expected


def test_network_command_writes_graphml_and_figures(cli: object, tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    for name, magic in (("n.graphml", b"<graphml"), ("n.svg", b"<?xml"), ("n.png", b"\x89PNG")):
        result = cli("network", "--out", str(folder / name), "--kind", "exercise")  # type: ignore[operator]
        assert result.exit_code == 0, result.output
        assert (folder / name).read_bytes().lstrip()[:len(magic)] == magic


def test_network_command_refuses_unknown_suffix(cli: object, tmp_path: object) -> None:
    from pathlib import Path

    out = Path(str(tmp_path)) / "n.gexf"
    result = cli("network", "--out", str(out))  # type: ignore[operator]
    assert result.exit_code != 0 and ".graphml" in result.output and not out.exists()
