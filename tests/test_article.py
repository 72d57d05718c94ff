"""Reading an article file: decoding, metadata, page noise, the content id, and what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import article as karticle
from kg.article import decode, parse_article, read_article
from kg.corpus import article_files
from kg.errors import InputError

HEADLINE = "Henan firm ships turbines"
BODY = (
    "Pingyuan Turbine Group Co., Ltd. is based in Nanyang. It shipped ten gas turbines in May.\n\n"
    "The company plans a second plant next year."
)

# A news page as saved from the browser: breadcrumb, headline, source line, body, then page furniture.
PAGE = f"""position: EnglishChannel > Industry News> Henan

{HEADLINE}

Source: Henan Daily | 2025-11-08 13:19:08 | Author: Li Na

{BODY}

Editor: Zhang San

Top News
Zhengzhou opens a new metro line
Related news
Luoyang bearings in demand

您的浏览器不支持视频播放，请升级浏览器
"""


def body_of(a) -> str:
    return a.text[a.body_start :]


# -- the news-page format ------------------------------------------------------------------


def test_source_line_gives_source_date_and_author() -> None:
    a = parse_article(PAGE)
    assert a.title == HEADLINE
    assert a.source == "Henan Daily"
    assert a.date == "2025-11-08"
    assert a.author == "Li Na"
    assert a.url is None


def test_breadcrumb_before_headline_is_noise_not_title() -> None:
    a = parse_article(PAGE)
    assert a.title == HEADLINE
    assert "EnglishChannel" not in a.text
    assert "position: EnglishChannel > Industry News> Henan" in a.noise


def test_page_furniture_after_body_is_cut_and_kept_as_noise() -> None:
    a = parse_article(PAGE)
    assert body_of(a) == BODY
    for furniture in ("Editor: Zhang San", "Top News", "Zhengzhou opens a new metro line", "Related news",
                      "Luoyang bearings in demand", "您的浏览器不支持视频播放"):
        assert furniture not in a.text
        assert furniture in a.noise


def test_text_is_headline_then_body() -> None:
    a = parse_article(PAGE)
    assert a.text.startswith(HEADLINE)
    assert body_of(a) == BODY
    assert a.text[: a.body_start].strip() == HEADLINE
    # The source line is metadata: it is in neither the text nor the body.
    assert "Source:" not in a.text


def test_chinese_browser_notice_alone_is_cut() -> None:
    a = parse_article(f"{HEADLINE}\n\n{BODY}\n\n请使用Chrome浏览器浏览本页面\n")
    assert body_of(a) == BODY
    assert "请使用Chrome浏览器浏览本页面" in a.noise


def test_plain_article_has_no_noise_and_no_metadata() -> None:
    a = parse_article(f"{HEADLINE}\n\n{BODY}\n")
    assert a.title == HEADLINE
    assert body_of(a) == BODY
    assert a.noise == ""
    assert (a.date, a.source, a.author, a.url) == (None, None, None, None)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Related industries in Luoyang grew by 8 percent over the same period.",
        "Recommended by the provincial government, the plant became a model factory.",
        "Print runs of the company's export catalogue doubled.",
    ],
)
def test_body_paragraph_starting_with_a_furniture_word_stays_in_the_body(paragraph: str) -> None:
    # Only page furniture is noise: a sentence of the article that happens to start with
    # "Related", "Recommended" or "Print" must not cut off the rest of the body.
    a = parse_article(f"{HEADLINE}\n\n{BODY}\n\n{paragraph}\n\nExports reached 40 countries.\n")
    assert paragraph in body_of(a)
    assert body_of(a).endswith("Exports reached 40 countries.")


# -- key-value metadata and front matter ---------------------------------------------------


def test_key_value_metadata() -> None:
    text = f"Title: {HEADLINE}\nDate: May 6, 2024\nURL: https://example.com/news/1\nSource: Henan Daily\n\n{BODY}\n"
    a = parse_article(text)
    assert a.title == HEADLINE
    assert a.date == "2024-05-06"
    assert a.url == "https://example.com/news/1"
    assert a.source == "Henan Daily"
    assert body_of(a) == BODY
    assert "URL:" not in a.text


def test_markdown_front_matter() -> None:
    text = f'---\ntitle: "{HEADLINE}"\ndate: 2024-05-06\nauthor: Li Na\nurl: https://example.com/a\n---\n\n{BODY}\n'
    a = parse_article(text)
    assert a.title == HEADLINE
    assert a.date == "2024-05-06"
    assert a.author == "Li Na"
    assert a.url == "https://example.com/a"
    assert body_of(a) == BODY
    assert "---" not in a.text
    assert a.noise.startswith("---")


def test_markdown_headline_loses_its_hashes() -> None:
    a = parse_article(f"# {HEADLINE}\n\n{BODY}\n")
    assert a.title == HEADLINE


# -- the id --------------------------------------------------------------------------------


def test_id_is_stable_for_the_same_content() -> None:
    a, b = parse_article(PAGE), parse_article(PAGE)
    assert a.id == b.id
    assert len(a.id) == 16


def test_id_ignores_noise_metadata_and_layout() -> None:
    base = parse_article(f"{HEADLINE}\n\n{BODY}\n")
    other_noise = PAGE.replace("Zhengzhou opens a new metro line", "Anyang steel output rises")
    assert parse_article(other_noise).id == base.id
    assert parse_article(PAGE).id == base.id
    assert parse_article(f"{HEADLINE}\r\n\r\n{BODY.replace(chr(10), chr(13) + chr(10))}\r\n").id == base.id


def test_changed_body_changes_the_id() -> None:
    base = parse_article(PAGE)
    changed = parse_article(PAGE.replace("ten gas turbines", "twelve gas turbines"))
    assert changed.id != base.id


def test_changed_headline_changes_the_id() -> None:
    assert parse_article(PAGE).id != parse_article(PAGE.replace(HEADLINE, "Henan firm ships more turbines")).id


# -- what is refused -----------------------------------------------------------------------


def test_empty_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="empty"):
        decode(b"", name="a.txt")


def test_whitespace_only_is_refused() -> None:
    with pytest.raises(InputError, match="empty"):
        decode(b" \n\t\r\n  \n", name="a.txt")


def test_binary_with_nul_bytes_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", name="a.png")


def test_invalid_utf8_is_refused_with_the_byte_position() -> None:
    data = f"{HEADLINE}\n\nCaf".encode() + b"\xe9 Henan."  # Latin-1, not UTF-8
    with pytest.raises(InputError, match=r"UTF-8 \(byte 30\)"):
        decode(data, name="a.txt")


def test_too_large_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(karticle, "MAX_BYTES", 100)
    data = f"{HEADLINE}\n\n{BODY}".encode()
    assert len(data) > 100
    with pytest.raises(InputError, match="larger than"):
        decode(data, name="a.txt")
    assert decode(data[:100], name="a.txt")


def test_headline_only_is_refused_with_a_clear_message() -> None:
    with pytest.raises(InputError, match="no article body"):
        parse_article(f"{HEADLINE}\n\n", source_file="a.txt")


def test_headline_and_metadata_only_is_refused() -> None:
    with pytest.raises(InputError, match="no article body"):
        parse_article(f"{HEADLINE}\n\nSource: Henan Daily | 2025-11-08 | Author: Li Na\n\nEditor: Zhang San\n")


def test_utf16_with_bom_decodes() -> None:
    text = f"{HEADLINE}\n\n{BODY}\n"
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        data = text.encode(encoding)
        if encoding != "utf-16":
            data = ("\ufeff").encode(encoding) + data
        assert decode(data, name="a.txt") == text


def test_utf8_bom_is_dropped() -> None:
    assert decode(b"\xef\xbb\xbfHeadline\n\nBody.", name="a.txt") == "Headline\n\nBody."


def test_broken_utf16_is_an_input_error() -> None:
    # A UTF-16 byte-order mark followed by an odd number of bytes or a lone surrogate
    # is not a readable article: the user must get InputError (exit 3), not a traceback.
    for data in (b"\xff\xfeA\x00B", b"\xff\xfe\x00\xd8A\x00"):
        with pytest.raises(InputError):
            decode(data, name="a.txt")


# -- files ---------------------------------------------------------------------------------


def test_read_article_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "turbines.txt"
    path.write_text(PAGE, encoding="utf-8")
    a = read_article(path)
    assert a.source_file == "turbines.txt"
    assert a.id == parse_article(PAGE).id
    assert body_of(a) == BODY


def test_read_article_of_utf16_file(tmp_path: Path) -> None:
    path = tmp_path / "turbines.txt"
    path.write_bytes(PAGE.encode("utf-16"))
    assert read_article(path).id == parse_article(PAGE).id


def test_read_article_on_a_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        read_article(tmp_path)


def test_read_article_of_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot be read"):
        read_article(tmp_path / "missing.txt")


def test_seed_corpus_articles_parse(seed_corpus: Path) -> None:
    articles = [read_article(p) for p in article_files(seed_corpus)]
    assert articles
    assert len({a.id for a in articles}) == len(articles)
    for a in articles:
        assert a.title and body_of(a).strip()
        assert "position:" not in a.text


def test_share_and_print_buttons_open_the_page_furniture() -> None:
    for furniture in ("Share: WeChat | Weibo | LinkedIn", "[Print] [Close]", "Share to: Facebook Twitter"):
        a = parse_article(f"{HEADLINE}\n\n{BODY}\n\n{furniture}\n\nLuoyang bearings in demand\n")
        assert body_of(a) == BODY
        assert furniture in a.noise and "Luoyang bearings" in a.noise


def test_a_body_line_that_starts_with_shares_is_kept() -> None:
    line = "Shares of the company rose 3 percent on Monday after the deal was announced."
    a = parse_article(f"{HEADLINE}\n\n{BODY}\n\n{line}\n")
    assert line in a.text


@pytest.mark.parametrize("line", ["(Web editor: Chen Lu, Liang Jun)", "\uff08Web editor: Hu Ximeng, Liang Jun\uff09"])
def test_a_web_editor_line_opens_the_page_noise(line):
    article = parse_article(f"Rice makers grow\n\nXinyang mills export rice. \"Rice is the root,\" Chen said.\n\n{line}\n\n"
                            "Related Stories\n\u00b7 Textile makers bet on fibers\n")
    assert "editor" not in article.text.lower()
    assert "Liang Jun" not in article.text
    assert article.text.endswith("Chen said.")


@pytest.mark.parametrize("tail", [
    "Media contact: Wu Lan, Henan Anqi Co., Ltd., +86-371-5550100",
    "View original content: https://www.prnewswire.com/news-releases/anqi-302000001.html",
    "SOURCE Henan Anqi Co., Ltd.",
])
def test_a_wire_releases_contact_link_and_source_lines_are_page_noise(tail) -> None:
    a = parse_article(f"{HEADLINE}\n\n{BODY}\n\n{tail}\n")
    assert body_of(a) == BODY
    assert tail in a.noise


def test_a_body_line_about_sources_or_media_is_kept() -> None:
    line = "SOURCES close to the company said media contacts with buyers in Brazil grew."
    a = parse_article(f"{HEADLINE}\n\n{BODY}\n\n{line}\n")
    assert line in a.text
