"""Opening a bundle from the file manager: the menu entry's ``Exec`` line with ``%F`` expanded
to the bundle's path starts the app on it, and the app previews its import.

The command line is built from the real ``packaging/linux/org.storydesk.StoryDesk.desktop``
as a file manager builds it (the desktop entry spec's field codes); the app is started the way
:func:`storydesk.gui.app.run` starts it (a :class:`Launcher` opening a real, empty data folder
and :func:`import_when_ready` with the paths ``storydesk-gui`` was given). Nothing may be
written until Import is chosen.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storydesk.gui.app import Launcher, import_when_ready
from storydesk.gui.tasks import TaskRunner

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

DESKTOP_FILE = (
    Path(__file__).resolve().parents[2] / "packaging" / "linux" / "org.storydesk.StoryDesk.desktop"
)
WAIT = 60000


def exec_command(desktop_file: Path, files: list[Path]) -> list[str]:
    """The command a file manager runs to open ``files`` with ``desktop_file``: its ``Exec``
    value split as the desktop entry spec quotes it, ``%F`` replaced by the files (one
    argument each, spaces and all), ``%%`` by ``%``, the deprecated codes dropped."""
    entry: dict[str, str] = {}
    in_group = False
    for line in desktop_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            in_group = line.strip() == "[Desktop Entry]"
        elif in_group and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            entry[key.strip()] = value.strip()
    command: list[str] = []
    for word in shlex.split(entry["Exec"]):
        if word == "%F":
            command.extend(str(f) for f in files)
        elif word == "%f":
            command.append(str(files[0]))
        elif word in ("%U", "%u"):
            command.extend(f.as_uri() for f in files)
        elif word in ("%d", "%D", "%n", "%N", "%v", "%m", "%i", "%c", "%k"):
            continue
        else:
            command.append(word.replace("%%", "%"))
    return command


@pytest.fixture
def bundle(seeded_library: Any, tmp_path: Path) -> tuple[Path, list[str]]:
    """A real bundle of three seeded stories, saved where a user keeps downloads: a name
    with spaces and Cyrillic letters."""
    ids = seeded_library.story_ids()[:3]
    path = tmp_path / "Загрузки" / "Поездка в Ош.storybundle"
    path.parent.mkdir()
    seeded_library.create_bundle(ids, path, title="Visit to Osh")
    return path, ids


@pytest.fixture
def started(data_dir: Path, qtbot: Any) -> Iterator[dict[str, Any]]:
    """What :func:`storydesk.gui.app.run` makes before its event loop: a task runner and a
    launcher on an empty data folder (started by the test, after it asks for the import)."""
    runner = TaskRunner()
    launcher = Launcher(data_dir, runner)
    parts: dict[str, Any] = {"launcher": launcher, "runner": runner}
    yield parts
    if launcher.window is not None:
        launcher.window.close()
    runner.close()
    if launcher.library is not None:
        launcher.library.close()


def test_the_desktop_file_passes_the_bundle_as_one_argument(
    bundle: tuple[Path, list[str]],
) -> None:
    path, _ids = bundle
    command = exec_command(DESKTOP_FILE, [path])
    assert command == ["storydesk-gui", str(path)]


def test_opening_a_bundle_previews_it_and_imports_only_when_asked(
    bundle: tuple[Path, list[str]], started: dict[str, Any], qtbot: Any
) -> None:
    path, ids = bundle
    program, *arguments = exec_command(DESKTOP_FILE, [path])
    assert program == "storydesk-gui"
    # storydesk-gui's main(): its positional arguments, the ones that exist, are imported.
    paths = [Path(argument) for argument in arguments if Path(argument).exists()]
    assert paths == [path]

    launcher = started["launcher"]
    import_when_ready(launcher, paths)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=WAIT)
    window, library = launcher.window, launcher.library
    qtbot.waitUntil(lambda: window.import_preview is not None, timeout=WAIT)

    dialog = window.import_preview
    assert dialog.isVisible()
    assert sorted(dialog.listed("new")) == sorted(ids)
    assert dialog.counts_of()["new"] == 3
    assert library.story_ids() == [], "the bundle was imported before Import was chosen"
    assert not window.importer.running

    with qtbot.waitSignal(window.importer.finished, timeout=WAIT) as finished:
        dialog.import_button.click()
    assert finished.args[0].imported == 3
    assert sorted(library.story_ids()) == sorted(ids)
    if window.importer.summary is not None:
        window.importer.summary.close()


def test_cancelling_the_preview_imports_nothing(
    bundle: tuple[Path, list[str]], started: dict[str, Any], qtbot: Any
) -> None:
    path, _ids = bundle
    _program, *arguments = exec_command(DESKTOP_FILE, [path])
    launcher = started["launcher"]
    import_when_ready(launcher, [Path(argument) for argument in arguments])
    launcher.start()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=WAIT)
    window = launcher.window
    qtbot.waitUntil(lambda: window.import_preview is not None, timeout=WAIT)

    window.import_preview.cancel_button.click()
    qtbot.waitUntil(lambda: window.import_preview is None, timeout=WAIT)
    assert launcher.library.story_ids() == []
    assert not window.importer.running


def test_a_file_open_event_previews_the_bundle(
    bundle: tuple[Path, list[str]], started: dict[str, Any], qtbot: Any
) -> None:
    """macOS Finder opens a document by sending the running app a QFileOpenEvent, also
    before the window is ready: the bundle is previewed once the window is there."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from storydesk.gui.app import FileOpenFilter

    path, ids = bundle
    launcher = started["launcher"]
    app = QApplication.instance()
    opener = FileOpenFilter(launcher)
    app.installEventFilter(opener)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(path)))  # before the window exists
        assert opener.waiting == [path]
        launcher.start()
        qtbot.waitUntil(lambda: launcher.window is not None, timeout=WAIT)
        window = launcher.window
        qtbot.waitUntil(lambda: window.import_preview is not None, timeout=WAIT)
        assert sorted(window.import_preview.listed("new")) == sorted(ids)
        assert launcher.library.story_ids() == []
        window.import_preview.cancel_button.click()
        qtbot.waitUntil(lambda: window.import_preview is None, timeout=WAIT)

        QApplication.sendEvent(app, QFileOpenEvent(str(path)))  # the window is open now
        qtbot.waitUntil(lambda: window.import_preview is not None, timeout=WAIT)
        window.import_preview.cancel_button.click()
        qtbot.waitUntil(lambda: window.import_preview is None, timeout=WAIT)
        assert launcher.library.story_ids() == []
    finally:
        app.removeEventFilter(opener)
