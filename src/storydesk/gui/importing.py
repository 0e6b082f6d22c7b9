"""Importing from the desktop app: background work, delayed progress, cancel, summary.

The import runs on the runner's ``write`` lane (the one worker that changes the catalogue).
The worker writes progress into a :class:`ProgressState`; the UI polls it every 100 ms and
shows the progress dialog only if the import is still running after 300 ms, so a small
import just finishes. Cancel sets the flag the importer checks; the importer commits
nothing from a cancelled batch. The summary names every file or row not taken, and why,
and lists the fields edited here that the source changed too (conflicts): the catalogue kept
the edit, and each row offers Keep Mine or Take Theirs (or all at once), settled through
:meth:`storydesk.library.Library.resolve_conflict` on the write lane.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storydesk.errors import Cancelled
from storydesk.gui.editing import EDIT_FIELDS, field_label
from storydesk.gui.errors import show_error, translated
from storydesk.gui.i18n import number
from storydesk.gui.progress import BackgroundJob, CancellableProgressDialog
from storydesk.gui.tasks import TaskRunner
from storydesk.library import IMPORT_KINDS, ImportReport
from storydesk.messages import Message, Template

if TYPE_CHECKING:
    from storydesk.library import Library

log = logging.getLogger(__name__)

IMPORTABLE = " ".join(f"*{ext}" for _, exts in IMPORT_KINDS for ext in exts)
"""Every kind of file an import reads, as a file dialog's name filter."""


def import_filters() -> str:
    """The name filters of the Import Stories dialog: everything first, then by kind."""
    names = {
        "bundles": QCoreApplication.translate("ImportFilters", "Story bundles"),
        "documents": QCoreApplication.translate("ImportFilters", "Word, OpenDocument and PDF"),
        "spreadsheets": QCoreApplication.translate("ImportFilters", "Spreadsheets and JSON"),
        "web pages and text": QCoreApplication.translate(
            "ImportFilters", "Markdown, web pages and text"
        ),
    }
    filters = [
        QCoreApplication.translate("ImportFilters", "Stories and bundles ({patterns})").format(
            patterns=IMPORTABLE
        )
    ]
    for kind, exts in IMPORT_KINDS:
        patterns = " ".join(f"*{ext}" for ext in exts)
        filters.append(f"{names[kind]} ({patterns})")
    filters.append(QCoreApplication.translate("ImportFilters", "All files (*)"))
    return ";;".join(filters)


