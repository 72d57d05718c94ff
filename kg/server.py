"""``kg serve``: the store over the W3C SPARQL 1.1 Protocol, with a query page at ``/``.

A small server on the standard library (``ThreadingHTTPServer``) in front of the store,
chosen over Oxigraph's own server and rdflib-endpoint for the limits they lack (see the
README, "SPARQL endpoint"). ``/sparql`` answers queries by GET and POST (form or
``application/sparql-query``), and updates by POST only when started with
``allow_update``. Results are negotiated from ``Accept`` (or a ``format``/``output``
parameter, as SPARQLWrapper sends): SPARQL JSON, XML, CSV, TSV for SELECT and ASK;
Turtle, N-Triples, JSON-LD, RDF/XML for CONSTRUCT and DESCRIBE. SPARQL JSON is written
here as solutions stream out of Oxigraph (the result-size limit counts them); every other
format is Oxigraph's serialiser.

Status codes: 400 malformed query or request, 403 update, SERVICE or a foreign Host
refused, 404 unknown path, 406 no acceptable format, 413 request body too large, 415
unknown request content type, 500 the query failed or its result is over the
result-size limit, 503 the time limit stopped it, every query slot is busy, or another
``kg`` process kept the store past the wait.

The store is a :class:`kg.store.SharedStore`: locked (shared) for each query and
(exclusive) for each update, never locked between requests, so ``kg add`` and ``kg build``
run while the server does. Its read-only handle is kept between queries and reopened only
when a writer has committed since.

Queries run on worker threads, at most ``max_running`` at once. Oxigraph (pyoxigraph
0.5) cannot interrupt a query: at the time limit the client gets its 503 at once, and
the evaluation stops at its next solution; a query that computes for long before its
first solution (an aggregate, ORDER BY over a cross product) runs on and keeps its slot
until it ends, so runaway queries can never take more than ``max_running`` cores.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import re
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import pyoxigraph as ox

from kg import __version__, errors, namespace
from kg.query import saved_queries
from kg.store import KnowledgeStore, SharedStore, _syntax_message

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RESULTS = 10_000
DEFAULT_MAX_RUNNING = 4
MAX_BODY = 1 << 20  # bytes of a POST body: a query, not data to load
ENDPOINT_PATH = "/sparql"
# rdflib's Dataset(store="SPARQLStore") names its default graph with this IRI in
# default-graph-uri; here the default graph is the union of the articles' graphs.
_RDFLIB_DEFAULT_GRAPH = "urn:x-rdflib:default"
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "Endpoint",
    "Response",
    "ServerConfig",
    "SparqlServer",
    "make_server",
    "serve",
]


@dataclass(frozen=True)
class ServerConfig:
    """How ``kg serve`` runs; ``None`` (or 0 from the command line) switches a limit off."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    timeout: float | None = DEFAULT_TIMEOUT  # seconds a query may take
    max_results: int | None = DEFAULT_MAX_RESULTS  # rows (SELECT) or triples (CONSTRUCT)
    max_running: int = DEFAULT_MAX_RUNNING  # queries evaluated at once, runaways included
    allow_update: bool = False
    quiet: bool = False  # no line per request on stderr


@dataclass
class Response:
    """One HTTP response: status, body and headers (Content-Type among them)."""

    status: int
    body: bytes = b""
    content_type: str | None = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str, **headers: str) -> Response:
        return cls(status, (message.rstrip("\n") + "\n").encode("utf-8"), headers=headers)


