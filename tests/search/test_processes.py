"""The index lock between processes, leftovers of crashed rebuilds, and writer processes.

Real lock files, real processes (started and killed here), real Whoosh indexes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from whoosh import index as windex

from storydesk.search.index import SearchIndex
from storydesk.search.locking import IndexLock
from storydesk.search.schema import story_schema
from storydesk.search.searcher import Searcher
from storydesk.search.workers import GuardedMpWriter

from .conftest import STORIES, Fresh

WATCHDOG = 60.0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    if stat.exists():
        try:
            return stat.read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
        except OSError:
            return False
    return True


def _wait_dead(pid: int, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _hold_lock_in_child(path: Path) -> subprocess.Popen[str]:
    code = textwrap.dedent(
        f"""
        import sys, time
        from storydesk.search.locking import IndexLock
        lock = IndexLock({str(path)!r})
        assert lock.try_acquire()
        print("held", flush=True)
        time.sleep(600)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    return child


def test_lock_is_exclusive_and_reentrant(tmp_path: Path) -> None:
    first, second = IndexLock(tmp_path / "index.lock"), IndexLock(tmp_path / "index.lock")
    assert first.try_acquire() and first.try_acquire()  # re-entrant for its holder
    assert not second.try_acquire()
    first.release()
    assert not second.try_acquire()  # still held once
    first.release()
    assert second.try_acquire()
    assert second.holder() == os.getpid()
    second.release()


def test_a_killed_holder_frees_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "index.lock"
    child = _hold_lock_in_child(path)
    try:
        lock = IndexLock(path)
        assert not lock.try_acquire()
        assert lock.holder() == child.pid
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=WATCHDOG)
        assert lock.acquire(timeout=WATCHDOG)
        lock.release()
    finally:
        child.kill()
        child.wait()


def test_a_live_rebuild_keeps_its_folder_a_stale_one_goes(fresh: Fresh) -> None:
    index, _, sessions = fresh
    parent = index.index_dir.parent
    building = parent / "index.building-0123456789"
    building.mkdir()
    (building / "segment").write_bytes(b"half written")
    child = _hold_lock_in_child(parent / "index.lock")
    try:
        # Another process is rebuilding: opening (and searching) leaves its folder alone.
        other = SearchIndex(index.index_dir, sessions)
        assert other.ensure_ready("g1") is False
        assert Searcher(other).search("датчик").total == 2
        assert building.is_dir()
        other.close()
    finally:
        child.kill()
        child.wait()
    # Its process is gone: the folder is a leftover, removed at the next open.
    again = SearchIndex(index.index_dir, sessions)
    assert again.ensure_ready("g1") is False
    assert not building.exists()
    again.close()


def test_a_stale_index_waits_for_the_other_rebuild(fresh: Fresh) -> None:
    index, _, sessions = fresh
    index.close()
    child = _hold_lock_in_child(index.index_dir.parent / "index.lock")
    waited: list[str] = []

    def progress(_done: int, _total: int, what: str) -> None:
        waited.append(what)
        if len(waited) == 3:
            child.kill()  # the other rebuild ends

    try:
        other = SearchIndex(index.index_dir, sessions)
        assert other.ensure_ready("g2", progress=progress) is True
        assert any("Waiting for another StoryDesk process" in what for what in waited)
        assert Searcher(other).search("").total == len(STORIES)
        other.close()
    finally:
        child.kill()
        child.wait()


def test_cancelling_a_multiprocess_writer_ends_its_workers(tmp_path: Path) -> None:
    ix = windex.create_in(str(tmp_path), story_schema())
    writer = GuardedMpWriter(ix, procs=2, batchsize=5, multisegment=True, compound=False)
    for i in range(40):
        writer.add_document(id=f"s{i}", stored_title=f"Story {i}", body="water " * 20)
    tasks = list(writer.tasks)
    assert len(tasks) == 2 and all(task.is_alive() for task in tasks)
    writer.cancel()
    assert all(_wait_dead(task.pid) for task in tasks if task.pid)
    ix.close()


def test_workers_watch_their_parent_without_prctl(tmp_path: Path) -> None:
    """The portable fallback: the parent's sentinel / pid, without Linux's death signal."""
    code = textwrap.dedent(
        """
        import multiprocessing, os, time
        from storydesk.search import workers

        def child(parent_pid):
            workers._die_with_parent_linux = lambda: None
            workers.watch_parent(parent_pid)
            time.sleep(600)

        if __name__ == "__main__":
            process = multiprocessing.Process(target=child, args=(os.getpid(),))
            process.start()
            print(process.pid, flush=True)
            time.sleep(600)
        """
    )
    script = tmp_path / "parent.py"
    script.write_text(code)
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())
        time.sleep(0.5)
        assert _alive(worker)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=WATCHDOG)
        assert _wait_dead(worker), "the worker outlived its killed parent"
    finally:
        parent.kill()
        parent.wait()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux")
def test_workers_die_with_their_parent_on_linux(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import multiprocessing, os, threading, time
        from storydesk.search import workers

        def child(parent_pid):
            workers.threading = None  # no watcher thread: only the kernel's signal
            try:
                workers.watch_parent(parent_pid)
            except AttributeError:
                pass
            time.sleep(600)

        if __name__ == "__main__":
            process = multiprocessing.Process(target=child, args=(os.getpid(),))
            process.start()
            print(process.pid, flush=True)
            time.sleep(600)
        """
    )
    script = tmp_path / "parent.py"
    script.write_text(code)
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())
        time.sleep(0.5)
        assert _alive(worker)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=WATCHDOG)
        assert _wait_dead(worker), "the worker outlived its killed parent"
    finally:
        parent.kill()
        parent.wait()
