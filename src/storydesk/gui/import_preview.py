"""Previewing a bundle before it is imported: who made it, and what it would change.

Whenever a bundle (a ``.storybundle``/``.zip`` file, or a folder holding ``bundle.json``) is
imported from the app (File › Import › Bundle…, the sample stories, a bundle dropped on the
window or opened from the command line or the file manager), :class:`PreviewController`
first runs :meth:`storydesk.library.Library.preview_import` on the runner's ``write`` lane:
everything is read and checked as an import would, then rolled back, so nothing is written.
A progress window with Cancel appears if that takes more than 300 ms.

:class:`ImportPreviewDialog` then says, for each bundle, who signed it and whether this
catalogue trusts that publisher, counts the stories that would be new, updated, unchanged or
withdrawn, and those rejected or in conflict, and lists them in tabs. Import runs the usual
import (:class:`storydesk.gui.importing.ImportController`, with its progress and summary);
Cancel (or Escape) leaves the catalogue as it is. A bundle refused whole (a signature that
does not match, a manifest that cannot be read) shows why, with only Close.

Plain files and folders without ``bundle.json`` import at once, without a preview.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storydesk.errors import Cancelled
from storydesk.gui.editing import EDIT_FIELDS, field_label
from storydesk.gui.errors import show_error, translated
from storydesk.gui.i18n import number
from storydesk.gui.progress import BackgroundJob, CancellableProgressDialog
from storydesk.gui.tasks import TaskRunner
from storydesk.library import ImportReport, spaced_fingerprint
from storydesk.messages import Message, Template

if TYPE_CHECKING:
    from storydesk.library import Library

log = logging.getLogger(__name__)

BUNDLE_SUFFIXES = frozenset({".storybundle", ".zip"})
MANIFEST = "bundle.json"

# The tabs of the preview, in order: (key, what each row lists).
NEW, UPDATED, UNCHANGED, WITHDRAWN, REJECTED, CONFLICTS = (
    "new",
    "updated",
    "unchanged",
    "withdrawn",
    "rejected",
    "conflicts",
)
TABS = (NEW, UPDATED, UNCHANGED, WITHDRAWN, REJECTED, CONFLICTS)


def is_bundle(path: Path | str) -> bool:
    """Whether ``path`` is a bundle: a ``.storybundle``/``.zip`` file or a folder with a
    ``bundle.json`` (the paths the import previews first)."""
    p = Path(path)
    try:
        if p.is_dir():
            return (p / MANIFEST).is_file()
        return p.suffix.lower() in BUNDLE_SUFFIXES and p.is_file()
    except OSError:
        return False


def _same_path(a: str | Path, b: str | Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, ValueError):
        return str(a) == str(b)


class PreviewProgressDialog(CancellableProgressDialog):
    """Progress of the preview: the bundle being checked, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewProgress")
        self.setWindowTitle(self.tr("Checking the Bundle"))
        self.heading.setText(self.tr("Checking what the import would do…"))
        self.bar.setAccessibleName(self.tr("Preview progress"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the preview"))
        self.cancelling_text = self.tr("Cancelling… nothing will be imported.")

    def show_progress(self, done: int, total: int, current: str) -> None:
        self.set_bar(done, total)
        if total > 0 and not self.cancelling:
            self.heading.setText(
                self.tr("Checking {number} of {count}…").format(
                    number=number(min(done + 1, total)), count=number(total)
                )
            )
        if isinstance(current, Message | Template):  # a stage of the work
            stage = translated(current)
            self.set_current(stage, stage, Qt.TextElideMode.ElideRight)
            return
        name = Path(current).name if current else ""
        self.set_current(name or current, current, Qt.TextElideMode.ElideMiddle)


class ImportPreviewDialog(QDialog):
    """What importing ``paths`` would do, with Import and Cancel (or only Close).

    Args:
        report: The dry run's report (``Library.preview_import``).
        paths: What the user asked to import.

    Attributes:
        standings: One line per bundle: who made it and whether it is trusted.
        counts: The counts, one numerus form each.
        tabs: One tab per non-empty list, keyed in :attr:`lists` by ``new``, ``updated``,
            ``unchanged``, ``withdrawn``, ``rejected`` and ``conflicts``.
        import_button: Import, or ``None`` when every bundle was refused whole.
        refused: The bundles refused whole (their paths).
    """

    def __init__(
        self, report: ImportReport, paths: Sequence[Path | str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import Preview"))
        self.setModal(True)
        self.report = report
        self.paths = [Path(p) for p in paths]
        self.titles = {str(c["id"]): str(c.get("title") or "") for c in report.changes}
        self.refused: list[Path] = []
        self.standings: list[QLabel] = []
        layout = QVBoxLayout(self)

        bundles = [p for p in self.paths if is_bundle(p)]
        for path in bundles:
            refusal = self._refusal(path)
            if refusal is not None:
                self.refused.append(path)
            frame = self._bundle_frame(path, refusal)
            layout.addWidget(frame)

        everything_refused = bool(self.refused) and len(self.refused) == len(self.paths)
        self.counts = QLabel(self._counts_text())
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.counts)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("previewTabs")
        self.lists: dict[str, QTreeWidget] = {}
        self._fill_tabs()
        self.tabs.setVisible(self.tabs.count() > 0)
        layout.addWidget(self.tabs, 1)

        self.buttons = QDialogButtonBox()
        self.import_button: QPushButton | None = None
        self.cancel_button: QPushButton
        if everything_refused:
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.cancel_button.setDefault(True)
            self.counts.setText(self.tr("Nothing was imported."))
        else:
            self.import_button = self.buttons.addButton(
                self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.import_button.setObjectName("previewImport")
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            # Enter imports only when nothing was refused; otherwise it cancels.
            clean = not report.rejected and not self.refused
            self.import_button.setDefault(clean)
            self.import_button.setAutoDefault(clean)
            self.cancel_button.setDefault(not clean)
            self.cancel_button.setAutoDefault(not clean)
        self.cancel_button.setObjectName("previewCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 520 if self.tabs.count() else 260)

    # -- each bundle ---------------------------------------------------------------------

    def bundle_entry(self, path: Path) -> Mapping[str, Any] | None:
        """The verify object the report holds for the bundle at ``path``, if any."""
        for entry in getattr(self.report, "bundles", None) or []:
            if not isinstance(entry, Mapping):
                continue
            if _same_path(str(entry.get("path", "")), path):
                bundle = entry.get("bundle")
                return bundle if isinstance(bundle, Mapping) else None
        return None

    def _refusal(self, path: Path) -> list[str] | None:
        """Why the bundle at ``path`` was refused whole, or ``None`` if it was read."""
        reasons = [
            translated(e["reason"])
            for e in self.report.rejected
            if _same_path(str(e.get("path", "")), path)
        ]
        bundle = self.bundle_entry(path)
        if bundle is not None and bundle.get("signed") and not bundle.get("ok", True):
            reasons += [translated(str(p)) for p in bundle.get("problems") or []]
        if not reasons:
            return None
        return list(dict.fromkeys(reasons))

    def standing_text(self, path: Path) -> str:
        """Who made the bundle at ``path``, and whether this catalogue trusts them."""
        bundle = self.bundle_entry(path) or {}
        publisher = str(bundle.get("publisher") or "").strip()
        fingerprint = str(bundle.get("fingerprint") or "")
        if bundle.get("signed"):
            if bundle.get("trusted"):
                return self.tr("Signed by {publisher} — trusted").format(
                    publisher=publisher or self.tr("an unnamed publisher")
                )
            return self.tr(
                "Signed by “{publisher}” — unknown publisher (fingerprint {fingerprint}); "
                "compare the fingerprint with the publisher before trusting it in "
                "Settings › Publishers"
            ).format(
                publisher=publisher or self.tr("unnamed"),
                fingerprint=spaced_fingerprint(fingerprint) or "?",
            )
        return self.tr("Unsigned — nothing says who made this bundle")

    def _bundle_frame(self, path: Path, refusal: list[str] | None) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        name = QLabel()
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setText(path.name or str(path))
        name.setToolTip(str(path))
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        box.addWidget(name)
        bundle = self.bundle_entry(path) or {}
        if refusal is not None:
            text = self.tr("Refused: nothing from this bundle can be imported.")
            lines = [text, *("• " + reason for reason in refusal)]
        else:
            lines = [self.standing_text(path)]
            if not bundle.get("ok", True):
                lines += ["• " + translated(str(p)) for p in bundle.get("problems") or []]
        standing = QLabel("\n".join(lines))
        standing.setObjectName("bundleStanding")
        standing.setTextFormat(Qt.TextFormat.PlainText)
        standing.setWordWrap(True)
        standing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(standing)
        self.standings.append(standing)
        return frame

    # -- the stories ---------------------------------------------------------------------

    def changes(self, action: str) -> list[Mapping[str, Any]]:
        """The report's changes with ``action`` (``new``, ``updated``, ...)."""
        return [c for c in self.report.changes if c.get("action") == action]

    def conflicts(self) -> list[tuple[str, str]]:
        """``(story id, why)`` for each story the import would not change over a conflict."""
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for conflict in self.report.conflicts:
            story_id, field = str(conflict.get("id", "")), str(conflict.get("field", ""))
            if field in EDIT_FIELDS:
                why = self.tr("{field} was edited here; your edit is kept").format(
                    field=field_label(field)
                )
            elif field == "publisher":
                why = self.tr(
                    "This story came from another publisher's signed bundle; it is not changed"
                )
            else:
                why = self.tr("Would replace most of the story's text; the catalogue keeps its own")
            rows.append((story_id, why))
            seen.add(story_id)
        for change in self.changes("conflict"):
            story_id = str(change["id"])
            if story_id not in seen:
                rows.append((story_id, self.tr("In conflict; the catalogue keeps its version")))
        return rows

    def counts_of(self) -> dict[str, int]:
        """How many stories each tab lists."""
        return {
            NEW: len(self.changes("new")),
            UPDATED: len(self.changes("updated")),
            UNCHANGED: len(self.changes("unchanged")),
            WITHDRAWN: len(self.changes("withdrawn")),
            REJECTED: len(self.report.rejected),
            CONFLICTS: len(self.conflicts()),
        }

    def _counts_text(self) -> str:
        counts = self.counts_of()
        forms = {
            NEW: self.tr("%Ln new stories", "", counts[NEW]),
            UPDATED: self.tr("%Ln updated", "", counts[UPDATED]),
            UNCHANGED: self.tr("%Ln unchanged", "", counts[UNCHANGED]),
            WITHDRAWN: self.tr("%Ln withdrawn", "", counts[WITHDRAWN]),
            REJECTED: self.tr("%Ln rejected", "", counts[REJECTED]),
            CONFLICTS: self.tr("%Ln in conflict", "", counts[CONFLICTS]),
        }
        parts = [forms[key] for key in TABS if counts[key] or key in (NEW, UPDATED, UNCHANGED)]
        return self.tr("Importing would bring: {counts}").format(counts=" · ".join(parts))

    def _tab_title(self, key: str, count: int) -> str:
        titles = {
            NEW: self.tr("New (%Ln)", "", count),
            UPDATED: self.tr("Updated (%Ln)", "", count),
            UNCHANGED: self.tr("Unchanged (%Ln)", "", count),
            WITHDRAWN: self.tr("Withdrawn (%Ln)", "", count),
            REJECTED: self.tr("Rejected (%Ln)", "", count),
            CONFLICTS: self.tr("Conflicts (%Ln)", "", count),
        }
        return titles[key]

    def _fill_tabs(self) -> None:
        story_header = [self.tr("Story"), self.tr("Id")]
        for key in (NEW, UPDATED, UNCHANGED, WITHDRAWN):
            rows = [
                (_shown(str(c.get("title") or c["id"])), str(c["id"])) for c in self.changes(key)
            ]
            self._add_tab(key, story_header, rows)
        rejected = []
        for entry in self.report.rejected:
            if entry.get("story") and entry.get("image"):
                why = self.tr("Story '{story}': image {image} is missing").format(
                    story=entry["story"], image=entry["image"]
                )
            else:
                why = translated(entry["reason"])
            path = str(entry.get("path", ""))
            rejected.append((_shown(Path(path).name or path), _shown(why), path))
        self._add_tab(REJECTED, [self.tr("File"), self.tr("Why")], rejected)
        conflicts = [
            (_shown(self.titles.get(story_id) or story_id), why)
            for story_id, why in self.conflicts()
        ]
        self._add_tab(CONFLICTS, [self.tr("Story"), self.tr("Why")], conflicts)

    def _add_tab(self, key: str, headers: list[str], rows: Sequence[tuple[str, ...]]) -> None:
        if not rows:
            return
        tree = QTreeWidget()
        tree.setObjectName(f"preview_{key}")
        tree.setRootIsDecorated(False)
        tree.setColumnCount(len(headers))
        tree.setHeaderLabels(headers)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setUniformRowHeights(True)
        for row in rows:
            item = QTreeWidgetItem([row[0], row[1]])
            item.setToolTip(0, row[2] if len(row) > 2 else row[0])
            item.setToolTip(1, row[1])
            tree.addTopLevelItem(item)
        tree.header().setStretchLastSection(key in (REJECTED, CONFLICTS))
        tree.setColumnWidth(0, 460 if key not in (REJECTED, CONFLICTS) else 240)
        title = self._tab_title(key, len(rows))
        tree.setAccessibleName(title)
        self.lists[key] = tree
        self.tabs.addTab(tree, title)

    def listed(self, key: str) -> list[str]:
        """The second column (ids, or reasons) of a tab's rows, for tests and Copy."""
        tree = self.lists.get(key)
        if tree is None:
            return []
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return [item.text(1) for item in items if item is not None]


def _shown(text: str) -> str:
    """A name or reason with control characters escaped (a file name may hold newlines)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text)


class PreviewController(BackgroundJob):
    """Runs one preview at a time in the background, then shows :class:`ImportPreviewDialog`.

    Signals:
        previewed: The dialog, once it is open.
        importRequested: The paths to import, once the user chose Import.
        declined: The user closed the preview without importing.
        failed: The preview could not be made (one sentence).
    """

    previewed = Signal(object)
    importRequested = Signal(list)
    declined = Signal()
    failed = Signal(str)

    def __init__(self, library: Library, runner: TaskRunner, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._library = library
        self._runner = runner
        self._parent = parent_widget
        self.preview: ImportPreviewDialog | None = None
        self._paths: list[Path] = []

    @property
    def busy(self) -> bool:
        """A preview is being made, or its dialog is open."""
        return self.running or self.preview is not None

    def start(self, paths: Sequence[Path | str]) -> bool:
        """Preview importing ``paths``; ``False`` if a preview is being made or shown."""
        if self.busy or not paths:
            return False
        state = self._begin()
        library = self._library
        items = self._paths = [Path(p) for p in paths]
        log.info("import preview started: %s", ", ".join(map(str, items)))
        self._runner.run(
            lambda: library.preview_import(items, progress=state.update, cancel=state.token),
            on_done=self._done,
            on_failed=self._failed,
            lane="write",
        )
        self._watch(state)
        return True

    def _make_dialog(self) -> PreviewProgressDialog:
        return PreviewProgressDialog(self._parent)

    def _show_progress(self, dialog: Any, done: int, total: int, current: str) -> None:
        dialog.show_progress(done, total, current)

    def _done(self, report: Any) -> None:
        self._close_progress()
        log.info(
            "import preview: %d new, %d updated, %d unchanged, %d rejected",
            report.imported,
            report.updated,
            report.unchanged,
            len(report.rejected),
        )
        paths = list(self._paths)
        dialog = self.preview = ImportPreviewDialog(report, paths, self._parent)
        dialog.finished.connect(lambda result: self._closed(dialog, result, paths))
        dialog.open()
        self.previewed.emit(dialog)

    def _closed(self, dialog: ImportPreviewDialog, result: int, paths: list[Path]) -> None:
        if self.preview is dialog:
            self.preview = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.import_button is not None:
            log.info("import chosen after the preview")
            self.importRequested.emit(paths)
        else:
            log.info("import declined after the preview")
            self.declined.emit()

    def _failed(self, exc: BaseException, tb: str) -> None:
        cancelled = self.state.cancelled() if self.state else False
        self._close_progress()
        if isinstance(exc, Cancelled) or cancelled:
            log.info("import preview cancelled")
            self.declined.emit()
            return
        self.failed.emit(str(exc))
        show_error(self._parent, self.tr("The bundle could not be checked"), exc, tb, modal=False)
