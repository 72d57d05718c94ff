"""Pictures of the entity graph: one self-contained interactive HTML file, or a PNG.

The HTML page is written here around vis-network 9.1.2, the copy that ships inside pyvis
(pyvis's own page template loads bootstrap and tom-select from CDNs, and switches its
popups to ``innerHTML``; both are what this page must not do). The page is one file that
sends no request: the library, the styles and the data are inline, and a Content Security
Policy allows nothing else (no fetch, no image or font from anywhere, and only the two
inline scripts whose hashes it lists).

Every string that comes from an article (names, aliases, headlines, sentences) is
untrusted. It reaches the page only inside a JSON data block, with ``<``, ``>`` and ``&``
written as ``\\u003c``... so nothing can close the block, and the page's script puts it on
screen with ``textContent`` (or vis-network's canvas and ``innerText`` tooltips), never
as HTML. The policy's script hashes are a second wall: markup that slipped through could
not run an inline handler or script.

What the page offers: a legend of classes and relations whose entries hide and show
them, a search box that finds an entity by any of its names and centres on it, and a
side panel with the type, aliases, articles and the evidence sentences of the links of
the clicked entity (or of a clicked link). ``window.hkView`` exposes the network and
these actions to scripts and tests.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import math
import re
from collections import Counter, deque
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis

from kg import style
from kg.analytics import communities as find_communities

# Above this many nodes the layout is computed here once and physics is switched off, so
# the browser does not run a force simulation on a big graph. Measured with
# bench/viz_bigpage.py (bench/RESULTS-viz.md): with physics on, headless Chromium here took
# 3.6 s to stabilise and draw 100 nodes, 6.4 s for 150, 22 s for 400 and 100 s for 800;
# with fixed positions 1 to 1.5 s at any of these sizes and 8.5 s for 11,921 nodes.
LAYOUT_THRESHOLD = 100
# networkx's spring layout needs scipy from 500 nodes (not a dependency here); a connected
# component larger than this gets a radial layout around its best-connected node instead.
SPRING_MAX_NODES = 450
LAYOUT_SEED = 42
# Pixels per layout unit: one unit is about the distance between neighbouring nodes.
UNIT_PX = 70.0
# The page lists at most this many articles of an entity and evidence sentences of a link
# (with the total), so that a hub named in thousands of articles does not bloat the file.
PANEL_ITEMS = 10

VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

# vis-network shapes to matplotlib markers, for write_png.
_MPL_MARKERS = {
    "dot": "o", "diamond": "D", "triangle": "^", "triangleDown": "v",
    "square": "s", "star": "*", "hexagon": "h",
}

_SOURCE_MAP = re.compile(r"^\s*//[#@]\s*sourceMappingURL=.*$", re.MULTILINE)


@functools.cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, without the source-map comment that devtools fetch."""
    script = (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    css = (VIS_DIR / "vis-network.css").read_text(encoding="utf-8")
    return _SOURCE_MAP.sub("", script), css


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _json_for_script(data: Any) -> str:
    """JSON that is safe as the text of a ``<script>`` element, whatever the strings hold."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def page_data(
    graph: nx.MultiDiGraph,
    *,
    communities: bool = False,
    focus: Any | None = None,
    fixed_layout: bool | None = None,
) -> dict[str, Any]:
    """The data the page draws, as plain JSON-ready values with short keys (big graphs are big).

    ``classes`` and ``predicates`` hold the legend entries present in the graph, most
    frequent first, and ``articles`` the ``[id, headline]`` pairs; the nodes and edges
    point into them by index. A node is ``{"iri", "l" label, "c" class, "a" aliases,
    "r" article indexes, "rn" number of articles, "m" mentions, "d" degree, "s" size,
    "x", "y" (fixed layout only), "k" community (with ``communities``)}``; an edge is
    ``{"f" from, "t" to, "p" predicate, "e" [[sentence, article index], ...], "en" number
    of sentences}``. Lists of articles and sentences are cut at ``PANEL_ITEMS``.
    """
    if fixed_layout is None:
        fixed_layout = graph.number_of_nodes() > LAYOUT_THRESHOLD
    index = {node: i for i, node in enumerate(graph.nodes)}

    type_counts = Counter(t for _, t in graph.nodes(data="type"))
    class_keys = sorted(type_counts, key=lambda t: (-type_counts[t], str(t)))
    class_index = {t: i for i, t in enumerate(class_keys)}
    classes = []
    for key in class_keys:
        cls = style.CLASS_STYLES.get(key, style.UNKNOWN_CLASS)
        classes.append({"key": str(key), "label": cls.label, "colour": cls.colour,
                        "shape": cls.shape, "count": type_counts[key]})

    predicate_counts = Counter(p for _, _, p in graph.edges(data="predicate"))
    predicate_keys = sorted(predicate_counts, key=lambda p: (-predicate_counts[p], str(p)))
    predicate_index = {p: i for i, p in enumerate(predicate_keys)}
    predicates = []
    for key in predicate_keys:
        edge_style = style.EDGE_STYLES.get(key, style.UNKNOWN_PREDICATE)
        predicates.append({"key": str(key), "label": edge_style.label, "colour": edge_style.colour,
                           "count": predicate_counts[key]})

    articles: list[list[str]] = []
    article_index: dict[str, int] = {}

    def article_ref(article_id: str, headline: str) -> int:
        if article_id not in article_index:
            article_index[article_id] = len(articles)
            articles.append([article_id, headline or ""])
        elif headline and not articles[article_index[article_id]][1]:
            articles[article_index[article_id]][1] = headline
        return article_index[article_id]

    positions = layout(graph) if fixed_layout else {}
    community_of: dict[Any, int] = {}
    if communities:
        community_of = {n: i for i, c in enumerate(find_communities(graph)) for n in c}

    nodes = []
    for node, data in graph.nodes(data=True):
        degree = graph.degree(node)
        node_articles = list(data.get("articles") or [])
        item: dict[str, Any] = {
            "iri": str(node),
            "l": str(data.get("label", node)),
            "c": class_index[data.get("type")],
            "a": [str(a) for a in data.get("aliases") or ()],
            "r": [article_ref(str(a.get("id", "")), str(a.get("headline") or ""))
                  for a in node_articles[:PANEL_ITEMS]],
            "rn": len(node_articles),
            "m": int(data.get("mentions") or 0),
            "d": degree,
            "s": round(min(60.0, 12.0 + 5.0 * math.sqrt(degree)), 1),
        }
        if node in positions:
            x, y = positions[node]
            # Whole pixels: vis-network rounds them anyway, and big pages are smaller.
            item["x"], item["y"] = round(x * UNIT_PX), round(y * UNIT_PX)
        if communities:
            item["k"] = community_of[node]
        nodes.append(item)

    edges = []
    for u, v, data in graph.edges(data=True):
        evidence = list(data.get("evidence") or [])
        edges.append({
            "f": index[u],
            "t": index[v],
            "p": predicate_index[data.get("predicate")],
            "e": [[str(ev.get("sentence", "")),
                   article_ref(str(ev.get("article", "")), str(ev.get("headline") or ""))]
                  for ev in evidence[:PANEL_ITEMS]],
            "en": len(evidence),
        })

    return {
        "classes": classes,
        "predicates": predicates,
        "articles": articles,
        "nodes": nodes,
        "edges": edges,
        "layout": "fixed" if fixed_layout else "physics",
        "communities": len(set(community_of.values())) if communities else None,
        "communityColours": list(style.COMMUNITY_COLOURS),
        "focus": index[focus] if focus is not None and focus in index else None,
    }


def render_html(
    graph: nx.MultiDiGraph,
    *,
    title: str = "henan-kg",
    communities: bool = False,
    focus: Any | None = None,
) -> str:
    """The page that ``write_html`` writes, as a string."""
    data = page_data(graph, communities=communities, focus=focus)
    vis_js, vis_css = _vis_assets()
    if re.search(r"</script", vis_js + _PAGE_JS, re.IGNORECASE):
        raise RuntimeError("an inline script contains '</script': it would end early")
    policy = "; ".join([
        "default-src 'none'",
        f"script-src {_csp_hash(vis_js)} {_csp_hash(_PAGE_JS)}",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    page = _PAGE.format(
        policy=_e(policy),
        title=_e(title),
        vis_css=vis_css,
        page_css=_PAGE_CSS,
        vis_js=vis_js,
        data=_json_for_script(data),
        page_js=_PAGE_JS,
    )
    # These would each undo a guarantee above; fail loudly rather than write such a page.
    remote = external_references(page)
    if remote:
        raise RuntimeError(f"the page would load from the network: {remote[:3]}")
    return page


def write_html(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    title: str = "henan-kg",
    communities: bool = False,
    focus: Any | None = None,
) -> Path:
    """Write the graph as one interactive HTML page that needs no network to open.

    Nodes take their class's colour and shape and grow with their degree; edges are
    labelled with their relation. With ``communities`` the fill colour shows the Louvain
    community (the class stays as border and shape). ``focus`` (a node) is selected and
    shown in the side panel when the page opens. Above ``LAYOUT_THRESHOLD`` nodes the
    positions are fixed here and physics is off.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    page = render_html(graph, title=title, communities=communities, focus=focus)
    path.write_text(page, encoding="utf-8")
    return path


def iframe(page: str, *, height: int = 640) -> str:
    """An ``<iframe>`` that shows ``page`` (from ``render_html``) inline, for a notebook cell.

    The page travels in ``srcdoc``, escaped, so the notebook needs no file next to it and
    the page keeps its own security policy inside the frame.
    """
    # In a <div>: IPython warns about HTML that starts with <iframe>.
    return (
        f'<div class="hk-frame"><iframe srcdoc="{_e(page)}"'
        f' style="width:100%;height:{int(height)}px;border:1px solid #ccc"'
        ' sandbox="allow-scripts"></iframe></div>'
    )


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>{page_css}</style>
</head>
<body>
<div id="hk-app">
<header id="hk-header">
<h1>{title}</h1>
<div id="hk-find" role="search">
<label for="hk-search">Find</label>
<input id="hk-search" type="search" placeholder="an entity, by any of its names" autocomplete="off"
 spellcheck="false" role="combobox" aria-expanded="false" aria-controls="hk-suggestions">
<ul id="hk-suggestions" role="listbox" hidden></ul>
</div>
<p id="hk-status" role="status">Loading the graph…</p>
</header>
<nav id="hk-legend" aria-label="Legend: click an entry to hide or show it">
<ul id="hk-classes"></ul>
<ul id="hk-predicates"></ul>
<p id="hk-legend-note" hidden></p>
</nav>
<main id="hk-main">
<div id="hk-network"></div>
<aside id="hk-panel" hidden>
<button id="hk-close" type="button" aria-label="Close the details">×</button>
<div id="hk-panel-body" aria-live="polite"></div>
</aside>
</main>
</div>
<noscript>This page needs JavaScript to draw the graph.</noscript>
<script>{vis_js}</script>
<script type="application/json" id="hk-data">{data}</script>
<script>{page_js}</script>
</body>
</html>
"""

_PAGE_CSS = """
html, body { margin: 0; height: 100%; }
body { font-family: system-ui, sans-serif; font-size: 14px; color: #222; }
#hk-app { display: flex; flex-direction: column; height: 100vh; }
#hk-header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em 1.5em;
             padding: 0.4em 0.8em; border-bottom: 1px solid #ddd; }
#hk-header h1 { font-size: 1.25em; margin: 0; }
#hk-find { position: relative; }
#hk-search { width: 22em; max-width: 60vw; padding: 0.3em 0.5em; font: inherit; }
#hk-suggestions { position: absolute; z-index: 10; left: 0; min-width: 100%; top: 100%;
                  margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid #bbb;
                  box-shadow: 0 2px 6px rgba(0, 0, 0, 0.15); max-height: 24em; overflow-y: auto; }
#hk-suggestions li { padding: 0.3em 0.6em; cursor: pointer; white-space: nowrap; }
#hk-suggestions li[aria-selected="true"], #hk-suggestions li:hover { background: #e8f0fe; }
#hk-suggestions small, .hk-muted { color: #666; }
#hk-status { margin: 0; color: #555; }
#hk-legend { padding: 0.3em 0.8em; border-bottom: 1px solid #eee; }
#hk-legend ul { display: flex; flex-wrap: wrap; gap: 0.25em 0.4em; margin: 0.15em 0; padding: 0;
                list-style: none; }
