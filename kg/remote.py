"""The knowledge graph in an external SPARQL 1.1 server: one named graph per article, as at home.

A store name that is a URL (``sparql+http://host:port/query#update=http://host:port/update``,
see :func:`parse_location`) opens a :class:`RemoteStore`, which offers the methods of
:class:`kg.store.KnowledgeStore` that the commands use, over the SPARQL 1.1 Protocol: queries
by POST to the query endpoint, writes as SPARQL Update to the update endpoint. Only the
standard library speaks HTTP; Oxigraph parses what comes back and writes every term as
N-Triples, so no text from an article is pasted into an update unescaped.

The server must answer queries with the union of all graphs as the default graph (Virtuoso
does; ``oxigraph serve --union-default-graph``; see the README for others). Only graphs under
``https://w3id.org/henan-kg/graph/`` are henan-kg's: ``kg build --rebuild`` drops those and
nothing else on the server.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import pyoxigraph as ox

from kg import errors, namespace, paths, rdf
from kg.model import Extraction
from kg.query import QueryResult

__all__ = ["PushReport", "RemoteStore", "SparqlClient", "is_remote", "parse_location", "push"]

_SCHEMES = ("sparql+http://", "sparql+https://", "http://", "https://")
_GRAPH_PREFIX = str(namespace.BASE) + "graph/"
_ONTOLOGY_GRAPH = ox.NamedNode(str(namespace.ONTOLOGY_GRAPH))
# Quads per INSERT DATA operation, and per request: Virtuoso compiles each operation to SQL and
# refuses very long ones; a request of several operations stays one transaction where the server
# runs a request as one (Oxigraph). Only an article of more than _PER_REQUEST quads is split
# over several requests, and is then not atomic.
_PER_OPERATION = 400
_PER_REQUEST = 20000
_TIMEOUT = 60.0  # seconds for a write or a read that has no --timeout of its own
_KG_GRAPHS = f'FILTER(STRSTARTS(STR(?g), "{_GRAPH_PREFIX}"))'


def is_remote(location: object) -> bool:
    """Whether a store name is a SPARQL endpoint rather than a directory."""
    return str(location).lower().startswith(_SCHEMES)


def parse_location(location: str) -> tuple[str, str]:
    """``(query URL, update URL)`` from a store name.

    ``sparql+http://h:p/query#update=http://h:p/update`` (the ``sparql+`` is optional): the
    part before ``#`` is the query endpoint, ``update=`` names the update endpoint, which is
    the query endpoint when not given (Virtuoso: ``http://h:8890/sparql`` serves both).
    """
    text = str(location).strip()
    if text.lower().startswith("sparql+"):
        text = text[len("sparql+"):]
    query_url, _, fragment = text.partition("#")
    update_url = query_url
    if fragment:
        params = urllib.parse.parse_qs(fragment, keep_blank_values=True)
        unknown = set(params) - {"update"}
        if unknown or not params.get("update", [""])[0]:
            raise errors.StoreError(
                f"store {location!r}: after '#' expected update=<update endpoint URL>"
            )
        update_url = params["update"][0]
    for url in (query_url, update_url):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise errors.StoreError(f"store {location!r}: {url!r} is not an http(s) URL")
    return query_url, update_url


class SparqlClient:
    """A SPARQL 1.1 Protocol client whose ``query`` answers like ``pyoxigraph.Store.query``.

    So :mod:`kg.network`, written against an Oxigraph store, reads a remote one unchanged:
    results come back as pyoxigraph ``QuerySolutions``, ``QueryBoolean`` or triples.
    """

    def __init__(self, query_url: str, update_url: str) -> None:
        self.query_url = query_url
        self.update_url = update_url

    def __repr__(self) -> str:
        return f"<SparqlClient {self.query_url}>"

    def _post(self, url: str, form: list[tuple[str, str]], *, accept: str | None,
              timeout: float | None) -> tuple[str, bytes]:
        data = urllib.parse.urlencode(form).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=data, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout or _TIMEOUT) as response:
                # Virtuoso's "anytime" queries answer 206 (or 200 with X-SQL-State: S1TAT) with the rows
                # found before its time limit: an incomplete answer must not pass for a complete one
                state = response.headers.get("X-SQL-State", "")
                if response.status == 206 or state.startswith("S1TAT"):
                    raise _HttpError(response.status, "the server returned incomplete results (its time limit "
                                                      f"cut the query{', ' + state if state else ''})")
                return response.headers.get_content_type(), response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace")
            raise _HttpError(exc.code, " ".join(body.split())[:500] or exc.reason) from None
        except TimeoutError:
            raise _Timeout() from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise errors.StoreError(f"cannot reach SPARQL endpoint {url}: {reason}") from None

    def query(
        self,
        sparql: str,
        *,
        prefixes: Mapping[str, str] | None = None,
        named_graphs: Iterable[ox.NamedNode] | None = None,
        substitutions: Mapping[ox.Variable, Any] | None = None,
        use_default_graph_as_union: bool = True,
        timeout: float | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | Iterable[ox.Triple]:
        """Run a query on the server; the default graph is the server's (the union, configured).

        ``prefixes`` are declared in front of the text. ``substitutions`` bind variables by a
        ``VALUES`` block at the top of the WHERE clause, each term written as N-Triples.
        ``named_graphs`` become ``named-graph-uri`` parameters.
        """
        del use_default_graph_as_union  # the server's setting decides (see the module docstring)
        text = sparql
        if prefixes:
            text = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items()) + text
        if substitutions:
            text = _bind(text, substitutions)
        form = [("query", text)]
        form += [("named-graph-uri", g.value) for g in named_graphs or ()]
        try:
            kind, body = self._post(
                self.query_url, form, timeout=timeout,
                accept="application/sparql-results+xml, application/n-triples;q=0.9, text/turtle;q=0.8",
            )
        except _HttpError as exc:
            raise errors.QueryError(f"query failed on {self.query_url}: HTTP {exc.code}: {exc.message}") from None
        except _Timeout:
            raise errors.QueryError(f"query did not finish within {timeout or _TIMEOUT:g} s") from None
        try:
            if kind in ("application/sparql-results+xml", "application/xml"):
                return ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)
            if kind == "application/sparql-results+json":
                return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            if kind == "application/rdf+xml":
                return list(ox.parse(body, format=ox.RdfFormat.RDF_XML))
            # N-Triples is Turtle; Virtuoso may call either text/plain.
            return list(ox.parse(body, format=ox.RdfFormat.TURTLE))
        except (SyntaxError, ValueError) as exc:
            raise errors.QueryError(f"unreadable answer ({kind}) from {self.query_url}: {exc}") from None

    def __len__(self) -> int:
        """Quads in henan-kg's graphs (the server may hold others)."""
        rows = self.values(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_KG_GRAPHS} }}")
        return int(rows[0]["n"] or 0)

    def update(self, sparql: str) -> None:
        try:
            self._post(self.update_url, [("update", sparql)], accept=None, timeout=None)
        except _HttpError as exc:
            raise errors.StoreError(f"update refused by {self.update_url}: HTTP {exc.code}: {exc.message}") from None
        except _Timeout:
            raise errors.StoreError(f"update to {self.update_url} did not finish within {_TIMEOUT:g} s") from None

    def values(self, sparql: str, **kwargs: Any) -> list[dict[str, str | None]]:
        """SELECT rows as dicts of lexical values (henan-kg's prefixes declared)."""
        result = self.query(sparql, prefixes=namespace.PREFIXES, **kwargs)
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        return [{n: (None if s[n] is None else s[n].value) for n in names} for s in result]


