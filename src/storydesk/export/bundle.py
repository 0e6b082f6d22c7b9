"""Writes story bundles (``*.storybundle``) from the catalogue, and verifies bundles.

A bundle is a ZIP with ``bundle.json`` (format, version, id, title, created, publisher and
every file's SHA-256 and size), ``stories/*.md`` (YAML front matter + Markdown body),
``images/*`` and ``partners.yaml``. The format is specified in docs/bundle-format.md; what
this module writes, :mod:`storydesk.ingest.bundle` reads back unchanged.
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
from storydesk.catalogue.models import Partner, Story
from storydesk.errors import RejectedInput, StoryDeskError
from storydesk.ingest.bundle import FORMAT, MANIFEST, PARTNERS_FILE, VERSION
from storydesk.ingest.sources import plan_import, read_story_file
from storydesk.media.store import MediaStore, inspect_image


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


def _front_matter(story: Story, image_files: dict[int, str]) -> dict[str, Any]:
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
) -> BundleSummary:
    """Write the stories with ``ids`` (in that order) to a bundle at ``output``.

    The file appears whole or not at all (written to a temporary file, then renamed).

    Raises:
        StoryDeskError: No story matched, or the output cannot be written.
    """
    files: dict[str, bytes] = {}
    partner_names: set[str] = set()
    with sessions() as session:
        stories = {s.id: s for s in session.scalars(select(Story).where(Story.id.in_(list(ids))))}
        ordered = [stories[i] for i in dict.fromkeys(ids) if i in stories]
        if not ordered:
            raise StoryDeskError("no stories to put in the bundle")
        for number, story in enumerate(ordered, start=1):
            image_files: dict[int, str] = {}
            for image in story.images:
                if image.sha256 and image.ext and media.has(image.sha256, image.ext):
                    name = f"images/{image.sha256}{image.ext}"
                    files.setdefault(name, media.open_bytes(image.sha256, image.ext))
                    image_files[image.id] = f"../{name}"
            meta = _front_matter(story, image_files)
            text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n"
            text += story.body.rstrip() + "\n"
            files[f"stories/{number:04d}-{story.id}.md"] = text.encode("utf-8")
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
    _write_zip_atomically(output, manifest, files)
    images = sum(1 for name in files if name.startswith("images/"))
    return BundleSummary(str(output), len(ordered), images, output.stat().st_size)


def _write_zip_atomically(output: Path, manifest: dict[str, Any], files: dict[str, bytes]) -> None:
    """Write the bundle whole under its final name, or not at all (:mod:`storydesk.atomic`).

    Raises:
        StoryDeskError: The output cannot be written.
    """
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with (
            atomic_output(output) as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf,
        ):
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            for name, data in files.items():
                method = zipfile.ZIP_STORED if name.startswith("images/") else zipfile.ZIP_DEFLATED
                zf.writestr(name, data, compress_type=method)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise StoryDeskError(f"{output}: cannot write the bundle ({reason})") from exc


def verify_bundle(path: Path) -> dict[str, Any]:
    """Check a bundle without importing it: ``{"ok": bool, "problems": [...]}``.

    Every story file is read and every image it names is checked (checksum and Pillow).
    """
    problems: list[str] = []
    plan = plan_import([Path(path)])
    try:
        problems += [f"{p.path}: {p.reason}" for p in plan.rejected]
        stories = 0
        for story_file in plan.files:
            try:
                drafts = read_story_file(story_file)
            except RejectedInput as exc:
                problems.append(f"{exc.path}: {exc.reason}")
                continue
            except Exception as exc:  # a reader bug names the file; it does not end the check
                problems.append(
                    f"{story_file.display}: could not be read ({type(exc).__name__}: {exc})"
                )
                continue
            stories += len(drafts)
            for draft in drafts:
                for image in draft.images:
                    if image.load is None:
                        if image.name and not image.url:
                            problems.append(
                                f"{story_file.display}: image '{image.name}' is missing"
                            )
                        continue
                    try:
                        inspect_image(image.load(), image.name or story_file.display)
                    except RejectedInput as exc:
                        problems.append(f"{exc.path}: {exc.reason}")
        if not plan.rejected and stories == 0:
            problems.append(f"{path}: the bundle holds no stories")
    finally:
        plan.close()
    return {"ok": not problems, "problems": problems}
