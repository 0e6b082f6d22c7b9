"""The search index's lifecycle and writes: kept in step with the catalogue, never half built.

The index is a cache of the catalogue. It carries the catalogue's *generation* (a string
the catalogue changes in the same transaction as any story change) and the last entry of
the catalogue's change log it holds, in a small JSON file written atomically after each
index commit. When the generation differs, the index *catches up*: it re-indexes the
stories the change log names after its last entry, whichever machine committed them
(:meth:`SearchIndex.catch_up`, :mod:`storydesk.catalogue.generation`). When the index is
missing, will not open (a segment file lost in a crash), was built by another schema
version, or is older than the change log reaches back, it is rebuilt into a new folder next
to the old one and swapped in by renaming, so a search never sees a half-built index.

All writes go through one lock and ``writer(timeout=...)``; searches share one Whoosh
searcher (:meth:`SearchIndex.reading`, read by :class:`storydesk.search.searcher.Searcher`),
opened afresh (and the old one closed, which Windows needs to delete merged segments) after
each commit. Between processes, whoever rebuilds or changes the index holds
``<data dir>/index.lock`` (:mod:`storydesk.search.locking`): only then are leftover
``index.building-*`` folders removed, so another process's rebuild is never pulled from
under it, and a second rebuild waits for the first.

Any failure to open or read the index (a damaged table of contents, a truncated segment,
garbage in the marker file, a file where the folder should be) means "rebuild it": the
index is a cache of the catalogue.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import multiprocessing
import os
import shutil
import threading
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from whoosh import index as windex
from whoosh import searching

from storydesk.atomic import write_file
from storydesk.catalogue.generation import (
    GENERATION,
    catalogue_id,
    changes_since,
    last_change,
)
from storydesk.catalogue.models import Setting, Story
from storydesk.errors import IndexBusy, StoryDeskError
from storydesk.messages import translatable
from storydesk.progress import CancelToken, Progress, check_cancel
from storydesk.search.documents import story_document
from storydesk.search.locking import IndexLock
from storydesk.search.schema import SCHEMA_VERSION, story_schema, weighting
from storydesk.search.workers import GuardedMpWriter

log = logging.getLogger(__name__)

META_FILE = "storydesk-index.json"
"""File in the index folder holding the generation and schema version of the index."""

"""Key of the catalogue :class:`Setting` holding the catalogue's generation."""

WRITE_TIMEOUT = 30.0
"""Seconds a writer waits for Whoosh's write lock before giving up."""

MULTIPROCESS_THRESHOLD = 2000
"""Stories above which a rebuild uses several writer processes."""

BATCH = 500
"""Stories loaded from the catalogue at a time while indexing."""

LOCK_WAIT = 1800.0
"""Seconds a rebuild or update waits for another process's rebuild of the same index."""

REBUILDING = translatable("Search", "Rebuilding the search index")
"""What a cancelled rebuild names in its :class:`~storydesk.errors.Cancelled` message."""

WAITING = translatable(
    "Search", "Waiting for another StoryDesk process to finish rebuilding the search index"
)


def _index_damage(exc: BaseException) -> bool:
    """Whether ``exc``, raised while writing the index, says the index itself is unreadable.

    Environment problems (a lock held elsewhere, a full or read-only disk, an interrupt) are
    not: a rebuild would fail the same way, so they are raised to the caller.
    """
    if not isinstance(exc, Exception) or isinstance(exc, windex.LockError | StoryDeskError):
        return False
    return not isinstance(exc, OSError) or exc.errno in (None, errno.EIO, errno.ENOENT)


def _index_files(folder: Path) -> dict[str, int]:
    """Name → size of the files the index's current table of contents uses.

    The table of contents itself and every file of its segments; not the marker, locks,
    or files of older generations that Whoosh could not delete yet (on Windows, while
    another process reads them) and will delete later.
    """
    ix = windex.open_dir(str(folder))
    try:
        generation = ix.latest_generation()
        prefixes = tuple(f"{segment.segment_id()}." for segment in ix._segments())
        toc = f"_{ix.indexname}_{generation}.toc"
    finally:
        ix.close()
    files: dict[str, int] = {}
    for entry in os.scandir(folder):
        if entry.name == toc or entry.name.startswith(prefixes):
            files[entry.name] = entry.stat(follow_symlinks=False).st_size
    return files


