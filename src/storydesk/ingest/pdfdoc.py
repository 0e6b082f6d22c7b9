"""Reads PDF press releases and reports into a story with pypdfium2 (PDFium).

A PDF holds positioned glyphs, not paragraphs. Each page's characters are read with their
boxes and font sizes and grouped into lines by position; the page's lines are put in
reading order (two columns side by side are read left then right, with full-width lines
such as a title between them); running headers and footers (a line at the same place at
the top or bottom of most pages, page number aside) and page numbers ("3", "- 3 -",
"Page 3 of 10", "Стр. 3 из 10") are dropped; lines are rejoined into paragraphs by their
spacing, indentation and line endings, and a word hyphenated at a line end is made whole
again ("разви-" + "тие" → "развитие"; before a capital the hyphen stays:
"Кыргыз-" + "Республикасы" → "Кыргыз-Республикасы").

The title is the largest line near the top of page 1; failing that the document's Title
property, unless it is the name an office program gave the file ("Microsoft Word -
doc1.docx"); failing that the first line. The rest goes through the plain-text reader
(:func:`storydesk.ingest.text.read_text`), which finds the date, author, source and photo
credit lines as it does in a ``.txt`` article.

Photos stored in the PDF become the story's images, with the caption and ``Фото:`` credit
printed under them. Small pictures (logos, rules: under 100×100 pixels) and pictures that
recur on several pages (a letterhead logo) are left out. Pictures are decoded only when
the importer asks for them, from a fresh handle on the document.

A PDF whose pages hold pictures but no text is a scan and is refused ("no text layer
(scanned)"): StoryDesk does not guess text from pixels. A PDF needing a password and a
damaged one are refused by name. At most :data:`MAX_PAGES` pages and :data:`MAX_CHARS`
characters are read (the rest is noted in the story's warnings), and each page and
document handle is closed as soon as it has been read, so a long report is read in
bounded memory.
"""

from __future__ import annotations

import ctypes
import functools
import io
import itertools
import logging
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from storydesk.errors import RejectedInput
from storydesk.ingest.draft import ImageDraft, ReadNote, StoryDraft
from storydesk.ingest.officepackage import MAX_DOCUMENT_IMAGE_BYTES, MAX_DOCUMENT_IMAGES
from storydesk.ingest.text import read_text
from storydesk.messages import translatable

log = logging.getLogger(__name__)

MAX_IMAGES = MAX_DOCUMENT_IMAGES
"""Most pictures taken from one PDF; the rest are noted as left out."""
MAX_IMAGE_BYTES = MAX_DOCUMENT_IMAGE_BYTES
"""Largest picture taken from a PDF (the catalogue's own image limit applies later)."""
MAX_PAGES = 500
"""Most pages read from one PDF; a longer document is read up to here, with a warning."""
MAX_CHARS = 5_000_000
"""Most characters read from one PDF (a 500-page report holds about 1.5 million)."""
MAX_PAGE_CHARS = 200_000
"""Most characters read from one page (a dense page holds about 6,000)."""
MIN_IMAGE_PIXELS = 100
"""A picture narrower or shorter than this many pixels is a logo or a rule, not a photo."""
MAX_IMAGE_PIXELS = 50_000_000
"""Largest picture (width × height) decoded from a PDF; Pillow refuses about 89 million."""
MAX_PAGE_OBJECTS = 200_000
"""Most drawing objects looked through for pictures on one page."""
MAX_FORM_DEPTH = 4
"""How deep pictures are looked for inside nested forms (XObjects)."""
FURNITURE_ZONE = 0.1
"""Share of the page height at the top and at the bottom where headers and footers sit."""

