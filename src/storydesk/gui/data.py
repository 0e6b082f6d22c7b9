"""Reads the desktop app needs that the :class:`~storydesk.library.Library` facade lacks.

Rows for the results list carry the story summary plus the story's first image (as a
thumbnail path); the reading pane needs every image's stored file and a thumbnail. These
run on worker threads, each call with its own session from ``library.sessions``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from storydesk.catalogue.models import Image

if TYPE_CHECKING:
    from storydesk.library import Library

log = logging.getLogger(__name__)

LIST_THUMB = 160
PAGE_IMAGE = 720


def image_files(library: Library, story_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
    """The stored images of each story, in order: ``{id: [(sha256, ext), ...]}``."""
    out: dict[str, list[tuple[str, str]]] = {}
    if not story_ids:
        return out
    with library.sessions() as session:
        rows = session.execute(
            select(Image.story_id, Image.sha256, Image.ext)
            .where(Image.story_id.in_(list(story_ids)), Image.sha256.is_not(None))
            .order_by(Image.story_id, Image.position)
        )
        for story_id, sha256, ext in rows:
            out.setdefault(story_id, []).append((sha256, ext or ""))
    return out


def thumbnail(library: Library, sha256: str, ext: str, size: int) -> Path | None:
    """A thumbnail of a stored image, made if needed; ``None`` if it cannot be made."""
    try:
        path = library.media.thumbnail(sha256, ext, size)
    except Exception as exc:  # a damaged or missing image must not break the list
        log.warning("no thumbnail for %s%s: %s", sha256, ext, exc)
        return None
    return Path(path) if path else None


def original(library: Library, sha256: str, ext: str) -> Path | None:
    """The stored original of an image, if present."""
    media: Any = library.media
    for name in ("path_for", "path"):
        method = getattr(media, name, None)
        if method is not None:
            try:
                path = Path(method(sha256, ext))
            except Exception:
                return None
            return path if path.is_file() else None
    return None


def story_rows(library: Library, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Summaries of ``ids`` with ``"thumbnail"``: the first image's list thumbnail or None."""
    rows = library.summaries(list(ids))
    images = image_files(library, list(rows))
    for story_id, row in rows.items():
        first = images.get(story_id)
        row["thumbnail"] = thumbnail(library, *first[0], LIST_THUMB) if first else None
    return rows


def story_page(library: Library, story_id: str) -> dict[str, Any]:
    """The full story, each image with ``"file"`` (a display-size thumbnail) and
    ``"original"`` (the stored original), plus the titles of its translations."""
    story = library.get_story(story_id)
    stored = image_files(library, [story_id]).get(story_id, [])
    exts = dict(stored)
    for image in story.get("images", []):
        sha256 = image.get("sha256")
        ext = exts.get(sha256, "") if sha256 else ""
        image["file"] = thumbnail(library, sha256, ext, PAGE_IMAGE) if sha256 else None
        image["original"] = original(library, sha256, ext) if sha256 else None
    translations = library.summaries(story.get("translations", []))
    story["translation_rows"] = [
        translations[t] for t in story.get("translations", []) if t in translations
    ]
    return story


def ids_for_filter(library: Library, facet: str, value: str, limit: int = 1000) -> list[str]:
    """Ids of the stories with ``value`` in ``facet`` (e.g. partners=UNDP), newest first."""
    result = library.search("", limit=limit, sort="date", filters={facet: [value]})
    return [hit.id for hit in result.hits]
