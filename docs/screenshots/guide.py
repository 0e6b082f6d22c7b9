"""Take the user's guide's screenshots from the running app, in English and Russian.

usage::

    python docs/screenshots/guide.py [--lang en|ru] [--out docs/guide/images]
    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/screenshots/guide.py

Without ``--lang`` it runs itself once per language, each in a subprocess with
``STORYDESK_LANG`` set (the interface language is chosen once, when the app starts). Each
run works in a temporary folder: it makes a "headquarters" catalogue from the sample bundle
that ships with StoryDesk (``resources/sample/seeds.storybundle``; the seeds in
``$STORYDESK_SHARED/seeds`` when there is none), with a publisher key, and an "office"
catalogue that trusts that key, then opens the real windows and dialogs over them and saves
``images/<lang>/*.png``: PNGs at most 1400 px wide, optimised with Pillow. Nothing is
written outside the temporary folder and the images folder; the user's own settings are
not touched. With no display (``$DISPLAY`` unset) Qt's offscreen platform is used.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

GUIDE = Path(__file__).resolve().parents[1] / "guide"  # docs/guide
LANGUAGES = ("en", "ru")
MAX_WIDTH = 1400

SHOTS = (
    "first-run",
    "main-window",
    "search-filters",
    "import-summary",
    "briefing-pack",
    "export-bundle",
    "import-preview",
    "publishers",
    "restore",
)
"""The pictures each language gets (``<name>.png``)."""


def main(argv: list[str] | None = None) -> int:
    """Take the screenshots of one language, or of every language in subprocesses."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=LANGUAGES, help="one language (default: all)")
    parser.add_argument("--out", type=Path, default=GUIDE / "images", help="the images folder")
    args = parser.parse_args(argv)
    if args.lang:
        return take(args.lang, args.out / args.lang)
    status = 0
    for language in LANGUAGES:
        env = dict(os.environ, STORYDESK_LANG=language)
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        command = [sys.executable, str(Path(__file__).resolve()), "--lang", language]
        command += ["--out", str(args.out)]
        done = subprocess.run(command, env=env, check=False)
        status = status or done.returncode
    return status


def sample_source() -> Path:
    """The sample bundle that ships with StoryDesk, else the shared seeds."""
    from storydesk.resources import resource

    try:
        bundle = resource("sample", "seeds.storybundle")
    except FileNotFoundError:
        bundle = None
    if bundle is not None and bundle.exists():
        return bundle
    seeds = Path(os.environ.get("STORYDESK_SHARED", GUIDE.parents[2] / "shared")) / "seeds"
    if seeds.is_dir():
        return seeds
    raise SystemExit("no sample bundle and no seeds: nothing to show in the screenshots")


FIELD_FILES = {
    "water-for-naryn-schools.txt": (
        "Water for Naryn schools\n\n"
        "Published: 12.03.2025\n\n"
        "Twelve schools in Naryn Region now have safe drinking water all year round, "
        "thanks to new pipes and filters installed with UNDP and the local authorities.\n\n"
        "More than 4000 pupils and teachers use the new taps every day.\n"
    ),
    "naryn-roads.md": '---\ntitle: "Roads to Naryn\ndate: [2024\n---\nThe field notes.\n',
}