_WRAPPED_HYPHENS = "-\u00ad\ufffe\x02\u2010"
_SENTENCE_END = tuple('.!?…:;»"”)')
_BULLET = re.compile(r"^\s*[•·▪●◦‣∙*–-]\s+")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:"
    r"[-–—]?\s*\d{1,4}\s*[-–—]?"
    r"|[-–—]?\s*[ivxlc]{1,7}\s*[-–—]?"
    r"|\d{1,4}\s*(?:/|из|of)\s*\d{1,4}"
    r"|(?:page|p\.|стр\.?|страница|с\.|бет|барак|бет\.)\s*\d{1,4}(?:\s*(?:/|из|of)\s*\d{1,4})?"
    r")\s*$",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(
    r"^\s*(?:фото|photo|сурет|сүрөт|фотография)\s*[:：]\s*(?P<v>.{1,120}?)\s*$", re.IGNORECASE
)
# Word's bullets come from symbol fonts as private-use characters (U+F0B7 and the like).
_PRIVATE_BULLET = re.compile(r"^\s*[\ue000-\uf8ff]\s*")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_JUNK_TITLE = re.compile(
    r"^\s*(?:microsoft\s+\w+\s*-|untitled|без\s+имени|document\s*\d*\s*$|doc\d*\s*$)"
    r"|\.(?:docx?|pdf|odt|rtf|txt|indd|qxd|pages|html?)\s*$",
    re.IGNORECASE,
)

_OPEN_ERRORS = {
    pdfium_c.FPDF_ERR_PASSWORD: translatable("Import", "is password-protected"),
    pdfium_c.FPDF_ERR_SECURITY: translatable(
        "Import", "is encrypted with a method StoryDesk cannot read"
    ),
}
DAMAGED = translatable("Import", "is damaged: not a readable PDF")
SCANNED = translatable("Import", "no text layer (scanned)")


@dataclass
class _Line:
    """One line of text on a page, with its box in page coordinates (y grows upwards)."""

    text: str
    left: float
    bottom: float
    right: float
    top: float
    baseline: float
    size: float
    page: int


@dataclass
class _Picture:
    """A photo found on a page: where it is and how to find it again."""

    page: int
    index: int
    left: float
    bottom: float
    right: float
    top: float
    key: tuple[int, int, int]
    caption_lines: list[_Line] = field(default_factory=list)


@dataclass
class _Document:
    """What was read from the PDF before paragraphs are made."""

    pages: list[list[_Line]] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    pictures: list[_Picture] = field(default_factory=list)
    title: str | None = None
    page_count: int = 0
    chars: int = 0
    any_images: bool = False
    scanned_pages: int = 0
    warnings: list[str] = field(default_factory=list)


def read_pdf(
    data: bytes, origin: str, display: str, notes: list[ReadNote] | None = None
) -> list[StoryDraft]:
    """Read a PDF into one story.

    Args:
        data: The file's bytes.
        origin: The file as the draft records it (``origin_file``).
        display: The file as messages name it.
        notes: The dispatcher's list of notes; a PDF is one story, so what is left out
            of it (pages, text, pictures over the limits) goes into the draft's warnings.

    Returns:
        One draft, or none when the PDF holds no text and no pictures (an empty document).

    Raises:
        RejectedInput: The PDF is damaged, password-protected, or a scan without text.
    """
    if b"%PDF-" not in data[:1024]:
        raise RejectedInput(display, DAMAGED)
    document = _read_document(data, display)
    if document.chars == 0:
        if document.any_images:
            raise RejectedInput(display, SCANNED)
        return []
    _drop_furniture(document)
    body_size = _body_size(document.pages)
    pictures = _keep_pictures(document)
    for picture in pictures:
        picture.caption_lines = _caption_block(picture.caption_lines, body_size)
        for line in picture.caption_lines:
            document.pages[line.page] = [x for x in document.pages[line.page] if x is not line]
    flows = [_reading_order(lines, document.widths[n]) for n, lines in enumerate(document.pages)]
    title, paragraphs = _title_and_paragraphs(flows, body_size, document.heights[0], document.title)
    if not paragraphs and title is None:
        if document.any_images:
            raise RejectedInput(display, SCANNED)
        return []
    text = "\n\n".join(([title] if title else []) + paragraphs)
    drafts = read_text(text, origin)
    if not drafts:
        return []
    draft = drafts[0]
    if title and draft.title != title:
        draft.title = title
        draft.body = _without_first_block(draft.body, title)
    images = [_image_draft(data, display, picture) for picture in pictures]
    draft.images = images + draft.images
    draft.warnings.extend(document.warnings)
    return [draft]


# -- reading pages --------------------------------------------------------------------------


