"""Fixtures for the desktop app: a main window over a private seeded library."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def window(seeded_library: Any, qtbot: Any) -> Iterator[Any]:
    """The main window over a copy of the seeded catalogue, first search done."""
    from storydesk.gui.mainwindow import MainWindow

    win = MainWindow(seeded_library)
    qtbot.addWidget(win)
    win.show()
    searching = win.searching
    qtbot.waitUntil(
        lambda: searching.shown_generation == searching.search_generation, timeout=10000
    )
    yield win
    # Close (and drain the worker threads) before the library fixture closes the library.
    win.close()


def story_id_by_title(library: Any, fragment: str) -> str:
    ids = library.story_ids()
    for story_id, summary in library.summaries(ids).items():
        if fragment in summary.title:
            return story_id
    raise AssertionError(f"no seed story titled like {fragment!r}")


@pytest.fixture(autouse=True)
def english_interface(qapp: Any) -> Iterator[None]:
    """The app's English texts, with their singular forms ("1 story found")."""
    from storydesk.gui.i18n import install_translations

    install_translations(qapp, "en")
    yield
