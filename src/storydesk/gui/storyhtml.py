"""Builds the reading pane's page for one story: safe HTML for QTextBrowser.

Every value from a story is escaped with :func:`html.escape`; the body is Markdown rendered
by markdown-it-py with raw HTML switched off, and its images are shown as their alt text
(a story never makes the app fetch anything). Links are StoryDesk's own ``sd-*:`` schemes
(partner, place, country, story, image, confirm a suggested goal) plus the story's own web
links, which the pane never opens, only offers to copy. Goals the text suggests are shown
under the story's own, each with Confirm; they are never shown as the story's goals.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from markdown_it import MarkdownIt
from PySide6.QtCore import QCoreApplication, QUrl

from storydesk.gui.i18n import date_text
from storydesk.library import DisplayNames, language_name

if TYPE_CHECKING:
    from storydesk.library import PageImage, SdgSuggestion, StoryPage

SCHEMES = (
    "sd-partner",
    "sd-place",
    "sd-country",
    "sd-story",
    "sd-image",
    "sd-copy",
    "sd-sdg",
    "sd-unlink",
    "sd-confirm-sdg",
    "sd-edit",
)


translate = QCoreApplication.translate


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
        return f"<i>[{html.escape(alt)}]</i>" if alt else ""

    md.add_render_rule("image", image_as_text)
    return md


_MD = _markdown()


def render_markdown(text: str) -> str:
    """Markdown to HTML with raw HTML escaped, not passed through."""
    return _MD.render(text or "")


def _chips(scheme: str, values: Sequence[str], shown: Callable[[str], str] | None = None) -> str:
    # a middle dot, not a comma: partner names themselves contain commas. The link keeps
    # the canonical name (filters use it); the text is the name in the reader's language.
    return " · ".join(
        f'<a href="{html.escape(link(scheme, v))}">{html.escape(shown(v) if shown else v)}</a>'
        for v in values
        if v
    )


def _meta_row(label: str, value_html: str) -> str:
    return (
        f'<tr><td class="label">{html.escape(label)}</td><td class="value">{value_html}</td></tr>'
    )


def story_html(
    page: StoryPage,
    palette: Palette | None = None,
    widths: Sequence[int | None] | None = None,
    names: DisplayNames | None = None,
    suggestions: Sequence[SdgSuggestion] = (),
) -> str:
    """The whole page for a story (``Library.story_page``).

    Args:
        page: The story with its pictures and translations.
        palette: Colours of the page.
        widths: The pixel widths of its pictures, when known.
        names: Partner, place and country names in the reader's language.
        suggestions: Goals suggested from the text (``SdgSuggestion``: goal, terms); those
            the story does not have yet are listed under its goals, each with Confirm.
    """
    from storydesk.gui.editing import sdg_label

    p = palette or Palette()
    e = html.escape
    story = page.story
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
        "<h1>" + e(story.title or translate("StoryPage", "Untitled story")) + "</h1>",
    ]
    meta: list[str] = []
    if story.date:
        meta.append(_meta_row(translate("StoryPage", "Date"), e(date_text(story.date))))
    if story.countries:
        countries = _chips("sd-country", story.countries, names.country if names else None)
        meta.append(_meta_row(translate("StoryPage", "Countries"), countries))
    if story.places:
        places = _chips("sd-place", story.places, names.place if names else None)
        meta.append(_meta_row(translate("StoryPage", "Places"), places))
    if story.partners:
        partners = _chips("sd-partner", story.partners, names.partner if names else None)
        meta.append(_meta_row(translate("StoryPage", "Partners"), partners))
    if story.sdgs:
        goals = [str(n) for n in story.sdgs]
        chips = _chips("sd-sdg", goals, lambda n: sdg_label(int(n)))
        meta.append(_meta_row(translate("StoryPage", "SDGs"), chips))
    proposed = [s for s in suggestions if int(s.goal) not in story.sdgs]
    if proposed:
        lines = []
        for suggestion in proposed:
            terms = ", ".join(suggestion.terms)
            hint = (
                ' <span class="muted">({})</span>'.format(
                    e(translate("StoryPage", "suggested: {terms}").format(terms=terms))
                )
                if terms
                else ""
            )
            lines.append(
                '{goal}{hint} <a href="{href}" title="{tip}"><b>{confirm}</b></a>'.format(
                    goal=e(sdg_label(int(suggestion.goal))),
                    hint=hint,
                    href=e(link("sd-confirm-sdg", str(int(suggestion.goal)))),
                    tip=e(translate("StoryPage", "Add this goal to the story")),
                    confirm=e(translate("StoryPage", "Confirm")),
                )
            )
        meta.append(_meta_row(translate("StoryPage", "Suggested SDGs"), "<br>".join(lines)))
    if story.language:
        code = story.language
        name = language_name(code) or code
        spoken = translate("StoryPage", "{language} ({code})").format(language=name, code=code)
        meta.append(_meta_row(translate("StoryPage", "Language"), e(spoken)))
    if story.author:
        meta.append(_meta_row(translate("StoryPage", "Author"), e(story.author)))
    source = story.source_name
    url = story.source_url
    if source or url:
        bits = [e(source)] if source else []
        if url:
            bits.append(
                '<a href="{href}" title="{title}">{url}</a> '
                '<span class="muted">{hint}</span>'.format(
                    href=e(link("sd-copy", url)),
                    title=e(translate("StoryPage", "Copy link")),
                    url=e(url),
                    hint=e(translate("StoryPage", "(click to copy)")),
                )
            )
        meta.append(_meta_row(translate("StoryPage", "Source"), " — ".join(bits)))
    if page.translations:
        links = []
        for row in page.translations:
            label = row.title or row.id
            suffix = f" ({e(row.language)})" if row.language else ""
            links.append(f'<a href="{e(link("sd-story", row.id))}">{e(label)}</a>{suffix}')
        links.append(
            '<a class="muted" href="{href}">{text}</a>'.format(
                href=e(link("sd-unlink", story.id)),
                text=e(translate("StoryPage", "Unlink this story from its translations")),
            )
        )
        meta.append(_meta_row(translate("StoryPage", "Translations"), "<br>".join(links)))
    if meta:
        parts.append('<table cellspacing="0" cellpadding="2">' + "".join(meta) + "</table>")

    if story.summary:
        parts.append(f"<p><b>{e(story.summary)}</b></p>")

    known = list(widths or ())
    shown = [(i, image) for i, image in enumerate(page.images) if image.display]
    if shown:
        first_index, first = shown[0]
        parts.append(_figure(first_index, first, _width(known, first_index)))

    parts.append(render_markdown(story.body or ""))

    for index, image in shown[1:]:
        parts.append(_figure(index, image, _width(known, index)))

    if story.figures:
        rows = "".join(
            f"<tr><td>{_figure_phrase(f.value, f.counts, f.text)}</td></tr>" for f in story.figures
        )
        parts.append(
            "<h3>" + e(translate("StoryPage", "Key figures")) + "</h3>"
            f'<table class="figures" cellspacing="0" cellpadding="4" width="100%">{rows}</table>'
        )
    missing = [shown_image.image for shown_image in page.images if not shown_image.display]
    if missing:
        parts.append(
            '<p class="muted">'
            + e(
                translate("StoryPage", "Images not stored in this catalogue: {images}").format(
                    images="; ".join(image.caption or image.alt or "?" for image in missing)
                )
            )
            + "</p>"
        )
    parts.append("</body></html>")
    return "".join(parts)


def _width(widths: list[int | None], index: int) -> int | None:
    return widths[index] if 0 <= index < len(widths) else None


def _figure(index: int, shown: PageImage, width: int | None) -> str:
    e = html.escape
    image = shown.image
    src = QUrl.fromLocalFile(str(Path(shown.display or ""))).toString()
    alt = image.alt or image.caption or ""
    caption_bits = []
    if image.caption:
        caption_bits.append(e(image.caption))
    if image.credit:
        credit = translate("StoryPage", "Photo: {credit}").format(credit=image.credit)
        caption_bits.append(f"<i>{e(credit)}</i>")
    caption = " — ".join(caption_bits)
    return (
        f'<p><a href="{e(link("sd-image", str(index)))}">'
        f'<img src="{e(src)}" width="{min(width or 560, 560)}" alt="{e(alt)}"></a><br>'
        f'<span class="caption">{caption}</span></p>'
    )


def _figure_phrase(value: str, counts: str | None, text: str | None) -> str:
    """A key figure as one phrase with its number in bold ("более **4000** молодых людей"),
    not the number, the counted words and the phrase side by side (which said it thrice)."""
    shown, number = html.escape(text or ""), html.escape(value)
    if shown and number in shown:
        return shown.replace(number, f"<b>{number}</b>", 1)
    return f"<b>{number}</b> {html.escape(counts or '')}".strip()
