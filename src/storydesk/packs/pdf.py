"""Briefing packs as PDF, and the same layout for print and print preview.

The layout is painted with QPainter and QTextDocument onto any QPagedPaintDevice: a
QPdfWriter for files, or the QPrinter that the desktop app's print preview hands over
(:class:`PreparedPack`), so what is previewed is what the PDF holds. Pages: a cover, the
contents with page numbers, then each story from a new page, with the pack's title as a
running header and "Page X of Y" at the foot.

Text is set in the DejaVu Sans shipped in ``resources/fonts`` and named explicitly, so
Cyrillic, Kazakh and Kyrgyz letters print on any machine; Qt embeds the glyphs it uses, and
the text stays selectable. Qt cannot write a PDF outline or links inside a document, so
:func:`write_pdf` adds the bookmarks, the contents links and the metadata with pypdf before
moving the file into place.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link
from pypdf.generic import ArrayObject, NameObject, NumberObject
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextOption,
)

from storydesk.atomic import atomic_output
from storydesk.messages import translatable
from storydesk.packs.fonts import ensure_gui_app, pack_font_family
from storydesk.packs.model import (
    CANCELLED,
    PACK_FILE_MODE,
    PRINT_PHOTO_MAX_SIDE,
    PRINT_PHOTO_QUALITY,
    BriefingPack,
    PackOptions,
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
    story_count_label,
    summary_repeats_body,
)
from storydesk.progress import CancelToken, Progress, check_cancel

# The PDF's resolution: layout happens in device pixels, fine enough that no rounding shows.
PDF_RESOLUTION = 1200

ACCENT = "#0468b1"
MUTED = "#5b6670"
FIGURES_BACKGROUND = "#eaf3fb"

# Page geometry in points (1/72 inch), measured from the paper's edges.
MARGIN_SIDE = 54.0
MARGIN_TOP = 64.0
MARGIN_BOTTOM = 56.0
HEADER_BASELINE = 36.0
FOOTER_BASELINE = 30.0  # from the bottom edge
PHOTO_MAX_HEIGHT_SHARE = 0.42  # of the text area's height
COVER_PHOTO_HEIGHT_SHARE = 0.36
FLOW_STEPS = 40  # page-break mends per story at most (see _flow)


def configure_device(device: QPagedPaintDevice, paper: str) -> None:
    """Set ``device`` (a QPdfWriter or QPrinter) to the pack's paper size, margins at zero.

    The GUI calls this on its QPrinter before opening the print preview, so the preview
    starts from the pack's paper; the person printing may still change it there.
    """
    size = QPageSize(QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter)
    device.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    set_full_page = getattr(device, "setFullPage", None)
    if set_full_page is not None:
        # A QPrinter: lay out against the paper's edges, not the printable area.
        set_full_page(True)


@dataclass
class _Page:
    """Where things go on one page, in device pixels from the paper's top-left corner."""

    dpi: float
    width: float
    height: float
    origin: QPointF  # the painter's origin on the paper (non-zero for printers with margins)

    def pt(self, points: float) -> float:
        return points * self.dpi / 72.0

    @property
    def content(self) -> QRectF:
        return QRectF(
            self.pt(MARGIN_SIDE),
            self.pt(MARGIN_TOP),
            self.width - 2 * self.pt(MARGIN_SIDE),
            self.height - self.pt(MARGIN_TOP) - self.pt(MARGIN_BOTTOM),
        )


@dataclass
class _TocRow:
    number: int
    story: PackStory
    y: float  # top, relative to the text area
    height: float
    title_height: float
    page: int = 0


@dataclass
class _Layout:
    cover: QTextDocument
    toc_pages: list[list[_TocRow]]
    stories: list[PackStory]
    documents: list[QTextDocument]
    starts: list[int] = field(default_factory=list)  # first page of each story, 1-based
    total: int = 0

    @property
    def cover_pages(self) -> int:
        return self.cover.pageCount()


@dataclass
class PaintedPack:
    """What painting a pack produced, for the PDF's outline and contents links.

    Attributes:
        pages: Number of pages painted.
        starts: First page of each story (1-based), in pack order.
        titles: Each story's title, in pack order.
        toc_links: ``(page index, rect in points from the top-left, story index)``.
        photos: Each story's photo by story number (1-based), for placeholders.
    """

    pages: int
    starts: list[int]
    titles: list[str]
    toc_links: list[tuple[int, tuple[float, float, float, float], int]]
    photos: dict[int, PackPhoto] = field(default_factory=dict)


