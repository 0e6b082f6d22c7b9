"""Reads workbooks of stories: Excel (``.xlsx``, openpyxl) and OpenDocument (``.ods``, odfdo).

A workbook is read like a CSV file (:mod:`storydesk.ingest.csvfile`): one story a row,
columns mapped to fields by their header (English, Russian, Kazakh, Kyrgyz), each row
judged by the same :class:`~storydesk.ingest.csvfile.SheetRows`.

- **Sheets.** Every sheet whose header row names a text or title column is read, in the
  workbook's order (field offices keep one sheet a year or a region). The header is the
  first row naming such a column among the sheet's first :data:`HEADER_SEARCH_ROWS` rows
  that hold anything, so a title row above it is passed over. A sheet without one is noted
  as skipped with its reason; a workbook in which no sheet has one is rejected.
- **Rows** are named by the spreadsheet's own numbers: ``news.xlsx#Sheet1!row12`` is row
  12 of sheet "Sheet1", as the spreadsheet program shows it. Empty rows between stories
  are noted (a run of them once: ``rows 40–52 are empty``); empty rows after the last
  story are the sheet's unused range, not rows of the table, and pass silently.
- **Cells.** Text as it is; numbers without a trailing ``.0``; date cells as the date;
  formulas by the value the spreadsheet program saved with them (never evaluated: a
  formula without a saved value is empty); error values (``#N/A``) empty. A link on a cell
  of the URL column (or of the title, when the row has no URL) gives the source URL.
  Merged cells hold their value in the first cell only. Only the first
  :data:`MAX_COLUMNS` columns are read.
- **Limits.** At most :data:`MAX_SHEET_ROWS` rows with content in a workbook (the rest are
  rejected with one note); a cell over :data:`~storydesk.ingest.csvfile.MAX_FIELD`
  characters rejects its row. Rows are streamed (openpyxl's read-only mode; the sheet's
  claimed "used range" is ignored), and ``.ods`` repeated rows and columns
  (``table:number-rows-repeated``) are counted, never expanded: a sheet claiming a million
  rows costs nothing. The package is checked by
  :func:`~storydesk.ingest.officepackage.open_package` first (sizes, zip bombs).
- **Refused.** A password-protected workbook (Excel stores it as an OLE file, ODF marks it
  in its manifest) is rejected as such; an old ``.xls`` renamed ``.xlsx`` is rejected
  with what to do. Macros and external links are never run or loaded.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import PurePosixPath
from typing import Any

from storydesk.errors import RejectedInput
from storydesk.ingest.csvfile import (
    MAX_FIELD,
    NO_STORY_COLUMN,
    SheetRows,
    columns_of,
    names_story_column,
)
from storydesk.ingest.draft import ReadNote, StoryDraft
from storydesk.ingest.encoding import neutralise
from storydesk.ingest.officepackage import (
    OLE_SIGNATURE,
    PACKAGE_READ_ERRORS,
    PASSWORD_PROTECTED,
    check_odf_package,
    ole_is_encrypted,
    open_package,
)
from storydesk.messages import translatable

Resolver = Callable[[str], Callable[[], bytes] | None]

MAX_SHEET_ROWS = 100_000
"""Most rows with content read from one workbook (a field office's list has hundreds)."""
MAX_COLUMNS = 256
"""Columns read from each row; cells further right are not part of a story table."""
HEADER_SEARCH_ROWS = 10
"""How many rows holding anything are searched for the header row."""

_EXCEL_ERRORS = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#GETTING_DATA"}
)
_HYPERLINK_FORMULA = re.compile(r'\s*=?\s*HYPERLINK\(\s*"((?:https?|mailto):[^"]+)"', re.I)
_SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_ODS_ROWS = (
    "table:table-row|table:table-rows/table:table-row|table:table-header-rows/table:table-row|"
    "table:table-row-group//table:table-row"
)
_ODS_CELLS = "table:table-cell|table:covered-table-cell"

_DAMAGED = translatable("Import", "is damaged: not a readable spreadsheet ({error})")


@dataclass
class _Row:
    """One row of a sheet as read: its number, how many times it stands, its cells."""

    number: int
    cells: list[str]
    repeat: int = 1
    links: dict[int, str] = field(default_factory=dict)


@dataclass
class _Sheet:
    """One sheet: its name and its rows, streamed (empty rows may be left out)."""

    name: str
    rows: Iterable[_Row]
    links: Callable[[int, set[int]], dict[tuple[int, int], str]] | None = None


