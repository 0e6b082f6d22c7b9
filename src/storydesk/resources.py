"""Finds the files that ship with StoryDesk (directories, sample bundle, fonts, icons).

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
