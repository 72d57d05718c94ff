"""The ontology, the SHACL shapes and the saved queries, tested against tests/data/fixture.trig."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.plugins.sparql import prepareQuery

from kg.namespace import (
    ENTITY_TYPES,
    HK,
    ONTOLOGY_GRAPH,
    ONTOLOGY_IRI,
    RELATION_PREDICATES,
    SCHEMA,
    SYMMETRIC_PREDICATES,
    entity_iri,
    sparql_prefixes,
)

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "henan-kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
QUERIES = ROOT / "ontology" / "queries"
FIXTURE = ROOT / "tests" / "data" / "fixture.trig"

# rdflib 7.6 warns about its own internals when it parses TriG or queries a union Dataset.
pytestmark = [
    pytest.mark.filterwarnings(
        "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"
    ),
    pytest.mark.filterwarnings(
        "ignore:Dataset.default_context is deprecated:DeprecationWarning"
    ),
]

HK_NS = str(HK._NS)
HK_TERMS = frozenset(HK.__annotations__)
DATATYPE_PROPERTIES = frozenset(
    {
        "sentenceIndex",
        "startChar",
        "endChar",
        "articleId",
        "sourceFile",
        "contentHash",
        "extractorVersion",
    }
)
# Vocabularies the entity classes must be anchored in.
EXTERNAL = (
    "https://schema.org/",
    "http://www.w3.org/ns/org#",
    "http://www.w3.org/ns/prov#",
    "http://www.w3.org/2004/02/skos/core#",
)

A1 = "004_36b1cc0d797ce79a"
A2 = "000_e82685cb10df071e"
HEADLINE1 = "Henan Manufactures A Smart Makeover"
HEADLINE2 = "Luoyang bearing industry will keep going strong"


def ent(name: str, type_: str | None = None) -> str:
    return str(entity_iri(name, type_))


CREG = ent("China Railway Engineering Equipment Group")
CRTB = ent("China Railway Tunnel Bureau Group")
ZMJ = ent("Zhengzhou Coal Mining Machinery Group")
LBG = ent("Luoyang Bearing Group")
GUOCHUANG = ent("Guochuang Bearing")
LBRI = ent("Luoyang Bearing Research Institute")
PBIC = ent("Provincial Bearing Innovation Center")
QIMING = ent("Qiming")
BEARINGS = ent("wind turbine bearings")
CLOUD = ent("industrial Internet collaborative cloud platform")
ZHENGZHOU = ent("Zhengzhou", "Place")
CHINA = ent("China", "Place")
NETC = ent("national enterprise technology center")
PMIC = ent("provincial manufacturing innovation center")


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    """The fixture in rdflib, its default graph the union of the article graphs."""
    return Dataset(default_union=True).parse(FIXTURE, format="trig")


@pytest.fixture(scope="module")
def union_graph(dataset: Dataset) -> Graph:
    """All article graphs of the fixture merged into one graph, as the validator sees them."""
    graph = Graph()
    for s, p, o, _ in dataset.quads():
        graph.add((s, p, o))
    return graph


def _store(*extra_trig: str) -> ox.Store:
    store = ox.Store()
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    # As in a built store: the ontology sits in the union too, and must not leak into answers.
    store.load(
        path=str(ONTOLOGY),
        format=ox.RdfFormat.TURTLE,
        to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)),
    )
    for trig in extra_trig:
        store.load(trig.encode("utf-8"), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return _store()


def _value(term: object) -> str | None:
    return None if term is None else term.value  # type: ignore[attr-defined]


def run(store: ox.Store, query: str, /, **params: str) -> list[dict[str, str | None]]:
    """Run a saved query the way the CLI does: union default graph, parameters as substitutions."""
    text = (QUERIES / f"{query}.rq").read_text(encoding="utf-8")
    substitutions = {ox.Variable(k): ox.Literal(v) for k, v in params.items()}
    solutions = store.query(
        text, use_default_graph_as_union=True, substitutions=substitutions or None
    )
    names = [v.value for v in solutions.variables]
    return [{n: _value(row[n]) for n in names} for row in solutions]


# --------------------------------------------------------------------------- ontology


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    for prop in (RDFS.label, RDFS.comment, OWL.versionInfo):
        assert ontology.value(ONTOLOGY_IRI, prop) is not None, prop


@pytest.mark.parametrize("name", sorted(HK_TERMS))
def test_namespace_term_is_defined(ontology: Graph, name: str) -> None:
    term = HK[name]
    types = set(ontology.objects(term, RDF.type))
    if name[0].isupper():
        expected = OWL.Class
    elif name in DATATYPE_PROPERTIES:
        expected = OWL.DatatypeProperty
    else:
        expected = OWL.ObjectProperty
    assert expected in types, f"hk:{name} should be an {expected}"
    for prop in (RDFS.label, RDFS.comment):
        values = [
            v
            for v in ontology.objects(term, prop)
            if isinstance(v, Literal) and v.language == "en"
        ]
        assert len(values) == 1 and str(values[0]).strip(), (
            f"hk:{name} needs one English {prop}"
        )


def _hk_local_names(graph: Graph) -> set[str]:
    return {
        str(term)[len(HK_NS) :]
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(HK_NS)
    }


def test_ontology_uses_only_namespace_terms(ontology: Graph) -> None:
    """Every hk: IRI in the ontology (defined or merely referenced) exists in kg.namespace.HK."""
    assert _hk_local_names(ontology) <= HK_TERMS
    defined = {
        str(s)[len(HK_NS) :]
        for s in ontology.subjects(RDF.type, None)
        if str(s).startswith(HK_NS)
    }
    assert defined == HK_TERMS


def _hk_names_in_sparql(text: str) -> set[str]:
    return set(re.findall(r"\bhk:([A-Za-z_]\w*)", text))


def test_shapes_and_queries_use_only_namespace_terms(shapes: Graph) -> None:
    used = _hk_local_names(shapes)
    for select in shapes.objects(None, SH.select):
        used |= _hk_names_in_sparql(str(select))
    for path in QUERIES.glob("*.rq"):
        used |= _hk_names_in_sparql(path.read_text(encoding="utf-8"))
    assert used <= HK_TERMS, used - HK_TERMS


def _superclasses(graph: Graph, cls: URIRef) -> set[URIRef]:
    return set(graph.transitive_objects(cls, RDFS.subClassOf)) - {cls}


@pytest.mark.parametrize("name", ENTITY_TYPES)
def test_entity_class_is_an_entity_and_reuses_a_vocabulary(
    ontology: Graph, name: str
) -> None:
    supers = _superclasses(ontology, HK[name])
    assert HK.Entity in supers
    assert any(
        str(s).startswith(EXTERNAL) for s in ontology.objects(HK[name], RDFS.subClassOf)
    ), f"hk:{name} should be a subclass of a schema.org, ORG, PROV or SKOS class"


@pytest.mark.parametrize(
    "name", ["Company", "ResearchInstitute", "University", "GovernmentBody"]
)
def test_organisation_kinds_are_organisations(ontology: Graph, name: str) -> None:
    assert HK.Organization in _superclasses(ontology, HK[name])


def test_key_reuse_links(ontology: Graph) -> None:
    org = "http://www.w3.org/ns/org#"
    prov = "http://www.w3.org/ns/prov#"
    expected = [
        (HK.Organization, RDFS.subClassOf, URIRef(org + "Organization")),
        (HK.Organization, RDFS.subClassOf, SCHEMA.Organization),
        (HK.Company, RDFS.subClassOf, SCHEMA.Corporation),
        (
            HK.Award,
            RDFS.subClassOf,
            URIRef("http://www.w3.org/2004/02/skos/core#Concept"),
        ),
        (HK.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (HK.RelationAssertion, RDFS.subClassOf, RDF.Statement),
        (HK.RelationAssertion, RDFS.subClassOf, URIRef(prov + "Entity")),
        (HK.subsidiaryOf, RDFS.subPropertyOf, URIRef(org + "subOrganizationOf")),
        (HK.collaboratesWith, RDFS.subPropertyOf, URIRef(org + "linkedTo")),
        (HK.headquarteredIn, RDFS.subPropertyOf, HK.locatedIn),
        (HK.sentence, RDFS.subPropertyOf, URIRef(prov + "wasDerivedFrom")),
    ]
    missing = [t for t in expected if t not in ontology]
    assert not missing
    assert not any(
        "http://schema.org/" in str(term) for triple in ontology for term in triple
    ), "schema.org is https"


@pytest.mark.parametrize("name", RELATION_PREDICATES)
def test_relations_are_loosely_typed(ontology: Graph, name: str) -> None:
    """Relations say what they expect with schema:*Includes; rdfs:domain/range would make reasoners guess types."""
    prop = HK[name]
    assert (
        prop,
        RDF.type,
        OWL.SymmetricProperty,
    ) in ontology or name not in SYMMETRIC_PREDICATES
    assert (
        ontology.value(prop, RDFS.domain) is None
        and ontology.value(prop, RDFS.range) is None
    )
    assert ontology.value(prop, SCHEMA.domainIncludes) is not None
    assert ontology.value(prop, SCHEMA.rangeIncludes) is not None


# --------------------------------------------------------------------------- shapes


def _validate(
    data: Graph, shapes: Graph, ontology: Graph, inference: str = "none"
) -> tuple[bool, list[str]]:
    conforms, report, _ = validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference=inference, advanced=True
    )
    messages = [str(m) for m in report.objects(None, SH.resultMessage)]
    return conforms, messages


@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_fixture_conforms(
    union_graph: Graph, shapes: Graph, ontology: Graph, inference: str
) -> None:
    conforms, messages = _validate(union_graph, shapes, ontology, inference)
    assert conforms, messages


PREAMBLE = (
    sparql_prefixes()
    + """
