"""Builds real bundles (ZIP files and folders) with real Pillow images for tests."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

from PIL import Image


def jpeg_bytes(
    color: tuple[int, int, int] = (200, 80, 40), size: tuple[int, int] = (64, 48)
) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def story_md(story_id: str, title: str, body: str, image: str | None = None, **extra: str) -> bytes:
    lines = ["---", f"id: {story_id}", f'title: "{title}"']
    lines += [f"{key}: {value}" for key, value in extra.items()]
    if image:
        lines += ["images:", f"  - file: {image}", "    caption: Подпись", "    credit: ПРООН"]
    lines += ["---", "", body, ""]
    return "\n".join(lines).encode("utf-8")


def make_bundle(
    path: Path,
    files: dict[str, bytes],
    *,
    manifest: bool = True,
    tamper: dict[str, bytes] | None = None,
    extra_members: dict[str, bytes] | None = None,
    version: int = 1,
) -> Path:
    """Write a bundle ZIP. ``tamper`` replaces contents after the manifest was computed."""
    with zipfile.ZipFile(path, "w") as zf:
        if manifest:
            document = {
                "format": "storydesk.bundle",
                "version": version,
                "id": "3f0c6f4e-0000-4000-8000-000000000001",
                "title": "Test bundle",
                "created": "2025-08-01T10:00:00Z",
                "publisher": "UNDP Kyrgyzstan",
                "files": [
                    {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                    for name, data in files.items()
                ],
            }
            zf.writestr("bundle.json", json.dumps(document, ensure_ascii=False))
        for name, data in files.items():
            zf.writestr(name, (tamper or {}).get(name, data))
        for name, data in (extra_members or {}).items():
            zf.writestr(name, data)
    return path


def basic_files() -> dict[str, bytes]:
    return {
        "stories/a.md": story_md(
            "kg-youth-1",
            "Молодёжный центр в Балыкчы",
            "Молодёжный центр в Балыкчы открыт при поддержке ПРООН и JICA.",
            image="../images/photo.jpg",
            language="ru",
            date="2025-07-31",
        ),
        "stories/b.md": story_md(
            "kz-shymkent-1",
            "Шымкентте жаңа саябақ ашылды",
            "Шымкентте БҰҰДБ қолдауымен жаңа саябақ ашылды.",
            language="kk",
        ),
        "images/photo.jpg": jpeg_bytes(),
    }