class _HttpError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(code, message)
        self.code, self.message = code, message


class _Timeout(Exception):
    pass


class RemoteStore:
    """Articles' named graphs in an external SPARQL 1.1 server, with KnowledgeStore's methods."""

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        self.location = location
        self.read_only = read_only
        self.client = SparqlClient(*parse_location(location))

    def __repr__(self) -> str:
        return f"<RemoteStore {self.client.query_url}{' read-only' if self.read_only else ''}>"

    # -- lifecycle: the server keeps the data and its own locks -------------------------------

    @property
    def oxigraph(self) -> SparqlClient:
        """What kg.network reads: an object whose ``query`` answers like pyoxigraph's."""
        return self.client

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    def yield_to_waiters(self) -> bool:
        return False

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self.client)

    def _writable(self) -> SparqlClient:
        if self.read_only:
            raise errors.StoreError(f"store {self.location} was opened read-only")
        return self.client

    # -- writing ------------------------------------------------------------------------------

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> int:
        """Empty ``graph`` and fill it with ``quads``: one request unless very large; returns the count."""
        client = self._writable()
        lines = [f"{q.subject} {q.predicate} {q.object} .\n" for q in quads]
        requests = _replace_requests(graph, lines)
        for update in requests:
            client.update(update)
        return len(lines)

    def ensure_ontology(self) -> int:
        """Load ``ontology/henan-kg.ttl`` into the ontology graph, replacing what was there."""
        triples = ox.parse(path=paths.ontology_file(), format=ox.RdfFormat.TURTLE)
        return self.replace_graph(
            _ONTOLOGY_GRAPH, (ox.Quad(t.subject, t.predicate, t.object, _ONTOLOGY_GRAPH) for t in triples)
        )

    def ingest(self, ex: Extraction, *, replace: bool = False) -> int:
        """Write one article's graph (DROP SILENT GRAPH + INSERT DATA in one update request)."""
        self._writable()
        quads = rdf.extraction_quads(ex)  # before any write: a bad extraction changes nothing
        graph = ox.NamedNode(str(namespace.article_graph(ex.article.id)))
        if not replace and self._graph_in_use(graph):
            raise errors.DuplicateArticle(f"article {ex.article.id} is already in the store")
        return self.replace_graph(graph, quads)

    def remove_article(self, article_id: str) -> int:
        """Drop exactly the article's named graph; returns the number of quads removed."""
        client = self._writable()
        graph = ox.NamedNode(str(namespace.article_graph(article_id)))
        count = self.graph_sizes([graph]).get(graph.value, 0)
        if not count:
            raise errors.NotFound(f"article {article_id} is not in the store")
        client.update(f"DROP SILENT GRAPH {graph}")
        return count

    def clear(self) -> int:
        """Drop every henan-kg graph on the server (articles and ontology), and nothing else."""
        client = self._writable()
        graphs = list(self.graph_sizes())
        for g in graphs:
            client.update(f"DROP SILENT GRAPH {ox.NamedNode(g)}")
        return len(graphs)

    # -- reading ------------------------------------------------------------------------------

    def _graph_in_use(self, graph: ox.NamedNode) -> bool:
        return bool(self.client.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"))

    def has_article(self, article_id: str) -> bool:
        return self._graph_in_use(ox.NamedNode(str(namespace.article_graph(article_id))))

    def graph_sizes(self, graphs: Iterable[ox.NamedNode] | None = None) -> dict[str, int]:
        """Quads per henan-kg graph on the server (or per graph of ``graphs``), empty ones left out."""
        if graphs is None:
            where = f"GRAPH ?g {{ ?s ?p ?o }} {_KG_GRAPHS}"
        else:
            values = " ".join(str(g) for g in graphs)
            if not values:
                return {}
            where = f"VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }}"
        rows = self.client.values(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ {where} }} GROUP BY ?g")
        return {str(r["g"]): int(r["n"] or 0) for r in rows}

    def query(
        self,
        sparql: str,
        *,
        substitutions: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> QueryResult:
        """Run a SPARQL query on the server, with henan-kg's prefixes predeclared.

        The syntax is checked by Oxigraph first, so a malformed query fails as it does on the
        embedded store (exit 4, with line and column).
        """
        from kg.store import _syntax_message, _term

        try:
            ox.Store().query(sparql, prefixes=namespace.PREFIXES)  # parses; evaluates nothing
        except SyntaxError as exc:
            raise errors.QuerySyntaxError(_syntax_message(sparql, str(exc))) from None
        except (OSError, RuntimeError, ValueError, TypeError):
            pass  # not a syntax problem: the server decides
        subs = {ox.Variable(k.lstrip("?$")): _term(v) for k, v in (substitutions or {}).items()}
        raw = self.client.query(sparql, prefixes=namespace.PREFIXES, substitutions=subs or None,
                                timeout=timeout)
        if isinstance(raw, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(raw))
        if isinstance(raw, ox.QuerySolutions):
            return QueryResult("select", variables=[v.value for v in raw.variables],
                               _json=raw.serialize(format=ox.QueryResultsFormat.JSON))
        return QueryResult("graph", triples=list(raw))

    def _select(self, sparql: str) -> list[dict[str, str | None]]:
        return self.query(sparql).values()

    def _article_quads(self, *, include_ontology: bool = False) -> list[ox.Quad]:
        keep = _KG_GRAPHS if include_ontology else (
            f'{_KG_GRAPHS} FILTER(?g != {_ONTOLOGY_GRAPH})'
        )
        raw = self.client.query(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {keep} }}")
        assert isinstance(raw, ox.QuerySolutions)
        return [ox.Quad(s["s"], s["p"], s["o"], s["g"]) for s in raw]

    # The same code as the embedded store's, over the methods above: one place for the counts,
    # the articles list, export and SHACL validation.
    from kg.store import KnowledgeStore as _Local

    articles = _Local.articles
    ingest_many = _Local.ingest_many
    stats = _Local.stats
    export = _Local.export
    to_dataset = _Local.to_dataset
    union_graph = _Local.union_graph
    validate = _Local.validate
    del _Local


