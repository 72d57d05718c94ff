"""The RDF builder, the Oxigraph store, query formatting, export and SHACL validation."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

import kg
from kg import errors, namespace, rdf
from kg import query as kq
from kg import store as kstore
from kg.model import Article, Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.store import KnowledgeStore, open_store

# Text that breaks naive serialisers and terminals: quotes, a line break, markup,
# a zero-width space, a right-to-left override and Arabic letters.
HOSTILE = (
    'Hostile "Works"\n<script>alert(1)</script>\u200b\u202e\u0634\u0631\u0643\u0629 Co'
)
HOSTILE_SENTENCE = f"It met {HOSTILE} today."
# A value that would end a string and the query if pasted into SPARQL text.
INJECTION = 'Evil " } ; DROP ALL # Co'

PINGGAO = str(namespace.entity_iri("Pinggao Group", "Company"))
ZHENGZHOU = str(namespace.entity_iri("Zhengzhou", "Place"))
HOSTILE_ID = str(namespace.entity_iri("Hostile Works", "Company"))
EVIL_ID = str(namespace.entity_iri("Evil Co", "Company"))
HASH_A = "0123456789abcdef" * 4
HASH_B = hashlib.sha256(b"b2").hexdigest()


def article_a() -> Extraction:
    s0 = "Pinggao Group is headquartered in Zhengzhou."
    s2 = "Pinggao makes switchgear."
    art = Article(
        id="a1",
        title='Pinggao <b>grows</b> in "Zhengzhou"',
        date="2024-05-06",
        source="Henan Daily",
        author="Li Wei",
        url="https://example.com/news/1?a=b&c=d",
        text="(not used by the RDF builder)",
        body_start=36,
        source_file="a1.txt",
        content_hash=HASH_A,
    )
    sentences = [
        Sentence(0, 37, 81, s0),
        Sentence(1, 82, 146, HOSTILE_SENTENCE),
        Sentence(2, 151, 176, s2),
        Sentence(3, 177, 190, "Nothing here."),
    ]
    entities = [
        Entity(
            PINGGAO,
            "Pinggao Group",
            "Company",
            ["Pinggao", "Pinggao Group"],
            [Mention(37, 50, "Pinggao Group", 0), Mention(151, 158, "Pinggao", 2)],
        ),
        Entity(ZHENGZHOU, "Zhengzhou", "Place", [], [Mention(71, 80, "Zhengzhou", 0)]),
        Entity(HOSTILE_ID, HOSTILE, "Company", [], [Mention(89, 100, HOSTILE, 1)]),
    ]
    relations = [
        Relation(PINGGAO, "headquarteredIn", ZHENGZHOU, Evidence(s0, 37, 81, 0), "hq")
    ]
    return Extraction(art, entities, relations, sentences)


def article_b() -> Extraction:
    s0 = "Pinggao Group is located in Zhengzhou."
    s1 = f"{INJECTION} was there too."
    art = Article(
        id="b2",
        title="Second story",
        date="sometime in May",  # not a date: no schema:datePublished
        source="China Daily",
        author=None,
        url=None,
        text="(not used)",
        body_start=13,
        source_file="b2.txt",
        content_hash=HASH_B,
    )
    entities = [
        Entity(
            PINGGAO,
            "Pinggao Group",
            "Company",
            [],
            [Mention(13, 26, "Pinggao Group", 0)],
        ),
        Entity(ZHENGZHOU, "Zhengzhou", "Place", [], [Mention(41, 50, "Zhengzhou", 0)]),
        Entity(EVIL_ID, INJECTION, "Company", [], [Mention(52, 76, INJECTION, 1)]),
    ]
    relations = [
        Relation(PINGGAO, "locatedIn", ZHENGZHOU, Evidence(s0, 13, 51, 0), "loc")
    ]
    return Extraction(
        art, entities, relations, [Sentence(0, 13, 51, s0), Sentence(1, 52, 90, s1)]
    )


# The golden graph of article a1, written by hand. A raw string, so the escapes are
# Turtle's to read, not Python's: the builder's text and this text reach the same
# literals by different roads.
GOLDEN_A = r"""
PREFIX hk: <https://w3id.org/henan-kg/ontology#>
PREFIX ent: <https://w3id.org/henan-kg/entity/>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

