"""Reads spreadsheets of stories: a CSV file with a header row, one story per row.

Columns map to fields by name (English, Russian, Kazakh and Kyrgyz, and common synonyms);
unknown columns are ignored. A row without a title gets one from its first sentence.

The row logic is shared with the workbook readers (:mod:`storydesk.ingest.sheets`):
:func:`columns_of` maps a header row to fields, and :class:`SheetRows` judges each row
(a story, or a note saying why not) the same way for CSV, ``.xlsx`` and ``.ods``.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Callable, Sequence
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
    "title": (
        "title",
        "headline",
        "заголовок",
        "название",
        "тема",
        "заглавие",
        "заголовок статьи",
        "название статьи",
        # Kazakh
        "тақырып",
        "тақырыбы",
        "атауы",
        # Kyrgyz
        "аталышы",
        "аталыш",
        "темасы",
    ),
    "body": (
        "text",
        "body",
        "content",
        "article",
        "story",
        "full text",
        "текст",
        "текст статьи",
        "текст новости",
        "текст материала",
        "полный текст",
        "содержание",
        "статья",
        # Kazakh
        "мәтін",
        "мәтіні",
        "мазмұны",
        "мақала",
        # Kyrgyz ("текст" as in Russian)
        "тексти",
        "мазмуну",
        "макала",
    ),
    "summary": (
        "summary",
        "description",
        "lead",
        "аннотация",
        "описание",
        "анонс",
        "лид",
        "краткое содержание",
        "қысқаша",
        "қысқаша мазмұны",
        "кыскача",
        "кыскача мазмуну",
    ),
    "date": (
        "date",
        "published",
        "pubdate",
        "publication date",
        "date published",
        "дата",
        "дата публикации",
        "дата выхода",
        "опубликовано",
        # Kazakh
        "күні",
        "жарияланған күні",
        "жарияланды",
        # Kyrgyz
        "күнү",
        "датасы",
        "жарыяланган күнү",
        "жарыяланды",
    ),
    "language": ("language", "lang", "язык", "тіл", "тілі", "тил", "тили"),
    "author": ("author", "автор", "авторы", "автор материала", "автору"),
    "source": (
        "source",
        "publisher",
        "источник",
        "издание",
        "сми",
        "дереккөз",
        "дереккөзі",
        "булак",
        "булагы",
    ),
    "source_url": (
        "url",
        "link",
        "source_url",
        "ссылка",
        "ссылка на статью",
        "ссылка на источник",
        "сілтеме",
        "сілтемесі",
        "шилтеме",
        "шилтемеси",
    ),
    "tags": (
        "tags",
        "labels",
        "labels_set",
        "categories",
        "keywords",
        "теги",
        "тэги",
        "метки",
        "рубрика",
        "рубрики",
        "категории",
        "ключевые слова",
        "тегтер",
        "кілт сөздер",
        "ачкыч сөздөр",
    ),
    "image": (
        "image",
        "photo",
        "picture",
        "фото",
        "фотография",
        "изображение",
        "сурет",
        "суреті",
        "сүрөт",
        "сүрөтү",
    ),
    "countries": (
        "countries",
        "country",
        "страна",
        "страны",
        "ел",
        "елдер",
        "мемлекет",
        "өлкө",
        "өлкөлөр",
        "мамлекет",
    ),
    "places": (
        "places",
        "place",
        "location",
        "region",
        "место",
        "места",
        "регион",
        "орын",
        "орындар",
        "аймақ",
        "жай",
        "жайлар",
        "аймак",
    ),
    "partners": (
        "partners",
        "partner",
        "партнеры",
        "партнёры",
        "партнер",
        "партнёр",
        "серіктес",
        "серіктестер",
        "әріптестер",
        "өнөктөш",
        "өнөктөштөр",
    ),
    "sdgs": ("sdgs", "sdg", "goals", "цур", "цели", "тдм", "төм"),
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


def header_key(name: str) -> str:
    """A column name as it is compared: case, spaces, ``_``/``-``, a trailing colon,
    a trailing hint in brackets and ``ё`` do not count (``" Дата публикации (дд.мм):"``
    → ``"дата публикации"``)."""
    key = name.strip().lstrip("\ufeff").casefold().replace("ё", "е")
    key = re.sub(r"[\s_\-]+", " ", key).strip(" :*.")
    bare = re.sub(r"\s*\([^()]*\)$", "", key).strip(" :*.")
    return bare or key


_FIELD_BY_KEY: dict[str, str] = {
    header_key(name): field for field, names in COLUMN_NAMES.items() for name in names
}


def field_of(name: str) -> str | None:
    """The story field a column or key name stands for ("Заголовок" → "title")."""
    return _FIELD_BY_KEY.get(header_key(name))


def columns_of(header: Sequence[str]) -> dict[str, int]:
    """Map a header row to story fields: field → column index (the first column wins)."""
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        field = field_of(name)
        if field is not None and field not in columns:
            columns[field] = index
    return columns


def names_story_column(columns: dict[str, int]) -> bool:
    """Whether a header names a column holding the story text or title."""
    return "body" in columns or "title" in columns


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
NO_STORY_COLUMN = translatable(
    "Import", "no column holds the story text (expected e.g. 'text' or 'title')"
)


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
    columns = columns_of(header)
    if not names_story_column(columns):
        raise RejectedInput(origin_file, NO_STORY_COLUMN)
    rows = SheetRows(columns, PurePosixPath(origin_file).stem, resolve, notes)
    drafts: list[StoryDraft] = []
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
                numeric_ids = rows.numeric_ids()
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
                draft = rows.judge(row, number, where)
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


class SheetRows:
    """Judges the rows of one spreadsheet (CSV, ``.xlsx`` or ``.ods``), one at a time.

    Every row either becomes a draft or gets a note: empty rows and rows with neither
    title nor text are skipped; a row holding NUL bytes (:data:`DAMAGED`) is rejected; a
    row repeating an earlier row's id is skipped when it repeats that row exactly and
    rejected when its content differs (the earlier row is kept).

    Args:
        columns: Field → column index, from :func:`columns_of`.
        stem: The file's stem: a row's ``id`` makes its story ``<stem>:<id>``.
        resolve: Finds the image files an ``image`` column names.
        notes: Receives the note for each row that does not become a story.
    """

    def __init__(
        self,
        columns: dict[str, int],
        stem: str,
        resolve: Callable[[str], Callable[[], bytes] | None] | None = None,
        notes: list[ReadNote] | None = None,
    ) -> None:
        self.columns = columns
        self.stem = stem
        self.resolve = resolve
        self.notes = notes
        self._first_with_id: dict[str, tuple[int, tuple[str, ...]]] = {}

    def numeric_ids(self) -> bool:
        """Whether the rows read so far have ids, all of them numbers."""
        return bool(self._first_with_id) and all(k.isdigit() for k in self._first_with_id)

    def judge(self, row: Sequence[str], number: int, where: str) -> StoryDraft | None:
        """The story of one row, or ``None`` with a note saying why not.

        Args:
            row: The row's cells, as text.
            number: The row's number as the user sees it (messages name it).
            where: The row as notes and drafts name it (``news.csv#row12``).
        """
        notes = self.notes
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
        cells = {
            field: row[index].strip() for field, index in self.columns.items() if index < len(row)
        }
        draft = draft_from_record(cells, where, self.stem, self.resolve)
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
            if record_id in self._first_with_id:
                earlier, earlier_content = self._first_with_id[record_id]
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
            self._first_with_id[record_id] = (number, content)
        return draft
