"""Deleting stories so that they can be put back exactly (the app's Undo Delete).

Before stories are deleted, :func:`capture` copies every catalogue row that belongs to them
(the story rows with all their fields, their partner, place, country, tag and SDG links in
order, images, figures, translation links and the translations found at import, on either
side of the pair) together with the directory rows those links point at. :func:`put_back`
inserts the same rows again in one transaction: the stories come back with the same ids,
dates, import records and ``created_at``/``updated_at`` stamps, so ``show --json`` prints
them exactly as before. Image files stay in the media store after a
delete (only ``check --repair`` removes images no story uses), so the restored image rows
find their files.

A delete also leaves a tombstone per story (:func:`write_tombstones`), which update
bundles carry as withdrawals; putting the stories back removes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, delete, insert, or_, select
from sqlalchemy.orm import Session

from storydesk.catalogue import models

Row = Mapping[str, Any]


def _table(model: type[models.Base]) -> Table:
    """The table a mapped class is stored in."""
    return cast(Table, model.__table__)


# Tables whose rows hang off a story (by ``story_id``), in the order they are put back.
_STORY_TABLES: tuple[Table, ...] = (
    models.story_partners,
    models.story_places,
    models.story_countries,
    models.story_tags,
    models.story_sdgs,
    _table(models.Image),
    _table(models.StoryFigure),
    _table(models.TranslationLink),
    _table(models.ManualTranslation),
    _table(models.StoryEdit),
    _table(models.LocalField),
    models.collection_stories,
)


@dataclass(frozen=True)
class DeletedStories:
    """What a delete removed: enough to put the stories back exactly.

    Attributes:
        ids: The deleted stories' ids, in the order they were asked for.
        titles: Each deleted story's title, by id.
        missing: Ids asked for that no story had.
    """

    ids: tuple[str, ...]
    titles: Mapping[str, str]
    missing: tuple[str, ...] = ()
    _stories: tuple[Row, ...] = field(default=(), repr=False)
    _linked: Mapping[str, tuple[Row, ...]] = field(default_factory=dict, repr=False)
    _referenced: Mapping[str, tuple[Row, ...]] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.ids)

    def to_json(self) -> dict[str, list[str]]:
        """``{"deleted": [ids], "missing": [ids]}``, as ``storydesk delete --json`` prints."""
        return {"deleted": list(self.ids), "missing": list(self.missing)}


def _rows(session: Session, table: Table, column: Any, values: Sequence[Any]) -> tuple[Row, ...]:
    if not values:
        return ()
    result = session.execute(select(table).where(column.in_(list(values))))
    return tuple(dict(row._mapping) for row in result)


def capture(session: Session, ids: Sequence[str]) -> DeletedStories:
    """Copy the rows of the stories ``ids`` that exist (call before deleting them)."""
    wanted = list(dict.fromkeys(ids))
    stories_table = _table(models.Story)
    stories = _rows(session, stories_table, stories_table.c.id, wanted)
    found = {str(row["id"]): row for row in stories}
    existing = [i for i in wanted if i in found]
    linked = {
        table.name: _rows(session, table, table.c.story_id, existing) for table in _STORY_TABLES
    }
    detected = _table(models.DetectedTranslation)
    linked[detected.name] = (
        tuple(
            dict(row._mapping)
            for row in session.execute(
                select(detected).where(
                    or_(detected.c.story_id.in_(existing), detected.c.other_id.in_(existing))
                )
            )
        )
        if existing
        else ()
    )
    partners_table = _table(models.Partner)
    places_table = _table(models.Place)
    tags_table = _table(models.Tag)
    partner_ids = {r["partner_id"] for r in linked["story_partners"]}
    place_ids = {r["place_id"] for r in linked["story_places"] + linked["story_countries"]}
    tag_ids = {r["tag_id"] for r in linked["story_tags"]}
    referenced = {
        "partners": _rows(session, partners_table, partners_table.c.id, sorted(partner_ids)),
        "places": _rows(session, places_table, places_table.c.id, sorted(place_ids)),
        "tags": _rows(session, tags_table, tags_table.c.id, sorted(tag_ids)),
    }
    return DeletedStories(
        ids=tuple(existing),
        titles={i: str(found[i]["title"]) for i in existing},
        missing=tuple(i for i in wanted if i not in found),
        _stories=tuple(found[i] for i in existing),
        _linked=linked,
        _referenced=referenced,
    )


def put_back(session: Session, deleted: DeletedStories) -> None:
    """Insert the captured rows again (inside the caller's transaction).

    Directory rows (partners, places, tags) still present are left as they are; one that
    has gone meanwhile is put back too. Image and figure rows get fresh row ids (their
    order is kept by ``position``), since a later import may have used the old ones.
    """
    if not deleted.ids:
        return
    imports_table = _table(models.ImportRecord)
    known_imports = set(
        session.scalars(select(imports_table.c.id).where(imports_table.c.id.is_not(None)))
    )
    for name, table in (
        ("partners", _table(models.Partner)),
        ("places", _table(models.Place)),
        ("tags", _table(models.Tag)),
    ):
        rows = [dict(r) for r in deleted._referenced.get(name, ())]
        if rows:
            session.execute(upsert(session, table).on_conflict_do_nothing(), rows)
    stories = [dict(row) for row in deleted._stories]
    for row in stories:
        if row.get("import_id") not in known_imports:
            row["import_id"] = None
    session.execute(insert(_table(models.Story)), stories)
    for table in _STORY_TABLES:
        rows = [dict(r) for r in deleted._linked.get(table.name, ())]
        if table.name in ("images", "figures"):
            for row in rows:
                row.pop("id", None)
        if table is models.collection_stories and rows:
            # A collection deleted since the stories were: they do not bring it back.
            alive = set(session.scalars(select(_table(models.Collection).c.id)))
            rows = [row for row in rows if row["collection_id"] in alive]
        if rows:
            session.execute(insert(table), rows)
    _put_back_detected(session, deleted)


def _put_back_detected(session: Session, deleted: DeletedStories) -> None:
    """Put back the translations found at import that the delete took with it.

    A pair comes back when both its stories exist again and neither has had its
    translations decided by hand since (that decision wins).
    """
    detected = _table(models.DetectedTranslation)
    rows = [dict(r) for r in deleted._linked.get(detected.name, ())]
    if not rows:
        return
    ends = {r["story_id"] for r in rows} | {r["other_id"] for r in rows}
    stories = _table(models.Story)
    present = set(session.scalars(select(stories.c.id).where(stories.c.id.in_(ends))))
    manual = _table(models.ManualTranslation)
    decided = set(session.scalars(select(manual.c.story_id).where(manual.c.story_id.in_(ends))))
    rows = [
        r
        for r in rows
        if {r["story_id"], r["other_id"]} <= present
        and not {r["story_id"], r["other_id"]} & decided
    ]
    if rows:
        session.execute(upsert(session, detected).on_conflict_do_nothing(), rows)


def upsert(session: Session, table: Table) -> Any:
    """An INSERT that can say ``ON CONFLICT``, in the catalogue's own SQL dialect.

    The dialect's module is imported here, not at start-up: PostgreSQL's costs every command
    about 45 ms, and a field laptop never needs it.
    """
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table)


def delete_stories(session: Session, ids: Sequence[str]) -> None:
    """Delete the stories ``ids`` and leave a tombstone for each, in the caller's transaction.

    Image rows go first, then the stories (their links, figures and edits cascade). The
    delete of the app and ``storydesk delete`` (after :func:`capture`) and a withdrawal
    honoured by an import both come here.
    """
    if not ids:
        return
    stories = list(session.scalars(select(models.Story).where(models.Story.id.in_(list(ids)))))
    write_tombstones(session, [(s.id, s.title, s.publisher_key) for s in stories])
    session.execute(delete(models.Image).where(models.Image.story_id.in_(list(ids))))
    for story in stories:
        session.expire(story, ["images"])  # their rows are gone already
        session.delete(story)


def write_tombstones(session: Session, stories: Sequence[tuple[str, str, str | None]]) -> None:
    """Record deleted stories as :class:`~storydesk.catalogue.models.StoryTombstone` rows.

    Inside the delete's transaction: the id, title and publisher key of each story (``stories``)
    and the time, which an update bundle (``bundle create --since``) carries as a
    withdrawal. A tombstone already there for the id (deleted, imported again, deleted
    again) is renewed.
    """
    if not stories:
        return
    now = models.utcnow()
    table = _table(models.StoryTombstone)
    rows = [
        {"story_id": story_id, "title": title, "publisher_key": key, "deleted_at": now}
        for story_id, title, key in stories
    ]
    statement = upsert(session, table)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[table.c.story_id],
            set_={
                "title": statement.excluded.title,
                "publisher_key": statement.excluded.publisher_key,
                "deleted_at": statement.excluded.deleted_at,
            },
        ),
        rows,
    )


def remove_tombstones(session: Session, ids: Sequence[str]) -> None:
    """Forget the tombstones of ``ids`` (the stories came back: Undo Delete)."""
    if ids:
        table = _table(models.StoryTombstone)
        session.execute(table.delete().where(table.c.story_id.in_(list(ids))))
