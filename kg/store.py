"""The knowledge graph on disk: one Oxigraph store, one named graph per article.

Each article's facts live in its own named graph, so removing or re-extracting an
article touches nothing else, and a fact stated by two articles is stored twice and
survives the removal of either. Queries see the union of all graphs (including the
ontology graph, so ``rdfs:subClassOf*`` paths work). In pyoxigraph 0.5 that union is a
multiset, not the RDF merge (oxigraph/oxigraph#1919, fixed for 0.6): a triple in two
article graphs matches twice, so counts here use DISTINCT, and so must user queries.

Every write of an article is one Oxigraph transaction: ``Store.extend`` for a new
article, one ``Store.update`` (drop the old graph, insert the new) for a replacement.
A failure at any point, a killed process included, leaves the store as it was before
that article: RocksDB writes a transaction to its log as one record, and a reopened
store replays the log up to the last whole record.

Several processes share a store through the advisory locks of :mod:`kg.locking`:
:func:`open_store` takes the lock (waiting for other processes, up to ``KG_WAIT``
seconds) before it opens RocksDB and :meth:`KnowledgeStore.close` gives it back. A
writer that others wait for lets them in between two articles
(:meth:`KnowledgeStore.yield_to_waiters`). Long-running processes (a server, a
notebook) should not hold a store at all: :class:`SharedStore` opens it for each
read or write.
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Self, TextIO

import pyoxigraph as ox
import rdflib

from kg import errors, locking, namespace, paths, rdf
from kg.model import Extraction
from kg.query import QueryResult

EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "json-ld": ox.RdfFormat.JSON_LD,
}
_MEMORY = ("", ":memory:")
_HOLD_AT_LEAST = 0.2  # seconds a writer keeps the store before it lets waiting processes in
_ONTOLOGY_GRAPH = ox.NamedNode(str(namespace.ONTOLOGY_GRAPH))

__all__ = ["EXPORT_FORMATS", "IngestSummary", "KnowledgeStore", "SharedStore", "open_store"]


@dataclass
class IngestSummary:
    """What :meth:`KnowledgeStore.ingest_many` did with each article."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already there and replace=False
    quads: int = 0


