"""Typed read models of catalogue rows: what the :class:`~storydesk.library.Library` returns.

Front ends and writers (packs, the command line) never see ORM objects or sessions: they
get these frozen records. Each has ``to_json()`` giving exactly the shape DESIGN.md's
``--json`` output documents (key order included), so ``storydesk show --json`` prints
``story.to_json()``.

The builders (:func:`story_summary`, :func:`story_full`, ...) run inside a session, on ORM
rows; image file paths come from a callable so this module stays below ``media/``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from storydesk.catalogue import models

ImagePath = Callable[[str, str], Path | None]
"""``image_path(sha256, ext)``: the stored original's file, or None when it is not there."""


@dataclass(frozen=True, slots=True)
class ImageRef:
    """One image of a story, with the file it is stored in (``path``) when stored."""

    sha256: str | None
    ext: str
    width: int | None
    height: int | None
    caption: str | None
    credit: str | None
    alt: str | None
    original_url: str | None
    path: Path | None = None

    def to_json(self) -> dict[str, Any]:
        """The image as ``show --json`` gives it (no local file path)."""
        return {
            "sha256": self.sha256,
            "width": self.width,
            "height": self.height,
            "caption": self.caption,
            "credit": self.credit,
            "alt": self.alt,
            "original_url": self.original_url,
        }


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A number the story reports ("1,200 households"): value, what it counts, the sentence."""

    value: str
    counts: str
    text: str

    def to_json(self) -> dict[str, Any]:
        """The figure as ``show --json`` gives it."""
        return {"value": self.value, "counts": self.counts, "text": self.text}


@dataclass(frozen=True, slots=True)
class StorySummary:
    """What a list of stories shows: title, date, language, places, partners, goals."""

    id: str
    title: str
    language: str | None
    date: dt.date | None
    countries: tuple[str, ...]
    places: tuple[str, ...]
    partners: tuple[str, ...]
    sdgs: tuple[int, ...]
    tags: tuple[str, ...]
    author: str | None
    source_name: str | None
    source_url: str | None

    @property
    def date_text(self) -> str | None:
        """The date as ISO text (``2025-07-31``), None when undated."""
        return self.date.isoformat() if self.date else None

    def to_json(self) -> dict[str, Any]:
        """The summary as ``list --json`` gives it."""
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "date": self.date_text,
            "countries": list(self.countries),
            "places": list(self.places),
            "partners": list(self.partners),
            "sdgs": list(self.sdgs),
            "tags": list(self.tags),
            "author": self.author,
            "source_name": self.source_name,
            "source_url": self.source_url,
        }


@dataclass(frozen=True, slots=True)
class Story(StorySummary):
    """A whole story: the summary's fields plus text, images, figures, links and origin."""

    summary: str | None
    body: str
    images: tuple[ImageRef, ...]
    figures: tuple[KeyFigure, ...]
    translations: tuple[str, ...]
    origin_file: str | None
    origin_bundle: str | None
    version: int = 0
    """The story's version (``stories.version``): raised by every change. An editor names
    the version it started from when it saves, so a change made meanwhile by someone else
    is not overwritten (:class:`~storydesk.errors.StoryChangedElsewhere`)."""

    def to_json(self) -> dict[str, Any]:
        """The story as ``show --json`` gives it."""
        data = StorySummary.to_json(self)
        data.update(
            {
                "summary": self.summary,
                "body": self.body,
                "images": [image.to_json() for image in self.images],
                "figures": [figure.to_json() for figure in self.figures],
                "translations": list(self.translations),
                "origin": {"file": self.origin_file, "bundle": self.origin_bundle},
                "version": self.version,
            }
        )
        return data


@dataclass(frozen=True, slots=True)
class PartnerSummary:
    """A partner of the directory with the number of stories naming it."""

    name: str
    aliases: tuple[str, ...]
    kind: str | None
    stories: int

    def to_json(self) -> dict[str, Any]:
        """The partner as ``partners --json`` gives it."""
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "kind": self.kind,
            "stories": self.stories,
        }


