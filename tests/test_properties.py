"""Property-based tests (hypothesis): whatever text comes in, nothing crashes and every offset is right.

Texts are drawn two ways: with the structures news uses (headline, source line, sentences
about companies with legal suffixes, places, awards, products, acronyms in parentheses,
quotes, paragraphs, page furniture) and as garbage (any Unicode, markup, control
characters), and the two mixed. Each property runs a bounded number of examples.
"""

from __future__ import annotations

import string

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import rdf
from kg.article import MAX_BYTES, decode, parse_article
from kg.corpus import SUFFIXES, safe_name
from kg.errors import InputError
from kg.extract import extract
from kg.htmltext import html_to_text
from kg.model import Article, Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.namespace import entity_iri
from kg.store import open_store

# No example database: runs stay the same from machine to machine and leave no directory behind.
BOUNDED = settings(max_examples=50, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
QUICK = settings(max_examples=100, deadline=None, database=None)

# -- strategies: news as it is written -----------------------------------------------------------

NAME_WORDS = ["Pinggao", "Zhongyuan", "Xinda", "Yutong", "Weihua", "Luoyang", "Henan", "Anyang", "Senyuan",
              "Dongfang", "Huanghe", "Tianrui", "Jinlong", "Shuanghui", "Zoomlion", "Sany", "CITIC", "Heavy",
              "Electric", "Valve", "Bearing", "Machinery", "Glass", "Cable", "New", "Energy", "Technology"]
SUFFIX = ["Co., Ltd.", "Co.,Ltd", "Group", "Group Co., Ltd.", "Corp.", "Research Institute", "University",
          "Commission", "Industrial Zone", "Holdings", "Inc."]
PLACES = ["Zhengzhou", "Luoyang", "Kaifeng", "Xuchang", "Nanyang", "Henan province", "Poland", "Qinghai province",
          "central China's Henan province", "Beijing"]
AWARDS = ["the Henan Quality Award", "the China Machinery Award", "a national science and technology award",
          "the title of national manufacturing champion"]
PRODUCTS = ["the ZG-500 gearbox", "a 1,100-kV switchgear", "new hydrogen buses", "\"Huanghe No. 1\" chips"]
GARBAGE_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))


@st.composite
def names(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(NAME_WORDS), min_size=1, max_size=3))
    name = " ".join(words)
    if draw(st.booleans()):
        name += " " + draw(st.sampled_from(SUFFIX))
    return name


@st.composite
def sentences(draw: st.DrawFn) -> str:
    a, b = draw(names()), draw(names())
    place, award, product = draw(st.sampled_from(PLACES)), draw(st.sampled_from(AWARDS)), draw(st.sampled_from(PRODUCTS))
    acronym = "".join(w[0] for w in a.split() if w[:1].isupper())[:5] or "X"
    templates = [
        f"{a} is headquartered in {place}.",
        f"{place}-based {a} won {award}.",
        f"{a} (hereinafter referred to as {acronym}) is located in {place}.",
        f"{a} and {b} jointly developed {product}.",
        f"{a} was awarded {award} in 2024.",
        f"{a}, a subsidiary of {b}, supplied {product} to {place}.",
        f"The company signed a contract with {b} for the {place} project.",
        f"\"We are proud,\" said Li Wei, chairman of {a}.",
        f"It exports {product} to {place}, the group said.",
        f"{a}'s Institute of {draw(st.sampled_from(NAME_WORDS))} opened in {place}.",
    ]
    return draw(st.sampled_from(templates))


@st.composite
def news(draw: st.DrawFn) -> str:
    headline = draw(st.sampled_from(["Henan firm grows", "Pinggao wins award", "New plant opens in Luoyang",
                                     "Valve maker honoured", "Zhengzhou: exports up"]))
    lines = [headline, ""]
    if draw(st.booleans()):
        lines += ["Source: Henan Daily | 2025-11-08 13:19:08 | Author: QI Liming", ""]
    for _ in range(draw(st.integers(1, 4))):
        paragraph = " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))
        if draw(st.booleans()):  # garbage inside the prose
            paragraph += " " + draw(st.text(GARBAGE_CHARS, max_size=30))
        lines += [paragraph, ""]
    if draw(st.booleans()):
        lines += ["Editor: Zhang San", "Related news", "Luoyang bearings in demand"]
    return "\n".join(lines)


garbage = st.text(GARBAGE_CHARS, max_size=400)
any_text = st.one_of(news(), garbage, st.builds(lambda a, b: a + b, news(), garbage))


# -- the extractor --------------------------------------------------------------------------


def check_extraction(text: str) -> None:
    try:
        article = parse_article(text, source_file="x.txt")
    except InputError:
        return  # refusing is fine; crashing is not
    ex = extract(article)
    full = article.text
    ids = {e.id for e in ex.entities}
    assert len(ids) == len(ex.entities)
    for s in ex.sentences:
        assert full[s.start : s.end] == s.text
    indexes = {s.index for s in ex.sentences}
    for e in ex.entities:
        assert e.mentions, e.label
        for m in e.mentions:
            assert full[m.start : m.end] == m.text, (e.label, m)
            assert m.sentence in indexes
    for r in ex.relations:
        assert r.subject in ids and r.object in ids, r
        assert r.subject != r.object
        assert full[r.evidence.start : r.evidence.end] == r.evidence.sentence
    # The graph is valid RDF: Oxigraph checks every IRI, and N-Quads round-trips it.
    quads = rdf.extraction_quads(ex)
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert set(ox.parse(data, format=ox.RdfFormat.N_QUADS)) == set(quads)


