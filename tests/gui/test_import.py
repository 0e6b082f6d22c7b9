"""Importing from the desktop app with real threads: progress, rejects, cancel."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


def _many_stories(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"story_{i:04d}.md").write_text(
            f"---\ntitle: Water for village {i}\ndate: 2024-03-{1 + i % 28:02d}\n"
            f"language: en\ncountries: [Kazakhstan]\npartners: [UNDP]\n---\n\n"
            + f"Village {i} in Almaty region now has clean water, thanks to UNDP. "
            * 40,
            encoding="utf-8",
        )
    return folder


def test_import_shows_progress_completes_and_reports_rejects(
    data_dir: Path, seeds_dir: Path, tmp_path: Path, qtbot: Any
) -> None:
    from storydesk.gui.mainwindow import MainWindow
    from storydesk.library import Library

    bad = tmp_path / "inbox"
    _many_stories(bad, 40)
    for seed in seeds_dir.iterdir():
        shutil.copy(seed, bad / seed.name)
    (bad / "broken.storybundle").write_bytes(b"this is not a zip file")
    library = Library.open(data_dir)
    win = MainWindow(library)
    qtbot.addWidget(win)
    try:
        win.show()
        qtbot.waitUntil(lambda: win.catalogue_count == 0, timeout=10000)
        with qtbot.waitSignal(win.importer.finished, timeout=120000) as finished:
            assert win.import_paths([bad])
            assert not win.import_paths([bad]), "one import at a time"
            # progress appears only once the import has run for a moment
            qtbot.waitUntil(
                lambda: win.importer.dialog is not None or not win.importer.running, timeout=20000
            )
            if win.importer.dialog is not None:
                qtbot.waitUntil(
                    lambda: not win.importer.running or win.importer.dialog.bar.maximum() > 0,
                    timeout=20000,
                )
        report = finished.args[0]
        assert report.imported >= 45
        assert [r["path"] for r in report.rejected if "broken" in r["path"]]
        summary = win.importer.summary
        assert summary is not None and summary.isVisible()
        assert summary.table is not None
        assert "broken.storybundle" in summary.rejected_text()
        assert all(e["reason"] for e in report.rejected)
        qtbot.waitUntil(lambda: win.model.total == report.imported, timeout=10000)
        qtbot.waitUntil(lambda: win.stack.currentWidget() is not win.first_run, timeout=10000)
        summary.close()
    finally:
        win.close()
        library.close()


def test_cancel_leaves_the_catalogue_as_it_was(
    seeded_library: Any, tmp_path: Path, qtbot: Any
) -> None:
    from storydesk.gui.mainwindow import MainWindow

    library = seeded_library
    before = library.stats()
    folder = _many_stories(tmp_path / "big", 300)
    win = MainWindow(library)
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.importer.finished, timeout=120000) as finished:
            assert win.import_paths([folder])
            state = win.importer.state
            qtbot.waitUntil(lambda: state.snapshot()[0] >= 1, timeout=60000)
            qtbot.waitUntil(lambda: win.importer.dialog is not None, timeout=5000)
            win.importer.dialog.cancel_button.click()
        report = finished.args[0]
        assert report.cancelled
        assert library.stats() == before
        assert library.check().ok
        assert win.importer.summary is not None
        assert "cancelled" in win.importer.summary.summary.text()
        win.importer.summary.close()
    finally:
        win.close()


def test_summary_names_skipped_files_and_the_story_whose_image_is_missing(
    data_dir: Path, tmp_path: Path, qtbot: Any
) -> None:
    from storydesk.gui.mainwindow import MainWindow
    from storydesk.library import Library

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "report.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word document")
    (inbox / "empty.md").write_text("")
    (inbox / "notes.xyz").write_text("x")
    (inbox / "photo-story.md").write_text(
        "---\ntitle: Solar panels in Osh\n---\n![panel](photo.jpg)\n\nOsh school got panels.\n",
        encoding="utf-8",
    )
    (inbox / "line\nbreak.txt").write_text("")
    library = Library.open(data_dir)
    win = MainWindow(library)
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.importer.finished, timeout=120000) as finished:
            assert win.import_paths([inbox])
        report = finished.args[0]
        assert report.imported == 1
        summary = win.importer.summary
        assert summary is not None and summary.table is not None
        listed = summary.rejected_text()
        assert "Story 'Solar panels in Osh': image photo.jpg is missing" in listed
        for name in ("report.doc", "empty.md", "notes.xyz"):
            assert name in listed
        assert "line\\nbreak.txt" in listed and "line\nbreak" not in listed
        counts = summary.counts.text()
        # Numerus forms: "1 image(s)" in the source text, "1 image" with a translation.
        assert re.search(r"\b1 image(\(s\))? missing", counts), counts
        assert re.search(r"\b4 file(s|\(s\)) or row(s|\(s\)) skipped", counts), counts
        assert "could not be imported" not in counts
        assert summary.table.rowCount() == 5
        summary.close()
    finally:
        win.close()
        library.close()


def test_summary_of_a_report_lists_every_kind(qtbot: Any) -> None:
    from storydesk.gui.importing import ImportSummaryDialog
    from storydesk.ingest.importer import ImportReport

    report = ImportReport(imported=2)
    report.reject("a/broken.md", "front matter cannot be read")
    report.skip("a/b.pdf", "a PDF document, not a story format")
    report.warn("a/clews.md", "front matter 'countries' is a set of fields")
    report.conflict("abc123", "body", "Sart-Kalmyks…", "Capacity development…", "b/about.md")
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.table is not None and dialog.table.rowCount() == 4
    kinds = [dialog.table.item(row, 1).text() for row in range(4)]
    assert kinds == ["Not imported", "Conflict", "Skipped", "Left out"]
    counts = dialog.counts.text()
    assert re.search(r"\b1 file(\(s\))? could not be imported", counts), counts
    assert re.search(r"\b1 conflict(\(s\))?:", counts), counts
    assert re.search(r"\b1 file(\(s\))? or row(\(s\))? skipped", counts), counts
    assert "abc123" in dialog.rejected_text()


def test_the_import_dialog_offers_every_kind_an_import_reads(qapp: Any) -> None:
    from storydesk.gui.importing import import_filters
    from storydesk.ingest.formats import BUNDLE_EXTENSIONS, STORY_EXTENSIONS

    filters = import_filters().split(";;")
    assert filters[-1] == "All files (*)"
    everything = set(re.findall(r"\*(\.\w+)", filters[0]))
    assert everything == set(STORY_EXTENSIONS | BUNDLE_EXTENSIONS)
    assert {".json", ".docx", ".odt", ".pdf", ".xlsx", ".ods"} <= everything
    by_kind = [set(re.findall(r"\*(\.\w+)", f)) for f in filters[1:-1]]
    assert set().union(*by_kind) == everything
    assert sum(len(kind) for kind in by_kind) == len(everything)
