"""The graph page in a real browser: Debian's Chromium, driven by Playwright, with no network.

Every request that is not for a local file is blocked and recorded; a page that needs
one fails. Chromium comes from the system (tools/install-system-deps.sh), never from
``playwright install``; set ``KG_CHROMIUM`` to use another binary.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from kg import viz

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]'")

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
READY_MS = 30_000

SCRIPT_NAME = '<script>window.__pwned = "script"</script>'
IMG_NAME = '<img src=x onerror="window.__pwned = \'img\'">'
SVG_HEADLINE = 'Hostile <svg onload="window.__pwned = \'svg\'"> headline'
BREAKOUT = '</script><script>window.__pwned = "breakout"</script>'


def _node(g: nx.MultiDiGraph, iri: str, label: str, type_: str, aliases: list[str] = (),
          articles: list[tuple[str, str]] = (("a1", "Pinggao wins an award"),)) -> None:
    g.add_node(iri, label=label, type=type_, aliases=list(aliases),
               articles=[{"id": i, "headline": h} for i, h in articles], mentions=len(articles))


def _edge(g: nx.MultiDiGraph, s: str, p: str, o: str, sentence: str,
          article: tuple[str, str] = ("a1", "Pinggao wins an award")) -> None:
    g.add_edge(s, o, key=p, predicate=p,
               evidence=[{"sentence": sentence, "article": article[0], "headline": article[1]}])


def sample_graph() -> nx.MultiDiGraph:
    """Ten entities in two components, aliases, every kind of hostile string."""
    g = nx.MultiDiGraph()
    _node(g, "e:pinggao", "Pinggao Group Co., Ltd.", "Company", ["Pinggao", "Pinggao Group"])
    _node(g, "e:pds", "Pingdingshan", "Place")
    _node(g, "e:switch", "UHV switchgear", "Product")
    _node(g, "e:award", "China Machinery Award", "Award")
    _node(g, "e:zzu", "Zhengzhou University", "University", ["ZZU"],
          [("a2", "Zhengzhou University teams up with Pinggao")])
    _node(g, "e:zz", "Zhengzhou", "Place", articles=[("a3", SVG_HEADLINE)])
    _node(g, "e:henan", "Henan", "Place", ["Henan province"])
    _node(g, "e:script", SCRIPT_NAME, "Organization", [IMG_NAME], [("a3", SVG_HEADLINE)])
    _node(g, "e:img", IMG_NAME, "Company", articles=[("a3", SVG_HEADLINE)])
    _node(g, "e:lab", "Henan Key Lab of Power", "ResearchInstitute")
    _edge(g, "e:pinggao", "headquarteredIn", "e:pds", "Pinggao Group, based in Pingdingshan, grew.")
    _edge(g, "e:pinggao", "developed", "e:switch", "Pinggao developed a UHV switchgear.")
    _edge(g, "e:pinggao", "received", "e:award", "Pinggao received the China Machinery Award.")
    _edge(g, "e:zzu", "collaboratesWith", "e:pinggao", "ZZU collaborates with Pinggao Group.",
          ("a2", "Zhengzhou University teams up with Pinggao"))
    _edge(g, "e:zzu", "locatedIn", "e:zz", "Zhengzhou University is in Zhengzhou.",
          ("a2", "Zhengzhou University teams up with Pinggao"))
    _edge(g, "e:zz", "locatedIn", "e:henan", "Zhengzhou, capital of Henan province.")
    _edge(g, "e:script", "locatedIn", "e:zz", f"The {SCRIPT_NAME} {BREAKOUT} is in Zhengzhou.",
          ("a3", SVG_HEADLINE))
    _edge(g, "e:img", "subsidiaryOf", "e:script", f"{IMG_NAME} is a subsidiary.", ("a3", SVG_HEADLINE))
    _edge(g, "e:lab", "collaboratesWith", "e:img", "The lab works with it.", ("a3", SVG_HEADLINE))
    return g


def big_graph(n: int = 1200) -> nx.MultiDiGraph:
    """A graph above the layout threshold: stars of companies around places, chained."""
    g = nx.MultiDiGraph()
    places = max(1, n // 20)
    for p in range(places):
        _node(g, f"e:place{p}", f"Place {p}", "Place")
        if p:
            _edge(g, f"e:place{p}", "locatedIn", f"e:place{p - 1}", f"Place {p} is near Place {p - 1}.")
    for c in range(n - places):
        _node(g, f"e:co{c}", f"Company {c}", "Company", [f"C{c} Ltd"])
        _edge(g, f"e:co{c}", "headquarteredIn", f"e:place{c % places}", f"Company {c} is based there.")
    return g


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).is_file()):
        pytest.fail(f"no Chromium at {CHROMIUM}: run tools/install-system-deps.sh (or set KG_CHROMIUM)")
    with sync_api.sync_playwright() as p:
        # Playwright gives the browser a fresh temporary profile of its own.
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Opened:
    """A page opened from a file, with what it logged and every request it made."""

    def __init__(self, browser: object, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 860})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

        def route(r: object) -> None:
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                self.blocked.append(r.request.url)
                r.abort()

        self.page.route("**/*", route)
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-hk-ready]", state="attached", timeout=READY_MS)

    def js(self, expression: str, arg: object = None) -> object:
        return self.page.evaluate(expression, arg)

    def visible(self) -> tuple[int, int]:
        return tuple(self.js("[hkView.network.body.nodeIndices.length, hkView.network.body.edgeIndices.length]"))

    def index_of(self, iri: str) -> int:
        return self.js("iri => hkView.data.nodes.findIndex(n => n.iri === iri)", iri)

    def close(self) -> None:
        assert self.errors == [], self.errors
        assert self.blocked == [], self.blocked
        # One file, nothing else: not even an image or a source map.
        assert self.requests == [self.url], self.requests
        assert self.js("window.__pwned") is None
        self.context.close()


@pytest.fixture()
def open_page(browser: object, tmp_path: Path) -> Iterator:
    opened: list[Opened] = []

    def open_(graph: nx.MultiDiGraph, name: str = "graph.html", **kwargs: object) -> Opened:
        page = Opened(browser, viz.write_html(graph, tmp_path / name, **kwargs))
        opened.append(page)
        return page

    yield open_
    for page in opened:
        page.close()


def test_page_loads_offline_and_draws_every_node(open_page) -> None:
    g = sample_graph()
    page = open_page(g)
    assert page.js("hkView.data.layout") == "physics"
    assert page.visible() == (10, g.number_of_edges())
    assert page.page.inner_text("#hk-status") == "10 entities, 9 links"
    # The canvas was drawn on: some of its pixels are not transparent.
    painted = page.js("""() => {
        const c = document.querySelector('#hk-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }""")
    assert painted > 1000
    legend = page.page.inner_text("#hk-legend")
    assert "Place (3)" in legend and "Company (2)" in legend and "located in (3)" in legend


def test_search_finds_an_alias_and_centres_on_it(open_page) -> None:
    page = open_page(sample_graph())
    zzu = page.index_of("e:zzu")
    page.page.fill("#hk-search", "zzu")
    first = page.page.locator("#hk-suggestions li").first
    assert "Zhengzhou University" in first.inner_text() and "ZZU" in first.inner_text()
    page.page.keyboard.press("Enter")
    assert page.js("hkView.network.getSelectedNodes()") == [zzu]
    page.page.wait_for_function(
        """i => { const n = hkView.network; const p = n.getPositions([i])[i];
                  const v = n.getViewPosition();
                  return Math.hypot(p.x - v.x, p.y - v.y) < 1; }""", arg=zzu, timeout=5000)
    panel = page.page.locator("#hk-panel")
    assert panel.is_visible()
    assert panel.locator("h2").inner_text() == "Zhengzhou University"
    text = panel.inner_text()
    assert "University" in text and "ZZU" in text
    assert "Zhengzhou University teams up with Pinggao" in text
    assert "ZZU collaborates with Pinggao Group." in text
    # A neighbour in the panel is a link to that entity.
    panel.get_by_role("button", name="Pinggao Group Co., Ltd.").click()
    assert page.js("hkView.network.getSelectedNodes()") == [page.index_of("e:pinggao")]
    assert "Pinggao Group" in panel.locator("h2").inner_text()


def test_search_by_partial_name_lists_matches(open_page) -> None:
    page = open_page(sample_graph())
    page.page.fill("#hk-search", "zheng")
    items = page.page.locator("#hk-suggestions li").all_inner_texts()
    assert [i.split(" · ")[0] for i in items] == ["Zhengzhou", "Zhengzhou University"]
    page.page.fill("#hk-search", "no such thing")
    assert page.page.inner_text("#hk-suggestions") == "No entity has that name"


def test_class_and_relation_toggles(open_page) -> None:
    g = sample_graph()
    page = open_page(g)
    places = page.page.locator("button[data-class=Place]")
    places.click()
    assert places.get_attribute("aria-pressed") == "false"
    # Three places gone, and the four links that touch them.
    assert page.visible() == (7, 5)
    assert page.page.inner_text("#hk-status") == "Showing 7 of 10 entities, 5 of 9 links"
    located = page.page.locator("button[data-predicate=collaboratesWith]")
    located.click()
    assert page.visible() == (7, 3)
    places.click()
    located.click()
    assert page.visible() == (10, 9)
    assert places.get_attribute("aria-pressed") == "true"
    # Finding an entity of a hidden class shows the class again.
    places.click()
    page.page.fill("#hk-search", "Henan province")
    page.page.keyboard.press("Enter")
    assert places.get_attribute("aria-pressed") == "true"
    assert page.js("hkView.network.getSelectedNodes()") == [page.index_of("e:henan")]


def test_clicking_a_node_and_a_link_shows_details(open_page) -> None:
    page = open_page(sample_graph())
    pinggao = page.index_of("e:pinggao")
    x, y = page.js("""i => { const n = hkView.network; const p = n.getPositions([i])[i];
                            const d = n.canvasToDOM(p);
                            const r = document.getElementById('hk-network').getBoundingClientRect();
                            return [d.x + r.left, d.y + r.top]; }""", pinggao)
    page.page.mouse.click(x, y)
    panel = page.page.locator("#hk-panel")
    assert panel.locator("h2").inner_text() == "Pinggao Group Co., Ltd."
    text = panel.inner_text()
    for expected in ("Company", "Pinggao Group", "Pinggao wins an award", "Links (4)",
                     "developed", "Pinggao developed a UHV switchgear."):
        assert expected in text
    page.page.click("#hk-close")
    assert not panel.is_visible()
    page.js("hkView.network.unselectAll()")
    # An edge: its relation and sentence.
    edge = page.js("hkView.data.edges.findIndex(e => hkView.data.nodes[e.f].iri === 'e:zz')")
    x, y = page.js("""k => { const n = hkView.network; const e = n.body.edges[k];
                            const m = n.canvasToDOM({x: (e.from.x + e.to.x) / 2, y: (e.from.y + e.to.y) / 2});
                            const r = document.getElementById('hk-network').getBoundingClientRect();
                            return [m.x + r.left, m.y + r.top]; }""", edge)
    page.page.mouse.click(x, y)
    assert "located in" in panel.locator("h2").inner_text()
    assert "Zhengzhou, capital of Henan province." in panel.inner_text()


def test_hostile_article_runs_nothing(open_page) -> None:
    page = open_page(sample_graph(), title=SCRIPT_NAME)
    assert page.page.title() == SCRIPT_NAME
    assert page.page.inner_text("h1") == SCRIPT_NAME
    for query, iri in (("<img", "e:img"), ("<script>", "e:script")):
        page.page.fill("#hk-search", query)
        page.page.keyboard.press("Enter")
        assert page.js("hkView.network.getSelectedNodes()") == [page.index_of(iri)]
        text = page.page.inner_text("#hk-panel")
        # Shown as the text it is.
        assert SCRIPT_NAME in text and IMG_NAME in text and SVG_HEADLINE in text
    assert BREAKOUT in page.page.inner_text("#hk-panel")
    # No element came out of the data: the panel holds only the page's own tags.
    tags = page.js("[...document.querySelectorAll('#hk-panel *')].map(e => e.tagName.toLowerCase())")
    assert set(tags) <= {"button", "div", "h2", "h3", "p", "span", "ul", "li", "blockquote"}
    # Tooltips too: hover the hostile node and let vis-network show its title.
    i = page.index_of("e:img")
    page.js("i => { hkView.network.stopSimulation(); hkView.network.focus(i, {scale: 1.5, animation: false}); }", i)
    # Hover where the node is now; on a loaded machine the first hover can land before vis-network
    # has redrawn, so move away and back a few times before giving up.
    for _ in range(5):
        x, y = page.js("""i => { const n = hkView.network; const d = n.canvasToDOM(n.getPositions([i])[i]);
                                const r = document.getElementById('hk-network').getBoundingClientRect();
                                return [d.x + r.left, d.y + r.top]; }""", i)
        page.page.mouse.move(1, 1)
        page.page.mouse.move(x, y, steps=5)
        try:
            page.page.wait_for_selector(".vis-tooltip", state="visible", timeout=3000)
            break
        except Exception:  # noqa: BLE001 - playwright's TimeoutError; retried, then the assert below fails
            continue
    page.page.wait_for_selector(".vis-tooltip", state="visible", timeout=3000)
    assert IMG_NAME in page.page.inner_text(".vis-tooltip")
    # innerText makes a <br> of each line break, and nothing else.
    assert set(page.js("[...document.querySelectorAll('.vis-tooltip *')].map(e => e.tagName)")) == {"BR"}
    # Page.close() (in the fixture) checks window.__pwned, console errors and requests.


def test_big_graph_is_drawn_with_fixed_positions(open_page) -> None:
    g = big_graph()
    assert g.number_of_nodes() > viz.LAYOUT_THRESHOLD
    page = open_page(g, name="big.html")
    assert page.js("hkView.data.layout") == "fixed"
    assert page.visible() == (g.number_of_nodes(), g.number_of_edges())
    assert page.js("hkView.readyMs") < 10_000
    # Positions are the ones computed in Python: physics moved nothing.
    node = page.js("hkView.data.nodes[5]")
    assert page.js("hkView.network.getPositions([5])[5]") == {"x": node["x"], "y": node["y"]}
    page.page.fill("#hk-search", "c77 ltd")
    page.page.keyboard.press("Enter")
    assert page.js("hkView.network.getSelectedNodes()") == [page.index_of("e:co77")]
    assert page.page.locator("#hk-panel h2").inner_text() == "Company 77"


def test_focus_and_communities(open_page) -> None:
    g = sample_graph()
    from kg.network import neighbourhood

    near = neighbourhood(g, "Pinggao", 1)
    page = open_page(near, focus="e:pinggao", communities=True, title="Pinggao Group, 1 hop")
    assert page.visible() == (5, 4)
    assert page.js("hkView.network.getSelectedNodes()") == [page.index_of("e:pinggao")]
    assert page.page.locator("#hk-panel h2").inner_text() == "Pinggao Group Co., Ltd."
    assert "communit" in page.page.inner_text("#hk-legend-note")


def test_empty_graph_page(open_page) -> None:
    page = open_page(nx.MultiDiGraph())
    assert page.page.inner_text("#hk-status") == "No entities to show."
