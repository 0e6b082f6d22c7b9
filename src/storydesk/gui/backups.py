"""Backing up and restoring the catalogue from the desktop app (File menu).

"Back Up Now" and "Restore from Backup…" run on the runner's ``write`` lane, the one worker
that changes the data folder, with the delayed progress window of
:class:`~storydesk.gui.progress.BackgroundJob` (neither can be cancelled half way: a backup
is written under a temporary name and a restore swaps files by renaming). The restore
dialog lists the backups, newest first, with their date, story count and why they were
taken; the list is read off the UI thread too. Restoring keeps the current catalogue aside
in the backups folder, and the library reopens on the restored file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storydesk.gui.errors import describe, show_error
from storydesk.gui.i18n import date_time_text, number
from storydesk.gui.progress import BackgroundJob, CancellableProgressDialog
from storydesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from storydesk.library import BackupInfo, Library, RestoreResult

log = logging.getLogger(__name__)


class BackupProgressDialog(CancellableProgressDialog):
    """A busy bar while a backup or restore runs; it cannot be cancelled half way."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Catalogue Backup"))
        self.heading.setText(heading)
        self.bar.setAccessibleName(self.tr("Backup progress"))
        self.cancel_button.hide()

    def reject(self) -> None:  # Esc does nothing: the work finishes on its own
        pass


class RestoreDialog(QDialog):
    """The backups, newest first, with date, story count and reason; Restore or Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.backups: list[BackupInfo] = []
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "Choose a backup to put in place of the catalogue. The current catalogue is "
                "not deleted: it is kept aside in the backups folder."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Stories"), self.tr("Why")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Reading the backups…"))
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button: QPushButton = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def reasons(self) -> dict[str, str]:
        """Words for why a backup was taken."""
        return {
            "manual": self.tr("made with Back Up Now"),
            "daily": self.tr("daily backup"),
            "before-change": self.tr("before a change to many stories"),
        }

    def set_backups(self, backups: list[BackupInfo]) -> None:
        """Fill the table (called on the UI thread once the list has been read)."""
        self.backups = backups
        self.table.setRowCount(len(backups))
        words = self.reasons()
        for row, info in enumerate(backups):
            taken = QTableWidgetItem(date_time_text(info.taken))
            taken.setToolTip(str(info.path))
            stories = QTableWidgetItem(
                self.tr("unreadable") if info.stories is None else number(info.stories)
            )
            stories.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reason = info.reason
            if reason.startswith("before-") and reason not in words:
                why = self.tr("before upgrading the catalogue")
            else:
                why = words.get(reason, reason)
            self.table.setItem(row, 0, taken)
            self.table.setItem(row, 1, stories)
            self.table.setItem(row, 2, QTableWidgetItem(why))
        self.table.resizeColumnsToContents()
        self.empty.setText(self.tr("There are no backups yet.") if not backups else "")
        self.empty.setVisible(not backups)
        if backups:
            self.table.selectRow(0)

    def chosen(self) -> Path | None:
        """The selected backup's file."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()].path

    def _selection_changed(self) -> None:
        row = self.table.currentRow()
        usable = 0 <= row < len(self.backups) and self.backups[row].stories is not None
        self.restore_button.setEnabled(bool(self.chosen()) and usable)


class BackupController(BackgroundJob):
    """Runs "Back Up Now" and restores, one at a time, on the write lane."""

    backedUp = Signal(str)  # the backup's path
    restored = Signal(object)  # RestoreResult
    failed = Signal(str)

    def __init__(self, library: Library, runner: TaskRunner, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._library = library
        self._runner = runner
        self._parent = parent_widget
        self._heading = ""
        self.dialog_for_restore: RestoreDialog | None = None

    def back_up_now(self) -> bool:
        """Start a backup; ``False`` if a backup or restore is already running."""
        if self.state is not None:
            return False
        self._begin()
        self._heading = self.tr("Backing up the catalogue…")
        library = self._library
        self._runner.run(
            lambda: str(library.backup()),
            on_done=self._backed_up,
            on_failed=lambda exc, tb: self._failed(self.tr("The backup was not made"), exc, tb),
            lane="write",
        )
        self._watch_state()
        return True

    def choose_and_restore(self) -> RestoreDialog:
        """Open the restore dialog; the backups are listed off the UI thread."""
        dialog = RestoreDialog(self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog_for_restore = dialog
        library = self._library
        self._runner.run(
            library.list_backups,
            on_done=dialog.set_backups,
            on_failed=lambda exc, tb: dialog.empty.setText(describe(exc)),
            lane="read",
        )
        dialog.accepted.connect(lambda: self._restore_chosen(dialog))
        dialog.open()
        return dialog

    def _restore_chosen(self, dialog: RestoreDialog) -> None:
        chosen = dialog.chosen()
        if chosen is not None:
            self.restore(chosen)

    def restore(self, path: Path) -> bool:
        """Restore ``path`` in the background; ``False`` if other such work is running."""
        if self.state is not None:
            return False
        self._begin()
        self._heading = self.tr("Restoring the catalogue from the backup…")
        library = self._library
        log.info("restoring the catalogue from %s", path)
        self._runner.run(
            lambda: library.restore(path),
            on_done=self._restored,
            on_failed=lambda exc, tb: self._failed(
                self.tr("The catalogue was not restored"), exc, tb
            ),
            lane="write",
        )
        self._watch_state()
        return True

    def _watch_state(self) -> None:
        if self.state is not None:
            self._watch(self.state)

    def _make_dialog(self) -> BackupProgressDialog:
        return BackupProgressDialog(self._heading, self._parent)

    def _show_progress(self, dialog: Any, done: int, total: int, current: str) -> None:
        pass  # a busy bar: the backup API reports no useful steps for a catalogue this size

    def _backed_up(self, path: str) -> None:
        self._close_progress()
        log.info("catalogue backed up to %s", path)
        self.backedUp.emit(path)

    def _restored(self, result: RestoreResult) -> None:
        self._close_progress()
        self.restored.emit(result)

    def _failed(self, what: str, exc: BaseException, tb: str) -> None:
        self._close_progress()
        self.failed.emit(str(exc))
        show_error(self._parent, what, exc, tb, modal=False)
