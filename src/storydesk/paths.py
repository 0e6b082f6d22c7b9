"""Where StoryDesk keeps its data: the one module that knows about platformdirs.

The data folder comes from ``--data-dir``, else the ``STORYDESK_DATA_DIR`` environment
variable, else ``platformdirs.user_data_dir("StoryDesk")``. Nothing is computed at import time.

:func:`synced_folder_warning` tells when a data folder sits inside a cloud-sync folder
(OneDrive, Dropbox, Google Drive, iCloud) or on a network drive, where SQLite's locking and
the sync client's copying can damage or fork the catalogue.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from storydesk.messages import translatable

APP_NAME = "StoryDesk"
DATA_DIR_ENV = "STORYDESK_DATA_DIR"
DATABASE_URL_ENV = "STORYDESK_DATABASE_URL"
"""Names a shared catalogue on PostgreSQL when ``--database-url`` is not given."""


def default_data_dir() -> Path:
    """The data folder to use when the user named none."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class DataLayout:
    """The files and folders inside one data folder (see DESIGN.md, "Where data lives")."""

    root: Path

    @property
    def catalogue(self) -> Path:
        return self.root / "catalogue.sqlite3"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def index(self) -> Path:
        return self.root / "index"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def keys(self) -> Path:
        """This catalogue's private publisher key (mode 0600; never in a bundle or backup)."""
        return self.root / "keys"

    @property
    def thumbs(self) -> Path:
        """Thumbnails are derived; they live in the cache folder beside the data folder's own.

        When the data folder was chosen explicitly, thumbnails stay inside it so that a
        test or a portable install never writes elsewhere.
        """
        return self.root / "cache" / "thumbs"

    @property
    def lock(self) -> Path:
        """The writer lock file (see :mod:`storydesk.catalogue.lock`)."""
        return self.root / "storydesk.lock"

    def ensure(self) -> None:
        """Create the folders that must exist before the catalogue opens.

        The logs folder is made only by a front end that writes a log (never by a command
        that only reads, such as ``bundle verify``).
        """
        for folder in (self.root, self.media, self.backups):
            folder.mkdir(parents=True, exist_ok=True)

    def writable(self) -> bool:
        """Whether StoryDesk may change this data folder (False on a read-only disk).

        A folder that does not exist yet is writable when its nearest existing parent is.
        """
        folder = self.root
        while not folder.exists():
            if folder.parent == folder:
                return False
            folder = folder.parent
        if not os.access(folder, os.W_OK | os.X_OK):
            return False
        catalogue = self.catalogue
        return not catalogue.exists() or os.access(catalogue, os.W_OK)


SYNC_FOLDER_NAMES = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "icloud",
    "mobile documents",
)
"""Folder names (case-folded) that mean a cloud-sync client copies what is inside."""
NETWORK_FS_TYPES = frozenset({"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "afs"})


def _mount_type(path: Path, mounts: str) -> str | None:
    """The file-system type of the mount holding ``path``, from /proc/mounts text."""
    best, best_type = "", None
    target = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, parts[2]
    return best_type


def synced_folder_warning(root: Path, mounts: str | None = None) -> str | None:
    """A one-line warning when the data folder is in a cloud-sync folder or on a network.

    Args:
        root: The data folder.
        mounts: The text of ``/proc/mounts`` (read on Linux when not given).

    Returns:
        The warning, or ``None``.
    """
    try:
        resolved = root.resolve()
    except OSError:
        resolved = root
    for part in resolved.parts:
        folded = part.casefold()
        for name in SYNC_FOLDER_NAMES:
            if folded.startswith(name) or f" {name}" in folded:
                return translatable(
                    "Storage",
                    "{path}: the data folder is inside a cloud-sync folder ({folder}); "
                    "syncing can damage or fork the catalogue: keep it on a local folder "
                    "and back up with 'storydesk backup'",
                ).format(path=root, folder=part)
    kind: str | None = None
    if sys.platform == "win32":  # pragma: no cover - Windows only
        text = str(resolved)
        if text.startswith("\\\\"):
            kind = translatable("Storage", "a network share")
        else:
            try:
                import ctypes

                drive = resolved.drive + "\\"
                if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # DRIVE_REMOTE
                    kind = translatable("Storage", "a network drive")
            except (AttributeError, OSError):
                pass
    else:
        if mounts is None:
            try:
                mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
            except OSError:
                mounts = ""
        fs_type = _mount_type(resolved, mounts)
        if fs_type and (fs_type in NETWORK_FS_TYPES or fs_type.startswith("fuse.")):
            kind = translatable("Storage", "a network or user-space file system ({type})").format(
                type=fs_type
            )
    if kind is None:
        return None
    return translatable(
        "Storage",
        "{path}: the data folder is on {kind}; SQLite's locks are unreliable there and "
        "the catalogue can be damaged: keep it on a local disk",
    ).format(path=root, kind=kind)
