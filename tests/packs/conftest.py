"""Fixtures for briefing-pack tests: the seeded library plus a Kazakh story with a photo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

KAZAKH_TEXT = "Шымкентте әкімдік қазақ тілі ұлттық үй"
KAZAKH_TITLE = "Шымкентте ұлттық үй ашылды: әкімдік пен БҰҰДБ бірлескен жобасы"
HOSTILE_TITLE = 'Bishkek <script>alert("x")</script> & "quotes"'

KAZAKH_STORY = f"""---
id: kk-shymkent-house
title: "{KAZAKH_TITLE}"
date: 2025-06-12
language: kk
countries: [Kazakhstan]
places: [Shymkent]
partners: [UNDP]
author: Әйгерім Сейітова
source: БҰҰДБ Қазақстан
source_url: https://www.undp.org/kk/kazakhstan/news/shymkent-house
images:
  - file: photo.jpg
    caption: Шымкенттегі ұлттық үйдің ашылуы
    credit: UNDP Kazakhstan / Ғалым Нұрланов
    alt: Ұлттық үй алдындағы адамдар
---
{KAZAKH_TEXT} ашылды. Жобаға 4000-нан астам жас қатысты, ал бюджеті $325 000 құрады.

## Жоба туралы

Толығырақ [сайтта](https://www.undp.org/kk/kazakhstan) және <img src=x onerror=alert(1)>.
Кыргызча: Ысык-Көлдө жаңы өңүт ачылды, үй-бүлөлөр ыраазы.

![Remote picture](https://images.example.org/tracker.png)

[bad link](javascript:alert(1))
"""

HOSTILE_STORY = f"""---
id: hostile-story
title: '{HOSTILE_TITLE}'
date: 2024-03-01
language: en
source: <b onmouseover=alert(1)>Evil</b>
source_url: javascript:alert(document.cookie)
---
A story with <iframe src="https://evil.example/"></iframe> and
<a href="https://evil.example">a link</a> and ![img](https://evil.example/pixel.gif) inside.
More than 300 families took part.
"""


def _photo(path: Path) -> None:
    image = Image.new("RGB", (2400, 1600), (70, 130, 180))
    draw = ImageDraw.Draw(image)
    for x in range(0, 2400, 120):
        draw.rectangle([x, 900, x + 60, 1600], fill=(200, 160, 60))
    draw.ellipse([900, 200, 1500, 800], fill=(250, 220, 90))
    image.save(path, "JPEG", quality=90)


@pytest.fixture
def story_files(tmp_path: Path) -> Path:
    """A folder with the Kazakh story (and its Pillow-made photo) and a hostile story."""
    folder = tmp_path / "extra"
    folder.mkdir()
    _photo(folder / "photo.jpg")
    (folder / "shymkent.md").write_text(KAZAKH_STORY, encoding="utf-8")
    (folder / "hostile.md").write_text(HOSTILE_STORY, encoding="utf-8")
    return folder


@pytest.fixture
def pack_library(seeded_library: Any, story_files: Path) -> Any:
    """The seeded library with the two extra stories imported."""
    report = seeded_library.import_paths([story_files])
    # The hostile <img src=x> becomes an image reference that names no file: rejected by name.
    assert [r["path"].rsplit(" → ", 1)[-1] for r in report.rejected] == ["x"], report.rejected
    return seeded_library


def pack_of(library: Any, ids: Sequence[str], options: Any) -> Any:
    """The briefing pack of the stories ``ids`` of ``library``, as ``write_pack`` makes it."""
    from storydesk.packs.model import build_pack

    return build_pack(library.stories(ids), options)


@pytest.fixture
def pack_options() -> Any:
    from storydesk.library import PackOptions

    return PackOptions(
        title="Визит в Казахстан и Кыргызстан",
        subtitle="UNDP Central Asia",
        date=dt.date(2025, 8, 1),
        introduction="Подборка историй для встречи.\n\nҚысқаша шолу.",
    )


@pytest.fixture(autouse=True)
def _qt_application(qapp: Any) -> Any:
    """One QApplication for the whole test session.

    The PDF writer makes a QGuiApplication when none exists; if export tests ran first, the
    desktop app's tests could then not create widgets in the same process.
    """
    return qapp