def open_store(
    location: str | Path,
    *,
    read_only: bool = False,
    missing_ok: bool = False,
    wait: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> KnowledgeStore:
    """Open (or create) the store at ``location``; ``""`` or ``":memory:"`` is a store in memory.

    The one place that opens stores. It first takes the store's advisory lock
    (:mod:`kg.locking`): exclusive to write, shared to read (``read_only``). When another
    process holds it, it waits up to ``wait`` seconds (default ``KG_WAIT``, else 60), says
    so once through ``on_wait`` (default: a line on stderr), then raises
    :class:`~kg.errors.StoreError`. A second opener in this same process gets the error
    at once: it would wait for itself. ``missing_ok`` (with ``read_only``): a store that
    does not exist yet reads as an empty one instead of raising StoreError.
    """
    if str(location) in _MEMORY:
        return KnowledgeStore(ox.Store(), location=None, read_only=False)
    from kg import remote  # a SPARQL endpoint URL: the server keeps the data and its locks

    if remote.is_remote(location):
        return remote.RemoteStore(str(location), read_only=read_only)  # type: ignore[return-value]
    path = Path(location)
    if path.exists() and not path.is_dir():
        raise errors.StoreError(f"store {path} is a file, not a store directory")
    if not _is_store(path):
        if _foreign_files(path):
            # Never spray RocksDB files over a directory that holds something else (--store ~).
            raise errors.StoreError(
                f"{path} is not a henan-kg store and not empty; give --store a new or empty directory"
            )
        if read_only:
            if missing_ok:
                return KnowledgeStore(ox.Store(), location=path, read_only=True)
            raise errors.StoreError(f"no store at {path}")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.StoreError(f"cannot create store {path}: {exc.strerror or exc}") from None
    lock = locking.StoreLock(path)
    lock.acquire(exclusive=not read_only, wait=wait, on_wait=on_wait or _say)
    try:
        store = _open_oxigraph(path, read_only=read_only)
    except BaseException:
        lock.release()
        raise
    return KnowledgeStore(store, location=path, read_only=read_only, lock=lock, wait=wait, on_wait=on_wait)


# What RocksDB (and kg.locking) keep in a store directory.
_STORE_FILE = re.compile(
    r"CURRENT|IDENTITY|LOCK|LOG(?:\.old\.\d+)?|(?:MANIFEST|OPTIONS)-\d+(?:\.dbtmp)?|\d+\.(?:sst|log|blob|dbtmp)"
    rf"|{re.escape(locking.LOCK_NAME)}|{re.escape(locking.QUEUE_NAME)}"
)


def _is_store(path: Path) -> bool:
    return (path / "CURRENT").is_file()


def _foreign_files(path: Path) -> bool:
    try:
        return any(not _STORE_FILE.fullmatch(p.name) for p in path.iterdir())
    except OSError:  # missing, or not a directory we may list
        return False


def _open_oxigraph(path: Path, *, read_only: bool) -> ox.Store:
    try:
        # RocksDB tracks open stores by path string: resolve, or "store" opened from two
        # working directories looks like one locked store.
        if read_only:
            return ox.Store.read_only(str(path.resolve()))
        return ox.Store(str(path.resolve()))
    except (OSError, RuntimeError) as exc:  # RocksDB reports corruption as RuntimeError
        raise _store_error(path, exc) from exc


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _store_error(path: Path, exc: Exception) -> errors.StoreError:
    message = str(exc)
    if "lock" in message.lower():
        # RocksDB says "While lock file: .../LOCK: Resource temporarily unavailable" (another
        # process) or "lock hold by current process" (this one). kg processes queue on the
        # advisory lock first, so this one is held by something else: say what to do.
        return errors.StoreError(
            f"store {path} is already open in another process or notebook that does not "
            f"queue for it; close it first or use another --store ({message})"
        )
    return errors.StoreError(f"cannot open store {path}: {message}")


def _refcount(obj: object) -> int:
    """References to ``obj``, not counting this function's parameter and getrefcount's argument."""
    return sys.getrefcount(obj) - 2


class KnowledgeStore:
    """Articles' named graphs in one pyoxigraph store, with the queries henan-kg needs."""

    def __init__(
        self,
        store: ox.Store,
        *,
        location: Path | None,
        read_only: bool,
        lock: locking.StoreLock | None = None,
        wait: float | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self._store: ox.Store | None = store
        self.location = location
        self.read_only = read_only
        self._lock = lock
        self._wait = wait
        self._on_wait = on_wait
        # Queries given up on by their time limit that Oxigraph is still evaluating.
        self._running: set[threading.Thread] = set()
        self._opened_at = time.monotonic()

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for what this class does not cover.

        Do not keep it past :meth:`close` or :meth:`yield_to_waiters`: the store's lock is
        given back only when the last reference to it is gone.
        """
        if self._store is None:
            raise errors.StoreError("the store is closed")
        return self._store

    def flush(self) -> None:
        """Write buffered data to disk (Oxigraph also does this on its own)."""
        if self._store is not None and self.location is not None and not self.read_only:
            try:
                self._store.flush()
            except OSError as exc:
                raise errors.StoreError(f"cannot write store {self.location}: {exc}") from exc

    def close(self) -> None:
        """Flush, let go of the store, then give back its lock.

        pyoxigraph has no close(): RocksDB closes when the last reference goes. Another
        process may open the store only after that, so while a reference lives on (a query
        stopped by its time limit that Oxigraph is still evaluating, a result kept by the
        caller), a watcher thread keeps the lock and gives it back when it is gone.
        """
        try:
            self.flush()
        finally:
            running = [t for t in self._running if t.is_alive()]
            box = self._detach()
            lock, self._lock = self._lock, None
            if (box or running) and lock is not None:
                threading.Thread(target=_release_when_unused, args=(box, running, lock),
                                 name="kg-store-close", daemon=True).start()
            elif lock is not None:
                lock.release()

    def _detach(self) -> list[ox.Store]:
        """Drop this object's reference to the store; a one-item list if others still hold it."""
        store, self._store = self._store, None
        if store is None:
            return []
        box = [store]
        del store
        if _refcount(box[0]) > 1:
            gc.collect()  # a reference cycle through a traceback, say
        if _refcount(box[0]) > 1:
            return box
        box.clear()  # RocksDB closes here
        return []

    def yield_to_waiters(self) -> bool:
        """Between two writes: if other kg processes wait for this store, let them in first.

        Closes the store and gives back the lock, waits until those that waited have taken
        it (readers, then one writer at a time), takes it again and reopens. True if it did.
        Call it only where every article so far is committed (that is all a reader can see).
        """
        lock = self._lock
        if lock is None or self._store is None or self.location is None:
            return False
        # Each turn costs a flush and a reopen (some 30 ms): under a stream of readers a build
        # still spends most of its time building.
        if time.monotonic() - self._opened_at < _HOLD_AT_LEAST or not lock.others_waiting():
            return False
        if any(t.is_alive() for t in self._running):
            return False
        self.flush()
        box = self._detach()
        if box:  # someone still uses the handle: keep it and the lock
            self._store = box.pop()
            return False
        exclusive = lock.exclusive
        lock.release()
        lock.let_waiters_in()
        lock.acquire(exclusive=exclusive, wait=self._wait, on_wait=self._on_wait or _say)
        try:
            self._store = _open_oxigraph(self.location, read_only=self.read_only)
        except BaseException:
            lock.release()
            self._lock = None
            raise
        self._opened_at = time.monotonic()
        return True

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        # Unclosed and collected: the store must go before the lock (close() without flush).
        try:
            self._store = None
            lock, self._lock = getattr(self, "_lock", None), None
            if lock is not None:
                lock.release()
        except Exception:  # noqa: BLE001 - nothing to report to in a finaliser
            pass

    def __len__(self) -> int:
        return len(self.oxigraph)

    def __repr__(self) -> str:
        where = self.location or ":memory:"
        return f"<KnowledgeStore {where}{' read-only' if self.read_only else ''}>"

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise errors.StoreError(f"store {self.location} was opened read-only")
        return self.oxigraph

    # -- writing ----------------------------------------------------------------------------

    def ensure_ontology(self) -> int:
        """Load ``ontology/henan-kg.ttl`` into the ontology graph, replacing what was there."""
        store = self._writable()
        triples = ox.parse(path=paths.ontology_file(), format=ox.RdfFormat.TURTLE)
        quads = [
            ox.Quad(q.subject, q.predicate, q.object, _ONTOLOGY_GRAPH) for q in triples
        ]
        self._replace_graph(store, _ONTOLOGY_GRAPH, quads)
        return len(quads)

    def ingest(self, ex: Extraction, *, replace: bool = False) -> int:
        """Add one article's graph in one transaction; returns the number of quads written.

        An article already there raises :class:`~kg.errors.DuplicateArticle` unless
        ``replace``, which swaps the old graph for the new one atomically.
        """
        store = self._writable()
        # Built before any write, so a bad extraction (InputError) changes nothing.
        quads = rdf.extraction_quads(ex)
        graph = ox.NamedNode(str(namespace.article_graph(ex.article.id)))
        if self._graph_in_use(graph):
            if not replace:
                raise errors.DuplicateArticle(
                    f"article {ex.article.id} is already in the store"
                )
            self._replace_graph(store, graph, quads)
        else:
            try:
                store.extend(quads)  # one transaction: all of it or none
            except OSError as exc:
                raise errors.StoreError(
                    f"cannot write article {ex.article.id}: {exc}"
                ) from exc
        return len(quads)

    def ingest_many(
        self, extractions: Iterable[Extraction], *, replace: bool = False
    ) -> IngestSummary:
        """Ingest each article in its own transaction; articles already there are skipped unless ``replace``."""
        summary = IngestSummary()
        for ex in extractions:
            existed = self.has_article(ex.article.id)
            if existed and not replace:
                summary.skipped.append(ex.article.id)
                continue
            summary.quads += self.ingest(ex, replace=replace)
            (summary.replaced if existed else summary.added).append(ex.article.id)
        return summary

    def remove_article(self, article_id: str) -> int:
        """Drop exactly the article's named graph; returns the number of quads removed.

        Facts that other articles also state stay, because they sit in those articles' graphs.
        """
        store = self._writable()
        graph = ox.NamedNode(str(namespace.article_graph(article_id)))
        count = sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
        if not count:
            raise errors.NotFound(f"article {article_id} is not in the store")
        try:
            store.remove_graph(graph)  # one transaction
        except OSError as exc:
            raise errors.StoreError(
                f"cannot remove article {article_id}: {exc}"
            ) from exc
        return count

    def clear(self) -> int:
        """Remove every article (and the ontology graph), one graph per transaction; returns how many graphs.

        Not one transaction for the whole store: that would hold it all in memory. A kill
        half-way leaves some articles, each of them whole.
        """
        store = self._writable()
        graphs = list(store.named_graphs())
        for graph in graphs:
            try:
                store.remove_graph(graph)
            except OSError as exc:
                raise errors.StoreError(f"cannot remove graph {graph}: {exc}") from exc
        store.clear_graph(ox.DefaultGraph())  # nothing of kg's is there, but --rebuild means empty
        return len(graphs)

    def _graph_in_use(self, graph: ox.NamedNode) -> bool:
        return (
            next(iter(self.oxigraph.quads_for_pattern(None, None, None, graph)), None)
            is not None
        )

    @staticmethod
    def _replace_graph(
        store: ox.Store, graph: ox.NamedNode, quads: Iterable[ox.Quad]
    ) -> None:
        # pyoxigraph has no transaction object, and remove_graph + extend would be two
        # transactions; one SPARQL update is one. str() of an Oxigraph term is its N-Triples
        # form, which SPARQL reads back exactly (tested with quotes, backslashes, "\u0022",
        # control, bidi and zero-width characters), so no text from an article is ever
        # pasted into the update unescaped.
        update = _replace_update(graph, quads)
        try:
            store.update(update)
        except (OSError, RuntimeError, SyntaxError) as exc:
            # A SyntaxError here would be a bug in _replace_update, not the user's query.
            raise errors.StoreError(
                f"cannot replace graph {graph.value}: {exc}"
            ) from exc

    # -- reading ----------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        """Whether the article's named graph holds anything."""
        return self._graph_in_use(
            ox.NamedNode(str(namespace.article_graph(article_id)))
        )

    def articles(self) -> list[dict[str, str | int | None]]:
        """One dict per article, by id: id, headline, date, source_file, content_hash, triples."""
        meta = self._select(
            """SELECT ?g ?id ?headline ?date ?file ?hash WHERE {
                 GRAPH ?g { ?a a hk:Article ; hk:articleId ?id .
                   OPTIONAL { ?a schema:headline ?headline }
                   OPTIONAL { ?a schema:datePublished ?date }
                   OPTIONAL { ?a hk:sourceFile ?file }
                   OPTIONAL { ?a hk:contentHash ?hash } } }"""
        )
        counts = {
            row["g"]: int(row["n"] or 0)
            for row in self._select(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
            )
        }
        out: dict[str, dict[str, str | int | None]] = {}
        for row in meta:
            # setdefault: an article with two headlines (bad input) is still one article.
            out.setdefault(
                row["id"] or "",
                {
                    "id": row["id"],
                    "headline": row["headline"],
                    "date": row["date"],
                    "source_file": row["file"],
                    "content_hash": row["hash"],
                    "triples": counts.get(row["g"], 0),
                },
            )
        return [out[k] for k in sorted(out)]

    def query(
        self,
        sparql: str,
        *,
        substitutions: Mapping[str, object] | None = None,
        timeout: float | None = None,
    ) -> QueryResult:
        """Run a SPARQL query over the union of all graphs, with henan-kg's prefixes predeclared.

        ``substitutions`` bind variables to values (strings become plain literals; rdflib or
        Oxigraph terms are used as they are) through Oxigraph, never by editing the query text,
        so a value cannot change the query. Oxigraph only substitutes variables that the SELECT
        projects (``SELECT *`` does). Oxigraph's union is a multiset: a fact stated by two
        articles matches twice, so use DISTINCT or aggregate. ``timeout`` in seconds raises
        :class:`~kg.errors.QueryError`; the abandoned evaluation finishes in the background.
        """
        subs = {
            ox.Variable(name.lstrip("?$")): _term(value)
            for name, value in (substitutions or {}).items()
        }

        def run() -> QueryResult:
            try:
                # self.oxigraph, not a local: a traceback kept by the caller must not keep the
                # RocksDB store (and its lock) alive after close().
                raw = self.oxigraph.query(
                    sparql,
                    prefixes=namespace.PREFIXES,
                    use_default_graph_as_union=True,
                    substitutions=subs or None,
                )
                # Oxigraph evaluates lazily: errors can come while reading the solutions.
                return QueryResult.from_oxigraph(raw)
            except SyntaxError as exc:
                raise errors.QuerySyntaxError(
                    _syntax_message(sparql, str(exc))
                ) from None
            except (OSError, RuntimeError, ValueError, TypeError) as exc:
                raise errors.QueryError(f"query failed: {exc}") from None

        if timeout is None:
            return run()
        return _with_timeout(run, timeout, self._running)

    def _select(self, sparql: str) -> list[dict[str, str | None]]:
        return self.query(sparql).values()

    def stats(self) -> dict[str, object]:
        """Counts for ``kg stats``: articles, quads, distinct triples, entities per type, relations per predicate."""
        # Only article graphs count: the ontology graph is in the union too.
        in_article = "FILTER EXISTS { GRAPH ?g { ?art a hk:Article } }"
        articles = self._select(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a hk:Article } }"
        )
        triples = self._select(
            f"""SELECT (COUNT(*) AS ?n) WHERE {{
                  SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {in_article} }} }}"""
        )
        types = " ".join(f"hk:{t}" for t in namespace.ENTITY_TYPES)
        by_type = self._select(
            f"""SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {{
                  VALUES ?type {{ {types} }} GRAPH ?g {{ ?e a ?type }} {in_article} }}
                GROUP BY ?type"""
        )
        predicates = " ".join(f"hk:{p}" for p in namespace.RELATION_PREDICATES)
        # Distinct (s, p, o): a fact stated by three articles is one relation.
        by_predicate = self._select(
            f"""SELECT ?p (COUNT(*) AS ?n) WHERE {{
                  SELECT DISTINCT ?s ?p ?o WHERE {{
                    VALUES ?p {{ {predicates} }} GRAPH ?g {{ ?s ?p ?o }} {in_article} }} }}
                GROUP BY ?p"""
        )
        assertions = self._select(
            f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a hk:RelationAssertion }} {in_article} }}"
        )
        entities = {t: 0 for t in namespace.ENTITY_TYPES}
        for row in by_type:
            entities[_local(row["type"])] = int(row["n"] or 0)
        relations = {p: 0 for p in namespace.RELATION_PREDICATES}
        for row in by_predicate:
            relations[_local(row["p"])] = int(row["n"] or 0)
        return {
            "articles": int(articles[0]["n"] or 0),
            "quads": len(self.oxigraph),
            "triples": int(triples[0]["n"] or 0),
            "entities": entities,
            "relations": relations,
            "assertions": int(assertions[0]["n"] or 0),
        }

    # -- export and validation ---------------------------------------------------------------

    def _article_quads(self, *, include_ontology: bool = False) -> list[ox.Quad]:
        return [
            q
            for q in self.oxigraph.quads_for_pattern(None, None, None, None)
            if include_ontology or q.graph_name != _ONTOLOGY_GRAPH
        ]

    def export(
        self,
        fmt: str,
        out: str | Path | BinaryIO | TextIO,
        *,
        include_ontology: bool = False,
    ) -> int:
        """Write the articles' graphs to a file or stream; returns the number of quads or triples.

        ``trig``, ``nquads`` and ``json-ld`` keep one named graph per article; ``turtle`` has no
        named graphs, so it is the union as one graph (a fact from two articles written once).
        """
        if fmt not in EXPORT_FORMATS:
            raise ValueError(
                f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}"
            )
        rdf_format = EXPORT_FORMATS[fmt]
        quads = self._article_quads(include_ontology=include_ontology)
        items: list[ox.Quad] | list[ox.Triple]
        if rdf_format.supports_datasets:
            # JSON-LD from Oxigraph keeps the named graphs ("@graph" per "@id") and rdflib
            # reads them back; going through an rdflib Dataset would mean converting every term.
            items = quads
        else:
            items = list(
                dict.fromkeys(
                    ox.Triple(q.subject, q.predicate, q.object) for q in quads
                )
            )
        data = ox.serialize(items, format=rdf_format, prefixes=namespace.PREFIXES)
        _write(out, data)
        return len(items)

    def to_dataset(self, *, include_ontology: bool = False) -> rdflib.Dataset:
        """The store's graphs as an rdflib Dataset, for kglab-style work in a notebook."""
        ds = rdflib.Dataset()
        for prefix, iri in namespace.PREFIXES.items():
            ds.bind(prefix, iri, replace=True)
        for q in self._article_quads(include_ontology=include_ontology):
            ds.add(
                (
                    rdf.oxigraph_to_rdflib(q.subject),
                    rdf.oxigraph_to_rdflib(q.predicate),
                    rdf.oxigraph_to_rdflib(q.object),
                    rdf.oxigraph_to_rdflib(q.graph_name),
                )
            )
        return ds

    def union_graph(self) -> rdflib.Graph:
        """Every article's triples as one rdflib graph (without the ontology)."""
        graph = rdflib.Graph()
        for prefix, iri in namespace.PREFIXES.items():
            graph.bind(prefix, iri, replace=True)
        for q in self._article_quads():
            graph.add(
                (
                    rdf.oxigraph_to_rdflib(q.subject),
                    rdf.oxigraph_to_rdflib(q.predicate),
                    rdf.oxigraph_to_rdflib(q.object),
                )
            )
        return graph

    def validate(self) -> tuple[bool, str]:
        """SHACL-validate the union of the article graphs against ``ontology/shapes.ttl``.

        The ontology is pySHACL's ``ont_graph``, so a shape on ``hk:Organization`` reaches
        companies through ``rdfs:subClassOf``; no other inference is run.
        """
        import pyshacl  # slow to import, and only this command needs it

        shapes = rdflib.Graph().parse(paths.shapes_file(), format="turtle")
        ontology = rdflib.Graph().parse(paths.ontology_file(), format="turtle")
        conforms, _graph, text = pyshacl.validate(
            self.union_graph(),
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            abort_on_first=False,
            allow_warnings=True,
        )
        return bool(conforms), str(text)


