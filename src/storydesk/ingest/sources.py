"""Turns the paths a user names into story files and reads each into drafts.

A path may be a single story file, a folder (searched recursively, site furniture such as
``_layouts`` skipped), a ``.storybundle``/``.zip`` archive, or a folder bundle with a
``bundle.json``. Problems become rejections naming the file and the reason; the rest goes on.
"""

from __future__ import annotations

import hashlib
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from storydesk.errors import RejectedInput
from storydesk.ingest.bundle import (
    MANIFEST,
    PARTNERS_FILE,
    BundleManifest,
    PartnerRecord,
    read_manifest,
    read_partner_records,
)
from storydesk.ingest.containers import (
    MAX_TEXT_BYTES,
    Container,
    FolderContainer,
    ZipContainer,
    iter_text_names,
    normalise_reference,
)
from storydesk.ingest.csvfile import read_csv
from storydesk.ingest.draft import StoryDraft
from storydesk.ingest.encoding import decode_bytes
from storydesk.ingest.jsonfile import read_json
from storydesk.ingest.markdown import (
    apply_front_matter,
    clean_template_tags,
    has_front_matter,
    read_markdown,
    split_front_matter,
)
from storydesk.ingest.text import read_text

STORY_EXTENSIONS = frozenset({".md", ".markdown", ".txt", ".html", ".htm", ".csv", ".json"})
BUNDLE_EXTENSIONS = frozenset({".storybundle", ".zip"})
IMAGE_FOLDERS = ("images", "static", "assets", "static/images", "assets/images", "img")


@dataclass
class StoryFile:
    """One file to read, inside a container (a folder or a bundle)."""

    container: Container
    name: str
    bundle: str | None = None
    manifest: BundleManifest | None = None
    named: bool = False  # the user named this file itself (not found in a folder walk)

    @property
    def display(self) -> str:
        return self.container.display(self.name)


@dataclass
class ImportPlan:
    """Everything an import will read, found before any reading starts (for progress)."""

    files: list[StoryFile] = field(default_factory=list)
    rejected: list[RejectedInput] = field(default_factory=list)
    partners: list[PartnerRecord] = field(default_factory=list)
    containers: list[Container] = field(default_factory=list)

    def close(self) -> None:
        for container in self.containers:
            container.close()


def plan_import(paths: list[Path]) -> ImportPlan:
    """Expand the paths a user named into story files, rejecting what cannot be read."""
    plan = ImportPlan()
    for path in paths:
        try:
            _plan_path(Path(path), plan)
        except RejectedInput as exc:
            plan.rejected.append(exc)
    return plan


def _plan_path(path: Path, plan: ImportPlan) -> None:
    if path.is_symlink() and not path.exists():
        raise RejectedInput(str(path), "is a broken link")
    if not path.exists():
        raise RejectedInput(str(path), "no such file or folder")
    if path.is_dir():
        if (path / MANIFEST).is_file():
            _plan_bundle(FolderContainer(path, skip_site_folders=False), plan)
            return
        container = FolderContainer(path)
        names = container.names()
        plan.containers.append(container)
        for link in container.links:
            plan.rejected.append(
                RejectedInput(container.display(link), "is a link; links are not followed")
            )
        for name in names:
            ext = posixpath.splitext(name)[1].lower()
            if ext in BUNDLE_EXTENSIONS:
                try:
                    _plan_bundle(ZipContainer(path / name), plan)
                except RejectedInput as exc:
                    plan.rejected.append(exc)
        plan.files.extend(
            StoryFile(container, name) for name in iter_text_names(container, STORY_EXTENSIONS)
        )
        return
    ext = path.suffix.lower()
    if ext in BUNDLE_EXTENSIONS:
        _plan_bundle(ZipContainer(path), plan)
        return
    if ext not in STORY_EXTENSIONS:
        raise RejectedInput(
            str(path),
            f"StoryDesk does not read '{ext or 'extensionless'}' files "
            "(it reads .md, .markdown, .txt, .html, .htm, .csv, .json, .storybundle and .zip)",
        )
    container = FolderContainer(path.parent)
    plan.containers.append(container)
    plan.files.append(StoryFile(container, path.name, named=True))


