"""Figures about the entity graph: counts, central entities, communities and paths."""

from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple

import networkx as nx

from kg.network import find_entity

# The same seed gives the same communities and the same sampled betweenness on every run.
SEED = 42
# Exact betweenness costs O(nodes * edges): above BETWEENNESS_EXACT_MAX nodes it is
# estimated from BETWEENNESS_SAMPLE source nodes (about 20 s at 20,000 nodes and 40,000
# edges, where Louvain takes about as long).
BETWEENNESS_EXACT_MAX = 1000
BETWEENNESS_SAMPLE = 100


class NoPathError(nx.NetworkXNoPath, LookupError):
    """No chain of relations links the two entities; a LookupError, like an unknown name."""


class PathStep(NamedTuple):
    """One relation on a path, in the direction it was extracted."""

    subject: str
    predicate: str
    object: str
    evidence: str


def simple_undirected(graph: nx.Graph) -> nx.Graph:
    """The graph with directions, parallel edges and self-loops dropped, for centrality."""
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    return simple


def communities(graph: nx.Graph) -> list[set[Any]]:
    """Communities of nodes, largest first, by Louvain (or greedy modularity if unavailable)."""
    simple = simple_undirected(graph)
    if simple.number_of_nodes() == 0:
        return []
    louvain = getattr(nx.community, "louvain_communities", None)
    if louvain is not None:
        found = louvain(simple, seed=SEED)
    else:  # networkx before 2.8
        found = nx.community.greedy_modularity_communities(simple)
    # Ties in size are broken by the smallest node id so that the order is stable.
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(map(str, c))))


def summary(graph: nx.MultiDiGraph, *, top: int = 10) -> dict[str, Any]:
    """Node and edge counts, the most central entities and the communities, as plain data.

    Degree and betweenness are measured on the undirected simple graph: two entities
    linked by several relations count as one neighbour.
    """
    simple = simple_undirected(graph)
    n = simple.number_of_nodes()
    sample = BETWEENNESS_SAMPLE if n > BETWEENNESS_EXACT_MAX else None
    betweenness = nx.betweenness_centrality(simple, k=sample, seed=SEED) if n else {}

    def entry(node: Any, value: float) -> dict[str, Any]:
        data = graph.nodes[node]
        return {"id": node, "label": data.get("label", str(node)), "type": data.get("type"), "value": value}

    by_degree = sorted(simple.degree(), key=lambda nd: (-nd[1], str(nd[0])))[:top]
    by_betweenness = sorted(betweenness.items(), key=lambda nb: (-nb[1], str(nb[0])))[:top]
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "nodes_by_type": dict(Counter(t for _, t in graph.nodes(data="type")).most_common()),
        "edges_by_predicate": dict(
            Counter(p for _, _, p in graph.edges(data="predicate")).most_common()
        ),
        "components": nx.number_connected_components(simple) if n else 0,
        "by_degree": [entry(node, d) for node, d in by_degree],
        "by_betweenness": [entry(node, b) for node, b in by_betweenness],
        "betweenness_sampled": sample is not None,
        "communities": [
            sorted((graph.nodes[node].get("label", str(node)) for node in c), key=str.casefold)
            for c in communities(graph)
        ],
    }


def shortest_path(graph: nx.MultiDiGraph, a: str, b: str) -> list[PathStep]:
    """The shortest chain of relations linking two entities, named by label, alias or IRI.

    The path may follow edges against their direction; each step reports the relation as
    it was extracted, with the first sentence that supports it. Raises ``LookupError`` for
    an unknown entity and ``NoPathError`` (also a ``LookupError``) when the two are not
    connected.
    """
    source, target = find_entity(graph, a), find_entity(graph, b)
    try:
        nodes = nx.shortest_path(graph.to_undirected(as_view=True), source, target)
    except nx.NetworkXNoPath:
        raise NoPathError(
            f"no path between {graph.nodes[source]['label']!r} and {graph.nodes[target]['label']!r}"
        ) from None
    return [_step(graph, u, v) for u, v in zip(nodes, nodes[1:])]


def _step(graph: nx.MultiDiGraph, u: Any, v: Any) -> PathStep:
    candidates = [(u, v, d) for d in (graph.get_edge_data(u, v) or {}).values()]
    candidates += [(v, u, d) for d in (graph.get_edge_data(v, u) or {}).values()]
    # Prefer a relation that has a supporting sentence, then one in the walking direction.
    subject, obj, data = min(
        candidates, key=lambda c: (not c[2].get("evidence"), c[0] != u, c[2].get("predicate", ""))
    )
    evidence = data.get("evidence") or [{}]
    return PathStep(
        graph.nodes[subject].get("label", str(subject)),
        data.get("predicate", ""),
        graph.nodes[obj].get("label", str(obj)),
        evidence[0].get("sentence", ""),
    )


def summary_lines(net: dict[str, Any], *, top: int = 10) -> list[str]:
    """``summary``'s centrality and communities as aligned text lines, for ``kg stats``."""
    lines: list[str] = []
    sections = (
        ("by_degree", "most central by degree (distinct neighbours):", "{:>6}"),
        ("by_betweenness",
         "most central by betweenness (share of shortest paths through it"
         + (", estimated from a sample" if net.get("betweenness_sampled") else "") + "):",
         "{:>6.3f}"),
    )
    for key, heading, number in sections:
        # A betweenness of 0 says nothing about an entity: such rows are left out.
        entries = [e for e in net.get(key) or [] if e["value"] > 0]
        if not entries:
            continue
        lines.append(heading)
        names = [_name(e) for e in entries]
        width = max(map(len, names))
        for rank, (name, e) in enumerate(zip(names, entries), 1):
            lines.append(f"  {rank:>2}  {name:<{width}}  {number.format(e['value'])}")
    found = net.get("communities") or []
    if found:
        alone = sum(1 for c in found if len(c) == 1)
        lines.append(f"communities: {len(found)}" + (f" ({alone} of a single entity)" if alone else ""))
        for rank, members in enumerate([c for c in found if len(c) > 1][:top], 1):
            shown = ", ".join(members[:6]) + (f", ... ({len(members) - 6} more)" if len(members) > 6 else "")
            lines.append(f"  {rank:>2}. [{len(members)}] {shown}")
    return lines


def _name(entry: dict[str, Any], width: int = 56) -> str:
    label = str(entry["label"])
    if len(label) > width:
        label = label[: width - 3] + "..."
    return f"{label} ({entry.get('type') or '?'})"


def path_lines(steps: list[PathStep], *, labels: dict[str, str] | None = None) -> list[str]:
    """A path as text: one line per relation as extracted, then its sentence, indented."""
    lines = []
    for step in steps:
        name = (labels or {}).get(step.predicate, step.predicate)
        lines.append(f"{step.subject} --{name}--> {step.object}")
        lines.append(f"    \u201c{step.evidence}\u201d" if step.evidence else "    (no sentence recorded)")
    return lines
