"""Word documents (.docx) read into stories: structure, photos, hints, limits and safety.

Every document is made in the test with python-docx (and, for parts python-docx does not
write, by editing the package as Word would have saved it).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import resource
import socket
import subprocess
import sys
import zipfile

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.shared import Inches

from storydesk.errors import RejectedInput
from storydesk.ingest.draft import ReadNote
from storydesk.ingest.officepackage import MAX_DOCUMENT_IMAGES
from storydesk.ingest.word import OLE_SIGNATURE, read_docx
from tests.ingest.office_docs import (
    RU_BODY,
    RU_TITLE,
    jpeg,
    mutated,
    rewrite_zip,
    russian_docx,
    unsupported_zip_version,
)


def _save(doc: object) -> bytes:
    out = io.BytesIO()
    doc.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def test_a_press_release_becomes_one_story_with_markdown_structure() -> None:
    notes: list[ReadNote] = []
    [draft] = read_docx(russian_docx(), "inbox/вода.docx", "вода.docx", notes)
    assert draft.title == RU_TITLE
    assert draft.date == dt.date(2025, 3, 12)
    assert draft.author == "Айгуль Сейтова"
    assert draft.origin_file == "inbox/вода.docx"
    body = draft.body
    assert body.startswith(RU_BODY)
    assert "## Что сделано" in body
    assert "- Проложено 12 километров труб\n- Построены две насосные станции" in body
    assert "1. Первый этап завершён в январе\n1. Второй этап начнётся весной" in body
    assert "| Село | Дворов \\| всего |\n| --- | --- |\n| Акмая | 320 |\n| Тасбогет | 410 |" in body
    # The headline, date, author, caption and credit are fields, not body text.
    for moved in (RU_TITLE, "12 марта", "Автор:", "Новая насосная", "Фото:"):
        assert moved not in body
    assert notes == []


def test_the_photo_is_kept_with_its_caption_and_credit() -> None:
    [draft] = read_docx(russian_docx(), "a.docx", "a.docx", [])
    [image] = draft.images
    assert image.name == "word/media/image1.jpg"
    assert image.caption == "Новая насосная станция в селе Акмая"
    assert image.credit == "Ерлан Омаров"
    assert image.load is not None
    assert image.load() == jpeg()


def test_file_properties_are_hints_only_when_the_text_says_nothing() -> None:
    [said] = read_docx(russian_docx(), "a.docx", "a.docx")
    assert (said.author, said.date) == ("Айгуль Сейтова", dt.date(2025, 3, 12))
    [hinted] = read_docx(russian_docx(dated=False), "a.docx", "a.docx")
    assert (hinted.author, hinted.date) == ("Пресс-служба ПРООН", dt.date(2025, 3, 1))


def test_template_and_implausible_created_dates_and_default_authors_are_not_taken() -> None:
    # python-docx's own template stamps author "python-docx" and created 2013-12-23.
    [template] = read_docx(russian_docx(dated=False, author=None, created=None), "a", "a")
    assert template.author is None
    assert template.date is None
    future = dt.datetime.now() + dt.timedelta(days=400)
    for created in (future, dt.datetime(1980, 1, 1), dt.datetime(1900, 1, 1)):
        [draft] = read_docx(russian_docx(dated=False, created=created), "a", "a")
        assert draft.date is None, created
    [default_user] = read_docx(russian_docx(dated=False, author="Пользователь Windows"), "a", "a")
    assert default_user.author is None


def test_the_title_falls_back_to_the_first_heading_then_the_first_line() -> None:
    doc = Document()
    doc.add_heading("Сурет көрмесі ашылды", level=1)
    doc.add_paragraph("Көрмеде жас суретшілердің жүзден астам жұмысы қойылды.")
    doc.add_heading("Қатысушылар", level=2)
    doc.add_paragraph("Жобаға он екі мектеп қатысты.")
    [draft] = read_docx(_save(doc), "a", "a")
    assert draft.title == "Сурет көрмесі ашылды"
    assert "### Қатысушылар" in draft.body
    assert "Сурет көрмесі" not in draft.body

    doc = Document()
    doc.add_paragraph("Выставка в Бишкеке")
    doc.add_paragraph("На выставке показали сто работ молодых художников.")
    [draft] = read_docx(_save(doc), "a", "a")
    assert draft.title == "Выставка в Бишкеке"
    assert draft.body == "На выставке показали сто работ молодых художников."

    sentence = "В селе Акмая открыли новую школу на триста мест, " + "и " * 80 + "это важно."
    doc = Document()
    doc.add_paragraph(sentence)
    [draft] = read_docx(_save(doc), "a", "a")
    assert draft.title.endswith("…")
    assert len(draft.title) <= 121
    assert draft.body == " ".join(sentence.split())


def test_paragraphs_that_look_like_markdown_stay_text() -> None:
    doc = Document()
    doc.add_paragraph("Итоги года", style="Title")
    doc.add_paragraph("1. Это абзац, который начинается с цифры.")
    doc.add_paragraph("# не заголовок")
    doc.add_paragraph("- не пункт списка")
    [draft] = read_docx(_save(doc), "a", "a")
    assert draft.body.split("\n\n") == [
        "1\\. Это абзац, который начинается с цифры.",
        "\\# не заголовок",
        "\\- не пункт списка",
    ]


def test_a_document_without_text_gives_no_story() -> None:
    doc = Document()
    doc.add_picture(io.BytesIO(jpeg()), width=Inches(1))
    assert read_docx(_save(doc), "a", "a") == []


def test_pictures_beyond_the_limit_are_noted_not_taken() -> None:
    doc = Document()
    doc.add_paragraph("Фотоотчёт о субботнике", style="Title")
    doc.add_paragraph("Волонтёры убрали берег реки Чу и посадили деревья.")
    count = MAX_DOCUMENT_IMAGES + 20
    for i in range(count):
        doc.add_picture(io.BytesIO(jpeg((i, 255 - i, (7 * i) % 256), (16, 12))))
    notes: list[ReadNote] = []
    [draft] = read_docx(_save(doc), "a.docx", "отчёт.docx", notes)
    assert len(draft.images) == MAX_DOCUMENT_IMAGES
    assert len(notes) == 20
    assert all(note.kind == "skipped" for note in notes)
    assert all(note.path.startswith("отчёт.docx!word/media/image") for note in notes)
    assert all(str(MAX_DOCUMENT_IMAGES) in note.reason for note in notes)
    # The ones taken are the first ones, in document order.
    assert draft.images[0].name == "word/media/image1.jpg"


def test_a_picture_in_a_format_the_catalogue_does_not_store_is_noted() -> None:
    doc = Document()
    doc.add_paragraph("Схема водопровода", style="Title")
    doc.add_paragraph("Схема показывает, как вода идёт от скважины к домам.")
    png = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (8, 8), "white").save(png, "BMP")
    doc.add_picture(io.BytesIO(png.getvalue()))
    notes: list[ReadNote] = []
    [draft] = read_docx(_save(doc), "a", "схема.docx", notes)
    assert draft.images == []
    [note] = notes
    assert note.path == "схема.docx!word/media/image1.bmp"
    assert "BMP" in note.reason


def _listening() -> socket.socket:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.setblocking(False)
    return server


def _linked_image_with_macro_and_object(url: str) -> bytes:
    """A Word file with an embedded photo, a photo linked from ``url``, an OLE object, macros."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    doc = Document()
    doc.add_paragraph("Отчёт партнёра", style="Title")
    doc.add_paragraph("Партнёр прислал отчёт о проекте с фотографиями с места работ.")
    doc.add_picture(io.BytesIO(jpeg()))
    linked = doc.add_picture(io.BytesIO(jpeg((0, 0, 255))))
    rel_id = doc.part.relate_to(url, RT.IMAGE, is_external=True)
    blip = linked._inline.xpath(".//a:blip")[0]
    embed = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
    del blip.attrib[embed]
    blip.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}link", rel_id)
    ole = Part(
        PackURI("/word/embeddings/oleObject1.bin"),
        "application/vnd.openxmlformats-officedocument.oleObject",
        OLE_SIGNATURE + b"\0" * 504,
        doc.part.package,
    )
    ole_id = doc.part.relate_to(ole, RT.OLE_OBJECT)
    paragraph = doc.add_paragraph()
    paragraph._p.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' xmlns:o="urn:schemas-microsoft-com:office:office"'
            ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<w:object><o:OLEObject ProgID="Excel.Sheet.12" r:id="{ole_id}"/></w:object></w:r>'
        )
    )
    doc.add_paragraph("Работы продолжатся летом.")
    data = _save(doc)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        rels = package.read("word/_rels/document.xml.rels").decode()
        types = package.read("[Content_Types].xml").decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/'
        'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    )
    types = types.replace(
        "</Types>",
        '<Override PartName="/word/vbaProject.bin" '
        'ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    return rewrite_zip(
        data,
        {
            "word/_rels/document.xml.rels": rels.encode(),
            "[Content_Types].xml": types.encode(),
            "word/vbaProject.bin": OLE_SIGNATURE + b'Attribute VB_Name = "Evil"',
        },
    )


