"""Fixtures for the desktop app: a main window over a private seeded library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def window(seeded_library: Any, qtbot: Any) -> Iterator[Any]:
    """The main window over a copy of the seeded catalogue, first search done."""
    win = open_window(seeded_library, qtbot)
    yield win
    # Close (and drain the worker threads) before the library fixture closes the library.
    win.close()


def open_window(library: Any, qtbot: Any) -> Any:
    """A shown main window over ``library`` once its first search is on screen."""
    from storydesk.gui.mainwindow import MainWindow

    win = MainWindow(library)
    qtbot.addWidget(win)
    win.show()
    searching = win.searching
    qtbot.waitUntil(
        lambda: searching.shown_generation == searching.search_generation, timeout=10000
    )
    return win


def story_id_by_title(library: Any, fragment: str) -> str:
    ids = library.story_ids()
    for story_id, summary in library.summaries(ids).items():
        if fragment in summary.title:
            return story_id
    raise AssertionError(f"no seed story titled like {fragment!r}")


@pytest.fixture(autouse=True)
def search_on_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows search on a thread of the test's process (``STORYDESK_SEARCH_PROCESS=0``):
    a search process per window would add about a second of start-up to each test, and
    more on a loaded machine. The app's default, the search process, is what
    tests/gui/test_search_process.py drives (it sets the variable back to ``1``).
    """
    monkeypatch.setenv("STORYDESK_SEARCH_PROCESS", "0")


@pytest.fixture(autouse=True)
def english_interface(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app in English, with its singular forms ("1 story found"), whatever the machine's
    language; the user settings (the language chosen in View › Language) in a private folder.
    """
    from PySide6.QtCore import QSettings

    from storydesk.gui.i18n import ENV, install_translations

    settings_dir = tmp_path / "user-settings"
    settings_dir.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    monkeypatch.setenv(ENV, "en")
    install_translations(qapp, "en")
    yield
    install_translations(qapp, "en")