#hk-legend button { font: inherit; font-size: 0.9em; border: 1px solid #ccc; border-radius: 1em;
                    background: #fff; padding: 0.1em 0.7em; cursor: pointer; }
#hk-legend button[aria-pressed="false"] { opacity: 0.45; text-decoration: line-through; }
#hk-legend-note { margin: 0.15em 0; font-size: 0.9em; color: #555; }
.hk-swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.35em;
             vertical-align: -0.05em; border-radius: 50%; box-sizing: border-box; }
.hk-line { display: inline-block; width: 1.3em; height: 0.25em; margin-right: 0.35em;
           vertical-align: 0.2em; }
#hk-main { flex: 1; display: flex; min-height: 0; }
#hk-network { flex: 1; min-width: 0; position: relative; }
#hk-panel { width: 28em; max-width: 45%; overflow-y: auto; border-left: 1px solid #ddd;
            padding: 0.5em 1em 1em; position: relative; }
#hk-panel[hidden] { display: none; }
#hk-panel h2 { font-size: 1.15em; margin: 0.2em 1.5em 0.2em 0; overflow-wrap: anywhere; }
#hk-panel h3 { font-size: 1em; margin: 0.9em 0 0.3em; }
#hk-panel ul { margin: 0; padding-left: 1.1em; }
#hk-panel li { margin: 0.25em 0; overflow-wrap: anywhere; }
#hk-panel blockquote { margin: 0.2em 0 0.4em; padding-left: 0.6em; border-left: 3px solid #ddd;
                       color: #333; }
