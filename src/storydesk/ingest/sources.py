"""Turns the paths a user names into story files and reads each into drafts.

A path may be a single story file, a folder (searched recursively, site furniture such as
``_layouts`` skipped), a ``.storybundle``/``.zip`` archive, or a folder bundle with a
``bundle.json``. Problems become rejections naming the file and the reason; the rest goes on.

Nothing is passed over in silence: every file in a folder that is not read as a story
(another format, README-type furniture, a site's template folders, images no story names)
is noted in ``ImportPlan.skipped`` with the reason — furniture folders and images once per
folder — and the rows or parts of a file that do not become stories come back from
:func:`read_story_file` as notes.
"""

from __future__ import annotations

import os
import posixpath
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath

from storydesk.bundle.format import MANIFEST, PARTNERS_FILE, PLACES_FILE, SIGNATURE
from storydesk.bundle.reader import (
    BundleCheck,
    BundleManifest,
    PartnerRecord,
    PlaceRecord,
    check_signature,
    describe_check,
    mismatch_reason,
    read_manifest,
    read_partner_records,
    read_place_records,
    unchecked_reason,
)
from storydesk.bundle.signing import Signer, TrustSnapshot
from storydesk.errors import RejectedInput
from storydesk.ingest.containers import (
    MAX_TEXT_BYTES,
    SKIPPED_FOLDERS,
    SKIPPED_STEMS,
    Container,
    FolderContainer,
    ZipContainer,
    iter_text_names,
    normalise_reference,
    special_file_kind,
)
from storydesk.ingest.csvfile import DAMAGED, read_csv
from storydesk.ingest.documents import DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES, read_document
from storydesk.ingest.draft import ReadNote, StoryDraft, limit_fields
from storydesk.ingest.encoding import decode_bytes
from storydesk.ingest.formats import BUNDLE_EXTENSIONS, STORY_EXTENSIONS
from storydesk.ingest.jsonfile import read_json
from storydesk.ingest.markdown import (
    apply_front_matter,
    clean_template_tags,
    has_front_matter,
    read_markdown_page,
    split_front_matter,
)
from storydesk.ingest.navigation import named_page_warning, not_a_story, page_kind
from storydesk.ingest.text import read_text
from storydesk.messages import translatable

IMAGE_FOLDERS = ("images", "static", "assets", "static/images", "assets/images", "img")
IMAGE_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".ico", ".avif"}
)
# Formats people often expect to import: what each is, and what to save it as instead.
_FORMAT_HINTS = {
    ".doc": (
        translatable("Import", "an old Word document (.doc)"),
        translatable("Import", "save it as .docx, .odt or text"),
    ),
    ".rtf": (
        translatable("Import", "a rich-text document"),
        translatable("Import", "save it as .docx, .odt or text"),
    ),
    ".tsv": (
        translatable("Import", "a tab-separated table"),
        translatable("Import", "save it as .csv"),
    ),
    ".xls": (
        translatable("Import", "an old Excel workbook (.xls)"),
        translatable("Import", "save it as .xlsx, .ods or .csv"),
    ),
}
READ_FORMATS = translatable(
    "Import",
    ".md, .markdown, .txt, .html, .htm, .csv, .json, .docx, .odt, .pdf, .xlsx, .ods, "
    ".storybundle and .zip",
)
_NOT_LISTED = translatable("Import", "not listed in bundle.json")
_FURNITURE = translatable("Import", "site furniture (README, LICENSE...), not a story")
_SITE_CONFIGURATION = translatable("Import", "a website's configuration file, not a story")
# A folder holding one of these is the root of a site (Jekyll, Hugo, MkDocs) or a bundle.
_SITE_MARKERS = (
    "_config.yml",
    "_config.yaml",
    "_config.toml",
    "config.toml",
    "config.yaml",
    "hugo.toml",
    "hugo.yaml",
    "mkdocs.yml",
    "bundle.json",
    "_data",
    "_posts",
    "content",
)
_SITE_DEPTH = 8
_BUNDLE_OWN_FILES = (MANIFEST, SIGNATURE, PARTNERS_FILE, PLACES_FILE)


