"""One undo history for the window: Edit › Undo and Redo over deletes and edits.

Changes to the catalogue happen on the task runner's ``write`` lane, not on the UI thread,
so the commands on the :class:`QUndoStack` are pushed once the change has been made (their
first ``redo`` does nothing) and their later ``undo``/``redo`` start the work on the lane.
While that work runs, Undo and Redo are disabled; when it fails, the stack's position is
put back without running anything (the catalogue did not change) and the error is shown.

The history lasts until the app closes. Ctrl+Z in a text field stays the field's own undo:
the field takes the shortcut before the window's action sees it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from shiboken6 import isValid

from storydesk.gui.errors import show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from storydesk.gui.tasks import TaskRunner

log = logging.getLogger(__name__)


def short_title(title: str, limit: int = 40) -> str:
    """A story's title cut to ``limit`` characters, for a menu item ("Undo Edit of ‘…’")."""
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


class StoryCommand(QUndoCommand):
    """A change already made to the catalogue, which the window can undo and redo.

    Subclasses give :meth:`undo_job` and :meth:`redo_job` (run on the write lane) and
    :meth:`undone` and :meth:`redone` (called on the UI thread with the job's result).
    """

    def __init__(self, history: StoryUndo, text: str) -> None:
        super().__init__(text)
        self.history = history
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the change was made before the command was pushed
            self._pushed = True
            return
        self.history.start(self, "redo")

    def undo(self) -> None:
        self.history.start(self, "undo")

    def undo_job(self) -> Any:
        """Runs on the write lane: puts the catalogue back as it was."""
        raise NotImplementedError

    def redo_job(self) -> Any:
        """Runs on the write lane: makes the change again."""
        raise NotImplementedError

    def undone(self, result: Any) -> None:
        """On the UI thread, once :meth:`undo_job` returned."""

    def redone(self, result: Any) -> None:
        """On the UI thread, once :meth:`redo_job` returned."""

    def failure_text(self, direction: str) -> str:
        """What the user is told did not happen ("The edit could not be undone")."""
        if direction == "undo":
            return QCoreApplication.translate("StoryCommand", "The change could not be undone")
        return QCoreApplication.translate("StoryCommand", "The change could not be made again")


class StoryUndo(QObject):
    """The window's undo history of deletes and edits, with its Undo and Redo actions.

    Args:
        runner: Where the undo and redo work runs (``write`` lane).
        parent: The main window: the actions are added to it, errors shown over it.

    Signals:
        busyChanged: Whether an undo or redo is running.
    """

    busyChanged = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._parent = parent
        self.stack = QUndoStack(self)
        self.busy = False
        self._putting_back = False
        self.act_undo = QAction(self.tr("&Undo"), parent)
        self.act_undo.setObjectName("undo")
        self.act_undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.act_undo.triggered.connect(self.undo)
        self.act_redo = QAction(self.tr("&Redo"), parent)
        self.act_redo.setObjectName("redo")
        # Ctrl+Shift+Z everywhere (the platform's Redo may be Ctrl+Y only)
        self.act_redo.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z")]
            + [
                k
                for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                if k != QKeySequence("Ctrl+Shift+Z")
            ]
        )
        self.act_redo.triggered.connect(self.redo)
        parent.addAction(self.act_undo)
        parent.addAction(self.act_redo)
        self.stack.indexChanged.connect(lambda _i: self.update_actions())
        self.stack.cleanChanged.connect(lambda _c: self.update_actions())
        self.update_actions()

    # -- the stack ----------------------------------------------------------------------

    def push(self, command: StoryCommand) -> None:
        """Record a change that has just been made."""
        self.stack.push(command)
        self.update_actions()

    def undo(self) -> bool:
        """Undo the last change; ``False`` when there is none or one is running."""
        if self.busy or not self.stack.canUndo():
            return False
        self.stack.undo()
        return True

    def redo(self) -> bool:
        """Make the last undone change again; ``False`` when there is none or one is running."""
        if self.busy or not self.stack.canRedo():
            return False
        self.stack.redo()
        return True

    def top(self) -> StoryCommand | None:
        """The command Undo would undo, if any."""
        if not isValid(self.stack):  # the window is being destroyed
            return None
        index = self.stack.index()
        command = self.stack.command(index - 1) if index > 0 else None
        return command if isinstance(command, StoryCommand) else None

    def update_actions(self) -> None:
        """Texts name what is undone or redone; both are off while one runs."""
        if not (isValid(self.stack) and isValid(self.act_undo) and isValid(self.act_redo)):
            return
        can_undo = not self.busy and self.stack.canUndo()
        can_redo = not self.busy and self.stack.canRedo()
        self.act_undo.setEnabled(can_undo)
        self.act_redo.setEnabled(can_redo)
        # a title may hold "&": doubled, it is not taken for a keyboard accelerator
        undo_text = self.stack.undoText().replace("&", "&&")
        redo_text = self.stack.redoText().replace("&", "&&")
        self.act_undo.setText(
            self.tr("&Undo {change}").format(change=undo_text) if undo_text else self.tr("&Undo")
        )
        self.act_redo.setText(
            self.tr("&Redo {change}").format(change=redo_text) if redo_text else self.tr("&Redo")
        )

    # -- running undo and redo ----------------------------------------------------------

    def start(self, command: StoryCommand, direction: str) -> None:
        """Called by a command from ``undo()``/``redo()``: run its job on the write lane."""
        if self._putting_back:
            return
        self._set_busy(True)
        job: Callable[[], Any] = command.undo_job if direction == "undo" else command.redo_job
        self._runner.run(
            job,
            on_done=lambda result: self._done(command, direction, result),
            on_failed=lambda exc, tb: self._failed(command, direction, exc, tb),
            lane="write",
        )

    def _done(self, command: StoryCommand, direction: str, result: Any) -> None:
        self._set_busy(False)
        if direction == "undo":
            command.undone(result)
        else:
            command.redone(result)

    def _failed(self, command: StoryCommand, direction: str, exc: BaseException, tb: str) -> None:
        # Nothing changed in the catalogue: step the stack back without running the command.
        self._putting_back = True
        try:
            if direction == "undo":
                self.stack.redo()
            else:
                self.stack.undo()
        finally:
            self._putting_back = False
        self._set_busy(False)
        show_error(self._parent, command.failure_text(direction), exc, tb, modal=False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.update_actions()
        self.busyChanged.emit(busy)
