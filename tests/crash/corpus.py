"""Generated story folders for the crash, fault and fuzz suites.

Each story is a Markdown file with YAML front matter and, for most stories, a small
Pillow-made JPEG beside it. Every story carries one made-up word found in no other story
(its *token*), so a search for that word proves the story is in the search index.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image

_LETTERS = "bcdfghjklmnpqrstvwxz"
_VOWELS = "aeiou"
_WORDS = [
    "youth",
    "centre",
    "opened",
    "water",
    "supply",
    "school",
    "clinic",
    "farmers",
    "cooperative",
    "training",
    "solar",
    "energy",
    "women",
    "entrepreneurs",
    "irrigation",
    "canal",
    "village",
    "district",
    "grant",
    "microcredit",
    "library",
    "repair",
    "road",
    "bridge",
    "teachers",
    "doctors",
    "nurses",
    "workshop",
]


def token(n: int) -> str:
    """A pronounceable made-up word unique to ``n`` (letters only, survives stemming)."""
    letters = []
    for _ in range(4):
        n, r = divmod(n, len(_LETTERS) * len(_VOWELS))
        c, v = divmod(r, len(_VOWELS))
        letters.append(_LETTERS[c] + _VOWELS[v])
    return "zorb" + "".join(letters) + "x"


def jpeg(seed: int, size: tuple[int, int] = (48, 36)) -> bytes:
    """A small, distinct JPEG (its colour and a noise pattern depend on ``seed``)."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    pixels = image.load()
    assert pixels is not None
    for _ in range(40):
        pixels[rng.randrange(size[0]), rng.randrange(size[1])] = (
            rng.randrange(256),
            rng.randrange(256),
            rng.randrange(256),
        )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def story_text(
    n: int, *, prefix: str = "crash", revision: int = 0, image: str | None = None
) -> str:
    """One story's Markdown file text (front matter and body)."""
    rng = random.Random(n * 7919 + revision)
    words = " ".join(rng.choice(_WORDS) for _ in range(60 + n % 40))
    lines = [
        "---",
        f"id: {prefix}-{n:04d}",
        f'title: "Story {n} about {rng.choice(_WORDS)} {rng.choice(_WORDS)}"',
        f"date: 2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
        "language: en",
        "countries: [Kyrgyzstan]",
        "partners: [UNDP]",
        "tags: [generated]",
    ]
    if image:
        lines += ["images:", f"  - file: {image}", f"    caption: Photo {n}"]
    lines += [
        "---",
        "",
        f"The {token(n)} project. {words.capitalize()}.",
        "",
        f"Revision {revision}. {' '.join(rng.choice(_WORDS) for _ in range(30))}.",
        "",
    ]
    return "\n".join(lines)


def write_story_folder(
    folder: Path,
    count: int,
    *,
    start: int = 0,
    prefix: str = "crash",
    revision: int = 0,
    image_every: int = 2,
) -> dict[str, str]:
    """Write ``count`` stories (and images) into ``folder``; returns ``{story id: token}``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "img").mkdir(exist_ok=True)
    tokens: dict[str, str] = {}
    for n in range(start, start + count):
        image = None
        if image_every and n % image_every == 0:
            image = f"img/photo-{n:04d}.jpg"
            (folder / image).write_bytes(jpeg(n + 1000 * revision))
        (folder / f"story-{n:04d}.md").write_text(
            story_text(n, prefix=prefix, revision=revision, image=image), encoding="utf-8"
        )
        tokens[f"{prefix}-{n:04d}"] = token(n)
    return tokens
