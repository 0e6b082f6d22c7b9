"""Tests for each job of the HTML reader on its own: parse, metadata, article, Markdown."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup, Tag

from storydesk.errors import RejectedInput
from storydesk.ingest.html.article import article_images, article_region, strip_furniture
from storydesk.ingest.html.metadata import PageMeta, script_agrees
from storydesk.ingest.html.parse import MAX_DEPTH, MAX_HTML_CHARS, parse_page
from storydesk.ingest.html.to_markdown import article_markdown


def _depth(tag: Tag) -> int:
    deepest, level, node = 0, 0, tag
    while True:  # iterative: the tree must be shallow, but the test must not rely on it
        children = [c for c in node.children if isinstance(c, Tag)]
        if not children:
            return max(deepest, level)
        node, level = children[0], level + 1
        deepest = max(deepest, level)


def test_parse_flattens_tags_nested_past_the_limit_and_keeps_their_text() -> None:
    soup = parse_page("<div>" * (MAX_DEPTH + 300) + "bottom" + "</div>" * 50 + "after", "x")
    assert _depth(soup) <= MAX_DEPTH + 1
    assert "bottom" in soup.get_text() and "after" in soup.get_text()


def test_parse_refuses_a_page_over_the_limit_naming_it() -> None:
    with pytest.raises(RejectedInput, match="over the 10 million limit") as caught:
        parse_page("x" * (MAX_HTML_CHARS + 1), "pages/huge.html")
    assert "pages/huge.html" in str(caught.value)


def _meta(head: str, body: str = "") -> tuple[PageMeta, BeautifulSoup]:
    soup = parse_page(f"<html lang='ru-RU'><head>{head}</head><body>{body}</body></html>", "x")
    return PageMeta(soup), soup


def test_metadata_reads_the_head_and_cleans_values() -> None:
    meta, soup = _meta(
        "<meta property='og:site_name' content='ПРООН\u00a0 в\tКазахстане'>"
        "<meta name='author' content='https://evil.example/me'>"
        "<link rel='Canonical' href='https://undp.org/a'>"
        "<meta name='dc.date' content='2024-02-30'>",
        "<article><time datetime='2023-04-18T09:00'>x</time></article>",
    )
    assert meta.site_name() == "ПРООН в Казахстане"
    assert meta.author() is None  # a web address is never an author
    assert meta.source_url() == "https://undp.org/a"
    assert meta.language() == "ru"
    # An impossible meta date is no date; the <time> is not consulted once a meta date is set.
    assert meta.date(soup) is None


def test_metadata_date_falls_back_to_the_articles_time() -> None:
    meta, soup = _meta("", "<article><time datetime='2023-04-18T09:00'>x</time></article>")
    assert meta.date(soup) == dt.date(2023, 4, 18)


def test_metadata_refuses_scripted_and_relative_source_urls() -> None:
    assert _meta("<meta property='og:url' content='javascript:alert(1)'>")[0].source_url() is None
    assert _meta("<link rel='canonical' href='/relative'>")[0].source_url() is None


def test_script_agrees_only_when_the_letters_match_the_language() -> None:
    russian = "Программа развития ООН провела форум в Алматы"
    assert script_agrees("ru", russian)
    assert not script_agrees("en", russian)
    assert script_agrees("en", "Короткий")  # too short to judge


def test_article_is_the_longest_outer_article_else_main_else_body() -> None:
    soup = parse_page(
        "<body><article><p>short</p></article>"
        "<article><p>the longer story</p><article><p>inner</p></article></article></body>",
        "x",
    )
    region, whole_body = article_region(soup)
    assert "the longer story" in region.get_text() and not whole_body
    region, whole_body = article_region(parse_page("<body><div role=main>m</div></body>", "x"))
    assert region.get_text() == "m" and not whole_body
    region, whole_body = article_region(parse_page("<body><p>b</p></body>", "x"))
    assert region.name == "body" and whole_body


def test_furniture_goes_and_images_are_collected_before() -> None:
    soup = parse_page(
        "<body><header>Site</header><p>Story text.</p>"
        "<div class='share-buttons'>Share</div><p hidden>secret</p><p style='display: none'>h</p>"
        "<figure><img src='https://undp.org/a.jpg' alt='Field'><figcaption>Farmers. Photo: "
        "UNDP</figcaption></figure><img src='//cdn.example/b.png' width=1><footer>(c)</footer>"
        "</body>",
        "x",
    )
    region, whole_body = article_region(soup)
    images = article_images(region, None, None, whole_body)
    assert [(i.url, i.alt, i.caption, i.credit) for i in images] == [
        ("https://undp.org/a.jpg", "Field", "Farmers.", "UNDP")
    ]  # the 1-pixel image is a tracker
    strip_furniture(region, whole_body)
    assert region.get_text() == "Story text."


@pytest.mark.parametrize(
    ("href", "page_url", "expected"),
    [
        ("javascript:alert(1)", None, "see it"),
        ("java\tscript:alert(1)", None, "see it"),
        ("data:text/html,x", None, "see it"),
        ("file:///etc/passwd", None, "see it"),
        ("/relative", None, "see it"),
        ("/relative", "https://undp.org/news/", "[see it](https://undp.org/relative)"),
        ("//cdn.example/x (1)", None, "[see it](https://cdn.example/x%281%29)"),
        ("mailto:a@undp.org", None, "[see it](mailto:a@undp.org)"),
    ],
)
def test_markdown_keeps_only_safe_link_targets(
    href: str, page_url: str | None, expected: str
) -> None:
    soup = BeautifulSoup(f"<div><a href='{href}'>see it</a></div>", "html.parser")
    assert article_markdown(soup.div, page_url) == expected  # type: ignore[arg-type]


def test_markdown_escapes_what_would_be_markup() -> None:
    soup = BeautifulSoup("<div><p># not a heading <b>bold</b> <i>[x]</i></p></div>", "html.parser")
    assert article_markdown(soup.div, None) == "\\# not a heading **bold** *\\[x\\]*"  # type: ignore[arg-type]
