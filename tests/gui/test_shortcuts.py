"""Shortcuts that work where the user is: Ctrl+E in the search field exports, no window
shortcut is lost to a text field on any platform's keyboard scheme, the basket's toggle is a
named toggle, every shortcut is listed in Help, every icon button has a name."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolButton

from storydesk.gui.shortcuts import (
    EMACS_LINE_KEYS,
    ShortcutsDialog,
    is_typed_key,
    window_shortcuts,
)

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

# Keys a text field keeps for editing on some platform's scheme (Qt's key binding table):
# a window shortcut on one of them would never reach the window from a text field.
EDITING_KEYS = {
    "Ctrl+C", "Ctrl+V", "Ctrl+X", "Ctrl+A", "Ctrl+Left", "Ctrl+Right",
    "Ctrl+Shift+Left", "Ctrl+Shift+Right", "Ctrl+Home", "Ctrl+End", "Ctrl+Backspace",
    "Ctrl+Del", "Home", "End", "Del", "Backspace", "Alt+Backspace", "Ctrl+Shift+Home",
    "Ctrl+Shift+End",
}  # fmt: skip
# Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y are Edit › Undo and Redo: in a text field its own undo
# is meant.
SAME_MEANING = {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"}


def fired(action: QAction) -> list[bool]:
    """Replace what ``action`` does by noting that it ran."""
    seen: list[bool] = []
    action.triggered.disconnect()
    action.triggered.connect(lambda *_: seen.append(True))
    return seen


def test_ctrl_e_in_the_search_field_exports(window: Any, qtbot: Any) -> None:
    seen = fired(window.act_export_pack)
    window.activateWindow()
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "water")
    window.search_field.setCursorPosition(1)
    qtbot.keyClick(window.search_field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen == [True]
    assert window.search_field.text() == "water"
    # The field keeps its own editing keys: Ctrl+A selects its text, not something else.
    qtbot.keyClick(window.search_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.selectedText() == "water"


def test_no_window_shortcut_is_lost_to_a_text_field_on_any_platform(window: Any) -> None:
    shortcuts = window_shortcuts(window)
    assert "Ctrl+E" in shortcuts and "Ctrl+Shift+B" in shortcuts
    clashing = sorted(set(shortcuts) & EDITING_KEYS)
    assert clashing == [], clashing
    # Keys some scheme's line edit takes (Ctrl+E is "end of line" on Linux) go to the window
    # from the search field.
    for key in sorted(set(shortcuts) & set(EMACS_LINE_KEYS)):
        assert window.search_field.yields(QKeySequence(key)), key
    for key in EDITING_KEYS | SAME_MEANING | {"Ctrl+C", "a", "Shift+A"}:
        assert not window.search_field.yields(QKeySequence(key)), key


def test_no_two_actions_share_a_shortcut(window: Any) -> None:
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if key:
                owners.setdefault(key, [])
                if action.objectName() not in owners[key]:
                    owners[key].append(action.objectName() or action.text())
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_the_basket_toggle_is_named_and_toggles(window: Any, qtbot: Any) -> None:
    action = window.act_basket
    assert action.isCheckable()
    assert "Show or hide" in action.toolTip()
    shown = window.basket_dock.isVisible()
    qtbot.keyClick(
        window.results,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.basket_dock.isVisible() is (not shown)
    assert action.isChecked() is (not shown)
    qtbot.keyClick(
        window.results,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.basket_dock.isVisible() is shown


def test_help_lists_every_shortcut(window: Any) -> None:
    window.act_shortcuts.trigger()
    dialogs = window.findChildren(ShortcutsDialog)
    assert dialogs
    rows = dict((what, keys) for keys, what in dialogs[-1].rows())
    native = QKeySequence("Ctrl+E").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Export Briefing Pack…"] == native
    assert "Briefing Basket" in rows and "Find" in rows
    listed = {keys for keys, _what in dialogs[-1].rows()}
    for key, _action in window_shortcuts(window).items():
        if not is_typed_key(QKeySequence(key)):
            continue  # a special key some keyboards have (Redo), not listed in words
        text = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        assert any(text in keys for keys in listed), key
    dialogs[-1].close()


def qts_own(button: QAbstractButton) -> bool:
    """Buttons Qt makes and names itself (a dock's float and close, a line edit's clear)."""
    action = button.defaultAction() if isinstance(button, QToolButton) else None
    return button.objectName().startswith("qt_") or (
        action is not None and action.objectName().startswith("_q_")
    )


def test_every_icon_button_has_a_name_and_a_tooltip(window: Any) -> None:
    unnamed = []
    for button in window.findChildren(QAbstractButton):
        if button.icon().isNull() or qts_own(button):
            continue
        icon_only = not button.text().strip() or (
            isinstance(button, QToolButton)
            and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        if not icon_only:
            continue
        action = button.defaultAction() if isinstance(button, QToolButton) else None
        name = button.accessibleName() or (action.text() if action is not None else "")
        if not name.strip() or not button.toolTip().strip():
            unnamed.append(f"{button.objectName()} in {button.parent().objectName()}")
    assert unnamed == []
    assert window.list_button.accessibleName() == "Show as a list"
    assert window.grid_button.accessibleName() == "Show as a grid"
    assert "Ctrl+2" in window.grid_button.toolTip()


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or sys.platform != "linux",
    reason="needs xvfb-run to try Linux's own keyboard scheme (X11), where Ctrl+E is 'end of line'",
)
def test_ctrl_e_exports_under_linuxs_keyboard_scheme(seeded_library: Any, tmp_path: Path) -> None:
    """Under a real X server the line edit takes Ctrl+E for itself unless the field yields."""
    folder = seeded_library.layout.root
    script = tmp_path / "ctrl_e.py"
    script.write_text(
        textwrap.dedent(
            """
            import sys, time
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QKeySequence
            from PySide6.QtTest import QTest
            from storydesk.gui.app import make_application
            from storydesk.library import Library
            app = make_application()
            from storydesk.gui.mainwindow import MainWindow
            bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.MoveToEndOfLine)
            print("scheme takes Ctrl+E:", any(b.toString() == "Ctrl+E" for b in bindings))
            library = Library.open(sys.argv[1], read_only=True)
            window = MainWindow(library)
            window.show()
            seen = []
            window.act_export_pack.triggered.disconnect()
            window.act_export_pack.triggered.connect(lambda *_: seen.append(1))
            window.activateWindow()
            window.search_field.setFocus()
            for _ in range(25):
                app.processEvents(); time.sleep(0.02)
            QTest.keyClicks(window.search_field, "water")
            window.search_field.setCursorPosition(1)
            QTest.keyClick(window.search_field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
            app.processEvents()
            print("exported:", bool(seen), "cursor:", window.search_field.cursorPosition())
            window.close()
            library.close()
            """
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "STORYDESK_SEARCH_PROCESS": "0"}
    env.pop("XDG_CURRENT_DESKTOP", None)
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, str(script), str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    if "scheme takes Ctrl+E: True" not in result.stdout:
        pytest.skip(f"this X server's keyboard scheme does not take Ctrl+E: {result.stdout}")
    assert "exported: True cursor: 1" in result.stdout, result.stdout + result.stderr
    QApplication.processEvents()
