"""The networkx view, the analytics and the HTML page, on a two-article store written inline."""

from __future__ import annotations

import base64
import gc
import hashlib
import html
import json
import math
import re
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import pyvis
from click.testing import CliRunner, Result

from kg import analytics, cli, viz
from kg.namespace import PREFIXES, article_graph, article_iri, entity_iri
from kg.network import find_entity, neighbourhood, to_networkx

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
HOSTILE_HEADLINE = 'Pinggao wins an award; read more <a href="https://evil.example/x">here</a>'

PINGGAO = str(entity_iri("Pinggao Group", "Company"))
PINGDINGSHAN = str(entity_iri("Pingdingshan", "Place"))
SWITCHGEAR = str(entity_iri("UHV switchgear", "Product"))
AWARD = str(entity_iri("China Machinery Award", "Award"))
ZZU = str(entity_iri("Zhengzhou University", "University"))
ZHENGZHOU = str(entity_iri("Zhengzhou", "Place"))
HENAN = str(entity_iri("Henan", "Place"))
EVIL = str(entity_iri(HOSTILE, "Organization"))


def _lit(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid Turtle string literal


def _trig() -> str:
    prefixes = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items())

    def article(aid: str, headline: str, sentences: list[str], body: str) -> str:
        a = article_iri(aid)
        lines = [
            f"<{article_graph(aid)}> {{",
            f'<{a}> a hk:Article, schema:NewsArticle ; hk:articleId "{aid}" ;',
            f'  schema:headline {_lit(headline)} ; schema:datePublished "2024-05-0{aid[-1]}"^^xsd:date ;',
            f'  hk:sourceFile "{aid}.txt" .',
        ]
        for i, text in enumerate(sentences):
            lines.append(
                f"<{a}/sentence/{i}> a hk:Sentence ; schema:isPartOf <{a}> ; hk:sentenceIndex {i} ;"
                f" schema:text {_lit(text)} ; hk:startChar 0 ; hk:endChar {len(text)} ."
            )
        return "\n".join(lines) + "\n" + body.replace("ART", str(a)) + "\n}\n"

    def assertion(aid: str, s: str, p: str, o: str, n: int) -> str:
        a = article_iri(aid)
        return (
            f"<{a}/assertion/{aid}{n}{p}> a hk:RelationAssertion ; rdf:subject <{s}> ;"
            f" rdf:predicate hk:{p} ; rdf:object <{o}> ; prov:wasDerivedFrom <{a}/sentence/{n}> .\n"
            f"<{s}> hk:{p} <{o}> .\n"
        )

    a1 = article(
        "a1",
        HOSTILE_HEADLINE,
        [
            "Pinggao Group, based in Pingdingshan, developed a UHV switchgear.",
            "Pinggao received the China Machinery Award.",
        ],
        f"""
<{PINGGAO}> a hk:Company ; skos:prefLabel "Pinggao Group" ; rdfs:label "Pinggao Group" ;
  skos:altLabel "Pinggao" ; hk:mentionedIn <ART/sentence/0>, <ART/sentence/1> .
<{PINGDINGSHAN}> a hk:Place ; skos:prefLabel "Pingdingshan" ; hk:mentionedIn <ART/sentence/0> .
<{SWITCHGEAR}> a hk:Product ; skos:prefLabel "UHV switchgear" ; hk:mentionedIn <ART/sentence/0> .
<{AWARD}> a hk:Award ; skos:prefLabel "China Machinery Award" ; hk:mentionedIn <ART/sentence/1> .
"""
        + assertion("a1", PINGGAO, "headquarteredIn", PINGDINGSHAN, 0)
        + assertion("a1", PINGGAO, "developed", SWITCHGEAR, 0)
        + assertion("a1", PINGGAO, "received", AWARD, 1),
    )
    a2 = article(
        "a2",
        "Zhengzhou University teams up with Pinggao",
        [
            "Zhengzhou University collaborates with Pinggao Group Co., Ltd. in Henan.",
            f"The {HOSTILE} consortium is located in Zhengzhou.",
        ],
        f"""
<{PINGGAO}> a hk:Company, hk:Organization ; skos:prefLabel "Pinggao Group Co., Ltd." ;
  hk:mentionedIn <ART/sentence/0> .
<{ZZU}> a hk:University ; skos:prefLabel "Zhengzhou University" ; skos:altLabel "ZZU" ;
  hk:mentionedIn <ART/sentence/0> .
<{HENAN}> a hk:Place ; skos:prefLabel "Henan" ; hk:mentionedIn <ART/sentence/0> .
<{EVIL}> a hk:Organization ; skos:prefLabel {_lit(HOSTILE)} ; hk:mentionedIn <ART/sentence/1> .
<{ZHENGZHOU}> a hk:Place ; skos:prefLabel "Zhengzhou" ; hk:mentionedIn <ART/sentence/1> .
"""
        + assertion("a2", ZZU, "collaboratesWith", PINGGAO, 0)
        + assertion("a2", EVIL, "locatedIn", ZHENGZHOU, 1),
    )
    return prefixes + a1 + a2


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    s.load(_trig().encode("utf-8"), format=ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def graph(store: ox.Store) -> nx.MultiDiGraph:
    return to_networkx(store)


def _nodes_json(page: str) -> list[dict]:
    # pyvis writes the data on one line; tojson escapes newlines inside strings.
    return json.loads(re.search(r"nodes = new vis\.DataSet\((.*)\);\n", page).group(1))


def _edges_json(page: str) -> list[dict]:
    return json.loads(re.search(r"edges = new vis\.DataSet\((.*)\);\n", page).group(1))


# --- to_networkx -----------------------------------------------------------------------------


def test_nodes_and_attributes(graph: nx.MultiDiGraph) -> None:
    assert set(graph) == {PINGGAO, PINGDINGSHAN, SWITCHGEAR, AWARD, ZZU, ZHENGZHOU, HENAN, EVIL}
    pinggao = graph.nodes[PINGGAO]
    # The longest preferred label wins; the other names become aliases.
    assert pinggao["label"] == "Pinggao Group Co., Ltd."
    assert pinggao["aliases"] == ["Pinggao", "Pinggao Group"]
    # Company in both articles, Organization in one: the more frequent type.
    assert pinggao["type"] == "Company"
    assert pinggao["mentions"] == 3
    assert pinggao["articles"] == [
        {"id": "a1", "headline": HOSTILE_HEADLINE},
        {"id": "a2", "headline": "Zhengzhou University teams up with Pinggao"},
    ]
    assert graph.nodes[EVIL]["label"] == HOSTILE
    assert graph.nodes[EVIL]["type"] == "Organization"
    assert graph.nodes[ZZU]["aliases"] == ["ZZU"]
    assert graph.nodes[HENAN]["type"] == "Place"


def test_edges_and_evidence(graph: nx.MultiDiGraph) -> None:
    edges = {(u, v, k) for u, v, k in graph.edges(keys=True)}
    assert edges == {
        (PINGGAO, PINGDINGSHAN, "headquarteredIn"),
        (PINGGAO, SWITCHGEAR, "developed"),
        (PINGGAO, AWARD, "received"),
        (ZZU, PINGGAO, "collaboratesWith"),
        (EVIL, ZHENGZHOU, "locatedIn"),
    }
    data = graph.edges[PINGGAO, AWARD, "received"]
    assert data["predicate"] == "received"
    assert data["evidence"] == [
        {
            "sentence": "Pinggao received the China Machinery Award.",
            "article": "a1",
            "headline": HOSTILE_HEADLINE,
        }
    ]


def test_type_filter(store: ox.Store) -> None:
    g = to_networkx(store, types={"Company", "Place"})
    assert set(g) == {PINGGAO, PINGDINGSHAN, ZHENGZHOU, HENAN}
    assert list(g.edges(keys=True)) == [(PINGGAO, PINGDINGSHAN, "headquarteredIn")]
    with pytest.raises(ValueError, match="Factory"):
        to_networkx(store, types={"Factory"})


def test_article_filter(store: ox.Store) -> None:
    g = to_networkx(store, article="a2")
    assert set(g) == {PINGGAO, ZZU, HENAN, EVIL, ZHENGZHOU}
    assert g.number_of_edges() == 2
    # Everything is scoped to the article, the entity's attributes too.
    assert g.nodes[PINGGAO]["articles"] == [
        {"id": "a2", "headline": "Zhengzhou University teams up with Pinggao"}
    ]
    assert g.nodes[PINGGAO]["mentions"] == 1
    with pytest.raises(LookupError, match="no article"):
        to_networkx(store, article="nope")


def test_min_degree(store: ox.Store) -> None:
    assert HENAN not in to_networkx(store, min_degree=1)
    assert len(to_networkx(store, min_degree=1)) == 7
    assert set(to_networkx(store, min_degree=2)) == {PINGGAO}


def test_neighbourhood_by_alias(graph: nx.MultiDiGraph) -> None:
    near = neighbourhood(graph, "pinggao", 1)  # an alias, in another case
    assert set(near) == {PINGGAO, PINGDINGSHAN, SWITCHGEAR, AWARD, ZZU}
    assert near.number_of_edges() == 4
    assert set(neighbourhood(graph, "zzu", 2)) == {ZZU, PINGGAO, PINGDINGSHAN, SWITCHGEAR, AWARD}
    assert set(neighbourhood(graph, PINGDINGSHAN, 0)) == {PINGDINGSHAN}


def test_unknown_name_suggests(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(LookupError, match="Pinggao Group") as info:
        neighbourhood(graph, "Pingao Grup", 1)
    assert "did you mean" in str(info.value)
    with pytest.raises(LookupError, match="no close matches"):
        find_entity(graph, "qqqqqqqq")


# --- analytics -------------------------------------------------------------------------------


def test_summary(graph: nx.MultiDiGraph) -> None:
    s = analytics.summary(graph, top=3)
    assert s["nodes"] == 8
    assert s["edges"] == 5
    assert s["nodes_by_type"] == {
        "Place": 3, "Company": 1, "Product": 1, "Award": 1, "University": 1, "Organization": 1,
    }
    assert s["edges_by_predicate"] == {
        p: 1 for p in ("headquarteredIn", "developed", "received", "collaboratesWith", "locatedIn")
    }
    assert s["components"] == 3
    assert [e["label"] for e in s["by_degree"]][0] == "Pinggao Group Co., Ltd."
    assert s["by_degree"][0]["value"] == 4
    assert len(s["by_degree"]) == 3
    top = s["by_betweenness"][0]
    assert top["id"] == PINGGAO
    assert math.isclose(top["value"], 6 / 21)  # 6 of the 21 node pairs pass through it
    assert s["communities"] == [
        sorted(
            ["Pinggao Group Co., Ltd.", "Pingdingshan", "UHV switchgear",
             "China Machinery Award", "Zhengzhou University"],
            key=str.casefold,
        ),
        sorted([HOSTILE, "Zhengzhou"], key=str.casefold),
        ["Henan"],
    ]


def test_summary_of_empty_graph() -> None:
    s = analytics.summary(nx.MultiDiGraph())
    assert s["nodes"] == 0 and s["communities"] == [] and s["by_betweenness"] == []


def test_shortest_path_keeps_directions(graph: nx.MultiDiGraph) -> None:
    path = analytics.shortest_path(graph, "Pingdingshan", "ZZU")
    assert path == [
        (
            "Pinggao Group Co., Ltd.",
            "headquarteredIn",
            "Pingdingshan",
            "Pinggao Group, based in Pingdingshan, developed a UHV switchgear.",
        ),
        (
            "Zhengzhou University",
            "collaboratesWith",
            "Pinggao Group Co., Ltd.",
            "Zhengzhou University collaborates with Pinggao Group Co., Ltd. in Henan.",
        ),
    ]
    assert path[0].evidence.startswith("Pinggao Group")
    assert analytics.shortest_path(graph, "Henan", "henan") == []
    with pytest.raises(nx.NetworkXNoPath, match="Henan"):
        analytics.shortest_path(graph, "Henan", "Pinggao")
    # The CLI reports both an unknown name and a missing path as "not found".
    with pytest.raises(LookupError):
        analytics.shortest_path(graph, "Henan", "Pinggao")


# --- HTML ------------------------------------------------------------------------------------


def page_data_of(page: str) -> dict:
    """The JSON data block of a page; ``json`` reads the ``\\u003c`` escapes back."""
    found = re.search(r'<script type="application/json" id="hk-data">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


def inline_scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, re.S)


@pytest.fixture(scope="module")
def page(graph: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = viz.write_html(graph, tmp_path_factory.mktemp("html") / "graph.html", title="<b>Henan</b>")
    assert isinstance(out, Path)
    return out.read_text(encoding="utf-8")


def test_html_is_offline(page: str) -> None:
    assert viz.external_references(page) == []
    assert not re.search(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=""", page, re.I)
    assert "<link" not in page
    assert "bootstrap" not in page and "tom-select" not in page
    assert "sourceMappingURL" not in page
    # vis-network is inlined whole, less its source-map comment.
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    script = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    assert script.rsplit("//# sourceMappingURL", 1)[0].strip() in page
    assert (lib / "vis-network.css").read_text(encoding="utf-8") in page
    assert page.startswith("<!DOCTYPE html>")


def test_html_policy_allows_only_its_own_scripts(page: str) -> None:
    policy = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert "unsafe-inline" not in directives["script-src"]
    scripts = inline_scripts(page)
    assert len(scripts) == 2
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    }
    assert set(directives["script-src"].split()) == hashes
    assert "connect-src" not in directives  # falls back to default-src 'none'


def test_html_never_carries_raw_hostile_markup(page: str) -> None:
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert '<a href="https://evil' not in page
    assert "<b>Henan</b>" not in page and "<title>&lt;b&gt;Henan&lt;/b&gt;</title>" in page
    data_block = re.search(r'id="hk-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block
    # The page's own script writes text only.
    assert "innerHTML" not in viz._PAGE_JS and "insertAdjacentHTML" not in viz._PAGE_JS
    assert "document.write" not in viz._PAGE_JS


def test_html_data(page: str, graph: nx.MultiDiGraph) -> None:
    data = page_data_of(page)
    nodes = {n["iri"]: n for n in data["nodes"]}
    assert set(nodes) == set(graph)
    classes = [c["key"] for c in data["classes"]]
    for node, attrs in graph.nodes(data=True):
        # Drawn on the canvas and set as text: kept exactly as written, hostile or not.
        assert nodes[node]["l"] == attrs["label"]
        assert classes[nodes[node]["c"]] == attrs["type"]
        assert nodes[node]["a"] == attrs["aliases"]
        assert nodes[node]["d"] == graph.degree(node)
    assert nodes[EVIL]["l"] == HOSTILE
    pinggao = nodes[PINGGAO]
    assert pinggao["a"] == ["Pinggao", "Pinggao Group"]
    assert [data["articles"][i] for i in pinggao["r"]] == [
        ["a1", HOSTILE_HEADLINE], ["a2", "Zhengzhou University teams up with Pinggao"],
    ]
    assert pinggao["rn"] == 2 and pinggao["m"] == 3
    predicates = [p["label"] for p in data["predicates"]]
    iris = [n["iri"] for n in data["nodes"]]
    edges = {(iris[e["f"]], predicates[e["p"]], iris[e["t"]]): e for e in data["edges"]}
    assert set(edges) >= {(PINGGAO, "developed", SWITCHGEAR), (EVIL, "located in", ZHENGZHOU)}
    sentence, article = edges[EVIL, "located in", ZHENGZHOU]["e"][0]
    assert sentence == f"The {HOSTILE} consortium is located in Zhengzhou."
    assert data["articles"][article][0] == "a2"


def test_html_legend_entries(page: str) -> None:
    data = page_data_of(page)
    classes = {c["label"]: (c["count"], c["colour"]) for c in data["classes"]}
    assert classes["Place"] == (3, "#117733")
    assert classes["Company"] == (1, "#0072B2")
    assert classes["Organisation"][0] == 1
    assert data["classes"][0]["label"] == "Place"  # most frequent first
    assert {p["label"]: p["count"] for p in data["predicates"]}["located in"] == 1


def test_html_lists_are_capped() -> None:
    hub = nx.MultiDiGraph()
    arts = [{"id": f"a{i}", "headline": f"H{i}"} for i in range(25)]
    hub.add_node("hub", label="Henan", type="Place", aliases=[], articles=arts, mentions=40)
    hub.add_node("co", label="Co", type="Company", aliases=[], articles=arts[:1], mentions=1)
    evidence = [{"sentence": f"S{i}.", "article": f"a{i}", "headline": f"H{i}"} for i in range(25)]
    hub.add_edge("co", "hub", key="locatedIn", predicate="locatedIn", evidence=evidence)
    data = viz.page_data(hub)
    assert len(data["nodes"][0]["r"]) == viz.PANEL_ITEMS and data["nodes"][0]["rn"] == 25
    assert len(data["edges"][0]["e"]) == viz.PANEL_ITEMS and data["edges"][0]["en"] == 25


def test_html_small_graph_uses_physics(page: str) -> None:
    data = page_data_of(page)
    assert data["layout"] == "physics"
    assert all("x" not in n for n in data["nodes"])


def test_html_big_graph_has_fixed_layout(
    graph: nx.MultiDiGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(viz, "LAYOUT_THRESHOLD", 3)
    data = page_data_of(viz.write_html(graph, tmp_path / "big.html").read_text(encoding="utf-8"))
    assert data["layout"] == "fixed"
    nodes = data["nodes"]
    assert len(nodes) == 8
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == 8


def test_radial_layout_for_big_components(graph: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(viz, "SPRING_MAX_NODES", 2)
    pos = viz.layout(graph)
    assert set(pos) == set(graph)
    assert all(math.isfinite(c) for xy in pos.values() for c in xy)
    assert len(set(pos.values())) == len(pos)


def test_html_communities(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    page = viz.write_html(graph, tmp_path / "c.html", communities=True).read_text(encoding="utf-8")
    data = page_data_of(page)
    nodes = {n["iri"]: n for n in data["nodes"]}
    assert data["communities"] == 3
    assert nodes[PINGGAO]["k"] == nodes[ZZU]["k"] != nodes[EVIL]["k"]


def test_html_focus(graph: nx.MultiDiGraph) -> None:
    near = neighbourhood(graph, "Pinggao", 1)
    data = viz.page_data(near, focus=PINGGAO)
    assert data["nodes"][data["focus"]]["iri"] == PINGGAO
    assert viz.page_data(near)["focus"] is None


def test_empty_graph_page() -> None:
    data = page_data_of(viz.render_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["classes"] == []


def test_iframe_escapes_the_page(page: str) -> None:
    frame = viz.iframe(page, height=300)
    assert frame.startswith('<div class="hk-frame"><iframe srcdoc="') and "height:300px" in frame
    srcdoc = re.search(r'srcdoc="([^"]*)"', frame).group(1)
    assert html.unescape(srcdoc) == page


def test_write_png(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    whole = viz.write_png(graph, tmp_path / "g.png", title="Whole $graph$ of $5")
    near = viz.write_png(neighbourhood(graph, "Pinggao", 1), tmp_path / "n.png")
    for out in (whole, near):
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert out.stat().st_size > 10_000


def test_write_png_without_matplotlib(
    graph: nx.MultiDiGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(ImportError, match="needs matplotlib"):
        viz.write_png(graph, tmp_path / "g.png")


# --- the viz, stats and path commands ---------------------------------------------------------


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    on_disk = ox.Store(str(path))
    on_disk.load(_trig().encode("utf-8"), format=ox.RdfFormat.TRIG)
    on_disk.flush()
    del on_disk
    gc.collect()  # RocksDB lets one process open a store once: release it for the CLI
    return path


def kg(store_dir: Path, *args: str, check: bool = True) -> Result:
    gc.collect()  # a store is released when the last reference to it goes
    return CliRunner().invoke(cli.main, ["--store", str(store_dir), *args], catch_exceptions=not check)


def test_cli_stats(store_dir: Path) -> None:
    result = kg(store_dir, "stats", "--top", "3")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    start = lines.index("most central by degree (distinct neighbours):")
    assert lines[start + 1].split() == ["1", "Pinggao", "Group", "Co.,", "Ltd.", "(Company)", "4"]
    assert any(line.startswith("most central by betweenness") for line in lines)
    assert "communities: 3 (1 of a single entity)" in lines
    assert lines[-1].startswith("   2. [2] ")


def test_cli_path(store_dir: Path) -> None:
    result = kg(store_dir, "path", "Pingdingshan", "zzu")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "Pinggao Group Co., Ltd. --headquartered in--> Pingdingshan",
        "    \u201cPinggao Group, based in Pingdingshan, developed a UHV switchgear.\u201d",
        "Zhengzhou University --collaborates with--> Pinggao Group Co., Ltd.",
        "    \u201cZhengzhou University collaborates with Pinggao Group Co., Ltd. in Henan.\u201d",
        "2 links",
    ]
    # The name without its legal suffix finds the entity through its IRI.
    assert kg(store_dir, "path", "Pinggao Group", "UHV switchgear").stdout.endswith("1 link\n")
    missing = kg(store_dir, "path", "Henan", "Pinggao", check=False)
    assert missing.exit_code == 7
    assert "no path between 'Henan' and 'Pinggao Group Co., Ltd.'" in missing.output
    unknown = kg(store_dir, "path", "Pingao Grup", "Henan", check=False)
    assert unknown.exit_code == 7 and "did you mean: 'Pinggao Group'" in unknown.output


def test_cli_viz_focus_communities_png(store_dir: Path, tmp_path: Path) -> None:
    result = kg(store_dir, "viz", "-o", str(tmp_path / "near.html"), "--focus", "pinggao", "--hops", "1",
                "--communities", "--png", str(tmp_path / "near.png"))
    assert result.exit_code == 0, result.output
    assert "(5 nodes, 4 links)" in result.stdout
    page = (tmp_path / "near.html").read_text(encoding="utf-8")
    data = page_data_of(page)
    assert data["nodes"][data["focus"]]["iri"] == PINGGAO
    assert data["communities"] is not None
    assert "<title>Pinggao Group Co., Ltd.: 1 hop around</title>" in page
    assert (tmp_path / "near.png").read_bytes()[:4] == b"\x89PNG"

    filtered = kg(store_dir, "viz", "-o", str(tmp_path / "f.html"), "--type", "Place", "--type", "Organization",
                  "--min-degree", "1")
    assert "(2 nodes, 1 links)" in filtered.stdout
    one = kg(store_dir, "viz", "-o", str(tmp_path / "a.html"), "--article", "a2")
    assert "(5 nodes, 2 links)" in one.stdout

    bad_type = kg(store_dir, "viz", "--type", "Factory", check=False)
    assert bad_type.exit_code == 2 and "Factory" in bad_type.output
    no_article = kg(store_dir, "viz", "--article", "nope", check=False)
    assert no_article.exit_code == 7
    no_entity = kg(store_dir, "viz", "--focus", "Nowhere Corp", check=False)
    assert no_entity.exit_code == 7 and "no entity named 'Nowhere Corp'" in no_entity.output