def _font(family: str, points: float, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return _without_ligatures(font)


def _without_ligatures(font: QFont) -> QFont:
    # "fi"/"fl" ligatures would turn "Key figures" into "Key ﬁgures" when text is copied or
    # searched in the PDF; plain letters keep the text exactly as written.
    if hasattr(font, "setFeature"):  # Qt 6.7+
        font.setFeature(QFont.Tag("liga"), 0)
    return font


def _reference_dpi() -> float:
    # QTextDocument reads <img width>, cellpadding and CSS px at the screen's logical dpi
    # and scales them to the paint device; sizes in points must be converted through it.
    screen = QGuiApplication.primaryScreen()
    return float(screen.logicalDotsPerInchY()) if screen is not None else 96.0


def _px(points: float) -> int:
    return max(1, round(points * _reference_dpi() / 72.0))


def _stylesheet(family: str) -> str:
    return f"""
body {{ font-family: '{family}'; font-size: 10pt; color: #1d2329; }}
h1 {{ font-size: 17pt; font-weight: bold; margin-top: 0; margin-bottom: {_px(6)}px; }}
h3 {{ font-size: 12pt; font-weight: bold; margin-top: {_px(10)}px; margin-bottom: {_px(4)}px; }}
h4, h5, h6 {{ font-size: 10.5pt; font-weight: bold; margin-top: {_px(8)}px; }}
p {{ margin-top: 0; margin-bottom: {_px(6)}px; line-height: 128%; }}
li {{ line-height: 128%; }}
.meta {{ color: {MUTED}; font-size: 9pt; margin-bottom: {_px(2)}px; }}
.caption {{ color: #333; font-size: 8.5pt; margin-top: {_px(3)}px; margin-bottom: {_px(10)}px; }}
.credit {{ color: {MUTED}; }}
.lead {{ font-size: 12pt; font-weight: bold; color: #2b3640; line-height: 132%;
  margin-top: {_px(4)}px; margin-bottom: {_px(10)}px; }}
.fighead {{ color: {ACCENT}; font-weight: bold; font-size: 10.5pt; margin-bottom: {_px(3)}px; }}
.source {{ color: {MUTED}; font-size: 8.5pt; margin-top: {_px(10)}px; }}
.cover-kicker {{ color: {ACCENT}; font-size: 13pt; font-weight: bold; }}
.cover-title {{ font-size: 28pt; font-weight: bold; line-height: 115%; }}
.cover-date {{ color: {MUTED}; font-size: 12pt; margin-bottom: {_px(2)}px; }}
.cover-intro {{ font-size: 11pt; line-height: 135%; }}
.cover-count {{ color: {MUTED}; font-size: 12pt; margin-bottom: {_px(14)}px; }}
.cover-covers {{ font-size: 10.5pt; line-height: 135%; margin-bottom: {_px(4)}px; }}
.cover-label {{ color: {ACCENT}; font-weight: bold; }}
blockquote {{ margin-left: {_px(12)}px; }}
pre, code {{ font-family: '{family}'; font-size: 9pt; }}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _new_document(device: QPagedPaintDevice, page: _Page, family: str) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(_font(family, 10))
    document.setDocumentMargin(0)
    document.setUseDesignMetrics(True)
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet(_stylesheet(family))
    content = page.content
    document.setPageSize(QSizeF(content.width(), content.height()))
    return document


def _photo_image(
    photo: PackPhoto, number: int, placeholders: bool, images: dict[int, QImage]
) -> QImage:
    """The image painted for story ``number``'s photo, made once per pack.

    With ``placeholders`` it is a one-pixel-high stand-in whose width is the story's number;
    the PDF's finishing step swaps in the photo's own JPEG (see :func:`_swap_photos`), so Qt
    does not decode and re-encode every photo at its fixed, large quality. The cover and
    the story share the image, so the PDF holds the photo once.
    """
    image = images.get(number)
    if image is None:
        if placeholders:
            image = QImage(number, 1, QImage.Format.Format_RGB32)
            image.fill(QColor(FIGURES_BACKGROUND))
        else:
            image = QImage.fromData(QByteArray(photo.data))
        images[number] = image
    return image


def _photo_html(
    document: QTextDocument,
    photo: PackPhoto,
    number: int,
    page: _Page,
    height_share: float,
    placeholders: bool,
    images: dict[int, QImage],
) -> str:
    """An ``<img>`` of ``photo`` at most the text width wide and ``height_share`` of the
    text area high; "" when the photo cannot be shown."""
    image = _photo_image(photo, number, placeholders, images)
    if image.isNull():
        return ""
    content = page.content
    max_w = content.width() * 72.0 / page.dpi
    max_h = content.height() * 72.0 / page.dpi * height_share
    scale = min(max_w / photo.width, max_h / photo.height)
    width_pt, height_pt = photo.width * scale, photo.height * scale
    url = f"storydesk-photo:{number}"
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    return f'<img src="{url}" width="{_px(width_pt)}" height="{_px(height_pt)}">'


def _cover_document(
    pack: BriefingPack,
    stories: list[PackStory],
    pages: int,
    device: QPagedPaintDevice,
    page: _Page,
    family: str,
    placeholders: bool,
    images: dict[int, QImage],
) -> QTextDocument:
    """The cover: subtitle, title, date, the lead photo of the first story that has one,
    "5 stories · 12 pages", the places and partners covered, and the introduction."""
    options = pack.options
    language = options.labels_language
    cover = pack_cover(stories)
    document = _new_document(device, page, family)
    photo = ""
    if cover.photo is not None:
        photo = _photo_html(
            document,
            cover.photo,
            cover.photo_story,
            page,
            COVER_PHOTO_HEIGHT_SHARE,
            placeholders,
            images,
        )
    gap = 60 if photo else 150
    parts = [f'<div style="margin-top: {_px(gap)}px"></div>']
    if options.subtitle:
        parts.append(f'<p class="cover-kicker">{_e(options.subtitle)}</p>')
    parts.append(f'<p class="cover-title">{_e(options.title)}</p>')
    if options.date:
        parts.append(f'<p class="cover-date">{_e(format_date(options.date, language))}</p>')
    counts = [story_count_label(len(stories), language)]
    if pages:
        counts.append(count_label(pages, "page", language))
    parts.append(f'<p class="cover-count">{_e(" · ".join(counts))}</p>')
    if photo:
        parts.append(
            f'<p style="margin-top: 0; margin-bottom: {_px(14)}px; line-height: 100%">{photo}</p>'
        )
    for _kind, label, names in cover.name_lines(language):
        parts.append(
            f'<p class="cover-covers"><span class="cover-label">{_e(label)}:</span> {_e(names)}</p>'
        )
    for index, paragraph in enumerate(intro_paragraphs(options.introduction)):
        top = f' style="margin-top: {_px(12)}px"' if index == 0 else ""
        parts.append(f'<p class="cover-intro"{top}>{_e(paragraph)}</p>')
    document.setHtml("\n".join(parts))
    return document


@dataclass
class _Unit:
    """One thing the flow of a story keeps or moves: a paragraph, or a table as a whole."""

    blocks: list[QTextBlock]
    frame: QTextFrame | None
    lines: list[tuple[float, float]]  # each line's top and bottom, in document pixels
    heading: bool = False
    paragraph: bool = False  # a plain paragraph, which may be cut between two lines

    @property
    def height(self) -> float:
        return self.lines[-1][1] - self.lines[0][0]


@dataclass(frozen=True)
class _Roles:
    """Where a story's parts are among its units: ``head`` units (title, meta, lead, photo,
    caption) first, ``tail`` units (key figures, source) last."""

    head: int
    tail: int
    figures: bool
    source: bool


def _units(document: QTextDocument) -> list[_Unit]:
    """The story's top-level paragraphs and tables with the lines they hold; empty
    paragraphs are left out (they show nothing on a page)."""
    layout = document.documentLayout()
    root = document.rootFrame()
    units: list[_Unit] = []
    block = document.firstBlock()
    while block.isValid():
        frame = document.frameAt(block.position())
        top: QTextFrame | None = None
        while frame is not None and frame.firstPosition() != root.firstPosition():
            top = frame
            frame = frame.parentFrame()
        lines: list[tuple[float, float]] = []
        if block.text().strip():
            rect_top = layout.blockBoundingRect(block).top()
            text_layout = block.layout()
            for index in range(text_layout.lineCount()):
                line = text_layout.lineAt(index)
                lines.append((rect_top + line.y(), rect_top + line.y() + line.height()))
        if top is None:
            if lines:
                heading = block.blockFormat().headingLevel() > 0
                units.append(
                    _Unit(
                        [block],
                        None,
                        lines,
                        heading=heading,
                        paragraph=not heading and block.textList() is None,
                    )
                )
        elif (
            units
            and units[-1].frame is not None
            and (units[-1].frame.firstPosition() == top.firstPosition())
        ):
            units[-1].blocks.append(block)
            units[-1].lines.extend(lines)
        elif lines:
            units.append(_Unit([block], top, lines))
        block = block.next()
    return [unit for unit in units if unit.lines]


def _break_before(document: QTextDocument, unit: _Unit) -> None:
    if unit.frame is not None:
        frame_format = unit.frame.frameFormat()
        frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        unit.frame.setFrameFormat(frame_format)
        return
    block_format = QTextBlockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(unit.blocks[0]).mergeBlockFormat(block_format)


CUT_PIECE = 1
"""The user state of a paragraph's piece that :func:`_cut_before_line` moved to a new page;
its page break stays (without it, the piece would read as a paragraph of its own)."""


def _clear_breaks(units: list[_Unit]) -> None:
    """Let ``units`` follow on from what comes before them again (their breaks were set
    to keep them with that, which has now moved to their page)."""
    for unit in units:
        if unit.frame is not None:
            frame_format = unit.frame.frameFormat()
            frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            unit.frame.setFrameFormat(frame_format)
        elif unit.blocks[0].userState() != CUT_PIECE:
            block_format = QTextBlockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            QTextCursor(unit.blocks[0]).mergeBlockFormat(block_format)


def _cut_before_line(document: QTextDocument, unit: _Unit, line: int) -> None:
    """Cut a paragraph before its ``line`` and start a page there: the paragraph reads on
    across the page, its last lines kept with what follows."""
    block = unit.blocks[0]
    cursor = QTextCursor(document)
    cursor.setPosition(block.position() + block.layout().lineAt(line).textStart())
    cursor.insertBlock()
    block_format = QTextBlockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.mergeBlockFormat(block_format)
    cursor.block().setUserState(CUT_PIECE)


def _flow_step(document: QTextDocument, roles: _Roles) -> bool:
    """Find the first place where the story's pages read badly and move text to mend it.

    Rules: a paragraph leaves at least two lines at the foot of a page and carries at least
    two to the next (orphans and widows); a heading stays with what follows; the key
    figures box and the source are not cut; the source, the key figures and a last
    paragraph of one or two lines (a credit line) stay with what comes before them, so the
    story's last page always holds the end of its text. Returns whether something
    moved (then the layout has changed and the rules are checked again).
    """
    height = document.pageSize().height()
    document.pageCount()  # finish the layout
    units = _units(document)
    count = len(units)
    first_body = min(roles.head, count)
    last_body = count - roles.tail - 1
    keep_whole: set[int] = set()
    keep_with_previous: set[int] = set()
    if roles.source and count:
        keep_whole.add(count - 1)
        keep_with_previous.add(count - 1)
    if roles.figures and count > 1:
        keep_whole.add(count - 1 - int(roles.source))
        keep_with_previous.add(count - 1 - int(roles.source))
    if (
        first_body <= last_body
        and len(units[last_body].lines) <= 2
        and units[last_body].blocks[0].userState() != CUT_PIECE
    ):
        # A closing line of its own (a credit, "Source: ..." in the body); not the end of
        # a paragraph already carried over to this page.
        keep_with_previous.add(last_body)

    def page_of(line: tuple[float, float]) -> int:
        return int((line[0] + line[1]) / 2 // height)

    for index in range(max(1, first_body), count):
        unit = units[index]
        pages = [page_of(line) for line in unit.lines]
        first, last = pages[0], pages[-1]
        previous = units[index - 1]
        at_top = page_of(previous.lines[-1]) < first  # nothing before it on its page
        if first != last:
            if index in keep_whole and unit.height <= height and not at_top:
                _break_before(document, unit)
                return True
            if pages.count(first) < 2 and not at_top:
                _break_before(document, unit)
                return True
            if pages.count(last) < 2:
                cut = pages.index(last) - 1
                if unit.paragraph and pages.count(pages[cut]) >= 3:
                    _cut_before_line(document, unit, cut)
                    return True
                if not at_top and unit.height <= height / 2:
                    _break_before(document, unit)
                    return True
        if (
            unit.heading
            and index + 1 < count
            and not at_top
            and page_of(units[index + 1].lines[0]) > last
        ):
            _break_before(document, unit)
            return True
        if index in keep_with_previous and at_top and index - 1 >= first_body:
            previous_pages = [page_of(line) for line in previous.lines]
            on_last = previous_pages.count(previous_pages[-1])
            if previous.paragraph and on_last >= 4:
                _clear_breaks(units[index:])
                _cut_before_line(document, previous, len(previous.lines) - 2)
                return True
            before = units[index - 2] if index >= 2 else None
            previous_at_top = before is not None and page_of(before.lines[-1]) < previous_pages[0]
            if on_last == len(previous.lines) and not previous_at_top:
                _clear_breaks(units[index:])
                _break_before(document, previous)
                return True
    return False


def _flow(document: QTextDocument, roles: _Roles) -> None:
    """Mend the story's page breaks (see :func:`_flow_step`), a bounded number of times."""
    for _ in range(FLOW_STEPS):
        if not _flow_step(document, roles):
            return