@dataclass(frozen=True, slots=True)
class PlaceSummary:
    """A place or country of the directory with the number of stories naming it."""

    name: str
    aliases: tuple[str, ...]
    kind: str | None
    country: str | None
    stories: int

    def to_json(self) -> dict[str, Any]:
        """The place as a dictionary (same keys as the fields)."""
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "kind": self.kind,
            "country": self.country,
            "stories": self.stories,
        }


@dataclass(frozen=True, slots=True)
class StoryRow:
    """A row of the desktop app's results list: the summary and its first image's thumbnail."""

    summary: StorySummary
    thumbnail: Path | None

    @property
    def id(self) -> str:
        """The story's id."""
        return self.summary.id

    @property
    def title(self) -> str:
        """The story's title."""
        return self.summary.title


@dataclass(frozen=True, slots=True)
class PageImage:
    """An image on the reading pane: the image, a display-size copy and the original."""

    image: ImageRef
    display: Path | None
    """A thumbnail at reading size (None when it cannot be made: a damaged or missing file)."""

    @property
    def original(self) -> Path | None:
        """The stored original (opened when the reader enlarges the picture)."""
        return self.image.path


@dataclass(frozen=True, slots=True)
class StoryPage:
    """Everything the reading pane shows: the story, its pictures, its translations."""

    story: Story
    images: tuple[PageImage, ...]
    translations: tuple[StorySummary, ...]
    """The linked translations that are in the catalogue, in the story's order."""


@dataclass(frozen=True, slots=True)
class CatalogueStats:
    """Counts of stories, stored images, partners named by stories, and indexed documents."""

    stories: int
    images: int
    partners: int
    index_documents: int

    def to_json(self) -> dict[str, int]:
        """The counts as ``stats --json`` gives them."""
        return {
            "stories": self.stories,
            "images": self.images,
            "partners": self.partners,
            "index_documents": self.index_documents,
        }


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What ``check`` found (one line per problem) and, with repair, what it fixed."""

    problems: tuple[str, ...]
    repaired: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether nothing is wrong."""
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        """The report as ``check --json`` gives it."""
        return {"ok": self.ok, "problems": list(self.problems), "repaired": list(self.repaired)}


@dataclass(frozen=True, slots=True)
class ReindexResult:
    """A rebuilt search index: how many stories it holds and how long it took."""

    documents: int
    seconds: float

    def to_json(self) -> dict[str, Any]:
        """The result as ``reindex --json`` gives it."""
        return {"documents": self.documents, "seconds": self.seconds}


# -- builders (inside a session) --------------------------------------------------------


def _summary_fields(story: models.Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "language": story.language,
        "date": story.date,
        "countries": tuple(place.name for place in story.countries),
        "places": tuple(place.name for place in story.places),
        "partners": tuple(partner.name for partner in story.partners),
        "sdgs": tuple(goal.number for goal in story.sdgs),
        "tags": tuple(sorted(tag.name for tag in story.tags)),
        "author": story.author,
        "source_name": story.source_name,
        "source_url": story.source_url,
    }


def story_summary(story: models.Story) -> StorySummary:
    """The summary of a catalogue row."""
    return StorySummary(**_summary_fields(story))


SUMMARY_CHUNK = 500
"""Stories whose summaries one round of queries reads (SQLite bounds the values of ``IN``)."""


