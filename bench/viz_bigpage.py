"""How big a graph page can get: a synthetic corpus of 10,000 articles, drawn and opened in Chromium.

Writes a store in our data model straight from generated ``Extraction`` objects (through
``kg.rdf.extraction_quads``, as ``kg build`` does, without spaCy), builds the networkx view,
renders the page with ``kg.viz.write_html`` and opens it in headless Debian Chromium with
Playwright, every non-file request blocked. Prints:

1. the physics sweep: time until the page is ready for neighbourhoods of growing size,
   with physics on and with fixed positions (to choose ``kg.viz.LAYOUT_THRESHOLD``);
2. the whole-corpus page: nodes, links, file size, time to write it, time until it is
   drawn and interactive, the time one search takes to select and centre an entity and
   open its panel, and the time of one redraw (a pan or zoom).

    python bench/viz_bigpage.py                      # 10,000 articles, the sweep and the page
    python bench/viz_bigpage.py --articles 2000 --no-sweep
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg import viz
from kg.model import Article, Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.namespace import entity_iri
from kg.network import to_networkx
from kg.rdf import extraction_quads

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

# Word stock for names that look like those in the corpus.
_ROOTS = ("Zhongyuan", "Pinggao", "Yutong", "Luoyang", "Xuji", "Anyang", "Huanghe", "Songshan",
          "Funiu", "Tianrui", "Shuanghui", "Weihua", "Senyuan", "Duoduo", "Jiaozuo", "Xinxiang",
          "Haoyun", "Longyu", "Hanwei", "Zhengmei", "Yellow River", "Central Plains", "Huaxin",
          "Jinlong", "Mingtai", "Lingrui", "Tianguan", "Yuxin", "Shenma", "Zhongzhou")
_TRADES = ("Heavy Machinery", "Electric", "Bearing", "Mining Machinery", "New Energy", "Bus",
           "Tractor", "Aluminium", "Glass", "Robotics", "Semiconductor", "Cable", "Valve",
           "Food", "Pharmaceutical", "Steel Structure", "Crane", "Gear", "Battery", "Textile")
_LEGAL = ("Group Co., Ltd.", "Co., Ltd.", "Technology Co., Ltd.", "Group", "Corporation")
_FIELDS = ("Intelligent Manufacturing", "Power Equipment", "New Materials", "Bearing Technology",
           "Agricultural Machinery", "Hydrogen Energy", "Superhard Materials", "Rail Transit")
_PRODUCTS = ("switchgear", "tunnel boring machine", "electric bus", "driverless tractor",
             "hydraulic support", "wind turbine gearbox", "server cluster", "lithium battery",
             "bridge crane", "glass substrate", "gas turbine blade", "coal shearer")
_HENAN = ("Zhengzhou", "Luoyang", "Kaifeng", "Anyang", "Xinxiang", "Jiaozuo", "Puyang", "Xuchang",
          "Luohe", "Sanmenxia", "Nanyang", "Shangqiu", "Xinyang", "Zhoukou", "Zhumadian", "Pingdingshan",
          "Hebi", "Jiyuan")
_COUNTRIES = ("Poland", "Türkiye", "Chile", "Brazil", "Kazakhstan", "Pakistan", "Vietnam", "Egypt",
              "Saudi Arabia", "Russia", "Indonesia", "Malaysia", "Germany", "Mexico", "Uzbekistan",
              "Nigeria", "Thailand", "Peru", "Serbia", "Ethiopia")
_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun")
_GIVEN = ("Wei", "Fang", "Min", "Jing", "Lei", "Qiang", "Yan", "Jun", "Hui", "Tao", "Ping", "Hong")


class Pool:
    """Entities of one class, drawn with a Zipf-like skew: a few appear in many articles."""

    def __init__(self, type_: str, names: list[tuple[str, list[str]]], skew: float, rng: random.Random):
        self.type = type_
        self.names = names
        self.rng = rng
        self.weights = [1.0 / (rank + 1) ** skew for rank in range(len(names))]

    def draw(self) -> tuple[str, list[str]]:
        return self.rng.choices(self.names, weights=self.weights)[0]


def _pools(n_articles: int, rng: random.Random) -> dict[str, Pool]:
    scale = max(1, n_articles // 10)

    def unique(make, count: int) -> list[tuple[str, list[str]]]:
        seen: dict[str, list[str]] = {}
        tries = 0
        while len(seen) < count and tries < count * 20:
            name, aliases = make()
            seen.setdefault(name, aliases)
            tries += 1
        return list(seen.items())

    def company():
        root, trade = rng.choice(_ROOTS), rng.choice(_TRADES)
        city = rng.choice(("", "", rng.choice(_HENAN) + " "))
        name = f"{city}{root} {trade} {rng.choice(_LEGAL)}"
        short = f"{root} {trade}"
        acronym = "".join(w[0] for w in f"{root} {trade}".split()).upper() + rng.choice(("", "G", "C"))
        return name, [short, acronym] if rng.random() < 0.5 else [short]

    def institute():
        return f"{rng.choice(_HENAN)} {rng.choice(_FIELDS)} Research Institute {rng.randint(1, 99)}", []

    def university():
        return f"{rng.choice(_HENAN)} University of {rng.choice(_FIELDS)} {rng.randint(1, 9)}", []

    def government():
        return f"{rng.choice(_HENAN)} Municipal Bureau of {rng.choice(_FIELDS)} {rng.randint(1, 20)}", []

    def product():
        return f"{rng.choice(_ROOTS)} {rng.randint(100, 999)} {rng.choice(_PRODUCTS)}", []

    def project():
        return f"{rng.choice(_HENAN)} {rng.choice(_FIELDS).lower()} project phase {rng.randint(1, 400)}", []

    def award():
        return f"National {rng.choice(_FIELDS)} Award {rng.randint(2000, 2025)}", []

    def person():
        return f"{rng.choice(_SURNAMES)} {rng.choice(_GIVEN)}{rng.choice(_GIVEN).lower()}", []

    places = [("Henan province", ["Henan"])] + [(c, [f"{c} city"]) for c in _HENAN] + [(c, []) for c in _COUNTRIES]
    return {
        "Company": Pool("Company", unique(company, 6 * scale), 0.9, rng),
        "ResearchInstitute": Pool("ResearchInstitute", unique(institute, 600), 0.8, rng),
        "University": Pool("University", unique(university, 80), 0.8, rng),
        "GovernmentBody": Pool("GovernmentBody", unique(government, 150), 0.8, rng),
        "Product": Pool("Product", unique(product, 5 * scale), 0.3, rng),
        "Project": Pool("Project", unique(project, 3 * scale), 0.3, rng),
        "Award": Pool("Award", unique(award, 200), 0.9, rng),
        "Person": Pool("Person", unique(person, 2 * scale), 0.5, rng),
        "HenanPlace": Pool("Place", places[:1 + len(_HENAN)], 1.0, rng),
        "Country": Pool("Place", places[1 + len(_HENAN):], 0.8, rng),
    }


def synthetic_extraction(i: int, pools: dict[str, Pool], rng: random.Random) -> Extraction:
    """One article: a headline, 3-8 sentences, each naming two entities and the relation between them."""
    company, company_aliases = pools["Company"].draw()
    city, city_aliases = pools["HenanPlace"].draw()
    templates = [
        ("{s}, based in {o}, expanded its production line.", company, "Company", pools["HenanPlace"], "headquarteredIn"),
        ("{s} developed the {o} this year.", company, "Company", pools["Product"], "developed"),
        ("{s} received the {o}.", company, "Company", pools["Award"], "received"),
        ("{s} joined the {o}.", company, "Company", pools["Project"], "participatesIn"),
        ("{s} signed an agreement with {o}.", company, "Company", pools["ResearchInstitute"], "collaboratesWith"),
        ("{s} works with {o} on new materials.", company, "Company", pools["University"], "collaboratesWith"),
        ("{s} is a subsidiary of {o}.", company, "Company", pools["Company"], "subsidiaryOf"),
        ("{s} exports its products to {o}.", company, "Company", pools["Country"], "exportsTo"),
        ("{s} is located in {o}.", city, "Place", pools["HenanPlace"], "locatedIn"),
        ("{s} supported the {o}.", None, "GovernmentBody", pools["Project"], "participatesIn"),
        ("{s}, chief engineer, led the work for {o}.", None, "Person", pools["Company"], "collaboratesWith"),
    ]
    chosen = [templates[0]] + rng.sample(templates[1:], rng.randint(2, 7))
    headline = f"{company} pushes ahead in {city}"
    text = headline + "\n\n"
    body_start = len(text)
    sentences: list[Sentence] = []
    entities: dict[str, Entity] = {}
    relations: list[Relation] = []
    aliases_of = {company: company_aliases, city: city_aliases}

    def mention(name: str, type_: str, start: int, index: int) -> str:
        iri = str(entity_iri(name, type_))
        entity = entities.setdefault(iri, Entity(iri, name, type_, list(aliases_of.get(name, []))))
        entity.mentions.append(Mention(start, start + len(name), name, index))
        return iri

    for index, (template, subject, subject_type, pool, predicate) in enumerate(chosen):
        if subject is None:
            subject, _ = pools[subject_type].draw()
        obj, obj_aliases = pool.draw()
        if obj == subject:
            continue
        aliases_of.setdefault(obj, obj_aliases)
        sentence = template.format(s=subject, o=obj)
        start = len(text)
        text += sentence + " "
        s_iri = mention(subject, subject_type, start + sentence.index(subject), index)
        o_iri = mention(obj, pool.type, start + sentence.index(obj, len(subject)), index)
        sentences.append(Sentence(index, start, start + len(sentence), sentence))
        relations.append(Relation(s_iri, predicate, o_iri, Evidence(sentence, start, start + len(sentence), index)))
    article_id = f"{i:016x}"
    article = Article(article_id, headline, f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "Henan Daily",
                      None, None, text, body_start, source_file=f"{article_id}.txt")
    return Extraction(article, list(entities.values()), relations, sentences)


def synthetic_store(n_articles: int, *, seed: int = 7) -> ox.Store:
    rng = random.Random(seed)
    pools = _pools(n_articles, rng)
    store = ox.Store()
    batch: list[ox.Quad] = []
    for i in range(n_articles):
        batch += extraction_quads(synthetic_extraction(i, pools, rng))
        if len(batch) > 200_000:
            store.bulk_extend(batch)
            batch = []
    store.bulk_extend(batch)
    return store


class Browser:
    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

    def open(self, path: Path, timeout_s: float) -> tuple[object, object, float | None]:
        """Open the page; return the context, the page and seconds until it is ready (None: not in time)."""
        context = self.browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        started = time.perf_counter()
        page.goto(path.resolve().as_uri(), timeout=timeout_s * 1000)
        try:
            page.wait_for_selector("body[data-hk-ready]", state="attached", timeout=timeout_s * 1000)
        except Exception:  # noqa: BLE001 - a time-out is a measurement here
            return context, page, None
        if errors:
            raise RuntimeError(f"{path}: {errors[:3]}")
        return context, page, time.perf_counter() - started

    def close(self) -> None:
        self.browser.close()
        self._pw.stop()


def _render(graph: nx.MultiDiGraph, path: Path, *, fixed: bool) -> float:
    saved = viz.LAYOUT_THRESHOLD
    viz.LAYOUT_THRESHOLD = -1 if fixed else 10**9
    try:
        started = time.perf_counter()
        viz.write_html(graph, path)
        return time.perf_counter() - started
    finally:
        viz.LAYOUT_THRESHOLD = saved


def sweep(graph: nx.MultiDiGraph, sizes: list[int], browser: Browser, out: Path, timeout_s: float) -> None:
    """Neighbourhoods of the biggest hub, cut to each size, with physics on and off."""
    hub = max(graph, key=graph.degree)
    order = list(nx.bfs_tree(graph.to_undirected(as_view=True), hub))
    print(f"\n{'nodes':>6} {'links':>6} | {'physics: ready s':>17} | {'fixed: ready s':>15}")
    for size in sizes:
        sub = graph.subgraph(order[:size]).copy()
        cells = []
        for fixed in (False, True):
            path = out / f"sweep-{size}-{'fixed' if fixed else 'physics'}.html"
            _render(sub, path, fixed=fixed)
            context, _, ready = browser.open(path, timeout_s)
            context.close()
            cells.append(f"{ready:.1f}" if ready is not None else f">{timeout_s:.0f}")
        print(f"{sub.number_of_nodes():>6} {sub.number_of_edges():>6} | {cells[0]:>17} | {cells[1]:>15}", flush=True)


def whole_page(graph: nx.MultiDiGraph, browser: Browser, out: Path, timeout_s: float) -> None:
    path = out / "whole.html"
    started = time.perf_counter()
    viz.write_html(graph, path, title="Synthetic corpus")
    written = time.perf_counter() - started
    size_mb = path.stat().st_size / 1e6
    context, page, ready = browser.open(path, timeout_s)
    if ready is None:
        print(f"whole page: {size_mb:.1f} MB, not ready after {timeout_s:.0f} s")
        return
    draw_ms = page.evaluate("hkView.readyMs")
    # A search: type a name, press Enter, wait for the panel to name the entity.
    target = sorted(graph, key=lambda n: (-graph.degree(n), str(n)))[len(graph) // 3]
    label = graph.nodes[target]["label"]
    started = time.perf_counter()
    page.fill("#hk-search", label)
    page.keyboard.press("Enter")
    page.wait_for_function("name => document.querySelector('#hk-panel h2')?.textContent === name", arg=label)
    search_s = time.perf_counter() - started
    selected = page.evaluate("hkView.network.getSelectedNodes().map(i => hkView.data.nodes[i].iri)")
    assert selected == [target], (selected, target)
    # One redraw, as a pan or zoom causes (edges are hidden while dragging and zooming).
    redraw_ms = page.evaluate("""() => new Promise(done => {
        const n = hkView.network; const t = performance.now();
        n.once('afterDrawing', () => done(performance.now() - t));
        n.moveTo({scale: n.getScale() * 0.5}); })""")
    fit_ms = page.evaluate("""() => new Promise(done => {
        const n = hkView.network; const t = performance.now();
        n.once('afterDrawing', () => done(performance.now() - t)); n.fit(); })""")
    page.screenshot(path=str(out / "whole.png"))
    context.close()
    print(f"\nwhole page: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} links")
    print(f"  file size                  {size_mb:8.1f} MB   ({path})")
    print(f"  write_html                 {written:8.1f} s")
    print(f"  open -> drawn, interactive {ready:8.1f} s   (page's own draw {draw_ms / 1000:.1f} s)")
    print(f"  search -> centred, panel   {search_s:8.2f} s   ({label!r})")
    print(f"  one redraw (zoom / fit)    {redraw_ms / 1000:8.2f} s / {fit_ms / 1000:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--sizes", default="100,200,400,800,1600")
    parser.add_argument("--no-sweep", action="store_true")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds a page may take to be ready")
    parser.add_argument("--out", type=Path, default=None, help="folder for the pages (default: a temp dir)")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="viz-bench-"))
    out.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    store = synthetic_store(args.articles)
    print(f"store: {args.articles:,} articles, {len(store):,} quads in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    graph = to_networkx(store)
    print(f"to_networkx: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} links "
          f"in {time.perf_counter() - started:.1f} s")

    browser = Browser()
    try:
        if not args.no_sweep:
            sweep(graph, [int(s) for s in args.sizes.split(",")], browser, out, args.timeout)
        whole_page(graph, browser, out, args.timeout)
    finally:
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