def _story_document(
    story: PackStory,
    number: int,
    pack: BriefingPack,
    device: QPagedPaintDevice,
    page: _Page,
    family: str,
    placeholders: bool,
    images: dict[int, QImage] | None = None,
    flow: bool = True,
) -> QTextDocument:
    """One story: title, meta lines, the summary as a lead, the photo and its caption, the
    body, key figures and source; with ``flow``, its page breaks mended (:func:`_flow`)."""
    words = labels(pack.options.labels_language)
    document = _new_document(device, page, family)
    parts = [f"<h1>{_e(story.title)}</h1>"]
    meta = []
    when_where = " · ".join(p for p in (story.date, ", ".join(story.where)) if p)
    if when_where:
        meta.append(_e(when_where))
    if story.partners:
        meta.append(f"<b>{_e(words['partners'])}:</b> {_e(', '.join(story.partners))}")
    if story.author:
        meta.append(f"<b>{_e(words['author'])}:</b> {_e(story.author)}")
    for index, line in enumerate(meta):
        # The last line of the story's header keeps a gap before the lead, photo or text.
        gap = f' style="margin-bottom: {_px(10)}px"' if index == len(meta) - 1 else ""
        parts.append(f'<p class="meta"{gap}>{line}</p>')
    head = 1 + len(meta)
    if not summary_repeats_body(story):
        # The summary opens the story as its lead, under the title, before the photo.
        parts.append(f'<p class="lead">{_e(story.summary)}</p>')
        head += 1
    photo = story.photo
    if photo is not None:
        image = _photo_html(
            document,
            photo,
            number,
            page,
            PHOTO_MAX_HEIGHT_SHARE,
            placeholders,
            images if images is not None else {},
        )
        if image:
            parts.append(f'<p style="margin: 0; line-height: 100%">{image}</p>')
            caption = [_e(photo.caption)] if photo.caption else []
            if photo.credit:
                caption.append(
                    f'<span class="credit">{_e(words["photo"])}: {_e(photo.credit)}</span>'
                )
            parts.append(f'<p class="caption">{" ".join(caption)}</p>')
            head += 1 + int(bool(caption))
    parts.append(story.body_html)
    if story.figures:
        items = "".join(f"<li>{_e(f)}</li>" for f in story.figures)
        parts.append(
            f'<table width="100%" cellpadding="{_px(8)}" cellspacing="0"'
            f' bgcolor="{FIGURES_BACKGROUND}" style="margin-top: {_px(10)}px;'
            f' border-left: {_px(3)}px solid {ACCENT}">'
            f'<tr><td><p class="fighead">{_e(words["key_figures"])}</p>'
            f'<ul style="margin-top: 0; margin-bottom: 0">{items}</ul></td></tr></table>'
        )
    source_shown = bool(story.source_name or story.source_url)
    if source_shown:
        source = [_e(story.source_name)] if story.source_name else []
        if story.source_url:
            source.append(_e(story.source_url))
        parts.append(f'<p class="source"><b>{_e(words["source"])}:</b> {"<br>".join(source)}</p>')
    document.setHtml("\n".join(parts))
    if flow:
        figures = bool(story.figures)
        roles = _Roles(
            head=head,
            tail=int(figures) + int(source_shown),
            figures=figures,
            source=source_shown,
        )
        _flow(document, roles)
    return document