def _plan_bundle(container: Container, plan: ImportPlan) -> None:
    plan.containers.append(container)
    manifest = read_manifest(container)
    try:
        plan.partners.extend(read_partner_records(container))
    except RejectedInput as exc:
        plan.rejected.append(exc)
    names = set(container.names())
    if manifest is not None and manifest.files:
        for listed in manifest.files:
            if listed not in names:
                plan.rejected.append(
                    RejectedInput(container.display(listed), "listed in bundle.json but missing")
                )
        for name in sorted(names - set(manifest.files) - {MANIFEST}):
            plan.rejected.append(
                RejectedInput(container.display(name), "not listed in bundle.json")
            )
    stories = [
        name
        for name in iter_text_names(container, STORY_EXTENSIONS)
        if name not in (MANIFEST, PARTNERS_FILE)
        and not name.endswith("/" + MANIFEST)
        and (manifest is None or not manifest.files or name in manifest.files)
    ]
    plan.files.extend(
        StoryFile(container, name, bundle=container.label, manifest=manifest) for name in stories
    )


def read_member(story_file: StoryFile, name: str, limit: int) -> bytes:
    """Read a file from the story's container, checking it against the bundle manifest.

    Raises:
        RejectedInput: The file cannot be read or its checksum or size differs from the manifest.
    """
    data = story_file.container.read(name, limit=limit)
    manifest = story_file.manifest
    if manifest is not None and manifest.files:
        if name not in manifest.files:
            raise RejectedInput(story_file.container.display(name), "not listed in bundle.json")
        sha, size = manifest.files[name]
        if size is not None and size != len(data):
            raise RejectedInput(
                story_file.container.display(name),
                f"is {len(data):,} bytes but bundle.json says {size:,}",
            )
        if sha is not None and hashlib.sha256(data).hexdigest() != sha:
            raise RejectedInput(
                story_file.container.display(name), "checksum does not match bundle.json"
            )
    return data


def image_resolver(story_file: StoryFile) -> Callable[[str], Callable[[], bytes] | None]:
    """Resolves image paths written in a story to loaders inside the same container."""
    container = story_file.container
    base = posixpath.dirname(story_file.name)

    def resolve(reference: str) -> Callable[[], bytes] | None:
        from urllib.parse import unquote

        reference = unquote(reference)
        candidates = [normalise_reference(base, reference)]
        if reference.startswith("/"):
            candidates += [
                normalise_reference(folder, reference.lstrip("/")) for folder in ("static",)
            ]
        leaf = posixpath.basename(reference)
        candidates += [normalise_reference(folder, leaf) for folder in IMAGE_FOLDERS[:1]]
        for candidate in candidates:
            if candidate and container.exists(candidate):
                return lambda name=candidate: read_member(story_file, name, 50 * 1024 * 1024)
        return None

    return resolve


def read_story_file(story_file: StoryFile) -> list[StoryDraft]:
    """Read one story file into drafts.

    Raises:
        RejectedInput: The file cannot be read, decoded or parsed.
    """
    data = read_member(story_file, story_file.name, MAX_TEXT_BYTES)
    text = decode_bytes(data, story_file.display)
    ext = posixpath.splitext(story_file.name)[1].lower()
    origin = story_file.name if story_file.bundle else story_file.display
    resolve = image_resolver(story_file)
    if ext == ".csv":
        drafts = read_csv(text, origin, resolve)
    elif ext == ".json":
        drafts = read_json(text, origin, resolve)
        if not drafts and story_file.named:
            raise RejectedInput(
                story_file.display, "holds no stories (objects with a 'title' or 'text')"
            )
    elif ext in (".html", ".htm"):
        drafts = _read_html_file(text, origin, story_file)
    elif ext == ".txt" and not has_front_matter(text):
        drafts = read_text(text, origin)
    else:
        drafts = read_markdown(text, origin, resolve)
    for draft in drafts:
        draft.origin_bundle = story_file.bundle
    return drafts


def _read_html_file(text: str, origin: str, story_file: StoryFile) -> list[StoryDraft]:
    # BeautifulSoup costs a tenth of a second to import: only when an HTML file comes.
    from storydesk.ingest.html import read_html

    meta: dict[str, object] = {}
    if has_front_matter(text):
        meta, text = split_front_matter(text, story_file.display)
        text = clean_template_tags(text)
    base_dir = None
    if isinstance(story_file.container, FolderContainer):
        base_dir = story_file.container.root
    drafts = read_html(text, origin, base_dir=base_dir)
    for draft in drafts:
        apply_front_matter(draft, meta)
    return drafts
