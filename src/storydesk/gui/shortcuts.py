"""Keyboard shortcuts that work where the user is: a search field that leaves the window's
shortcuts to the window, and Help › Keyboard Shortcuts listing every one.

A text field takes some Ctrl keys for its own editing, and which ones depends on the
platform's keyboard scheme: on Linux (Qt's X11 scheme) a line edit takes Ctrl+E for "end of
line", Ctrl+D for "delete", Ctrl+K and Ctrl+U for deleting to the end and the whole line,
Ctrl+Shift+A for "deselect". The search field is where a user is after searching, so
Ctrl+E (File › Export Briefing Pack…) must reach the window there. :class:`SearchField`
gives every key that is one of the window's shortcuts to the window, except the editing
keys a text field must keep on every platform (copy, cut, paste, undo, redo, select all,
delete, moving the cursor). :data:`EMACS_LINE_KEYS` lists the keys Qt's schemes give a line
edit beyond those (from Qt's key binding table, ``QPlatformThemePrivate::keyBindings``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

EMACS_LINE_KEYS: dict[str, str] = {
    "Ctrl+E": "MoveToEndOfLine (X11)",
    "Ctrl+D": "Delete (X11, line edits)",
    "Ctrl+K": "DeleteEndOfLine (X11, line edits)",
    "Ctrl+U": "DeleteCompleteLine (X11)",
    "Ctrl+Shift+A": "Deselect (X11)",
    "Ctrl+Insert": "Copy (X11, Windows)",
    "Shift+Insert": "Paste (X11, Windows)",
    "Ctrl+Shift+Insert": "Paste (X11)",
    "Shift+Del": "Cut (X11, Windows)",
}
"""Keys a line edit takes on some platform's keyboard scheme though they are not the
common editing keys: a window shortcut on one of them would be lost in a text field there."""

KEPT_BY_TEXT_FIELDS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Backspace,
    QKeySequence.StandardKey.MoveToNextWord,
    QKeySequence.StandardKey.MoveToPreviousWord,
    QKeySequence.StandardKey.SelectNextWord,
    QKeySequence.StandardKey.SelectPreviousWord,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
)
"""Editing a text field always keeps these (in the platform's own keys)."""


def _portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def kept_by_text_fields() -> set[str]:
    """The keys a text field keeps on this platform, as portable text ("Ctrl+C")."""
    kept: set[str] = set()
    for standard in KEPT_BY_TEXT_FIELDS:
        kept.update(_portable(binding) for binding in QKeySequence.keyBindings(standard))
    return kept


def window_shortcuts(window: QWidget) -> dict[str, QAction]:
    """The window's shortcuts that work anywhere in it, as portable text → action."""
    found: dict[str, QAction] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                found.setdefault(_portable(sequence), action)
    return found


class SearchField(QLineEdit):
    """The search field: a line edit that leaves the window's shortcuts to the window.

    When a key is pressed in the field that is one of the window's shortcuts (Ctrl+E,
    Ctrl+B, Ctrl+Shift+B...), the field does not claim it, so the window's action runs,
    whatever the platform's line edit would do with it. Keys a text field must keep for
    editing (:data:`KEPT_BY_TEXT_FIELDS`) stay the field's.
    """

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _may_be_a_shortcut(event)
            and self.yields(QKeySequence(event.keyCombination()))
        ):
            event.ignore()
            return True
        return super().event(event)

    def yields(self, sequence: QKeySequence) -> bool:
        """Whether ``sequence`` goes to the window rather than to the field."""
        key = _portable(sequence)
        if not key or key in kept_by_text_fields():
            return False
        return key in window_shortcuts(self.window())


def _may_be_a_shortcut(event: QKeyEvent) -> bool:
    """Plain typing (no Ctrl, Alt or Meta, not a function key) is never a window shortcut
    taken from the field: the field keeps it without looking further."""
    held = event.modifiers() & (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )
    return bool(held) or Qt.Key.Key_F1.value <= event.key() <= Qt.Key.Key_F35.value


class ShortcutsDialog(QDialog):
    """Help › Keyboard Shortcuts: every shortcut of the window, with what it does.

    The list is read from the window's actions (so it is always what the keys do), followed
    by the keys of particular places (the search field, the basket) given in ``extra``.
    """

    def __init__(
        self, window: QWidget, extra: Iterable[tuple[str, str]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(window)
        rows += [(key, what) for key, what in extra]
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def rows(self) -> list[tuple[str, str]]:
        """The listed (keys, what they do), for tests."""
        rows = []
        for row in range(self.table.rowCount()):
            keys, what = self.table.item(row, 0), self.table.item(row, 1)
            rows.append((keys.text() if keys else "", what.text() if what else ""))
        return rows


def is_typed_key(sequence: QKeySequence) -> bool:
    """A key combination a user types (Ctrl+E, F1, Del), not a special key some keyboards
    have (the Redo or Copy key), which the list would name in words."""
    text = _portable(sequence)
    return bool(text) and ("+" in text or text[:1] == "F" or text in ("Del", "Esc", "Return"))


def without_mnemonic(text: str) -> str:
    """``text`` without its ``&`` shortcut marks, for plain labels and accessible names
    ("&Find" → "Find"; ``&&`` is a ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def action_label(action: QAction) -> str:
    """An action's menu text without its mnemonic marks ("&Find" → "Find")."""
    return without_mnemonic(action.text()).rstrip()


def shortcut_rows(window: QObject) -> list[tuple[str, str]]:
    """(keys as the platform writes them, what the action is) for each window shortcut."""
    rows: dict[str, tuple[str, str]] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        label = action_label(action)
        if not label:
            continue
        keys = [s for s in action.shortcuts() if is_typed_key(s)]
        if not keys:
            continue
        text = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in keys)
        rows.setdefault(label, (text, label))
    return sorted(rows.values(), key=lambda row: row[1].casefold())
