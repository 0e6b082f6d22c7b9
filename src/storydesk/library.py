"""The one facade over a StoryDesk data folder, shared by the command line and the desktop app.

``Library.open(data_dir)`` opens (or creates) the catalogue, brings the schema and the
partner/place directory up to date, and makes sure the search index matches the catalogue.
Every operation that changes stories commits the catalogue first, then updates the index
through the one search writer, so a crash in between is noticed and repaired on next open.

One writer, many readers: everything that changes the data folder holds its writer lock
(:mod:`storydesk.catalogue.lock`); a second writer waits, then says the catalogue is busy.
The upkeep at open (migration, directory sync, leftover files, the daily backup, rebuilding
a stale index) runs only when the lock is free, and fails soft: a full disk leaves a warning
in :attr:`Library.warnings`, and reading goes on. A read-only data folder opens read-only.
A used data folder whose catalogue is lost is refused, never silently emptied
(:mod:`storydesk.catalogue.backups`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import random
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from sqlalchemy import Engine, func, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from storydesk.atomic import SHARED_FILE_MODE, atomic_output, write_file
from storydesk.catalogue import backups, collections, edits, models, withdrawal
from storydesk.catalogue.backups import BackupInfo, RestoreResult
from storydesk.catalogue.collections import (
    CollectionChange,
    CollectionError,
    CollectionSummary,
    SavedSearchEntry,
)
from storydesk.catalogue.db import (
    MIGRATION_LOCK,
    SCHEMA_HEAD,
    current_revision,
    display_url,
    open_catalogue,
    open_catalogue_read_only,
    open_shared_catalogue,
    shared_catalogue_error,
)
from storydesk.catalogue.db import probe_shared_catalogue as probe_shared_catalogue
from storydesk.catalogue.directory_sync import sync_directory
from storydesk.catalogue.edits import EDITABLE_FIELDS
from storydesk.catalogue.generation import (
    GENERATION,
    bump_generation,
    catalogue_id,
    current_generation,
    trim_changes,
)
from storydesk.catalogue.lock import DEFAULT_WAIT, OnWait, WriterLock
from storydesk.catalogue.merges import PartnerMerge, merge_partner_rows
from storydesk.catalogue.models import (
    Image,
    Partner,
    Place,
    Setting,
    StoryFigure,
    story_countries,
    story_partners,
    story_places,
)
from storydesk.catalogue.name_rows import NameRows, write_link_positions
from storydesk.catalogue.translation_finder import find_translations
from storydesk.catalogue.views import (
    CatalogueStats,
    CheckReport,
    EditResult,
    FieldConflict,
    HistoryEntry,
    ImageRef,
    KeyFigure,
    PageImage,
    PartnerSummary,
    PlaceSummary,
    ReindexResult,
    Story,
    StoryPage,
    StoryRow,
    StorySummary,
    partner_entry,
    place_entry,
    story_full,
    story_summaries,
    translation_ids,
)
from storydesk.catalogue.withdrawal import DeletedStories
from storydesk.errors import (
    CatalogueBusy,
    CatalogueDamaged,
    CatalogueError,
    PackError,
    ReadOnlyDataFolder,
    StorageError,
    StoryChangedElsewhere,
    StoryDeskError,
    StoryNotFound,
    message_of,
    storage_error,
)
from storydesk.gazetteer import Directory, DisplayNames, default_directory
from storydesk.ingest.figures_version import FIGURES_VERSION
from storydesk.ingest.formats import IMPORT_KINDS
from storydesk.media.shared import SharedMedia
from storydesk.media.store import MediaStore
from storydesk.messages import translatable
from storydesk.packs.fonts import prepare_pack_fonts
from storydesk.packs.model import FORMATS as PACK_FORMATS
from storydesk.packs.model import (
    LABEL_LANGUAGES,
    PAPER_SIZES,
    PackOptions,
    PackResult,
    build_pack,
    default_pack_title,
)
from storydesk.paths import DATABASE_URL_ENV, DataLayout, default_data_dir, synced_folder_warning
from storydesk.progress import CancelToken, Progress
from storydesk.search.index import SearchIndex
from storydesk.search.query import date_range
from storydesk.search.schema import DATE_FILTER, FACET_FIELDS, UNDATED
from storydesk.search.sdg import KeywordError, SdgSuggestion, suggest_sdgs
from storydesk.search.searcher import Searcher, SearchResult
from storydesk.search.service import SearchService, SearchServiceUnavailable
from storydesk.text import fold_name, language_name, normalise_language, spaced_fingerprint

__all__ = [
    "DATE_FILTER",
    "EDITABLE_FIELDS",
    "IMPORT_KINDS",
    "LABEL_LANGUAGES",
    "PAPER_SIZES",
    "SEARCH_FILTERS",
    "UNDATED",
    "BackupInfo",
    "BundleCheck",
    "CatalogueStats",
    "CheckReport",
    "CollectionChange",
    "CollectionError",
    "CollectionSummary",
    "DeletedStories",
    "DisplayNames",
    "EditResult",
    "FieldConflict",
    "HistoryEntry",
    "ImageRef",
    "ImportReport",
    "KeyFigure",
    "KeyInfo",
    "Library",
    "PackOptions",
    "PackResult",
    "PageImage",
    "PartnerMerge",
    "PartnerSummary",
    "PlaceSummary",
    "ReindexResult",
    "RestoreResult",
    "SavedSearchEntry",
    "SdgSuggestion",
    "SearchResult",
    "SearchService",
    "SearchServiceUnavailable",
    "Story",
    "StoryPage",
    "StoryRow",
    "StorySummary",
    "date_range",
    "default_pack_title",
    "language_name",
    "list_backups",
    "prepare_pack_fonts",
    "restore_catalogue",
    "spaced_fingerprint",
    "user_error",
    "verify_bundle",
    "write_file",
]
"""What the front ends may take from here: the Library, its records and a few helpers."""

if TYPE_CHECKING:
    from storydesk.bundle.keys import KeyInfo
    from storydesk.bundle.signing import PublicKey, SigningKey, TrustSnapshot
    from storydesk.bundle.verify import BundleCheck
    from storydesk.bundle.writer import BundleSummary
    from storydesk.ingest.importer import Importer, ImportReport
    from storydesk.packs.pdf import PreparedPack as PreparedPack

# Reading and writing bundles and files pulls in the readers (YAML, Markdown, HTML, ZIP
# checks): about 0.4 s a command that never imports anything (``show``, ``search``) need
# not pay. They are imported on first use; their records through ``__getattr__`` below.
_LAZY_NAMES = {
    "BundleCheck": "storydesk.bundle.verify",
    "BundleSummary": "storydesk.bundle.writer",
    "ImportReport": "storydesk.ingest.importer",
    "KeyInfo": "storydesk.bundle.keys",
}


def __getattr__(name: str) -> object:
    """The records of lazily imported modules (``from storydesk.library import ImportReport``)."""
    module = _LAZY_NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


log = logging.getLogger(__name__)

_FINDS_TRANSLATIONS = frozenset({"language", "date", "countries", "places", "partners"})
"""Fields whose edit makes the catalogue look for the story's translations again."""


class _Alias(Protocol):
    @property
    def folded(self) -> str: ...


class _Aliased(Protocol):
    """A partner or a place: a canonical name and its aliases."""

    @property
    def name(self) -> str: ...

    @property
    def aliases(self) -> Sequence[_Alias]: ...


RowWithAliases = TypeVar("RowWithAliases", bound=_Aliased)

REBUILD_AT = 2000
"""Stories changed at once from which the index is rebuilt rather than updated."""
OPENING = "opening the catalogue"
LIST_THUMB = 160
"""Longest side of a results-list thumbnail, in pixels."""
PAGE_IMAGE = 720
"""Longest side of a picture on the reading pane, in pixels."""
FIGURES_SETTING = "figures_version"
"""The setting holding the figure finder's version the stored key figures were found by."""
FIGURES_BATCH = 500
"""Stories whose key figures are found again per transaction."""
UPKEEP_WAIT = 15.0
"""Seconds an open waits for another StoryDesk's upkeep at open before reading without it."""
SHARED_RETRIES = 6
"""Tries of a write transaction on a shared catalogue that collides with other machines'
(a deadlock, a serialization failure, a story key another machine added first)."""
_COLLISIONS = frozenset({"40001", "40P01", "23505", "23503"})
"""PostgreSQL's SQLSTATEs for those collisions: serialization failure, deadlock detected,
unique violation, foreign key violation (a row another machine deleted meanwhile)."""
_T = TypeVar("_T")
SEARCH_FILTERS: tuple[str, ...] = (*FACET_FIELDS, DATE_FILTER)
"""The filters a search (and a saved search) takes: the facets (countries, places,
partners...) and a date range."""


