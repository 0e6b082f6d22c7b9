"""``storydesk bundle create`` as a user runs it: complete round trips between two
catalogues, update bundles (``--since``, ``--since-bundle``) with withdrawals, ``--sign``.

The real ``storydesk`` command in a subprocess, real data folders, real Pillow photos.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import time
import zipfile
from pathlib import Path
from typing import Any

from storydesk.bundle import signing
from tests.bundle.writer_helpers import give_own_key, story_folder
from tests.conftest import run_storydesk

IDS = ["kg-school-2025", "kg-school-2025-en", "kz-park-2025", "tj-water-2025"]
IMPORT_SPECIFIC = ("origin", "version")
"""``show --json`` fields that belong to one catalogue's copy: where it came from (its file, its
bundle) and how often it changed there (its version)."""


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    return result


def _json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(_ok(result).stdout)


def _catalogue_a(tmp_path: Path) -> Path:
    data = tmp_path / "a"
    report = _json(run_storydesk("import", str(story_folder(tmp_path)), "--json", data_dir=data))
    assert report["imported"] == 4 and report["rejected"] == []
    _ok(
        run_storydesk(
            "edit", "kz-park-2025", "--summary", "A park for 1,200 households.", data_dir=data
        )
    )
    return data


def _show(story_id: str, data: Path) -> dict[str, Any]:
    story = _json(run_storydesk("show", story_id, "--json", data_dir=data))
    for key in IMPORT_SPECIFIC:
        story.pop(key)
    return story


def _create(data: Path, *args: str) -> dict[str, Any]:
    return _json(run_storydesk("bundle", "create", *args, "--json", data_dir=data))


def test_a_bundle_brings_the_same_stories_images_and_links_into_an_empty_catalogue(
    tmp_path: Path,
) -> None:
    a = _catalogue_a(tmp_path)
    out = tmp_path / "visit.storybundle"
    created = _create(a, "--ids", ",".join(IDS), "-o", str(out), "--title", "Visit")
    assert (created["stories"], created["images"], created["withdrawn"]) == (4, 3, 0)
    assert (created["kind"], created["signed"], created["fingerprint"]) == ("full", False, None)
    first = out.read_bytes()
    _create(a, "--ids", ",".join(IDS), "-o", str(out), "--title", "Visit")
    assert out.read_bytes() == first  # the same stories, the same bytes
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert _json(run_storydesk("bundle", "verify", str(out), "--json", data_dir=a))["ok"] is True

    b = tmp_path / "b"
    report = _json(run_storydesk("import", str(out), "--json", data_dir=b))
    assert (report["imported"], report["rejected"]) == (4, [])
    for story_id in IDS:
        assert _show(story_id, b) == _show(story_id, a), story_id
    park = _show("kz-park-2025", b)
    assert park["summary"] == "A park for 1,200 households."  # the edit travelled
    assert _show("kg-school-2025", b)["translations"] == ["kg-school-2025-en"]
    assert len(_show("kg-school-2025", b)["images"]) == 2


def test_an_update_bundle_carries_only_the_changes_and_the_withdrawals_since_a_bundle(
    tmp_path: Path,
) -> None:
    a = _catalogue_a(tmp_path)
    full = tmp_path / "full.storybundle"
    _create(a, "--ids", ",".join(IDS), "-o", str(full))
    b = tmp_path / "b"
    assert _json(run_storydesk("import", str(full), "--json", data_dir=b))["imported"] == 4
    time.sleep(0.01)
    _ok(run_storydesk("edit", "kz-park-2025", "--title", "Shymkent park, opened", data_dir=a))
    _ok(run_storydesk("delete", "tj-water-2025", data_dir=a))

    update = tmp_path / "update.storybundle"
    result = _ok(
        run_storydesk(
            "bundle", "create", "--since-bundle", str(full), "-o", str(update), data_dir=a
        )
    )
    assert result.stdout.strip() == (
        f"Wrote update bundle {update}, not signed: 1 story, 1 image, 1 withdrawal, "
        f"{update.stat().st_size:,} bytes."
    )
    with zipfile.ZipFile(update) as zf:
        manifest = json.loads(zf.read("bundle.json"))
        names = zf.namelist()
    assert manifest["kind"] == "update" and manifest["version"] == 2
    assert [n for n in names if n.startswith("stories/")] == ["stories/0001-kz-park-2025.md"]
    assert [(w["id"], w["title"]) for w in manifest["withdrawn"]] == [
        ("tj-water-2025", "Water for Khujand")
    ]
    report = _json(run_storydesk("import", str(update), "--json", data_dir=b))
    assert (report["imported"], report["updated"], report["rejected"]) == (0, 1, [])
    assert _show("kz-park-2025", b)["title"] == "Shymkent park, opened"

    # Nothing changed since the update: only... nothing, and it says so.
    again = run_storydesk(
        "bundle", "create", "--since-bundle", str(update), "-o", str(tmp_path / "x"), data_dir=a
    )
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert again.stderr.strip() == "error: no stories to put in the bundle"
    assert not (tmp_path / "x").exists()


def test_since_a_date_alone_means_every_story_changed_since(tmp_path: Path) -> None:
    a = _catalogue_a(tmp_path)
    created = _create(a, "--since", "2000-01-01", "-o", str(tmp_path / "all.storybundle"))
    assert (created["stories"], created["kind"], created["withdrawn"]) == (4, "update", 0)
    later = run_storydesk(
        "bundle", "create", "--since", "2999-01-01", "-o", str(tmp_path / "n"), data_dir=a
    )
    assert later.returncode == 1 and later.stderr.count("\n") == 1
    bad = run_storydesk(
        "bundle", "create", "--since", "yesterday", "-o", str(tmp_path / "n"), data_dir=a
    )
    assert bad.returncode == 2 and "--since 'yesterday' is not a date" in bad.stderr
    assert "Traceback" not in bad.stderr
    story = tmp_path / "stories" / "kz-park.md"
    not_a_bundle = run_storydesk(
        "bundle", "create", "--since-bundle", str(story), "-o", str(tmp_path / "n"), data_dir=a
    )
    assert not_a_bundle.returncode == 1
    assert not_a_bundle.stderr.splitlines() == [f"error: {story}: not a readable ZIP archive"], (
        not_a_bundle.stderr
    )


def test_sign_without_a_key_says_how_to_make_one(tmp_path: Path) -> None:
    a = _catalogue_a(tmp_path)
    out = tmp_path / "s.storybundle"
    result = run_storydesk(
        "bundle", "create", "--ids", IDS[0], "-o", str(out), "--sign", data_dir=a
    )
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "storydesk keys generate --publisher NAME" in lines[0]
    assert not out.exists()


def test_a_signed_bundle_names_its_publisher_and_its_signature_checks_out(
    tmp_path: Path,
) -> None:
    a = _catalogue_a(tmp_path)
    key = give_own_key(a, "UNDP Kyrgyzstan")
    fingerprint = key.public.fingerprint
    out = tmp_path / "signed.storybundle"
    created = _create(a, "--ids", ",".join(IDS), "-o", str(out), "--sign")
    assert created["signed"] is True and created["fingerprint"] == fingerprint
    assert created["publisher"] == "UNDP Kyrgyzstan"
    printed = _ok(
        run_storydesk("bundle", "create", "--ids", IDS[2], "-o", str(out), "--sign", data_dir=a)
    ).stdout
    short = f"{fingerprint[:4]} {fingerprint[4:8]} …"
    assert f"signed by UNDP Kyrgyzstan ({short}): 1 story, 1 image" in printed
    with zipfile.ZipFile(out) as zf:
        raw, sig = zf.read("bundle.json"), zf.read("bundle.sig")
    manifest = json.loads(raw)
    assert manifest["signed_by"] == fingerprint
    assert signing.check_signature(sig, raw, str(out), "x").fingerprint == fingerprint
    assert oct(stat.S_IMODE(os.stat(out).st_mode)) == oct(0o644)
