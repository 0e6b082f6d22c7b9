"""Uniform, safe access to the files of a folder or a ZIP archive.

Readers see posix paths relative to the container's root. Every path is checked: nothing
absolute, nothing with ``..``, no links, bounded sizes, so no input can make StoryDesk read
outside what the user named or inflate a small archive into exhausted memory.

Only regular files are ever opened: a named pipe, socket or device found in a folder is
rejected by name (opening a pipe would wait forever for a writer). A ZIP archive is checked
from its central directory before any member is read: member count, declared sizes, the
compression ratio of each member and of the whole archive, overlapping entries (several
names for the same compressed bytes), and names that collide once case and Unicode
normalisation are ignored. A member whose compressed data turns out to be damaged is
rejected by name when it is read; the rest of the archive still imports. See
docs/safety.md.
"""

from __future__ import annotations

import itertools
import os
import posixpath
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from storydesk.errors import BundleRejected, RejectedInput
from storydesk.messages import Message, translatable

MAX_MEMBER_BYTES = 200 * 1024 * 1024
"""Largest size one ZIP member may unpack to."""
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
"""Largest size all members of a ZIP archive together may unpack to."""
MAX_MEMBERS = 50_000
"""Most entries (files and folders) a ZIP archive may hold."""
MAX_CENTRAL_DIRECTORY_BYTES = 16 * 1024 * 1024
"""Largest ZIP central directory read (50,000 entries with names of ~290 bytes)."""
MAX_RATIO = 100
"""Uncompressed / compressed size beyond which a member (or the archive) is a zip bomb.

Text deflates 3–10:1, repetitive CSV or Markdown tables up to ~50:1, already compressed
images about 1:1; deflate itself cannot exceed ~1,030:1.
"""
RATIO_FLOOR = 1024 * 1024
"""Sizes up to this are exempt from the ratio check, so a small file of blank lines passes.

A member that unpacks to at most 1 MiB cannot be a bomb on its own; the archive's total is
checked too, so many such members cannot add up to one either.
"""
MAX_TEXT_BYTES = 20 * 1024 * 1024

_READ_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,  # a bad CRC, a bad local header
    zlib.error,  # corrupt deflate data: not an OSError or ValueError
    EOFError,  # a truncated compressed stream
    OSError,  # bzip2's "Invalid data stream", a read error
    ValueError,
    RuntimeError,
)
"""What reading a damaged ZIP member raises."""
try:  # pragma: no cover - depends on how Python was built
    import lzma

    _READ_ERRORS = (*_READ_ERRORS, lzma.LZMAError)
except ImportError:  # pragma: no cover
    pass

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
    """Why a path inside a bundle is unsafe (translatable), or None if it is a plain
    relative path."""
    if "\x00" in name:
        return translatable("Import", "has a NUL character in its name")
    normal = name.replace("\\", "/")
    if normal.startswith("/") or (len(normal) > 1 and normal[1] == ":"):
        return translatable("Import", "is an absolute path")
    if ".." in normal.split("/"):
        return translatable("Import", "escapes the bundle with '..'")
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


