"""Catalogue backups: taken with SQLite's backup API and verified, thinned, listed, restored.

Real SQLite files throughout; the thinning rule is checked on files with made-up dates in
their names (the rule reads dates from names, not from the clock).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from storydesk.catalogue import backups
from storydesk.catalogue.backups import (
    backup_due,
    backup_name,
    backups_to_keep,
    inspect_backup,
    is_many,
    list_backups,
    newest_good_backup,
    restore_backup,
    take_backup,
    thin,
)
from storydesk.errors import CatalogueDamaged, CatalogueError, CatalogueMissing
from storydesk.library import Library


def _story_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM stories").fetchone()[0])


def _damage(path: Path) -> None:
    """Overwrite the middle of every other page after the schema: "malformed" on reading."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for offset in range(4096 * 3, size, 4096 * 2):
            handle.seek(offset + 100)
            handle.write(b"\xa5" * 2000)


@pytest.fixture
def seeded(seeded_template: Path, tmp_path: Path) -> Path:
    """A private copy of the seeded data folder (closed)."""
    folder = tmp_path / "data"
    shutil.copytree(seeded_template, folder)
    return folder


# -- taking backups ---------------------------------------------------------------------


def test_a_backup_is_a_verified_self_contained_copy(seeded: Path) -> None:
    path = take_backup(seeded / "catalogue.sqlite3", seeded / "backups", "manual")
    assert path.parent == seeded / "backups" and path.name.endswith("-manual.sqlite3")
    assert _story_count(path) == 7
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert inspect_backup(path) == 7
    # No temporary copy is left beside it.
    assert [p.name for p in (seeded / "backups").iterdir() if p.name.startswith(".")] == []


def test_a_backup_reads_a_consistent_catalogue_while_another_connection_writes(
    seeded: Path,
) -> None:
    catalogue = seeded / "catalogue.sqlite3"
    writer = sqlite3.connect(catalogue)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM images")
    writer.execute("DELETE FROM stories")
    try:
        path = take_backup(catalogue, seeded / "backups", "manual")
    finally:
        writer.rollback()
        writer.close()
    assert _story_count(path) == 7  # the last committed state, not the open transaction


def test_library_backup_and_listing_with_story_counts(seeded: Path) -> None:
    with Library.open(seeded) as library:
        path = library.backup()
        listed = library.list_backups()
    assert path in [b.path for b in listed]
    entry = next(b for b in listed if b.path == path)
    assert entry.stories == 7 and entry.reason == "manual" and entry.bytes > 0
    assert entry.to_json()["path"] == str(path)


# -- thinning -----------------------------------------------------------------------------