def story_summaries(session: Session, ids: Iterable[str]) -> dict[str, StorySummary]:
    """Summaries of the stories ``ids`` (missing ids left out), read as plain rows.

    The same as :func:`story_summary` of each story, without loading the stories as
    objects: that would read each story's text and every relationship (figures, images,
    the partners' and places' aliases...) a list row never shows, and the results list
    asks for a page of rows whenever it scrolls or a search ends.
    """
    Story_, Partner, Place = models.Story, models.Partner, models.Place
    wanted = list(dict.fromkeys(ids))
    found: dict[str, StorySummary] = {}
    for start in range(0, len(wanted), SUMMARY_CHUNK):
        chunk = wanted[start : start + SUMMARY_CHUNK]
        names: dict[str, dict[str, list[str]]] = {
            kind: {} for kind in ("countries", "places", "partners")
        }
        for kind, table, column, entity in (
            ("countries", models.story_countries, models.story_countries.c.place_id, Place),
            ("places", models.story_places, models.story_places.c.place_id, Place),
            ("partners", models.story_partners, models.story_partners.c.partner_id, Partner),
        ):
            for story_id, name in session.execute(
                select(table.c.story_id, entity.name)
                .join(entity, entity.id == column)
                .where(table.c.story_id.in_(chunk))
                .order_by(table.c.story_id, table.c.position)
            ):
                names[kind].setdefault(story_id, []).append(name)
        goals: dict[str, list[int]] = {}
        for story_id, goal in session.execute(
            select(models.story_sdgs.c.story_id, models.story_sdgs.c.goal)
            .where(models.story_sdgs.c.story_id.in_(chunk))
            .order_by(models.story_sdgs.c.story_id, models.story_sdgs.c.goal)
        ):
            goals.setdefault(story_id, []).append(goal)
        tags: dict[str, list[str]] = {}
        for story_id, tag in session.execute(
            select(models.story_tags.c.story_id, models.Tag.name)
            .join(models.Tag, models.Tag.id == models.story_tags.c.tag_id)
            .where(models.story_tags.c.story_id.in_(chunk))
        ):
            tags.setdefault(story_id, []).append(tag)
        for row in session.execute(
            select(
                Story_.id,
                Story_.title,
                Story_.language,
                Story_.date,
                Story_.author,
                Story_.source_name,
                Story_.source_url,
            ).where(Story_.id.in_(chunk))
        ):
            found[row.id] = StorySummary(
                id=row.id,
                title=row.title,
                language=row.language,
                date=row.date,
                countries=tuple(names["countries"].get(row.id, ())),
                places=tuple(names["places"].get(row.id, ())),
                partners=tuple(names["partners"].get(row.id, ())),
                sdgs=tuple(goals.get(row.id, ())),
                tags=tuple(sorted(tags.get(row.id, ()))),
                author=row.author,
                source_name=row.source_name,
                source_url=row.source_url,
            )
    return found


def translation_ids(session: Session, story: models.Story, *, detected: bool = True) -> list[str]:
    """Ids of stories linked to ``story`` as translations, in either direction.

    A story whose translations were set by hand (:class:`models.ManualTranslation`) has
    exactly its hand-made group (or none, once unlinked); the links from front matter and
    the pairs found at import (:class:`models.DetectedTranslation`) neither add such a
    story to another nor another to it.

    Args:
        session: An open catalogue session.
        story: The story.
        detected: Whether the pairs found at import count (False: only the links made by
            hand or named in front matter).
    """
    Story_, Link = models.Story, models.TranslationLink
    Manual, Detected = models.ManualTranslation, models.DetectedTranslation
    decision = session.get(Manual, story.id)
    if decision is not None:
        if decision.group_id is None:
            return []
        group = select(Manual.story_id).where(
            Manual.group_id == decision.group_id, Manual.story_id != story.id
        )
        return sorted(set(session.scalars(group)))
    targets = [link.target_key for link in story.translation_links]
    linking = select(Link.story_id).where(
        Link.target_key.in_([story.key, f"id:{story.id.casefold()}"])
    )
    clauses: list[ColumnElement[bool]] = [Story_.id.in_(linking)]
    if detected and story.language:
        # A pair found at import counts while the two stories' languages differ (an edit
        # may since have given them the same one).
        found = (
            select(Detected.other_id)
            .where(Detected.story_id == story.id)
            .union(select(Detected.story_id).where(Detected.other_id == story.id))
        )
        clauses.append(and_(Story_.id.in_(found), Story_.language != story.language))
    if targets:
        clauses.append(Story_.key.in_(targets))
        clauses.append(Story_.id.in_([t.removeprefix("id:") for t in targets]))
    rows = session.scalars(
        select(Story_.id).where(
            or_(*clauses), Story_.id != story.id, Story_.id.not_in(select(Manual.story_id))
        )
    )
    return sorted(set(rows))


