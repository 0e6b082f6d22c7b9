"""Writes story bundles (``*.storybundle``, format version 2) from the catalogue.

A bundle is a ZIP with ``bundle.json`` (format, version, id, title, created, publisher,
``kind``, for an update bundle ``since`` and ``withdrawn``, every file's SHA-256 and size,
and ``signed_by`` when signed), ``bundle.sig`` when signed, then per story its images
(original bytes, stored) and its Markdown file (YAML front matter + body), then
``partners.yaml`` and ``places.yaml``. The format is specified in docs/bundle-format.md.

Writing is deterministic: the same stories (and withdrawals) give the same bytes. Members
have fixed timestamps and attributes and a fixed order, ``created`` is the newest change
among the contents, ``id`` is derived from the files' digests, YAML is dumped with fixed
options, and Ed25519 signatures are themselves deterministic. Writing reports progress per
story and stops on a cancel, leaving no file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from storydesk.atomic import SHARED_FILE_MODE, atomic_output
from storydesk.bundle.format import (
    FORMAT,
    IMAGES_FOLDER,
    MANIFEST,
    PARTNERS_FILE,
    PLACES_FILE,
    SIGNATURE,
    SIGNED_BY,
    STORIES_FOLDER,
    VERSION,
    WITHDRAWN,
)
from storydesk.catalogue.models import ManualTranslation, Partner, Place, Story, StoryTombstone
from storydesk.catalogue.views import translation_ids
from storydesk.errors import StoryDeskError
from storydesk.media.store import MediaStore
from storydesk.messages import translatable
from storydesk.progress import CancelToken, Progress, check_cancel

if TYPE_CHECKING:
    from storydesk.bundle.signing import SigningKey

log = logging.getLogger(__name__)

CANCELLED_WORK = translatable("Bundles", "the bundle")
"""What :class:`~storydesk.errors.Cancelled` names ("the bundle was cancelled")."""

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
"""Every member's timestamp: the earliest a ZIP can hold, so the bytes never depend on when."""
ZIP_MODE = SHARED_FILE_MODE
"""Every member's Unix permissions, and the bundle file's own."""
DEFLATE_LEVEL = 6
"""zlib level of the text members (images are stored as they are)."""
BUNDLE_ID_NAMESPACE = uuid.UUID("6f1b3c52-8d0e-5a7e-9a51-2f3c0b6d9e41")
"""The namespace of a bundle's ``id``: ``uuid5(namespace, <the files' digests>)``."""


@dataclass
class BundleSummary:
    """What ``bundle create`` wrote."""

    path: str
    stories: int
    images: int
    bytes: int
    withdrawn: int = 0
    kind: str = "full"
    signed: bool = False
    fingerprint: str | None = None
    publisher: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "stories": self.stories,
            "images": self.images,
            "bytes": self.bytes,
            "withdrawn": self.withdrawn,
            "kind": self.kind,
            "signed": self.signed,
            "fingerprint": self.fingerprint,
            "publisher": self.publisher,
        }


def dump_yaml(value: Any) -> str:
    """YAML with the fixed options every bundle file is written with."""
    return yaml.safe_dump(
        value,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
        indent=2,
        line_break="\n",
        explicit_start=False,
    )


def iso_utc(moment: dt.datetime) -> str:
    """A catalogue time (naive UTC) or an aware time as ISO 8601 UTC.

    Microseconds are kept (when not zero): ``created`` must name the newest change exactly,
    so that an update made ``--since-bundle`` it carries every later change and no earlier one.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat()


def catalogue_time(moment: dt.datetime) -> dt.datetime:
    """``moment`` as the catalogue stores times: naive UTC (a naive value is taken as UTC)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


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


def _partner_records(session: Session, names: set[str]) -> list[dict[str, Any]]:
    partners = session.scalars(
        select(Partner).where(Partner.name.in_(sorted(names))).order_by(Partner.name)
    )
    return [
        {
            "name": p.name,
            "aliases": sorted({a.alias for a in p.aliases if a.alias != p.name}),
            "kind": p.kind,
            **({"website": p.website} if p.website else {}),
        }
        for p in partners
    ]


