"""Verifying bundles without importing them: every problem named, nothing written."""

from __future__ import annotations

from pathlib import Path

from storydesk.bundle.verify import verify_bundle
from tests.bundle.zips import corrupt, deflated
from tests.ingest.bundle_helpers import basic_files, make_bundle, story_md


def test_a_sound_bundle_verifies(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "ok.storybundle", basic_files())
    assert verify_bundle(bundle).to_json() == {
        "ok": True,
        "signed": False,
        "publisher": "UNDP Kyrgyzstan",
        "fingerprint": None,
        "trusted": False,
        "problems": [],
        "version": 1,
        "kind": None,
        "stories": 2,
        "withdrawn": 0,
    }


def test_bundle_verify_names_a_damaged_member_instead_of_failing(tmp_path: Path) -> None:
    path = deflated(
        tmp_path / "v.storybundle",
        {"stories/a.md": story_md("v", "Title", "Текст истории, достаточно длинный. " * 200)},
    )
    corrupt(path, "stories/a.md")
    result = verify_bundle(path)
    assert result.ok is False
    assert any("stories/a.md" in p and "damaged" in p for p in result.problems)


def test_a_tampered_photo_and_a_missing_one_are_named(tmp_path: Path) -> None:
    files = basic_files()
    files["stories/c.md"] = story_md("c", "Без фото", "Фото потерялось.", image="gone.jpg")
    bundle = make_bundle(
        tmp_path / "t.storybundle", files, tamper={"images/photo.jpg": b"not a photo"}
    )
    before = sorted(p.name for p in tmp_path.iterdir())
    result = verify_bundle(bundle)
    assert result.ok is False
    assert any("images/photo.jpg" in p for p in result.problems)
    assert any("'gone.jpg' is missing" in p for p in result.problems)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_bundle_without_stories_is_a_problem(tmp_path: Path) -> None:
    path = deflated(tmp_path / "empty.storybundle", {"notes/readme.txt.bak": b"nothing"})
    result = verify_bundle(path)
    assert result.to_json()["ok"] is False
    assert result.problems == [
        f"{path}: has no bundle.json: nothing checks its files (read as unsigned)",
        f"{path}: the bundle holds no stories",
    ]
