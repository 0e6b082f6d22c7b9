"""Reads stories exported as JSON: a list of objects (or ``{"stories": [...]}``), one story
each, with keys named as spreadsheet columns are (``title``, ``text``, ``date``, ``sdgs``,
``image``, ``url``...; see :data:`storydesk.ingest.csvfile.COLUMN_NAMES`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any

from storydesk.errors import RejectedInput
from storydesk.ingest.csvfile import draft_from_record, field_of
from storydesk.ingest.draft import ReadNote, StoryDraft
from storydesk.messages import translatable

MAX_RECORDS = 100_000


def _records(data: Any) -> list[Any]:
    if isinstance(data, dict):
        for key in ("stories", "items", "articles", "data"):
            if isinstance(data.get(key), list):
                return list(data[key])
        return [data]
    return list(data) if isinstance(data, list) else []


def read_json(
    text: str,
    origin_file: str,
    resolve: Callable[[str], Callable[[], bytes] | None] | None = None,
    notes: list[ReadNote] | None = None,
) -> list[StoryDraft]:
    """Read the stories of a JSON file; an empty list when it holds no story records.

    When the file holds stories, each record that does not become one gets a note in
    ``notes``: skipped (not an object, or neither title nor text) or rejected (repeating
    an earlier record's id with other content).

    Raises:
        RejectedInput: The file is not valid JSON or holds too many records.
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise RejectedInput(
            origin_file, translatable("Import", "not valid JSON ({error})").format(error=exc)
        ) from exc
    records = _records(data)
    if len(records) > MAX_RECORDS:
        raise RejectedInput(
            origin_file,
            translatable("Import", "holds over {limit:,} records").format(limit=MAX_RECORDS),
        )
    stem = PurePosixPath(origin_file).stem
    drafts = []
    passed: list[ReadNote] = []
    first_with_id: dict[str, int] = {}
    for number, record in enumerate(records, start=1):
        where = f"{origin_file}#{number}"
        if not isinstance(record, dict):
            passed.append(
                ReadNote(
                    "skipped",
                    where,
                    translatable("Import", "record {number} is not an object").format(
                        number=number
                    ),
                )
            )
            continue
        fields: dict[str, Any] = {}
        for key, value in record.items():
            field = field_of(str(key))
            if field is not None and field not in fields:
                fields[field] = value
        draft = draft_from_record(fields, where, stem, resolve)
        if draft is None:
            passed.append(
                ReadNote(
                    "skipped",
                    where,
                    translatable("Import", "record {number} has neither a title nor text").format(
                        number=number
                    ),
                )
            )
            continue
        if draft.external_id:
            if draft.external_id in first_with_id:
                earlier = first_with_id[draft.external_id]
                passed.append(
                    ReadNote(
                        "rejected",
                        where,
                        translatable(
                            "Import",
                            "record {number} repeats the id of record {earlier}; "
                            "record {earlier} is kept",
                        ).format(number=number, earlier=earlier),
                    )
                )
                continue
            first_with_id[draft.external_id] = number
        drafts.append(draft)
    # A JSON file that holds no stories at all (a site's package.json) is one note, made
    # by the caller, not one per key.
    if drafts and notes is not None:
        notes.extend(passed)
    return drafts
