"""The desktop app starts from the real commands, shows its window and quits on request.

``--quit-when-ready`` (or ``STORYDESK_QUIT_WHEN_READY=1``) is the start-up check that CI and
the frozen build's smoke test run: the same start-up a user gets, ending with one line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import run_storydesk


def test_storydesk_gui_opens_its_window_and_quits(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_storydesk("gui", "--quit-when-ready", data_dir=data, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "the window is open on" in result.stdout
    assert str(data) in result.stdout and "(0 stories)" in result.stdout
    assert (data / "catalogue.sqlite3").is_file()


def test_storydesk_gui_script_honours_the_environment_variable(tmp_path: Path) -> None:
    exe = shutil.which("storydesk-gui")
    command = [exe] if exe else [sys.executable, "-m", "storydesk.gui.app"]
    env = dict(
        os.environ,
        STORYDESK_DATA_DIR=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
        STORYDESK_QUIT_WHEN_READY="1",
    )
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "the window is open on" in result.stdout


def test_gui_version(tmp_path: Path) -> None:
    exe = shutil.which("storydesk-gui")
    command = [exe] if exe else [sys.executable, "-m", "storydesk.gui.app"]
    result = subprocess.run(
        [*command, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    from storydesk import __version__

    assert result.returncode == 0
    assert result.stdout.strip() == f"StoryDesk {__version__}"


def test_unopenable_catalogue_exits_with_status_1(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "catalogue.sqlite3").write_bytes(b"this is not a catalogue" * 100)
    result = run_storydesk("gui", "--quit-when-ready", data_dir=data, timeout=120)
    assert result.returncode == 1
    assert "could not open the catalogue" in result.stderr
