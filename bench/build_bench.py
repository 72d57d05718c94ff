"""`kg build` against the sum of its parts, and `kg add` to a big store against an empty one.

A benchmark, not a test: it prints the machine and a table and never fails (targets are
reported as "met" / "NOT met"). Run it from the repository root with the project's venv active::

    python bench/build_bench.py                              # both parts, ~6-10 minutes on 2 cores
    python bench/build_bench.py --only add --add-repeat 5
    python bench/build_bench.py --articles 200 --store-articles 2000      # a quick look
    python bench/build_bench.py --profile                    # cProfile kg add even if the target holds

**build**: a synthetic corpus of ``--articles`` articles (``bench/synth_corpus.py``) goes through
``kg build --processes 2`` (a subprocess, timed from start to exit), against the sum of its
parts measured in another fresh process: importing kg and spaCy, reading the corpus
(``kg.corpus.scan``) and bare extraction (``kg.extract.extract_many(processes=2)``), then a raw
bulk load of the quads they produce (``pyoxigraph.Store.bulk_extend`` into a new on-disk store;
building the quads with ``kg.rdf.extraction_quads`` is done between the two and not counted).
Target: within 1.3x.

**add**: one new synthetic article added with ``kg add`` (a subprocess) to a store and corpus of
``--store-articles`` articles, against adding it to an empty store and corpus. The big store is
written directly from the articles' gold extractions (``bench/synth_graph.py``: extracting
10,000 articles with spaCy would take over an hour here), and its corpus folder holds the
10,000 article files; then ``kg build`` runs once on them (it finds every article there and
writes the corpus's id index), so the big store is as after a ``kg build``. After each run the
article is taken out again (its graph and its file), so every run adds to the same store. Best
of ``--add-repeat``, empty and big runs alternating. Target: within 2x. Shown apart: one
``kg add`` to the big store with its id index deleted (the first add after an upgrade reads
every corpus file once), ``kg remove`` of the article on the big store, and the corpus check
alone (``kg.corpus.article_ids`` with the index, and ``kg.corpus.scan``, what ``kg add`` did
before the index). When the target is missed (or with ``--profile``), ``kg add`` on the big
store is run once more under cProfile and the ``kg/`` functions are listed.

CPU seconds are the process's and its children's (``getrusage``): on a shared machine they
are the figures to compare when the load average is high.
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

BUILD_TARGET = 1.3
ADD_TARGET = 2.0


def _cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _cpu_all() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime + _cpu_children()


def timed_run(cmd: list[str], *, env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run a command to its end; wall seconds, CPU seconds (with its children), its output."""
    cpu0 = _cpu_children()
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    return wall, _cpu_children() - cpu0, proc.stdout + proc.stderr


def kg_cmd(store: Path, corpus: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "kg.cli", "--store", str(store), "--corpus", str(corpus), *args]


# -- the parts of kg build, in a fresh process ------------------------------------------------


def parts_child(corpus: str, store: str, processes: int) -> None:
    """Child process: import, scan, bare extraction, then raw bulk load; prints JSON timings."""
    t0, c0 = time.perf_counter(), _cpu_all()
    marks: dict[str, tuple[float, float]] = {}

    def mark(name: str) -> None:
        marks[name] = (time.perf_counter() - t0, _cpu_all() - c0)

    import pyoxigraph as ox

    from kg import corpus as corpus_mod
    from kg.extract import extract_many
    from kg.known import known_file, load_known
    from kg.rdf import extraction_quads

    mark("import")
    articles = [e.article for e in corpus_mod.scan(corpus) if e.article is not None]
    mark("scan")
    extractions = list(extract_many(articles, processes=processes, known=load_known(known_file(corpus))))
    mark("extract")
    quads = [q for ex in extractions for q in extraction_quads(ex)]
    mark("quads")
    raw = ox.Store(store)
    raw.bulk_extend(quads)
    raw.flush()
    del raw
    mark("load")
    words = sum(len(a.text.split()) for a in articles)
    print(json.dumps({"marks": marks, "articles": len(articles), "quads": len(quads), "words": words,
                      "entities": sum(len(ex.entities) for ex in extractions),
                      "relations": sum(len(ex.relations) for ex in extractions)}))


