"""Collections (named, ordered lists of stories) and saved searches, inside a session.

A collection keeps its stories in the order they were added (``collection_stories.position``);
adding a story already in it changes nothing, and deleting a story takes it out of every
collection (the foreign key cascades; the app's Undo Delete puts the rows back through
:mod:`storydesk.catalogue.withdrawal`). A saved search is a query and its facet filters
(``{"countries": ["Kyrgyzstan"], "years": ["2024"]}``, as ``Library.search`` takes them),
stored as a JSON object.

Names are trimmed, must not be empty, hold at most :data:`NAME_LIMIT` characters and are
unique without regard to case ("Visit to Osh" and "visit to osh" are one name), within
collections and within saved searches. The functions here run inside the caller's session;
:class:`~storydesk.library.Library` holds the writer lock and the transaction around them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from storydesk.catalogue import models
from storydesk.catalogue.models import Collection, SavedSearch, collection_stories, utcnow
from storydesk.errors import StoryDeskError, StoryNotFound
from storydesk.messages import translatable

NAME_LIMIT = 200
"""Longest name of a collection or a saved search, in characters."""


class CollectionError(StoryDeskError):
    """A collection or saved search name is empty, too long, taken or unknown."""


# -- read models -------------------------------------------------------------------------


def _stamp(moment: dt.datetime | None) -> str | None:
    """A catalogue time (UTC, stored without zone) as ISO text: ``2026-12-01T11:45:02Z``."""
    if moment is None:
        return None
    return moment.replace(microsecond=0).isoformat() + "Z"


@dataclass(frozen=True, slots=True)
class CollectionSummary:
    """A collection as a list of collections shows it: its name, size and dates.

    Attributes:
        name: The name as it was given (trimmed).
        count: How many stories it holds.
        created: When it was made (UTC).
        updated: When its name or stories last changed (UTC).
    """

    name: str
    count: int
    created: dt.datetime
    updated: dt.datetime

    def to_json(self) -> dict[str, Any]:
        """``{"name", "count", "created", "updated"}``, as ``collection list --json`` gives it."""
        return {
            "name": self.name,
            "count": self.count,
            "created": _stamp(self.created),
            "updated": _stamp(self.updated),
        }


@dataclass(frozen=True, slots=True)
class CollectionChange:
    """What adding stories to a collection or removing them did.

    Attributes:
        collection: The collection afterwards.
        changed: The ids added (or removed), in the order given.
        unchanged: Ids given that were already in it (adding) or not in it (removing).
    """

    collection: CollectionSummary
    changed: tuple[str, ...]
    unchanged: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SavedSearchEntry:
    """A saved search: its name, query and facet filters.

    Attributes:
        name: The name as it was given (trimmed).
        query: The query text, as typed (may be empty when filters alone select).
        filters: Facet → values, as :meth:`storydesk.library.Library.search` takes them.
        created: When it was first saved (UTC).
        updated: When it was last saved (UTC).
    """

    name: str
    query: str
    filters: Mapping[str, tuple[str, ...]]
    created: dt.datetime
    updated: dt.datetime

    def filter_lists(self) -> dict[str, list[str]]:
        """The filters as plain lists (what ``Library.search`` and the app's facets take)."""
        return {facet: list(values) for facet, values in self.filters.items()}

    def to_json(self) -> dict[str, Any]:
        """``{"name", "query", "filters", "created", "updated"}``, as ``searches --json``."""
        return {
            "name": self.name,
            "query": self.query,
            "filters": self.filter_lists(),
            "created": _stamp(self.created),
            "updated": _stamp(self.updated),
        }


# -- names -------------------------------------------------------------------------------


def clean_name(name: str, kind: str = "collection") -> str:
    """``name`` trimmed; empty or longer than :data:`NAME_LIMIT` characters is an error.

    Args:
        name: The name as typed.
        kind: ``"collection"`` or ``"saved search"``: which message to give.

    Raises:
        CollectionError: The name is empty or too long.
    """
    cleaned = " ".join(str(name).split())
    if not cleaned:
        if kind == "collection":
            raise CollectionError(translatable("Collections", "a collection needs a name"))
        raise CollectionError(translatable("Collections", "a saved search needs a name"))
    if len(cleaned) > NAME_LIMIT:
        raise CollectionError(
            translatable(
                "Collections", "the name '{name}…' is too long: at most {limit} characters"
            ).format(name=cleaned[:40], limit=NAME_LIMIT)
        )
    return cleaned


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def find_collection(session: Session, name: str) -> Collection | None:
    """The collection named ``name`` (any case, surrounding space ignored), or None."""
    key = _key(name)
    for row in session.scalars(select(Collection)):
        if _key(row.name) == key:
            return row
    return None


def collection_named(session: Session, name: str) -> Collection:
    """The collection named ``name``; a clear error when there is none."""
    row = find_collection(session, name)
    if row is None:
        raise CollectionError(
            translatable("Collections", "there is no collection named '{name}'").format(
                name=" ".join(str(name).split())
            )
        )
    return row


def _refuse_taken_collection(session: Session, name: str, keep: Collection | None = None) -> None:
    found = find_collection(session, name)
    if found is not None and found is not keep:
        raise CollectionError(
            translatable(
                "Collections",
                "a collection named '{name}' already exists; choose another name",
            ).format(name=found.name)
        )


# -- collections -------------------------------------------------------------------------


def _counts(session: Session) -> dict[int, int]:
    return {
        collection_id: n
        for collection_id, n in session.execute(
            select(collection_stories.c.collection_id, func.count()).group_by(
                collection_stories.c.collection_id
            )
        )
    }


def summary_of(session: Session, row: Collection) -> CollectionSummary:
    """The read model of one collection row."""
    count = (
        session.scalar(
            select(func.count())
            .select_from(collection_stories)
            .where(collection_stories.c.collection_id == row.id)
        )
        or 0
    )
    return CollectionSummary(row.name, count, row.created_at, row.updated_at)


def list_collections(session: Session) -> list[CollectionSummary]:
    """Every collection with its story count, by name (case ignored)."""
    counts = _counts(session)
    rows = session.scalars(select(Collection))
    found = [
        CollectionSummary(r.name, counts.get(r.id, 0), r.created_at, r.updated_at) for r in rows
    ]
    return sorted(found, key=lambda c: (c.name.casefold(), c.name))


def collection_story_ids(session: Session, row: Collection) -> list[str]:
    """The ids of the stories in the collection, in its order."""
    return list(
        session.scalars(
            select(collection_stories.c.story_id)
            .where(collection_stories.c.collection_id == row.id)
            .order_by(collection_stories.c.position, collection_stories.c.added_at)
        )
    )


def _wanted(ids: Iterable[str]) -> list[str]:
    """Ids trimmed, empty ones dropped, repeats dropped, order kept."""
    return list(dict.fromkeys(i.strip() for i in ids if i and i.strip()))


def _require_stories(session: Session, ids: Sequence[str]) -> None:
    """Every id names a story, else :class:`StoryNotFound` naming the first that does not."""
    if not ids:
        return
    known = set(session.scalars(select(models.Story.id).where(models.Story.id.in_(list(ids)))))
    for story_id in ids:
        if story_id not in known:
            raise StoryNotFound(
                translatable("Catalogue", "no story has the id '{id}'").format(id=story_id)
            )


def create_collection(session: Session, name: str, ids: Sequence[str] = ()) -> Collection:
    """Make a collection named ``name`` holding ``ids`` in that order.

    Raises:
        CollectionError: The name is empty, too long or taken.
        StoryNotFound: An id names no story (nothing is made).
    """
    cleaned = clean_name(name)
    _refuse_taken_collection(session, cleaned)
    wanted = _wanted(ids)
    _require_stories(session, wanted)
    now = utcnow()
    row = Collection(name=cleaned, created_at=now, updated_at=now)
    session.add(row)
    session.flush()
    _append(session, row, wanted, now)
    return row


def _append(session: Session, row: Collection, ids: Sequence[str], now: dt.datetime) -> None:
    if not ids:
        return
    last = session.scalar(
        select(func.max(collection_stories.c.position)).where(
            collection_stories.c.collection_id == row.id
        )
    )
    start = -1 if last is None else int(last)
    session.execute(
        insert(collection_stories),
        [
            {"collection_id": row.id, "story_id": story_id, "position": start + n, "added_at": now}
            for n, story_id in enumerate(ids, start=1)
        ],
    )


def add_stories(session: Session, name: str, ids: Sequence[str]) -> CollectionChange:
    """Append ``ids`` to the collection (those already in it stay where they are).

    Raises:
        CollectionError: No collection has this name.
        StoryNotFound: An id names no story (nothing is added).
    """
    row = collection_named(session, name)
    wanted = _wanted(ids)
    _require_stories(session, wanted)
    present = set(collection_story_ids(session, row))
    new = [i for i in wanted if i not in present]
    if new:
        now = utcnow()
        _append(session, row, new, now)
        row.updated_at = now
        session.flush()
    return CollectionChange(
        summary_of(session, row), tuple(new), tuple(i for i in wanted if i in present)
    )


def remove_stories(session: Session, name: str, ids: Sequence[str]) -> CollectionChange:
    """Take ``ids`` out of the collection; ids not in it are listed as ``unchanged``.

    Raises:
        CollectionError: No collection has this name.
    """
    row = collection_named(session, name)
    wanted = _wanted(ids)
    present = set(collection_story_ids(session, row))
    gone = [i for i in wanted if i in present]
    if gone:
        session.execute(
            delete(collection_stories).where(
                collection_stories.c.collection_id == row.id,
                collection_stories.c.story_id.in_(gone),
            )
        )
        row.updated_at = utcnow()
        session.flush()
    return CollectionChange(
        summary_of(session, row), tuple(gone), tuple(i for i in wanted if i not in present)
    )


def rename_collection(session: Session, old: str, new: str) -> Collection:
    """Give the collection ``old`` the name ``new`` (a change of case alone is allowed).

    Raises:
        CollectionError: No collection is named ``old``, or ``new`` is empty, too long or
            the name of another collection.
    """
    row = collection_named(session, old)
    cleaned = clean_name(new)
    _refuse_taken_collection(session, cleaned, keep=row)
    if cleaned != row.name:
        row.name = cleaned
        row.updated_at = utcnow()
        session.flush()
    return row


def delete_collection(session: Session, name: str) -> CollectionSummary:
    """Delete the collection (its stories stay in the catalogue); returns what it was.

    Raises:
        CollectionError: No collection has this name.
    """
    row = collection_named(session, name)
    summary = summary_of(session, row)
    session.execute(delete(collection_stories).where(collection_stories.c.collection_id == row.id))
    session.delete(row)
    session.flush()
    return summary


# -- saved searches ----------------------------------------------------------------------


def clean_filters(
    filters: Mapping[str, Sequence[str] | str] | None, allowed: Sequence[str]
) -> dict[str, tuple[str, ...]]:
    """Facet filters made canonical: known facets in ``allowed`` order, values trimmed,
    empty ones and repeats dropped, facets left with no value dropped.

    Args:
        filters: Facet → values (a single string counts as one value).
        allowed: The facet names a search understands (``countries``, ``years``...).

    Raises:
        CollectionError: A facet name the search does not know.
    """
    if not filters:
        return {}
    unknown = [str(f) for f in filters if f not in allowed]
    if unknown:
        raise CollectionError(
            translatable(
                "Collections", "'{facet}' is not a search filter; the filters are {names}"
            ).format(facet=unknown[0], names=", ".join(allowed))
        )
    cleaned: dict[str, tuple[str, ...]] = {}
    for facet in allowed:
        values = filters.get(facet)
        if values is None:
            continue
        if isinstance(values, str):
            values = [values]
        kept = tuple(dict.fromkeys(str(v).strip() for v in values if str(v).strip()))
        if kept:
            cleaned[facet] = kept
    return cleaned


def _entry(row: SavedSearch) -> SavedSearchEntry:
    try:
        stored = json.loads(row.filters or "{}")
    except ValueError:
        stored = {}
    filters: dict[str, tuple[str, ...]] = {}
    if isinstance(stored, dict):
        for facet, values in stored.items():
            if isinstance(values, list):
                filters[str(facet)] = tuple(str(v) for v in values)
    return SavedSearchEntry(row.name, row.query or "", filters, row.created_at, row.updated_at)


def find_saved_search(session: Session, name: str) -> SavedSearch | None:
    """The saved search named ``name`` (any case), or None."""
    key = _key(name)
    for row in session.scalars(select(SavedSearch)):
        if _key(row.name) == key:
            return row
    return None


def saved_search_named(session: Session, name: str) -> SavedSearchEntry:
    """The saved search named ``name``; a clear error when there is none."""
    row = find_saved_search(session, name)
    if row is None:
        raise CollectionError(
            translatable("Collections", "there is no saved search named '{name}'").format(
                name=" ".join(str(name).split())
            )
        )
    return _entry(row)


def list_saved_searches(session: Session) -> list[SavedSearchEntry]:
    """Every saved search, by name (case ignored)."""
    entries = [_entry(r) for r in session.scalars(select(SavedSearch))]
    return sorted(entries, key=lambda e: (e.name.casefold(), e.name))


def save_search(
    session: Session,
    name: str,
    query: str,
    filters: Mapping[str, tuple[str, ...]],
    replace: bool = False,
) -> SavedSearchEntry:
    """Keep ``query`` and ``filters`` (already cleaned) under ``name``.

    Args:
        session: The session (inside a transaction).
        name: The name; trimmed, case ignored when looking for one already there.
        query: The query text.
        filters: Canonical filters (see :func:`clean_filters`).
        replace: Replace a saved search of the same name; otherwise that is an error.

    Raises:
        CollectionError: The name is empty, too long, or taken and ``replace`` is False.
    """
    cleaned = clean_name(name, "saved search")
    document = json.dumps({k: list(v) for k, v in filters.items()}, ensure_ascii=False)
    now = utcnow()
    row = find_saved_search(session, cleaned)
    if row is not None and not replace:
        raise CollectionError(
            translatable(
                "Collections",
                "a saved search named '{name}' already exists; choose another name or replace it",
            ).format(name=row.name)
        )
    if row is None:
        row = SavedSearch(
            name=cleaned, query=query.strip(), filters=document, created_at=now, updated_at=now
        )
        session.add(row)
    else:
        row.name = cleaned
        row.query = query.strip()
        row.filters = document
        row.updated_at = now
    session.flush()
    return _entry(row)


def delete_saved_search(session: Session, name: str) -> SavedSearchEntry:
    """Delete the saved search ``name``; returns what it was.

    Raises:
        CollectionError: No saved search has this name.
    """
    row = find_saved_search(session, name)
    if row is None:
        saved_search_named(session, name)  # raises the clear error
        raise AssertionError  # pragma: no cover
    entry = _entry(row)
    session.delete(row)
    session.flush()
    return entry
