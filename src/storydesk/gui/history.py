"""Stories › History…: what was changed in a story, when, on which machine, before → after.

The entries come from :meth:`storydesk.library.Library.story_history` (newest first), read
on the task runner's ``read`` lane. Values are shown as the reader sees them: dates in the
interface language, partner, place and country names in the reader's language, goals with
their names, "—" for nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storydesk.gui.editing import field_label, sdg_label
from storydesk.gui.i18n import date_text, date_time_text

if TYPE_CHECKING:
    from storydesk.gui.tasks import TaskRunner
    from storydesk.library import DisplayNames, Library

ACTIONS = {
    "edit": QT_TRANSLATE_NOOP("StoryHistory", "Edited"),
    "undo": QT_TRANSLATE_NOOP("StoryHistory", "Undone"),
    "redo": QT_TRANSLATE_NOOP("StoryHistory", "Redone"),
    "import": QT_TRANSLATE_NOOP("StoryHistory", "Imported"),
    "theirs": QT_TRANSLATE_NOOP("StoryHistory", "Took the imported value"),
    "take-theirs": QT_TRANSLATE_NOOP("StoryHistory", "Took the imported value"),
    "mine": QT_TRANSLATE_NOOP("StoryHistory", "Kept the value edited here"),
    "keep-mine": QT_TRANSLATE_NOOP("StoryHistory", "Kept the value edited here"),
    "confirm": QT_TRANSLATE_NOOP("StoryHistory", "Suggestion confirmed"),
}


def action_text(action: str) -> str:
    """How the history names an action ("Edited", "Undone")."""
    text = ACTIONS.get(action)
    return QCoreApplication.translate("StoryHistory", str(text)) if text else action


def value_text(field: str, value: Any, names: DisplayNames | None = None) -> str:
    """A history value (JSON: a list of names, "YYYY-MM-DD", text, goals) as the reader sees it."""
    if value is None or value == "" or value == []:
        return "—"
    if field == "date" and isinstance(value, str):
        try:
            return date_text(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if field == "sdgs" and isinstance(value, list):
        return "; ".join(sdg_label(int(v)) for v in value)
    if isinstance(value, list):
        shown = [str(v) for v in value]
        if names is not None and field == "partners":
            shown = [names.partner(v) for v in shown]
        elif names is not None and field in ("places", "countries"):
            shown = [names.place(v) for v in shown]
        return "; ".join(shown)
    return str(value)


def _local(moment: dt.datetime) -> dt.datetime:
    """A UTC time from the catalogue in this machine's time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


class HistoryDialog(QDialog):
    """A story's history, newest first: when, machine, field, before, after, what.

    Args:
        library: The catalogue.
        runner: The history is read on its ``read`` lane.
        story_id: The story.
        title: Its title, for the dialog's heading.
        parent: The main window.
        names: Names in the reader's language.
    """

    COLUMNS = (
        QT_TRANSLATE_NOOP("StoryHistory", "When"),
        QT_TRANSLATE_NOOP("StoryHistory", "Machine"),
        QT_TRANSLATE_NOOP("StoryHistory", "Field"),
        QT_TRANSLATE_NOOP("StoryHistory", "Before"),
        QT_TRANSLATE_NOOP("StoryHistory", "After"),
        QT_TRANSLATE_NOOP("StoryHistory", "Change"),
    )

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        story_id: str,
        title: str,
        parent: QWidget | None = None,
        names: DisplayNames | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("storyHistory")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("History of ‘{title}’").format(title=title or story_id))
        self.story_id = story_id
        self.names = names
        self.entries: list[Any] | None = None
        self.heading = QLabel(self.tr("Reading the history…"))
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Changes to this story"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("StoryHistory", str(c)) for c in self.COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)
        runner.run(
            lambda: library.story_history(story_id),
            on_done=self.set_entries,
            on_failed=self._failed,
            lane="read",
        )

    def set_entries(self, entries: Sequence[Any]) -> None:
        """Fill the table (``HistoryEntry`` records, newest first)."""
        self.entries = list(entries)
        if not self.entries:
            self.heading.setText(self.tr("This story has not been changed here."))
        else:
            self.heading.setText(self.tr("%Ln changes, newest first", "", len(self.entries)))
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (
                date_time_text(_local(entry.edited_at)),
                entry.machine or "",
                field_label(entry.field),
                value_text(entry.field, entry.old, self.names),
                value_text(entry.field, entry.new, self.names),
                action_text(entry.action),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        from storydesk.gui.errors import describe

        self.heading.setText(
            self.tr("The history could not be read. {reason}").format(reason=describe(exc))
        )

    def row_texts(self) -> list[list[str]]:
        """The table's cells, row by row (for tests and Copy)."""
        rows = []
        for r in range(self.table.rowCount()):
            cells = []
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                cells.append(item.text() if item is not None else "")
            rows.append(cells)
        return rows