def _read_document(data: bytes, display: str) -> _Document:
    """Every page's lines, picture places and the title property, each page closed in turn."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = _OPEN_ERRORS.get(exc.err_code or -1, DAMAGED)
        raise RejectedInput(display, reason) from exc
    document = _Document()
    try:
        document.page_count = len(pdf)
        if document.page_count <= 0:
            raise RejectedInput(display, DAMAGED)
        document.title = _title_property(pdf)
        pages = min(document.page_count, MAX_PAGES)
        if document.page_count > MAX_PAGES:
            document.warnings.append(
                translatable(
                    "Import", "only the first {limit:,} of {count:,} pages were read"
                ).format(limit=MAX_PAGES, count=document.page_count)
            )
        unreadable = 0
        for number in range(pages):
            if document.chars >= MAX_CHARS:
                break
            try:
                _read_page(pdf, number, document)
            except pdfium.PdfiumError:
                unreadable += 1
                document.pages.append([])
                document.widths.append(595.0)
                document.heights.append(842.0)
                document.warnings.append(
                    translatable("Import", "page {page} could not be read").format(page=number + 1)
                )
        if unreadable == pages:
            raise RejectedInput(display, DAMAGED)
        if document.scanned_pages and document.chars:
            document.warnings.append(
                translatable(
                    "Import",
                    "{count:,} of {total:,} pages hold only pictures (scanned); "
                    "their text was not read",
                ).format(count=document.scanned_pages, total=len(document.pages))
            )
    finally:
        pdf.close()
    return document


def _title_property(pdf: pdfium.PdfDocument) -> str | None:
    try:
        title = " ".join(str(pdf.get_metadata_value("Title")).split())
    except (pdfium.PdfiumError, KeyError, ValueError):
        return None
    if len(title) < 4 or not any(c.isalpha() for c in title) or _JUNK_TITLE.search(title):
        return None
    return title[:500]


def _read_page(pdf: pdfium.PdfDocument, number: int, document: _Document) -> None:
    page = pdf[number]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            lines, count = _page_lines(textpage, number, MAX_CHARS - document.chars)
        finally:
            textpage.close()
        budget = MAX_CHARS - document.chars
        if count > MAX_PAGE_CHARS and budget > MAX_PAGE_CHARS:
            document.warnings.append(
                translatable(
                    "Import", "page {page} holds {count:,} characters; {limit:,} were read"
                ).format(page=number + 1, count=count, limit=MAX_PAGE_CHARS)
            )
        elif count > budget:
            document.warnings.append(
                translatable(
                    "Import", "text was cut at {limit:,} characters, on page {page}"
                ).format(limit=MAX_CHARS, page=number + 1)
            )
        document.chars += max(0, min(count, MAX_PAGE_CHARS, budget))
        pictures, any_images = _page_pictures(page, number, lines)
        document.any_images = document.any_images or any_images
        if any_images and not lines:
            document.scanned_pages += 1
        document.pictures.extend(pictures)
    finally:
        page.close()
    document.pages.append(lines)
    document.widths.append(width)
    document.heights.append(height)


def _page_lines(textpage: Any, number: int, budget: int) -> tuple[list[_Line], int]:
    """The page's characters grouped into lines by position; also the page's char count.

    A character joins the line being built when its box overlaps the line's box by half
    its height (a superscript or a hyphen's thin box still does) and it does not jump back
    or far ahead (a gap of more than 2.5 em is a column gutter or a table cell). Spaces are
    PDFium's (it adds them where glyphs stand apart) or a gap of more than a quarter em.
    """
    count = textpage.count_chars()
    limit = max(0, min(count, MAX_PAGE_CHARS, budget))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    x, y = ctypes.c_double(), ctypes.c_double()
    lines: list[_Line] = []
    chars: list[str] = []
    sizes: Counter[float] = Counter()
    line: _Line | None = None
    space = False

    def close(line: _Line) -> None:
        line.text = _PRIVATE_USE.sub("", _PRIVATE_BULLET.sub("• ", "".join(chars)))
        line.size = sizes.most_common(1)[0][0]
        lines.append(line)

    for index in range(limit):
        code = pdfium_c.FPDFText_GetUnicode(textpage, index)
        if code in (0x00, 0x0A, 0x0D):
            continue
        if code in (0x09, 0x20, 0xA0, 0x3000):
            space = line is not None
            continue
        if not 0 < code < 0x110000 or 0xD800 <= code < 0xE000 or (code < 0x20 and code != 2):
            continue  # surrogates and control characters (0x02 is PDFium's wrapped hyphen)
        if not pdfium_c.FPDFText_GetCharBox(textpage, index, left, right, bottom, top):
            continue
        size = pdfium_c.FPDFText_GetFontSize(textpage, index)
        height = top.value - bottom.value
        if not 1.0 < size < 1000:
            size = max(height, 1.0)
        if line is not None:
            overlap = min(top.value, line.top) - max(bottom.value, line.bottom)
            same_row = overlap >= 0.5 * max(min(height, line.top - line.bottom), 0.1)
            gap = left.value - line.right
            em = max(line.size, size)
            if not same_row or gap < -2 * em or gap > 2.5 * em:
                close(line)
                line = None
            elif space or gap > 0.25 * em:
                chars.append(" ")
        if line is None:
            chars = []
            sizes = Counter()
            pdfium_c.FPDFText_GetCharOrigin(textpage, index, x, y)
            line = _Line(
                "", left.value, bottom.value, right.value, top.value, y.value, size, number
            )
        else:
            line.left = min(line.left, left.value)
            line.right = max(line.right, right.value)
            line.bottom = min(line.bottom, bottom.value)
            line.top = max(line.top, top.value)
        chars.append(chr(code))
        sizes[round(size, 1)] += 1
        space = False
    if line is not None:
        close(line)
    return [ln for ln in lines if ln.text.strip()], count


def _image_objects(page: Any) -> Iterator[Any]:
    """The page's image objects (raw handles), in content order, forms included.

    Walks PDFium's object list directly: wrapping every object in Python (a page set in
    Qt or Word holds a text object per run, thousands a page) costs more than reading the
    text. At most :data:`MAX_PAGE_OBJECTS` objects are looked at on a page.
    """
    seen = 0

    def walk(count: int, get: Callable[[int], Any], depth: int) -> Iterator[Any]:
        nonlocal seen
        for i in range(count):
            seen += 1
            if seen > MAX_PAGE_OBJECTS:
                return
            obj = get(i)
            if not obj:
                continue
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                yield obj
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
                yield from walk(
                    pdfium_c.FPDFFormObj_CountObjects(obj),
                    functools.partial(pdfium_c.FPDFFormObj_GetObject, obj),
                    depth + 1,
                )

    raw = page.raw
    yield from walk(
        pdfium_c.FPDFPage_CountObjects(raw), functools.partial(pdfium_c.FPDFPage_GetObject, raw), 0
    )


def _page_pictures(page: Any, number: int, lines: list[_Line]) -> tuple[list[_Picture], bool]:
    """The photos on a page (not logos or rules), each with the lines printed under it."""
    found: list[_Picture] = []
    any_images = False
    width, height = ctypes.c_uint(), ctypes.c_uint()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for index, obj in enumerate(_image_objects(page)):
        any_images = True
        if not pdfium_c.FPDFImageObj_GetImagePixelSize(obj, width, height):
            continue
        if width.value < MIN_IMAGE_PIXELS or height.value < MIN_IMAGE_PIXELS:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        raw_size = pdfium_c.FPDFImageObj_GetImageDataRaw(obj, None, 0)
        picture = _Picture(
            number,
            index,
            left.value,
            bottom.value,
            right.value,
            top.value,
            (width.value, height.value, raw_size),
        )
        picture.caption_lines = _caption_lines(picture, lines)
        found.append(picture)
    return found, any_images


def _caption_lines(picture: _Picture, lines: list[_Line]) -> list[_Line]:
    """Up to three lines printed just under a picture, within its width."""
    under = sorted(
        (
            ln
            for ln in lines
            if ln.top <= picture.bottom + 2
            and ln.left >= picture.left - 6
            and ln.right <= max(picture.right + 6, picture.left + 60)
        ),
        key=lambda ln: -ln.top,
    )
    block: list[_Line] = []
    edge = picture.bottom
    for ln in under[:3]:
        if edge - ln.top > 1.6 * ln.size:
            break
        block.append(ln)
        edge = ln.bottom
    return block


# -- furniture, pictures, order -----------------------------------------------------------


def _furniture_key(line: _Line, height: float) -> tuple[str, str] | None:
    """Where a line in the top or bottom margin is and what it says, page numbers aside."""
    zone = FURNITURE_ZONE * height
    if line.top >= height - zone:
        place = "top"
    elif line.bottom <= zone:
        place = "bottom"
    else:
        return None
    text = re.sub(r"\d+", "#", " ".join(line.text.lower().split()))
    return place, text


def _drop_furniture(document: _Document) -> None:
    """Drop page numbers and lines that repeat at the top or bottom of most pages."""
    seen: Counter[tuple[str, str]] = Counter()
    for number, lines in enumerate(document.pages):
        keys = {_furniture_key(line, document.heights[number]) for line in lines}
        seen.update(key for key in keys if key is not None)
    pages = sum(1 for lines in document.pages if lines)
    # Most pages of a short document; three pages of a long one (a chapter's running head).
    needed = max(2, min(3, (pages + 1) // 2))
    for number, lines in enumerate(document.pages):
        kept = []
        for line in lines:
            key = _furniture_key(line, document.heights[number])
            if key is not None and (
                _PAGE_NUMBER.match(line.text) or (pages >= 2 and seen[key] >= needed)
            ):
                continue
            kept.append(line)
        document.pages[number] = kept


def _keep_pictures(document: _Document) -> list[_Picture]:
    """Photos that appear once: a picture repeated on several pages is a letterhead."""
    pages_of: dict[tuple[int, int, int], set[int]] = {}
    for picture in document.pictures:
        pages_of.setdefault(picture.key, set()).add(picture.page)
    kept = [p for p in document.pictures if len(pages_of[p.key]) == 1]
    seen: set[tuple[int, int, int]] = set()
    unique = []
    for picture in kept:
        if picture.key not in seen:
            seen.add(picture.key)
            unique.append(picture)
    if len(unique) > MAX_IMAGES:
        document.warnings.append(
            translatable(
                "Import", "{count:,} pictures over the {limit:,} limit were left out"
            ).format(count=len(unique) - MAX_IMAGES, limit=MAX_IMAGES)
        )
        unique = unique[:MAX_IMAGES]
    return unique


def _reading_order(lines: list[_Line], width: float) -> list[list[_Line]]:
    """The page's lines as flows in reading order: one flow, or a column at a time.

    Two columns are found by a gutter: an x position in the middle of the page that no line
    crosses, with lines on both sides beside each other. Lines that cross it (a title, a
    full-width paragraph) split the page into bands read top to bottom.
    """
    ordered = sorted(lines, key=lambda ln: (-round(ln.baseline, 0), ln.left))
    gutter = _gutter(ordered, width)
    if gutter is None:
        return [ordered] if ordered else []
    flows: list[list[_Line]] = []
    band: list[_Line] = []

    def close_band() -> None:
        left = [ln for ln in band if ln.right <= gutter]
        right = [ln for ln in band if ln.left >= gutter]
        flows.extend(part for part in (left, right) if part)

    for line in ordered:
        if line.left < gutter < line.right:
            close_band()
            band = []
            flows.append([line])
        else:
            band.append(line)
    close_band()
    return flows


def _gutter(lines: list[_Line], width: float) -> float | None:
    """The x of the gap between two columns, or ``None`` for a page of one column."""
    low, high = width * 0.3, width * 0.7
    if (
        len(lines) < 6
        or sum(1 for ln in lines if ln.left >= low) < 3
        or sum(1 for ln in lines if ln.right <= high) < 3
    ):
        return None  # most pages: nothing starts right of the middle
    best: tuple[tuple[int, int, float], float] | None = None
    for step in range(int(low), int(high), 3):
        x = float(step)
        crossing = sum(1 for ln in lines if ln.left < x < ln.right)
        left = [ln for ln in lines if ln.right <= x]
        right = [ln for ln in lines if ln.left >= x]
        if len(left) < 3 or len(right) < 3 or crossing > len(lines) // 4:
            continue
        beside = min(max(ln.top for ln in left), max(ln.top for ln in right)) - max(
            min(ln.bottom for ln in left), min(ln.bottom for ln in right)
        )
        if beside <= 0:
            continue  # one block above the other is not two columns
        score = (crossing, -min(len(left), len(right)), abs(x - width / 2))
        if best is None or score < best[0]:
            best = (score, x)
    if best is None:
        return None
    # The middle of the free run around the best x, so the split is not at a column's edge.
    x = best[1]
    run_start = max((ln.right for ln in lines if ln.right <= x), default=x)
    run_end = min((ln.left for ln in lines if ln.left >= x), default=x)
    return (run_start + run_end) / 2


# -- paragraphs and title -------------------------------------------------------------------


def _body_size(pages: list[list[_Line]]) -> float:
    weights: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            weights[round(line.size, 1)] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _title_and_paragraphs(
    flows: list[list[list[_Line]]], body_size: float, height: float, title_property: str | None
) -> tuple[str | None, list[str]]:
    """The title (the largest paragraph in the top half of the first page, else the Title
    property) and the paragraphs' texts in reading order."""
    paragraphs: list[list[_Line]] = []
    previous: _Line | None = None
    for page_flows in flows:
        for flow in page_flows:
            pitches = _typical_pitches(flow)
            column_left = min(ln.left for ln in flow)
            column_right = max(ln.right for ln in flow)
            for line in flow:
                if previous is None or _starts_paragraph(
                    previous, line, pitches.get(round(line.size)), column_left, column_right
                ):
                    paragraphs.append([line])
                else:
                    paragraphs[-1].append(line)
                previous = line
    title: str | None = None
    first = paragraphs[0][0].page if paragraphs else -1
    # A headline has words: a big "UNDP" or "2025" set as a logo is not one.
    top_half = [
        p
        for p in paragraphs[:12]
        if p[0].page == first
        and p[0].top >= height / 2
        and sum(1 for word in _join(p).split() if any(c.isalpha() for c in word)) >= 2
    ]
    if top_half:
        largest = max(top_half, key=lambda p: p[0].size)
        if largest[0].size >= 1.2 * body_size and len(largest) <= 4:
            title = _join(largest)
            paragraphs.remove(largest)
    if title is None and title_property:
        title = title_property
    return title, [_join(p) for p in paragraphs]


