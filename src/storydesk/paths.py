"""Where StoryDesk keeps its data: the one module that knows about platformdirs.

The data folder comes from ``--data-dir``, else the ``STORYDESK_DATA_DIR`` environment
variable, else ``platformdirs.user_data_dir("StoryDesk")``. Nothing is computed at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "StoryDesk"
DATA_DIR_ENV = "STORYDESK_DATA_DIR"


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
    def thumbs(self) -> Path:
        """Thumbnails are derived; they live in the cache folder beside the data folder's own.

        When the data folder was chosen explicitly, thumbnails stay inside it so that a
        test or a portable install never writes elsewhere.
        """
        return self.root / "cache" / "thumbs"

    def ensure(self) -> None:
        """Create the folders that must exist before the catalogue opens."""
        for folder in (self.root, self.media, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
