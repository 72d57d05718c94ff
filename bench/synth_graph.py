"""A large store in henan-kg's data model, written directly: no spaCy, about a million quads in a minute or two.

The articles are those of ``bench/synth_corpus.py`` (same seed, same articles); each becomes the
:class:`~kg.model.Extraction` a perfect extractor would return for it (the entities each sentence
names, with their offsets and the names used as aliases, and the facts it states), and goes
through ``kg.rdf.extraction_quads``, exactly what ``kg build`` writes for an article. The quads are
bulk-loaded (``Store.bulk_extend``) into a store opened with ``kg.store.open_store``, with the
ontology graph, so every ``kg`` command and saved query works on it.

    python bench/synth_graph.py /tmp/store-1m                       # ~1,000,000 quads
    python bench/synth_graph.py /tmp/store-10k --articles 10000 --corpus /tmp/corpus-10k
"""

from __future__ import annotations

import argparse
import functools
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.article import parse_article
from kg.model import Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.namespace import entity_iri
from kg.rdf import extraction_quads
from kg.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth_corpus import Names, SynthArticle, generate  # noqa: E402

DEFAULT_QUADS = 1_000_000


@functools.lru_cache(maxsize=200_000)
def _iri(label: str, type_: str) -> str:
    return str(entity_iri(label, type_))


def gold_extraction(a: SynthArticle) -> Extraction:
    """What a perfect extractor returns for a synthetic article: every named entity and stated fact."""
    article = a.article or parse_article(a.file_text, source_file=a.file_name)
    text = article.text
    sentences = [Sentence(0, 0, len(a.headline), a.headline)]
    entities: dict[str, Entity] = {}
    relations: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    pos = article.body_start
    for paragraph in a.paragraphs:
        for s in paragraph:
            start = text.index(s.text, pos)
            pos = start + len(s.text)
            index = len(sentences)
            sentences.append(Sentence(index, start, pos, s.text))
            for ent, begin, end in s.mentions:
                iri = _iri(ent.label, ent.type)
                entity = entities.get(iri)
                if entity is None:
                    entity = entities[iri] = Entity(iri, ent.label, ent.type)
                surface = s.text[begin:end]
                if surface != entity.label and surface not in entity.aliases:
                    entity.aliases.append(surface)
                entity.mentions.append(Mention(start + begin, start + end, surface, index))
            for subject, predicate, obj in s.facts:
                key = (_iri(subject.label, subject.type), predicate, _iri(obj.label, obj.type))
                if key[0] == key[2] or key in seen:
                    continue
                seen.add(key)
                relations.append(Relation(key[0], predicate, key[2], Evidence(s.text, start, pos, index), rule="gold"))
    # An entity stated in a fact but never named (cannot happen with the templates) would be a
    # dangling IRI: keep the graph shaped like the extractor's, where every node is mentioned.
    relations = [r for r in relations if r.subject in entities and r.object in entities]
    return Extraction(article, list(entities.values()), relations, sentences)


def extractions(n: int | None, *, seed: int = 1, start: int = 0, names: Names | None = None) -> Iterator[tuple[SynthArticle, Extraction]]:
    """Synthetic articles and their gold extractions; ``n=None`` goes on until the caller stops."""
    for a in generate(n if n is not None else 10**9, seed=seed, start=start, names=names):
        yield a, gold_extraction(a)


@dataclass
class GraphStats:
    articles: int
    quads: int
    seconds: float
    words: int


def build_store(path: str | Path, *, articles: int | None = None, quads: int | None = None, seed: int = 1,
                corpus: str | Path | None = None, batch: int = 250_000, replace: bool = False) -> GraphStats:
    """Write a store of ``articles`` synthetic articles (or as many as reach ``quads`` quads) at ``path``.

    ``corpus``: also write the article files there, as if the store had been built from them.
    ``replace``: remove an existing store (or corpus) at those paths first.
    """
    if articles is None and quads is None:
        quads = DEFAULT_QUADS
    path = Path(path)
    if replace:
        shutil.rmtree(path, ignore_errors=True)
        if corpus is not None:
            shutil.rmtree(corpus, ignore_errors=True)
    if path.exists() and any(path.iterdir()):
        raise SystemExit(f"{path} exists and is not empty (use --replace)")
    folder = Path(corpus) if corpus is not None else None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    total = n_articles = words = 0
    pending: list[ox.Quad] = []
    with open_store(path) as store:
        total += store.ensure_ontology()
        for a, ex in extractions(articles, seed=seed):
            if folder is not None:
                (folder / a.file_name).write_text(a.file_text, encoding="utf-8")
            q = extraction_quads(ex)
            pending += q
            total += len(q)
            n_articles += 1
            words += a.words()
            if len(pending) >= batch:
                store.oxigraph.bulk_extend(pending)
                pending = []
            if quads is not None and total >= quads:
                break
        store.oxigraph.bulk_extend(pending)
        store.flush()
    return GraphStats(n_articles, total, time.perf_counter() - started, words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", type=Path, help="store directory to create")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quads", type=int, help=f"stop at this many quads (default {DEFAULT_QUADS:,})")
    size.add_argument("--articles", type=int, help="this many articles, however many quads")
    parser.add_argument("--corpus", type=Path, help="also write the article files to this folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--replace", action="store_true", help="delete an existing store / corpus first")
    args = parser.parse_args(argv)
    stats = build_store(args.store, articles=args.articles, quads=args.quads, seed=args.seed,
                        corpus=args.corpus, replace=args.replace)
    print(f"{args.store}: {stats.articles:,} articles ({stats.words:,} words), {stats.quads:,} quads "
          f"in {stats.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
