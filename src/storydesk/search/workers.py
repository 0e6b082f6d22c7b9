"""Whoosh's multi-process index writer, with worker processes that never outlive StoryDesk.

Whoosh's :class:`~whoosh.multiproc.MpWriter` starts worker processes that wait on a job
queue. If the StoryDesk process is killed, nothing tells them: each worker holds the
queue's pipe open itself, so it never sees the end of it and waits for ever (each holding
~130 MB). And ``MpWriter.cancel()`` only sets a flag in the parent's copy of the worker
object, so a cancelled or failed rebuild left them waiting too (and the parent hung at exit,
joining them).

Here each worker:

* asks Linux to send it ``SIGKILL`` when its parent dies (``prctl(PR_SET_PDEATHSIG)``);
* and, everywhere, watches its parent from a thread: the parent's sentinel (a pipe or
  handle the OS closes when the parent ends) and, as a fallback, whether its parent pid
  changed; then it exits at once.

Cancelling the writer terminates its workers.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask

PR_SET_PDEATHSIG = 1
"""``prctl`` option: the signal the kernel sends a process when its parent thread ends."""

PARENT_POLL = 1.0
"""Seconds between checks of the parent in the watcher thread."""

CANCEL_JOIN = 10.0
"""Seconds to wait for a terminated worker to end."""


def _die_with_parent_linux() -> None:
    """Ask the kernel to SIGKILL this process when its parent ends (Linux only)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def watch_parent(parent_pid: int) -> None:
    """Make this (child) process exit as soon as the process ``parent_pid`` ends.

    Sets ``PR_SET_PDEATHSIG`` on Linux and starts a daemon thread that waits on the
    parent's sentinel and polls the parent pid. If the parent is already gone, exits now.
    """
    _die_with_parent_linux()
    if os.getppid() != parent_pid:
        os._exit(1)
    parent = multiprocessing.parent_process()
    sentinel = getattr(parent, "sentinel", None) if parent is not None else None

    def watch() -> None:
        while True:
            if sentinel is not None:
                with contextlib.suppress(Exception):
                    if multiprocessing.connection.wait([sentinel], timeout=PARENT_POLL):
                        os._exit(1)
            else:
                threading.Event().wait(PARENT_POLL)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="storydesk-parent-watch", daemon=True).start()


class _WatchedTask(SubWriterTask):  # type: ignore[misc]
    """A Whoosh writer process that ends with its parent."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.parent_pid = os.getpid()
        self.daemon = True  # ended by multiprocessing if the parent exits normally

    def run(self) -> None:
        watch_parent(self.parent_pid)
        super().run()


class GuardedMpWriter(MpWriter):  # type: ignore[misc]
    """:class:`~whoosh.multiproc.MpWriter` whose workers end with the parent or a cancel."""

    def _new_task(self) -> SubWriterTask:
        task = _WatchedTask(
            self.storage,
            self.indexname,
            self.jobqueue,
            self.resultqueue,
            self.subargs,
            self.multisegment,
        )
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self) -> None:
        """Stop the workers (they hold nothing worth keeping) and cancel the writer."""
        try:
            for task in self.tasks:
                with contextlib.suppress(Exception):
                    if task.is_alive():
                        task.terminate()
            for task in self.tasks:
                with contextlib.suppress(Exception):
                    task.join(CANCEL_JOIN)
                    if task.is_alive():
                        task.kill()
                        task.join(CANCEL_JOIN)
        finally:
            super().cancel()
