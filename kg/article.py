"""Read a news article file: decode it, parse its metadata, cut off page noise, derive its id.

An article is plain text or Markdown in UTF-8. The first non-empty line is the headline.
Metadata may follow as a news-page source line (``Source: X | 2025-11-08 13:19 | Author: Y``)
or as ``Key: value`` lines (Title, Date, Source, Author, URL), or as a Markdown front
matter block between ``---`` lines. Navigation before the headline and blocks after the
body ("Top News", "Related news", "Editor:", browser notices in Chinese) are noise: they
are kept in ``Article.noise`` for the record and never extracted.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date as _date
from pathlib import Path

from kg.errors import InputError
from kg.model import Article

MAX_BYTES = 2_000_000  # a news article is a few KB; anything this big is not one article

_SOURCE_LINE = re.compile(r"^\s*Source\s*[:：]\s*(?P<rest>.+)$", re.IGNORECASE)
_KEY_LINE = re.compile(
    r"^\s*(?P<key>title|headline|date|published|source|publisher|author|by|url|link)\s*[:：]\s*(?P<value>.*\S)\s*$",
    re.IGNORECASE,
)
_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_DATE_WORDS = re.compile(
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)",
    re.IGNORECASE,
)
# Navigation lines before the headline ("position: EnglishChannel > Innovation China> ...").
_NAV_LINE = re.compile(r"^\s*(?:position|you are here|current location|home)\s*[:：>]|\S\s*>\s*\S.*>\s*\S", re.IGNORECASE)
# Lines that open the page furniture after the body.
_NOISE_START = re.compile(
    r"^\s*(?:editor|editors|edited by|responsible editor|copyright|©|"
    r"top news|related news|related stories|related articles|related|more news|latest news|"
    r"most read|most popular|recommended|read more|you may also like|share this|print)\b\s*[:：]?",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def decode(data: bytes, *, name: str = "<input>") -> str:
    """Bytes to text, refusing what is not an article: empty, binary, huge or undecodable."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data):,} bytes is larger than the {MAX_BYTES:,}-byte limit for one article")
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: starts like UTF-16 but is not valid UTF-16 (byte {exc.start})") from None
    else:
        if b"\x00" in data:
            raise InputError(f"{name}: looks like a binary file (contains NUL bytes), not a text article")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: not valid UTF-8 (byte {exc.start}); save the article as UTF-8 and add it again"
            ) from None
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise InputError(f"{name}: looks like a binary file ({controls} control characters), not a text article")
    return text


def normalise(text: str) -> str:
    """Unicode NFC, Unix newlines, no trailing spaces: the form ids and offsets are computed on."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def parse_date(value: str) -> str | None:
    m = _DATE.search(value)
    if m:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        m = _DATE_WORDS.search(value)
        if not m:
            return None
        y, mo, d = int(m["y"]), _MONTHS[m["mon"][:3].lower()], int(m["d"])
    try:
        return _date(y, mo, d).isoformat()
    except ValueError:
        return None


def _is_noise_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    m = _NOISE_START.match(stripped)
    # "Related news" or "Editor: X" opens page furniture; "Related research shows ..." is body text.
    if m and (":" in m.group(0) or "：" in m.group(0) or len(stripped.split()) <= 4):
        return True
    # A line mostly in Chinese inside an English article is a browser notice or similar.
    letters = [c for c in stripped if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _CJK.match(c)) / len(letters) > 0.5


def article_id(title: str | None, body: str) -> str:
    """A stable id from the content: the same headline and body give the same id anywhere."""
    canonical = re.sub(r"\s+", " ", f"{title or ''}\n{body}").strip().lower()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _parse_source_line(rest: str, meta: dict[str, str | None]) -> None:
    parts = [p.strip() for p in re.split(r"\s*\|\s*", rest) if p.strip()]
    if parts:
        meta["source"] = parts[0]
    for part in parts[1:]:
        key = re.match(r"(author|by|editor|url)\s*[:：]\s*(.*)", part, re.IGNORECASE)
        if key and key[1].lower() in {"author", "by"}:
            meta["author"] = key[2].strip() or None
        elif key and key[1].lower() == "url":
            meta["url"] = key[2].strip() or None
        elif parse_date(part):
            meta["date"] = parse_date(part)


def parse_article(text: str, *, source_file: str | None = None) -> Article:
    """Parse decoded article text into metadata, extractable text and noise."""
    text = normalise(text)
    lines = text.split("\n")
    meta: dict[str, str | None] = {"title": None, "date": None, "source": None, "author": None, "url": None}
    noise_before: list[str] = []
    i = 0
    # Markdown front matter.
    if lines and lines[0].strip() == "---":
        end = next((j for j in range(1, len(lines)) if lines[j].strip() == "---"), None)
        if end is not None:
            for line in lines[1:end]:
                _apply_key_line(line, meta)
            noise_before.extend(lines[: end + 1])
            i = end + 1
    # Navigation, blank lines and key lines before the headline.
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if _NAV_LINE.search(line) or _is_noise_line(line):
            noise_before.append(line)
            i += 1
            continue
        if _KEY_LINE.match(line) and meta["title"] is None and _apply_key_line(line, meta):
            noise_before.append(line)
            i += 1
            continue
        break
    if meta["title"] is None and i < len(lines):
        meta["title"] = re.sub(r"^#+\s*", "", lines[i]).strip()
        i += 1
    # Metadata lines right after the headline (a repeated headline is page furniture too).
    body_lines: list[str] = []
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped or stripped == meta["title"]:
            i += 1
            continue
        m = _SOURCE_LINE.match(stripped)
        if m:
            _parse_source_line(m["rest"], meta)
            i += 1
            continue
        if _KEY_LINE.match(stripped) and _apply_key_line(stripped, meta):
            i += 1
            continue
        break
    noise_after: list[str] = []
    for j in range(i, len(lines)):
        if _is_noise_line(lines[j]):
            noise_after = lines[j:]
            break
        body_lines.append(lines[j])
    body = "\n".join(body_lines).strip()
    if not body:
        raise InputError(f"{source_file or '<input>'}: no article body found (only a headline, metadata or page noise)")
    title = meta["title"] or ""
    full = f"{title}\n\n{body}" if title else body
    return Article(
        id=article_id(title, body),
        title=meta["title"],
        date=meta["date"],
        source=meta["source"],
        author=meta["author"],
        url=meta["url"],
        text=full,
        body_start=len(full) - len(body),
        noise="\n".join(noise_before + noise_after).strip(),
        source_file=source_file,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _apply_key_line(line: str, meta: dict[str, str | None]) -> bool:
    m = _KEY_LINE.match(line)
    if not m:
        return False
    key, value = m["key"].lower(), m["value"].strip().strip('"')
    if key in {"title", "headline"}:
        meta["title"] = value
    elif key in {"date", "published"}:
        meta["date"] = parse_date(value)
    elif key in {"source", "publisher"}:
        if "|" in value:
            _parse_source_line(value, meta)
        else:
            meta["source"] = value
    elif key in {"author", "by"}:
        meta["author"] = value
    elif key in {"url", "link"}:
        meta["url"] = value
    return True


def read_article(path: str | Path) -> Article:
    """Read and parse one article file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not an article file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    return parse_article(decode(data, name=str(path)), source_file=path.name)
