"""Bad input, hostile text, runaway queries and a killed build: the store keeps only whole articles.

Each refused file gets one line on stderr and exit code 3, and the store and corpus are
then checked to be exactly as they were. The crash test kills a real ``kg build`` with
SIGKILL half-way and checks every article graph left against a fresh extraction.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import tracemalloc
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner, Result
from synthetic import expected_quads, kg_command, kg_env, run_kg, stored_quads, write_corpus

from kg import build, corpus, errors, namespace, rdf
from kg.article import MAX_BYTES, parse_article
from kg.cli import main
from kg.errors import EXIT_CODES, InputError, KgError
from kg.extract import extract
from kg.model import Article, Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.namespace import entity_iri
from kg.store import open_store

pytestmark = pytest.mark.filterwarnings("ignore:'isolated_filesystem' is deprecated:DeprecationWarning")

GOOD = """Valve maker honoured

Source: Henan Daily | 2024-03-05 09:00:00 | Author: Wang Fang

Xinda Valve Group Co., Ltd. is headquartered in Kaifeng. Xinda Valve Group received the Henan Provincial Quality Award.
"""

# An English article from a Chinese site: Chinese in the source line, a name in brackets and a
# browser notice; saved in GBK (or GB2312, or GB18030) by a Chinese Windows.
CHINESE_SITE = """Zhengzhou switchgear maker wins award

Source: 河南日报 | 2024-05-06 | Author: Li Na

Pinggao Group Co., Ltd. is based in Zhengzhou. Pinggao Group received the Henan Quality Award（河南省质量奖）.

请使用Chrome浏览器浏览本页面
"""

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Luoyang bearing maker expands - China Daily</title>
<meta property="og:title" content="Luoyang bearing maker expands">
<meta property="article:published_time" content="2024-06-01T08:00:00+08:00">
<meta property="og:site_name" content="China Daily">
<meta name="author" content="Zhao Lei">
<link rel="canonical" href="https://example.com/a/1.html">
<script>var teaser = "<p>Phantom Works Co., Ltd. is based in Nowhere.</p>";</script>
<style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> &gt; <a href="/biz">Business</a></nav>
<header class="site-header"><div class="menu">Top News Sports</div></header>
<div class="breadcrumb">Home &gt; Henan</div>
<article>
<h1>Luoyang bearing maker expands</h1>
<p>Luoyang LYC Bearing Co., Ltd. is based in Luoyang. It won the China Machinery Award &amp; a bonus.</p>
<p>The company plans a new plant in <b>Xuchang</b>.</p>
<div class="share-buttons">Share on WeChat</div>
<script>document.write("Ghost Machinery Co., Ltd. is based in Mars.")</script>
</article>
<aside><h2>Related news</h2><p>Other Valve Co., Ltd. is based in Anyang.</p></aside>
<footer>Copyright China Daily. Editor: Zhang San</footer>
</body></html>
"""

BOILERPLATE = """position: EnglishChannel > Industry News> Henan

Henan firm ships turbines

Source: Henan Daily | 2025-11-08 13:19:08 | Author: Li Na

Editor: Zhang San

Top News
Zhengzhou opens a new metro line
Related news
Luoyang bearings in demand
"""


# -- helpers -------------------------------------------------------------------------------


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def kg_cli(runner: CliRunner, *args: str) -> Result:
    store = str(Path("store").resolve())
    return runner.invoke(main, ["--store", store, "--corpus", "corpus", *args], catch_exceptions=False)


def dump(location: str | Path = "store") -> str:
    """Every quad of the store, ontology included, as sorted N-Quads."""
    with open_store(Path(location).resolve(), read_only=True) as store:
        return rdf.quads_to_nquads(store.oxigraph)


def corpus_state(directory: str | Path = "corpus") -> dict[str, bytes]:
    directory = Path(directory)
    return {p.name: p.read_bytes() for p in directory.iterdir()} if directory.is_dir() else {}


def built(runner: CliRunner) -> tuple[str, dict[str, bytes]]:
    Path("corpus").mkdir()
    Path("corpus/valve.txt").write_text(GOOD, encoding="utf-8")
    result = kg_cli(runner, "build", "--processes", "1")
    assert result.exit_code == 0, result.output
    return dump(), corpus_state()


