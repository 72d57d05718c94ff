"""The saved queries on a million-quad graph: henan-kg's store against raw pyoxigraph, rdflib and `kg serve`.

A benchmark, not a test: it prints the machine and two tables (wall and CPU seconds) and never
fails. Run it from the repository root with the project's venv active::

    python bench/query_bench.py                          # build a ~1,000,000-quad store in a temp dir
    python bench/query_bench.py --store /tmp/store-1m    # build it there once, reuse it afterwards
    python bench/query_bench.py --only raw,ours --queries awards,stats --repeat 5
    python bench/query_bench.py --endpoint virtuoso=sparql+http://localhost:8890/sparql --push

The graph is ``bench/synth_graph.py``'s (synthetic articles written straight into the store in
our data model). Every saved query (``ontology/queries/*.rq``) runs without parameters and with
a typical one (a company name picked from the data, "Zhengzhou", "Company") on each engine:

* ``raw``: pyoxigraph ``Store.read_only(dir).query(..., use_default_graph_as_union=True,
  substitutions=...)``, every solution read (the floor: evaluation only, nothing serialised);
* ``ours``: ``kg.store.open_store(dir, read_only=True).query(...)``, which also writes the
  complete result as SPARQL JSON (``QueryResult``);
* ``serve``: ``kg serve`` started as a subprocess on 127.0.0.1 (no time or size limit), the
  query POSTed as ``application/sparql-query`` on one kept-alive connection, timed until the
  whole SPARQL JSON body is in; a parameter is bound as ``VALUES`` at the top of the WHERE
  clause (``kg.remote``'s binding, as for any SPARQL endpoint);
* ``rdflib``: an ``rdflib.Dataset(default_union=True)`` loaded from the store's N-Quads dump,
  ``Dataset.query(..., initBindings=...)``; a query still running after ``--rdflib-limit``
  seconds is stopped (SIGALRM) and reported as "> N s";
* external stores (Virtuoso and others, not run by default): ``--endpoint NAME=STORE_URL`` (a ``kg`` store name, e.g.
  ``sparql+http://localhost:8890/sparql``) adds a column, queried through
  ``kg.remote.RemoteStore.query`` as ``kg --store URL query`` does; ``--push`` first copies the
  graph there with ``kg.remote.push`` (or load ``--dump-nquads`` yourself).

raw, ours and rdflib each run in their own process (spawned), so a query over ``--limit`` can
be stopped by killing it (Oxigraph cannot be interrupted) and the next one starts on a quiet
CPU. Each query runs ``--repeat`` times, the best counts, but a run slower than
``--repeat-under`` seconds is not repeated. When raw pyoxigraph is over the limit, ours and
serve (the same engine underneath) are not run for that query ("skip"); ``--no-skip`` runs
them. A query with parameters is always run, even where it was over the limit without them
(``entity`` with a name is fast, without one it lists every entity). Each Oxigraph engine answers the ``stats`` query once,
untimed, whenever its process (re)starts, so that a restarted worker starts with warm caches.
Row counts are compared between engines; a difference is flagged with ``!``.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing as mp
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import pyoxigraph as ox  # noqa: E402

from kg import namespace  # noqa: E402
from kg.query import SavedQuery, saved_queries  # noqa: E402

ENGINES = ("raw", "ours", "serve", "rdflib")
# Run once, untimed, by every Oxigraph engine when it starts: it reads every class and relation.
WARM_UP = saved_queries()["stats"].text if "stats" in saved_queries() else None
TYPICAL_CITY = "Zhengzhou"
TYPICAL_TYPE = "Company"


# -- results ----------------------------------------------------------------------------------


@dataclass
class Cell:
    """One engine on one query: best wall and CPU seconds, rows, or why there is no figure."""

    wall: float | None = None
    cpu: float | None = None
    rows: int | None = None
    runs: int = 0
    note: str = ""  # "> 60 s", "skip", "error: ..."

    def text(self, attr: str = "wall") -> str:
        value = getattr(self, attr)
        if value is not None:
            return f"{value:.3f}" if value < 10 else f"{value:.1f}"
        return self.note or "-"


@dataclass
class Variant:
    query: SavedQuery
    params: dict[str, str]
    cells: dict[str, Cell] = field(default_factory=dict)

    @property
    def label(self) -> str:
        if not self.params:
            return self.query.name
        return f"{self.query.name} ({', '.join(f'{k}={v}' for k, v in self.params.items())})"


# -- engines in worker processes ----------------------------------------------------------------


class _Timeout(BaseException):
    """Raised by SIGALRM inside rdflib's evaluation; a BaseException so no `except Exception` eats it."""