#hk-panel .hk-iri { font-family: ui-monospace, monospace; font-size: 0.8em; color: #666;
                    overflow-wrap: anywhere; margin: 0; }
#hk-panel .hk-link { background: none; border: none; padding: 0; font: inherit; color: #0645ad;
                     cursor: pointer; text-decoration: underline; text-align: left; }
#hk-close { position: absolute; top: 0.3em; right: 0.4em; font-size: 1.3em; background: none;
            border: none; cursor: pointer; }
.vis-tooltip { white-space: normal !important; max-width: 28em; }
"""

# The page's own script. It only ever puts data on screen as text (textContent, the canvas,
# vis-network's innerText tooltips); keep it that way: no innerHTML, no insertAdjacentHTML.
_PAGE_JS = r"""
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("hk-data").textContent);
  var N = D.nodes, E = D.edges, C = D.classes, P = D.predicates, A = D.articles;
  var big = D.layout === "fixed";
  var LINKS_SHOWN = 60, SUGGESTIONS = 12;
  function $(id) { return document.getElementById(id); }
  var statusLine = $("hk-status"), panel = $("hk-panel"), panelBody = $("hk-panel-body");
  var search = $("hk-search"), suggestions = $("hk-suggestions");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function plural(n, one, many) { return n.toLocaleString("en") + " " + (n === 1 ? one : many); }
  function swatch(colour, line) {
    var s = el("span", line ? "hk-line" : "hk-swatch");
    s.style.background = colour;
    return s;
  }

  // Links of each node, in both directions.
  var adjacent = N.map(function () { return []; });
  E.forEach(function (e, i) {
    adjacent[e.f].push(i);
    if (e.t !== e.f) adjacent[e.t].push(i);
  });

  function nodeTitle(n) {
    var lines = [n.l, C[n.c].label + " · " + plural(n.d, "link", "links")];
    if (n.a.length) lines.push("Also: " + n.a.slice(0, 6).join(", ") + (n.a.length > 6 ? ", …" : ""));
    lines.push("Click for details");
    return lines.join("\n");
  }
  function edgeTitle(e) {
    var lines = [N[e.f].l + " " + P[e.p].label + " " + N[e.t].l];
    if (e.e.length) lines.push("“" + e.e[0][0] + "”");
    return lines.join("\n");
  }

  var nodes = new vis.DataSet(N.map(function (n, i) {
    var cls = C[n.c];
    var item = {id: i, label: n.l, shape: cls.shape, size: n.s, title: nodeTitle(n), color: cls.colour};
    if (D.communities !== null) {
      var fill = D.communityColours[n.k % D.communityColours.length];
      item.color = {background: fill, border: cls.colour,
                    highlight: {background: fill, border: "#000000"},
                    hover: {background: fill, border: cls.colour}};
      item.borderWidth = 3;
    }
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  var pairs = {};
  var edges = new vis.DataSet(E.map(function (e, i) {
    var p = P[e.p];
    var item = {id: i, from: e.f, to: e.t, label: p.label, title: edgeTitle(e),
                color: {color: p.colour, highlight: p.colour, hover: p.colour}};
    // Relations between the same two entities would be drawn on top of each other.
    var pair = e.f < e.t ? e.f + " " + e.t : e.t + " " + e.f;
    var before = pairs[pair] || 0;
    if (before) item.smooth = {enabled: true, type: "curvedCW", roundness: 0.2 * before};
    pairs[pair] = before + 1;
    return item;
  }));

  var options = {
    layout: {improvedLayout: !big && N.length <= 100},
    physics: big ? {enabled: false} : {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: {gravitationalConstant: -60, springLength: 120},
      stabilization: {enabled: true, iterations: 300, updateInterval: 25}
    },
    interaction: {hover: !big, tooltipDelay: 200, hideEdgesOnDrag: big, hideEdgesOnZoom: big},
    nodes: {font: {size: 14}, borderWidth: 2},
    edges: {
      arrows: {to: {enabled: true, scaleFactor: 0.5}},
      smooth: big ? false : {enabled: true, type: "dynamic"},
      font: {size: 10, align: "middle"}
    }
  };
  var network = new vis.Network($("hk-network"), {nodes: [], edges: []}, options);

  var hiddenClass = C.map(function () { return false; });
  var hiddenPredicate = P.map(function () { return false; });
  var ready = false;

  function counts() {
    var shownNodes = 0, shownEdges = 0;
    N.forEach(function (n) { if (!hiddenClass[n.c]) shownNodes++; });
    E.forEach(function (e) {
      if (!hiddenPredicate[e.p] && !hiddenClass[N[e.f].c] && !hiddenClass[N[e.t].c]) shownEdges++;
    });
    return {nodes: shownNodes, edges: shownEdges};
  }
  function updateStatus() {
    if (!ready) return;
    var c = counts();
    var text = c.nodes === N.length ? plural(N.length, "entity", "entities")
                                    : "Showing " + c.nodes.toLocaleString("en") + " of " + plural(N.length, "entity", "entities");
    text += ", " + (c.edges === E.length ? plural(E.length, "link", "links")
                                         : c.edges.toLocaleString("en") + " of " + plural(E.length, "link", "links"));
    if (big) text += " · fixed layout";
    if (!N.length) text = "No entities to show.";
    statusLine.textContent = text;
    statusLine.setAttribute("data-nodes", c.nodes);
    statusLine.setAttribute("data-edges", c.edges);
  }

  // --- legend: each entry hides and shows its class or relation -------------------------
  var classButtons = C.map(function (cls, ci) {
    var button = el("button");
    button.type = "button";
    button.setAttribute("aria-pressed", "true");
    button.setAttribute("data-class", cls.key);
    button.title = "Hide or show every " + cls.label;
    button.append(swatch(cls.colour), cls.label + " (" + cls.count.toLocaleString("en") + ")");
    button.addEventListener("click", function () { setClassHidden(ci, !hiddenClass[ci]); });
    var item = el("li");
    item.append(button);
    $("hk-classes").append(item);
    return button;
  });
  var predicateButtons = P.map(function (p, pi) {
    var button = el("button");
    button.type = "button";
    button.setAttribute("aria-pressed", "true");
    button.setAttribute("data-predicate", p.key);
    button.title = "Hide or show every link: " + p.label;
    button.append(swatch(p.colour, true), p.label + " (" + p.count.toLocaleString("en") + ")");
    button.addEventListener("click", function () { setPredicateHidden(pi, !hiddenPredicate[pi]); });
    var item = el("li");
    item.append(button);
    $("hk-predicates").append(item);
    return button;
  });
  if (D.communities !== null) {
    var note = $("hk-legend-note");
    note.textContent = "Fill colour: " + plural(D.communities, "community", "communities") +
                       "; border and shape: class.";
    note.hidden = false;
  }

  function setClassHidden(ci, hide) {
    hiddenClass[ci] = hide;
    var updates = [];
    N.forEach(function (n, i) { if (n.c === ci) updates.push({id: i, hidden: hide}); });
    nodes.update(updates);
    classButtons[ci].setAttribute("aria-pressed", hide ? "false" : "true");
    updateStatus();
  }
  function setPredicateHidden(pi, hide) {
    hiddenPredicate[pi] = hide;
    var updates = [];
    E.forEach(function (e, i) { if (e.p === pi) updates.push({id: i, hidden: hide}); });
    edges.update(updates);
    predicateButtons[pi].setAttribute("aria-pressed", hide ? "false" : "true");
    updateStatus();
  }

  // --- search: any name of an entity, best matches first ---------------------------------
  function fold(s) { return s.toLocaleLowerCase("en").replace(/\s+/g, " ").trim(); }
  var names = N.map(function (n) { return [fold(n.l)].concat(n.a.map(fold)); });

  // Exact name, then names that start with the query, then names that contain it; a
  // node's main label before its aliases; then the better-connected entity.
  function find(query, limit) {
    var q = fold(query);
    if (!q) return [];
    var hits = [];
    for (var i = 0; i < N.length; i++) {
      var list = names[i], best = 99, via = -1;
      for (var j = 0; j < list.length; j++) {
        var at = list[j].indexOf(q);
        if (at < 0) continue;
        var rank = (list[j].length === q.length ? 0 : at === 0 ? 2 : 4) + (j === 0 ? 0 : 1);
        if (rank < best) { best = rank; via = j; }
      }
      if (via >= 0) hits.push({node: i, rank: best, alias: via > 0 ? N[i].a[via - 1] : null});
    }
    hits.sort(function (a, b) {
      return a.rank - b.rank || N[b.node].d - N[a.node].d ||
             (N[a.node].l < N[b.node].l ? -1 : N[a.node].l > N[b.node].l ? 1 : 0);
    });
    return hits.slice(0, limit || SUGGESTIONS);
  }

  var shown = [], active = -1;
  function closeSuggestions() {
    suggestions.hidden = true;
    suggestions.replaceChildren();
    search.setAttribute("aria-expanded", "false");
    shown = [];
    active = -1;
  }
  function showSuggestions() {
    shown = find(search.value);
    active = shown.length ? 0 : -1;
    suggestions.replaceChildren();
    if (!search.value.trim()) { closeSuggestions(); return; }
    if (!shown.length) {
      suggestions.append(el("li", "hk-muted", "No entity has that name"));
    }
    shown.forEach(function (hit, k) {
      var n = N[hit.node];
      var item = el("li");
      item.setAttribute("role", "option");
      item.setAttribute("data-node", hit.node);
      item.setAttribute("aria-selected", k === active ? "true" : "false");
      item.append(el("span", null, n.l),
                  el("small", null, (hit.alias ? " also “" + hit.alias + "”" : "") + " · " + C[n.c].label));
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();
        choose(hit.node);
      });
      suggestions.append(item);
    });
    suggestions.hidden = false;
    search.setAttribute("aria-expanded", "true");
  }
  function markActive() {
    Array.prototype.forEach.call(suggestions.children, function (item, k) {
      item.setAttribute("aria-selected", k === active ? "true" : "false");
      if (k === active) item.scrollIntoView({block: "nearest"});
    });
  }
  function choose(i) {
    closeSuggestions();
    search.value = N[i].l;
    pick(i);
  }
  search.addEventListener("input", showSuggestions);
  search.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && shown.length) {
      active = (active + 1) % shown.length; markActive(); event.preventDefault();
    } else if (event.key === "ArrowUp" && shown.length) {
      active = (active + shown.length - 1) % shown.length; markActive(); event.preventDefault();
    } else if (event.key === "Enter") {
      if (!shown.length) showSuggestions();
      if (shown.length) choose(shown[Math.max(active, 0)].node);
      event.preventDefault();
    } else if (event.key === "Escape") {
      closeSuggestions();
    }
  });
  search.addEventListener("blur", function () { setTimeout(closeSuggestions, 150); });

  // Select an entity, bring its class back if hidden, centre on it and show its details.
  function pick(i) {
    var n = N[i];
    if (hiddenClass[n.c]) setClassHidden(n.c, false);
    network.selectNodes([i]);
    showNode(i);
    // The panel may just have taken room from the canvas: measure it again, then centre.
    network.setSize("100%", "100%");
    network.focus(i, {scale: Math.max(network.getScale(), big ? 1.0 : 1.2),
                      animation: big ? false : {duration: 300, easingFunction: "easeInOutQuad"}});
  }

  // --- the side panel ----------------------------------------------------------------------
  function articleItem(ref) {
    var a = A[ref];
    var item = el("li", null, a[1] || a[0]);
    if (a[1]) item.append(el("span", "hk-muted", " (" + a[0] + ")"));
    return item;
  }
  function evidenceList(e) {
    var list = el("ul");
    e.e.forEach(function (ev) {
      var item = el("li");
      item.append(el("blockquote", null, "“" + ev[0] + "”"));
      var a = A[ev[1]];
      item.append(el("span", "hk-muted", "— " + (a[1] || a[0]) + (a[1] ? " (" + a[0] + ")" : "")));
      list.append(item);
    });
    if (e.en > e.e.length) list.append(el("li", "hk-muted", "… and " + (e.en - e.e.length) + " more sentences"));
    if (!e.en) list.append(el("li", "hk-muted", "No sentence recorded."));
    return list;
  }
  function nodeButton(i) {
    var b = el("button", "hk-link", N[i].l);
    b.type = "button";
    b.addEventListener("click", function () { pick(i); });
    return b;
  }
  function openPanel(heading) {
    panelBody.replaceChildren(heading);
    panel.hidden = false;
  }
  function showNode(i) {
    var n = N[i], cls = C[n.c];
    openPanel(el("h2", null, n.l));
    panel.setAttribute("data-node", i);
    var type = el("p", "hk-type");
    type.append(swatch(cls.colour), cls.label);
    panelBody.append(type, el("p", "hk-iri", n.iri));
    if (n.a.length) {
      panelBody.append(el("h3", null, "Also known as"));
      var aliases = el("ul", "hk-aliases");
      n.a.forEach(function (a) { aliases.append(el("li", null, a)); });
      panelBody.append(aliases);
    }
    panelBody.append(el("h3", null, "Articles (" + n.rn + ")"));
    if (n.m) panelBody.append(el("p", "hk-muted", "Named in " + plural(n.m, "sentence", "sentences") + "."));
    var list = el("ul", "hk-articles");
    n.r.forEach(function (ref) { list.append(articleItem(ref)); });
    if (n.rn > n.r.length) list.append(el("li", "hk-muted", "… and " + (n.rn - n.r.length) + " more"));
    panelBody.append(list);

    var links = adjacent[i].slice().sort(function (a, b) {
      return E[a].p - E[b].p || E[a].f - E[b].f || E[a].t - E[b].t;
    });
    panelBody.append(el("h3", null, "Links (" + links.length + ")"));
    var linkList = el("ul", "hk-links");
    links.slice(0, LINKS_SHOWN).forEach(function (k) {
      var e = E[k], item = el("li"), line = el("div");
      line.append(swatch(P[e.p].colour, true));
      if (e.f === i) line.append(P[e.p].label + " ", nodeButton(e.t));
      else line.append(nodeButton(e.f), " " + P[e.p].label + " this");
      item.append(line, evidenceList(e));
      linkList.append(item);
    });
    if (links.length > LINKS_SHOWN) linkList.append(el("li", "hk-muted", "… and " + (links.length - LINKS_SHOWN) + " more links"));
    panelBody.append(linkList);
  }
  function showEdge(k) {
    var e = E[k];
    var heading = el("h2");
    heading.append(N[e.f].l + " ", el("span", "hk-muted", P[e.p].label), " " + N[e.t].l);
    openPanel(heading);
    panel.removeAttribute("data-node");
    var ends = el("p");
    ends.append(nodeButton(e.f), " → ", nodeButton(e.t));
    panelBody.append(ends, el("h3", null, "Evidence (" + e.en + ")"), evidenceList(e));
  }
  $("hk-close").addEventListener("click", function () {
    panel.hidden = true;
    network.unselectAll();
  });
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // --- drawing ---------------------------------------------------------------------------
  var started = performance.now();
  function markReady() {
    if (ready) return;
    ready = true;
    window.hkView.readyMs = Math.round(performance.now() - started);
    updateStatus();
    document.body.setAttribute("data-hk-ready", "1");
    if (D.focus !== null) {
      network.selectNodes([D.focus]);
      showNode(D.focus);
    }
  }
  if (big || !N.length) {
    network.once("afterDrawing", markReady);
  } else {
    network.on("stabilizationProgress", function (p) {
      statusLine.textContent = "Laying out " + plural(N.length, "entity", "entities") + "… " +
                               Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () { network.once("afterDrawing", markReady); });
  }
  if (big) statusLine.textContent = "Drawing " + plural(N.length, "entity", "entities") + "…";

  window.hkView = {
    network: network, nodes: nodes, edges: edges, data: D,
    find: find, pick: pick, setClassHidden: setClassHidden, setPredicateHidden: setPredicateHidden,
    counts: counts, isReady: function () { return ready; }
  };
  network.setData({nodes: nodes, edges: edges});
  if (!N.length) { markReady(); }
})();
"""


def layout(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Positions for every node, in layout units, computed once and the same on every run.

    Each connected component is laid out on its own (spring layout, or radial around its
    best-connected node when large) and the components are packed in rows, largest first.
    """
    undirected = nx.Graph()
    undirected.add_nodes_from(graph)
    undirected.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    parts = []
    for nodes in nx.connected_components(undirected):
        sub = undirected.subgraph(nodes)
        if len(sub) == 1:
            pos = {next(iter(nodes)): (0.0, 0.0)}
        elif len(sub) <= SPRING_MAX_NODES:
            # spring_layout fits into [-1, 1]; sqrt(n) keeps the density alike across sizes.
            raw = nx.spring_layout(sub, seed=LAYOUT_SEED)
            scale = 1.2 * math.sqrt(len(sub))
            pos = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in raw.items()}
        else:
            pos = _radial_layout(sub)
        radius = max(1.0, max(math.hypot(x, y) for x, y in pos.values()))
        parts.append((radius, sorted(map(str, nodes))[0], pos))
    parts.sort(key=lambda p: (-p[0], p[1]))

    # Shelf packing: rows of components about as wide as the whole picture is tall.
    width = math.sqrt(sum((2 * r + 1) ** 2 for r, _, _ in parts)) * 1.2
    placed: dict[Any, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for radius, _, pos in parts:
        size = 2 * radius + 1
        if x > 0 and x + size > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + size / 2, y + size / 2
        placed.update({n: (cx + px, cy + py) for n, (px, py) in pos.items()})
        x += size
        row_height = max(row_height, size)
    return placed


def _radial_layout(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Rings by hop distance from the best-connected node: linear time, for big components.

    Each ring keeps the order of the parents, so a node sits near the one that reached it.
    """
    root = max(graph, key=lambda n: (graph.degree(n), str(n)))
    rings: list[list[Any]] = [[root]]
    seen = {root}
    queue = deque([root])
    depth = {root: 0}
    while queue:
        node = queue.popleft()
        for nb in sorted(graph[node], key=str):
            if nb not in seen:
                seen.add(nb)
                depth[nb] = depth[node] + 1
                if depth[nb] == len(rings):
                    rings.append([])
                rings[depth[nb]].append(nb)
                queue.append(nb)
    pos = {root: (0.0, 0.0)}
    radius = 0.0
    for ring in rings[1:]:
        # Far enough out for one unit between neighbours on the ring, and one past the last.
        radius = max(radius + 1.5, len(ring) / (2 * math.pi))
        for i, node in enumerate(ring):
            angle = 2 * math.pi * i / len(ring)
            pos[node] = (radius * math.cos(angle), radius * math.sin(angle))
    return pos


class _ExternalRefs(HTMLParser):
    """Collects attributes and style text that would make the browser fetch from a network."""

    _REMOTE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
    _CSS_REMOTE = re.compile(r"""(?:url\(\s*["']?|@import\s+["']?)\s*(?:[a-z][a-z0-9+.-]*:)?//""", re.IGNORECASE)

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        for name, value in attrs:
            if name in {"src", "href", "srcset", "action", "data", "poster"} and value:
                if self._REMOTE.match(value):
                    self.found.append(f"<{tag} {name}={value!r}>")
            if name == "style" and value and self._CSS_REMOTE.search(value):
                self.found.append(f"<{tag} style={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style and self._CSS_REMOTE.search(data):
            self.found.append("<style> with a remote url()")


def external_references(page: str) -> list[str]:
    """Every element attribute or stylesheet in ``page`` that points at another host.

    Script text is not inspected: the graph data and vis-network's own strings (SVG
    namespace, licence links) mention URLs without loading them.
    """
    parser = _ExternalRefs()
    parser.feed(page)
    parser.close()
    return parser.found


def write_png(graph: nx.MultiDiGraph, path: str | Path, *, title: str = "henan-kg", labels: int = 30) -> Path:
    """Draw the graph into a PNG with matplotlib, naming the ``labels`` best-connected nodes."""
    try:
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D
    except ImportError as exc:
        raise ImportError(
            "write_png needs matplotlib, which is not installed: "
            "pip install matplotlib, or use write_html"
        ) from exc
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pos = layout(graph)
    fig = Figure(figsize=(14, 10), dpi=150)
    ax = fig.subplots()
    ax.set_axis_off()
    ax.set_title(title.replace("$", r"\$"))
    edge_colours = [
        style.EDGE_STYLES.get(p, style.UNKNOWN_PREDICATE).colour
        for _, _, p in graph.edges(data="predicate")
    ]
    nx.draw_networkx_edges(graph, pos, ax=ax, edge_color=edge_colours, alpha=0.5, arrowsize=6)
    handles = []
    for type_ in sorted({t for _, t in graph.nodes(data="type")}, key=str):
        cls = style.CLASS_STYLES.get(type_, style.UNKNOWN_CLASS)
        members = [n for n, t in graph.nodes(data="type") if t == type_]
        marker = _MPL_MARKERS.get(cls.shape, "o")
        nx.draw_networkx_nodes(
            graph, pos, nodelist=members, ax=ax, node_color=cls.colour, node_shape=marker,
            node_size=[30 + 20 * graph.degree(n) for n in members],
        )
        handles.append(Line2D([], [], marker=marker, color=cls.colour, linestyle="", label=cls.label))
    top = sorted(graph.degree(), key=lambda nd: (-nd[1], str(nd[0])))[:labels]
    # A "$" pair in a name would be read as mathtext, and a stray one fail to parse.
    names = {n: str(graph.nodes[n].get("label", n)).replace("$", r"\$") for n, _ in top}
    nx.draw_networkx_labels(graph, pos, labels=names, ax=ax, font_size=7)
    ax.legend(handles=handles, loc="best", fontsize=8)
    fig.savefig(path, bbox_inches="tight")
    return path
