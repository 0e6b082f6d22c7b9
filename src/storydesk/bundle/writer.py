"""Writes story bundles (``*.storybundle``) from the catalogue.

A bundle is a ZIP with ``bundle.json`` (format, version, id, title, created, publisher and
every file's SHA-256 and size), ``stories/*.md`` (YAML front matter + Markdown body),
``images/*`` and ``partners.yaml``. The format is specified in docs/bundle-format.md; what
this module writes, :mod:`storydesk.bundle.reader` and the importer read back unchanged.
Writing reports progress per story and stops on a cancel, leaving no file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storydesk.atomic import atomic_output
from storydesk.bundle.format import (
    FORMAT,
    IMAGES_FOLDER,
    MANIFEST,
    PARTNERS_FILE,
    STORIES_FOLDER,
    VERSION,
)
from storydesk.catalogue.models import ManualTranslation, Partner, Story
from storydesk.catalogue.views import translation_ids
from storydesk.errors import StoryDeskError
from storydesk.media.store import MediaStore
from storydesk.messages import translatable
from storydesk.progress import CancelToken, Progress, check_cancel

CANCELLED_WORK = translatable("Bundles", "the bundle")
"""What :class:`~storydesk.errors.Cancelled` names ("the bundle was cancelled")."""


@dataclass
class BundleSummary:
    """What ``bundle create`` wrote."""

    path: str
    stories: int
    images: int
    bytes: int

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "stories": self.stories,
            "images": self.images,
            "bytes": self.bytes,
        }


def _front_matter(
    story: Story, image_files: dict[int, str], translations: list[str] | None = None
) -> dict[str, Any]:
    meta: dict[str, Any] = {"id": story.id, "title": story.title}
    if story.date:
        meta["date"] = story.date.isoformat()
    if story.language:
        meta["language"] = story.language
    for field, values in (
        ("countries", [p.name for p in story.countries]),
        ("places", [p.name for p in story.places]),
        ("partners", [p.name for p in story.partners]),
        ("sdgs", [g.number for g in story.sdgs]),
        ("tags", sorted(t.name for t in story.tags)),
    ):
        if values:
            meta[field] = values
    for field, value in (
        ("author", story.author),
        ("source", story.source_name),
        ("source_url", story.source_url),
        ("summary", story.summary),
    ):
        if value:
            meta[field] = value
    images = []
    for image in story.images:
        entry: dict[str, Any] = {}
        if image.id in image_files:
            entry["file"] = image_files[image.id]
        elif image.original_url:
            entry["file"] = image.original_url
        for key in ("caption", "credit", "alt"):
            if getattr(image, key):
                entry[key] = getattr(image, key)
        images.append(entry)
    if images:
        meta["images"] = images
    if translations is None:  # as its front matter said
        translations = [link.target_key.removeprefix("id:") for link in story.translation_links]
    if translations:
        meta["translations"] = translations
    return meta


def write_bundle(
    sessions: sessionmaker[Session],
    media: MediaStore,
    ids: Sequence[str],
    output: Path,
    title: str | None = None,
    publisher: str | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> BundleSummary:
    """Write the stories with ``ids`` (in that order) to a bundle at ``output``.

    The file appears whole or not at all (:mod:`storydesk.atomic`): a failure or a cancel
    leaves neither the file nor a temporary one, and an existing ``output`` untouched.

    Args:
        sessions: The catalogue's sessions.
        media: The media store holding the stories' images.
        ids: The stories to write; unknown ids are passed over, repeats written once.
        output: The ``.storybundle`` file to write.
        title: The bundle's title (default: "N stories").
        publisher: Who made the bundle (default: "StoryDesk").
        progress: Called as ``progress(done, total, story title)`` before each story is
            read, then as ``progress(total, total, output)`` once the file is being written.
        cancel: Checked before each story and each file written into the bundle.

    Returns:
        What was written, in the shape of ``bundle create --json``.

    Raises:
        Cancelled: ``cancel`` was cancelled; no file was written.
        StoryDeskError: No story matched, or the output cannot be written.
    """
    files: dict[str, bytes] = {}
    partner_names: set[str] = set()
    with sessions() as session:
        stories = {s.id: s for s in session.scalars(select(Story).where(Story.id.in_(list(ids))))}
        ordered = [stories[i] for i in dict.fromkeys(ids) if i in stories]
        if not ordered:
            raise StoryDeskError(
                translatable("Bundles", "no stories to put in the bundle").format()
            )
        for number, story in enumerate(ordered, start=1):
            check_cancel(cancel, CANCELLED_WORK)
            if progress is not None:
                progress(number - 1, len(ordered), story.title)
            image_files: dict[int, str] = {}
            for image in story.images:
                if image.sha256 and image.ext and media.has(image.sha256, image.ext):
                    name = f"{IMAGES_FOLDER}/{image.sha256}{image.ext}"
                    files.setdefault(name, media.open_bytes(image.sha256, image.ext))
                    image_files[image.id] = f"../{name}"
            # Links made or undone by hand travel with the story, in place of its front
            # matter's.
            by_hand = session.get(ManualTranslation, story.id) is not None
            meta = _front_matter(
                story, image_files, translation_ids(session, story) if by_hand else None
            )
            text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n"
            text += story.body.rstrip() + "\n"
            files[f"{STORIES_FOLDER}/{number:04d}-{story.id}.md"] = text.encode("utf-8")
            partner_names.update(p.name for p in story.partners)
        partners = session.scalars(select(Partner).where(Partner.name.in_(sorted(partner_names))))
        records = [
            {
                "name": p.name,
                "aliases": [a.alias for a in p.aliases if a.alias != p.name],
                "kind": p.kind,
                **({"website": p.website} if p.website else {}),
            }
            for p in partners
        ]
    if records:
        files[PARTNERS_FILE] = yaml.safe_dump(records, allow_unicode=True, sort_keys=False).encode()
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "id": str(uuid.uuid4()),
        "title": title or f"{len(ordered)} stories",
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "publisher": publisher or "StoryDesk",
        "files": [
            {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in files.items()
        ],
    }
    output = Path(output)
    check_cancel(cancel, CANCELLED_WORK)
    _write_zip_atomically(output, manifest, files, len(ordered), progress, cancel)
    images = sum(1 for name in files if name.startswith(f"{IMAGES_FOLDER}/"))
    return BundleSummary(str(output), len(ordered), images, output.stat().st_size)


def _write_zip_atomically(
    output: Path,
    manifest: dict[str, Any],
    files: dict[str, bytes],
    stories: int,
    progress: Progress | None,
    cancel: CancelToken | None,
) -> None:
    """Write the bundle whole under its final name, or not at all (:mod:`storydesk.atomic`).

    ``progress(stories, stories, output)`` says the file is being written.

    Raises:
        Cancelled: ``cancel`` was cancelled while writing; the partial file is gone.
        StoryDeskError: The output cannot be written.
    """
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with (
            atomic_output(output) as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf,
        ):
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            if progress is not None:
                progress(stories, stories, str(output))
            for name, data in files.items():
                check_cancel(cancel, CANCELLED_WORK)
                stored = name.startswith(f"{IMAGES_FOLDER}/")  # photos do not deflate
                method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                zf.writestr(name, data, compress_type=method)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise StoryDeskError(
            translatable("Bundles", "{path}: cannot write the bundle ({error})").format(
                path=output, error=reason
            )
        ) from exc
