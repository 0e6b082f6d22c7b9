"""Take the screenshot of the results grid over a catalogue where most stories have no photo.

usage::

    python docs/screenshots/grid.py [--out docs/screenshots/grid-after.png] [--dark]
    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/screenshots/grid.py

It builds its own data folder in a temporary folder from the shared corpora
(``$STORYDESK_SHARED``, default ``shared/`` beside the project's folder): the seeds, the
UN DESA project site (36 photos among 75 stories), the UNDP impact stories (photos
missing) and 120 rows of the 24.kg Kyrgyz news (no titles, dates or photos), then opens
the main window on it, switches the results to the grid, and saves the window as a PNG of
256 colours.
``docs/screenshots/grid-before.png`` is the same script run against StoryDesk as it was
before story cards (``git archive f829552 src resources | tar -x -C /tmp/before``, then
``PYTHONPATH=/tmp/before/src python docs/screenshots/grid.py --out .../grid-before.png``).
Nothing is written outside the temporary folder and the PNG; the user's own StoryDesk
settings are not touched. With no display Qt's offscreen platform is used.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
KYRGYZ_ROWS = 120


def shared() -> Path:
    return Path(os.environ.get("STORYDESK_SHARED", Path(__file__).resolve().parents[3] / "shared"))


def build_data_folder(work: Path) -> Path:
    """A data folder with stories of the shared corpora, most of them without a photo."""
    from storydesk.library import Library

    corpora = shared() / "corpora"
    kyrgyz = work / "kyrgyz-24kg.csv"
    csv.field_size_limit(10_000_000)
    with (
        (corpora / "kyrgyz-24kg" / "data" / "qad-test_0500.csv").open(
            encoding="utf-8", newline=""
        ) as source,
        kyrgyz.open("w", encoding="utf-8", newline="") as target,
    ):
        reader = csv.reader(source)
        writer = csv.writer(target)
        for number, row in enumerate(reader):
            if number > KYRGYZ_ROWS:
                break
            writer.writerow(row)
    data = work / "data"
    with Library.open(data) as library:
        library.import_paths(
            [
                shared() / "seeds",
                corpora / "desa-eapd-modelling-project",
                corpora / "undp-aprc-impact-templates" / "impact_stories.json",
                kyrgyz,
            ]
        )
        library.index_pending()
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "grid-after.png")
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    parser.add_argument("--width", type=int, default=1300)
    parser.add_argument("--height", type=int, default=820)
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["STORYDESK_LANG"] = "en"
    with tempfile.TemporaryDirectory(prefix="storydesk-grid-") as tmp:
        return take(Path(tmp), args.out.resolve(), args.dark, args.width, args.height)


def take(work: Path, out: Path, dark: bool, width: int, height: int) -> int:
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "user"))
    from storydesk.gui.app import make_application

    app = make_application(["storydesk-grid-screenshot"])
    from PySide6.QtGui import QColor, QFont, QPalette

    font = QFont(app.font())
    font.setPointSize(10)
    app.setFont(font)
    if dark:
        app.setStyle("Fusion")
        palette = QPalette()
        for role, color in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.AlternateBase, "#262626"),
            (QPalette.ColorRole.Text, "#e6e6e6"),
            (QPalette.ColorRole.WindowText, "#e6e6e6"),
            (QPalette.ColorRole.Button, "#353535"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"),
            (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
            (QPalette.ColorRole.Highlight, "#2f65ca"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.Mid, "#5a5a5a"),
        ):
            palette.setColor(role, QColor(color))
        app.setPalette(palette)

    from storydesk.gui.mainwindow import MainWindow
    from storydesk.library import Library

    data = build_data_folder(work)

    def wait(condition: Callable[[], Any], what: str, seconds: float = 60) -> None:
        end = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > end:
                raise SystemExit(f"timed out waiting for {what}")
            app.processEvents()
            time.sleep(0.02)

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    library = Library.open(data)
    win = MainWindow(library)
    win.resize(width, height)
    win.show()
    collections = getattr(win, "collections", None)
    if collections is not None:
        collections.panel.hide()
    wait(
        lambda: win.searching.shown_generation == win.searching.search_generation,
        "the first search",
    )
    win.set_view("grid")
    win.splitter.setSizes([230, width - 230 - 360, 360])
    pump(1.5)  # the rows of the first pages arrive on the reading thread
    win.results.viewport().update()
    pump(0.5)
    out.parent.mkdir(parents=True, exist_ok=True)
    image = win.grab().toImage()
    if not image.save(str(out)):
        print(f"could not save {out}", file=sys.stderr)
        return 1
    from PIL import Image

    with Image.open(out) as picture:  # 256 colours: a fifth of the bytes, the same look
        small = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(out, optimize=True)
    print(f"saved {out} ({image.width()}×{image.height()})")
    win.close()
    library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
