"""The text of a saved news web page: headline, metadata and paragraphs; no scripts, menus or markup.

Built on the standard library's :mod:`html.parser`, which never fails on bad markup. The
result is article text in the form :func:`kg.article.parse_article` reads: ``Key: value``
lines (Title, Date, Source, Author, URL) from the page's ``<meta>`` tags, then the
headline and one paragraph per block element. Scripts, styles, forms, navigation,
headers, footers and asides are dropped, and so are blocks whose class or id names page
furniture (menu, breadcrumb, share, related, comments, ads ...). When the page marks its
story with ``<article>`` (or ``<main>``), only the longest such element is kept, so
teasers and sidebars go too. What page furniture is left in the paragraphs ("Editor:",
"Related news") is cut by the article parser as for any text file.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import PurePath

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
    "svg", "math", "canvas", "button", "select", "textarea", "object", "embed", "video", "audio",
    "map", "dialog", "head",
})
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
})
_BLOCK = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
    "table", "section", "article", "main", "blockquote", "pre", "hr", "figcaption", "figure",
    "address", "td", "th", "caption", "body",
})
# Words in class or id attributes that name page furniture, not the story.
_FURNITURE = frozenset({
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumbs", "sidebar",
    "share", "sharing", "social", "comment", "comments", "related", "recommend", "recommended",
    "advert", "advertisement", "ads", "ad", "footer", "copyright", "cookie", "cookies", "subscribe",
    "newsletter", "popup", "modal", "toolbar", "pagination", "pager",
})
_WORDS = re.compile(r"[a-z0-9]+")
_SPACE = re.compile(r"\s+")
_TAGS = re.compile(r"<(?:/p|/div|br|/h[1-6]|/li|/td|body|/a)\b", re.IGNORECASE)
_DOC_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                        re.IGNORECASE | re.DOTALL)

_META = {
    "og:title": "title", "twitter:title": "title", "headline": "title",
    "article:published_time": "date", "datepublished": "date", "publishdate": "date", "pubdate": "date",
    "date": "date", "dc.date": "date", "dc.date.issued": "date",
    "og:site_name": "source", "source": "source", "publisher": "source", "dc.publisher": "source",
    "author": "author", "article:author": "author", "dc.creator": "author", "byl": "author",
    "og:url": "url",
}


def looks_like_html(text: str, name: str | None = None) -> bool:
    """A web page rather than text: an .html name, a document start, or a text made of tags."""
    if name and PurePath(name).suffix.lower() in HTML_SUFFIXES:
        return True
    head = text[:4096]
    if _DOC_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_TAGS.findall(head)) >= 3


def html_to_text(html: str) -> str:
    """The page as article text: ``Key: value`` metadata lines, a blank line, then paragraphs."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    return parser.result()


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self._stack: list[tuple[str, bool]] = []  # open elements: (tag, dropped here)
        self._dropping = 0
        self._in_title = False
        self._in_h1 = False
        self._containers: list[int] = []  # open <article>/<main> elements, by number
        self._container_kind: dict[int, str] = {}
        self._blocks: list[tuple[int | None, str]] = []  # (innermost container, text)
        self._current: list[str] = []

    # -- the parser's callbacks ------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(values)
            return
        if tag == "link" and "canonical" in values.get("rel", "").lower().split() and values.get("href"):
            self.meta.setdefault("url", values["href"].strip())
            return
        if tag == "title" and not self._dropping_outside_head():
            self._in_title = True
            return
        if tag in _BLOCK:
            self._end_block()
        if tag in _VOID:
            return
        drop = tag in _DROP_TAGS or _is_furniture(values)
        self._stack.append((tag, drop))
        if drop:
            self._dropping += 1
        if tag in ("article", "main") and not self._dropping:
            number = len(self._container_kind)
            self._container_kind[number] = tag
            self._containers.append(number)
        if tag == "h1" and not self._dropping:
            self._in_h1 = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID or tag in ("meta", "link"):
            self.handle_starttag(tag, attrs)
        # <div/> and the like open nothing in HTML that matters here

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if tag in _BLOCK:
            self._end_block()
        if tag == "h1":
            self._in_h1 = False
        # Close up to the matching open element; a stray end tag closes nothing.
        if not any(open_tag == tag for open_tag, _ in self._stack):
            return
        while self._stack:
            open_tag, dropped = self._stack.pop()
            if dropped:
                self._dropping -= 1
            if open_tag in ("article", "main") and self._containers and \
                    self._container_kind.get(self._containers[-1]) == open_tag:
                self._containers.pop()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._dropping:
            return
        if self._in_h1:
            self.h1 += data
        self._current.append(data)

    # -- helpers -----------------------------------------------------------------------------

    def _dropping_outside_head(self) -> bool:
        return bool(self._dropping) and not any(tag == "head" for tag, _ in self._stack)

    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").strip().lower()
        content = _clean(values.get("content", ""))
        field = _META.get(key)
        if field and content:
            self.meta.setdefault(field, content)

    def _end_block(self) -> None:
        text = _clean("".join(self._current))
        self._current = []
        if text:
            self._blocks.append((self._containers[-1] if self._containers else None, text))

    def result(self) -> str:
        self._end_block()
        blocks = self._blocks
        # The story's container: the <article> (else <main>) holding the most text.
        for kind in ("article", "main"):
            sizes: dict[int, int] = {}
            for container, text in blocks:
                if container is not None and self._container_kind[container] == kind:
                    sizes[container] = sizes.get(container, 0) + len(text)
            if sizes:
                best = max(sizes, key=lambda c: sizes[c])
                blocks = [(c, t) for c, t in blocks if c == best]
                break
        paragraphs = [t for _, t in blocks]
        headline = _clean(self.h1) or self.meta.get("title") or _clean(self.title)
        lines = [f"Title: {headline}"] if headline else []
        for key in ("date", "source", "author", "url"):
            if self.meta.get(key):
                lines.append(f"{key.capitalize() if key != 'url' else 'URL'}: {self.meta[key]}")
        if headline and paragraphs and paragraphs[0] == headline:
            paragraphs = paragraphs[1:]
        return "\n".join(lines) + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _is_furniture(attrs: dict[str, str]) -> bool:
    if "hidden" in attrs:
        return True
    if attrs.get("aria-hidden", "").lower() == "true":
        return True
    if attrs.get("role", "").lower() in ("navigation", "banner", "contentinfo", "complementary", "search"):
        return True
    words = _WORDS.findall(f"{attrs.get('class', '')} {attrs.get('id', '')}".lower())
    return any(word in _FURNITURE for word in words)


def _clean(text: str) -> str:
    # Line breaks inside one block are layout, not sentence ends; zero-width spaces stay text.
    return _SPACE.sub(" ", text).strip()
