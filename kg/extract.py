"""Run the pipeline over articles and turn spaCy's output into :class:`kg.model.Extraction`."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat

import numpy
from spacy.attrs import LENGTH, MORPH, NORM, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from kg.known import KnownEntity
from kg.model import Article, Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.namespace import entity_iri
from kg.nlp.pipeline import COMPONENTS, KNOWN_RULER, load_pipeline, set_known

_PARAGRAPH = re.compile(r".*?(?:\n[ \t]*\n\s*|\Z)", re.S)


def paragraphs(text: str) -> list[str]:
    """The text cut after each blank line; joined back they are exactly ``text``."""
    return [m.group(0) for m in _PARAGRAPH.finditer(text) if m.group(0)]


def paragraph_docs(nlp: Language, text: str) -> list[Doc]:
    """The tokenizer's Doc of each paragraph, each knowing its text: ``doc.text`` builds every Token of the paragraph
    to join their texts again, and ``hk_legal_forms`` and ``join_paragraphs`` ask for it (spans.doc_text)."""
    docs = []
    for para in paragraphs(text):
        doc = nlp.make_doc(para)
        doc.user_data["hk_text"] = para
        docs.append(doc)
    return docs


# (not MORPH: no component after the join reads morphology, and setting it is a third of the join's cost; not NORM:
# the tokens' norms are their lexemes' unless a tokenizer exception set one, and nothing after the join reads it)
_JOIN_ATTRS = [a for a in Doc._get_array_attrs() if a not in (LENGTH, MORPH, NORM)]
# (the words and their spaces make the joined Doc; from_array sets the rest)
_SET_ATTRS = [a for a in _JOIN_ATTRS if a not in (ORTH, SPACY)]


def join_paragraphs(parts: list[Doc]) -> Doc:
    """The paragraphs' docs as one, as ``Doc.from_docs(parts, ensure_whitespace=False)`` joins them (the words, tags,
    lemmas, the parse, the sentences and the entities; not the morphology, see _JOIN_ATTRS), read from their arrays:
    from_docs builds every token of every part twice for its words and spaces, a measurable share of what our
    components cost. (No part carries spans, user data or a
    tensor our components read, but for its text, which is joined too.)"""
    arrays = [d.to_array(_JOIN_ATTRS) for d in parts]
    concat = numpy.concatenate(arrays)
    words = concat[:, _JOIN_ATTRS.index(ORTH)].tolist()
    spaces = concat[:, _JOIN_ATTRS.index(SPACY)].astype(bool).tolist()
    doc = Doc(parts[0].vocab, words=words, spaces=spaces)
    doc = doc.from_array(_SET_ATTRS, concat[:, [_JOIN_ATTRS.index(a) for a in _SET_ATTRS]])
    # the joined text, from the parts' texts where hk_legal_forms kept them (spans.doc_text would build it anew)
    doc.user_data["hk_text"] = "".join(d.user_data.get("hk_text") or d.text for d in parts)
    return doc


def _doc(article: Article, known: tuple[KnownEntity, ...] = ()) -> Doc:
    """Parse each paragraph (and the headline) on its own, then run our components on the whole article.

    A sentence never crosses a blank line in news text, and the parser gets that right only when it
    sees one paragraph at a time; ``join_paragraphs`` joins them with every offset unchanged.
    """
    nlp = load_pipeline()
    set_known(nlp, known)
    ours = set(COMPONENTS) | ({KNOWN_RULER} if not known else set())
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n in ours]):
        parts = list(nlp.pipe(paragraph_docs(nlp, article.text)))
    doc = join_paragraphs(parts) if len(parts) > 1 else parts[0]
    doc._.hk_headline_end = article.body_start
    for name in COMPONENTS:
        doc = nlp.get_pipe(name)(doc)
    return doc


def extract(article: Article, known: tuple[KnownEntity, ...] = ()) -> Extraction:
    """Entities and relations of one article; ``known`` entities (kg.known) override the rules."""
    doc = _doc(article, known)
    sents = list(doc.sents)
    sent_of_token = {}
    sentences = []
    for n, s in enumerate(sents):
        text = s.text.rstrip()
        lead = len(text) - len(text.lstrip())
        sentences.append(Sentence(index=n, start=s.start_char + lead, end=s.start_char + len(text), text=text.strip()))
        for i in range(s.start, s.end):  # (indices, not Tokens: a Token is built on each access)
            sent_of_token[i] = n
    entities: list[Entity] = []
    iri_of_cluster: dict[int, str] = {}
    by_iri: dict[str, Entity] = {}
    for ci, cl in enumerate(doc._.hk_clusters):
        label = cl.label
        iri = str(entity_iri(label, cl.type))
        mentions = [Mention(start=m.start_char, end=m.end_char, text=m.text, sentence=sent_of_token[m.start])
                    for m in cl.mentions]
        if iri in by_iri:  # two clusters whose names normalise alike: one node
            ent = by_iri[iri]
            ent.mentions.extend(mentions)
            ent.aliases = sorted(set(ent.aliases) | set(cl.aliases()) - {ent.label})
        else:
            ent = Entity(id=iri, label=label, type=cl.type, aliases=cl.aliases(), mentions=mentions)
            by_iri[iri] = ent
            entities.append(ent)
        iri_of_cluster[ci] = iri
    relations: list[Relation] = []
    seen = set()
    for r in doc._.hk_relations:
        s, o = iri_of_cluster[r.subject], iri_of_cluster[r.object]
        if s == o or (s, r.predicate, o) in seen:
            continue
        seen.add((s, r.predicate, o))
        n = sent_of_token[r.sentence_start]
        sent = sentences[n]
        relations.append(Relation(subject=s, predicate=r.predicate, object=o, rule=r.rule,
                                  evidence=Evidence(sentence=sent.text, start=sent.start, end=sent.end, index=n)))
    for e in entities:
        e.mentions.sort(key=lambda m: m.start)
    return Extraction(article=article, entities=entities, relations=relations, sentences=sentences)


def _init_worker() -> None:
    load_pipeline()


def extract_many(articles: Iterable[Article], *, processes: int | None = None,
                 known: tuple[KnownEntity, ...] = ()) -> Iterator[Extraction]:
    """Extract from many articles, in order, using up to ``processes`` worker processes."""
    articles = list(articles)
    procs = processes if processes is not None else min(os.cpu_count() or 1, 2)
    if procs <= 1 or len(articles) < 4:
        for a in articles:
            yield extract(a, known)
        return
    with ProcessPoolExecutor(max_workers=procs, initializer=_init_worker) as pool:
        yield from pool.map(extract, articles, repeat(known), chunksize=max(1, len(articles) // (procs * 8)))