PREFIX ex: <https://w3id.org/henan-kg/entity/>
PREFIX art: <https://w3id.org/henan-kg/article/t1/>
"""
)

# One article, one sentence, and one relation of each shape kind with its assertion.
BASE = """
<https://w3id.org/henan-kg/article/t1> a hk:Article, schema:NewsArticle ;
    hk:articleId "t1" ; schema:headline "Acme builds a drill" ;
    schema:datePublished "2024-05-01"^^xsd:date ;
    hk:contentHash "9615aba26d9ff767d49a991b5f376039cfa0aa412ea3e8499bb9058c9cd65d52" .
art:sentence\\/0 a hk:Sentence ; schema:isPartOf <https://w3id.org/henan-kg/article/t1> ;
    hk:sentenceIndex 0 ; hk:startChar 0 ; hk:endChar 40 ;
    schema:text "Acme of Zhengzhou built the Drill X and won a prize." .
ex:acme a hk:Company ; skos:prefLabel "Acme" ; hk:mentionedIn art:sentence\\/0 .
ex:drill-x a hk:Product ; skos:prefLabel "Drill X" ; hk:mentionedIn art:sentence\\/0 .
ex:zhengzhou a hk:Place ; skos:prefLabel "Zhengzhou" ; hk:mentionedIn art:sentence\\/0 .
ex:prize a hk:Award ; skos:prefLabel "Prize" ; hk:mentionedIn art:sentence\\/0 .
ex:acme hk:developed ex:drill-x ; hk:locatedIn ex:zhengzhou ; hk:received ex:prize .
art:assertion\\/1 a hk:RelationAssertion ;
    rdf:subject ex:acme ; rdf:predicate hk:developed ; rdf:object ex:drill-x ;
    prov:wasDerivedFrom art:sentence\\/0 .
