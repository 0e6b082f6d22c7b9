"""Reads a saved HTML article (``.html``, ``.htm``) into a :class:`StoryDraft`.

The reader does four jobs, one module each:

- :mod:`~storydesk.ingest.html.parse`: bounded parsing. Pages over :data:`MAX_HTML_CHARS`
  are refused and the tree is never deeper than :data:`MAX_DEPTH` (deeper tags are
  flattened into their ancestor while parsing).
- :mod:`~storydesk.ingest.html.metadata`: headline, date, author, summary, source and
  language from the page head (Open Graph, ``<meta>``, ``<link rel=canonical>``,
  ``<html lang>``) and the article.
- :mod:`~storydesk.ingest.html.article`: the article (``<article>``, or ``<main>``, or
  ``<body>`` without its navigation and chrome) and its images. Images become
  :class:`ImageDraft` records and leave the body; remote images are recorded by URL and
  never fetched, local ones are read only from inside the folder the page came from.
- :mod:`~storydesk.ingest.html.to_markdown`: the article as plain Markdown. No tag,
  attribute or script from the page survives, links are kept only for http(s) and mailto
  addresses, and text that looks like Markdown or HTML is escaped.
"""

from __future__ import annotations

from pathlib import Path

from bs4 import Tag

from storydesk.errors import RejectedInput
from storydesk.ingest.draft import StoryDraft
from storydesk.ingest.html.article import (
    MAX_IMAGES,
    article_images,
    article_region,
    strip_furniture,
)
from storydesk.ingest.html.metadata import PageMeta, fallback_title, headline, script_agrees
from storydesk.ingest.html.parse import MAX_DEPTH, MAX_HTML_CHARS, parse_page
from storydesk.ingest.html.to_markdown import article_markdown
from storydesk.ingest.navigation import count_words
from storydesk.messages import translatable

__all__ = ["MAX_DEPTH", "MAX_HTML_CHARS", "MAX_IMAGES", "read_html", "read_html_page"]


def read_html(text: str, origin_file: str, base_dir: Path | None = None) -> list[StoryDraft]:
    """Reads one HTML article (see :func:`read_html_page`, which also counts its links).

    Raises:
        RejectedInput: The page is too large or has neither a title nor any text.
    """
    return read_html_page(text, origin_file, base_dir)[0]


def read_html_page(
    text: str, origin_file: str, base_dir: Path | None = None
) -> tuple[list[StoryDraft], int]:
    """Reads one HTML article, and counts the words inside the article's links.

    The count (of every link, whatever its target: the Markdown keeps only web links)
    tells a page of links from an article (see :mod:`storydesk.ingest.navigation`).

    Args:
        text: The page, already decoded.
        origin_file: The file's name or bundle path, kept on the draft and used in errors.
        base_dir: The folder relative image paths are resolved against; images outside it
            are ignored. ``None`` keeps relative images only as URLs (when the page's own
            URL is known) and never reads a file.

    Returns:
        One draft (a page holds one article), and the words of text inside its links.

    Raises:
        RejectedInput: The page is too large or has neither a title nor any text.
    """
    soup = parse_page(text, origin_file)
    meta = PageMeta(soup)
    explicit: set[str] = set()

    site_name = meta.site_name()
    source_url = meta.source_url()
    region, whole_body = article_region(soup)

    title, title_tag = headline(soup, region, meta, site_name)
    if title:
        explicit.add("title")
    if title_tag is not None:
        title_tag.decompose()

    images = article_images(region, base_dir, source_url, whole_body)
    strip_furniture(region, whole_body)
    if not title:
        title = fallback_title(region) or Path(origin_file).stem
    in_links = sum(
        count_words(link.get_text(" ")) for link in region.find_all("a") if isinstance(link, Tag)
    )
    body = article_markdown(region, source_url)
    if not body and not explicit:
        raise RejectedInput(
            origin_file, translatable("Import", "the page has no title and no article text")
        )

    draft = StoryDraft(title=title, body=body, origin_file=origin_file, images=images)

    # The date is looked for after the furniture is gone: a <time> in a sidebar is not it.
    draft.date = meta.date(region)
    if draft.date is not None:
        explicit.add("date")

    author = meta.author()
    if author:
        draft.author = author
        explicit.add("author")
    summary = meta.summary()
    if summary:
        draft.summary = summary
        explicit.add("summary")
    if source_url:
        draft.source_url = source_url
        explicit.add("source_url")
    if site_name:
        draft.source_name = site_name
        explicit.add("source_name")

    language = meta.language()
    if language:
        draft.language = language
        # Templates often keep lang="en" over Russian text: trust it only if the script agrees.
        if script_agrees(language, body or title):
            explicit.add("language")
    draft.explicit = explicit
    return [draft], in_links
