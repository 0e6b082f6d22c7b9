"""Turns the blocks of a word-processor document into one story (Word and OpenDocument).

The Word and OpenDocument readers differ only in how they walk their XML; both hand this
module the same :class:`Block` list (title, headings, paragraphs, list items, tables,
pictures, captions) and :func:`build_story` makes the draft the way :mod:`~storydesk.ingest.text`
reads a plain-text article:

* the title is the Title-style paragraph, else the first heading (when it comes before the
  article text starts), else the first line (shortened at a word when it is a sentence);
* a date line, labelled author and source lines become fields and leave the body;
* headings become ``##`` (deeper levels ``###``, ``####``), list items Markdown lists,
  tables Markdown pipe tables;
* a picture becomes an image of the story (not inline in the body), captioned by the
  paragraph after it in a caption style, credited by a "Фото:"/"Photo:"/"Сурет:"/"Сүрөт:"
  line after it;
* the file's own properties (author, created date) are hints used only when the text says
  nothing, and a created date only when it is plausible (templates carry fixed dates).

:class:`PictureBudget` bounds the pictures one document gives (count, size, format) and notes
each one left out.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from storydesk.ingest.dates import find_date
from storydesk.ingest.draft import ImageDraft, ReadNote, StoryDraft
from storydesk.ingest.officepackage import MAX_DOCUMENT_IMAGE_BYTES, MAX_DOCUMENT_IMAGES
from storydesk.ingest.text import (
    TITLE_MAX,
    author_line,
    find_attribution,
    looks_like_title,
    make_title,
    photo_credit,
    source_line,
)
from storydesk.messages import translatable

PICTURE_EXTENSIONS = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".gif", ".webp"})
"""Picture formats taken from documents (those the catalogue stores), by part name..."""
PICTURE_TYPES = frozenset({"image/jpeg", "image/pjpeg", "image/png", "image/gif", "image/webp"})
"""... or by the media type the package declares for the part."""

TEMPLATE_DATES = frozenset({dt.date(2013, 12, 23), dt.date(2026, 7, 18)})
"""Created dates that document templates carry, not the day the story was written.

python-docx's default template says 2013-12-23 and odfdo 3.27's text template 2026-07-18;
files made from them keep that date.
"""

EARLIEST_CREATED = dt.date(1995, 1, 1)
"""A created date before this is a default (1900, 1970, 1980 ZIP epochs), not a real one."""

PLACEHOLDER_AUTHORS = frozenset(
    {
        "python-docx",
        "odfdo",
        "user",
        "author",
        "admin",
        "administrator",
        "owner",
        "unknown",
        "windows user",
        "microsoft office user",
        "microsoft office",
        "пользователь",
        "пользователь windows",
        "администратор",
        "автор",
        "пайдаланушы",
        "колдонуучу",
    }
)
"""Author names that office programs and libraries fill in by default (compared case-folded)."""

_CREDIT_TAIL = re.compile(
    r"^(?P<caption>.+?)[\s.;,]+(?:фото|photo|сурет|сүрөт)\s*[:：]\s*(?P<credit>.{1,120}?)\s*$",
    re.IGNORECASE,
)
_BLOCK_START = re.compile(r"^(#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|```|~~~|={3,}\s*$)")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])(\s|$)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")


@dataclass
class Picture:
    """A picture stored inside a document package.

    Attributes:
        name: The part's name inside the package (``word/media/image1.jpeg``).
        load: Returns the picture's bytes.
        alt: The description the author gave the picture, if any.
    """

    name: str
    load: Callable[[], bytes]
    alt: str | None = None


@dataclass
class Block:
    """One block of a document, in reading order.

    Attributes:
        kind: ``"title"``, ``"heading"``, ``"paragraph"``, ``"caption"`` (a paragraph in a
            caption style), ``"item"`` (a list item), ``"table"`` or ``"picture"``.
        text: The block's text (paragraphs, headings, items, captions).
        level: A heading's level (1 = top) or a list item's depth (0 = top).
        ordered: Whether a list item is numbered.
        rows: A table's cells, row by row.
        picture: A picture block's picture.
    """

    kind: str
    text: str = ""
    level: int = 0
    ordered: bool = False
    rows: list[list[str]] = field(default_factory=list)
    picture: Picture | None = None


@dataclass
class DocumentHints:
    """What the file's own properties say, used only when the text says nothing.

    Attributes:
        author: The document's author or initial creator.
        created: When the file was created.
    """

    author: str | None = None
    created: dt.datetime | dt.date | None = None


class PictureBudget:
    """Takes a document's pictures up to the limits, noting each one left out.

    A picture left out is noted as ``skipped`` with the path ``document.docx!word/media/x``;
    the same picture shown twice (a logo on every page) is taken once, silently.
    """

    def __init__(self, display: str, notes: list[ReadNote] | None) -> None:
        """Start counting pictures for one document.

        Args:
            display: The document as messages name it.
            notes: Receives a note for each picture left out.
        """
        self.display = display
        self.notes = notes
        self.taken = 0
        self._seen: set[str] = set()

    def skip(self, target: str, reason: str) -> None:
        """Note that the picture (or linked object) ``target`` was left out, and why."""
        if self.notes is not None:
            self.notes.append(ReadNote("skipped", f"{self.display}!{target}", reason))

    def take(
        self,
        name: str,
        size: int,
        load: Callable[[], bytes],
        alt: str | None = None,
        media_type: str | None = None,
    ) -> Picture | None:
        """The picture stored as part ``name``, or ``None`` when it is left out.

        Args:
            name: The part's name inside the package.
            size: The part's unpacked size in bytes.
            load: Returns the part's bytes.
            alt: The picture's description, if any.
            media_type: The part's declared media type (``image/jpeg``), when the package
                gives one; otherwise the name's extension tells the format.
        """
        if name in self._seen:
            return None
        self._seen.add(name)
        ext = posixpath.splitext(name)[1].lower()
        media_type = (media_type or "").strip().lower()
        if media_type not in PICTURE_TYPES and (media_type or ext not in PICTURE_EXTENSIONS):
            shown = media_type.rpartition("/")[2].removeprefix("x-") or ext.lstrip(".")
            self.skip(
                name,
                translatable(
                    "Import", "a picture in {format} format, which StoryDesk does not store"
                ).format(format=(shown or "unknown").upper()),
            )
            return None
        if size > MAX_DOCUMENT_IMAGE_BYTES:
            self.skip(
                name,
                translatable(
                    "Import", "a picture of {size:,} bytes, over the {limit:,} limit"
                ).format(size=size, limit=MAX_DOCUMENT_IMAGE_BYTES),
            )
            return None
        if self.taken >= MAX_DOCUMENT_IMAGES:
            self.skip(
                name,
                translatable("Import", "over the {limit} pictures taken from one document").format(
                    limit=MAX_DOCUMENT_IMAGES
                ),
            )
            return None
        self.taken += 1
        return Picture(name, load, alt=clean_text(alt) or None if alt else None)


def sniff_type(data: bytes) -> str | None:
    """The media type of a picture from its first bytes (for packages that do not say)."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def clean_text(text: str) -> str:
    """``text`` with spaces collapsed, invisible characters dropped and ends trimmed."""
    text = text.replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "")
    return _SPACES.sub(" ", text.replace("\r", " ").replace("\n", " ")).strip()


