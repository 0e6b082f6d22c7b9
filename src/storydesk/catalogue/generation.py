"""The catalogue's generation marker: the sign that its stories changed.

Every transaction that changes stories calls :func:`bump_generation` before it commits, so
the new marker is stored with the change. The search index records the generation it holds;
when the two differ (a crash between the catalogue's commit and the index update), the next
open rebuilds the index (docs/architecture.md, "Consistency").
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from storydesk.catalogue.models import Setting

GENERATION = "generation"
"""The key of the ``settings`` row holding the marker."""


def bump_generation(session: Session) -> str:
    """Mark the catalogue as changed; the search index records the generation it holds.

    Args:
        session: The session of the transaction that changes stories.

    Returns:
        The new marker (32 hex digits), stored when the session commits.
    """
    generation = uuid.uuid4().hex
    setting = session.get(Setting, GENERATION)
    if setting is None:
        session.add(Setting(key=GENERATION, value=generation))
    else:
        setting.value = generation
    return generation


def current_generation(session: Session) -> str:
    """The catalogue's generation marker (created on first use).

    Args:
        session: A session in a transaction the caller commits (the marker may be created).
    """
    setting = session.get(Setting, GENERATION)
    if setting is None:
        return bump_generation(session)
    return setting.value