def bench_build(work: Path, n: int, processes: int, repeat: int, seed: int) -> dict:
    from synth_corpus import write_corpus

    corpus = work / "build-corpus"
    started = time.perf_counter()
    words = write_corpus(corpus, n, seed=seed)
    print(f"\nbuild: corpus of {n:,} synthetic articles ({words:,} words) written in "
          f"{time.perf_counter() - started:.1f} s", flush=True)
    # Warm the page cache for Python, spaCy and the model, so neither side pays it alone.
    subprocess.run([sys.executable, "-c", "from kg.nlp.pipeline import load_pipeline; load_pipeline()"],
                   check=True, capture_output=True)
    best_build = best_parts = None
    for round_ in range(repeat):
        store = work / f"build-store-{round_}"
        wall, cpu, out = timed_run(kg_cmd(store, corpus, "build", "--processes", str(processes)))
        print(f"  kg build --processes {processes}: {wall:.1f} s wall, {cpu:.1f} s CPU; {out.strip().splitlines()[0]}",
              flush=True)
        if best_build is None or wall < best_build["wall"]:
            best_build = {"wall": wall, "cpu": cpu, "output": out.strip().splitlines()[0]}
        shutil.rmtree(store, ignore_errors=True)

        raw = work / f"raw-store-{round_}"
        pwall, _pcpu, pout = timed_run([sys.executable, str(Path(__file__).resolve()), "_parts", str(corpus),
                                        str(raw), str(processes)])
        data = json.loads(pout.strip().splitlines()[-1])
        m = data["marks"]
        extract_wall, extract_cpu = m["extract"]
        load_wall = m["load"][0] - m["quads"][0]
        load_cpu = m["load"][1] - m["quads"][1]
        # From the process start to the end of extraction (imports, scan, extract_many), plus the load.
        parts = {"wall": extract_wall + load_wall, "cpu": extract_cpu + load_cpu, "import": m["import"][0],
                 "scan": m["scan"][0] - m["import"][0], "extract": m["extract"][0] - m["scan"][0],
                 "quads_built_s": m["quads"][0] - m["extract"][0], "load": load_wall, "process": pwall, **data}
        print(f"  parts: import {parts['import']:.1f} + scan {parts['scan']:.1f} + extract_many {parts['extract']:.1f} "
              f"+ bulk load {load_wall:.1f} = {parts['wall']:.1f} s wall, {parts['cpu']:.1f} s CPU "
              f"(quads built in {parts['quads_built_s']:.1f} s, not counted)", flush=True)
        if best_parts is None or parts["wall"] < best_parts["wall"]:
            best_parts = parts
        shutil.rmtree(raw, ignore_errors=True)
    return {"articles": n, "words": words, "build": best_build, "parts": best_parts}


# -- kg add to a big store and to an empty one --------------------------------------------------


def _undo_add(store: Path, corpus: Path, article_id: str) -> tuple[float, float]:
    """Take the added article out again with ``kg remove`` (timed: it too must not grow with the corpus)."""
    wall, cpu, out = timed_run(kg_cmd(store, corpus, "remove", article_id))
    if "removed article" not in out:
        raise RuntimeError(f"kg remove did not remove the article:\n{out}")
    leftovers = [f.name for f in corpus.iterdir() if f.name.startswith("synth_new")]
    if leftovers:
        raise RuntimeError(f"kg remove left {leftovers} in the corpus")
    return wall, cpu


