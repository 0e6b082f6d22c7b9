"""Bounded parsing of an HTML page, and what the other parts of the reader share.

A page over :data:`MAX_HTML_CHARS` is refused before it is parsed, and the tree is never
deeper than :data:`MAX_DEPTH`: tags opened deeper are flattened into their ancestor while
parsing, so ten megabytes of ``<div>`` cost neither recursion nor memory in the code that
walks the tree afterwards (metadata, article, Markdown).

Also here: the element vocabulary (which tags are dropped, which are blocks, headings or
media), the strings that are never text (comments, doctypes...), and the two helpers every
part uses on what it reads: :func:`clean_text` and :func:`web_url`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Comment, Doctype, Tag
from bs4.element import CData, Declaration, ProcessingInstruction

from storydesk.errors import RejectedInput
from storydesk.messages import translatable

MAX_HTML_CHARS = 10_000_000
"""Largest page read, in characters; a story page is rarely over 1 MB."""

MAX_DEPTH = 200
"""Deepest element nesting kept; deeper tags are dropped (their text is kept)."""

# Removed wherever they are: never content, or active content.
ALWAYS_DROP = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
        "embed", "applet", "svg", "math", "canvas", "form", "input", "button", "select",
        "textarea", "option", "nav", "aside", "link", "meta", "head", "title", "base",
        "video", "audio", "source", "track", "map", "area", "dialog", "param",
    }
)  # fmt: skip
# Page chrome, removed when the body is the whole <body>; an article's own <header> often
# holds its lede, so only its footer (share buttons, tags) goes.
CHROME = frozenset({"header", "footer"})
MEDIA = frozenset({"img", "figure", "picture"})
HEADINGS = {f"h{n}": n for n in range(1, 7)}
BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "ul", "ol", "li",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "hr", "dl", "dt", "dd", "address", "details", "summary", "center", "fieldset",
        "figcaption", "body", "html", "hgroup", "menu", *HEADINGS,
    }
)  # fmt: skip
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
SKIPPED_STRINGS = (Comment, Doctype, CData, Declaration, ProcessingInstruction)
"""Strings in the tree that are never story text."""

WS = re.compile(r"[ \t\n\r\f\v\u00a0\u200b]+")
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")


class _ShallowSoup(BeautifulSoup):
    """A BeautifulSoup tree that never nests deeper than :data:`MAX_DEPTH`.

    Tags opened deeper are dropped (their text joins the deepest kept element) and so are
    their end tags, so ten megabytes of ``<div>`` cost neither recursion nor memory.
    """

    def __init__(self, markup: str) -> None:
        self._dropped: Counter[str] = Counter()
        super().__init__(markup, "html.parser")

    def handle_starttag(  # type: ignore[override]
        self, name: str, namespace: Any, nsprefix: Any, attrs: Any, *args: Any, **kwargs: Any
    ) -> Tag | None:
        if len(self.tagStack) > MAX_DEPTH:
            self.endData()
            if name not in _VOID:
                self._dropped[name] += 1
            return None
        return super().handle_starttag(name, namespace, nsprefix, attrs, *args, **kwargs)

    def handle_endtag(self, name: str, nsprefix: str | None = None) -> None:
        if self._dropped[name]:
            self._dropped[name] -= 1
            self.endData()
            return
        super().handle_endtag(name, nsprefix)


def parse_page(text: str, origin_file: str) -> BeautifulSoup:
    """Parses a page into a tree at most :data:`MAX_DEPTH` deep.

    Args:
        text: The page, already decoded.
        origin_file: The file's name or bundle path, named in the error.

    Returns:
        The page's tree.

    Raises:
        RejectedInput: The page is over :data:`MAX_HTML_CHARS` characters.
    """
    if len(text) > MAX_HTML_CHARS:
        raise RejectedInput(
            origin_file,
            translatable(
                "Import", "page is {size:.1f} million characters, over the {limit} million limit"
            ).format(size=len(text) / 1_000_000, limit=MAX_HTML_CHARS // 1_000_000),
        )
    return _ShallowSoup(text)


def clean_text(text: str) -> str:
    """The text with control characters removed and white space collapsed to single spaces."""
    return WS.sub(" ", CONTROL.sub("", text)).strip()


def web_url(href: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL from ``href`` (resolved against ``base``), else ``None``."""
    if not href:
        return None
    href = re.sub(r"[\x00-\x20\x7f]", "", href)  # browsers ignore these inside a scheme
    if base:
        href = urljoin(base, href)
    elif href.startswith("//"):
        href = "https:" + href
    parts = urlsplit(href)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return href
    return None
