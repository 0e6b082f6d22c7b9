"""Workbooks made in tests: real .xlsx files written by openpyxl, real .ods files by odfdo.

Hostile shapes that the libraries will not write (a million formatted rows, a sheet's XML
with formulas and saved values) are made by putting hand-written sheet XML into a package
the library wrote.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from typing import Any

import openpyxl
from odfdo import Document, Table

Rows = Sequence[Sequence[Any]]

SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def xlsx_bytes(sheets: dict[str, Rows]) -> bytes:
    """An .xlsx workbook with one sheet per entry, rows as given (``None`` is an empty cell)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def ods_bytes(sheets: dict[str, Rows]) -> bytes:
    """An .ods spreadsheet with one table per entry, rows as given."""
    document = Document("spreadsheet")
    document.body.clear()
    for name, rows in sheets.items():
        table = Table(name)
        document.body.append(table)
        width = max((len(row) for row in rows), default=0)
        table.set_values([[*row, *([None] * (width - len(row)))] for row in rows])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def replace_member(package: bytes, name: str, data: bytes) -> bytes:
    """The package with member ``name`` holding ``data`` instead."""
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = data if info.filename == name else source.read(info)
            target.writestr(info.filename, content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def xlsx_with_sheet_xml(sheet_data: str, dimension: str = "") -> bytes:
    """A one-sheet workbook whose ``<sheetData>`` is ``sheet_data`` (hand-written rows)."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{SHEET_NS}">{dim}'
        f"<sheetData>{sheet_data}</sheetData></worksheet>"
    )
    return replace_member(
        xlsx_bytes({"Sheet1": [["x"]]}), "xl/worksheets/sheet1.xml", xml.encode("utf-8")
    )


def inline(ref: str, text: str) -> str:
    """One cell holding ``text`` as an inline string."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def ods_with_table_xml(table: str) -> bytes:
    """A spreadsheet whose only table is ``table`` (hand-written ``<table:table>`` XML)."""
    package = ods_bytes({"Sheet1": [["x"]]})
    content = zipfile.ZipFile(io.BytesIO(package)).read("content.xml").decode("utf-8")
    start = content.index("<table:table ")
    end = content.index("</table:table>") + len("</table:table>")
    return replace_member(
        package, "content.xml", (content[:start] + table + content[end:]).encode()
    )


def ods_cell(text: str, repeat: int = 1) -> str:
    """One string cell of an .ods table (repeated ``repeat`` times)."""
    more = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (
        f'<table:table-cell office:value-type="string"{more}>'
        f"<text:p>{text}</text:p></table:table-cell>"
    )
