"""Opens the catalogue: the SQLite engine (WAL, foreign keys), migrations and sessions.

A writable open brings the schema to the newest revision with Alembic; before migrating an
existing catalogue it backs it up (:mod:`storydesk.catalogue.backups`), so a failed upgrade
loses nothing. :func:`open_catalogue_read_only` opens a catalogue on a read-only disk or in
a folder without write permission: SQLite's ``mode=ro`` (or ``immutable=1`` when the
write-ahead log's index cannot be created there), no migration, no writes.

Every SQLite or disk failure while opening becomes a typed one-line error
(:func:`storydesk.errors.storage_error`): damaged, locked, full, read-only.

A headquarters team keeps one shared catalogue on PostgreSQL instead
(:func:`open_shared_catalogue`, docs/headquarters.md): the same models and the same Alembic
migrations, run under an advisory lock so two machines opening it at once migrate it once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from sqlalchemy import Engine, create_engine, event, func, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from storydesk.catalogue.backups import needs_immutable, take_backup
from storydesk.catalogue.models import SDG_NAMES, SdgGoal
from storydesk.errors import CatalogueError, StoryDeskError, storage_error
from storydesk.messages import translatable

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SCHEMA_HEAD = "0005"
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
    """The schema revision the catalogue is at (``None`` for a new, empty one)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_shared(engine: Engine) -> bool:
    """Whether ``engine`` is a shared (PostgreSQL) catalogue rather than a SQLite file."""
    return engine.dialect.name == "postgresql"


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
            if existed:
                backup_catalogue(path, backups, f"before-{head_revision()}")
            _upgrade(engine, str(path), revision)
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


def _upgrade(engine: Engine, name: str, revision: str | None) -> None:
    """Bring the catalogue to the newest schema revision with Alembic, in one transaction."""
    from alembic import command
    from alembic.util.exc import CommandError

    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Machines opening a new shared catalogue at once: one migrates, the others wait
            # here and then find it migrated (Alembic reads the revision after the lock).
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
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
                ).format(path=name, revision=repr(revision))
            ) from exc


MIGRATION_LOCK = 0x5354_4F52_5944_0001
"""The PostgreSQL advisory lock held while a shared catalogue is migrated ("STORYD" 1)."""


def parse_database_url(url: str) -> URL:
    """Check a shared catalogue's address: a ``postgresql`` SQLAlchemy URL.

    ``postgresql://`` alone means the psycopg 3 driver (``postgresql+psycopg://``).

    Raises:
        CatalogueError: The URL is malformed or names another kind of database.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise CatalogueError(
            translatable(
                "Catalogue",
                "{url}: not a database URL; give one like postgresql+psycopg://user@host/storydesk",
            ).format(url=url)
        ) from exc
    if parsed.get_backend_name() != "postgresql":
        raise CatalogueError(
            translatable(
                "Catalogue",
                "{url}: a shared catalogue lives on PostgreSQL; give a URL like "
                "postgresql+psycopg://user@host/storydesk (a field laptop's catalogue is the "
                "SQLite file in its data folder and needs no URL)",
            ).format(url=parsed.render_as_string(hide_password=True))
        )
    if parsed.get_driver_name() in ("psycopg2", "postgresql") or "+" not in parsed.drivername:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def display_url(url: str | URL) -> str:
    """A shared catalogue's URL as shown to people: without its password."""
    try:
        # A socket folder in the query reads better as a path than as %2Ftmp%2F...
        return unquote(make_url(url).render_as_string(hide_password=True))
    except ArgumentError:
        return "<database URL>"


def open_shared_catalogue(
    url: str, *, maintain: bool = True
) -> tuple[Engine, sessionmaker[Session]]:
    """Open (creating or migrating as needed) a shared catalogue on PostgreSQL.

    Args:
        url: A SQLAlchemy URL, e.g. ``postgresql+psycopg://editor@hq-server/storydesk``.
        maintain: Create, migrate and seed as needed; without it the catalogue must already
            be at the newest revision (a read-only open).

    Raises:
        CatalogueError: The URL is not a PostgreSQL one, the driver is not installed, the
            server cannot be reached, or the schema is newer than this StoryDesk.
    """
    parsed = parse_database_url(url)
    shown = display_url(parsed)
    engine = _shared_engine(parsed, shown)
    try:
        revision = current_revision(engine)
        if revision != SCHEMA_HEAD:
            if not maintain:
                raise CatalogueError(
                    translatable(
                        "Catalogue",
                        "{path}: the catalogue is at schema revision {revision} and needs "
                        "upgrading, which needs a writable data folder",
                    ).format(path=shown, revision=repr(revision))
                )
            _upgrade(engine, shown, revision)
        factory = sessionmaker(engine, expire_on_commit=False)
        if maintain:
            _seed_reference_rows(factory)
    except CatalogueError:
        engine.dispose()
        raise
    except (DBAPIError, OSError) as exc:
        engine.dispose()
        raise shared_catalogue_error(shown, exc) from exc
    return engine, factory


def _shared_engine(parsed: URL, shown: str) -> Engine:
    """The engine of a shared catalogue; a missing driver is said in one line."""
    try:
        return create_engine(
            parsed,
            future=True,
            pool_pre_ping=True,  # a server restarted overnight: reconnect, do not fail
            connect_args={"application_name": "StoryDesk", "connect_timeout": 15},
        )
    except ModuleNotFoundError as exc:
        raise CatalogueError(
            translatable(
                "Catalogue",
                "{url}: the PostgreSQL driver is not installed; install StoryDesk with "
                'its postgres extra (pip install "storydesk[postgres]")',
            ).format(url=shown)
        ) from exc


def probe_shared_catalogue(url: str) -> int | None:
    """Connect to a shared catalogue's database and count its stories, changing nothing.

    Returns:
        How many stories it holds, or ``None`` for an empty database (the first open
        creates the catalogue there).

    Raises:
        CatalogueError: The URL is not a PostgreSQL one, the driver is missing, or the
            server refused or could not be reached (its own words).
    """
    parsed = parse_database_url(url)
    shown = display_url(parsed)
    engine = _shared_engine(parsed, shown)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("stories"):
                return None
            return int(connection.execute(text("SELECT count(*) FROM stories")).scalar() or 0)
    except (DBAPIError, OSError) as exc:
        raise shared_catalogue_error(shown, exc) from exc
    finally:
        engine.dispose()


def shared_catalogue_error(shown: str, exc: BaseException) -> CatalogueError:
    """The one-line error for a shared catalogue the server refused or could not reach."""
    inner = getattr(exc, "orig", None) or exc
    detail = " ".join(str(inner).split()) or type(inner).__name__
    return CatalogueError(
        translatable("Catalogue", "{url}: cannot use the shared catalogue ({error})").format(
            url=shown, error=detail[:300]
        )
    )


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
        if session.scalar(select(func.count()).select_from(SdgGoal)) == len(SDG_NAMES):
            return
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        known = {number for (number,) in session.query(SdgGoal.number)}
        for number, name in SDG_NAMES.items():
            if number not in known:
                session.add(SdgGoal(number=number, name=name))
