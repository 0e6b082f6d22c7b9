"""Builds the reading pane's page for one story: safe HTML for QTextBrowser.

Every value from a story is escaped with :func:`html.escape`; the body is Markdown rendered
by markdown-it-py with raw HTML switched off, and its images are shown as their alt text
(a story never makes the app fetch anything). Links are StoryDesk's own ``sd-*:`` schemes
(partner, place, country, story, image) plus the story's own web links, which the pane
never opens, only offers to copy.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from markdown_it import MarkdownIt
from PySide6.QtCore import QCoreApplication, QUrl

from storydesk.library import language_name

SCHEMES = ("sd-partner", "sd-place", "sd-country", "sd-story", "sd-image", "sd-copy", "sd-sdg")


def tr(text: str) -> str:
    return QCoreApplication.translate("StoryPage", text)


def link(scheme: str, value: str) -> str:
    """An href for one of StoryDesk's own link schemes."""
    return f"{scheme}:{quote(value, safe='')}"


def parse_link(url: QUrl | str) -> tuple[str, str]:
    """``(scheme, value)`` of a link from the page; scheme ``""`` for a web link."""
    if isinstance(url, QUrl):
        pretty = url.toString()
        text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    else:
        pretty = text = url
    scheme, sep, rest = text.partition(":")
    if sep and scheme in SCHEMES:
        return scheme, unquote(rest)
    return "", pretty


@dataclass(frozen=True)
class Palette:
    """Colours taken from the application palette so the page follows light and dark."""

    text: str = "#1d1d1f"
    muted: str = "#5f6368"
    link: str = "#0b57d0"
    panel: str = "#f2f4f7"
    border: str = "#d0d4da"


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.enable("strikethrough")

    def image_as_text(
        renderer: Any, tokens: Sequence[Any], idx: int, options: Any, env: Any
    ) -> str:
        alt = "".join(child.content for child in tokens[idx].children or [])
        return f"<i>[{html.escape(alt or tr('image'))}]</i>" if alt else ""

    md.add_render_rule("image", image_as_text)
    return md


_MD = _markdown()


def render_markdown(text: str) -> str:
    """Markdown to HTML with raw HTML escaped, not passed through."""
    return _MD.render(text or "")


def _chips(scheme: str, values: Sequence[str]) -> str:
    # a middle dot, not a comma: partner names themselves contain commas
    return " · ".join(
        f'<a href="{html.escape(link(scheme, v))}">{html.escape(v)}</a>' for v in values if v
    )


def _meta_row(label: str, value_html: str) -> str:
    return (
        f'<tr><td class="label">{html.escape(label)}</td><td class="value">{value_html}</td></tr>'
    )


def story_html(story: dict[str, Any], palette: Palette | None = None) -> str:
    """The whole page for ``story`` (as ``data.story_page`` returns it)."""
    p = palette or Palette()
    e = html.escape
    parts: list[str] = [
        "<html><head><style>"
        f"body {{ color: {p.text}; }}"
        f"a {{ color: {p.link}; text-decoration: none; }}"
        f"h1 {{ font-size: x-large; margin-bottom: 4px; }}"
        f"td.label {{ color: {p.muted}; padding-right: 12px; }}"
        f".muted {{ color: {p.muted}; }}"
        f".caption {{ color: {p.muted}; font-size: small; }}"
        f".figures {{ background-color: {p.panel}; }}"
        "</style></head><body>",
        f"<h1>{e(story.get('title') or tr('Untitled story'))}</h1>",
    ]
    meta: list[str] = []
    if story.get("date"):
        meta.append(_meta_row(tr("Date"), e(story["date"])))
    if story.get("countries"):
        meta.append(_meta_row(tr("Countries"), _chips("sd-country", story["countries"])))
    if story.get("places"):
        meta.append(_meta_row(tr("Places"), _chips("sd-place", story["places"])))
    if story.get("partners"):
        meta.append(_meta_row(tr("Partners"), _chips("sd-partner", story["partners"])))
    if story.get("sdgs"):
        goals = [str(n) for n in story["sdgs"]]
        meta.append(_meta_row(tr("SDGs"), _chips("sd-sdg", goals)))
    if story.get("language"):
        code = story["language"]
        name = language_name(code) or code
        meta.append(_meta_row(tr("Language"), e(f"{name} ({code})")))
    if story.get("author"):
        meta.append(_meta_row(tr("Author"), e(story["author"])))
    source = story.get("source_name")
    url = story.get("source_url")
    if source or url:
        bits = [e(source)] if source else []
        if url:
            bits.append(
                f'<a href="{e(link("sd-copy", url))}" title="{e(tr("Copy link"))}">{e(url)}</a>'
                f' <span class="muted">({e(tr("click to copy"))})</span>'
            )
        meta.append(_meta_row(tr("Source"), " — ".join(bits)))
    translations = story.get("translation_rows") or []
    if translations:
        links = []
        for row in translations:
            label = row.get("title") or row.get("id")
            lang = row.get("language")
            suffix = f" ({e(lang)})" if lang else ""
            links.append(f'<a href="{e(link("sd-story", row["id"]))}">{e(label)}</a>{suffix}')
        meta.append(_meta_row(tr("Translations"), "<br>".join(links)))
    if meta:
        parts.append('<table cellspacing="0" cellpadding="2">' + "".join(meta) + "</table>")

    if story.get("summary"):
        parts.append(f"<p><b>{e(story['summary'])}</b></p>")

    images = story.get("images") or []
    shown = [(i, img) for i, img in enumerate(images) if img.get("file")]
    if shown:
        first_index, first = shown[0]
        parts.append(_figure(first_index, first, p))

    parts.append(render_markdown(story.get("body") or ""))

    for index, image in shown[1:]:
        parts.append(_figure(index, image, p))

    figures = story.get("figures") or []
    if figures:
        rows = "".join(
            f"<tr><td><b>{e(str(f.get('value', '')))}</b></td>"
            f"<td>{e(str(f.get('counts') or ''))}</td>"
            f'<td class="muted">{e(str(f.get("text") or ""))}</td></tr>'
            for f in figures
        )
        parts.append(
            f"<h3>{e(tr('Key figures'))}</h3>"
            f'<table class="figures" cellspacing="0" cellpadding="4" width="100%">{rows}</table>'
        )
    missing = [img for img in images if not img.get("file")]
    if missing:
        parts.append(
            f'<p class="muted">{e(tr("Images not stored in this catalogue"))}: '
            + "; ".join(e(img.get("caption") or img.get("alt") or "?") for img in missing)
            + "</p>"
        )
    parts.append("</body></html>")
    return "".join(parts)


def _figure(index: int, image: dict[str, Any], p: Palette) -> str:
    e = html.escape
    src = QUrl.fromLocalFile(str(Path(image["file"]))).toString()
    alt = image.get("alt") or image.get("caption") or ""
    width = min(int(image.get("display_width") or 560), 560)
    caption_bits = []
    if image.get("caption"):
        caption_bits.append(e(image["caption"]))
    if image.get("credit"):
        caption_bits.append(f"<i>{e(tr('Photo'))}: {e(image['credit'])}</i>")
    caption = " — ".join(caption_bits)
    return (
        f'<p><a href="{e(link("sd-image", str(index)))}">'
        f'<img src="{e(src)}" width="{width}" alt="{e(alt)}"></a><br>'
        f'<span class="caption">{caption}</span></p>'
    )
