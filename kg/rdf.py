"""Turn one :class:`~kg.model.Extraction` into RDF: the article's named graph.

The triples are built once, as Oxigraph terms, because the store is the hot path:
building ``pyoxigraph.Quad`` objects directly took 7 ms for an 800-quad article, against
31 ms for an rdflib graph converted term by term and 35-54 ms for one passed through
N-Quads text and ``pyoxigraph.parse``. The rdflib graph for notebooks and tests is
converted from the same triples, so the two can never disagree.

Every IRI comes from :mod:`kg.namespace`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg import __version__, errors, namespace
from kg.model import Extraction
from kg.namespace import HK, SCHEMA

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
OxTriple = tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, OxTerm]

__all__ = [
    "extraction_quads",
    "extraction_to_graph",
    "extraction_triples",
    "oxigraph_to_rdflib",
    "rdflib_to_oxigraph",
]


def _nn(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


# Terms used for every article, made once: creating a NamedNode validates the IRI.
_A = _nn(RDF.type)
_RDF_SUBJECT = _nn(RDF.subject)
_RDF_PREDICATE = _nn(RDF.predicate)
_RDF_OBJECT = _nn(RDF.object)
_RDFS_LABEL = _nn(RDFS.label)
_PREF_LABEL = _nn(SKOS.prefLabel)
_ALT_LABEL = _nn(SKOS.altLabel)
_DERIVED_FROM = _nn(PROV.wasDerivedFrom)
_XSD_STRING = _nn(XSD.string)
_XSD_DATE = _nn(XSD.date)
_XSD_ANYURI = _nn(XSD.anyURI)
_NEWS_ARTICLE = _nn(SCHEMA.NewsArticle)
_HEADLINE = _nn(SCHEMA.headline)
_DATE_PUBLISHED = _nn(SCHEMA.datePublished)
_AUTHOR = _nn(SCHEMA.author)
_PUBLISHER = _nn(SCHEMA.publisher)
_URL = _nn(SCHEMA.url)
_IS_PART_OF = _nn(SCHEMA.isPartOf)
_TEXT = _nn(SCHEMA.text)
_ARTICLE = _nn(HK.Article)
_SENTENCE = _nn(HK.Sentence)
_ASSERTION = _nn(HK.RelationAssertion)
_ARTICLE_ID = _nn(HK.articleId)
_SOURCE_FILE = _nn(HK.sourceFile)
_CONTENT_HASH = _nn(HK.contentHash)
_EXTRACTOR_VERSION = _nn(HK.extractorVersion)
_SENTENCE_INDEX = _nn(HK.sentenceIndex)
_START_CHAR = _nn(HK.startChar)
_END_CHAR = _nn(HK.endChar)
_MENTIONED_IN = _nn(HK.mentionedIn)
_CLASSES = {t: _nn(HK[t]) for t in namespace.ENTITY_TYPES}
_PREDICATES = {p: _nn(HK[p]) for p in namespace.RELATION_PREDICATES}

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date(value: str | None) -> str | None:
    """The date as ``YYYY-MM-DD`` when it is one (2024-02-30 is not), else None."""
    if not value or not _ISO_DATE.fullmatch(value.strip()):
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None


def extraction_triples(ex: Extraction) -> Iterator[OxTriple]:
    """Every triple of the article's graph, as Oxigraph terms; may repeat a triple."""
    art = ex.article
    article = _nn(namespace.article_iri(art.id))
    yield article, _A, _ARTICLE
    yield article, _A, _NEWS_ARTICLE
    yield article, _ARTICLE_ID, ox.Literal(art.id)
    if art.title is not None:
        yield article, _HEADLINE, ox.Literal(art.title)
    date = _date(art.date)
    if date is not None:
        yield article, _DATE_PUBLISHED, ox.Literal(date, datatype=_XSD_DATE)
    if art.author is not None:
        yield article, _AUTHOR, ox.Literal(art.author)
    if art.source is not None:
        yield article, _PUBLISHER, ox.Literal(art.source)
    if art.url is not None:
        yield article, _URL, ox.Literal(art.url, datatype=_XSD_ANYURI)
    if art.source_file is not None:
        yield article, _SOURCE_FILE, ox.Literal(art.source_file)
    if art.content_hash:
        yield article, _CONTENT_HASH, ox.Literal(art.content_hash)
    yield article, _EXTRACTOR_VERSION, ox.Literal(__version__)

    # Only sentences that something points at: the rest of the text is in the corpus,
    # and storing every sentence would double the store for no query that needs it.
    sentences = {s.index: s for s in ex.sentences}
    used: dict[int, tuple[str, int, int] | None] = {}
    for entity in ex.entities:
        for mention in entity.mentions:
            s = sentences.get(mention.sentence)
            used.setdefault(mention.sentence, (s.text, s.start, s.end) if s else None)
    for rel in ex.relations:
        ev = rel.evidence
        s = sentences.get(ev.index)
        # The evidence carries its own text, so a relation never points at an empty node.
        if used.get(ev.index) is None:
            used[ev.index] = (
                (s.text, s.start, s.end) if s else (ev.sentence, ev.start, ev.end)
            )

    def sentence(index: int) -> ox.NamedNode:
        return _nn(namespace.sentence_iri(art.id, index))

    for index in sorted(used):
        node = sentence(index)
        yield node, _A, _SENTENCE
        yield node, _IS_PART_OF, article
        yield node, _SENTENCE_INDEX, ox.Literal(index)
        if (known := used[index]) is not None:
            text, start, end = known
            yield node, _TEXT, ox.Literal(text)
            yield node, _START_CHAR, ox.Literal(start)
            yield node, _END_CHAR, ox.Literal(end)

    for entity in ex.entities:
        cls = _CLASSES.get(entity.type)
        if cls is None:
            raise errors.InputError(
                f"article {art.id}: unknown entity type {entity.type!r} for {entity.id}"
            )
        node = _nn(entity.id)
        label = ox.Literal(entity.label)
        yield node, _A, cls
        yield node, _PREF_LABEL, label
        yield node, _RDFS_LABEL, label
        for alias in entity.aliases:
            # SKOS makes prefLabel and altLabel disjoint, so the label is never its own alias.
            if alias != entity.label:
                yield node, _ALT_LABEL, ox.Literal(alias)
        for mention in entity.mentions:
            yield node, _MENTIONED_IN, sentence(mention.sentence)

    for rel in ex.relations:
        pred = _PREDICATES.get(rel.predicate)
        if pred is None:
            raise errors.InputError(
                f"article {art.id}: unknown relation {rel.predicate!r}"
            )
        subject, obj = _nn(rel.subject), _nn(rel.object)
        yield subject, pred, obj
        assertion = _nn(
            namespace.assertion_iri(
                art.id, rel.subject, rel.predicate, rel.object, rel.evidence.index
            )
        )
        yield assertion, _A, _ASSERTION
        yield assertion, _RDF_SUBJECT, subject
        yield assertion, _RDF_PREDICATE, pred
        yield assertion, _RDF_OBJECT, obj
        yield assertion, _DERIVED_FROM, sentence(rel.evidence.index)


