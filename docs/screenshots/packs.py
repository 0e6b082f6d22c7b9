"""Render a briefing pack's cover and story pages to PNG for docs/screenshots.

Builds a throwaway library of three generated Russian-language stories (one with a photo
drawn with Pillow, all with a source line), writes a Russian PDF pack and renders with
poppler's ``pdftoppm -png -r 60``:

- ``pack-cover-SUFFIX.png``: the cover;
- ``pack-page-SUFFIX.png``: the first page of the first story (title, lead, photo);
- ``pack-tail-SUFFIX.png``: the last page of the first story (how the story ends).

No network and no shared material is needed. To compare with an older StoryDesk, run the
script against that checkout's code::

    python docs/screenshots/packs.py                       # this checkout, "after"
    git worktree add /tmp/packs-before f829552
    python docs/screenshots/packs.py --checkout /tmp/packs-before --suffix before

(``--checkout`` puts that checkout's ``src`` first on the import path.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

PARAGRAPH = (
    "Школа в селе {village} много лет отапливалась углём, и зимой в классах бывало "
    "холодно. Теперь на крыше стоят солнечные панели, а котельная работает на "
    "электричестве. Директор школы рассказывает, что дети больше не сидят на уроках в "
    "куртках, а родители перестали собирать деньги на уголь. Учителя говорят, что "
    "посещаемость зимой выросла, а в кабинете информатики компьютеры теперь работают весь "
    "день."
)

VILLAGES = ("Ананьево", "Барскоон", "Тамга", "Тон", "Боконбаево", "Каджи-Сай", "Чолпон-Ата")

FIRST_STORY = """---
title: Солнечные панели согрели школы Иссык-Куля
date: 2025-07-31
language: ru
countries: [Kyrgyzstan]
places: [Issyk-Kul Region, Barskoon]
partners: [UNDP, Ministry of Education and Science of the Kyrgyz Republic]
author: Айгуль Токтогулова
summary: >-
  Семь сельских школ на южном берегу Иссык-Куля перешли с угля на солнечную энергию:
  в классах тепло всю зиму, а сэкономленные деньги идут на учебники.
source: inform.kz
source_url: https://www.inform.kz/ru/solnechnye-paneli-issyk-kul
images:
  - file: school.jpg
    caption: Солнечные панели на крыше школы в Барскооне
    credit: ПРООН Кыргызстан
---
{body}
"""

OTHER_STORIES = (
    """---
title: В Нарыне открылся центр для молодых предпринимателей
date: 2025-06-12
language: ru
countries: [Kyrgyzstan]
places: [Naryn]
partners: [UNDP, UNICEF]
summary: Центр помогает молодым людям из сёл Нарынской области начать своё дело.
source: 24.kg
source_url: https://24.kg/ekonomika/naryn-centr
---
В Нарыне открылся центр, где молодые люди из сёл области учатся составлять бизнес-план,
получают консультации юристов и бухгалтеров и могут взять оборудование в аренду.

За первый месяц в центре побывали более 300 человек, 45 из них уже подали заявки на гранты.
""",
    """---
