"""Finds the files that ship with StoryDesk (directories, sample bundle, fonts, icons, guide).

In a wheel they sit at ``storydesk/resources``; in a source checkout (or an editable
install) they are the top-level ``resources/`` folder.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding StoryDesk's shipped resources."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parents[1] / "resources"):
        if (candidate / "directory").is_dir():
            return candidate
    raise FileNotFoundError(
        "StoryDesk's resources folder is missing; reinstall StoryDesk (pip install storydesk)."
    )


def resource(*parts: str) -> Path:
    """A path inside the resources folder, e.g. ``resource("directory", "places.yaml")``."""
    return resources_dir().joinpath(*parts)


@cache
def guide_dir() -> Path:
    """The folder holding the user's guide (``en/``, ``ru/``, ``images/``).

    In a wheel or a frozen app it is ``resources/guide`` (the build copies the checkout's
    ``docs/guide`` there); in a source checkout or an editable install it is ``docs/guide``.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources" / "guide", here.parents[1] / "docs" / "guide"):
        if (candidate / "en" / "index.md").is_file():
            return candidate
    raise FileNotFoundError(
        "StoryDesk's user's guide is missing; reinstall StoryDesk (pip install storydesk)."
    )
