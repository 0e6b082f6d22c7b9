"""A dry run (``import --dry-run``, the app's preview) reads everything and writes nothing."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from storydesk.library import Library
from tests.backends import on_both_backends as on_both_backends


def _photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 120, 40)).save(out, "JPEG")
    return out.getvalue()


def _story_folder(root: Path, body: str = "Новая насосная станция даёт воду 500 семьям.") -> Path:
    folder = root / "stories"
    (folder / "images").mkdir(parents=True, exist_ok=True)
    (folder / "images" / "pump.jpg").write_bytes(_photo())
    (folder / "pump.md").write_text(
        "---\nid: pump-2025\ntitle: Насосная станция в Оше\nlanguage: ru\n"
        "images:\n  - {file: images/pump.jpg, caption: Станция}\n---\n\n" + body + "\n",
        encoding="utf-8",
    )
    return folder


def test_dry_run_writes_nothing_and_says_what_would_happen(tmp_path: Path) -> None:
    folder = _story_folder(tmp_path)
    with Library.open(tmp_path / "data") as library:
        preview = library.preview_import([folder])
        assert preview.dry_run
        assert [(c["id"], c["action"]) for c in preview.changes] == [("pump-2025", "new")]
        assert preview.imported == 1
        assert library.stats().stories == 0
        assert not any((tmp_path / "data" / "media").rglob("*.jpg"))
        assert library.search("насосная").total == 0

        library.import_paths([folder])
        assert library.stats().stories == 1
        again = library.preview_import([folder])
        assert [(c["id"], c["action"]) for c in again.changes] == [("pump-2025", "unchanged")]

        _story_folder(tmp_path, body="Новая насосная станция даёт воду 5000 семьям.")
        changed = library.preview_import([folder])
        assert [(c["id"], c["action"]) for c in changed.changes] == [("pump-2025", "updated")]
        assert "500 семьям" in library.get_story("pump-2025").body
        assert changed.to_json()["dry_run"] is True
        assert "changes" not in library.import_paths([folder]).to_json()