class _Refused(Exception):
    """A request answered with an error status; ``message`` is the body."""

    def __init__(self, status: int, message: str, **headers: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


# -- formats and content negotiation --------------------------------------------------------


@dataclass(frozen=True)
class _Format:
    name: str
    media_type: str  # what the response says it is
    accepts: tuple[str, ...]  # media types in Accept that ask for it
    aliases: tuple[str, ...]  # values of a format= / output= parameter that ask for it
    results: ox.QueryResultsFormat | None = None
    rdf: ox.RdfFormat | None = None


_R = ox.QueryResultsFormat
RESULT_FORMATS: tuple[_Format, ...] = (
    _Format("json", "application/sparql-results+json",
            ("application/sparql-results+json", "application/json", "text/javascript",
             "application/javascript"), ("json", "srj"), results=_R.JSON),
    _Format("xml", "application/sparql-results+xml",
            ("application/sparql-results+xml", "application/xml", "text/xml"), ("xml", "srx"),
            results=_R.XML),
    _Format("csv", "text/csv; charset=utf-8", ("text/csv",), ("csv",), results=_R.CSV),
    _Format("tsv", "text/tab-separated-values; charset=utf-8", ("text/tab-separated-values",),
            ("tsv",), results=_R.TSV),
)
GRAPH_FORMATS: tuple[_Format, ...] = (
    _Format("turtle", "text/turtle; charset=utf-8",
            ("text/turtle", "application/turtle", "application/x-turtle", "text/n3",
             "text/rdf+n3", "application/n3"), ("turtle", "ttl", "n3"), rdf=ox.RdfFormat.TURTLE),
    _Format("n-triples", "application/n-triples",
            ("application/n-triples", "text/plain"), ("n-triples", "ntriples", "nt"),
            rdf=ox.RdfFormat.N_TRIPLES),
    _Format("json-ld", "application/ld+json",
            ("application/ld+json", "application/x-json+ld", "application/json"),
            ("json-ld", "jsonld", "json"), rdf=ox.RdfFormat.JSON_LD),
    _Format("rdf-xml", "application/rdf+xml",
            ("application/rdf+xml", "application/xml", "text/xml"), ("rdf+xml", "rdfxml", "xml"),
            rdf=ox.RdfFormat.RDF_XML),
)


def _parse_accept(header: str) -> list[tuple[str, float, int]]:
    """``Accept`` as (media range, q, position); malformed q values count as 1."""
    out = []
    for pos, part in enumerate(header.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for p in params:
            key, _, value = p.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 1.0
        out.append((media.lower(), q, pos))
    return out


def negotiate(formats: Iterable[_Format], accept: str | None, hints: Iterable[str] = ()) -> _Format | None:
    """The format to answer in: a ``format``/``output`` hint naming one wins, then ``Accept``.

    The q of a media type is that of the most specific range matching it; ties go to the
    range listed first, then to the order of ``formats`` (JSON results, Turtle graphs).
    No ``Accept`` means the first format; nothing acceptable means ``None`` (406).
    """
    formats = list(formats)
    for hint in hints:
        h = hint.strip().lower()
        for f in formats:
            if h in f.aliases or h in f.accepts or h == f.media_type:
                return f
    if not accept or not accept.strip():
        return formats[0]
    ranges = _parse_accept(accept)
    best: tuple[tuple[float, int, int], _Format] | None = None
    for f in formats:
        for media in f.accepts:
            match: tuple[int, float, int] | None = None
            for rng, q, pos in ranges:
                if rng == media:
                    spec = 2
                elif media != f.accepts[0]:
                    continue  # "text/*" asks for CSV, not for JSON as text/javascript
                elif rng == "*/*":
                    spec = 0
                elif rng.endswith("/*") and media.startswith(rng[:-1]):
                    spec = 1
                else:
                    continue
                if match is None or spec > match[0]:
                    match = (spec, q, pos)
            if match is None or match[1] <= 0:
                continue
            score = (match[1], match[0], -match[2])
            if best is None or score > best[0]:
                best = (score, f)
    return best[1] if best else None


# -- evaluation -----------------------------------------------------------------------------

# What is not code in a query: strings, IRIs, comments. Removed before looking for SERVICE.
_NOT_CODE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|' r"'''(?:[^'\\]|\\.|'(?!''))*'''|"
    r'"(?:[^"\\\n\r]|\\.)*"|' r"'(?:[^'\\\n\r]|\\.)*'|"
    r'<[^<>"{}|^`\\\x00-\x20]*>|#[^\n\r]*',
    re.DOTALL,
)
_SERVICE = re.compile(r"(?<![\w?$:.-])SERVICE(?![\w:.-])", re.IGNORECASE)


def uses_service(sparql: str) -> bool:
    """Whether the query has a SERVICE clause (a federated query)."""
    return bool(_SERVICE.search(_NOT_CODE.sub(" ", sparql)))


def _term_json(term: object) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
            if term.direction:
                out["its:dir"] = str(term.direction.value)
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                            "predicate": _term_json(term.predicate),
                                            "object": _term_json(term.object)}}
    raise TypeError(f"unexpected term {term!r}")


@dataclass(frozen=True)
class _Query:
    text: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    accept: str | None = None
    hints: tuple[str, ...] = ()


class _ResultTooLarge(Exception):
    pass


def _dataset(query: _Query) -> dict[str, object]:
    default = [g for g in query.default_graphs if g != _RDFLIB_DEFAULT_GRAPH]
    kwargs: dict[str, object] = {}
    try:
        if default:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default]
        else:
            kwargs["use_default_graph_as_union"] = True
        if query.named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in query.named_graphs]
    except ValueError as exc:
        raise _Refused(HTTPStatus.BAD_REQUEST, f"bad default-graph-uri or named-graph-uri: {exc}") from None
    return kwargs


def _evaluate(store: KnowledgeStore, query: _Query, cancel: threading.Event,
              max_results: int | None) -> Response | None:
    """Run ``query`` and serialise its result; ``None`` if ``cancel`` was set meanwhile."""
    try:
        raw = store.oxigraph.query(query.text, prefixes=namespace.PREFIXES, **_dataset(query))
        if isinstance(raw, ox.QueryBoolean):
            fmt = _negotiated(RESULT_FORMATS, query)
            return Response(200, raw.serialize(format=fmt.results), fmt.media_type)
        if isinstance(raw, ox.QuerySolutions):
            fmt = _negotiated(RESULT_FORMATS, query)
            variables = [v.value for v in raw.variables]
            columns = range(len(variables))
            bindings = []
            for solution in raw:  # each step may evaluate: check the flag and the limit
                if cancel.is_set():
                    return None
                if max_results is not None and len(bindings) >= max_results:
                    raise _ResultTooLarge
                bindings.append({variables[i]: _term_json(solution[i])
                                 for i in columns if solution[i] is not None})
            data = json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                              ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            if fmt.results != ox.QueryResultsFormat.JSON:
                # Oxigraph's own XML, CSV and TSV writers, fed the JSON just written.
                data = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(
                    format=fmt.results)
            return Response(200, data, fmt.media_type)
        fmt = _negotiated(GRAPH_FORMATS, query)
        triples = []
        for triple in raw:
            if cancel.is_set():
                return None
            if max_results is not None and len(triples) >= max_results:
                raise _ResultTooLarge
            triples.append(triple)
        data = ox.serialize(triples, format=fmt.rdf, prefixes=namespace.PREFIXES)
        return Response(200, data, fmt.media_type)
    except SyntaxError as exc:
        # The store's own message (position, and the text where parsing stopped), as kg query.
        raise errors.QuerySyntaxError(_syntax_message(query.text, str(exc))) from None
    except _ResultTooLarge:
        raise _Refused(
            HTTPStatus.INTERNAL_SERVER_ERROR,
            f"result-size limit: the query gives more than {max_results} results (rows, or "
            "triples for CONSTRUCT and DESCRIBE), the most this endpoint returns; add LIMIT, "
            "or start the server with a higher --max-results",
        ) from None
    except (OSError, RuntimeError, ValueError, TypeError) as exc:
        raise errors.QueryError(f"query failed: {exc}") from None


def _negotiated(formats: tuple[_Format, ...], query: _Query) -> _Format:
    fmt = negotiate(formats, query.accept, query.hints)
    if fmt is None:
        offered = ", ".join(f.media_type.split(";")[0] for f in formats)
        raise _Refused(HTTPStatus.NOT_ACCEPTABLE,
                       f"no acceptable format for this result in Accept: {query.accept}; "
                       f"this endpoint offers {offered}")
    return fmt


# -- the endpoint, independent of the socket server -----------------------------------------


class Endpoint:
    """Answers one HTTP request at a time (thread-safe); :class:`SparqlServer` feeds it."""

    def __init__(self, store: SharedStore, config: ServerConfig) -> None:
        self.store = store
        self.config = config
        self._slots = threading.BoundedSemaphore(max(1, config.max_running))
        self._page = _render_page(config)

    # HTTP in, HTTP out.
    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes = b"") -> Response:
        try:
            self._check_host(headers.get("Host"))
            url = urlsplit(target)
            if url.path in ("/", "/index.html"):
                if method != "GET":
                    raise _Refused(HTTPStatus.METHOD_NOT_ALLOWED, "the query page answers GET only",
                                   Allow="GET")
                return self._page
            if url.path not in (ENDPOINT_PATH, ENDPOINT_PATH + "/"):
                raise _Refused(HTTPStatus.NOT_FOUND,
                               f"nothing at {url.path}: the SPARQL endpoint is {ENDPOINT_PATH}, "
                               "the query page is /")
            params = parse_qsl(url.query, keep_blank_values=True)
            if method == "GET":
                return self._sparql(params, headers, method)
            if method == "POST":
                return self._sparql(params + self._body_params(headers, body), headers, method)
            raise _Refused(HTTPStatus.METHOD_NOT_ALLOWED, f"{method} is not part of the SPARQL protocol",
                           Allow="GET, POST")
        except _Refused as exc:
            return Response.error(exc.status, exc.message, **exc.headers)
        except errors.QuerySyntaxError as exc:
            return Response.error(HTTPStatus.BAD_REQUEST, str(exc))
        except errors.StoreError as exc:
            return Response.error(HTTPStatus.SERVICE_UNAVAILABLE, f"store busy or unavailable: {exc}",
                                  **{"Retry-After": "5"})
        except errors.KgError as exc:
            return Response.error(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc))

    def _check_host(self, host: str | None) -> None:
        # A page on another site can point a name it controls at 127.0.0.1 (DNS rebinding) and
        # read a loopback server as if it were its own; only loopback names are answered there.
        if not host or not _is_loopback(self.config.host):
            return
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if not _is_loopback(name.strip("[]")):
            raise _Refused(HTTPStatus.FORBIDDEN, f"Host {host!r} is not this machine's loopback address")

    def _body_params(self, headers: Mapping[str, str], body: bytes) -> list[tuple[str, str]]:
        ctype = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise _Refused(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8") from None
        if ctype == "application/x-www-form-urlencoded":
            return parse_qsl(text, keep_blank_values=True)
        if ctype == "application/sparql-query":
            return [("query", text)]
        if ctype == "application/sparql-update":
            return [("update", text)]
        raise _Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                       f"POST a query as application/x-www-form-urlencoded, application/sparql-query "
                       f"or application/sparql-update, not {ctype or 'no Content-Type'}")

    def _sparql(self, params: list[tuple[str, str]], headers: Mapping[str, str], method: str) -> Response:
        def values(name: str) -> list[str]:
            return [v for k, v in params if k == name]

        queries, updates = values("query"), values("update")
        if len(queries) + len(updates) > 1:
            raise _Refused(HTTPStatus.BAD_REQUEST, "give exactly one query or one update per request")
        if updates:
            return self._update(updates[0], headers, method, values)
        if not queries:
            if "text/html" in (headers.get("Accept") or ""):
                return self._page  # a browser pointed at the endpoint itself
            return self._service_description(headers)
        if uses_service(queries[0]):
            raise _Refused(HTTPStatus.FORBIDDEN,
                           "SERVICE (federated query) is refused: it would make this server fetch "
                           "other URLs for whoever can reach it")
        query = _Query(queries[0], tuple(values("default-graph-uri")), tuple(values("named-graph-uri")),
                       headers.get("Accept"), tuple(values("format") + values("output") + values("results")))
        return self._run(query)

    def _run(self, query: _Query) -> Response:
        timeout = self.config.timeout
        deadline = None if timeout is None else time.monotonic() + timeout
        if not self._slots.acquire(timeout=timeout):
            raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE,
                           f"busy: {self.config.max_running} queries are running (some may be queries "
                           "stopped at the time limit that Oxigraph is still finishing); try again later",
                           **{"Retry-After": "5"})
        cancel = threading.Event()
        box: dict[str, object] = {}

        def work() -> None:
            try:
                # The shared lock is held until the evaluation ends, runaway or not: Oxigraph
                # must not read while another process writes.
                with self.store.reading() as store:
                    box["response"] = _evaluate(store, query, cancel, self.config.max_results)
            except Exception as exc:  # noqa: BLE001 - handed to the request thread
                # Without its traceback: the frames would keep Oxigraph's result (and the store) alive.
                exc.__context__ = exc.__cause__ = None
                box["error"] = exc.with_traceback(None)
            finally:
                self._slots.release()

        worker = threading.Thread(target=work, name="kg-serve-query", daemon=True)
        worker.start()
        worker.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        if worker.is_alive():
            cancel.set()
            raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE,
                           f"time limit: the query did not finish within {timeout:g} s and was stopped; "
                           "ask for less, or start the server with a higher --timeout")
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        response = box["response"]
        assert isinstance(response, Response)
        response.headers.setdefault("Vary", "Accept")
        return response

    def _update(self, text: str, headers: Mapping[str, str], method: str,
                values: Callable[[str], list[str]]) -> Response:
        if not self.config.allow_update:
            raise _Refused(HTTPStatus.FORBIDDEN,
                           "this endpoint is read-only: SPARQL Update is refused unless the server "
                           "is started with `kg serve --allow-update`")
        if method != "POST":
            raise _Refused(HTTPStatus.BAD_REQUEST, "SPARQL Update must be sent with POST")
        origin = headers.get("Origin")
        if origin and origin != f"http://{headers.get('Host')}":
            # A form on another site can POST here (no CORS preflight for forms): never let it write.
            raise _Refused(HTTPStatus.FORBIDDEN, f"update from another origin ({origin}) refused")
        if values("using-graph-uri") or values("using-named-graph-uri"):
            raise _Refused(HTTPStatus.BAD_REQUEST,
                           "using-graph-uri and using-named-graph-uri are not supported; "
                           "use USING or WITH in the update")
        if uses_service(text):
            raise _Refused(HTTPStatus.FORBIDDEN, "SERVICE (federated query) is refused in updates too")
        try:
            with self.store.writing() as store:  # exclusive: waits for running queries
                store.oxigraph.update(text, prefixes=namespace.PREFIXES)
        except SyntaxError as exc:
            raise errors.QuerySyntaxError(_syntax_message(text, str(exc))) from None
        except (OSError, RuntimeError, ValueError, TypeError) as exc:
            raise errors.QueryError(f"update failed: {exc}") from None
        return Response(HTTPStatus.NO_CONTENT, b"", None)

    def _service_description(self, headers: Mapping[str, str]) -> Response:
        """What ``GET /sparql`` without a query returns: a SPARQL 1.1 Service Description."""
        fmt = negotiate(GRAPH_FORMATS, headers.get("Accept")) or GRAPH_FORMATS[0]
        sd = "http://www.w3.org/ns/sparql-service-description#"
        formats = "http://www.w3.org/ns/formats/"
        service = ox.BlankNode("service")
        host = headers.get("Host") or f"{self.config.host}:{self.config.port}"
        endpoint = ox.NamedNode(f"http://{host}{ENDPOINT_PATH}")
        triples = [
            ox.Triple(service, ox.NamedNode(namespace.PREFIXES["rdf"] + "type"), ox.NamedNode(sd + "Service")),
            ox.Triple(service, ox.NamedNode(sd + "endpoint"), endpoint),
            ox.Triple(service, ox.NamedNode(sd + "supportedLanguage"), ox.NamedNode(sd + "SPARQL11Query")),
            ox.Triple(service, ox.NamedNode(sd + "feature"), ox.NamedNode(sd + "UnionDefaultGraph")),
        ]
        if self.config.allow_update:
            triples.append(ox.Triple(service, ox.NamedNode(sd + "supportedLanguage"),
                                     ox.NamedNode(sd + "SPARQL11Update")))
        for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                     "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
            triples.append(ox.Triple(service, ox.NamedNode(sd + "resultFormat"),
                                     ox.NamedNode(formats + name)))
        return Response(200, ox.serialize(triples, format=fmt.rdf, prefixes={"sd": sd}), fmt.media_type)


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# -- the query page -------------------------------------------------------------------------


def _render_page(config: ServerConfig) -> Response:
    """The page at ``/``: one HTML file, script and style inline, nothing fetched but /sparql.

    Data reaches the page only as JSON in a ``<script type="application/json">`` block (with
    ``<``, ``>`` and ``&`` escaped) and as query results, which are put in the page with
    ``textContent``; the Content-Security-Policy allows this script and style and nothing else.
    """
    examples = {q.name: {"title": q.title, "text": q.text} for q in saved_queries().values()}
    settings = {
        "endpoint": ENDPOINT_PATH,
        "prefixes": namespace.PREFIXES,
        "examples": examples,
        "limits": {"timeout": config.timeout, "maxResults": config.max_results,
                   "update": config.allow_update},
    }
    data = json.dumps(settings, ensure_ascii=False)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    page = _PAGE.replace("%%STYLE%%", _STYLE).replace("%%SCRIPT%%", _SCRIPT)
    page = page.replace("%%DATA%%", data).replace("%%VERSION%%", __version__)

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"

    csp = (f"default-src 'none'; script-src {digest(_SCRIPT)}; style-src {digest(_STYLE)}; "
           "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
           "frame-ancestors 'none'")
    return Response(200, page.encode("utf-8"), "text/html; charset=utf-8",
                    headers={"Content-Security-Policy": csp, "Cache-Control": "no-cache"})


_STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.2em;color:#222}
h1{font-size:1.3em;margin:0 0 .4em}
textarea{width:100%;height:14em;font:13px/1.35 ui-monospace,monospace;box-sizing:border-box}
.bar{display:flex;gap:.6em;align-items:center;margin:.5em 0;flex-wrap:wrap}
#status{color:#555}#status.error{color:#b00020;white-space:pre-wrap}
table{border-collapse:collapse;font-size:13px;margin-top:.5em}
th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left;max-width:40em}
th{background:#f3f3f3;position:sticky;top:0}
td.uri{color:#0b5394}td.lit{color:#222}td.bnode{color:#777}
pre{background:#f7f7f7;padding:.6em;overflow:auto;max-height:60vh}
small{color:#666}
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("kg-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var examples = $("examples"), query = $("query"), status = $("status"), out = $("out");
  Object.keys(cfg.examples).forEach(function (name) {
    var o = document.createElement("option");
    o.value = name;
    o.textContent = cfg.examples[name].title;
    examples.appendChild(o);
  });
  examples.addEventListener("change", function () {
    if (cfg.examples[examples.value]) { query.value = cfg.examples[examples.value].text; }
  });
  var limits = [];
  if (cfg.limits.timeout) { limits.push("time limit " + cfg.limits.timeout + " s"); }
  if (cfg.limits.maxResults) { limits.push("at most " + cfg.limits.maxResults + " results"); }
  limits.push(cfg.limits.update ? "SPARQL Update accepted" : "read-only");
  $("limits").textContent = limits.join(" · ");
  var prefixes = Object.keys(cfg.prefixes).map(function (p) { return [p, cfg.prefixes[p]]; })
    .concat([["entity", "https://w3id.org/henan-kg/entity/"], ["article", "https://w3id.org/henan-kg/article/"],
             ["graph", "https://w3id.org/henan-kg/graph/"]])
    .sort(function (a, b) { return b[1].length - a[1].length; });
  function shortIri(iri) {
    for (var i = 0; i < prefixes.length; i++) {
      var base = prefixes[i][1];
      if (iri.indexOf(base) === 0 && iri.length > base.length) { return prefixes[i][0] + ":" + iri.slice(base.length); }
    }
    return "<" + iri + ">";
  }
  function cellText(t) {
    if (t.type === "uri") { return shortIri(t.value); }
    if (t.type === "bnode") { return "_:" + t.value; }
    if (t.type === "triple") { return "<< " + cellText(t.value.subject) + " " + cellText(t.value.predicate) + " " + cellText(t.value.object) + " >>"; }
    return t["xml:lang"] ? t.value + " @" + t["xml:lang"] : t.value;
  }
  function setStatus(text, isError) { status.textContent = text; status.className = isError ? "error" : ""; }
  function clear() { while (out.firstChild) { out.removeChild(out.firstChild); } }
  function table(data) {
    var vars = data.head.vars || [], tbl = document.createElement("table"), head = tbl.insertRow();
    vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = "?" + v; head.appendChild(th); });
    data.results.bindings.forEach(function (b) {
      var tr = tbl.insertRow();
      vars.forEach(function (v) {
        var td = tr.insertCell(), t = b[v];
        if (t) {
          td.textContent = cellText(t);
          td.className = t.type === "uri" ? "uri" : t.type === "bnode" ? "bnode" : "lit";
          if (t.type === "uri") { td.title = t.value; } else if (t.datatype) { td.title = t.datatype; }
        }
      });
    });
    out.appendChild(tbl);
    return data.results.bindings.length;
  }
  function run() {
    var accept = $("format").value, started = Date.now();
    setStatus("running…", false);
    clear();
    fetch(cfg.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
      body: new URLSearchParams({ query: query.value })
    }).then(function (r) {
      return r.text().then(function (text) { return { r: r, text: text }; });
    }).then(function (x) {
      var ms = Date.now() - started, ctype = x.r.headers.get("Content-Type") || "";
      if (!x.r.ok) { setStatus(x.r.status + " " + x.r.statusText + ": " + x.text, true); return; }
      if (ctype.indexOf("application/sparql-results+json") === 0) {
        var data = JSON.parse(x.text);
        if (typeof data.boolean === "boolean") { setStatus("ASK: " + data.boolean + " (" + ms + " ms)", false); return; }
        var n = table(data);
        setStatus(n + " row" + (n === 1 ? "" : "s") + " (" + ms + " ms)", false);
        return;
      }
      var pre = document.createElement("pre");
      pre.textContent = x.text;
      out.appendChild(pre);
      setStatus(ctype.split(";")[0] + ", " + x.text.length + " characters (" + ms + " ms)", false);
    }).catch(function (e) { setStatus("request failed: " + e, true); });
  }
  $("run").addEventListener("click", run);
  query.addEventListener("keydown", function (e) { if ((e.ctrlKey || e.metaKey) && e.key === "Enter") { run(); } });
}());
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>henan-kg SPARQL</title>
<style>%%STYLE%%</style>
</head>
<body>
<h1>henan-kg SPARQL endpoint</h1>
<p><small>Endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol). The default graph is the union of
all articles' graphs; prefixes hk:, schema:, skos:, prov:, org:, rdf:, rdfs:, xsd:, owl:, sh:,
dcterms: are predeclared. <span id="limits"></span>. henan-kg %%VERSION%%</small></p>
<div class="bar">
<label>Saved query <select id="examples"><option value="">(choose)</option></select></label>
</div>
<textarea id="query" spellcheck="false">SELECT ?entity ?class ?name
WHERE { ?entity a ?class ; skos:prefLabel ?name .
        FILTER(STRSTARTS(STR(?class), STR(hk:))) }
LIMIT 50</textarea>
<div class="bar">
<button id="run" type="button">Run (Ctrl+Enter)</button>
<label>Format <select id="format">
<option value="application/sparql-results+json, text/turtle;q=0.9">table (JSON) / Turtle</option>
<option value="application/sparql-results+xml, application/rdf+xml;q=0.9">XML / RDF/XML</option>
<option value="text/csv, text/turtle;q=0.9">CSV / Turtle</option>
<option value="text/tab-separated-values, text/turtle;q=0.9">TSV / Turtle</option>
<option value="application/sparql-results+json, application/n-triples;q=0.9">table / N-Triples</option>
<option value="application/sparql-results+json, application/ld+json;q=0.9">table / JSON-LD</option>
</select></label>
<span id="status"></span>
</div>
<div id="out"></div>
<script type="application/json" id="kg-data">%%DATA%%</script>
<script>%%SCRIPT%%</script>
</body>
</html>
"""


# -- the socket server ----------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = f"henan-kg/{__version__}"
    timeout = 60  # seconds a client may take to send its request

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._answer("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._answer("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._answer("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._answer("DELETE")

    def do_PATCH(self) -> None:  # noqa: N802
        self._answer("PATCH")

    def _answer(self, method: str) -> None:
        body = b""
        if method in ("POST", "PUT", "PATCH"):
            length = self.headers.get("Content-Length")
            if self.headers.get("Transfer-Encoding") or length is None:
                self._send(Response.error(HTTPStatus.LENGTH_REQUIRED, "send a Content-Length"), close=True)
                return
            try:
                size = int(length)
            except ValueError:
                self._send(Response.error(HTTPStatus.BAD_REQUEST, "bad Content-Length"), close=True)
                return
            if size < 0 or size > MAX_BODY:
                # Read (and drop) a body up to a few times the limit first: a client still sending
                # when the connection closes sees a broken pipe instead of our 413.
                if 0 < size <= 8 * MAX_BODY:
                    remaining = size
                    while remaining > 0:
                        chunk = self.rfile.read(min(remaining, 1 << 16))
                        if not chunk:
                            break
                        remaining -= len(chunk)
                self._send(Response.error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                                          f"request body over {MAX_BODY} bytes"), close=True)
                return
            body = self.rfile.read(size)
        try:
            response = self.server.endpoint.handle(method, self.path, self.headers, body)
        except Exception:  # noqa: BLE001 - a bug must cost one request, not the server
            traceback.print_exc(file=sys.stderr)
            response = Response.error(HTTPStatus.INTERNAL_SERVER_ERROR, "internal error (logged on the server)")
        self._send(response)

    def _send(self, response: Response, *, close: bool = False) -> None:
        self.send_response(response.status)
        if response.content_type:
            self.send_header("Content-Type", response.content_type)
        if response.status != HTTPStatus.NO_CONTENT:  # RFC 9110: a 204 has no Content-Length
            self.send_header("Content-Length", str(len(response.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in response.headers.items():
            self.send_header(key, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if response.status != HTTPStatus.NO_CONTENT:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base
        if not self.server.endpoint.config.quiet:
            super().log_message(format, *args)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: one thread per connection, requests handed to an :class:`Endpoint`."""

    daemon_threads = True

    def __init__(self, store: SharedStore, config: ServerConfig) -> None:
        if ":" in config.host:
            self.address_family = socket.AF_INET6
        self.endpoint = Endpoint(store, config)
        super().__init__((config.host, config.port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/"


def make_server(store: SharedStore, config: ServerConfig | None = None) -> SparqlServer:
    """A bound, not yet serving, server (port 0 picks a free port: read it from ``.url``)."""
    return SparqlServer(store, config or ServerConfig())


def serve(store: SharedStore, config: ServerConfig, *, announce: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted (Ctrl-C); ``announce`` gets the lines to show the user."""
    try:
        server = make_server(store, config)
    except OSError as exc:
        raise errors.KgError(f"cannot listen on {config.host}:{config.port}: {exc.strerror or exc}") from None
    say = announce or (lambda line: None)
    limits = [
        f"time limit {config.timeout:g} s" if config.timeout else "no time limit",
        f"at most {config.max_results} results" if config.max_results else "no result-size limit",
        "SPARQL Update accepted" if config.allow_update else "read-only",
    ]
    say(f"SPARQL endpoint {server.url}sparql ({', '.join(limits)}); query page {server.url}")
    if not _is_loopback(config.host):
        say(f"warning: listening on {config.host}: anyone who can reach this machine can query the store"
            + (" and change it" if config.allow_update else ""))
    say("Ctrl-C stops the server")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