def test_linked_pictures_macros_and_objects_are_never_fetched_or_run() -> None:
    server = _listening()
    port = server.getsockname()[1]
    try:
        data = _linked_image_with_macro_and_object(f"http://127.0.0.1:{port}/tracker.jpg")
        notes: list[ReadNote] = []
        [draft] = read_docx(data, "a.docx", "отчёт.docx", notes)
        with pytest.raises(BlockingIOError):
            server.accept()  # nobody connected: the linked picture was not fetched
    finally:
        server.close()
    assert draft.title == "Отчёт партнёра"
    assert "Работы продолжатся летом." in draft.body
    assert [image.name for image in draft.images] == ["word/media/image1.jpg"]
    paths = sorted(note.path for note in notes)
    assert paths == [
        f"отчёт.docx!http://127.0.0.1:{port}/tracker.jpg",
        "отчёт.docx!word/embeddings/oleObject1.bin",
    ]
    assert all(note.kind == "skipped" for note in notes)


def test_an_ole_file_named_docx_is_refused_as_an_old_doc_or_as_protected() -> None:
    old_doc = OLE_SIGNATURE + b"\0" * 100 + "WordDocument".encode("utf-16-le") + b"\0" * 400
    with pytest.raises(RejectedInput) as refused:
        read_docx(old_doc, "a", "старый.docx")
    assert refused.value.path == "старый.docx"
    assert ".doc" in refused.value.reason
    protected = OLE_SIGNATURE + b"\0" * 100 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 9
    with pytest.raises(RejectedInput) as refused:
        read_docx(protected, "a", "секрет.docx")
    assert refused.value.path == "секрет.docx"
    assert "password-protected" in refused.value.reason


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9, 0.99])
def test_a_truncated_docx_is_one_rejection_naming_the_file(keep: float) -> None:
    data = russian_docx()
    with pytest.raises(RejectedInput) as refused:
        read_docx(data[: int(len(data) * keep)], "a", "обрыв.docx")
    assert refused.value.path == "обрыв.docx"
    assert "damaged" in refused.value.reason
    assert "\n" not in str(refused.value)


