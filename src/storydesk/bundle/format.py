"""The story bundle format's names and numbers, shared by the reader, the writer and verify.

A bundle is a ZIP (``*.storybundle``) or a folder holding ``bundle.json`` (the manifest:
format, version, id, title, created, publisher, every file's SHA-256 and size, and for an
update bundle the stories it withdraws), ``bundle.sig`` when signed, ``stories/*.md``,
``images/*`` and optional ``partners.yaml`` and ``places.yaml``. The full specification is
docs/bundle-format.md.
"""

from __future__ import annotations

FORMAT = "storydesk.bundle"
"""The manifest's ``format`` value."""
VERSION = 2
"""The newest format version this StoryDesk reads, and the one it writes (1 still reads)."""
MANIFEST = "bundle.json"
"""The manifest's name at the bundle's root."""
SIGNATURE = "bundle.sig"
"""The publisher's signature of the manifest's bytes (:mod:`storydesk.bundle.signing`)."""
SIGNED_BY = "signed_by"
"""The manifest key naming the fingerprint of the key that signs it (version 2)."""
WITHDRAWN = "withdrawn"
"""The manifest key listing the stories an update bundle withdraws (version 2)."""
PLACES_FILE = "places.yaml"
"""The optional place records at the bundle's root (version 2)."""
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