def plausible_created(value: dt.datetime | dt.date | None, today: dt.date) -> dt.date | None:
    """A file's created date when it can be the day the story was written.

    Templates and libraries stamp fixed dates (python-docx's 2013-12-23), ZIP tools the
    1980 epoch, broken clocks the future: those are not taken.
    """
    if value is None:
        return None
    day = value.date() if isinstance(value, dt.datetime) else value
    if day in TEMPLATE_DATES or day < EARLIEST_CREATED or day > today:
        return None
    return day


def plausible_author(value: str | None) -> str | None:
    """A file's author property when it names a person or office, not a program default."""
    if not value:
        return None
    name = clean_text(value)
    if (
        not name
        or len(name) > 120
        or name.casefold() in PLACEHOLDER_AUTHORS
        or not any(ch.isalpha() for ch in name)
    ):
        return None
    return name


def build_story(
    blocks: list[Block],
    origin_file: str,
    hints: DocumentHints | None = None,
    today: dt.date | None = None,
) -> list[StoryDraft]:
    """Make one story of a document's blocks.

    Args:
        blocks: The document's blocks in reading order.
        origin_file: The file, kept as provenance.
        hints: The file's own properties, used when the text gives no author or date.
        today: The day a created date may not be after (today when ``None``).

    Returns:
        One draft, or an empty list when the document holds no text.
    """
    blocks = _cleaned(blocks)
    if all(b.kind == "picture" for b in blocks):
        return []
    author, source_name, source_url = _take_labelled_lines(blocks)
    date = _take_date(blocks)
    title = _take_title(blocks)
    if title is None:
        return []
    images = _take_pictures(blocks)
    body = _markdown(blocks)
    if source_name is None:
        source_name = find_attribution(" ".join(b.text for b in blocks if b.kind == "paragraph"))
    if hints is not None:
        if author is None:
            author = plausible_author(hints.author)
        if date is None:
            date = plausible_created(hints.created, today or dt.date.today())
    return [
        StoryDraft(
            title=title,
            body=body,
            origin_file=origin_file,
            date=date,
            author=author,
            source_name=source_name,
            source_url=source_url,
            images=images,
        )
    ]


def _cleaned(blocks: list[Block]) -> list[Block]:
    kept: list[Block] = []
    for block in blocks:
        if block.kind == "picture":
            kept.append(block)
            continue
        if block.kind == "table":
            rows = [[clean_text(cell) for cell in row] for row in block.rows]
            rows = [row for row in rows if any(row)]
            if not rows:
                continue
            if len(rows) == 1 and len(rows[0]) == 1:
                # A one-cell table is a framed paragraph (a box note), not a table.
                kept.append(Block("paragraph", rows[0][0]))
                continue
            kept.append(Block("table", rows=rows))
            continue
        text = clean_text(block.text)
        if text:
            block.text = text
            kept.append(block)
    return kept


