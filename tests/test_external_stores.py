"""kg build, add, remove, query, viz and push against real external SPARQL servers on loopback.

Each server is started once for the module by the tests themselves: Virtuoso (Debian's
``virtuoso-opensource``, with an ini of our own in a temporary directory) and the Oxigraph
server (PyPI ``oxigraph``, ``--union-default-graph``). A server whose binary is not installed
skips its tests with the reason; ``.ci/run`` installs both.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.remote import RemoteStore, _bind, _replace_requests, parse_location
from kg.store import open_store

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SEEDS = sorted(CORPUS.glob("*.txt"))
VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 5
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
MaxClientConnections = 5
ServerThreads = 5
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, proc: subprocess.Popen, log: Path, seconds: float = 40.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server at {url} did not answer in {seconds:g} s: {log.read_text(errors='replace')[-2000:]}")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def _start_oxigraph(tmp: Path) -> Iterator[str]:
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("Oxigraph server not installed (pip install oxigraph==0.5.13, the test extra)")
    port = _free_port()
    log = tmp / "oxigraph.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([binary, "serve", "--location", str(tmp / "data"), "--bind", f"127.0.0.1:{port}",
                                 "--union-default-graph"], stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_http(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", proc, log)
        yield f"sparql+http://127.0.0.1:{port}/query#update=http://127.0.0.1:{port}/update"
    finally:
        _stop(proc)


def _start_virtuoso(tmp: Path) -> Iterator[str]:
    binary = shutil.which("virtuoso-t")
    isql = shutil.which("isql-vt") or shutil.which("isql")
    if binary is None or isql is None:
        pytest.skip("Virtuoso not installed (Debian package virtuoso-opensource; tools/install-system-deps.sh)")
    sql_port, http_port = _free_port(), _free_port()
    ini = tmp / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=tmp, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    log = tmp / "virtuoso.out"
    with log.open("wb") as out:
        proc = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=tmp,
                                stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_http(f"http://127.0.0.1:{http_port}/sparql?query=ASK%7B%7D", proc, log, seconds=60)
        # Anonymous SPARQL runs as the SQL user "SPARQL", which may not update by default.
        subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                       check=True, capture_output=True, timeout=30)
        yield f"sparql+http://127.0.0.1:{http_port}/sparql"
    finally:
        _stop(proc)


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request, tmp_path_factory) -> Iterator[str]:
    """The store name of a running, empty server."""
    tmp = tmp_path_factory.mktemp(request.param)
    start = _start_oxigraph if request.param == "oxigraph" else _start_virtuoso
    yield from start(tmp)


@pytest.fixture(scope="module")
def local(tmp_path_factory) -> Path:
    """An embedded store built from the seed corpus, to compare with."""
    tmp = tmp_path_factory.mktemp("local")
    corpus = tmp / "corpus"
    shutil.copytree(CORPUS, corpus)
    store = tmp / "store"
    result = CliRunner().invoke(main, ["--store", str(store), "--corpus", str(corpus), "build"])
    assert result.exit_code == 0, result.output
    return store


def kg(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == code, (result.output, result.exception)
    return result.output


def rows(store: str, *args: str) -> list[dict]:
    out = json.loads(kg("--store", store, "query", "--format", "json", *args))
    return sorted(json.dumps({k: v["value"] for k, v in b.items()}, sort_keys=True)
                   for b in out["results"]["bindings"])


# -- no server needed ---------------------------------------------------------------------------


def test_store_names() -> None:
    assert parse_location("sparql+http://h:1/query#update=http://h:1/update") == ("http://h:1/query", "http://h:1/update")
    assert parse_location("http://h:8890/sparql") == ("http://h:8890/sparql", "http://h:8890/sparql")
    assert isinstance(open_store("sparql+http://127.0.0.1:9/sparql"), RemoteStore)
    from kg.errors import StoreError
    with pytest.raises(StoreError):
        parse_location("sparql+http://h/q#updat=x")


def test_unreachable_server_is_a_store_error() -> None:
    result = CliRunner().invoke(main, ["--store", f"sparql+http://127.0.0.1:{_free_port()}/sparql", "stats"])
    assert result.exit_code == 6 and "cannot reach SPARQL endpoint" in result.output


def test_values_block_goes_into_the_where_clause() -> None:
    import pyoxigraph as ox

    text = _bind('SELECT ?x # {\nWHERE { ?x <urn:p> "}" }', {ox.Variable("x"): ox.Literal('a"}\n')})
    assert text.startswith('SELECT ?x # {\nWHERE { VALUES (?x) { ("a\\"}\\n") } ')
    text = _bind("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {ox.Variable("s"): ox.NamedNode("urn:a")})
    assert "WHERE { VALUES (?s) { (<urn:a>) }" in text


def test_big_graphs_are_chunked() -> None:
    import pyoxigraph as ox

    lines = [f"<urn:s> <urn:p> \"{i}\" .\n" for i in range(45000)]
    requests = _replace_requests(ox.NamedNode("urn:g"), lines)
    assert len(requests) == 3 and requests[0].startswith("DROP SILENT GRAPH <urn:g> ;")
    assert sum(r.count("INSERT DATA") for r in requests) == -(-45000 // 400)


# -- against each server ------------------------------------------------------------------------


def test_build_query_viz_like_the_embedded_store(server: str, local: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out = kg("--store", server, "--corpus", str(corpus), "build", "--rebuild")
    assert "added 2" in out
    assert "added 0, unchanged 2" in kg("--store", server, "--corpus", str(corpus), "build")
    for name in ("awards", "companies-by-city", "stats"):
        assert rows(server, "--name", name) == rows(str(local), "--name", name), name
    assert rows(server, "--name", "entity", "--param", "name=CREG") == rows(str(local), "--name", "entity",
                                                                            "--param", "name=CREG")
    ask = "ASK { ?a a hk:Article }"
    assert json.loads(kg("--store", server, "query", "--format", "json", ask))["boolean"] is True
    remote_page = kg("--store", server, "viz", "-o", str(tmp_path / "r.html"))
    local_page = kg("--store", str(local), "viz", "-o", str(tmp_path / "l.html"))
    assert remote_page.split("(")[1] == local_page.split("(")[1]  # "(34 nodes, 9 links)"
    article = str(RemoteStore(server).articles()[0]["id"])
    one = kg("--store", server, "viz", "--article", article, "-o", str(tmp_path / "a.html"))
    assert one.split("(")[1] == kg("--store", str(local), "viz", "--article", article,
                                   "-o", str(tmp_path / "b.html")).split("(")[1]
    assert "malformed SPARQL" in CliRunner().invoke(main, ["--store", server, "query", "SELECT ?x WHERE {"]).output


def test_add_and_remove_touch_one_graph(server: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "known-entities.json", corpus)
    kg("--store", server, "--corpus", str(corpus), "build", "--rebuild")
    store = RemoteStore(server)
    assert store.graph_sizes() and not store.articles()  # the ontology only
    kg("--store", server, "--corpus", str(corpus), "add", str(SEEDS[0]))
    before = store.graph_sizes()
    kg("--store", server, "--corpus", str(corpus), "add", str(SEEDS[1]))
    after = store.graph_sizes()
    added = set(after) - set(before)
    assert len(added) == 1 and {g: after[g] for g in before} == before
    assert "already" in kg("--store", server, "--corpus", str(corpus), "add", str(SEEDS[1]))
    new_id = added.pop().rsplit("/", 1)[1]
    out = kg("--store", server, "--corpus", str(corpus), "remove", new_id)
    assert f"({after['https://w3id.org/henan-kg/graph/' + new_id]} quads)" in out
    assert store.graph_sizes() == before
    kg("--store", server, "--corpus", str(corpus), "remove", new_id, code=7)


def test_push_copies_every_graph(server: str, local: Path) -> None:
    store = RemoteStore(server)
    store.clear()
    out = kg("--store", str(local), "push", server)
    assert "verified" in out
    with open_store(local, read_only=True) as here:
        ox_store = here.oxigraph
        expected = {g.value: sum(1 for _ in ox_store.quads_for_pattern(None, None, None, g))
                    for g in ox_store.named_graphs()}
    assert store.graph_sizes() == expected
    assert f"pushed {len(expected)} graphs ({sum(expected.values())} quads)" in out


NAMED = {  # saved query -> the columns whose names are looked up again as its `name` parameter
    "awards": ("recipientName", "awardName"),
    "products-by-maker": ("makerName", "productName"),
    "projects": ("projectName", "participantName"),
    "collaborations": ("organisationName", "partnerName"),
}


def test_saved_queries_with_a_name_like_the_embedded_store(server: str, local: Path) -> None:
    """A name bound by kg.remote's VALUES block gives the embedded store's rows (substitutions).

    Virtuoso 7.2 once answered awards, products-by-maker and projects with no rows when given a
    name (an EXISTS that read a BIND) and refused collaborations (an IF around an EXISTS); and
    companies-by-city with a city (by a join on place names since) took minutes at scale.
    """
    store = RemoteStore(server)
    store.clear()
    kg("--store", str(local), "push", server)
    with open_store(local, read_only=True) as here:
        from kg.query import saved_queries

        listings = {q: here.query(saved_queries()[q].text).values() for q in NAMED}
    for query, columns in NAMED.items():
        assert rows(server, "--name", query) == rows(str(local), "--name", query), query
        names = {row[c] for row in listings[query][:3] for c in columns if row[c]}
        assert names, query
        for name in sorted(names):
            for given in (name, name.upper()):
                expected = rows(str(local), "--name", query, "--param", f"name={given}")
                assert expected, (query, given)
                assert rows(server, "--name", query, "--param", f"name={given}") == expected, (query, given)
    for city in ("Zhengzhou", "HENAN", "henan province", "Luoyang"):
        expected = rows(str(local), "--name", "companies-by-city", "--param", f"city={city}")
        assert rows(server, "--name", "companies-by-city", "--param", f"city={city}") == expected, city
        assert bool(expected) == (city != "Luoyang"), city


def test_hostile_text_and_request_atomicity(server: str) -> None:
    """Text round-trips exactly; a failing update request is undone on Oxigraph, not on Virtuoso."""
    import pyoxigraph as ox

    from kg.errors import StoreError

    store = RemoteStore(server)
    lit = ox.Literal('q"\\ \n \u0022 \u202e zw\u200b }} \'\'\' """ <x> } ; DROP ALL \x01')
    g = ox.NamedNode("https://w3id.org/henan-kg/graph/test-hostile")
    store.replace_graph(g, [ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), lit, g)])
    assert [s["o"] for s in store.client.query(f"SELECT ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")] == [lit]
    store.client.update(f"DROP SILENT GRAPH {g}")
    store.client.update("INSERT DATA { GRAPH <urn:t> { <urn:a> <urn:p> 'old' } }")
    with pytest.raises(StoreError):
        store.client.update("DROP SILENT GRAPH <urn:t> ; INSERT DATA { GRAPH <urn:t> { <urn:a> <urn:p> 'new' } } ;"
                            " LOAD <http://127.0.0.1:1/nothing.ttl>")
    kept = [r["o"] for r in store.client.values("SELECT ?o WHERE { GRAPH <urn:t> { ?s ?p ?o } }")]
    assert kept == (["old"] if "/update" in server else ["new"])  # Virtuoso commits each operation
    store.client.update("DROP SILENT GRAPH <urn:t>")