def _typical_pitches(flow: list[_Line]) -> dict[int, float]:
    """The usual distance between baselines in a flow, for each font size (points).

    A size seen in fewer than three line pairs has none: two lines cannot tell line
    spacing from paragraph spacing, and a headline's spacing is not the text's.
    """
    by_size: dict[int, list[float]] = {}
    for a, b in itertools.pairwise(flow):
        if a.page == b.page and abs(a.size - b.size) < 0.5 and a.baseline > b.baseline:
            by_size.setdefault(round(a.size), []).append(a.baseline - b.baseline)
    return {
        size: min(statistics.median_low(steps), min(steps) * 1.25)
        for size, steps in by_size.items()
        if len(steps) >= 3
    }


def _starts_paragraph(
    previous: _Line, line: _Line, pitch: float | None, column_left: float, column_right: float
) -> bool:
    """Whether ``line`` opens a paragraph after ``previous``."""
    ended = previous.text.rstrip().endswith(_SENTENCE_END)
    if _BULLET.match(line.text):
        return True
    if abs(previous.size - line.size) > 0.1 * max(previous.size, line.size):
        return True
    if line.page != previous.page or line.baseline >= previous.baseline:
        # A new page or column: the paragraph goes on unless the sentence ended.
        return ended
    step = previous.baseline - line.baseline
    if step > (pitch * 1.3 if pitch else 1.6 * line.size):
        return True
    if line.left - column_left > 1.5 * line.size and previous.left - column_left < line.size:
        return True
    room = column_right - previous.right
    if room < 0.05 * (column_right - column_left):
        return False  # a full line: the text runs on
    wrapped = previous.text.rstrip()[-1:] in _WRAPPED_HYPHENS and line.text[:1].islower()
    if ended or wrapped:
        return ended and not wrapped
    # The line was broken although the next word would have fitted (by half as much again
    # as the line's average letter width): a list item, an address line, a line of its own.
    word = line.text.split()[0] if line.text.split() else ""
    advance = (previous.right - previous.left) / max(len(previous.text), 1)
    return (len(word) + 1) * advance * 1.5 < room  # letters vary in width: leave a margin


