"""Deleting stories in the app, with a confirmation and an undo.

:class:`DeleteController` asks before deleting (naming the stories), deletes on the write
lane of the :class:`~storydesk.gui.tasks.TaskRunner`, and records each delete on the
window's undo history (:class:`~storydesk.gui.undo.StoryUndo`) as a :class:`DeleteCommand`
holding what the delete removed, so Edit › Undo (Ctrl+Z) puts the stories back and Redo
deletes them again, until the app closes. The stories' image files stay in the media store;
``storydesk check --repair`` removes the ones no story uses any more.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from storydesk.gui.errors import show_error
from storydesk.gui.undo import StoryCommand, StoryUndo, short_title

if TYPE_CHECKING:
    from storydesk.gui.tasks import TaskRunner
    from storydesk.library import DeletedStories, Library, StorySummary

SHOWN_TITLES = 5
"""How many stories the confirmation names before it says "and N more"."""


class DeleteCommand(StoryCommand):
    """A delete on the undo history: undo puts the stories back, redo deletes them again."""

    def __init__(self, controller: DeleteController, deleted: DeletedStories) -> None:
        super().__init__(controller.history, controller.change_text(deleted))
        self.controller = controller
        self.deleted = deleted

    def undo_job(self) -> int:
        return self.controller.library.restore_deleted(self.deleted)

    def undone(self, _result: Any) -> None:
        self.controller.restored.emit(self.deleted)

    def redo_job(self) -> DeletedStories:
        return self.controller.library.withdraw_stories(list(self.deleted.ids))

    def redone(self, result: Any) -> None:
        self.deleted = result
        self.controller.deleted.emit(result)

    def failure_text(self, direction: str) -> str:
        if direction == "undo":
            return QCoreApplication.translate(
                "DeleteCommand", "The deleted stories could not be put back"
            )
        return QCoreApplication.translate("DeleteCommand", "The stories could not be deleted")


class DeleteController(QObject):
    """Confirms and deletes stories off the UI thread; each delete goes on the undo history.

    Signals:
        deleted: The stories were deleted (a :class:`~storydesk.library.DeletedStories`),
            by a delete or by Redo.
        restored: Undo put them back (the same record).
        undoChanged: Whether the last change on the undo history is a delete.
    """

    deleted = Signal(object)
    restored = Signal(object)
    undoChanged = Signal(bool)

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        parent: QWidget,
        history: StoryUndo | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._runner = runner
        self._parent = parent
        self.history = history or StoryUndo(runner, parent)
        """The window's undo history (one of its own when the window gives none)."""
        self.running = False
        self.box: QMessageBox | None = None
        """The last confirmation opened."""
        self.history.stack.indexChanged.connect(
            lambda _i: self.undoChanged.emit(self.last is not None)
        )

    @property
    def last(self) -> DeletedStories | None:
        """What the last delete removed, while Undo would put it back."""
        command = self.history.top()
        return command.deleted if isinstance(command, DeleteCommand) else None

    def change_text(self, deleted: DeletedStories) -> str:
        """How Edit › Undo names a delete: "Delete of ‘Title’", "Delete of 3 stories"."""
        if len(deleted.ids) == 1:
            title = deleted.titles.get(deleted.ids[0]) or deleted.ids[0]
            return self.tr("Delete of ‘{title}’").format(title=short_title(title))
        return self.tr("Delete of %Ln stories", "", len(deleted.ids))

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
        undo_hint = self.tr("Edit › Undo (Ctrl+Z) brings them back until you close StoryDesk.")
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
        library, ids = self.library, [story_id for story_id, _title in stories]

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
        if self.running or self.history.busy or not ids:
            return False
        self.running = True
        library, wanted = self.library, list(ids)
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
        """Put back what the last delete removed; ``False`` if the last change is no delete."""
        if self.running or self.last is None:
            return False
        return self.history.undo()

    def _deleted(self, deleted: DeletedStories) -> None:
        self.running = False
        if not deleted.ids:
            return
        self.history.push(DeleteCommand(self, deleted))
        self.undoChanged.emit(True)
        self.deleted.emit(deleted)

    def _failed(self, what: str, exc: BaseException, tb: str) -> None:
        self.running = False
        show_error(self._parent, what, exc, tb, modal=False)
