"""publisher keys, story publishers and tombstones

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "publisher_keys",
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("publisher", sa.String(length=300), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("trusted_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("fingerprint"),
    )
    op.create_table(
        "story_tombstones",
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("publisher_key", sa.String(length=64), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("story_id"),
    )
    with op.batch_alter_table("story_tombstones", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_story_tombstones_deleted_at"), ["deleted_at"], unique=False
        )
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.add_column(sa.Column("publisher_key", sa.String(length=64), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_stories_publisher_key"), ["publisher_key"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stories_publisher_key"))
        batch_op.drop_column("publisher_key")
    with op.batch_alter_table("story_tombstones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_story_tombstones_deleted_at"))
    op.drop_table("story_tombstones")
    op.drop_table("publisher_keys")
