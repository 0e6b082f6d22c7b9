"""Typed errors for problems in the user's environment or input.

Front ends show these as one clear sentence. Anything else that escapes is a bug: it is
logged with its traceback, not shown raw to the user.
"""

from __future__ import annotations


class StoryDeskError(Exception):
    """A problem the user can understand and act on (bad input, locked catalogue, full disk)."""


class RejectedInput(StoryDeskError):
    """One input file, or one part of a bundle, cannot be imported.

    Attributes:
        path: The file (or ``bundle.zip!stories/x.md`` member) that was rejected.
        reason: Why, in one short sentence.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class BundleRejected(RejectedInput):
    """A whole bundle is refused (unsafe paths, bad manifest, checksum mismatch...)."""


class ImportCancelled(StoryDeskError):
    """The user cancelled an import; nothing from the cancelled batch was committed."""


class CatalogueError(StoryDeskError):
    """The catalogue cannot be opened or written (locked, damaged, disk full)."""


class StoryNotFound(StoryDeskError):
    """No story has the given id."""
