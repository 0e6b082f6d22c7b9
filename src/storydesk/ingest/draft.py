"""Plain records that readers produce and the importer writes into the catalogue.

Readers know nothing of the catalogue: each turns one file into drafts. Fields named in
``explicit`` came from the author (front matter, CSV column, bundle) and always win over
what extraction guesses from the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class ImageDraft:
    """An image a story names: a local file (read through ``load``) or a remote URL only.

    Attributes:
        name: The file name or path as the story wrote it (for messages and bundle checks).
        load: Returns the image bytes; ``None`` for a remote-only image.
        url: The original URL, kept for remote-only images and as provenance.
        caption: The caption shown under the image.
        credit: Who took or owns the photo.
        alt: Alternative text describing the image.
    """

    name: str | None = None
    load: Callable[[], bytes] | None = None
    url: str | None = None
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None


@dataclass(frozen=True)
class Figure:
    """A number with what it counts.

    Example: ``Figure("4000", "молодых людей", "более 4000 молодых людей")``.
    """

    value: str
    counts: str
    text: str


@dataclass
class StoryDraft:
    """One story as read from a file, before it is matched against the catalogue.

    Attributes:
        title: The headline.
        body: The article as Markdown (no title, no metadata lines).
        origin_file: The file the story came from (relative to the bundle, if any).
        origin_bundle: The bundle file the story came from, if any.
        external_id: An id given by the author (front matter ``id``), if any.
        part: The position of the story inside a file that holds several (cards), else ``None``.
        explicit: Names of fields the author set; extraction never overrides them.
    """

    title: str
    body: str
    origin_file: str
    origin_bundle: str | None = None
    external_id: str | None = None
    part: int | None = None
    language: str | None = None
    date: dt.date | None = None
    summary: str | None = None
    countries: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    author: str | None = None
    source_name: str | None = None
    source_url: str | None = None
    images: list[ImageDraft] = field(default_factory=list)
    translations: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    explicit: set[str] = field(default_factory=set)