def read_xlsx(
    data: bytes,
    origin: str,
    display: str,
    resolve: Resolver | None = None,
    notes: list[ReadNote] | None = None,
) -> list[StoryDraft]:
    """Read an Excel workbook (``.xlsx``): one story a row of each sheet with a header.

    Args:
        data: The file's bytes.
        origin: The file as drafts and notes name it.
        display: The file as messages name it.
        resolve: Finds the image files an ``image`` column names.
        notes: Receives a note for each row or sheet that does not become a story.

    Raises:
        RejectedInput: The workbook is password-protected, an old ``.xls``, damaged, or
            has no sheet with a header row naming a text or title column.
    """
    if data.startswith(OLE_SIGNATURE):
        # What Excel writes for an encrypted workbook, and for the old .xls.
        if ole_is_encrypted(data):
            raise RejectedInput(display, PASSWORD_PROTECTED)
        raise RejectedInput(
            display,
            translatable(
                "Import",
                "is an old Excel workbook (.xls) named .xlsx; save it as .xlsx, .ods or .csv",
            ),
        )
    package = open_package(data, display)
    # openpyxl costs start-up time: only when a workbook comes. It warns about parts it
    # does not keep (data validation, extensions): nothing a user needs to hear.
    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            workbook = openpyxl.load_workbook(
                io.BytesIO(data), read_only=True, data_only=True, keep_links=False, keep_vba=False
            )
        except Exception as exc:  # a hostile package fails in many ways; each is "damaged"
            package.close()
            raise RejectedInput(display, _DAMAGED.format(error=_error_name(exc))) from exc
        try:
            if not workbook.worksheets:  # every workbook Excel writes has one
                raise RejectedInput(
                    display, translatable("Import", "is damaged: it holds no sheets")
                )
            sheets = []
            for sheet in workbook.worksheets:
                reader = _XlsxSheet(package, workbook, sheet, display)
                sheets.append(_Sheet(str(sheet.title), reader.rows(), reader.links))
            return _read_workbook(sheets, origin, display, resolve, notes)
        finally:
            workbook.close()
            package.close()


def read_ods(
    data: bytes,
    origin: str,
    display: str,
    resolve: Resolver | None = None,
    notes: list[ReadNote] | None = None,
) -> list[StoryDraft]:
    """Read an OpenDocument spreadsheet (``.ods``): one story a row of each sheet with a header.

    Args:
        data: The file's bytes.
        origin: The file as drafts and notes name it.
        display: The file as messages name it.
        resolve: Finds the image files an ``image`` column names.
        notes: Receives a note for each row or sheet that does not become a story.

    Raises:
        RejectedInput: The spreadsheet is password-protected, not a spreadsheet, damaged,
            or has no sheet with a header row naming a text or title column.
    """
    package = open_package(data, display)
    try:
        _, mimetype = check_odf_package(package, display)
    except PACKAGE_READ_ERRORS as exc:
        raise RejectedInput(display, _DAMAGED.format(error=_error_name(exc))) from exc
    finally:
        package.close()
    if mimetype and mimetype != "application/vnd.oasis.opendocument.spreadsheet":
        raise RejectedInput(
            display,
            translatable("Import", "is not an OpenDocument spreadsheet ({kind})").format(
                kind=mimetype
            ),
        )
    # odfdo costs start-up time: only when a spreadsheet comes.
    from odfdo import Document

    try:
        tables = Document(io.BytesIO(data)).body.get_tables()
    except Exception as exc:  # a hostile package fails in many ways; each is "damaged"
        raise RejectedInput(display, _DAMAGED.format(error=_error_name(exc))) from exc
    sheets = [_Sheet(str(table.name or ""), _ods_rows(table, display)) for table in tables]
    return _read_workbook(sheets, origin, display, resolve, notes)


