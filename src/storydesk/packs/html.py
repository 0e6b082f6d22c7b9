"""Briefing packs as one self-contained HTML file.

The file loads nothing: styles are inline, photos are ``data:`` URIs, there are no scripts,
and links to the outside are shown as text. A Content-Security-Policy meta tag forbids any
request as a backstop. It reads on a phone and prints one story per page with the pack's
title at the top of each page.

Text from stories is data, not markup or terminal input: C0 and C1 control characters
(except newline and tab) never reach the file, and in titles, names and captions the
Unicode bidirectional overrides and isolates (which can make a title read backwards or hide
text) and invisible zero-width characters are removed. See docs/safety.md.
"""

from __future__ import annotations

import base64
import html
import re
from functools import cache
from pathlib import Path

from storydesk.atomic import atomic_output
from storydesk.packs.model import (
    CANCELLED,
    HTML_PHOTO_MAX_SIDE,
    HTML_PHOTO_QUALITY,
    PACK_FILE_MODE,
    BriefingPack,
    PackPhoto,
    PackResult,
    PackStory,
    check_output_folder,
    count_label,
    format_date,
    intro_paragraphs,
    labels,
    pack_cover,
    prepare_stories,
    summary_repeats_body,
)
from storydesk.progress import CancelToken, Progress, check_cancel
from storydesk.resources import resource

CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

LAYOUT_CSS = """\
.story .lead { font-size: 1.15rem; font-weight: bold; font-style: normal; color: #2b3640;
               line-height: 1.45; margin: .7rem 0 1rem; }
.cover .count { font-size: 1.05rem; }
.cover figure { margin: 1.2rem 0; }
.cover figure img { max-height: 50vh; }
.cover .covers { margin: .3rem 0; }
.cover .covers b { color: #0468b1; }
@media print {
  .story p, .story li, .story blockquote { orphans: 2; widows: 2; }
  .story .body > :last-child, .story .figures, .story .source {
    break-before: avoid; page-break-before: avoid; }
  .story .source { break-inside: avoid; page-break-inside: avoid; }
  .story .lead { font-size: 12pt; }
  .cover { padding-top: 12%; }
  .cover figure img { max-height: 90mm; }
}
"""
"""Rules for the lead, the cover, and the print flow: the last paragraph, the key figures
and the source are kept with what comes before them (no page holds only a story's tail),
and a paragraph leaves at least two lines on each side of a page break."""


@cache
def _stylesheet() -> str:
    return resource("templates", "pack.css").read_text(encoding="utf-8")


_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 and C1 control characters except tab (``\\x09``) and newline (``\\x0a``)."""
_BIDI_AND_INVISIBLE = re.compile(r"[\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
"""Bidirectional embeddings, overrides and isolates, zero-width space, word joiner, BOM.

Zero-width (non-)joiners and the left/right-to-left marks stay: scripts and emoji need them
and they cannot reorder text.
"""


def strip_controls(text: str) -> str:
    """``text`` without C0/C1 control characters (newline and tab are kept)."""
    return _CONTROLS.sub("", text)


def clean_label(text: str) -> str:
    """A title, name or caption as plain visible text: no controls, no bidi overrides."""
    return _BIDI_AND_INVISIBLE.sub("", strip_controls(text))


def _e(text: str) -> str:
    return html.escape(clean_label(text), quote=True)


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string; anything but letters, digits and spaces is escaped."""
    out = []
    for char in clean_label(text):
        if char.isalnum() or char == " ":
            out.append(char)
        else:
            out.append(f"\\{ord(char):x} ")
    return '"' + "".join(out) + '"'


def _page_css(pack: BriefingPack) -> str:
    words = labels(pack.options.labels_language)["page_of"]
    before, _, rest = words.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    counter = " ".join(
        part
        for part in (
            css_string(before) if before else "",
            "counter(page)",
            css_string(middle) if middle else "",
            "counter(pages)",
            css_string(after) if after else "",
        )
        if part
    )
    size = "A4" if pack.options.paper == "a4" else "letter"
    return (
        f"@page {{ size: {size}; margin: 18mm 18mm 16mm;"
        f" @top-left {{ content: {css_string(pack.options.title)}; font-size: 8pt; color: #666; }}"
        f" @bottom-right {{ content: {counter}; font-size: 8pt; color: #666; }} }}\n"
        "@page :first { @top-left { content: none; } @bottom-right { content: none; } }\n"
    )


def _img(photo: PackPhoto) -> str:
    encoded = base64.b64encode(photo.data).decode("ascii")
    return (
        f'<img src="data:{photo.mime};base64,{encoded}" alt="{_e(photo.alt or photo.caption)}"'
        f' width="{photo.width}" height="{photo.height}">'
    )


