"""Typed errors for problems in the user's environment or input.

Front ends show these as one clear sentence. Anything else that escapes is a bug: it is
logged with its traceback, not shown raw to the user.

:func:`storage_error` turns the operating system's and SQLite's low-level failures (a full
disk, a read-only folder, a locked or damaged catalogue) into one of these typed errors, so
that no errno number or SQL statement ever reaches the user.
"""

from __future__ import annotations

import datetime as dt
import errno
import shutil
from pathlib import Path

from storydesk.messages import Message, Template, as_message, sentence, translatable


class StoryDeskError(Exception):
    """A problem the user can understand and act on (bad input, locked catalogue, full disk)."""


class RejectedInput(StoryDeskError):
    """One input file, or one part of a bundle, cannot be imported.

    Attributes:
        path: The file (or ``bundle.zip!stories/x.md`` member) that was rejected.
        reason: Why, in one short sentence: a translatable text
            (:func:`~storydesk.messages.translatable`), so the app can show it translated.
    """

    def __init__(self, path: str, reason: str) -> None:
        reason = as_message(reason)
        super().__init__(
            translatable("Import", "{path}: {reason}").format(path=path, reason=reason)
        )
        self.path = path
        self.reason = reason


class BundleRejected(RejectedInput):
    """A whole bundle is refused (unsafe paths, bad manifest, checksum mismatch...)."""


class ImageRejected(RejectedInput):
    """An image file cannot be accepted (not an image, refused format, too big, damaged)."""


class DirectoryError(StoryDeskError):
    """A directory file is missing or malformed (names the file and the entry)."""


class IndexBusy(StoryDeskError):
    """Another StoryDesk process kept the search index locked for longer than we waited."""


class Cancelled(StoryDeskError):
    """The user cancelled long work (import, reindex, pack, bundle); nothing was half done.

    Raised by :meth:`storydesk.progress.CancelToken.check`: an import commits nothing, a
    pack or bundle leaves no file, an index rebuild keeps the index it replaced.
    """


class CatalogueError(StoryDeskError):
    """The catalogue cannot be opened or written (locked, damaged, disk full)."""


class CatalogueBusy(CatalogueError):
    """Another StoryDesk holds the data folder's writer lock (or SQLite's) for too long."""