def _place_records(session: Session, names: set[str]) -> list[dict[str, Any]]:
    places = session.scalars(
        select(Place).where(Place.name.in_(sorted(names))).order_by(Place.name)
    )
    records = []
    for place in places:
        # The format knows two kinds; a town or a region is a place of its country.
        kind = "country" if place.kind == "country" else "place"
        record: dict[str, Any] = {
            "name": place.name,
            "aliases": sorted({a.alias for a in place.aliases if a.alias != place.name}),
            "kind": kind,
        }
        if kind == "place" and place.country:
            record["country"] = place.country
        records.append(record)
    return records


def _stories_to_write(
    session: Session, ids: Sequence[str] | None, since: dt.datetime | None
) -> list[Story]:
    """The stories ``ids`` (in that order; every story by id when None), changed ``since``."""
    query = select(Story)
    if since is not None:
        query = query.where(or_(Story.updated_at >= since, Story.created_at >= since))
    if ids is None:
        return list(session.scalars(query.order_by(Story.id)))
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Story] = {}
    for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
        chunk = wanted[start : start + 500]
        found.update((s.id, s) for s in session.scalars(query.where(Story.id.in_(chunk))))
    return [found[i] for i in wanted if i in found]


def write_bundle(
    sessions: sessionmaker[Session],
    media: MediaStore,
    ids: Sequence[str] | None,
    output: Path,
    title: str | None = None,
    publisher: str | None = None,
    *,
    key: SigningKey | None = None,
    since: dt.datetime | None = None,
    created: dt.datetime | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> BundleSummary:
    """Write the stories with ``ids`` (in that order) to a bundle at ``output``.

    The file appears whole or not at all (:mod:`storydesk.atomic`): a failure or a cancel
    leaves neither the file nor a temporary one, and an existing ``output`` untouched. It
    is readable by everyone (mode 0644): a bundle is made to be passed on.

    Args:
        sessions: The catalogue's sessions.
        media: The media store holding the stories' images.
        ids: The stories to write; unknown ids are passed over, repeats written once.
            None: every story (with ``since``: every story changed since), by id.
        output: The ``.storybundle`` file to write.
        title: The bundle's title (default: "N stories").
        publisher: Who made the bundle (default: the key's publisher, else "StoryDesk").
        key: Sign the manifest with this publisher key (``bundle.sig``, ``signed_by``).
        since: Make an update bundle: only the stories created or updated at or after
            this time, and a withdrawal for every story deleted since (its tombstone).
        created: The manifest's ``created`` (default: the newest change it carries, which
            ``--since-bundle`` reads back); a fixed time for bundles rebuilt from the same
            files, such as the sample bundle (packaging/make_sample.py).
        progress: Called as ``progress(done, total, story title)`` before each story is
            read, then as ``progress(total, total, output)`` once the file is being written.
        cancel: Checked before each story and each file written into the bundle.

    Returns:
        What was written, in the shape of ``bundle create --json``.

    Raises:
        Cancelled: ``cancel`` was cancelled; no file was written.
        StoryDeskError: Nothing to put in the bundle, or the output cannot be written.
    """
    since = catalogue_time(since) if since is not None else None
    files: dict[str, bytes] = {}
    partner_names: set[str] = set()
    place_names: set[str] = set()
    changes: list[dt.datetime] = []
    withdrawn: list[dict[str, str]] = []
    with sessions() as session:
        ordered = _stories_to_write(session, ids, since)
        if since is not None:
            # A tombstone whose story is back (imported again) withdraws nothing.
            back = select(Story.id).where(Story.id == StoryTombstone.story_id).exists()
            for tomb in session.scalars(
                select(StoryTombstone)
                .where(StoryTombstone.deleted_at >= since, ~back)
                .order_by(StoryTombstone.story_id)
            ):
                withdrawn.append(
                    {
                        "id": tomb.story_id,
                        "title": tomb.title,
                        "withdrawn": iso_utc(tomb.deleted_at),
                    }
                )
                changes.append(tomb.deleted_at)
        if not ordered and not withdrawn:
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
                    if name not in files:
                        files[name] = media.open_bytes(image.sha256, image.ext)
                    image_files[image.id] = f"../{name}"
                elif image.sha256:
                    # Missing here (and, on a shared catalogue, not fetched): `check` says why.
                    log.warning(
                        "bundle %s: story %s goes without image %s%s, which is missing",
                        output,
                        story.id,
                        image.sha256,
                        image.ext,
                    )
            # Links made or undone by hand travel with the story, in place of its front
            # matter's.
            by_hand = session.get(ManualTranslation, story.id) is not None
            meta = _front_matter(
                story, image_files, translation_ids(session, story) if by_hand else None
            )
            text = "---\n" + dump_yaml(meta) + "---\n\n" + story.body.rstrip() + "\n"
            files[f"{STORIES_FOLDER}/{number:04d}-{story.id}.md"] = text.encode("utf-8")
            partner_names.update(p.name for p in story.partners)
            place_names.update(p.name for p in story.places)
            place_names.update(p.name for p in story.countries)
            changes.append(max(story.updated_at, story.created_at))
        partners = _partner_records(session, partner_names)
        places = _place_records(session, place_names)
    if partners:
        files[PARTNERS_FILE] = dump_yaml(partners).encode("utf-8")
    if places:
        files[PLACES_FILE] = dump_yaml(places).encode("utf-8")
    listed = [
        {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in files.items()
    ]
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "id": bundle_id(listed, withdrawn),
        "title": title or _default_title(len(ordered), len(withdrawn)),
        "created": iso_utc(created if created is not None else max(changes)),
        "publisher": publisher or (key.publisher if key is not None else "StoryDesk"),
    }
    if key is not None:
        manifest[SIGNED_BY] = key.public.fingerprint
    manifest["kind"] = "update" if since is not None else "full"
    if since is not None:
        manifest["since"] = iso_utc(since)
    manifest["files"] = listed
    if since is not None:
        manifest[WITHDRAWN] = withdrawn
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=False).encode(
        "utf-8"
    )
    head = {MANIFEST: manifest_bytes}
    if key is not None:
        from storydesk.bundle.signing import signature_file

        head[SIGNATURE] = signature_file(manifest_bytes, key)
    output = Path(output)
    check_cancel(cancel, CANCELLED_WORK)
    _write_zip_atomically(output, {**head, **files}, len(ordered), progress, cancel)
    images = sum(1 for name in files if name.startswith(f"{IMAGES_FOLDER}/"))
    return BundleSummary(
        str(output),
        len(ordered),
        images,
        output.stat().st_size,
        withdrawn=len(withdrawn),
        kind=manifest["kind"],
        signed=key is not None,
        fingerprint=key.public.fingerprint if key is not None else None,
        publisher=manifest["publisher"],
    )