def _fake_backups(folder: Path, times: list[dt.datetime]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for when in times:
        path = folder / backup_name(when, "daily")
        path.write_bytes(b"")
        paths.append(path)
    return paths


def test_thinning_keeps_recent_daily_and_weekly_backups(tmp_path: Path) -> None:
    now = dt.datetime(2026, 6, 30, 18, 0)  # a Tuesday
    folder = tmp_path / "backups"
    # Four a day for 90 days: 360 backups.
    times = [
        now - dt.timedelta(days=day, hours=hour) for day in range(90) for hour in (1, 4, 7, 10)
    ]
    paths = _fake_backups(folder, times)
    other = folder / "catalogue-replaced-20260101-000000-000000.sqlite3"
    other.write_bytes(b"kept aside: never thinned")
    removed = thin(folder, now=now)
    left = sorted(p for p in folder.iterdir() if p != other)
    kept_times = sorted(backups._parse(p)[0] for p in left)  # type: ignore[index]
    assert other.exists()
    assert len(removed) == len(paths) - len(left)
    # The five newest are kept...
    newest = sorted(times, reverse=True)[:5]
    assert set(newest) <= set(kept_times)
    # ...one a day for the last seven days (the newest of each day)...
    for day in range(7):
        date = (now - dt.timedelta(days=day)).date()
        of_day = [t for t in times if t.date() == date]
        assert max(of_day) in kept_times
        assert len([t for t in kept_times if t.date() == date]) <= (5 if day == 0 else 2)
    # ...and one a week for eight weeks; nothing older than eight weeks survives.
    monday = now.date() - dt.timedelta(days=now.weekday())
    for week in range(8):
        start = monday - dt.timedelta(weeks=week)
        in_week = [t for t in kept_times if start <= t.date() < start + dt.timedelta(days=7)]
        assert in_week, f"no backup kept for the week of {start}"
    oldest_week = monday - dt.timedelta(weeks=7)
    assert all(t.date() >= oldest_week for t in kept_times)
    assert len(left) <= 5 + 7 + 8


def test_thinning_rule_keeps_future_dated_backups_and_the_one_just_taken(tmp_path: Path) -> None:
    now = dt.datetime(2026, 6, 30, 12, 0)
    times = [now + dt.timedelta(days=3)] + [now - dt.timedelta(weeks=w) for w in range(20, 30)]
    kept = backups_to_keep(times, now)
    assert 0 in kept  # a clock that was wrong is no reason to delete
    folder = tmp_path / "backups"
    paths = _fake_backups(folder, times)
    thin(folder, now=now, keep=paths[-1])
    assert paths[-1].exists() and paths[0].exists()


def test_backup_taking_thins_the_folder(seeded: Path) -> None:
    folder = seeded / "backups"
    long_ago = dt.datetime.now() - dt.timedelta(weeks=30)
    old = _fake_backups(folder, [long_ago - dt.timedelta(hours=h) for h in range(10)])
    take_backup(seeded / "catalogue.sqlite3", folder, "manual")
    assert sum(p.exists() for p in old) == 4  # only as part of the five newest


def test_daily_backup_is_due_once_a_day(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    now = dt.datetime(2026, 6, 30, 12, 0)
    assert backup_due(folder, now)
    _fake_backups(folder, [now - dt.timedelta(days=1)])
    assert backup_due(folder, now)
    _fake_backups(folder, [now - dt.timedelta(hours=2)])
    assert not backup_due(folder, now)


def test_opening_a_used_catalogue_takes_the_daily_backup_once(seeded: Path) -> None:
    for path in (seeded / "backups").glob("*"):
        path.unlink()
    with Library.open(seeded):
        pass
    daily = list((seeded / "backups").glob("catalogue-*-daily.sqlite3"))
    assert len(daily) == 1 and _story_count(daily[0]) == 7
    with Library.open(seeded):
        pass
    assert len(list((seeded / "backups").glob("catalogue-*-daily.sqlite3"))) == 1


# -- before changes to many stories -----------------------------------------------------


def test_is_many() -> None:
    assert not is_many(10, 0)  # nothing to lose
    assert not is_many(5, 7)  # small edits rely on the daily backup
    assert is_many(10, 20)
    assert not is_many(19, 200)
    assert is_many(20, 200)
    assert is_many(50, 100_000)
    assert not is_many(49, 100_000)


def _text_stories(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"s{n}.md").write_text(
            f"---\ntitle: Water users association {n}\nid: wua-{n}\n---\n"
            f"Naryn farmers repaired canal {n} with the district.\n",
            encoding="utf-8",
        )
    return folder


def test_importing_and_deleting_many_stories_backs_up_first(seeded: Path, tmp_path: Path) -> None:
    folder = seeded / "backups"
    with Library.open(seeded) as library:
        for path in folder.glob("*"):
            path.unlink()
        library.import_paths([_text_stories(tmp_path / "in", 12)])
        made = list(folder.glob("catalogue-*-before-change.sqlite3"))
        assert len(made) == 1 and _story_count(made[0]) == 7  # as it was before the import
        assert _story_count(seeded / "catalogue.sqlite3") == 19
        made[0].unlink()
        assert library.delete_stories([f"wua-{n}" for n in range(11)]) == 11
        made = list(folder.glob("catalogue-*-before-change.sqlite3"))
        assert len(made) == 1 and _story_count(made[0]) == 19  # as it was before the delete
        assert library.delete_stories(["wua-11"]) == 1  # a small change: no backup
        assert len(list(folder.glob("catalogue-*-before-change.sqlite3"))) == 1
    assert _story_count(seeded / "catalogue.sqlite3") == 7


def test_importing_into_an_empty_catalogue_needs_no_backup(data_dir: Path, seeds_dir: Path) -> None:
    with Library.open(data_dir) as library:
        library.import_paths([seeds_dir])
    assert not list((data_dir / "backups").glob("*-before-change.sqlite3"))


def test_an_import_that_changes_nothing_makes_no_backup(seeded: Path, seeds_dir: Path) -> None:
    with Library.open(seeded) as library:
        for path in (seeded / "backups").glob("*"):
            path.unlink()
        report = library.import_paths([seeds_dir])
    assert report.unchanged == 7
    assert not list((seeded / "backups").glob("*-before-change.sqlite3"))


# -- inspecting and restoring -----------------------------------------------------------


def test_inspect_refuses_what_is_not_a_sound_storydesk_catalogue(
    seeded: Path, tmp_path: Path
) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("just some text, not a database" * 50)
    with pytest.raises(CatalogueError, match=r"notes\.sqlite3"):
        inspect_backup(text)

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE things (x)")
    with pytest.raises(CatalogueError, match="not a StoryDesk catalogue"):
        inspect_backup(other)

    newer = take_backup(seeded / "catalogue.sqlite3", tmp_path / "b", "manual")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(CatalogueError, match="9999"):
        inspect_backup(newer)

    damaged = take_backup(seeded / "catalogue.sqlite3", tmp_path / "c", "manual")
    _damage(damaged)
    with pytest.raises(CatalogueError, match=r"damaged|not a sound"):
        inspect_backup(damaged)
    with pytest.raises(CatalogueError, match="no such backup"):
        inspect_backup(tmp_path / "missing.sqlite3")


def test_newest_good_backup_skips_a_damaged_one(seeded: Path) -> None:
    folder = seeded / "backups"
    good = take_backup(seeded / "catalogue.sqlite3", folder, "manual")
    bad = take_backup(
        seeded / "catalogue.sqlite3", folder, "manual", now=dt.datetime.now() + dt.timedelta(1)
    )
    _damage(bad)
    found = newest_good_backup(folder)
    assert found is not None and found.path == good and found.stories == 7
    assert next(b.path for b in list_backups(folder)) == bad  # listed, newest first


def test_restore_round_trip_keeps_the_current_catalogue_aside(seeded: Path) -> None:
    catalogue = seeded / "catalogue.sqlite3"
    with Library.open(seeded) as library:
        saved = library.backup()
        library.delete_stories(library.story_ids()[:6])
        assert len(library.story_ids()) == 1
    result = restore_backup(catalogue, seeded / "backups", saved)
    assert result.stories == 7 and result.kept_aside is not None
    assert result.kept_aside.name.startswith("catalogue-replaced-")
    assert _story_count(result.kept_aside) == 1  # the replaced catalogue, not deleted
    with Library.open(seeded) as library:
        assert len(library.story_ids()) == 7
        # The index was rebuilt for the restored catalogue (generation check).
        assert [p for p in library.check().problems if p.startswith("index:")] == []
        assert library.stats().index_documents == 7
        assert library.check().ok
    # Kept-aside catalogues are not offered as backups and never thinned.
    assert result.kept_aside not in [b.path for b in list_backups(seeded / "backups")]
    thin(seeded / "backups")
    assert result.kept_aside.exists()


def test_restore_refuses_a_bad_backup_and_changes_nothing(seeded: Path, tmp_path: Path) -> None:
    catalogue = seeded / "catalogue.sqlite3"
    before = catalogue.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises(CatalogueError, match=r"bad\.sqlite3"):
        restore_backup(catalogue, seeded / "backups", bad)
    assert catalogue.read_bytes() == before
    assert not list((seeded / "backups").glob("catalogue-replaced-*"))


def test_library_restore_keeps_the_open_library_usable(seeded: Path) -> None:
    with Library.open(seeded) as library:
        saved = library.backup()
        library.delete_stories(library.story_ids()[:2])
        assert len(library.story_ids()) == 5
        result = library.restore(saved)
        assert result.stories == 7
        assert len(library.story_ids()) == 7
        assert [p for p in library.check().problems if p.startswith("index:")] == []
        assert library.check().ok


# -- a lost or damaged catalogue --------------------------------------------------------


@pytest.mark.parametrize("how", ["deleted", "truncated"])
def test_a_lost_catalogue_is_refused_not_replaced_by_an_empty_one(seeded: Path, how: str) -> None:
    with Library.open(seeded) as library:
        saved = library.backup()
    catalogue = seeded / "catalogue.sqlite3"
    if how == "deleted":
        catalogue.unlink()
    else:
        catalogue.write_bytes(b"")
    with pytest.raises(CatalogueMissing) as caught:
        Library.open(seeded)
    message = str(caught.value)
    assert "\n" not in message
    assert str(catalogue) in message and str(saved) in message
    assert "storydesk restore" in message
    # Nothing was created in its place.
    assert not catalogue.exists() or catalogue.stat().st_size == 0
    restore_backup(catalogue, seeded / "backups", saved)
    with Library.open(seeded) as library:
        assert len(library.story_ids()) == 7


def test_a_folder_with_only_images_left_is_still_refused(seeded: Path) -> None:
    """Older folders have no marker: images, backups or an index say it was used."""
    (seeded / backups.MARKER).unlink()
    shutil.rmtree(seeded / "backups")
    shutil.rmtree(seeded / "index")
    (seeded / "catalogue.sqlite3").unlink()
    image = seeded / "media" / "ab" / ("ab" + "0" * 62 + ".jpg")
    image.parent.mkdir(parents=True, exist_ok=True)
    image.write_bytes(b"x")
    with pytest.raises(CatalogueMissing, match=r"holds images.*no good backup"):
        Library.open(seeded)


def test_a_brand_new_folder_still_opens_empty(data_dir: Path) -> None:
    with Library.open(data_dir) as library:
        assert library.story_ids() == []
    assert (data_dir / backups.MARKER).exists()


def test_a_damaged_catalogue_is_reported_with_the_newest_good_backup(seeded: Path) -> None:
    with Library.open(seeded) as library:
        saved = library.backup()
    _damage(seeded / "catalogue.sqlite3")
    try:
        library = Library.open(seeded)
    except CatalogueDamaged as exc:  # damaged where opening reads
        assert str(saved) in str(exc) and exc.backup == saved
        return
    with library:
        result = library.check()
        assert not result.ok
        assert any("damaged" in p and str(saved) in p for p in result.problems)
        repaired = library.check(repair=True)
        assert not repaired.ok and repaired.repaired == ()
