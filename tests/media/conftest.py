"""A media store in a fresh folder for each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from storydesk.media.store import MediaStore


@pytest.fixture
def store(tmp_path: Path) -> MediaStore:
    """An empty store: originals in ``media/``, thumbnails in ``thumbs/``."""
    return MediaStore(tmp_path / "media", tmp_path / "thumbs")