def image_ref(image: models.Image, image_path: ImagePath | None = None) -> ImageRef:
    """A stored (or remote-only) image row, with its file when ``image_path`` finds it."""
    ext = image.ext or ""
    path = image_path(image.sha256, ext) if image.sha256 and image_path is not None else None
    return ImageRef(
        sha256=image.sha256,
        ext=ext,
        width=image.width,
        height=image.height,
        caption=image.caption,
        credit=image.credit,
        alt=image.alt,
        original_url=image.original_url,
        path=path,
    )


def story_full(session: Session, story: models.Story, image_path: ImagePath | None = None) -> Story:
    """The whole story of a catalogue row."""
    return Story(
        **_summary_fields(story),
        summary=story.summary,
        body=story.body,
        images=tuple(image_ref(image, image_path) for image in story.images),
        figures=tuple(KeyFigure(f.value, f.counts, f.text) for f in story.figures),
        translations=tuple(translation_ids(session, story)),
        origin_file=story.origin_file,
        origin_bundle=story.origin_bundle,
        version=story.version or 0,
    )


def partner_entry(partner: models.Partner, stories: int) -> PartnerSummary:
    """A partner as ``partners`` lists it."""
    return PartnerSummary(
        name=partner.name,
        aliases=_aliases(partner.name, (a.alias for a in partner.aliases)),
        kind=partner.kind,
        stories=stories,
    )


def place_entry(place: models.Place, stories: int) -> PlaceSummary:
    """A place with its story count (for the desktop app's place directory)."""
    return PlaceSummary(
        name=place.name,
        aliases=_aliases(place.name, (a.alias for a in place.aliases)),
        kind=place.kind,
        country=place.country,
        stories=stories,
    )


def _aliases(name: str, aliases: Iterable[str]) -> tuple[str, ...]:
    return tuple(alias for alias in aliases if alias != name)


# -- edits ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EditResult:
    """What an edit did: the story as it now is, the fields it changed, the edit's revision.

    ``revision`` is None when nothing changed (every value was the story's already).
    ``before`` holds each changed field's value just before the edit (JSON-shaped, as
    :meth:`~storydesk.library.Library.edit_story` takes it), read in the edit's own
    transaction: what an undo puts back. ``story.version`` is the version the edit made (an
    undo names it, so it does not overwrite a later change by someone else).
    """

    story: Story
    changed: tuple[str, ...]
    revision: str | None
    before: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The edit as ``edit --json`` reports it besides the story."""
        return {"changed": list(self.changed), "revision": self.revision}


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One field of a story changed by hand: before and after (JSON values), when, where.

    ``action`` is ``edit``, ``undo`` (the app's Undo), ``theirs`` (an import conflict
    settled by taking the file's value) or ``mine`` (settled by keeping the edit: ``old`` is
    the file's value that was turned down).
    """

    revision: str
    field: str
    old: Any
    new: Any
    action: str
    edited_at: dt.datetime
    machine: str

    def to_json(self) -> dict[str, Any]:
        """The entry as ``history --json`` gives it (time in UTC, ISO 8601)."""
        return {
            "revision": self.revision,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "action": self.action,
            "edited_at": self.edited_at.replace(microsecond=0).isoformat() + "Z",
            "machine": self.machine,
        }


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """A field edited here whose file, imported again, says something else.

    The story keeps the edited value (``local``) until the editor keeps it or takes the
    file's (``incoming``); both as one line of text. ``path`` is the file that said it.
    """

    id: str
    title: str
    field: str
    local: str
    incoming: str
    path: str

    def to_json(self) -> dict[str, Any]:
        """The conflict as ``conflicts --json`` gives it."""
        return {
            "id": self.id,
            "title": self.title,
            "field": self.field,
            "local": self.local,
            "incoming": self.incoming,
            "path": self.path,
        }
