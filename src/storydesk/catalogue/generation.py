"""How each machine's search index keeps in step with the catalogue: the generation marker
and the change log.

Every transaction that changes stories names them with :func:`bump_generation`. When it
commits, it writes one :class:`~storydesk.catalogue.models.StoryChange` row per story to the
change log and a new *generation* marker, in the same transaction as the change. Each
machine's index records the generation and the last change it holds; on open, after each
write and on a timer it reads the changes committed since (by any machine writing to a shared
catalogue) and re-indexes just those stories (:meth:`SearchIndex.catch_up
<storydesk.search.index.SearchIndex.catch_up>`, docs/architecture.md, "Consistency").

The log is read in ``seq`` order, so a change must never become visible after a later one.
On PostgreSQL, transactions commit concurrently and take sequence numbers in any order; so
a committing transaction takes an advisory lock just before it writes its change rows and
holds it until its commit, which makes ``seq`` order the commit order. SQLite has one
writer at a time anyway.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, event, func, insert, select, text
from sqlalchemy.orm import Session, SessionTransaction

from storydesk.catalogue.edits import machine_name
from storydesk.catalogue.models import Setting, StoryChange, utcnow

GENERATION = "generation"
"""The key of the ``settings`` row holding the marker."""
CATALOGUE_ID = "catalogue_id"
"""The key of the ``settings`` row naming the catalogue (made once): an index built for
another catalogue (a data folder pointed at another shared one) is rebuilt, not caught up."""
TRIMMED_THROUGH = "changes_trimmed_through"
"""The key of the ``settings`` row holding the last ``seq`` removed from the change log."""
CHANGES_LOCK = 0x5354_4F52_5944_0002
"""The PostgreSQL advisory lock held from writing change rows to the commit."""
KEEP_CHANGES = dt.timedelta(days=90)
"""How long changes stay in the log: an index older than that is rebuilt instead."""
_PENDING = "storydesk.change_log"
EVERY_STORY = "*"
"""Stands in the pending set for "any story may have changed" (logged as ``NULL``)."""


def bump_generation(session: Session, story_ids: Iterable[str] | None = None) -> None:
    """Record that this transaction changes ``story_ids`` (``None``: possibly any story).

    The change rows and the new generation marker are written when the session commits,
    as part of the same transaction; a rollback forgets them.
    """
    if not session.in_transaction():
        session.begin()  # so that a rollback, even with nothing written, forgets them
    pending: set[str] = session.info.setdefault(_PENDING, set())
    if story_ids is None:
        pending.add(EVERY_STORY)
    else:
        pending.update(story_ids)
    if not pending:
        pending.add(EVERY_STORY)  # a change with no story named: be safe


@event.listens_for(Session, "before_commit")
def _write_changes(session: Session) -> None:
    pending: set[str] | None = session.info.pop(_PENDING, None)
    if not pending:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHANGES_LOCK})
    machine = machine_name()
    now = utcnow()
    generation = uuid.uuid4().hex
    ids = [None] if EVERY_STORY in pending else sorted(pending)
    session.execute(
        insert(StoryChange),
        [
            {"story_id": story_id, "changed_at": now, "machine": machine, "generation": generation}
            for story_id in ids
        ],
    )
    _set(session, GENERATION, generation)


@event.listens_for(Session, "after_transaction_end")
def _forget_changes(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost transaction ended without a commit
        session.info.pop(_PENDING, None)


def _set(session: Session, key: str, value: str) -> None:
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value


def current_generation(session: Session) -> str:
    """The catalogue's generation marker (created on first use).

    Args:
        session: A session in a transaction the caller commits (the marker may be created).
    """
    setting = session.get(Setting, GENERATION)
    if setting is None:
        generation = uuid.uuid4().hex
        session.add(Setting(key=GENERATION, value=generation))
        return generation
    return setting.value


def catalogue_id(session: Session, *, create: bool = False) -> str | None:
    """The catalogue's identity (``None`` until an open that may write makes it)."""
    setting = session.get(Setting, CATALOGUE_ID)
    if setting is None and create:
        setting = Setting(key=CATALOGUE_ID, value=uuid.uuid4().hex)
        session.add(setting)
    return setting.value if setting is not None else None


@dataclass(frozen=True)
class Changes:
    """What the change log says happened after a given ``seq``.

    Attributes:
        catalogue: The catalogue's identity (:func:`catalogue_id`).
        since: The generation the change at the given ``seq`` wrote (``None`` when the log
            has no such change).
        generation: The catalogue's generation marker when read ("" before any change).
        last: The newest ``seq`` in the log (the given one when nothing is newer).
        story_ids: The stories changed since, or ``None`` when the log cannot say (it was
            trimmed past the given point, or a change touched any story): rebuild.
    """

    catalogue: str | None
    since: str | None
    generation: str
    last: int
    story_ids: frozenset[str] | None


def last_change(session: Session) -> int:
    """The newest ``seq`` in the change log (0 when it is empty)."""
    return int(session.scalar(select(func.max(StoryChange.seq))) or 0)


def generation_at(session: Session, seq: int) -> str | None:
    """The generation the commit of change ``seq`` wrote (``None``: no such change here)."""
    return session.scalar(select(StoryChange.generation).where(StoryChange.seq == seq).limit(1))


def _trimmed_through(session: Session) -> int:
    setting = session.get(Setting, TRIMMED_THROUGH)
    return int(setting.value) if setting is not None else 0


def changes_since(session: Session, seq: int) -> Changes:
    """The stories changed after ``seq``, as one consistent reading.

    On PostgreSQL the reading is one REPEATABLE READ snapshot, so the generation and the
    log agree even while other machines commit.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    identity = catalogue_id(session)
    setting = session.get(Setting, GENERATION)
    generation = setting.value if setting is not None else ""
    rows = session.execute(
        select(StoryChange.seq, StoryChange.story_id)
        .where(StoryChange.seq > seq)
        .order_by(StoryChange.seq)
    ).all()
    last = rows[-1][0] if rows else max(seq, last_change(session))
    since = generation_at(session, seq) if seq > 0 else None
    if _trimmed_through(session) > seq or any(s is None for _, s in rows):
        return Changes(identity, since, generation, last, None)
    return Changes(identity, since, generation, last, frozenset(str(s) for _, s in rows))


def trim_changes(session: Session, keep: dt.timedelta = KEEP_CHANGES) -> int:
    """Remove changes older than ``keep`` from the log; returns how many were removed.

    The newest change always stays, so numbering carries on after it (SQLite would start
    again at 1 in an empty table).
    """
    cutoff = utcnow() - keep
    newest = last_change(session)
    newest_old = session.scalar(
        select(func.max(StoryChange.seq)).where(
            StoryChange.changed_at < cutoff, StoryChange.seq < newest
        )
    )
    if newest_old is None:
        return 0
    removed = session.execute(delete(StoryChange).where(StoryChange.seq <= newest_old))
    _set(session, TRIMMED_THROUGH, str(newest_old))
    return int(getattr(removed, "rowcount", 0) or 0)