class CatalogueDamaged(CatalogueError):
    """The catalogue file is not a readable SQLite database any more.

    Attributes:
        backup: The newest backup that passes its integrity check, if any.
    """

    def __init__(self, message: str, backup: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup


class CatalogueMissing(CatalogueError):
    """A used data folder has lost its catalogue; StoryDesk refuses to start an empty one."""


class StorageError(StoryDeskError):
    """The disk refused a read or write: full, read-only, no permission, or failing."""


class ReadOnlyDataFolder(StorageError):
    """The data folder can be read but not changed (read-only disk or no permission)."""


class StoryNotFound(StoryDeskError):
    """No story has the given id."""


class StoryChangedElsewhere(StoryDeskError):
    """A story was changed by someone else since an editor opened it; the edit was refused.

    An editor's save names the version of the story it started from (``stories.version``);
    when the catalogue holds another one, saving would overwrite a change the editor never
    saw. Nothing was saved: the front end offers to reload the story.

    Attributes:
        story_id: The story.
        expected: The version the editor started from.
        version: The story's version now.
        machine: The computer that changed it last, when the catalogue knows.
        changed_at: When (UTC), when the catalogue knows.
    """

    def __init__(
        self,
        message: str,
        *,
        story_id: str,
        expected: int | None,
        version: int | None,
        machine: str | None = None,
        changed_at: dt.datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.story_id = story_id
        self.expected = expected
        self.version = version
        self.machine = machine
        self.changed_at = changed_at


_DISK_FULL = translatable("Storage", "the disk is full; free some space and try again")
_INPUT_OUTPUT = translatable(
    "Storage", "the disk reported an input/output error (was a USB drive removed?)"
)
_OS_REASONS: dict[int, Template] = {
    errno.ENOSPC: _DISK_FULL,
    errno.EFBIG: translatable(
        "Storage", "a file grew past the size the system allows (is the disk full?)"
    ),
    errno.EROFS: translatable("Storage", "the disk is read-only"),
    errno.EACCES: translatable("Storage", "permission denied"),
    errno.EPERM: translatable("Storage", "permission denied"),
    errno.EIO: _INPUT_OUTPUT,
}
if hasattr(errno, "EDQUOT"):
    _OS_REASONS[errno.EDQUOT] = translatable(
        "Storage", "your disk quota is used up; free some space and try again"
    )

_SQLITE_REASONS: tuple[tuple[str, str], ...] = (
    ("database or disk is full", "disk-full"),
    ("database is locked", "busy"),
    ("database table is locked", "busy"),
    ("unable to open database file", "open"),
    ("attempt to write a readonly database", "read-only"),
    ("readonly database", "read-only"),
    ("file is not a database", "damaged"),
    ("database disk image is malformed", "damaged"),
    ("disk i/o error", "io"),
)


def _sqlite_kind(exc: BaseException) -> tuple[str, str] | None:
    """The kind of a SQLite failure and SQLite's own words, without the SQL statement."""
    import sqlite3

    inner = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    candidate = inner if isinstance(inner, sqlite3.Error) else exc
    if not isinstance(candidate, sqlite3.Error):
        return None
    text = str(candidate.args[0] if candidate.args else candidate).strip()
    lowered = text.lower()
    for needle, kind in _SQLITE_REASONS:
        if needle in lowered:
            return kind, text
    return None


def _disk_full(path: Path | str | None) -> bool:
    """Whether the disk holding ``path`` has (almost) no free space left."""
    if path is None:
        return False
    folder = Path(path)
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def storage_error(exc: BaseException, path: Path | str | None = None) -> StoryDeskError | None:
    """The typed, one-sentence error for a low-level failure, or ``None`` if it is not one.

    Args:
        exc: An :class:`OSError`, a :class:`sqlite3.Error`, or an SQLAlchemy error wrapping
            one.
        path: The file or folder being worked on, named in the message when the error does
            not name one itself.

    Returns:
        A :class:`StorageError`, :class:`ReadOnlyDataFolder`, :class:`CatalogueBusy` or
        :class:`CatalogueDamaged`; ``None`` for anything else (a bug, to be logged).
    """
    if isinstance(exc, StoryDeskError):
        return exc
    if isinstance(exc, OSError):
        reason = _OS_REASONS.get(exc.errno or 0)
        if reason is None:
            return None
        where = exc.filename if exc.filename else path
        if exc.errno == errno.EIO and _disk_full(where):
            reason = _OS_REASONS[errno.ENOSPC]
        message = _where(where, reason) if where else sentence(reason)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyDataFolder(message)
        return StorageError(message)
    found = _sqlite_kind(exc)
    if found is None:
        return None
    kind, text = found
    if kind == "disk-full" or (kind == "io" and _disk_full(path)):
        return StorageError(_where(path, _DISK_FULL))
    if kind == "busy":
        return CatalogueBusy(
            _where(
                path,
                translatable(
                    "Storage",
                    "the catalogue is busy: another StoryDesk is writing to it; "
                    "try again when it has finished",
                ),
            )
        )
    if kind == "open":
        return StorageError(
            _where(
                path,
                translatable(
                    "Storage",
                    "the catalogue file cannot be opened (the folder is missing, "
                    "not readable, or on a disk that was removed)",
                ),
            )
        )
    if kind == "read-only":
        return ReadOnlyDataFolder(
            _where(
                path,
                translatable(
                    "Storage", "the catalogue cannot be changed: the data folder is read-only"
                ),
            )
        )
    if kind == "damaged":
        return CatalogueDamaged(
            _where(
                path,
                translatable("Storage", "the catalogue is damaged ({detail})").format(detail=text),
            )
        )
    return StorageError(_where(path, _INPUT_OUTPUT))


def _where(path: Path | str | None, reason: Message | Template) -> Message:
    """``"<path>: <reason>"``, or the reason alone (as it is) when there is no path."""
    if not path:
        return reason if isinstance(reason, Message) else reason.format()
    return translatable("Storage", "{path}: {reason}").format(path=path, reason=reason)


def message_of(exc: BaseException) -> str:
    """An error's message as made, a translatable :class:`~storydesk.messages.Message` when
    it is one (``str(exc)`` would lose it)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


class PackError(StoryDeskError):
    """A briefing pack cannot be built or written (no stories, unknown paper or format,
    missing output folder)."""
