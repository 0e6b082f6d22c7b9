"""The data folder's writer lock: one writer at a time across processes and threads."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from storydesk.catalogue.lock import WAITING, WriterLock
from storydesk.errors import CatalogueBusy

HOLDER = """
import sys, time
from storydesk.catalogue.lock import WriterLock
lock = WriterLock(sys.argv[1])
lock.acquire("importing")
print("held", flush=True)
time.sleep(120)
"""


def _hold_in_subprocess(path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_second_process_waits_then_names_what_the_first_is_doing(tmp_path: Path) -> None:
    path = tmp_path / "storydesk.lock"
    holder = _hold_in_subprocess(path)
    try:
        said: list[str] = []
        lock = WriterLock(path, wait=0.5, on_wait=said.append)
        with pytest.raises(CatalogueBusy) as caught:
            lock.acquire("importing")
        assert str(caught.value) == (
            "the catalogue is busy: another StoryDesk is importing; try again when it has finished"
        )
        assert said == [WAITING]  # said once, not once per poll
        assert not lock.try_acquire("importing")
    finally:
        holder.kill()
        holder.wait(30)
    # The operating system dropped the lock with the killed process.
    lock = WriterLock(path, wait=5)
    assert lock.try_acquire("importing")
    assert lock.holder()["doing"] == "importing"
    lock.release()


def test_the_lock_is_reentrant_in_one_thread_and_exclusive_between_threads(
    tmp_path: Path,
) -> None:
    lock = WriterLock(tmp_path / "storydesk.lock", wait=0.3)
    with lock.hold("importing"):
        with lock.hold("rebuilding the search index"):
            assert lock.held
        assert lock.held
        outcome: list[object] = []

        def other() -> None:
            try:
                lock.acquire("deleting stories")
            except CatalogueBusy as exc:
                outcome.append(exc)
            else:
                outcome.append("acquired")
                lock.release()

        thread = threading.Thread(target=other)
        thread.start()
        thread.join(30)
        assert isinstance(outcome[0], CatalogueBusy)
    assert not lock.held
    # Released: another thread gets it now, after waiting for a holder that lets go.
    got: list[str] = []

    def later() -> None:
        lock.acquire("importing", timeout=30)
        got.append("yes")
        lock.release()

    with lock.hold("importing"):
        thread = threading.Thread(target=later)
        thread.start()
        time.sleep(0.2)
    thread.join(30)
    assert got == ["yes"]


def test_a_waiting_writer_gets_the_lock_when_the_first_finishes(tmp_path: Path) -> None:
    path = tmp_path / "storydesk.lock"
    holder = _hold_in_subprocess(path)
    threading.Timer(0.5, holder.kill).start()
    try:
        lock = WriterLock(path, wait=60)
        lock.acquire("importing")
        lock.release()
    finally:
        holder.kill()
        holder.wait(30)
