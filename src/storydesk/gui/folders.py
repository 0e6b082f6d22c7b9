"""Where file dialogs open: the folder last used for the same kind of file, else home.

Every file dialog of the desktop app starts in :func:`start_folder` of its kind and, once
the user has chosen, calls :func:`remember` with what was chosen. The folders are kept in
the user's StoryDesk settings (:func:`storydesk.gui.i18n.app_settings`, group
``folders``), not in one data folder's ``gui.ini``: where a user keeps bundles does not
depend on which catalogue is open. A remembered folder that no longer exists (a USB stick
taken out) is forgotten quietly, and with nothing remembered a dialog opens in the user's
home folder (or a default the caller gives, such as Documents) — never in the process's
current working directory, which for an app started from a menu is meaningless.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from storydesk.gui.i18n import app_settings

GROUP = "folders"

IMPORT = "import"
EXPORT = "export"
BUNDLE = "bundle"
PACK = "pack"
PUBLISHERS = "publishers"
BACKUP = "backup"
KINDS = (IMPORT, EXPORT, BUNDLE, PACK, PUBLISHERS, BACKUP)
"""The kinds of file a dialog asks for; each remembers its own folder."""


def home_folder() -> Path:
    """The user's home folder (``Path.home()``), as an absolute path."""
    return Path.home().absolute()


def _checked_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of folder: {kind!r} (expected one of {KINDS})")
    return kind


def start_folder(
    kind: str, *, default: Path | None = None, settings: QSettings | None = None
) -> str:
    """The folder a file dialog for ``kind`` opens in.

    Args:
        kind: One of :data:`KINDS` (``"import"``, ``"bundle"``...).
        default: Where to open when nothing usable is remembered (the home folder when
            ``None`` or when it is not an existing folder).
        settings: Where folders are kept (the user's StoryDesk settings by default).

    Returns:
        An absolute path of an existing folder.
    """
    s = settings if settings is not None else app_settings()
    value = s.value(f"{GROUP}/{_checked_kind(kind)}", "")
    if isinstance(value, str) and value:
        remembered = Path(value)
        if remembered.is_absolute() and remembered.is_dir():
            return os.fspath(remembered)
    if default is not None and default.is_absolute() and default.is_dir():
        return os.fspath(default)
    return os.fspath(home_folder())


def start_path(
    kind: str,
    file_name: str,
    *,
    default: Path | None = None,
    settings: QSettings | None = None,
) -> str:
    """A path for a save dialog: ``file_name`` inside :func:`start_folder` of ``kind``."""
    folder = start_folder(kind, default=default, settings=settings)
    return os.fspath(Path(folder) / file_name) if file_name else folder


def remember(kind: str, path: str | os.PathLike[str], settings: QSettings | None = None) -> None:
    """Keep the folder of ``path`` for the next dialog of ``kind``.

    Args:
        kind: One of :data:`KINDS`.
        path: What the user chose: a folder, or a file (its folder is kept). Empty (a
            cancelled dialog) keeps nothing.
        settings: Where folders are kept (the user's StoryDesk settings by default).
    """
    _checked_kind(kind)
    text = os.fspath(path)
    if not text:
        return
    chosen = Path(text).expanduser()
    if not chosen.is_absolute():
        return  # a relative name means nothing next time
    folder = chosen if chosen.is_dir() else chosen.parent
    if not folder.is_dir():
        return
    s = settings if settings is not None else app_settings()
    s.setValue(f"{GROUP}/{kind}", os.fspath(folder))
    s.sync()
