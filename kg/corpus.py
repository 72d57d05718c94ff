"""The corpus directory: article files, one per article, added without ever leaving a half-written file.

Refusing a duplicate needs the id of every article in the corpus, and an id is a hash of the
parsed text: reading and parsing 10,000 files takes 10 s and more. So the ids are kept in an
index (:func:`article_ids`), a small JSON file in the store's folder, that records each file's
id with its inode, size, modification and change times. Only files that are new or whose
``stat`` differs are read again; listing the directory, ``stat``-ing each file and loading the
index is all the rest costs (0.2-0.3 s for 10,000 files on the 2-core test machine, see
bench/RESULTS.md). The index is a cache: it may be missing, damaged, old or written by another
process, and an entry is trusted only when the file's ``stat`` matches it exactly (a file is
never read before it is ``stat``-ed, and an entry whose file changed less than two seconds
before the index was taken is checked again, as git does for its index), so it can cost a
read, never a wrong id. It is kept out of the corpus folder, which holds articles only (the
tests compare its listing), and one store keeps one index per corpus path.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from kg.article import decode, parse_article, read_article, read_bytes
from kg.errors import DuplicateArticle, InputError
from kg.htmltext import HTML_SUFFIXES
from kg.model import Article

SUFFIXES = (".txt", ".md", ".markdown", *HTML_SUFFIXES)  # web pages are kept as they came


def article_files(corpus: str | Path) -> list[Path]:
    """Article files of the corpus, in name order (hidden and temporary files skipped)."""
    corpus = Path(corpus)
    if not corpus.is_dir():
        return []
    return sorted(p for p in corpus.iterdir() if _is_article_name(p.name) and p.is_file())


def _is_article_name(name: str) -> bool:
    # os.path, not Path(name).suffix: this runs for every file of the corpus on each kg add.
    return not name.startswith((".", "~")) and os.path.splitext(name)[1].lower() in SUFFIXES


def safe_name(name: str) -> str:
    """A file name that stays inside the corpus: no directories, no control characters."""
    base = Path(name.replace("\\", "/")).name
    base = unicodedata.normalize("NFC", base)
    base = re.sub(r"[\x00-\x1f/\\:]+", "_", base).strip(" .").lstrip("~.")  # hidden/backup names are skipped
    stem, suffix = os.path.splitext(base)
    if suffix.lower() not in SUFFIXES:
        stem, suffix = base, ".txt"
    return (stem[:120] or "article") + suffix


@dataclass
class CorpusEntry:
    path: Path
    article: Article | None
    error: str | None = None


def scan(corpus: str | Path, *, index: Path | None = None) -> list[CorpusEntry]:
    """Parse every article file; a file that is not a readable article is reported, not fatal.

    With ``index`` (see :func:`index_file`), the ids found are written there too, so that the
    next :func:`article_ids` (``kg add``) reads no file again.
    """
    checked = time.time_ns()
    stats = _listing(Path(corpus)) if index is not None else {}  # stat before read: see article_ids
    out = []
    for p in article_files(corpus):
        try:
            out.append(CorpusEntry(p, read_article(p)))
        except InputError as exc:
            out.append(CorpusEntry(p, None, str(exc)))
    if index is not None:
        files = {e.path.name: [*_key(stats[e.path.name]), e.article.id if e.article else None]
                 for e in out if e.path.name in stats}
        _save_index(index, Path(corpus), checked, files)
    return out


# -- the id index --------------------------------------------------------------------------------

INDEX_PREFIX = "corpus-ids-"
_INDEX_VERSION = 1
# An entry whose file changed this close to the moment it was stat-ed is not trusted: a second
# change in the same tick of the file system's clock would leave its stat as it was.
_RACY_NS = 2_000_000_000


def index_file(directory: str | Path, corpus: str | Path) -> Path:
    """Where the id index of ``corpus`` is kept in ``directory`` (a store's): one file per corpus."""
    key = hashlib.sha256(str(Path(corpus).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return Path(directory) / f"{INDEX_PREFIX}{key}.json"


def article_ids(corpus: str | Path, *, index: Path | None = None) -> dict[str, str | None]:
    """The article id of each article file of the corpus, by file name (None: not a readable article).

    Without ``index`` every file is read. With it, only files that are not in the index or
    whose ``stat`` (inode, size, modification and change times) differs from the recorded
    one are read, and the index is rewritten if any was (or a file went away).
    """
    corpus = Path(corpus)
    checked = time.time_ns()  # before any stat: a change after this moment is not trusted later
    listing = _listing(corpus)
    old_checked, known = _load_index(index, corpus) if index is not None else (0, {})
    files: dict[str, list] = {}
    read = 0
    for name in sorted(listing):
        key = _key(listing[name])
        entry = known.get(name)
        if entry is not None and entry[:4] == key and max(key[2], key[3]) < old_checked - _RACY_NS:
            files[name] = entry
            continue
        try:
            aid: str | None = read_article(corpus / name).id
        except InputError:
            aid = None
        files[name] = [*key, aid]
        read += 1
    if index is not None and (read or len(files) != len(known)):
        _save_index(index, corpus, checked, files)
    return {name: entry[4] for name, entry in files.items()}


def _listing(corpus: Path) -> dict[str, os.stat_result]:
    """The article files of the corpus and their ``stat``, without reading any."""
    out = {}
    try:
        with os.scandir(corpus) as it:
            for entry in it:
                if not _is_article_name(entry.name):
                    continue
                try:
                    if entry.is_file():
                        out[entry.name] = entry.stat()
                except OSError:  # gone since the listing, or unreadable: read_article says which
                    continue
    except (FileNotFoundError, NotADirectoryError):
        pass
    return out


def _key(st: os.stat_result) -> list[int]:
    return [st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _load_index(index: Path, corpus: Path) -> tuple[int, dict[str, list]]:
    """The index's time and entries; nothing (everything is read again) if it is missing or not ours."""
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
        if data.get("version") != _INDEX_VERSION or data.get("corpus") != str(corpus.resolve()):
            return 0, {}
        files = data["files"]
        checked = int(data["checked_ns"])
        good = {name: entry for name, entry in files.items()
                if isinstance(entry, list) and len(entry) == 5 and all(isinstance(x, int) for x in entry[:4])
                and (entry[4] is None or isinstance(entry[4], str))}
        return checked, good
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return 0, {}


def _save_index(index: Path, corpus: Path, checked: int, files: dict[str, list]) -> None:
    """Write the index atomically; a cache, so a store folder we may not write just goes without."""
    data = {"version": _INDEX_VERSION, "corpus": str(corpus.resolve()), "checked_ns": checked, "files": files}
    try:
        # ASCII (json's default): file names may hold surrogates, which UTF-8 cannot write.
        write_atomic(index, json.dumps(data, separators=(",", ":")), sync=False)
    except OSError:
        pass


def read_new(path: str | Path) -> tuple[str, Article]:
    """Read a file to add: its decoded text and the article, named as it will be in the corpus."""
    path = Path(path)
    text = decode(read_bytes(path), name=str(path))
    return text, parse_article(text, source_file=safe_name(path.name))


def place(text: str, article: Article, corpus: str | Path, *, source: str | Path = "",
          index: Path | None = None) -> tuple[Article, Path]:
    """Write a new article's text into the corpus (atomically); raises DuplicateArticle if it is there.

    The name is the article's ``source_file`` (see :func:`safe_name`), or that name with the
    id's first digits when another file has it; the returned article carries the name used.
    ``index``: the id index (:func:`article_ids`) that spares reading every corpus file.
    """
    corpus = Path(corpus)
    for name, aid in article_ids(corpus, index=index).items():
        if aid == article.id:
            raise DuplicateArticle(
                f"{source or article.source_file}: already in the corpus as {name} (article {article.id})"
            )
    corpus.mkdir(parents=True, exist_ok=True)
    target = corpus / safe_name(article.source_file or "article.txt")
    if target.exists():
        target = target.with_name(f"{target.stem}-{article.id[:8]}{target.suffix}")
    write_atomic(target, text)
    return replace(article, source_file=target.name), target


def add_file(path: str | Path, corpus: str | Path) -> tuple[Article, Path]:
    """Copy an article file into the corpus (atomically); raises DuplicateArticle if it is there."""
    text, article = read_new(path)
    return place(text, article, corpus, source=path)


def write_atomic(target: Path, text: str, *, sync: bool = True) -> None:
    """Write to a temporary file in the same directory, then rename: readers never see half a file.

    ``sync``: the data is on disk before the rename (not needed for a cache).
    """
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