def _worker(kind: str, store_dir: str, nquads: str | None, limit: float, conn) -> None:
    """Child process: open one engine, then answer (text, params) messages until None."""
    try:
        started = time.perf_counter()
        if kind == "raw":
            store = ox.Store.read_only(store_dir)

            def run(text: str, params: dict[str, str]) -> int:
                subs = {ox.Variable(k): ox.Literal(v) for k, v in params.items()} or None
                result = store.query(text, prefixes=namespace.PREFIXES, use_default_graph_as_union=True,
                                     substitutions=subs)
                return sum(1 for _ in result) if isinstance(result, ox.QuerySolutions) else 1
        elif kind == "ours":
            from kg.store import open_store

            ks = open_store(store_dir, read_only=True)

            def run(text: str, params: dict[str, str]) -> int:
                return len(ks.query(text, substitutions=params))
        elif kind == "rdflib":
            import rdflib

            ds = rdflib.Dataset(default_union=True)
            ds.parse(nquads, format="nquads")

            def on_alarm(*_: object) -> None:
                raise _Timeout

            signal.signal(signal.SIGALRM, on_alarm)

            def run(text: str, params: dict[str, str]) -> int:
                bindings = {k: rdflib.Literal(v) for k, v in params.items()}
                signal.setitimer(signal.ITIMER_REAL, limit)
                try:
                    return len(list(ds.query(text, initNs=namespace.PREFIXES, initBindings=bindings)))
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
        else:
            raise ValueError(kind)
        conn.send(("ready", time.perf_counter() - started))
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    while True:
        message = conn.recv()
        if message is None:
            return
        text, params = message
        try:
            wall0, cpu0 = time.perf_counter(), time.thread_time()
            rows = run(text, params)
            conn.send(("ok", time.perf_counter() - wall0, time.thread_time() - cpu0, rows))
        except _Timeout:
            conn.send(("timeout",))
        except Exception as exc:  # noqa: BLE001
            conn.send(("error", f"{type(exc).__name__}: {str(exc)[:200]}"))


class Worker:
    """One engine in a spawned process; killed and restarted when a query goes over the limit."""

    def __init__(self, kind: str, store_dir: Path, nquads: Path | None, limit: float, start_limit: float):
        self.kind, self.store_dir, self.nquads, self.limit = kind, store_dir, nquads, limit
        self.start_limit = start_limit
        self.proc = None
        self.conn = None
        self.startup: float | None = None

    def _start(self) -> None:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, daemon=True,
                                args=(self.kind, str(self.store_dir), str(self.nquads) if self.nquads else None,
                                      self.limit, child))
        self.proc.start()
        self.conn = parent
        if not parent.poll(self.start_limit):
            self.stop()
            raise RuntimeError(f"{self.kind}: not ready after {self.start_limit:.0f} s")
        status, *rest = parent.recv()
        if status != "ready":
            self.stop()
            raise RuntimeError(f"{self.kind}: {rest[0]}")
        if self.startup is None:
            self.startup = rest[0]
        if self.kind != "rdflib" and WARM_UP is not None:
            # Untimed: opens the SST files and fills Oxigraph's caches, so a worker restarted
            # after a time-out is not slower on its next query than one that has been running.
            self.conn.send((WARM_UP, {}))
            if self.conn.poll(self.limit):
                self.conn.recv()

    def run(self, text: str, params: dict[str, str]) -> tuple:
        if self.proc is None:
            self._start()
        self.conn.send((text, params))
        # rdflib stops itself at the limit; the others are killed a little after it.
        if not self.conn.poll(self.limit + (30 if self.kind == "rdflib" else 1)):
            self.stop()
            return ("timeout",)
        return self.conn.recv()

    def stop(self) -> None:
        if self.proc is not None:
            try:
                if self.conn is not None:
                    self.conn.send(None)
            except OSError:
                pass
            self.proc.join(0.5)
            if self.proc.is_alive():
                self.proc.kill()
                self.proc.join()
        self.proc = self.conn = None


