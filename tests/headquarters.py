"""Stories with real photos, and the ``storydesk`` command on a shared catalogue, for the tests
of a headquarters catalogue on PostgreSQL (tests/media/test_shared_media.py,
tests/bundle/test_bundle_from_shared.py).
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from storydesk.paths import DATABASE_URL_ENV
from tests.conftest import CORPORA, run_storydesk

# A real photograph from the shared corpora, when they are on this machine.
REAL_PHOTO = CORPORA / "karakalmyk" / "photos" / "home_woman.jpg"


def _photo(path: Path, size: tuple[int, int], seed: int) -> None:
    """A picture with enough detail to compress like a photograph (JPEG or PNG by name)."""
    rng = random.Random(seed)
    image = Image.new("RGB", size)
    pixels = image.load()
    assert pixels is not None
    for x in range(size[0]):
        for y in range(size[1]):
            pixels[x, y] = ((x * 3 + seed) % 256, (y * 5) % 256, rng.randrange(256))
    if path.suffix == ".png":
        image.save(path)
    else:
        image.save(path, quality=88)


def make_stories(folder: Path) -> dict[str, list[str]]:
    """Three Markdown stories with a JPEG, a PNG, a shared photo and, when the corpora are
    here, a real photograph. Returns each story's images' SHA-256, in order."""
    images = folder / "images"
    images.mkdir(parents=True)
    _photo(images / "pump.jpg", (320, 240), 1)
    _photo(images / "centre.png", (160, 120), 2)
    _photo(images / "market.jpg", (240, 320), 3)
    if REAL_PHOTO.is_file():
        shutil.copyfile(REAL_PHOTO, images / "home.jpg")
    else:
        _photo(images / "home.jpg", (400, 300), 4)
    stories = {
        "hq-solar-naryn": (
            "Solar pumps water the fields of Naryn",
            "2025-05-04",
            "[Kyrgyzstan]",
            "[Naryn]",
            "[UNDP, JICA]",
            "[6, 7]",
            ["pump.jpg", "home.jpg"],
            "Farmers in Naryn now water their fields with solar pumps bought with a grant.",
        ),
        "hq-youth-balykchy": (
            "A youth centre opens in Balykchy",
            "2025-07-31",
            "[Kyrgyzstan]",
            "[Balykchy]",
            "[UNDP]",
            "[4]",
            ["centre.png", "pump.jpg"],
            "A youth centre opened in Balykchy; the same pump photo shows the old one.",
        ),
        "hq-osh-market": (
            "Women traders return to the Osh market",
            "2024-11-12",
            "[Kyrgyzstan]",
            "[Osh]",
            "[UN Women]",
            "[5, 8]",
            ["market.jpg"],
            "Women traders in Osh reopened their stalls after the floods.",
        ),
    }
    hashes: dict[str, list[str]] = {}
    for story_id, (title, date, countries, places, partners, sdgs, photos, body) in stories.items():
        lines = "".join(
            f'  - {{file: images/{name}, caption: "{name} caption", credit: "UNDP"}}\n'
            for name in photos
        )
        (folder / f"{story_id}.md").write_text(
            f"---\nid: {story_id}\ntitle: {title}\ndate: {date}\nlanguage: en\n"
            f"countries: {countries}\nplaces: {places}\npartners: {partners}\nsdgs: {sdgs}\n"
            f"tags: [headquarters]\nimages:\n{lines}---\n\n{body}\n",
            encoding="utf-8",
        )
        hashes[story_id] = [
            hashlib.sha256((images / name).read_bytes()).hexdigest() for name in photos
        ]
    return hashes


def storydesk(
    data_dir: Path, *args: str, url: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The real command on ``data_dir``; on the shared catalogue at ``url`` when given, else
    on the data folder's own SQLite catalogue (a field laptop), whatever the environment says."""
    if url is not None:
        return run_storydesk(*args, "--database-url", url, data_dir=data_dir)
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(DATABASE_URL_ENV, raising=False)
        return run_storydesk(*args, data_dir=data_dir)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """The command's output, after checking that it succeeded."""
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    return result.stdout


def show(data_dir: Path, story_id: str, url: str | None = None) -> dict[str, Any]:
    """``storydesk show ID --json``, less what depends on the machine (where it came from)."""
    story: dict[str, Any] = json.loads(ok(storydesk(data_dir, "show", story_id, "--json", url=url)))
    story.pop("origin", None)
    return story


def media_files(data_dir: Path) -> dict[str, str]:
    """The data folder's media folder: file name -> SHA-256 of its bytes."""
    folder = data_dir / "media"
    if not folder.is_dir():
        return {}
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in folder.rglob("*")
        if path.is_file()
    }