def _release_when_unused(box: list[ox.Store], running: list[threading.Thread], lock: locking.StoreLock) -> None:
    """Give back ``lock`` once the store handle in ``box`` is used by nothing else (see ``close``)."""
    for thread in running:
        thread.join()  # Oxigraph holds the store inside the evaluation, out of Python's sight
    while box and _refcount(box[0]) > 1:
        time.sleep(0.2)
    box.clear()
    lock.release()


class SharedStore:
    """A store location used by several processes: kept open between reads, never locked between them.

    For long-running processes (``kg serve``, a notebook, a dashboard). Between two uses the
    store's lock is free, so ``kg add`` and ``kg build`` run while this process lives; each
    :meth:`reading` waits at most for the article being committed, and sees every article
    committed before it began, whole. Threads of this process share it: readings run side by
    side, a :meth:`writing` waits for them and they for it. ``":memory:"`` is one in-memory
    store, kept.

    A reading takes the shared lock, then reuses the read-only RocksDB handle of the last
    reading if no writer has changed the store's files since that handle was opened (RocksDB
    appends every commit to its log, so a commit changes a file's size or time), and opens a
    new one otherwise. Reopening cost 20-40 ms a request; the check costs a directory listing.
    A read-only handle is a snapshot of the store when it was opened (it never sees later
    commits, hence the reopen) and holds no lock RocksDB's writer needs: measured with
    pyoxigraph 0.5, a writer in another process commits, flushes and compacts while an idle
    read-only handle is open, and the stale handle still reads its old snapshot. It is only
    ever read under the shared lock with unchanged files.
    """

    def __init__(self, location: str | Path, *, wait: float | None = None,
                 on_wait: Callable[[str], None] | None = None) -> None:
        self.location = location
        self._wait = wait
        self._on_wait = on_wait
        self._memory = open_store(location) if str(location) in _MEMORY else None
        self._turn = threading.Condition()
        self._readers = 0
        self._writer = False
        # The kept read-only handle and the fingerprint of the store's files it was opened on.
        self._handle: ox.Store | None = None
        self._handle_files: tuple[tuple[str, int, int, int], ...] | None = None
        self._handle_guard = threading.Lock()
        self.reopened = 0  # how many times a reading had to open the store (for tests and benchmarks)

    @contextlib.contextmanager
    def reading(self) -> Iterator[KnowledgeStore]:
        """The store, read-only, for one read (a store not built yet reads as empty)."""
        if self._memory is not None:
            yield self._memory
            return
        with self._turn:
            self._turn.wait_for(lambda: not self._writer)
            self._readers += 1
        try:
            path = Path(self.location)
            if not _is_store(path):  # not built yet (reads as empty), or a SPARQL endpoint
                with open_store(self.location, read_only=True, missing_ok=True, wait=self._wait,
                                on_wait=self._on_wait) as store:
                    yield store
                return
            lock = locking.StoreLock(path)
            lock.acquire(exclusive=False, wait=self._wait, on_wait=self._on_wait or _say)
            try:
                handle = self._current_handle(path)
            except BaseException:
                lock.release()
                raise
            store = KnowledgeStore(handle, location=path, read_only=True)
            del handle
            try:
                yield store
            finally:
                # The handle stays with this object; the lock goes back once every evaluation
                # on it has ended (a query given up on by its time limit may still run).
                running = [t for t in store._running if t.is_alive()]
                store._store = None
                if running:
                    threading.Thread(target=_release_when_unused, args=([], running, lock),
                                     name="kg-store-close", daemon=True).start()
                else:
                    lock.release()
        finally:
            with self._turn:
                self._readers -= 1
                self._turn.notify_all()

    def _current_handle(self, path: Path) -> ox.Store:
        """The kept read-only handle, reopened if the store's files changed (call with the shared lock)."""
        with self._handle_guard:
            files = _store_files(path)
            if self._handle is None or files != self._handle_files:
                self._handle = None  # RocksDB closes the stale snapshot once no query uses it
                self._handle = _open_oxigraph(path, read_only=True)
                self._handle_files = files
                self.reopened += 1
            return self._handle

    def drop_handle(self) -> None:
        """Let go of the kept read-only handle (the next reading opens the store again)."""
        with self._handle_guard:
            self._handle = None
            self._handle_files = None

    @contextlib.contextmanager
    def writing(self) -> Iterator[KnowledgeStore]:
        """The store, read-write, for one write (several articles are still one transaction each)."""
        if self._memory is not None:
            with self._turn:
                self._turn.wait_for(lambda: not self._writer)
                self._writer = True
            try:
                yield self._memory
            finally:
                with self._turn:
                    self._writer = False
                    self._turn.notify_all()
            return
        with self._turn:
            self._turn.wait_for(lambda: not self._writer and not self._readers)
            self._writer = True
        try:
            self.drop_handle()  # one RocksDB instance per store in this process at a time
            with open_store(self.location, wait=self._wait, on_wait=self._on_wait) as store:
                yield store
        finally:
            with self._turn:
                self._writer = False
                self._turn.notify_all()