UNKNOWN = -1
"""``changes`` for an index whose place in the change log is unknown: rebuilt when stale."""


def _write_meta(
    folder: Path,
    generation: str,
    changes: int | None = None,
    catalogue: str | None = None,
) -> None:
    """Record ``generation`` in ``folder`` atomically (write, flush, fsync, rename).

    ``changes`` is the last change-log entry the index holds and ``catalogue`` the
    identity of the catalogue it was built from (``None``: keep the ones recorded;
    ``changes=UNKNOWN`` forgets it). The marker also lists the size of every index file, so
    a file truncated or overwritten later is noticed at the next open.
    """
    recorded = _read_meta(folder) or {}
    if changes is None:
        kept = recorded.get("changes")
        changes = kept if isinstance(kept, int) else None
    if catalogue is None:
        kept = recorded.get("catalogue")
        catalogue = kept if isinstance(kept, str) else None
    data: dict[str, Any] = {"generation": generation, "schema": SCHEMA_VERSION}
    if changes is not None and changes != UNKNOWN:
        data["changes"] = changes
    if catalogue is not None:
        data["catalogue"] = catalogue
    with contextlib.suppress(Exception):  # no list: the size check is skipped
        data["files"] = _index_files(folder)
    tmp = folder / f"{META_FILE}.{uuid.uuid4().hex[:8]}.tmp"
    write_file(folder / META_FILE, json.dumps(data).encode("utf-8"), temporary=tmp)


