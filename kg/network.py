"""The knowledge graph as a networkx graph: entities as nodes, extracted relations as edges.

The store holds one named graph per article. ``to_networkx`` merges them: an entity that
several articles mention becomes one node that lists every article, and a relation stated
in several sentences becomes one edge that carries every sentence as evidence.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

import networkx as nx
import pyoxigraph as ox

from kg.namespace import ENTITY_TYPES, HK, PREFIXES, RELATION_PREDICATES, SKOS, article_graph, entity_iri

# Class and predicate IRIs mapped back to their local names, built from the namespace
# module so that no IRI is spelt out here.
_TYPE_BY_IRI: dict[str, str] = {str(getattr(HK, name)): name for name in ENTITY_TYPES}
_PREDICATE_BY_IRI: dict[str, str] = {str(getattr(HK, name)): name for name in RELATION_PREDICATES}
# Ties between types go to the class listed first in ENTITY_TYPES, which puts the specific
# classes (Company, University...) before their super-class Organization.
_TYPE_RANK: dict[str, int] = {name: i for i, name in enumerate(ENTITY_TYPES)}
# Type given to a relation's end that no article typed: kept rather than dropped, so that
# no extracted relation silently disappears from the view.
UNTYPED = "Entity"

_PREF_LABEL = str(SKOS.prefLabel)

_TYPE_VALUES = " ".join(f"hk:{name}" for name in ENTITY_TYPES)
_PREDICATE_VALUES = " ".join(f"hk:{name}" for name in RELATION_PREDICATES)

# Each query is run once for the whole store (or one article): the work per node is done
# in Python on the result rows, so the number of queries does not grow with the graph.
_TYPES_QUERY = f"""
SELECT ?e ?type (COUNT(DISTINCT ?g) AS ?n) WHERE {{
  VALUES ?type {{ {_TYPE_VALUES} }}
  GRAPH ?g {{ ?e a ?type }}
}} GROUP BY ?e ?type
"""

_LABELS_QUERY = """
SELECT DISTINCT ?e ?kind ?label WHERE {
  VALUES ?kind { skos:prefLabel skos:altLabel }
  GRAPH ?g { ?e ?kind ?label }
}
"""

_MENTIONS_QUERY = """
SELECT ?e ?id ?headline (COUNT(DISTINCT ?s) AS ?n) WHERE {
  GRAPH ?g {
    ?e hk:mentionedIn ?s .
    ?s schema:isPartOf ?a .
    ?a hk:articleId ?id .
    OPTIONAL { ?a schema:headline ?headline }
  }
} GROUP BY ?e ?id ?headline
"""

_RELATIONS_QUERY = f"""
SELECT DISTINCT ?s ?p ?o ?text ?index ?id ?headline WHERE {{
  VALUES ?p {{ {_PREDICATE_VALUES} }}
  GRAPH ?g {{
    ?s ?p ?o .
    OPTIONAL {{
      ?assertion rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                 prov:wasDerivedFrom ?sentence .
      ?sentence schema:text ?text ; schema:isPartOf ?a .
      OPTIONAL {{ ?sentence hk:sentenceIndex ?index }}
      ?a hk:articleId ?id .
      OPTIONAL {{ ?a schema:headline ?headline }}
    }}
  }}
}}
"""

_ARTICLE_QUERY = "ASK { GRAPH ?g { ?a hk:articleId ?id } }"


def to_networkx(
    store: ox.Store,
    *,
    types: set[str] | None = None,
    article: str | None = None,
    min_degree: int = 0,
) -> nx.MultiDiGraph:
    """Build the entity graph of the whole store, or of one article.

    Nodes are entity IRIs with ``label`` (the longest preferred label), ``type`` (the class
    local name most articles agree on), ``aliases`` (sorted), ``articles`` (a list of
    ``{"id", "headline"}``) and ``mentions`` (the number of sentences naming the entity).
    Edges are keyed by predicate local name and carry ``predicate`` and ``evidence`` (a list
    of ``{"sentence", "article", "headline"}``).

    ``article`` restricts everything, attributes included, to that article's named graph.
    ``types`` keeps only nodes of those classes (and the edges between them). ``min_degree``
    then drops nodes with fewer edges, in one pass: a node left with fewer edges by the
    removal of its neighbours stays.
    """
    if types is not None:
        unknown = set(types) - set(ENTITY_TYPES)
        if unknown:
            raise ValueError(
                f"unknown entity type(s) {sorted(unknown)}; expected some of {list(ENTITY_TYPES)}"
            )
    named_graphs = None
    if article is not None:
        graph_iri = ox.NamedNode(str(article_graph(article)))
        named_graphs = [graph_iri]
        # The article id reaches the query as a bound term, never as query text.
        if not store.query(
            _ARTICLE_QUERY,
            prefixes=PREFIXES,
            named_graphs=named_graphs,
            substitutions={ox.Variable("id"): ox.Literal(article)},
        ):
            raise LookupError(f"no article {article!r} in the store")

    def select(query: str) -> Iterable[ox.QuerySolution]:
        return store.query(query, prefixes=PREFIXES, named_graphs=named_graphs)

    graph = nx.MultiDiGraph(article=article)
    _add_nodes(graph, select)
    _add_edges(graph, select)

    if types is not None:
        graph.remove_nodes_from([n for n, t in graph.nodes(data="type") if t not in types])
    if min_degree > 0:
        graph.remove_nodes_from([n for n, d in graph.degree() if d < min_degree])
    return graph


_Select = Callable[[str], Iterable[ox.QuerySolution]]


def _add_nodes(graph: nx.MultiDiGraph, select: _Select) -> None:
    type_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row in select(_TYPES_QUERY):
        type_counts[row["e"].value][_TYPE_BY_IRI[row["type"].value]] += int(row["n"].value)

    pref: dict[str, set[str]] = defaultdict(set)
    alt: dict[str, set[str]] = defaultdict(set)
    for row in select(_LABELS_QUERY):
        (pref if row["kind"].value == _PREF_LABEL else alt)[row["e"].value].add(
            row["label"].value
        )

    articles: dict[str, dict[str, str]] = defaultdict(dict)
    mentions: Counter[str] = Counter()
    for row in select(_MENTIONS_QUERY):
        entity = row["e"].value
        headline = row["headline"]
        # An article with two headlines (one per graph that repeats it) is listed once.
        articles[entity].setdefault(row["id"].value, headline.value if headline else "")
        mentions[entity] += int(row["n"].value)

    for entity, counts in type_counts.items():
        type_ = min(counts, key=lambda t: (-counts[t], _TYPE_RANK[t]))
        labels = pref.get(entity, set())
        # The longest name is usually the full legal one ("X Group Co., Ltd." over "X").
        label = max(labels, key=lambda s: (len(s), s)) if labels else _local_name(entity)
        aliases = (labels | alt.get(entity, set())) - {label}
        graph.add_node(
            entity,
            label=label,
            type=type_,
            aliases=sorted(aliases, key=str.casefold),
            articles=[{"id": i, "headline": h} for i, h in sorted(articles[entity].items())],
            mentions=mentions[entity],
        )


def _add_edges(graph: nx.MultiDiGraph, select: _Select) -> None:
    evidence: dict[tuple[str, str, str], dict[tuple[str, int, str], dict[str, str]]] = {}
    for row in select(_RELATIONS_QUERY):
        key = (row["s"].value, _PREDICATE_BY_IRI[row["p"].value], row["o"].value)
        found = evidence.setdefault(key, {})
        if row["text"] is not None:
            index = int(row["index"].value) if row["index"] is not None else -1
            headline = row["headline"]
            found.setdefault(
                (row["id"].value, index, row["text"].value),
                {
                    "sentence": row["text"].value,
                    "article": row["id"].value,
                    "headline": headline.value if headline else "",
                },
            )
    for (subject, predicate, obj), found in evidence.items():
        for end in (subject, obj):
            if end not in graph:
                graph.add_node(
                    end, label=_local_name(end), type=UNTYPED, aliases=[], articles=[], mentions=0
                )
        graph.add_edge(
            subject,
            obj,
            key=predicate,
            predicate=predicate,
            evidence=[found[k] for k in sorted(found)],
        )


def _local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def find_entity(graph: nx.Graph, name_or_iri: str) -> str:
    """The node whose IRI, label or alias is ``name_or_iri`` (case-insensitive).

    A label match wins over an alias match; among several, the node with the most edges.
    Failing both, a name that mints the node's IRI matches (the legal suffix left out).
    Raises ``LookupError`` naming the closest labels and aliases when nothing matches.
    """
    if name_or_iri in graph:
        return name_or_iri
    wanted = name_or_iri.strip().casefold()
    by_label = [n for n, label in graph.nodes(data="label") if str(label).casefold() == wanted]
    by_alias = [
        n
        for n, aliases in graph.nodes(data="aliases")
        if any(a.casefold() == wanted for a in aliases or ())
    ]
    matches = by_label or by_alias
    if matches:
        return max(matches, key=lambda n: (graph.degree(n), n))
    # A name that mints the same IRI: "Pinggao Group" for "Pinggao Group Co., Ltd.",
    # "Henan province" for "Henan".
    for type_ in (None, "Place"):
        iri = str(entity_iri(name_or_iri, type_))
        if iri in graph:
            return iri

    names: dict[str, str] = {}
    for _, data in graph.nodes(data=True):
        for name in [data.get("label", ""), *(data.get("aliases") or ())]:
            names.setdefault(str(name).casefold(), str(name))
    near = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.6)
    hint = ", ".join(repr(names[n]) for n in near) if near else "no close matches"
    raise LookupError(f"no entity named {name_or_iri!r} in the graph; did you mean: {hint}")


def neighbourhood(graph: nx.MultiDiGraph, name_or_iri: str, hops: int = 1) -> nx.MultiDiGraph:
    """The entities within ``hops`` relations of one entity, whatever the edge direction."""
    centre = find_entity(graph, name_or_iri)
    return nx.ego_graph(graph, centre, radius=hops, undirected=True)
