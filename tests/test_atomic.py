"""Packs and bundles appear whole under their name, or not at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from storydesk.atomic import atomic_output, write_file


def test_the_file_takes_its_name_only_when_complete(tmp_path: Path) -> None:
    output = tmp_path / "pack.html"
    output.write_text("the old pack")
    with atomic_output(output) as handle:
        handle.write(b"<html>new</html>")
        assert output.read_text() == "the old pack"  # still the old one while writing
    assert output.read_bytes() == b"<html>new</html>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.html"]


def test_a_failed_write_leaves_nothing_and_the_old_file_untouched(tmp_path: Path) -> None:
    output = tmp_path / "visit.storybundle"
    output.write_text("the old bundle")
    with pytest.raises(RuntimeError), atomic_output(output) as handle:
        handle.write(b"half a bundle")
        raise RuntimeError("disk pulled out")
    assert output.read_text() == "the old bundle"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["visit.storybundle"]


def test_a_killed_writer_leaves_no_partial_file(tmp_path: Path) -> None:
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from storydesk.atomic import atomic_output\n"
        "with atomic_output(Path(sys.argv[1])) as handle:\n"
        "    handle.write(b'x' * 100000)\n"
        "    handle.flush()\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "p.pdf")], check=False)
    assert done.returncode != 0
    left = list(tmp_path.iterdir())
    if sys.platform.startswith("linux"):
        assert left == []  # the file had no name yet
    else:  # elsewhere a hidden .part may stay; never the final name
        assert all(p.name.endswith(".part") for p in left)


def test_a_part_file_left_by_a_killed_writer_is_replaced(tmp_path: Path) -> None:
    (tmp_path / ".b.zip.part").write_bytes(b"debris")
    with atomic_output(tmp_path / "b.zip") as handle:
        handle.write(b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip"]


def test_write_file_replaces_a_small_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "basket.json"
    target.write_text("old")
    write_file(target, b'{"version": 1}')
    assert target.read_bytes() == b'{"version": 1}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["basket.json"]


def test_write_file_that_fails_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()  # a folder in the way: the rename fails after the data were written
    temporary = tmp_path / ".taken.0001.tmp"
    with pytest.raises(OSError):
        write_file(target, b"new", temporary=temporary)
    assert target.is_dir() and not temporary.exists()
