"""An advisory lock file that says "this process is changing the search index".

One process at a time rebuilds the index (into ``index.building-*``, then swapped in) or
applies changes to it. The lock is an OS lock on ``<data dir>/index.lock`` (``flock`` on
POSIX, ``msvcrt.locking`` on Windows): the operating system releases it when the process
ends, however it ends, so a building folder next to the index belongs to a live process
exactly when the lock is held, and any other is a leftover of a crash.

The pid of the holder is written into the file, for messages only.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from storydesk.catalogue.lock import os_unlock, try_os_lock


class IndexLock:
    """An exclusive, re-entrant (within one object) inter-process lock on a file.

    Not thread-safe by itself: :class:`~storydesk.search.index.SearchIndex` takes it
    under its own thread lock.
    """

    def __init__(self, path: Path) -> None:
        """Prepare the lock; nothing is opened until :meth:`try_acquire`.

        Args:
            path: The lock file (created when first acquired).
        """
        self.path = Path(path)
        self._handle: IO[bytes] | None = None
        self._depth = 0

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._depth > 0

    def try_acquire(self) -> bool:
        """Take the lock if no other process (or object) holds it; never waits.

        Raises:
            OSError: The lock file cannot be created or opened (a read-only folder, say).
        """
        if self._depth:
            self._depth += 1
            return True
        handle = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        try:
            if not try_os_lock(handle):
                handle.close()
                return False
            with contextlib.suppress(OSError):
                handle.seek(0)
                handle.truncate()
                handle.write(str(os.getpid()).encode("ascii"))
                handle.flush()
        except BaseException:
            handle.close()
            raise
        self._handle = handle
        self._depth = 1
        return True

    def acquire(
        self,
        timeout: float,
        waiting: Callable[[], None] | None = None,
        poll: float = 0.2,
    ) -> bool:
        """Take the lock, waiting up to ``timeout`` seconds for another holder to finish.

        Args:
            timeout: Seconds to wait at most.
            waiting: Called (about every ``poll`` seconds) while waiting; may raise to stop.
            poll: Seconds between attempts.

        Returns:
            True when the lock was taken, False when it was still held after ``timeout``.
        """
        deadline = time.monotonic() + timeout
        while not self.try_acquire():
            if time.monotonic() >= deadline:
                return False
            if waiting is not None:
                waiting()
            time.sleep(poll)
        return True

    def release(self) -> None:
        """Give the lock back (the outermost release unlocks the file)."""
        if not self._depth:
            return
        self._depth -= 1
        if self._depth:
            return
        handle, self._handle = self._handle, None
        if handle is not None:
            with contextlib.suppress(OSError):
                os_unlock(handle)
            handle.close()

    def holder(self) -> int | None:
        """The pid written by the process that holds (or last held) the lock, if readable."""
        try:
            text = self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return int(text) if text.isdigit() else None
