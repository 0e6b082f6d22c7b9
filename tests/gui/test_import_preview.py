"""The import preview: a bundle is shown (publisher, trust, what would change) before any of
it is written, and imported only when the user chooses Import.

Real data folders and real bundles written by ``Library.create_bundle``; the preview runs the
real dry run (``Library.preview_import``) on the window's task runner.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.gui.conftest import open_window

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

WAIT = 60000


@pytest.fixture
def source_bundles(seeded_library: Any, tmp_path: Path) -> dict[str, Any]:
    """From the seeded catalogue: ``first`` (three stories) and ``second`` (the same three,
    the first retitled since, and one more)."""
    library = seeded_library
    ids = library.story_ids()
    first = tmp_path / "bundles" / "first.storybundle"
    first.parent.mkdir()
    library.create_bundle(ids[:3], first, title="First visit")
    library.edit_story(ids[0], {"title": "Retitled since the first bundle"})
    second = tmp_path / "bundles" / "second.storybundle"
    library.create_bundle(ids[:4], second, title="Second visit")
    return {"first": first, "second": second, "ids": ids[:4]}


@pytest.fixture
def empty_window(data_dir: Path, qtbot: Any) -> Iterator[Any]:
    """The main window over an empty catalogue of its own."""
    from storydesk.library import Library

    library = Library.open(data_dir)
    win = open_window(library, qtbot)
    try:
        yield win
    finally:
        win.close()
        library.close()


def _preview(win: Any, qtbot: Any, paths: list[Path]) -> Any:
    assert win.import_paths(paths)
    qtbot.waitUntil(lambda: win.import_preview is not None, timeout=WAIT)
    dialog = win.import_preview
    assert dialog.isVisible()
    return dialog


def _import(win: Any, qtbot: Any, dialog: Any) -> Any:
    with qtbot.waitSignal(win.importer.finished, timeout=WAIT) as finished:
        dialog.import_button.click()
    report = finished.args[0]
    if win.importer.summary is not None:
        win.importer.summary.close()
    return report


def test_nothing_is_written_until_import_is_chosen(
    empty_window: Any, source_bundles: dict[str, Any], qtbot: Any
) -> None:
    win, library = empty_window, empty_window.library
    bundle = source_bundles["first"]

    dialog = _preview(win, qtbot, [bundle])
    assert library.story_ids() == [], "the preview wrote stories"
    assert not win.importer.running
    assert dialog.counts_of()["new"] == 3
    assert "3 new stories" in dialog.counts.text()
    assert sorted(dialog.listed("new")) == sorted(source_bundles["ids"][:3])
    assert dialog.import_button is not None and dialog.import_button.isDefault()
    assert [label.text() for label in dialog.standings] == [
        "Unsigned — nothing says who made this bundle"
    ]

    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: win.import_preview is None, timeout=WAIT)
    assert library.story_ids() == []
    assert not win.importer.running

    dialog = _preview(win, qtbot, [bundle])
    report = _import(win, qtbot, dialog)
    assert report.imported == 3
    assert sorted(library.story_ids()) == sorted(source_bundles["ids"][:3])

    again = _preview(win, qtbot, [bundle])
    assert again.counts_of() == {
        "new": 0,
        "updated": 0,
        "unchanged": 3,
        "withdrawn": 0,
        "rejected": 0,
        "conflicts": 0,
    }
    assert "3 unchanged" in again.counts.text()
    assert "unchanged" in again.lists and "new" not in again.lists
    again.cancel_button.click()


def test_new_updated_and_unchanged_stories_are_listed(
    empty_window: Any, source_bundles: dict[str, Any], qtbot: Any
) -> None:
    win, library = empty_window, empty_window.library
    ids = source_bundles["ids"]
    library.import_paths([source_bundles["first"]])
    before = {i: s.title for i, s in library.summaries(ids).items()}

    dialog = _preview(win, qtbot, [source_bundles["second"]])
    counts = dialog.counts_of()
    assert (counts["new"], counts["updated"], counts["unchanged"]) == (1, 1, 2)
    assert dialog.listed("new") == [ids[3]]
    assert dialog.listed("updated") == [ids[0]]
    assert sorted(dialog.listed("unchanged")) == sorted(ids[1:3])
    tab_titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tab_titles == ["New (1)", "Updated (1)", "Unchanged (2)"]
    assert {i: s.title for i, s in library.summaries(ids).items()} == before

    report = _import(win, qtbot, dialog)
    assert (report.imported, report.updated, report.unchanged) == (1, 1, 2)
    assert library.summaries([ids[0]])[ids[0]].title == "Retitled since the first bundle"


def test_escape_cancels_the_preview(
    empty_window: Any, source_bundles: dict[str, Any], qtbot: Any
) -> None:
    win = empty_window
    dialog = _preview(win, qtbot, [source_bundles["first"]])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.import_preview is None, timeout=WAIT)
    assert win.library.story_ids() == []
    assert not win.importer.running


def test_a_bundle_refused_whole_offers_only_close(
    empty_window: Any, source_bundles: dict[str, Any], tmp_path: Path, qtbot: Any
) -> None:
    win = empty_window
    broken = tmp_path / "broken.storybundle"
    with (
        zipfile.ZipFile(source_bundles["first"]) as original,
        zipfile.ZipFile(broken, "w") as copy,
    ):
        for name in original.namelist():
            data = b"{not json" if name == "bundle.json" else original.read(name)
            copy.writestr(name, data)

    dialog = _preview(win, qtbot, [broken])
    assert dialog.import_button is None
    assert dialog.refused == [broken]
    assert dialog.cancel_button.text().replace("&", "") == "Close"
    standing = dialog.standings[0].text()
    assert standing.startswith("Refused: nothing from this bundle can be imported.")
    assert "bundle.json is not valid JSON" in standing
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: win.import_preview is None, timeout=WAIT)
    assert win.library.story_ids() == []
    assert not win.importer.running


def test_files_and_plain_folders_import_without_a_preview(
    empty_window: Any, seeds_dir: Path, qtbot: Any
) -> None:
    win = empty_window
    with qtbot.waitSignal(win.importer.finished, timeout=WAIT) as finished:
        assert win.import_paths([seeds_dir])
        assert win.import_preview is None
    assert finished.args[0].imported >= 5
    if win.importer.summary is not None:
        win.importer.summary.close()


def test_a_bundle_folder_is_previewed(
    empty_window: Any, source_bundles: dict[str, Any], tmp_path: Path, qtbot: Any
) -> None:
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(source_bundles["first"]) as bundle:
        bundle.extractall(folder)
    dialog = _preview(empty_window, qtbot, [folder])
    assert dialog.counts_of()["new"] == 3
    dialog.cancel_button.click()
    assert empty_window.library.story_ids() == []


def test_dropping_a_bundle_on_the_window_previews_it(
    empty_window: Any, source_bundles: dict[str, Any], qtbot: Any
) -> None:
    win = empty_window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source_bundles["first"]))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.dropEvent(event)
    qtbot.waitUntil(lambda: win.import_preview is not None, timeout=WAIT)
    assert win.library.story_ids() == []
    assert win.import_preview.counts_of()["new"] == 3
    win.import_preview.cancel_button.click()


def test_opening_a_bundle_at_start_goes_through_the_preview(
    data_dir: Path, source_bundles: dict[str, Any], qtbot: Any
) -> None:
    """``storydesk-gui FILE.storybundle``: the window opens, then the preview, not the import."""
    from storydesk.gui.app import Launcher, import_when_ready
    from storydesk.gui.tasks import TaskRunner

    runner = TaskRunner()
    launcher = Launcher(data_dir, runner)
    import_when_ready(launcher, [source_bundles["first"]])
    launcher.start()
    try:
        qtbot.waitUntil(lambda: launcher.window is not None, timeout=WAIT)
        win = launcher.window
        qtbot.addWidget(win)
        qtbot.waitUntil(lambda: win.import_preview is not None, timeout=WAIT)
        assert win.library.story_ids() == []
        assert not win.importer.running
        dialog = win.import_preview
        assert dialog.counts_of()["new"] == 3
        report = _import(win, qtbot, dialog)
        assert report.imported == 3
    finally:
        if launcher.window is not None:
            launcher.window.close()
        runner.close()
        if launcher.library is not None:
            launcher.library.close()


def test_publisher_and_trust_as_the_reader_reports_them(
    empty_window: Any, source_bundles: dict[str, Any], qtbot: Any
) -> None:
    """Each bundle's line follows its verify object: trusted, unknown key, unsigned, or a
    signed bundle that failed its checks (refused)."""
    from storydesk.gui.import_preview import ImportPreviewDialog

    path = source_bundles["first"]
    report = empty_window.library.preview_import([path])
    fingerprint = "3f2a91c0" + "0" * 32
    cases = {
        "trusted": (
            {"ok": True, "signed": True, "publisher": "UNDP Kyrgyzstan", "trusted": True},
            "Signed by UNDP Kyrgyzstan — trusted",
        ),
        "unknown": (
            {
                "ok": True,
                "signed": True,
                "publisher": "X",
                "fingerprint": fingerprint,
                "trusted": False,
            },
            "Signed by “X” — unknown publisher (fingerprint 3f2a 91c0 0000",
        ),
        "unsigned": (
            {"ok": True, "signed": False, "publisher": "StoryDesk", "trusted": False},
            "Unsigned — nothing says who made this bundle",
        ),
    }
    for verify, expected in cases.values():
        report.bundles = [{"path": str(path), "bundle": {"problems": [], **verify}}]
        dialog = ImportPreviewDialog(report, [path], empty_window)
        assert dialog.standings[0].text().startswith(expected), dialog.standings[0].text()
        assert dialog.import_button is not None
        if verify.get("trusted") is False and verify["signed"]:
            assert "Settings › Publishers" in dialog.standings[0].text()
        dialog.deleteLater()

    report.bundles = [
        {
            "path": str(path),
            "bundle": {
                "ok": False,
                "signed": True,
                "publisher": "X",
                "fingerprint": fingerprint,
                "trusted": False,
                "problems": ["the signature does not match bundle.json"],
            },
        }
    ]
    report.changes = []
    dialog = ImportPreviewDialog(report, [path], empty_window)
    assert dialog.import_button is None
    assert "the signature does not match bundle.json" in dialog.standings[0].text()
    dialog.deleteLater()


def test_rejected_and_conflicting_stories_have_their_tabs(
    empty_window: Any, source_bundles: dict[str, Any], tmp_path: Path, qtbot: Any
) -> None:
    """A member that fails its checksum is listed as rejected, and Import is then not the
    default button (Enter does not import a bundle with refused parts)."""
    bad = tmp_path / "tampered.storybundle"
    with zipfile.ZipFile(source_bundles["first"]) as original, zipfile.ZipFile(bad, "w") as copy:
        for name in original.namelist():
            data = original.read(name)
            if name.startswith("stories/") and name.endswith(".md") and "0001" in name:
                data = data.replace(b"a", b"A", 1) + b"\nTampered.\n"
            copy.writestr(name, data)
    dialog = _preview(empty_window, qtbot, [bad])
    counts = dialog.counts_of()
    assert counts["rejected"] == 1 and counts["new"] == 2
    assert "rejected" in dialog.lists
    assert dialog.import_button is not None and not dialog.import_button.isDefault()
    assert dialog.cancel_button.isDefault()
    dialog.cancel_button.click()
    assert empty_window.library.story_ids() == []


def test_a_field_edited_here_and_changed_in_the_bundle_is_a_conflict(
    empty_window: Any, source_bundles: dict[str, Any], qtbot: Any
) -> None:
    win, library = empty_window, empty_window.library
    ids = source_bundles["ids"]
    library.import_paths([source_bundles["first"]])
    library.edit_story(ids[0], {"title": "Edited here"})

    dialog = _preview(win, qtbot, [source_bundles["second"]])
    assert dialog.counts_of()["conflicts"] == 1
    assert "1 in conflict" in dialog.counts.text()
    assert dialog.listed("conflicts") == ["Title was edited here; your edit is kept"]
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Conflicts (1)"
    dialog.cancel_button.click()
    assert library.summaries([ids[0]])[ids[0]].title == "Edited here"


def test_one_preview_at_a_time(
    empty_window: Any, source_bundles: dict[str, Any], seeds_dir: Path, qtbot: Any
) -> None:
    win = empty_window
    dialog = _preview(win, qtbot, [source_bundles["first"]])
    assert not win.import_paths([source_bundles["second"]])
    assert not win.import_paths([seeds_dir]), "nothing else is imported while a preview is open"
    assert "being previewed" in win.statusBar().currentMessage()
    assert win.import_preview is dialog
    dialog.cancel_button.click()
    assert win.library.story_ids() == []