def _toc_layout(
    stories: list[PackStory], device: QPagedPaintDevice, page: _Page, family: str
) -> list[list[_TocRow]]:
    content = page.content
    title_font = _font(family, 10.5, bold=True)
    title_metrics = QFontMetricsF(title_font, device)
    meta_metrics = QFontMetricsF(_font(family, 8.5), device)
    number_w, page_w = _toc_columns(page, family, device)
    title_w = content.width() - number_w - page_w
    heading = _toc_heading_height(page, family, device)
    gap = page.pt(9)
    pages: list[list[_TocRow]] = [[]]
    y = heading
    for number, story in enumerate(stories, start=1):
        bounds = title_metrics.boundingRect(
            QRectF(0, 0, title_w, 1e9), int(Qt.TextFlag.TextWordWrap), story.title
        )
        title_height = bounds.height()
        height = title_height + (meta_metrics.height() if _toc_meta(story) else 0)
        if y + height > content.height() and pages[-1]:
            pages.append([])
            y = 0.0
        pages[-1].append(_TocRow(number, story, y, height, title_height))
        y += height + gap
    return pages


def _toc_columns(page: _Page, family: str, device: QPaintDevice) -> tuple[float, float]:
    metrics = QFontMetricsF(_font(family, 10.5, bold=True), device)
    number_w = metrics.horizontalAdvance("000.") + page.pt(6)
    page_w = metrics.horizontalAdvance("0000") + page.pt(10)
    return number_w, page_w