def test_a_docx_without_its_document_part_is_damaged() -> None:
    data = rewrite_zip(russian_docx(), {"word/document.xml": None})
    with pytest.raises(RejectedInput, match="damaged"):
        read_docx(data, "a", "пусто.docx")


def test_a_macro_enabled_document_named_docx_is_refused_with_that_reason() -> None:
    data = russian_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        types = package.read("[Content_Types].xml").decode()
    types = types.replace(
        "wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml"
    )
    assert "macroEnabled" in types
    with pytest.raises(RejectedInput, match=r"macro-enabled"):
        read_docx(rewrite_zip(data, {"[Content_Types].xml": types.encode()}), "a", "m.docx")


def zip_bomb_docx() -> bytes:
    """A .docx whose document part unpacks to 300 MB from about 300 KB."""
    data = russian_docx()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target,
    ):
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info, source.read(info.filename))
        with target.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0"?><w:document>')
            block = b" " * (1024 * 1024)
            for _ in range(300):
                part.write(block)
    return out.getvalue()


def test_a_zip_bomb_docx_is_refused_by_name_under_a_memory_limit(tmp_path: object) -> None:
    """The reader runs in a child process limited to 400 MB of address space."""
    from pathlib import Path

    bomb = Path(str(tmp_path)) / "бомба.docx"
    bomb.write_bytes(zip_bomb_docx())
    script = (
        "import sys\n"
        "from storydesk.errors import RejectedInput\n"
        "from storydesk.ingest.word import read_docx\n"
        "data = open(sys.argv[1], 'rb').read()\n"
        "try:\n"
        "    read_docx(data, 'a', 'бомба.docx')\n"
        "except RejectedInput as exc:\n"
        "    print(exc)\n"
    )
    limit = 400 * 1024 * 1024

    def bounded() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    result = subprocess.run(
        [sys.executable, "-c", script, str(bomb)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=bounded,
        env=dict(os.environ),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("бомба.docx: ")
    assert "bomb" in result.stdout or "limit" in result.stdout


@pytest.mark.parametrize("seed", range(60))
def test_a_damaged_docx_gives_a_story_or_one_rejection_never_a_crash(seed: int) -> None:
    data = mutated(russian_docx(), "word/document.xml", seed)
    try:
        drafts = read_docx(data, "a", "повреждён.docx", [])
    except RejectedInput as refused:
        assert refused.path == "повреждён.docx"
        assert "\n" not in str(refused)
    else:
        assert len(drafts) <= 1


def test_an_unknown_root_element_is_read_and_a_missing_body_is_damaged() -> None:
    data = russian_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml")
    renamed = xml.replace(b"<w:document ", b"<w:documentX ").replace(
        b"</w:document>", b"</w:documentX>"
    )
    [draft] = read_docx(rewrite_zip(data, {"word/document.xml": renamed}), "a", "a.docx")
    assert draft.title == RU_TITLE
    no_body = xml.replace(b"<w:body>", b"<w:bodyX>").replace(b"</w:body>", b"</w:bodyX>")
    with pytest.raises(RejectedInput, match="damaged"):
        read_docx(rewrite_zip(data, {"word/document.xml": no_body}), "a", "без-тела.docx")


def test_a_zip_version_python_cannot_read_is_damaged() -> None:
    with pytest.raises(RejectedInput, match="damaged"):
        read_docx(unsupported_zip_version(russian_docx()), "a", "zip87.docx")


W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _body_xml(doc: object, fragment: str) -> None:
    """Append Word XML (as Word saves it) to the document body, before its section."""
    first = fragment.index(">")
    element = parse_xml(fragment[:first] + " " + W_NS + fragment[first:])
    body = doc.element.body  # type: ignore[attr-defined]
    body.insert(len(body) - 1, element)


def test_text_boxes_content_controls_and_merged_cells_are_read_once() -> None:
    doc = Document()
    doc.add_paragraph("Новая школа в Оше", style="Title")
    doc.add_paragraph("В Оше открыли школу на 600 мест, построенную при поддержке ЮНИСЕФ.")
    box = "<w:txbxContent><w:p><w:r><w:t>Цитата директора школы</w:t></w:r></w:p></w:txbxContent>"
    _body_xml(
        doc,
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:wsp>"
        f"<wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f"<v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>",
    )
    _body_xml(
        doc,
        "<w:sdt><w:sdtPr><w:alias w:val='Итог'/></w:sdtPr><w:sdtContent><w:p><w:r>"
        "<w:t>Занятия начнутся первого сентября.</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    _body_xml(
        doc,
        "<w:p><w:pPr><w:outlineLvl w:val='1'/></w:pPr><w:r><w:t>Цифры</w:t></w:r></w:p>",
    )
    _body_xml(
        doc,
        "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val='2'/></w:tcPr><w:p><w:r><w:t>Классы"
        "</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge w:val='restart'/>"
        "</w:tcPr><w:p><w:r><w:t>Начальные</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12"
        "</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p>"
        "<w:r><w:t>Начальные</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>8</w:t></w:r></w:p>"
        "</w:tc></w:tr></w:tbl>",
    )
    _body_xml(
        doc,
        "<w:p><w:r><w:t>Удалено: </w:t></w:r><w:del><w:r><w:delText>старый текст</w:delText>"
        "</w:r></w:del><w:r><w:t>новый текст</w:t></w:r></w:p>",
    )
    [draft] = read_docx(_save(doc), "a", "a")
    assert draft.body.count("Цитата директора школы") == 1
    assert "Занятия начнутся первого сентября." in draft.body
    assert "### Цифры" in draft.body
    assert "| Классы |  |\n| --- | --- |\n| Начальные | 12 |\n|  | 8 |" in draft.body
    assert "Удалено: новый текст" in draft.body
    assert "старый" not in draft.body


def test_alt_text_a_caption_with_its_credit_and_a_credit_under_the_title() -> None:
    doc = Document()
    doc.add_paragraph("Весна в горах", style="Title")
    doc.add_paragraph("Фото: Асель Нурланова")
    doc.add_paragraph("В горах Таласа расцвели тюльпаны, туристы едут смотреть на них.")
    doc.add_picture(io.BytesIO(jpeg()))
    doc.inline_shapes[0]._inline.docPr.set("descr", "Поле красных тюльпанов")
    doc.add_paragraph("Тюльпаны в долине Таласа. Фото: Бакыт Осмонов", style="Caption")
    doc.add_picture(io.BytesIO(jpeg((10, 200, 10))))
    doc.add_paragraph("Туристы на перевале", style="Caption")
    [draft] = read_docx(_save(doc), "a", "a")
    first, second = draft.images
    assert (first.caption, first.credit, first.alt) == (
        "Тюльпаны в долине Таласа",
        "Бакыт Осмонов",
        "Поле красных тюльпанов",
    )
    assert (second.caption, second.credit) == ("Туристы на перевале", "Асель Нурланова")
    assert draft.body == "В горах Таласа расцвели тюльпаны, туристы едут смотреть на них."


def test_a_document_laid_out_in_a_table_takes_its_title_from_the_first_cell() -> None:
    doc = Document()
    table = doc.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "Информационный бюллетень ПРООН"
    table.cell(1, 0).text = "В Нарыне прошёл форум молодых фермеров."
    [draft] = read_docx(_save(doc), "a", "a")
    assert draft.title == "Информационный бюллетень ПРООН"
    assert "| Информационный бюллетень ПРООН |" in draft.body