@BOUNDED
@given(news())
def test_extractor_on_news(text: str) -> None:
    check_extraction(text)


@BOUNDED
@given(any_text)
def test_extractor_on_garbage_and_mixtures(text: str) -> None:
    check_extraction(text)


# -- reading files --------------------------------------------------------------------------


@QUICK
@given(st.binary(max_size=2000))
def test_decode_refuses_or_returns_text(data: bytes) -> None:
    try:
        text = decode(data, name="x.txt")
    except InputError as exc:
        assert str(exc).startswith("x.txt: ")
        return
    assert isinstance(text, str) and text.strip()


@QUICK
@given(st.text(GARBAGE_CHARS, min_size=1, max_size=500))
def test_utf8_is_read_back_exactly(text: str) -> None:
    try:
        got = decode(text.encode("utf-8"), name="x.txt")
    except InputError:
        return  # empty, binary-looking (control characters, NUL) text
    assert got == text.removeprefix("\ufeff")


HANZI = "郑州洛阳开封河南省平高集团有限公司获得质量奖研究院大学新能源电气设备出口波兰项目合同签署技术产品"


@QUICK
@given(st.lists(st.one_of(st.sampled_from(HANZI), st.sampled_from(string.ascii_letters + string.digits + " .,\n")),
                min_size=1, max_size=300).map("".join).filter(lambda t: any(c in HANZI for c in t) and t.strip()))
def test_gbk_is_read_as_gbk_unless_its_bytes_are_utf8(text: str) -> None:
    data = text.encode("gbk")
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    # Valid UTF-8 wins (documented); otherwise GB18030 gives back exactly what was written.
    assert decode(data, name="x.txt") == (utf8 if utf8 is not None else text)


@QUICK
@given(st.text(GARBAGE_CHARS, max_size=300).filter(str.strip))
def test_utf16_without_a_bom_is_read_or_refused(text: str) -> None:
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            got = decode(text.encode(encoding), name="x.txt")
        except InputError:
            continue
        assert isinstance(got, str)


def test_decode_size_limit_is_exact() -> None:
    assert decode(b"a" * MAX_BYTES, name="x.txt")
    with pytest.raises(InputError, match="larger than"):
        decode(b"a" * (MAX_BYTES + 1), name="x.txt")


@QUICK
@given(garbage)
def test_parse_article_refuses_or_parses(text: str) -> None:
    try:
        a = parse_article(text, source_file="x.txt")
    except InputError as exc:
        assert str(exc).startswith("x.txt: ")
        return
    assert a.text[a.body_start :].strip()
    assert len(a.id) == 16


@QUICK
@given(st.text(max_size=400))
def test_html_to_text_never_fails(markup: str) -> None:
    text = html_to_text("<html><body>" + markup)
    assert "<script" not in text.lower() or "<script" in markup.lower()


@QUICK
@given(st.text(max_size=200))
def test_safe_name_stays_in_the_corpus(name: str) -> None:
    out = safe_name(name)
    assert out and "/" not in out and "\\" not in out and "\x00" not in out
    assert not out.startswith((".", "~"))
    assert out.lower().endswith(SUFFIXES)
    assert len(out) <= 130


# -- RDF of any text ------------------------------------------------------------------------

literal_text = st.text(GARBAGE_CHARS, min_size=1, max_size=200)


def hostile_extraction(label: str, sentence: str, headline: str) -> Extraction:
    company = str(entity_iri("Some Company", "Company"))
    place = str(entity_iri("Zhengzhou", "Place"))
    article = Article(id="p1", title=headline, date="2024-01-02", source=label, author=sentence, url=None,
                      text="(unused)", body_start=0, source_file=label + ".txt", content_hash="0" * 64)
    return Extraction(
        article,
        [Entity(company, label, "Company", [sentence], [Mention(0, 1, label, 0)]),
         Entity(place, "Zhengzhou", "Place", [], [Mention(2, 3, "Zhengzhou", 0)])],
        [Relation(company, "locatedIn", place, Evidence(sentence, 0, 3, 0), "test")],
        [Sentence(0, 0, 3, sentence)],
    )


@QUICK
@given(literal_text, literal_text, literal_text)
def test_any_text_round_trips_through_turtle_nquads_and_the_store(label: str, sentence: str, headline: str) -> None:
    ex = hostile_extraction(label, sentence, headline)
    quads = rdf.extraction_quads(ex)
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    nq = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert set(ox.parse(nq, format=ox.RdfFormat.N_QUADS)) == set(quads)
    ttl = ox.serialize(list(triples), format=ox.RdfFormat.TURTLE)
    assert {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(ttl, format=ox.RdfFormat.TURTLE)} == triples
    # The graph as rdflib reads it back from Turtle is the graph rdflib builds directly.
    graph = rdf.extraction_to_graph(ex)
    again = type(graph)().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert set(again) == set(graph)
    # Replacing an article goes through SPARQL Update text: the text must come out unchanged.
    with open_store(":memory:") as store:
        store.ingest(hostile_extraction("old", "old", "old"))
        store.ingest(ex, replace=True)
        assert set(store.oxigraph) == set(quads)
