"""Latency of the saved queries through each SPARQL endpoint we could serve, against pyoxigraph.

A benchmark, not a test: it prints the machine and a table, and never fails. Run it from the
repository root with the project's venv active::

    python bench/endpoint_latency.py                    # fixture x 20 (40 articles), 5 runs each
    python bench/endpoint_latency.py --copies 1         # the two-article fixture itself
    python bench/endpoint_latency.py --only direct,kg   # skip the other servers

The store is tests/data/fixture.trig (two articles in the henan-kg data model) copied
``--copies`` times, each copy a new article graph whose entities are shared by every
``--entities``-th copy (so entities, like real ones, appear in many articles), plus the
ontology graph. Each option gets its own copy of the store directory (RocksDB locks it) and
answers every saved query (``ontology/queries/*.rq``, no parameters: every row) and two
raw queries, ``--repeat`` times after a warm-up; the median counts. Rows are checked to agree.

Options measured, each only if installed (the README says how):

* ``direct``: ``KnowledgeStore.query`` and the SPARQL JSON of ``kg.query.format_results``,
  in process: the floor.
* ``kg``: ``kg serve`` (kg/server.py), over HTTP POST, SPARQL JSON.
* ``oxigraph``: ``oxigraph serve-read-only --union-default-graph`` (PyPI ``oxigraph``, the
  same Oxigraph version as pyoxigraph), the queries with our PREFIX lines prepended.
* ``rdflib-endpoint``: rdflib-endpoint's FastAPI app under uvicorn over an rdflib Dataset
  (default union) on the same store through oxrdflib.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from anywhere
    sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg import namespace  # noqa: E402
from kg.query import format_results, saved_queries  # noqa: E402
from kg.store import open_store  # noqa: E402

FIXTURE = ROOT / "tests" / "data" / "fixture.trig"
RAW = {
    "all-quads-10k": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10000",
    "count-distinct": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }",
}
OPTIONS = ("direct", "kg", "oxigraph", "rdflib-endpoint")


def build_store(path: Path, copies: int, entities: int) -> int:
    """The fixture ``copies`` times over, as new article graphs; returns the number of quads."""
    text = FIXTURE.read_text(encoding="utf-8")
    ids = sorted({line.split("/graph/")[1].split(">")[0] for line in text.splitlines() if "/graph/" in line})
    with open_store(path) as ks:
        ks.ensure_ontology()
        for i in range(copies):
            variant = text
            if copies > 1:
                for article_id in ids:
                    variant = variant.replace(article_id, f"{article_id}-{i}")
                variant = variant.replace("/entity/", f"/entity/c{i % entities}-")
            ks.oxigraph.extend(ox.parse(variant, format=ox.RdfFormat.TRIG))
        return len(ks)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            post(url, "ASK {}")
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise RuntimeError(f"no answer from {url}")


def post(url: str, query: str) -> bytes:
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(url, data=data, headers={
        "Accept": "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=300) as r:
        return r.read()


def rows_of(body: bytes) -> int:
    data = json.loads(body)
    return len(data["results"]["bindings"]) if "results" in data else 1


def timed(fn, repeat: int) -> tuple[float, int | str]:
    """Median seconds of ``repeat`` runs after a warm-up, and the rows of the answer."""
    try:
        rows = fn()
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return statistics.median(times), rows
    except urllib.error.HTTPError as exc:
        return float("nan"), f"HTTP {exc.code}"
    except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not stop
        return float("nan"), type(exc).__name__


def start(option: str, store: Path, port: int) -> tuple[subprocess.Popen, str, str] | None:
    """A server process for ``option``, its query URL and the prefix text its queries need."""
    prefixes = namespace.sparql_prefixes()
    if option == "kg":
        cmd = [sys.executable, "-m", "kg.cli", "--store", str(store), "serve", "--port", str(port),
               "--quiet", "--max-results", "0", "--timeout", "600"]
        return subprocess.Popen(cmd, stderr=subprocess.DEVNULL), f"http://127.0.0.1:{port}/sparql", ""
    if option == "oxigraph":
        binary = os.environ.get("OXIGRAPH_BIN") or shutil.which("oxigraph")
        if not binary:
            return None
        cmd = [binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}",
               "--union-default-graph"]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return proc, f"http://127.0.0.1:{port}/query", prefixes
    if option == "rdflib-endpoint":
        try:
            import rdflib_endpoint  # noqa: F401
            import uvicorn  # noqa: F401
        except ImportError:
            return None
        cmd = [sys.executable, __file__, "--rdflib-endpoint-child", str(store), str(port)]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return proc, f"http://127.0.0.1:{port}/", prefixes
    raise ValueError(option)


def rdflib_endpoint_child(store: str, port: int) -> None:
    """Serve ``store`` with rdflib-endpoint (run in its own process by :func:`start`)."""
    import rdflib
    import uvicorn
    from rdflib_endpoint import SparqlEndpoint

    dataset = rdflib.Dataset(store="Oxigraph", default_union=True)
    dataset.open(store)
    uvicorn.run(SparqlEndpoint(graph=dataset), host="127.0.0.1", port=port, log_level="error")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--entities", type=int, default=25, help="distinct entity sets among the copies")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", default=",".join(OPTIONS))
    parser.add_argument("--skip", default="entity",
                        help="saved queries left out (default: entity, whose every-entity form grows "
                             "faster than the store: 5.8 s direct at 20 copies, 44 s at 50)")
    parser.add_argument("--rdflib-endpoint-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rdflib_endpoint_child:
        rdflib_endpoint_child(args.rdflib_endpoint_child[0], int(args.rdflib_endpoint_child[1]))
        return
    only = [o for o in args.only.split(",") if o]
    skip = set(args.skip.split(","))
    queries = {q.name: q.text for q in saved_queries().values() if q.name not in skip} | RAW
    print(f"# endpoint latency  {platform.platform()}  Python {platform.python_version()}  "
          f"pyoxigraph {ox.__version__}  cpus {os.cpu_count()}  load {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        t0 = time.perf_counter()
        quads = build_store(base, args.copies, args.entities)
        print(f"# store: fixture x {args.copies} ({quads} quads), built in {time.perf_counter() - t0:.1f} s; "
              f"median of {args.repeat} after a warm-up, milliseconds (rows)")
        results: dict[str, dict[str, tuple[float, int | str]]] = {}
        for option in only:
            copy = Path(tmp) / option
            shutil.copytree(base, copy)
            if option == "direct":
                with open_store(copy) as ks:
                    def run(text: str, ks=ks) -> int:
                        result = ks.query(text)
                        format_results(result, "json")
                        return len(result)
                    results[option] = {name: timed(lambda t=text: run(t), args.repeat)
                                       for name, text in queries.items()}
                continue
            port = free_port()
            started = start(option, copy, port)
            if started is None:
                print(f"# {option}: not installed, skipped")
                continue
            proc, url, prefixes = started
            try:
                t0 = time.perf_counter()
                wait_for(url, proc)
                print(f"# {option}: ready in {time.perf_counter() - t0:.1f} s at {url}")
                results[option] = {name: timed(lambda t=text, u=url, p=prefixes: rows_of(post(u, p + t)), args.repeat)
                                   for name, text in queries.items()}
            except RuntimeError as exc:
                print(f"# {option}: {exc}")
            finally:
                proc.terminate()
                proc.wait(timeout=30)
        present = [o for o in only if o in results]
        print("\n| query | " + " | ".join(present) + " |")
        print("|---|" + "---:|" * len(present))
        for name in queries:
            cells = []
            for option in present:
                seconds, rows = results[option][name]
                cells.append(f"{seconds * 1000:.1f} ({rows})" if seconds == seconds else str(rows))
            print(f"| {name} | " + " | ".join(cells) + " |")
        for option in present:
            finite = [s for s, _ in results[option].values() if s == s]
            if finite:
                print(f"# {option}: total {sum(finite) * 1000:.0f} ms over {len(finite)} queries")


if __name__ == "__main__":
    main()