<https://w3id.org/henan-kg/article/a1> a hk:Article, schema:NewsArticle ;
    hk:articleId "a1" ;
    schema:headline "Pinggao <b>grows</b> in \"Zhengzhou\"" ;
    schema:datePublished "2024-05-06"^^xsd:date ;
    schema:author "Li Wei" ;
    schema:publisher "Henan Daily" ;
    schema:url "https://example.com/news/1?a=b&c=d"^^xsd:anyURI ;
    hk:sourceFile "a1.txt" ;
    hk:contentHash "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
    hk:extractorVersion "@VERSION@" .

<https://w3id.org/henan-kg/article/a1/sentence/0> a hk:Sentence ;
    schema:isPartOf <https://w3id.org/henan-kg/article/a1> ;
    hk:sentenceIndex 0 ; hk:startChar 37 ; hk:endChar 81 ;
    schema:text "Pinggao Group is headquartered in Zhengzhou." .

<https://w3id.org/henan-kg/article/a1/sentence/1> a hk:Sentence ;
    schema:isPartOf <https://w3id.org/henan-kg/article/a1> ;
    hk:sentenceIndex 1 ; hk:startChar 82 ; hk:endChar 146 ;
    schema:text "It met Hostile \"Works\"\n<script>alert(1)</script>\u200B\u202E\u0634\u0631\u0643\u0629 Co today." .

<https://w3id.org/henan-kg/article/a1/sentence/2> a hk:Sentence ;
    schema:isPartOf <https://w3id.org/henan-kg/article/a1> ;
    hk:sentenceIndex 2 ; hk:startChar 151 ; hk:endChar 176 ;
    schema:text "Pinggao makes switchgear." .

ent:pinggao-group a hk:Company ;
    skos:prefLabel "Pinggao Group" ; rdfs:label "Pinggao Group" ; skos:altLabel "Pinggao" ;
    hk:mentionedIn <https://w3id.org/henan-kg/article/a1/sentence/0>, <https://w3id.org/henan-kg/article/a1/sentence/2> ;
    hk:headquarteredIn ent:zhengzhou .

ent:zhengzhou a hk:Place ;
    skos:prefLabel "Zhengzhou" ; rdfs:label "Zhengzhou" ;
    hk:mentionedIn <https://w3id.org/henan-kg/article/a1/sentence/0> .

ent:hostile-works a hk:Company ;
    skos:prefLabel "Hostile \"Works\"\n<script>alert(1)</script>\u200B\u202E\u0634\u0631\u0643\u0629 Co" ;
    rdfs:label "Hostile \"Works\"\n<script>alert(1)</script>\u200B\u202E\u0634\u0631\u0643\u0629 Co" ;
    hk:mentionedIn <https://w3id.org/henan-kg/article/a1/sentence/1> .

<@ASSERTION@> a hk:RelationAssertion ;
    rdf:subject ent:pinggao-group ; rdf:predicate hk:headquarteredIn ; rdf:object ent:zhengzhou ;
    prov:wasDerivedFrom <https://w3id.org/henan-kg/article/a1/sentence/0> .
