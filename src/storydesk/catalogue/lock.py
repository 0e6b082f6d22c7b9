"""The data folder's writer lock: one StoryDesk writes at a time, any number read.

SQLite in WAL mode lets readers run beside one writer, but two writers meeting inside
SQLite fail after the busy timeout with "database is locked". StoryDesk therefore takes an
exclusive lock on ``<data>/storydesk.lock`` (``fcntl.flock`` on POSIX, ``msvcrt.locking``
on Windows) around everything that changes the catalogue, the media or the index. A second
writer waits, up to a limit, and then says plainly what the first one is doing. The
operating system drops the lock when its holder exits or is killed, so a crash never
leaves the folder locked.

The lock is re-entrant within one process: the thread holding it may take it again (an
import that rebuilds the index); other threads of the same process wait for it like another
process would.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from storydesk.errors import CatalogueBusy, ReadOnlyDataFolder, storage_error
from storydesk.messages import translatable

LOCK_FILE = "storydesk.lock"
DEFAULT_WAIT = 180.0
"""Seconds a writer waits for another one by default."""
POLL = 0.1
WAITING = translatable("Catalogue", "Waiting for another StoryDesk to finish writing…")
# What a writer says it is doing (kept in the lock file in English), as another StoryDesk
# that finds the lock held names it: "another StoryDesk is <doing>".
DOINGS: dict[str, str] = {
    "importing": translatable("Catalogue", "importing"),
    "updating the search index": translatable("Catalogue", "updating the search index"),
    "deleting stories": translatable("Catalogue", "deleting stories"),
    "rebuilding the search index": translatable("Catalogue", "rebuilding the search index"),
    "repairing the data folder": translatable("Catalogue", "repairing the data folder"),
    "restoring a backup": translatable("Catalogue", "restoring a backup"),
    "opening the catalogue": translatable("Catalogue", "opening the catalogue"),
    "checking": translatable("Catalogue", "checking"),
    "writing": translatable("Catalogue", "writing"),
    "writing to it": translatable("Catalogue", "writing to it"),
}
_WINDOWS_LOCK_OFFSET = 1 << 20
"""On Windows the locked byte lies beyond the text, so waiters can still read who holds it."""

OnWait = Callable[[str], None]


def try_os_lock(handle: IO[bytes]) -> bool:
    """Take the OS lock on an open lock file without waiting; False when another has it."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def os_unlock(handle: IO[bytes]) -> None:
    """Give back the OS lock taken by :func:`try_os_lock`."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class WriterLock:
    """The exclusive writer lock of one data folder.

    Attributes:
        path: The lock file.
        wait: Default seconds :meth:`acquire` waits for another writer.
        on_wait: Called once with :data:`WAITING` when a writer starts waiting.
    """

    def __init__(
        self, path: Path, wait: float = DEFAULT_WAIT, on_wait: OnWait | None = None
    ) -> None:
        self.path = Path(path)
        self.wait = wait
        self.on_wait = on_wait
        self._handle: IO[bytes] | None = None
        self._owner: int | None = None
        self._depth = 0
        self._guard = threading.Condition()

    @property
    def held(self) -> bool:
        """Whether this thread holds the lock."""
        return self._owner == threading.get_ident() and self._depth > 0

    def holder(self) -> dict[str, Any]:
        """What the lock file says about its holder (``{}`` when unknown)."""
        try:
            raw = self.path.read_bytes()[:4096]
            data = json.loads(raw.decode("utf-8").strip("\x00 \n") or "{}")
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def busy_error(self) -> CatalogueBusy:
        """The error a writer gets when it gave up waiting."""
        return CatalogueBusy(
            translatable(
                "Catalogue",
                "the catalogue is busy: another StoryDesk is {doing}; try again when it has "
                "finished",
            ).format(doing=self.doing("writing to it"))
        )

    def doing(self, default: str = "writing") -> str:
        """What the holder says it is doing, translatable when StoryDesk knows the words."""
        doing = self.holder().get("doing")
        text = doing if isinstance(doing, str) and doing else default
        return DOINGS.get(text, text)

    def try_acquire(self, doing: str, timeout: float = 0.0) -> bool:
        """Take the lock if it is free now (or within ``timeout`` seconds); True if taken.

        Unlike :meth:`acquire` this says nothing while waiting and raises nothing.
        """
        return self._acquire(doing, timeout=timeout, announce=False)

    def acquire(self, doing: str, timeout: float | None = None) -> None:
        """Take the lock, waiting up to ``timeout`` seconds (default :attr:`wait`).

        Args:
            doing: What this process is about to do, in words that finish "another
                StoryDesk is …" (``"importing"``), for the message other writers see.
            timeout: Seconds to wait; 0 does not wait.

        Raises:
            CatalogueBusy: Another process (or thread) still holds it after the wait.
            ReadOnlyDataFolder: The lock file cannot be created (read-only folder).
        """
        if not self._acquire(doing, self.wait if timeout is None else timeout, announce=True):
            raise self.busy_error()

    def _acquire(self, doing: str, timeout: float, announce: bool) -> bool:
        me = threading.get_ident()
        deadline = time.monotonic() + max(0.0, timeout)
        announced = False
        with self._guard:
            if self._owner == me:
                self._depth += 1
                return True
            while self._owner is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                if announce and not announced and self.on_wait is not None:
                    self.on_wait(WAITING)
                    announced = True
                self._guard.wait(min(left, POLL))
            self._owner = me
            self._depth = 1
        try:
            handle = self._open()
            while not try_os_lock(handle):
                left = deadline - time.monotonic()
                if left <= 0:
                    handle.close()
                    self._give_up()
                    return False
                if announce and not announced and self.on_wait is not None:
                    self.on_wait(WAITING)
                    announced = True
                time.sleep(min(left, POLL))
        except BaseException:
            self._give_up()
            raise
        self._handle = handle
        self._describe(doing)
        return True

    def _open(self) -> IO[bytes]:
        try:
            return open(self.path, "a+b")
        except OSError as exc:
            error = storage_error(exc, self.path)
            if isinstance(error, ReadOnlyDataFolder) or not self.path.parent.is_dir():
                raise ReadOnlyDataFolder(
                    translatable(
                        "Storage",
                        "{path}: the data folder is read-only; StoryDesk can show and search "
                        "it but not change it",
                    ).format(path=self.path.parent)
                ) from exc
            raise error or exc from exc

    def _describe(self, doing: str) -> None:
        assert self._handle is not None
        info = {
            "pid": os.getpid(),
            "doing": doing,
            "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        with contextlib.suppress(OSError):  # the description is a courtesy
            self._handle.truncate(0)
            self._handle.write(json.dumps(info).encode("utf-8"))  # "a+b": lands at 0
            self._handle.flush()

    def _give_up(self) -> None:
        with self._guard:
            self._owner = None
            self._depth = 0
            self._guard.notify_all()

    def release(self) -> None:
        """Give the lock back (the last of nested holds releases the file lock)."""
        with self._guard:
            if self._owner != threading.get_ident() or self._depth == 0:
                return
            self._depth -= 1
            if self._depth:
                return
            handle, self._handle = self._handle, None
            if handle is not None:
                with contextlib.suppress(OSError):
                    os_unlock(handle)
                handle.close()
            self._owner = None
            self._guard.notify_all()

    @contextlib.contextmanager
    def hold(self, doing: str, timeout: float | None = None) -> Iterator[None]:
        """``with lock.hold("importing"):`` — :meth:`acquire`, then :meth:`release`."""
        self.acquire(doing, timeout)
        try:
            yield
        finally:
            self.release()