def _join(lines: list[_Line]) -> str:
    text = ""
    for line in lines:
        part = " ".join(line.text.split())
        if not text:
            text = part
        elif text[-1] in _WRAPPED_HYPHENS and len(text) > 1 and text[-2].isalpha():
            stem = text[:-1]
            text = stem + part if part[:1].islower() else f"{stem}-{part}"
        else:
            text = f"{text} {part}"
    return text.replace("\ufffe", "-").replace("\x02", "-").replace("\u00ad", "")


def _without_first_block(body: str, title: str) -> str:
    """The body without its first block when that block is the title."""
    first, _, rest = body.partition("\n\n")
    if first.lstrip("# ").strip() == title.strip():
        return rest
    return body


# -- pictures ---------------------------------------------------------------------------------


def _caption_block(lines: list[_Line], body_size: float) -> list[_Line]:
    """The lines under a picture that are its caption, not the text going on under it.

    They are a caption when they end in a credit line ("Фото: ПРООН"), or are set smaller
    than the text, or are one short line.
    """
    for end, line in enumerate(lines):
        if _PHOTO_CREDIT.match(line.text):
            return lines[: end + 1]
    if lines and all(ln.size < 0.95 * body_size for ln in lines):
        return lines
    if len(lines) == 1 and len(lines[0].text) <= 150:
        return lines
    return []


