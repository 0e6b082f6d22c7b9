"""Deleting stories in the app, with a confirmation and an undo.

:class:`DeleteController` asks before deleting (naming the stories), deletes on the write
lane of the :class:`~storydesk.gui.tasks.TaskRunner`, and keeps what the last delete removed
so that Edit › Undo Delete can put it back, until the next delete or until the app closes.
The stories' image files stay in the media store; ``storydesk check --repair`` removes the
ones no story uses any more.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from storydesk.gui.errors import show_error

if TYPE_CHECKING:
    from storydesk.gui.tasks import TaskRunner
    from storydesk.library import DeletedStories, Library, StorySummary

SHOWN_TITLES = 5
"""How many stories the confirmation names before it says "and N more"."""


class DeleteController(QObject):
    """Confirms, deletes and undoes deletes of stories, off the UI thread.

    Signals:
        deleted: The stories were deleted (a :class:`~storydesk.library.DeletedStories`).
        restored: Undo put them back (the same record).
        undoChanged: Whether there is a delete to undo.
    """

    deleted = Signal(object)
    restored = Signal(object)
    undoChanged = Signal(bool)

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = library
        self._runner = runner
        self._parent = parent
        self.last: DeletedStories | None = None
        """What the last delete removed, while it can still be undone."""
        self.running = False
        self.box: QMessageBox | None = None
        """The last confirmation opened."""

    def confirmation(self, stories: Sequence[tuple[str, str]]) -> QMessageBox:
        """The question "Delete N stories?" naming them, with Delete and Cancel.

        Args:
            stories: ``(id, title)`` pairs.

        Returns:
            The message box, not yet shown. Its Delete button is named ``deleteButton``.
        """
        box = QMessageBox(self._parent)
        box.setObjectName("confirmDelete")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete Stories"))
        box.setText(self.tr("Delete %Ln stories?", "", len(stories)))
        names = [f"• {title or story_id}" for story_id, title in stories[:SHOWN_TITLES]]
        if len(stories) > SHOWN_TITLES:
            names.append(self.tr("and %Ln more", "", len(stories) - SHOWN_TITLES))
        undo_hint = self.tr(
            "Edit › Undo Delete (Ctrl+Z) brings them back until you delete again or close "
            "StoryDesk."
        )
        box.setInformativeText("\n".join(names) + "\n\n" + undo_hint)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("deleteButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        ids = [story_id for story_id, _title in stories]
        box.buttonClicked.connect(lambda button: self.delete(ids) if button is delete else None)
        return box

    def ask(self, stories: Sequence[tuple[str, str]]) -> None:
        """Open the confirmation for ``stories`` (``(id, title)`` pairs; window-modal).

        Titles not known yet (rows of the list not fetched) are read first, on the read lane.
        """
        if not stories:
            return
        if all(title for _story_id, title in stories):
            self._open(stories)
            return
        library, ids = self._library, [story_id for story_id, _title in stories]

        def titled(found: dict[str, StorySummary]) -> None:
            self._open([(i, found[i].title if i in found else t) for i, t in stories])

        self._runner.run(
            lambda: library.summaries(ids),
            on_done=titled,
            on_failed=lambda _exc, _tb: self._open(stories),
            lane="read",
        )

    def _open(self, stories: Sequence[tuple[str, str]]) -> None:
        self.box = self.confirmation(stories)
        self.box.open()

    def delete(self, ids: Sequence[str]) -> bool:
        """Delete the stories ``ids`` on the write lane; ``False`` while another is running."""
        if self.running or not ids:
            return False
        self.running = True
        library, wanted = self._library, list(ids)
        self._runner.run(
            lambda: library.withdraw_stories(wanted),
            on_done=self._deleted,
            on_failed=lambda exc, tb: self._failed(
                self.tr("The stories could not be deleted"), exc, tb
            ),
            lane="write",
        )
        return True

    def undo(self) -> bool:
        """Put back what the last delete removed; ``False`` if there is nothing to undo."""
        last = self.last
        if self.running or last is None:
            return False
        self.running = True
        library = self._library
        self._runner.run(
            lambda: library.restore_deleted(last),
            on_done=lambda _count: self._restored(last),
            on_failed=lambda exc, tb: self._failed(
                self.tr("The deleted stories could not be put back"), exc, tb
            ),
            lane="write",
        )
        return True

    def _deleted(self, deleted: DeletedStories) -> None:
        self.running = False
        if not deleted.ids:
            return
        self.last = deleted
        self.undoChanged.emit(True)
        self.deleted.emit(deleted)

    def _restored(self, deleted: DeletedStories) -> None:
        self.running = False
        self.last = None
        self.undoChanged.emit(False)
        self.restored.emit(deleted)

    def _failed(self, what: str, exc: BaseException, tb: str) -> None:
        self.running = False
        show_error(self._parent, what, exc, tb, modal=False)
