"""Shared fixtures: data folders in tmp_path, the seeds and corpora, a built template library.

Tests use real SQLite catalogues, real Whoosh indexes and real images; nothing is mocked.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# No screen in CI: Qt must render offscreen. Set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
# The shared material sits beside the project; CI, which tests a clean clone elsewhere, says
# where with STORYDESK_SHARED. The seeds are also kept here, byte for byte, so they always run.
SHARED = Path(os.environ.get("STORYDESK_SHARED", REPO.parent / "shared"))
SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"
CORPORA = SHARED / "corpora"


def _shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not present on this machine")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed stories, exactly as received."""
    return _shared(SEEDS)


@pytest.fixture(scope="session")
def corpora_dir() -> Path:
    """The shared real-world corpora."""
    return _shared(CORPORA)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder; STORYDESK_DATA_DIR points at it so nothing escapes tmp_path."""
    folder = tmp_path / "data"
    monkeypatch.setenv("STORYDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the seeds imported, built once per session."""
    from storydesk.library import Library

    folder = tmp_path_factory.mktemp("template") / "data"
    with Library.open(folder) as library:
        library.import_paths([_shared(SEEDS)])
    return folder


@pytest.fixture
def seeded_library(seeded_template: Path, tmp_path: Path) -> Iterator[object]:
    """A private copy of the seeded data folder, opened."""
    from storydesk.library import Library

    folder = tmp_path / "seeded"
    shutil.copytree(seeded_template, folder)
    library = Library.open(folder)
    yield library
    library.close()


def _address_space(limit: int) -> Callable[[], None]:
    """A ``preexec_fn`` that caps the child's address space at ``limit`` bytes."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return cap


def run_storydesk(
    *args: str, data_dir: Path, timeout: float = 300, memory: int | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real ``storydesk`` command as a user would.

    Args:
        args: The command line after ``storydesk``.
        data_dir: The data folder (``STORYDESK_DATA_DIR``).
        timeout: Seconds before the test fails as a hang.
        memory: A cap on the command's address space in bytes (bounded-memory tests).
    """
    exe = shutil.which("storydesk")
    command = [exe] if exe else [sys.executable, "-m", "storydesk"]
    env = dict(os.environ, STORYDESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        preexec_fn=_address_space(memory) if memory else None,
        check=False,
    )


def run_python_bounded(
    code: str, tmp_path: Path, *, memory: int, timeout: float
) -> dict[str, object]:
    """Run ``code`` as a script in a child with at most ``memory`` bytes of address space.

    The script prints one JSON document, which is returned; a hang fails at ``timeout``.
    """
    script = tmp_path / "child.py"
    script.write_text(textwrap.dedent(code), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_address_space(memory),
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)
