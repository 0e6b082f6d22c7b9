"""translations linked and unlinked by hand

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "manual_translations",
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("group_id", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id"),
    )
    with op.batch_alter_table("manual_translations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_manual_translations_group_id"), ["group_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("manual_translations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_manual_translations_group_id"))
    op.drop_table("manual_translations")
