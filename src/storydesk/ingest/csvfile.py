"""Reads spreadsheets of stories: a CSV file with a header row, one story per row.

Columns map to fields by name (English, Russian and a few common synonyms); unknown columns
are ignored. A row without a title gets one from its first sentence.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import PurePosixPath

from storydesk.errors import RejectedInput
from storydesk.ingest.dates import parse_date
from storydesk.ingest.draft import StoryDraft
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
    "countries": ("countries", "country", "страна"),
    "places": ("places", "place", "location", "место"),
    "partners": ("partners", "partner", "партнеры", "партнёры"),
    "sdgs": ("sdgs", "sdg", "goals", "цур"),
}
MAX_FIELD = 2_000_000


def _split_list(value: str) -> list[str]:
    value = value.strip().strip("{}[]")
    return [part.strip(" '\"") for part in re.split(r"[,;|]", value) if part.strip(" '\"")]


def read_csv(text: str, origin_file: str) -> list[StoryDraft]:
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
        key = name.strip().lstrip("\ufeff").lower()
        for field, names in COLUMN_NAMES.items():
            if key in names and field not in columns:
                columns[field] = index
    if "body" not in columns and "title" not in columns:
        raise RejectedInput(
            origin_file, "no column holds the story text (expected e.g. 'text' or 'title')"
        )
    stem = PurePosixPath(origin_file).stem
    drafts: list[StoryDraft] = []
    try:
        for number, row in enumerate(reader, start=2):

            def cell(field: str, row: list[str] = row) -> str:
                index = columns.get(field)
                return row[index].strip() if index is not None and index < len(row) else ""

            body = cell("body")
            title = cell("title")
            if not body and not title:
                continue
            draft = StoryDraft(
                title=title or make_title(body),
                body=re.sub(r"\n(?!\n)", "\n\n", body.replace("\r", "")),
                origin_file=f"{origin_file}#row{number}",
                summary=cell("summary") or None,
                author=cell("author") or None,
                source_name=cell("source") or None,
                source_url=cell("source_url") or None,
            )
            if row_id := cell("id"):
                draft.external_id = f"{stem}:{row_id}"
            if title:
                draft.explicit.add("title")
            if (date := parse_date(cell("date"))) is not None:
                draft.date = date
                draft.explicit.add("date")
            if language := normalise_language(cell("language")):
                draft.language = language
                draft.explicit.add("language")
            for field in ("tags", "countries", "places", "partners"):
                if values := _split_list(cell(field)):
                    setattr(draft, field, values)
                    draft.explicit.add(field)
            if sdgs := [
                int(v) for v in _split_list(cell("sdgs")) if v.isdigit() and 1 <= int(v) <= 17
            ]:
                draft.sdgs = sdgs
                draft.explicit.add("sdgs")
            drafts.append(draft)
    except csv.Error as exc:
        raise RejectedInput(origin_file, f"the spreadsheet is malformed ({exc})") from exc
    return drafts