def _caption(lines: Iterable[_Line]) -> tuple[str | None, str | None]:
    """The caption and credit printed under a picture, when they read as such."""
    texts = [" ".join(ln.text.split()) for ln in lines]
    credit = None
    caption_parts: list[str] = []
    for text in texts:
        match = _PHOTO_CREDIT.match(text)
        if match and credit is None:
            credit = match.group("v")
        elif credit is None:
            caption_parts.append(text)
    caption = " ".join(caption_parts) or None
    return caption, credit


def _image_draft(data: bytes, display: str, picture: _Picture) -> ImageDraft:
    caption, credit = _caption(picture.caption_lines)
    name = f"page{picture.page + 1}-image{picture.index + 1}"
    return ImageDraft(
        name=name,
        load=_loader(data, display, picture, name),
        caption=caption,
        credit=credit,
    )


def _loader(data: bytes, display: str, picture: _Picture, name: str) -> Callable[[], bytes]:
    def load() -> bytes:
        where = f"{display} → {name}"
        try:
            return _extract(data, picture)
        except RejectedInput as exc:
            raise RejectedInput(where, exc.reason) from exc
        except (pdfium.PdfiumError, OSError, ValueError, MemoryError) as exc:
            log.info("picture %s of %s could not be read: %s", name, display, exc)
            raise RejectedInput(
                where, translatable("Import", "the picture could not be read from the PDF")
            ) from exc

    return load