def _toc_heading_height(page: _Page, family: str, device: QPaintDevice) -> float:
    return QFontMetricsF(_font(family, 18, bold=True), device).height() + page.pt(14)


def _toc_meta(story: PackStory) -> str:
    return " · ".join(p for p in (story.date, ", ".join(story.where)) if p)


def layout_pack(
    pack: BriefingPack,
    device: QPagedPaintDevice,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    total: int | None = None,
    placeholders: bool = False,
    prepared: list[PackStory] | None = None,
    flow: bool = True,
) -> tuple[_Layout, _Page]:
    """Prepare the stories (unless ``prepared``) and lay out every page for ``device``.

    Nothing is painted yet. With ``flow`` (the default), each story's page breaks are
    mended so that no page holds only a story's tail (see :func:`_flow_step`); without it
    the text falls as it comes, to compare.
    """
    family = pack_font_family()
    page = _page_of(device)
    stories = (
        prepared
        if prepared is not None
        else prepare_stories(
            pack, PRINT_PHOTO_MAX_SIDE, PRINT_PHOTO_QUALITY, progress, cancel, total
        )
    )
    toc_pages = _toc_layout(stories, device, page, family)
    images: dict[int, QImage] = {}
    documents = []
    for number, story in enumerate(stories, start=1):
        check_cancel(cancel, CANCELLED)
        documents.append(
            _story_document(story, number, pack, device, page, family, placeholders, images, flow)
        )
    story_pages = sum(max(1, document.pageCount()) for document in documents)
    # The cover gives the pack's page count, which counts the cover's own pages.
    cover_pages = 1
    for _ in range(3):
        pages_total = cover_pages + len(toc_pages) + story_pages
        cover = _cover_document(
            pack, stories, pages_total, device, page, family, placeholders, images
        )
        if cover.pageCount() == cover_pages:
            break
        cover_pages = cover.pageCount()
    layout = _Layout(cover, toc_pages, stories, documents)
    next_page = layout.cover_pages + len(toc_pages) + 1
    for document in documents:
        layout.starts.append(next_page)
        next_page += max(1, document.pageCount())
    layout.total = next_page - 1
    for rows in toc_pages:
        for row in rows:
            row.page = layout.starts[row.number - 1]
    return layout, page


