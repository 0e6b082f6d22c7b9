"""Files the user names (briefing packs, bundles), written whole or not at all.

:func:`atomic_output` gives a file to write into; only when the writing succeeded does it
become the named file, in one rename, so a reader never finds half a pack under its final
name. On Linux the file has no name at all until then (``O_TMPFILE``): a process killed
mid-write leaves nothing behind. Where that is not available (Windows, FAT-formatted USB
sticks) it is a hidden ``.<name>.part`` beside the output, removed on any failure and
replaced by the next write to the same name.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` survive a power cut (POSIX only).

    Windows cannot open a folder for ``fsync``; its renames are journalled by NTFS.
    """
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def part_path(output: Path) -> Path:
    """The hidden name a file is written under before it takes ``output``'s name."""
    return output.with_name(f".{output.name}.part")


def _unnamed_file(folder: Path) -> int | None:
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not Path("/proc/self/fd").is_dir():
        return None
    try:
        return os.open(folder, flag | os.O_RDWR, 0o644)
    except OSError:  # the file system does not support it
        return None


def _name_unnamed(fd: int, path: Path) -> None:
    # linkat(2) through /proc with AT_SYMLINK_FOLLOW; os.link takes that path only when given
    # a directory descriptor (with none it calls link(2), which would link the /proc entry).
    proc_fds = os.open("/proc/self/fd", os.O_RDONLY)
    try:
        os.link(str(fd), path, src_dir_fd=proc_fds, follow_symlinks=True)
    finally:
        os.close(proc_fds)


def _copy_to(fd: int, path: Path) -> None:
    with open(fd, "rb", closefd=False) as source, open(path, "wb") as target:
        source.seek(0)
        shutil.copyfileobj(source, target)
        target.flush()
        os.fsync(target.fileno())


SHARED_FILE_MODE = 0o644
"""The permissions of a file StoryDesk writes for the user to give to others (a bundle, a
briefing pack, a public key file): readable by everyone, whatever the umask. Private files
(a signing key) are 0o600."""


@contextlib.contextmanager
def atomic_output(output: Path, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """Write ``output`` through a file that takes its name only once complete.

    Args:
        output: The file to write; its folder must exist.
        mode: Its permissions (POSIX), set before a byte is written, whatever the umask:
            0o644 for a bundle to share, 0o600 for a private key.

    Yields:
        A binary file to write into. After the block it is flushed to disk and renamed to
        ``output``; if the block raises, nothing is left and ``output`` is untouched.

    Raises:
        OSError: The file cannot be written or renamed (the caller words it).
    """
    part = part_path(output)
    fd = _unnamed_file(output.parent)
    unnamed = fd is not None
    if fd is None:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            if unnamed:
                with contextlib.suppress(FileNotFoundError):
                    part.unlink()  # left by an earlier writer that was killed
                try:
                    _name_unnamed(handle.fileno(), part)
                except OSError:  # /proc not reachable: copy into a named part file
                    _copy_to(handle.fileno(), part)
        os.replace(part, output)
        fsync_folder(output.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


def write_file(path: Path, data: bytes, *, temporary: Path | None = None) -> None:
    """Write ``data`` as ``path``, whole or not at all: to a temporary file flushed to disk,
    then one rename, then the folder synced. The one way StoryDesk replaces a small file
    (a stored image, the index's generation marker, the desktop app's basket).

    Args:
        path: The file to write; its folder must exist.
        data: Its whole content.
        temporary: The name written first (default: the hidden ``.NAME.part`` beside it);
            a caller whose clean-up recognises its own leftovers names them.

    Raises:
        OSError: The file cannot be written or renamed (the caller words it); the
            temporary file is removed and ``path`` is untouched.
    """
    tmp = temporary or part_path(path)
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_folder(path.parent)
