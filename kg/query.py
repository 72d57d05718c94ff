"""SPARQL results as text (table, CSV, TSV, JSON) and the saved queries in ``ontology/queries``.

:class:`QueryResult` is what :meth:`kg.store.KnowledgeStore.query` returns. A SELECT result
is kept as W3C SPARQL JSON bytes, written by Oxigraph: it is then complete (a pyoxigraph
result can be read only once), and CSV, TSV and JSON are Oxigraph's own serialisers of
that same result rather than ones written here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pyoxigraph as ox

from kg import errors, namespace, paths

Format = Literal["table", "csv", "tsv", "json"]
FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json")
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

_RESULTS_FORMAT = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}

__all__ = [
    "FORMATS",
    "QueryResult",
    "SavedQuery",
    "format_results",
    "load_saved",
    "saved_queries",
    "short_iri",
]


@dataclass
class QueryResult:
    """The complete result of one query: SELECT rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples."""

    kind: Literal["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    _json: bytes = b""
    _rows: list[tuple[Term | None, ...]] | None = None

    @classmethod
    def from_oxigraph(
        cls, raw: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
    ) -> QueryResult:
        """Read a pyoxigraph result to the end (this is where the query is evaluated)."""
        if isinstance(raw, ox.QueryBoolean):
            return cls("ask", boolean=bool(raw))
        if isinstance(raw, ox.QuerySolutions):
            variables = [v.value for v in raw.variables]
            return cls(
                "select",
                variables=variables,
                _json=raw.serialize(format=ox.QueryResultsFormat.JSON),
            )
        return cls("graph", triples=list(raw))

    def _solutions(self) -> ox.QuerySolutions:
        return ox.parse_query_results(self._json, format=ox.QueryResultsFormat.JSON)

    @property
    def rows(self) -> list[tuple[Term | None, ...]]:
        """SELECT rows as tuples of Oxigraph terms in variable order; None where unbound."""
        if self._rows is None:
            self._rows = (
                [tuple(sol[v] for v in self.variables) for sol in self._solutions()]
                if self.kind == "select"
                else []
            )
        return self._rows

    def __len__(self) -> int:
        if self.kind == "graph":
            return len(self.triples)
        return len(self.rows) if self.kind == "select" else 1

    def __iter__(self) -> Iterator[dict[str, Term | None]]:
        return (dict(zip(self.variables, row)) for row in self.rows)

    def values(self) -> list[dict[str, str | None]]:
        """SELECT rows as dicts of plain strings (IRI or lexical form), for notebooks and tests."""
        return [
            {v: None if t is None else _value(t) for v, t in zip(self.variables, row)}
            for row in self.rows
        ]

    def serialize(self, fmt: ox.QueryResultsFormat) -> bytes:
        """SELECT or ASK results in one of the W3C result formats, written by Oxigraph."""
        if self.kind == "select":
            return self._solutions().serialize(format=fmt)
        if self.kind == "ask":
            # The W3C formats for a boolean: JSON has "head" and "boolean"; CSV/TSV have no
            # standard form, so the bare word is what tools that read them expect.
            if fmt == ox.QueryResultsFormat.JSON:
                return json.dumps({"head": {}, "boolean": self.boolean}).encode()
            return ("true" if self.boolean else "false").encode() + b"\n"
        raise ValueError("CONSTRUCT and DESCRIBE results are RDF, not SPARQL results")


def _value(term: Term) -> str:
    return str(term) if isinstance(term, ox.Triple) else term.value


def format_results(
    result: QueryResult, fmt: str = "table", *, max_width: int | None = None
) -> str:
    """The result as text: ``table`` for people, ``csv``/``tsv``/``json`` per the W3C specs.

    CONSTRUCT and DESCRIBE results are Turtle (``table``, ``csv``, ``tsv``) or JSON-LD (``json``).
    ``max_width`` cuts long table cells (sentence texts) with an ellipsis.
    """
    if fmt not in FORMATS:
        raise ValueError(
            f"unknown result format {fmt!r}; expected one of {', '.join(FORMATS)}"
        )
    if result.kind == "graph":
        rdf_format = ox.RdfFormat.JSON_LD if fmt == "json" else ox.RdfFormat.TURTLE
        return ox.serialize(
            result.triples, format=rdf_format, prefixes=namespace.PREFIXES
        ).decode("utf-8")
    if fmt != "table":
        return result.serialize(_RESULTS_FORMAT[fmt]).decode("utf-8")
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    return _table(result, max_width)


def _table(result: QueryResult, max_width: int | None) -> str:
    header = list(result.variables)
    body = [[_cell(t, max_width) for t in row] for row in result.rows]
    widths = [
        max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(header)
    ]

    def line(cells: list[str]) -> str:
        return " | ".join(
            c + " " * (w - _width(c)) for c, w in zip(cells, widths)
        ).rstrip()

    out = [line(header), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in body]
    n = len(body)
    out.append(f"({n} row{'' if n == 1 else 's'})")
    return "\n".join(out) + "\n"


# Display-only abbreviations for henan-kg's own instance IRIs, longest first so that
# an article's sentence is not shown as article:<id>/sentence/3 when a better one exists.
_DISPLAY_PREFIXES: list[tuple[str, str]] = sorted(
    [(iri, prefix) for prefix, iri in namespace.PREFIXES.items()]
    + [
        (namespace.BASE + "entity/", "entity"),
        (str(namespace.article_iri("")), "article"),
        (str(namespace.article_graph("")), "graph"),
    ],
    key=lambda pair: -len(pair[0]),
)


def short_iri(iri: str) -> str:
    """``hk:Company`` for an ontology IRI, ``entity:pinggao-group`` for an entity, else ``<iri>``."""
    for base, prefix in _DISPLAY_PREFIXES:
        if iri.startswith(base) and len(iri) > len(base):
            return f"{prefix}:{iri[len(base) :]}"
    return f"<{iri}>"


def _cell(term: Term | None, max_width: int | None) -> str:
    if term is None:
        text = ""
    elif isinstance(term, ox.NamedNode):
        text = short_iri(term.value)
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    elif isinstance(term, ox.Literal):
        text = term.value if not term.language else f"{term.value}@{term.language}"
    else:
        text = str(term)
    text = _visible(text)
    if max_width is not None and _width(text) > max_width:
        while _width(text) > max_width - 1:
            text = text[:-1]
        text += "…"
    return text


# Line breaks would break the table; escape sequences and bidi overrides would let
# a news text repaint or reorder the user's terminal; zero-width characters would hide.
_INVISIBLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(text: str) -> str:
    return _INVISIBLE.sub(
        lambda m: _NAMED.get(m.group(), f"\\u{ord(m.group()):04x}"), text
    )


def _width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two, combining marks none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


@dataclass(frozen=True)
class SavedQuery:
    """A query file from ``ontology/queries``, with what its header comments say about it."""

    name: str
    title: str
    description: str
    params: dict[str, str]
    text: str
    path: Path

    def bind(self, values: Mapping[str, str]) -> dict[str, str]:
        """The substitutions for ``values``; an unknown parameter name is an error, not ignored."""
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            known = ", ".join(self.params) or "none"
            raise errors.QueryError(
                f"query {self.name!r} has no parameter {', '.join(unknown)} (parameters: {known})"
            )
        return dict(values)


# "# param: name — text"; a hyphen, en dash or colon is accepted in place of the em dash.
_PARAM = re.compile(r"\??(?P<name>[A-Za-z_][\w]*)\s*(?:—|–|-|:)?\s*(?P<text>.*)")


def _parse_saved(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {"title": "", "description": ""}
    params: dict[str, str] = {}
    last: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break  # the header is the comment block before the query
        body = line.lstrip("#").strip()
        key, sep, rest = body.partition(":")
        key = key.strip().lower()
        if sep and key in ("title", "description"):
            meta[key] = rest.strip()
            last = key
        elif sep and key == "param":
            m = _PARAM.fullmatch(rest.strip())
            if m:
                params[m["name"]] = m["text"].strip()
            last = None
        elif last == "description" and body:
            meta["description"] += " " + body
        else:
            last = None
    return SavedQuery(
        path.stem, meta["title"] or path.stem, meta["description"], params, text, path
    )


def saved_queries(directory: Path | None = None) -> dict[str, SavedQuery]:
    """Every saved query, by file name without ``.rq``, in name order."""
    folder = directory if directory is not None else paths.queries_dir()
    if not folder.is_dir():
        return {}
    return {q.name: q for q in (_parse_saved(p) for p in sorted(folder.glob("*.rq")))}


def load_saved(name: str, directory: Path | None = None) -> SavedQuery:
    """One saved query by name (``.rq`` optional); :class:`~kg.errors.NotFound` lists the others."""
    queries = saved_queries(directory)
    key = name.removesuffix(".rq")
    if key not in queries:
        available = ", ".join(queries) or "none"
        raise errors.NotFound(f"no saved query {name!r}; available: {available}")
    return queries[key]
