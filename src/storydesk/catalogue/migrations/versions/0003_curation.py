"""story edits, local fields, detected translations, collections and saved searches

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "collections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "saved_searches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("filters", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "collection_stories",
        sa.Column("collection_id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["collection_id"], ["collections.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("collection_id", "story_id"),
    )
    with op.batch_alter_table("collection_stories", schema=None) as batch_op:
        batch_op.create_index("ix_collection_stories_story", ["story_id"], unique=False)

    op.create_table(
        "detected_translations",
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("other_id", sa.String(length=64), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["other_id"], ["stories.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id", "other_id"),
    )
    with op.batch_alter_table("detected_translations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_detected_translations_other_id"), ["other_id"], unique=False
        )

    op.create_table(
        "local_fields",
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.Column("kept", sa.Text(), nullable=True),
        sa.Column("incoming", sa.Text(), nullable=True),
        sa.Column("incoming_path", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id", "field"),
    )
    op.create_table(
        "story_edits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("edited_at", sa.DateTime(), nullable=False),
        sa.Column("machine", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("story_edits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_story_edits_revision"), ["revision"], unique=False)
        batch_op.create_index(batch_op.f("ix_story_edits_story_id"), ["story_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("story_edits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_story_edits_story_id"))
        batch_op.drop_index(batch_op.f("ix_story_edits_revision"))

    op.drop_table("story_edits")
    op.drop_table("local_fields")
    with op.batch_alter_table("detected_translations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_detected_translations_other_id"))

    op.drop_table("detected_translations")
    with op.batch_alter_table("collection_stories", schema=None) as batch_op:
        batch_op.drop_index("ix_collection_stories_story")

    op.drop_table("collection_stories")
    op.drop_table("saved_searches")
    op.drop_table("collections")