def _replace_requests(graph: ox.NamedNode, lines: list[str]) -> list[str]:
    """SPARQL update requests that empty ``graph`` and then insert ``lines`` (N-Triples, ended by " .")."""
    ops = [f"DROP SILENT GRAPH {graph}"]
    requests: list[str] = []
    in_request = 0
    for start in range(0, len(lines), _PER_OPERATION):
        chunk = lines[start:start + _PER_OPERATION]
        if in_request + len(chunk) > _PER_REQUEST and in_request:
            requests.append(" ;\n".join(ops))
            ops, in_request = [], 0
        ops.append(f"INSERT DATA {{ GRAPH {graph} {{\n{''.join(chunk)}}} }}")
        in_request += len(chunk)
    requests.append(" ;\n".join(ops))
    return requests


# -- substitutions: a VALUES block opened at the top of the WHERE clause -------------------------

_TOKEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # long strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"  # IRIs
    r"|#[^\n]*"  # comments
    r"|[{}]"
    r"|[A-Za-z]+",
    re.S,
)


def _where_brace(sparql: str) -> int | None:
    """Offset just after the ``{`` that opens the query's WHERE clause, or None."""
    form = None
    saw_where = False
    depth = 0  # inside a CONSTRUCT template
    for m in _TOKEN.finditer(sparql):
        token = m.group()
        if token.isalpha():
            word = token.upper()
            if form is None and word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                form = word
            elif word == "WHERE" and not depth:
                saw_where = True
        elif token == "{":
            if form == "CONSTRUCT" and not saw_where:
                depth += 1  # the template comes first: CONSTRUCT { ... } WHERE { ... }
                continue
            return m.end()
        elif token == "}":
            if not depth:
                return None
            depth -= 1
    return None