def _store_files(path: Path) -> tuple[tuple[str, int, int, int], ...]:
    """Name, size, modification time and inode of each RocksDB file of a store: what a commit changes.

    RocksDB's info logs (``LOG*``, rewritten by every opener, read-only ones included) and
    kg's lock files are left out.
    """
    out = []
    with os.scandir(path) as entries:
        for entry in entries:
            if entry.name.startswith("LOG") or entry.name in (locking.LOCK_NAME, locking.QUEUE_NAME):
                continue
            try:
                st = entry.stat()
            except FileNotFoundError:  # deleted by a writer of a store we do not lock (not kg)
                continue
            out.append((entry.name, st.st_size, st.st_mtime_ns, st.st_ino))
    return tuple(sorted(out))


def _replace_update(graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> str:
    """One SPARQL update that empties ``graph`` and fills it with ``quads``."""
    lines = [f"{q.subject} {q.predicate} {q.object} .\n" for q in quads]
    return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{''.join(lines)}}} }}"


def _syntax_message(sparql: str, message: str) -> str:
    """Oxigraph's parser message, made readable where it lists a page of expected characters."""
    where = re.match(r"error at (\d+):(\d+)", message)
    if where and "Prefix not found" in message:
        # The position is just after the prefixed name: read the name back from there.
        line, column = int(where[1]), int(where[2])
        lines = sparql.splitlines()
        text = lines[line - 1][: column - 1] if line <= len(lines) else ""
        prefix = re.search(r"([A-Za-z][\w.-]*):[\w.-]*$", text)
        name = prefix[1] if prefix else "?"
        known = ", ".join(namespace.PREFIXES)
        return f"malformed SPARQL: {where[0]}: unknown prefix {name}: (predeclared: {known})"
    expected = re.match(r"(error at \d+:\d+): expected one of (.*)", message, re.S)
    if expected:
        # Oxigraph lists every character class a name may start with, over several lines:
        # keep the keywords and tokens, and say "a name" or "a digit" for the classes.
        message = f"{expected[1]}: expected one of {', '.join(_expected_items(expected[2]))}"
    if where:
        lines = sparql.splitlines() or [""]
        line, column = int(where[1]), int(where[2])
        text = lines[min(line, len(lines)) - 1]
        near = text[max(0, column - 16) : column + 8].strip()
        message += f" (near {near!r})" if near else " (at the end)"
    return "malformed SPARQL: " + " ".join(message.split())