art:assertion\\/2 a hk:RelationAssertion ;
    rdf:subject ex:acme ; rdf:predicate hk:locatedIn ; rdf:object ex:zhengzhou ;
    prov:wasDerivedFrom art:sentence\\/0 .
art:assertion\\/3 a hk:RelationAssertion ;
    rdf:subject ex:acme ; rdf:predicate hk:received ; rdf:object ex:prize ;
    prov:wasDerivedFrom art:sentence\\/0 .
"""


def _graph(add: str = "", remove: str = "") -> Graph:
    graph = Graph().parse(data=PREAMBLE + BASE + add, format="turtle")
    if remove:
        graph -= Graph().parse(data=PREAMBLE + remove, format="turtle")
    return graph


def test_inline_base_conforms(shapes: Graph, ontology: Graph) -> None:
    conforms, messages = _validate(_graph(), shapes, ontology)
    assert conforms, messages


VIOLATIONS = {
    "developed-a-place": (
        """ex:acme hk:developed ex:zhengzhou .
        art:assertion\\/9 a hk:RelationAssertion ; rdf:subject ex:acme ; rdf:predicate hk:developed ;
            rdf:object ex:zhengzhou ; prov:wasDerivedFrom art:sentence\\/0 .""",
        "",
        "hk:developed must point at a hk:Product.",
    ),
    "place-develops": (
        """ex:zhengzhou hk:developed ex:drill-x .
        art:assertion\\/9 a hk:RelationAssertion ; rdf:subject ex:zhengzhou ; rdf:predicate hk:developed ;
            rdf:object ex:drill-x ; prov:wasDerivedFrom art:sentence\\/0 .""",
        "",
        "Only an organisation can have hk:developed a product.",
    ),
    "subsidiary-of-a-product": (
        """ex:acme hk:subsidiaryOf ex:drill-x .
        art:assertion\\/9 a hk:RelationAssertion ; rdf:subject ex:acme ; rdf:predicate hk:subsidiaryOf ;
            rdf:object ex:drill-x ; prov:wasDerivedFrom art:sentence\\/0 .""",
        "",
        "hk:subsidiaryOf must point at an organisation",
    ),
    "an-award-receives": (
        """ex:medal a hk:Award ; skos:prefLabel "Medal" ; hk:mentionedIn art:sentence\\/0 .
        ex:medal hk:received ex:prize .
        art:assertion\\/9 a hk:RelationAssertion ; rdf:subject ex:medal ; rdf:predicate hk:received ;
            rdf:object ex:prize ; prov:wasDerivedFrom art:sentence\\/0 .""",
        "",
        "Only an organisation, a project, a product, a person or a place can have hk:received an award.",
    ),
    "received-a-product": (
        """ex:acme hk:received ex:drill-x .
        art:assertion\\/9 a hk:RelationAssertion ; rdf:subject ex:acme ; rdf:predicate hk:received ;
            rdf:object ex:drill-x ; prov:wasDerivedFrom art:sentence\\/0 .""",
        "",
        "hk:received must point at a hk:Award.",
    ),
    "entity-without-preflabel": (
        "",
        'ex:drill-x skos:prefLabel "Drill X" .',
        "An entity needs a skos:prefLabel",
    ),
    "blank-preflabel": (
        'ex:prize skos:prefLabel "  " .',
        "",
        "An entity needs a skos:prefLabel",
    ),
    "entity-never-mentioned": (
        "",
        "ex:prize hk:mentionedIn art:sentence\\/0 .",
        "An entity must be hk:mentionedIn at least one hk:Sentence",
    ),
    "mentioned-in-an-article": (
        "ex:prize hk:mentionedIn <https://w3id.org/henan-kg/article/t1> .",
        "",
        "An entity must be hk:mentionedIn at least one hk:Sentence",
    ),
    "assertion-without-evidence": (
        "",
        "art:assertion\\/1 prov:wasDerivedFrom art:sentence\\/0 .",
        "A relation assertion must be prov:wasDerivedFrom the hk:Sentence that states it.",
    ),
    "assertion-with-two-subjects": (
        "art:assertion\\/1 rdf:subject ex:zhengzhou .",
        "",
        "A relation assertion needs exactly one rdf:subject",
    ),
    "assertion-of-unknown-predicate": (
        "art:assertion\\/1 rdf:predicate hk:mentionedIn .",
        "",
        "one of the eight hk: relations",
    ),
    "relation-without-assertion": (
        "",
        (
            "art:assertion\\/2 a hk:RelationAssertion ; rdf:subject ex:acme ; rdf:predicate hk:locatedIn ;"
            " rdf:object ex:zhengzhou ; prov:wasDerivedFrom art:sentence\\/0 ."
        ),
        "has no hk:RelationAssertion saying which sentence it comes from",
    ),
    "assertion-without-relation": (
        "",
        "ex:acme hk:received ex:prize .",
        "but that relation triple is not in the graph",
    ),
    "start-after-end": (
        "art:sentence\\/0 hk:startChar 50 .",
        "art:sentence\\/0 hk:startChar 0 .",
        "not greater than its hk:endChar",
    ),
    "negative-index": (
        "art:sentence\\/0 hk:sentenceIndex -1 .",
        "art:sentence\\/0 hk:sentenceIndex 0 .",
        "hk:sentenceIndex, an xsd:integer of 0 or more",
    ),
    "sentence-without-text": (
        "",
        'art:sentence\\/0 schema:text "Acme of Zhengzhou built the Drill X and won a prize." .',
        "A sentence needs exactly one non-empty schema:text.",
    ),
    "date-as-string": (
        '<https://w3id.org/henan-kg/article/t1> schema:datePublished "May 2024" .',
        '<https://w3id.org/henan-kg/article/t1> schema:datePublished "2024-05-01"^^xsd:date .',
        "typed xsd:date",
    ),
    "two-article-ids": (
        '<https://w3id.org/henan-kg/article/t1> hk:articleId "t2" .',
        "",
        "An article needs exactly one hk:articleId",
    ),
    "two-headlines": (
        '<https://w3id.org/henan-kg/article/t1> schema:headline "Another headline" .',
        "",
        "at most one schema:headline",
    ),
    "bad-content-hash": (
        '<https://w3id.org/henan-kg/article/t1> hk:contentHash "ABC" .',
        (
            "<https://w3id.org/henan-kg/article/t1> hk:contentHash"
            ' "9615aba26d9ff767d49a991b5f376039cfa0aa412ea3e8499bb9058c9cd65d52" .'
        ),
        "64 lowercase hex digits",
    ),
}


def test_a_person_a_place_and_a_product_may_receive_an_award(shapes: Graph, ontology: Graph) -> None:
    """The extractor gives medals to people, designations to cities and prizes to named products; the shapes accept
    all three."""
    add = """ex:li-wei a hk:Person ; skos:prefLabel "Li Wei" ; hk:mentionedIn art:sentence\\/0 .
        ex:li-wei hk:received ex:prize . ex:zhengzhou hk:received ex:prize . ex:drill-x hk:received ex:prize .
        art:assertion\\/11 a hk:RelationAssertion ; rdf:subject ex:drill-x ; rdf:predicate hk:received ;
            rdf:object ex:prize ; prov:wasDerivedFrom art:sentence\\/0 .
        art:assertion\\/9 a hk:RelationAssertion ; rdf:subject ex:li-wei ; rdf:predicate hk:received ;
            rdf:object ex:prize ; prov:wasDerivedFrom art:sentence\\/0 .
        art:assertion\\/10 a hk:RelationAssertion ; rdf:subject ex:zhengzhou ; rdf:predicate hk:received ;
            rdf:object ex:prize ; prov:wasDerivedFrom art:sentence\\/0 ."""
    conforms, messages = _validate(_graph(add), shapes, ontology)
    assert conforms, messages


@pytest.mark.parametrize("case", sorted(VIOLATIONS))
def test_shapes_reject(shapes: Graph, ontology: Graph, case: str) -> None:
    add, remove, expected = VIOLATIONS[case]
    conforms, messages = _validate(_graph(add, remove), shapes, ontology)
    assert not conforms
    assert any(expected in m for m in messages), messages


def test_symmetric_relation_backed_either_way(shapes: Graph, ontology: Graph) -> None:
    """With inference, collaboratesWith is also true backwards; the backwards triple counts as backed."""
    add = """ex:beta a hk:Company ; skos:prefLabel "Beta" ; hk:mentionedIn art:sentence\\/0 .
        ex:acme hk:collaboratesWith ex:beta . ex:beta hk:collaboratesWith ex:acme .
        art:assertion\\/9 a hk:RelationAssertion ; rdf:subject ex:acme ; rdf:predicate hk:collaboratesWith ;
            rdf:object ex:beta ; prov:wasDerivedFrom art:sentence\\/0 ."""
    conforms, messages = _validate(_graph(add), shapes, ontology)
    assert conforms, messages


# --------------------------------------------------------------------------- saved queries

QUERY_FILES = sorted(QUERIES.glob("*.rq"))
HEADER = re.compile(r"^# (title|description|param): (.+)$")


def _header(path: Path) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        match = HEADER.match(line)
        if match:
            fields.setdefault(match.group(1), []).append(match.group(2))
    return fields


def test_required_queries_exist() -> None:
    names = {p.stem for p in QUERY_FILES}
    assert {
        "companies-by-city",
        "awards",
        "collaborations",
        "projects",
        "entity",
    } <= names


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_query_header_parse_and_params(path: Path) -> None:
    fields = _header(path)
    assert len(fields.get("title", [])) == 1 and len(fields.get("description", [])) == 1
    text = path.read_text(encoding="utf-8")
    assert "PREFIX" in text
    query = prepareQuery(text)  # rdflib parses it too
    projected = {str(v) for v in query.algebra["PV"]}
    for param in fields.get("param", []):
        name, sep, doc = param.partition(" — ")
        assert sep and doc.strip(), f"'# param: {param}' needs 'name — what it is'"
        # Oxigraph substitutes only variables of the SELECT projection.
        assert name in projected, f"parameter ?{name} must be in the SELECT clause"


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_query_runs_unbound_and_with_every_param(store: ox.Store, path: Path) -> None:
    rows = run(store, path.stem)
    assert rows
    for param in _header(path).get("param", []):
        name = param.partition(" — ")[0]
        assert run(store, path.stem, **{name: "no such thing anywhere"}) == []


def _canonical(value: str | None) -> str | None:
    """GROUP_CONCAT order is up to the engine; compare the concatenated parts as a set."""
    return value if value is None else " | ".join(sorted(value.split(" | ")))


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_query_gives_the_same_answer_on_rdflib(
    store: ox.Store, dataset: Dataset, path: Path
) -> None:
    """Notebooks may run the saved queries on rdflib; parameters are then initBindings."""
    text = path.read_text(encoding="utf-8")
    # Names that find something in one query or another (a recipient, an award, a maker, a
    # product, a project, a participant, both collaborators, a city, a province by alias).
    names = ("CREG", "China Railway Tunnel Bureau Group Co., Ltd.", "luoyang bearing research institute",
             "Provincial Manufacturing Innovation Center", "QIMING", "guochuang bearings",
             "Industrial Internet Collaborative Cloud Platform", "Zhengzhou", "henan province", "Company")
    bindings = [{}] + [
        {p.partition(" — ")[0]: name} for p in _header(path).get("param", []) for name in names
    ]
    for params in bindings:
        expected = sorted(
            tuple(_canonical(v) for v in row.values())
            for row in run(store, path.stem, **params)
        )
        result = dataset.query(
            text, initBindings={Variable(k): Literal(v) for k, v in params.items()}
        )
        got = sorted(
            tuple(_canonical(None if v is None else str(v)) for v in row)
            for row in result
        )
        assert got == expected, params


def test_companies_by_city(store: ox.Store) -> None:
    expected = [
        {
            "company": ZMJ,
            "companyName": "Zhengzhou Coal Mining Machinery Group",
            "place": ZHENGZHOU,
            "placeName": "Zhengzhou",
            "relation": "headquartered in",
        }
    ]
    strip = [
        {k: v for k, v in row.items() if k != "city"}
        for row in run(store, "companies-by-city")
    ]
    assert strip == expected
    # The city itself, an alias of a place that contains it, any case.
    for city in ("Zhengzhou", "HENAN", "henan province"):
        rows = run(store, "companies-by-city", city=city)
        assert [r["company"] for r in rows] == [ZMJ]
        assert rows[0]["city"] == city
    # Luoyang has a government body, not a company.
    assert run(store, "companies-by-city", city="Luoyang") == []


def test_awards(store: ox.Store) -> None:
    rows = run(store, "awards")
    assert {(r["recipientName"], r["awardName"]) for r in rows} == {
        ("Luoyang Bearing Research Institute", "national enterprise technology center"),
        (
            "Provincial Bearing Innovation Center",
            "provincial manufacturing innovation center",
        ),
    }
    assert len(rows) == 2
    for row in rows:
        assert row["recipientType"] == "ResearchInstitute"
        assert row["articleId"] == A2 and row["headline"] == HEADLINE2
        assert "was awarded the" in (row["evidence"] or "")
    only = run(store, "awards", name="Provincial Manufacturing Innovation Center")
    assert [(r["recipient"], r["award"]) for r in only] == [(PBIC, PMIC)]
    by_recipient = run(store, "awards", name="luoyang bearing research institute")
    assert [(r["recipient"], r["award"]) for r in by_recipient] == [(LBRI, NETC)]


def test_collaborations_listed_once(store: ox.Store) -> None:
    rows = run(store, "collaborations")
    assert len(rows) == 1
    row = rows[0]
    assert {row["organisation"], row["partner"]} == {CREG, CRTB}
    assert row["articleId"] == A1 and row["headline"] == HEADLINE1
    assert "jointly developed" in (row["evidence"] or "")
    # Either party by name comes first.
    assert [
        (r["organisation"], r["partner"])
        for r in run(store, "collaborations", name="creg")
    ] == [(CREG, CRTB)]
    named = run(
        store, "collaborations", name="China Railway Tunnel Bureau Group Co., Ltd."
    )
    assert [(r["organisation"], r["partner"]) for r in named] == [(CRTB, CREG)]


def test_collaborations_stated_both_ways_is_one_pair() -> None:
    """Another article states the pair the other way round: still one pair, with two pieces of evidence."""
    extra = f"""
    PREFIX hk: <https://w3id.org/henan-kg/ontology#>
    PREFIX schema: <https://schema.org/>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    GRAPH <https://w3id.org/henan-kg/graph/t9> {{
      <https://w3id.org/henan-kg/article/t9> a hk:Article ; hk:articleId "t9" ; schema:headline "Tunnelling partners" .
      # as the builder writes it: every article graph labels the entities it mentions
      <{CREG}> a hk:Company ; skos:prefLabel "CREG" .
      <{CRTB}> a hk:Company ; skos:prefLabel "China Railway Tunnel Bureau Group" .
      <https://w3id.org/henan-kg/article/t9/sentence/0> a hk:Sentence ;
          schema:isPartOf <https://w3id.org/henan-kg/article/t9> ; hk:sentenceIndex 0 ;
          schema:text "CREG works with China Railway Tunnel Bureau Group." .
      <{CREG}> hk:collaboratesWith <{CRTB}> .
      <https://w3id.org/henan-kg/article/t9/assertion/1> a hk:RelationAssertion ;
          rdf:subject <{CREG}> ; rdf:predicate hk:collaboratesWith ; rdf:object <{CRTB}> ;
          prov:wasDerivedFrom <https://w3id.org/henan-kg/article/t9/sentence/0> .
    }}
    """
    rows = run(_store(extra), "collaborations")
    assert {(r["organisation"], r["partner"]) for r in rows} == {(CREG, CRTB)}
    assert sorted(r["articleId"] or "" for r in rows) == sorted([A1, "t9"])


def test_projects(store: ox.Store) -> None:
    rows = run(store, "projects")
    assert len(rows) == 2
    by_project = {r["project"]: r for r in rows}
    cloud = by_project[CLOUD]
    assert (
        cloud["participant"] == GUOCHUANG
        and cloud["participantName"] == "Guochuang Bearing"
    )
    assert cloud["participantType"] == "Company" and cloud["articleId"] == A2
    assert "collaborative cloud platform" in (cloud["evidence"] or "")
    lonely = next(r for p, r in by_project.items() if p != CLOUD)
    assert lonely["projectName"].startswith("Key technology research")
    assert lonely["participant"] is None and lonely["mentionedIn"] == A2
    # By participant alias, and by project name.
    for name in (
        "guochuang bearings",
        "Industrial Internet Collaborative Cloud Platform",
    ):
        assert [
            (r["project"], r["participant"]) for r in run(store, "projects", name=name)
        ] == [(CLOUD, GUOCHUANG)]


def test_products_by_maker(store: ox.Store) -> None:
    rows = run(store, "products-by-maker")
    assert {(r["maker"], r["product"]) for r in rows} == {
        (CREG, QIMING),
        (CRTB, QIMING),
        (LBG, BEARINGS),
    }
    assert all(r["articleId"] == A1 and r["headline"] == HEADLINE1 for r in rows)
    assert {r["maker"] for r in run(store, "products-by-maker", name="QIMING")} == {
        CREG,
        CRTB,
    }
    assert [
        r["product"]
        for r in run(store, "products-by-maker", name="Luoyang Bearing Group Co.,Ltd")
    ] == [BEARINGS]


def test_entities_by_type(store: ox.Store) -> None:
    rows = run(store, "entities-by-type")
    # Every entity once; no ontology class leaks in from the ontology graph.
    assert len(rows) == 22
    assert {r["class"] for r in rows} == set(ENTITY_TYPES)
    places = run(store, "entities-by-type", type="place")
    assert {r["label"] for r in places} == {
        "China",
        "Zhengzhou",
        "Henan",
        "Luoyang",
        "Türkiye",
    }
    assert places[0]["entity"] == CHINA  # the only entity in two articles sorts first
    assert places[0]["articles"] == "2" and places[0]["sentences"] == "4"
    henan = next(r for r in places if r["label"] == "Henan")
    assert henan["aliases"] == "Henan province"


def test_stats(store: ox.Store) -> None:
    counts = {(r["kind"], r["term"]): int(r["count"] or 0) for r in run(store, "stats")}
    assert counts[("provenance", "Article")] == 2
    assert counts[("provenance", "Sentence")] == 10
    assert counts[("provenance", "RelationAssertion")] == 12
    assert counts[("entity", "Entity")] == 22
    assert counts[("entity", "Company")] == 5
    assert counts[("entity", "Place")] == 5
    assert counts[("relation", "developed")] == 3
    assert {term for kind, term in counts if kind == "relation"} == set(
        RELATION_PREDICATES
    )


def test_entity_by_alias(store: ox.Store) -> None:
    rows = run(store, "entity", name="creg")
    assert rows and {r["entity"] for r in rows} == {CREG}
    first = rows[0]
    assert (
        first["type"] == "Company"
        and first["label"] == "China Railway Engineering Equipment Group"
    )
    assert set((first["aliases"] or "").split(" | ")) == {
        "CREG",
        "China Railway Engineering Equipment Group Co., Ltd.",
    }
    facts = {(r["direction"], r["relation"], r["otherName"]) for r in rows}
    assert facts == {
        ("out", "developed", "Qiming"),
        ("in", "collaboratesWith", "China Railway Tunnel Bureau Group"),
        ("mention", None, None),
    }
    for row in rows:
        assert row["articleId"] == A1 and row["headline"] == HEADLINE1
        assert "(CREG)" in (row["evidence"] or "")
        assert row["name"] == "creg"


def test_entity_matches_whole_names_only_and_spans_articles(store: ox.Store) -> None:
    # "China" is a place in both articles; "China Railway ..." companies must not match.
    rows = run(store, "entity", name="China")
    assert {r["entity"] for r in rows} == {CHINA}
    assert {r["direction"] for r in rows} == {"mention"}
    assert sorted(r["articleId"] or "" for r in rows) == sorted([A1, A1, A2, A2])
    assert {r["headline"] for r in rows} == {HEADLINE1, HEADLINE2}


def test_entity_in_and_out_with_evidence(store: ox.Store) -> None:
    rows = run(store, "entity", name="Zhengzhou")
    facts = {
        (r["direction"], r["relation"], r["other"])
        for r in rows
        if r["direction"] != "mention"
    }
    assert facts == {
        ("out", "locatedIn", ent("Henan", "Place")),
        ("in", "headquarteredIn", ZMJ),
    }
    hq = next(r for r in rows if r["relation"] == "headquarteredIn")
    assert hq["otherName"] == "Zhengzhou Coal Mining Machinery Group"
    assert (hq["evidence"] or "").startswith(
        "Zhengzhou, where the company's headquarters are based"
    )


def test_entity_unbound_lists_every_entity(store: ox.Store) -> None:
    rows = run(store, "entity")
    assert len({r["entity"] for r in rows}) == 22
    assert all(r["evidence"] for r in rows)


def test_fixture_has_every_relation_and_entity_type(union_graph: Graph) -> None:
    """Keeps the fixture useful: each relation with an assertion, each entity class, no blank nodes."""
    for name in RELATION_PREDICATES:
        assert any(union_graph.triples((None, HK[name], None))), name
        assert (None, RDF.predicate, HK[name]) in union_graph, name
    for name in ENTITY_TYPES:
        assert (None, RDF.type, HK[name]) in union_graph, name
    assert not any(isinstance(t, BNode) for triple in union_graph for t in triple)


def test_entity_by_name_is_the_listing_restricted_to_that_entity(store: ox.Store) -> None:
    """The lookup by name (the fast path at scale) gives exactly the listing's rows for that entity, once each."""
    key = lambda r: tuple(sorted((k, v or "") for k, v in r.items() if k != "name"))  # noqa: E731
    listing = run(store, "entity")
    assert len({key(r) for r in listing}) == len(listing)  # no duplicate rows
    labels = store.query(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT DISTINCT ?e ?l WHERE { ?e skos:prefLabel ?l }",
        use_default_graph_as_union=True,
    )
    pairs = [(s["e"].value, s["l"].value) for s in labels]
    assert len(pairs) >= 22
    for iri, label in pairs:
        rows = run(store, "entity", name=label.upper())
        assert len({key(r) for r in rows}) == len(rows)
        found = {r["entity"] for r in rows}
        assert iri in found
        assert sorted(map(key, rows)) == sorted(key(r) for r in listing if r["entity"] in found)


