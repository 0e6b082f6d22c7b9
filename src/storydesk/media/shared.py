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
"""

from __future__ import annotations

import hashlib
import logging

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session, sessionmaker

from storydesk.catalogue.models import Image, MediaBlob, utcnow

log = logging.getLogger(__name__)


class SharedMedia:
    """The ``media_blobs`` table of a shared catalogue."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def put(self, sha256: str, ext: str, data: bytes) -> None:
        """Store an image's bytes once (another machine may have stored them already).

        Committed on its own, before the story that uses it: an import that then fails
        leaves a row no story uses, which :meth:`remove_unused` takes away.
        """
        with self.sessions.begin() as session:
            session.execute(
                pg_insert(MediaBlob)
                .values(sha256=sha256, ext=ext, size=len(data), data=data, added_at=utcnow())
                .on_conflict_do_nothing()
            )

    def fetch(self, sha256: str, ext: str) -> bytes | None:
        """The image's bytes from the catalogue, or ``None`` when it is not there or its
        bytes do not hash to its name (a damaged row is never cached)."""
        with self.sessions() as session:
            data = session.scalar(
                select(MediaBlob.data).where(MediaBlob.sha256 == sha256, MediaBlob.ext == ext)
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
                    select(Image.sha256, Image.ext).where(Image.sha256.is_not(None)).distinct()
                ).tuples()
            )
            held = set(session.execute(select(MediaBlob.sha256, MediaBlob.ext)).tuples())
        return sorted((str(s), str(e)) for s, e in used - held)

    def remove_unused(self) -> int:
        """Remove the bytes of images no story uses; returns how many went."""
        with self.sessions.begin() as session:
            used = select(Image.sha256).where(
                Image.sha256 == MediaBlob.sha256, Image.ext == MediaBlob.ext
            )
            result = session.execute(delete(MediaBlob).where(~used.exists()))
        return int(getattr(result, "rowcount", 0) or 0)