def _bind(sparql: str, substitutions: Mapping[ox.Variable, Any]) -> str:
    at = _where_brace(sparql)
    if at is None:
        raise errors.QueryError("cannot bind parameters in this query on a remote store (no WHERE clause found)")
    names = " ".join(f"?{v.value}" for v in substitutions)
    terms = " ".join(str(t) for t in substitutions.values())  # N-Triples: quoted and escaped
    text = f"{sparql[:at]} VALUES ({names}) {{ ({terms}) }} {sparql[at:]}"
    try:
        ox.Store().query(text)  # the binding must not change how the query parses
    except SyntaxError as exc:
        raise errors.QueryError(f"cannot bind parameters in this query on a remote store: {exc}") from None
    except (OSError, RuntimeError, ValueError, TypeError):
        pass
    return text


# -- kg push ------------------------------------------------------------------------------------


@dataclass
class PushReport:
    url: str
    graphs: dict[str, int] = field(default_factory=dict)  # graph IRI -> quads sent
    mismatched: list[str] = field(default_factory=list)  # "graph: sent n, server has m"

    @property
    def quads(self) -> int:
        return sum(self.graphs.values())

    def lines(self) -> list[str]:
        verdict = "verified" if not self.mismatched else f"{len(self.mismatched)} graph(s) differ"
        out = [f"pushed {len(self.graphs)} graphs ({self.quads} quads) to {self.url}: {verdict}"]
        return out + [f"mismatch: {m}" for m in self.mismatched]


def _local_graphs(store: Any) -> Iterable[tuple[ox.NamedNode, list[ox.Quad]]]:
    if isinstance(store, RemoteStore):
        by_graph: dict[str, list[ox.Quad]] = {}
        for q in store._article_quads(include_ontology=True):
            by_graph.setdefault(q.graph_name.value, []).append(q)
        for g, quads in sorted(by_graph.items()):
            yield ox.NamedNode(g), quads
        return
    ox_store = store.oxigraph
    for g in sorted(ox_store.named_graphs(), key=lambda n: n.value):
        yield g, list(ox_store.quads_for_pattern(None, None, None, g))


def push(store: Any, target: RemoteStore) -> PushReport:
    """Copy every named graph of ``store`` into ``target``, one replace per graph, then count them there.

    A graph already on the server is replaced; graphs only on the server are left alone.
    """
    report = PushReport(target.client.query_url)
    for graph, quads in _local_graphs(store):
        report.graphs[graph.value] = target.replace_graph(graph, quads)
    there = target.graph_sizes([ox.NamedNode(g) for g in report.graphs])
    for g, n in report.graphs.items():
        if there.get(g, 0) != n:
            report.mismatched.append(f"{g}: sent {n}, server has {there.get(g, 0)}")
    return report


def open_remote(location: str | Path, *, read_only: bool = False) -> RemoteStore:
    return RemoteStore(str(location), read_only=read_only)
