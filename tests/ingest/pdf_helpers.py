"""Builds real PDF files for tests with Qt's PDF writer (text embedded with DejaVu Sans).

Pages are laid out by hand, line by line, so a test knows exactly where each header,
footer, column, hyphenated line end and photo sits. Coordinates are points (1/72 inch)
from the top left of an A4 page (595 × 842).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

REPO = Path(__file__).resolve().parents[2]
FONT_FOLDER = REPO / "resources" / "fonts" / "dejavu"
PAGE_WIDTH, PAGE_HEIGHT = 595, 842
LEFT, RIGHT = 60, 535


@dataclass
class Line:
    """One line of text drawn with its top left corner at (x, y)."""

    text: str
    x: float
    y: float
    size: float = 11
    bold: bool = False


@dataclass
class Picture:
    """An image drawn into the box (x, y, width, height)."""

    data: bytes
    x: float
    y: float
    width: float
    height: float


@dataclass
class Page:
    """What one page holds."""

    lines: list[Line] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)


def photo_bytes(
    size: tuple[int, int] = (400, 300), color: tuple[int, int, int] = (30, 110, 160)
) -> bytes:
    """A photo-like JPEG: a gradient with shapes, so it is not a flat colour."""
    image = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(image)
    for i in range(0, size[0], 8):
        draw.line([(i, 0), (size[0] - i, size[1])], fill=(i % 255, 180, 90), width=3)
    draw.ellipse([size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2], fill=(240, 200, 40))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _font_family() -> str:
    from PySide6.QtGui import QFontDatabase

    family = ""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(FONT_FOLDER / name))
        assert font_id >= 0, f"cannot load {name}"
        family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def write_pdf(path: Path, pages: list[Page], title: str | None = None) -> Path:
    """Write ``pages`` to ``path`` as a PDF; a QGuiApplication must exist."""
    from PySide6.QtCore import QMarginsF, QPointF, QRectF
    from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

    family = _font_family()
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    if title is not None:
        writer.setTitle(title)
    painter = QPainter(writer)
    try:
        for number, page in enumerate(pages):
            if number:
                writer.newPage()
            for picture in page.pictures:
                image = QImage.fromData(picture.data)
                painter.drawImage(
                    QRectF(picture.x, picture.y, picture.width, picture.height), image
                )
            for line in page.lines:
                font = QFont(family)
                font.setPointSizeF(line.size)
                font.setBold(line.bold)
                painter.setFont(font)
                ascent = painter.fontMetrics().ascent()
                painter.drawText(QPointF(line.x, line.y + ascent), line.text)
    finally:
        painter.end()
    return path


def flow(
    paragraphs: list[str],
    top: float,
    *,
    left: float = LEFT,
    right: float = RIGHT,
    size: float = 11,
    gap: float = 8,
) -> tuple[list[Line], float]:
    """Lines for ``paragraphs`` wrapped at word boundaries between ``left`` and ``right``.

    A ``\\n`` inside a paragraph forces a line break there (to place a hyphenated word end).
    Returns the lines and the y below the last one.
    """
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QFont, QFontMetricsF, QPdfWriter

    font = QFont(_font_family())
    font.setPointSizeF(size)
    # Measured on a PDF device at 72 dpi, as write_pdf paints (a screen's dpi differs).
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = QPdfWriter(buffer)
    device.setResolution(72)
    metrics = QFontMetricsF(font, device)
    leading = size * 1.35
    lines: list[Line] = []
    y = top
    for paragraph in paragraphs:
        for forced in paragraph.split("\n"):
            current = ""
            for word in forced.split():
                candidate = f"{current} {word}".strip()
                if current and metrics.horizontalAdvance(candidate) > right - left:
                    lines.append(Line(current, left, y, size))
                    y += leading
                    current = word
                else:
                    current = candidate
            if current:
                lines.append(Line(current, left, y, size))
                y += leading
        y += gap
    return lines, y


def furniture(number: int, total: int) -> list[Line]:
    """A running header and a page-number footer, as press releases carry them."""
    return [
        Line("ПРООН в Кыргызской Республике · Пресс-релиз", LEFT, 30, 9),
        Line(f"Стр. {number} из {total}", 270, 800, 9),
    ]


PAGE_ONE = [
    "Бишкек, 12 марта 2025 года. Программа развития ООН в Кыргызской Республике вместе с "
    "Министерством природных ресурсов открыла в Нарынской области три солнечные станции, "
    "которые дают свет школам и фельдшерским пунктам отдалённых сёл.",
    "Проект поддерживает устойчивое разви-\nтие горных районов: станции построили местные "
    "мастера, прошедшие обучение в колледже Нарына, а обслуживать их будут сами сельские "
    "управы.",
]
PAGE_TWO = [
    "По словам главы айыл окмоту, школа в селе Эмгек впервые за десять лет работает зимой "
    "без перебоев. Учителя проводят уроки информатики, а фельдшерский пункт хранит вакцины "
    "в холодильнике.",
    "Каждая станция вырабатывает до сорока киловатт-часов в день; излишки передаются в "
    "местную сеть, и эти деньги идут на ремонт оборудования.",
]
PAGE_THREE = [
    "В следующем году ПРООН планирует построить ещё пять станций в Таласской и Ошской "
    "областях при поддержке правительства Японии.",
    "Контакты для прессы: пресс-служба ПРООН, телефон +996 312 611 213.",
]
TITLE = "Солнечные станции пришли в горные сёла Нарына"
CAPTION = "Солнечная станция в селе Эмгек"


def press_release(path: Path, *, pdf_title: str | None = "Microsoft Word - release.docx") -> Path:
    """A three-page Russian press release: running header, page numbers, a hyphenated
    line end, a photo with a caption and a "Фото: ПРООН" credit under it."""
    total = 3
    one = Page(lines=furniture(1, total))
    one.lines.append(Line(TITLE, LEFT, 80, 16, bold=True))
    one.lines.append(Line("12 марта 2025", LEFT, 115, 10))
    lines, y = flow(PAGE_ONE, 145)
    one.lines += lines
    one.pictures.append(Picture(photo_bytes(), LEFT, y + 10, 300, 225))
    y += 10 + 225 + 6
    one.lines.append(Line(CAPTION, LEFT, y, 9))
    one.lines.append(Line("Фото: ПРООН", LEFT, y + 13, 9))
    two = Page(lines=furniture(2, total))
    two.lines += flow(PAGE_TWO, 80)[0]
    three = Page(lines=furniture(3, total))
    three.lines += flow(PAGE_THREE, 80)[0]
    return write_pdf(path, [one, two, three], title=pdf_title)


COLUMN_LEFT = [
    "Левая колонка начинается здесь и рассказывает о водопроводе в селе Кочкор, который "
    "построили жители вместе с районной администрацией.",
    "Второй абзац левой колонки говорит о том, что вода теперь есть в каждом доме.",
]
COLUMN_RIGHT = [
    "Правая колонка продолжает рассказ: после запуска водопровода в селе открылась теплица.",
    "Последний абзац правой колонки завершает статью словами благодарности.",
]


def two_columns(path: Path) -> Path:
    """One page: a full-width title, then two columns of text side by side."""
    page = Page(lines=[Line("Вода пришла в каждый дом Кочкора", LEFT, 60, 18, bold=True)])
    page.lines += flow(COLUMN_LEFT, 110, left=LEFT, right=285)[0]
    page.lines += flow(COLUMN_RIGHT, 110, left=310, right=RIGHT)[0]
    return write_pdf(path, [page])


def scanned(path: Path) -> Path:
    """A "scan": a page holding only a picture of a page, no text layer."""
    return write_pdf(path, [Page(pictures=[Picture(photo_bytes((600, 840)), 0, 0, 595, 842)])])


def long_document(path: Path, pages: int = 200) -> Path:
    """A long report: every page a header, a footer and four paragraphs, a logo on each."""
    logo = photo_bytes((40, 40), (200, 30, 30))
    body = [
        "Отчёт о ходе работ по программе устойчивого развития: страница {n}. Местные "
        "сообщества продолжают строительство ирригационных каналов и обучают молодёжь.",
        "Второй абзац страницы {n} рассказывает о партнёрах и о результатах за квартал, "
        "включая новые рабочие места в сельских районах.",
        "Третий абзац страницы {n} описывает трудности и уроки, извлечённые командой.",
        "Четвёртый абзац страницы {n} подводит итог и называет следующие шаги программы.",
    ]
    out = []
    for n in range(1, pages + 1):
        page = Page(lines=furniture(n, pages))
        if n == 1:
            page.lines.append(Line("Годовой отчёт программы развития", LEFT, 70, 18, bold=True))
        page.lines += flow([p.format(n=n) for p in body], 110)[0]
        page.pictures.append(Picture(logo, 500, 20, 30, 30))
        out.append(page)
    return write_pdf(path, out)


def handmade_pdf(lines: list[tuple[str, float, float, float]], image: Image.Image | None) -> bytes:
    """A minimal PDF written byte by byte: Latin ``lines`` (text, x, y from the bottom, size)
    in Helvetica and one RGB picture stored losslessly (FlateDecode) at (60, 400, 320×200).

    Qt stores every picture as a JPEG; this is how a picture that is not one is made.
    """
    import zlib

    def text(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "".join(f"BT /F1 {size} Tf {x} {y} Td ({text(s)}) Tj ET\n" for s, x, y, size in lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
    ]
    if image is not None:
        content = "q 320 0 0 200 60 400 cm /Im1 Do Q\n" + content
    stream = content.encode("latin-1")
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    rgb = image.convert("RGB") if image is not None else Image.new("RGB", (1, 1))
    pixels = zlib.compress(rgb.tobytes())
    objects.append(
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % (rgb.width, rgb.height, len(pixels))
        + pixels
        + b"\nendstream"
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def text_document(path: Path, html: str) -> Path:
    """``html`` laid out by QTextDocument and printed to a PDF, as a word processor does:
    wrapped and justified by Qt, page breaks and Qt's own page numbers in the footer."""
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    document = QTextDocument()
    document.setDefaultFont(QFont(_font_family(), 11))
    document.setHtml(html)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document.print_(writer)
    return path
