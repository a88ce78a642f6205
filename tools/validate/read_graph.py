#!/usr/bin/env python3
"""Reads a GraphML or GEXF file with networkx (Debian's python3-networkx) and prints a JSON
summary on stdout: node and edge counts, the node and edge attribute names seen, and for GEXF
whether the graph is dynamic. The export tests call this to prove that a real reader accepts our
files; it exits 1 with a message naming the file when the reader rejects it.

usage: read_graph.py graphml|gexf FILE
"""
import json
import sys

import networkx as nx


def main(argv):
    if len(argv) != 3 or argv[1] not in ("graphml", "gexf"):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    kind, path = argv[1], argv[2]
    try:
        graph = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
    except Exception as e:  # networkx raises several types; all mean "not readable"
        print(f"read_graph: {path}: networkx cannot read it as {kind}: {e}", file=sys.stderr)
        return 1
    node_attrs = sorted({k for _, d in graph.nodes(data=True) for k in d})
    edge_attrs = sorted({k for _, _, d in graph.edges(data=True) for k in d})
    summary = {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "node_attributes": node_attrs,
        "edge_attributes": edge_attrs,
        "graph": {k: str(v) for k, v in graph.graph.items()},
        "node_data": {str(n): {k: str(v) for k, v in d.items()} for n, d in graph.nodes(data=True)},
        "edge_data": [
            {"source": str(u), "target": str(v), **{k: str(x) for k, x in d.items()}}
            for u, v, d in graph.edges(data=True)
        ],
    }
    json.dump(summary, sys.stdout, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