def format_reason(ext: str) -> str:
    """Why a file of extension ``ext`` is not read as a story (translatable)."""
    if ext in _FORMAT_HINTS:
        what, advice = _FORMAT_HINTS[ext]
        return translatable(
            "Import", "{kind}, not a story format: {advice} (StoryDesk reads {formats})"
        ).format(kind=what, advice=advice, formats=READ_FORMATS)
    return translatable(
        "Import", "'{extension}' is not a story format (StoryDesk reads {formats})"
    ).format(extension=ext or translatable("Import", "extensionless"), formats=READ_FORMATS)


@dataclass
class PlannedBundle:
    """One bundle an import reads: its manifest, who signed it, and what checking it found.

    Attributes:
        path: The bundle as the report names it (the path the user gave, or found).
        manifest: Its manifest, once read (None without ``bundle.json``).
        signer: Who signed it, when its signature checked out (None: unsigned).
        notes: Problems of the bundle as a whole that do not stop it (unchecked).
        refused: The whole bundle was refused; nothing of it is read.
        stories: Stories read from it so far.
    """

    path: str
    manifest: BundleManifest | None = None
    signer: Signer | None = None
    notes: list[str] = field(default_factory=list)
    refused: bool = False
    stories: int = 0

    def holds(self, path: str) -> bool:
        """Whether a report path (``bundle!member``, ``folder/member``) is in this bundle."""
        label = self.path
        return path == label or path.startswith((label + "!", label + "/", label + os.sep))

    def check(self, problems: list[str]) -> BundleCheck:
        """The verify object, with ``problems`` (the bundle's own notes come first)."""
        return describe_check(self.manifest, self.signer, self.notes + problems, self.stories)


@dataclass
class StoryFile:
    """One file to read, inside a container (a folder or a bundle)."""

    container: Container
    name: str
    bundle: str | None = None
    manifest: BundleManifest | None = None
    named: bool = False  # the user named this file itself (not found in a folder walk)
    origin: str | None = None  # where the file lives in its site or bundle (see site_origin)
    planned: PlannedBundle | None = None

    @property
    def display(self) -> str:
        return self.container.display(self.name)

    @property
    def signer(self) -> Signer | None:
        """Who signed the bundle the file is in (None: unsigned, or not in a bundle)."""
        return self.planned.signer if self.planned is not None else None


@dataclass
class ImportPlan:
    """Everything an import will read, found before any reading starts (for progress)."""

    files: list[StoryFile] = field(default_factory=list)
    rejected: list[RejectedInput] = field(default_factory=list)
    partners: list[PartnerRecord] = field(default_factory=list)
    places: list[PlaceRecord] = field(default_factory=list)
    containers: list[Container] = field(default_factory=list)
    skipped: list[ReadNote] = field(default_factory=list)
    bundles: list[PlannedBundle] = field(default_factory=list)
    trust: TrustSnapshot = field(default_factory=TrustSnapshot)

    def skip(self, path: str, reason: str) -> None:
        self.skipped.append(ReadNote("skipped", path, reason))

    def close(self) -> None:
        for container in self.containers:
            container.close()


def plan_import(paths: list[Path], trust: TrustSnapshot | None = None) -> ImportPlan:
    """Expand the paths a user named into story files, rejecting what cannot be read.

    Args:
        paths: Files, folders and bundles.
        trust: The publisher keys the catalogue trusts and has revoked, which decide how a
            signed bundle is read (None: no key is trusted).
    """
    plan = ImportPlan(trust=trust or TrustSnapshot())
    _site_roots.clear()
    for path in paths:
        try:
            _plan_path(Path(path), plan)
        except RejectedInput as exc:
            plan.rejected.append(exc)
    return plan


