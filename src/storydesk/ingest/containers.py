"""Uniform, safe access to the files of a folder or a ZIP archive.

Readers see posix paths relative to the container's root. Every path is checked: nothing
absolute, nothing with ``..``, no links, bounded sizes, so no input can make StoryDesk read
outside what the user named or inflate a small archive into exhausted memory.
"""

from __future__ import annotations

import os
import posixpath
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

from storydesk.errors import BundleRejected, RejectedInput

MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
MAX_MEMBERS = 50_000
MAX_RATIO = 200  # uncompressed / compressed, beyond which a large member is a zip bomb
MAX_TEXT_BYTES = 20 * 1024 * 1024

SKIPPED_FOLDERS = frozenset(
    {
        "_layouts",
        "_includes",
        "_sass",
        "_site",
        "_data",
        "_plugins",
        "_config",
        "node_modules",
        "vendor",
        "layouts",
        "themes",
        "archetypes",
        "i18n",
        "public",
        "__macosx",
        "__pycache__",
    }
)
SKIPPED_STEMS = frozenset(
    {
        "readme",
        "license",
        "licence",
        "changelog",
        "contributing",
        "code_of_conduct",
        "404",
        "security",
        "authors",
        "copying",
    }
)


def unsafe_reason(name: str) -> str | None:
    """Why a path inside a bundle is unsafe, or None if it is a plain relative path."""
    if "\x00" in name:
        return "has a NUL character in its name"
    normal = name.replace("\\", "/")
    if normal.startswith("/") or (len(normal) > 1 and normal[1] == ":"):
        return "is an absolute path"
    if ".." in normal.split("/"):
        return "escapes the bundle with '..'"
    return None


def normalise_reference(base_dir: str, reference: str) -> str | None:
    """Resolve ``reference`` (as written in a story in ``base_dir``) inside the container.

    Returns None when the reference would leave the container.
    """
    reference = reference.split("#", 1)[0].split("?", 1)[0].replace("\\", "/").strip()
    if not reference or "\x00" in reference or reference.startswith("//"):
        return None
    if ":" in reference.split("/", 1)[0]:
        return None  # a URL scheme or a drive letter
    joined = (
        reference.lstrip("/") if reference.startswith("/") else posixpath.join(base_dir, reference)
    )
    normal = posixpath.normpath(joined)
    if normal.startswith("../") or normal == ".." or normal.startswith("/"):
        return None
    return normal


class Container:
    """A set of files addressed by relative posix paths."""

    label: str

    def names(self) -> list[str]:
        raise NotImplementedError

    def exists(self, name: str) -> bool:
        raise NotImplementedError

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        raise NotImplementedError

    def display(self, name: str) -> str:
        """How a member is named in messages."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the underlying file, if any."""


class FolderContainer(Container):
    """The files under a folder; links are never followed."""

    def __init__(self, root: Path, *, skip_site_folders: bool = True) -> None:
        self.root = root
        self.label = str(root)
        self._skip = skip_site_folders
        self.links: list[str] = []

    def names(self) -> list[str]:
        found: list[str] = []
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
            rel_dir = os.path.relpath(dirpath, self.root)
            kept = []
            for d in sorted(dirnames):
                if d.startswith("."):
                    continue
                if self._skip and d.lower() in SKIPPED_FOLDERS:
                    continue
                if os.path.islink(os.path.join(dirpath, d)):
                    self.links.append(posixpath.normpath(posixpath.join(rel_dir, d)))
                    continue
                kept.append(d)
            dirnames[:] = kept
            for f in sorted(filenames):
                if f.startswith("."):
                    continue
                rel = posixpath.normpath(posixpath.join(rel_dir.replace(os.sep, "/"), f))
                if os.path.islink(os.path.join(dirpath, f)):
                    self.links.append(rel)
                    continue
                found.append(rel)
        return found

    def _path(self, name: str) -> Path:
        if unsafe_reason(name):
            raise RejectedInput(self.display(name), "the path leaves the folder")
        path = self.root / name
        real = path.resolve()
        if not real.is_relative_to(self.root.resolve()):
            raise RejectedInput(self.display(name), "the path leaves the folder")
        return path

    def exists(self, name: str) -> bool:
        try:
            path = self._path(name)
        except RejectedInput:
            return False
        return path.is_file() and not path.is_symlink()

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        path = self._path(name)
        try:
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                raise RejectedInput(self.display(name), "is a link; links are not followed")
            if info.st_size > limit:
                raise RejectedInput(
                    self.display(name),
                    f"the file is {info.st_size:,} bytes, over the {limit:,} limit",
                )
            with path.open("rb") as handle:
                return handle.read(limit + 1)[:limit]
        except OSError as exc:
            raise RejectedInput(self.display(name), f"cannot be read ({exc.strerror})") from exc

    def display(self, name: str) -> str:
        return str(self.root / name)


class ZipContainer(Container):
    """The members of a ZIP archive, refused whole if any member is unsafe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = str(path)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise BundleRejected(str(path), "not a readable ZIP archive") from exc
        self._infos: dict[str, zipfile.ZipInfo] = {}
        try:
            self._check()
        except BundleRejected:
            self._zip.close()
            raise

    def _check(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise BundleRejected(
                self.label, f"holds {len(infos):,} files, over the {MAX_MEMBERS:,} limit"
            )
        total = 0
        for info in infos:
            reason = unsafe_reason(info.filename)
            if reason:
                raise BundleRejected(self.label, f"entry '{info.filename}' {reason}")
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise BundleRejected(self.label, f"entry '{info.filename}' is a link")
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise BundleRejected(self.label, f"entry '{info.filename}' is encrypted")
            if info.file_size > MAX_MEMBER_BYTES:
                raise BundleRejected(
                    self.label,
                    f"entry '{info.filename}' unpacks to {info.file_size:,} bytes, over the limit",
                )
            if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise BundleRejected(self.label, f"entry '{info.filename}' is a compression bomb")
            total += info.file_size
            name = posixpath.normpath(info.filename.replace("\\", "/"))
            if name in self._infos:
                raise BundleRejected(self.label, f"entry '{name}' appears twice")
            self._infos[name] = info
        if total > MAX_TOTAL_BYTES:
            raise BundleRejected(self.label, f"unpacks to {total:,} bytes, over the limit")

    def names(self) -> list[str]:
        return [
            name
            for name in self._infos
            if not any(
                part.startswith(".") or part.lower() == "__macosx" for part in name.split("/")
            )
        ]

    def exists(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        info = self._infos.get(name)
        if info is None:
            raise RejectedInput(self.display(name), "is not in the bundle")
        if info.file_size > limit:
            raise RejectedInput(
                self.display(name), f"is {info.file_size:,} bytes, over the {limit:,} limit"
            )
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(1 << 16):
                    size += len(chunk)
                    if size > limit:
                        raise RejectedInput(self.display(name), "unpacks to more than it declares")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise RejectedInput(self.display(name), f"is damaged in the archive ({exc})") from exc
        return b"".join(chunks)

    def display(self, name: str) -> str:
        return f"{self.label}!{name}"

    def close(self) -> None:
        self._zip.close()


def iter_text_names(container: Container, extensions: frozenset[str]) -> Iterator[str]:
    """The container's files that a reader handles, skipping site furniture (README...)."""
    for name in container.names():
        stem, ext = posixpath.splitext(posixpath.basename(name))
        if ext.lower() in extensions and stem.lower() not in SKIPPED_STEMS:
            yield name
