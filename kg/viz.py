"""Pictures of the entity graph: one self-contained interactive HTML file, or a PNG.

The HTML is pyvis 0.3.2's page with everything it would fetch from a CDN removed or
inlined, so it opens offline and can be mailed as one file. Every string that comes
from an article (names, aliases, headlines, sentences) is untrusted: it is HTML-escaped
wherever the page parses it as HTML, and pyvis's data is embedded through Jinja's
``tojson``, which escapes ``<``, ``>``, ``&`` and ``'`` so nothing can close the script.
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter, deque
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from kg import style
from kg.analytics import communities as find_communities

# Above this many nodes the layout is computed here once and physics is switched off, so
# the browser does not run a force simulation on a big graph. A first guess: to be measured.
LAYOUT_THRESHOLD = 400
# networkx's spring layout needs scipy from 500 nodes (not a dependency here); a connected
# component larger than this gets a radial layout around its best-connected node instead.
SPRING_MAX_NODES = 450
LAYOUT_SEED = 42
# Pixels per layout unit: one unit is about the distance between neighbouring nodes.
UNIT_PX = 70.0
# Tooltips list at most this many articles, aliases or evidence sentences.
TOOLTIP_ITEMS = 8

# vis-network shapes to matplotlib markers, for write_png.
_MPL_MARKERS = {
    "dot": "o", "diamond": "D", "triangle": "^", "triangleDown": "v",
    "square": "s", "star": "*", "hexagon": "h",
}

_PAGE_CSS = """
body { font-family: system-ui, sans-serif; margin: 0.5em; }
#hk-header h1 { font-size: 1.4em; margin: 0.2em 0; }
#hk-legend { display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; margin: 0.3em 0 0.6em;
             padding: 0; list-style: none; font-size: 0.9em; }
.hk-swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.35em;
             vertical-align: middle; border-radius: 50%; }
.hk-line { display: inline-block; width: 1.4em; height: 0.2em; margin-right: 0.35em;
           vertical-align: middle; }
.vis-tooltip { white-space: normal !important; max-width: 28em; }
"""

# vis-network 9 shows a string title as plain text; an HTML element is shown as is. The
# titles built here are HTML made only of our tags and escaped text, so this turns each
# into an element before the network is drawn.
_TITLES_TO_ELEMENTS = """
              function hkTitlesToElements(dataSet) {
                  var updates = [];
                  dataSet.forEach(function (item) {
                      if (typeof item.title === "string") {
                          var box = document.createElement("div");
                          box.innerHTML = item.title;
                          updates.push({id: item.id, title: box});
                      }
                  });
                  dataSet.update(updates);
              }
              hkTitlesToElements(nodes);
              hkTitlesToElements(edges);
"""
_DRAW_ANCHOR = "network = new vis.Network(container, data, options);"

# Tags that pyvis's template loads from a CDN whatever cdn_resources says (bootstrap).
_EXTERNAL_TAG = re.compile(
    r"""<(?:link|script)\b[^>]*?\b(?:href|src)\s*=\s*["']?\s*(?:https?:)?//[^>]*>(?:\s*</script>)?""",
    re.IGNORECASE,
)
# pyvis renders the heading twice, unescaped; it is given "" and both are removed.
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.IGNORECASE)
# A commented-out block that still names node_modules paths.
_COMMENTED_TAGS = re.compile(r"<!--(?:(?!-->).)*?<(?:link|script)\b.*?-->", re.IGNORECASE | re.DOTALL)


# Inline script and style elements: the inlined libraries and pyvis's own code and data.
_INLINE_CODE = re.compile(
    r"(<(script|style)\b(?![^>]*\bsrc\s*=)[^>]*>.*?</\2\s*>)", re.IGNORECASE | re.DOTALL
)


def _outside_inline_code(page: str, edit: Callable[[str], str]) -> str:
    """Apply ``edit`` to the markup only, so that no regex can touch library code or data."""
    parts = _INLINE_CODE.split(page)
    # split() yields text, whole element, tag name, text, ...: edit every third part.
    return "".join(edit(part) if i % 3 == 0 else part for i, part in enumerate(parts) if i % 3 != 2)


