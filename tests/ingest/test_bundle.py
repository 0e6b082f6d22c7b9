"""Bundle safety and integrity: unsafe entries refuse the bundle, bad parts are named."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from storydesk.errors import BundleRejected
from storydesk.ingest.containers import ZipContainer, normalise_reference, unsafe_reason
from storydesk.ingest.sources import plan_import, read_story_file

from .bundle_helpers import basic_files, make_bundle, story_md


def test_sound_bundle_plans_and_reads(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "ok.storybundle", basic_files())
    plan = plan_import([bundle])
    try:
        assert plan.rejected == []
        assert sorted(f.name for f in plan.files) == ["stories/a.md", "stories/b.md"]
        drafts = [d for f in plan.files for d in read_story_file(f)]
        photo = next(d for d in drafts if d.external_id == "kg-youth-1").images[0]
        assert photo.load is not None and photo.load()[:2] == b"\xff\xd8"
        assert all(d.origin_bundle == str(bundle) for d in drafts)
    finally:
        plan.close()


@pytest.mark.parametrize(
    "member, reason",
    [
        ("../evil.md", "escapes"),
        ("stories/../../evil.md", "escapes"),
        ("/etc/evil.md", "absolute"),
        ("C:/evil.md", "absolute"),
        ("..\\evil.md", "escapes"),
    ],
)
def test_unsafe_member_refuses_whole_bundle(tmp_path: Path, member: str, reason: str) -> None:
    bundle = make_bundle(tmp_path / "bad.storybundle", basic_files(), extra_members={member: b"x"})
    with pytest.raises(BundleRejected, match=reason):
        ZipContainer(bundle)
    plan = plan_import([bundle])
    assert plan.files == [] and len(plan.rejected) == 1
    assert plan.rejected[0].path == str(bundle)


def test_symlink_member_refuses_bundle(tmp_path: Path) -> None:
    path = tmp_path / "link.storybundle"
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("stories/link.md")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(BundleRejected, match="link"):
        ZipContainer(path)


def test_checksum_mismatch_rejects_that_part_only(tmp_path: Path) -> None:
    files = basic_files()
    bundle = make_bundle(
        tmp_path / "t.storybundle", files, tamper={"stories/b.md": files["stories/b.md"] + b"!"}
    )
    plan = plan_import([bundle])
    try:
        results = {}
        for story_file in plan.files:
            try:
                results[story_file.name] = read_story_file(story_file)
            except Exception as exc:
                results[story_file.name] = exc
        assert isinstance(results["stories/a.md"], list)
        assert "does not match" in str(results["stories/b.md"]) or "bytes but" in str(
            results["stories/b.md"]
        )
    finally:
        plan.close()


def test_missing_and_unlisted_files_are_named(tmp_path: Path) -> None:
    files = basic_files()
    path = tmp_path / "m.storybundle"
    make_bundle(path, files, extra_members={"stories/extra.md": story_md("x", "X", "Body")})
    # Remove a listed file by rewriting the archive without it.
    rewritten = tmp_path / "m2.storybundle"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(rewritten, "w") as dst:
        for info in src.infolist():
            if info.filename != "stories/b.md":
                dst.writestr(info, src.read(info))
    plan = plan_import([rewritten])
    reasons = {r.path.split("!")[-1]: r.reason for r in plan.rejected}
    plan.close()
    assert reasons["stories/b.md"] == "listed in bundle.json but missing"
    assert reasons["stories/extra.md"] == "not listed in bundle.json"


def test_newer_format_version_is_refused(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "v9.storybundle", basic_files(), version=9)
    plan = plan_import([bundle])
    assert "newer" in plan.rejected[0].reason


def test_zip_without_manifest_imports_like_a_folder(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "hand.zip", basic_files(), manifest=False)
    plan = plan_import([bundle])
    try:
        assert len(plan.files) == 2 and plan.rejected == []
    finally:
        plan.close()


def test_not_a_zip_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "junk.storybundle"
    path.write_bytes(b"this is not a zip")
    plan = plan_import([path])
    assert plan.rejected[0].reason == "not a readable ZIP archive"


def test_references_stay_inside() -> None:
    assert normalise_reference("stories", "../images/a.jpg") == "images/a.jpg"
    assert normalise_reference("stories", "../../etc/passwd") is None
    assert normalise_reference("stories", "file:///etc/passwd") is None
    assert normalise_reference("", "/images/a.jpg") == "images/a.jpg"
    assert unsafe_reason("stories/a.md") is None
