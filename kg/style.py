"""How each entity class and relation looks in the graph views: tables only, no logic.

Colours follow the Okabe-Ito and Paul Tol palettes, which stay apart for colour-blind
readers; each class also has its own shape so that the legend does not rest on colour alone.
Shapes are vis-network shapes that draw the label below the node, so size can show degree.
"""

from __future__ import annotations

from typing import NamedTuple


class ClassStyle(NamedTuple):
    colour: str
    shape: str
    label: str


class EdgeStyle(NamedTuple):
    label: str
    colour: str


# Keyed by the class local name (kg.namespace.ENTITY_TYPES).
CLASS_STYLES: dict[str, ClassStyle] = {
    "Company": ClassStyle("#0072B2", "dot", "Company"),
    "ResearchInstitute": ClassStyle("#009E73", "diamond", "Research institute"),
    "University": ClassStyle("#56B4E9", "triangle", "University"),
    "GovernmentBody": ClassStyle("#D55E00", "square", "Government body"),
    "Organization": ClassStyle("#CC79A7", "dot", "Organisation"),
    "Project": ClassStyle("#E69F00", "star", "Project"),
    "Award": ClassStyle("#B8860B", "star", "Award"),
    "Product": ClassStyle("#882255", "hexagon", "Product"),
    "Place": ClassStyle("#117733", "triangleDown", "Place"),
    "Person": ClassStyle("#332288", "dot", "Person"),
}
# For a node no article typed (kg.network.UNTYPED) or a class added to the ontology later.
UNKNOWN_CLASS = ClassStyle("#999999", "dot", "Other")

# Keyed by the predicate local name (kg.namespace.RELATION_PREDICATES).
EDGE_STYLES: dict[str, EdgeStyle] = {
    "locatedIn": EdgeStyle("located in", "#117733"),
    "headquarteredIn": EdgeStyle("headquartered in", "#44AA99"),
    "developed": EdgeStyle("developed", "#882255"),
    "collaboratesWith": EdgeStyle("collaborates with", "#0072B2"),
    "participatesIn": EdgeStyle("participates in", "#E69F00"),
    "received": EdgeStyle("received", "#B8860B"),
    "subsidiaryOf": EdgeStyle("subsidiary of", "#CC79A7"),
    "exportsTo": EdgeStyle("exports to", "#D55E00"),
}
UNKNOWN_PREDICATE = EdgeStyle("related to", "#999999")

# Node fill colours when the view colours communities; the class still shows as the
# node's border and shape.
COMMUNITY_COLOURS: tuple[str, ...] = (
    "#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377",
    "#BBBBBB", "#EE8866", "#44BB99", "#99DDFF", "#FFAABB", "#AAAA00",
)
