"""Two editors at once in the app: Apply on a story someone else changed since the form was
opened saves nothing, says who changed it, and offers to reload (keeping or dropping what
was typed); Undo over someone else's later change is refused the same way.

"Someone else" is a second :class:`Library` on the same data folder (a second StoryDesk on
this machine): the catalogue's versions work the same on SQLite as on a shared catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from storydesk.library import Library
from tests.gui.conftest import open_window, story_id_by_title

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

WAIT = 20000
TITLE = "Президентът"


@pytest.fixture
def window(seeded_library: Any, qtbot: Any) -> Iterator[Any]:
    win = open_window(seeded_library, qtbot)
    yield win
    win.editor.close_form()
    win.close()


@pytest.fixture
def elsewhere(seeded_library: Any) -> Iterator[Library]:
    """A second StoryDesk on the same data folder: the other editor."""
    other = Library.open(seeded_library.layout.root)
    yield other
    other.close()


def _open_form(window: Any, qtbot: Any, story_id: str) -> Any:
    window.open_story(story_id)
    qtbot.waitUntil(
        lambda: window.reading.story is not None and window.reading.story.id == story_id,
        timeout=WAIT,
    )
    window.activateWindow()
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.reading.editing, timeout=WAIT)
    form = window.editor.form
    assert form.story is not None and form.story.id == story_id
    return form


def _conflict_box(window: Any, qtbot: Any) -> QMessageBox:
    qtbot.waitUntil(
        lambda: window.editor._conflict_box is not None and window.editor._conflict_box.isVisible(),
        timeout=WAIT,
    )
    box = window.editor._conflict_box
    assert isinstance(box, QMessageBox)
    return box


def test_apply_over_a_change_made_elsewhere_saves_nothing_and_offers_to_reload(
    window: Any, qtbot: Any, elsewhere: Library
) -> None:
    library = window.library
    story_id = story_id_by_title(library, TITLE)
    form = _open_form(window, qtbot, story_id)
    opened = form.story.version
    assert opened >= 1

    form.title.setText("My title, typed here")
    form.lists["tags"].add_name("mine")
    # Meanwhile the other editor changes the summary and the tags, and saves first.
    theirs = elsewhere.edit_story(story_id, {"summary": "Their summary.", "tags": ["theirs"]})
    assert theirs.story.version > opened

    form.apply_button.click()
    box = _conflict_box(window, qtbot)
    # One clear sentence: changed by someone else, where and when, nothing saved.
    assert "changed by someone else" in box.text()
    assert "nothing was saved" in box.text()
    assert " UTC" in box.text()
    assert "changed by someone else" in form.error.text() and form.error.isVisible()
    # Nothing was saved, and nothing typed was lost while the question is open.
    story = library.get_story(story_id)
    assert story.title.startswith(TITLE)
    assert (story.summary, list(story.tags)) == ("Their summary.", ["theirs"])
    assert window.reading.editing
    assert form.title.text() == "My title, typed here"
    assert form.lists["tags"].names_value() == ["mine"]
    assert form.apply_button.isEnabled()
    assert not window.act_undo.isEnabled()  # nothing to undo: nothing was done

    # Reload, keeping my changes: their summary comes in, my title and tags are put back.
    box.findChild(QPushButton, "reloadKeepMine").click()
    qtbot.waitUntil(lambda: form.story.version == theirs.story.version, timeout=WAIT)
    assert form.summary.toPlainText() == "Their summary."
    assert form.title.text() == "My title, typed here"
    assert form.lists["tags"].names_value() == ["mine"]
    assert set(form.changes()) == {"title", "tags"}
    form.apply_button.click()
    qtbot.waitUntil(lambda: not window.reading.editing, timeout=WAIT)
    story = library.get_story(story_id)
    assert (story.title, story.summary, list(story.tags)) == (
        "My title, typed here",
        "Their summary.",
        ["mine"],
    )
    # Both editors' changes are in the story's history.
    fields = [(entry.field, entry.new) for entry in library.story_history(story_id)]
    assert ("summary", "Their summary.") in fields
    assert ("tags", ["mine"]) in fields and ("tags", ["theirs"]) in fields


def test_reload_dropping_my_changes_shows_the_story_as_it_now_is(
    window: Any, qtbot: Any, elsewhere: Library
) -> None:
    story_id = story_id_by_title(window.library, TITLE)
    form = _open_form(window, qtbot, story_id)
    form.title.setText("Typed, then dropped")
    elsewhere.edit_story(story_id, {"title": "Their title"})
    form.apply_button.click()
    box = _conflict_box(window, qtbot)
    assert form.title.text() == "Typed, then dropped"
    box.findChild(QPushButton, "reloadDropMine").click()
    qtbot.waitUntil(lambda: form.title.text() == "Their title", timeout=WAIT)
    assert not form.dirty()
    assert window.library.get_story(story_id).title == "Their title"


def test_keep_editing_keeps_the_form_and_saves_nothing(
    window: Any, qtbot: Any, elsewhere: Library
) -> None:
    story_id = story_id_by_title(window.library, TITLE)
    form = _open_form(window, qtbot, story_id)
    form.title.setText("Still mine")
    elsewhere.edit_story(story_id, {"author": "Someone Else"})
    form.apply_button.click()
    _conflict_box(window, qtbot).findChild(QPushButton, "reloadNot").click()
    assert window.reading.editing and form.title.text() == "Still mine"
    assert window.library.get_story(story_id).title.startswith(TITLE)
    # Applying again is refused again: their change was still not seen here.
    window.editor._conflict_box = None
    form.apply_button.click()
    box = _conflict_box(window, qtbot)
    box.findChild(QPushButton, "reloadNot").click()
    assert window.library.get_story(story_id).author == "Someone Else"


def test_undo_over_a_later_change_made_elsewhere_is_refused(
    window: Any, qtbot: Any, elsewhere: Library
) -> None:
    library = window.library
    story_id = story_id_by_title(library, TITLE)
    form = _open_form(window, qtbot, story_id)
    form.title.setText("Edited here")
    form.apply_button.click()
    qtbot.waitUntil(lambda: window.act_undo.isEnabled(), timeout=WAIT)
    text = window.act_undo.text()
    elsewhere.edit_story(story_id, {"title": "Edited there, later"})

    assert window.undo_history.undo()
    qtbot.waitUntil(lambda: not window.undo_history.busy, timeout=WAIT)
    # Refused: their later title stays, the undo stays on the history to try again.
    assert library.get_story(story_id).title == "Edited there, later"
    assert window.act_undo.isEnabled() and window.act_undo.text() == text
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert any(
        "could not be undone" in box.text() and "changed by someone else" in box.text()
        for box in boxes
    ), [box.text() for box in boxes]
    for box in boxes:
        box.close()


def test_undo_and_redo_of_my_own_edit_still_work(window: Any, qtbot: Any) -> None:
    library = window.library
    story_id = story_id_by_title(library, TITLE)
    before = library.get_story(story_id)
    form = _open_form(window, qtbot, story_id)
    form.title.setText("Edited, undone, redone")
    form.apply_button.click()
    qtbot.waitUntil(lambda: window.act_undo.isEnabled(), timeout=WAIT)
    assert window.undo_history.undo()
    qtbot.waitUntil(lambda: not window.undo_history.busy, timeout=WAIT)
    assert library.get_story(story_id).title == before.title
    assert window.undo_history.redo()
    qtbot.waitUntil(lambda: not window.undo_history.busy, timeout=WAIT)
    assert library.get_story(story_id).title == "Edited, undone, redone"
    assert window.undo_history.undo()
    qtbot.waitUntil(lambda: not window.undo_history.busy, timeout=WAIT)
    story = library.get_story(story_id)
    assert story.title == before.title
    assert story.version > before.version


def test_confirming_a_goal_on_a_page_changed_elsewhere_is_refused_and_the_page_reloads(
    window: Any, qtbot: Any, elsewhere: Library
) -> None:
    library = window.library
    story_id = story_id_by_title(library, TITLE)
    window.open_story(story_id)
    qtbot.waitUntil(
        lambda: window.reading.story is not None and window.reading.story.id == story_id,
        timeout=WAIT,
    )
    shown = window.reading.story
    assert 13 not in shown.sdgs
    elsewhere.edit_story(story_id, {"sdgs": [5]})
    # Confirm on the page as it was shown: "its goals plus 13" would drop their goal 5.
    window.editor.confirm_sdg(story_id, 13)
    qtbot.waitUntil(lambda: not window.editor.saving, timeout=WAIT)
    qtbot.waitUntil(
        lambda: "changed by someone else" in window.statusBar().currentMessage(), timeout=WAIT
    )
    assert window.statusBar().currentMessage().startswith("The story was not changed.")
    assert library.get_story(story_id).sdgs == (5,)
    # The page shows the story as it now is; confirming there adds to their goal.
    qtbot.waitUntil(lambda: window.reading.story.sdgs == (5,), timeout=WAIT)
    window.editor.confirm_sdg(story_id, 13)
    qtbot.waitUntil(lambda: library.get_story(story_id).sdgs == (5, 13), timeout=WAIT)
