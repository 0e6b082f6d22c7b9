"""Editing a story in the app: the form, Apply, Ctrl+Z / Ctrl+Shift+Z, History…, conflicts
in the import summary and confirming a suggested goal — over a real seeded catalogue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from storydesk.gui.i18n import date_text
from tests.gui.conftest import open_window, story_id_by_title

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

WAIT = 20000


@pytest.fixture
def window(seeded_library: Any, qtbot: Any) -> Iterator[Any]:
    """The main window over a copy of the seeded catalogue; a form left open with changes
    is discarded before the window closes (closing would ask first)."""
    win = open_window(seeded_library, qtbot)
    yield win
    win.editor.close_form()
    win.close()


def _open_form(window: Any, qtbot: Any, fragment: str) -> tuple[str, Any]:
    """Show the seed story titled like ``fragment`` and open its edit form with F2."""
    story_id = story_id_by_title(window.library, fragment)
    window.open_story(story_id)
    qtbot.waitUntil(
        lambda: window.reading.story is not None and window.reading.story.id == story_id,
        timeout=WAIT,
    )
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.reading.editing, timeout=WAIT)
    form = window.editor.form
    assert form.story is not None and form.story.id == story_id
    return story_id, form


def _type_name(qtbot: Any, widget: Any, text: str) -> None:
    widget.entry.setFocus()
    widget.entry.setText(text)
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)


def _remove(widget: Any, name: str) -> None:
    widget.list.clearSelection()
    for row in range(widget.list.count()):
        item = widget.list.item(row)
        if widget.names_value()[row] == name:
            item.setSelected(True)
    widget.remove_button.click()


def test_edit_title_and_partners_then_undo_and_redo(window: Any, qtbot: Any) -> None:
    library = window.library
    story_id, form = _open_form(window, qtbot, "Президентът")
    before = library.get_story(story_id)
    assert list(before.partners) == ["Kazinform", "Akorda"]
    assert form.title.text() == before.title
    assert not form.dirty()

    form.title.setText("Tokayev proposes a CIS digital platform")
    partners = form.lists["partners"]
    _type_name(qtbot, partners, "ПРООН")  # an alias in Russian: the directory's UNDP
    assert partners.names_value() == ["Kazinform", "Akorda", "UNDP"]
    _remove(partners, "Akorda")
    assert form.changes() == {
        "title": "Tokayev proposes a CIS digital platform",
        "partners": ["Kazinform", "UNDP"],
    }
    form.apply_button.click()

    qtbot.waitUntil(lambda: not window.reading.editing, timeout=WAIT)
    after = library.get_story(story_id)
    assert after.title == "Tokayev proposes a CIS digital platform"
    assert list(after.partners) == ["Kazinform", "UNDP"]
    assert after.body == before.body
    entries = library.story_history(story_id)
    assert {e.field for e in entries} == {"title", "partners"}
    assert all(e.action == "edit" for e in entries)
    assert window.act_undo.isEnabled()
    assert window.act_undo.text() == "&Undo Edit of ‘Tokayev proposes a CIS digital platform’"
    # the list, the search index and the reading pane show the edit
    qtbot.waitUntil(
        lambda: (
            window.reading.story is not None
            and window.reading.story.title == "Tokayev proposes a CIS digital platform"
        ),
        timeout=WAIT,
    )
    assert story_id in library.ids_for_query("digital platform")
    qtbot.waitUntil(
        lambda: (
            window.model.row_of(story_id) >= 0
            and window.model.index(window.model.row_of(story_id)).data().startswith("Tokayev")
        ),
        timeout=WAIT,
    )

    # Ctrl+Z in the window puts the old values back, recorded as an undo
    window.activateWindow()
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: library.get_story(story_id).title == before.title, timeout=WAIT)
    assert list(library.get_story(story_id).partners) == ["Kazinform", "Akorda"]
    undos = [e for e in library.story_history(story_id) if e.action == "undo"]
    assert {e.field for e in undos} == {"title", "partners"}
    qtbot.waitUntil(lambda: not window.undo_history.busy, timeout=WAIT)
    assert not window.act_undo.isEnabled()
    assert window.act_redo.text().startswith("&Redo Edit of")

    # Ctrl+Shift+Z makes the edit again
    qtbot.keyClick(
        window.results,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: library.get_story(story_id).title == "Tokayev proposes a CIS digital platform",
        timeout=WAIT,
    )
    assert list(library.get_story(story_id).partners) == ["Kazinform", "UNDP"]


def test_ctrl_z_in_a_field_of_the_form_is_the_field_own_undo(window: Any, qtbot: Any) -> None:
    library = window.library
    story_id = story_id_by_title(library, "Президентът")
    assert window.editor.save(story_id, {"tags": ["first edit"]})  # something Undo could undo
    qtbot.waitUntil(lambda: window.act_undo.isEnabled(), timeout=WAIT)
    _id, form = _open_form(window, qtbot, "Президентът")
    title = form.title.text()
    form.title.setFocus()
    qtbot.keyClick(form.title, Qt.Key.Key_End)
    qtbot.keyClicks(form.title, " (edited)")
    assert form.title.text() == title + " (edited)"
    qtbot.keyClick(form.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.title.text() != title + " (edited)"  # the field undid the typing
    qtbot.wait(300)
    assert not window.undo_history.busy
    assert list(library.get_story(story_id).tags) == ["first edit"]  # not the window's undo
    assert window.act_undo.isEnabled() and not window.act_redo.isEnabled()


def test_one_undo_holds_deletes_and_edits(window: Any, qtbot: Any) -> None:
    library = window.library
    story_id, form = _open_form(window, qtbot, "Президентът")
    form.undated.setChecked(True)
    form.apply_button.click()
    qtbot.waitUntil(lambda: window.act_undo.isEnabled(), timeout=WAIT)
    assert library.get_story(story_id).date is None
    other = story_id_by_title(library, "Экономика Центральной Азии")
    window.deleting.delete([other])
    qtbot.waitUntil(lambda: window.deleting.last is not None, timeout=WAIT)
    assert library.stats_stories() == 6
    assert window.act_undo.text().startswith("&Undo Delete of ‘Экономика")
    assert window.undo_history.undo()
    qtbot.waitUntil(lambda: library.stats_stories() == 7, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.undo_history.busy, timeout=WAIT)
    assert window.act_undo.text().startswith("&Undo Edit of")
    assert window.undo_history.undo()
    qtbot.waitUntil(lambda: library.get_story(story_id).date is not None, timeout=WAIT)


def test_a_name_the_directory_lacks_is_added_only_once_confirmed(window: Any, qtbot: Any) -> None:
    library = window.library
    story_id, form = _open_form(window, qtbot, "Президентът")
    partners = form.lists["partners"]
    _type_name(qtbot, partners, "Fund for Mountain Villages")
    assert partners.new_bar.isVisible()
    assert "Fund for Mountain Villages" in partners.new_label.text()
    assert partners.names_value() == ["Kazinform", "Akorda"]
    partners.new_button.click()
    assert partners.names_value() == ["Kazinform", "Akorda", "Fund for Mountain Villages"]
    assert form.new_names() == {"partners": ["Fund for Mountain Villages"]}
    tags = form.lists["tags"]
    _type_name(qtbot, tags, "digital")  # tags are free words: no question
    assert tags.names_value() == ["digital"] and not tags.new_bar.isVisible()
    form.apply_button.click()
    qtbot.waitUntil(lambda: not window.reading.editing, timeout=WAIT)
    story = library.get_story(story_id)
    assert "Fund for Mountain Villages" in story.partners
    assert list(story.tags) == ["digital"]
    assert "Fund for Mountain Villages" in [p.name for p in library.partners()]


def test_a_refused_edit_keeps_the_form_and_what_was_typed(window: Any, qtbot: Any) -> None:
    library = window.library
    story_id, form = _open_form(window, qtbot, "Президентът")
    form.title.setText("   ")
    form.apply_button.click()
    assert form.error.isVisible() and "title" in form.error.text()
    assert window.reading.editing

    form.title.setText("A title that cannot be saved")
    library.delete_stories([story_id])  # gone behind the form's back
    form.apply_button.click()
    qtbot.waitUntil(
        lambda: form.error.isVisible() and "Not saved" in form.error.text(), timeout=WAIT
    )
    assert story_id in form.error.text()
    assert window.reading.editing
    assert form.title.text() == "A title that cannot be saved"
    assert form.apply_button.isEnabled()


def test_leaving_a_changed_form_asks_first(window: Any, qtbot: Any) -> None:
    library = window.library
    story_id, form = _open_form(window, qtbot, "Президентът")
    form.lists["tags"].add_name("checked")
    other = story_id_by_title(library, "Экономика Центральной Азии")
    window.open_story(other)
    box = window.editor._leaving
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert window.reading.editing  # nothing lost while the question is open
    box.findChild(QPushButton, "leaveApply").click()
    qtbot.waitUntil(lambda: list(library.get_story(story_id).tags) == ["checked"], timeout=WAIT)
    qtbot.waitUntil(
        lambda: window.reading.story is not None and window.reading.story.id == other,
        timeout=WAIT,
    )
    assert not window.reading.editing


def test_history_dialog_lists_the_changes(window: Any, qtbot: Any) -> None:
    library = window.library
    story_id = story_id_by_title(library, "Президентът")
    library.edit_story(story_id, {"sdgs": [16, 9], "date": None})
    window.open_story(story_id)
    qtbot.waitUntil(lambda: window.act_history.isEnabled(), timeout=WAIT)
    dialog = window.show_story_history()
    qtbot.waitUntil(lambda: dialog.entries is not None, timeout=WAIT)
    rows = dialog.row_texts()
    assert len(rows) == 2
    by_field = {row[2]: row for row in rows}
    assert by_field["SDGs"][3] == "—"
    assert by_field["SDGs"][4] == (
        "Goal 9 · Industry, Innovation and Infrastructure; "
        "Goal 16 · Peace, Justice and Strong Institutions"
    )
    assert by_field["Date"][3] == date_text(dt.date(2025, 10, 11))
    assert by_field["Date"][4] == "—"
    assert all(row[5] == "Edited" and row[1] for row in rows)
    dialog.close()


def test_conflicts_in_the_import_summary_keep_mine_and_take_theirs(
    window: Any, qtbot: Any, seeds_dir: Path
) -> None:
    library = window.library
    first = story_id_by_title(library, "Президентът")
    second = story_id_by_title(library, "Экономика Центральной Азии")
    library.edit_story(first, {"title": "Mine, first"})
    library.edit_story(second, {"title": "Mine, second"})
    original_second = None
    for entry in library.story_history(second):
        if entry.field == "title":
            original_second = entry.old

    assert window.import_paths([seeds_dir])
    qtbot.waitUntil(lambda: window.importer.summary is not None, timeout=60000)
    summary = window.importer.summary
    assert summary.conflict_table is not None
    assert {(str(c["id"]), c["field"]) for c in summary.conflicts} == {
        (first, "title"),
        (second, "title"),
    }
    table = summary.conflict_table
    titles = {table.item(r, 0).text() for r in range(table.rowCount())}
    assert titles == {"Mine, first", "Mine, second"}
    assert library.get_story(first).title == "Mine, first"  # the edit was kept

    summary.findChild(QPushButton, f"keepMine:{first}:title").click()
    summary.findChild(QPushButton, f"takeTheirs:{second}:title").click()
    qtbot.waitUntil(
        lambda: summary.conflict_state == {(first, "title"): "mine", (second, "title"): "theirs"},
        timeout=WAIT,
    )
    assert library.get_story(first).title == "Mine, first"
    assert library.get_story(second).title == original_second
    assert library.conflicts() == []
    actions = {e.action for e in library.story_history(second)}
    assert "theirs" in actions
    assert not summary.keep_all.isEnabled()
    summary.close()


def test_keep_all_mine_settles_every_conflict(window: Any, qtbot: Any, seeds_dir: Path) -> None:
    library = window.library
    ids = [story_id_by_title(library, t) for t in ("Президентът", "Экономика Центральной Азии")]
    for n, story_id in enumerate(ids):
        library.edit_story(story_id, {"title": f"Edited {n}"})
    assert window.import_paths([seeds_dir])
    qtbot.waitUntil(lambda: window.importer.summary is not None, timeout=60000)
    summary = window.importer.summary
    assert summary.resolve_all("mine") == 2
    qtbot.waitUntil(lambda: set(summary.conflict_state.values()) == {"mine"}, timeout=WAIT)
    assert [library.get_story(i).title for i in ids] == ["Edited 0", "Edited 1"]
    assert library.conflicts() == []
    summary.close()


def test_confirm_a_goal_from_the_reading_pane_adds_it(window: Any, qtbot: Any) -> None:
    library = window.library
    story_id = story_id_by_title(library, "Президентът")
    window.open_story(story_id)
    qtbot.waitUntil(
        lambda: window.reading.story is not None and window.reading.story.id == story_id,
        timeout=WAIT,
    )
    assert library.get_story(story_id).sdgs == ()
    window.reading._anchor_clicked(QUrl("sd-confirm-sdg:9"))
    qtbot.waitUntil(lambda: library.get_story(story_id).sdgs == (9,), timeout=WAIT)
    qtbot.waitUntil(
        lambda: window.reading.story is not None and window.reading.story.sdgs == (9,),
        timeout=WAIT,
    )
    assert window.act_undo.text().startswith("&Undo Edit of")


def test_a_suggested_goal_is_shown_and_confirmed_with_one_click(window: Any, qtbot: Any) -> None:
    library = window.library
    suggested = {}
    for story_id in library.story_ids():
        found = [
            s
            for s in library.sdg_suggestions(story_id)
            if s.goal not in library.get_story(story_id).sdgs
        ]
        if found:
            suggested[story_id] = found
    assert suggested, "no seed story has a suggested goal"
    story_id, found = next(iter(suggested.items()))
    goal = found[0].goal
    window.open_story(story_id)
    qtbot.waitUntil(
        lambda: window.reading.shown is not None and window.reading.shown.page.story.id == story_id,
        timeout=WAIT,
    )
    page = window.reading.browser.toHtml()
    assert (
        f"sd-confirm-sdg:{goal}" in page
        and "Suggested SDGs" in window.reading.browser.toPlainText()
    )
    assert goal not in library.get_story(story_id).sdgs  # a suggestion is not a fact
    window.reading._anchor_clicked(QUrl(f"sd-confirm-sdg:{goal}"))
    qtbot.waitUntil(lambda: goal in library.get_story(story_id).sdgs, timeout=WAIT)

    # in the form, the goal is marked and Confirm ticks it
    other_id, other = next(
        ((i, f) for i, f in suggested.items() if i != story_id), (story_id, found[1:])
    )
    if other:
        _id, form = _open_form(window, qtbot, library.get_story(other_id).title[:20])
        goal = other[0].goal
        assert form.goals[goal].font().bold()
        assert other[0].terms[0] in form.goals[goal].toolTip()
        form.findChild(QPushButton, f"confirmSdg{goal}").click()
        assert form.goals[goal].isChecked()
        assert form.changes()["sdgs"] == sorted({*library.get_story(other_id).sdgs, goal})


def test_an_undo_that_fails_changes_nothing_and_stays_undoable(window: Any, qtbot: Any) -> None:
    library = window.library
    story_id, form = _open_form(window, qtbot, "Президентът")
    form.title.setText("Edited, then deleted elsewhere")
    form.apply_button.click()
    qtbot.waitUntil(lambda: window.act_undo.isEnabled(), timeout=WAIT)
    text = window.act_undo.text()
    library.delete_stories([story_id])  # as another StoryDesk might
    assert window.undo_history.undo()
    qtbot.waitUntil(lambda: not window.undo_history.busy, timeout=WAIT)
    assert window.act_undo.isEnabled() and window.act_undo.text() == text
    assert not window.act_redo.isEnabled()
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert any("could not be undone" in box.text() for box in boxes)
    for box in boxes:
        box.close()


def test_conflicts_left_unsettled_are_settled_later_from_the_stories_menu(
    window: Any, qtbot: Any, seeds_dir: Path
) -> None:
    library = window.library
    story_id = story_id_by_title(library, "Президентът")
    library.edit_story(story_id, {"title": "Kept for later"})
    library.import_paths([seeds_dir])  # imported elsewhere: the conflict waits
    assert [(c.id, c.field) for c in library.conflicts()] == [(story_id, "title")]
    assert window.act_conflicts in window.story_menu.actions()
    dialog = window.importer.show_conflicts()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
    assert dialog.conflict_list is not None
    assert dialog.conflict_list.table.item(0, 0).text() == "Kept for later"
    dialog.findChild(QPushButton, f"takeTheirs:{story_id}:title").click()
    qtbot.waitUntil(
        lambda: dialog.conflict_list.state == {(story_id, "title"): "theirs"}, timeout=WAIT
    )
    assert library.get_story(story_id).title.startswith("Президентът")
    assert library.conflicts() == []
    dialog.close()
    again = window.importer.show_conflicts()
    qtbot.waitUntil(lambda: again.loaded, timeout=WAIT)
    assert again.conflict_list is None and again.heading.text().startswith("No conflicts")
    again.close()


def test_a_name_list_completes_on_any_alias_and_shows_the_reader_language(
    seeded_library: Any, qtbot: Any
) -> None:
    from storydesk.gui.editing import NameListEdit, load_choices

    widget = NameListEdit("partners", seeded_library.names("kk"))
    qtbot.addWidget(widget)
    widget.set_choices(load_choices(seeded_library).partners)
    for typed in (
        "бұұ даму бағдарламасы",
        "Программа развития ООН",
        "undp",
        "BMT Taraqqiyot Dasturi",
    ):
        assert widget.canonical(typed) == "UNDP", typed
    widget.entry.setText("  Программа   развития ООН ")
    widget.add_entry()
    assert widget.names_value() == ["UNDP"]
    assert widget.list.item(0).text() == "БҰҰДБ"  # shown in Kazakh, stored as UNDP
    widget.entry.setText("ПРООН")
    widget.add_entry()
    assert widget.names_value() == ["UNDP"]  # the same partner once
    # the completion popup offers the alias with the partner it names
    widget.completer.setCompletionPrefix("ПРОО")
    shown = {
        widget.completer.completionModel().index(r, 0).data()
        for r in range(widget.completer.completionCount())
    }
    assert "ПРООН → БҰҰДБ" in shown


def test_closing_the_window_with_changes_in_the_form_asks_first(window: Any, qtbot: Any) -> None:
    library = window.library
    story_id, form = _open_form(window, qtbot, "Президентът")
    form.lists["tags"].add_name("before quitting")
    assert not window.close()  # the question opens; the window stays
    box = window.editor._leaving
    assert isinstance(box, QMessageBox) and box.objectName() == "closeWithEdit"
    assert window.isVisible() and window.reading.editing
    box.findChild(QPushButton, "closeApply").click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
    assert list(library.get_story(story_id).tags) == ["before quitting"]