def bench_add(work: Path, n: int, repeat: int, seed: int, profile: bool) -> dict:
    from synth_corpus import Names, generate
    from synth_graph import build_store

    from kg import corpus as corpus_mod
    from kg.article import read_article
    from kg.store import open_store

    big_store, big_corpus = work / "add-store-big", work / "add-corpus-big"
    started = time.perf_counter()
    stats = build_store(big_store, articles=n, seed=seed, corpus=big_corpus)
    print(f"\nadd: store of {stats.articles:,} articles ({stats.quads:,} quads) and its corpus written directly "
          f"(gold extractions, no spaCy) in {time.perf_counter() - started:.1f} s", flush=True)
    results: dict[str, dict] = {}
    # As after a kg build: the build finds every article in the store and records the corpus's ids.
    wall, cpu, out = timed_run(kg_cmd(big_store, big_corpus, "build"))
    print(f"  kg build on it (nothing to extract): {wall:.1f} s wall, {cpu:.1f} s CPU; "
          f"{out.strip().splitlines()[0]}", flush=True)
    if f"added 0, unchanged {n}," not in out:
        raise RuntimeError(f"kg build changed the big store:\n{out}")
    results["noop build"] = {"wall": wall, "cpu": cpu}
    index = corpus_mod.index_file(big_store, big_corpus)
    if not index.is_file():
        raise RuntimeError(f"kg build wrote no id index at {index}")

    empty_store, empty_corpus = work / "add-store-empty", work / "add-corpus-empty"
    empty_corpus.mkdir()
    with open_store(empty_store) as ks:
        ks.ensure_ontology()
    new = work / "synth_new.txt"
    article = next(generate(1, seed=seed, start=n + 1000, names=Names(seed)))
    new.write_text(article.file_text, encoding="utf-8")
    article_id = read_article(new).id
    print(f"  new article {article_id}: {article.words()} words, {article.headline!r}", flush=True)

    def keep_best(label: str, wall: float, cpu: float) -> None:
        best = results.get(label)
        if best is None or wall < best["wall"]:
            results[label] = {"wall": wall, "cpu": cpu}

    for round_ in range(repeat):
        for label, store, corpus in (("empty", empty_store, empty_corpus), ("big", big_store, big_corpus)):
            wall, cpu, out = timed_run(kg_cmd(store, corpus, "add", str(new)))
            if "added 1" not in out:
                raise RuntimeError(f"kg add did not add the article:\n{out}")
            rwall, rcpu = _undo_add(store, corpus, article_id)
            print(f"  round {round_ + 1}: kg add to the {label} store: {wall:.2f} s wall, {cpu:.2f} s CPU; "
                  f"kg remove: {rwall:.2f} s wall, {rcpu:.2f} s CPU", flush=True)
            keep_best(label, wall, cpu)
            keep_best(f"remove {label}", rwall, rcpu)

    # The first add after an upgrade: no index yet, every corpus file is read once.
    index.unlink()
    wall, cpu, out = timed_run(kg_cmd(big_store, big_corpus, "add", str(new)))
    if "added 1" not in out:
        raise RuntimeError(f"kg add did not add the article:\n{out}")
    _undo_add(big_store, big_corpus, article_id)
    print(f"  kg add to the big store without its id index (reads every file once): {wall:.2f} s wall, "
          f"{cpu:.2f} s CPU", flush=True)
    results["no index"] = {"wall": wall, "cpu": cpu}

    # The corpus check on its own, in this process: with the index (now), reading every file (before).
    t0, c0 = time.perf_counter(), _cpu_all()
    files = len(corpus_mod.article_ids(big_corpus, index=index))
    results["ids"] = {"wall": time.perf_counter() - t0, "cpu": _cpu_all() - c0, "files": files}
    t0, c0 = time.perf_counter(), _cpu_all()
    corpus_mod.scan(big_corpus)
    results["scan"] = {"wall": time.perf_counter() - t0, "cpu": _cpu_all() - c0, "files": files}
    print(f"  corpus check of {files:,} files in this process: article_ids with the index "
          f"{results['ids']['wall']:.3f} s, scan (every file read) {results['scan']['wall']:.2f} s", flush=True)
    results["quads"] = stats.quads
    ratio = results["big"]["wall"] / results["empty"]["wall"]
    if profile or ratio > ADD_TARGET:
        results["profile"] = profile_add(work, big_store, big_corpus, new, article_id)
    return results


def profile_add(work: Path, store: Path, corpus: Path, new: Path, article_id: str) -> list[str]:
    """``kg add`` on the big store under cProfile: the functions with the most cumulative time."""
    out = work / "add.prof"
    cmd = [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "kg.cli", "--store", str(store),
           "--corpus", str(corpus), "add", str(new)]
    subprocess.run(cmd, check=True, capture_output=True)
    _undo_add(store, corpus, article_id)
    stats = pstats.Stats(str(out))
    total = stats.total_tt
    rows = []
    for (file, line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        if "/kg/" in file or func in ("load_pipeline",):
            rows.append((ct, f"{Path(file).parent.name}/{Path(file).name}:{line}({func})"))
    rows.sort(reverse=True)
    lines = [f"cProfile of kg add on the big store: {total:.2f} s in all (profiling inflates call-heavy code)"]
    lines += [f"  {ct:7.2f} s cumulative  {name}" for ct, name in rows[:14]]
    return lines


# -- report -------------------------------------------------------------------------------------


def machine() -> list[str]:
    import platform

    import pyoxigraph
    import spacy

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "?")
    mem = next((int(line.split()[1]) / 2**20 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "kg"], capture_output=True,
                               text=True).stdout.strip()
    except OSError:
        head, dirty = "?", ""
    return [
        f"date      {time.strftime('%Y-%m-%d %H:%M:%S %Z')}",
        f"machine   {platform.node()}  {platform.system()} {platform.release()} {platform.machine()}",
        f"nproc     {len(os.sched_getaffinity(0))} usable ({os.cpu_count()} online)",
        f"cpu       {cpu}",
        f"memory    {mem:.1f} GiB",
        f"python    {platform.python_version()}; spaCy {spacy.__version__}; pyoxigraph {pyoxigraph.__version__}",
        f"loadavg   {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1/5/15 min, at start)",
        f"revision  {head}{' + uncommitted changes in kg/' if dirty else ''}",
    ]


