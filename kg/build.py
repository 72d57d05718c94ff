"""Library functions behind ``kg build``, ``kg add`` and ``kg remove``: corpus and store kept in step."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from kg import corpus as corpus_mod
from kg.errors import DuplicateArticle, InputError, NotFound
from kg.known import known_file, load_known
from kg.model import Article, Extraction
from kg.store import KnowledgeStore


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)  # article ids
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # stale versions of changed files
    failed: list[str] = field(default_factory=list)  # "file: reason"
    duplicates: list[str] = field(default_factory=list)
    quads: int = 0

    def lines(self) -> list[str]:
        out = [f"added {len(self.added)}, unchanged {len(self.unchanged)}, replaced {len(self.replaced)}, "
               f"removed {len(self.removed)}, failed {len(self.failed)} ({self.quads} quads written)"]
        out += [f"duplicate: {d}" for d in self.duplicates]
        out += [f"failed: {f}" for f in self.failed]
        return out


def build(store: KnowledgeStore, corpus: str | Path, *, rebuild: bool = False,
          processes: int | None = None) -> BuildReport:
    """Ingest every corpus article not yet in the store, or changed since it was ingested.

    Each article goes in as one transaction, so a build that is killed leaves whole articles
    only, and the next build carries on where it stopped. A changed file's old version is
    removed after its new version is in; if a kill comes between the two, the next build
    removes it.
    """
    report = BuildReport()
    if rebuild:
        store.clear()
    store.ensure_ontology()
    by_file: dict[str, list[str]] = {}
    for a in store.articles():
        by_file.setdefault(str(a["source_file"]), []).append(str(a["id"]))
    entries = corpus_mod.scan(corpus, index=id_index(store, corpus))  # records the ids for kg add
    in_corpus = {e.article.id for e in entries if e.article is not None}

    def stale(a: Article) -> list[str]:
        """Older versions of this article's file that are still in the store."""
        return [i for i in by_file.get(str(a.source_file), []) if i != a.id and i not in in_corpus]

    todo = []
    seen_ids: dict[str, str] = {}
    for entry in entries:
        if entry.article is None:
            report.failed.append(entry.error or entry.path.name)
            continue
        a = entry.article
        if a.id in seen_ids:
            report.duplicates.append(f"{entry.path.name} repeats {seen_ids[a.id]}")
            continue
        seen_ids[a.id] = entry.path.name
        if store.has_article(a.id):
            report.unchanged.append(a.id)
            for old in stale(a):  # left behind by a build killed between new and old
                store.remove_article(old)
                report.removed.append(old)
            continue
        report.removed.extend(stale(a))
        todo.append(a)
    store.yield_to_waiters()
    from kg.extract import extract_many  # here, not at the top: kg remove needs no spaCy (2 s to import)

    for ex in extract_many(todo, processes=processes, known=load_known(known_file(corpus))):
        try:
            report.quads += store.ingest(ex)  # one transaction: a kill leaves the article out, or in whole
        except DuplicateArticle:  # `kg add` put it in while this build let it in
            report.unchanged.append(ex.article.id)
            continue
        olds = [old for old in stale(ex.article) if store.has_article(old)]
        for old in olds:
            store.remove_article(old)  # the file changed: its new version replaces the old
        (report.replaced if olds else report.added).append(ex.article.id)
        # Readers and writers waiting for the store get it now, between two whole articles.
        store.yield_to_waiters()
    store.flush()
    return report


@dataclass
class Prepared:
    """A file to add, read and extracted before the store is opened (so the store waits for no parsing)."""

    source: Path
    text: str = ""
    extraction: Extraction | None = None
    error: str | None = None


def prepare(files: list[str | Path], corpus: str | Path) -> list[Prepared]:
    """Read, parse and extract each file; a file that is not a readable article keeps its error."""
    from kg.extract import extract

    known = load_known(known_file(corpus))
    out = []
    for f in files:
        try:
            text, article = corpus_mod.read_new(f)
        except InputError as exc:
            out.append(Prepared(Path(f), error=str(exc)))
            continue
        out.append(Prepared(Path(f), text, extract(article, known)))
    return out


def add(store: KnowledgeStore, files: list[str | Path], corpus: str | Path) -> BuildReport:
    """Put article files into the corpus and ingest them; an article already there changes nothing."""
    return add_prepared(store, prepare(files, corpus), corpus)


def add_prepared(store: KnowledgeStore | None, prepared: list[Prepared], corpus: str | Path) -> BuildReport:
    """The writing half of :func:`add`: corpus file and store, under the store's lock.

    ``store`` may be None when no file is readable (nothing is opened then).
    """
    report = BuildReport()
    ontology_loaded = False
    for item in prepared:
        if item.extraction is None:
            report.failed.append(item.error or str(item.source))
            continue
        assert store is not None, "a readable file needs a store"
        ex = item.extraction
        if store.has_article(ex.article.id):  # first: it costs one lookup, the corpus check a listing
            report.duplicates.append(f"{item.source}: article {ex.article.id} is already in the store")
            continue
        try:
            article, target = corpus_mod.place(item.text, ex.article, corpus, source=item.source,
                                               index=id_index(store, corpus))
        except DuplicateArticle as exc:
            report.duplicates.append(str(exc))
            continue
        try:
            ex = replace(ex, article=article)  # the name it has in the corpus
            if not ontology_loaded:
                store.ensure_ontology()
                ontology_loaded = True
            report.quads += store.ingest(ex)
        except BaseException:
            target.unlink(missing_ok=True)  # keep corpus and store in step
            raise
        report.added.append(article.id)
        store.yield_to_waiters()
    if store is not None:
        store.flush()
    return report


def id_index(store: KnowledgeStore, corpus: str | Path) -> Path | None:
    """The corpus's id index (:func:`kg.corpus.article_ids`), kept in the store's folder.

    Not in the corpus, which holds articles only; the store's write lock serialises the
    writers that update it. None for a store in memory, on a server or read-only: then
    the corpus is read file by file.
    """
    location = getattr(store, "location", None)
    if not isinstance(location, Path) or getattr(store, "read_only", True):
        return None
    return corpus_mod.index_file(location, corpus)


_IDS_STARTING = """SELECT DISTINCT ?id ?prefix WHERE {
  GRAPH ?g { ?a hk:articleId ?id } FILTER(STRSTARTS(STR(?id), STR(?prefix))) }"""


def remove(store: KnowledgeStore, article_id: str, corpus: str | Path) -> int:
    """Take an article out of the store (exactly its named graph) and its file out of the corpus."""
    article_id = article_id.strip()
    if len(article_id) < 4:
        raise NotFound(f"article id {article_id!r} is too short: give the id or at least 4 of its first characters")
    # The ids alone (not store.articles(), which counts every graph's triples); the prefix is bound, not pasted.
    rows = store.query(_IDS_STARTING, substitutions={"prefix": article_id}).values()
    matches = sorted({str(r["id"]) for r in rows if r.get("id")})
    if len(matches) > 1:
        raise NotFound(f"article id {article_id!r} is ambiguous: {', '.join(matches)}")
    if not matches:
        raise NotFound(f"article {article_id} is not in the store")
    full_id = matches[0]
    count = store.remove_article(full_id)
    corpus = Path(corpus)
    for name, aid in corpus_mod.article_ids(corpus, index=id_index(store, corpus)).items():
        if aid == full_id:
            (corpus / name).unlink(missing_ok=True)
    store.flush()
    return count