def _take_labelled_lines(blocks: list[Block]) -> tuple[str | None, str | None, str | None]:
    author = source_name = source_url = None
    for block in list(blocks):
        if block.kind not in ("paragraph", "caption"):
            continue
        if author is None and (found := author_line(block.text)):
            author = found
            blocks.remove(block)
        elif source_name is None and (source := source_line(block.text)):
            source_name, source_url = source
            blocks.remove(block)
    return author, source_name, source_url


def _take_date(blocks: list[Block]) -> dt.date | None:
    """The date the text gives (as plain text reads it), taken out of its paragraph."""
    texts = [b for b in blocks if b.kind in ("title", "heading", "paragraph", "caption", "item")]
    joined = "\n".join(b.text for b in texts)
    found = find_date(joined)
    if found is None:
        return None
    offset = 0
    for block in texts:
        end = offset + len(block.text)
        if offset <= found.start <= end:
            start, stop = found.start - offset, min(found.end - offset, len(block.text))
            rest = clean_text(block.text[:start] + block.text[stop:]).strip(" ,;|—–-")
            if block.kind == "paragraph" or not rest:
                if rest:
                    block.text = rest
                else:
                    blocks.remove(block)
            break
        offset = end + 1
    return found.date


def _take_title(blocks: list[Block]) -> str | None:
    for block in blocks:
        if block.kind == "title":
            blocks.remove(block)
            return block.text
    for block in blocks:
        if block.kind == "heading":
            blocks.remove(block)
            return block.text
        if block.kind in ("paragraph", "item") and len(block.text) > TITLE_MAX:
            break  # the article has begun: a later heading names a section
    for block in blocks:
        if block.kind in ("paragraph", "caption", "item"):
            if looks_like_title(block.text):
                blocks.remove(block)
                return block.text
            return make_title(block.text)
    for block in blocks:
        # A document laid out wholly in a table (a newsletter template): its first cell.
        if block.kind == "table":
            first = next((cell for row in block.rows for cell in row if cell), None)
            if first:
                return make_title(first)
    return None


def _take_pictures(blocks: list[Block]) -> list[ImageDraft]:
    """Each picture with the caption and credit lines that follow it, out of the body."""
    images: list[ImageDraft] = []
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if block.kind != "picture" or block.picture is None:
            out.append(block)
            continue
        caption = credit = None
        while index < len(blocks) and blocks[index].kind in ("caption", "paragraph"):
            following = blocks[index]
            line_credit = photo_credit(following.text)
            if line_credit is not None and credit is None:
                credit = line_credit
            elif following.kind == "caption" and caption is None and credit is None:
                caption = following.text
                if (tail := _CREDIT_TAIL.match(caption)) is not None:
                    caption, credit = tail.group("caption"), tail.group("credit")
            else:
                break
            index += 1
        picture = block.picture
        images.append(
            ImageDraft(
                name=picture.name,
                load=picture.load,
                caption=caption,
                credit=credit,
                alt=picture.alt,
            )
        )
    # A credit line elsewhere ("Фото: ..." under the headline) credits the first picture
    # that has none, as in a plain-text article; with no such picture it stays text.
    for block in list(out):
        if block.kind in ("paragraph", "caption") and (found := photo_credit(block.text)):
            uncredited = next((image for image in images if image.credit is None), None)
            if uncredited is not None:
                uncredited.credit = found
                out.remove(block)
    blocks[:] = out
    return images


def _escape_start(text: str) -> str:
    """``text`` made safe to open a Markdown paragraph (not read as a heading or list)."""
    if _BLOCK_START.match(text):
        return "\\" + text
    if match := _ORDERED_START.match(text):
        return f"{match.group(1)}\\{text[len(match.group(1)) :]}"
    return text


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def _table(rows: list[list[str]]) -> str:
    width = max(len(row) for row in rows)
    padded = [row + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(_cell(c) for c in padded[0]) + " |"]
    lines.append("|" + "|".join(" --- " for _ in range(width)) + "|")
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in padded[1:])
    return "\n".join(lines)


def _markdown(blocks: list[Block]) -> str:
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if block.kind == "picture":
            continue
        if block.kind in ("heading", "title"):
            text = "#" * min(max(block.level, 1) + 1, 4) + " " + block.text
        elif block.kind == "item":
            marker = "1. " if block.ordered else "- "
            # Three spaces nest under both "- " and "1. " in CommonMark.
            indent = 3 * min(block.level, 8)
            text = " " * indent + marker + block.text
        elif block.kind == "table":
            text = _table(block.rows)
        else:
            text = _escape_start(block.text)
        if parts:
            joined = (
                block.kind == "item"
                and previous is not None
                and previous.kind == "item"
                and (previous.ordered == block.ordered or block.level != previous.level)
            )
            parts.append("\n" if joined else "\n\n")
        parts.append(text)
        previous = block
    return "".join(parts)