class ImportProgressDialog(CancellableProgressDialog):
    """Progress bar, the file being read, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing Stories"))
        self.heading.setText(self.tr("Reading files…"))
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancelling_text = self.tr("Cancelling… nothing from this import will be kept.")

    def show_progress(self, done: int, total: int, current: str) -> None:
        self.set_bar(done, total)
        if total > 0 and not self.cancelling:
            self.heading.setText(
                self.tr("Importing {number} of {count}…").format(
                    number=number(min(done + 1, total)), count=number(total)
                )
            )
        if isinstance(current, Message | Template):  # a stage ("Rebuilding the search index")
            stage = translated(current)
            self.set_current(stage, stage, Qt.TextElideMode.ElideRight)
            return
        name = Path(current).name if current else ""
        self.set_current(name or current, current, Qt.TextElideMode.ElideMiddle)


def field_conflicts(report: ImportReport) -> list[Mapping[str, Any]]:
    """The report's conflicts over fields edited here (the ones Keep Mine/Take Theirs settle);
    a story whose text an import would replace is a conflict of another kind."""
    return [c for c in report.conflicts if c.get("field") in EDIT_FIELDS]


class ConflictResolver(QObject):
    """Settles conflicts on the write lane: keep the edit made here, or take the import's.

    Signals:
        resolved: ``(story id, field, keep)`` once the catalogue has it.
        failed: ``(story id, field, sentence)`` when it could not be settled.
    """

    resolved = Signal(str, str, str)
    failed = Signal(str, str, str)

    def __init__(self, library: Library, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._runner = runner

    def resolve(self, story_id: str, field: str, keep: str) -> None:
        """``keep`` is ``"mine"`` or ``"theirs"``."""
        library = self._library
        self._runner.run(
            lambda: library.resolve_conflict(story_id, field, keep),
            on_done=lambda _r: self.resolved.emit(story_id, field, keep),
            on_failed=lambda exc, _tb: self._failed(story_id, field, exc),
            lane="write",
        )

    def _failed(self, story_id: str, field: str, exc: BaseException) -> None:
        from storydesk.gui.errors import describe

        self.failed.emit(story_id, field, describe(exc))


class ConflictList(QWidget):
    """Fields edited here that an import says otherwise, with Keep Mine / Take Theirs.

    Args:
        conflicts: ``{id, field, local, incoming, path}`` each.
        titles: Story titles by id (the id is shown when a title is missing).
        resolver: Settles them; without one the buttons are disabled.
    """

    def __init__(
        self,
        conflicts: Sequence[Mapping[str, Any]],
        titles: Mapping[str, str],
        resolver: ConflictResolver | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.conflicts = list(conflicts)
        self.titles = dict(titles)
        self.resolver = resolver
        self.state: dict[tuple[str, str], str] = {}
        """How each conflict stands: "pending", "working", "mine", "theirs" or "failed"."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(
            self.tr(
                "%Ln fields edited here were also changed in the source. The catalogue kept "
                "your edits; keep them, or take the imported values.",
                "",
                len(self.conflicts),
            )
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        Mode = QHeaderView.ResizeMode
        table = _report_table(
            self,
            self.tr("Fields edited here and changed in the source"),
            [self.tr("Story"), self.tr("Field"), self.tr("Yours"), self.tr("Theirs"), ""],
            [
                Mode.Interactive,
                Mode.ResizeToContents,
                Mode.Stretch,
                Mode.Stretch,
                Mode.ResizeToContents,
            ],
            len(self.conflicts),
        )
        table.setObjectName("conflictTable")
        for row, conflict in enumerate(self.conflicts):
            story_id, field = str(conflict["id"]), str(conflict["field"])
            title = self.titles.get(story_id) or story_id
            story_item = QTableWidgetItem(_shown(title))
            story_item.setToolTip(_shown(f"{title}\n{conflict.get('path', '')}"))
            table.setItem(row, 0, story_item)
            table.setItem(row, 1, QTableWidgetItem(field_label(field)))
            for column, key in ((2, "local"), (3, "incoming")):
                text = _shown(str(conflict.get(key) or "—"))
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
            table.setCellWidget(row, 4, self._choice_cell(story_id, field))
            self.state[(story_id, field)] = "pending"
        table.resizeColumnToContents(0)
        if table.columnWidth(0) > 240:
            table.setColumnWidth(0, 240)
        table.resizeRowsToContents()
        layout.addWidget(table, 1)
        self.table = table
        all_row = QHBoxLayout()
        all_row.addStretch(1)
        self.keep_all = QPushButton(self.tr("Keep All Mine"))
        self.keep_all.setObjectName("keepAllMine")
        self.keep_all.clicked.connect(lambda: self.resolve_all("mine"))
        self.take_all = QPushButton(self.tr("Take All Theirs"))
        self.take_all.setObjectName("takeAllTheirs")
        self.take_all.clicked.connect(lambda: self.resolve_all("theirs"))
        all_row.addWidget(self.keep_all)
        all_row.addWidget(self.take_all)
        layout.addLayout(all_row)
        enabled = self.resolver is not None
        self.keep_all.setEnabled(enabled)
        self.take_all.setEnabled(enabled)
        if self.resolver is not None:
            self.resolver.resolved.connect(self._resolved)
            self.resolver.failed.connect(self._resolve_failed)

    def _choice_cell(self, story_id: str, field: str) -> QWidget:
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(2, 0, 2, 0)
        mine = QPushButton(self.tr("Keep Mine"))
        mine.setObjectName(f"keepMine:{story_id}:{field}")
        mine.setToolTip(self.tr("Keep the value edited here"))
        mine.clicked.connect(lambda: self.resolve(story_id, field, "mine"))
        theirs = QPushButton(self.tr("Take Theirs"))
        theirs.setObjectName(f"takeTheirs:{story_id}:{field}")
        theirs.setToolTip(self.tr("Replace your edit with the imported value"))
        theirs.clicked.connect(lambda: self.resolve(story_id, field, "theirs"))
        state = QLabel()
        state.setObjectName(f"conflictState:{story_id}:{field}")
        state.hide()
        for widget in (mine, theirs, state):
            widget.setEnabled(self.resolver is not None)
            row.addWidget(widget)
        return cell

    def _cell(self, story_id: str, field: str) -> QWidget | None:
        for row, conflict in enumerate(self.conflicts):
            if (str(conflict["id"]), str(conflict["field"])) == (story_id, field):
                return self.table.cellWidget(row, 4)
        return None

    def resolve(self, story_id: str, field: str, keep: str) -> bool:
        """Keep Mine (``keep="mine"``) or Take Theirs for one conflict; ``False`` if it is
        settled or being settled already."""
        if self.resolver is None or self.state.get((story_id, field)) != "pending":
            return False
        self.state[(story_id, field)] = "working"
        self._show_state(story_id, field, self.tr("Saving…"))
        self.resolver.resolve(story_id, field, keep)
        return True

    def resolve_all(self, keep: str) -> int:
        """Keep All Mine / Take All Theirs: every conflict not settled yet."""
        count = 0
        for story_id, field in list(self.state):
            count += self.resolve(story_id, field, keep)
        return count

    def _resolved(self, story_id: str, field: str, keep: str) -> None:
        if (story_id, field) not in self.state:
            return
        self.state[(story_id, field)] = keep
        text = self.tr("Kept yours") if keep == "mine" else self.tr("Took theirs")
        self._show_state(story_id, field, text)
        self._update_all_buttons()

    def _resolve_failed(self, story_id: str, field: str, reason: str) -> None:
        if (story_id, field) not in self.state:
            return
        self.state[(story_id, field)] = "failed"
        self._show_state(story_id, field, self.tr("Not settled: {reason}").format(reason=reason))
        self._update_all_buttons()

    def _show_state(self, story_id: str, field: str, text: str) -> None:
        cell = self._cell(story_id, field)
        if cell is None:
            return
        for button in cell.findChildren(QPushButton):
            button.hide()
        label = cell.findChild(QLabel)
        if label is not None:
            label.setText(text)
            label.setToolTip(text)
            label.show()

    def _update_all_buttons(self) -> None:
        pending = any(state == "pending" for state in self.state.values())
        self.keep_all.setEnabled(pending)
        self.take_all.setEnabled(pending)