def _page_of(device: QPagedPaintDevice) -> _Page:
    dpi = float(device.logicalDpiX())
    page_layout = device.pageLayout()
    full = page_layout.fullRectPixels(round(dpi))
    full_page = getattr(device, "fullPage", None)
    if full_page is not None and full_page():
        origin = QPointF(0, 0)
    else:
        origin = QPointF(page_layout.paintRectPixels(round(dpi)).topLeft())
    return _Page(dpi=dpi, width=float(full.width()), height=float(full.height()), origin=origin)


def _draw_header_footer(
    painter: QPainter,
    page: _Page,
    family: str,
    pack: BriefingPack,
    number: int,
    total: int,
    right_text: str,
) -> None:
    words = labels(pack.options.labels_language)
    content = page.content
    font = _font(family, 8)
    metrics = QFontMetricsF(font, painter.device())
    painter.setFont(font)
    painter.setPen(QColor(MUTED))
    baseline = page.pt(HEADER_BASELINE)
    half = content.width() * 0.5
    left = metrics.elidedText(pack.options.title, Qt.TextElideMode.ElideRight, half - page.pt(8))
    painter.drawText(QPointF(content.left(), baseline), left)
    if right_text:
        right = metrics.elidedText(right_text, Qt.TextElideMode.ElideRight, half - page.pt(8))
        painter.drawText(
            QPointF(content.right() - metrics.horizontalAdvance(right), baseline), right
        )
    rule_y = baseline + page.pt(6)
    painter.setPen(QPen(QColor("#c9d3dc"), page.pt(0.6)))
    painter.drawLine(QPointF(content.left(), rule_y), QPointF(content.right(), rule_y))
    painter.setPen(QColor(MUTED))
    footer = words["page_of"].format(page=number, pages=total)
    footer_y = page.height - page.pt(FOOTER_BASELINE)
    painter.drawText(
        QPointF(content.center().x() - metrics.horizontalAdvance(footer) / 2, footer_y), footer
    )


def _draw_document_page(
    painter: QPainter, page: _Page, document: QTextDocument, index: int
) -> None:
    content = page.content
    height = document.pageSize().height()
    painter.save()
    painter.translate(content.left(), content.top() - index * height)
    document.drawContents(painter, QRectF(0, index * height, content.width(), height))
    painter.restore()


