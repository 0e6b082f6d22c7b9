"""The story bundle format's names and numbers, shared by the reader, the writer and verify.

A bundle is a ZIP (``*.storybundle``) or a folder holding ``bundle.json`` (the manifest:
format, version, id, title, created, publisher and every file's SHA-256 and size),
``stories/*.md``, ``images/*`` and an optional ``partners.yaml``. The full specification is
docs/bundle-format.md.
"""

from __future__ import annotations

FORMAT = "storydesk.bundle"
"""The manifest's ``format`` value."""
VERSION = 1
"""The newest format version this StoryDesk reads, and the one it writes."""
MANIFEST = "bundle.json"
"""The manifest's name at the bundle's root."""
PARTNERS_FILE = "partners.yaml"
"""The optional partner records at the bundle's root."""
STORIES_FOLDER = "stories"
"""Where the writer puts one Markdown file per story."""
IMAGES_FOLDER = "images"
"""Where the writer puts the images the stories name (stored, not compressed)."""
MANIFEST_LIMIT = 10 * 1024 * 1024
"""Bytes a ``bundle.json`` may have."""
PARTNERS_LIMIT = 5 * 1024 * 1024
"""Bytes a ``partners.yaml`` may have."""
PARTNERS_YAML_NODES = 200_000
"""Values a ``partners.yaml`` may expand to, aliases counted whole."""
