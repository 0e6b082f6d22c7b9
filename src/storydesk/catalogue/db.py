"""Opens the catalogue: the SQLite engine (WAL, foreign keys), migrations and sessions.

A writable open brings the schema to the newest revision with Alembic; before migrating an
existing catalogue it backs it up (:mod:`storydesk.catalogue.backups`), so a failed upgrade
loses nothing. :func:`open_catalogue_read_only` opens a catalogue on a read-only disk or in
a folder without write permission: SQLite's ``mode=ro`` (or ``immutable=1`` when the
write-ahead log's index cannot be created there), no migration, no writes.

Every SQLite or disk failure while opening becomes a typed one-line error
(:func:`storydesk.errors.storage_error`): damaged, locked, full, read-only.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from storydesk.catalogue.backups import needs_immutable, take_backup
from storydesk.catalogue.models import SDG_NAMES, SdgGoal
from storydesk.errors import CatalogueError, StoryDeskError, storage_error
from storydesk.messages import translatable

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SCHEMA_HEAD = "0004"
"""The newest migration's revision. Checked against Alembic by the tests; opening a
catalogue already at this revision never imports Alembic (a quarter second of start-up)."""


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # NORMAL in WAL mode keeps the catalogue consistent after a power cut; the last
    # transactions may roll back, which the index generation check then notices.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # A large import is one transaction and grows the write-ahead log to the size of the
    # change; after the checkpoint, give that disk space back (field laptops are small).
    cursor.execute("PRAGMA journal_size_limit=67108864")
    cursor.close()


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest schema revision this StoryDesk knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision the catalogue file is at (``None`` for a new, empty file)."""
    with engine.connect() as connection:
        has_table = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).scalar()
        if not has_table:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_catalogue(path: Path, backups: Path, reason: str) -> Path:
    """Back the catalogue up with SQLite's online backup API, verified; old ones thinned.

    See :func:`storydesk.catalogue.backups.take_backup`.
    """
    return take_backup(path, backups, reason)


def _open_error(path: Path, exc: Exception) -> StoryDeskError:
    error = storage_error(exc, path)
    if error is not None:
        return error
    inner = getattr(exc, "orig", None) or exc
    return CatalogueError(
        translatable("Catalogue", "{path}: cannot open the catalogue ({error})").format(
            path=path, error=inner
        )
    )


def open_catalogue(
    path: Path, backups: Path, *, maintain: bool = True
) -> tuple[Engine, sessionmaker[Session]]:
    """Open (creating or migrating as needed) the catalogue at ``path``.

    Args:
        path: The catalogue file.
        backups: Where the backup before a migration goes.
        maintain: Create, migrate and seed as needed. Without it (another StoryDesk holds
            the writer lock) the catalogue must already be at the newest revision.

    Raises:
        CatalogueError: The file is not a catalogue, is damaged (:class:`CatalogueDamaged`),
            or is locked (:class:`CatalogueBusy`).
        StorageError: The disk is full or read-only.
    """
    existed = path.exists() and path.stat().st_size > 0
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    try:
        revision = current_revision(engine)
        if revision != SCHEMA_HEAD and not maintain:
            raise CatalogueError(
                translatable(
                    "Catalogue",
                    "{path}: the catalogue needs upgrading, which waits for the StoryDesk "
                    "that is writing to it; try again when it has finished",
                ).format(path=path)
            )
        if revision != SCHEMA_HEAD:
            from alembic import command

            head = head_revision()
            if existed:
                backup_catalogue(path, backups, f"before-{head}")
            from alembic.util.exc import CommandError

            with engine.begin() as connection:
                config = _alembic_config()
                config.attributes["connection"] = connection
                try:
                    command.upgrade(config, "head")
                except CommandError as exc:
                    raise CatalogueError(
                        translatable(
                            "Catalogue",
                            "{path}: the catalogue is at schema revision {revision}, which this "
                            "StoryDesk does not know (made by a newer version?)",
                        ).format(path=path, revision=repr(revision))
                    ) from exc
        factory = sessionmaker(engine, expire_on_commit=False)
        if maintain:
            _seed_reference_rows(factory)
    except CatalogueError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError, OSError, sqlite3.Error) as exc:
        engine.dispose()
        raise _open_error(path, exc) from exc
    return engine, factory


def _read_only_connector(path: Path) -> Any:
    uri = path.resolve().as_uri()
    mode: list[str] = ["mode=ro"]

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(f"{uri}?{'&'.join(mode)}", uri=True, check_same_thread=False)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            connection.close()
            if not needs_immutable(exc) or len(mode) > 1:
                raise
            # WAL mode needs a -shm file it cannot create here: read the file as it is.
            mode.append("immutable=1")
            connection = sqlite3.connect(
                f"{uri}?{'&'.join(mode)}", uri=True, check_same_thread=False
            )
        return connection

    return connect


def open_catalogue_read_only(path: Path) -> tuple[Engine, sessionmaker[Session]]:
    """Open an existing catalogue for reading only (read-only disk or folder).

    Raises:
        CatalogueError: The file is missing, damaged, or at a schema revision other than
            this StoryDesk's (upgrading needs a writable folder).
    """
    if not path.is_file():
        raise CatalogueError(
            translatable(
                "Catalogue", "{path}: there is no catalogue in this read-only data folder"
            ).format(path=path)
        )
    # "sqlite://" alone would get SQLAlchemy's pool for in-memory databases, which keeps
    # one connection per thread for at most five threads and closes the others' on the
    # sixth: a worker's query then fails on a closed database. A queue pool shares
    # connections between threads as it does for the writable catalogue.
    engine = create_engine(
        "sqlite://", creator=_read_only_connector(path), poolclass=QueuePool, future=True
    )
    event.listen(engine, "connect", _on_connect_read_only)
    try:
        revision = current_revision(engine)
        if revision != SCHEMA_HEAD:
            raise CatalogueError(
                translatable(
                    "Catalogue",
                    "{path}: the catalogue is at schema revision {revision} and needs "
                    "upgrading, which needs a writable data folder",
                ).format(path=path, revision=repr(revision))
            )
    except CatalogueError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError, OSError, sqlite3.Error) as exc:
        engine.dispose()
        raise _open_error(path, exc) from exc
    return engine, sessionmaker(engine, expire_on_commit=False)


def _seed_reference_rows(factory: sessionmaker[Session]) -> None:
    with factory.begin() as session:
        known = {number for (number,) in session.query(SdgGoal.number)}
        for number, name in SDG_NAMES.items():
            if number not in known:
                session.add(SdgGoal(number=number, name=name))
