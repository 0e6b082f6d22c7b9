"""The one facade over a StoryDesk data folder, shared by the command line and the desktop app.

``Library.open(data_dir)`` opens (or creates) the catalogue, brings the schema and the
partner/place directory up to date, and makes sure the search index matches the catalogue.
Every operation that changes stories commits the catalogue first, then updates the index
through the one search writer, so a crash in between is noticed and repaired on next open.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from storydesk.catalogue.db import open_catalogue
from storydesk.catalogue.directory_sync import sync_directory
from storydesk.catalogue.models import (
    Image,
    Partner,
    Place,
    Story,
    story_countries,
    story_partners,
    story_places,
)
from storydesk.catalogue.views import partner_entry, place_entry, story_full, story_summary
from storydesk.errors import StoryNotFound
from storydesk.export.bundle import BundleSummary, write_bundle
from storydesk.ingest.directory import Directory, default_directory
from storydesk.ingest.importer import (
    Importer,
    ImportReport,
    bump_generation,
    current_generation,
)
from storydesk.media.store import MediaStore
from storydesk.paths import DataLayout, default_data_dir
from storydesk.progress import Cancel, Progress
from storydesk.search.service import SearchResult, SearchService

log = logging.getLogger(__name__)

REBUILD_AT = 2000
"""Stories changed at once from which the index is rebuilt rather than updated."""


class Library:
    """A StoryDesk data folder: catalogue, media and search index."""

    def __init__(
        self,
        layout: DataLayout,
        engine: Engine,
        sessions: sessionmaker[Session],
        directory: Directory,
        media: MediaStore,
        search_service: SearchService,
    ) -> None:
        self.layout = layout
        self.engine = engine
        self.sessions = sessions
        self.directory = directory
        self.media = media
        self.search_service = search_service
        self._importer = Importer(sessions, media, directory)
        self._pending_ids: set[str] = set()
        self._pending_lock = threading.Lock()

    @classmethod
    def open(
        cls,
        data_dir: Path | str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Library:
        """Open the library in ``data_dir`` (default: see :mod:`storydesk.paths`).

        Creates the folder and an empty catalogue on first use; migrates an older catalogue
        (after a backup); rebuilds a missing, stale or damaged search index, reporting
        progress through ``progress(done, total, what)``.
        """
        layout = DataLayout(Path(data_dir) if data_dir is not None else default_data_dir())
        layout.ensure()
        engine, sessions = open_catalogue(layout.catalogue, layout.backups)
        directory = default_directory()
        with sessions.begin() as session:
            sync_directory(session, directory)
            generation = current_generation(session)
        media = MediaStore(layout.media, layout.thumbs)
        search_service = SearchService(layout.index, sessions)
        library = cls(layout, engine, sessions, directory, media, search_service)
        search_service.ensure_ready(generation, progress=progress, cancel=cancel)
        return library

    def close(self) -> None:
        """Release the index and the catalogue."""
        self.search_service.close()
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- changing the catalogue -------------------------------------------------------

    def import_paths(
        self,
        paths: Sequence[Path | str],
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        *,
        index: bool = True,
    ) -> ImportReport:
        """Import story files, folders and bundles (see :mod:`storydesk.ingest.importer`).

        Args:
            paths: Files, folders and bundles.
            progress: Called as ``progress(done, total, current file)``.
            cancel: Polled between files; True stops the import and keeps nothing.
            index: Bring the search index up to date before returning. The desktop app
                passes False and calls :meth:`index_pending` next, so new stories can be
                browsed while the index catches up.
        """
        report = self._importer.import_paths(paths, progress=progress, cancel=cancel)
        if report.changed_ids:
            if index:
                self._index(report.changed_ids, progress)
            else:
                with self._pending_lock:
                    self._pending_ids.update(report.changed_ids)
        return report

    def index_pending(self, progress: Progress | None = None) -> int:
        """Index the stories imported with ``index=False``; returns how many there were.

        Until this runs, those stories are browsable (in the catalogue) and searches say
        how many are still being indexed (``SearchResult.pending``).
        """
        with self._pending_lock:
            ids = sorted(self._pending_ids)
            self._pending_ids.clear()
        if ids:
            self._index(ids, progress)
        return len(ids)

    def _index(self, ids: Sequence[str], progress: Progress | None) -> None:
        generation = self.generation()
        # A batch as large as the index itself is faster rebuilt whole, with two writer
        # processes, than updated document by document through one writer.
        if len(ids) >= REBUILD_AT and len(ids) >= self.search_service.document_count():
            self.search_service.rebuild(generation, progress=progress)
        else:
            self.search_service.apply(ids, [], generation)

    def delete_stories(self, ids: Sequence[str]) -> int:
        """Delete stories by id; returns how many existed."""
        with self.sessions.begin() as session:
            existing = list(session.scalars(select(Story.id).where(Story.id.in_(list(ids)))))
            if existing:
                session.execute(delete(Image).where(Image.story_id.in_(existing)))
                for story in session.scalars(select(Story).where(Story.id.in_(existing))):
                    session.delete(story)
                bump_generation(session)
        if existing:
            self.search_service.apply([], existing, self.generation())
        return len(existing)

    def generation(self) -> str:
        """The catalogue's current generation marker."""
        with self.sessions.begin() as session:
            return current_generation(session)

    # -- reading ----------------------------------------------------------------------

    def list_stories(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Story summaries, newest first (undated stories last)."""
        with self.sessions() as session:
            query = (
                select(Story)
                .order_by(Story.date.is_(None), Story.date.desc(), Story.title)
                .offset(offset)
            )
            if limit is not None:
                query = query.limit(limit)
            return [story_summary(s) for s in session.scalars(query)]

    def story_ids(self, sort: str = "date") -> list[str]:
        """Every story id in display order (for item models that fetch rows on demand)."""
        with self.sessions() as session:
            order = (
                (Story.title,)
                if sort == "title"
                else (Story.date.is_(None), Story.date.desc(), Story.title)
            )
            return list(session.scalars(select(Story.id).order_by(*order)))

    def summaries(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Summaries of the given stories, by id (missing ids are left out)."""
        with self.sessions() as session:
            rows = session.scalars(select(Story).where(Story.id.in_(list(ids))))
            return {s.id: story_summary(s) for s in rows}

    def get_story(self, story_id: str) -> dict[str, Any]:
        """The full story.

        Raises:
            StoryNotFound: No story has this id.
        """
        with self.sessions() as session:
            story = session.get(Story, story_id)
            if story is None:
                raise StoryNotFound(f"no story has the id '{story_id}'")
            return story_full(session, story)

    def partners(self) -> list[dict[str, Any]]:
        """The partner directory with story counts, most-mentioned first."""
        with self.sessions() as session:
            counts = dict(
                session.execute(
                    select(story_partners.c.partner_id, func.count()).group_by(
                        story_partners.c.partner_id
                    )
                ).all()
            )
            rows = session.scalars(select(Partner).order_by(Partner.name))
            entries = [partner_entry(p, counts.get(p.id, 0)) for p in rows]
        return sorted(entries, key=lambda e: (-e["stories"], e["name"].casefold()))

    def places(self) -> list[dict[str, Any]]:
        """Places and countries with story counts, most-mentioned first."""
        with self.sessions() as session:
            counts: dict[int, int] = {}
            for table in (story_places, story_countries):
                for place_id, n in session.execute(
                    select(table.c.place_id, func.count()).group_by(table.c.place_id)
                ):
                    counts[place_id] = counts.get(place_id, 0) + n
            rows = session.scalars(select(Place).order_by(Place.name))
            entries = [place_entry(p, counts.get(p.id, 0)) for p in rows]
        return sorted(entries, key=lambda e: (-e["stories"], e["name"].casefold()))

    def stats(self) -> dict[str, int]:
        """Counts of stories, stored images, partners named by stories, and indexed documents."""
        with self.sessions() as session:
            stories = session.scalar(select(func.count()).select_from(Story)) or 0
            images = (
                session.scalar(
                    select(func.count(func.distinct(Image.sha256))).where(Image.sha256.is_not(None))
                )
                or 0
            )
            partners = (
                session.scalar(select(func.count(func.distinct(story_partners.c.partner_id)))) or 0
            )
        return {
            "stories": stories,
            "images": images,
            "partners": partners,
            "index_documents": self.search_service.document_count(),
        }

    # -- search -----------------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 20,
        facets: bool = False,
        sort: str = "relevance",
        filters: dict[str, Sequence[str]] | None = None,
        offset: int = 0,
    ) -> SearchResult:
        """Full-text search over the catalogue (see :mod:`storydesk.search`)."""
        return self.search_service.search(
            query, limit=limit, facets=facets, sort=sort, filters=filters, offset=offset
        )

    def reindex(
        self, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> dict[str, Any]:
        """Rebuild the search index from the catalogue: ``{"documents", "seconds"}``."""
        started = time.perf_counter()
        result = self.search_service.rebuild(self.generation(), progress=progress, cancel=cancel)
        result.setdefault("seconds", round(time.perf_counter() - started, 2))
        return result

    def ids_for_query(self, query: str) -> list[str]:
        """Ids of every story a search finds, best first (for packs and bundles).

        As many as the search's ``total``, whatever page size a search would use.
        """
        return self.search_service.matching_ids(query)

    def create_bundle(
        self, ids: Sequence[str], output: Path | str, title: str | None = None
    ) -> BundleSummary:
        """Write the stories with ``ids`` to a ``.storybundle`` file."""
        return write_bundle(self.sessions, self.media, ids, Path(output), title=title)

    # -- integrity --------------------------------------------------------------------

    def check(self, repair: bool = False) -> dict[str, Any]:
        """Check catalogue, media and index; with ``repair``, fix what can be fixed."""
        problems: list[str] = []
        repaired: list[str] = []
        with self.engine.connect() as connection:
            result = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
            if result != "ok":
                problems.append(f"catalogue: SQLite integrity check says {result}")
            for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"catalogue: a row in {row[0]} points at a missing {row[2]}")
        with self.sessions() as session:
            referenced = set(
                session.execute(
                    select(Image.sha256, Image.ext).where(Image.sha256.is_not(None)).distinct()
                ).all()
            )
        for sha256, ext in sorted(referenced):
            if not self.media.has(sha256, ext):
                problems.append(f"media: image {sha256}{ext} is missing from {self.layout.media}")
        problems += [f"media: {p}" for p in self.media.verify()]
        index_problems = self.search_service.check()
        # The index is derived, so repairing it is always safe: rebuild from the catalogue.
        if index_problems and repair:
            self.reindex()
            repaired.append("search index rebuilt from the catalogue")
            index_problems = self.search_service.check()
        problems += [f"index: {p}" for p in index_problems]
        return {"ok": not problems, "problems": problems, "repaired": repaired}