def _plan_path(path: Path, plan: ImportPlan) -> None:
    if path.is_symlink() and not path.exists():
        raise RejectedInput(str(path), translatable("Import", "is a broken link"))
    if not path.exists():
        raise RejectedInput(str(path), translatable("Import", "no such file or folder"))
    if path.is_dir():
        if (path / MANIFEST).is_file() or (path / SIGNATURE).is_file():
            _plan_bundle_at(str(path), lambda: FolderContainer(path, skip_site_folders=False), plan)
            return
        container = FolderContainer(path)
        names = []
        for name in container.names():
            kind = _special_kind(path / name)
            if kind is None:
                names.append(name)
            else:
                # Reading a named pipe would wait forever; a device is not a story.
                plan.skip(
                    container.display(name),
                    translatable("Import", "is {kind}, not a regular file; not read").format(
                        kind=kind
                    ),
                )
        plan.containers.append(container)
        for link in container.links:
            plan.rejected.append(
                RejectedInput(
                    container.display(link),
                    translatable("Import", "is a link; links are not followed"),
                )
            )
        for name in names:
            ext = posixpath.splitext(name)[1].lower()
            if ext in BUNDLE_EXTENSIONS:
                member = path / name
                try:
                    _plan_bundle_at(str(member), partial(ZipContainer, member), plan)
                except RejectedInput as exc:
                    plan.rejected.append(exc)
        stories = [n for n in names if _is_story_name(n)]
        plan.files.extend(
            StoryFile(container, name, origin=site_origin(path / name)) for name in stories
        )
        _note_unread(container, names, set(stories), plan)
        _note_furniture_folders(path, plan)
        return
    ext = path.suffix.lower()
    if ext in BUNDLE_EXTENSIONS:
        _plan_bundle_at(str(path), lambda: ZipContainer(path), plan)
        return
    if ext not in STORY_EXTENSIONS:
        # Named by the user, a file StoryDesk cannot read is rejected (found in a folder
        # walk, it is only skipped).
        raise RejectedInput(str(path), format_reason(ext))
    kind = _special_kind(path)
    if kind is not None:
        raise RejectedInput(
            str(path),
            translatable("Import", "is {kind}, not a regular file; it was not read").format(
                kind=kind
            ),
        )
    container = FolderContainer(path.parent)
    plan.containers.append(container)
    plan.files.append(StoryFile(container, path.name, named=True, origin=site_origin(path)))


def _is_story_name(name: str) -> bool:
    stem, ext = posixpath.splitext(posixpath.basename(name))
    return ext.lower() in STORY_EXTENSIONS and stem.lower() not in SKIPPED_STEMS


def _special_kind(path: Path) -> str | None:
    """What ``path`` is when it is not a regular file ("a named pipe (FIFO)"), else None."""
    try:
        return special_file_kind(path.lstat().st_mode)
    except OSError:
        return None  # reading it will say what is wrong


_site_roots: dict[Path, Path | None] = {}


def _site_root(folder: Path) -> Path | None:
    """The nearest folder at or above ``folder`` that is the root of a site, if any."""
    chain: list[Path] = []
    current = folder
    found: Path | None = None
    for _ in range(_SITE_DEPTH):
        if current in _site_roots:
            found = _site_roots[current]
            break
        chain.append(current)
        try:
            if any((current / marker).exists() for marker in _SITE_MARKERS):
                found = current
                break
        except OSError:
            break
        if current.parent == current:
            break
        current = current.parent
    for visited in chain:
        _site_roots[visited] = found
    return found


def site_origin(path: Path) -> str:
    """Where a story file lives, stable across machines: ``site/relative/path.md``.

    The site is the nearest folder above the file that holds a site's configuration or
    data (``_config.yml``, ``_data``, ``content``, ``bundle.json``...); without one, the
    file's own folder. A copy of the same site in another place gives the same origin;
    two sites' pages of the same title do not.
    """
    root = _site_root(path.parent)
    if root is None:
        return f"{path.parent.name}/{path.name}"
    try:
        relative = path.relative_to(root).as_posix()
    except ValueError:
        relative = path.name
    return f"{root.name}/{relative}"