def _expected_items(listing: str) -> list[str]:
    """The items of Oxigraph's "expected one of ..." list, character classes summarised."""
    items: list[str] = []
    depth, quote, start = 0, "", 0
    for i, ch in enumerate(listing + ","):
        if quote:
            quote = "" if ch == quote and listing[i - 1] != "\\" else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(listing[start:i].strip())
            start = i + 1
    out: list[str] = []
    for item in items:
        if item.startswith("["):
            if "'A'" in item:
                item = "a name"
            elif re.fullmatch(r"\['0'\s*\.\.=\s*'9'\]", item):
                item = "a digit"
            else:
                continue  # one more character a name may hold
        if item and item not in out:
            out.append(item)
    return out or ["something else"]


def _term(value: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    if isinstance(value, rdflib.term.Identifier):
        term = rdf.rdflib_to_oxigraph(value)
        assert not isinstance(term, ox.DefaultGraph)
        return term
    if isinstance(value, str):
        return ox.Literal(value)
    raise TypeError(f"cannot bind a {type(value).__name__} in a query")


def _local(iri: str | None) -> str:
    """The local name of an ``hk:`` IRI."""
    return (iri or "").rsplit("#", 1)[-1]


def _write(out: str | Path | BinaryIO | TextIO, data: bytes) -> None:
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    elif isinstance(out, io.TextIOBase):
        out.write(data.decode("utf-8"))
    else:
        out.write(data)


def _with_timeout(run: Callable[[], QueryResult], timeout: float, running: set[threading.Thread]) -> QueryResult:
    """Run ``run`` in a daemon thread and give up after ``timeout`` seconds.

    Oxigraph releases the GIL while it evaluates, so the caller gets control back; Oxigraph
    cannot be interrupted, so the thread runs on until it ends or the process exits. A daemon
    thread, not a ThreadPoolExecutor, because the executor would make interpreter exit wait.
    The thread is in ``running`` while it runs: the store's lock is not given back before
    it ends (see :meth:`KnowledgeStore.close`).
    """
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["result"] = run()
        except Exception as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc
        finally:
            running.discard(thread)

    thread = threading.Thread(target=target, name="kg-query", daemon=True)
    running.add(thread)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise errors.QueryError(f"query did not finish within {timeout:g} s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]  # type: ignore[return-value]
