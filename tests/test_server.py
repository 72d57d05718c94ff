"""``kg serve``: the SPARQL 1.1 Protocol endpoint, driven by the clients people use with it.

A store built from tests/data/fixture.trig is served in-process on 127.0.0.1 with a free
port; SPARQLWrapper, rdflib's SPARQLStore, plain urllib and (when Playwright and Chromium
are there) a real browser talk to it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from xml.dom import minidom

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, JSONLD, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg import server
from kg.cli import main
from kg.store import SharedStore, open_store

FIXTURE = Path(__file__).parent / "data" / "fixture.trig"
HK = "https://w3id.org/henan-kg/ontology#"
COMPANIES = "SELECT DISTINCT ?name WHERE { ?c a hk:Company ; skos:prefLabel ?name } ORDER BY ?name"
CONSTRUCT = "CONSTRUCT { ?c a hk:Company ; skos:prefLabel ?name } WHERE { ?c a hk:Company ; skos:prefLabel ?name }"
DESCRIBE = "DESCRIBE ?c WHERE { ?c skos:prefLabel \"Zhengzhou Coal Mining Machinery Group\" }"
# A cross product that streams: each row comes fast, there are 258^4 of them.
SLOW_ROWS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
# A cross product that does not: the count is computed before the first row. It must outlast the 1 s
# limit plus the 1 s the next request waits for a slot: ~4 s idle here (2 s without the last pattern,
# which let the next request through on an idle machine).
SLOW_COUNT = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . "
              "?j <https://w3id.org/henan-kg/ontology#locatedIn> ?k }")


def _build(path: Path) -> Path:
    store = ox.Store(str(path))
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SharedStore:
    """The served store: opened by the server for each request, never held."""
    return SharedStore(_build(tmp_path_factory.mktemp("served") / "store"))


@contextmanager
def serving(store: SharedStore, **options: object) -> Iterator[str]:
    """The endpoint URL of a server on 127.0.0.1 and a free port, for the ``with`` block."""
    config = server.ServerConfig(port=0, quiet=True, **options)  # type: ignore[arg-type]
    srv = server.make_server(store, config)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv.url + "sparql"
    finally:
        srv.shutdown()
        srv.server_close()


@pytest.fixture(scope="module")
def endpoint(store: SharedStore) -> Iterator[str]:
    with serving(store) as url:
        yield url


def company_names(store: SharedStore) -> list[str]:
    with store.reading() as ks:
        return [row["name"] for row in ks.query(COMPANIES).values()]


def http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of one request; error statuses are returned, not raised."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def form(**params: str) -> bytes:
    return urllib.parse.urlencode(params).encode()


def wrapper(url: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    return sparql


# -- SPARQLWrapper, every result format --------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", POST])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_in_every_format(endpoint: str, store: SharedStore, fmt: str,
                                              method: str) -> None:
    result = wrapper(endpoint, COMPANIES, fmt, method).query()
    content_type = result.info()["content-type"]
    data = result.convert()
    if fmt == JSON:
        assert content_type == "application/sparql-results+json"
        names = [b["name"]["value"] for b in data["results"]["bindings"]]
    elif fmt == XML:
        assert content_type == "application/sparql-results+xml"
        assert isinstance(data, minidom.Document)
        names = [lit.firstChild.data for lit in data.getElementsByTagName("literal")]
    else:
        assert content_type.startswith("text/csv" if fmt == CSV else "text/tab-separated-values")
        text = io.StringIO(data.decode("utf-8"))
        rows = list(csv.reader(text) if fmt == CSV else csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE))
        assert rows[0] == (["name"] if fmt == CSV else ["?name"])
        names = [r[0] if fmt == CSV else json.loads(r[0]) for r in rows[1:]]
    assert names == company_names(store) and len(names) >= 3


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_ask(endpoint: str, fmt: str) -> None:
    yes = wrapper(endpoint, "ASK { ?c a hk:Company }", fmt).query().convert()
    no = wrapper(endpoint, "ASK { ?c a hk:Nothing }", fmt, POST).query().convert()
    if fmt == JSON:
        assert (yes["boolean"], no["boolean"]) == (True, False)
    else:
        assert [d.getElementsByTagName("boolean")[0].firstChild.data for d in (yes, no)] == ["true", "false"]


def _expected_graph(store: SharedStore, query: str) -> rdflib.Graph:
    with store.reading() as ks:
        data = ks.oxigraph.query(query, prefixes={"hk": HK, "skos": "http://www.w3.org/2004/02/skos/core#"},
                                 use_default_graph_as_union=True).serialize(format=ox.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data.decode(), format="nt")


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
@pytest.mark.parametrize("fmt", [TURTLE, "n-triples", JSONLD, RDFXML])
def test_sparqlwrapper_graph_results(endpoint: str, store: SharedStore, query: str, fmt: str) -> None:
    sparql = wrapper(endpoint, query, TURTLE if fmt == "n-triples" else fmt, POST)
    if fmt == "n-triples":
        sparql.setOnlyConneg(True)
        sparql.addCustomHttpHeader("Accept", "application/n-triples")
    result = sparql.query()
    expected_type = {TURTLE: "text/turtle", "n-triples": "application/n-triples",
                     JSONLD: "application/ld+json", RDFXML: "application/rdf+xml"}[fmt]
    assert result.info()["content-type"].split(";")[0] == expected_type
    graph = result.convert()
    if isinstance(graph, bytes):  # SPARQLWrapper hands Turtle and N-Triples back as text
        graph = rdflib.Graph().parse(data=graph.decode(), format="turtle" if fmt == TURTLE else "nt")
    expected = _expected_graph(store, query)
    assert len(expected) > 3
    assert isomorphic(graph, expected)


# -- rdflib's SPARQLStore -----------------------------------------------------------------------


def test_rdflib_sparqlstore(endpoint: str, store: SharedStore) -> None:
    graph = rdflib.Graph(store="SPARQLStore")
    graph.open(endpoint)
    names = [str(row.name) for row in graph.query(COMPANIES.replace(
        "SELECT", f"PREFIX hk: <{HK}>\nSELECT"))]  # rdflib adds its own skos: prefix
    assert names == company_names(store)
    built = graph.query(f"PREFIX hk: <{HK}>\n{CONSTRUCT}").graph
    assert isomorphic(built, _expected_graph(store, CONSTRUCT))
    with store.reading() as ks:
        assert len(graph) == len(ks.query("SELECT * WHERE { ?s ?p ?o }"))  # the union, as a multiset
    # A Dataset names its default graph urn:x-rdflib:default: here that is the union too.
    dataset = rdflib.Dataset(store="SPARQLStore")
    dataset.open(endpoint)
    count = next(iter(dataset.query(f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c a <{HK}Company> }}")))
    assert int(count[0]) == len(company_names(store))


# -- errors ---------------------------------------------------------------------------------------


def test_malformed_query_is_400_with_the_message(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed, match="malformed SPARQL: error at 1:"):
        wrapper(endpoint, "SELECT ?x WHERE { ?x a }", JSON).query()
    status, headers, body = http(endpoint + "?" + urllib.parse.urlencode({"query": "SELEC ?x"}))
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert body.decode().startswith("malformed SPARQL: error at 1:")


def test_request_errors(endpoint: str) -> None:
    base = endpoint.rsplit("/", 1)[0]
    assert http(base + "/nowhere")[0] == 404
    assert http(endpoint, data=b"query=ASK{}", headers={"Content-Type": "text/plain"})[0] == 415
    assert http(endpoint, data=form(query="ASK {}", update="CLEAR ALL"),
                headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 400
    status, _, body = http(endpoint + "?query=ASK%7B%7D", headers={"Accept": "image/png"})
    assert status == 406 and b"application/sparql-results+json" in body
    assert http(endpoint, method="PUT", data=b"x")[0] == 405
    big = b"query=" + b"#" * (server.MAX_BODY + 1)
    assert http(endpoint, data=big, headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 413
    # A query in the body as application/sparql-query, the protocol's third way.
    status, headers, body = http(endpoint, data=b"ASK { ?c a hk:Company }",
                                 headers={"Content-Type": "application/sparql-query"})
    assert (status, json.loads(body)["boolean"]) == (200, True)


def test_service_is_refused(endpoint: str) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, body = http(endpoint + "?" + urllib.parse.urlencode({"query": query}))
    assert status == 403 and b"SERVICE" in body
    assert server.uses_service("select * { service silent ?x { ?s ?p ?o } }")
    assert server.uses_service("SELECT * {SERVICE<http://x/>{?s ?p ?o}}")
    for harmless in ('SELECT ?service { ?service hk:p "SERVICE" } # SERVICE',
                     "SELECT * { ?s <http://e/SERVICE> ?o . ?s hk:SERVICE ?x . ?s ex:service ?y }",
                     "SELECT * { ?s ?p ?o FILTER(?o < 3 && ?p > 2) }"):
        assert not server.uses_service(harmless), harmless


def test_foreign_host_header_is_refused(endpoint: str) -> None:
    # DNS rebinding: a page on evil.example whose name now points at 127.0.0.1.
    status, _, _ = http(endpoint + "?query=ASK%7B%7D", headers={"Host": "evil.example:80"})
    assert status == 403
    assert http(endpoint + "?query=ASK%7B%7D", headers={"Host": "localhost"})[0] == 200


# -- updates --------------------------------------------------------------------------------------

INSERT = 'INSERT DATA { GRAPH <https://w3id.org/henan-kg/graph/test> { <https://w3id.org/henan-kg/entity/x> a hk:Company ; skos:prefLabel "Served Co" } }'


def _size(store: SharedStore) -> int:
    with store.reading() as ks:
        return len(ks)


def test_update_is_refused_by_default(endpoint: str, store: SharedStore) -> None:
    before = _size(store)
    for data, ctype in ((form(update=INSERT), "application/x-www-form-urlencoded"),
                        (INSERT.encode(), "application/sparql-update")):
        status, _, body = http(endpoint, data=data, headers={"Content-Type": ctype})
        assert status == 403 and b"--allow-update" in body
    sparql = wrapper(endpoint, INSERT, JSON, POST)
    with pytest.raises(urllib.error.HTTPError) as info:
        sparql.query()
    assert info.value.code == 403
    assert _size(store) == before


def test_update_with_allow_update(tmp_path: Path) -> None:
    ks = SharedStore(_build(tmp_path / "store"))
    with serving(ks, allow_update=True) as url:
        sparql = wrapper(url, INSERT, JSON, POST)
        assert sparql.query().response.status == 204
        assert "Served Co" in company_names(ks)
        # Malformed updates are 400; updates by GET and from another site's form are refused.
        assert http(url, data=form(update="INSERT DATA {"),
                    headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 400
        assert http(url + "?" + urllib.parse.urlencode({"update": INSERT}))[0] == 400
        status, _, _ = http(url, data=form(update="CLEAR ALL"), headers={
            "Content-Type": "application/x-www-form-urlencoded", "Origin": "http://evil.example"})
        assert status == 403 and "Served Co" in company_names(ks)


def test_store_is_not_held_between_requests(tmp_path: Path) -> None:
    """kg add and kg build can write while the server runs: it opens the store per request."""
    path = _build(tmp_path / "store")
    shared = SharedStore(path)
    with serving(shared) as url:
        ask = 'ASK { ?c skos:prefLabel "Served Co" }'
        assert wrapper(url, ask, JSON).query().convert()["boolean"] is False
        with open_store(path, wait=0) as writer:  # exclusive: fails at once if the server held it
            writer.oxigraph.update(INSERT, prefixes={"hk": HK, "skos": "http://www.w3.org/2004/02/skos/core#"})
        assert wrapper(url, ask, JSON).query().convert()["boolean"] is True


# -- limits ---------------------------------------------------------------------------------------


def test_result_size_limit(store: SharedStore) -> None:
    with serving(store, max_results=5) as url:
        everything = "SELECT * WHERE { ?s ?p ?o }"
        status, _, body = http(url + "?" + urllib.parse.urlencode({"query": everything}))
        assert status == 500 and b"result-size limit" in body and b"more than 5 results" in body
        limited = everything + " LIMIT 5"
        assert len(wrapper(url, limited, JSON).query().convert()["results"]["bindings"]) == 5
        status, _, body = http(url, data=form(query=CONSTRUCT),
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 500 and b"result-size limit" in body


def test_time_limit_stops_slow_queries(store: SharedStore) -> None:
    with serving(store, timeout=1.0, max_running=1, max_results=None) as url:
        for query in (SLOW_ROWS, SLOW_COUNT):
            started = time.monotonic()
            status, _, body = http(url + "?" + urllib.parse.urlencode({"query": query}))
            assert status == 503 and b"time limit" in body, body
            assert time.monotonic() - started < 3
        # The count runs on in Oxigraph (it cannot be interrupted) and keeps the only slot.
        status, headers, body = http(url + "?query=ASK%7B%7D")
        assert status == 503 and b"busy" in body and headers["Retry-After"]


# -- binding, command line, page ------------------------------------------------------------------


def test_binds_to_loopback_by_default(store: SharedStore) -> None:
    assert server.ServerConfig().host == "127.0.0.1"
    assert server.ServerConfig().allow_update is False
    assert {p.name: p.default for p in main.commands["serve"].params}["host"] == "127.0.0.1"
    srv = server.make_server(store, server.ServerConfig(port=0))
    try:
        assert srv.server_address[0] == "127.0.0.1"
    finally:
        srv.server_close()


def test_kg_serve_command(tmp_path: Path) -> None:
    store_dir = _build(tmp_path / "store")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "--store", str(store_dir), "serve", "--port", "0",
                             "--quiet", "--timeout", "5"], stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stderr.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/sparql) \(time limit 5 s, at most 10000 results, read-only\)",
                          line)
        assert match, line
        result = wrapper(match[1], "ASK { ?c a hk:Company }", JSON).query().convert()
        assert result["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_negotiation() -> None:
    def pick(formats: tuple, accept: str | None, *hints: str) -> str | None:
        f = server.negotiate(formats, accept, hints)
        return f.name if f else None

    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert pick(server.RESULT_FORMATS, browser) == "xml"
    assert pick(server.GRAPH_FORMATS, browser) == "rdf-xml"
    assert pick(server.RESULT_FORMATS, None) == "json"
    assert pick(server.GRAPH_FORMATS, "*/*") == "turtle"
    assert pick(server.RESULT_FORMATS, "text/csv;q=0.5, text/tab-separated-values") == "tsv"
    assert pick(server.RESULT_FORMATS, "text/*;q=0.2, application/json;q=0.1") == "csv"
    assert pick(server.GRAPH_FORMATS, "application/sparql-results+xml, application/rdf+xml") == "rdf-xml"
    assert pick(server.RESULT_FORMATS, "*/*", "json") == "json"
    assert pick(server.GRAPH_FORMATS, "*/*", "json-ld", "application/ld+json") == "json-ld"
    assert pick(server.RESULT_FORMATS, "image/png") is None
    assert pick(server.RESULT_FORMATS, "application/json;q=0") is None


def test_page_is_offline_and_escapes(endpoint: str) -> None:
    base = endpoint.rsplit("/", 1)[0] + "/"
    status, headers, body = http(base)
    page = body.decode()
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert not re.search(r"""(src|href|action)\s*=\s*["']?\s*(https?:)?//""", page, re.IGNORECASE)
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "connect-src 'self'" in headers["Content-Security-Policy"]
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in server._SCRIPT
    # The saved queries are in the page as JSON: their "<" cannot close the script block.
    assert page.count("</script>") == 2 and "\\u003chttps://w3id.org/henan-kg/ontology#\\u003e" in page
    # A browser pointed at the endpoint itself gets the page too.
    assert http(endpoint, headers={"Accept": "text/html"})[2] == body