def special_file_kind(mode: int) -> str | None:
    """What a non-regular, non-folder file is ("a named pipe", ...), or None for a plain file.

    Links are not counted here: they are reported as links by the callers.
    """
    if stat.S_ISFIFO(mode):
        return translatable("Import", "a named pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return translatable("Import", "a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translatable("Import", "a device")
    if stat.S_ISDOOR(mode) or stat.S_ISPORT(mode) or stat.S_ISWHT(mode):
        return translatable("Import", "a special file")
    return None


def _not_regular(kind: str) -> Message:
    """ "is <kind>, not a regular file; it was not read"."""
    return translatable("Import", "is {kind}, not a regular file; it was not read").format(
        kind=kind
    )


def _unreadable(exc: OSError) -> Message:
    """ "cannot be read (<the system's reason>)"."""
    return translatable("Import", "cannot be read ({error})").format(error=exc.strerror or exc)


_NOT_REGULAR = translatable("Import", "a file of an unknown kind")


def read_regular_file(path: Path, limit: int, display: str) -> bytes:
    """Read at most ``limit`` bytes of ``path``, which must be a regular file and not a link.

    The file is opened without following a final link and without blocking (a named pipe
    with no writer would otherwise wait forever), then checked with ``fstat`` on the open
    descriptor, so it cannot be swapped for a pipe or a link between the check and the read.

    Raises:
        RejectedInput: The file is a link, a pipe, a socket or a device, is over ``limit``
            bytes, or cannot be read.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            raise RejectedInput(
                display, translatable("Import", "is a link; links are not followed")
            )
        kind = special_file_kind(info.st_mode)
        if kind:
            raise RejectedInput(display, _not_regular(kind))
        fd = os.open(path, flags)
    except OSError as exc:
        raise RejectedInput(display, _unreadable(exc)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = special_file_kind(info.st_mode) or _NOT_REGULAR
            raise RejectedInput(display, _not_regular(kind))
        if info.st_size > limit:
            raise RejectedInput(
                display,
                translatable(
                    "Import", "the file is {size:,} bytes, over the {limit:,} limit"
                ).format(size=info.st_size, limit=limit),
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            return handle.read(limit + 1)[:limit]
    except OSError as exc:
        raise RejectedInput(display, _unreadable(exc)) from exc
    finally:
        if fd >= 0:
            os.close(fd)


_LEAVES_FOLDER = translatable("Import", "the path leaves the folder")


def _fold_name(name: str) -> str:
    """A member name as it would collide on a case-insensitive, normalising file system."""
    return unicodedata.normalize("NFC", name).casefold()


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its author wrote it: NFC, and cp866 names recovered.

    ZIP tools on Russian Windows store names in the OEM code page (cp866) without the UTF-8
    flag; :mod:`zipfile` then decodes them as cp437 ("ß΅ ΅∞.md"). When the cp866 reading is
    Cyrillic letters, mostly lower case, it is the one used.
    """
    name = info.filename
    if not info.flag_bits & 0x800 and not name.isascii():
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:
            raw = b""
        if raw:
            oem = raw.decode("cp866", errors="replace")
            letters = [c for c in oem if not c.isascii()]
            cyrillic = [c for c in letters if "\u0400" <= c <= "\u04ff" and c.isalpha()]
            lower = [c for c in cyrillic if c.islower()]
            if letters and len(cyrillic) == len(letters) and len(lower) * 2 >= len(cyrillic):
                name = oem
    return unicodedata.normalize("NFC", name)


def _hidden_member(name: str) -> bool:
    """A ZIP member under a hidden (``.name``) or macOS system (``__MACOSX``) path."""
    return any(part.startswith(".") or part.lower() == "__macosx" for part in name.split("/"))


class Container:
    """A set of files addressed by relative posix paths."""

    label: str

    def names(self) -> list[str]:
        raise NotImplementedError

    def hidden_names(self) -> list[str]:
        """Files :meth:`names` leaves out (hidden or system entries), for the report."""
        return []

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
            raise RejectedInput(self.display(name), _LEAVES_FOLDER)
        path = self.root / name
        real = path.resolve()
        if not real.is_relative_to(self.root.resolve()):
            raise RejectedInput(self.display(name), _LEAVES_FOLDER)
        return path

    def exists(self, name: str) -> bool:
        try:
            path = self._path(name)
        except RejectedInput:
            return False
        try:
            return stat.S_ISREG(path.lstat().st_mode)
        except OSError:
            return False

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        return read_regular_file(self._path(name), limit, self.display(name))

    def display(self, name: str) -> str:
        return str(self.root / name)


class ZipContainer(Container):
    """The members of a ZIP archive, refused whole if any member is unsafe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = str(path)
        # Opened once, without blocking, and checked on the descriptor: a named pipe called
        # "x.storybundle" is refused instead of waiting forever, and the file cannot be
        # swapped between the check and the reading. A link the user named is followed.
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(path, flags)
        except OSError as exc:
            raise BundleRejected(str(path), _unreadable(exc)) from exc
        try:
            mode = os.fstat(fd).st_mode
            if not stat.S_ISREG(mode):
                kind = special_file_kind(mode) or _NOT_REGULAR
                raise BundleRejected(str(path), _not_regular(kind))
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            self._handle = os.fdopen(fd, "rb")
        except BaseException:
            os.close(fd)
            raise
        try:
            self._check_directory(self._handle)
            self._zip = zipfile.ZipFile(self._handle)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            self._handle.close()
            raise BundleRejected(
                str(path), translatable("Import", "not a readable ZIP archive")
            ) from exc
        except BaseException:
            self._handle.close()
            raise
        self._infos: dict[str, zipfile.ZipInfo] = {}
        try:
            self._check()
        except BaseException:
            self.close()
            raise

    def _check_directory(self, handle: BinaryIO) -> None:
        """Refuse an archive whose central directory is too large before parsing it.

        :mod:`zipfile` builds an object per entry; a million tiny entries would cost
        hundreds of megabytes before any other check could run.
        """
        end = zipfile._EndRecData(handle)  # type: ignore[attr-defined]
        if not end:
            raise zipfile.BadZipFile("no end of central directory")
        entries = end[zipfile._ECD_ENTRIES_TOTAL]  # type: ignore[attr-defined]
        size = end[zipfile._ECD_SIZE]  # type: ignore[attr-defined]
        if entries > MAX_MEMBERS:
            raise BundleRejected(self.label, _too_many_files(entries))
        if size > MAX_CENTRAL_DIRECTORY_BYTES:
            raise BundleRejected(
                self.label,
                translatable(
                    "Import",
                    "its list of files is {size:,} bytes, over the {limit:,} limit "
                    "(too many files)",
                ).format(size=size, limit=MAX_CENTRAL_DIRECTORY_BYTES),
            )

    def _check(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise BundleRejected(self.label, _too_many_files(len(infos)))
        total = 0
        total_compressed = 0
        folded: dict[str, str] = {}
        for info in infos:
            # zipfile cuts a name at a NUL ("a.md\0.exe" -> "a.md"); the original is checked.
            reason = unsafe_reason(info.orig_filename) or unsafe_reason(info.filename)
            if reason:
                shown = info.orig_filename.replace("\x00", "\\0")
                raise BundleRejected(
                    self.label,
                    translatable("Import", "entry '{name}' {reason}").format(
                        name=shown, reason=reason
                    ),
                )
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise BundleRejected(
                    self.label,
                    translatable("Import", "entry '{name}' is a link").format(name=info.filename),
                )
            if info.is_dir():
                continue
            kind = special_file_kind(mode)
            if kind:
                raise BundleRejected(
                    self.label,
                    translatable("Import", "entry '{name}' is {kind}").format(
                        name=info.filename, kind=kind
                    ),
                )
            if info.flag_bits & 0x1:
                raise BundleRejected(
                    self.label,
                    translatable("Import", "entry '{name}' is encrypted").format(
                        name=info.filename
                    ),
                )
            if info.file_size > MAX_MEMBER_BYTES:
                raise BundleRejected(
                    self.label,
                    translatable(
                        "Import",
                        "entry '{name}' unpacks to {size:,} bytes, over the {limit:,} limit",
                    ).format(name=info.filename, size=info.file_size, limit=MAX_MEMBER_BYTES),
                )
            if _is_bomb(info.file_size, info.compress_size):
                raise BundleRejected(
                    self.label,
                    translatable(
                        "Import",
                        "entry '{name}' is a compression bomb ({packed:,} bytes unpack to "
                        "{size:,}, over {ratio}:1)",
                    ).format(
                        name=info.filename,
                        packed=info.compress_size,
                        size=info.file_size,
                        ratio=MAX_RATIO,
                    ),
                )
            total += info.file_size
            total_compressed += info.compress_size
            name = posixpath.normpath(_member_name(info).replace("\\", "/"))
            if name in self._infos:
                raise BundleRejected(
                    self.label,
                    translatable("Import", "entry '{name}' appears twice").format(name=name),
                )
            other = folded.setdefault(_fold_name(name), name)
            if other != name:
                raise BundleRejected(
                    self.label,
                    translatable(
                        "Import",
                        "entries '{first}' and '{second}' differ only in letter case or Unicode "
                        "form; which one is meant is ambiguous",
                    ).format(first=other, second=name),
                )
            self._infos[name] = info
        if total > MAX_TOTAL_BYTES:
            raise BundleRejected(
                self.label,
                translatable(
                    "Import", "unpacks to {size:,} bytes, over the {limit:,} limit"
                ).format(size=total, limit=MAX_TOTAL_BYTES),
            )
        if _is_bomb(total, total_compressed):
            raise BundleRejected(
                self.label,
                translatable(
                    "Import",
                    "is a compression bomb ({packed:,} bytes unpack to {size:,}, over {ratio}:1)",
                ).format(packed=total_compressed, size=total, ratio=MAX_RATIO),
            )
        self._check_overlaps(infos)

    def _check_overlaps(self, infos: list[zipfile.ZipInfo]) -> None:
        """Refuse entries whose data overlap: many names over one compressed stream is a bomb."""
        spans = sorted(
            (info.header_offset, info.header_offset + 30 + info.compress_size, info.filename)
            for info in infos
            if not info.is_dir() or info.compress_size
        )
        for (_, end, name), (start, _, next_name) in itertools.pairwise(spans):
            if start < end:
                raise BundleRejected(
                    self.label,
                    translatable(
                        "Import",
                        "entries '{first}' and '{second}' overlap in the archive "
                        "(a compression bomb)",
                    ).format(first=name, second=next_name),
                )

    def names(self) -> list[str]:
        return [name for name in self._infos if not _hidden_member(name)]

    def hidden_names(self) -> list[str]:
        return [name for name in self._infos if _hidden_member(name) and not name.endswith("/")]

    def exists(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        """The member's bytes, at most ``limit`` and at most what the archive declares.

        Raises:
            RejectedInput: The member is missing, over the limit, unpacks to more than it
                declares, or its compressed data are damaged (``zlib.error``, a bad CRC, a
                truncated stream) or use an unsupported method.
        """
        info = self._infos.get(name)
        if info is None:
            raise RejectedInput(self.display(name), translatable("Import", "is not in the bundle"))
        if info.file_size > limit:
            raise RejectedInput(
                self.display(name),
                translatable("Import", "is {size:,} bytes, over the {limit:,} limit").format(
                    size=info.file_size, limit=limit
                ),
            )
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(1 << 16):
                    size += len(chunk)
                    if size > min(limit, info.file_size):
                        raise RejectedInput(
                            self.display(name),
                            translatable("Import", "unpacks to more than it declares"),
                        )
                    chunks.append(chunk)
        except NotImplementedError as exc:
            raise RejectedInput(
                self.display(name),
                translatable(
                    "Import", "uses a compression method StoryDesk cannot read ({error})"
                ).format(error=exc),
            ) from exc
        except _READ_ERRORS as exc:
            raise RejectedInput(
                self.display(name),
                translatable("Import", "is damaged in the archive ({error})").format(
                    error=_read_error(exc)
                ),
            ) from exc
        if size != info.file_size:
            raise RejectedInput(
                self.display(name),
                translatable(
                    "Import",
                    "is damaged in the archive (unpacks to {size:,} bytes, not {declared:,})",
                ).format(size=size, declared=info.file_size),
            )
        return b"".join(chunks)

    def display(self, name: str) -> str:
        return f"{self.label}!{name}"

    def close(self) -> None:
        self._zip.close()
        self._handle.close()  # zipfile leaves a file object it was given open


def _is_bomb(size: int, compressed: int) -> bool:
    """True when ``compressed`` bytes unpacking to ``size`` exceed :data:`MAX_RATIO`."""
    return size > RATIO_FLOOR and size > MAX_RATIO * max(compressed, 1)


def _too_many_files(count: int) -> Message:
    """ "holds <count> files, over the limit"."""
    return translatable("Import", "holds {count:,} files, over the {limit:,} limit").format(
        count=count, limit=MAX_MEMBERS
    )


def _read_error(exc: BaseException) -> str:
    """A damaged member's error in a few words (``zlib.error`` messages are cryptic)."""
    if isinstance(exc, zlib.error):
        return translatable("Import", "the compressed data are corrupt: {error}").format(error=exc)
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]


def iter_text_names(container: Container, extensions: frozenset[str]) -> Iterator[str]:
    """The container's files that a reader handles, skipping site furniture (README...)."""
    for name in container.names():
        stem, ext = posixpath.splitext(posixpath.basename(name))
        if ext.lower() in extensions and stem.lower() not in SKIPPED_STEMS:
            yield name
