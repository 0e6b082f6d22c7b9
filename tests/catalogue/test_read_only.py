"""A read-only data folder: everything that reads works, nothing is written.

The read-only open path is tested directly (``Library.open(read_only=True)``, SQLite
``mode=ro``) on every machine; a real read-only folder (``chmod``) and a real read-only
file system (a read-only bind mount) are used where the machine allows them: ``chmod``
does not stop root, and mounting needs privileges.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from storydesk.errors import ReadOnlyDataFolder, StorageError
from storydesk.library import Library
from storydesk.paths import DataLayout


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture
def seeded(seeded_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(seeded_template, folder)
    return folder


def _reads_work_and_writes_refused(library: Library, tmp_path: Path) -> None:
    assert library.read_only
    ids = library.story_ids()
    assert len(ids) == 7 and len(library.list_stories()) == 7
    assert library.get_story(ids[0]).title
    assert library.stats().stories == 7
    assert library.search("ПРООН").total >= 4
    assert library.check().ok
    from storydesk.library import PackOptions

    result = library.write_pack(
        ids[:2], PackOptions(title="t"), tmp_path / "out" / "pack.html", "html"
    )
    assert Path(result.path).is_file()
    for write in (
        lambda: library.import_paths([tmp_path]),
        lambda: library.delete_stories(ids[:1]),
        library.reindex,
        lambda: library.check(repair=True),
        library.backup,
    ):
        with pytest.raises(ReadOnlyDataFolder, match="read-only"):
            write()


def test_read_only_open_reads_everything_and_writes_nothing(seeded: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    before = _snapshot(seeded)
    with Library.open(seeded, read_only=True) as library:
        _reads_work_and_writes_refused(library, tmp_path)
        assert any("read-only" in w for w in library.warnings)
    after = _snapshot(seeded)
    # In a folder that could be written, SQLite's mode=ro still makes its empty WAL index
    # files (its own machinery, not data); on a read-only disk it cannot and does not.
    for name in ("catalogue.sqlite3-wal", "catalogue.sqlite3-shm"):
        after.pop(name, None)
    assert after == before


def test_read_only_catalogue_reads_from_many_threads_at_once(seeded: Path) -> None:
    """The window's read lanes and workers read from many threads: a thread's first
    query must not close a connection another thread is still using."""
    import threading

    threads = 12
    barrier = threading.Barrier(threads)
    failures: list[BaseException] = []

    with Library.open(seeded, read_only=True) as library:
        expected = library.story_ids()

        def read() -> None:
            try:
                with library._sessions() as session:
                    session.execute(text("SELECT count(*) FROM stories")).scalar()
                    barrier.wait(timeout=30)
                    session.execute(text("SELECT count(*) FROM stories")).scalar()
                assert library.story_ids() == expected
            except BaseException as exc:  # reported below, with the thread's error
                failures.append(exc)

        workers = [threading.Thread(target=read) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
    assert failures == []


def test_read_only_open_uses_a_stale_index_as_it_stands(seeded: Path) -> None:
    with sqlite3.connect(seeded / "catalogue.sqlite3") as connection:
        connection.execute("UPDATE settings SET value = 'other' WHERE key = 'generation'")
    before = sorted(p.name for p in (seeded / "index").iterdir())
    with Library.open(seeded, read_only=True) as library:
        result = library.search("ПРООН")
        assert result.total >= 4  # the old index still answers
    assert sorted(p.name for p in (seeded / "index").iterdir()) == before


def _writes_are_refused_by_the_system(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return True
    probe.unlink()
    return False


@contextlib.contextmanager
def _chmod_read_only(folder: Path) -> Iterator[None]:
    modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
    for p in modes:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        yield
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


def test_a_chmod_read_only_folder_opens_read_only(seeded: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with _chmod_read_only(seeded):
        if not _writes_are_refused_by_the_system(seeded):
            pytest.skip("running as root: chmod does not stop writes (the bind-mount test runs)")
        assert not DataLayout(seeded).writable()
        before = _snapshot(seeded)
        with Library.open(seeded) as library:
            _reads_work_and_writes_refused(library, tmp_path)
        assert _snapshot(seeded) == before


@contextlib.contextmanager
def _read_only_mount(source: Path, target: Path) -> Iterator[None]:
    target.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a read-only bind mount needs root and mount(8)")
    bind = subprocess.run(["mount", "--bind", str(source), str(target)], capture_output=True)
    if bind.returncode:
        pytest.skip(f"mount --bind is not permitted here: {bind.stderr!r}")
    try:
        ro = subprocess.run(["mount", "-o", "remount,ro,bind", str(target)], capture_output=True)
        if ro.returncode:
            pytest.skip(f"remounting read-only is not permitted here: {ro.stderr!r}")
        yield
    finally:
        subprocess.run(["umount", str(target)], capture_output=True)


def test_a_read_only_file_system_opens_read_only(seeded: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    mounted = tmp_path / "ro"
    before = _snapshot(seeded)
    with _read_only_mount(seeded, mounted):
        assert not DataLayout(mounted).writable()
        with Library.open(mounted) as library:
            _reads_work_and_writes_refused(library, tmp_path)
        with pytest.raises(StorageError, match="does not exist and cannot be created"):
            Library.open(mounted / "new-folder")
    assert _snapshot(seeded) == before
