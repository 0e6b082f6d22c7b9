"""The kinds of file StoryDesk imports, by extension: one list for the importer and the app.

The importer reads :data:`TEXT_EXTENSIONS` as decoded text, :data:`DOCUMENT_EXTENSIONS` as
bytes (office documents, see :mod:`storydesk.ingest.documents`) and
:data:`BUNDLE_EXTENSIONS` as ZIP archives. :data:`IMPORT_KINDS` groups them for the file
dialogs, so a dialog offers exactly what an import reads. This module imports nothing: the
app reads it at start-up.
"""

from __future__ import annotations

TEXT_EXTENSIONS = frozenset({".md", ".markdown", ".txt", ".html", ".htm", ".csv", ".json"})
"""Extensions read as text (any common encoding)."""
DOCUMENT_EXTENSIONS = frozenset({".docx", ".odt", ".pdf", ".xlsx", ".ods"})
"""Extensions read as documents (bytes), not decoded as text."""
BUNDLE_EXTENSIONS = frozenset({".storybundle", ".zip"})
"""Extensions read as story bundles."""
STORY_EXTENSIONS = TEXT_EXTENSIONS | DOCUMENT_EXTENSIONS
"""Every extension read as a story file."""

IMPORT_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bundles", (".storybundle", ".zip")),
    ("documents", (".docx", ".odt", ".pdf")),
    ("spreadsheets", (".csv", ".xlsx", ".ods", ".json")),
    ("web pages and text", (".md", ".markdown", ".html", ".htm", ".txt")),
)
"""The importable extensions in groups a file dialog names, each exactly once."""