"""


def golden_a() -> rdflib.Graph:
    assertion = namespace.assertion_iri("a1", PINGGAO, "headquarteredIn", ZHENGZHOU, 0)
    text = GOLDEN_A.replace("@VERSION@", kg.__version__).replace(
        "@ASSERTION@", str(assertion)
    )
    return rdflib.Graph().parse(data=text, format="turtle")


def assert_isomorphic(got: rdflib.Graph, want: rdflib.Graph) -> None:
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        pytest.fail(
            "graphs differ\nonly in result:\n"
            + only_got.serialize(format="nt")
            + "\nonly in expected:\n"
            + only_want.serialize(format="nt")
        )


def dump(store: KnowledgeStore) -> str:
    return rdf.quads_to_nquads(store.oxigraph)


# -- the RDF builder ------------------------------------------------------------------------


def test_graph_is_the_golden_graph() -> None:
    graph = rdf.extraction_to_graph(article_a())
    assert graph.identifier == namespace.article_graph("a1")
    assert_isomorphic(graph, golden_a())


def test_quads_are_the_graph_in_the_article_graph() -> None:
    ex = article_a()
    quads = rdf.extraction_quads(ex)
    assert len(quads) == len(set(quads)), "duplicate quads"
    assert {q.graph_name for q in quads} == {
        ox.NamedNode(str(namespace.article_graph("a1")))
    }
    as_rdflib = {
        tuple(rdf.oxigraph_to_rdflib(t) for t in (q.subject, q.predicate, q.object))
        for q in quads
    }
    assert as_rdflib == set(rdf.extraction_to_graph(ex))


def test_optional_metadata_and_bad_dates_are_left_out() -> None:
    graph = rdf.extraction_to_graph(article_b())
    article = namespace.article_iri("b2")
    assert (article, namespace.SCHEMA.datePublished, None) not in graph
    assert (article, namespace.SCHEMA.author, None) not in graph
    assert (article, namespace.SCHEMA.url, None) not in graph
    # Sentences nothing points at are not stored.
    assert (namespace.sentence_iri("a1", 3), None, None) not in rdf.extraction_to_graph(
        article_a()
    )


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_hostile_text_round_trips(fmt: str) -> None:
    graph = rdf.extraction_to_graph(article_a())
    ds = rdflib.Dataset()
    target = ds.graph(graph.identifier)
    for triple in graph:
        target.add(triple)
    back = rdflib.Dataset().parse(data=ds.serialize(format=fmt), format=fmt)
    assert_isomorphic(back.graph(graph.identifier), golden_a())

    # And through Oxigraph's writer and parser, quad for quad.
    quads = rdf.extraction_quads(article_a())
    ox_format = ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG
    data = ox.serialize(quads, format=ox_format)
    assert set(ox.parse(data, format=ox_format)) == set(quads)
    # Oxigraph's output read by rdflib: the two libraries agree on the escapes.
    assert_isomorphic(
        rdflib.Dataset().parse(data=data, format=fmt).graph(graph.identifier),
        golden_a(),
    )


def test_term_converters_are_inverse() -> None:
    for quad in rdf.extraction_quads(article_a()):
        for term in (quad.subject, quad.predicate, quad.object, quad.graph_name):
            assert rdf.rdflib_to_oxigraph(rdf.oxigraph_to_rdflib(term)) == term
    assert rdf.rdflib_to_oxigraph(rdflib.Literal("x", lang="en")) == ox.Literal(
        "x", language="en"
    )
    assert isinstance(rdf.rdflib_to_oxigraph(None), ox.DefaultGraph)


def test_bad_extractions_raise_input_error() -> None:
    ex = article_a()
    ex.entities[0].type = "Spaceship"
    with pytest.raises(errors.InputError, match="Spaceship"):
        rdf.extraction_quads(ex)
    ex = article_a()
    ex.relations[0].predicate = "owns"
    with pytest.raises(errors.InputError, match="owns"):
        rdf.extraction_quads(ex)
    ex = article_b()
    ex.article = Article(**{**ex.article.__dict__, "id": "has space"})
    with pytest.raises(errors.InputError):
        rdf.extraction_quads(ex)


# -- the store -------------------------------------------------------------------------------


@pytest.fixture(params=["memory", "disk"])
def store(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    location = ":memory:" if request.param == "memory" else tmp_path / "store"
    ks = open_store(location)
    yield ks
    ks.close()


def test_ingest_and_read_back(store: KnowledgeStore) -> None:
    assert not store.has_article("a1")
    n = store.ingest(article_a())
    assert n == len(rdf.extraction_quads(article_a())) == len(store)
    assert store.has_article("a1")
    [info] = store.articles()
    assert info == {
        "id": "a1",
        "headline": 'Pinggao <b>grows</b> in "Zhengzhou"',
        "date": "2024-05-06",
        "source_file": "a1.txt",
        "content_hash": HASH_A,
        "triples": n,
    }
    # What went in is what comes out, byte for byte in N-Quads.
    assert dump(store) == rdf.quads_to_nquads(rdf.extraction_quads(article_a()))


def test_on_disk_store_survives_reopening(tmp_path: Path) -> None:
    location = tmp_path / "deep" / "store"  # missing parents are created
    with open_store(location) as ks:
        ks.ingest(article_a())
        ks.ingest(article_b())
        before = dump(ks)
    with open_store(location) as ks:
        assert [a["id"] for a in ks.articles()] == ["a1", "b2"]
        assert dump(ks) == before
    ro = open_store(location, read_only=True)
    assert ro.has_article("b2")
    with pytest.raises(errors.StoreError, match="read-only"):
        ro.remove_article("a1")
    ro.close()
    with pytest.raises(errors.StoreError, match="closed"):
        ro.has_article("a1")


def test_duplicates_and_ingest_many(store: KnowledgeStore) -> None:
    store.ingest(article_a())
    with pytest.raises(errors.DuplicateArticle):
        store.ingest(article_a())
    summary = store.ingest_many([article_a(), article_b()])
    assert (summary.added, summary.skipped, summary.replaced) == (["b2"], ["a1"], [])
    summary = store.ingest_many([article_a()], replace=True)
    assert summary.replaced == ["a1"]
    assert dump(store) == rdf.quads_to_nquads(
        rdf.extraction_quads(article_a()) + rdf.extraction_quads(article_b())
    )


def test_ingest_is_atomic(
    store: KnowledgeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.ingest(article_b())
    before = dump(store)
    real = rdf.extraction_quads

    def half_then_fail(ex: Extraction):  # type: ignore[no-untyped-def]
        quads = real(ex)
        yield from quads[: len(quads) // 2]
        raise RuntimeError("disk on fire")

    # The failure comes while Store.extend is reading the quads, half of them written.
    monkeypatch.setattr(kstore.rdf, "extraction_quads", half_then_fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.ingest(article_a())
    assert dump(store) == before
    assert not store.has_article("a1")


def test_replace_is_atomic(
    store: KnowledgeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.ingest(article_a())
    store.ingest(article_b())
    before = dump(store)
    real = kstore._replace_update
    missing = ox.NamedNode(str(namespace.article_graph("no-such-graph")))

    def fails_after_drop_and_insert(graph: ox.NamedNode, quads: list[ox.Quad]) -> str:
        # Runs after the DROP and the INSERT DATA in the same update, then fails.
        return real(graph, quads) + f" ;\nDROP GRAPH {missing}"

    monkeypatch.setattr(kstore, "_replace_update", fails_after_drop_and_insert)
    changed = article_a()
    changed.entities[0].label = "Renamed"
    with pytest.raises(errors.StoreError, match="does not exist"):
        store.ingest(changed, replace=True)
    assert dump(store) == before


def test_replace_swaps_the_graph_exactly(store: KnowledgeStore) -> None:
    store.ingest(article_a())
    store.ingest(article_b())
    changed = article_a()
    changed.relations = []
    changed.entities = changed.entities[2:]  # only the hostile entity is left
    store.ingest(changed, replace=True)
    # The replacement goes through SPARQL update text: the hostile literals must survive it.
    assert dump(store) == rdf.quads_to_nquads(
        rdf.extraction_quads(changed) + rdf.extraction_quads(article_b())
    )


def test_remove_article_keeps_what_others_say(store: KnowledgeStore) -> None:
    store.ingest(article_a())
    store.ingest(article_b())
    removed = store.remove_article("a1")
    assert removed == len(rdf.extraction_quads(article_a()))
    assert dump(store) == rdf.quads_to_nquads(rdf.extraction_quads(article_b()))
    pinggao = rdflib.URIRef(PINGGAO)
    union = store.union_graph()
    assert (pinggao, namespace.SKOS.prefLabel, rdflib.Literal("Pinggao Group")) in union
    assert (pinggao, namespace.HK.locatedIn, rdflib.URIRef(ZHENGZHOU)) in union
    assert (
        pinggao,
        namespace.HK.headquarteredIn,
        None,
    ) not in union  # only a1 said that
    assert (pinggao, namespace.SKOS.altLabel, None) not in union  # alias only in a1
    assert (rdflib.URIRef(HOSTILE_ID), None, None) not in union
    with pytest.raises(errors.NotFound):
        store.remove_article("a1")


# -- queries ---------------------------------------------------------------------------------


def test_substitutions_bind_values_not_text(store: KnowledgeStore) -> None:
    store.ingest(article_a())
    store.ingest(article_b())
    before = dump(store)
    q = "SELECT ?e ?label WHERE { ?e skos:prefLabel ?label }"
    result = store.query(q, substitutions={"label": INJECTION})
    assert result.values() == [{"e": EVIL_ID, "label": INJECTION}]
    assert store.query(q, substitutions={"label": HOSTILE}).values() == [
        {"e": HOSTILE_ID, "label": HOSTILE}
    ]
    assert len(store.query(q, substitutions={"label": 'Evil "'})) == 0
    assert dump(store) == before
    # IRIs can be bound too, as rdflib or Oxigraph terms.
    rows = store.query(q, substitutions={"e": rdflib.URIRef(ZHENGZHOU)})
    # Oxigraph's union default graph is a multiset: both articles name Zhengzhou.
    assert [r["label"] for r in rows.values()] == ["Zhengzhou", "Zhengzhou"]
    distinct = store.query(
        q.replace("SELECT", "SELECT DISTINCT"),
        substitutions={"e": ox.NamedNode(ZHENGZHOU)},
    )
    assert [r["label"] for r in distinct.values()] == ["Zhengzhou"]


def test_unknown_prefix_is_named(store: KnowledgeStore) -> None:
    with pytest.raises(
        errors.QuerySyntaxError, match=r"error at 1:\d+: unknown prefix foo:"
    ):
        store.query("SELECT * WHERE { ?s foo:bar ?o }")


def test_substituting_an_unprojected_variable_is_a_query_error(
    store: KnowledgeStore,
) -> None:
    with pytest.raises(errors.QueryError, match="projection"):
        store.query(
            "SELECT ?e WHERE { ?e skos:prefLabel ?label }", substitutions={"label": "x"}
        )


def test_malformed_sparql_reports_the_position(store: KnowledgeStore) -> None:
    with pytest.raises(errors.QuerySyntaxError) as info:
        store.query("SELECT ?s WHERE {\n  ?s ?p \n}")
    assert "error at 3:2" in str(info.value), str(info.value)
    assert info.value.exit_code == 4


def test_timeout_gives_up(store: KnowledgeStore) -> None:
    big = open_store(":memory:")
    p = ox.NamedNode(str(namespace.HK.startChar))
    big.oxigraph.extend(
        ox.Quad(ox.NamedNode(namespace.entity_iri(f"n{i}")), p, ox.Literal(i))
        for i in range(120)
    )
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a hk:startChar ?x . ?b hk:startChar ?y . ?c hk:startChar ?z }"
    started = time.monotonic()
    with pytest.raises(errors.QueryError, match="did not finish"):
        big.query(slow, timeout=0.02)
    assert time.monotonic() - started < 0.5
    assert store.query("ASK { ?s ?p ?o }", timeout=5).boolean is False


def test_formats(store: KnowledgeStore) -> None:
    store.ingest(article_a())
    q = "SELECT ?entity ?type ?label WHERE { ?entity a ?type ; skos:prefLabel ?label } ORDER BY ?label"
    result = store.query(q)
    assert result.variables == ["entity", "type", "label"]
    assert len(result) == 3

    table = kq.format_results(result, "table")
    lines = table.splitlines()
    assert lines[0].split() == ["entity", "|", "type", "|", "label"]
    assert "entity:pinggao-group" in table and "hk:Company" in table
    # The hostile label stays on its row, its invisible and reordering characters visible.
    assert len(lines) == 2 + 3 + 1 and lines[-1] == "(3 rows)"
    assert (
        "\\n<script>" in table and "\\u200b\\u202e" in table and "\u202e" not in table
    )
    # Aligned: the column separators of every row line up with the header's.
    columns = {line.index("|") for line in [lines[0], *lines[2:5]]}
    assert columns == {lines[1].index("+")}
    assert (
        kq.format_results(result, "table", max_width=12).splitlines()[2].count("…") >= 1
    )

    data = json.loads(kq.format_results(result, "json"))
    assert data["head"]["vars"] == ["entity", "type", "label"]
    bindings = data["results"]["bindings"]
    assert {b["label"]["value"] for b in bindings} == {
        "Pinggao Group",
        "Zhengzhou",
        HOSTILE,
    }
    assert bindings[0]["entity"]["type"] == "uri"

    text = kq.format_results(result, "csv")
    assert text.startswith("entity,type,label\r\n")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert {r["label"] for r in rows} == {"Pinggao Group", "Zhengzhou", HOSTILE}

    tsv = kq.format_results(result, "tsv")
    assert tsv.splitlines()[0] == "?entity\t?type\t?label"

    ask = store.query("ASK { ?e a hk:Place }")
    assert kq.format_results(ask, "table") == "true\n"
    assert json.loads(kq.format_results(ask, "json")) == {"head": {}, "boolean": True}
    assert kq.format_results(ask, "csv").strip() == "true"

    construct = store.query(
        "CONSTRUCT { ?e skos:prefLabel ?l } WHERE { ?e skos:prefLabel ?l }"
    )
    turtle = kq.format_results(construct, "table")
    assert len(rdflib.Graph().parse(data=turtle, format="turtle")) == 3
    jsonld = kq.format_results(construct, "json")
    assert len(rdflib.Graph().parse(data=jsonld, format="json-ld")) == 3

    with pytest.raises(ValueError):
        kq.format_results(result, "xml")


def test_short_iri() -> None:
    assert kq.short_iri(str(namespace.HK.Company)) == "hk:Company"
    assert kq.short_iri(str(namespace.sentence_iri("a1", 3))) == "article:a1/sentence/3"
    assert kq.short_iri(str(namespace.article_graph("a1"))) == "graph:a1"
    assert kq.short_iri("urn:x") == "<urn:x>"


def test_saved_queries(tmp_path: Path) -> None:
    (tmp_path / "by-name.rq").write_text(
        textwrap.dedent(
            """\
            # title: Things by name
            # description: Every entity with a label,
            #   continued on a second line.
            # param: name — a label to match
            # param: ?kind - the class
            SELECT ?e ?name WHERE { ?e skos:prefLabel ?name }
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "bare.rq").write_text("ASK {}\n", encoding="utf-8")
    queries = kq.saved_queries(tmp_path)
    assert list(queries) == ["bare", "by-name"]
    q = kq.load_saved("by-name.rq", tmp_path)
    assert q.title == "Things by name"
    assert q.description == "Every entity with a label, continued on a second line."
    assert q.params == {"name": "a label to match", "kind": "the class"}
    assert queries["bare"].title == "bare" and queries["bare"].params == {}
    assert q.bind({"name": "x"}) == {"name": "x"}
    with pytest.raises(errors.QueryError, match="nope"):
        q.bind({"nope": "x"})
    with pytest.raises(errors.NotFound, match="bare, by-name"):
        kq.load_saved("missing", tmp_path)