def _note_unread(
    container: Container, names: list[str], stories: set[str], plan: ImportPlan
) -> None:
    """Note every file of a folder that is not read as a story (images once per folder)."""
    images: dict[str, list[str]] = defaultdict(list)
    for name in names:
        if name in stories:
            continue
        folder, leaf = posixpath.split(name)
        stem, ext = posixpath.splitext(leaf)
        ext = ext.lower()
        if ext in BUNDLE_EXTENSIONS:
            continue  # read as a bundle
        if ext in IMAGE_EXTENSIONS:
            images[folder].append(ext)
        elif ext in STORY_EXTENSIONS and stem.lower() in SKIPPED_STEMS:
            plan.skip(container.display(name), _FURNITURE)
        elif leaf.lower() in _SITE_MARKERS:
            plan.skip(container.display(name), _SITE_CONFIGURATION)
        else:
            plan.skip(container.display(name), format_reason(ext))
    for folder, exts in images.items():
        kinds = ", ".join(sorted(set(exts)))
        plan.skip(
            container.display(folder) if folder else container.label,
            translatable(
                "Import",
                "{count} image file(s) ({kinds}): not stories; a story that names an "
                "image takes it",
            ).format(count=len(exts), kinds=kinds),
        )


def _note_furniture_folders(root: Path, plan: ImportPlan) -> None:
    """Note the folders a walk leaves out (site templates, hidden folders) and hidden files."""
    hidden = 0
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            plan.rejected.append(
                RejectedInput(
                    str(folder),
                    translatable("Import", "cannot be read ({error})").format(error=exc.strerror),
                )
            )
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if entry.name.startswith("."):
                hidden += 1
            elif is_dir and entry.name.lower() in SKIPPED_FOLDERS:
                plan.skip(
                    entry.path,
                    translatable("Import", "site furniture folder (templates, build output)"),
                )
            elif is_dir:
                stack.append(Path(entry.path))
    if hidden:
        plan.skip(
            str(root),
            translatable(
                "Import",
                "{count} hidden file(s) or folder(s) (names starting with '.') passed over",
            ).format(count=hidden),
        )


def _plan_bundle_at(label: str, open_container: Callable[[], Container], plan: ImportPlan) -> None:
    """Plan one bundle; a bundle refused whole is still listed in ``plan.bundles``.

    Raises:
        RejectedInput: The bundle is refused whole (unsafe, a bad manifest or signature, a
            member of a signed bundle that does not match).
    """
    planned = PlannedBundle(label)
    plan.bundles.append(planned)
    try:
        _plan_bundle(open_container(), plan, planned)
    except RejectedInput:
        planned.refused = True
        raise


def _plan_bundle(container: Container, plan: ImportPlan, planned: PlannedBundle) -> None:
    plan.containers.append(container)
    manifest = read_manifest(container)
    planned.manifest = manifest
    # A signed bundle is checked whole, every member read, before any story is read.
    planned.signer = check_signature(container, manifest, plan.trust)
    unchecked = unchecked_reason(manifest, signed=planned.signer is not None)
    if unchecked is not None:
        planned.notes.append(
            translatable("Bundles", "{path}: {reason}").format(path=planned.path, reason=unchecked)
        )
    try:
        plan.partners.extend(read_partner_records(container))
    except RejectedInput as exc:
        plan.rejected.append(exc)
    try:
        plan.places.extend(read_place_records(container))
    except RejectedInput as exc:
        plan.rejected.append(exc)
    names = set(container.names())
    if manifest is not None and manifest.files:
        for listed in manifest.files:
            if listed not in names:
                plan.rejected.append(
                    RejectedInput(
                        container.display(listed),
                        translatable("Import", "listed in bundle.json but missing"),
                    )
                )
        for name in sorted(names - set(manifest.files) - {MANIFEST, SIGNATURE}):
            plan.rejected.append(RejectedInput(container.display(name), _NOT_LISTED))
    stories = [
        name
        for name in iter_text_names(container, STORY_EXTENSIONS)
        if name not in _BUNDLE_OWN_FILES
        and not name.endswith("/" + MANIFEST)
        and (manifest is None or not manifest.files or name in manifest.files)
    ]
    bundle_name = PurePosixPath(container.label.replace("\\", "/")).name
    plan.files.extend(
        StoryFile(
            container,
            name,
            bundle=container.label,
            manifest=manifest,
            origin=f"{bundle_name}!{name}",
            planned=planned,
        )
        for name in stories
    )
    for name in sorted(names):
        ext = posixpath.splitext(name)[1].lower()
        if (
            name in stories
            or name in _BUNDLE_OWN_FILES
            or name.endswith("/" + MANIFEST)
            or ext in IMAGE_EXTENSIONS
            or (manifest is not None and manifest.files and name not in manifest.files)
        ):
            continue
        stem = posixpath.splitext(posixpath.basename(name))[0].lower()
        reason = _FURNITURE if stem in SKIPPED_STEMS else format_reason(ext)
        plan.skip(container.display(name), reason)
    _note_hidden_members(container, plan)


