"""Durability through the real ``storydesk`` command: backups, lost and damaged catalogues,
a busy writer, read-only folders and full disks.

Disk-full runs use ``RLIMIT_FSIZE`` in the subprocess (every machine) and a small tmpfs
(where mounting is permitted); read-only runs use a read-only bind mount where permitted.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from storydesk.catalogue.lock import WriterLock
from tests.conftest import SEEDS, run_storydesk

FIXTURE_STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"


def _one_clear_line_each(stderr: str) -> None:
    assert "Traceback" not in stderr and "[SQL:" not in stderr and "Errno" not in stderr
    assert "unexpected problem" not in stderr, stderr


def _story_count(data: Path) -> int:
    result = run_storydesk("list", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    return len(json.loads(result.stdout))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("durability") / "data"
    result = run_storydesk("import", str(SEEDS), data_dir=data)
    assert result.returncode == 0, result.stderr
    return data


@pytest.fixture
def data(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    return folder


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for offset in range(4096 * 3, size, 4096 * 2):
            handle.seek(offset + 100)
            handle.write(b"\xa5" * 2000)


# -- backup and restore -----------------------------------------------------------------


def test_backup_and_restore_round_trip(data: Path) -> None:
    made = run_storydesk("backup", "--json", data_dir=data)
    assert made.returncode == 0, made.stderr
    backup = Path(json.loads(made.stdout)["path"])
    assert backup.is_file() and backup.parent == data / "backups"

    more = run_storydesk("import", str(FIXTURE_STORIES), data_dir=data)
    assert more.returncode == 0, more.stderr
    assert _story_count(data) == 12

    listed = run_storydesk("backups", "--json", data_dir=data)
    assert str(backup) in [b["path"] for b in json.loads(listed.stdout)]

    restored = run_storydesk("restore", str(backup), "--json", data_dir=data)
    assert restored.returncode == 0, restored.stderr
    document = json.loads(restored.stdout)
    assert document["path"] == str(data / "catalogue.sqlite3")
    assert document["stories"] == 7
    assert Path(document["kept_aside"]).is_file()
    assert _story_count(data) == 7
    # check compares the index with the catalogue: it was rebuilt for the restored one.
    check = run_storydesk("check", data_dir=data)
    assert check.returncode == 0 and "All good." in check.stdout, check.stderr


def test_restore_refuses_a_file_that_is_not_a_backup(data: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("hello")
    before = (data / "catalogue.sqlite3").read_bytes()
    result = run_storydesk("restore", str(bogus), data_dir=data)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "bogus.sqlite3" in result.stderr
    _one_clear_line_each(result.stderr)
    assert (data / "catalogue.sqlite3").read_bytes() == before


# -- a lost or damaged catalogue --------------------------------------------------------


@pytest.mark.parametrize("how", ["deleted", "truncated"])
def test_a_lost_catalogue_is_refused_with_the_backup_to_restore(data: Path, how: str) -> None:
    backup = Path(json.loads(run_storydesk("backup", "--json", data_dir=data).stdout)["path"])
    catalogue = data / "catalogue.sqlite3"
    if how == "deleted":
        catalogue.unlink()
    else:
        catalogue.write_bytes(b"")
    for command in (["list"], ["check"], ["search", "UNDP"]):
        result = run_storydesk(*command, data_dir=data)
        assert result.returncode == 1, (command, result.stdout)
        assert "All good" not in result.stdout
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert str(catalogue) in lines[0] and str(backup) in lines[0]
        assert "storydesk restore" in lines[0]
        _one_clear_line_each(result.stderr)
    assert not catalogue.exists() or catalogue.stat().st_size == 0  # not recreated
    restored = run_storydesk("restore", str(backup), data_dir=data)
    assert restored.returncode == 0, restored.stderr
    assert _story_count(data) == 7


def test_a_damaged_catalogue_makes_check_point_at_the_newest_good_backup(data: Path) -> None:
    backup = Path(json.loads(run_storydesk("backup", "--json", data_dir=data).stdout)["path"])
    _damage(data / "catalogue.sqlite3")
    for args in (["check"], ["check", "--repair"], ["check", "--json"]):
        result = run_storydesk(*args, data_dir=data)
        assert result.returncode == 1, result.stdout
        _one_clear_line_each(result.stderr)
        assert "damaged" in result.stderr and str(backup) in result.stderr
        if "--json" in args:
            document = json.loads(result.stdout)
            assert document["ok"] is False and "damaged" in document["problems"][0]
    listed = run_storydesk("list", data_dir=data)
    assert listed.returncode == 1
    assert len(listed.stderr.strip().splitlines()) == 1 and "damaged" in listed.stderr
    _one_clear_line_each(listed.stderr)


# -- one writer, many readers -----------------------------------------------------------


def test_a_second_import_waits_then_says_busy_while_reading_goes_on(data: Path) -> None:
    lock = WriterLock(data / "storydesk.lock")
    lock.acquire("importing")  # another StoryDesk in the middle of a long import
    try:
        result = run_storydesk("import", str(FIXTURE_STORIES), "--wait", "1", data_dir=data)
        assert result.returncode == 1
        assert "Waiting for another StoryDesk to finish writing…" in result.stderr
        assert (
            "error: the catalogue is busy: another StoryDesk is importing; "
            "try again when it has finished"
        ) in result.stderr
        _one_clear_line_each(result.stderr)
        listed = run_storydesk("list", "--json", data_dir=data)
        assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 7
        found = run_storydesk("search", "ПРООН", "--json", data_dir=data)
        assert found.returncode == 0 and json.loads(found.stdout)["total"] >= 4
    finally:
        lock.release()
    result = run_storydesk("import", str(FIXTURE_STORIES), "--wait", "1", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert _story_count(data) == 12


def test_two_real_imports_at_once_both_succeed(data: Path, tmp_path: Path) -> None:
    """The second writer waits for the first instead of failing with "database is locked"."""
    folders = []
    for n in range(2):
        folder = tmp_path / f"batch{n}"
        folder.mkdir()
        for i in range(60):
            (folder / f"s{i}.md").write_text(
                f"---\ntitle: Batch {n} story {i}\nid: batch{n}-{i}\n---\n"
                + f"Naryn water project {n} {i}. " * 200,
                encoding="utf-8",
            )
        folders.append(folder)
    exe = shutil.which("storydesk")
    command = [exe] if exe else [sys.executable, "-m", "storydesk"]
    env = dict(os.environ, STORYDESK_DATA_DIR=str(data))
    runs = [
        subprocess.Popen(
            [*command, "import", str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for folder in folders
    ]
    outcomes = [run.communicate(timeout=300) for run in runs]
    for run, (_out, err) in zip(runs, outcomes, strict=True):
        assert run.returncode == 0, err
        _one_clear_line_each(err)
    assert _story_count(data) == 7 + 120
    check = run_storydesk("check", data_dir=data)
    assert check.returncode == 0, check.stderr


# -- writing nothing: bundle verify, cloud folders --------------------------------------


def test_bundle_verify_creates_no_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    bundle = tmp_path / "x.storybundle"
    bundle.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty ZIP
    env = {
        k: v for k, v in os.environ.items() if k not in ("STORYDESK_DATA_DIR",) and "XDG" not in k
    }
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    exe = shutil.which("storydesk")
    command = [exe] if exe else [sys.executable, "-m", "storydesk"]
    result = subprocess.run(
        [*command, "bundle", "verify", str(bundle)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    _one_clear_line_each(result.stderr)
    assert list(home.rglob("*")) == [], "verifying a bundle wrote files"


def test_a_data_folder_in_a_sync_folder_gets_one_warning_line(tmp_path: Path) -> None:
    data = tmp_path / "OneDrive - UNDP" / "StoryDesk"
    result = run_storydesk("stats", data_dir=data)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "cloud-sync" in line]
    assert len(warnings) == 1 and warnings[0].startswith("warning: ")


# -- full disks ---------------------------------------------------------------------------


def _limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def _run_limited(data: Path, limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("storydesk")
    command = [exe] if exe else [sys.executable, "-m", "storydesk"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        env=dict(os.environ, STORYDESK_DATA_DIR=str(data)),
        preexec_fn=lambda: _limit_file_size(limit),
        timeout=300,
        check=False,
    )


def _make_index_stale(data: Path) -> None:
    """The catalogue committed, the index did not follow (the disk filled in between)."""
    with sqlite3.connect(data / "catalogue.sqlite3") as connection:
        connection.execute("UPDATE settings SET value = 'newer' WHERE key = 'generation'")
    connection.close()


def test_reading_works_when_nothing_can_be_written(data: Path) -> None:
    _make_index_stale(data)
    for args in (["list", "--json"], ["search", "ПРООН"]):
        result = _run_limited(data, 4096, *args)
        _one_clear_line_each(result.stderr)
        assert result.returncode == 0, (args, result.stderr)
        if args[0] == "list":
            assert len(json.loads(result.stdout)) == 7
    result = _run_limited(data, 4096, "import", str(FIXTURE_STORIES))
    assert result.returncode == 1
    _one_clear_line_each(result.stderr)
    assert _story_count(data) == 7
    # With room again, the index catches up on the next open.
    check = run_storydesk("check", data_dir=data)
    assert check.returncode == 0, check.stderr


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MB tmpfs, where the machine lets the tests mount one.

    Room for the seeds' catalogue (about 1 MB with the directory's names in every
    language), the directory's cached tables (about 0.8 MB), its index, a rebuilt index
    and a daily backup once the filler is gone.
    """
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a small tmpfs needs root and mount(8)")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if made.returncode:
        pytest.skip(f"mounting a tmpfs is not permitted here: {made.stderr!r}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True)


def _fill(disk: Path, leave: int = 0) -> Path:
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free - leave
    with open(filler, "wb") as handle:
        try:
            handle.write(b"\x00" * max(0, free))
            handle.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_after_the_catalogue_committed(small_disk: Path, tmp_path: Path) -> None:
    data = small_disk / "data"
    assert run_storydesk("import", str(SEEDS), data_dir=data).returncode == 0
    _make_index_stale(data)
    filler = _fill(small_disk)
    listed = run_storydesk("list", "--json", data_dir=data)
    searched = run_storydesk("search", "ПРООН", data_dir=data)
    for result in (listed, searched):
        assert result.returncode == 0, result.stderr
        _one_clear_line_each(result.stderr)
        assert "the disk is full" in result.stderr  # a warning, and reading goes on
    check = run_storydesk("check", data_dir=data)
    assert check.returncode == 1 and "out of date" in check.stderr  # says so, no crash
    _one_clear_line_each(check.stderr)
    pack = tmp_path / "pack.html"
    ids = [s["id"] for s in json.loads(listed.stdout)]
    exported = run_storydesk(
        "export", "--format", "html", "-o", str(pack), "--ids", ids[0], data_dir=data
    )
    assert exported.returncode == 0 and pack.is_file(), exported.stderr
    imported = run_storydesk("import", str(FIXTURE_STORIES), data_dir=data)
    assert imported.returncode == 1
    assert "the disk is full" in imported.stderr
    _one_clear_line_each(imported.stderr)
    filler.unlink()
    assert _story_count(data) == 7
    check = run_storydesk("check", data_dir=data)
    assert check.returncode == 0 and "All good." in check.stdout, check.stderr


def test_a_disk_that_fills_during_an_import_with_photos_leaves_no_images(
    small_disk: Path, tmp_path: Path
) -> None:
    from PIL import Image

    data = small_disk / "data"
    assert run_storydesk("import", str(SEEDS), data_dir=data).returncode == 0
    photos = tmp_path / "photos"
    photos.mkdir()
    for n in range(40):
        image = Image.effect_noise((300, 300), 60 + n).convert("RGB")
        image.save(photos / f"p{n}.jpg", quality=95)
        (photos / f"s{n}.md").write_text(
            f"---\ntitle: Photo {n}\n---\n![P](p{n}.jpg)\n\nBishkek park {n}.\n"
        )
    filler = _fill(small_disk, leave=600_000)
    result = run_storydesk("import", str(photos), data_dir=data)
    assert result.returncode == 1
    _one_clear_line_each(result.stderr)
    filler.unlink()
    assert _story_count(data) == 7
    check = run_storydesk("check", data_dir=data)
    assert check.returncode == 0 and "All good." in check.stdout, check.stderr + check.stdout
    assert [p for p in (data / "media").rglob("*") if p.is_file()] == []


# -- read-only file system --------------------------------------------------------------


@pytest.fixture
def read_only_copy(data: Path, tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "ro"
    target.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a read-only bind mount needs root and mount(8)")
    if subprocess.run(["mount", "--bind", str(data), str(target)], capture_output=True).returncode:
        pytest.skip("mount --bind is not permitted here")
    try:
        ro = subprocess.run(["mount", "-o", "remount,ro,bind", str(target)], capture_output=True)
        if ro.returncode:
            pytest.skip("remounting read-only is not permitted here")
        yield target
    finally:
        subprocess.run(["umount", str(target)], capture_output=True)


def test_a_read_only_data_folder_can_be_read_exported_and_checked(
    read_only_copy: Path, tmp_path: Path
) -> None:
    stories = json.loads(run_storydesk("list", "--json", data_dir=read_only_copy).stdout)
    assert len(stories) == 7
    first = stories[0]["id"]
    for args in (
        ["search", "ПРООН"],
        ["check"],
        ["export", "--format", "html", "-o", str(tmp_path / "p.html"), "--ids", first],
    ):
        result = run_storydesk(*args, data_dir=read_only_copy)
        assert result.returncode == 0, (args, result.stderr)
        _one_clear_line_each(result.stderr)
    assert (tmp_path / "p.html").is_file()
    refused = run_storydesk("import", str(FIXTURE_STORIES), data_dir=read_only_copy)
    assert refused.returncode == 1 and "read-only" in refused.stderr
    _one_clear_line_each(refused.stderr)
    missing = run_storydesk("list", data_dir=read_only_copy / "nowhere")
    assert missing.returncode == 1
    assert len(missing.stderr.strip().splitlines()) == 1
    _one_clear_line_each(missing.stderr)


def test_restore_onto_a_new_machine_creates_the_data_folder(data: Path, tmp_path: Path) -> None:
    backup = Path(json.loads(run_storydesk("backup", "--json", data_dir=data).stdout)["path"])
    fresh = tmp_path / "new-laptop" / "StoryDesk"
    restored = run_storydesk("restore", str(backup), "--json", data_dir=fresh)
    assert restored.returncode == 0, restored.stderr
    assert json.loads(restored.stdout)["kept_aside"] is None
    assert _story_count(fresh) == 7
    refused = run_storydesk("restore", str(tmp_path / "nothing.sqlite3"), data_dir=tmp_path / "x")
    assert refused.returncode == 1 and not (tmp_path / "x").exists()
