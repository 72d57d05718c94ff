"""The knowledge graph on disk: one Oxigraph store, one named graph per article.

Each article's facts live in its own named graph, so removing or re-extracting an
article touches nothing else, and a fact stated by two articles is stored twice and
survives the removal of either. Queries see the union of all graphs (including the
ontology graph, so ``rdfs:subClassOf*`` paths work). In pyoxigraph 0.5 that union is a
multiset, not the RDF merge (oxigraph/oxigraph#1919, fixed for 0.6): a triple in two
article graphs matches twice, so counts here use DISTINCT, and so must user queries.

Every write of an article is one Oxigraph transaction: ``Store.extend`` for a new
article, one ``Store.update`` (drop the old graph, insert the new) for a replacement.
A failure at any point leaves the store as it was.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Self, TextIO

import pyoxigraph as ox
import rdflib

from kg import errors, namespace, paths, rdf
from kg.model import Extraction
from kg.query import QueryResult

EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "json-ld": ox.RdfFormat.JSON_LD,
}
_MEMORY = ("", ":memory:")
_ONTOLOGY_GRAPH = ox.NamedNode(str(namespace.ONTOLOGY_GRAPH))

__all__ = ["EXPORT_FORMATS", "IngestSummary", "KnowledgeStore", "open_store"]


@dataclass
class IngestSummary:
    """What :meth:`KnowledgeStore.ingest_many` did with each article."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already there and replace=False
    quads: int = 0


def open_store(location: str | Path, *, read_only: bool = False) -> KnowledgeStore:
    """Open (or create) the store at ``location``; ``""`` or ``":memory:"`` is a store in memory.

    Oxigraph's RocksDB takes a lock on the directory: a second writer, in this process
    or another, gets :class:`~kg.errors.StoreError` instead of a crash. ``read_only``
    opens without the lock; Oxigraph leaves reading while another process writes undefined.
    """
    if str(location) in _MEMORY:
        return KnowledgeStore(ox.Store(), location=None, read_only=False)
    path = Path(location)
    if path.exists() and not path.is_dir():
        raise errors.StoreError(f"store {path} is a file, not a store directory")
    try:
        if read_only:
            if not path.is_dir():
                raise errors.StoreError(f"no store at {path}")
            store = ox.Store.read_only(str(path.resolve()))
        else:
            path.mkdir(parents=True, exist_ok=True)
            # RocksDB tracks open stores by path string: resolve, or "store" opened from two
            # working directories looks like one locked store.
            store = ox.Store(str(path.resolve()))
    except OSError as exc:
        raise _store_error(path, exc) from exc
    return KnowledgeStore(store, location=path, read_only=read_only)


def _store_error(path: Path, exc: OSError) -> errors.StoreError:
    message = str(exc)
    if "lock" in message.lower():
        # RocksDB says "While lock file: .../LOCK: Resource temporarily unavailable" (another
        # process) or "lock hold by current process" (this one): neither tells the user what to do.
        return errors.StoreError(
            f"store {path} is already open in another kg process or notebook; "
            f"close it first or use another --store ({message})"
        )
    return errors.StoreError(f"cannot open store {path}: {message}")


class KnowledgeStore:
    """Articles' named graphs in one pyoxigraph store, with the queries henan-kg needs."""

    def __init__(
        self, store: ox.Store, *, location: Path | None, read_only: bool
    ) -> None:
        self._store: ox.Store | None = store
        self.location = location
        self.read_only = read_only

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for what this class does not cover."""
        if self._store is None:
            raise errors.StoreError("the store is closed")
        return self._store

    def flush(self) -> None:
        """Write buffered data to disk (Oxigraph also does this on its own)."""
        if self._store is not None and self.location is not None and not self.read_only:
            self._store.flush()

    def close(self) -> None:
        """Flush and let go of the store, which releases the directory lock."""
        self.flush()
        # pyoxigraph has no close(): RocksDB closes when the last reference goes.
        self._store = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        return _with_timeout(run, timeout)

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
    return f"malformed SPARQL: {message}"


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


def _with_timeout(run: Callable[[], QueryResult], timeout: float) -> QueryResult:
    """Run ``run`` in a daemon thread and give up after ``timeout`` seconds.

    Oxigraph releases the GIL while it evaluates, so the caller gets control back; Oxigraph
    cannot be interrupted, so the thread runs on until it ends or the process exits. A daemon
    thread, not a ThreadPoolExecutor, because the executor would make interpreter exit wait.
    """
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["result"] = run()
        except Exception as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="kg-query", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise errors.QueryError(f"query did not finish within {timeout:g} s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]  # type: ignore[return-value]