def _draw_toc_page(
    painter: QPainter,
    page: _Page,
    family: str,
    pack: BriefingPack,
    rows: list[_TocRow],
    first: bool,
) -> list[tuple[tuple[float, float, float, float], int]]:
    content = page.content
    device = painter.device()
    links = []
    if first:
        heading_font = _font(family, 18, bold=True)
        painter.setFont(heading_font)
        painter.setPen(QColor("#1d2329"))
        ascent = QFontMetricsF(heading_font, device).ascent()
        painter.drawText(
            QPointF(content.left(), content.top() + ascent),
            labels(pack.options.labels_language)["contents"],
        )
    number_w, page_w = _toc_columns(page, family, device)
    title_font = _font(family, 10.5, bold=True)
    meta_font = _font(family, 8.5)
    title_w = content.width() - number_w - page_w
    for row in rows:
        top = content.top() + row.y
        painter.setFont(title_font)
        painter.setPen(QColor(ACCENT))
        painter.drawText(
            QRectF(content.left(), top, number_w, row.title_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            f"{row.number}.",
        )
        painter.setPen(QColor("#1d2329"))
        painter.drawText(
            QRectF(content.left() + number_w, top, title_w, row.title_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            row.story.title,
        )
        painter.drawText(
            QRectF(content.right() - page_w, top, page_w, row.title_height),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            str(row.page),
        )
        meta = _toc_meta(row.story)
        if meta:
            painter.setFont(meta_font)
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRectF(content.left() + number_w, top + row.title_height, title_w, row.height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                QFontMetricsF(meta_font, device).elidedText(
                    meta, Qt.TextElideMode.ElideRight, title_w
                ),
            )
        to_points = 72.0 / page.dpi
        links.append(
            (
                (
                    content.left() * to_points,
                    top * to_points,
                    content.right() * to_points,
                    (top + row.height) * to_points,
                ),
                row.number - 1,
            )
        )
    return links


def paint_pack(
    pack: BriefingPack,
    device: QPagedPaintDevice,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Paint ``pack`` onto ``device`` (a QPdfWriter, or a QPrinter for print and preview).

    Uses the device's page layout as it is; call :func:`configure_device` first to start
    from the pack's paper size. Returns the number of pages painted.

    Raises:
        Cancelled: ``cancel`` was cancelled (the device holds a partial document).
    """
    return paint_pack_details(pack, device, progress, cancel).pages


def paint_pack_details(
    pack: BriefingPack,
    device: QPagedPaintDevice,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    placeholders: bool = False,
    prepared: list[PackStory] | None = None,
) -> PaintedPack:
    """Like :func:`paint_pack`, but returns where each story starts and the contents links.

    With ``placeholders``, photos are painted as stand-ins that :func:`finish_pdf` replaces
    with the photos themselves (for QPdfWriter output only). ``prepared`` stories (see
    :class:`PreparedPack`) are laid out as they are, without preparing them again.
    """
    family = pack_font_family()
    count = len(pack.stories)
    total_steps = 2 * count + 1
    layout, page = layout_pack(pack, device, progress, cancel, total_steps, placeholders, prepared)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(
            translatable(
                "Packs", "cannot start painting the briefing pack (is the output writable?)"
            ).format()
        )
    links: list[tuple[int, tuple[float, float, float, float], int]] = []
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.translate(-page.origin)
        number = 0

        def new_page() -> None:
            nonlocal number
            if number > 0 and not device.newPage():
                raise OSError(
                    translatable("Packs", "cannot add a page to the briefing pack").format()
                )
            number += 1

        for index in range(layout.cover_pages):
            new_page()
            if index == 0:
                painter.fillRect(QRectF(0, 0, page.width, page.pt(14)), QColor(ACCENT))
            else:
                _draw_header_footer(painter, page, family, pack, number, layout.total, "")
            _draw_document_page(painter, page, layout.cover, index)
        contents_label = labels(pack.options.labels_language)["contents"]
        for index, rows in enumerate(layout.toc_pages):
            new_page()
            _draw_header_footer(painter, page, family, pack, number, layout.total, contents_label)
            for rect, story_index in _draw_toc_page(painter, page, family, pack, rows, index == 0):
                links.append((number - 1, rect, story_index))
        for position, (story, document) in enumerate(
            zip(layout.stories, layout.documents, strict=True), start=1
        ):
            check_cancel(cancel, CANCELLED)
            for index in range(max(1, document.pageCount())):
                new_page()
                _draw_header_footer(painter, page, family, pack, number, layout.total, story.title)
                _draw_document_page(painter, page, document, index)
            if progress is not None:
                progress(count + position, total_steps, story.title)
    finally:
        painter.end()
    return PaintedPack(
        pages=layout.total,
        starts=layout.starts,
        titles=[s.title for s in layout.stories],
        toc_links=links,
        photos={
            number: story.photo
            for number, story in enumerate(layout.stories, start=1)
            if story.photo is not None
        },
    )


def _swap_photos(writer: PdfWriter, painted: PaintedPack) -> None:
    """Put each photo's JPEG in place of its stand-in (see ``placeholders``)."""
    swapped: set[int] = set()
    for page in writer.pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        if not xobjects:
            continue
        for ref in xobjects.get_object().values():
            image = ref.get_object()
            if image.get("/Subtype") != "/Image" or image.get("/Height") != 1:
                continue
            number = int(image.get("/Width", 0))
            photo = painted.photos.get(number)
            if photo is None or number in swapped:
                continue
            for key in ("/Filter", "/DecodeParms", "/SMask", "/Decode", "/Mask"):
                image.pop(NameObject(key), None)
            image[NameObject("/Filter")] = NameObject("/DCTDecode")
            image[NameObject("/Width")] = NumberObject(photo.width)
            image[NameObject("/Height")] = NumberObject(photo.height)
            image[NameObject("/ColorSpace")] = NameObject("/DeviceRGB")
            image[NameObject("/BitsPerComponent")] = NumberObject(8)
            image._data = photo.data
            if hasattr(image, "decoded_self"):
                image.decoded_self = None
            swapped.add(number)


def finish_pdf(data: bytes, painted: PaintedPack, pack: BriefingPack) -> bytes:
    """Add what Qt cannot write: the outline, the contents links, the metadata; and swap
    the photos' stand-ins for the photos."""
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    _swap_photos(writer, painted)
    for title, start in zip(painted.titles, painted.starts, strict=True):
        writer.add_outline_item(title=title, page_number=start - 1)
    for page_index, (left, top, right, bottom), story_index in painted.toc_links:
        height = float(writer.pages[page_index].mediabox.height)
        link = Link(
            rect=(left, height - bottom, right, height - top),
            target_page_index=painted.starts[story_index] - 1,
            border=ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
        )
        writer.add_annotation(page_index, link)
    options = pack.options
    metadata = {
        "/Title": options.title,
        "/Author": options.author or options.subtitle or "StoryDesk",
        "/Creator": "StoryDesk",
    }
    if options.subtitle:
        metadata["/Subject"] = options.subtitle
    writer.add_metadata(metadata)
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_pdf(
    pack: BriefingPack,
    output: Path,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> PackResult:
    """Write ``pack`` to ``output`` as PDF, atomically.

    Args:
        pack: The pack (see :func:`storydesk.packs.model.build_pack`).
        output: The file to write; replaced only once the new one is complete.
        progress: Called as ``progress(done, total, what)`` as stories are laid out and
            painted.
        cancel: Checked between stories; once cancelled, nothing is written.

    Returns:
        The path, the number of stories and pages, and the file's size.

    Raises:
        Cancelled: ``cancel`` was cancelled.
        PackError: The output folder does not exist.
    """
    output = Path(output)
    check_output_folder(output)
    ensure_gui_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(pack.options.title)
    writer.setCreator("StoryDesk")
    writer.setAuthor(pack.options.author or pack.options.subtitle or "StoryDesk")
    configure_device(writer, pack.options.paper)
    painted = paint_pack_details(pack, writer, progress, cancel, placeholders=True)
    del writer  # the PDF is complete in the buffer once painting has ended
    data = finish_pdf(bytes(buffer.data().data()), painted, pack)
    buffer.close()
    with atomic_output(output, mode=PACK_FILE_MODE) as handle:
        handle.write(data)
    if progress is not None:
        total = 2 * len(painted.starts) + 1
        progress(total, total, str(output.name))
    return PackResult(
        path=output, stories=len(painted.starts), pages=painted.pages, bytes=len(data)
    )


class PreparedPack:
    """A pack whose stories are loaded and whose photos are copied for print, ready to be
    painted on the UI thread by the desktop app's print preview.

    Made in the background by :meth:`storydesk.library.Library.prepare_pack`; painting it
    (:meth:`paint`) does no catalogue reading and no photo decoding.
    """

    def __init__(self, pack: BriefingPack, stories: list[PackStory]) -> None:
        self.pack = pack
        self.stories = stories

    @property
    def options(self) -> PackOptions:
        """The options the pack was made with."""
        return self.pack.options

    @property
    def story_count(self) -> int:
        """How many stories the pack holds."""
        return len(self.stories)

    def configure(self, device: QPagedPaintDevice) -> None:
        """Start ``device`` (a QPrinter) from the pack's paper size, margins at zero."""
        configure_device(device, self.pack.options.paper)

    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint the pack on ``device`` as its page layout stands; returns the pages painted."""
        return paint_pack_details(self.pack, device, prepared=self.stories).pages


def prepare_pack(
    pack: BriefingPack, progress: Progress | None = None, cancel: CancelToken | None = None
) -> PreparedPack:
    """Prepare ``pack`` for print: every story's content, and its photo copied for print.

    Raises:
        Cancelled: ``cancel`` was cancelled.
    """
    stories = prepare_stories(pack, PRINT_PHOTO_MAX_SIDE, PRINT_PHOTO_QUALITY, progress, cancel)
    return PreparedPack(pack, stories)
