"""The window's searches run in the search process: real window, real child, real index.

What the person at the keyboard sees: results from the child process (not a thread of the
window's process), only the newest of a burst of typed queries, results again after the
child is killed, another process's import found by the next search, no child left behind
once the window closes, and a refused search said where the results would be.
"""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_storydesk
from tests.gui.conftest import open_window
from tests.search.test_service import _alive, _children, _story

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

WAIT_MS = 120_000
"""A search may take this long before the test fails as hung (a loaded CI machine)."""


@pytest.fixture(autouse=True)
def search_process(search_on_a_thread: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the search process: the app's default path (the folder's
    conftest searches on a thread elsewhere)."""
    monkeypatch.setenv("STORYDESK_SEARCH_PROCESS", "1")


@pytest.fixture
def proc_window(seeded_library: Any, qtbot: Any) -> Any:
    win = open_window(seeded_library, qtbot)
    # the first search may run on a thread while the process starts; the next ones not
    assert win.searching.service.wait_ready(WAIT_MS / 1000)
    yield win
    win.close()


def _search(qtbot: Any, searching: Any, start: Any) -> None:
    with qtbot.waitSignal(searching.searchFinished, timeout=WAIT_MS):
        start()
    qtbot.waitUntil(
        lambda: searching.shown_generation == searching.search_generation, timeout=WAIT_MS
    )


def test_the_windows_search_runs_in_a_child_process(proc_window: Any, seeded_library: Any) -> None:
    searching = proc_window.searching
    pid = searching.service.pid
    assert pid is not None and pid != os.getpid()
    assert pid in _children()
    assert proc_window.model.total == len(seeded_library.story_ids())


def test_typing_quickly_shows_only_the_newest_result(
    proc_window: Any, seeded_library: Any, qtbot: Any
) -> None:
    searching = proc_window.searching
    shown: list[Any] = []
    searching.resultsShown.connect(shown.append)
    text = ""
    for letter in "water":
        text += letter
        searching.text_changed(text)
        searching.run_search()
    qtbot.waitUntil(
        lambda: searching.shown_generation == searching.search_generation, timeout=WAIT_MS
    )
    assert len(shown) == 1
    expected = seeded_library.search("water", limit=searching.page, facets=True)
    assert shown[0].to_json() == expected.to_json()
    assert proc_window.model.total == expected.total


def test_a_killed_search_process_is_restarted(
    proc_window: Any, seeded_library: Any, qtbot: Any
) -> None:
    searching = proc_window.searching
    summaries: list[str] = []
    searching.summaryChanged.connect(summaries.append)
    first = searching.service.pid
    os.kill(first, signal.SIGKILL)
    searching.text_changed("lang:ru")
    _search(qtbot, searching, searching.search_now)
    expected = seeded_library.search("lang:ru", limit=1).total
    assert expected > 0
    assert proc_window.model.total == expected
    assert summaries[-1] == f"{expected} stories found"
    assert searching.service.pid != first
    assert not _alive(first)


def test_an_import_by_another_process_is_found(
    proc_window: Any, seeded_library: Any, qtbot: Any, tmp_path: Path
) -> None:
    searching = proc_window.searching
    searching.text_changed("zanzibarite")
    _search(qtbot, searching, searching.search_now)
    assert proc_window.model.total == 0
    _story(tmp_path / "new", "zanzi", "a zanzibarite water point")
    result = run_storydesk("import", str(tmp_path / "new"), data_dir=seeded_library.layout.root)
    assert result.returncode == 0, result.stderr
    _search(qtbot, searching, searching.search_now)
    assert proc_window.model.ids() == ["zanzi"]


def test_closing_the_window_ends_the_search_process(seeded_library: Any, qtbot: Any) -> None:
    win = open_window(seeded_library, qtbot)
    assert win.searching.service.wait_ready(WAIT_MS / 1000)
    pid = win.searching.service.pid
    assert _alive(pid)
    win.close()
    assert not _alive(pid)
    assert pid not in _children()


def test_a_refused_search_is_said_where_the_results_would_be(
    seeded_template: Path, tmp_path: Path, qtbot: Any
) -> None:
    from PySide6.QtCore import QObject

    from storydesk.gui.models import StoryListModel
    from storydesk.gui.searching import SearchController
    from storydesk.gui.tasks import TaskRunner
    from storydesk.library import Library

    folder = tmp_path / "gone"
    shutil.copytree(seeded_template, folder)
    library = Library.open(folder)
    owner = QObject()
    runner = TaskRunner(owner)
    try:
        model = StoryListModel(library.summaries, runner, parent=owner)
        searching = SearchController(library, runner, model, owner)
        summaries: list[str] = []
        searching.summaryChanged.connect(summaries.append)
        # the catalogue goes away before the search process first opens it
        library.layout.catalogue.rename(folder / "elsewhere.sqlite3")
        assert searching.service.wait_ready(WAIT_MS / 1000)
        with qtbot.waitSignal(searching.searchFinished, timeout=WAIT_MS):
            searching.run_search()
        assert summaries[-1].startswith("This search cannot be run:")
        assert "no catalogue" in summaries[-1]
        assert model.total == 0
    finally:
        searching.shut_down()
        runner.close()
        library.close()


def test_without_a_search_process_the_window_searches_in_its_own(
    seeded_library: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storydesk.library import SearchService

    def refuse(self: Any) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(SearchService, "_spawn", refuse)
    from storydesk.gui.mainwindow import MainWindow

    notices: list[str] = []
    win = MainWindow(seeded_library)
    qtbot.addWidget(win)
    try:
        searching = win.searching
        qtbot.waitUntil(
            lambda: searching.shown_generation == searching.search_generation, timeout=WAIT_MS
        )
        assert searching.service is None
        assert win.model.total == len(seeded_library.story_ids())
        assert "window's process" in win.statusBar().currentMessage()
        searching.noticeChanged.connect(notices.append)
        searching.text_changed("water")
        _search(qtbot, searching, searching.search_now)
        assert win.model.total == seeded_library.search("water").total
        assert notices == []  # said once
    finally:
        win.close()