class Library:
    """A StoryDesk data folder: catalogue, media and search index."""

    def __init__(
        self,
        layout: DataLayout,
        engine: Engine,
        sessions: sessionmaker[Session],
        directory: Directory,
        media: MediaStore,
        search_index: SearchIndex,
        *,
        lock: WriterLock | None = None,
        read_only: bool = False,
        database: str | None = None,
    ) -> None:
        self.layout = layout
        self.database = database
        """A shared catalogue's URL (without its password), or ``None`` for the data
        folder's own SQLite file."""
        self._database_url: str | None = None  # the same, as given (the search process)
        self._engine = engine
        self._sessions = sessions
        self._directory = directory
        self._media = media
        self._search_index = search_index
        self._searcher = Searcher(search_index)
        self.read_only = read_only
        self.read_only_reason: str | None = None
        """Why a writable folder was opened read-only (a full disk), if it was."""
        self.warnings: list[str] = []
        """One-line warnings from opening (cloud-sync folder, index not updated, ...)."""
        self._lock = lock
        self._importer_instance: Importer | None = None
        self._pending_ids: set[str] = set()
        self._pending_lock = threading.Lock()
        self._search_service: SearchService | None = None

    @classmethod
    def open(
        cls,
        data_dir: Path | str | None = None,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
        *,
        wait: float | None = None,
        on_wait: OnWait | None = None,
        read_only: bool | None = None,
        database_url: str | None = None,
    ) -> Library:
        """Open the library in ``data_dir`` (default: see :mod:`storydesk.paths`).

        With ``database_url`` (default: the ``STORYDESK_DATABASE_URL`` environment
        variable) the catalogue is a shared one on PostgreSQL (docs/headquarters.md); the
        data folder then holds this machine's search index and media cache for it.

        Creates the folder and an empty catalogue on first use; migrates an older catalogue
        (after a backup); rebuilds a missing, stale or damaged search index, reporting
        progress through ``progress(done, total, what)``. That upkeep needs the writer
        lock: while another StoryDesk writes, the library opens for reading as it stands.

        Args:
            data_dir: The data folder.
            progress: Progress of an index rebuild.
            cancel: Stops an index rebuild (raising
                :class:`~storydesk.errors.Cancelled`); the old index is kept.
            wait: Seconds a write waits for another writer (default
                :data:`~storydesk.catalogue.lock.DEFAULT_WAIT`).
            on_wait: Called once with a sentence when a write starts waiting.
            read_only: Open without writing anything (default: when the folder or the
                catalogue cannot be written).
            database_url: A shared catalogue's SQLAlchemy URL
                (``postgresql+psycopg://user@host/storydesk``).

        Raises:
            CatalogueMissing: The folder was used but its catalogue is missing or empty.
            CatalogueDamaged: The catalogue is not a readable database.
            CatalogueBusy: A migration waited too long for another writer.
            StorageError: The disk is full, read-only or failing.
        """
        root = Path(data_dir) if data_dir is not None else default_data_dir()
        layout = DataLayout(root)
        flag = _data_flag(root)
        url = database_url if database_url is not None else os.environ.get(DATABASE_URL_ENV)
        if url is not None and not url.strip():
            url = None
        if read_only is None:
            read_only = not layout.writable()
        notes: list[str] = []
        synced = synced_folder_warning(root)
        if synced:
            notes.append(synced)
        try:
            if url is not None and read_only:
                library = cls._open_shared_read_only(layout, url)
            elif url is not None:
                library = cls._open_writable(
                    layout, wait, on_wait, progress, cancel, notes, url=url
                )
            elif read_only:
                backups.refuse_lost_catalogue(layout.catalogue, layout.backups, flag)
                library = cls._open_read_only(layout)
            else:
                backups.refuse_lost_catalogue(layout.catalogue, layout.backups, flag)
                try:
                    library = cls._open_writable(layout, wait, on_wait, progress, cancel, notes)
                except (OSError, sqlite3.Error, DBAPIError, StorageError) as exc:
                    # A full or failing disk cannot take SQLite's -wal/-shm files: reading
                    # the catalogue read-only still works, so `list` or `export` do.
                    error = exc if isinstance(exc, StorageError) else storage_error(exc, root)
                    if not isinstance(error, StorageError) or not layout.catalogue.is_file():
                        raise
                    library = cls._open_read_only(layout, reason=message_of(error))
        except CatalogueDamaged as exc:
            raise backups.damaged_error(
                layout.catalogue, layout.backups, _detail(exc), flag
            ) from exc
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            error = storage_error(exc, root)
            if isinstance(error, CatalogueDamaged):
                raise backups.damaged_error(
                    layout.catalogue, layout.backups, _detail(error), flag
                ) from exc
            if error is None:
                raise
            raise error from exc
        library.warnings[:0] = notes
        return library

    @classmethod
    def _open_shared_read_only(cls, layout: DataLayout, url: str) -> Library:
        """Open a shared catalogue on PostgreSQL without writing anything (a read-only data
        folder: nothing can keep this machine's index or image cache)."""
        engine, sessions = open_shared_catalogue(url, maintain=False)
        reader = cls(
            layout,
            engine,
            sessions,
            default_directory(),
            MediaStore(layout.media, layout.thumbs, shared=SharedMedia(sessions)),
            SearchIndex(layout.index, sessions),
            read_only=True,
            database=display_url(url),
        )
        reader._database_url = url
        reader.warnings.append(
            translatable(
                "Storage",
                "{path}: the data folder is read-only; StoryDesk shows and searches the "
                "shared catalogue but cannot change it, and searches use the search index "
                "as it stands",
            ).format(path=layout.root)
        )
        return reader

    @classmethod
    def _open_read_only(cls, layout: DataLayout, reason: str | None = None) -> Library:
        if not layout.root.is_dir():
            raise StorageError(
                translatable(
                    "Storage",
                    "{path}: the data folder does not exist and cannot be created "
                    "(the disk or its parent folder is read-only)",
                ).format(path=layout.root)
            )
        engine, sessions = open_catalogue_read_only(layout.catalogue)
        media = MediaStore(layout.media, layout.thumbs)
        search_index = SearchIndex(layout.index, sessions)
        library = cls(
            layout, engine, sessions, default_directory(), media, search_index, read_only=True
        )
        library.read_only_reason = reason
        library.warnings.append(
            translatable(
                "Storage",
                "{reason}; the catalogue is open for reading only, and searches use the search "
                "index as it stands",
            ).format(reason=reason)
            if reason
            else translatable(
                "Storage",
                "{path}: the data folder is read-only; StoryDesk shows and searches it but "
                "cannot change it, and searches use the search index as it stands",
            ).format(path=layout.root)
        )
        return library

    @classmethod
    def _open_writable(
        cls,
        layout: DataLayout,
        wait: float | None,
        on_wait: OnWait | None,
        progress: Progress | None,
        cancel: CancelToken | None,
        notes: list[str],
        *,
        url: str | None = None,
    ) -> Library:
        """Open for writing: the data folder's SQLite catalogue, or with ``url`` a shared one
        on PostgreSQL, whose machines each keep their own index and image cache here.

        The writer lock guards this data folder (its catalogue file, or its index and image
        cache); on a shared catalogue the server keeps different machines' writers apart
        (row versions, the change log). Without the lock (another StoryDesk is writing
        here) the library opens as the catalogue stands, without upkeep.
        """
        layout.ensure()
        lock = WriterLock(layout.lock, DEFAULT_WAIT if wait is None else wait, on_wait)
        held = lock.try_acquire(OPENING)
        library: Library | None = None
        try:
            if not held and url is None and _needs_setup(layout.catalogue):
                lock.acquire(OPENING)
                held = True
            elif not held and lock.holder().get("doing") == OPENING:
                # Another StoryDesk is only doing its own upkeep at open: usually brief.
                held = lock.try_acquire(OPENING, timeout=min(lock.wait, UPKEEP_WAIT))
            if url is None:
                engine, sessions = open_catalogue(layout.catalogue, layout.backups, maintain=held)
                backups.guard_mass_changes(sessions, layout.catalogue, layout.backups)
                media = MediaStore(layout.media, layout.thumbs)
            else:
                engine, sessions = open_shared_catalogue(url, maintain=held)
                media = MediaStore(layout.media, layout.thumbs, shared=SharedMedia(sessions))
            library = cls(
                layout,
                engine,
                sessions,
                default_directory(),
                media,
                SearchIndex(layout.index, sessions),
                lock=lock,
                database=display_url(url) if url is not None else None,
            )
            library._database_url = url
            if held:
                library._upkeep(progress, cancel)
            else:
                notes.append(
                    translatable(
                        "Catalogue",
                        "{path}: another StoryDesk is {doing}; showing the catalogue as it "
                        "stands (searches may miss its newest changes)",
                    ).format(path=layout.root, doing=lock.doing())
                )
        except BaseException:
            if library is not None:
                library.close()
            if held:
                lock.release()
            raise
        if held:
            lock.release()
        return library

    def _upkeep(self, progress: Progress | None, cancel: CancelToken | None) -> None:
        """Work done at open while holding the writer lock; a full disk only warns."""
        try:
            with self._sessions.begin() as session:
                if self.database is not None:
                    # Two machines syncing a new directory at once would both add its rows.
                    session.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
                    )
                sync_directory(session, self._directory)
                generation = current_generation(session)
                catalogue_id(session, create=True)
                trim_changes(session)
            if self.database is None:
                backups.mark_used(self.layout.root)
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            self._warn_soft(
                translatable("Catalogue", "the partner directory could not be updated"), exc
            )
            generation = self._read_generation()
        self._media.clean_temporary(older_than=None)
        try:
            self._refresh_figures(progress, cancel)
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            self._warn_soft(translatable("Catalogue", "the key figures could not be updated"), exc)
        try:
            if (
                self.database is None
                and self.stats_stories()
                and backups.backup_due(self.layout.backups)
            ):
                backups.take_backup(self.layout.catalogue, self.layout.backups, "daily")
        except StoryDeskError as exc:
            self.warnings.append(
                translatable("Backups", "the daily backup could not be made: {error}").format(
                    error=message_of(exc)
                )
            )
        try:
            self._search_index.ensure_ready(generation, progress=progress, cancel=cancel)
        except StoryDeskError:
            raise
        except Exception as exc:  # the index is a cache: reading goes on without it
            self._warn_soft(
                translatable("Catalogue", "the search index could not be brought up to date"), exc
            )

    def _refresh_figures(self, progress: Progress | None, cancel: CancelToken | None) -> None:
        """Find every story's key figures again when the finder has changed since they were
        found (:data:`~storydesk.ingest.figures_version.FIGURES_VERSION`), as an import would.

        Figures always come from a story's own text (bundles carry none), so finding them
        again loses nothing. Done in batches, each its own transaction; a stop part way
        leaves the version unchanged and the rest is done at the next open.
        """
        with self._sessions() as session:
            setting = session.get(Setting, FIGURES_SETTING)
            if setting is not None and setting.value == str(FIGURES_VERSION):
                return
            ids = list(session.scalars(select(models.Story.id).order_by(models.Story.id)))
        from storydesk.ingest.extract import story_figures  # the finder, only when needed

        what = translatable("Catalogue", "finding key figures again")
        for start in range(0, len(ids), FIGURES_BATCH):
            if cancel is not None and cancel.cancelled:
                return
            if progress is not None:
                progress(start, len(ids), what)
            with self._sessions.begin() as session:
                stories = session.scalars(
                    select(models.Story)
                    .where(models.Story.id.in_(ids[start : start + FIGURES_BATCH]))
                    .options(selectinload(models.Story.figures))
                )
                for story in stories:
                    found = story_figures(story.body or "", story.language)
                    story.figures = [
                        StoryFigure(position=i, value=f.value[:200], counts=f.counts, text=f.text)
                        for i, f in enumerate(found)
                    ]
        with self._sessions.begin() as session:
            setting = session.get(Setting, FIGURES_SETTING)
            if setting is None:
                session.add(Setting(key=FIGURES_SETTING, value=str(FIGURES_VERSION)))
            else:
                setting.value = str(FIGURES_VERSION)
        if progress is not None and ids:
            progress(len(ids), len(ids), what)

    def _warn_soft(self, what: str, exc: BaseException) -> None:
        error = storage_error(exc, self.layout.root)
        reason = message_of(error) if error is not None else f"{type(exc).__name__}: {exc}"
        log.warning("%s: %s", what, reason, exc_info=error is None)
        self.warnings.append(
            translatable(
                "Catalogue",
                "{what} ({reason}); searches may miss recent changes until 'storydesk reindex' "
                "succeeds",
            ).format(what=what, reason=reason)
        )

    def _read_generation(self) -> str:
        with self._sessions() as session:
            setting = session.get(Setting, GENERATION)
            return setting.value if setting is not None else ""

    def shared_catalogue_bytes(self) -> int:
        """The shared catalogue's size on its server, in bytes (0 for a SQLite one)."""
        if self.database is None:
            return 0
        with self._sessions() as session:
            return int(session.scalar(text("SELECT pg_database_size(current_database())")) or 0)

    def stats_stories(self) -> int:
        """How many stories the catalogue holds."""
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(models.Story)) or 0

    @contextlib.contextmanager
    def _writing(self, doing: str) -> Iterator[None]:
        """Hold the writer lock for ``doing``; disk and SQLite failures become one line."""
        if self.read_only_reason:
            raise StorageError(
                translatable("Storage", "{reason}; nothing was changed").format(
                    reason=self.read_only_reason
                )
            )
        if self.read_only or self._lock is None:
            raise ReadOnlyDataFolder(
                translatable(
                    "Storage",
                    "{path}: the data folder is read-only; StoryDesk can show and search "
                    "it but not change it",
                ).format(path=self.layout.root)
            )
        with self._lock.hold(doing):
            try:
                yield
            except (OSError, sqlite3.Error, DBAPIError) as exc:
                error = storage_error(exc, self.layout.root)
                if isinstance(error, CatalogueDamaged):
                    error = backups.damaged_error(
                        self.layout.catalogue,
                        self.layout.backups,
                        _detail(error),
                        _data_flag(self.layout.root),
                    )
                if error is None:
                    raise
                raise error from exc

    def close(self) -> None:
        """Release the index and the catalogue, and stop the search process if it runs."""
        if self._search_service is not None:
            self._search_service.close()
        self._search_index.close()
        self._engine.dispose()

    @property
    def _importer(self) -> Importer:
        """The importer, made on first use (see ``_LAZY_NAMES``)."""
        if self._importer_instance is None:
            from storydesk.ingest.importer import Importer

            self._importer_instance = Importer(self._sessions, self._media, self._directory)
        return self._importer_instance

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- changing the catalogue -------------------------------------------------------

    def import_paths(
        self,
        paths: Sequence[Path | str],
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
        *,
        index: bool = True,
    ) -> ImportReport:
        """Import story files, folders and bundles (see :mod:`storydesk.ingest.importer`).

        Args:
            paths: Files, folders and bundles.
            progress: Called as ``progress(done, total, current file)``.
            cancel: Checked between files; once cancelled, the import keeps nothing (no
                story, no image) and raises :class:`~storydesk.errors.Cancelled`.
            index: Bring the search index up to date before returning. The desktop app
                passes False and calls :meth:`index_pending` next, so new stories can be
                browsed while the index catches up.

        On a shared catalogue, an import that collides with another machine's (the same new
        story at once, a deadlock) rolls back whole and runs again on what is committed
        then: the second machine finds the first's stories and reports them updated or
        unchanged.

        Raises:
            Cancelled: ``cancel`` was cancelled; the catalogue and media are as they were.
            CatalogueBusy: On a shared catalogue, the import kept colliding with other
                machines' changes; nothing was imported.
        """
        with self._writing("importing"):
            self._prepare_directory()
            try:
                # On a shared catalogue, another machine importing or editing the same
                # stories may collide with this import (the same new story key, a deadlock):
                # the import rolled back whole, and runs again on what is committed now.
                report = self._retrying(
                    lambda: self._importer.import_paths(
                        paths, progress=progress, cancel=cancel, trust=self.trust()
                    ),
                    stale=True,
                )
            except BaseException:
                # Images stored for stories never committed (a failure or a cancel).
                self._drop_orphans_quietly()
                raise
            if report.withdrawn and not (index and report.changed_ids):
                # Withdrawn stories leave the index now; changed ones follow below (the
                # change log names both, so a later catch-up repeats this harmlessly).
                self._search_index.apply([], report.withdrawn, self.generation())
            if report.changed_ids:
                if index:
                    self._index_after_commit(report.changed_ids, progress)
                else:
                    with self._pending_lock:
                        self._pending_ids.update(report.changed_ids)
        return report

    def preview_import(
        self,
        paths: Sequence[Path | str],
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """What importing ``paths`` would do, without writing anything (``import --dry-run``).

        Everything is read and checked as an import would (bundle signatures, checksums,
        images decoded), in a transaction that is rolled back: the catalogue, the media and
        the index are left as they were. The report's ``changes`` lists each story as
        ``new``, ``updated``, ``unchanged``, ``conflict`` or ``withdrawn``.

        Raises:
            Cancelled: ``cancel`` was cancelled.
        """
        with self._writing("previewing an import"):
            self._prepare_directory()
            return self._importer.import_paths(
                paths, progress=progress, cancel=cancel, dry_run=True, trust=self.trust()
            )

    def _prepare_directory(self) -> None:
        """Build the directory's name finders, from the data folder's cache when it holds them.

        (:meth:`storydesk.gazetteer.Directory.prepare`: each ``storydesk import`` is a new
        process, and building them from the YAML costs a few tenths of a second.)
        """
        self._directory.prepare(self.layout.root / "cache")

    def _drop_orphans_quietly(self) -> None:
        """After a failed or cancelled import (writer lock held): remove unused images."""
        try:
            with self._sessions() as session:
                rows = session.execute(
                    select(Image.sha256, Image.ext).where(Image.sha256.is_not(None)).distinct()
                ).all()
            self._media.remove_orphans((str(sha), str(ext)) for sha, ext in rows)
        except Exception:  # best effort: `check --repair` removes them later
            log.warning("could not remove images left by a failed import", exc_info=True)

    def _index_after_commit(self, ids: Sequence[str], progress: Progress | None) -> None:
        """Index committed stories; a disk failure says the stories themselves are safe."""
        try:
            self._index(progress)
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            error = storage_error(exc, self.layout.index)
            if error is None:
                raise
            raise StorageError(
                translatable(
                    "Storage",
                    "{error} — the catalogue kept all {count} changed stories, but the "
                    "search index could not be updated; run 'storydesk reindex' when there is "
                    "room",
                ).format(error=message_of(error), count=len(ids))
            ) from exc

    # -- translations linked by hand ------------------------------------------------

    def link_translations(self, ids: Sequence[str]) -> list[str]:
        """Make the stories ``ids`` translations of each other, as one catalogue transaction.

        Each story brings the translations it already has, so linking A with B and then B
        with C links all three. The group is recorded as a decision made by hand: importing
        the stories' files again neither unlinks nor relinks them.

        Args:
            ids: Two or more story ids, in different languages.

        Returns:
            The ids of the whole group, sorted.

        Raises:
            StoryNotFound: An id names no story.
            StoryDeskError: Fewer than two stories, or two of them in the same language.
        """
        wanted = list(dict.fromkeys(i.strip() for i in ids if i.strip()))
        if len(wanted) < 2:
            raise StoryDeskError(
                translatable("Catalogue", "give two or more stories to link as translations")
            )
        with self._writing("linking translations"):
            with self._sessions.begin() as session:
                rows = self._story_rows_or_fail(session, wanted)
                group = dict(rows)
                asked = {story.language for story in rows.values()}
                for story in rows.values():
                    kept = set(translation_ids(session, story, detected=False))
                    for other in translation_ids(session, story):
                        if other not in group:
                            found = session.get(models.Story, other)
                            # A pair found at import gives way to the stories asked for.
                            if found is not None and (other in kept or found.language not in asked):
                                group[other] = found
                _refuse_same_language(list(group.values()))
                group_id = uuid.uuid4().hex
                _touch(session, group)  # an update bundle carries the new links
                for story_id in group:
                    decision = session.get(models.ManualTranslation, story_id)
                    if decision is None:
                        session.add(models.ManualTranslation(story_id=story_id, group_id=group_id))
                    else:
                        decision.group_id = group_id
                bump_generation(session, group)
            linked = sorted(group)
            self._index_after_commit(linked, None)
        return linked

    def unlink_translation(self, story_id: str) -> list[str]:
        """Take one story out of its translations, as one catalogue transaction.

        The others stay linked to each other. The decision is recorded: importing the
        story's file again does not link it to the translations its front matter names.

        Returns:
            The ids of the stories it was linked to, sorted.

        Raises:
            StoryNotFound: No story has this id.
        """
        with self._writing("unlinking translations"):
            with self._sessions.begin() as session:
                story = self._story_rows_or_fail(session, [story_id])[story_id]
                former = translation_ids(session, story)
                _touch(session, [story.id, *former])
                decision = session.get(models.ManualTranslation, story.id)
                if decision is None:
                    session.add(models.ManualTranslation(story_id=story.id, group_id=None))
                else:
                    decision.group_id = None
                bump_generation(session, [story.id, *former])
            self._index_after_commit([story.id, *former], None)
        return former

    @staticmethod
    def _story_rows_or_fail(
        session: Session, ids: Sequence[str], *, lock: bool = False
    ) -> dict[str, models.Story]:
        """The catalogue rows of ``ids``, in that order; an unknown id is a clear error.

        With ``lock``, the rows stay locked until the transaction ends (``FOR UPDATE``;
        SQLite has one writer at a time and ignores it).
        """
        query = select(models.Story).where(models.Story.id.in_(list(ids)))
        if lock:
            query = query.with_for_update(of=models.Story)
        rows = {s.id: s for s in session.scalars(query)}
        for story_id in ids:
            if story_id not in rows:
                raise StoryNotFound(
                    translatable("Catalogue", "no story has the id '{id}'").format(id=story_id)
                )
        return {i: rows[i] for i in ids}

    def index_pending(self, progress: Progress | None = None) -> int:
        """Index the stories imported with ``index=False``; returns how many there were.

        Until this runs, those stories are browsable (in the catalogue) and searches say
        how many are still being indexed (``SearchResult.pending``).
        """
        with self._pending_lock:
            ids = sorted(self._pending_ids)
            self._pending_ids.clear()
        if ids:
            with self._writing("updating the search index"):
                self._index_after_commit(ids, progress)
        return len(ids)

    def _index(self, progress: Progress | None) -> None:
        """Bring the index up to the catalogue: what the change log names since the index's
        last entry (what was just committed here, and any other machine's changes)."""
        # A batch as large as the index itself is faster rebuilt whole, with two writer
        # processes, than updated document by document through one writer.
        self._search_index.catch_up(progress=progress, rebuild_at=REBUILD_AT)

    def catch_up(self) -> frozenset[str] | None:
        """Bring this machine's search index up to what every writer of the catalogue has
        committed (on a shared catalogue, the other machines' changes); cheap when nothing
        changed. The desktop app calls it on a timer.

        Returns:
            The stories re-indexed (empty when nothing changed, or when another StoryDesk
            on this machine is writing and will do it), or ``None`` when the index was
            rebuilt.
        """
        if self.read_only or self._lock is None:
            return frozenset()
        if not self._lock.try_acquire("updating the search index"):
            return frozenset()
        try:
            return self._search_index.catch_up(rebuild_at=REBUILD_AT)
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            if self.database is not None and isinstance(exc, DBAPIError):
                raise shared_catalogue_error(self.database, exc) from exc
            error = storage_error(exc, self.layout.index)
            if error is None:
                raise
            raise error from exc
        finally:
            self._lock.release()

    def delete_stories(self, ids: Sequence[str]) -> int:
        """Delete stories by id; returns how many existed (see :meth:`withdraw_stories`)."""
        return len(self.withdraw_stories(ids))

    # -- withdrawing stories (delete, and undo) -----------------------------------------

    def withdraw_stories(self, ids: Sequence[str]) -> DeletedStories:
        """Delete stories by id; returns what :meth:`restore_deleted` needs to undo it.

        Their image files stay in the media store until ``check --repair`` removes the ones
        no story uses. Each deleted story leaves a tombstone (id, title, publisher key, when),
        which an update bundle (``bundle create --since``) carries as a withdrawal. Deleting
        many stories (see :func:`storydesk.catalogue.backups.is_many`)
        backs the catalogue up first. Ids no story has are listed in ``missing``.
        """
        with self._writing("deleting stories"):
            with self._sessions.begin() as session:
                deleted = withdrawal.capture(session, ids)
                existing = list(deleted.ids)
                if existing:
                    withdrawal.delete_stories(session, existing)
                    bump_generation(session, existing)
            if existing:
                self._index_after_commit(existing, None)
        return deleted

    def restore_deleted(self, deleted: DeletedStories) -> int:
        """Put stories deleted by :meth:`withdraw_stories` back exactly, and index them.

        One transaction: all of them come back or none, and their tombstones go. Returns how
        many came back.

        Raises:
            StoryDeskError: A story with one of their ids or keys was imported since.
        """
        if not deleted.ids:
            return 0
        with self._writing("restoring deleted stories"):
            try:
                with self._sessions.begin() as session:
                    withdrawal.put_back(session, deleted)
                    withdrawal.remove_tombstones(session, deleted.ids)
                    bump_generation(session, deleted.ids)
            except IntegrityError as exc:
                raise StoryDeskError(
                    translatable(
                        "Storage",
                        "the deleted stories cannot be put back: a story with the same id or "
                        "source was imported since; nothing was changed",
                    ).format()
                ) from exc
            self._index_after_commit(list(deleted.ids), None)
        return len(deleted.ids)

    # -- editing stories ----------------------------------------------------------------

    def edit_story(
        self,
        story_id: str,
        changes: Mapping[str, object],
        *,
        action: str = "edit",
        expected_version: int | None = None,
    ) -> EditResult:
        """Change a story's metadata as one catalogue transaction, and update its index entry.

        Each changed field is written to the story's history (before, after, when, on which
        machine) and kept as edited when the story's file is imported again (see
        :mod:`storydesk.catalogue.edits`). The story's row is locked from reading it to the
        commit (``SELECT ... FOR UPDATE`` on a shared catalogue), so an import or another
        editor changing it at the same time waits, and neither change is lost.

        Args:
            story_id: The story.
            changes: New values by field (:data:`EDITABLE_FIELDS`); fields left out stay as
                they are. ``title``: text; ``summary``, ``author``, ``source_name``,
                ``source_url``: text or None; ``date``: a date, ``YYYY-MM-DD`` or None
                (undated); ``language``: a language code or name, or None; ``countries``,
                ``places``, ``partners``, ``tags``: the whole new list, each name canonical or
                any alias in any language (a name the directory lacks becomes a new entry);
                ``sdgs``: goal numbers 1–17.
            action: What the history calls the change: ``edit``, or ``undo`` for the app's
                Undo.
            expected_version: The story's version (``Story.version``) the editor started
                from; when the story is at another one now, someone else changed it since,
                and nothing is saved.

        Returns:
            The story as this edit left it (its ``version`` the one the edit made), the
            fields that changed, their values before, and the edit's revision.

        Raises:
            StoryNotFound: No story has this id.
            StoryChangedElsewhere: The story is no longer at ``expected_version``, or another
                writer changed it between reading and writing; nothing changed.
            StoryDeskError: A value that cannot be stored (naming the field); nothing changed.
        """
        unknown = [name for name in changes if name not in EDITABLE_FIELDS]
        if unknown:
            raise StoryDeskError(
                translatable(
                    "Catalogue", "'{field}' is not a field of a story that can be edited"
                ).format(field=unknown[0])
            )
        values = {name: _edited_value(name, value) for name, value in changes.items()}
        with self._writing("editing a story"):
            try:
                result, linked = self._retrying(
                    lambda: self._edit(story_id, values, action, expected_version)
                )
            except StaleDataError as exc:
                # Another writer updated the row between our read and our write.
                raise self._changed_elsewhere(story_id, expected_version) from exc
            if result.changed:
                self._index_after_commit([story_id, *sorted(linked)], None)
        return result

    def _edit(
        self,
        story_id: str,
        values: Mapping[str, edits.Value],
        action: str,
        expected_version: int | None,
    ) -> tuple[EditResult, set[str]]:
        """One try of :meth:`edit_story`: its transaction; returns the result and the other
        stories whose translations changed."""
        revision = uuid.uuid4().hex
        changed: list[str] = []
        before: dict[str, edits.Value] = {}
        with self._sessions.begin() as session:
            story = self._story_rows_or_fail(session, [story_id], lock=True)[story_id]
            if expected_version is not None and story.version != expected_version:
                raise edits.changed_elsewhere(
                    session, story_id, story.title, expected_version, story.version
                )
            names = NameRows(session, self._directory)
            for name, value in values.items():
                value = self._canonical(session, name, value)
                old = edits.field_value(story, name)
                edits.set_field(story, name, value, names)
                new = edits.field_value(story, name)
                if new != old:
                    edits.record_edit(
                        session, story, name, old, new, revision=revision, action=action
                    )
                    changed.append(name)
                    before.setdefault(name, old)
            linked: set[str] = set()
            if changed:
                story.updated_at = models.utcnow()
                session.flush()
                write_link_positions(session, [story])
                if _FINDS_TRANSLATIONS.intersection(changed):
                    # What makes two stories translations of each other has changed.
                    linked = set(translation_ids(session, story))
                    find_translations(session, [story_id])
                    linked |= set(translation_ids(session, story))
                bump_generation(session, [story_id, *linked])
                session.flush()
            # The story as this transaction leaves it: its version is the one this edit made.
            shown = story_full(session, story, self._media.stored_file)
        result = EditResult(
            shown,
            tuple(changed),
            revision if changed else None,
            {name: before[name] for name in changed},
        )
        return result, linked

    def _changed_elsewhere(
        self, story_id: str, expected_version: int | None
    ) -> StoryChangedElsewhere | StoryNotFound:
        """The refusal of an edit whose story another writer changed (or deleted) meanwhile."""
        with self._sessions() as session:
            story = session.get(models.Story, story_id)
            if story is None:
                return StoryNotFound(
                    translatable("Catalogue", "no story has the id '{id}'").format(id=story_id)
                )
            return edits.changed_elsewhere(
                session, story_id, story.title, expected_version, story.version
            )

    def _retrying(self, transaction: Callable[[], _T], *, stale: bool = False) -> _T:
        """Run ``transaction`` (a function running one whole catalogue transaction), again
        when it collided with another machine's on a shared catalogue.

        Only on PostgreSQL, only for the collisions of concurrent writers (a deadlock, a
        serialization failure, a unique key another machine inserted first; with ``stale``,
        also SQLAlchemy's :class:`StaleDataError`: a row changed or deleted meanwhile), and
        at most :data:`SHARED_RETRIES` tries in all. Each failed try rolled back whole, so
        trying again starts from what is committed now.

        Raises:
            CatalogueBusy: Every try collided; nothing was changed.
        """
        attempt = 0
        while True:
            try:
                return transaction()
            except (DBAPIError, StaleDataError) as exc:
                if self.database is None:
                    raise
                if isinstance(exc, StaleDataError) and not stale:
                    raise
                if isinstance(exc, DBAPIError) and _sqlstate(exc) not in _COLLISIONS:
                    raise
                attempt += 1
                if attempt >= SHARED_RETRIES:
                    raise CatalogueBusy(
                        translatable(
                            "Catalogue",
                            "{url}: other machines kept changing the same stories at the same "
                            "time; nothing was changed here; try again",
                        ).format(url=self.database)
                    ) from exc
                log.info(
                    "try %d collided with another writer (%s); trying again",
                    attempt,
                    str(exc).splitlines()[0][:200],
                )
                time.sleep(random.uniform(0.02, 0.1) * attempt)  # let the other one finish

    def _canonical(self, session: Session, name: str, value: edits.Value) -> edits.Value:
        """Names an editor typed (any alias, any script) as the catalogue's canonical names."""
        if name not in ("partners", "places", "countries") or not isinstance(value, list):
            return value
        model = Partner if name == "partners" else Place
        rows: list[Partner | Place] = list(session.scalars(select(model)))
        if name == "countries":
            rows = [row for row in rows if isinstance(row, Place) and row.kind == "country"]
        found: list[str] = []
        for typed in value:
            assert isinstance(typed, str)
            named = _rows_named(rows, typed)
            if len(named) == 1:
                found.append(named[0].name)
            elif name == "partners":
                found.append(self._directory.resolve_partner(typed))
            elif name == "countries":
                found.append(self._directory.country(typed) or typed)
            else:
                found.append(self._directory.resolve_place(typed))
        return list(dict.fromkeys(found))

    def canonical_names(self, field: str, names: Sequence[str]) -> list[str]:
        """The catalogue's names for what an editor typed in ``field`` (partners, places,
        countries: any alias in any language; tags as typed), in order, repeats dropped."""
        value = _edited_value(field, list(names))
        with self._sessions() as session:
            found = self._canonical(session, field, value)
        assert isinstance(found, list)
        return [str(name) for name in found]

    def story_history(self, story_id: str) -> list[HistoryEntry]:
        """The story's fields changed by hand, newest first.

        Raises:
            StoryNotFound: No story has this id.
        """
        with self._sessions() as session:
            self._story_rows_or_fail(session, [story_id])
            rows = session.scalars(
                select(models.StoryEdit)
                .where(models.StoryEdit.story_id == story_id)
                .order_by(models.StoryEdit.edited_at.desc(), models.StoryEdit.id.desc())
            )
            return [
                HistoryEntry(
                    revision=row.revision,
                    field=row.field,
                    old=edits.loads(row.old_value),
                    new=edits.loads(row.new_value),
                    action=row.action,
                    edited_at=row.edited_at,
                    machine=row.machine,
                )
                for row in rows
            ]

    def conflicts(self, story_ids: Sequence[str] | None = None) -> list[FieldConflict]:
        """Edited fields whose file, imported again, said something else (all, or of ids)."""
        with self._sessions() as session:
            query = (
                select(models.LocalField, models.Story)
                .join(models.Story, models.Story.id == models.LocalField.story_id)
                .where(models.LocalField.incoming.is_not(None))
                .order_by(models.Story.title, models.LocalField.field)
            )
            if story_ids is not None:
                query = query.where(models.LocalField.story_id.in_(list(story_ids)))
            return [
                FieldConflict(
                    id=story.id,
                    title=story.title,
                    field=mark.field,
                    local=edits.display(edits.field_value(story, mark.field)),
                    incoming=edits.display(edits.loads(mark.incoming)),
                    path=mark.incoming_path or "",
                )
                for mark, story in session.execute(query).all()
            ]

    def resolve_conflict(self, story_id: str, field: str, keep: str) -> Story:
        """Settle a conflict: keep the edit (``"mine"``) or take the file's value (``"theirs"``).

        Keeping the edit records the file's value as turned down: importing the same value
        again is not a conflict. Taking the file's value ends the edit: later imports update
        the field again. Either way the history records it.

        Raises:
            StoryNotFound: No story has this id.
            StoryDeskError: The field has no conflict, or ``keep`` is neither choice.
        """
        if keep not in ("mine", "theirs"):
            raise StoryDeskError(
                translatable("Catalogue", "keep 'mine' or 'theirs', not '{keep}'").format(keep=keep)
            )
        with self._writing("settling a conflict"):
            with self._sessions.begin() as session:
                story = self._story_rows_or_fail(session, [story_id])[story_id]
                mark = session.get(models.LocalField, (story_id, field))
                if mark is None or mark.incoming is None:
                    raise StoryDeskError(
                        translatable(
                            "Catalogue", "the {field} of story {id} has no conflict to settle"
                        ).format(field=field, id=story_id)
                    )
                mine, theirs = edits.field_value(story, field), edits.loads(mark.incoming)
                history = models.StoryEdit(
                    story_id=story_id,
                    revision=uuid.uuid4().hex,
                    field=field,
                    action=keep,
                    edited_at=models.utcnow(),
                    machine=edits.machine_name(),
                )
                if keep == "mine":
                    mark.kept, mark.incoming, mark.incoming_path = mark.incoming, None, None
                    history.old_value, history.new_value = edits.dumps(theirs), edits.dumps(mine)
                else:
                    edits.set_field(story, field, theirs, NameRows(session, self._directory))
                    session.delete(mark)
                    history.old_value, history.new_value = edits.dumps(mine), edits.dumps(theirs)
                    story.updated_at = models.utcnow()
                    session.flush()
                    write_link_positions(session, [story])
                    bump_generation(session, [story_id])
                session.add(history)
            if keep == "theirs":
                self._index_after_commit([story_id], None)
        return self.get_story(story_id)

    def generation(self) -> str:
        """The catalogue's current generation marker."""
        if self.read_only:
            return self._read_generation()
        with self._sessions.begin() as session:
            return current_generation(session)

    # -- collections and saved searches ----------------------------------------------

    def collections(self) -> list[CollectionSummary]:
        """Every collection with its story count and dates, by name."""
        with self._sessions() as session:
            return collections.list_collections(session)

    def collection(self, name: str) -> CollectionSummary:
        """One collection (any case of its name).

        Raises:
            CollectionError: No collection has this name.
        """
        with self._sessions() as session:
            return collections.summary_of(session, collections.collection_named(session, name))

    def collection_ids(self, name: str) -> list[str]:
        """The ids of the collection's stories, in its order.

        Raises:
            CollectionError: No collection has this name.
        """
        with self._sessions() as session:
            row = collections.collection_named(session, name)
            return collections.collection_story_ids(session, row)

    def collection_stories(self, name: str) -> list[StorySummary]:
        """Summaries of the collection's stories, in its order.

        Raises:
            CollectionError: No collection has this name.
        """
        ids = self.collection_ids(name)
        found = self.summaries(ids)
        return [found[i] for i in ids if i in found]

    def create_collection(self, name: str, ids: Sequence[str] = ()) -> CollectionSummary:
        """Make a collection, holding ``ids`` in that order (repeats ignored).

        Raises:
            CollectionError: The name is empty, longer than 200 characters, or another
                collection's (case ignored).
            StoryNotFound: An id names no story; nothing is made.
        """
        with self._writing("saving a collection"), self._sessions.begin() as session:
            row = collections.create_collection(session, name, ids)
            return collections.summary_of(session, row)

    def add_to_collection(self, name: str, ids: Sequence[str]) -> CollectionChange:
        """Append stories to a collection; those already in it keep their place.

        Raises:
            CollectionError: No collection has this name.
            StoryNotFound: An id names no story; nothing is added.
        """
        with self._writing("changing a collection"), self._sessions.begin() as session:
            return collections.add_stories(session, name, ids)

    def remove_from_collection(self, name: str, ids: Sequence[str]) -> CollectionChange:
        """Take stories out of a collection (they stay in the catalogue).

        Ids that are not in it are listed in the result's ``unchanged``.

        Raises:
            CollectionError: No collection has this name.
        """
        with self._writing("changing a collection"), self._sessions.begin() as session:
            return collections.remove_stories(session, name, ids)

    def rename_collection(self, old: str, new: str) -> CollectionSummary:
        """Rename a collection.

        Raises:
            CollectionError: No collection is named ``old``; ``new`` is empty, too long or
                another collection's name.
        """
        with self._writing("renaming a collection"), self._sessions.begin() as session:
            row = collections.rename_collection(session, old, new)
            return collections.summary_of(session, row)

    def delete_collection(self, name: str) -> CollectionSummary:
        """Delete a collection; its stories stay in the catalogue. Returns what it was.

        Raises:
            CollectionError: No collection has this name.
        """
        with self._writing("deleting a collection"), self._sessions.begin() as session:
            return collections.delete_collection(session, name)

    def save_search(
        self,
        name: str,
        query: str,
        filters: Mapping[str, Sequence[str] | str] | None = None,
        *,
        replace: bool = False,
    ) -> SavedSearchEntry:
        """Keep a search under a name: its query and facet filters (as :meth:`search` takes
        them, e.g. ``{"countries": ["Kyrgyzstan"], "years": ["2024"]}``).

        Args:
            name: The name (trimmed; case ignored when comparing with the others).
            query: The query text (may be empty when filters select the stories).
            filters: Facet → values; facets are those of :data:`SEARCH_FILTERS`.
            replace: Replace a saved search of that name instead of refusing.

        Raises:
            CollectionError: The name is empty, too long, or taken (without ``replace``),
                or a filter is not one a search knows.
        """
        cleaned = collections.clean_filters(filters, SEARCH_FILTERS)
        with self._writing("saving a search"), self._sessions.begin() as session:
            return collections.save_search(session, name, query, cleaned, replace=replace)

    def saved_searches(self) -> list[SavedSearchEntry]:
        """Every saved search, by name."""
        with self._sessions() as session:
            return collections.list_saved_searches(session)

    def saved_search(self, name: str) -> SavedSearchEntry:
        """One saved search (any case of its name).

        Raises:
            CollectionError: No saved search has this name.
        """
        with self._sessions() as session:
            return collections.saved_search_named(session, name)

    def delete_saved_search(self, name: str) -> SavedSearchEntry:
        """Delete a saved search; returns what it was.

        Raises:
            CollectionError: No saved search has this name.
        """
        with self._writing("deleting a saved search"), self._sessions.begin() as session:
            return collections.delete_saved_search(session, name)

    def run_saved_search(
        self,
        name: str,
        limit: int = 20,
        facets: bool = False,
        sort: str = "relevance",
        offset: int = 0,
    ) -> SearchResult:
        """Run a saved search with its query and filters (see :meth:`search`).

        Raises:
            CollectionError: No saved search has this name.
        """
        saved = self.saved_search(name)
        return self.search(
            saved.query,
            limit=limit,
            facets=facets,
            sort=sort,
            filters=saved.filter_lists(),
            offset=offset,
        )

    def ids_for_saved_search(self, name: str) -> list[str]:
        """Ids of every story a saved search finds, best first (for packs and bundles).

        Raises:
            CollectionError: No saved search has this name.
        """
        saved = self.saved_search(name)
        return self._searcher.matching_ids(saved.query, filters=saved.filter_lists())

    # -- reading ----------------------------------------------------------------------

    def list_stories(self, limit: int | None = None, offset: int = 0) -> list[StorySummary]:
        """Story summaries, newest first (undated stories last)."""
        with self._sessions() as session:
            query = (
                select(models.Story.id)
                .order_by(models.Story.date.is_(None), models.Story.date.desc(), models.Story.title)
                .offset(offset)
            )
            if limit is not None:
                query = query.limit(limit)
            ids = list(session.scalars(query))
            found = story_summaries(session, ids)
            return [found[story_id] for story_id in ids]

    def story_ids(self, sort: str = "date") -> list[str]:
        """Every story id in display order (for item models that fetch rows on demand)."""
        with self._sessions() as session:
            order = (
                (models.Story.title,)
                if sort == "title"
                else (models.Story.date.is_(None), models.Story.date.desc(), models.Story.title)
            )
            return list(session.scalars(select(models.Story.id).order_by(*order)))

    def summaries(self, ids: Sequence[str]) -> dict[str, StorySummary]:
        """Summaries of the given stories, by id (missing ids are left out)."""
        with self._sessions() as session:
            return story_summaries(session, ids)

    def get_story(self, story_id: str) -> Story:
        """The whole story, each image with the path of its stored file.

        Raises:
            StoryNotFound: No story has this id.
        """
        return self.stories([story_id])[0]

    def stories(self, ids: Sequence[str]) -> list[Story]:
        """The whole stories with ``ids``, in that order (repeats dropped), each image with
        the path of its stored file.

        Raises:
            StoryNotFound: An id names no story.
        """
        ordered = list(dict.fromkeys(ids))
        with self._sessions() as session:
            query = select(models.Story).where(models.Story.id.in_(ordered))
            rows = {s.id: s for s in session.scalars(query)}
            missing = [i for i in ordered if i not in rows]
            if missing:
                raise StoryNotFound(
                    translatable("Catalogue", "no story has the id '{id}'").format(id=missing[0])
                )
            return [story_full(session, rows[i], self._media.stored_file) for i in ordered]

    def story_rows(self, ids: Sequence[str]) -> dict[str, StoryRow]:
        """Rows for a results list: each summary with its first image's list thumbnail."""
        summaries = self.summaries(ids)
        firsts: dict[str, tuple[str, str]] = {}
        if summaries:
            with self._sessions() as session:
                rows = session.execute(
                    select(models.Image.story_id, models.Image.sha256, models.Image.ext)
                    .where(
                        models.Image.story_id.in_(list(summaries)),
                        models.Image.sha256.is_not(None),
                    )
                    .order_by(models.Image.story_id, models.Image.position)
                )
                for story_id, sha256, ext in rows:
                    firsts.setdefault(story_id, (str(sha256), ext or ""))
        return {
            story_id: StoryRow(
                summary,
                self._thumbnail(*firsts[story_id], LIST_THUMB) if story_id in firsts else None,
            )
            for story_id, summary in summaries.items()
        }

    def story_page(self, story_id: str) -> StoryPage:
        """What the reading pane shows: the story, a reading-size copy of each stored image,
        and the summaries of its translations.

        Raises:
            StoryNotFound: No story has this id.
        """
        story = self.get_story(story_id)
        images = tuple(
            PageImage(
                image,
                self._thumbnail(image.sha256, image.ext, PAGE_IMAGE)
                if image.sha256 and image.path
                else None,
            )
            for image in story.images
        )
        linked = self.summaries(story.translations)
        translations = tuple(linked[t] for t in story.translations if t in linked)
        return StoryPage(story, images, translations)

    def sdg_suggestions(self, story_id: str) -> list[SdgSuggestion]:
        """Goals the story's text points to that the story does not have yet, best first.

        Suggestions only: nothing is stored; a story's goals stay what its file says or what
        an editor set (see docs/sdg-suggestions.md).

        Raises:
            StoryNotFound: No story has this id.
        """
        story = self.get_story(story_id)
        try:
            return suggest_sdgs(
                story.title, story.summary, story.body, story.language, exclude=story.sdgs
            )
        except KeywordError as exc:  # a broken installation: the story still shows
            log.warning("no SDG suggestions: %s", exc)
            return []

    def _thumbnail(self, sha256: str, ext: str, size: int) -> Path | None:
        try:
            return Path(self._media.thumbnail(sha256, ext, size))
        except Exception as exc:  # a damaged or missing image must not break a list or page
            log.warning("no thumbnail for %s%s: %s", sha256, ext, exc)
            return None

    def names(self, language: str) -> DisplayNames:
        """Partner, place and country names as a reader of ``language`` sees them.

        Args:
            language: ISO 639-1 code of the interface or pack (``"ru"``, ``"kk"``...).

        Returns:
            A lookup from canonical (stored) names to display names; unknown names and
            languages the directory has no name in give the canonical name back.
        """
        return self._directory.names_in(language)

    def partners(self) -> list[PartnerSummary]:
        """The partner directory with story counts, most-mentioned first."""
        with self._sessions() as session:
            counts: dict[int, int] = {
                partner_id: n
                for partner_id, n in session.execute(
                    select(story_partners.c.partner_id, func.count()).group_by(
                        story_partners.c.partner_id
                    )
                )
            }
            rows = session.scalars(select(Partner).order_by(Partner.name))
            partners = [partner_entry(p, counts.get(p.id, 0)) for p in rows]
        return sorted(partners, key=lambda e: (-e.stories, e.name.casefold()))

    def merge_partners(self, source: str, target: str) -> PartnerMerge:
        """Merge the partner ``source`` into ``target``, as one catalogue transaction.

        Every story that named ``source`` names ``target`` instead (once), the source's
        name and aliases become aliases of the target and the source's entry is removed.
        The decision is kept: importing a story that names the source links it to the
        target, and a new directory does not bring the source back as a partner of its own.

        Args:
            source: The partner merged away, by canonical name or any alias.
            target: The partner that stays, by canonical name or any alias.

        Returns:
            The canonical names of both partners and the ids of the stories relinked.

        Raises:
            StoryDeskError: Either name is no partner, or both name the same partner.
        """
        with self._writing("merging partners"):
            with self._sessions.begin() as session:
                source_row = _partner_named(session, source)
                target_row = _partner_named(session, target)
                if source_row.id == target_row.id:
                    raise StoryDeskError(
                        translatable(
                            "Catalogue", "'{source}' and '{target}' are the same partner"
                        ).format(source=source.strip(), target=target.strip())
                    )
                merged = PartnerMerge(source_row.name, target_row.name, [])
                relinked = merge_partner_rows(session, source_row, target_row)
                _touch(session, relinked)
                bump_generation(session, relinked)
            if relinked:
                self._index_after_commit(relinked, None)
        return PartnerMerge(merged.source, merged.target, relinked)

    def places(self) -> list[PlaceSummary]:
        """Places and countries with story counts, most-mentioned first."""
        with self._sessions() as session:
            counts: dict[int, int] = {}
            for table in (story_places, story_countries):
                for place_id, n in session.execute(
                    select(table.c.place_id, func.count()).group_by(table.c.place_id)
                ):
                    counts[place_id] = counts.get(place_id, 0) + n
            rows = session.scalars(select(Place).order_by(Place.name))
            places = [place_entry(p, counts.get(p.id, 0)) for p in rows]
        return sorted(places, key=lambda e: (-e.stories, e.name.casefold()))

    def stats(self) -> CatalogueStats:
        """Counts of stories, stored images, partners named by stories, and indexed documents."""
        with self._sessions() as session:
            stories = session.scalar(select(func.count()).select_from(models.Story)) or 0
            images = (
                session.scalar(
                    select(func.count(func.distinct(Image.sha256))).where(Image.sha256.is_not(None))
                )
                or 0
            )
            partners = (
                session.scalar(select(func.count(func.distinct(story_partners.c.partner_id)))) or 0
            )
        return CatalogueStats(
            stories=stories,
            images=images,
            partners=partners,
            index_documents=self._search_index.document_count(),
        )

    # -- search -----------------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 20,
        facets: bool = False,
        sort: str = "relevance",
        filters: Mapping[str, Sequence[str]] | None = None,
        offset: int = 0,
        open_facets: bool = False,
    ) -> SearchResult:
        """Full-text search over the catalogue (see :mod:`storydesk.search` and
        :meth:`~storydesk.search.searcher.Searcher.search` for ``open_facets``)."""
        return self._searcher.search(
            query,
            limit=limit,
            facets=facets,
            sort=sort,
            filters=filters,
            offset=offset,
            open_facets=open_facets,
        )

    def search_service(self) -> SearchService:
        """Searches of this data folder answered by a child process (for the desktop app,
        whose window must not wait on a search thread holding the interpreter's lock).

        One per library, started on its first request, stopped by :meth:`close` (or its own
        ``close``; the next call then gives a new one). It reads the folder read-only and
        answers as :meth:`search` does; see :mod:`storydesk.search.service`.
        """
        service = self._search_service
        if service is None or service.closed:
            service = self._search_service = SearchService(
                self.layout.root, database_url=self._database_url
            )
        return service

    def reindex(
        self, progress: Progress | None = None, cancel: CancelToken | None = None
    ) -> ReindexResult:
        """Rebuild the search index from the catalogue; says how many stories it holds.

        A cancelled ``cancel`` stops the rebuild with :class:`~storydesk.errors.Cancelled`;
        the old index stays in place.
        """
        with self._writing("rebuilding the search index"):
            result = self._search_index.rebuild(self.generation(), progress=progress, cancel=cancel)
        return ReindexResult(documents=result["documents"], seconds=result["seconds"])

    def ids_for_query(self, query: str) -> list[str]:
        """Ids of every story a search finds, best first (for packs and bundles).

        As many as the search's ``total``, whatever page size a search would use.
        """
        return self._searcher.matching_ids(query)

    def create_bundle(
        self,
        ids: Sequence[str] | None,
        output: Path | str,
        title: str | None = None,
        *,
        publisher: str | None = None,
        sign: bool = False,
        since: dt.datetime | None = None,
        created: dt.datetime | None = None,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> BundleSummary:
        """Write the stories with ``ids`` to a ``.storybundle`` file (format version 2).

        The same stories give the same bytes (docs/bundle-format.md, "Determinism").

        Args:
            ids: The stories, in the order the bundle lists them; None: every story (by id).
            output: The file to write; it appears whole or not at all.
            title: The bundle's title.
            publisher: Who made it (default: the own key's publisher, else "StoryDesk").
            sign: Sign the bundle with this catalogue's publisher key.
            since: Make an update bundle: of ``ids``, only the stories created or updated
                since then, plus a withdrawal for each story deleted since (its tombstone).
                A naive time is UTC. The bundle may then hold only withdrawals.
            created: The manifest's ``created`` (default: the newest change in it).
            progress: Called as ``progress(done, total, story title)``.
            cancel: Checked between stories and files; once cancelled, no file is left.

        Raises:
            Cancelled: ``cancel`` was cancelled; no file was written.
            StoryDeskError: Nothing to put in the bundle, the file cannot be written, or
                ``sign`` was asked and this catalogue has no publisher key.
        """
        from storydesk.bundle.writer import write_bundle

        key = self.signing_key() if sign else None
        if sign and key is None:
            from storydesk.bundle.keys import no_signing_key

            with self._sessions() as session:
                raise no_signing_key(session, self.layout.keys)
        return write_bundle(
            self._sessions,
            self._media,
            ids,
            Path(output),
            title=title,
            publisher=publisher,
            key=key,
            since=since,
            created=created,
            progress=progress,
            cancel=cancel,
        )

    # -- publisher keys -----------------------------------------------------------------

    def trust(self) -> TrustSnapshot:
        """The publisher keys this catalogue trusts and has revoked (shipped keys included)."""
        from storydesk.bundle.keys import shipped_keys, trust_snapshot
        from storydesk.resources import resource

        with self._sessions() as session:
            return trust_snapshot(session, shipped_keys(resource("publishers")))

    def verify_bundle(self, path: Path | str, *, deep: bool = False) -> BundleCheck:
        """Check a bundle without importing it, judging its signature by this catalogue's keys.

        Args:
            path: The bundle.
            deep: Read every story and decode every photo of a signed bundle as well (an
                unsigned one is always read whole; see :mod:`storydesk.bundle.verify`).

        Returns:
            The verify object: signed, publisher, fingerprint, trusted here, problems.
        """
        from storydesk.bundle.verify import verify_bundle as _verify_bundle

        return _verify_bundle(Path(path), self.trust(), deep=deep)

    def signing_key(self) -> SigningKey | None:
        """This catalogue's own publisher key, if it has one (its private half is here)."""
        from storydesk.bundle.keys import own_signing_key

        with self._sessions() as session:
            return own_signing_key(session, self.layout.keys)

    @staticmethod
    def _shipped_keys() -> list[PublicKey]:
        from storydesk.bundle.keys import shipped_keys
        from storydesk.resources import resource

        return shipped_keys(resource("publishers"))

    def keys(self) -> list[KeyInfo]:
        """Every publisher key this catalogue knows: own, trusted, shipped, met, revoked."""
        from storydesk.bundle.keys import list_keys

        with self._sessions() as session:
            return list_keys(session, self._shipped_keys())

    def generate_key(self, publisher: str) -> KeyInfo:
        """Make this catalogue's own publisher key (Ed25519) for ``publisher``.

        The private half is written to ``<data>/keys/<fingerprint>.key`` (mode 0600, the
        folder 0700): never into the catalogue, a backup or a bundle.

        Raises:
            StoryDeskError: The name is empty, the catalogue already has its own key (revoke
                it first to replace it), or the key cannot be written.
        """
        from storydesk.bundle import keys as publisher_keys
        from storydesk.bundle.signing import generate_key

        name = publisher_keys.check_publisher_name(publisher)
        with self._writing("making a publisher key"):
            with self._sessions() as session:
                publisher_keys.refuse_second_own_key(session)
            key = generate_key(name)
            path = publisher_keys.write_private_key(self.layout.keys, key)
            try:
                with self._sessions.begin() as session:
                    publisher_keys.refuse_second_own_key(session)
                    info = publisher_keys.record_own_key(session, key)
            except BaseException:
                path.unlink(missing_ok=True)
                raise
        log.info("publisher key %s made for %s", info.fingerprint, info.publisher)
        return info

    def export_key(self, output: Path | str, fingerprint: str | None = None) -> KeyInfo:
        """Write a public key file (``*.storykey``) for other catalogues to trust.

        Args:
            output: The file to write; it appears whole or not at all.
            fingerprint: A trusted or shipped key (or a unique prefix of 8 hex digits or
                more); by default this catalogue's own key.

        Raises:
            StoryDeskError: No such key (or no own key), a key not trusted here, or the
                file cannot be written.
        """
        from storydesk.bundle.keys import find_key, public_key_of

        target = Path(output)
        if target.is_dir():
            raise StoryDeskError(
                translatable("Keys", "{path}: a folder; give the name of the key file").format(
                    path=target
                )
            )
        shipped = self._shipped_keys()
        with self._sessions() as session:
            key = public_key_of(session, shipped, fingerprint)
            info = find_key(session, shipped, key.fingerprint)
        try:
            with atomic_output(target, mode=SHARED_FILE_MODE) as handle:
                handle.write(key.file_bytes())
        except OSError as exc:
            raise StoryDeskError(
                translatable("Keys", "{path}: the key file cannot be written ({reason})").format(
                    path=target, reason=exc.strerror or exc
                )
            ) from exc
        return info

    def trust_key_file(self, path: Path | str) -> KeyInfo:
        """Trust the publisher key in a ``*.storykey`` file.

        Compare the fingerprint returned (``KeyInfo.spaced``) with the publisher's, by
        phone, before relying on it.

        Raises:
            StoryDeskError: The file is missing, unreadable or not a key file, or the key
                was revoked here (one sentence naming the file or the key).
        """
        from storydesk.bundle.keys import trust_public_key
        from storydesk.bundle.signing import KEY_FILE_LIMIT, read_key_file

        source = Path(path)
        try:
            with source.open("rb") as handle:
                data = handle.read(KEY_FILE_LIMIT + 1)
        except FileNotFoundError as exc:
            raise StoryDeskError(
                translatable("Keys", "{path}: no such key file").format(path=source)
            ) from exc
        except IsADirectoryError as exc:
            raise StoryDeskError(
                translatable("Keys", "{path}: a folder, not a key file").format(path=source)
            ) from exc
        except OSError as exc:
            raise StoryDeskError(
                translatable("Keys", "{path}: the key file cannot be read ({reason})").format(
                    path=source, reason=exc.strerror or exc
                )
            ) from exc
        key = read_key_file(data, str(source))
        shipped = self._shipped_keys()
        with self._writing("trusting a publisher key"), self._sessions.begin() as session:
            info = trust_public_key(session, shipped, key)
        log.info("publisher key %s of %s trusted from %s", key.fingerprint, key.publisher, source)
        return info

    def trust_key(self, fingerprint: str) -> KeyInfo:
        """Trust a key met in a bundle, by its fingerprint (or a unique prefix).

        Raises:
            StoryDeskError: No such key, an ambiguous prefix, or the key was revoked here.
        """
        from storydesk.bundle.keys import trust_seen_key

        shipped = self._shipped_keys()
        with self._writing("trusting a publisher key"), self._sessions.begin() as session:
            info = trust_seen_key(session, shipped, fingerprint)
        log.info("publisher key %s of %s trusted", info.fingerprint, info.publisher)
        return info

    def revoke_key(self, fingerprint: str) -> KeyInfo:
        """Revoke a key by fingerprint (or a unique prefix of 8 hex digits or more).

        Bundles signed with it are refused here from now on. Revoking this catalogue's own
        key also deletes its private half, so a new key can be made.

        Raises:
            StoryDeskError: Not a fingerprint, no such key, or an ambiguous prefix.
        """
        from storydesk.bundle.keys import discard_private_key, revoke

        shipped = self._shipped_keys()
        with self._writing("revoking a publisher key"):
            with self._sessions.begin() as session:
                info = revoke(session, shipped, fingerprint)
            if info.source == "own":
                discard_private_key(self.layout.keys, info.fingerprint)
        log.info("publisher key %s of %s revoked", info.fingerprint, info.publisher)
        return info

    # -- briefing packs ---------------------------------------------------------------

    def write_pack(
        self,
        ids: Sequence[str],
        options: PackOptions,
        output: Path | str,
        fmt: str,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> PackResult:
        """Write the stories with ``ids`` (in that order) as a briefing pack.

        Args:
            ids: The stories, in pack order (repeats dropped).
            options: Title, paper, photos, labels... (see :class:`PackOptions`).
            output: The file to write; replaced only once the new one is complete.
            fmt: ``"pdf"`` or ``"html"``.
            progress: Called as ``progress(done, total, what)`` story by story.
            cancel: Checked between stories; once cancelled, nothing is written.

        Returns:
            Where the pack went, its stories, pages (None for HTML) and size.

        Raises:
            StoryNotFound: An id names no story.
            PackError: No ids, an unknown format, or the output folder does not exist.
            Cancelled: ``cancel`` was cancelled.
        """
        if fmt not in PACK_FORMATS:
            raise PackError(
                translatable(
                    "Packs", "a briefing pack is written as {formats}, not '{format}'"
                ).format(
                    formats=translatable("Packs", "{first} or {second}").format(
                        first=PACK_FORMATS[0], second=PACK_FORMATS[1]
                    ),
                    format=fmt,
                )
            )
        pack = build_pack(self.stories(ids), options, self.names(options.labels_language))
        if fmt == "html":
            from storydesk.packs.html import write_html

            return write_html(pack, Path(output), progress=progress, cancel=cancel)
        from storydesk.packs.pdf import write_pdf  # Qt loads only for a PDF

        return write_pdf(pack, Path(output), progress=progress, cancel=cancel)

    def prepare_pack(
        self,
        ids: Sequence[str],
        options: PackOptions,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> PreparedPack:
        """The stories with ``ids`` loaded and their photos copied for print, for a print
        preview to paint on the UI thread (``configure(printer)``, then ``paint(printer)``).

        Raises:
            StoryNotFound: An id names no story.
            PackError: No ids.
            Cancelled: ``cancel`` was cancelled.
        """
        from storydesk.packs.pdf import prepare_pack

        pack = build_pack(self.stories(ids), options, self.names(options.labels_language))
        return prepare_pack(pack, progress, cancel)

    # -- integrity --------------------------------------------------------------------

    def check(self, repair: bool = False) -> CheckReport:
        """Check catalogue, media and index; with ``repair``, fix what can be fixed.

        A damaged catalogue is reported with the newest good backup to restore (it is
        never "repaired" in place). Repair removes images no story uses and temporary
        files, and rebuilds the index; it holds the writer lock, so no import is half way.

        On a shared catalogue the data folder's media folder is this machine's cache of the
        catalogue's images: check reports the images stories use that the catalogue holds
        no sound bytes for, and bytes no story uses; repair uploads the first from this
        machine's media folder when it has them and removes the second (and the cached
        images no story uses). The catalogue's own integrity is its server's.
        """
        if repair:
            with self._writing("repairing the data folder"):
                return self._check(repair=True)
        try:
            return self._check(repair=False)
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            error = storage_error(exc, self.layout.root)
            if error is None:
                raise
            raise error from exc

    def _writer_active(self) -> bool:
        """Whether another StoryDesk (or thread) is writing to this data folder right now."""
        if self._lock is None or self._lock.held:
            return False
        if self._lock.try_acquire("checking"):
            self._lock.release()
            return False
        return True

    def _damage_problem(self, detail: str) -> str:
        hint = backups.restore_hint(self.layout.backups, _data_flag(self.layout.root))
        return f"catalogue: damaged ({detail}); {hint}"

    def _check(self, repair: bool) -> CheckReport:
        problems: list[str] = []
        repaired: list[str] = []
        try:
            # A shared catalogue's integrity is its server's (docs/headquarters.md).
            with self._engine.connect() as connection:
                if self.database is None:
                    rows = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check")]
                    if rows != ["ok"]:
                        detail = "SQLite integrity check says " + "; ".join(map(str, rows[:3]))
                        return CheckReport((self._damage_problem(detail),), tuple(repaired))
                    for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                        problems.append(
                            f"catalogue: a row in {row[0]} points at a missing {row[2]}"
                        )
            with self._sessions() as session:
                referenced: set[tuple[str, str]] = set(
                    session.execute(  # type: ignore[arg-type]
                        select(Image.sha256, Image.ext).where(Image.sha256.is_not(None)).distinct()
                    ).all()
                )
        except (sqlite3.Error, DBAPIError) as exc:
            error = storage_error(exc, self.layout.catalogue)
            if not isinstance(error, CatalogueDamaged):
                raise
            return CheckReport((self._damage_problem(_detail(error)),), tuple(repaired))
        if self._media.shared is not None:
            self._check_shared_media(self._media.shared, referenced, repair, problems, repaired)
        else:
            for sha256, ext in sorted(referenced):
                if not self._media.has(sha256, ext):
                    problems.append(
                        f"media: image {sha256}{ext} is missing from {self.layout.media}"
                    )
        if repair:
            cleaned = self._media.clean_temporary(older_than=None)
            if cleaned:
                repaired.append(f"media: removed {len(cleaned)} temporary files")
            removed = self._media.remove_orphans(referenced)
            if removed and self._media.shared is not None:
                repaired.append(
                    translatable(
                        "Media",
                        "media: removed {count} images no story uses from this machine's "
                        "copies of the shared catalogue's images",
                    ).format(count=len(removed))
                )
            elif removed:
                repaired.append(f"media: removed {len(removed)} images no story uses")
        elif self._media.shared is not None:
            # This machine's media folder is a cache: an image no story uses any more (a
            # story deleted here or elsewhere) is not a problem; --repair clears it.
            pass
        elif self._writer_active():
            pass  # an import under way has stored images it has not committed yet
        else:
            for path, size in self._media.orphans(referenced):
                problems.append(
                    f"media: {path.relative_to(self.layout.media).as_posix()}: no story uses "
                    f"this image ({size:,} bytes); 'storydesk check --repair' removes it"
                )
        problems += [f"media: {p}" for p in self._media.verify()]
        index_problems = self._search_index.check()
        # The index is derived, so repairing it is always safe: rebuild from the catalogue.
        if index_problems and repair:
            self.reindex()
            repaired.append("search index rebuilt from the catalogue")
            index_problems = self._search_index.check()
        problems += [f"index: {p}" for p in index_problems]
        return CheckReport(tuple(problems), tuple(repaired))

    def _check_shared_media(
        self,
        shared: SharedMedia,
        referenced: set[tuple[str, str]],
        repair: bool,
        problems: list[str],
        repaired: list[str],
    ) -> None:
        """The images of a shared catalogue (media/shared.py): those its stories use that it
        holds no sound bytes for, and the bytes no story uses; with ``repair``, the first
        are uploaded from this machine's media folder when it has them, and the second
        removed. An image that is only not here yet is no problem: it is fetched when needed.
        """
        lacking = {key: "missing" for key in shared.missing()}
        lacking.update((key, "damaged") for key in shared.damaged() if key in referenced)
        for (sha256, ext), why in sorted(lacking.items()):
            if (sha256, ext) not in referenced:
                continue
            here = self._media.cached(sha256, ext)
            if here and repair and self._media.share(sha256, ext):
                repaired.append(
                    translatable(
                        "Media",
                        "catalogue: image {name} uploaded to the shared catalogue from this "
                        "machine's media folder",
                    ).format(name=f"{sha256}{ext}")
                )
            elif here and why == "missing":
                problems.append(
                    translatable(
                        "Media",
                        "catalogue: image {name} is not in the shared catalogue, so other "
                        "machines cannot show it; 'storydesk check --repair' here uploads it "
                        "from this machine's media folder",
                    ).format(name=f"{sha256}{ext}")
                )
            elif here:
                problems.append(
                    translatable(
                        "Media",
                        "catalogue: the shared catalogue's copy of image {name} is damaged "
                        "(its bytes do not match its hash), so other machines cannot show it; "
                        "'storydesk check --repair' here replaces it from this machine's "
                        "media folder",
                    ).format(name=f"{sha256}{ext}")
                )
            elif why == "missing":
                problems.append(
                    translatable(
                        "Media",
                        "media: image {name} is missing: it is neither in this machine's media "
                        "folder ({folder}) nor in the shared catalogue; run 'storydesk check "
                        "--repair' on the machine that imported its story",
                    ).format(name=f"{sha256}{ext}", folder=self.layout.media)
                )
            else:
                problems.append(
                    translatable(
                        "Media",
                        "media: image {name} is missing: it is not in this machine's media "
                        "folder ({folder}) and the shared catalogue's copy is damaged (its "
                        "bytes do not match its hash); run 'storydesk check --repair' on a "
                        "machine that has it",
                    ).format(name=f"{sha256}{ext}", folder=self.layout.media)
                )
        if repair:
            # This machine's copy of an image is a cache: a damaged one is replaced by the
            # catalogue's sound copy (kept, and reported by the media check, otherwise).
            for sha256, ext, path in self._media.damaged():
                if (sha256, ext) in lacking:
                    continue
                path.unlink(missing_ok=True)
                if self._media.has(sha256, ext):
                    repaired.append(
                        translatable(
                            "Media",
                            "media: image {name}: this machine's copy was damaged; a sound "
                            "copy was fetched from the shared catalogue",
                        ).format(name=f"{sha256}{ext}")
                    )
            gone = shared.remove_unused()
            if gone:
                repaired.append(
                    translatable(
                        "Media",
                        "catalogue: removed the bytes of {count} images no story uses from "
                        "the shared catalogue",
                    ).format(count=gone)
                )
            return
        count, size = shared.unused()
        if count:
            problems.append(
                translatable(
                    "Media",
                    "catalogue: the shared catalogue holds {count} images ({size} bytes) no "
                    "story uses; 'storydesk check --repair' removes them",
                ).format(count=count, size=f"{size:,}")
            )

    # -- backups ----------------------------------------------------------------------

    def _refuse_shared(self) -> None:
        """Backups and restores are the server's on a shared catalogue (``pg_dump``)."""
        if self.database is not None:
            raise CatalogueError(
                translatable(
                    "Backups",
                    "{url}: the catalogue is shared on PostgreSQL; back it up and restore it "
                    "on the server with pg_dump and pg_restore (see docs/headquarters.md)",
                ).format(url=self.database)
            )

    def backup(self, reason: str = "manual") -> Path:
        """Back the catalogue up now (verified; old backups thinned); returns its path."""
        self._refuse_shared()
        if self.read_only:
            raise ReadOnlyDataFolder(
                translatable(
                    "Storage",
                    "{path}: the data folder is read-only; no backup can be written there",
                ).format(path=self.layout.root)
            )
        return backups.take_backup(self.layout.catalogue, self.layout.backups, reason)

    def list_backups(self) -> list[BackupInfo]:
        """The catalogue's backups, newest first, with their story counts."""
        self._refuse_shared()
        return backups.list_backups(self.layout.backups)

    def restore(self, source: Path | str) -> RestoreResult:
        """Replace the catalogue by a verified backup, keeping the current one aside.

        The library stays usable: connections are reopened on the restored file, and the
        search index is rebuilt for it.

        Raises:
            CatalogueError: ``source`` is not a sound StoryDesk catalogue (nothing changed).
        """
        self._refuse_shared()
        backups.inspect_backup(Path(source))
        with self._writing("restoring a backup"):
            self._search_index.close()
            self._engine.dispose()
            result = backups.restore_backup(
                self.layout.catalogue, self.layout.backups, Path(source), self._lock
            )
            if current_revision(self._engine) != SCHEMA_HEAD:
                migrated, _ = open_catalogue(self.layout.catalogue, self.layout.backups)
                migrated.dispose()
                self._engine.dispose()
            with self._pending_lock:
                self._pending_ids.clear()
            self._upkeep(None, None)
        return result


# -- work on a data folder without opening it ------------------------------------------


def list_backups(data_dir: Path | str | None = None) -> list[BackupInfo]:
    """The backups of the catalogue in ``data_dir``, newest first (nothing is opened)."""
    root = Path(data_dir) if data_dir is not None else default_data_dir()
    return backups.list_backups(DataLayout(root).backups)


def restore_catalogue(
    data_dir: Path | str | None,
    source: Path | str,
    *,
    wait: float | None = None,
    on_wait: OnWait | None = None,
) -> RestoreResult:
    """Replace the catalogue in ``data_dir`` by the backup ``source`` (the current one is
    kept aside). Works when the catalogue is missing or damaged, so it never opens it.

    Raises:
        CatalogueError: ``source`` is not a sound StoryDesk catalogue (nothing changed).
        CatalogueBusy: Another StoryDesk kept the writer lock longer than ``wait``.
    """
    layout = DataLayout(Path(data_dir) if data_dir is not None else default_data_dir())
    backups.inspect_backup(Path(source))  # before anything is made or locked
    layout.ensure()  # restoring onto a new machine: the folder may not exist yet
    lock = WriterLock(layout.lock, DEFAULT_WAIT if wait is None else wait, on_wait)
    return backups.restore_backup(layout.catalogue, layout.backups, Path(source), lock)


def bundle_created(path: Path | str) -> dt.datetime:
    """When an earlier bundle's newest content changed: its manifest's ``created`` (UTC).

    For ``bundle create --since-bundle FILE``: the earlier bundle carried every change up to
    this moment (to the microsecond), so the update carries what changed after it. The
    manifest is read as an import reads it (version 1 or 2, sizes limited, nothing else).

    Raises:
        StoryDeskError: The bundle cannot be read, has no manifest, or its ``created`` is
            not a date and time (one line naming the file).
    """
    from storydesk.bundle.reader import read_manifest
    from storydesk.ingest.containers import Container, FolderContainer, ZipContainer

    source = Path(path)
    container: Container = FolderContainer(source) if source.is_dir() else ZipContainer(source)
    try:
        manifest = read_manifest(container)
    finally:
        container.close()
    created = manifest.created if manifest is not None else None
    moment = None
    if created:
        with contextlib.suppress(ValueError):
            moment = dt.datetime.fromisoformat(created.replace("Z", "+00:00"))
    if moment is None:
        raise StoryDeskError(
            translatable("Bundles", "{path}: the bundle's manifest gives no creation time").format(
                path=source
            )
        )
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def verify_bundle(
    path: Path | str, data_dir: Path | str | None = None, *, deep: bool = False
) -> BundleCheck:
    """Check a bundle without importing it (see :mod:`storydesk.bundle.verify`).

    The signature is judged by the keys the data folder trusts (and the keys shipped with
    this build) when the folder has a catalogue; the catalogue is only read, and nothing is
    created or written (no data folder, no log file).
    """
    from storydesk.bundle.verify import verify_bundle as _verify_bundle

    return _verify_bundle(Path(path), _trust_read_only(data_dir), deep=deep)


def _trust_read_only(data_dir: Path | str | None) -> TrustSnapshot:
    """The keys a data folder trusts, read without creating or writing anything.

    Shipped keys alone when the folder has no catalogue or it cannot be read.
    """
    from storydesk.bundle.keys import shipped_keys, trust_snapshot
    from storydesk.resources import resource

    shipped = shipped_keys(resource("publishers"))
    try:
        layout = DataLayout(Path(data_dir) if data_dir is not None else default_data_dir())
        if not layout.catalogue.is_file():
            return _shipped_trust(shipped)
        engine, sessions = open_catalogue_read_only(layout.catalogue)
    except (StoryDeskError, OSError, sqlite3.Error, DBAPIError):
        log.warning("the data folder's publisher keys cannot be read", exc_info=True)
        return _shipped_trust(shipped)
    try:
        with sessions() as session:
            return trust_snapshot(session, shipped)
    except (OSError, sqlite3.Error, DBAPIError):
        log.warning("the data folder's publisher keys cannot be read", exc_info=True)
        return _shipped_trust(shipped)
    finally:
        engine.dispose()


def _shipped_trust(shipped: Sequence[PublicKey]) -> TrustSnapshot:
    """The trust of a build's shipped keys alone."""
    from storydesk.bundle.signing import TrustSnapshot

    return TrustSnapshot(trusted={key.fingerprint: key.publisher for key in shipped})


def user_error(exc: BaseException, data_dir: Path | str | None = None) -> StoryDeskError | None:
    """A disk or SQLite failure that escaped an operation, as one sentence (or None: a bug).

    A damaged catalogue is named with the newest good backup and the command to restore it.
    """
    error = storage_error(exc)
    if isinstance(error, CatalogueDamaged) and "restore" not in str(error):
        root = Path(data_dir) if data_dir is not None else default_data_dir()
        layout = DataLayout(root)
        error = backups.damaged_error(
            layout.catalogue, layout.backups, _detail(error), _data_flag(root)
        )
    return error


def _detail(error: BaseException) -> str:
    """SQLite's words from a damaged-catalogue error ("database disk image is malformed")."""
    text = str(error)
    start, end = text.rfind("("), text.rfind(")")
    return text[start + 1 : end] if 0 <= start < end else text


def _data_flag(root: Path) -> str:
    """`` --data-dir "ROOT"`` for commands suggested to the user, unless ROOT is the default."""
    try:
        if root.resolve() == default_data_dir().resolve():
            return ""
    except OSError:
        pass
    return f' --data-dir "{root}"'


def _needs_setup(catalogue: Path) -> bool:
    """Whether opening must create or migrate the catalogue (which needs the writer lock)."""
    if not catalogue.exists() or catalogue.stat().st_size == 0:
        return True
    try:
        connection = sqlite3.connect(f"{catalogue.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False  # let the open itself say what is wrong
    return row is None or row[0] != SCHEMA_HEAD


def _sqlstate(exc: DBAPIError) -> str | None:
    """The SQLSTATE PostgreSQL gave for a failed statement (``None`` for other databases)."""
    inner = getattr(exc, "orig", None)
    state = getattr(inner, "sqlstate", None) or getattr(inner, "pgcode", None)
    return str(state) if state else None


def _touch(session: Session, ids: Iterable[str]) -> None:
    """Mark stories changed now, so ``bundle create --since`` carries them."""
    ids = list(ids)
    if ids:
        session.execute(
            update(models.Story).where(models.Story.id.in_(ids)).values(updated_at=models.utcnow())
        )


def _refuse_same_language(stories: Sequence[models.Story]) -> None:
    """Refuse a translation group in which two stories share a language."""
    seen: dict[str, models.Story] = {}
    for story in stories:
        language = (story.language or "").casefold()
        if language in seen:
            first = seen[language]
            raise StoryDeskError(
                translatable(
                    "Catalogue",
                    "'{first}' ({first_id}) and '{second}' ({second_id}) are both in the same "
                    "language ({language}); only stories in different languages can be linked "
                    "as translations",
                ).format(
                    first=_short(first.title),
                    first_id=first.id,
                    second=_short(story.title),
                    second_id=story.id,
                    language=story.language or "?",
                )
            )
        seen[language] = story


def _short(title: str, limit: int = 60) -> str:
    """``title`` cut to ``limit`` characters for a one-line message."""
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _rows_named(rows: Sequence[RowWithAliases], typed: str) -> list[RowWithAliases]:
    """The row whose canonical name is ``typed``, else every row with ``typed`` as an alias."""
    key = fold_name(typed.strip())
    exact = [row for row in rows if fold_name(row.name) == key]
    return exact[:1] or [row for row in rows if any(a.folded == key for a in row.aliases)]


def _partner_named(session: Session, name: str) -> Partner:
    """The partner whose canonical name, or else one alias, is ``name``; clear error if none."""
    found = _rows_named(list(session.scalars(select(Partner))), name)
    if len(found) == 1:
        return found[0]
    if found:
        raise StoryDeskError(
            translatable(
                "Catalogue", "'{name}' names more than one partner; give the full name"
            ).format(name=name.strip())
        )
    raise StoryDeskError(
        translatable("Catalogue", "no partner is named '{name}'").format(name=name.strip())
    )


def _edited_value(field: str, value: object) -> edits.Value:
    """An editor's value for ``field``, checked and in its stored shape; clear error if bad."""

    def bad(reason: str) -> StoryDeskError:
        return StoryDeskError(
            translatable("Catalogue", "{field}: {reason}").format(field=field, reason=reason)
        )

    if field == "title":
        if not isinstance(value, str) or not value.strip():
            raise bad(translatable("Catalogue", "a story needs a title").format())
        return value.strip()
    if field in ("summary", "author", "source_name", "source_url"):
        if value is not None and not isinstance(value, str):
            raise bad(translatable("Catalogue", "expected text").format())
        return (value or "").strip() or None
    if field == "date":
        if value is None or (isinstance(value, str) and value.strip().casefold() in ("", "none")):
            return None
        if isinstance(value, dt.date):
            return value.isoformat()
        try:
            return dt.date.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            raise bad(
                translatable(
                    "Catalogue", "'{value}' is not a date (YYYY-MM-DD, or 'none' for undated)"
                ).format(value=value)
            ) from None
    if field == "language":
        if value is None or (isinstance(value, str) and value.strip().casefold() in ("", "none")):
            return None
        code = normalise_language(str(value))
        if code is None:
            raise bad(
                translatable("Catalogue", "'{value}' is not a language code").format(value=value)
            )
        return code
    if field == "sdgs":
        if not isinstance(value, (list, tuple)):
            raise bad(translatable("Catalogue", "expected a list of goals").format())
        goals: list[int] = []
        for goal in value:
            try:
                number = int(str(goal).strip())
            except ValueError:
                number = 0
            if not 1 <= number <= 17:
                raise bad(
                    translatable(
                        "Catalogue", "'{value}' is not a goal (the goals are 1 to 17)"
                    ).format(value=goal)
                )
            goals.append(number)
        return sorted(set(goals))
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise bad(translatable("Catalogue", "expected a list of names").format())
    limit = 200 if field == "tags" else 300
    names = [" ".join(v.split())[:limit] for v in value]
    return list(dict.fromkeys(n for n in names if n))
