"""Disk and SQLite failures become one typed sentence; never an errno or an SQL dump."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from storydesk.errors import (
    CatalogueBusy,
    CatalogueDamaged,
    ReadOnlyDataFolder,
    StorageError,
    storage_error,
)


@pytest.mark.parametrize(
    ("number", "kind", "words"),
    [
        (errno.ENOSPC, StorageError, "the disk is full"),
        (errno.EDQUOT, StorageError, "quota"),
        (errno.EROFS, ReadOnlyDataFolder, "read-only"),
        (errno.EACCES, ReadOnlyDataFolder, "permission denied"),
        (errno.EIO, StorageError, "input/output error"),
    ],
)
def test_os_errors(number: int, kind: type, words: str, tmp_path: Path) -> None:
    error = storage_error(OSError(number, "x", str(tmp_path / "media" / "a.jpg")))
    assert isinstance(error, kind)
    assert words in str(error) and "a.jpg" in str(error)
    assert "Errno" not in str(error) and "\n" not in str(error)


def test_other_os_errors_are_not_storage_errors() -> None:
    assert storage_error(OSError(errno.ENOENT, "gone")) is None
    assert storage_error(ValueError("bug")) is None


def _sqlalchemy_error(message: str) -> OperationalError:
    return OperationalError(
        "INSERT INTO imports (paths) VALUES (?)", ("x",), sqlite3.OperationalError(message)
    )


@pytest.mark.parametrize(
    ("message", "kind", "words"),
    [
        ("database or disk is full", StorageError, "the disk is full"),
        ("database is locked", CatalogueBusy, "the catalogue is busy"),
        ("unable to open database file", StorageError, "cannot be opened"),
        ("attempt to write a readonly database", ReadOnlyDataFolder, "read-only"),
        ("file is not a database", CatalogueDamaged, "damaged"),
        ("database disk image is malformed", CatalogueDamaged, "damaged"),
    ],
)
def test_sqlite_errors_lose_the_sql(message: str, kind: type, words: str) -> None:
    wrapped = _sqlalchemy_error(message)
    assert "INSERT" in str(wrapped)
    error = storage_error(wrapped, "/data/catalogue.sqlite3")
    assert isinstance(error, kind)
    assert words in str(error) and "/data/catalogue.sqlite3" in str(error)
    assert "INSERT" not in str(error) and "\n" not in str(error)
    assert isinstance(storage_error(sqlite3.OperationalError(message)), kind)


def test_a_real_full_catalogue_is_one_sentence(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x)"))
    with pytest.raises(OperationalError) as caught, engine.begin() as connection:
        connection.execute(text("PRAGMA max_page_count=3"))
        connection.execute(text("INSERT INTO t SELECT zeroblob(100000)"))
    error = storage_error(caught.value, tmp_path / "c.sqlite3")
    assert isinstance(error, StorageError) and "the disk is full" in str(error)
    engine.dispose()
