"""Reads spreadsheets of stories: a CSV file with a header row, one story per row.

Columns map to fields by name (English, Russian and a few common synonyms); unknown columns
are ignored. A row without a title gets one from its first sentence.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any

from storydesk.errors import RejectedInput
from storydesk.ingest.dates import parse_date
from storydesk.ingest.draft import ImageDraft, StoryDraft
from storydesk.ingest.language import normalise_language
from storydesk.ingest.text import make_title

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


def read_csv(
    text: str,
    origin_file: str,
    resolve: Callable[[str], Callable[[], bytes] | None] | None = None,
) -> list[StoryDraft]:
    """Read every row of a CSV file with a header row.

    Raises:
        RejectedInput: There is no header row naming a text column.
    """
    csv.field_size_limit(min(sys.maxsize, MAX_FIELD))
    # Only the delimiter is sniffed: the sniffer's quoting guesses break on long quoted text.
    try:
        delimiter = csv.Sniffer().sniff(text[:20000], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise RejectedInput(origin_file, "the spreadsheet is empty") from exc
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        field = field_of(name)
        if field is not None and field not in columns:
            columns[field] = index
    if "body" not in columns and "title" not in columns:
        raise RejectedInput(
            origin_file, "no column holds the story text (expected e.g. 'text' or 'title')"
        )
    stem = PurePosixPath(origin_file).stem
    drafts: list[StoryDraft] = []
    try:
        for number, row in enumerate(reader, start=2):
            cells = {
                field: row[index].strip() for field, index in columns.items() if index < len(row)
            }
            draft = draft_from_record(cells, f"{origin_file}#row{number}", stem, resolve)
            if draft is not None:
                drafts.append(draft)
    except csv.Error as exc:
        raise RejectedInput(origin_file, f"the spreadsheet is malformed ({exc})") from exc
    return drafts
