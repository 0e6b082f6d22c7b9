"""SQLAlchemy 2.x models for the catalogue.

Stories link to partners, places (countries are places of kind ``country``), tags and SDG
goals. Partners and places come from the shipped directory and keep their aliases in every
language and script, so any alias resolves to one canonical name. Images belong to one
story each; their bytes live content-addressed in the media folder.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    """The current time in UTC, as stored in the catalogue."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Base class of all catalogue models."""


story_partners = Table(
    "story_partners",
    Base.metadata,
    Column("story_id", ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
    Index("ix_story_partners_partner", "partner_id"),
)

story_places = Table(
    "story_places",
    Base.metadata,
    Column("story_id", ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("place_id", ForeignKey("places.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
    Index("ix_story_places_place", "place_id"),
)

story_countries = Table(
    "story_countries",
    Base.metadata,
    Column("story_id", ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("place_id", ForeignKey("places.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
    Index("ix_story_countries_place", "place_id"),
)

story_tags = Table(
    "story_tags",
    Base.metadata,
    Column("story_id", ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_story_tags_tag", "tag_id"),
)

story_sdgs = Table(
    "story_sdgs",
    Base.metadata,
    Column("story_id", ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("goal", ForeignKey("sdg_goals.number"), primary_key=True),
    Index("ix_story_sdgs_goal", "goal"),
)


class Story(Base):
    """One story: a news-style article with its metadata.

    ``key`` identifies the story across files: the author's id when given, else its source
    URL, else its language and normalised title. The same key arriving again updates the
    story in place; ``content_hash`` tells whether anything changed.
    """

    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(512), unique=True)
    title_key: Mapped[str] = mapped_column(String(600), index=True)
    title: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    summary: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str | None] = mapped_column(Text)
    source_name: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    origin_file: Mapped[str | None] = mapped_column(Text)
    origin_bundle: Mapped[str | None] = mapped_column(Text)
    # The fingerprint of the publisher key whose signed bundle brought the story, if any:
    # only a bundle signed by that key may update or withdraw it (docs/bundle-format.md).
    publisher_key: Mapped[str | None] = mapped_column(String(64), index=True)
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("imports.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Counts the story's committed changes. Every UPDATE of the row checks and raises it
    # (SQLAlchemy's version counter), so two writers of a shared catalogue cannot silently
    # overwrite each other; an editor's save names the version it started from.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    partners: Mapped[list[Partner]] = relationship(
        secondary=story_partners, order_by=story_partners.c.position, lazy="selectin"
    )
    places: Mapped[list[Place]] = relationship(
        secondary=story_places, order_by=story_places.c.position, lazy="selectin"
    )
    countries: Mapped[list[Place]] = relationship(
        secondary=story_countries, order_by=story_countries.c.position, lazy="selectin"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=story_tags, lazy="selectin")
    sdgs: Mapped[list[SdgGoal]] = relationship(
        secondary=story_sdgs, order_by="SdgGoal.number", lazy="selectin"
    )
    images: Mapped[list[Image]] = relationship(
        back_populates="story",
        order_by="Image.position",
        cascade="all, delete-orphan",
        lazy="selectin",
    )
    figures: Mapped[list[StoryFigure]] = relationship(
        order_by="StoryFigure.position", cascade="all, delete-orphan", lazy="selectin"
    )
    translation_links: Mapped[list[TranslationLink]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )

    __table_args__ = (Index("ix_stories_date_id", "date", "id"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)


class Image(Base):
    """An image of one story. ``sha256`` is ``None`` for a remote-only image."""

    __tablename__ = "images"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    ext: Mapped[str | None] = mapped_column(String(8))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    bytes: Mapped[int | None] = mapped_column(Integer)
    orientation: Mapped[int | None] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(Text)
    credit: Mapped[str | None] = mapped_column(Text)
    alt: Mapped[str | None] = mapped_column(Text)
    original_url: Mapped[str | None] = mapped_column(Text)
    original_name: Mapped[str | None] = mapped_column(Text)

    story: Mapped[Story] = relationship(back_populates="images")


class StoryFigure(Base):
    """A number with what it counts, kept for briefing packs ("более 4000 молодых людей")."""

    __tablename__ = "figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[str] = mapped_column(Text)
    counts: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)


class TranslationLink(Base):
    """Says that a story is a translation of the story with key ``target_key``.

    The target may arrive later (or never), so the link names the key, not a row.
    """

    __tablename__ = "translation_links"

    story_id: Mapped[str] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    target_key: Mapped[str] = mapped_column(String(512), primary_key=True, index=True)


class ManualTranslation(Base):
    """A story's translations as set by hand (``storydesk link`` / ``unlink``, or the app).

    ``group_id`` names the group of stories linked by hand as translations of each other;
    ``None`` records that the story was taken out of its translations by hand. Either way the
    decision wins over the story's front matter: re-importing never relinks or unlinks it.
    """

    __tablename__ = "manual_translations"

    story_id: Mapped[str] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[str | None] = mapped_column(String(32), index=True)


class StoryEdit(Base):
    """One field of a story changed here by hand, kept for the story's history.

    The fields changed by one edit share its ``revision``. ``old_value`` and ``new_value``
    are JSON, in the shape of ``show --json`` (a list of names, a date as ``YYYY-MM-DD`` or
    ``null``). ``action`` says what made the change: ``edit`` (the app or ``storydesk
    edit``), ``undo`` (the app's Undo), ``theirs`` (an import conflict settled by taking the
    source's value).
    """

    __tablename__ = "story_edits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    revision: Mapped[str] = mapped_column(String(32), index=True)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(Text)
    new_value: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(20), default="edit")
    edited_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    machine: Mapped[str] = mapped_column(String(200), default="")


class LocalField(Base):
    """A field of a story that holds a value edited here, not the source's.

    Imports leave such a field as edited. ``base`` is the source's value when the field was
    first edited (JSON). When an import brings a value that differs from the edited one, it
    is kept in ``incoming`` (with the file it came from) as a conflict until the editor takes
    it ("take theirs") or keeps the edit ("keep mine", which records it in ``kept`` so the
    same value arriving again is not a conflict).
    """

    __tablename__ = "local_fields"

    story_id: Mapped[str] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    base: Mapped[str] = mapped_column(Text)
    kept: Mapped[str | None] = mapped_column(Text)
    incoming: Mapped[str | None] = mapped_column(Text)
    incoming_path: Mapped[str | None] = mapped_column(Text)


class DetectedTranslation(Base):
    """Two stories found at import to be translations of each other.

    One row per pair, ``story_id < other_id``. ``score`` and ``reasons`` (JSON list) say why.
    A decision made by hand (:class:`ManualTranslation`) wins over it.
    """

    __tablename__ = "detected_translations"

    story_id: Mapped[str] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    other_id: Mapped[str] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    score: Mapped[float] = mapped_column(default=0.0)
    reasons: Mapped[str] = mapped_column(Text, default="[]")


collection_stories = Table(
    "collection_stories",
    Base.metadata,
    Column("collection_id", ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
    Column("added_at", DateTime, nullable=False, default=utcnow),
    Index("ix_collection_stories_story", "story_id"),
)


class Collection(Base):
    """A named list of stories an editor put together (the basket saved, a visit's pack)."""

    __tablename__ = "collections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SavedSearch(Base):
    """A search kept under a name: its query and its filters (JSON object)."""

    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(Text, default="")
    filters: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Partner(Base):
    """A partner organisation with its canonical English name."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(40), default="other")
    country: Mapped[str | None] = mapped_column(String(100))
    website: Mapped[str | None] = mapped_column(Text)
    from_directory: Mapped[bool] = mapped_column(default=False)

    aliases: Mapped[list[PartnerAlias]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="PartnerAlias.id"
    )


class PartnerAlias(Base):
    """Another name of a partner, in any language or script ("ПРООН", "БҰҰДБ")."""

    __tablename__ = "partner_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(300))
    folded: Mapped[str] = mapped_column(String(300), index=True)

    __table_args__ = (UniqueConstraint("partner_id", "folded"),)


class Place(Base):
    """A country, region or town. Countries have ``kind == "country"``."""

    __tablename__ = "places"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(40), default="place")
    country: Mapped[str | None] = mapped_column(String(100))
    parent: Mapped[str | None] = mapped_column(String(300))
    from_directory: Mapped[bool] = mapped_column(default=False)

    aliases: Mapped[list[PlaceAlias]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="PlaceAlias.id"
    )


class PlaceAlias(Base):
    """Another name of a place, in any language or script ("Алматы", "Almaty")."""

    __tablename__ = "place_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    folded: Mapped[str] = mapped_column(String(300), index=True)

    __table_args__ = (UniqueConstraint("place_id", "folded"),)


class Tag(Base):
    """A free tag from front matter."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class SdgGoal(Base):
    """One of the 17 Sustainable Development Goals."""

    __tablename__ = "sdg_goals"

    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class PublisherKey(Base):
    """A publisher's Ed25519 public key: this catalogue's own, trusted, revoked or only seen.

    ``fingerprint`` is the first 40 hex digits of the SHA-256 of the raw 32-byte key
    (:func:`storydesk.bundle.signing.fingerprint`). ``own`` marks the key whose private half
    lives in the data folder (``keys/``; never in the catalogue or a bundle). A key is
    trusted while ``trusted_at`` is set and ``revoked_at`` is not; a key met in a bundle and
    never trusted has neither. ``source`` says where it came from: ``own``, ``file`` (``keys
    trust``), ``shipped`` (``resources/publishers``) or ``bundle``.
    """

    __tablename__ = "publisher_keys"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    publisher: Mapped[str] = mapped_column(String(300))
    public_key: Mapped[str] = mapped_column(String(100))
    own: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(String(20), default="file")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    trusted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class StoryTombstone(Base):
    """A story deleted (or withdrawn by its publisher) here: what an update bundle withdraws.

    ``bundle create --since`` lists the tombstones newer than its date as withdrawals. A
    story brought back (Undo Delete, a new import of the same id) loses its tombstone.
    """

    __tablename__ = "story_tombstones"

    story_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    publisher_key: Mapped[str | None] = mapped_column(String(64))
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)


class ImportRecord(Base):
    """One import run: what was asked, when, and what came of it."""

    __tablename__ = "imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    paths: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    imported: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of {path, reason}


class StoryChange(Base):
    """One committed change of a story, in commit order: how each machine's search index
    catches up with what every writer of the catalogue committed
    (:mod:`storydesk.catalogue.generation`).

    ``story_id`` is ``None`` for a change that may touch any story (a partner merge): an
    index behind it is rebuilt.
    """

    __tablename__ = "story_changes"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True
    )
    story_id: Mapped[str | None] = mapped_column(String(64))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    machine: Mapped[str] = mapped_column(String(200), default="")
    # The generation marker the change's commit wrote: an index that holds the log up to
    # ``seq`` must have recorded this generation, or the log is not the one it read (a
    # catalogue restored from a dump, its numbering gone back in time).
    generation: Mapped[str | None] = mapped_column(String(32))


class MediaBlob(Base):
    """An image's bytes, content-addressed, in a shared catalogue: a machine that lacks the
    image in its media cache fetches it from here (:mod:`storydesk.media.shared`).

    A field laptop's SQLite catalogue keeps its images in the data folder and leaves this
    table empty.
    """

    __tablename__ = "media_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    ext: Mapped[str] = mapped_column(String(8), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """Small key/value facts about the catalogue (index generation, directory version)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


SDG_NAMES: dict[int, str] = {
    1: "No Poverty",
    2: "Zero Hunger",
    3: "Good Health and Well-being",
    4: "Quality Education",
    5: "Gender Equality",
    6: "Clean Water and Sanitation",
    7: "Affordable and Clean Energy",
    8: "Decent Work and Economic Growth",
    9: "Industry, Innovation and Infrastructure",
    10: "Reduced Inequalities",
    11: "Sustainable Cities and Communities",
    12: "Responsible Consumption and Production",
    13: "Climate Action",
    14: "Life Below Water",
    15: "Life on Land",
    16: "Peace, Justice and Strong Institutions",
    17: "Partnerships for the Goals",
}
