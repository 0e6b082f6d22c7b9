"""Catalogue backups: taken, verified, thinned, listed, restored; and the lost-catalogue guard.

Backups are copies of ``catalogue.sqlite3`` made with SQLite's online backup API
(:meth:`sqlite3.Connection.backup`), which gives a consistent copy even while another
process reads or writes the catalogue in WAL mode. Each copy is written under a temporary
name, checked with ``PRAGMA integrity_check``, flushed to disk and only then given its final
name ``backups/catalogue-YYYYmmdd-HHMMSS-ffffff-<reason>.sqlite3``, so a backup that has
its name is complete and sound.

When: before a migration (:mod:`storydesk.catalogue.db`), before committing a change that
touches many stories (:func:`guard_mass_changes`: at least :data:`MANY_STORIES`, or at least
:data:`MANY_SHARE` of a catalogue's stories and at least :data:`FEW_STORIES`), once a day
while the catalogue is used (:func:`backup_due`), and when the user asks (``storydesk backup``).

Thinning (:func:`thin`) keeps the :data:`KEEP_RECENT` newest backups, the newest of each of
the last :data:`KEEP_DAYS` days and the newest of each of the last :data:`KEEP_WEEKS` weeks;
the dates come from the file names.

A data folder that has been used (it has a marker file, images, backups or a search index)
but has lost its catalogue is never silently given a new, empty one:
:func:`refuse_lost_catalogue` raises :class:`~storydesk.errors.CatalogueMissing`, naming
the newest good backup and the ``storydesk restore`` command.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import secrets
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from storydesk.atomic import fsync_folder
from storydesk.catalogue.models import Story
from storydesk.errors import (
    CatalogueDamaged,
    CatalogueError,
    CatalogueMissing,
    StorageError,
    storage_error,
)
from storydesk.messages import joined, translatable

if TYPE_CHECKING:
    from storydesk.catalogue.lock import WriterLock

KEEP_RECENT = 5
KEEP_DAYS = 7
KEEP_WEEKS = 8
MANY_STORIES = 50
"""A change touching at least this many stories is backed up first..."""
MANY_SHARE = 0.10
"""...and so is one touching at least this share of the catalogue's stories..."""
FEW_STORIES = 10
"""...as long as it touches at least this many (small edits rely on the daily backup)."""
MARKER = "storydesk-folder.json"
"""Written in a data folder when its catalogue is created: the folder has been used."""
STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^catalogue-(\d{8}-\d{6}-\d{6})-([a-z0-9][a-z0-9.-]*)\.sqlite3$")
_TMP_AGE = dt.timedelta(hours=1)
_REQUIRED_TABLES = frozenset({"stories", "images", "settings", "alembic_version"})
_MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_CHANGED = "storydesk.changed_stories"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file.

    Attributes:
        path: The file.
        taken: When it was taken (local time, from its name).
        reason: Why (``manual``, ``daily``, ``before-change``, ``before-0002``...).
        bytes: Its size.
        stories: How many stories it holds (``None`` when not read).
    """

    path: Path
    taken: dt.datetime
    reason: str
    bytes: int
    stories: int | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready description."""
        return {
            "path": str(self.path),
            "taken": self.taken.isoformat(timespec="seconds"),
            "reason": self.reason,
            "bytes": self.bytes,
            "stories": self.stories,
        }


