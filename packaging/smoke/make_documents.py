"""Writes the office documents the frozen app's smoke test imports (packaging/smoke.sh).

Run it with StoryDesk's own dependencies installed (python-docx, odfdo, openpyxl, Pillow):

    python packaging/smoke/make_documents.py

It writes ``story.docx`` (Russian, with a photo and its caption), ``story.odt`` (Kazakh),
``stories.xlsx`` (Kyrgyz headers, two stories) and ``stories.ods`` (Russian headers, one
story) beside itself. The smoke test needs no Python: it imports these files with the frozen
``storydesk`` and searches them by word forms not in their text.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _photo() -> bytes:
    from PIL import Image

    image = Image.new("RGB", (320, 240), (40, 110, 170))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def write_docx(path: Path) -> None:
    """A Russian press release: title, heading, a list, a photo and its caption."""
    from docx import Document
    from docx.shared import Cm

    document = Document()
    document.core_properties.author = "ПРООН в Казахстане"
    document.add_paragraph("Солнечные панели для сельской школы в Шымкенте", style="Title")
    document.add_paragraph("Шымкент, 14 мая 2025 года.")
    document.add_paragraph(
        "ПРООН и акимат установили солнечные панели на крыше сельской школы. Панели дают "
        "электричество для классов и мастерской."
    )
    document.add_heading("Что сделано", level=1)
    for item in ("установлено 40 панелей", "обучены два школьных техника"):
        document.add_paragraph(item, style="List Bullet")
    document.add_picture(io.BytesIO(_photo()), width=Cm(8))
    document.add_paragraph("Панели на крыше школы", style="Caption")
    document.save(path)


def write_odt(path: Path) -> None:
    """A Kazakh story in OpenDocument text."""
    from odfdo import Document, Header, Paragraph

    document = Document("text")
    body = document.body
    body.clear()
    body.append(Header(1, "Қарағандыда жаңа су құбыры ашылды"))
    body.append(Paragraph("Қарағанды, 2025 жылғы 3 маусым."))
    body.append(
        Paragraph(
            "БҰҰДБ мен әкімдік ауыл тұрғындары үшін жаңа су құбырын салды. Енді әр үйде "
            "таза ауыз су бар."
        )
    )
    document.save(path)


def write_xlsx(path: Path) -> None:
    """Two stories a row each, with Kyrgyz headers and a date cell."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Жаңылыктар"
    sheet.append(["Аталышы", "Текст", "Датасы", "Тили"])
    sheet.append(
        [
            "Нарында жаңы көпүрө курулду",
            "ПРООН менен аймактын бийлиги дарыянын үстүнө жаңы көпүрө курду.",
            dt.datetime(2025, 6, 10),
            "ky",
        ]
    )
    sheet.append(
        [
            "Ошто жаштар борбору ачылды",
            "Жаштар борборунда компьютер сабактары өтөт.",
            dt.datetime(2025, 7, 2),
            "ky",
        ]
    )
    book.save(path)


def write_ods(path: Path) -> None:
    """One story in a row, with Russian headers."""
    from odfdo import Document, Table

    document = Document("spreadsheet")
    document.body.clear()
    table = Table("Истории")
    table.set_values(
        [
            ["Заголовок", "Текст", "Дата"],
            [
                "Теплицы для фермеров Баткена",
                "Фермеры Баткена получили теплицы и саженцы от программы развития.",
                "2025-08-20",
            ],
        ]
    )
    document.body.append(table)
    document.save(path)


def main() -> None:
    write_docx(HERE / "story.docx")
    write_odt(HERE / "story.odt")
    write_xlsx(HERE / "stories.xlsx")
    write_ods(HERE / "stories.ods")
    for name in ("story.docx", "story.odt", "stories.xlsx", "stories.ods"):
        print(f"{name}: {(HERE / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
