"""Read a news article file: decode it, parse its metadata, cut off page noise, derive its id.

An article is plain text, Markdown or a saved web page (:mod:`kg.htmltext` takes its
text). Bytes are decoded by a fixed rule, not a guess (:func:`decode`): a byte-order
mark (UTF-8, UTF-16, UTF-32), else UTF-16 without one (told by where its zero bytes
fall), else strict UTF-8, else GB18030 (which reads GBK and GB2312) when the result is
plausible Chinese; anything else is refused. The first non-empty line is the headline.
Metadata may follow as a news-page source line (``Source: X | 2025-11-08 13:19 | Author: Y``)
or as ``Key: value`` lines (Title, Date, Source, Author, URL), or as a Markdown front
matter block between ``---`` lines. Navigation before the headline and blocks after the
body ("Top News", "Related news", "Editor:", browser notices in Chinese) are noise: they
are kept in ``Article.noise`` for the record and never extracted.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import stat
import unicodedata
from datetime import date as _date
from pathlib import Path

from kg.errors import InputError
from kg.htmltext import html_to_text, looks_like_html
from kg.model import Article

# A news article is a few KB, its web page some hundred KB: a bigger file is not one article.
# Checked before reading, and never more than this is read, so memory stays bounded.
MAX_BYTES = 2_000_000

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
    # ("(Web editor: Chen Lu, Liang Jun)": People's Daily Online's editor line, in ASCII or full-width brackets)
    r"^\s*[\[(\uff08]?(?:web editor|editor|editors|edited by|responsible editor|copyright|©|"
    r"top news|related news|related stories|related articles|related|more news|latest news|"
    r"most read|most popular|recommended|read more|you may also like|share this|share|print|close|"
    # (a wire release's tail: "Media contact: ...", "View original content: https://...")
    r"media contacts?|press contacts?|view original content)\b[\])\uff09]?\s*[:：]?",
    re.IGNORECASE,
)
# "SOURCE Henan X Co., Ltd.": the line that closes a PR Newswire release (in capitals, no colon)
_WIRE_SOURCE = re.compile(r"^SOURCE\s+[A-Z]")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def decode(data: bytes, *, name: str = "<input>") -> str:
    """Bytes to text, refusing what is not an article: empty, binary, huge or undecodable.

    The rule, in order: a byte-order mark decides; zero bytes mean UTF-16 without a mark
    (little- or big-endian by where they fall) or else a binary file; strict UTF-8; GB18030
    (GBK, GB2312) when the text it gives is plausible Chinese (see :func:`_plausible_gb`).
    """
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data):,} bytes is larger than the {MAX_BYTES:,}-byte limit for one article")
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: starts like {label} but is not valid {label} (byte {exc.start + len(bom)})"
                ) from None
            break
    else:
        if b"\x00" in data:
            text = _utf16_without_bom(data)
            if text is None:
                raise InputError(f"{name}: looks like a binary file (contains NUL bytes), not a text article")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                text = _gb18030(data)
                if text is None:
                    raise InputError(
                        f"{name}: not valid UTF-8 (byte {exc.start}), nor UTF-16 or GBK/GB18030 Chinese; "
                        f"save the article as UTF-8 and add it again"
                    ) from None
    if not text.strip():
        raise InputError(f"{name}: file is empty")
    controls = _controls(text)
    if controls > max(8, len(text) // 100):
        raise InputError(f"{name}: looks like a binary file ({controls} control characters), not a text article")
    return text


def _controls(text: str) -> int:
    return sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: the zero bytes of its ASCII characters tell the order."""
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if even + odd < 2 or min(even, odd) > (even + odd) // 20:
        return None  # zeros on both sides: binary, not text
    try:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None
    if _controls(text) > max(2, len(text) // 200) or any(unicodedata.category(c) in ("Co", "Cn", "Cs") for c in text):
        return None
    return text


def _gb18030(data: bytes) -> str | None:
    """The text in GB18030 (a superset of GBK and GB2312), if it reads as Chinese; else None."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return text if _plausible_gb(text) else None


def _plausible_gb(text: str) -> bool:
    """Whether GB18030-decoded text is what a Chinese writer typed, not other bytes misread.

    Nearly every character of real Chinese text is in GB2312 (6,763 common characters, the
    CJK and full-width punctuation); bytes of Latin-1, Windows-1252, Big5 or broken UTF-8
    read as GB18030 land mostly outside it, in the rare GBK extensions. No control characters.
    """
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide or _controls(text) > 0:
        return False
    common = 0
    for c in wide:
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            continue
        common += 1
    return common >= 0.9 * len(wide)


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
    if m and (":" in m.group(0) or "：" in m.group(0) or len(stripped.split()) <= 4) or _WIRE_SOURCE.match(stripped):
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
    """Parse decoded article text (or a web page: see :mod:`kg.htmltext`) into metadata, text and noise."""
    if looks_like_html(text, source_file):
        text = html_to_text(text)
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
        letters = [c for c in text if c.isalpha()]
        if letters and sum(1 for c in letters if _CJK.match(c)) > len(letters) / 2:
            raise InputError(
                f"{source_file or '<input>'}: the article is in Chinese; henan-kg extracts from English news"
            )
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


def read_bytes(path: str | Path) -> bytes:
    """The bytes of an article file, refusing (before reading) what cannot be one.

    A directory, device, pipe or socket is refused, and so is a file larger than
    :data:`MAX_BYTES`, by its size, so that a huge file is never read into memory.
    """
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path}: is a directory, not an article file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: is not a regular file (a device, pipe or socket), not an article file")
        if info.st_size > MAX_BYTES:
            raise InputError(
                f"{path}: {info.st_size:,} bytes is larger than the {MAX_BYTES:,}-byte limit for one article"
            )
        with path.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)  # it may have grown since: decode() refuses more
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def read_article(path: str | Path) -> Article:
    """Read and parse one article file."""
    path = Path(path)
    return parse_article(decode(read_bytes(path), name=str(path)), source_file=path.name)
