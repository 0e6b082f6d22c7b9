"""Deleting stories in the app: Del asks naming them, the list loses them, Ctrl+Z puts them back."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from storydesk.gui.deleting import SHOWN_TITLES, DeleteController

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


def _select_rows(window: Any, rows: list[int]) -> list[str]:
    selection = window.results.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(window.model.index(row), QItemSelectionModel.SelectionFlag.Select)
    return [window.model.story_id(row) for row in rows]


def _confirmation(qtbot: Any) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "confirmDelete" and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[0]


def test_del_on_two_stories_deletes_them_and_ctrl_z_brings_them_back(
    window: Any, qtbot: Any
) -> None:
    library = window.library
    assert window.model.total == 7
    ids = _select_rows(window, [0, 1])
    titles = [library.summaries(ids)[i].title for i in ids]
    before = {i: json.dumps(library.get_story(i).to_json(), ensure_ascii=False) for i in ids}
    window.basket.add([(ids[0], titles[0])])

    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_Delete)
    box = _confirmation(qtbot)
    assert box.text() == "Delete 2 stories?"
    assert all(title in box.informativeText() for title in titles), box.informativeText()
    box.findChild(QPushButton, "deleteButton").click()

    qtbot.waitUntil(lambda: window.model.total == 5, timeout=15000)
    assert not set(ids) & set(window.model.ids())
    assert library.stats_stories() == 5
    assert ids[0] not in window.basket.ids()
    assert window.delete_notice.isVisible() and window.delete_undo.isVisible()
    assert window.delete_label.text() == "Deleted 2 stories."
    assert window.act_undo_delete.isEnabled()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.total == 7, timeout=15000)
    assert set(ids) <= set(window.model.ids())
    assert {
        i: json.dumps(library.get_story(i).to_json(), ensure_ascii=False) for i in ids
    } == before
    assert ids[0] in window.basket.ids()
    assert not window.act_undo_delete.isEnabled()
    assert window.statusBar().currentMessage() == "Put back 2 stories."
    assert not window.delete_notice.isVisible()


def test_cancel_deletes_nothing(window: Any, qtbot: Any) -> None:
    _select_rows(window, [2])
    window.delete_selected()
    box = _confirmation(qtbot)
    assert box.text() == "Delete 1 story?"
    box.reject()
    qtbot.wait(200)
    assert window.library.stats_stories() == 7
    assert not window.act_undo_delete.isEnabled()


def test_undo_button_in_the_status_bar_and_one_story_named(window: Any, qtbot: Any) -> None:
    (story_id,) = _select_rows(window, [3])
    title = window.library.summaries([story_id])[story_id].title
    window.deleting.delete([story_id])
    qtbot.waitUntil(lambda: window.model.total == 6, timeout=15000)
    assert window.delete_label.text() == f"Deleted “{title}”."
    window.delete_undo.click()
    qtbot.waitUntil(lambda: window.model.total == 7, timeout=15000)
    assert window.library.get_story(story_id).title == title


def test_the_confirmation_names_five_and_counts_the_rest(window: Any) -> None:
    controller: DeleteController = window.deleting
    stories = [(f"id{n}", f"Story number {n}") for n in range(8)]
    box = controller.confirmation(stories)
    text = box.informativeText()
    assert box.text() == "Delete 8 stories?"
    assert all(f"Story number {n}" in text for n in range(SHOWN_TITLES))
    assert "Story number 5" not in text and "and 3 more" in text
    box.deleteLater()


def test_del_in_the_basket_removes_from_the_basket_only(window: Any, qtbot: Any) -> None:
    ids = _select_rows(window, [0, 1])
    window.add_selected_to_basket()
    qtbot.waitUntil(lambda: window.basket_dock.isVisible(), timeout=5000)
    view = window.basket_dock.view
    view.setCurrentIndex(window.basket.index(0))
    window.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(window.basket.ids()) == 1, timeout=5000)
    assert window.deleting.box is None  # no confirmation asked
    assert window.library.stats_stories() == 7
    assert window.basket.ids() == ids[1:]


def test_the_menus_offer_delete_and_undo(window: Any) -> None:
    assert window.act_delete in window.story_menu.actions()
    assert window.act_undo_delete in window.edit_menu.actions()
    assert window.act_delete.shortcut().toString() == "Del"
    assert window.act_undo_delete.shortcut().toString() == "Ctrl+Z"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", ["Удалить 1 историю?", "Удалить 3 истории?", "Удалить 7 историй?"]),
        ("kk", ["1 оқиғаны жою керек пе?", "3 оқиғаны жою керек пе?", "7 оқиғаны жою керек пе?"]),
        ("ky", ["1 окуяны өчүрөсүзбү?", "3 окуяны өчүрөсүзбү?", "7 окуяны өчүрөсүзбү?"]),
    ],
)
def test_the_question_counts_in_the_reader_language(
    window: Any, qapp: Any, language: str, expected: list[str]
) -> None:
    from storydesk.gui.i18n import install_translations

    install_translations(qapp, language)
    asked = []
    for count in (1, 3, 7):
        box = window.deleting.confirmation([(f"id{n}", f"T{n}") for n in range(count)])
        asked.append(box.text())
        box.deleteLater()
    assert asked == expected