class Serve:
    """`kg serve` in a subprocess, queried over HTTP on one kept-alive connection."""

    def __init__(self, store_dir: Path, limit: float):
        self.store_dir, self.limit = store_dir, limit
        self.proc: subprocess.Popen | None = None
        self.http: http.client.HTTPConnection | None = None
        self.path = "/sparql"

    def _start(self) -> None:
        cmd = [sys.executable, "-m", "kg.cli", "--store", str(self.store_dir), "serve", "--port", "0",
               "--timeout", "0", "--max-results", "0", "--quiet"]
        self.proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        url = None
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line:
                break
            m = re.search(r"(http://[\d.]+:\d+)/sparql", line)
            if m:
                url = m[1]
                break
        if url is None:
            self.stop()
            raise RuntimeError("kg serve did not start")
        parts = urllib.parse.urlsplit(url)
        self.http = http.client.HTTPConnection(parts.hostname, parts.port, timeout=self.limit)
        if WARM_UP is not None:  # as for the workers: untimed, fills the caches
            self.http.request("POST", self.path, body=WARM_UP.encode("utf-8"),
                              headers={"Content-Type": "application/sparql-query"})
            self.http.getresponse().read()

    def _cpu(self) -> float:
        """CPU seconds the server process has used (all its threads), from /proc."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return float("nan")

    def run(self, text: str, params: dict[str, str]) -> tuple:
        from kg.remote import _bind  # the VALUES binding kg uses for every SPARQL endpoint

        if self.proc is None:
            self._start()
        if params:
            text = _bind(text, {ox.Variable(k): ox.Literal(v) for k, v in params.items()})
        body = text.encode("utf-8")
        headers = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}
        for attempt in (1, 2):
            cpu0 = self._cpu()
            wall0 = time.perf_counter()
            try:
                self.http.request("POST", self.path, body=body, headers=headers)
                response = self.http.getresponse()
                data = response.read()
                break
            except TimeoutError:
                self.stop()  # the server would go on evaluating: start a fresh one
                return ("timeout",)
            except (ConnectionError, http.client.HTTPException):
                # The server closes a connection idle for a minute (its request timeout): reconnect.
                self.http.close()
                if attempt == 2:
                    raise
        wall = time.perf_counter() - wall0
        cpu = self._cpu() - cpu0
        if response.status != 200:
            return ("error", f"HTTP {response.status}: {data[:200].decode('utf-8', 'replace')}")
        parsed = json.loads(data)
        rows = len(parsed["results"]["bindings"]) if "results" in parsed else 1
        return ("ok", wall, cpu, rows)

    def stop(self) -> None:
        if self.http is not None:
            self.http.close()
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = self.http = None


class Endpoint:
    """HOOK for external SPARQL stores (Virtuoso...): a kg store URL, queried through kg.remote."""

    def __init__(self, url: str, limit: float):
        from kg.store import open_store

        self.url, self.limit = url, limit
        self.store = open_store(url, read_only=True)

    def run(self, text: str, params: dict[str, str]) -> tuple:
        from kg import errors

        wall0 = time.perf_counter()
        try:
            result = self.store.query(text, substitutions=params, timeout=self.limit)
        except errors.QueryError as exc:
            if "time" in str(exc).lower() or "did not finish" in str(exc):  # kg.remote's client limit
                return ("timeout",)
            return ("error", str(exc)[:200])
        return ("ok", time.perf_counter() - wall0, None, len(result))

    def stop(self) -> None:
        pass


# -- the run ----------------------------------------------------------------------------------


def machine() -> list[str]:
    import pyoxigraph
    import rdflib

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "?")
    mem = next((int(line.split()[1]) / 2**20 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    return [
        f"date      {time.strftime('%Y-%m-%d %H:%M:%S %Z')}",
        f"machine   {platform.node()}  {platform.system()} {platform.release()} {platform.machine()}",
        f"nproc     {len(os.sched_getaffinity(0))} usable ({os.cpu_count()} online)",
        f"cpu       {cpu}",
        f"memory    {mem:.1f} GiB",
        f"python    {platform.python_version()}; pyoxigraph {pyoxigraph.__version__}; rdflib {rdflib.__version__}",
        f"loadavg   {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1/5/15 min)",
        f"revision  {_revision()}",
    ]


def _revision() -> str:
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "kg", "ontology"],
                               capture_output=True, text=True, check=True).stdout.strip()
        return head + (" + uncommitted changes in kg/ or ontology/" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "?"


def typical_params(store_dir: Path) -> dict[str, str]:
    """A company that is neither the biggest hub nor a one-article name: rank 10 by articles naming it."""
    store = ox.Store.read_only(str(store_dir))
    rows = list(store.query(
        """SELECT ?label (COUNT(DISTINCT ?g) AS ?n) WHERE {
             GRAPH ?g { ?c a hk:Company ; skos:prefLabel ?label } }
           GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 10""", prefixes=namespace.PREFIXES))
    del store
    company = rows[-1]["label"].value if rows else "Zhengzhou"
    return {"name": company, "city": TYPICAL_CITY, "type": TYPICAL_TYPE}


def variants(queries: dict[str, SavedQuery], typical: dict[str, str], *, with_params: bool) -> list[Variant]:
    out = []
    for q in queries.values():
        out.append(Variant(q, {}))
        if with_params and q.params:
            params = {p: typical[p] for p in q.params if p in typical}
            if params:
                out.append(Variant(q, params))
    return out


def measure(engine, variant: Variant, repeat: int, repeat_under: float, limit: float) -> Cell:
    cell = Cell()
    for _ in range(repeat):
        status, *rest = engine.run(variant.query.text, variant.params)
        if status == "timeout":
            if cell.wall is None:
                cell.note = f"> {limit:g} s"
            break
        if status == "error":
            cell.note = "error"
            print(f"   {variant.label}: {rest[0]}", file=sys.stderr)
            break
        wall, cpu, rows = rest
        cell.runs += 1
        cell.rows = rows
        if cell.wall is None or wall < cell.wall:
            cell.wall = wall
        if cpu is not None and cpu == cpu and (cell.cpu is None or cpu < cell.cpu):
            cell.cpu = cpu
        if wall > repeat_under:
            break
    return cell


def ratio(a: Cell, b: Cell, attr: str) -> str:
    x, y = getattr(a, attr), getattr(b, attr)
    if x is not None and y is not None and y > 0:
        return f"{x / y:.2f}x"
    if x is None and a.note.startswith(">") and y is not None:
        return f"> {float(a.note[2:-2]) / y:.0f}x" if y > 0 else "-"
    return "-"


def table(rows: list[Variant], engines: list[str], attr: str) -> str:
    columns = ["query"] + [f"{e} s" for e in engines]
    pairs = []
    if "ours" in engines and "raw" in engines:
        pairs.append(("ours", "raw", "ours/raw"))
    if "serve" in engines and "raw" in engines:
        pairs.append(("serve", "raw", "serve/raw"))
    if "rdflib" in engines and "ours" in engines:
        pairs.append(("rdflib", "ours", "rdflib/ours"))
    for e in engines:
        if e not in ENGINES and "raw" in engines:
            pairs.append((e, "raw", f"{e}/raw"))
    columns += [p[2] for p in pairs] + ["rows"]
    body = []
    for v in rows:
        cells = [v.cells.get(e, Cell(note="-")) for e in engines]
        counts = {c.rows for c in cells if c.rows is not None}
        line = [v.label] + [c.text(attr) for c in cells]
        line += [ratio(v.cells.get(a, Cell()), v.cells.get(b, Cell()), attr) for a, b, _ in pairs]
        line.append(("!" + "/".join(str(c.rows) if c.rows is not None else "-" for c in cells))
                    if len(counts) > 1 else (str(counts.pop()) if counts else "-"))
        body.append(line)
    widths = [max(len(r[i]) for r in [columns] + body) for i in range(len(columns))]

    def fmt(r: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))

    return "\n".join([fmt(columns), "  ".join("-" * w for w in widths)] + [fmt(r) for r in body])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, help="store directory: built there if missing, reused if there")
    parser.add_argument("--quads", type=int, default=1_000_000, help="size of a store to build (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", default=",".join(ENGINES), help=f"engines, of {','.join(ENGINES)}")
    parser.add_argument("--queries", help="comma-separated saved query names (default: all)")
    parser.add_argument("--query-dir", type=Path,
                        help="saved queries from this folder instead of ontology/queries (e.g. an older version)")
    parser.add_argument("--no-params", action="store_true", help="only the queries without parameters")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query and engine; the best counts")
    parser.add_argument("--repeat-under", type=float, default=5.0,
                        help="repeat only runs faster than this many seconds (default 5)")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a query is given up (default 60)")
    parser.add_argument("--rdflib-limit", type=float, default=60.0, help="the same for rdflib (default 60)")
    parser.add_argument("--no-skip", action="store_true", help="run ours and serve even where raw is over the limit")
    # HOOK: external SPARQL stores (Virtuoso and others) plug in here.
    parser.add_argument("--endpoint", action="append", default=[], metavar="NAME=STORE_URL",
                        help="also query this SPARQL server (a kg store name such as "
                             "sparql+http://localhost:8890/sparql) holding the same data; repeatable")
    parser.add_argument("--push", action="store_true", help="first copy the store to each --endpoint (kg push)")
    parser.add_argument("--dump-nquads", type=Path, help="write the store as N-Quads here (to load elsewhere)")
    args = parser.parse_args(argv)

    engines = [e for e in args.only.split(",") if e]
    unknown = set(engines) - set(ENGINES)
    if unknown:
        parser.error(f"unknown engines: {', '.join(sorted(unknown))}")
    endpoints = {}
    for spec in args.endpoint:
        name, _, url = spec.partition("=")
        if not url:
            parser.error(f"--endpoint {spec!r}: expected NAME=STORE_URL")
        endpoints[name] = url
    print("\n".join(machine()), flush=True)

    tmp = tempfile.TemporaryDirectory(prefix="query-bench-")
    store_dir = args.store or Path(tmp.name) / "store"
    if not (store_dir / "CURRENT").is_file():
        from synth_graph import build_store

        stats = build_store(store_dir, quads=args.quads, seed=args.seed)
        print(f"graph     built {store_dir}: {stats.articles:,} synthetic articles, {stats.quads:,} quads "
              f"in {stats.seconds:.1f} s", flush=True)
    raw_store = ox.Store.read_only(str(store_dir))
    n_quads = len(raw_store)
    n_graphs = sum(1 for _ in raw_store.named_graphs())
    nquads = Path(tmp.name) / "store.nq"
    if "rdflib" in engines or args.dump_nquads:
        started = time.perf_counter()
        raw_store.dump(output=str(nquads), format=ox.RdfFormat.N_QUADS)
        print(f"dump      N-Quads, {nquads.stat().st_size / 1e6:.0f} MB in {time.perf_counter() - started:.1f} s")
        if args.dump_nquads:
            args.dump_nquads.write_bytes(nquads.read_bytes())
    del raw_store
    print(f"graph     {store_dir}: {n_quads:,} quads in {n_graphs:,} named graphs (articles + ontology)")
    typical = typical_params(store_dir)
    print(f"params    name={typical['name']!r} (the company named in the 10th most articles), "
          f"city={typical['city']!r}, type={typical['type']!r}")
    print(f"method    best of {args.repeat} (runs over {args.repeat_under:g} s not repeated); limit {args.limit:g} s, "
          f"rdflib {args.rdflib_limit:g} s", flush=True)

    queries = saved_queries(args.query_dir)
    if args.query_dir:
        print(f"queries   from {args.query_dir}")
    if args.queries:
        queries = {k: v for k, v in queries.items() if k in args.queries.split(",")}
    todo = variants(queries, typical, with_params=not args.no_params)

    runners: dict[str, object] = {}
    try:
        if "rdflib" in engines:
            started = time.perf_counter()
            runners["rdflib"] = Worker("rdflib", store_dir, nquads, args.rdflib_limit, start_limit=1800)
            runners["rdflib"]._start()
            print(f"rdflib    Dataset(default_union=True) loaded from N-Quads in {time.perf_counter() - started:.1f} s",
                  flush=True)
        for e in ("raw", "ours"):
            if e in engines:
                runners[e] = Worker(e, store_dir, None, args.limit, start_limit=120)
        if "serve" in engines:
            runners["serve"] = Serve(store_dir, args.limit)
        for name, url in endpoints.items():
            ep = Endpoint(url, args.limit)
            if args.push:
                from kg.remote import push
                from kg.store import open_store

                started = time.perf_counter()
                with open_store(store_dir, read_only=True) as ks:
                    report = push(ks, ep.store)
                print(f"{name:<9} pushed: {' '.join(report.lines())} in {time.perf_counter() - started:.1f} s")
            runners[name] = ep
        columns = engines + list(endpoints)
        print(f"\nrunning {len(todo)} queries on {', '.join(columns)}", flush=True)
        for v in todo:
            started = time.perf_counter()
            for e in columns:
                if e in ("ours", "serve") and not args.no_skip and "raw" in v.cells and v.cells["raw"].wall is None:
                    v.cells[e] = Cell(note="skip")
                    continue
                limit = args.rdflib_limit if e == "rdflib" else args.limit
                v.cells[e] = measure(runners[e], v, args.repeat, args.repeat_under, limit)
            print(f"  {v.label}: " + ", ".join(f"{e} {v.cells[e].text()}" for e in columns)
                  + f"  ({time.perf_counter() - started:.0f} s)", flush=True)
    finally:
        for r in runners.values():
            r.stop()
        tmp.cleanup()

    print("\nwall seconds (best run)\n" + table(todo, columns, "wall"))
    print("\nCPU seconds of the evaluating thread (serve: the whole server process; endpoints: none)\n"
          + table(todo, columns, "cpu"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
