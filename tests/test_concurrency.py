"""Several kg processes on one store, as real processes: writers queue, readers keep answering.

The store's advisory lock (kg.locking) makes writers take turns and lets readers in
between two articles of a running build; nobody ever sees RocksDB's lock error.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from synthetic import article, kg_command, kg_env, run_kg, write_corpus

from kg import errors, locking, namespace
from kg.article import parse_article
from kg.query import QueryResult
from kg.store import SharedStore, open_store

COUNT = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a hk:Article }"


def count_from_csv(stdout: str) -> int:
    return int(stdout.split()[1])


def test_two_adds_at_once_both_land(tmp_path: Path) -> None:
    corpus_dir, location, inbox = tmp_path / "corpus", tmp_path / "store", tmp_path / "in"
    inbox.mkdir()
    for name, text in {"a.txt": article(1), "b.txt": article(2), "a-again.txt": article(1)}.items():
        (inbox / name).write_text(text, encoding="utf-8")
    # The second also adds a copy of what the first adds, in the same instant.
    commands = [("add", str(inbox / "a.txt")), ("add", str(inbox / "b.txt"), str(inbox / "a-again.txt"))]
    procs = [subprocess.Popen(kg_command(location, corpus_dir, *args), env=kg_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for args in commands]
    results = [(*proc.communicate(timeout=180), proc.returncode) for proc in procs]
    for _, err, code in results:
        assert code == 0, err
        assert "error" not in err.lower() and "lock" not in err.lower(), err
    # Two articles, once each: of the two copies of a, one landed and the other was reported.
    assert sum(int(out.split()[1].rstrip(",")) for out, _, _ in results) == 2
    assert sum(err.count("already") for _, err, _ in results) == 1
    ids = {parse_article(article(i)).id for i in (1, 2)}
    with open_store(location, read_only=True) as store:
        assert {str(a["id"]) for a in store.articles()} == ids
    assert len(list(corpus_dir.iterdir())) == 2


def test_query_keeps_answering_while_build_runs(tmp_path: Path) -> None:
    corpus_dir, location = tmp_path / "corpus", tmp_path / "store"
    write_corpus(corpus_dir, 30)
    build = subprocess.Popen(kg_command(location, corpus_dir, "build", "--processes", "1"), env=kg_env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # What a server would do: read through SharedStore, in a thread of this process.
    shared = SharedStore(location, on_wait=lambda message: None)
    seen_by_thread: list[dict[str, int]] = []
    failures: list[BaseException] = []
    done = threading.Event()

    def read_in_a_loop() -> None:
        while not done.is_set():
            try:
                with shared.reading() as store:
                    seen_by_thread.append({str(a["id"]): int(a["triples"] or 0) for a in store.articles()})
            except BaseException as exc:  # noqa: BLE001 - reported below
                failures.append(exc)
                return
            time.sleep(0.1)

    reader = threading.Thread(target=read_in_a_loop)
    reader.start()
    answers: list[tuple[int, bool]] = []
    try:
        while build.poll() is None:
            query = run_kg(location, corpus_dir, "query", COUNT, "--format", "csv", timeout=120)
            assert query.returncode == 0, query.stderr
            assert "error" not in query.stderr.lower() and "lock" not in query.stderr.lower(), query.stderr
            answers.append((count_from_csv(query.stdout), build.poll() is None))
            time.sleep(0.2)
        out, err = build.communicate(timeout=180)
    finally:
        done.set()
        reader.join(timeout=60)
        if build.poll() is None:
            build.kill()
    assert build.returncode == 0, err
    assert "added 30" in out
    assert not failures, failures
    assert any(running for _, running in answers), answers  # answered during the build, not after it
    counts = [n for n, _ in answers]
    assert counts == sorted(counts) and all(0 <= n <= 30 for n in counts), counts

    # Every reading held whole articles only: each article has its final number of triples.
    with open_store(location, read_only=True) as store:
        final = {str(a["id"]): int(a["triples"] or 0) for a in store.articles()}
    assert len(final) == 30
    assert seen_by_thread
    for seen in seen_by_thread:
        assert all(final[i] == n for i, n in seen.items()), seen


def test_writer_waits_for_the_store_then_gives_up_with_exit_6(tmp_path: Path) -> None:
    corpus_dir, location = tmp_path / "corpus", tmp_path / "store"
    (tmp_path / "new.txt").write_text(article(5), encoding="utf-8")
    with open_store(location) as held:  # a notebook that keeps the store open for writing
        held.ensure_ontology()
        before = len(held)
        started = time.monotonic()
        proc = run_kg(location, corpus_dir, "add", str(tmp_path / "new.txt"), KG_WAIT="1.5")
        waited = time.monotonic() - started
    assert proc.returncode == errors.StoreError.exit_code == 6, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"waiting for another kg process (pid {os.getpid()}: ")
    assert lines[1].startswith("error: store ") and "is still writing to it after 1.5 s" in lines[1]
    assert "KG_WAIT" in lines[1]
    assert waited >= 1.5
    assert not corpus_dir.exists()  # nothing written while it waited
    with open_store(location, read_only=True) as store:
        assert len(store) == before


def test_reader_waits_for_a_writer_and_says_so(tmp_path: Path) -> None:
    corpus_dir, location = tmp_path / "corpus", tmp_path / "store"
    held = open_store(location)
    held.ensure_ontology()
    query = subprocess.Popen(kg_command(location, corpus_dir, "query", "ASK { ?s a owl:Class }"),
                             env=kg_env(KG_WAIT="60"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not held._lock.others_waiting():  # the query has queued for the store
            assert query.poll() is None and time.monotonic() < deadline, query.communicate()
            time.sleep(0.02)
        time.sleep(0.5)  # long enough a wait to be worth saying
        held.close()  # the writer is done: the reader goes on
        out, err = query.communicate(timeout=60)
    finally:
        held.close()
        if query.poll() is None:
            query.kill()
    assert query.returncode == 0, err
    assert out.strip() == "true"
    assert err.startswith(f"waiting for another kg process (pid {os.getpid()}: ")


def test_a_server_holding_shared_store_never_blocks_kg_add(tmp_path: Path) -> None:
    corpus_dir, location = tmp_path / "corpus", tmp_path / "store"
    shared = SharedStore(location)
    with shared.reading() as store:  # before the store exists: empty, and nothing created
        assert store.articles() == []
    assert not location.exists()
    (tmp_path / "new.txt").write_text(article(7), encoding="utf-8")
    proc = run_kg(location, corpus_dir, "add", str(tmp_path / "new.txt"), KG_WAIT="0")
    assert proc.returncode == 0, proc.stderr
    with shared.reading() as store:
        assert [a["id"] for a in store.articles()] == [parse_article(article(7)).id]
    with shared.writing() as store:
        store.remove_article(parse_article(article(7)).id)
    with shared.reading() as store:
        assert store.articles() == []


def test_shared_store_threads_read_together_and_write_in_turn(tmp_path: Path) -> None:
    shared = SharedStore(tmp_path / "store")
    with shared.writing() as store:
        store.ensure_ontology()
    inside = threading.Barrier(2, timeout=30)

    def read() -> None:
        with shared.reading() as store:
            inside.wait()  # both readers hold the store at once
            assert len(store) > 0

    threads = [threading.Thread(target=read) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not inside.broken
    # A notebook holding the store in this same process is told at once, not left to wait.
    with shared.reading(), pytest.raises(errors.StoreError, match="already open in this process"):
        open_store(tmp_path / "store")


def test_query_stopped_by_its_time_limit_keeps_the_lock_until_oxigraph_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = tmp_path / "store"
    with open_store(location) as store:
        p = ox.NamedNode(str(namespace.HK.startChar))
        store.oxigraph.extend(ox.Quad(ox.NamedNode(namespace.entity_iri(f"n{i}")), p, ox.Literal(i),
                                      ox.NamedNode(str(namespace.article_graph("x")))) for i in range(20))
    # Oxigraph evaluates while the result is read: hold the reading until the test says so.
    go_on = threading.Event()
    real = QueryResult.from_oxigraph

    def slow(raw):  # type: ignore[no-untyped-def]
        go_on.wait(60)
        return real(raw)

    monkeypatch.setattr(QueryResult, "from_oxigraph", staticmethod(slow))
    reader = open_store(location, read_only=True)
    with pytest.raises(errors.QueryError, match="did not finish"):
        reader.query("SELECT (COUNT(*) AS ?n) WHERE { ?a hk:startChar ?x }", timeout=0.05)
    reader.close()
    # The evaluation still has the store open: no writer may open it yet.
    with pytest.raises(errors.StoreError, match="already open in this process"):
        open_store(location)
    go_on.set()
    deadline = time.monotonic() + 60
    while locking._HELD and time.monotonic() < deadline:
        time.sleep(0.02)
    with open_store(location, wait=0) as store:  # given back once the evaluation ended
        assert len(store) == 20