def _strip_template_markup(markup: str) -> str:
    markup = _EXTERNAL_TAG.sub("", markup)
    markup = _EMPTY_HEADING.sub("", markup)
    return _COMMENTED_TAGS.sub("", markup)


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _defuse_href(fragment: str) -> str:
    """Keep pyvis from switching its popups to ``innerHTML`` on the word "href".

    pyvis 0.3.2 swaps in a popup that sets ``innerHTML`` from the title (and hides edge
    tooltips) as soon as any node title contains "href", e.g. a headline about links. The
    fragment is already escaped HTML, so a character reference shows the same text.
    """
    return fragment.replace("href", "hre&#102;")


def _more(items: list[Any], shown: int) -> str:
    return f"<br>… and {len(items) - shown} more" if len(items) > shown else ""


def _node_title(data: dict[str, Any]) -> str:
    cls = style.CLASS_STYLES.get(data.get("type", ""), style.UNKNOWN_CLASS)
    lines = [f"<b>{_e(data.get('label', ''))}</b>", _e(cls.label)]
    aliases = list(data.get("aliases") or [])
    if aliases:
        shown = aliases[:TOOLTIP_ITEMS]
        lines.append("Also: " + ", ".join(_e(a) for a in shown) + _more(aliases, len(shown)))
    mentions = int(data.get("mentions") or 0)
    if mentions:
        lines.append(f"Mentioned in {mentions} sentence{'s' if mentions != 1 else ''}")
    articles = list(data.get("articles") or [])
    if articles:
        shown = articles[:TOOLTIP_ITEMS]
        lines.append("Articles:")
        lines += [f"• {_e(a.get('headline') or a.get('id'))} ({_e(a.get('id'))})" for a in shown]
        lines[-1] += _more(articles, len(shown))
    return _defuse_href("<br>".join(lines))


def _edge_title(subject: str, predicate: str, obj: str, evidence: list[dict[str, str]]) -> str:
    name = style.EDGE_STYLES.get(predicate, style.UNKNOWN_PREDICATE).label
    lines = [f"<b>{_e(subject)}</b> {_e(name)} <b>{_e(obj)}</b>"]
    shown = evidence[:TOOLTIP_ITEMS]
    for ev in shown:
        lines.append(
            f"“{_e(ev.get('sentence', ''))}”<br><i>{_e(ev.get('headline') or ev.get('article', ''))}</i>"
            f" ({_e(ev.get('article', ''))})"
        )
    if evidence:
        lines[-1] += _more(evidence, len(shown))
    return _defuse_href("<br>".join(lines))


def _legend(graph: nx.MultiDiGraph, *, communities: int | None) -> str:
    type_counts = Counter(t for _, t in graph.nodes(data="type"))
    items = []
    for type_, count in sorted(type_counts.items(), key=lambda tc: (-tc[1], str(tc[0]))):
        cls = style.CLASS_STYLES.get(type_, style.UNKNOWN_CLASS)
        items.append(
            f'<li><span class="hk-swatch" style="background:{_e(cls.colour)}"></span>'
            f"{_e(cls.label)} ({count})</li>"
        )
    predicate_counts = Counter(p for _, _, p in graph.edges(data="predicate"))
    for predicate, count in sorted(predicate_counts.items(), key=lambda pc: (-pc[1], str(pc[0]))):
        edge = style.EDGE_STYLES.get(predicate, style.UNKNOWN_PREDICATE)
        items.append(
            f'<li><span class="hk-line" style="background:{_e(edge.colour)}"></span>'
            f"{_e(edge.label)} ({count})</li>"
        )
    note = (
        f"<li>Fill colour: {communities} communities; border: class</li>"
        if communities is not None
        else ""
    )
    return f'<ul id="hk-legend">{"".join(items)}{note}</ul>'


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