def _extract(data: bytes, picture: _Picture) -> bytes:
    """The picture's bytes: a JPEG as stored, anything else decoded and saved as PNG."""
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[picture.page]
        try:
            raw = next((o for i, o in enumerate(_image_objects(page)) if i == picture.index), None)
            if raw is None:
                raise ValueError("the picture is no longer where it was")
            obj = pdfium.PdfImage(raw, page=page, pdf=pdf)
            width, height = obj.get_px_size()
            if width * height > MAX_IMAGE_PIXELS:
                raise RejectedInput(
                    "",
                    translatable(
                        "Import", "the picture is {width}×{height} pixels, over the limit"
                    ).format(width=width, height=height),
                )
            if obj.get_filters() == ["DCTDecode"]:
                size = pdfium_c.FPDFImageObj_GetImageDataRaw(obj, None, 0)
                _check_size(size)
                return bytes(obj.get_data(decode_simple=False))
            bitmap = obj.get_bitmap(render=False)
            # Closing frees PDFium's pixel buffer, which the PIL image below shares: safe,
            # because the PNG is written before the finally clause closes it.
            bitmap.warn_on_close = False
            try:
                image = bitmap.to_pil()
                buffer = io.BytesIO()
                image.convert("RGBA" if "A" in image.mode else "RGB").save(buffer, "PNG")
            finally:
                bitmap.close()
            _check_size(buffer.tell())
            return buffer.getvalue()
        finally:
            page.close()
    finally:
        pdf.close()


def _check_size(size: int) -> None:
    if size > MAX_IMAGE_BYTES:
        raise RejectedInput(
            "",
            translatable(
                "Import", "the picture is {size:,} bytes, over the {limit:,} limit"
            ).format(size=size, limit=MAX_IMAGE_BYTES),
        )
