"""HTML to Markdown: the article's element tree written as plain Markdown.

The writer emits only Markdown. No tag, attribute or script from the page survives; text
that looks like Markdown or HTML (``*``, ``[``, ``<``, a line starting with ``#`` or
``1.``) is escaped; links keep their target only for http(s) and mailto addresses (made
absolute against the page's address), any other link keeps only its text; images and
dropped elements write nothing. The tree it walks is at most
:data:`~storydesk.ingest.html.parse.MAX_DEPTH` deep, so recursion is bounded.

markdownify was measured in its place (docs/dependencies.md) and not adopted: it fails six
of the reader's tests (control characters, nested emphasis and tables) and is slower on
hostile pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from bs4 import NavigableString, Tag

from storydesk.ingest.html.parse import (
    ALWAYS_DROP,
    BLOCKS,
    CONTROL,
    HEADINGS,
    MEDIA,
    SKIPPED_STRINGS,
    WS,
    web_url,
)

_STRONG = frozenset({"strong", "b"})
_EMPHASIS = frozenset({"em", "i", "cite", "dfn"})
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# Characters that could start Markdown or HTML anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\`*\[\]<>|~])")
# Underscores only matter at word edges (snake_case stays readable).
_UNDERSCORE = re.compile(r"(?<![0-9A-Za-zА-Яа-яЁё])_|_(?![0-9A-Za-zА-Яа-яЁё])")
# What would make a line a heading, quote, list item or rule.
_LINE_START = re.compile(r"^(\s*)(#|>|[-+=]|\d{1,9}[.)])")
_LIST_ITEM = re.compile(r"(?:- |\d{1,9}\. )")


def article_markdown(region: Tag, page_url: str | None) -> str:
    """The region's content as Markdown.

    Args:
        region: The article, already stripped of furniture and images.
        page_url: The page's own address, against which relative links are made absolute;
            ``None`` drops relative links' targets.

    Returns:
        Markdown blocks separated by blank lines (empty when the region has no text).
    """
    return _MarkdownWriter(page_url).convert(region)


def _escape(text: str) -> str:
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _UNDERSCORE.sub(r"\\_", text)


def _escape_line_start(line: str) -> str:
    match = _LINE_START.match(line)
    if not match:
        return line
    lead, marker = match[1], match[2]
    if marker[-1:] in ".)" and marker[:-1].isdigit():
        return f"{lead}{marker[:-1]}\\{marker[-1]}{line[match.end() :]}"
    return f"{lead}\\{line[len(lead) :]}"


class _MarkdownWriter:
    """Turns an element tree (at most :data:`MAX_DEPTH` deep) into Markdown blocks."""

    def __init__(self, page_url: str | None) -> None:
        self.page_url = page_url

    def convert(self, root: Tag) -> str:
        blocks = self._blocks(root.children)
        return "\n\n".join(b for b in blocks if b.strip()).strip()

    # Blocks: paragraphs, headings, lists... separated by blank lines.

    def _blocks(self, nodes: Iterable[Any]) -> list[str]:
        blocks: list[str] = []
        run: list[str] = []

        def flush() -> None:
            paragraph = self._paragraph("".join(run))
            if paragraph:
                blocks.append(paragraph)
            run.clear()

        for node in nodes:
            if isinstance(node, Tag) and node.name in BLOCKS:
                flush()
                blocks.extend(self._block(node))
            else:
                run.append(self._inline(node, frozenset()))
        flush()
        return blocks

    def _paragraph(self, text: str) -> str:
        lines = [WS.sub(" ", line).strip() for line in text.split("\n")]
        lines = [_escape_line_start(line) for line in lines if line]
        return "\\\n".join(lines)

    def _block(self, tag: Tag) -> list[str]:
        name = tag.name
        if name in HEADINGS:
            text = WS.sub(" ", self._inline(tag, frozenset())).strip()
            return [f"{'#' * HEADINGS[name]} {text}"] if text else []
        if name in ("ul", "ol", "menu"):
            return self._list(tag, ordered=name == "ol")
        if name == "blockquote":
            inner = "\n\n".join(self._blocks(tag.children))
            return [_prefix_lines(inner, "> ", ">")] if inner.strip() else []
        if name == "pre":
            return self._pre(tag)
        if name == "table":
            return self._table(tag)
        if name == "hr":
            return ["---"]
        if name == "dt":
            text = WS.sub(" ", self._inline(tag, frozenset())).strip()
            return [f"**{text}**"] if text else []
        return self._blocks(tag.children)

    def _list(self, tag: Tag, ordered: bool) -> list[str]:
        items: list[str] = []
        number = 1
        start = str(tag.get("start", "")).strip()
        if ordered and start.isdigit() and len(start) < 9:
            number = int(start)
        loose = False
        stray: list[Any] = []
        for child in tag.children:
            if isinstance(child, Tag) and child.name == "li":
                blocks = self._blocks(child.children)
            elif isinstance(child, Tag):
                blocks = self._block(child) if child.name in BLOCKS else self._blocks([child])
            else:
                stray.append(child)
                continue
            if not blocks:
                continue
            marker = f"{number}. " if ordered else "- "
            number += 1
            # A nested list right under the item's text keeps the list tight.
            text = blocks[0]
            for block in blocks[1:]:
                nested = _LIST_ITEM.match(block) is not None
                loose = loose or not nested
                text += ("\n" if nested else "\n\n") + block
            items.append(marker + _prefix_lines(text, " " * len(marker), "")[len(marker) :])
        if not items:
            return self._blocks(stray)
        return ["\n\n".join(items) if loose else "\n".join(items)]

    def _pre(self, tag: Tag) -> list[str]:
        text = tag.get_text().strip("\n")
        if not text.strip():
            return []
        longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
        fence = "`" * max(3, longest + 1)
        return [f"{fence}\n{text}\n{fence}"]

    def _table(self, table: Tag) -> list[str]:
        rows: list[list[str]] = []
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is not table:
                continue  # a nested table's rows are read as text of their cell
            cells = [
                WS.sub(" ", self._inline(c, frozenset())).strip().replace("|", "\\|")
                for c in tr.find_all(["td", "th"], recursive=False)
            ]
            if any(cells):
                rows.append(cells)
        if not rows:
            return []
        width = max(len(r) for r in rows)
        if width == 1:  # a layout table: its cells are just paragraphs
            return [r[0] for r in rows if r[0]]
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return ["\n".join(lines)]

    # Inline: text with emphasis, code, links and line breaks.

    def _inline(self, node: Any, styles: frozenset[str]) -> str:
        if isinstance(node, SKIPPED_STRINGS):
            return ""
        if isinstance(node, NavigableString):
            return _escape(WS.sub(" ", CONTROL.sub("", str(node))))
        if not isinstance(node, Tag):
            return ""
        name = node.name
        if name in ALWAYS_DROP or name in MEDIA:
            return ""
        if name == "br":
            return "\n"
        if name in _STRONG and "strong" not in styles:
            return _wrap(self._children(node, styles | {"strong"}), "**")
        if name in _EMPHASIS and "em" not in styles:
            return _wrap(self._children(node, styles | {"em"}), "*")
        if name in ("code", "kbd", "samp", "tt") and "code" not in styles:
            return _code(node.get_text())
        if name == "a" and "a" not in styles:
            return self._link(node, styles)
        text = self._children(node, styles)
        if name in BLOCKS:
            return f" {text} "
        return text

    def _children(self, tag: Tag, styles: frozenset[str]) -> str:
        return "".join(self._inline(child, styles) for child in tag.children)

    def _link(self, tag: Tag, styles: frozenset[str]) -> str:
        text = self._children(tag, styles | {"a"})
        url = _link_target(str(tag.get("href") or ""), self.page_url)
        label = WS.sub(" ", text.replace("\n", " ")).strip()
        if not url or not label:
            return text
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() else ""
        return f"{lead}[{label}]({url}){trail}"


def _link_target(href: str, page_url: str | None) -> str | None:
    """A safe link target: http(s) or mailto, made absolute; ``None`` for anything else."""
    href = re.sub(r"[\x00-\x20\x7f]", "", href)
    if not href or href.startswith("#"):
        return None
    scheme = urlsplit(href).scheme.lower()
    url: str | None
    if scheme == "mailto":
        url = href
    elif scheme in _LINK_SCHEMES or href.startswith("//"):
        url = web_url(href, None)
    elif scheme:
        return None  # javascript:, data:, vbscript:, file:...
    else:
        url = web_url(href, page_url) if page_url else None
    if url is None:
        return None
    # Parentheses, spaces and angle brackets would end or break the Markdown link.
    return (
        url.replace(" ", "%20")
        .replace("(", "%28")
        .replace(")", "%29")
        .replace("<", "%3C")
        .replace(">", "%3E")
    )


def _wrap(text: str, marker: str) -> str:
    core = text.strip()
    if not core or "\n" in core:
        return text
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return f"{lead}{marker}{core}{marker}{trail}"


def _code(text: str) -> str:
    text = WS.sub(" ", text).strip()
    if not text:
        return ""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _prefix_lines(text: str, prefix: str, empty_prefix: str) -> str:
    return "\n".join(prefix + line if line else empty_prefix for line in text.split("\n"))