def _pyvis_network(
    graph: nx.MultiDiGraph, *, fixed_layout: bool, community_of: dict[Any, int] | None
) -> Network:
    net = Network(height="780px", width="100%", directed=True, cdn_resources="in_line", heading="")
    positions = layout(graph) if fixed_layout else {}
    nodes = []
    for node, data in graph.nodes(data=True):
        cls = style.CLASS_STYLES.get(data.get("type", ""), style.UNKNOWN_CLASS)
        colour: Any = cls.colour
        if community_of is not None:
            fill = style.COMMUNITY_COLOURS[community_of[node] % len(style.COMMUNITY_COLOURS)]
            colour = {"background": fill, "border": cls.colour}
        item = {
            "id": node,
            # Drawn on the canvas as text, never parsed as HTML: kept as written, so that
            # "AT&T" does not show as "AT&amp;T". tojson makes it safe inside the script.
            "label": str(data.get("label", node)),
            "shape": cls.shape,
            "color": colour,
            "size": min(60.0, 12.0 + 5.0 * math.sqrt(graph.degree(node))),
            "title": _node_title(data),
        }
        if node in positions:
            px, py = positions[node]
            item["x"], item["y"] = round(px * UNIT_PX, 1), round(py * UNIT_PX, 1)
        nodes.append(item)

    # Relations between the same two entities would be drawn on top of each other: give
    # each a different curve.
    parallel: Counter[frozenset[Any]] = Counter()
    edges = []
    for u, v, data in graph.edges(data=True):
        predicate = data.get("predicate", "")
        edge_style = style.EDGE_STYLES.get(predicate, style.UNKNOWN_PREDICATE)
        item = {
            "from": u,
            "to": v,
            "arrows": "to",
            "label": edge_style.label,
            "color": edge_style.colour,
            "title": _edge_title(
                graph.nodes[u].get("label", u), predicate, graph.nodes[v].get("label", v),
                list(data.get("evidence") or []),
            ),
        }
        pair = frozenset((u, v))
        if parallel[pair]:
            item["smooth"] = {"type": "curvedCW", "roundness": 0.2 * parallel[pair]}
        parallel[pair] += 1
        edges.append(item)

    # pyvis's add_node/add_edge check membership in lists, quadratic in the node count
    # (seconds at 20,000 nodes); its page template only reads these four attributes.
    net.nodes, net.edges = nodes, edges
    net.node_ids = [n["id"] for n in nodes]
    net.node_map = {n["id"]: n for n in nodes}
    # A plain dict, not Network.set_options, which strips every space from the JSON.
    net.options = {
        "physics": {
            "enabled": not fixed_layout,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
            "stabilization": {"iterations": 300},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": fixed_layout},
        "nodes": {"font": {"size": 14}, "borderWidth": 2},
        "edges": {
            "smooth": False if fixed_layout else {"type": "dynamic"},
            "font": {"size": 10, "align": "middle"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        },
    }
    return net


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


def render_html(graph: nx.MultiDiGraph, *, title: str = "henan-kg", communities: bool = False) -> str:
    """The page that ``write_html`` writes, as a string."""
    community_of = None
    if communities:
        community_of = {n: i for i, c in enumerate(find_communities(graph)) for n in c}
    fixed_layout = graph.number_of_nodes() > LAYOUT_THRESHOLD
    net = _pyvis_network(graph, fixed_layout=fixed_layout, community_of=community_of)
    page = net.generate_html()

    page = _outside_inline_code(page, _strip_template_markup)
    # Standards mode: pyvis's template starts at <html>.
    page = "<!DOCTYPE html>\n" + page.lstrip()
    head = f"<title>{_e(title)}</title>\n<style>{_PAGE_CSS}</style>\n"
    page = page.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n' + head, 1)
    n_communities = len(set(community_of.values())) if community_of is not None else None
    header = (
        f'<div id="hk-header"><h1>{_e(title)}</h1>'
        f"{_legend(graph, communities=n_communities)}</div>"
    )
    page = page.replace("<body>", "<body>\n" + header, 1)
    if page.count(_DRAW_ANCHOR) != 1:
        raise RuntimeError("pyvis page template changed: cannot find where the network is drawn")
    page = page.replace(_DRAW_ANCHOR, _TITLES_TO_ELEMENTS + "              " + _DRAW_ANCHOR)

    # These would each undo a guarantee above; fail loudly rather than write such a page.
    if "popup.innerHTML" in page:
        raise RuntimeError("pyvis chose its innerHTML popup: a title still contains 'href'")
    remote = external_references(page)
    if remote:
        raise RuntimeError(f"the page still loads from the network: {remote[:3]}")
    return page


def write_html(
    graph: nx.MultiDiGraph, path: str | Path, *, title: str = "henan-kg", communities: bool = False
) -> Path:
    """Write the graph as one interactive HTML page that needs no network to open.

    Nodes take their class's colour and shape, grow with their degree and show their
    type, aliases and source headlines on hover; edges show the supporting sentences.
    With ``communities`` the fill colour shows the Louvain community instead. Above
    ``LAYOUT_THRESHOLD`` nodes the positions are fixed here and physics is off.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(graph, title=title, communities=communities), encoding="utf-8")
    return path


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
    ax.set_title(title)
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