def _cover_html(pack: BriefingPack, stories: list[PackStory]) -> list[str]:
    """The cover: subtitle, title, date, story count, the lead photo of the first story that
    has one, the places and partners covered, and the introduction."""
    options = pack.options
    language = options.labels_language
    covers = pack_cover(stories)
    cover = ['<header class="cover">']
    if options.subtitle:
        cover.append(f'<p class="kicker">{_e(options.subtitle)}</p>')
    cover.append(f"<h1>{_e(options.title)}</h1>")
    if options.date:
        cover.append(f'<p class="date">{_e(format_date(options.date, language))}</p>')
    cover.append(f'<p class="count">{_e(count_label(len(stories), "story", language))}</p>')
    if covers.photo is not None:
        cover.append(f'<figure class="cover-photo">{_img(covers.photo)}</figure>')
    for kind, label, names in covers.name_lines(language):
        cover.append(f'<p class="covers {kind}"><b>{_e(label)}:</b> {_e(names)}</p>')
    paragraphs = intro_paragraphs(options.introduction)
    if paragraphs:
        cover.append('<div class="intro">' + "".join(f"<p>{_e(p)}</p>" for p in paragraphs))
        cover.append("</div>")
    cover.append("</header>")
    return cover


def _meta_line(story: PackStory) -> str:
    parts = [p for p in (story.date, ", ".join(story.where)) if p]
    return " · ".join(_e(p) for p in parts)


def _story_html(story: PackStory, pack: BriefingPack) -> str:
    words = labels(pack.options.labels_language)
    lang = f' lang="{_e(story.language)}"' if story.language else ""
    out = [f'<article class="story" id="{story.anchor}"{lang}>']
    out.append(f"<h2>{_e(story.title)}</h2>")
    meta = _meta_line(story)
    if meta:
        out.append(f'<p class="meta">{meta}</p>')
    if story.partners:
        out.append(
            f'<p class="meta"><b>{_e(words["partners"])}:</b> {_e(", ".join(story.partners))}</p>'
        )
    if story.author:
        out.append(f'<p class="meta"><b>{_e(words["author"])}:</b> {_e(story.author)}</p>')
    if not summary_repeats_body(story):
        # The summary opens the story as its lead, under the title, before the photo.
        out.append(f'<p class="lead">{_e(story.summary)}</p>')
    photo = story.photo
    if photo is not None:
        out.append(f"<figure>{_img(photo)}")
        caption = []
        if photo.caption:
            caption.append(_e(photo.caption))
        if photo.credit:
            caption.append(f'<span class="credit">{_e(words["photo"])}: {_e(photo.credit)}</span>')
        if caption:
            out.append(f"<figcaption>{' '.join(caption)}</figcaption>")
        out.append("</figure>")
    out.append(f'<div class="body">{strip_controls(story.body_html)}</div>')
    if story.figures:
        items = "".join(f"<li>{_e(f)}</li>" for f in story.figures)
        out.append(
            f'<aside class="figures"><h3>{_e(words["key_figures"])}</h3><ul>{items}</ul></aside>'
        )
    if story.source_name or story.source_url:
        source = [_e(story.source_name)] if story.source_name else []
        if story.source_url:
            # The address is text to copy, never a link the reader could follow by accident.
            source.append(f'<span class="url">{_e(story.source_url)}</span>')
        out.append(f'<p class="source"><b>{_e(words["source"])}:</b> {" — ".join(source)}</p>')
    out.append("</article>")
    return "\n".join(out)


def render_html(pack: BriefingPack, stories: list[PackStory]) -> str:
    """The whole pack as one HTML document (a string)."""
    options = pack.options
    language = options.labels_language
    words = labels(language)
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="StoryDesk">',
        f"<title>{_e(options.title)}</title>",
        f"<style>\n{_stylesheet()}\n{LAYOUT_CSS}{_page_css(pack)}</style>",
        "</head>",
        "<body>",
    ]
    cover = _cover_html(pack, stories)
    toc = [f'<nav class="toc"><h2>{_e(words["contents"])}</h2><ol>']
    for story in stories:
        meta = _meta_line(story)
        meta_html = f'<span class="meta">{meta}</span>' if meta else ""
        toc.append(f'<li><a href="#{story.anchor}">{_e(story.title)}</a>{meta_html}</li>')
    toc.append("</ol></nav>")
    body = [_story_html(story, pack) for story in stories]
    tail = [f'<p class="colophon">{_e(words["prepared"])}</p>', "</body>", "</html>", ""]
    return "\n".join(head + cover + toc + body + tail)


def write_html(
    pack: BriefingPack,
    output: Path,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> PackResult:
    """Write ``pack`` to ``output`` as one self-contained HTML file, atomically.

    Args:
        pack: The pack (see :func:`storydesk.packs.model.build_pack`).
        output: The file to write; replaced only once the new one is complete.
        progress: Called as ``progress(done, total, what)`` after each story.
        cancel: Checked before each story; once cancelled, nothing is written.

    Returns:
        The path, the number of stories, ``pages=None`` and the file's size.

    Raises:
        Cancelled: ``cancel`` was cancelled.
        PackError: The output folder does not exist.
    """
    output = Path(output)
    check_output_folder(output)
    stories = prepare_stories(pack, HTML_PHOTO_MAX_SIDE, HTML_PHOTO_QUALITY, progress, cancel)
    check_cancel(cancel, CANCELLED)
    # Every value is cleaned where it is written; this pass is the backstop.
    document = strip_controls(render_html(pack, stories)).encode("utf-8")
    with atomic_output(output, mode=PACK_FILE_MODE) as handle:
        handle.write(document)
    return PackResult(path=output, stories=len(stories), pages=None, bytes=len(document))
