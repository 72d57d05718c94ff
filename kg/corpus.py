"""The corpus directory: article files, one per article, added without ever leaving a half-written file."""

from __future__ import annotations

import os
import re
import tempfile
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
    return sorted(p for p in corpus.iterdir()
                  if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith((".", "~")))


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


def scan(corpus: str | Path) -> list[CorpusEntry]:
    """Parse every article file; a file that is not a readable article is reported, not fatal."""
    out = []
    for p in article_files(corpus):
        try:
            out.append(CorpusEntry(p, read_article(p)))
        except InputError as exc:
            out.append(CorpusEntry(p, None, str(exc)))
    return out


def read_new(path: str | Path) -> tuple[str, Article]:
    """Read a file to add: its decoded text and the article, named as it will be in the corpus."""
    path = Path(path)
    text = decode(read_bytes(path), name=str(path))
    return text, parse_article(text, source_file=safe_name(path.name))


def place(text: str, article: Article, corpus: str | Path, *, source: str | Path = "") -> tuple[Article, Path]:
    """Write a new article's text into the corpus (atomically); raises DuplicateArticle if it is there.

    The name is the article's ``source_file`` (see :func:`safe_name`), or that name with the
    id's first digits when another file has it; the returned article carries the name used.
    """
    corpus = Path(corpus)
    for entry in scan(corpus):
        if entry.article is not None and entry.article.id == article.id:
            raise DuplicateArticle(
                f"{source or article.source_file}: already in the corpus as {entry.path.name} (article {article.id})"
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


def write_atomic(target: Path, text: str) -> None:
    """Write to a temporary file in the same directory, then rename: readers never see half a file."""
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
