"""Images of a shared catalogue: stored once in its database, cached on each machine.

A headquarters catalogue on PostgreSQL (docs/headquarters.md) serves several machines, each
with its own data folder. Every image an import stores is also written, content-addressed,
to the catalogue's ``media_blobs`` table (one row per SHA-256 and extension, whoever stored
it first). A machine that lacks an image in its media folder, because another machine
imported the story, fetches it from there into its media folder the first time the image
is needed, checks that its bytes hash to its name, and keeps it: the media folder is the
machine's cache.

Images go in as ordinary ``bytea`` values rather than PostgreSQL large objects: an image is
at most :data:`~storydesk.media.store.MAX_IMAGE_BYTES`, ``pg_dump`` includes the table
without ``--blobs``, and a row deleted is gone, with no orphaned large object to clean.

``storydesk check`` on a shared catalogue (``Library.check``) asks :meth:`SharedMedia.missing`
and :meth:`SharedMedia.damaged` what the catalogue lacks, and with ``--repair`` uploads it
from the machine's media folder (:meth:`SharedMedia.replace`) and removes the bytes no story
uses any more (:meth:`SharedMedia.remove_unused`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    LargeBinary,
    String,
    column,
    delete,
    func,
    select,
    table,
    update,
)
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

# The two tables this module reads, named here rather than imported from the catalogue's
# models: media/ sits beside catalogue/ and imports nothing from it (docs/architecture.md,
# tests/test_layers.py). They are models.MediaBlob and models.Image (migration 0005).
_blobs = table(
    "media_blobs",
    column("sha256", String(64)),
    column("ext", String(8)),
    column("size", Integer),
    column("data", LargeBinary),
    column("added_at", DateTime),
)
_images = table("images", column("id", Integer), column("sha256", String), column("ext", String))


def _upsert() -> Any:
    """PostgreSQL's INSERT into ``media_blobs`` (imported when used: not at every start)."""
    from sqlalchemy.dialects.postgresql import insert

    return insert(_blobs)


def utcnow() -> dt.datetime:
    """The current time in UTC, as the catalogue stores times (naive)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


UNUSED_GRACE = dt.timedelta(days=1)
"""How long bytes no story uses are kept. An import on another machine stores its images
before it commits its stories, so bytes that look unused may be that import's, still under
way; bytes older than this that no story uses are really left over."""


class SharedMedia:
    """The ``media_blobs`` table of a shared catalogue."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def put(self, sha256: str, ext: str, data: bytes) -> None:
        """Store an image's bytes once (another machine may have stored them already).

        Committed on its own, before the story that uses it: an import that then fails
        leaves a row no story uses, which :meth:`remove_unused` takes away a day later. A
        row already there is only marked as just stored again (so that it is not taken
        for an unused one while this import runs); its bytes are not sent a second time.
        """
        now = utcnow()
        with self.sessions.begin() as session:
            touched = session.execute(
                update(_blobs)
                .where(_blobs.c.sha256 == sha256, _blobs.c.ext == ext)
                .values(added_at=now)
            )
            if getattr(touched, "rowcount", 0):
                return
            insert = _upsert().values(
                sha256=sha256, ext=ext, size=len(data), data=data, added_at=now
            )
            session.execute(
                insert.on_conflict_do_update(
                    index_elements=[_blobs.c.sha256, _blobs.c.ext],
                    set_={"added_at": insert.excluded.added_at},
                )
            )

    def replace(self, sha256: str, ext: str, data: bytes) -> None:
        """Store an image's bytes, replacing a damaged copy (``check --repair``).

        Raises:
            ValueError: ``data`` does not hash to ``sha256``.
        """
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError("the image's bytes do not hash to its name")
        insert = _upsert().values(
            sha256=sha256, ext=ext, size=len(data), data=data, added_at=utcnow()
        )
        with self.sessions.begin() as session:
            session.execute(
                insert.on_conflict_do_update(
                    index_elements=[_blobs.c.sha256, _blobs.c.ext],
                    set_={
                        "data": insert.excluded.data,
                        "size": insert.excluded.size,
                        "added_at": insert.excluded.added_at,
                    },
                )
            )

    def fetch(self, sha256: str, ext: str) -> bytes | None:
        """The image's bytes from the catalogue, or ``None`` when it is not there or its
        bytes do not hash to its name (a damaged row is never cached)."""
        with self.sessions() as session:
            data = session.scalar(
                select(_blobs.c.data).where(_blobs.c.sha256 == sha256, _blobs.c.ext == ext)
            )
        if data is None:
            return None
        data = bytes(data)
        if hashlib.sha256(data).hexdigest() != sha256:
            log.warning("the shared catalogue's copy of image %s%s is damaged", sha256, ext)
            return None
        return data

    def missing(self) -> list[tuple[str, str]]:
        """Images stories use that the catalogue holds no bytes for (stored before the
        catalogue was shared, or by a StoryDesk that could not write them)."""
        with self.sessions() as session:
            used = set(
                session.execute(
                    select(_images.c.sha256, _images.c.ext)
                    .where(_images.c.sha256.is_not(None))
                    .distinct()
                ).tuples()
            )
            held = set(session.execute(select(_blobs.c.sha256, _blobs.c.ext)).tuples())
        return sorted((str(s), str(e)) for s, e in used - held)

    def damaged(self) -> list[tuple[str, str]]:
        """Rows whose bytes do not hash to their name, or whose size is not theirs.

        The server hashes the bytes itself (PostgreSQL's ``sha256()``), so nothing is
        downloaded to find them.
        """
        digest = func.encode(func.sha256(_blobs.c.data), "hex")
        with self.sessions() as session:
            rows = session.execute(
                select(_blobs.c.sha256, _blobs.c.ext).where(
                    (digest != _blobs.c.sha256) | (func.length(_blobs.c.data) != _blobs.c.size)
                )
            ).tuples()
            return sorted((str(s), str(e)) for s, e in rows)

    def unused(self, older_than: dt.timedelta = UNUSED_GRACE) -> tuple[int, int]:
        """Bytes no story uses, stored at least ``older_than`` ago: ``(images, bytes)``."""
        with self.sessions() as session:
            count, size = session.execute(
                select(func.count(), func.coalesce(func.sum(_blobs.c.size), 0)).where(
                    *self._unused(older_than)
                )
            ).one()
        return int(count), int(size)

    def remove_unused(self, older_than: dt.timedelta = UNUSED_GRACE) -> int:
        """Remove the bytes of images no story uses, stored at least ``older_than`` ago
        (see :data:`UNUSED_GRACE`); returns how many went."""
        with self.sessions.begin() as session:
            result = session.execute(delete(_blobs).where(*self._unused(older_than)))
        return int(getattr(result, "rowcount", 0) or 0)

    @staticmethod
    def _unused(older_than: dt.timedelta) -> tuple[ColumnElement[bool], ...]:
        used = select(_images.c.id).where(
            _images.c.sha256 == _blobs.c.sha256, _images.c.ext == _blobs.c.ext
        )
        return (~used.exists(), _blobs.c.added_at <= utcnow() - older_than)