def test_shipped_saved_queries_have_titles() -> None:
    for name, q in kq.saved_queries().items():
        assert q.name == name and q.title and q.text


# -- stats, export, validation ---------------------------------------------------------------


def test_stats(store: KnowledgeStore) -> None:
    ontology = store.ensure_ontology()
    store.ingest(article_a())
    store.ingest(article_b())
    assert store.ensure_ontology() == ontology  # replaces, never adds a second copy
    stats = store.stats()
    qa, qb = rdf.extraction_quads(article_a()), rdf.extraction_quads(article_b())
    distinct = {(q.subject, q.predicate, q.object) for q in qa + qb}
    assert stats["articles"] == 2
    assert stats["quads"] == len(qa) + len(qb) + ontology
    assert stats["triples"] == len(distinct)
    assert stats["entities"] == {
        "Company": 3,
        "ResearchInstitute": 0,
        "University": 0,
        "GovernmentBody": 0,
        "Organization": 0,
        "Project": 0,
        "Award": 0,
        "Product": 0,
        "Place": 1,
        "Person": 0,
    }
    assert stats["relations"]["headquarteredIn"] == 1
    assert stats["relations"]["locatedIn"] == 1
    assert sum(stats["relations"].values()) == 2
    assert stats["assertions"] == 2


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle", "json-ld"])
def test_export_reparses(store: KnowledgeStore, tmp_path: Path, fmt: str) -> None:
    store.ensure_ontology()
    store.ingest(article_a())
    store.ingest(article_b())
    out = tmp_path / f"kg.{fmt}"
    n = store.export(fmt, out)
    article_quads = rdf.extraction_quads(article_a()) + rdf.extraction_quads(
        article_b()
    )
    rdflib_format = {
        "trig": "trig",
        "nquads": "nquads",
        "turtle": "turtle",
        "json-ld": "json-ld",
    }[fmt]
    if fmt == "turtle":
        graph = rdflib.Graph().parse(out, format="turtle")
        assert (
            n
            == len(graph)
            == len({(q.subject, q.predicate, q.object) for q in article_quads})
        )
        assert_isomorphic(graph, store.union_graph())
    else:
        ds = rdflib.Dataset().parse(out, format=rdflib_format)
        quads = list(ds.quads((None, None, None, None)))
        assert n == len(quads) == len(article_quads)
        graphs = {str(g) for *_, g in quads}
        assert graphs == {
            str(namespace.article_graph("a1")),
            str(namespace.article_graph("b2")),
        }
        assert_isomorphic(
            ds.graph(namespace.article_graph("a1")),
            rdf.extraction_to_graph(article_a()),
        )
    # Streams work too, and the ontology can be included.
    buffer = io.BytesIO()
    assert store.export(fmt, buffer, include_ontology=True) > (
        n if fmt != "turtle" else 0
    )
    assert buffer.getvalue()


