"""Files StoryDesk writes for the user to hand on are 0644; the private key 0600.

The real ``storydesk`` command, run as a user would, under a private ``umask 077``: bundles
(plain, signed, update), briefing packs (HTML and PDF) and an exported public key all come
out ``rw-r--r--``; the catalogue's private publisher key stays ``rw-------`` in a
``rwx------`` folder (``atomic.SHARED_FILE_MODE``; bundles also in
tests/bundle/test_writer_v2.py).
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS, _shared

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def storydesk(data: Path, *args: str, umask: str = "022") -> subprocess.CompletedProcess[str]:
    """The real command in a shell that set ``umask`` first, as a user's terminal does."""
    exe = shutil.which("storydesk")
    command = [exe] if exe else [sys.executable, "-m", "storydesk"]
    env = dict(os.environ, STORYDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        ["sh", "-c", f'umask {umask} && exec "$@"', "storydesk", *command, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("modes") / "data"
    done = storydesk(folder, "import", str(_shared(SEEDS)))
    assert done.returncode == 0, done.stderr
    made = storydesk(folder, "keys", "generate", "--publisher", "UNDP Kyrgyzstan")
    assert made.returncode == 0, made.stderr
    return folder


def test_files_to_hand_on_are_0644_under_any_umask_and_the_key_stays_private(
    data: Path, tmp_path: Path
) -> None:
    """Run under a private umask (077), the strictest case: bundles, packs and public key
    files, made to be handed on, still come out 0644; the private key stays 0600 in 0700."""
    commands = {
        "bundle.storybundle": ["bundle", "create", "--query", "UNDP"],
        "signed.storybundle": ["bundle", "create", "--query", "UNDP", "--sign"],
        "update.storybundle": ["bundle", "create", "--since", "2000-01-01"],
        "pack.html": ["export", "--query", "UNDP", "--format", "html"],
        "pack.pdf": ["export", "--query", "UNDP", "--format", "pdf"],
        "mine.storykey": ["keys", "export"],
    }
    for name, args in commands.items():
        done = storydesk(data, *args, "-o", str(tmp_path / name), umask="077")
        assert done.returncode == 0, (name, done.stderr)
    modes = {p.name: oct(mode(p)) for p in sorted(tmp_path.iterdir())}
    assert modes == {name: "0o644" for name in sorted(commands)}
    keys = data / "keys"
    assert mode(keys) == 0o700
    private = [p for p in keys.iterdir() if p.suffix == ".key"]
    assert private and all(mode(p) == 0o600 for p in private)