def verdict(ratio: float, target: float) -> str:
    return f"target <= {target:g}x: {'met' if ratio <= target else 'NOT met'}"


def report(build: dict | None, add: dict | None, processes: int) -> str:
    lines = ["", "measure                                              wall s    CPU s   ratio (wall / CPU)",
             "---------------------------------------------------  -------  -------  ------------------"]
    if build:
        b, p = build["build"], build["parts"]
        rw, rc = b["wall"] / p["wall"], b["cpu"] / p["cpu"]
        lines += [
            f"{'kg build --processes ' + str(processes) + ', ' + format(build['articles'], ',') + ' articles':<51}  "
            f"{b['wall']:7.1f}  {b['cpu']:7.1f}",
            f"{'  parts: import + scan + extract_many + bulk load':<51}  {p['wall']:7.1f}  {p['cpu']:7.1f}  "
            f"{rw:.2f}x / {rc:.2f}x  ({verdict(rw, BUILD_TARGET)})",
            f"{'    import kg, spaCy':<51}  {p['import']:7.1f}",
            f"{'    scan (read and parse the corpus)':<51}  {p['scan']:7.1f}",
            f"{'    extract_many(processes=' + str(processes) + ')':<51}  {p['extract']:7.1f}",
            f"{'    Store.bulk_extend of ' + format(p['quads'], ',') + ' quads':<51}  {p['load']:7.1f}",
            f"{'    (building the quads, not counted)':<51}  {p['quads_built_s']:7.1f}",
        ]
    if add:
        e, g = add["empty"], add["big"]
        rw, rc = g["wall"] / e["wall"], g["cpu"] / e["cpu"]
        big = format(add["articles"], ",")
        re_, rb = add["remove empty"], add["remove big"]
        lines += [
            f"{'kg add 1 article, empty store':<51}  {e['wall']:7.2f}  {e['cpu']:7.2f}",
            f"{'kg add 1 article, store of ' + big + ' articles':<51}  {g['wall']:7.2f}  "
            f"{g['cpu']:7.2f}  {rw:.2f}x / {rc:.2f}x  ({verdict(rw, ADD_TARGET)})",
            f"{'    the same, id index deleted (first add only)':<51}  {add['no index']['wall']:7.2f}  "
            f"{add['no index']['cpu']:7.2f}  {add['no index']['wall'] / e['wall']:.2f}x / "
            f"{add['no index']['cpu'] / e['cpu']:.2f}x",
            f"{'    corpus check, article_ids with the index':<51}  {add['ids']['wall']:7.3f}  {add['ids']['cpu']:7.3f}",
            f"{'    corpus check, scan of ' + format(add['scan']['files'], ',') + ' files (before the index)':<51}  "
            f"{add['scan']['wall']:7.2f}  {add['scan']['cpu']:7.2f}",
            f"{'kg remove 1 article, empty store':<51}  {re_['wall']:7.2f}  {re_['cpu']:7.2f}",
            f"{'kg remove 1 article, store of ' + big + ' articles':<51}  {rb['wall']:7.2f}  {rb['cpu']:7.2f}  "
            f"{rb['wall'] / re_['wall']:.2f}x / {rb['cpu'] / re_['cpu']:.2f}x",
            f"{'kg build, store of ' + big + ' articles, nothing new':<51}  {add['noop build']['wall']:7.1f}  "
            f"{add['noop build']['cpu']:7.1f}",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "_parts":
        parts_child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="build,add", help="build, add or both (default)")
    parser.add_argument("--articles", type=int, default=1000, help="articles kg build extracts (default 1,000)")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the build comparison (default 1)")
    parser.add_argument("--store-articles", type=int, default=10_000,
                        help="articles in the big store for kg add (default 10,000)")
    parser.add_argument("--add-repeat", type=int, default=3, help="rounds of kg add, best counts (default 3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", action="store_true", help="cProfile kg add on the big store in any case")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp dir)")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    print("\n".join(machine()), flush=True)
    work = args.keep or Path(tempfile.mkdtemp(prefix="build-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        build = bench_build(work, args.articles, args.processes, args.repeat, args.seed) if "build" in only else None
        add = None
        if "add" in only:
            add = bench_add(work, args.store_articles, args.add_repeat, args.seed, args.profile)
            add["articles"] = args.store_articles
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"loadavg   {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1/5/15 min, at the end)")
    print(report(build, add, args.processes))
    if add and "profile" in add:
        print("\n" + "\n".join(add["profile"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
