"""File > Back Up Now and File > Restore from Backup… in the desktop app."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from storydesk.gui.i18n import date_time_text

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


def _backup_files(window: Any) -> set[Path]:
    return set((window.library.layout.backups).glob("catalogue-*-manual.sqlite3"))


def test_the_file_menu_has_backup_and_restore(window: Any) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert "backUpNow" in names and "restoreBackup" in names
    assert window.act_backup.isEnabled() and window.act_restore.isEnabled()


def test_back_up_now_writes_a_verified_backup_off_the_ui_thread(window: Any, qtbot: Any) -> None:
    before = _backup_files(window)
    with qtbot.waitSignal(window.backups.backedUp, timeout=30000) as signal:
        window.act_backup.trigger()
    made = Path(signal.args[0])
    assert made in _backup_files(window) - before
    with sqlite3.connect(made) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM stories").fetchone()[0] == 7
    assert "backed up" in window.statusBar().currentMessage()


def test_restore_lists_backups_and_brings_the_catalogue_back(window: Any, qtbot: Any) -> None:
    library = window.library
    saved = library.backup()
    library.delete_stories(library.story_ids()[:3])
    assert len(library.story_ids()) == 4

    dialog = window.restore_from_backup()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
    rows = {dialog.table.item(r, 0).toolTip(): r for r in range(dialog.table.rowCount())}
    assert str(saved) in rows
    row = rows[str(saved)]
    assert dialog.table.item(row, 1).text() == "7"  # the story count
    taken = next(b.taken for b in library.list_backups() if b.path == saved)
    assert dialog.table.item(row, 0).text() == date_time_text(taken)  # the date, as the
    assert str(taken.year) in dialog.table.item(row, 0).text()  # reader's language writes it
    dialog.table.selectRow(row)
    assert dialog.chosen() == saved and dialog.restore_button.isEnabled()
    with qtbot.waitSignal(window.backups.restored, timeout=60000) as signal:
        dialog.accept()
    result = signal.args[0]
    assert result.stories == 7 and result.kept_aside is not None and result.kept_aside.exists()
    assert len(library.story_ids()) == 7
    assert [p for p in library.check().problems if p.startswith("index:")] == []
    qtbot.waitUntil(lambda: window.catalogue_count == 7, timeout=10000)
    assert "Restored 7 stories" in window.statusBar().currentMessage()


def test_cancelling_the_restore_dialog_changes_nothing(window: Any, qtbot: Any) -> None:
    library = window.library
    library.backup()
    catalogue = library.layout.catalogue
    dialog = window.restore_from_backup()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not list(library.layout.backups.glob("catalogue-replaced-*"))
    assert catalogue.exists() and len(library.story_ids()) == 7