def field_folder(root: Path) -> Path:
    """A folder as an office gets it: one good story, two broken files, an old Word document."""
    folder = root / "field-stories"
    folder.mkdir()
    for name, text in FIELD_FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "visit-report.html").write_bytes(bytes(range(256)) * 2)  # not text at all
    (folder / "minutes.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 60)
    return folder


def take(language: str, out: Path) -> int:
    """Open the app's windows in ``language`` over temporary catalogues and save them."""
    os.environ["STORYDESK_LANG"] = language
    work = Path(tempfile.mkdtemp(prefix="storydesk-guide-"))
    try:
        return _take(language, out, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _take(language: str, out: Path, work: Path) -> int:
    from PySide6.QtCore import QSettings

    # the user's own StoryDesk settings (the language menu) stay untouched
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "user"))
    from storydesk.gui.app import make_application

    app = make_application(["storydesk-guide-screenshots"])
    from PySide6.QtGui import QFont

    font = QFont(app.font())
    font.setPointSize(10)
    app.setFont(font)

    from storydesk.gui.import_preview import ImportPreviewDialog
    from storydesk.gui.mainwindow import MainWindow
    from storydesk.gui.publishers import show_publishers
    from storydesk.library import Library

    out.mkdir(parents=True, exist_ok=True)
    saved: list[str] = []

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def wait(condition: Callable[[], Any], what: str, seconds: float = 60) -> None:
        end = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > end:
                raise SystemExit(f"{language}: timed out waiting for {what}")
            app.processEvents()
            time.sleep(0.02)
        pump(0.4)

    def save(widget: Any, name: str) -> None:
        from PIL import Image

        app.processEvents()
        image = widget.grab().toImage()
        data = io.BytesIO()
        buffer = _qt_png(image)
        data.write(buffer)
        data.seek(0)
        picture = Image.open(data).convert("RGB")
        if picture.width > MAX_WIDTH:
            height = round(picture.height * MAX_WIDTH / picture.width)
            picture = picture.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)
        picture = picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT)
        picture.save(out / f"{name}.png", optimize=True)
        saved.append(name)

    def searched(win: Any) -> bool:
        s = win.searching
        return bool(s.shown_generation == s.search_generation)

    def open_window(lib: Library, width: int = 1300, height: int = 800) -> Any:
        win = MainWindow(lib)
        win.resize(width, height)
        win.show()
        win.collections.panel.hide()  # View › Collections Panel: off, for room
        win.splitter.setSizes([250, 470, width - 740])
        wait(lambda: searched(win) and win.catalogue_count is not None, "the first search")
        return win

    source = sample_source()

    # -- an empty catalogue: the welcome screen
    empty = Library.open(work / "empty")
    win = open_window(empty, 1000, 560)
    save(win, "first-run")
    win.close()
    empty.close()

    # -- headquarters: the sample stories and a publisher key
    hq = Library.open(work / "hq")
    hq.import_paths([source])
    hq.index_pending()
    hq.generate_key("UNDP Kyrgyzstan")
    hq.export_key(work / "hq.storykey")
    ids = hq.story_ids()
    summaries = hq.summaries(ids)

    def story_like(*fragments: str) -> str:
        for story_id in ids:
            title = summaries[story_id].title
            if any(f in title for f in fragments):
                return story_id
        return ids[0]

    balykchy = story_like("Партнёрство", "Партнерство")
    creative = story_like("Creative Industries")
    almaty = story_like("В Алматы")

    # the office already has four stories from an earlier bundle of headquarters
    first = [balykchy, creative, almaty, story_like("Экономика")]
    hq.create_bundle(first, work / "earlier.storybundle", title="Issyk-Kul visit", sign=True)
    office = Library.open(work / "office")
    office.trust_key_file(work / "hq.storykey")
    office.import_paths([work / "earlier.storybundle"])
    office.index_pending()
    other = Library.open(work / "other")
    other.generate_key("Central Asia Desk (old laptop)")
    other.export_key(work / "other.storykey")
    office.trust_key_file(work / "other.storykey")
    office.revoke_key(other.keys()[0].fingerprint)
    other.close()
    # headquarters edits one of them and sends every story
    hq.edit_story(almaty, {"summary": "A UN centre for digital solutions may open in Almaty."})
    hq.create_bundle(None, work / "stories.storybundle", title="Central Asia stories", sign=True)
    hq.backup("daily")
    hq.backup("manual")

    # -- the main window reading a story
    win = open_window(hq, 1360, 820)
    win.open_story(balykchy)
    wait(lambda: win.reading.story is not None, "the story")
    pump(1.0)
    save(win, "main-window")

    # -- a search with a filter chosen in the Filters panel
    win.search_field.setText("ПРООН")
    win.searching.text_changed("ПРООН")
    win.searching.search_now()
    win.searching.add_filter("countries", "Kazakhstan")
    wait(lambda: searched(win), "the search")
    win.open_story(creative)
    pump(1.0)
    save(win, "search-filters")

    # -- the briefing pack dialog, over a basket of three stories
    win.search_field.setText("")
    win.searching.text_changed("")
    win.searching.clear_filters()
    wait(lambda: searched(win), "every story")
    win._add_to_basket(
        [(i, summaries[i].title) for i in (balykchy, creative, story_like("Президентът"))]
    )
    pump(0.5)
    dialog = win.pack_dialog()
    title = "Визит на Иссык-Куль" if language == "ru" else "Issyk-Kul visit"
    dialog.title_edit.setText(title)
    dialog.subtitle_edit.setText(
        "ПРООН в Кыргызской Республике" if language == "ru" else "UNDP Kyrgyzstan"
    )
    dialog.intro_edit.setPlainText(
        "Истории для встречи с партнёрами в Балыкчы."
        if language == "ru"
        else "Stories for the meeting with partners in Balykchy."
    )
    dialog.output_edit.setText(f"~/Documents/{title}.pdf")
    dialog.show()
    pump(0.8)
    save(dialog, "briefing-pack")
    dialog.reject()

    # -- Export Bundle, from the basket, signed
    win.export_bundle(source="basket")
    wait(lambda: win.bundle_dialog is not None, "the Export Bundle dialog")
    bundle_dialog = win.bundle_dialog
    bundle_dialog.title_edit.setText(title)
    bundle_dialog.output_edit.setText(f"~/Documents/{title}.storybundle")
    pump(0.5)
    save(bundle_dialog, "export-bundle")
    bundle_dialog.reject()
    pump(0.3)

    # -- Restore from Backup
    restore = win.restore_from_backup()
    assert restore is not None
    wait(lambda: restore.table.rowCount() > 0, "the backups")
    restore.resize(760, 360)
    pump(0.5)
    save(restore, "restore")
    restore.reject()

    # -- the import summary of a folder with bad files
    win.import_paths([field_folder(work)])
    wait(lambda: getattr(win.importer, "summary", None) is not None, "the import summary", 120)
    summary = win.importer.summary
    summary.resize(980, 260)
    pump(0.5)
    table = getattr(summary, "table", None)
    if table is not None:
        table.resizeRowsToContents()
    pump(0.5)
    save(summary, "import-summary")
    summary.close()
    win.close()
    hq.close()

    # -- the office: Publishers, and the preview of headquarters' bundle
    office_window = open_window(office)
    publishers = show_publishers(office_window)
    publishers.resize(940, 360)
    wait(lambda: publishers.table.rowCount() > 0, "the keys")
    pump(1.0)
    save(publishers, "publishers")
    publishers.close()
    report = office.preview_import([work / "stories.storybundle"])
    preview = ImportPreviewDialog(report, [work / "stories.storybundle"], office_window)
    preview.resize(820, 480)
    preview.show()
    pump(1.0)
    save(preview, "import-preview")
    preview.close()
    office_window.close()
    office.close()
    missing = [name for name in SHOTS if name not in saved]
    print(
        f"{language}: saved {len(saved)} screenshots in {out}"
        + (f"; missing {missing}" if missing else "")
    )
    return 1 if missing else 0


def _qt_png(image: Any) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())


if __name__ == "__main__":
    sys.exit(main())