def test_validate_conforming_and_violating(store: KnowledgeStore) -> None:
    store.ensure_ontology()
    store.ingest(article_a())
    store.ingest(article_b())
    conforms, report = store.validate()
    assert conforms, report

    bad = article_b()
    bad.article = Article(
        **{**bad.article.__dict__, "id": "c3", "content_hash": "not-a-sha"}
    )
    store.ingest(bad)
    conforms, report = store.validate()
    assert not conforms
    assert "contentHash" in report


def test_shared_fixture_validates() -> None:
    fixture = Path(__file__).parent / "data" / "fixture.trig"
    with open_store(":memory:") as ks:
        ks.ensure_ontology()
        ks.oxigraph.load(path=fixture, format=ox.RdfFormat.TRIG)
        conforms, report = ks.validate()
        assert conforms, report
        assert ks.stats()["articles"] == len(ks.articles()) >= 2


# -- locking ---------------------------------------------------------------------------------


def test_a_second_opener_gets_store_error(tmp_path: Path) -> None:
    location = tmp_path / "store"
    holder = open_store(location)
    holder.ingest(article_a())
    holder.flush()

    # In this process: RocksDB refuses, and the message says what to do.
    with pytest.raises(errors.StoreError, match="already open"):
        open_store(location)

    # In another process: it waits for the lock (KG_WAIT seconds), says so, then gives up
    # with an exit code rather than a crash.
    script = textwrap.dedent(
        """\
        import sys
        from kg import errors
        from kg.store import open_store
        try:
            open_store(sys.argv[1])
        except errors.StoreError as exc:
            print(exc)
            sys.exit(exc.exit_code)
        print("opened")
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(kg.__file__).resolve().parents[1]), "KG_WAIT": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", script, str(location)],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == errors.StoreError.exit_code, proc.stdout + proc.stderr
    assert "in use: another kg process" in proc.stdout and "is still writing to it" in proc.stdout, proc.stdout
    assert f"pid {os.getpid()}" in proc.stdout
    assert "waiting for" in proc.stderr and "Traceback" not in proc.stderr

    # Closing releases the lock.
    holder.close()
    with open_store(location) as again:
        assert again.has_article("a1")


def test_open_store_errors(tmp_path: Path) -> None:
    afile = tmp_path / "file"
    afile.write_text("x", encoding="utf-8")
    with pytest.raises(errors.StoreError, match="is a file"):
        open_store(afile)
    with pytest.raises(errors.StoreError, match="no store"):
        open_store(tmp_path / "missing", read_only=True)
    assert isinstance(open_store(""), KnowledgeStore)


def test_shared_store_keeps_its_handle_until_a_writer_commits(tmp_path: Path) -> None:
    """SharedStore reuses one read-only handle between readings and reopens after any commit."""
    location = tmp_path / "store"
    with open_store(location) as store:
        store.ensure_ontology()
    shared = kstore.SharedStore(location, wait=0)
    with shared.reading() as first:
        handle = first.oxigraph
        before = len(first)
    with shared.reading() as second:
        assert second.oxigraph is handle and len(second) == before
    assert shared.reopened == 1
    del handle, first, second
    # Between readings the lock is free: a writer in another process neither waits nor fails.
    writer = textwrap.dedent(
        """
        import sys
        import pyoxigraph as ox
        from kg.store import open_store
        with open_store(sys.argv[1], wait=0) as store:
            store.oxigraph.extend([ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"),
                                           ox.Literal("new"), ox.NamedNode("https://example.org/g"))])
        """
    )
    proc = subprocess.run([sys.executable, "-c", writer, str(location)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    with shared.reading() as store:  # the commit is seen: the handle was reopened
        assert len(store) == before + 1
    assert shared.reopened == 2
    with shared.writing() as store:  # a write in this process too
        store.oxigraph.remove(ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"),
                                      ox.Literal("new"), ox.NamedNode("https://example.org/g")))
    with shared.reading() as store:
        assert len(store) == before
    with shared.reading() as store:
        assert len(store) == before
    assert shared.reopened == 3