title: Шымкент учится сортировать отходы
date: 2025-05-20
language: ru
countries: [Kazakhstan]
places: [Shymkent]
partners: [UNDP]
summary: В трёх районах Шымкента поставили контейнеры для раздельного сбора отходов.
source: inform.kz
source_url: https://www.inform.kz/ru/shymkent-othody
---
В трёх районах Шымкента появились контейнеры для пластика, стекла и бумаги. Жители
получают баллы за сданное вторсырьё и обменивают их на проездные.
""",
)


def _photo(path: Path) -> None:
    """A landscape drawn with Pillow: sky, mountains, a school roof with solar panels."""
    from PIL import Image, ImageDraw

    width, height = 2400, 1600
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        shade = y / height
        draw.line([(0, y), (width, y)], fill=(int(90 + 110 * shade), int(150 + 70 * shade), 230))
    draw.polygon(
        [
            (0, 900),
            (500, 380),
            (900, 820),
            (1400, 300),
            (2000, 850),
            (2400, 600),
            (2400, 1600),
            (0, 1600),
        ],
        fill=(96, 112, 128),
    )
    draw.polygon([(400, 470), (500, 380), (600, 480)], fill=(240, 244, 248))
    draw.polygon([(1290, 410), (1400, 300), (1510, 420)], fill=(240, 244, 248))
    draw.rectangle([0, 1100, width, height], fill=(120, 160, 80))
    draw.rectangle([500, 980, 1900, 1400], fill=(226, 214, 190))
    draw.polygon([(440, 1000), (1200, 760), (1960, 1000)], fill=(150, 60, 50))
    for row in range(3):
        for col in range(9):
            x = 620 + col * 130 + row * 40
            y = 940 - row * 60
            draw.polygon(
                [(x, y), (x + 110, y - 30), (x + 150, y), (x + 40, y + 30)],
                fill=(30, 50, 110),
                outline=(200, 210, 230),
            )
    for col in range(6):
        draw.rectangle([600 + col * 220, 1120, 720 + col * 220, 1250], fill=(90, 130, 170))
    image.save(path, "JPEG", quality=88)


def _stories(folder: Path, paragraphs: int) -> None:
    _photo(folder / "school.jpg")
    body = "\n\n".join(
        PARAGRAPH.format(village=VILLAGES[i % len(VILLAGES)]) for i in range(paragraphs)
    )
    body += "\n\nЭкономия на угле составила 1,2 млн сомов за первый отопительный сезон."
    (folder / "issyk-kul.md").write_text(FIRST_STORY.format(body=body), encoding="utf-8")
    for number, text in enumerate(OTHER_STORIES, start=2):
        (folder / f"story-{number}.md").write_text(text, encoding="utf-8")


def _render(pdf: Path, page: int, target: Path) -> None:
    """Page ``page`` (1-based) of ``pdf`` as a PNG at 60 dpi."""
    prefix = target.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Write the pack's PNGs; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suffix", default="after", help='"after" (default) or "before"')
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PNGs")
    parser.add_argument("--checkout", type=Path, help="render with this checkout's code")
    parser.add_argument(
        "--paragraphs", type=int, default=10, help="paragraphs in the first story's body"
    )
    parser.add_argument("--keep", type=Path, help="also copy the PDF to this path")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils", file=sys.stderr)
        return 1
    sys.path.insert(0, str((args.checkout or HERE.parents[1]) / "src"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pypdf import PdfReader

    from storydesk.library import Library, PackOptions

    with tempfile.TemporaryDirectory(prefix="storydesk-pack-shots-") as temporary:
        root = Path(temporary)
        stories = root / "stories"
        stories.mkdir()
        _stories(stories, args.paragraphs)
        library = Library.open(root / "data")
        try:
            library.import_paths([stories])
            ids = library.story_ids()
            first = [i for i in ids if library.stories([i])[0].title.startswith("Солнечные")]
            ordered = first + [i for i in ids if i not in first]
            options = PackOptions(
                title="Визит на Иссык-Куль и в Шымкент",
                subtitle="ПРООН в Центральной Азии",
                date=dt.date(2026, 12, 2),
                introduction="Истории для встречи с партнёрами 3 декабря.",
                labels_language="ru",
            )
            pdf = root / "pack.pdf"
            result = library.write_pack(ordered, options, pdf, "pdf")
        finally:
            library.close()
        reader: Any = PdfReader(pdf)
        starts = [int(reader.get_destination_page_number(item)) + 1 for item in reader.outline]
        first_story = (starts[0], starts[1] - 1)
        args.out.mkdir(parents=True, exist_ok=True)
        _render(pdf, 1, args.out / f"pack-cover-{args.suffix}.png")
        _render(pdf, first_story[0], args.out / f"pack-page-{args.suffix}.png")
        _render(pdf, first_story[1], args.out / f"pack-tail-{args.suffix}.png")
        if args.keep:
            shutil.copyfile(pdf, args.keep)
        print(
            f"{result.pages} pages; first story on pages {first_story[0]}-{first_story[1]};"
            f" PNGs in {args.out}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
