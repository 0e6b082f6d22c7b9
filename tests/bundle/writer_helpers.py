"""Real catalogues for the bundle writer's tests: stories with photos, partners, places,
countries, goals, tags and translation links, and an own publisher key.

Everything is real: Markdown files with YAML front matter imported into a SQLite
catalogue, JPEG photos made with Pillow, an Ed25519 key from :mod:`storydesk.bundle.signing`
whose private half lies where :mod:`storydesk.bundle.keys` looks for it.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image

from storydesk.bundle import keys, signing
from storydesk.catalogue.models import PublisherKey, utcnow
from storydesk.library import Library


def photo(color: tuple[int, int, int], size: tuple[int, int] = (96, 64)) -> bytes:
    """A small real JPEG with a gradient (so that no two colours give the same bytes)."""
    image = Image.new("RGB", size, color)
    for x in range(size[0]):
        image.putpixel((x, x % size[1]), (x % 256, 255 - color[1], color[2]))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


STORIES = {
    "kg-school.md": """---
id: kg-school-2025
title: "Новая школа в Балыкчы"
language: ru
date: 2025-06-01
countries: [Kyrgyzstan]
places: [Balykchy]
partners: [UNDP, JICA]
sdgs: [4, 10]
tags: [education, youth]
author: Айгуль Иманова
summary: ПРООН и JICA открыли школу на 500 мест.
translations: [kg-school-2025-en]
images:
  - file: images/school.jpg
    caption: Школа в Балыкчы
    credit: ПРООН
  - file: images/class.png
    caption: Класс
---

Школа на 500 мест открылась в Балыкчы при поддержке ПРООН и JICA. Её посещают 500 детей.
""",
    "kg-school-en.md": """---
id: kg-school-2025-en
title: "A new school in Balykchy"
language: en
date: 2025-06-01
countries: [Kyrgyzstan]
places: [Balykchy]
partners: [UNDP, JICA]
sdgs: [4]
tags: [education]
translations: [kg-school-2025]
images:
  - file: images/school.jpg
    caption: The school in Balykchy
---

A school for 500 children opened in Balykchy with the support of UNDP and JICA.
""",
    "kz-park.md": """---
id: kz-park-2025
title: "Shymkent park"
language: en
date: 2025-07-15
countries: [Kazakhstan]
places: [Shymkent]
partners: [UNDP]
sdgs: [11]
tags: [cities]
images:
  - file: images/park.jpg
    caption: The park
---

UNDP opened a park in Shymkent; 1,200 households live nearby.
""",
    "tj-water.md": """---
id: tj-water-2025
title: "Water for Khujand"
language: en
date: 2025-05-02
countries: [Tajikistan]
partners: [UNICEF]
sdgs: [6]
---

Clean water reached 3,000 families in Khujand.
""",
}


def story_folder(root: Path) -> Path:
    """A folder of four stories (two of them translations of each other) and their photos."""
    folder = root / "stories"
    (folder / "images").mkdir(parents=True, exist_ok=True)
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "images" / "school.jpg").write_bytes(photo((200, 40, 40), (120, 80)))
    (folder / "images" / "park.jpg").write_bytes(photo((30, 160, 60), (100, 70)))
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 20, 200)).save(buffer, "PNG")
    (folder / "images" / "class.png").write_bytes(buffer.getvalue())
    return folder


def give_own_key(data_dir: Path, publisher: str = "UNDP Kyrgyzstan") -> signing.SigningKey:
    """Make ``publisher``'s own signing key in the data folder, as ``keys generate`` would."""
    key = signing.generate_key(publisher)
    public = key.public
    with Library.open(data_dir) as library:
        folder = library.layout.keys
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        path = keys.private_key_path(folder, public.fingerprint)
        path.write_bytes(key.private_bytes())
        os.chmod(path, 0o600)
        with library._sessions.begin() as session:
            now = utcnow()
            session.add(
                PublisherKey(
                    fingerprint=public.fingerprint,
                    publisher=publisher,
                    public_key=public.encoded,
                    own=True,
                    source="own",
                    added_at=now,
                    trusted_at=now,
                )
            )
    return key