def _read_workbook(
    sheets: list[_Sheet],
    origin: str,
    display: str,
    resolve: Resolver | None,
    notes: list[ReadNote] | None,
) -> list[StoryDraft]:
    """Read the story rows of every sheet that has a header row (see the module docs)."""
    stem = PurePosixPath(origin).stem
    drafts: list[StoryDraft] = []
    passed: list[ReadNote] = []
    noted = len(notes) if notes is not None else 0
    budget = [MAX_SHEET_ROWS]
    headed = empty = 0
    for sheet in sheets:
        rows = iter(sheet.rows)
        header, anything = _find_header(rows)
        if header is None and anything:
            reason = translatable(
                "Import",
                "sheet {name} has no header row naming a text or title column "
                "(looked in its first {count} rows)",
            ).format(name=sheet.name, count=HEADER_SEARCH_ROWS)
            passed.append(ReadNote("skipped", f"{origin}#{sheet.name}", reason))
            continue
        if header is None:
            empty += 1
            reason = translatable("Import", "sheet {name} is empty").format(name=sheet.name)
            passed.append(ReadNote("skipped", f"{origin}#{sheet.name}", reason))
            continue
        headed += 1
        drafts.extend(
            _read_sheet(sheet, header, rows, f"{origin}#{sheet.name}", stem, resolve, notes, budget)
        )
        if budget[0] < 0:
            break
    if not headed:
        if empty == len(sheets):
            if notes is not None:
                notes.append(
                    ReadNote("skipped", origin, translatable("Import", "the spreadsheet is empty"))
                )
            return []
        raise RejectedInput(display, NO_STORY_COLUMN)
    if notes is not None:
        if not drafts and len(notes) == noted:  # a header and nothing under it
            passed.insert(
                0, ReadNote("skipped", origin, translatable("Import", "holds no story rows"))
            )
        notes.extend(passed)
    return drafts


def _find_header(rows: Iterator[_Row]) -> tuple[_Row | None, bool]:
    """The header row among the first rows holding anything, and whether any row does."""
    seen = 0
    for row in rows:
        if not any(row.cells):
            continue
        if names_story_column(columns_of(row.cells)):
            return row, True
        seen += 1
        if seen >= HEADER_SEARCH_ROWS:
            break
    return None, seen > 0


def _read_sheet(
    sheet: _Sheet,
    header: _Row,
    rows: Iterator[_Row],
    where: str,
    stem: str,
    resolve: Resolver | None,
    notes: list[ReadNote] | None,
    budget: list[int],
) -> list[StoryDraft]:
    """Judge the rows after ``header`` (``budget`` counts down the workbook's row limit)."""
    width = _trimmed_width(header.cells)
    columns = columns_of(header.cells[:width])
    taken: list[_Row] = []
    for row in rows:
        cells = row.cells[:width]
        del cells[_trimmed_width(cells) :]
        if not cells:
            continue
        budget[0] -= 1
        if budget[0] < 0:
            _add(
                notes,
                "rejected",
                f"{where}!row{row.number}",
                translatable(
                    "Import",
                    "the workbook has over {limit:,} rows; rows from row {number} on are not read",
                ).format(limit=MAX_SHEET_ROWS, number=row.number),
            )
            break
        row.cells = cells
        taken.append(row)
    wanted = {columns[f] for f in ("source_url", "title") if f in columns}
    found = sheet.links(header.number, wanted) if sheet.links and wanted and taken else {}
    _apply_links(taken, columns, width, found)
    judge = SheetRows(columns, stem, resolve, notes)
    drafts: list[StoryDraft] = []
    after = header.number  # the last row judged (or the header)
    for row in taken:
        if row.number > after + 1:
            _empty_rows(notes, where, judge, after + 1, row.number - 1)
        after = row.number + row.repeat - 1
        if any(len(cell) > MAX_FIELD for cell in row.cells):
            _add(
                notes,
                "rejected",
                f"{where}!row{row.number}",
                translatable(
                    "Import", "row {number} has a cell over {limit:,} characters; left out"
                ).format(number=row.number, limit=MAX_FIELD),
            )
            continue
        draft = judge.judge(row.cells, row.number, f"{where}!row{row.number}")
        if draft is not None:
            drafts.append(draft)
        if row.repeat > 1:
            _add(
                notes,
                "skipped",
                f"{where}!row{row.number + 1}",
                translatable("Import", "rows {first}–{last} repeat row {number} exactly").format(
                    first=row.number + 1, last=after, number=row.number
                ),
            )
    return drafts


def _empty_rows(
    notes: list[ReadNote] | None, where: str, judge: SheetRows, first: int, last: int
) -> None:
    """Note the empty rows ``first``..``last`` between stories: one row as CSV does, a run once."""
    if first == last:
        judge.judge([], first, f"{where}!row{first}")
        return
    _add(
        notes,
        "skipped",
        f"{where}!row{first}",
        translatable("Import", "rows {first}–{last} are empty").format(first=first, last=last),
    )


