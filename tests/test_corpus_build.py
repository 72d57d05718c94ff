"""The corpus directory and the library behind ``kg build``, ``kg add`` and ``kg remove``, on an in-memory store."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import build, corpus
from kg.article import parse_article
from kg.errors import DuplicateArticle, InputError, NotFound
from kg.namespace import HK, article_graph, entity_iri
from kg.store import KnowledgeStore, open_store

VALVE = """Valve maker honoured

Source: Henan Daily | 2024-03-05 09:00:00 | Author: Wang Fang

Xinda Valve Group Co., Ltd. is headquartered in Kaifeng. Xinda Valve Group received the Henan Provincial Quality Award.
"""
# Another article about the same company: the company and its headquarters are shared facts.
VALVE_PLANT = """Kaifeng valve plant opens

Xinda Valve Group Co., Ltd. is based in Kaifeng. Its new plant opened in March. Sales rose by 12 percent, the company said.
"""
TRACTOR = """Luoyang tractor maker expands

Dongfang Tractor Group Co., Ltd. is based in Luoyang. Dongfang Tractor Group won the Henan Quality Award.
"""
CRANE = """Crane maker ships more

Weihua Lifting Group Co., Ltd. is headquartered in Xinxiang. Weihua Lifting Group received the China Machinery Award.
"""

XINDA = ox.NamedNode(str(entity_iri("Xinda Valve Group", "Company")))
KAIFENG = ox.NamedNode(str(entity_iri("Kaifeng", "Place")))
HQ = ox.NamedNode(str(HK.headquarteredIn))


def write(directory: Path, name: str, text: str | bytes) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def article_id(text: str) -> str:
    return parse_article(text).id


def store_ids(store: KnowledgeStore) -> set[str]:
    return {str(a["id"]) for a in store.articles()}


def graph_quads(store: KnowledgeStore, article: str) -> set[ox.Quad]:
    return set(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(article_graph(article)))))


@pytest.fixture
def store():
    with open_store(":memory:") as s:
        yield s


# -- safe_name -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd.txt"),
        ("..\\..\\windows\\evil.txt", "evil.txt"),
        ("/abs/path/story.md", "story.md"),
        ("..", "article.txt"),
        ("a:b.txt", "a_b.txt"),
        ("tab\there.txt", "tab_here.txt"),
        ("notes", "notes.txt"),
        ("report.pdf", "report.pdf.txt"),
        ("郑州新闻.txt", "郑州新闻.txt"),
        ("Story.MD", "Story.MD"),
    ],
)
def test_safe_name(name: str, expected: str) -> None:
    assert corpus.safe_name(name) == expected


@pytest.mark.parametrize("name", ["../x.txt", "a/../../b", "..\\..\\c.md", "d/e/f.txt", "\x00/..", "x\\y"])
def test_safe_name_never_leaves_the_directory(name: str) -> None:
    out = corpus.safe_name(name)
    assert "/" not in out and "\\" not in out and ".." not in out
    assert out.endswith((".txt", ".md", ".markdown"))
    assert "\x00" not in out


def test_safe_name_keeps_unicode_normalised() -> None:
    decomposed = "Zhe\u0301ngzho\u0301u.txt"  # combining accents: NFC composes them
    assert corpus.safe_name(decomposed) == "Zh\u00e9ngzh\u00f3u.txt"


# -- add_file ------------------------------------------------------------------------------


def test_add_file_writes_atomically(tmp_path: Path) -> None:
    src = write(tmp_path / "in", "valve.txt", VALVE)
    target_dir = tmp_path / "corpus"
    article, target = corpus.add_file(src, target_dir)
    assert target == target_dir / "valve.txt"
    assert sorted(os.listdir(target_dir)) == ["valve.txt"]  # no temporary file left behind
    assert target.read_text(encoding="utf-8") == VALVE
    assert article.id == article_id(VALVE)
    assert article.source_file == "valve.txt"


def test_add_file_refuses_a_duplicate(tmp_path: Path) -> None:
    target_dir = tmp_path / "corpus"
    corpus.add_file(write(tmp_path / "in", "valve.txt", VALVE), target_dir)
    # Same article under another name, with other page furniture after the body.
    again = write(tmp_path / "in", "copy.txt", VALVE + "\nEditor: Zhang San\n")
    with pytest.raises(DuplicateArticle, match="valve.txt"):
        corpus.add_file(again, target_dir)
    assert sorted(os.listdir(target_dir)) == ["valve.txt"]


def test_add_file_same_name_other_content_gets_a_distinct_name(tmp_path: Path) -> None:
    target_dir = tmp_path / "corpus"
    _, first = corpus.add_file(write(tmp_path / "a", "news.txt", VALVE), target_dir)
    article, second = corpus.add_file(write(tmp_path / "b", "news.txt", TRACTOR), target_dir)
    assert first != second
    assert first.read_text(encoding="utf-8") == VALVE
    assert second.read_text(encoding="utf-8") == TRACTOR
    assert article.source_file == second.name
    assert len(corpus.article_files(target_dir)) == 2


def test_add_file_refuses_a_bad_file_and_writes_nothing(tmp_path: Path) -> None:
    target_dir = tmp_path / "corpus"
    with pytest.raises(InputError):
        corpus.add_file(write(tmp_path / "in", "empty.txt", ""), target_dir)
    assert not target_dir.exists() or os.listdir(target_dir) == []


def test_add_file_with_unsafe_name_stays_in_the_corpus(tmp_path: Path) -> None:
    target_dir = tmp_path / "corpus"
    _, target = corpus.add_file(write(tmp_path / "in", "a:b.txt", VALVE), target_dir)
    assert target.parent == target_dir
    assert target.name == "a_b.txt"


def test_added_file_is_seen_by_the_corpus_whatever_its_name(tmp_path: Path) -> None:
    # Editors' backup files start with "~", and the corpus skips such names; a file the user
    # adds must not be stored under a name that the corpus then ignores, or it can be added
    # twice and `kg build` / `kg remove` never see it.
    target_dir = tmp_path / "corpus"
    _, target = corpus.add_file(write(tmp_path / "in", "~draft.txt", VALVE), target_dir)
    assert target in corpus.article_files(target_dir)
    with pytest.raises(DuplicateArticle):
        corpus.add_file(write(tmp_path / "in", "~draft.txt", VALVE), target_dir)


def test_scan_reports_bad_files_without_failing(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", VALVE)
    write(tmp_path, "empty.txt", "")
    write(tmp_path, ".hidden.txt", TRACTOR)
    write(tmp_path, "image.png", b"\x89PNG\x00")
    entries = {e.path.name: e for e in corpus.scan(tmp_path)}
    assert set(entries) == {"good.txt", "empty.txt"}
    assert entries["good.txt"].article is not None
    assert entries["empty.txt"].article is None and "empty" in (entries["empty.txt"].error or "")


# -- build ---------------------------------------------------------------------------------


def test_build_ingests_every_article_once(tmp_path: Path, store: KnowledgeStore) -> None:
    for name, text in (("valve.txt", VALVE), ("tractor.txt", TRACTOR), ("crane.txt", CRANE)):
        write(tmp_path, name, text)
    ids = {article_id(t) for t in (VALVE, TRACTOR, CRANE)}
    report = build.build(store, tmp_path, processes=1)
    assert set(report.added) == ids
    assert report.failed == [] and report.duplicates == []
    assert report.quads > 0
    assert store_ids(store) == ids
    quads = len(store)

    again = build.build(store, tmp_path, processes=1)
    assert again.added == [] and again.removed == []
    assert set(again.unchanged) == ids
    assert again.quads == 0
    assert len(store) == quads


def test_build_replaces_an_article_whose_file_changed(tmp_path: Path, store: KnowledgeStore) -> None:
    write(tmp_path, "valve.txt", VALVE)
    write(tmp_path, "tractor.txt", TRACTOR)
    build.build(store, tmp_path, processes=1)
    old_id = article_id(VALVE)
    changed = VALVE.replace("Henan Provincial Quality Award", "China Machinery Award")
    write(tmp_path, "valve.txt", changed)

    report = build.build(store, tmp_path, processes=1)
    new_id = article_id(changed)
    assert new_id != old_id
    assert report.replaced == [new_id]
    assert report.added == []
    assert report.removed == [old_id]
    assert report.unchanged == [article_id(TRACTOR)]
    assert store_ids(store) == {new_id, article_id(TRACTOR)}
    assert not store.has_article(old_id)
    assert graph_quads(store, old_id) == set()
    files = {str(a["id"]): a["source_file"] for a in store.articles()}
    assert files[new_id] == "valve.txt"


def test_build_reports_a_bad_file_and_ingests_the_others(tmp_path: Path, store: KnowledgeStore) -> None:
    write(tmp_path, "valve.txt", VALVE)
    write(tmp_path, "broken.txt", b"\x00\x01\x02binary")
    write(tmp_path, "tractor.txt", TRACTOR)
    report = build.build(store, tmp_path, processes=1)
    assert len(report.failed) == 1 and "broken.txt" in report.failed[0]
    assert set(report.added) == {article_id(VALVE), article_id(TRACTOR)}
    assert store_ids(store) == {article_id(VALVE), article_id(TRACTOR)}
    assert any(line.startswith("failed: ") and "broken.txt" in line for line in report.lines())


def test_build_reports_the_same_article_twice_as_duplicate(tmp_path: Path, store: KnowledgeStore) -> None:
    write(tmp_path, "a.txt", VALVE)
    write(tmp_path, "b.txt", VALVE + "\nTop News\nSomething else\n")
    report = build.build(store, tmp_path, processes=1)
    assert report.added == [article_id(VALVE)]
    assert len(report.duplicates) == 1 and "b.txt" in report.duplicates[0]


def test_build_of_an_empty_corpus_loads_only_the_ontology(tmp_path: Path, store: KnowledgeStore) -> None:
    report = build.build(store, tmp_path / "nothing-here", processes=1)
    assert report.added == [] and report.failed == []
    assert store.articles() == []
    assert len(store) > 0  # the ontology graph


# -- add and remove ------------------------------------------------------------------------


def test_add_then_remove_takes_out_exactly_that_article(tmp_path: Path, store: KnowledgeStore) -> None:
    corpus_dir = tmp_path / "corpus"
    inbox = tmp_path / "in"
    first = build.add(store, [write(inbox, "valve.txt", VALVE)], corpus_dir)
    second = build.add(store, [write(inbox, "plant.txt", VALVE_PLANT)], corpus_dir)
    keep, gone = article_id(VALVE), article_id(VALVE_PLANT)
    assert first.added == [keep] and second.added == [gone]
    assert (corpus_dir / "plant.txt").is_file()

    # Both articles state that the company is headquartered in Kaifeng.
    fact = (XINDA, HQ, KAIFENG)
    for aid in (keep, gone):
        assert ox.Quad(*fact, ox.NamedNode(str(article_graph(aid)))) in graph_quads(store, aid)

    before = set(store.oxigraph)
    removed = graph_quads(store, gone)
    n = build.remove(store, gone, corpus_dir)
    assert n == len(removed)
    assert set(store.oxigraph) == before - removed  # nothing else touched
    assert store_ids(store) == {keep}
    assert not (corpus_dir / "plant.txt").exists()
    assert (corpus_dir / "valve.txt").is_file()

    # The shared entity keeps what the other article says about it.
    rows = store.query(
        f"SELECT DISTINCT ?label ?place WHERE {{ {XINDA} skos:prefLabel ?label ; hk:headquarteredIn ?place }}"
    ).values()
    assert rows == [{"label": "Xinda Valve Group Co., Ltd.", "place": KAIFENG.value}]
    assert store.query(f"ASK {{ {XINDA} a hk:Company }}").boolean is True


def test_remove_by_unique_prefix(tmp_path: Path, store: KnowledgeStore) -> None:
    build.add(store, [write(tmp_path / "in", "valve.txt", VALVE)], tmp_path / "corpus")
    aid = article_id(VALVE)
    assert build.remove(store, aid[:6], tmp_path / "corpus") > 0
    assert store_ids(store) == set()
    assert corpus.article_files(tmp_path / "corpus") == []


def test_remove_unknown_id_raises_not_found(tmp_path: Path, store: KnowledgeStore) -> None:
    build.add(store, [write(tmp_path / "in", "valve.txt", VALVE)], tmp_path / "corpus")
    before = set(store.oxigraph)
    with pytest.raises(NotFound, match="0000000000000000"):
        build.remove(store, "0000000000000000", tmp_path / "corpus")
    assert set(store.oxigraph) == before


def test_remove_with_an_empty_id_removes_nothing(tmp_path: Path, store: KnowledgeStore) -> None:
    # `kg remove "$ID"` with an unset variable must not delete the only article (every id
    # starts with the empty string).
    build.add(store, [write(tmp_path / "in", "valve.txt", VALVE)], tmp_path / "corpus")
    before = set(store.oxigraph)
    with pytest.raises(NotFound):
        build.remove(store, "", tmp_path / "corpus")
    assert set(store.oxigraph) == before
    assert len(corpus.article_files(tmp_path / "corpus")) == 1


def test_add_twice_changes_nothing(tmp_path: Path, store: KnowledgeStore) -> None:
    src = write(tmp_path / "in", "valve.txt", VALVE)
    build.add(store, [src], tmp_path / "corpus")
    before = set(store.oxigraph)
    report = build.add(store, [src], tmp_path / "corpus")
    assert report.added == [] and len(report.duplicates) == 1
    assert set(store.oxigraph) == before
    assert len(corpus.article_files(tmp_path / "corpus")) == 1


def test_add_of_a_bad_file_is_reported_and_changes_nothing(tmp_path: Path, store: KnowledgeStore) -> None:
    build.add(store, [write(tmp_path / "in", "valve.txt", VALVE)], tmp_path / "corpus")
    before = set(store.oxigraph)
    report = build.add(store, [write(tmp_path / "in", "empty.txt", "  \n")], tmp_path / "corpus")
    assert report.added == [] and len(report.failed) == 1 and "empty" in report.failed[0]
    assert set(store.oxigraph) == before
    assert [p.name for p in corpus.article_files(tmp_path / "corpus")] == ["valve.txt"]
