"""The ``kg`` command line through click's CliRunner, each test in its own isolated filesystem and store.

Also the golden graph: one small article, its named graph written out by hand.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner, Result
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

import kg
from kg import namespace
from kg.article import parse_article, read_article
from kg.cli import main
from kg.extract import extract
from kg.namespace import HK, article_graph, entity_iri
from kg.rdf import extraction_to_graph, quads_to_nquads
from kg.store import open_store

# STYLE.md asks for CliRunner.isolated_filesystem(), which click 8.5 deprecates (to go in 9.0).
pytestmark = pytest.mark.filterwarnings("ignore:'isolated_filesystem' is deprecated:DeprecationWarning")

# The golden article: every fact in it is one the extractor finds (see EXPECTED below).
VALVE = """Valve maker honoured

Source: Henan Daily | 2024-03-05 09:00:00 | Author: Wang Fang

Xinda Valve Group Co., Ltd. is headquartered in Kaifeng. Xinda Valve Group received the Henan Provincial Quality Award."""
VALVE_ID = "5dfa33eb2d49d82c"  # sha256 of "valve maker honoured xinda valve group co., ltd. is ...", first 16 hex digits
TRACTOR = """Luoyang tractor maker expands

Dongfang Tractor Group Co., Ltd. is based in Luoyang. Dongfang Tractor Group won the Henan Quality Award."""
# A headline followed by a sentence that starts with a company name: the parser used to run them together.
MERGED = """Gearbox maker grows

Zhongyuan Gear Group Co., Ltd. is based in Luoyang. The company developed the ZG-500 gearbox. It won the Henan Quality Award in 2024."""
# A relation stated in the last sentence of a paragraph.
PARAGRAPHS = """Gearbox maker grows

Zhongyuan Gear Group Co., Ltd. is based in Luoyang.

It won the Henan Quality Award in 2024."""

XINDA = str(entity_iri("Xinda Valve Group", "Company"))
DONGFANG = str(entity_iri("Dongfang Tractor Group", "Company"))

# What a reader of VALVE knows, as the article's named graph. Positions: the text the
# extractor reads is "Valve maker honoured\n\n" (22 characters) followed by the body;
# the first body sentence is text[22:78], the second text[79:141].
EXPECTED = """
@prefix hk: <https://w3id.org/henan-kg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix sentence: <https://w3id.org/henan-kg/article/5dfa33eb2d49d82c/sentence/> .
@prefix assertion: <https://w3id.org/henan-kg/article/5dfa33eb2d49d82c/assertion/> .
@prefix entity: <https://w3id.org/henan-kg/entity/> .

<https://w3id.org/henan-kg/article/5dfa33eb2d49d82c> a hk:Article, schema:NewsArticle ;
    hk:articleId "5dfa33eb2d49d82c" ;
    schema:headline "Valve maker honoured" ;
    schema:datePublished "2024-03-05"^^xsd:date ;
    schema:publisher "Henan Daily" ;
    schema:author "Wang Fang" ;
    hk:contentHash "CONTENT_HASH" ;
    hk:extractorVersion "VERSION" .

# Only the sentences that something points at; the headline names nothing.
sentence:1 a hk:Sentence ;
    schema:isPartOf <https://w3id.org/henan-kg/article/5dfa33eb2d49d82c> ;
    hk:sentenceIndex 1 ;
    schema:text "Xinda Valve Group Co., Ltd. is headquartered in Kaifeng." ;
    hk:startChar 22 ;
    hk:endChar 78 .

sentence:2 a hk:Sentence ;
    schema:isPartOf <https://w3id.org/henan-kg/article/5dfa33eb2d49d82c> ;
    hk:sentenceIndex 2 ;
    schema:text "Xinda Valve Group received the Henan Provincial Quality Award." ;
    hk:startChar 79 ;
    hk:endChar 141 .

# One company under its full legal name, the short form as an alias; the legal suffix
# is not part of its IRI, so other articles' "Xinda Valve Group" is the same node.
entity:xinda-valve-group a hk:Company ;
    skos:prefLabel "Xinda Valve Group Co., Ltd." ;
    rdfs:label "Xinda Valve Group Co., Ltd." ;
    skos:altLabel "Xinda Valve Group" ;
    hk:mentionedIn sentence:1, sentence:2 ;
    hk:headquarteredIn entity:kaifeng ;
    hk:received entity:henan-provincial-quality-award .

entity:kaifeng a hk:Place ;
    skos:prefLabel "Kaifeng" ;
    rdfs:label "Kaifeng" ;
    hk:mentionedIn sentence:1 .