def _parse(path: Path) -> tuple[dt.datetime, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        return dt.datetime.strptime(match.group(1), STAMP), match.group(2)
    except ValueError:
        return None


def backup_name(taken: dt.datetime, reason: str) -> str:
    """The file name of a backup taken at ``taken`` for ``reason``."""
    safe = re.sub(r"[^a-z0-9.-]+", "-", reason.lower()).strip("-") or "manual"
    return f"catalogue-{taken.strftime(STAMP)}-{safe}.sqlite3"


def needs_immutable(exc: sqlite3.Error) -> bool:
    """Whether a read-only open failed only for want of the WAL index (-shm) file."""
    text = str(exc).lower()
    return "unable to open" in text or "disk i/o error" in text


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a SQLite file, even in a read-only folder."""
    uri = path.resolve().as_uri()
    try:
        connection = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError as exc:
        if not needs_immutable(exc):
            raise
    # A WAL-mode file whose -shm cannot be created: read it as it stands on disk.
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy an open database into ``target`` with the backup API; verify; rollback-journal."""
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        # A copy in WAL mode would grow -wal/-shm files beside it when opened; backups
        # are plain, self-contained files.
        dest.execute("PRAGMA journal_mode=DELETE").fetchone()
        result = dest.execute("PRAGMA integrity_check").fetchone()
    finally:
        dest.close()
    if not result or result[0] != "ok":
        raise CatalogueError(
            translatable(
                "Backups", "{path}: the copy failed its integrity check ({result})"
            ).format(path=target, result=result)
        )
    _fsync(target)


def take_backup(catalogue: Path, folder: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """Back the catalogue up into ``folder``, verified, then thin the folder.

    Args:
        catalogue: The catalogue file.
        folder: The backups folder (created if missing).
        reason: A short word for the name (``manual``, ``daily``, ``before-change``).
        now: The time to put in the name (default: now).

    Returns:
        The new backup's path.

    Raises:
        StorageError: The disk is full or the folder cannot be written.
        CatalogueError: The catalogue cannot be read or the copy does not verify.
    """
    taken = now or dt.datetime.now()
    final = folder / backup_name(taken, reason)
    tmp = folder / f".{final.name}.{secrets.token_hex(4)}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        source = _connect_read_only(catalogue)
        try:
            _copy_database(source, tmp)
        finally:
            source.close()
        os.replace(tmp, final)
        fsync_folder(folder)
    except (OSError, sqlite3.Error) as exc:
        _remove_quietly(tmp)
        error = storage_error(exc, folder if isinstance(exc, OSError) else catalogue)
        if error is None:
            raise CatalogueError(
                translatable("Backups", "{path}: the backup failed ({error})").format(
                    path=catalogue, error=exc
                )
            ) from exc
        raise error from exc
    except BaseException:
        _remove_quietly(tmp)
        raise
    thin(folder, now=taken, keep=final)
    return final


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
    for suffix in ("-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def _backups(folder: Path) -> list[tuple[dt.datetime, str, Path]]:
    found: list[tuple[dt.datetime, str, Path]] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        parsed = _parse(path)
        if parsed is not None and path.is_file():
            found.append((parsed[0], parsed[1], path))
    found.sort(key=lambda item: (item[0], item[2].name), reverse=True)
    return found


def backups_to_keep(
    taken: list[dt.datetime],
    now: dt.datetime,
    recent: int = KEEP_RECENT,
    days: int = KEEP_DAYS,
    weeks: int = KEEP_WEEKS,
) -> set[int]:
    """Which backups the thinning rule keeps, as indexes into ``taken``.

    Kept: the ``recent`` newest; the newest of each of the last ``days`` calendar days; the
    newest of each of the last ``weeks`` ISO weeks; anything dated after ``now`` (a clock
    that was wrong is no reason to delete).
    """
    order = sorted(range(len(taken)), key=lambda i: taken[i], reverse=True)
    keep = set(order[:recent])
    today = now.date()
    this_week = today - dt.timedelta(days=today.weekday())
    seen_days: set[dt.date] = set()
    seen_weeks: set[dt.date] = set()
    for i in order:
        when = taken[i]
        if when > now:
            keep.add(i)
            continue
        day = when.date()
        if (today - day).days < days and day not in seen_days:
            seen_days.add(day)
            keep.add(i)
        week = day - dt.timedelta(days=day.weekday())
        if (this_week - week).days // 7 < weeks and week not in seen_weeks:
            seen_weeks.add(week)
            keep.add(i)
    return keep


def thin(folder: Path, now: dt.datetime | None = None, keep: Path | None = None) -> list[Path]:
    """Delete the backups the thinning rule does not keep, and stale temporary copies.

    Args:
        folder: The backups folder.
        now: The present (default: now).
        keep: A backup never to delete (the one just taken).

    Returns:
        The files removed. Files the rule does not know (kept-aside catalogues, anything
        the user put there) are never touched.
    """
    now = now or dt.datetime.now()
    entries = _backups(folder)
    kept = backups_to_keep([taken for taken, _, _ in entries], now)
    removed: list[Path] = []
    for i, (_, _, path) in enumerate(entries):
        if i in kept or path == keep:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    if folder.is_dir():
        for stale in folder.glob(".catalogue-*.tmp"):
            with contextlib.suppress(OSError):
                age = now.timestamp() - stale.stat().st_mtime
                if age > _TMP_AGE.total_seconds():
                    stale.unlink()
                    removed.append(stale)
    return removed


def backup_due(folder: Path, now: dt.datetime | None = None) -> bool:
    """Whether the daily backup is due: no backup yet today."""
    now = now or dt.datetime.now()
    newest = _backups(folder)
    return not newest or newest[0][0].date() < now.date()


def _known_revisions() -> set[str]:
    return {p.name.split("_", 1)[0] for p in _MIGRATIONS.glob("*.py") if p.name[:1].isdigit()}


def inspect_backup(path: Path) -> int:
    """Check that a file is a sound StoryDesk catalogue this StoryDesk can open.

    Returns:
        How many stories it holds.

    Raises:
        CatalogueError: One line naming the file and what is wrong with it.
    """
    path = Path(path)
    if not path.is_file():
        raise CatalogueError(
            translatable("Backups", "{path}: no such backup file").format(path=path)
        )
    try:
        connection = _connect_read_only(path)
    except sqlite3.Error as exc:
        raise CatalogueError(
            translatable("Backups", "{path}: damaged, or not a SQLite catalogue ({error})").format(
                path=path, error=exc
            )
        ) from exc
    try:
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise CatalogueError(
                    translatable(
                        "Backups", "{path}: the backup is damaged (integrity check: {result})"
                    ).format(path=path, result=result)
                )
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            missing = _REQUIRED_TABLES - tables
            if missing:
                raise CatalogueError(
                    translatable(
                        "Backups", "{path}: not a StoryDesk catalogue (no {tables} table)"
                    ).format(path=path, tables=", ".join(sorted(missing)))
                )
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] not in _known_revisions():
                raise CatalogueError(
                    translatable(
                        "Catalogue",
                        "{path}: the catalogue is at schema revision {revision}, which this "
                        "StoryDesk does not know (made by a newer version?)",
                    ).format(path=path, revision=repr(revision[0] if revision else None))
                )
            count = connection.execute("SELECT count(*) FROM stories").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise CatalogueError(
                translatable("Backups", "{path}: not a sound SQLite catalogue ({error})").format(
                    path=path, error=exc
                )
            ) from exc
    finally:
        connection.close()
    return int(count)


def list_backups(folder: Path, count_stories: bool = True) -> list[BackupInfo]:
    """The backups in ``folder``, newest first, with their story counts.

    A backup that cannot be read is listed with ``stories=None``.
    """
    infos: list[BackupInfo] = []
    for taken, reason, path in _backups(folder):
        stories: int | None = None
        if count_stories:
            with contextlib.suppress(sqlite3.Error, OSError):
                connection = _connect_read_only(path)
                try:
                    stories = int(connection.execute("SELECT count(*) FROM stories").fetchone()[0])
                finally:
                    connection.close()
        try:
            size = path.stat().st_size
        except OSError:
            continue
        infos.append(BackupInfo(path, taken, reason, size, stories))
    return infos


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes its integrity check, or ``None``."""
    for taken, reason, path in _backups(folder):
        try:
            stories = inspect_backup(path)
            size = path.stat().st_size
        except (CatalogueError, OSError):
            continue
        return BackupInfo(path, taken, reason, size, stories)
    return None


def restore_hint(folder: Path, data_flag: str = "") -> str:
    """The sentence pointing at the newest good backup (or saying there is none)."""
    good = newest_good_backup(folder)
    if good is None:
        return translatable("Backups", "no good backup was found in {folder}").format(folder=folder)
    return translatable(
        "Backups",
        "the newest good backup is {path} ({stories} stories, {taken}); restore it with: {command}",
    ).format(
        path=good.path,
        stories=good.stories,
        taken=f"{good.taken:%Y-%m-%d %H:%M}",
        command=f'storydesk restore "{good.path}"{data_flag}',
    )


# -- restoring --------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    """What ``storydesk restore`` did."""

    path: Path
    restored_from: Path
    kept_aside: Path | None
    stories: int

    def to_json(self) -> dict[str, Any]:
        """The ``storydesk restore --json`` document."""
        return {
            "path": str(self.path),
            "restored_from": str(self.restored_from),
            "kept_aside": str(self.kept_aside) if self.kept_aside else None,
            "stories": self.stories,
        }


def restore_backup(
    catalogue: Path, folder: Path, source: Path, lock: WriterLock | None = None
) -> RestoreResult:
    """Put a verified backup in place of the catalogue; the current file is kept aside.

    The current catalogue (damaged or not) and its write-ahead log are moved to
    ``backups/catalogue-replaced-<time>.sqlite3``, never deleted. The search index notices
    the restored catalogue's generation on the next open and is rebuilt.

    Args:
        catalogue: The catalogue file to replace (it may be missing).
        folder: The backups folder.
        source: The backup to restore.
        lock: The data folder's writer lock, held while the files are swapped.

    Raises:
        CatalogueError: ``source`` is not a sound StoryDesk catalogue (nothing is changed).
        CatalogueBusy: Another StoryDesk is writing.
        StorageError: The disk refused the copy.
    """
    source = Path(source)
    stories = inspect_backup(source)
    context = lock.hold("restoring a backup") if lock is not None else contextlib.nullcontext()
    root = catalogue.parent
    staging = root / f".catalogue-restoring-{secrets.token_hex(4)}.sqlite3"
    with context:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            connection = _connect_read_only(source)
            try:
                _copy_database(connection, staging)
            finally:
                connection.close()
            kept_aside = _keep_aside(catalogue, folder)
            # Only now, with the old file kept, drop its WAL files (a WAL left beside the
            # restored file would be replayed into it), then switch in one rename: at every
            # moment there is a catalogue file, the old one or the restored one.
            for suffix in ("-wal", "-shm"):
                Path(f"{catalogue}{suffix}").unlink(missing_ok=True)
            os.replace(staging, catalogue)
            fsync_folder(root)
            mark_used(root)
        except (OSError, sqlite3.Error) as exc:
            _remove_quietly(staging)
            error = storage_error(exc, root)
            if error is None:
                raise CatalogueError(
                    translatable("Backups", "{path}: the restore failed ({error})").format(
                        path=source, error=exc
                    )
                ) from exc
            raise error from exc
        except BaseException:
            _remove_quietly(staging)
            raise
    return RestoreResult(catalogue, source, kept_aside, stories)


def _keep_aside(catalogue: Path, folder: Path) -> Path | None:
    """Keep the current catalogue (and its WAL) as ``backups/catalogue-replaced-<time>``.

    The live file stays in place: a hard link (or a copy where links are not supported)
    is made, after folding the WAL into the file when SQLite still can.
    """
    wal = Path(f"{catalogue}-wal")
    if not catalogue.exists() and not wal.exists():
        return None
    if catalogue.exists():
        with contextlib.suppress(sqlite3.Error):
            connection = sqlite3.connect(catalogue)
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                connection.close()
    stamp = dt.datetime.now().strftime(STAMP)
    aside = folder / f"catalogue-replaced-{stamp}.sqlite3"
    if catalogue.exists():
        try:
            os.link(catalogue, aside)
        except OSError:
            shutil.copy2(catalogue, aside)
    if wal.exists() and wal.stat().st_size:
        shutil.copy2(wal, Path(f"{aside}-wal"))
    return aside


# -- the lost-catalogue guard -----------------------------------------------------------


def mark_used(root: Path) -> None:
    """Write the marker that says this data folder holds a catalogue (once)."""
    marker = root / MARKER
    if marker.exists():
        return
    with contextlib.suppress(OSError):
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        marker.write_text(
            json.dumps({"format": "storydesk.data-folder", "created": created}) + "\n",
            encoding="utf-8",
        )


def _has_files(folder: Path, skip_tmp: bool = True) -> bool:
    if not folder.is_dir():
        return False
    for _dirpath, _dirs, files in os.walk(folder):
        if any(not (skip_tmp and name.endswith(".tmp")) for name in files):
            return True
    return False


def signs_of_use(root: Path) -> list[str]:
    """Why a data folder looks used: marker, images, backups, a search index."""
    signs: list[str] = []
    if (root / MARKER).exists():
        signs.append(translatable("Catalogue", "a catalogue was created here"))
    if _has_files(root / "media"):
        signs.append(translatable("Catalogue", "it holds images"))
    if _backups(root / "backups"):
        signs.append(translatable("Catalogue", "it holds backups"))
    with contextlib.suppress(OSError, ValueError):
        meta = json.loads((root / "index" / "storydesk-index.json").read_text("utf-8"))
        if isinstance(meta, dict) and meta.get("generation"):
            signs.append(translatable("Catalogue", "it holds a search index"))
    return signs


def catalogue_is_lost(catalogue: Path) -> str | None:
    """``"missing"`` or ``"empty"`` when there is no catalogue content, else ``None``."""
    wal = Path(f"{catalogue}-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    if not catalogue.exists():
        return translatable("Catalogue", "missing") if not wal_size else None
    if catalogue.stat().st_size == 0 and not wal_size:
        return translatable("Catalogue", "empty (0 bytes)")
    return None


def refuse_lost_catalogue(catalogue: Path, folder: Path, data_flag: str = "") -> None:
    """Refuse to open a used data folder whose catalogue is missing or empty.

    Raises:
        CatalogueMissing: One line naming the file and the newest good backup.
    """
    state = catalogue_is_lost(catalogue)
    if state is None:
        return
    signs = signs_of_use(catalogue.parent)
    if not signs:
        return
    raise CatalogueMissing(
        translatable(
            "Catalogue",
            "{path}: the catalogue is {state}, but this data folder has been used ({signs}), "
            "so StoryDesk will not start a new, empty catalogue; {hint}",
        ).format(
            path=catalogue,
            state=state,
            signs=joined(signs, "; "),
            hint=restore_hint(folder, data_flag),
        )
    )


def damaged_error(
    catalogue: Path, folder: Path, detail: str, data_flag: str = ""
) -> CatalogueDamaged:
    """The error for a damaged catalogue, pointing at the newest good backup."""
    good = newest_good_backup(folder)
    return CatalogueDamaged(
        translatable("Catalogue", "{path}: the catalogue is damaged ({detail}); {hint}").format(
            path=catalogue, detail=detail, hint=restore_hint(folder, data_flag)
        ),
        backup=good.path if good else None,
    )


# -- backups before changes to many stories ---------------------------------------------


def is_many(changed: int, existing: int) -> bool:
    """Whether changing ``changed`` of ``existing`` stories deserves a backup first."""
    if existing <= 0 or changed < FEW_STORIES:
        return False
    return changed >= MANY_STORIES or changed >= MANY_SHARE * existing


def _committed_story_count(catalogue: Path) -> int:
    connection = _connect_read_only(catalogue)
    try:
        return int(connection.execute("SELECT count(*) FROM stories").fetchone()[0])
    finally:
        connection.close()


def guard_mass_changes(
    sessions: sessionmaker[Session],
    catalogue: Path,
    folder: Path,
    on_backup: Callable[[Path], None] | None = None,
) -> None:
    """Back the catalogue up before any commit that changes many stories (:func:`is_many`).

    The stories added, changed or deleted in a transaction are counted as it flushes; just
    before the commit, the last committed state is copied (WAL lets the copy read it while
    the transaction is still open), so the backup is the catalogue as it was before.

    Args:
        sessions: The catalogue's session factory.
        catalogue: The catalogue file.
        folder: The backups folder.
        on_backup: Called with each backup's path.
    """

    def stories_in(session: Session) -> set[object]:
        found: set[object] = set()
        for obj in chain(session.new, session.deleted, session.dirty):
            if not isinstance(obj, Story):
                continue
            if obj in session.dirty and not session.is_modified(obj):
                continue
            found.add(obj.__dict__.get("id") or id(obj))  # no lazy load in a flush hook
        return found

    def count(session: Session, _context: Any) -> None:
        session.info.setdefault(_CHANGED, set()).update(stories_in(session))

    def before_commit(session: Session) -> None:
        changed = len(session.info.get(_CHANGED, set()) | stories_in(session))
        if not changed:
            return
        try:
            existing = _committed_story_count(catalogue)
        except sqlite3.Error:
            return
        if is_many(changed, existing):
            path = take_backup(catalogue, folder, "before-change")
            if on_backup is not None:
                on_backup(path)

    def forget(session: Session, *_args: Any) -> None:
        session.info.pop(_CHANGED, None)

    event.listen(sessions, "after_flush", count)
    event.listen(sessions, "before_commit", before_commit)
    event.listen(sessions, "after_commit", forget)
    event.listen(sessions, "after_rollback", forget)


__all__ = [
    "BackupInfo",
    "RestoreResult",
    "StorageError",
    "backup_due",
    "backups_to_keep",
    "damaged_error",
    "guard_mass_changes",
    "inspect_backup",
    "list_backups",
    "mark_used",
    "newest_good_backup",
    "refuse_lost_catalogue",
    "restore_backup",
    "take_backup",
    "thin",
]
