"""The window on a shared catalogue: it keeps up with what other editors commit (gui/sync.py)
and says which catalogue it shows."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from storydesk.library import Library
from tests import postgres

from .conftest import open_window

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _titles(win: Any) -> list[str]:
    """The titles of the stories the window lists, in order."""
    from storydesk.gui.models import IdRole

    model = win.model
    ids = [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]
    shown = win.library.summaries(ids)
    return [shown[story_id].title for story_id in ids]


def test_another_editors_change_reaches_the_window(
    postgres_catalogue_url: str, tmp_path: Path, qtbot: Any
) -> None:
    with Library.open(tmp_path / "editor1", database_url=postgres_catalogue_url) as other:
        other.import_paths([SEEDS])
        story_id = other.story_ids()[0]
    library = Library.open(tmp_path / "editor2", database_url=postgres_catalogue_url)
    try:
        win = open_window(library, qtbot)
        assert "(shared catalogue)" in win.windowTitle()
        assert "Solar panels for Naryn" not in _titles(win)
        with Library.open(tmp_path / "editor1", database_url=postgres_catalogue_url) as other:
            other.edit_story(story_id, {"title": "Solar panels for Naryn"})
        with qtbot.waitSignal(win.watcher.changed, timeout=20000) as changed:
            win.watcher.catch_up()  # what the timer does every half minute
        assert changed.args == [frozenset({story_id})]
        qtbot.waitUntil(lambda: "Solar panels for Naryn" in _titles(win), timeout=10000)
        assert win.statusBar().currentMessage() == (
            "1 story was changed elsewhere; the list is up to date."
        )
        win.search_field.setText("naryn solar")
        win.searching.search_now()
        qtbot.waitUntil(lambda: _titles(win) == ["Solar panels for Naryn"], timeout=10000)
        win.close()
    finally:
        library.close()


def test_a_catalogue_that_cannot_be_read_is_said_once(
    postgres_catalogue_url: str, postgres_server: str, tmp_path: Path, qtbot: Any
) -> None:
    library = Library.open(tmp_path / "data", database_url=postgres_catalogue_url)
    try:
        win = open_window(library, qtbot)
        postgres.drop_database(postgres_server, str(make_url(postgres_catalogue_url).database))
        with qtbot.waitSignal(win.watcher.unreachable, timeout=20000) as said:
            win.watcher.catch_up()
        assert "cannot use the shared catalogue" in said.args[0]
        assert said.args[0] in win.statusBar().currentMessage()
        with qtbot.assertNotEmitted(win.watcher.unreachable, wait=500):
            win.watcher.catch_up()  # the same outage is not said again
            qtbot.waitUntil(lambda: not win.watcher._busy, timeout=20000)
        win.close()
    finally:
        library.close()


def test_about_names_the_shared_catalogue_and_its_size(
    postgres_catalogue_url: str, tmp_path: Path, qtbot: Any
) -> None:
    from storydesk.gui.about import AboutDialog

    url = postgres_catalogue_url.replace("postgres@", "postgres:hush@")  # trust ignores it
    library = Library.open(tmp_path / "data", database_url=url)
    try:
        library.import_paths([SEEDS])
        dialog = AboutDialog(library)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.size_info is not None, timeout=20000)
        assert dialog.size_info.stories == library.stats_stories() > 0
        assert dialog.size_info.catalogue_bytes > 1_000_000  # the server's own count
        details = dialog.text()
        assert f"Shared catalogue: {library.database}" in details
        assert "hush" not in details and "***" in details  # never the password
        assert "Catalogue size: " in details and "Catalogue file" not in details
        dialog.close()
    finally:
        library.close()


def test_settings_shared_catalogue_tries_keeps_and_restarts_on_an_address(
    window: Any, postgres_catalogue_url: str, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from storydesk.gui import shared

    # Whatever the dialog sets in the environment is undone after the test.
    monkeypatch.setenv("STORYDESK_DATABASE_URL", "")
    monkeypatch.delenv("STORYDESK_DATABASE_URL")
    monkeypatch.setattr(shared, "_from_environment", [])
    assert shared.use_saved_database_url() is None  # nothing chosen yet: the data folder's
    dialog = window.choose_shared_catalogue()
    assert not dialog.use_button.isEnabled() and not dialog.local_button.isEnabled()
    dialog.url.setText("postgresql+psycopg://nobody@/no_such_catalogue?host=/nonexistent")
    dialog.try_button.click()
    qtbot.waitUntil(
        lambda: "cannot use the shared catalogue" in dialog.outcome.text(), timeout=20000
    )
    dialog.url.setText(postgres_catalogue_url)
    dialog.try_button.click()
    qtbot.waitUntil(
        lambda: dialog.outcome.text() == "Connected: the catalogue holds 0 stories.",
        timeout=20000,
    )
    dialog.use_button.click()
    assert shared.saved_database_url() == postgres_catalogue_url
    box = window.shared_catalogue_notice
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "opens postgresql+psycopg://postgres@/" in box.text()
    assert "when it restarts" in box.text()
    # The StoryDesk started again inherits this environment: it opens the choice.
    assert os.environ["STORYDESK_DATABASE_URL"] == postgres_catalogue_url
    box.close()

    # Back to this computer's catalogue.
    dialog = window.choose_shared_catalogue()
    assert dialog.url.text() == postgres_catalogue_url and dialog.local_button.isEnabled()
    dialog.local_button.click()
    assert shared.saved_database_url() is None
    assert "STORYDESK_DATABASE_URL" not in os.environ
    box = window.shared_catalogue_notice
    assert "this computer's catalogue" in box.text()
    box.close()


def test_the_environment_wins_over_the_saved_address(monkeypatch: pytest.MonkeyPatch) -> None:
    from storydesk.gui import shared

    monkeypatch.setattr(shared, "_from_environment", [])
    shared.save_database_url("postgresql+psycopg://saved@hq/storydesk")
    monkeypatch.setenv("STORYDESK_DATABASE_URL", "postgresql+psycopg://given@hq/storydesk")
    assert shared.use_saved_database_url() == "postgresql+psycopg://given@hq/storydesk"
    assert shared.environment_database_url() == "postgresql+psycopg://given@hq/storydesk"
    shared.take_effect_at_restart(None)  # the environment's address stays
    assert os.environ["STORYDESK_DATABASE_URL"] == "postgresql+psycopg://given@hq/storydesk"
    monkeypatch.delenv("STORYDESK_DATABASE_URL")
    assert shared.use_saved_database_url() == "postgresql+psycopg://saved@hq/storydesk"
    assert os.environ["STORYDESK_DATABASE_URL"] == "postgresql+psycopg://saved@hq/storydesk"
    assert shared.environment_database_url() is None