entity:henan-provincial-quality-award a hk:Award ;
    skos:prefLabel "Henan Provincial Quality Award" ;
    rdfs:label "Henan Provincial Quality Award" ;
    hk:mentionedIn sentence:2 .

# Each relation once more, reified, with the sentence it comes from.
assertion:b533565f722b59b8 a hk:RelationAssertion ;
    rdf:subject entity:xinda-valve-group ;
    rdf:predicate hk:headquarteredIn ;
    rdf:object entity:kaifeng ;
    prov:wasDerivedFrom sentence:1 .

assertion:874348505e400f3f a hk:RelationAssertion ;
    rdf:subject entity:xinda-valve-group ;
    rdf:predicate hk:received ;
    rdf:object entity:henan-provincial-quality-award ;
    prov:wasDerivedFrom sentence:2 .
"""


def expected_graph(*, source_file: str | None = None) -> rdflib.Graph:
    content_hash = hashlib.sha256(VALVE.encode("utf-8")).hexdigest()
    text = EXPECTED.replace("CONTENT_HASH", content_hash).replace("VERSION", kg.__version__)
    graph = rdflib.Graph().parse(data=text, format="turtle")
    if source_file is not None:
        graph.add((rdflib.URIRef(namespace.article_iri(VALVE_ID)), HK.sourceFile, rdflib.Literal(source_file)))
    return graph


def assert_isomorphic(got: rdflib.Graph, want: rdflib.Graph) -> None:
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        pytest.fail(
            "graphs differ\nonly in the output:\n"
            + "".join(sorted(f"  {t}\n" for t in only_got.nt().splitlines()))  # type: ignore[union-attr]
            + "only expected:\n"
            + "".join(sorted(f"  {t}\n" for t in only_want.nt().splitlines()))  # type: ignore[union-attr]
        )


# -- helpers -------------------------------------------------------------------------------


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def kg_cli(runner: CliRunner, *args: str) -> Result:
    """``kg --store <cwd>/store --corpus corpus ARGS`` in the current (isolated) directory.

    The store path is absolute: RocksDB tells its own stores apart by the path it was given,
    so a relative "store" still open from an earlier test would lock this one (see
    test_same_relative_store_in_another_directory_is_another_store).
    """
    store = str(Path("store").resolve())
    return runner.invoke(main, ["--store", store, "--corpus", "corpus", *args], catch_exceptions=False)


def write(path: str | Path, text: str | bytes) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text + "\n", encoding="utf-8")
    return path


def build_store(runner: CliRunner) -> Result:
    write("corpus/valve.txt", VALVE)
    write("corpus/tractor.txt", TRACTOR)
    result = kg_cli(runner, "build", "--processes", "1")
    assert result.exit_code == 0, result.output
    assert "added 2" in result.stdout
    return result


def dump(store_dir: str = "store") -> str:
    """Every quad of the store (ontology graph included), as sorted N-Quads."""
    store = open_store(store_dir, read_only=True)
    try:
        return quads_to_nquads(store.oxigraph)
    finally:
        store.close()


def select(runner: CliRunner, sparql: str) -> list[dict[str, str]]:
    result = kg_cli(runner, "query", sparql, "--format", "json")
    assert result.exit_code == 0, result.output
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(result.stdout)["results"]["bindings"]]


# -- kg extract ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict, object]]:
    """``kg extract --format json`` on three files, run once: name -> (JSON object, Article)."""
    files = {"valve.txt": VALVE, "merged.txt": MERGED, "paragraphs.txt": PARAGRAPHS}
    runner = CliRunner()
    with runner.isolated_filesystem(temp_dir=tmp_path_factory.mktemp("extract")):
        for name, text in files.items():
            write(name, text)
        result = runner.invoke(main, ["extract", "--format", "json", *files], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        articles = {name: read_article(name) for name in files}
    lines = result.stdout.splitlines()
    assert len(lines) == len(files)  # one JSON object per line, one line per article
    return {name: (json.loads(line), articles[name]) for name, line in zip(files, lines)}


def test_extract_json_contract(extracted) -> None:
    for obj, article in extracted.values():
        assert set(obj) >= {"article", "entities", "relations"}
        assert set(obj["article"]) == {"id", "title", "date", "source", "author", "url"}
        assert obj["article"]["id"] == article.id
        assert obj["entities"] and obj["relations"]
        for e in obj["entities"]:
            assert set(e) >= {"id", "label", "type", "aliases", "mentions"}
            assert e["type"] in namespace.ENTITY_TYPES
            assert isinstance(e["aliases"], list) and e["label"] not in e["aliases"]
            assert e["mentions"]
            for m in e["mentions"]:
                assert set(m) >= {"start", "end", "text", "sentence"}
        ids = {e["id"] for e in obj["entities"]}
        for r in obj["relations"]:
            assert set(r) >= {"subject", "predicate", "object", "evidence"}
            assert set(r["evidence"]) >= {"sentence", "start", "end"}
            assert r["predicate"] in namespace.RELATION_PREDICATES
            assert r["subject"] in ids and r["object"] in ids


def test_extract_json_metadata(extracted) -> None:
    obj, _ = extracted["valve.txt"]
    assert obj["article"] == {
        "id": VALVE_ID,
        "title": "Valve maker honoured",
        "date": "2024-03-05",
        "source": "Henan Daily",
        "author": "Wang Fang",
        "url": None,
    }


def test_extract_json_offsets_point_into_the_article_text(extracted) -> None:
    for obj, article in extracted.values():
        for e in obj["entities"]:
            for m in e["mentions"]:
                assert article.text[m["start"] : m["end"]] == m["text"]
        for r in obj["relations"]:
            ev = r["evidence"]
            assert article.text[ev["start"] : ev["end"]] == ev["sentence"]


def test_extract_json_finds_the_valve_facts(extracted) -> None:
    obj, _ = extracted["valve.txt"]
    labels = {e["id"]: e["label"] for e in obj["entities"]}
    facts = {(labels[r["subject"]], r["predicate"], labels[r["object"]]) for r in obj["relations"]}
    assert facts == {
        ("Xinda Valve Group Co., Ltd.", "headquarteredIn", "Kaifeng"),
        ("Xinda Valve Group Co., Ltd.", "received", "Henan Provincial Quality Award"),
    }


def test_extract_json_evidence_never_joins_headline_and_body(extracted) -> None:
    # The headline is a sentence of its own: the evidence for "based in Luoyang" is the
    # body sentence, not "Gearbox maker grows\n\nZhongyuan Gear Group ... Luoyang."
    obj, article = extracted["merged.txt"]
    assert obj["relations"]
    for r in obj["relations"]:
        ev = r["evidence"]
        assert not ev["start"] < article.body_start < ev["end"], ev["sentence"]


def test_extract_json_evidence_has_no_surrounding_whitespace(extracted) -> None:
    # The sentence at the end of a paragraph is the sentence, not the sentence plus "\n\n".
    for obj, _ in extracted.values():
        for r in obj["relations"]:
            assert r["evidence"]["sentence"] == r["evidence"]["sentence"].strip()


def test_extract_ttl_is_the_article_graph(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        write("valve.txt", VALVE)
        result = runner.invoke(main, ["extract", "--format", "ttl", "valve.txt"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert_isomorphic(graph, expected_graph(source_file="valve.txt"))


def test_extract_of_an_empty_file_exits_3(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        write("empty.txt", b"")
        write("valve.txt", VALVE)
        result = runner.invoke(main, ["extract", "empty.txt", "valve.txt"], catch_exceptions=False)
    assert result.exit_code == 3
    assert "empty.txt" in result.stderr and "empty" in result.stderr
    assert len(result.stdout.splitlines()) == 1  # the good file is still extracted


# -- the golden graph ----------------------------------------------------------------------


def test_golden_graph() -> None:
    article = parse_article(VALVE)
    assert article.id == VALVE_ID
    assert article.text[22:78] == "Xinda Valve Group Co., Ltd. is headquartered in Kaifeng."
    assert article.text[79:141] == "Xinda Valve Group received the Henan Provincial Quality Award."
    graph = extraction_to_graph(extract(article))
    assert graph.identifier == article_graph(VALVE_ID)
    assert_isomorphic(graph, expected_graph())


# -- kg add, build, remove -----------------------------------------------------------------


def test_add_twice_changes_nothing(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        write("in/valve.txt", VALVE)
        first = kg_cli(runner, "add", "in/valve.txt")
        assert first.exit_code == 0, first.output
        assert "added 1" in first.stdout
        assert Path("corpus/valve.txt").is_file()
        before = dump()

        second = kg_cli(runner, "add", "in/valve.txt")
        assert second.exit_code == 0, second.output
        assert "already" in second.stderr
        assert "added 0" in second.stdout
        assert dump() == before
        assert sorted(p.name for p in Path("corpus").iterdir()) == ["valve.txt"]


def test_add_of_an_empty_file_exits_3_and_leaves_the_store_as_it_was(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        build_store(runner)
        before = dump()
        write("empty.txt", b"")
        result = kg_cli(runner, "add", "empty.txt")
        assert result.exit_code == 3
        assert "empty.txt" in result.stderr and "empty" in result.stderr
        assert dump() == before
        assert not Path("corpus/empty.txt").exists()


def test_build_is_incremental(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        build_store(runner)
        before = dump()
        again = kg_cli(runner, "build", "--processes", "1")
        assert again.exit_code == 0, again.output
        assert "added 0, unchanged 2" in again.stdout
        assert dump() == before


def test_remove_takes_the_article_out(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        build_store(runner)
        result = kg_cli(runner, "remove", VALVE_ID)
        assert result.exit_code == 0, result.output
        assert VALVE_ID in result.stdout
        ids = {row["id"] for row in select(runner, "SELECT ?id WHERE { ?a hk:articleId ?id }")}
        assert ids == {parse_article(TRACTOR).id}
        companies = {row["c"] for row in select(runner, "SELECT DISTINCT ?c WHERE { ?c a hk:Company }")}
        assert companies == {DONGFANG}
        assert not Path("corpus/valve.txt").exists()
        assert Path("corpus/tractor.txt").exists()

        again = kg_cli(runner, "remove", VALVE_ID)
        assert again.exit_code == 7
        assert VALVE_ID in again.stderr


# -- kg query ------------------------------------------------------------------------------

COMPANIES = "SELECT DISTINCT ?name WHERE { ?c a hk:Company ; skos:prefLabel ?name } ORDER BY ?name"
NAMES = ["Dongfang Tractor Group Co., Ltd.", "Xinda Valve Group Co., Ltd."]


def test_query_in_every_format(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        build_store(runner)
        out = {}
        for fmt in ("table", "csv", "tsv", "json"):
            result = kg_cli(runner, "query", COMPANIES, "--format", fmt)
            assert result.exit_code == 0, result.output
            out[fmt] = result.stdout

    table = out["table"].strip().splitlines()
    assert table[0].strip() == "name"
    assert set(table[1]) == {"-"}
    assert [line.strip() for line in table[2:4]] == NAMES
    assert table[-1] == "(2 rows)"

    assert [row for row in csv.reader(io.StringIO(out["csv"])) if row] == [["name"], *[[n] for n in NAMES]]
    # W3C TSV: variables with "?", terms in their N-Triples form.
    assert out["tsv"].strip().splitlines() == ["?name", *[f'"{n}"' for n in NAMES]]

    data = json.loads(out["json"])
    assert data["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == NAMES


def test_query_csv_is_exactly_the_w3c_csv(runner: CliRunner) -> None:
    # `kg query --format csv > out.csv` must give a CSV file: CRLF rows and nothing after the
    # last one (a blank line is read back as an empty record).
    with runner.isolated_filesystem():
        build_store(runner)
        result = kg_cli(runner, "query", COMPANIES, "--format", "csv")
    assert result.exit_code == 0, result.output
    expected = io.StringIO(newline="")
    csv.writer(expected, lineterminator="\r\n").writerows([["name"], *[[n] for n in NAMES]])
    assert result.stdout_bytes.decode("utf-8") == expected.getvalue()


def test_query_saved_entity_with_a_name(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        build_store(runner)
        result = kg_cli(runner, "query", "--name", "entity", "--param", "name=xinda valve group", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(result.stdout)["results"]["bindings"]]
    assert rows
    assert {r["entity"] for r in rows} == {XINDA}
    facts = {(r["direction"], r.get("relation"), r.get("otherName")) for r in rows}
    assert ("out", "headquarteredIn", "Kaifeng") in facts
    assert ("out", "received", "Henan Provincial Quality Award") in facts
    assert any(r["direction"] == "mention" for r in rows)


def test_query_malformed_sparql_exits_4_with_the_position(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        build_store(runner)
        result = kg_cli(runner, "query", "SELECT ?x\nWHERE { ?x a hk:Company .\n  FILTER( }")
    assert result.exit_code == 4
    assert "malformed SPARQL" in result.stderr
    assert re.search(r"\b3:\d+", result.stderr), result.stderr  # line 3, where FILTER( is left open
    assert result.stdout == ""


def test_query_unknown_prefix_names_it(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        build_store(runner)
        result = kg_cli(runner, "query", "SELECT ?x WHERE { ?x a foo:Company }")
    assert result.exit_code == 4
    assert "unknown prefix foo:" in result.stderr
    assert re.search(r"\b1:\d+", result.stderr)


def test_query_unknown_saved_name_exits_7(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        build_store(runner)
        result = kg_cli(runner, "query", "--name", "no-such-query")
    assert result.exit_code == 7
    assert "no-such-query" in result.stderr and "entity" in result.stderr  # lists the saved ones


def test_store_can_be_opened_again_after_a_failed_query(runner: CliRunner) -> None:
    # In one process (a notebook, a test, a server) a failed command must release the store:
    # here the first result is still alive, as an exception on the notebook's last line is.
    with runner.isolated_filesystem():
        build_store(runner)
        failed = kg_cli(runner, "query", "SELECT {")
        assert failed.exit_code == 4
        again = kg_cli(runner, "query", "ASK { ?s ?p ?o }")
        assert again.exit_code == 0, again.output
        assert again.stdout.strip() == "true"


def test_same_relative_store_in_another_directory_is_another_store(runner: CliRunner, tmp_path: Path) -> None:
    # Two projects, each with its own "--store store": a store held open in the first
    # (a notebook) must not make the second one look locked.
    with runner.isolated_filesystem(temp_dir=tmp_path):
        held = open_store("store")
        try:
            with runner.isolated_filesystem(temp_dir=tmp_path):
                result = runner.invoke(main, ["--store", "store", "--corpus", "corpus", "stats"])
        finally:
            held.close()
    assert result.exit_code == 0, result.output


# -- kg validate, export, viz, stats, eval -------------------------------------------------


def test_validate_a_built_store(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        build_store(runner)
        result = kg_cli(runner, "validate")
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout


def _quads(ds: rdflib.Dataset) -> set[tuple]:
    out = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        out.add((s, p, o, getattr(g, "identifier", g)))
    return out


def test_export_formats_parse_back(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        build_store(runner)
        out = {}
        for fmt in ("nquads", "trig", "json-ld", "turtle"):
            result = kg_cli(runner, "export", "--format", fmt)
            assert result.exit_code == 0, result.output
            out[fmt] = result.stdout_bytes
        to_file = kg_cli(runner, "export", "--format", "trig", "-o", "graph.trig")
        assert to_file.exit_code == 0, to_file.output
        assert Path("graph.trig").read_bytes() == out["trig"]

    reference = rdflib.Dataset()
    reference.parse(data=out["nquads"], format="nquads")
    quads = _quads(reference)
    graphs = {q[3] for q in quads}
    assert graphs == {article_graph(VALVE_ID), article_graph(parse_article(TRACTOR).id)}
    assert (rdflib.URIRef(XINDA), HK.headquarteredIn, rdflib.URIRef(entity_iri("Kaifeng", "Place")),
            article_graph(VALVE_ID)) in quads
    for fmt, rdflib_format in (("trig", "trig"), ("json-ld", "json-ld")):
        ds = rdflib.Dataset()
        ds.parse(data=out[fmt], format=rdflib_format)
        assert _quads(ds) == quads, fmt
    union = rdflib.Graph().parse(data=out["turtle"], format="turtle")
    assert set(union) == {q[:3] for q in quads}


def test_viz_writes_one_offline_html_file(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        build_store(runner)
        result = kg_cli(runner, "viz", "-o", "x.html")
        assert result.exit_code == 0, result.output
        page = Path("x.html").read_text(encoding="utf-8")
    assert "<html" in page.lower()
    assert "Xinda Valve Group Co., Ltd." in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.IGNORECASE)


def test_stats_prints_counts(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        build_store(runner)
        result = kg_cli(runner, "stats")
        as_json = kg_cli(runner, "stats", "--json")
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line.split()[-1] for line in result.stdout.splitlines() if line.strip()}
    assert lines["articles"] == "2"
    assert lines["Company"] == "2"
    assert lines["headquarteredIn"] == "2"
    counts = json.loads(as_json.stdout)["store"]
    assert counts["articles"] == 2
    assert counts["entities"]["Place"] == 2  # Kaifeng and Luoyang
    assert counts["relations"]["received"] == 2


def test_eval_prints_f1_table(runner: CliRunner, seeds_gold: Path) -> None:
    with runner.isolated_filesystem():
        result = runner.invoke(main, ["eval", str(seeds_gold)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    headers = [line for line in lines if re.search(r"\bP\s+R\s+F1\b", line)]
    assert len(headers) == 3  # entities, relations, entities matched by any of their names
    assert headers[2].startswith("entities (alias-tolerant)")
    totals = [line for line in lines if line.startswith("ALL")]
    assert len(totals) == 3
    for line in totals:
        p, r, f1 = (float(x) for x in line.split()[1:4])
        assert 0.0 <= f1 <= 1.0
        if p + r:
            assert f1 == pytest.approx(2 * p * r / (p + r), abs=0.002)
