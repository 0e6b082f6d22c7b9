"""Alembic environment for the catalogue: runs on the connection StoryDesk hands it."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from storydesk.catalogue.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    """Migrate on the connection given by ``storydesk.catalogue.db`` (or a URL for authors)."""
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.connect() as conn:
            context.configure(
                connection=conn, target_metadata=target_metadata, render_as_batch=True
            )
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
