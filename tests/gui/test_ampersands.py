"""No stray "&" on screen: a shortcut mark shows only where Qt turns it into one.

A "&" in a button's, radio button's or menu's text marks its shortcut; in a plain label
with no buddy, a tooltip or a window title it is shown as it is ("the current &results").
Each dialog of packs, bundles, collections, publishers and imports is opened, and every
label, tooltip and accessible name in it is read.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

WAIT = 60000
STRAY = re.compile(r"(?<!&)&(?!&)")


def stray_ampersands(root: QWidget, allowed: str = "") -> list[str]:
    """Every text in ``root`` that would show a lone "&" to the user (``allowed``: a name
    of the user's own that holds one)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts = [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        if isinstance(widget, QLabel) and widget.buddy() is None:
            texts.append(widget.text())
        for text in texts:
            text = text.replace(allowed, "") if allowed else text
            if text and STRAY.search(text.replace("&&", "")):
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return found


def test_the_pack_dialog_with_one_source_shows_no_shortcut_mark(window: Any) -> None:
    dialog = window.pack_dialog()
    try:
        assert dialog.single_source.text().endswith("of the current results, in their order")
        assert stray_ampersands(dialog) == []
    finally:
        dialog.reject()


def test_the_pack_dialog_with_the_basket_and_the_results(window: Any) -> None:
    window.basket.add([(i, "") for i in window.library.story_ids()[:2]])
    dialog = window.pack_dialog()
    try:
        buttons = [b.text() for b in dialog.source_buttons.values()]
        assert any("&results" in t for t in buttons), "a radio button keeps its shortcut"
        assert stray_ampersands(dialog) == []
    finally:
        dialog.reject()


def test_a_collection_pack_names_the_collection_and_keeps_its_ampersand(
    window: Any, qtbot: Any
) -> None:
    library = window.library
    ids = library.story_ids()[:2]
    library.create_collection("Water & Sanitation", ids)
    dialog = window.collections.pack_dialog("Water & Sanitation", ids)
    assert dialog is not None
    try:
        text = dialog.single_source.text()
        assert text == "The 2 stories of the collection “Water & Sanitation”, in its order"
        assert "results" not in text
        assert stray_ampersands(dialog, allowed="Water & Sanitation") == []
    finally:
        dialog.reject()


def test_the_bundle_dialog_shows_no_shortcut_mark_outside_its_buttons(
    window: Any, qtbot: Any
) -> None:
    assert window.export_bundle()
    qtbot.waitUntil(lambda: window.bundle_dialog is not None, timeout=WAIT)
    dialog = window.bundle_dialog
    try:
        results = dialog.source_buttons["results"]
        assert isinstance(results, QAbstractButton) and "&results" in results.text()
        assert stray_ampersands(dialog) == []
    finally:
        dialog.reject()


def test_the_main_window_and_basket_show_no_stray_ampersand(window: Any) -> None:
    assert stray_ampersands(window) == []
