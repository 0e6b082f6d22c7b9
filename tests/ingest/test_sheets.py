"""Workbooks of stories (.xlsx, .ods): one story a row, read like CSV.

Every workbook is a real file made in the test by openpyxl or odfdo (or hand-written sheet
XML put into such a package, for shapes the libraries will not write). Memory on hostile
sheets is bounded by running the reader in a child process under RLIMIT_AS.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from storydesk.errors import RejectedInput
from storydesk.ingest import sheets
from storydesk.ingest.csvfile import COLUMN_NAMES, field_of, header_key, read_csv
from storydesk.ingest.draft import ReadNote
from storydesk.ingest.encoding import decode_bytes
from storydesk.ingest.sheets import cell_text, read_ods, read_xlsx
from tests.conftest import run_python_bounded
from tests.ingest.sheet_helpers import (
    inline,
    ods_bytes,
    ods_cell,
    ods_with_table_xml,
    replace_member,
    xlsx_bytes,
    xlsx_with_sheet_xml,
)

# Address space for the child. openpyxl's own read-only rows fail under it on the million-row
# sheet (they keep every formatted row); the streamed reader passes under 250 MB.
MEMORY_LIMIT = 400 * 1024 * 1024
TIMEOUT = 600  # seconds: only a hang fails


def _bounded(code: str, tmp_path: Path) -> dict[str, object]:
    return run_python_bounded(code, tmp_path, memory=MEMORY_LIMIT, timeout=TIMEOUT)


def _xlsx(data: bytes, name: str = "news.xlsx") -> tuple[list, list[ReadNote]]:
    notes: list[ReadNote] = []
    return read_xlsx(data, name, name, None, notes), notes


def _ods(data: bytes, name: str = "news.ods") -> tuple[list, list[ReadNote]]:
    notes: list[ReadNote] = []
    return read_ods(data, name, name, None, notes), notes


# --- headers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Тақырып", "title"),
        ("  ТАҚЫРЫБЫ: ", "title"),
        ("Аталышы", "title"),
        ("Темасы", "title"),
        ("Мәтін", "body"),
        ("Текст", "body"),
        ("Күні", "date"),
        ("Күнү", "date"),
        ("Дата публикации", "date"),
        ("Дата  публикации (дд.мм.гггг):", "date"),
        ("Тіл", "language"),
        ("Тил", "language"),
        ("Автор", "author"),
        ("Дереккөз", "source"),
        ("Булак", "source"),
        ("Ссылка", "source_url"),
        ("Сілтеме", "source_url"),
        ("Шилтеме", "source_url"),
        ("source-url", "source_url"),
        ("Фото", "image"),
        ("Сурет", "image"),
        ("Сүрөт", "image"),
        ("Елдер", "countries"),
        ("Өлкөлөр", "countries"),
        ("Орындар", "places"),
        ("Жайлар", "places"),
        ("Серіктестер", "partners"),
        ("Өнөктөштөр", "partners"),
        ("Партнёры", "partners"),
        ("\ufeffid", "id"),
        ("Story ID", "id"),
        ("Tokenized text", None),
        ("Номер", None),
    ],
)
def test_headers_in_four_languages_map_to_fields(header: str, field: str | None) -> None:
    assert field_of(header) == field


def test_no_header_word_stands_for_two_fields() -> None:
    seen: dict[str, str] = {}
    for field, names in COLUMN_NAMES.items():
        for name in names:
            key = header_key(name)
            assert seen.setdefault(key, field) == field, f"{name!r}: {seen[key]} and {field}"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (7, "7"),
        (7.0, "7"),
        (2.5, "2.5"),
        (dt.datetime(2024, 3, 12, 0, 0), "2024-03-12"),
        (dt.datetime(2024, 3, 12, 17, 45), "2024-03-12"),
        (dt.date(2024, 3, 12), "2024-03-12"),
        ("#N/A", ""),
        ("Текст", "Текст"),
        (True, "TRUE"),
        (float("nan"), ""),
    ],
)
def test_cell_values_as_text(value: object, text: str) -> None:
    assert cell_text(value) == text


# --- .xlsx -------------------------------------------------------------------------------


def _kazakh_workbook() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Жаңалықтар"
    sheet.append(["Өңірлік кеңсенің жаңалықтары, 2024"])  # a title row above the header
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["ID", "Тақырып:", "Мәтін", "Күні", "Сілтеме", "Елдер", None, None])
    sheet.append(
        [
            1,
            "Нарында жаңа мектеп",
            "Нарын облысында жаңа мектеп ашылды. Онда 500 оқушы оқиды.",
            dt.datetime(2024, 3, 12),
            "24.kg",
            "Kyrgyzstan; Kazakhstan",
        ]
    )
    sheet["E4"].hyperlink = "https://24.kg/story/1"
    sheet.append([])
    sheet.append([2.0, "Су құбыры", "Ош қаласында су құбыры салынды.", dt.date(2024, 4, 1)])
    sheet.append([2.0, "Су құбыры", "Ош қаласында су құбыры салынды.", dt.date(2024, 4, 1)])
    sheet.append([3, "Жол", "Жол жөнделді.", "01.05.2024"])
    sheet.append([3, "Басқа жол", "Басқа мәтін.", "02.05.2024"])
    sheet.append([None, None, None, dt.date(2024, 6, 1)])
    for _ in range(3):
        sheet.append([])
    sheet.append([5, "Соңғы", "Соңғы жаңалық.", None])
    sheet.cell(row=5000, column=1).number_format = "0.00"  # an unused range far below
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_xlsx_rows_become_stories_with_the_sheets_own_row_numbers() -> None:
    drafts, notes = _xlsx(_kazakh_workbook())
    where = "news.xlsx#Жаңалықтар!row"
    assert [(d.origin_file, d.title, d.external_id) for d in drafts] == [
        (f"{where}4", "Нарында жаңа мектеп", "news:1"),
        (f"{where}6", "Су құбыры", "news:2"),
        (f"{where}8", "Жол", "news:3"),
        (f"{where}14", "Соңғы", "news:5"),
    ]
    first = drafts[0]
    assert first.date == dt.date(2024, 3, 12) and "date" in first.explicit
    assert first.source_url == "https://24.kg/story/1"  # the cell's link, not its text
    assert first.countries == ["Kyrgyzstan", "Kazakhstan"]
    assert drafts[1].date == dt.date(2024, 4, 1)
    assert drafts[2].date == dt.date(2024, 5, 1)
    assert [(n.kind, n.path, n.reason) for n in notes] == [
        ("skipped", f"{where}5", "row 5 is empty"),
        ("skipped", f"{where}7", "row 7 repeats row 6 exactly"),
        ("rejected", f"{where}9", "row 9 repeats id 3 of row 8; row 8 is kept"),
        ("skipped", f"{where}10", "row 10 has neither a title nor text"),
        ("skipped", f"{where}11", "rows 11–13 are empty"),
    ]


def test_every_sheet_with_a_header_is_read_and_the_others_are_noted() -> None:
    data = xlsx_bytes(
        {
            "2023": [["Заголовок", "Текст"], ["Колодцы в Нарыне", "Открыты новые колодцы."]],
            "Справочник": [["Код", "Область"], [1, "Нарын"]],
            "Пусто": [],
            "2024": [["Аталышы", "Текст"], ["Жаңы көпүрө", "Таласта көпүрө курулду."]],
        }
    )
    drafts, notes = _xlsx(data)
    assert [(d.origin_file, d.title) for d in drafts] == [
        ("news.xlsx#2023!row2", "Колодцы в Нарыне"),
        ("news.xlsx#2024!row2", "Жаңы көпүрө"),
    ]
    assert [(n.kind, n.path) for n in notes] == [
        ("skipped", "news.xlsx#Справочник"),
        ("skipped", "news.xlsx#Пусто"),
    ]
    assert "no header row naming a text or title column" in notes[0].reason
    assert notes[1].reason == "sheet Пусто is empty"


def test_a_workbook_without_a_story_column_is_rejected_and_an_empty_one_skipped() -> None:
    with pytest.raises(RejectedInput, match="no column holds the story text"):
        _xlsx(xlsx_bytes({"Sheet": [["Код", "Сумма"], [1, 200]]}))
    drafts, notes = _xlsx(xlsx_bytes({"Sheet": []}))
    assert drafts == [] and [(n.kind, n.reason) for n in notes] == [
        ("skipped", "the spreadsheet is empty")
    ]


def test_a_header_with_nothing_under_it_is_noted() -> None:
    drafts, notes = _xlsx(xlsx_bytes({"Sheet": [["title", "text"], [], []]}))
    assert drafts == [] and [(n.kind, n.path, n.reason) for n in notes] == [
        ("skipped", "news.xlsx", "holds no story rows")
    ]


def test_the_header_is_looked_for_in_the_first_ten_rows_only() -> None:
    rows: list[list[object]] = [[f"note {i}"] for i in range(10)]
    with pytest.raises(RejectedInput, match="no column holds the story text"):
        _xlsx(xlsx_bytes({"Sheet": [*rows, ["title", "text"], ["A", "B"]]}))
    drafts, _ = _xlsx(xlsx_bytes({"Sheet": [*rows[:9], ["title", "text"], ["A", "B"]]}))
    assert [d.origin_file for d in drafts] == ["news.xlsx#Sheet!row11"]


def test_formulas_give_their_saved_values_and_are_never_evaluated() -> None:
    rows = (
        f'<row r="1">{inline("A1", "Title")}{inline("B1", "Text")}{inline("C1", "URL")}</row>'
        '<row r="2"><c r="A2" t="str"><f>UPPER(B2)</f><v>SAVED HEADLINE</v></c>'
        f"{inline('B2', 'Wells were dug in Naryn.')}"
        '<c r="C2" t="str"><f>HYPERLINK("https://example.org/wells","read")</f><v>read</v></c>'
        "</row>"
        '<row r="3"><c r="A3"><f>1+1</f></c><c r="B3"><f>A3*2</f></c></row>'
        f'<row r="4"><c r="A4" t="e"><v>#REF!</v></c>{inline("B4", "A story.")}</row>'
    )
    drafts, notes = _xlsx(xlsx_with_sheet_xml(rows))
    assert [(d.title, d.source_url) for d in drafts] == [
        ("SAVED HEADLINE", "https://example.org/wells"),
        ("A story", None),
    ]
    # Formulas without a saved value are empty: StoryDesk never computes them.
    assert [n.reason for n in notes] == ["row 3 is empty"]


def test_a_link_on_the_title_is_the_source_url_when_the_row_has_none() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Заголовок", "Текст"])
    sheet.append(["Колодцы", "Открыты новые колодцы."])
    sheet["A2"].hyperlink = "https://example.kg/wells"
    out = io.BytesIO()
    workbook.save(out)
    drafts, _ = _xlsx(out.getvalue())
    assert drafts[0].source_url == "https://example.kg/wells"
    assert drafts[0].title == "Колодцы"


def test_a_password_protected_or_old_workbook_is_refused_by_name() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    encrypted = ole + "EncryptionInfo".encode("utf-16-le") + bytes(2000)
    with pytest.raises(RejectedInput, match=r"news\.xlsx: is password-protected"):
        _xlsx(encrypted)
    with pytest.raises(RejectedInput, match=r"old Excel workbook \(\.xls\)"):
        _xlsx(ole + bytes(2000))


def test_damaged_workbooks_are_rejected_with_one_line() -> None:
    with pytest.raises(RejectedInput, match="is damaged"):
        _xlsx(b"PK\x03\x04 not really a zip" * 10)
    word_like = replace_member(
        xlsx_bytes({"Sheet": [["title"]]}), "xl/workbook.xml", b"<not-a-workbook/>"
    )
    with pytest.raises(RejectedInput, match="is damaged") as caught:
        _xlsx(word_like)
    assert "\n" not in str(caught.value)
    broken_sheet = replace_member(
        xlsx_bytes({"Sheet": [["title"]]}), "xl/worksheets/sheet1.xml", b"<worksheet><sheetData"
    )
    with pytest.raises(RejectedInput, match="is damaged"):
        _xlsx(broken_sheet)


def test_rows_over_the_limit_are_rejected_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheets, "MAX_SHEET_ROWS", 5)
    rows = [["title", "text"]] + [[f"Story {i}", f"Text {i}."] for i in range(8)]
    drafts, notes = _xlsx(xlsx_bytes({"A": rows, "B": rows}))
    assert [d.title for d in drafts] == [f"Story {i}" for i in range(5)]
    assert [(n.kind, n.path) for n in notes] == [("rejected", "news.xlsx#A!row7")]
    assert "over 5 rows; rows from row 7 on are not read" in notes[0].reason


def test_a_cell_over_the_field_limit_rejects_its_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheets, "MAX_FIELD", 100)
    rows = [["title", "text"], ["Long", "x" * 101], ["Short", "Fine text."]]
    drafts, notes = _xlsx(xlsx_bytes({"A": rows}))
    assert [d.title for d in drafts] == ["Short"]
    assert [(n.kind, n.path) for n in notes] == [("rejected", "news.xlsx#A!row2")]
    assert "over 100 characters" in notes[0].reason


# --- .ods --------------------------------------------------------------------------------


def test_ods_rows_with_kyrgyz_headers() -> None:
    data = ods_bytes(
        {
            "Лист1": [
                ["Аталышы", "Текст", "Күнү", "Өлкөлөр", "Өнөктөштөр"],
                ["Жаңы көпүрө", "Таласта жаңы көпүрө курулду.", dt.date(2024, 5, 6), "KG", "ПРООН"],
                [None, None, None, None, None],
                ["Суу", "Баткенде суу келди.", None, None, None],
                ["Суу", "Баткенде суу келди.", None, None, None],
            ]
        }
    )
    drafts, notes = _ods(data)
    assert [(d.origin_file, d.title, d.date) for d in drafts] == [
        ("news.ods#Лист1!row2", "Жаңы көпүрө", dt.date(2024, 5, 6)),
        ("news.ods#Лист1!row4", "Суу", None),
        ("news.ods#Лист1!row5", "Суу", None),  # no id: the importer finds it is the same
    ]
    assert drafts[0].partners == ["ПРООН"] and drafts[0].countries == ["KG"]
    assert [(n.path, n.reason) for n in notes] == [("news.ods#Лист1!row3", "row 3 is empty")]


def test_ods_repeated_rows_are_counted_not_expanded() -> None:
    table = (
        '<table:table table:name="Big">'
        '<table:table-column table:number-columns-repeated="16384"/>'
        f"<table:table-row>{ods_cell('title')}{ods_cell('text')}{ods_cell('id')}</table:table-row>"
        f"<table:table-row>{ods_cell('Wells')}{ods_cell('New wells in Naryn.')}"
        f"{ods_cell('1')}</table:table-row>"
        '<table:table-row table:number-rows-repeated="5">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="4">'
        f"{ods_cell('Same', repeat=3)}</table:table-row>"
        '<table:table-row><table:table-cell office:value-type="string"><text:p>'
        '<text:a xlink:href="https://example.kg/road">Road</text:a></text:p></table:table-cell>'
        f"{ods_cell('The road was mended.')}</table:table-row>"
        "</table:table>"
    )
    drafts, notes = _ods(ods_with_table_xml(table))
    assert [(d.origin_file, d.title, d.source_url) for d in drafts] == [
        ("news.ods#Big!row2", "Wells", None),
        ("news.ods#Big!row8", "Same", None),
        ("news.ods#Big!row12", "Road", "https://example.kg/road"),
    ]
    assert [(n.path, n.reason) for n in notes] == [
        ("news.ods#Big!row3", "rows 3–7 are empty"),
        ("news.ods#Big!row9", "rows 9–11 repeat row 8 exactly"),
    ]


def test_a_password_protected_or_wrong_kind_of_ods_is_refused() -> None:
    data = ods_bytes({"Sheet": [["title", "text"], ["A", "B"]]})
    manifest = zipfile.ZipFile(io.BytesIO(data)).read("META-INF/manifest.xml")
    entry = (
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        b'<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>'
        b"</manifest:file-entry></manifest:manifest>"
    )
    locked = replace_member(
        data, "META-INF/manifest.xml", manifest.replace(b"</manifest:manifest>", entry)
    )
    with pytest.raises(RejectedInput, match=r"news\.ods: is password-protected"):
        _ods(locked)
    text = replace_member(data, "mimetype", b"application/vnd.oasis.opendocument.text")
    with pytest.raises(RejectedInput, match="is not an OpenDocument spreadsheet"):
        _ods(text)
    with pytest.raises(RejectedInput, match="is damaged"):
        _ods(replace_member(data, "content.xml", b"<office:document-content"))


def test_the_package_check_is_the_dispatchers() -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("xl/worksheets/sheet1.xml", b"<a/>" + b" " * (8 * 1024 * 1024))
    with pytest.raises(RejectedInput, match="compression bomb"):
        _xlsx(bomb.getvalue(), "bomb.xlsx")


# --- bounded memory ----------------------------------------------------------------------


def test_a_million_formatted_rows_take_bounded_memory(tmp_path: Path) -> None:
    rows = [
        f'<row r="1">{inline("A1", "title")}{inline("B1", "text")}</row>',
        f'<row r="2">{inline("A2", "Wells")}{inline("B2", "New wells in Naryn.")}</row>',
    ]
    # A used range down to the sheet's last row: every row formatted, none holding anything.
    rows += [f'<row r="{n}" s="1" customFormat="1"/>' for n in range(3, 1_048_576)]
    rows.append(f'<row r="1048576">{inline("A1048576", "Last")}{inline("B1048576", "End.")}</row>')
    (tmp_path / "huge.xlsx").write_bytes(
        xlsx_with_sheet_xml("".join(rows), dimension="A1:XFD1048576")
    )
    rows_ods = (
        '<table:table table:name="Big">'
        '<table:table-column table:number-columns-repeated="16384"/>'
        f"<table:table-row>{ods_cell('title')}{ods_cell('text')}</table:table-row>"
        '<table:table-row table:number-rows-repeated="1048574">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1000">'
        f"{ods_cell('Same', repeat=16384)}</table:table-row>"
        "</table:table>"
    )
    (tmp_path / "huge.ods").write_bytes(ods_with_table_xml(rows_ods))
    out = _bounded(
        """
        import json
        from storydesk.ingest.sheets import read_ods, read_xlsx
        result = {}
        for name, read in (("huge.xlsx", read_xlsx), ("huge.ods", read_ods)):
            notes = []
            drafts = read(open(name, "rb").read(), name, name, None, notes)
            result[name] = [[d.title for d in drafts], [n.reason for n in notes]]
        print(json.dumps(result))
        """,
        tmp_path,
    )
    assert out["huge.xlsx"] == [["Wells", "Last"], ["rows 3–1048575 are empty"]]
    assert out["huge.ods"] == [
        ["Same"],
        ["rows 2–1048575 are empty", "rows 1048577–1049575 repeat row 1048576 exactly"],
    ]


# --- the shared corpora ------------------------------------------------------------------


def _csv_to_xlsx(source: Path, target: Path) -> int:
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(source.stem)
    for row in rows:
        sheet.append(row)
    workbook.save(target)
    return len(rows) - 1


def test_kyrgyz_24kg_as_xlsx_reads_as_the_csv_does(corpora_dir: Path, tmp_path: Path) -> None:
    total = 0
    drafts_read = 0
    empty_rows: list[ReadNote] = []
    for source in sorted((corpora_dir / "kyrgyz-24kg" / "data").glob("*.csv")):
        workbook = tmp_path / f"{source.stem}.xlsx"
        total += _csv_to_xlsx(source, workbook)
        drafts, notes = _xlsx(workbook.read_bytes(), source.name)
        as_csv = read_csv(decode_bytes(source.read_bytes(), source.name), source.name)
        assert [(d.title, d.body, d.tags) for d in drafts] == [
            (d.title, d.body, d.tags) for d in as_csv
        ]
        drafts_read += len(drafts)
        empty_rows += [n for n in notes if "!row" in n.path]
    assert total == 1500
    assert len(empty_rows) == 23
    assert all(n.kind == "skipped" for n in empty_rows)
    assert all("has neither a title nor text" in n.reason for n in empty_rows)
    assert drafts_read == 1500 - 23


def test_an_ods_declaring_a_dtd_is_refused_before_it_is_parsed() -> None:
    from odfdo import Document, Table

    document = Document("spreadsheet")
    document.body.append(Table("Новости"))
    plain = io.BytesIO()
    document.save(plain)
    with zipfile.ZipFile(io.BytesIO(plain.getvalue())) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    entities = b"".join(b'<!ENTITY %c "%s">' % (98 + i, b"&%c;" % (97 + i) * 10) for i in range(8))
    declaration = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">' + entities
    parts["content.xml"] = declaration + b"]>" + parts["content.xml"].split(b"?>", 1)[1]
    hostile = io.BytesIO()
    with zipfile.ZipFile(hostile, "w") as package:
        for name, part in parts.items():
            package.writestr(name, part)
    with pytest.raises(RejectedInput, match="declares a DTD"):
        sheets.read_ods(hostile.getvalue(), "laughs.ods", "laughs.ods", None, [])