class ImportSummaryDialog(QDialog):
    """What an import did, naming every file or row not taken, and why.

    One table lists, in this order, what could not be imported (a missing image is named
    by its story: "Story 'X': image photo.jpg is missing"), conflicts (the catalogue kept
    its story), files and rows skipped (not stories), and values left out (warnings).
    """

    def __init__(
        self,
        report: ImportReport,
        parent: QWidget | None = None,
        resolver: ConflictResolver | None = None,
        titles: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.resolver = resolver
        self.titles = dict(titles or {})
        self.setWindowTitle(
            self.tr("Import Finished") if not report.cancelled else self.tr("Import Cancelled")
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report = report
        layout = QVBoxLayout(self)
        if report.cancelled:
            text = self.tr("The import was cancelled. The catalogue is as it was before.")
        else:
            text = " · ".join(
                [
                    self.tr("%Ln new stories", "", report.imported),
                    self.tr("%Ln updated", "", report.updated),
                    self.tr("%Ln already in the catalogue, unchanged", "", report.unchanged),
                ]
            )
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.rows = [] if report.cancelled else self._rows(report)
        self.counts = QLabel(self._counts_text(report))
        self.counts.setWordWrap(True)
        self.counts.setVisible(bool(self.counts.text()))
        layout.addWidget(self.counts)
        self.table: QTableWidget | None = None
        self.group_box: QComboBox | None = None
        if self.rows:
            self.group_box = self._group_box()
            if self.group_box.count() > 2:  # more than one kind: offer to show one kind
                show_row = QHBoxLayout()
                label = QLabel(self.tr("&Show:"))
                label.setBuddy(self.group_box)
                show_row.addWidget(label)
                show_row.addWidget(self.group_box)
                show_row.addStretch(1)
                layout.addLayout(show_row)
            root = _common_folder([path for path, _what, _why in self.rows])
            self.table = self._summary_table(root)
            if root and root not in ("/", os.sep):
                where = QLabel(self.tr("Files in {folder}:").format(folder=_shown(root)))
                where.setObjectName("importSummaryFolder")
                where.setToolTip(_shown(root))
                where.setTextFormat(Qt.TextFormat.PlainText)
                where.setWordWrap(True)
                layout.addWidget(where)
            layout.addWidget(self.table, 1)
        self.conflicts = [] if report.cancelled else field_conflicts(report)
        self.conflict_list: ConflictList | None = None
        if self.conflicts:
            self.conflict_list = ConflictList(self.conflicts, self.titles, resolver, self)
            layout.addWidget(self.conflict_list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        if self.rows:
            copy = buttons.addButton(self.tr("Copy List"), QDialogButtonBox.ButtonRole.ActionRole)
            copy.clicked.connect(self.copy_list)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        big = bool(self.rows or self.conflicts)
        self.resize(860 if big else 420, (520 if self.conflicts else 440) if big else 120)

    # -- the files not imported -------------------------------------------------------------

    def _summary_table(self, root: str) -> QTableWidget:
        """One compact line per file: its path (elided in the middle, whole on hover), what
        happened, and why (elided at the end, whole on hover); every row the same height,
        so two hundred skipped rows are a list to scroll, not pages of wrapped text. Paths
        are shown below ``root``, the folder they share (named above the table)."""
        Mode = QHeaderView.ResizeMode
        table = _report_table(
            self,
            self.tr("Files not imported and why"),
            [self.tr("File"), self.tr("What"), self.tr("Why")],
            [Mode.Interactive, Mode.ResizeToContents, Mode.Stretch],
            len(self.rows),
            compact=True,
        )
        table.setObjectName("importSummaryTable")
        for row, (path, what, why) in enumerate(self.rows):
            path_item = QTableWidgetItem(_shown(_relative(path, root)))
            path_item.setToolTip(_shown(path))
            what_item = QTableWidgetItem(what)
            what_item.setData(Qt.ItemDataRole.UserRole, what)
            why_item = QTableWidgetItem(_shown(why))
            why_item.setToolTip(_shown(why))
            table.setItem(row, 0, path_item)
            table.setItem(row, 1, what_item)
            table.setItem(row, 2, why_item)
        table.setItemDelegateForColumn(2, _ElideAtEnd(table))
        metrics = table.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(_shown(_relative(p, root))) for p, _w, _y in self.rows
        )
        table.setColumnWidth(0, min(max(160, widest + 16), 340))
        return table

    def _group_box(self) -> QComboBox:
        """ "All (N)" and each kind of row with its count; choosing one shows only those."""
        box = QComboBox()
        box.setObjectName("importSummaryGroups")
        box.setAccessibleName(self.tr("Show the rows of one kind"))
        box.addItem(self.tr("All (%Ln)", "", len(self.rows)), "")
        counts: dict[str, int] = {}
        for _path, what, _why in self.rows:
            counts[what] = counts.get(what, 0) + 1
        for what, count in counts.items():
            box.addItem(self.tr("{kind} (%Ln)", "", count).format(kind=what), what)
        box.currentIndexChanged.connect(self._show_group)
        return box

    def _show_group(self, _index: int) -> None:
        if self.table is None or self.group_box is None:
            return
        wanted = str(self.group_box.currentData() or "")
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            what = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
            self.table.setRowHidden(row, bool(wanted) and what != wanted)

    # -- conflicts over edited fields -------------------------------------------------------

    # the conflict list's parts, for the window and tests
    @property
    def conflict_table(self) -> QTableWidget | None:
        return self.conflict_list.table if self.conflict_list else None

    @property
    def conflict_state(self) -> dict[tuple[str, str], str]:
        return self.conflict_list.state if self.conflict_list else {}

    @property
    def keep_all(self) -> QPushButton | None:
        return self.conflict_list.keep_all if self.conflict_list else None

    def resolve(self, story_id: str, field: str, keep: str) -> bool:
        """Keep Mine / Take Theirs for one conflict (see :meth:`ConflictList.resolve`)."""
        return self.conflict_list.resolve(story_id, field, keep) if self.conflict_list else False

    def resolve_all(self, keep: str) -> int:
        """Keep All Mine / Take All Theirs."""
        return self.conflict_list.resolve_all(keep) if self.conflict_list else 0

    def _rows(self, report: ImportReport) -> list[tuple[str, str, str]]:
        rows: list[tuple[str, str, str]] = []
        for entry in report.rejected:
            if entry.get("story") and entry.get("image"):
                why = self.tr("Story '{story}': image {image} is missing").format(
                    story=entry["story"], image=entry["image"]
                )
                rows.append((entry["path"], self.tr("Image missing"), why))
            else:
                rows.append((entry["path"], self.tr("Not imported"), translated(entry["reason"])))
        for conflict in report.conflicts:
            if conflict.get("field") in EDIT_FIELDS:
                continue  # listed with Keep Mine / Take Theirs below
            why = self.tr(
                "Would replace most of the text of story {id}; the catalogue kept its version"
            ).format(id=conflict["id"])
            rows.append((conflict.get("path", ""), self.tr("Conflict"), why))
        for entry in report.skipped:
            rows.append((entry["path"], self.tr("Skipped"), translated(entry["reason"])))
        for entry in report.warnings:
            rows.append((entry["path"], self.tr("Left out"), translated(entry["reason"])))
        return rows

    def _counts_text(self, report: ImportReport) -> str:
        if report.cancelled:
            return ""
        missing = sum(1 for e in report.rejected if e.get("story") and e.get("image"))
        parts = []
        if len(report.rejected) - missing:
            parts.append(
                self.tr("%Ln files could not be imported", "", len(report.rejected) - missing)
            )
        if missing:
            parts.append(self.tr("%Ln images missing", "", missing))
        text_conflicts = len(report.conflicts) - len(field_conflicts(report))
        if text_conflicts:
            parts.append(
                self.tr("%Ln conflicts: the catalogue kept its stories", "", text_conflicts)
            )
        if field_conflicts(report):
            parts.append(
                self.tr(
                    "%Ln edits kept over changes in the source", "", len(field_conflicts(report))
                )
            )
        if report.skipped:
            parts.append(self.tr("%Ln files or rows skipped", "", len(report.skipped)))
        if report.warnings:
            parts.append(self.tr("%Ln values left out", "", len(report.warnings)))
        return " · ".join(parts)

    def rejected_text(self) -> str:
        """Every row of the table as tab-separated lines (what Copy List copies)."""
        return "\n".join(f"{_shown(p)}\t{w}\t{_shown(r)}" for p, w, r in self.rows)

    def copy_list(self) -> None:
        QGuiApplication.clipboard().setText(self.rejected_text())


class ConflictsDialog(QDialog):
    """Stories › Import Conflicts…: every conflict not settled yet, from any import.

    Read on the ``read`` lane (:meth:`storydesk.library.Library.conflicts`); settled with the
    import controller's :class:`ConflictResolver`, as in the import summary.
    """

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        resolver: ConflictResolver | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importConflicts")
        self.setWindowTitle(self.tr("Import Conflicts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resolver = resolver
        self.conflict_list: ConflictList | None = None
        self.loaded = False
        self.heading = QLabel(self.tr("Reading the conflicts…"))
        self.heading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(buttons)
        self.resize(860, 460)
        runner.run(library.conflicts, on_done=self._loaded, on_failed=self._failed, lane="read")

    def _loaded(self, conflicts: Sequence[Any]) -> None:
        self.loaded = True
        if not conflicts:
            self.heading.setText(
                self.tr("No conflicts: every field edited here agrees with its source.")
            )
            return
        self.heading.hide()
        rows = [
            {
                "id": c.id,
                "field": c.field,
                "local": c.local,
                "incoming": c.incoming,
                "path": c.path,
            }
            for c in conflicts
        ]
        titles = {c.id: c.title for c in conflicts}
        self.conflict_list = ConflictList(rows, titles, self.resolver, self)
        self._layout.insertWidget(1, self.conflict_list, 1)

    def _failed(self, exc: BaseException, _tb: str) -> None:
        from storydesk.gui.errors import describe

        self.loaded = True
        self.heading.setText(
            self.tr("The conflicts could not be read. {reason}").format(reason=describe(exc))
        )


def _shown(text: str) -> str:
    """A name or reason with control characters escaped (a file name may hold newlines)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text)


class ImportController(BackgroundJob):
    """Runs one import at a time in the background and reports it."""

    started = Signal()
    finished = Signal(object)  # ImportReport
    indexed = Signal()  # the search index has caught up with the import
    failed = Signal(str)
    conflictResolved = Signal(str)  # the id of a story whose conflict was settled

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        parent_widget: QWidget,
        show_summary: bool = True,
    ) -> None:
        super().__init__(parent_widget)
        self._library = library
        self._runner = runner
        self._parent = parent_widget
        self.show_summary = show_summary
        self.summary: ImportSummaryDialog | None = None
        self.resolver = ConflictResolver(library, runner, self)
        self.resolver.resolved.connect(
            lambda story_id, _f, _k: self.conflictResolved.emit(story_id)
        )
        self._titles: dict[str, str] = {}

    def start(self, paths: Sequence[Path | str]) -> bool:
        """Import ``paths``; ``False`` if another import is still running."""
        if self.state is not None or not paths:
            return False
        state = self._begin()
        library = self._library
        items = [Path(p) for p in paths]
        log.info("import started: %s", ", ".join(map(str, items)))
        # The catalogue commit ends the import (stories are browsable at once); the index
        # catches up on the same lane afterwards, and searches say how much is pending.
        titles = self._titles = {}

        def job() -> ImportReport:
            report = library.import_paths(
                items, progress=state.update, cancel=state.token, index=False
            )
            conflicted = [str(c["id"]) for c in field_conflicts(report)]
            if conflicted:  # the summary names the stories
                titles.update({i: s.title for i, s in library.summaries(conflicted).items()})
            return report

        self._runner.run(
            job,
            on_done=self._done,
            on_failed=self._failed,
            lane="write",
        )
        if self._watch(state):
            self.started.emit()
        return True

    def show_conflicts(self) -> ConflictsDialog:
        """Stories › Import Conflicts…: the conflicts not settled yet, to settle them."""
        dialog = ConflictsDialog(self._library, self._runner, self.resolver, self._parent)
        dialog.open()
        return dialog

    def _make_dialog(self) -> ImportProgressDialog:
        return ImportProgressDialog(self._parent)

    def _show_progress(self, dialog: Any, done: int, total: int, current: str) -> None:
        dialog.show_progress(done, total, current)

    def _done(self, report: Any) -> None:
        self._close_progress()
        log.info(
            "import finished: %d new, %d updated, %d unchanged, %d rejected, %d skipped%s",
            report.imported,
            report.updated,
            report.unchanged,
            len(report.rejected),
            len(report.skipped),
            " (cancelled)" if report.cancelled else "",
        )
        for entry in report.rejected:
            log.info("rejected: %r: %s", entry["path"], entry["reason"])
        for entry in report.skipped:
            log.info("skipped: %r: %s", entry["path"], entry["reason"])
        if report.changed_ids:
            self._runner.run(
                self._library.index_pending,
                on_done=lambda _n: self.indexed.emit(),
                on_failed=self._index_failed,
                lane="write",
            )
        if self.show_summary:
            self.summary = ImportSummaryDialog(
                report, self._parent, resolver=self.resolver, titles=self._titles
            )
            self.summary.open()
        self.finished.emit(report)

    def _index_failed(self, exc: BaseException, tb: str) -> None:
        # The catalogue is safe; the next start rebuilds the index (generation mismatch).
        log.error("indexing after import failed: %s\n%s", exc, tb)
        self.indexed.emit()

    def _failed(self, exc: BaseException, tb: str) -> None:
        cancelled = self.state.cancelled() if self.state else False
        self._close_progress()
        if isinstance(exc, Cancelled) or cancelled:
            self._done(ImportReport(cancelled=True))
            return
        self.failed.emit(str(exc))
        show_error(self._parent, self.tr("The import did not finish"), exc, tb, modal=False)


def _report_table(
    parent: QWidget,
    name: str,
    headers: list[str],
    modes: list[QHeaderView.ResizeMode],
    rows: int,
    *,
    compact: bool = False,
) -> QTableWidget:
    """A read-only table of a report's rows, whole rows selected.

    Text wraps; with ``compact``, each row is one line of the same height instead, long
    text elided in the middle (paths: the file name stays in sight) and whole in its
    tooltip.
    """
    table = QTableWidget(rows, len(headers), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(not compact)
    if compact:
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        rows_header = table.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setAlternatingRowColors(True)
    for column, mode in enumerate(modes):
        table.horizontalHeader().setSectionResizeMode(column, mode)
    return table


class _ElideAtEnd(QStyledItemDelegate):
    """A column whose text is elided at its end (a reason reads from its start)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


def _common_folder(paths: Sequence[str]) -> str:
    """The folder all ``paths`` share (``""`` when one is not absolute or they share none)."""
    folders = [os.path.dirname(p) for p in paths if p and os.path.isabs(p)]
    if not folders or len(folders) != len(paths):
        return ""
    try:
        return os.path.commonpath(folders)
    except ValueError:  # different drives
        return ""


def _relative(path: str, root: str) -> str:
    """``path`` below ``root`` (the file's name when they are the same folder)."""
    if not root or not path.startswith(root) or root in ("/", os.sep):
        return path
    rest = path[len(root) :].lstrip("/\\")
    return rest or path
