"""Stories edited here: their fields' values, their history, and edits that outlive imports.

An editor corrects a story's metadata (title, date, partners, goals...). Each edit is one
catalogue transaction that changes the story's rows, writes one :class:`models.StoryEdit` per
changed field (before, after, when, on which machine) and marks the field as *local*
(:class:`models.LocalField`, which remembers the source's value). Importing the story's file
again leaves a local field as edited (:func:`settle_import`): when the file brings a value that
differs from the edited one, that is a *conflict*, kept as edited and reported, until the editor
keeps the edit ("keep mine") or takes the file's value ("take theirs").

Values travel as JSON, in the shape of ``show --json``: a string or ``None``, a date as
``YYYY-MM-DD`` or ``None``, a list of canonical names, a list of goal numbers. This module
works on rows; resolving what an editor typed ("ПРООН") to a directory name is the caller's
(:class:`storydesk.library.Library`), and rows for names come from a :class:`NameRows`.

Several editors at once (a shared catalogue): an edit names the story's version it started
from (``stories.version``); when the story has changed since, :func:`changed_elsewhere` is
the refusal, naming the machine and the time of the change the editor did not see.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
from collections.abc import Mapping
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from storydesk.catalogue import models
from storydesk.errors import StoryChangedElsewhere
from storydesk.messages import translatable
from storydesk.text import shorten

EDITABLE_FIELDS: tuple[str, ...] = (
    "title",
    "summary",
    "date",
    "language",
    "countries",
    "places",
    "partners",
    "sdgs",
    "tags",
    "author",
    "source_name",
    "source_url",
)
"""The fields an editor can change, named as in ``show --json``."""

TEXT_FIELDS = frozenset({"title", "summary", "language", "author", "source_name", "source_url"})
NAME_FIELDS = frozenset({"countries", "places", "partners", "tags"})

Value = str | int | None | list[str] | list[int]
"""A field's value as JSON holds it."""


class NameRows(Protocol):
    """Finds (or adds) the directory rows of canonical names, as the importer does."""

    goals: dict[int, models.SdgGoal]

    def partner(self, name: str) -> models.Partner: ...

    def place(self, name: str, *, country: bool = False) -> models.Place: ...

    def tag(self, name: str) -> models.Tag: ...


def machine_name() -> str:
    """This computer's network name, as history records it ("" when it has none)."""
    return platform.node()[:200]


def field_value(story: models.Story, field: str) -> Value:
    """The story's value of ``field`` as JSON holds it."""
    if field == "date":
        return story.date.isoformat() if story.date else None
    if field == "countries":
        return [place.name for place in story.countries]
    if field == "places":
        return [place.name for place in story.places]
    if field == "partners":
        return [partner.name for partner in story.partners]
    if field == "tags":
        return sorted(tag.name for tag in story.tags)
    if field == "sdgs":
        return sorted(goal.number for goal in story.sdgs)
    if field in TEXT_FIELDS:
        value: str | None = getattr(story, field)
        return value
    raise KeyError(field)


def set_field(story: models.Story, field: str, value: Any, names: NameRows) -> None:
    """Give the story ``value`` (JSON-shaped, names canonical) for ``field``."""
    if field == "date":
        story.date = dt.date.fromisoformat(value) if value else None
    elif field == "countries":
        story.countries = list(dict.fromkeys(names.place(n, country=True) for n in value))
    elif field == "places":
        story.places = list(dict.fromkeys(names.place(n) for n in value))
    elif field == "partners":
        story.partners = list(dict.fromkeys(names.partner(n) for n in value))
    elif field == "tags":
        story.tags = list(dict.fromkeys(names.tag(n) for n in value))
    elif field == "sdgs":
        story.sdgs = [names.goals[g] for g in sorted(set(value)) if g in names.goals]
    elif field in TEXT_FIELDS:
        setattr(story, field, value)
    else:
        raise KeyError(field)


def dumps(value: Value) -> str:
    """A value as the catalogue stores it."""
    return json.dumps(value, ensure_ascii=False)


def loads(text: str | None) -> Value:
    """A stored value back (``None`` for no text)."""
    return None if text is None else json.loads(text)