def stderr_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


# -- bad files -----------------------------------------------------------------------------


def _sparse(path: Path) -> None:
    with path.open("wb") as fh:
        fh.truncate(40_000_000)  # 40 MB that take no disk and must never be read


BAD_FILES = {
    "empty": ("empty.txt", b"", "empty"),
    "blank": ("blank.txt", b" \n\t\r\n \n", "empty"),
    "binary": ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    "controls": ("noise.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18]) * 20, "binary"),
    "latin-1": ("cafe.txt", "Café news\n\nThe Café Group is based in Luoyang.\n".encode("latin-1"),
                "not valid UTF-8 (byte 3), nor UTF-16 or GBK/GB18030"),
    "windows-1252": ("quotes.txt", "\u201cSmart\u201d quotes\n\nHenan\u2019s firms grow.\n".encode("cp1252"),
                     "not valid UTF-8"),
    "big5": ("big5.txt", "鄭州新聞\n\n平高集團位於鄭州。這是一篇關於河南製造業的新聞報導。\n".encode("big5"),
             "not valid UTF-8"),
    "broken utf-16": ("utf16.txt", b"\xff\xfeA\x00B", "not valid UTF-16"),
    "chinese text": ("zh.txt", "郑州新闻\n\n平高集团位于郑州。这是一篇关于河南制造业的新闻报道。\n".encode("gbk"),
                     "the article is in Chinese"),
    "only boilerplate": ("furniture.txt", BOILERPLATE.encode(), "no article body"),
    "page of boilerplate": ("menu.html", b"<html><body><nav>Home &gt; News</nav><footer>Copyright</footer></body></html>",
                            "no article body"),
    "huge": ("huge.txt", _sparse, "40,000,000 bytes is larger than the 2,000,000-byte limit"),
    "directory": ("folder.txt", "dir", "is a directory"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_is_refused_with_one_line_and_exit_3_and_changes_nothing(runner: CliRunner, case: str) -> None:
    name, content, reason = BAD_FILES[case]
    with runner.isolated_filesystem():
        store_before, corpus_before = built(runner)
        path = Path("in") / name
        path.parent.mkdir()
        if content == "dir":
            path.mkdir()
        elif callable(content):
            content(path)
        else:
            path.write_bytes(content)
        result = kg_cli(runner, "add", str(path))
        assert result.exit_code == InputError.exit_code == 3, result.output
        lines = stderr_lines(result)
        assert len(lines) == 1, lines
        assert name in lines[0] and reason in lines[0], lines[0]
        assert dump() == store_before  # the same quads, ontology included
        assert corpus_state() == corpus_before  # and no file written, not even a temporary one


def test_device_is_refused_without_reading_it(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        store_before, _ = built(runner)
        result = kg_cli(runner, "add", os.devnull)
        assert result.exit_code == 3
        assert "not a regular file" in result.stderr
        assert dump() == store_before


def test_huge_file_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # 50 MB of text: refused by its size, never read
        fh.write(b"Headline\n\n")
        fh.truncate(50_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="larger than"):
            corpus.add_file(huge, tmp_path / "corpus")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MAX_BYTES // 2, peak
    assert not (tmp_path / "corpus").exists() or not any((tmp_path / "corpus").iterdir())


def test_build_reads_the_good_files_and_exits_3_for_a_bad_one(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        Path("corpus").mkdir()
        Path("corpus/valve.txt").write_text(GOOD, encoding="utf-8")
        Path("corpus/broken.txt").write_bytes(b"\x00\x01\x02binary")
        result = kg_cli(runner, "build", "--processes", "1")
        assert result.exit_code == 3, result.output
        assert "added 1" in result.stdout
        assert [line for line in stderr_lines(result)] == [
            line for line in stderr_lines(result) if line.startswith("failed: ") and "broken.txt" in line
        ]
        assert len(stderr_lines(result)) == 1


# -- files that are read -------------------------------------------------------------------

READABLE = {
    "gbk": ("gbk.txt", lambda t: t.encode("gbk")),
    "gb18030": ("gb18030.txt", lambda t: t.encode("gb18030")),
    "utf-16 le without bom": ("u16le.txt", lambda t: t.encode("utf-16-le")),
    "utf-16 be without bom": ("u16be.txt", lambda t: t.encode("utf-16-be")),
    "utf-16 with bom": ("u16.txt", lambda t: t.encode("utf-16")),
    "utf-32 with bom": ("u32.txt", lambda t: t.encode("utf-32")),
    "utf-8 with bom": ("u8.txt", lambda t: t.encode("utf-8-sig")),
    "crlf": ("dos.txt", lambda t: t.replace("\n", "\r\n").encode("gbk")),
}


@pytest.mark.parametrize("case", list(READABLE))
def test_chinese_encodings_are_read_as_the_same_article(runner: CliRunner, case: str) -> None:
    name, encode = READABLE[case]
    with runner.isolated_filesystem():
        path = Path("in") / name
        path.parent.mkdir()
        path.write_bytes(encode(CHINESE_SITE))
        result = kg_cli(runner, "add", str(path))
        assert result.exit_code == 0, result.output
        assert "added 1" in result.stdout
        # The corpus keeps it as UTF-8, and it is the same article as the UTF-8 text.
        stored = (Path("corpus") / name).read_bytes().decode("utf-8")
        assert parse_article(stored).id == parse_article(CHINESE_SITE).id
        with open_store(Path("store").resolve(), read_only=True) as store:
            [info] = store.articles()
            assert info["id"] == parse_article(CHINESE_SITE).id
            assert info["headline"] == "Zhengzhou switchgear maker wins award"
            labels = {r["l"] for r in store.query("SELECT DISTINCT ?l WHERE { ?e skos:prefLabel ?l }").values()}
        assert "Pinggao Group Co., Ltd." in labels


def test_html_page_gives_its_text_without_scripts_or_page_furniture(runner: CliRunner) -> None:
    with runner.isolated_filesystem():
        Path("in").mkdir()
        Path("in/page.html").write_text(PAGE, encoding="utf-8")
        result = kg_cli(runner, "add", "in/page.html")
        assert result.exit_code == 0, result.output
        assert Path("corpus/page.html").read_text(encoding="utf-8") == PAGE  # kept as it came
        with open_store(Path("store").resolve(), read_only=True) as store:
            [info] = store.articles()
            labels = {r["l"] for r in store.query("SELECT DISTINCT ?l WHERE { ?e skos:prefLabel ?l }").values()}
            texts = " ".join(r["t"] for r in store.query("SELECT ?t WHERE { ?s schema:text ?t }").values())
            meta = store.query(
                "SELECT ?author ?publisher ?url WHERE { ?a schema:author ?author ; schema:publisher ?publisher ;"
                " schema:url ?url }").values()
    assert info["headline"] == "Luoyang bearing maker expands"
    assert info["date"] == "2024-06-01"
    assert meta == [{"author": "Zhao Lei", "publisher": "China Daily", "url": "https://example.com/a/1.html"}]
    assert "Luoyang LYC Bearing Co., Ltd." in labels
    for ghost in ("Phantom Works", "Ghost Machinery", "Other Valve", "Mars", "Nowhere", "Anyang"):
        assert not any(ghost in label for label in labels), labels
        assert ghost not in texts
    for markup in ("<p>", "<b>", "&amp;", "document.write", "Share on WeChat", "Top News"):
        assert markup not in texts
    assert "China Machinery Award & a bonus" in texts


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("my article (1).txt", "my article (1).txt"),
        ("郑州 新闻 été.txt", "郑州 新闻 été.txt"),
        ("../outside/story.txt", "story.txt"),
        ("sub/..\\..\\evil.md", "evil.md"),
        ("~backup.txt", "backup.txt"),
        (".hidden.txt", "hidden.txt"),
        ("no-suffix", "no-suffix.txt"),
    ],
)
def test_file_names_with_spaces_unicode_or_dots_land_inside_the_corpus(
    runner: CliRunner, tmp_path: Path, given: str, stored: str
) -> None:
    with runner.isolated_filesystem(temp_dir=tmp_path):
        Path("work").mkdir()
        os.chdir("work")
        source = Path(given)
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(GOOD, encoding="utf-8")
        before = {p for p in tmp_path.rglob("*") if p.is_file()}
        result = kg_cli(runner, "add", given)
        assert result.exit_code == 0, result.output
        assert sorted(p.name for p in Path("corpus").iterdir()) == [stored]
        assert [p.name for p in corpus.article_files("corpus")] == [stored]
        # Nothing was written outside the corpus and the store.
        new = {p for p in tmp_path.rglob("*") if p.is_file()} - before
        corpus_dir, store_dir = Path("corpus").resolve(), Path("store").resolve()
        assert all(p.resolve().is_relative_to(corpus_dir) or p.resolve().is_relative_to(store_dir) for p in new), new


# -- hostile text --------------------------------------------------------------------------

HOSTILE = [
    '<script>alert("x")</script>',
    '<img src=x onerror=alert(1)> & "quotes" \'single\'',
    'Evil " } ; DROP ALL ; INSERT DATA { <a:b> <c:d> "e" } #',
    '""" . <x> <y> <z> . @prefix evil: <http://evil/> .',
    "Line one\nLine two\r\nLine three\tTabbed",
    "\u202eRTL override \u0634\u0631\u0643\u0629 \u05e9\u05dc\u05d5\u05dd\u202c",
    "Zero\u200bwidth\u200c\u200d\u2060\ufeff joiners",
    "back\\slash \\u0022 \\n not an escape",
    "x" * 20_000,  # a very long token
    "emoji \U0001f3ed and combining e\u0301",
]
HOSTILE_IDS = [str(entity_iri(f"Hostile {i}", "Company")) for i in range(len(HOSTILE))]


def hostile_extraction() -> Extraction:
    zhengzhou = str(entity_iri("Zhengzhou", "Place"))
    text = " ".join(HOSTILE)
    article = Article(
        id="hostile1", title=HOSTILE[0] + HOSTILE[3], date="2024-05-06", source=HOSTILE[2], author=HOSTILE[4],
        url="https://example.com/news?a=1&b=<2>", text=text, body_start=0, source_file="hostile.txt",
        content_hash="0" * 64,
    )
    sentences = [Sentence(i, 0, 1, f"{h} is located in Zhengzhou.") for i, h in enumerate(HOSTILE)]
    entities = [Entity(iri, h, "Company", [h[::-1]], [Mention(0, 1, h, i)]) for i, (iri, h) in
                enumerate(zip(HOSTILE_IDS, HOSTILE))]
    entities.append(Entity(zhengzhou, "Zhengzhou", "Place", [], [Mention(0, 1, "Zhengzhou", 0)]))
    relations = [Relation(iri, "locatedIn", zhengzhou, Evidence(sentences[i].text, 0, 1, i), "test")
                 for i, iri in enumerate(HOSTILE_IDS)]
    return Extraction(article, entities, relations, sentences)


@pytest.fixture
def hostile_store(tmp_path: Path) -> Path:
    location = tmp_path / "store"
    with open_store(location) as store:
        store.ensure_ontology()
        store.ingest(hostile_extraction())
    return location


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("nquads", "nquads"), ("trig", "trig"), ("turtle", "turtle")])
def test_hostile_names_round_trip_through_export(hostile_store: Path, tmp_path: Path, fmt: str,
                                                 rdflib_format: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(main, ["--store", str(hostile_store), "export", "--format", fmt, "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    expected = set(rdf.extraction_quads(hostile_extraction()))
    data = out.read_bytes()
    # Oxigraph and rdflib both read back exactly what went in.
    ox_format = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE}[fmt]
    parsed = set(ox.parse(data, format=ox_format))
    if fmt == "turtle":
        assert {(q.subject, q.predicate, q.object) for q in parsed} == {(q.subject, q.predicate, q.object)
                                                                        for q in expected}
        graph = rdflib.Graph().parse(data=data, format="turtle")
        assert set(graph) == set(rdf.extraction_to_graph(hostile_extraction()))
    else:
        assert parsed == expected
        ds = rdflib.Dataset().parse(data=data, format=rdflib_format)
        assert set(ds.graph(namespace.article_graph("hostile1"))) == set(rdf.extraction_to_graph(hostile_extraction()))


def test_hostile_names_are_escaped_in_the_html(hostile_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(main, ["--store", str(hostile_store), "viz", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    # Names reach the page only as JSON data, with "<" escaped: no markup can be made of them.
    for raw in ('<script>alert("x")</script>', "<img src=x onerror=alert(1)>", "@prefix evil: <http"):
        assert raw not in page
    blocks = re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S)
    assert blocks and all("<" not in block for block in blocks)
    markup = re.sub(r'<script type="application/json"[^>]*>.*?</script>', "", page, flags=re.S)
    assert "\u202e" not in markup  # the direction override stays inside the data, in its string


@pytest.mark.parametrize("value", HOSTILE[:8])
def test_query_parameters_are_values_never_query_text(hostile_store: Path, value: str) -> None:
    before = dump(hostile_store)
    result = CliRunner().invoke(
        main, ["--store", str(hostile_store), "query", "--name", "entity", "--param", f"name={value}", "--format",
               "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert {r["entity"]["value"] for r in rows} == {HOSTILE_IDS[HOSTILE.index(value)]}
    assert dump(hostile_store) == before


def test_removing_with_a_hostile_id_removes_nothing(hostile_store: Path, tmp_path: Path) -> None:
    before = dump(hostile_store)
    for value in ('host" } ; DROP ALL #', "hostile1> <x", "../../hostile1"):
        result = CliRunner().invoke(main, ["--store", str(hostile_store), "--corpus", str(tmp_path / "c"),
                                           "remove", value], catch_exceptions=False)
        assert result.exit_code == 7, result.output
    assert dump(hostile_store) == before


# -- malformed and runaway SPARQL ----------------------------------------------------------

MALFORMED = {
    "open brace": ("SELECT ?x WHERE { ?x a hk:Company", r"\b1:\d+"),
    "open filter": ("SELECT ?x\nWHERE { ?x a hk:Company .\n  FILTER( }", r"\b3:\d+"),
    "bad iri": ("SELECT ?x WHERE { ?x a <not an iri> }", r"\b1:\d+"),
    "unknown prefix": ("SELECT ?x WHERE { ?x a nope:Company }", r"unknown prefix nope:"),
    "update as query": ("DELETE WHERE { ?s ?p ?o }", r"\b1:\d+"),
    "garbage": ("\x00\u202e}{", r"\b1:\d+"),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_sparql_exits_4_with_the_position(hostile_store: Path, case: str) -> None:
    sparql, position = MALFORMED[case]
    before = dump(hostile_store)
    result = CliRunner().invoke(main, ["--store", str(hostile_store), "query", sparql], catch_exceptions=False)
    assert result.exit_code == 4
    [line] = [line for line in result.stderr.splitlines() if line.strip()]
    assert line.startswith("error: malformed SPARQL:"), line
    assert re.search(position, line), line
    assert result.stdout == ""
    assert dump(hostile_store) == before


def test_runaway_query_is_stopped_by_the_time_limit(tmp_path: Path) -> None:
    location = tmp_path / "store"
    with open_store(location) as store:
        p = ox.NamedNode(str(namespace.HK.startChar))
        graph = ox.NamedNode(str(namespace.article_graph("big")))
        store.oxigraph.extend(ox.Quad(ox.NamedNode(entity_iri(f"n{i}")), p, ox.Literal(i), graph) for i in range(300))
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a hk:startChar ?w . ?b hk:startChar ?x . ?c hk:startChar ?y . " \
              "?d hk:startChar ?z }"  # 8 billion rows
    started = time.monotonic()
    proc = run_kg(location, tmp_path / "corpus", "query", "--timeout", "0.5", runaway, timeout=60)
    assert proc.returncode == 4, proc.stderr
    assert proc.stderr.strip().splitlines() == ["error: query did not finish within 0.5 s"]
    assert time.monotonic() - started < 20
    # The stopped query died with its process: the store is free for a writer at once.
    with open_store(location, wait=0) as store:
        assert len(store) == 300


# -- a killed build ------------------------------------------------------------------------


def test_sigkill_during_build_leaves_whole_articles_and_the_next_build_finishes(tmp_path: Path) -> None:
    corpus_dir, location = tmp_path / "corpus", tmp_path / "store"
    write_corpus(corpus_dir, 24)
    proc = subprocess.Popen(kg_command(location, corpus_dir, "build", "--processes", "1"), env=kg_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, f"the build ended before it was killed: {proc.communicate()}"
            assert time.monotonic() < deadline, "no article arrived in 120 s"
            # A reader during the build: the build lets it in between two articles.
            with open_store(location, read_only=True, missing_ok=True, wait=60, on_wait=lambda m: None) as store:
                seen = len(store.articles())
            if seen >= 4:
                break
            time.sleep(0.02)
        time.sleep(0.1)  # let the build run on unobserved, so the kill lands wherever it is
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL

    expected = expected_quads(corpus_dir)
    assert len(expected) == 24
    with open_store(location, wait=10) as store:  # opens for writing: the lock died with the process
        present = {str(a["id"]) for a in store.articles()}
        assert 4 <= len(present) < 24, len(present)
        assert present <= set(expected)
        for article_id in present:  # every article in is whole: exactly its fresh extraction
            assert stored_quads(store, article_id) == expected[article_id], article_id
        graphs = {g.value for g in store.oxigraph.named_graphs()}
        assert graphs <= {str(namespace.article_graph(i)) for i in present} | {str(namespace.ONTOLOGY_GRAPH)}

    again = run_kg(location, corpus_dir, "build", "--processes", "1")
    assert again.returncode == 0, again.stderr
    assert f"added {24 - len(present)}, unchanged {len(present)}," in again.stdout
    with open_store(location, read_only=True) as store:
        assert {str(a["id"]) for a in store.articles()} == set(expected)
        for article_id, quads in expected.items():
            assert stored_quads(store, article_id) == quads, article_id


def test_build_removes_an_old_version_left_by_a_kill_between_new_and_old(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "valve.txt").write_text(GOOD, encoding="utf-8")
    changed = GOOD.replace("Henan Provincial Quality Award", "China Machinery Award")
    with open_store(":memory:") as store:
        build.build(store, corpus_dir, processes=1)
        old_id = parse_article(GOOD).id
        # The build that read the changed file was killed after the new version went in.
        (corpus_dir / "valve.txt").write_text(changed, encoding="utf-8")
        store.ingest(extract(corpus.read_new(corpus_dir / "valve.txt")[1]))
        assert {str(a["id"]) for a in store.articles()} == {old_id, parse_article(changed).id}
        report = build.build(store, corpus_dir, processes=1)
        assert report.removed == [old_id] and report.unchanged == [parse_article(changed).id]
        assert {str(a["id"]) for a in store.articles()} == {parse_article(changed).id}


def test_killed_corpus_write_leaves_no_half_file(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "story.txt").write_text(GOOD, encoding="utf-8")
    script = textwrap.dedent(
        """\
        import os, sys, time
        from pathlib import Path
        from kg import corpus

        def stuck(fd):  # the data is written but not yet renamed into place
            print("writing", flush=True)
            time.sleep(120)

        os.fsync = stuck
        corpus.write_atomic(Path(sys.argv[1]) / "story.txt", "New headline\\n\\n" + "More body text. " * 50000)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script, str(corpus_dir)], stdout=subprocess.PIPE, text=True,
                            env=kg_env())
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    # The old file is whole; the new text sits in a hidden temporary file the corpus ignores.
    assert (corpus_dir / "story.txt").read_text(encoding="utf-8") == GOOD
    assert [p.name for p in corpus.article_files(corpus_dir)] == ["story.txt"]
    assert all(p.name == "story.txt" or p.name.startswith(".tmp-") for p in corpus_dir.iterdir())


# -- exit codes ----------------------------------------------------------------------------


def test_exit_codes_are_one_table_in_the_readme(repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    table = {int(m[1]): m[2].strip() for m in re.finditer(r"^\|\s*(\d+)\s*\|(.*)\|\s*$", section, re.M)}
    assert set(table) == set(EXIT_CODES)

    def subclasses(cls: type) -> list[type]:
        return [cls, *(s for sub in cls.__subclasses__() for s in subclasses(sub))]

    for cls in subclasses(KgError):
        if cls.__module__ == "kg.errors":
            assert cls.exit_code in table, cls
    assert errors.StoreError.exit_code == 6 and errors.InputError.exit_code == 3
