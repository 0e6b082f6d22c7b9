"""The throwaway PostgreSQL server the catalogue tests run on, and its fixtures.

A database per test, dropped after it; tests that never see each other's tables; URLs that
SQLAlchemy opens with psycopg; a server named by STORYDESK_TEST_POSTGRES used as it is; the
``python -m tests.postgres`` command that .ci/run starts and stops a server with; and the
``catalogue_backend`` switch that points StoryDesk at a fresh database.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests import postgres

REPO = Path(__file__).resolve().parents[2]


def _scalar(url: str, sql: str) -> object:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            )
            return {row[0] for row in rows}
    finally:
        engine.dispose()


def test_each_test_gets_a_new_empty_database_that_sqlalchemy_opens_with_psycopg(
    postgres_url: str, postgres_server: str
) -> None:
    url = make_url(postgres_url)
    assert url.drivername == "postgresql+psycopg"
    assert url.database is not None and url.database.startswith("t_")
    assert url.database in postgres.databases(postgres_server)
    engine = create_engine(postgres_url)
    try:
        assert engine.dialect.driver == "psycopg"
        with engine.connect() as connection:
            assert connection.execute(text("SELECT current_database()")).scalar() == url.database
            assert connection.execute(text("SHOW server_encoding")).scalar() == "UTF8"
            # Case folding beyond ASCII, as StoryDesk's Cyrillic titles need.
            assert connection.execute(text("SELECT lower('ПРООН')")).scalar() == "проон"
    finally:
        engine.dispose()
    assert _tables(postgres_url) == set()


@pytest.mark.parametrize("turn", ["one", "another"])
def test_tests_do_not_see_each_others_tables(postgres_url: str, turn: str) -> None:
    # Whichever runs first, and on whichever worker, the other starts without the table.
    assert "probe" not in _tables(postgres_url)
    engine = create_engine(postgres_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE probe (turn text)"))
            connection.execute(text("INSERT INTO probe VALUES (:turn)"), {"turn": turn})
    finally:
        engine.dispose()
    assert _scalar(postgres_url, "SELECT string_agg(turn, ',') FROM probe") == turn


def test_a_database_is_dropped_after_its_test_even_with_a_connection_left_open(
    postgres_server: str,
) -> None:
    with postgres.fresh_database(postgres_server) as url:
        name = make_url(url).database
        assert name in postgres.databases(postgres_server)
        engine = create_engine(url)
        forgotten = engine.connect()  # a test that forgets to close must not keep it alive
        forgotten.execute(text("SELECT 1"))
    assert name not in postgres.databases(postgres_server)
    forgotten.invalidate()
    engine.dispose()


def test_a_copy_of_a_template_has_its_rows_and_changes_on_its_own(
    postgres_server: str, postgres_clone: Callable[[str], str]
) -> None:
    def prepare(url: str) -> bool:
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE stories (title text)"))
            connection.execute(text("INSERT INTO stories VALUES ('Seed')"))
        # The pool is left open on purpose: copying must still work.
        return True

    with postgres.prepared_template(postgres_server, prepare) as template:
        assert template is not None
        first, second = postgres_clone(template), postgres_clone(template)
        engine = create_engine(first)
        try:
            with engine.begin() as connection:
                connection.execute(text("INSERT INTO stories VALUES ('Only in the first')"))
        finally:
            engine.dispose()
        assert _scalar(first, "SELECT count(*) FROM stories") == 2
        assert _scalar(second, "SELECT count(*) FROM stories") == 1
        template_url = postgres.database_url(postgres_server, template)
        assert _scalar(template_url, "SELECT count(*) FROM stories") == 1
    assert template not in postgres.databases(postgres_server)


def test_a_template_that_cannot_be_prepared_is_none(postgres_server: str) -> None:
    with postgres.prepared_template(postgres_server, lambda url: False) as template:
        assert template is None


def test_a_server_named_by_the_environment_is_used_as_it_is(postgres_server: str) -> None:
    provided = os.environ.get(postgres.SERVER_VARIABLE)
    if provided:
        assert postgres_server == provided
    else:
        # Started for this worker: a socket folder of its own under the temporary folder.
        socket_dir = Path(str(make_url(postgres_server).query["host"]))
        assert socket_dir.name.startswith("storydesk-pg-")
        assert socket_dir.parent == Path(tempfile.gettempdir())
    with postgres.session_server({postgres.SERVER_VARIABLE: postgres_server}) as url:
        assert url == postgres_server
    # Leaving the session leaves a provided server running.
    assert _scalar(postgres_server, "SELECT 1") == 1


def _tests_postgres(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.postgres", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=180,
        check=False,
    )


def test_the_command_line_starts_a_server_prints_its_url_and_stops_it() -> None:
    try:
        postgres.find_bindir()
    except postgres.ServerUnavailable as exc:
        pytest.skip(f"no PostgreSQL server: {exc}")
    folder = Path(tempfile.mkdtemp(prefix="storydesk-pg-cli-"))
    try:
        started = _tests_postgres("start", str(folder))
        assert started.returncode == 0, started.stderr
        url = started.stdout.strip()
        assert url == postgres.socket_url(folder, "postgres")
        assert _scalar(url, "SHOW fsync") == "off"
        assert _scalar(url, "SHOW listen_addresses") == ""
        stopped = _tests_postgres("stop", str(folder))
        assert stopped.returncode == 0, stopped.stderr
        assert not (folder / postgres.SOCKET_NAME).exists()
    finally:
        _tests_postgres("stop", str(folder))
        shutil.rmtree(folder, ignore_errors=True)


def test_the_command_line_says_in_one_line_why_it_cannot_start(tmp_path: Path) -> None:
    folder = tmp_path / ("x" * 120)
    result = _tests_postgres("start", str(folder))
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("tests.postgres: cannot start PostgreSQL: ")


def test_catalogue_backend_points_storydesk_at_a_fresh_catalogue(
    catalogue_backend: str, request: pytest.FixtureRequest
) -> None:
    url = os.environ.get("STORYDESK_DATABASE_URL")
    if catalogue_backend == "sqlite":
        assert url is None
        return
    assert url is not None
    server = request.getfixturevalue("postgres_server")
    assert make_url(url).database in postgres.databases(server)
    # A copy of a migrated, empty catalogue (faster than migrating in every test).
    assert {"alembic_version", "stories", "story_changes"} <= _tables(url)
    assert _scalar(url, "SELECT count(*) FROM stories") == 0


@pytest.mark.sqlite_only("checks that the marker skips the PostgreSQL run")
def test_sqlite_only_runs_only_on_sqlite(catalogue_backend: str) -> None:
    assert catalogue_backend == "sqlite"


def test_a_catalogue_database_copies_the_template_or_is_empty_until_there_is_one(
    postgres_catalogue_url: str, postgres_catalogue_template: str | None
) -> None:
    tables = _tables(postgres_catalogue_url)
    if postgres_catalogue_template is None:
        assert tables == set()  # StoryDesk cannot yet open a catalogue on PostgreSQL
    else:
        assert make_url(postgres_catalogue_url).database != postgres_catalogue_template
        assert {"alembic_version", "stories"} <= tables


def test_seeded_library_is_a_private_copy_on_each_backend(
    catalogue_backend: str, seeded_library: Any, request: pytest.FixtureRequest
) -> None:
    from storydesk.library import Library

    seeded = seeded_library.stats_stories()
    assert seeded > 0
    seeded_library.delete_stories(seeded_library.story_ids()[:1])
    assert seeded_library.stats_stories() == seeded - 1
    # The template the copy came from still holds every seed.
    if catalogue_backend == "sqlite":
        # Read from a copy: even a read-only open leaves SQLite's WAL index files beside
        # the catalogue, and later copies of the template would carry them.
        copy = Path(str(request.getfixturevalue("tmp_path"))) / "template-copy"
        shutil.copytree(request.getfixturevalue("seeded_template"), copy)
        with Library.open(copy, read_only=True) as source:
            assert source.stats_stories() == seeded
    else:
        _, template = request.getfixturevalue("seeded_postgres_template")
        own = make_url(os.environ["STORYDESK_DATABASE_URL"]).database
        assert own != template
        server = request.getfixturevalue("postgres_server")
        template_url = postgres.database_url(server, template)
        assert _scalar(template_url, "SELECT count(*) FROM stories") == seeded
