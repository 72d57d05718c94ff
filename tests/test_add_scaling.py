"""``kg add`` and ``kg remove`` cost the same on a big corpus as on a small one, and still refuse duplicates.

The corpus's article ids are kept in an index in the store's folder (``kg.corpus.article_ids``):
these tests count the corpus files read (``kg.corpus.read_article``) instead of timing anything,
and check that a duplicate is refused wherever it is, whatever state the index is in.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from synthetic import article

from kg import build, corpus
from kg.article import parse_article
from kg.store import KnowledgeStore, open_store

CORPUS_SIZE = 40


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the corpus files read through kg.corpus, in order."""
    seen: list[str] = []
    real = corpus.read_article

    def counting(path: str | Path):  # noqa: ANN202 - same as read_article
        seen.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(corpus, "read_article", counting)
    return seen


@pytest.fixture
def trust_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written a moment ago are trusted by the index (else only two seconds later)."""
    monkeypatch.setattr(corpus, "_RACY_NS", 0)


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "store") as s:
        yield s


@pytest.fixture
def no_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    """store.articles() (every article, with its triples counted) must not be needed to add or remove."""

    def refuse(self: KnowledgeStore) -> list:
        raise AssertionError("store.articles() lists the whole store")

    monkeypatch.setattr(KnowledgeStore, "articles", refuse)


def big_corpus(directory: Path, n: int = CORPUS_SIZE) -> None:
    """A corpus of n articles that are not in the store (as if copied in by hand)."""
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (directory / f"a{i:03d}.txt").write_text(article(i), encoding="utf-8")


def inbox(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def corpus_state(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in directory.iterdir()}


def test_add_reads_only_what_changed_since_the_last_add(
    tmp_path: Path, store: KnowledgeStore, reads: list[str], trust_at_once: None, no_listing: None
) -> None:
    folder = tmp_path / "corpus"
    big_corpus(folder)
    first = build.add(store, [inbox(tmp_path, "new1001.txt", article(1001))], folder)
    assert len(first.added) == 1
    assert len(reads) == CORPUS_SIZE  # no index yet: every file once
    for n in (1002, 1003, 1004):
        reads.clear()
        report = build.add(store, [inbox(tmp_path, f"new{n}.txt", article(n))], folder)
        assert len(report.added) == 1, report.lines()
        # Only the file the previous add wrote (it is not in the index yet), never the 40 others.
        assert reads == [f"new{n - 1}.txt"]
    # The index lives beside the store: the corpus folder holds the articles and nothing else.
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"a{i:03d}.txt" for i in range(CORPUS_SIZE)] + [f"new{n}.txt" for n in (1001, 1002, 1003, 1004)])
    assert any(p.name.startswith(corpus.INDEX_PREFIX) for p in (tmp_path / "store").iterdir())


def test_add_after_build_reads_no_corpus_file(
    tmp_path: Path, store: KnowledgeStore, reads: list[str], trust_at_once: None
) -> None:
    folder = tmp_path / "corpus"
    big_corpus(folder, 3)
    build.build(store, folder, processes=1)
    reads.clear()
    report = build.add(store, [inbox(tmp_path, "new.txt", article(2001))], folder)
    assert len(report.added) == 1
    assert reads == []


def test_add_refuses_an_article_whose_file_is_in_the_corpus_but_not_in_the_store(
    tmp_path: Path, store: KnowledgeStore, reads: list[str], trust_at_once: None
) -> None:
    folder = tmp_path / "corpus"
    big_corpus(folder)
    build.add(store, [inbox(tmp_path, "warm.txt", article(3000))], folder)  # the index is there now
    reads.clear()
    quads, before = len(store), corpus_state(folder)
    # a007.txt is in the corpus, never ingested; the same article, with other page furniture after it.
    again = inbox(tmp_path, "copy.txt", article(7) + "\nEditor: Zhang San\n")
    report = build.add(store, [again], folder)
    assert report.added == []
    assert len(report.duplicates) == 1
    assert "already in the corpus as a007.txt" in report.duplicates[0]
    assert parse_article(article(7)).id in report.duplicates[0]
    assert len(store) == quads and corpus_state(folder) == before
    assert len(reads) <= 1  # found through the index


def test_add_refuses_an_article_in_the_store_without_reading_the_corpus(
    tmp_path: Path, store: KnowledgeStore, reads: list[str], no_listing: None
) -> None:
    folder = tmp_path / "corpus"
    big_corpus(folder)
    build.add(store, [inbox(tmp_path, "x.txt", article(4000))], folder)
    reads.clear()
    quads, before = len(store), corpus_state(folder)
    report = build.add(store, [inbox(tmp_path, "x-again.txt", article(4000))], folder)
    assert report.added == [] and len(report.duplicates) == 1
    assert "already in the store" in report.duplicates[0]
    assert reads == []
    assert len(store) == quads and corpus_state(folder) == before


@pytest.mark.parametrize("how", ["rewritten in place", "copied in by hand", "renamed"])
def test_a_corpus_change_after_the_index_is_seen(
    tmp_path: Path, store: KnowledgeStore, trust_at_once: None, how: str
) -> None:
    folder = tmp_path / "corpus"
    big_corpus(folder)
    build.add(store, [inbox(tmp_path, "warm.txt", article(3000))], folder)  # indexes the 40 files
    duplicate_of = article(5000)
    if how == "rewritten in place":
        with (folder / "a003.txt").open("w", encoding="utf-8") as fh:  # same inode
            fh.write(duplicate_of)
        expected = "a003.txt"
    elif how == "copied in by hand":
        (folder / "zz-later.md").write_text(duplicate_of, encoding="utf-8")
        expected = "zz-later.md"
    else:
        (folder / "a004.txt").write_text(duplicate_of, encoding="utf-8")
        (folder / "a004.txt").rename(folder / "moved.txt")
        expected = "moved.txt"
    report = build.add(store, [inbox(tmp_path, "new.txt", duplicate_of)], folder)
    assert report.added == []
    assert len(report.duplicates) == 1 and f"as {expected}" in report.duplicates[0]


def test_a_file_changed_just_after_it_was_indexed_is_read_again(
    tmp_path: Path, store: KnowledgeStore, reads: list[str]
) -> None:
    # Two writes in the same tick of the file system's clock leave size and times as they were;
    # so an entry is trusted only once its file is older than the index by two seconds.
    folder = tmp_path / "corpus"
    big_corpus(folder, 3)
    index = build.id_index(store, folder)
    corpus.article_ids(folder, index=index)
    reads.clear()
    corpus.article_ids(folder, index=index)
    assert sorted(reads) == ["a000.txt", "a001.txt", "a002.txt"]


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"version": 1, "files": []}', b"\xff\xfe"])
def test_a_damaged_index_costs_a_full_read_never_a_missed_duplicate(
    tmp_path: Path, store: KnowledgeStore, reads: list[str], trust_at_once: None, damage: bytes
) -> None:
    folder = tmp_path / "corpus"
    big_corpus(folder)
    build.add(store, [inbox(tmp_path, "warm.txt", article(3000))], folder)
    index = build.id_index(store, folder)
    assert index is not None and index.is_file()
    index.write_bytes(damage)
    reads.clear()
    report = build.add(store, [inbox(tmp_path, "copy.txt", article(12))], folder)
    assert report.added == [] and "as a012.txt" in report.duplicates[0]
    assert len(reads) == CORPUS_SIZE + 1


def test_an_index_of_another_corpus_is_not_used(tmp_path: Path, store: KnowledgeStore, trust_at_once: None) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    big_corpus(one, 3)
    two.mkdir()
    (two / "a000.txt").write_text(article(900), encoding="utf-8")  # same name, another article
    corpus.article_ids(one, index=build.id_index(store, one))
    assert build.id_index(store, one) != build.id_index(store, two)
    # Even under the first corpus's index file, the second's ids are its own.
    ids = corpus.article_ids(two, index=build.id_index(store, one))
    assert ids == {"a000.txt": parse_article(article(900)).id}


def test_a_failed_ingest_leaves_store_corpus_and_later_adds_as_they_were(
    tmp_path: Path, store: KnowledgeStore, trust_at_once: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "corpus"
    big_corpus(folder)
    build.add(store, [inbox(tmp_path, "warm.txt", article(3000))], folder)
    quads, before = set(store.oxigraph), corpus_state(folder)
    new = inbox(tmp_path, "new.txt", article(6000))

    def broken(self: KnowledgeStore, ex: object, *, replace: bool = False) -> int:
        raise OSError("disk full")

    with monkeypatch.context() as m:
        m.setattr(KnowledgeStore, "ingest", broken)
        with pytest.raises(OSError, match="disk full"):
            build.add(store, [new], folder)
    assert set(store.oxigraph) == quads
    assert corpus_state(folder) == before
    # The file that was taken out again is not remembered as a duplicate.
    assert len(build.add(store, [new], folder).added) == 1


def test_remove_reads_no_corpus_file_and_deletes_every_copy(
    tmp_path: Path, store: KnowledgeStore, reads: list[str], trust_at_once: None, no_listing: None
) -> None:
    folder = tmp_path / "corpus"
    big_corpus(folder)
    report = build.add(store, [inbox(tmp_path, "gone.txt", article(7000))], folder)
    gone = report.added[0]
    (folder / "gone-copy.md").write_text(article(7000) + "\nTop News\nelsewhere\n", encoding="utf-8")
    build.add(store, [inbox(tmp_path, "other.txt", article(7001))], folder)  # indexes both
    reads.clear()
    assert build.remove(store, gone[:6], folder) > 0
    assert reads == ["other.txt"]  # written by the last add, after the index was taken
    assert not store.has_article(gone)
    names = {p.name for p in folder.iterdir()}
    assert "gone.txt" not in names and "gone-copy.md" not in names and "other.txt" in names


def test_remove_by_prefix_is_bound_not_pasted(tmp_path: Path, store: KnowledgeStore) -> None:
    folder = tmp_path / "corpus"
    build.add(store, [inbox(tmp_path, "x.txt", article(8000))], folder)
    from kg.errors import NotFound

    with pytest.raises(NotFound, match="not in the store"):
        build.remove(store, '0") } #', folder)
    assert len(store.query("SELECT ?id WHERE { ?a hk:articleId ?id }").values()) == 1
