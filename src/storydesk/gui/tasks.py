"""The one way StoryDesk's desktop app runs work off the UI thread.

``TaskRunner.run(fn, on_done=..., on_failed=..., lane=...)`` runs ``fn`` on a worker thread
and calls back on the UI thread. Work is grouped in lanes, each a thread pool of its own:

* ``"search"`` (one thread): searches, so a burst of keystrokes queues instead of piling up;
* ``"read"`` (two threads): rows for the results list, a story for the reading pane;
* ``"write"`` (one thread): imports and anything else that changes the catalogue, so
  catalogue and index writes are serialised through one worker.

Long work reports through a :class:`ProgressState` the worker writes and the UI polls, and
is cancelled through its :class:`~storydesk.progress.CancelToken` (see
:class:`storydesk.gui.importing.ImportController`).

With ``inline=True`` jobs run at once on the calling thread (tests of code that uses the
runner can then be synchronous, like Picard's ``FakeThreadPool``).
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from storydesk.progress import CancelToken

log = logging.getLogger(__name__)

LANES = {"search": 1, "read": 2, "write": 1}

Done = Callable[[Any], None]
Failed = Callable[[BaseException, str], None]


class _Relay(QObject):
    """Lives on the UI thread; worker threads emit through it (queued connection).

    Only the task number crosses threads in the signal; the outcome waits in ``outcomes``
    (Python objects carried through queued signals have shown reference-counting faults
    in PySide6, so they never travel that way).
    """

    finished = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = threading.Lock()
        self.outcomes: dict[int, tuple[bool, Any, str]] = {}

    def deliver(self, task_id: int, ok: bool, payload: Any, tb: str) -> None:
        with self.lock:
            self.outcomes[task_id] = (ok, payload, tb)
        self.finished.emit(task_id)

    def take(self, task_id: int) -> tuple[bool, Any, str] | None:
        with self.lock:
            return self.outcomes.pop(task_id, None)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._relay = relay
        self._task_id = task_id
        self._fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # reported to the UI thread, never lost
            self._relay.deliver(self._task_id, False, exc, traceback.format_exc())
        else:
            self._relay.deliver(self._task_id, True, result, "")


class TaskRunner(QObject):
    """Runs callables on per-lane thread pools, calling back on the UI thread."""

    def __init__(self, parent: QObject | None = None, inline: bool = False) -> None:
        super().__init__(parent)
        self.inline = inline
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finish)
        self._pools: dict[str, QThreadPool] = {}
        self._closed = False

    def _pool(self, lane: str) -> QThreadPool:
        pool = self._pools.get(lane)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(LANES.get(lane, 1))
            self._pools[lane] = pool
        return pool

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_failed: Failed | None = None,
        lane: str = "read",
    ) -> int:
        """Run ``fn()`` on ``lane``; ``on_done(result)`` or ``on_failed(exc, tb)`` follow."""
        task_id = next(self._ids)
        if self._closed:
            return task_id
        if self.inline:
            try:
                result = fn()
            except Exception as exc:
                self._report_failure(on_failed, exc, traceback.format_exc())
            else:
                if on_done is not None:
                    on_done(result)
            return task_id
        self._callbacks[task_id] = (on_done, on_failed)
        self._pool(lane).start(_Job(self._relay, task_id, fn))
        return task_id

    def wait(self, msecs: int = -1) -> bool:
        """Block until every lane is idle (used when closing)."""
        return all(pool.waitForDone(msecs) for pool in self._pools.values())

    def close(self, msecs: int = 30000) -> None:
        """Refuse new jobs, wait for running ones, drop their callbacks."""
        self._closed = True
        self.wait(msecs)
        self._callbacks.clear()

    def _finish(self, task_id: int) -> None:
        on_done, on_failed = self._callbacks.pop(task_id, (None, None))
        outcome = self._relay.take(task_id)
        if self._closed or outcome is None:
            return
        ok, payload, tb = outcome
        if ok:
            if on_done is not None:
                on_done(payload)
        else:
            assert isinstance(payload, BaseException)
            self._report_failure(on_failed, payload, tb)

    @staticmethod
    def _report_failure(on_failed: Failed | None, exc: BaseException, tb: str) -> None:
        if on_failed is not None:
            on_failed(exc, tb)
        else:
            log.error("background task failed: %s\n%s", exc, tb)


@dataclass
class ProgressState:
    """Progress written by a worker and polled by the UI, and the work's cancel token.

    The worker calls :meth:`update` (the ``progress`` callback of the core) and hands
    :attr:`token` to the core as its ``cancel``; the UI reads :meth:`snapshot` on a timer
    and calls :meth:`cancel`.
    """

    done: int = 0
    total: int = 0
    current: str = ""
    token: CancelToken = field(default_factory=CancelToken)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def update(self, done: int, total: int, current: str) -> None:
        with self._lock:
            self.done, self.total, self.current = done, total, current

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self.done, self.total, self.current

    def cancel(self) -> None:
        """Ask the work to stop (from the UI thread)."""
        self.token.cancel()

    def cancelled(self) -> bool:
        """Whether the work was asked to stop."""
        return self.token.cancelled
