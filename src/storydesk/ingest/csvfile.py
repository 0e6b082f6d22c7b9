"""Reads spreadsheets of stories: a CSV file with a header row, one story per row.

Columns map to fields by name (English, Russian and a few common synonyms); unknown columns
are ignored. A row without a title gets one from its first sentence.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any

from storydesk.errors import RejectedInput
from storydesk.ingest.dates import parse_date
from storydesk.ingest.draft import ImageDraft, ReadNote, StoryDraft
from storydesk.ingest.text import make_title
from storydesk.messages import translatable
from storydesk.text import normalise_language

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "story_id", "uuid", "ид"),
    "title": ("title", "headline", "заголовок", "название", "тема", "аталышы", "тақырып"),
    "body": ("text", "body", "content", "article", "story", "текст", "мәтін", "текст статьи"),
    "summary": ("summary", "description", "lead", "аннотация", "описание"),
    "date": ("date", "published", "pubdate", "дата", "күні", "датасы"),
    "language": ("language", "lang", "язык", "тіл", "тили"),
    "author": ("author", "автор", "авторы"),
    "source": ("source", "источник", "publisher"),
    "source_url": ("url", "link", "source_url", "ссылка"),
    "tags": ("tags", "labels", "labels_set", "categories", "теги", "рубрика"),
    "image": ("image", "photo", "picture", "фото"),
    "countries": ("countries", "country", "страна"),
    "places": ("places", "place", "location", "место"),
    "partners": ("partners", "partner", "партнеры", "партнёры"),
    "sdgs": ("sdgs", "sdg", "goals", "цур"),
}
MAX_FIELD = 2_000_000


def _split_list(value: str) -> list[str]:
    value = value.strip().strip("{}[]")
    return [part.strip(" '\"") for part in re.split(r"[,;|]", value) if part.strip(" '\"")]


def _values(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return _split_list(str(value)) if value not in (None, "") else []


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, dict | list) else str(value).strip()


def field_of(name: str) -> str | None:
    """The story field a column or key name stands for ("Заголовок" → "title")."""
    key = name.strip().lstrip("\ufeff").lower()
    return next((field for field, names in COLUMN_NAMES.items() if key in names), None)


def draft_from_record(
    record: dict[str, Any],
    origin_file: str,
    stem: str,
    resolve: Callable[[str], Callable[[], bytes] | None] | None = None,
) -> StoryDraft | None:
    """One story from a record whose keys are story fields (a CSV row, a JSON object).

    Every value given is explicit: it wins over what extraction would guess. Returns None
    for a record with neither text nor title.
    """
    body = _text(record.get("body"))
    title = _text(record.get("title"))
    if not body and not title:
        return None
    draft = StoryDraft(
        title=title or make_title(body),
        body=re.sub(r"\n(?!\n)", "\n\n", body.replace("\r", "")),
        origin_file=origin_file,
        summary=_text(record.get("summary")) or None,
        author=_text(record.get("author")) or None,
        source_name=_text(record.get("source")) or None,
        source_url=_text(record.get("source_url")) or None,
    )
    if record_id := _text(record.get("id")):
        draft.external_id = f"{stem}:{record_id}"
    if title:
        draft.explicit.add("title")
    if (date := parse_date(_text(record.get("date")))) is not None:
        draft.date = date
        draft.explicit.add("date")
    if language := normalise_language(_text(record.get("language"))):
        draft.language = language
        draft.explicit.add("language")
    if draft.source_name:
        draft.explicit.add("source")
    for field in ("tags", "countries", "places", "partners"):
        if values := _values(record.get(field)):
            setattr(draft, field, values)
            draft.explicit.add(field)
    goals = [int(v) for v in _values(record.get("sdgs")) if v.isdigit() and 1 <= int(v) <= 17]
    if goals:
        draft.sdgs = list(dict.fromkeys(goals))
        draft.explicit.add("sdgs")
    image = _text(record.get("image"))
    if re.match(r"^https?://", image, re.IGNORECASE):
        draft.images.append(ImageDraft(url=image))
    elif image:
        draft.images.append(ImageDraft(name=image, load=resolve(image) if resolve else None))
    return draft


# Stands in for NUL bytes in a spreadsheet (see :func:`read_csv`); the same byte in every
# encoding StoryDesk reads, and never part of real text.
DAMAGED = "\x01"
# An id cell, as spreadsheets write them: a number, or a code with at least one digit.
_ID_LIKE = re.compile(r"^(?=[^\s]*\d)[\w.:/-]{1,64}$")


_EMPTY = translatable("Import", "the spreadsheet is empty")


def _note(notes: list[ReadNote] | None, kind: str, path: str, reason: str) -> None:
    if notes is not None:
        notes.append(ReadNote(kind, path, reason))


def _complete_row(
    line: str, delimiter: str, width: int, id_column: int | None, numeric_ids: bool
) -> bool:
    """Whether one physical line reads as a whole row of the spreadsheet by itself."""
    if line.count('"') % 2:
        return False
    try:
        cells = next(csv.reader([line], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return False
    if len(cells) != width:
        return False
    if id_column is None:
        return True
    cell = cells[id_column].strip()
    return cell.isdigit() if numeric_ids else bool(_ID_LIKE.match(cell))


def _swallowed(
    span: list[str], delimiter: str, width: int, id_column: int | None, numeric_ids: bool
) -> bool:
    """Whether a row running over several lines is an unclosed quote eating later rows.

    The first line opens a quote it does not close, and either the quote never closes at
    all (the row runs to the end of the file) or most of the lines after it read as whole
    rows by themselves (with an id where the sheet has ids). Story text that merely runs
    over several lines almost never looks like that.
    """
    if len(span) < 2 or span[0].count('"') % 2 == 0:
        return False
    if sum(line.count('"') for line in span) % 2:
        return True  # the quote never closes: the row ran to the end of the file
    if width < 3 and id_column is None:
        return False
    rest = [line for line in span[1:] if line.strip()]
    whole = sum(1 for line in rest if _complete_row(line, delimiter, width, id_column, numeric_ids))
    return whole >= max(1, len(rest) // 2)


def read_csv(
    text: str,
    origin_file: str,
    resolve: Callable[[str], Callable[[], bytes] | None] | None = None,
    notes: list[ReadNote] | None = None,
) -> list[StoryDraft]:
    """Read every row of a CSV file with a header row.

    Every row either becomes a draft or gets a note in ``notes``: empty rows and rows with
    neither title nor text are skipped; a row holding NUL bytes (marked with
    :data:`DAMAGED` by the caller), a row opening a quote it never closes (the rows it
    swallowed are read on their own) and a row repeating an earlier row's id with other
    content are rejected; a row repeating an earlier row exactly is skipped.

    Raises:
        RejectedInput: There is no header row naming a text column.
    """
    csv.field_size_limit(min(sys.maxsize, MAX_FIELD))
    # Only the delimiter is sniffed: the sniffer's quoting guesses break on long quoted text.
    try:
        delimiter = csv.Sniffer().sniff(text[:20000], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        raise RejectedInput(origin_file, _EMPTY)
    try:
        header = next(csv.reader([lines[0]], delimiter=delimiter))
    except (StopIteration, csv.Error) as exc:
        raise RejectedInput(origin_file, _EMPTY) from exc
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        field = field_of(name)
        if field is not None and field not in columns:
            columns[field] = index
    if "body" not in columns and "title" not in columns:
        raise RejectedInput(
            origin_file,
            translatable(
                "Import", "no column holds the story text (expected e.g. 'text' or 'title')"
            ),
        )
    stem = PurePosixPath(origin_file).stem
    drafts: list[StoryDraft] = []
    first_with_id: dict[str, tuple[int, tuple[str, ...]]] = {}
    position = 1  # index in ``lines`` of the row being read
    while position < len(lines):
        reader = csv.reader(
            (lines[i] + "\n" for i in range(position, len(lines))), delimiter=delimiter
        )
        read_lines = 0
        restart = False
        try:
            for row in reader:
                start = position + read_lines
                span = reader.line_num - read_lines
                read_lines = reader.line_num
                number = start + 1  # the row's line number in the file (header = 1)
                where = f"{origin_file}#row{number}"
                numeric_ids = bool(first_with_id) and all(k.isdigit() for k in first_with_id)
                if span > 1 and _swallowed(
                    lines[start : start + span],
                    delimiter,
                    len(header),
                    columns.get("id"),
                    numeric_ids,
                ):
                    _note(
                        notes,
                        "rejected",
                        where,
                        translatable(
                            "Import",
                            'row {number} opens a quote (") it never closes; '
                            "the {count} lines after it are read as rows of their own",
                        ).format(number=number, count=span - 1),
                    )
                    position = start + 1
                    restart = True
                    break
                draft = _row_draft(row, columns, number, where, stem, resolve, notes, first_with_id)
                if draft is not None:
                    drafts.append(draft)
        except csv.Error as exc:
            raise RejectedInput(
                f"{origin_file}#row{position + read_lines + 1}",
                translatable("Import", "the spreadsheet is malformed ({error})").format(error=exc),
            ) from exc
        if not restart:
            break
    return drafts


def _row_draft(
    row: list[str],
    columns: dict[str, int],
    number: int,
    where: str,
    stem: str,
    resolve: Callable[[str], Callable[[], bytes] | None] | None,
    notes: list[ReadNote] | None,
    first_with_id: dict[str, tuple[int, tuple[str, ...]]],
) -> StoryDraft | None:
    if not any(cell.strip() for cell in row):
        _note(
            notes,
            "skipped",
            where,
            translatable("Import", "row {number} is empty").format(number=number),
        )
        return None
    if any(DAMAGED in cell for cell in row):
        _note(
            notes,
            "rejected",
            where,
            translatable("Import", "row {number} holds NUL bytes (damaged); left out").format(
                number=number
            ),
        )
        return None
    cells = {field: row[index].strip() for field, index in columns.items() if index < len(row)}
    draft = draft_from_record(cells, where, stem, resolve)
    if draft is None:
        _note(
            notes,
            "skipped",
            where,
            translatable("Import", "row {number} has neither a title nor text").format(
                number=number
            ),
        )
        return None
    record_id = cells.get("id", "")
    if record_id:
        content = tuple(row)
        if record_id in first_with_id:
            earlier, earlier_content = first_with_id[record_id]
            if earlier_content == content:
                _note(
                    notes,
                    "skipped",
                    where,
                    translatable("Import", "row {number} repeats row {earlier} exactly").format(
                        number=number, earlier=earlier
                    ),
                )
            else:
                _note(
                    notes,
                    "rejected",
                    where,
                    translatable(
                        "Import",
                        "row {number} repeats id {id} of row {earlier}; row {earlier} is kept",
                    ).format(number=number, id=record_id, earlier=earlier),
                )
            return None
        first_with_id[record_id] = (number, content)
    return draft