def _note_hidden_members(container: Container, plan: ImportPlan) -> None:
    """Name the hidden files a bundle's listing leaves out: each hidden file by name, the
    files inside a hidden or system folder (``.git/``, ``__MACOSX/``) as one line a folder."""
    folders: dict[str, int] = {}
    for name in sorted(container.hidden_names()):
        parts = name.split("/")
        first = next(
            i for i, part in enumerate(parts) if part.startswith(".") or part.lower() == "__macosx"
        )
        if first == len(parts) - 1:
            plan.skip(
                container.display(name),
                translatable("Import", "hidden file (name starting with '.') passed over"),
            )
        else:
            folder = "/".join(parts[: first + 1]) + "/"
            folders[folder] = folders.get(folder, 0) + 1
    for folder, count in folders.items():
        plan.skip(
            container.display(folder),
            translatable(
                "Import", "{count} file(s) in a hidden or system folder passed over"
            ).format(count=count),
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
            raise RejectedInput(story_file.container.display(name), _NOT_LISTED)
        sha, size = manifest.files[name]
        if reason := mismatch_reason(data, sha, size):
            raise RejectedInput(story_file.container.display(name), reason)
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
                return _member_loader(story_file, candidate)
        return None

    return resolve


def _member_loader(story_file: StoryFile, name: str) -> Callable[[], bytes]:
    def load() -> bytes:
        return read_member(story_file, name, 50 * 1024 * 1024)

    return load


def read_story_file(story_file: StoryFile, notes: list[ReadNote] | None = None) -> list[StoryDraft]:
    """Read one story file into drafts.

    Args:
        story_file: The file to read.
        notes: Receives a note for each part of the file that does not become a story
            (an empty file, a spreadsheet row...), skipped or rejected with its reason.

    Raises:
        RejectedInput: The file cannot be read, decoded or parsed.
    """
    ext = posixpath.splitext(story_file.name)[1].lower()
    if ext in DOCUMENT_EXTENSIONS:
        return _read_document_file(story_file, ext, notes)
    data = read_member(story_file, story_file.name, MAX_TEXT_BYTES)
    marked = ext == ".csv" and b"\x00" in data
    if marked:
        data = _mark_stray_nuls(data)
    text = decode_bytes(data, story_file.display, keep=DAMAGED if marked else "")
    del data
    origin = story_file.name if story_file.bundle else story_file.display
    resolve = image_resolver(story_file)
    if not text.strip():
        _add_note(notes, "skipped", story_file.display, translatable("Import", "the file is empty"))
        return []
    if ext == ".csv":
        drafts = read_csv(text, origin, resolve, notes)
    elif ext == ".json":
        drafts = read_json(text, origin, resolve, notes)
        if not drafts and story_file.named:
            raise RejectedInput(
                story_file.display,
                translatable("Import", "holds no stories (objects with a 'title' or 'text')"),
            )
        if not drafts:
            _add_note(
                notes,
                "skipped",
                story_file.display,
                translatable(
                    "Import", "JSON that holds no stories (objects with a 'title' or 'text')"
                ),
            )
    else:
        # A page of a website: only a story is imported, not a navigation page.
        if ext in (".html", ".htm"):
            found, layout, in_links = _read_html_file(text, origin, story_file)
            drafts = _judge_pages(story_file, found, notes, layout=layout, in_links=in_links)
        elif ext == ".txt" and not has_front_matter(text):
            found = read_text(text, origin)
            drafts = _judge_pages(story_file, found, notes)
        else:
            page = read_markdown_page(text, origin, resolve)
            found = page.drafts
            drafts = _judge_pages(story_file, found, notes, layout=page.layout, markup=page.markup)
        if found and not drafts:
            return []  # noted as skipped, with what the page is
    if not drafts and ext not in (".csv", ".json"):
        _add_note(
            notes, "skipped", story_file.display, translatable("Import", "holds no story text")
        )
    _finish_drafts(story_file, origin, drafts)
    return drafts


def _read_document_file(
    story_file: StoryFile, ext: str, notes: list[ReadNote] | None
) -> list[StoryDraft]:
    """Read a Word, OpenDocument, PDF or spreadsheet file (bytes, not decoded text)."""
    data = read_member(story_file, story_file.name, MAX_DOCUMENT_BYTES)
    origin = story_file.name if story_file.bundle else story_file.display
    if not data.strip():
        _add_note(notes, "skipped", story_file.display, translatable("Import", "the file is empty"))
        return []
    drafts = read_document(ext, data, origin, story_file.display, image_resolver(story_file), notes)
    del data
    if not drafts and ext not in (".xlsx", ".ods"):
        _add_note(
            notes, "skipped", story_file.display, translatable("Import", "holds no story text")
        )
    _finish_drafts(story_file, origin, drafts)
    return drafts


def _finish_drafts(story_file: StoryFile, origin: str, drafts: list[StoryDraft]) -> None:
    """Give each draft its bundle and its place in its site, and bound its fields."""
    base = story_file.origin or origin
    for draft in drafts:
        draft.origin_bundle = story_file.bundle
        suffix = draft.origin_file[len(origin) :] if draft.origin_file.startswith(origin) else ""
        if draft.part is not None and not suffix:
            suffix = f"#{draft.part}"
        draft.origin_key = base + suffix
        limit_fields(draft)


def _add_note(notes: list[ReadNote] | None, kind: str, path: str, reason: str) -> None:
    if notes is not None:
        notes.append(ReadNote(kind, path, reason))


def _mark_stray_nuls(data: bytes) -> bytes:
    """A spreadsheet with a few NUL bytes: mark them so only the rows holding them go.

    UTF-16 and UTF-32 text (with or without a byte-order mark) is full of NULs and is left
    to the decoder; a file that is a tenth NULs is binary and is rejected whole there.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data
    sample = data[:4000]
    if sample.count(0) > len(sample) // 10 or data.count(0) > len(data) // 10:
        return data
    return data.replace(b"\x00", DAMAGED.encode())


def _judge_pages(
    story_file: StoryFile,
    drafts: list[StoryDraft],
    notes: list[ReadNote] | None,
    *,
    layout: str | None = None,
    markup: str | None = None,
    in_links: int | None = None,
) -> list[StoryDraft]:
    """The drafts of a page that are stories; a navigation page is noted as skipped.

    A file the user named on its own is imported whatever it looks like (the user's
    choice wins over the judgement, which can be wrong), with a warning saying what it
    looks like. The stories of a StoryDesk bundle (one with a ``bundle.json``) are not
    judged: its publisher chose them, and a signed bundle is imported as it was signed.
    """
    if story_file.manifest is not None:
        return drafts
    kept: list[StoryDraft] = []
    skipped: str | None = None
    for draft in drafts:
        what = page_kind(
            draft,
            layout=layout,
            markup=markup,
            file_name=story_file.origin or story_file.name,
            in_links=in_links,
        )
        if what is None:
            kept.append(draft)
        elif story_file.named:
            draft.warnings.append(named_page_warning(what))
            kept.append(draft)
        elif skipped is None:
            skipped = what
    if skipped is not None:
        _add_note(notes, "skipped", story_file.display, not_a_story(skipped))
    return kept


def _read_html_file(
    text: str, origin: str, story_file: StoryFile
) -> tuple[list[StoryDraft], str | None, int]:
    """An HTML page's drafts, its front matter layout (if any) and its words inside links."""
    # BeautifulSoup costs a tenth of a second to import: only when an HTML file comes.
    from storydesk.ingest.html import read_html_page

    meta: dict[str, object] = {}
    if has_front_matter(text):
        meta, text = split_front_matter(text, story_file.display)
        text = clean_template_tags(text)
    base_dir = None
    if isinstance(story_file.container, FolderContainer):
        base_dir = story_file.container.root
    drafts, in_links = read_html_page(text, origin, base_dir=base_dir)
    for draft in drafts:
        apply_front_matter(draft, meta)
    layout = meta.get("layout")
    return drafts, layout if isinstance(layout, str) else None, in_links
