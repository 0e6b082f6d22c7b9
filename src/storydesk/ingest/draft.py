"""Plain records that readers produce and the importer writes into the catalogue.

Readers know nothing of the catalogue: each turns one file into drafts. Fields named in
``explicit`` came from the author (front matter, CSV column, bundle) and always win over
what extraction guesses from the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from storydesk.messages import translatable
from storydesk.text import shorten


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
class ReadNote:
    """A part of a file that did not become a story, and why.

    Attributes:
        kind: ``"skipped"`` (not a story: empty, furniture, a repeat) or ``"rejected"``
            (broken: damaged bytes, an unclosed quote, a conflicting id).
        path: The file, with the row or record (``news.csv#row12``).
        reason: One line saying why.
    """

    kind: str
    path: str
    reason: str


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
        origin_key: Where the story lives in its site or bundle, the same on every machine
            (``karakalmyk/en/pages/o-proekte.md``, ``news.csv#row12``); part of the identity
            of a story known only by its title.
        external_id: An id given by the author (front matter ``id``), if any.
        part: The position of the story inside a file that holds several (cards), else ``None``.
        explicit: Names of fields the author set; extraction never overrides them.
        warnings: What the reader left out or cut, one line each (e.g. a front matter value
            of the wrong shape); the import report lists them under ``warnings``.
    """

    title: str
    body: str
    origin_file: str
    origin_bundle: str | None = None
    origin_key: str | None = None
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
    warnings: list[str] = field(default_factory=list)


# The longest each short field may be. A title is a headline, not a page: a million
# characters of title (hostile or a broken export) is cut at a word with "…".
FIELD_LIMITS: dict[str, int] = {
    "title": 500,
    "author": 300,
    "source_name": 300,
    "source_url": 2_000,
    "summary": 5_000,
    "external_id": 300,
}
LIST_ITEM_LIMIT = 200
LIST_LIMIT = 200
# The fields and lists as the warnings about them name them.
_FIELD_WORDS: dict[str, str] = {
    "title": translatable("Import", "title"),
    "author": translatable("Import", "author"),
    "source_name": translatable("Import", "source name"),
    "source_url": translatable("Import", "source url"),
    "summary": translatable("Import", "summary"),
    "external_id": translatable("Import", "external id"),
    "countries": translatable("Import", "countries"),
    "places": translatable("Import", "places"),
    "partners": translatable("Import", "partners"),
    "tags": translatable("Import", "tags"),
    "translations": translatable("Import", "translations"),
}


def limit_fields(draft: StoryDraft) -> None:
    """Bound the draft's short fields and lists, noting each cut in ``draft.warnings``."""
    for name, limit in FIELD_LIMITS.items():
        value = getattr(draft, name)
        if value is not None and len(value) > limit:
            if name in ("source_url", "external_id"):
                setattr(draft, name, None)
                draft.warnings.append(
                    translatable(
                        "Import",
                        "{field} of {length:,} characters is over the {limit:,} limit; "
                        "it was left out",
                    ).format(field=_FIELD_WORDS[name], length=len(value), limit=limit)
                )
                continue
            setattr(draft, name, shorten(value, limit))
            draft.warnings.append(
                translatable(
                    "Import", "{field} of {length:,} characters was cut to {limit:,}"
                ).format(field=_FIELD_WORDS[name], length=len(value), limit=limit)
            )
    for name in ("countries", "places", "partners", "tags", "translations"):
        values: list[str] = getattr(draft, name)
        kept = [v for v in values if len(v) <= LIST_ITEM_LIMIT][:LIST_LIMIT]
        if len(kept) != len(values):
            setattr(draft, name, kept)
            draft.warnings.append(
                translatable(
                    "Import",
                    "{count:,} of {total:,} {field} were left out "
                    "(over {item_limit} characters each or {limit} in all)",
                ).format(
                    count=len(values) - len(kept),
                    total=len(values),
                    field=_FIELD_WORDS[name],
                    item_limit=LIST_ITEM_LIMIT,
                    limit=LIST_LIMIT,
                )
            )