def _default_title(stories: int, withdrawn: int) -> str:
    if stories or not withdrawn:
        return f"{stories} stories"
    return f"{withdrawn} withdrawals"


def bundle_id(files: list[dict[str, Any]], withdrawn: list[dict[str, str]]) -> str:
    """The bundle's ``id``: uuid5 of its files' digests (and the ids it withdraws).

    The name hashed is one line per file, ``"<sha256> <size> <path>"``, then one line per
    withdrawal, ``"withdrawn <id>"``: the same contents always get the same id.
    """
    lines = [f"{f['sha256']} {f['size']} {f['path']}" for f in files]
    lines += [f"withdrawn {w['id']}" for w in withdrawn]
    return str(uuid.uuid5(BUNDLE_ID_NAMESPACE, "\n".join(lines)))


def _member(name: str, stored: bool) -> zipfile.ZipInfo:
    """A member's header with fixed timestamp, system and permissions."""
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.create_system = 3  # Unix, whichever system writes it
    info.external_attr = (0o100000 | ZIP_MODE) << 16
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    return info


def _write_zip_atomically(
    output: Path,
    members: dict[str, bytes],
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
            atomic_output(output, mode=ZIP_MODE) as handle,
            zipfile.ZipFile(handle, "w") as zf,
        ):
            if progress is not None:
                progress(stories, stories, str(output))
            for name, data in members.items():
                check_cancel(cancel, CANCELLED_WORK)
                stored = name.startswith(f"{IMAGES_FOLDER}/")  # photos do not deflate
                zf.writestr(
                    _member(name, stored), data, compresslevel=None if stored else DEFLATE_LEVEL
                )
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise StoryDeskError(
            translatable("Bundles", "{path}: cannot write the bundle ({error})").format(
                path=output, error=reason
            )
        ) from exc