def _read_meta(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _changed_files(folder: Path, meta: Mapping[str, Any]) -> list[str]:
    """Index files listed in the marker that are now missing or of another size."""
    listed = meta.get("files")
    if not isinstance(listed, dict):
        return []  # an index from before sizes were recorded
    changed: list[str] = []
    for name, size in listed.items():
        try:
            actual = (folder / str(name)).stat().st_size
        except OSError:
            changed.append(f"{name} (missing)")
            continue
        if actual != size:
            changed.append(f"{name} ({actual} bytes, was {size})")
    return changed


def _probe(searcher: searching.Searcher) -> None:
    """Touch every segment's files, so a damaged index fails here and not in a search.

    Reads the first term's postings, the first and last document's stored fields and the
    sortable columns. (A truncated length column reads as missing values rather than
    failing: the file sizes recorded in the marker catch that.)
    """
    schema = searcher.schema
    for reader, _offset in searcher.reader().leaf_readers():
        count = reader.doc_count_all()
        first = list(islice(reader.lexicon("id"), 1))
        if first:
            list(reader.postings("id", first[0]).all_ids())
        if not count:
            continue
        last = count - 1
        reader.stored_fields(0)
        if not reader.stored_fields(last).get("id"):
            raise ValueError("the last document has no stored id")
        for name, fieldtype in schema.items():
            if fieldtype.column_type is not None and reader.has_column(name):
                column = reader.column_reader(name)
                column[0]
                column[last]


def _remove(path: Path) -> None:
    """Delete a folder tree, a file or a link; quietly (a leftover can wait for next time)."""
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass


def catalogue_state(sessions: sessionmaker[Session]) -> tuple[str | None, int]:
    """The catalogue's generation (``None`` before its first change) and its story count."""
    with sessions() as session:
        setting = session.get(Setting, GENERATION)
        count = session.scalar(select(func.count()).select_from(Story)) or 0
    return (setting.value if setting else None), count


@dataclass(frozen=True)
class OpenIndex:
    """The index as searches see it, while :meth:`SearchIndex.reading` is held.

    Attributes:
        searcher: Whoosh's searcher over the last committed index.
        serial: Changes whenever another searcher is opened (after each commit), so
            what a reader derives from the index can be kept until it changes.
    """

    searcher: searching.Searcher
    serial: int


class SearchIndex:
    """The Whoosh index folder of a data folder: opening, checking, rebuilding, updating."""

    def __init__(self, index_dir: Path, sessions: sessionmaker[Session]) -> None:
        """Set up the index; nothing is opened until :meth:`ensure_ready` or a search.

        Args:
            index_dir: The index folder (``<data dir>/index``).
            sessions: Catalogue session factory.
        """
        self.index_dir = Path(index_dir)
        self.sessions = sessions
        self._ix: windex.Index | None = None
        self._searcher: searching.Searcher | None = None
        self._serial = 0
        self._write_lock = threading.RLock()
        self._read_lock = threading.RLock()
        self._lock = IndexLock(self.index_dir.parent / f"{self.index_dir.name}.lock")

    # -- the lock between processes ----------------------------------------------------

    @contextlib.contextmanager
    def _exclusive(
        self, progress: Progress | None = None, cancel: CancelToken | None = None
    ) -> Iterator[None]:
        """Hold the index lock (waiting for another process's rebuild to finish).

        Raises:
            Cancelled: ``cancel`` was cancelled while waiting.
            IndexBusy: Still held by another process after :data:`LOCK_WAIT` seconds.
        """
        with self._write_lock:
            self.index_dir.parent.mkdir(parents=True, exist_ok=True)

            def waiting() -> None:
                check_cancel(cancel, REBUILDING)
                if progress:
                    progress(0, 1, WAITING)

            if not self._lock.try_acquire():
                holder = self._lock.holder()
                log.info("%s (process %s)", WAITING, holder)
                waiting()
                if not self._lock.acquire(LOCK_WAIT, waiting):
                    who = f" (process {holder})" if holder else ""
                    raise IndexBusy(
                        f"{self.index_dir}: another StoryDesk process{who} is rebuilding "
                        "the search index; try again when it has finished"
                    )
            try:
                yield
            finally:
                self._lock.release()

    # -- opening -----------------------------------------------------------------------

    def _problems(self, generation: str | None, *, stale_ok: bool = False) -> list[str]:
        folder = self.index_dir
        try:
            if folder.exists() and not folder.is_dir():
                return [f"{folder}: the search index is not a folder"]
            if not folder.is_dir() or not windex.exists_in(str(folder)):
                return [f"{folder}: the search index is missing"]
        except Exception as exc:  # a damaged table of contents fails here
            return [f"{folder}: the search index cannot be read ({type(exc).__name__}: {exc})"]
        meta = _read_meta(folder)
        if meta is None:
            return [f"{folder}: the search index has no generation marker"]
        if meta.get("schema") != SCHEMA_VERSION:
            return [f"{folder}: the search index was built by another StoryDesk version"]
        if not stale_ok and generation is not None and meta.get("generation") != generation:
            return [
                f"{folder}: the search index is out of date "
                f"(index generation {meta.get('generation')!r}, catalogue {generation!r})"
            ]
        changed = _changed_files(folder, meta)
        if changed:
            return [f"{folder}: index files changed since written: {', '.join(changed[:5])}"]
        try:
            ix = windex.open_dir(str(folder))
            try:
                with ix.searcher() as searcher:
                    _probe(searcher)
            finally:
                ix.close()
        except Exception as exc:  # any failure means: rebuild it
            return [f"{folder}: the search index cannot be read ({type(exc).__name__}: {exc})"]
        return []

    def _open(self) -> bool:
        """Open the index folder if it is there and readable."""
        with self._read_lock:
            if self._searcher is not None:
                return True
            try:
                self._ix = windex.open_dir(str(self.index_dir))
                self._searcher = self._ix.searcher(weighting=weighting())
            except Exception:  # a missing/damaged index reads as "not ready"
                self._close_quietly()
                return False
            self._serial += 1
            return True

    @contextlib.contextmanager
    def reading(self) -> Iterator[OpenIndex | None]:
        """The committed index for searching (``None`` when there is none, or it will not open).

        Holds the read lock while the caller reads, so no commit closes the searcher under
        it; the index is opened on first use.
        """
        with self._read_lock:
            if not self._open():
                yield None
                return
            assert self._searcher is not None
            yield OpenIndex(self._searcher, self._serial)

    def indexed_generation(self) -> str | None:
        """The catalogue generation the index folder's marker records, if it has one."""
        value = (_read_meta(self.index_dir) or {}).get("generation")
        return value if isinstance(value, str) else None

    def _close_quietly(self) -> None:
        with self._read_lock:
            if self._searcher is not None:
                with contextlib.suppress(Exception):
                    self._searcher.close()
            if self._ix is not None:
                with contextlib.suppress(Exception):
                    self._ix.close()
            self._searcher = None
            self._ix = None

    def _clean_leftovers(self) -> None:
        """Remove half-built or swapped-out folders a crash left next to the index.

        Only while holding the index lock: a building folder of a process that is alive
        belongs to the holder of the lock; any other is a leftover.
        """
        assert self._lock.held
        parent = self.index_dir.parent
        if not parent.is_dir():
            return
        for pattern in (f"{self.index_dir.name}.building-*", f"{self.index_dir.name}.old-*"):
            for stray in parent.glob(pattern):
                _remove(stray)

    def _clean_leftovers_if_idle(self) -> None:
        """Remove leftovers now if no other process is rebuilding (never waits)."""
        with self._write_lock:
            try:
                if not self._lock.try_acquire():
                    return
            except OSError:  # a read-only data folder: nothing to clean, nothing to lock
                return
            try:
                self._clean_leftovers()
            finally:
                self._lock.release()

    def ensure_ready(
        self,
        generation: str,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> bool:
        """Open the index, rebuilding it first when missing, unreadable or stale.

        If another process is rebuilding the index, waits for it to finish first (and
        then rebuilds only if its result does not fit ``generation``).

        Args:
            generation: The catalogue's current generation.
            progress: Called with ``(done, total, what)`` while rebuilding or waiting.
            cancel: Checked while rebuilding or waiting; once cancelled, the rebuild stops.

        Returns:
            True when the index was rebuilt.

        Raises:
            Cancelled: ``cancel`` was cancelled; the old index (if any) is kept.
            IndexBusy: Another process kept rebuilding for longer than :data:`LOCK_WAIT`.
        """
        with self._write_lock:
            self._clean_leftovers_if_idle()
            problems = self._problems(generation)
            if not problems and self._open():
                if "changes" not in (_read_meta(self.index_dir) or {}):
                    # Current, but from before the change log: note where it stands, so
                    # the next change is caught up rather than rebuilt.
                    self.catch_up(progress=progress, cancel=cancel)
                return False
            with self._exclusive(progress, cancel):
                self._clean_leftovers()
                if not self._problems(generation, stale_ok=True) and self._open():
                    # Sound but behind (another machine's changes, or a crash after the
                    # catalogue's commit): re-index what the change log names since.
                    if self.catch_up(progress=progress, cancel=cancel) is None:
                        return True
                    if not self._problems(generation):
                        return False
                problems = self._problems(generation)
                for problem in problems:
                    log.info("rebuilding the search index: %s", problem)
                self.rebuild(generation, progress=progress, cancel=cancel)
                return True

    def catch_up(
        self,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
        *,
        rebuild_at: int | None = None,
    ) -> frozenset[str] | None:
        """Re-index the stories changed since the index's last change-log entry.

        Whoever committed them: this process, another StoryDesk on this machine, or another
        machine writing to a shared catalogue. Cheap when nothing changed (one query).

        Args:
            progress: Called with ``(done, total, what)`` while rebuilding.
            cancel: Checked while rebuilding.
            rebuild_at: Rebuild instead when at least this many stories changed and they
                are as many as the index holds (a first large import).

        Returns:
            The stories re-indexed (or dropped, when deleted), or ``None`` when the index
            was rebuilt: it predates the change log's reach, or a change touched any story.

        Raises:
            IndexBusy: Another process kept rebuilding for longer than :data:`LOCK_WAIT`.
        """
        with self._exclusive(progress, cancel):
            meta = _read_meta(self.index_dir) or {}
            recorded = meta.get("changes")
            held = recorded if isinstance(recorded, int) and recorded >= 0 else None
            with self.sessions() as session:
                changes = changes_since(session, held or 0)
            built_for = meta.get("catalogue")
            # A generation is unique to its catalogue: an index built before catalogues had an
            # identity (built_for None) that holds the current generation is current.
            if meta.get("generation") == changes.generation and built_for in (
                None,
                changes.catalogue,
            ):
                if held is None or (built_for is None and changes.catalogue is not None):
                    # An index from before the change log, and current: note where it is.
                    last = changes.last if held is None else held
                    _write_meta(self.index_dir, changes.generation, last, changes.catalogue)
                return frozenset()
            if (
                held is None
                or built_for not in (None, changes.catalogue)  # built for another catalogue
                or held > changes.last
                # The log's entry where the index stands is not the one it read: the
                # catalogue was restored from a dump and numbers its changes again.
                or (held and changes.since != meta.get("generation"))
                or not changes.story_ids  # changed, yet the log names nothing: rebuild
            ):
                self.rebuild(changes.generation, progress=progress, cancel=cancel)
                return None
            assert changes.story_ids is not None
            many = len(changes.story_ids)
            if rebuild_at is not None and many >= rebuild_at and many >= self.document_count():
                self.rebuild(changes.generation, progress=progress, cancel=cancel)
                return None
            self.apply(
                sorted(changes.story_ids),
                [],
                changes.generation,
                changes=changes.last,
                catalogue=changes.catalogue,
            )
            return changes.story_ids

    # -- writing -----------------------------------------------------------------------

    def rebuild(
        self,
        generation: str,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
        procs: int = 2,
    ) -> dict[str, Any]:
        """Build a new index of every story in a new folder, then swap it in.

        Args:
            generation: The catalogue generation the new index reflects.
            progress: Called with ``(done, total, what)``.
            cancel: Checked between stories; once cancelled, the rebuild stops.
            procs: Writer processes when there are more than
                :data:`MULTIPROCESS_THRESHOLD` stories.

        Returns:
            ``{"documents": n, "seconds": s}``.

        Raises:
            Cancelled: ``cancel`` was cancelled; the old index is kept.
            IndexBusy: Another process kept rebuilding for longer than :data:`LOCK_WAIT`.
        """
        started = time.perf_counter()
        with self._exclusive(progress, cancel):
            with self.sessions() as session:
                # Read before the stories: a change committed during the build is applied
                # again at the next catch-up, never missed.
                changes = last_change(session)
                catalogue = catalogue_id(session)
            parent = self.index_dir.parent
            building = parent / f"{self.index_dir.name}.building-{uuid.uuid4().hex[:10]}"
            building.mkdir()
            try:
                documents = self._build_into(building, progress, cancel, procs)
                _write_meta(building, generation, changes, catalogue)
            except BaseException:
                shutil.rmtree(building, ignore_errors=True)
                raise
            self._swap_in(building)
            self._open()
        return {"documents": documents, "seconds": round(time.perf_counter() - started, 3)}

    def _build_into(
        self,
        folder: Path,
        progress: Progress | None,
        cancel: CancelToken | None,
        procs: int,
    ) -> int:
        check_cancel(cancel, REBUILDING)
        ix = windex.create_in(str(folder), story_schema())
        try:
            with self.sessions() as session:
                ids = list(session.scalars(select(Story.id).order_by(Story.id)))
            total = len(ids)
            if procs > 1 and total > MULTIPROCESS_THRESHOLD:
                multiprocessing.freeze_support()
                # compound=False throughout: Whoosh copies a compound segment's postings
                # into memory on every open (~400 MB RSS at 10k stories instead of ~90 MB).
                # Workers that end with this process, or with a cancel (Whoosh's would wait
                # for ever on their job queue).
                writer = GuardedMpWriter(
                    ix, procs=procs, multisegment=True, limitmb=128, compound=False
                )
            else:
                writer = ix.writer(limitmb=128, compound=False)
            done = 0
            try:
                if progress:
                    progress(0, total, "Indexing stories")
                for batch_start in range(0, total, BATCH):
                    batch = ids[batch_start : batch_start + BATCH]
                    with self.sessions() as session:
                        stories = session.scalars(select(Story).where(Story.id.in_(batch)))
                        for story in stories:
                            check_cancel(cancel, REBUILDING)
                            writer.add_document(**story_document(story))
                            done += 1
                    if progress:
                        progress(done, total, "Indexing stories")
            except BaseException:
                with contextlib.suppress(Exception):
                    writer.cancel()
                raise
            if progress:
                progress(done, total, "Saving the search index")
            writer.commit()
            return done
        finally:
            ix.close()

    def _swap_in(self, building: Path) -> None:
        """Replace the index folder by ``building`` with renames (the old one is removed)."""
        self._close_quietly()
        old: Path | None = None
        if self.index_dir.exists() or self.index_dir.is_symlink():
            old = self.index_dir.parent / f"{self.index_dir.name}.old-{uuid.uuid4().hex[:10]}"
            os.replace(self.index_dir, old)
        os.replace(building, self.index_dir)
        if old is not None:
            _remove(old)

    def apply(
        self,
        changed_ids: Sequence[str],
        deleted_ids: Sequence[str],
        generation: str,
        *,
        changes: int | None = None,
        catalogue: str | None = None,
    ) -> None:
        """Bring the index up to ``generation``: re-index changed stories, drop deleted ones.

        Stories named in ``changed_ids`` that are no longer in the catalogue are dropped
        too. If the index is not there (or cannot be opened) it is rebuilt instead.
        ``changes`` is the last change-log entry the index then holds (``None``: as
        before).

        Raises:
            whoosh.index.LockError: Another process holds the index's write lock for longer
                than :data:`WRITE_TIMEOUT`; the index is marked stale so the next
                :meth:`ensure_ready` rebuilds it.
            IndexBusy: Another process kept rebuilding for longer than :data:`LOCK_WAIT`.
        """
        with self._exclusive():
            if not self._open() or _read_meta(self.index_dir) is None:
                self.rebuild(generation)
                return
            assert self._ix is not None
            writer = None
            try:
                writer = self._ix.writer(timeout=WRITE_TIMEOUT, compound=False)
                found: set[str] = set()
                changed = list(dict.fromkeys(changed_ids))
                for start in range(0, len(changed), BATCH):
                    batch = changed[start : start + BATCH]
                    with self.sessions() as session:
                        for story in session.scalars(select(Story).where(Story.id.in_(batch))):
                            writer.update_document(**story_document(story))
                            found.add(story.id)
                for story_id in [*deleted_ids, *(i for i in changed if i not in found)]:
                    writer.delete_by_term("id", story_id)
                writer.commit()
                writer = None
                _write_meta(self.index_dir, generation, changes, catalogue)
            except BaseException as exc:
                if writer is not None:
                    with contextlib.suppress(Exception):
                        writer.cancel()
                # Whatever reached the index, it no longer matches any generation.
                with contextlib.suppress(OSError):
                    _write_meta(self.index_dir, "", UNKNOWN)
                if not _index_damage(exc):
                    raise
                # The catalogue has committed; a segment that cannot be read (a file found
                # empty, a damaged header) is only a cache problem: rebuild from the catalogue.
                log.warning("the search index could not be updated (%r); rebuilding it", exc)
                damaged = True
            else:
                damaged = False
            finally:
                self._refresh()
            if damaged:
                self._close_quietly()
                self.rebuild(generation)

    def _refresh(self) -> None:
        """Open a new searcher on the committed index and close the old one.

        ``Searcher.refresh()`` would share segment readers between the two searchers, so
        closing the old one (which Windows needs, to let merged segments be deleted) would
        close readers the new one uses: open afresh instead.
        """
        with self._read_lock:
            self._close_quietly()
            self._open()

    def document_count(self) -> int:
        """Stories in the index (0 when there is no index)."""
        with self._read_lock:
            if not self._open():
                return 0
            assert self._searcher is not None
            return self._searcher.doc_count()

    def check(self) -> list[str]:
        """Problems with the index: missing, unreadable, stale, or not matching the catalogue."""
        try:
            generation, count = catalogue_state(self.sessions)
        except Exception as exc:  # report, don't fail
            return [f"cannot read the catalogue's generation ({exc})"]
        with self._write_lock:
            problems = self._problems(generation)
            if problems:
                return problems
            indexed = self.document_count()
        if indexed != count:
            return [
                f"{self.index_dir}: the search index holds {indexed} stories, the catalogue {count}"
            ]
        return []

    def close(self) -> None:
        """Close the searcher and the index (call before the app exits)."""
        with self._write_lock:
            self._close_quietly()