def extraction_quads(ex: Extraction) -> list[ox.Quad]:
    """The article's named graph as Oxigraph quads, without duplicates, ready for ``Store.extend``.

    Raises :class:`~kg.errors.InputError` when an IRI in the extraction is not a valid IRI
    (Oxigraph checks; rdflib would only warn and write a file nobody can parse back).
    """
    try:
        if not ex.article.id:
            raise ValueError("empty article id")
        graph = _nn(namespace.article_graph(ex.article.id))
        # dict keeps the order, so the output is the same from run to run.
        return list(
            dict.fromkeys(ox.Quad(s, p, o, graph) for s, p, o in extraction_triples(ex))
        )
    except ValueError as exc:
        raise errors.InputError(f"article {ex.article.id!r}: {exc}") from exc


def extraction_to_graph(ex: Extraction) -> Graph:
    """The article's named graph as an rdflib graph whose identifier is the graph IRI."""
    quads = extraction_quads(ex)
    graph = Graph(identifier=namespace.article_graph(ex.article.id))
    for prefix, iri in namespace.PREFIXES.items():
        graph.bind(prefix, iri, replace=True)
    for q in quads:
        graph.add(
            (
                oxigraph_to_rdflib(q.subject),
                oxigraph_to_rdflib(q.predicate),
                oxigraph_to_rdflib(q.object),
            )
        )
    return graph


def rdflib_to_oxigraph(term: Node | None) -> OxTerm | ox.DefaultGraph:
    """An rdflib term as the equal Oxigraph term; None or the default graph id give ``DefaultGraph``."""
    if term is None or term == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        # RDF 1.1: a literal without a datatype is an xsd:string.
        return ox.Literal(
            str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string))
        )
    if isinstance(term, Graph):
        return rdflib_to_oxigraph(term.identifier)
    raise TypeError(f"no Oxigraph equivalent for {type(term).__name__}")


def oxigraph_to_rdflib(term: OxTerm | ox.DefaultGraph) -> Node:
    """An Oxigraph term as the equal rdflib term; xsd:string literals become plain literals."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        # rdflib treats "x" and "x"^^xsd:string as different terms; plain is what its
        # parsers produce, so that is what compares equal to a graph read from a file.
        if term.datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.DefaultGraph):
        return DATASET_DEFAULT_GRAPH_ID
    raise TypeError(f"no rdflib equivalent for {type(term).__name__}")


def quads_to_nquads(quads: Iterable[ox.Quad]) -> str:
    """Sorted N-Quads text: a canonical-enough dump for comparing stores (no blank nodes here)."""
    return "".join(sorted(f"{q} .\n" for q in quads))