def _apply_links(
    rows: list[_Row], columns: dict[str, int], width: int, found: dict[tuple[int, int], str]
) -> None:
    """Put each row's link into its URL cell (a link on the title counts when it has none)."""
    url_column = columns.get("source_url")
    title_column = columns.get("title")
    for row in rows:
        links = dict(row.links)
        for column in (url_column, title_column):
            if column is not None and (row.number, column) in found:
                links[column] = found[row.number, column]
        link = links.get(url_column) if url_column is not None else None
        if link is None and title_column is not None and title_column in links:
            has_url = url_column is not None and url_column < len(row.cells)
            if not (has_url and row.cells[url_column].strip()):  # type: ignore[index]
                link = links[title_column]
        if link is None:
            continue
        if url_column is None:
            url_column = columns["source_url"] = width
        row.cells.extend([""] * (url_column + 1 - len(row.cells)))
        row.cells[url_column] = link


def _trimmed_width(cells: list[str]) -> int:
    """The number of cells up to the last one holding anything."""
    width = len(cells)
    while width and not cells[width - 1].strip():
        width -= 1
    return width


def cell_text(value: Any) -> str:
    """A cell's value as a story field reads it (see the module docs).

    Examples: ``7.0`` → ``"7"``, ``datetime(2024, 3, 12, 0, 0)`` → ``"2024-03-12"``,
    ``"#N/A"`` → ``""``.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return "" if value.strip() in _EXCEL_ERRORS else _clean(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float | Decimal):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value == int(value) and abs(float(value)) < 1e15:
            return str(int(value))
        return str(value)
    return str(value)


# --- .xlsx -------------------------------------------------------------------------------


class _XlsxSheet:
    """One worksheet of a workbook, streamed row by row from its XML.

    openpyxl's read-only worksheet keeps a record of every row carrying a format and every
    row element it has read (a sheet of a million formatted empty rows took 480 MB and 20 s
    of CPU), and it does not read hyperlinks. So the rows are streamed here: each row's
    cells are decoded by openpyxl's own cell parser (shared strings, date formats, inline
    strings), then the row is dropped from the tree; hyperlinks come in the same pass.

    Args:
        package: The workbook's ZIP package (already checked by ``open_package``).
        workbook: The workbook openpyxl loaded (read-only: its sheets are not parsed).
        sheet: The read-only worksheet (for its XML path and the shared strings).
        display: The file as messages name it.
    """

    def __init__(self, package: zipfile.ZipFile, workbook: Any, sheet: Any, display: str) -> None:
        self.package = package
        self.workbook = workbook
        self.sheet = sheet
        self.display = display
        self.found: dict[tuple[int, int], str] = {}

    def rows(self) -> Iterator[_Row]:
        """The sheet's rows that are in its XML, numbered as the spreadsheet numbers them."""
        path = getattr(self.sheet, "_worksheet_path", None)
        if not path:
            return
        try:
            yield from self._stream(path)
        except (RejectedInput, GeneratorExit):
            raise
        except Exception as exc:  # damaged sheet XML, a shared string out of range...
            raise RejectedInput(self.display, _DAMAGED.format(error=_error_name(exc))) from exc

    def links(self, after: int, columns: set[int]) -> dict[tuple[int, int], str]:
        """The links found on cells of ``columns`` below row ``after`` (once rows were read)."""
        return {
            spot: url for spot, url in self.found.items() if spot[0] > after and spot[1] in columns
        }

    def _stream(self, path: str) -> Iterator[_Row]:
        from defusedxml.ElementTree import iterparse
        from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
        from openpyxl.worksheet._reader import WorkSheetParser

        targets = self._link_targets(path)
        # The cell parser openpyxl's own read-only worksheet uses, with the same arguments.
        cells = WorkSheetParser(
            None,
            getattr(self.sheet, "_shared_strings", []),
            data_only=True,
            epoch=self.workbook.epoch,
            date_formats=getattr(self.workbook, "_date_formats", set()),
            timedelta_formats=getattr(self.workbook, "_timedelta_formats", set()),
        )
        parent = None
        number = 0
        with self.package.open(path) as source:
            for event, element in iterparse(source, events=("start", "end")):
                tag = element.tag
                if event == "start":
                    if tag == f"{_SHEET_NS}sheetData":
                        parent = element
                    continue
                if tag == f"{_SHEET_NS}row":
                    given = element.get("r")
                    number = int(float(given)) if given else number + 1
                    cells.row_counter, cells.col_counter = number, 0
                    row: list[str] = []
                    links: dict[int, str] = {}
                    for cell in element:
                        if cell.tag != f"{_SHEET_NS}c":
                            continue
                        info = cells.parse_cell(cell)
                        column = int(info["column"]) - 1
                        if column >= MAX_COLUMNS:
                            break
                        if column >= len(row):
                            row.extend([""] * (column + 1 - len(row)))
                        if info["data_type"] != "e":
                            row[column] = cell_text(info["value"])
                        formula = cell.findtext(f"{_SHEET_NS}f") or ""
                        if match := _HYPERLINK_FORMULA.match(formula):
                            links[column] = match.group(1)
                    element.clear()
                    if parent is not None:
                        parent.remove(element)  # a cleared row would still take memory
                    yield _Row(number, row, links=links)
                elif tag == f"{_SHEET_NS}hyperlink":
                    target = targets.get(element.get(f"{_REL_NS}id") or "")
                    try:
                        letters, at = coordinate_from_string(
                            (element.get("ref") or "").split(":")[0]
                        )
                        spot = (at, column_index_from_string(letters) - 1)
                    except ValueError:
                        continue
                    if target and spot[1] < MAX_COLUMNS:
                        self.found.setdefault(spot, target)

    def _link_targets(self, path: str) -> dict[str, str]:
        """The sheet's external hyperlink targets by relationship id."""
        from defusedxml.ElementTree import fromstring

        folder, _, name = path.rpartition("/")
        rels = _small_member(self.package, f"{folder}/_rels/{name}.rels")
        targets: dict[str, str] = {}
        for rel in fromstring(rels) if rels else ():
            target = rel.get("Target") or ""
            if rel.get("Type", "").endswith("/hyperlink") and re.match(
                r"(?:https?|mailto):", target, re.I
            ):
                targets[rel.get("Id") or ""] = target
        return targets