def display(value: Value) -> str:
    """A value as one line of text: lists joined with "; ", nothing as ""."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return str(value)


def record_edit(
    session: Session,
    story: models.Story,
    field: str,
    old: Value,
    new: Value,
    *,
    revision: str,
    action: str,
) -> None:
    """Write one changed field to the story's history and keep its local mark right.

    The first edit of a field marks it local with the source's value (``old``). An edit that
    brings the field back to the source's value ends the mark: imports update it again. An
    edit that gives the field the value a pending conflict brought settles that conflict.
    """
    session.add(
        models.StoryEdit(
            story_id=story.id,
            revision=revision,
            field=field,
            old_value=dumps(old),
            new_value=dumps(new),
            action=action,
            edited_at=models.utcnow(),
            machine=machine_name(),
        )
    )
    mark = session.get(models.LocalField, (story.id, field))
    if mark is None:
        session.add(models.LocalField(story_id=story.id, field=field, base=dumps(old)))
        return
    if loads(mark.base) == new:
        session.delete(mark)
    elif mark.incoming is not None and loads(mark.incoming) == new:
        mark.incoming = mark.incoming_path = None


def load_marks(session: Session) -> dict[str, dict[str, models.LocalField]]:
    """Every local field of the catalogue, by story id and field (few: edits are by hand)."""
    marks: dict[str, dict[str, models.LocalField]] = {}
    for mark in session.scalars(select(models.LocalField)):
        marks.setdefault(mark.story_id, {})[mark.field] = mark
    return marks


def settle_import(
    session: Session,
    story: models.Story,
    marks: dict[str, models.LocalField],
    local: Mapping[str, Value],
    incoming: Mapping[str, Value],
    names: NameRows,
    path: str,
) -> list[tuple[str, Value, Value]]:
    """Keep a re-imported story's local fields as edited; returns its conflicts.

    Args:
        story: The story, holding what the import wrote (or, when the file was unchanged,
            what it held).
        marks: Its local fields; a mark that ends is taken out.
        local: Each local field's edited value, from before the import wrote the story.
        incoming: Each local field's value in the imported file.
        names: Rows for the names being put back.
        path: The file the import read, kept with a conflict.

    Returns:
        ``(field, local, incoming)`` for each field whose edited value the file disagrees
        with (and the editor has not chosen to keep over that very value). A field the file
        now agrees with stops being local.
    """
    conflicts: list[tuple[str, Value, Value]] = []
    for field, mark in list(marks.items()):
        mine, theirs = local[field], incoming[field]
        if field_value(story, field) != mine:
            set_field(story, field, mine, names)
        if theirs == mine:
            session.delete(mark)  # the source now says what was edited here
            del marks[field]
            continue
        if mark.kept is not None and loads(mark.kept) == theirs:
            continue
        mark.incoming, mark.incoming_path = dumps(theirs), path
        conflicts.append((field, mine, theirs))
    return conflicts


def last_change(session: Session, story_id: str) -> tuple[str | None, dt.datetime | None]:
    """The machine and time (UTC) of the story's newest change, as far as the catalogue
    knows: its change log (:class:`models.StoryChange`, any change) or its history of edits
    (:class:`models.StoryEdit`), whichever is newer; ``(None, None)`` when neither says."""
    found: list[tuple[dt.datetime, str]] = []
    change = session.execute(
        select(models.StoryChange.changed_at, models.StoryChange.machine)
        .where(models.StoryChange.story_id == story_id)
        .order_by(models.StoryChange.seq.desc())
        .limit(1)
    ).first()
    if change is not None:
        found.append((change[0], change[1]))
    edit = session.execute(
        select(models.StoryEdit.edited_at, models.StoryEdit.machine)
        .where(models.StoryEdit.story_id == story_id)
        .order_by(models.StoryEdit.edited_at.desc(), models.StoryEdit.id.desc())
        .limit(1)
    ).first()
    if edit is not None:
        found.append((edit[0], edit[1]))
    if not found:
        return None, None
    when, machine = max(found, key=lambda item: item[0])
    return machine or None, when


def changed_elsewhere(
    session: Session, story_id: str, title: str, expected: int | None, version: int | None
) -> StoryChangedElsewhere:
    """The refusal of an edit that started from version ``expected`` of a story that is now
    at ``version``: one sentence naming who changed it (the machine) and when, if known."""
    machine, when = last_change(session, story_id)
    name = shorten(title, 60)
    if when is not None:
        message = translatable(
            "Catalogue",
            "story {id} ('{title}') was changed by someone else since it was opened here "
            "(on {machine}, {when} UTC); nothing was saved: reload the story to see that "
            "change",
        ).format(
            id=story_id,
            title=name,
            machine=machine or translatable("Catalogue", "another computer").format(),
            when=when.strftime("%Y-%m-%d %H:%M:%S"),
        )
    else:
        message = translatable(
            "Catalogue",
            "story {id} ('{title}') was changed by someone else since it was opened here; "
            "nothing was saved: reload the story to see that change",
        ).format(id=story_id, title=name)
    return StoryChangedElsewhere(
        message,
        story_id=story_id,
        expected=expected,
        version=version,
        machine=machine,
        changed_at=when,
    )
