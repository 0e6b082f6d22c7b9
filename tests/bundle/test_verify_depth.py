"""How far ``bundle verify`` reads: a signed bundle byte for byte, ``--deep`` every story too.

A signed bundle whose signature checks out is vouched for byte by byte by its publisher;
reading its stories and decoding its photos is left to the import (or ``--deep``). Any
other bundle is read whole, since nothing else vouches for it.
"""

from __future__ import annotations

import json
from pathlib import Path

from storydesk.bundle.verify import verify_bundle
from tests.bundle.signed import new_key, sample_files, write_bundle
from tests.conftest import run_storydesk

BROKEN_PHOTO = b"\xff\xd8\xff\xe0 not really a photo"


def _with_broken_photo() -> dict[str, bytes]:
    files = sample_files()
    photo = next(name for name in files if name.startswith("images/"))
    files[photo] = BROKEN_PHOTO
    return files


def test_a_signed_bundle_is_vouched_for_and_deep_reads_its_photos(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "signed.storybundle", _with_broken_photo(), key=new_key())
    quick = verify_bundle(bundle)
    assert (quick.ok, quick.signed, quick.stories) == (True, True, 2)
    deep = verify_bundle(bundle, deep=True)
    assert deep.signed and not deep.ok
    assert any("pump.jpg" in problem for problem in deep.problems)


def test_an_unsigned_bundle_is_always_read_whole(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "unsigned.storybundle", _with_broken_photo())
    check = verify_bundle(bundle)
    assert not check.signed and not check.ok
    assert any("pump.jpg" in problem for problem in check.problems)


def test_bundle_verify_deep_on_the_command_line(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "signed.storybundle", _with_broken_photo(), key=new_key())
    quick = run_storydesk("bundle", "verify", str(bundle), "--json", data_dir=tmp_path / "d")
    assert quick.returncode == 0, quick.stderr
    assert json.loads(quick.stdout)["ok"] is True
    deep = run_storydesk(
        "bundle", "verify", str(bundle), "--deep", "--json", data_dir=tmp_path / "d"
    )
    assert deep.returncode == 1
    assert json.loads(deep.stdout)["ok"] is False
    assert not (tmp_path / "d").exists()