# --- .ods --------------------------------------------------------------------------------


def _ods_rows(table: Any, display: str) -> Iterator[_Row]:
    """The rows of an odfdo table; a repeated row is one :class:`_Row` with its count."""
    number = 1
    try:
        for row in table.get_elements(_ODS_ROWS):
            repeat = max(1, row.repeated or 1)
            cells, links = _ods_cells(row)
            yield _Row(number, cells, repeat, links)
            number += repeat
    except (RejectedInput, GeneratorExit):
        raise
    except Exception as exc:  # damaged content.xml
        raise RejectedInput(display, _DAMAGED.format(error=_error_name(exc))) from exc


def _ods_cells(row: Any) -> tuple[list[str], dict[int, str]]:
    """A row's cells as text (repeated cells counted up to :data:`MAX_COLUMNS`) and links."""
    cells: list[str] = []
    links: dict[int, str] = {}
    for cell in row.get_elements(_ODS_CELLS):
        count = min(max(1, cell.repeated or 1), MAX_COLUMNS - len(cells))
        if cell.get_attribute_string("office:value-type") in (None, "string"):
            text = cell.get_attribute_string("office:string-value") or "\n".join(
                _plain_text(paragraph) for paragraph in cell.get_elements("text:p|text:h")
            )
            text = _clean(text)
        else:
            text = cell_text(cell.value)
        if text:
            for anchor in cell.get_elements("descendant::text:a"):
                href = anchor.get_attribute_string("xlink:href") or ""
                if re.match(r"(?:https?|mailto):", href, re.I):
                    for column in range(len(cells), len(cells) + count):
                        links[column] = href
                    break
        cells.extend([text] * count)
        if len(cells) >= MAX_COLUMNS:
            break
    return cells, links


def _plain_text(element: Any) -> str:
    """An ODF paragraph's text: spaces, tabs and line breaks kept, links as their text
    (odfdo writes links as Markdown), comments left out."""
    parts = [element.text or ""]
    for child in element.children:
        if child.tag in ("text:a", "text:span"):
            parts.append(_plain_text(child) + (child.tail or ""))
        elif child.tag == "office:annotation":
            parts.append(child.tail or "")
        else:
            parts.append(child._text_tail)
    return "".join(parts)


# --- shared ------------------------------------------------------------------------------


def _clean(text: str) -> str:
    """Cell text as decoded story files are: ``\\n`` newlines, no controls or bidi overrides."""
    return neutralise(text.replace("\r\n", "\n").replace("\r", "\n"))


def _small_member(package: zipfile.ZipFile, name: str) -> bytes:
    """A package member's bytes, or ``b""`` when it is absent (sizes were checked)."""
    try:
        return package.read(name)
    except KeyError:
        return b""


def _error_name(exc: BaseException) -> str:
    """A library's error as one short line (its first line, at most 200 characters)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def _add(notes: list[ReadNote] | None, kind: str, path: str, reason: str) -> None:
    if notes is not None:
        notes.append(ReadNote(kind, path, reason))
