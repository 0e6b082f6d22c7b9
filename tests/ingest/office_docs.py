"""Builds real Word (.docx) and OpenDocument (.odt) files for tests, with python-docx and odfdo.

The documents look like the stories field offices send: Cyrillic text (Russian, Kazakh), a
Title-style headline, a date and author line, headings, lists, a table and a photo
(a real JPEG made with Pillow) with its caption and credit.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from PIL import Image

RU_TITLE = "Вода в каждый дом: в Кызылорде открыли новый водопровод"
RU_BODY = (
    "Жители трёх сёл Кызылординской области впервые получили чистую питьевую воду "
    "прямо в домах. Строительство водопровода поддержала ПРООН вместе с акиматом области."
)
KK_TITLE = "Ауылға таза су келді"
KK_BODY = (
    "Қызылорда облысындағы үш ауылдың тұрғындары алғаш рет таза ауыз суға қол жеткізді. "
    "Жобаны БҰҰДБ облыс әкімдігімен бірге қолдады."
)


def jpeg(color: tuple[int, int, int] = (200, 40, 40), size: tuple[int, int] = (64, 48)) -> bytes:
    """A real JPEG photo of one colour."""
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG", quality=80)
    return out.getvalue()


def russian_docx(
    *,
    author: str | None = "Пресс-служба ПРООН",
    created: dt.datetime | None = dt.datetime(2025, 3, 1, 9, 0),
    dated: bool = True,
) -> bytes:
    """A Russian press release as Word writes it: styles, list, table, photo with caption."""
    from docx import Document
    from docx.shared import Inches

    doc = Document()
    doc.add_paragraph(RU_TITLE, style="Title")
    if dated:
        doc.add_paragraph("12 марта 2025 года")
        doc.add_paragraph("Автор: Айгуль Сейтова")
    doc.add_paragraph(RU_BODY)
    doc.add_heading("Что сделано", level=1)
    doc.add_paragraph("Проложено 12 километров труб", style="List Bullet")
    doc.add_paragraph("Построены две насосные станции", style="List Bullet")
    doc.add_paragraph("Первый этап завершён в январе", style="List Number")
    doc.add_paragraph("Второй этап начнётся весной", style="List Number")
    table = doc.add_table(rows=3, cols=2)
    for row, cells in enumerate(
        [("Село", "Дворов | всего"), ("Акмая", "320"), ("Тасбогет", "410")]
    ):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    doc.add_picture(io.BytesIO(jpeg()), width=Inches(2))
    doc.add_paragraph("Новая насосная станция в селе Акмая", style="Caption")
    doc.add_paragraph("Фото: Ерлан Омаров")
    doc.add_paragraph("Следующие сёла получат воду до конца года, сообщили в акимате.")
    if author is not None:
        doc.core_properties.author = author
    if created is not None:
        doc.core_properties.created = created
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def kazakh_odt(
    *,
    creator: str | None = "Баспасөз қызметі",
    created: dt.datetime | None = dt.datetime(2025, 4, 2, 10, 0),
    dated: bool = True,
    generator: str = "LibreOffice/7.6.4.1$Linux_X86_64",
) -> bytes:
    """A Kazakh story as LibreOffice saves it: Title, heading, list, table, photo, caption."""
    from odfdo import Document, Frame, Header, List, Paragraph, Table

    doc = Document("text")
    body = doc.body
    body.clear()
    body.append(Paragraph(KK_TITLE, style="Title"))
    if dated:
        body.append(Paragraph("Жарияланған: 5 сәуір 2025"))
    body.append(Paragraph(KK_BODY))
    body.append(Header(1, "Не істелді"))
    body.append(List(["12 шақырым құбыр тартылды", "Екі сорғы станциясы салынды"]))
    table = Table("Ауылдар", width=2, height=2)
    for cell, value in (("A1", "Ауыл"), ("B1", "Үй | барлығы"), ("A2", "Ақмая"), ("B2", "320")):
        table.set_value(cell, value)
    body.append(table)
    uri = doc.add_file(io.BytesIO(jpeg((30, 90, 200))))
    holder = Paragraph("")
    holder.append(Frame.image_frame(uri, size=("4cm", "3cm")))
    body.append(holder)
    body.append(Paragraph("Ақмая ауылындағы жаңа сорғы станциясы", style="Caption"))
    body.append(Paragraph("Сурет: Ерлан Омаров"))
    # A file LibreOffice saved, not odfdo's template (whose creation date is fixed).
    doc.meta.generator = generator
    if creator is not None:
        doc.meta.initial_creator = creator
    if created is not None:
        doc.meta.creation_date = created
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def rewrite_zip(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """The package ``data`` with the members in ``change`` replaced, added or (``None``) removed."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename in change:
                continue
            target.writestr(info, source.read(info.filename))
        for name, content in change.items():
            if content is not None:
                target.writestr(name, content)
    return out.getvalue()


def mutated(data: bytes, part: str, seed: int) -> bytes:
    """``data`` damaged one way, chosen by ``seed``: bytes of the file, or tags and values
    of its XML ``part`` (a broken export, a bad disk, a hand-edited file)."""
    import random
    import re

    rng = random.Random(seed)
    mode = seed % 3
    if mode == 0:
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        return bytes(damaged)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read(part)
    if mode == 1:
        values = [b"", b"-1", b"999999999", b"x", b"rId999", b"0", b"9", b"../../etc/passwd"]
        xml = re.sub(
            rb'="[^"]*"',
            lambda m: b'="' + rng.choice(values) + b'"' if rng.random() < 0.08 else m.group(),
            xml,
        )
    else:
        edited = bytearray(xml)
        for _ in range(rng.randint(1, 5)):
            at, start = rng.randrange(len(edited)), rng.randrange(len(edited))
            edited[at:at] = edited[start : start + rng.randint(1, 200)]
        xml = bytes(edited)
    return rewrite_zip(data, {part: xml})


def unsupported_zip_version(data: bytes) -> bytes:
    """``data`` with its first central-directory entry needing ZIP version 8.7."""
    at = data.index(b"PK\x01\x02")
    return data[: at + 6] + bytes([87, 0]) + data[at + 8 :]