HOSTILE = '</script><img src=x onerror="window.__pwned=1"><b>bold</b>'


def test_page_in_a_browser(endpoint: str) -> None:
    """Run a query from the page in Chromium: the table shows hostile text as text, offline."""
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
    if not (shutil.which(chromium) or Path(chromium).is_file()):
        pytest.skip(f"no Chromium at {chromium} (tools/install-system-deps.sh)")
    base = endpoint.rsplit("/", 1)[0] + "/"
    literal = HOSTILE.replace("\\", "\\\\").replace('"', '\\"')
    def run_in_browser() -> None:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            try:
                page = browser.new_page()
                errors: list[str] = []
                outside: list[str] = []
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e: errors.append(str(e)))

                def route(r: object) -> None:
                    if r.request.url.startswith(base):
                        r.continue_()
                    else:
                        outside.append(r.request.url)
                        r.abort()

                page.route("**/*", route)
                page.goto(base)
                assert page.locator("#examples option").count() > 3  # the saved queries
                page.fill("#query", f'SELECT ?x ?c WHERE {{ BIND("{literal}" AS ?x) BIND(hk:Company AS ?c) }}')
                page.click("#run")
                page.wait_for_selector("#out table td", timeout=15_000)
                assert page.locator("#out td").first.text_content() == HOSTILE
                assert page.locator("#out td").nth(1).text_content() == "hk:Company"
                assert page.locator("#out img, #out b").count() == 0
                assert page.evaluate("window.__pwned") is None
                assert not errors and not outside, (errors, outside)
                page.fill("#query", "SELEC nothing")
                page.click("#run")
                page.wait_for_selector("#status.error")
                assert "400" in page.text_content("#status") and "malformed" in page.text_content("#status")
                assert not outside and all(e.startswith("Failed to load resource") for e in errors), errors
            finally:
                browser.close()

    # A thread of its own: an earlier test (the notebook's kernel client) can leave an asyncio loop
    # on the main thread, and Playwright's sync API refuses to run inside one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(run_in_browser).result()
