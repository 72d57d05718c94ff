"""Every IRI henan-kg uses, in one place.

``HK`` is the ontology (classes and properties, defined in ``ontology/henan-kg.ttl``);
a test keeps the two in sync. Instance IRIs (entities, articles, sentences, named
graphs) are minted by the functions below and nowhere else.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD, DefinedNamespace

from kg import places

BASE = "https://w3id.org/henan-kg/"
SCHEMA = Namespace("https://schema.org/")


class HK(DefinedNamespace):
    """The henan-kg ontology."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes: extracted entities
    Entity: URIRef
    Organization: URIRef
    Company: URIRef
    ResearchInstitute: URIRef
    University: URIRef
    GovernmentBody: URIRef
    Project: URIRef
    Award: URIRef
    Product: URIRef
    Place: URIRef
    Person: URIRef
    # classes: provenance
    Article: URIRef
    Sentence: URIRef
    RelationAssertion: URIRef
    # relations between entities
    locatedIn: URIRef
    headquarteredIn: URIRef
    developed: URIRef
    collaboratesWith: URIRef
    participatesIn: URIRef
    received: URIRef
    subsidiaryOf: URIRef
    exportsTo: URIRef
    # provenance and bookkeeping
    mentionedIn: URIRef
    sentence: URIRef
    sentenceIndex: URIRef
    startChar: URIRef
    endChar: URIRef
    articleId: URIRef
    sourceFile: URIRef
    contentHash: URIRef
    extractorVersion: URIRef


ONTOLOGY_IRI = URIRef(BASE + "ontology")
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")

ENTITY_TYPES: tuple[str, ...] = (
    "Company",
    "ResearchInstitute",
    "University",
    "GovernmentBody",
    "Organization",
    "Project",
    "Award",
    "Product",
    "Place",
    "Person",
)
RELATION_PREDICATES: tuple[str, ...] = (
    "locatedIn",
    "headquarteredIn",
    "developed",
    "collaboratesWith",
    "participatesIn",
    "received",
    "subsidiaryOf",
    "exportsTo",
)
SYMMETRIC_PREDICATES = frozenset({"collaboratesWith"})

# Legal-form suffixes do not distinguish entities: "Pinggao Group Co., Ltd." and
# "Pinggao Group" are one company, so the IRI key drops them.
_LEGAL_SUFFIX = re.compile(
    r"(?:[\s,]+(?:co\.?\s*,?\s*ltd\.?|company\s+limited|co\.?|ltd\.?|limited|inc\.?|corp\.?|llc|plc|gmbh|s\.?a\.?))+$",
    re.IGNORECASE,
)
# "Henan province" and "Henan" name one place.
_PLACE_SUFFIX = re.compile(r"\s+(?:province|city|municipality|county)$", re.IGNORECASE)


# Other names of one country that news uses interchangeably.
_COUNTRY_ALIASES = {"us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
                    "the us": "united states", "the u.s.": "united states", "the united states": "united states",
                    "america": "united states", "uk": "united kingdom", "u.k.": "united kingdom",
                    "türkiye": "turkey", "turkiye": "turkey", "drc": "democratic republic of the congo",
                    "dr congo": "democratic republic of the congo", "the drc": "democratic republic of the congo"}


@functools.lru_cache(maxsize=65536)
def entity_key(name: str, type_: str | None = None) -> str:
    """The normalised key that decides an entity's identity across articles (the same names are keyed many times
    while an article is read: the answer is kept)."""
    text = unicodedata.normalize("NFKC", name).strip()
    if type_ == "Place":
        text = _COUNTRY_ALIASES.get(text.lower(), text)
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"['\u2019]s$", "", text)
    text = _LEGAL_SUFFIX.sub("", text)
    # "Zhengzhou Municipal People's Government" is "the Zhengzhou municipal government" in most sentences
    text = re.sub(r"\bpeople['\u2019]s\s+(?=government\b)", "", text, flags=re.IGNORECASE)
    if type_ == "Place" and not places.is_city_named_county(text):
        # ("Puyang County" is not the city of Puyang)
        text = _PLACE_SUFFIX.sub("", text)
    text = text.lower()
    slug = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-")
    return slug or hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def entity_iri(name: str, type_: str | None = None) -> URIRef:
    """The IRI of the entity whose canonical name is ``name``; the same in every run and article."""
    return URIRef(BASE + "entity/" + entity_key(name, type_))


def article_iri(article_id: str) -> URIRef:
    return URIRef(BASE + "article/" + article_id)


def article_graph(article_id: str) -> URIRef:
    """The named graph that holds every fact extracted from one article."""
    return URIRef(BASE + "graph/" + article_id)


def sentence_iri(article_id: str, index: int) -> URIRef:
    return URIRef(f"{BASE}article/{article_id}/sentence/{index}")


def assertion_iri(article_id: str, subject: str, predicate: str, obj: str, sentence: int) -> URIRef:
    digest = hashlib.sha1(f"{subject} {predicate} {obj} {sentence}".encode()).hexdigest()[:16]
    return URIRef(f"{BASE}article/{article_id}/assertion/{digest}")


def article_id_from_graph(graph: str) -> str | None:
    prefix = BASE + "graph/"
    return graph[len(prefix):] if graph.startswith(prefix) and graph != str(ONTOLOGY_GRAPH) else None


PREFIXES: dict[str, str] = {
    "hk": str(HK._NS),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "sh": str(SH),
    "dcterms": str(DCTERMS),
}


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, for queries written by users."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
