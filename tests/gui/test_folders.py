"""File dialogs open in the folder last used for their kind of file, else the home folder.

The dialogs themselves are Qt's static ``QFileDialog`` functions, replaced here by a recorder
that answers as a user would; the window, its library and the bundle written are real.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from storydesk.gui import folders

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

WAIT = 60000


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private home folder, and a working directory elsewhere that must never be used."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return folder


class Dialogs:
    """Stands in for QFileDialog's static functions: records where each opened and
    answers with the next chosen path."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened_in: list[str] = []
        self.answers: list[str] = []
        for name in ("getOpenFileNames", "getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, self._file(name))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _file(self, name: str) -> Any:
        def answer(_parent: Any, _caption: str = "", directory: str = "", *_a: Any) -> Any:
            self.opened_in.append(directory)
            chosen = self.answers.pop(0)
            return ([chosen] if chosen else [], "") if name == "getOpenFileNames" else (chosen, "")

        return answer

    def _folder(self, _parent: Any, _caption: str = "", directory: str = "", *_a: Any) -> str:
        self.opened_in.append(directory)
        return self.answers.pop(0)


def test_start_folder_is_home_then_the_folder_last_used(home: Path, tmp_path: Path) -> None:
    assert folders.start_folder("import") == str(home)
    stick = tmp_path / "usb" / "stories"
    stick.mkdir(parents=True)
    (stick / "a.md").write_text("# A\n", encoding="utf-8")
    folders.remember("import", stick / "a.md")  # a file: its folder is kept
    assert folders.start_folder("import") == str(stick)
    assert folders.start_folder("bundle") == str(home), "each kind keeps its own"
    folders.remember("import", stick)  # a folder: itself
    assert folders.start_folder("import") == str(stick)
    folders.remember("import", "")  # a cancelled dialog keeps the last folder
    folders.remember("import", "relative/name.md")
    assert folders.start_folder("import") == str(stick)
    (stick / "a.md").unlink()
    stick.rmdir()  # the stick taken out
    assert folders.start_folder("import") == str(home)
    documents = home / "Documents"
    documents.mkdir()
    assert folders.start_folder("pack", default=documents) == str(documents)
    assert folders.start_path("pack", "x.pdf", default=documents) == str(documents / "x.pdf")
    with pytest.raises(ValueError, match="unknown kind"):
        folders.start_folder("photos")


def test_the_import_dialogs_open_at_home_then_where_the_user_was(
    window: Any, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = Dialogs(monkeypatch)
    imported: list[list[Path]] = []
    monkeypatch.setattr(window, "import_paths", lambda paths: imported.append(paths) or True)
    field = tmp_path / "field notes"
    field.mkdir()
    story = field / "story.md"
    story.write_text("# Story\n", encoding="utf-8")
    bundles = tmp_path / "stick"
    bundles.mkdir()
    bundle = bundles / "hq.storybundle"
    bundle.write_bytes(b"PK")

    dialogs.answers = [str(story), str(story)]
    window.import_files()
    window.import_files()
    assert dialogs.opened_in == [str(home), str(field)]
    assert os.getcwd() not in dialogs.opened_in

    dialogs.opened_in.clear()
    dialogs.answers = [str(field), ""]
    window.import_folder()
    window.import_folder()  # opens beside the folder chosen last: its siblings show
    assert dialogs.opened_in == [str(field), str(tmp_path)]

    dialogs.opened_in.clear()
    dialogs.answers = [str(bundle), ""]
    window.import_bundle()
    window.import_bundle()
    assert dialogs.opened_in == [str(home), str(bundles)]
    assert imported == [[story], [story], [field], [bundle]]


def test_the_bundle_dialog_saves_where_the_last_bundle_went(
    window: Any, home: Path, tmp_path: Path, qtbot: Any
) -> None:
    def open_dialog() -> Any:
        assert window.export_bundle()
        qtbot.waitUntil(lambda: window.bundle_dialog is not None, timeout=WAIT)
        return window.bundle_dialog

    dialog = open_dialog()
    first = Path(dialog.output_edit.text())
    assert first.parent in (home, home / "Documents"), "Documents, else home; never the cwd"
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog.source_buttons["results"].setChecked(True)
    dialog.output_edit.setText(str(stick / "visit.storybundle"))
    old_umask = os.umask(0o022)
    try:
        with qtbot.waitSignal(window.bundles.written, timeout=WAIT):
            dialog.accept()
    finally:
        os.umask(old_umask)
    assert (stick / "visit.storybundle").is_file()
    assert stat.S_IMODE(os.stat(stick / "visit.storybundle").st_mode) == 0o644
    qtbot.waitUntil(lambda: not window.bundles.running, timeout=WAIT)
    again = open_dialog()
    assert Path(again.output_edit.text()).parent == stick
    again.reject()


def test_the_publishers_dialogs_remember_their_folder(
    seeded_library: Any, home: Path, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storydesk.gui.publishers import PublishersDialog
    from storydesk.gui.tasks import TaskRunner

    runner = TaskRunner()
    try:
        dialog = PublishersDialog(seeded_library, runner)
        qtbot.addWidget(dialog)
        dialogs = Dialogs(monkeypatch)
        monkeypatch.setattr(dialog, "trust_file", lambda path: None)
        keys = tmp_path / "keys from hq"
        keys.mkdir()
        dialogs.answers = [str(keys / "hq.storykey"), ""]
        dialog.ask_trust_file()
        dialog.ask_trust_file()
        assert dialogs.opened_in == [str(home), str(keys)]
    finally:
        runner.close()
