"""The catalogue file: WAL, foreign keys, migrations with a backup, damaged files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from storydesk.catalogue.db import backup_catalogue, current_revision, head_revision, open_catalogue
from storydesk.errors import CatalogueError


def test_new_catalogue_is_at_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine, _ = open_catalogue(tmp_path / "c.sqlite3", tmp_path / "backups")
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            goals = connection.execute(text("SELECT count(*) FROM sdg_goals")).scalar()
            assert goals == 17
    finally:
        engine.dispose()
    assert not list((tmp_path / "backups").glob("*")), "no backup of a brand-new file"


def test_an_older_catalogue_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    engine, _ = open_catalogue(path, tmp_path / "backups")
    engine.dispose()
    # Make it look like a catalogue from before the first revision StoryDesk knows.
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE alembic_version")
        for (table,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table'"
        ).fetchall():
            connection.execute(f'DROP TABLE IF EXISTS "{table}"')
        connection.execute("CREATE TABLE notes (x TEXT)")
        connection.execute("INSERT INTO notes VALUES ('keep me')")
    engine, _ = open_catalogue(path, tmp_path / "backups")
    engine.dispose()
    backups = list((tmp_path / "backups").glob("catalogue-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT x FROM notes").fetchone() == ("keep me",)


def test_backups_keep_only_the_newest(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    engine, _ = open_catalogue(path, tmp_path / "backups")
    engine.dispose()
    for n in range(8):
        backup_catalogue(path, tmp_path / "backups", f"test{n}")
    assert len(list((tmp_path / "backups").glob("*.sqlite3"))) == 5


def test_a_file_that_is_not_a_catalogue_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not an SQLite database at all" * 100)
    with pytest.raises(
        CatalogueError, match=r"the catalogue is damaged \(file is not a database\)"
    ):
        open_catalogue(path, tmp_path / "backups")
    assert path.read_bytes().startswith(b"this is not")  # nothing overwritten


def test_schema_head_constant_matches_the_migrations() -> None:
    from storydesk.catalogue.db import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_a_catalogue_from_a_newer_storydesk_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    engine, _ = open_catalogue(path, tmp_path / "backups")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(CatalogueError, match="newer version"):
        open_catalogue(path, tmp_path / "backups")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
