"""Opens the catalogue: the SQLite engine (WAL, foreign keys), migrations and sessions.

Every open brings the schema to the newest revision with Alembic; before migrating an
existing catalogue it copies it to the backups folder, so a failed upgrade loses nothing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from storydesk.catalogue.models import SDG_NAMES, SdgGoal
from storydesk.errors import CatalogueError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SCHEMA_HEAD = "0001"
"""The newest migration's revision. Checked against Alembic by the tests; opening a
catalogue already at this revision never imports Alembic (a quarter second of start-up)."""
BACKUPS_KEPT = 5


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
    """Copy the catalogue with SQLite's online backup API (consistent even in WAL mode).

    Only the newest few backups are kept.
    """
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups / f"catalogue-{stamp}-{reason}.sqlite3"
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    old = sorted(backups.glob("catalogue-*.sqlite3"))
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    return target


def open_catalogue(path: Path, backups: Path) -> tuple[Engine, sessionmaker[Session]]:
    """Open (creating or migrating as needed) the catalogue at ``path``.

    Raises:
        CatalogueError: The file is not a catalogue, is damaged, or is locked.
    """
    existed = path.exists() and path.stat().st_size > 0
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    try:
        revision = current_revision(engine)
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
                        f"{path}: the catalogue is at schema revision {revision!r}, which this "
                        "StoryDesk does not know (made by a newer version?)"
                    ) from exc
        factory = sessionmaker(engine, expire_on_commit=False)
        _seed_reference_rows(factory)
    except CatalogueError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise CatalogueError(f"{path}: cannot open the catalogue ({exc.orig or exc})") from exc
    return engine, factory


def _seed_reference_rows(factory: sessionmaker[Session]) -> None:
    with factory.begin() as session:
        known = {number for (number,) in session.query(SdgGoal.number)}
        for number, name in SDG_NAMES.items():
            if number not in known:
                session.add(SdgGoal(number=number, name=name))