def _fixture_names(store: ox.Store) -> list[str]:
    """Every label and class name in the fixture, as given and upper-cased, and one that matches nothing."""
    labels = store.query(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT DISTINCT ?l WHERE { ?e skos:prefLabel|skos:altLabel ?l }",
        use_default_graph_as_union=True,
    )
    names = sorted({s["l"].value for s in labels})
    assert len(names) >= 22
    names += list(ENTITY_TYPES)
    return names + [n.upper() for n in names] + ["no such thing anywhere"]


@pytest.mark.parametrize(
    "path", [p for p in QUERY_FILES if _header(p).get("param")], ids=lambda p: p.stem
)
def test_query_with_a_values_block_gives_the_substituted_rows(store: ox.Store, path: Path) -> None:
    """kg.remote binds a parameter by a VALUES block at the top of the WHERE clause (remote
    stores, kg serve); it must give what pyoxigraph's substitutions give (kg query), for every
    name in the fixture: a parameter read where the VALUES block does not reach (a subquery,
    or a BIND that a server evaluates late) shows up here."""
    from kg.remote import _bind

    text = path.read_text(encoding="utf-8")
    key = lambda r: tuple(_canonical(v) for v in r.values())  # noqa: E731
    for param in _header(path)["param"]:
        name = param.partition(" — ")[0]
        hits = 0
        for value in _fixture_names(store):
            expected = sorted(map(key, run(store, path.stem, **{name: value})))
            bound = _bind(text, {ox.Variable(name): ox.Literal(value)})
            solutions = store.query(bound, use_default_graph_as_union=True)
            names = [v.value for v in solutions.variables]
            got = sorted(key({n: _value(row[n]) for n in names}) for row in solutions)
            assert got == expected, (name, value)
            hits += bool(expected)
        assert hits, name  # some name of the fixture finds something
