"""initial catalogue schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("paths", sa.Text(), nullable=False),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column("website", sa.Text(), nullable=True),
        sa.Column("from_directory", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "places",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column("parent", sa.String(length=300), nullable=True),
        sa.Column("from_directory", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "sdg_goals",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("number"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "partner_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("folded", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("partner_id", "folded"),
    )
    with op.batch_alter_table("partner_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_aliases_folded"), ["folded"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_partner_aliases_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "place_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("folded", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["place_id"], ["places.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("place_id", "folded"),
    )
    with op.batch_alter_table("place_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_aliases_folded"), ["folded"], unique=False)
        batch_op.create_index(batch_op.f("ix_place_aliases_place_id"), ["place_id"], unique=False)

    op.create_table(
        "stories",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=512), nullable=False),
        sa.Column("title_key", sa.String(length=600), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("source_name", sa.Text(), nullable=True),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("origin_file", sa.Text(), nullable=True),
        sa.Column("origin_bundle", sa.Text(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["import_id"], ["imports.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stories_date"), ["date"], unique=False)
        batch_op.create_index("ix_stories_date_id", ["date", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stories_import_id"), ["import_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stories_language"), ["language"], unique=False)
        batch_op.create_index(batch_op.f("ix_stories_title_key"), ["title_key"], unique=False)

    op.create_table(
        "figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("figures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_figures_story_id"), ["story_id"], unique=False)

    op.create_table(
        "images",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("ext", sa.String(length=8), nullable=True),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("bytes", sa.Integer(), nullable=True),
        sa.Column("orientation", sa.Integer(), nullable=True),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column("credit", sa.Text(), nullable=True),
        sa.Column("alt", sa.Text(), nullable=True),
        sa.Column("original_url", sa.Text(), nullable=True),
        sa.Column("original_name", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("images", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_images_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_images_story_id"), ["story_id"], unique=False)

    op.create_table(
        "story_countries",
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["place_id"], ["places.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id", "place_id"),
    )
    with op.batch_alter_table("story_countries", schema=None) as batch_op:
        batch_op.create_index("ix_story_countries_place", ["place_id"], unique=False)

    op.create_table(
        "story_partners",
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id", "partner_id"),
    )
    with op.batch_alter_table("story_partners", schema=None) as batch_op:
        batch_op.create_index("ix_story_partners_partner", ["partner_id"], unique=False)

    op.create_table(
        "story_places",
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["place_id"], ["places.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id", "place_id"),
    )
    with op.batch_alter_table("story_places", schema=None) as batch_op:
        batch_op.create_index("ix_story_places_place", ["place_id"], unique=False)

    op.create_table(
        "story_sdgs",
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("goal", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal"],
            ["sdg_goals.number"],
        ),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id", "goal"),
    )
    with op.batch_alter_table("story_sdgs", schema=None) as batch_op:
        batch_op.create_index("ix_story_sdgs_goal", ["goal"], unique=False)

    op.create_table(
        "story_tags",
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id", "tag_id"),
    )
    with op.batch_alter_table("story_tags", schema=None) as batch_op:
        batch_op.create_index("ix_story_tags_tag", ["tag_id"], unique=False)

    op.create_table(
        "translation_links",
        sa.Column("story_id", sa.String(length=64), nullable=False),
        sa.Column("target_key", sa.String(length=512), nullable=False),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id", "target_key"),
    )
    with op.batch_alter_table("translation_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_translation_links_target_key"), ["target_key"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("translation_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_translation_links_target_key"))

    op.drop_table("translation_links")
    with op.batch_alter_table("story_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_story_tags_tag")

    op.drop_table("story_tags")
    with op.batch_alter_table("story_sdgs", schema=None) as batch_op:
        batch_op.drop_index("ix_story_sdgs_goal")

    op.drop_table("story_sdgs")
    with op.batch_alter_table("story_places", schema=None) as batch_op:
        batch_op.drop_index("ix_story_places_place")

    op.drop_table("story_places")
    with op.batch_alter_table("story_partners", schema=None) as batch_op:
        batch_op.drop_index("ix_story_partners_partner")

    op.drop_table("story_partners")
    with op.batch_alter_table("story_countries", schema=None) as batch_op:
        batch_op.drop_index("ix_story_countries_place")

    op.drop_table("story_countries")
    with op.batch_alter_table("images", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_images_story_id"))
        batch_op.drop_index(batch_op.f("ix_images_sha256"))

    op.drop_table("images")
    with op.batch_alter_table("figures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_figures_story_id"))

    op.drop_table("figures")
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stories_title_key"))
        batch_op.drop_index(batch_op.f("ix_stories_language"))
        batch_op.drop_index(batch_op.f("ix_stories_import_id"))
        batch_op.drop_index("ix_stories_date_id")
        batch_op.drop_index(batch_op.f("ix_stories_date"))

    op.drop_table("stories")
    with op.batch_alter_table("place_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_aliases_place_id"))
        batch_op.drop_index(batch_op.f("ix_place_aliases_folded"))

    op.drop_table("place_aliases")
    with op.batch_alter_table("partner_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_aliases_partner_id"))
        batch_op.drop_index(batch_op.f("ix_partner_aliases_folded"))

    op.drop_table("partner_aliases")
    op.drop_table("tags")
    op.drop_table("settings")
    op.drop_table("sdg_goals")
    op.drop_table("places")
    op.drop_table("partners")
    op.drop_table("imports")
