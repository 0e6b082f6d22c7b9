"""Bundle format version 2 as written: deterministic bytes, the manifest, signing, update
bundles with withdrawals, places.yaml, the file's mode, tombstones.

Real catalogues (Markdown stories with Pillow photos imported into SQLite), real ZIP files,
real Ed25519 signatures checked with :func:`storydesk.bundle.signing.check_signature`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import select

from storydesk.bundle import signing
from storydesk.bundle.format import MANIFEST, PARTNERS_FILE, PLACES_FILE, SIGNATURE
from storydesk.catalogue.models import Story, StoryTombstone
from storydesk.errors import StoryDeskError
from storydesk.library import Library, bundle_created
from tests.bundle.writer_helpers import give_own_key, story_folder
from tests.ingest.bundle_helpers import basic_files, make_bundle

IDS = ["kg-school-2025", "kg-school-2025-en", "kz-park-2025", "tj-water-2025"]


@pytest.fixture
def catalogue(tmp_path: Path) -> Iterator[Path]:
    """A data folder holding the four stories (photos, links) with one field edited."""
    data = tmp_path / "a"
    with Library.open(data) as library:
        report = library.import_paths([story_folder(tmp_path)])
        assert report.imported == 4 and report.rejected == []
        library.edit_story("kz-park-2025", {"summary": "A park for 1,200 households."})
    yield data


def _manifest(path: Path) -> tuple[dict[str, Any], bytes]:
    with zipfile.ZipFile(path) as zf:
        raw = zf.read(MANIFEST)
    return json.loads(raw), raw


def test_the_same_stories_give_the_same_bytes_also_after_reopening(
    catalogue: Path, tmp_path: Path
) -> None:
    with Library.open(catalogue) as library:
        first = library.create_bundle(IDS, tmp_path / "1.storybundle", title="Visit")
        second = library.create_bundle(IDS, tmp_path / "2.storybundle", title="Visit")
    with Library.open(catalogue) as library:
        third = library.create_bundle(IDS, tmp_path / "3.storybundle", title="Visit")
    data = Path(first.path).read_bytes()
    assert data == Path(second.path).read_bytes() == Path(third.path).read_bytes()
    manifest, _ = _manifest(Path(first.path))
    with Library.open(catalogue) as library, library._sessions() as session:
        newest = max(max(s.updated_at, s.created_at) for s in session.scalars(select(Story)))
    assert manifest["created"] == newest.replace(tzinfo=dt.UTC).isoformat()


def test_a_fixed_created_time_goes_into_the_manifest(catalogue: Path, tmp_path: Path) -> None:
    """``created`` chosen by the caller (the sample bundle: its seeds' newest date) replaces
    the newest change; the rest of the manifest is what the writer always writes."""
    moment = dt.datetime(2025, 10, 11, tzinfo=dt.UTC)
    with Library.open(catalogue) as library:
        plain = library.create_bundle(IDS, tmp_path / "plain.storybundle", title="Visit")
        fixed = library.create_bundle(
            IDS, tmp_path / "fixed.storybundle", title="Visit", created=moment
        )
    manifest, _ = _manifest(Path(fixed.path))
    assert manifest["created"] == "2025-10-11T00:00:00+00:00"
    assert bundle_created(Path(fixed.path)) == moment
    other, _ = _manifest(Path(plain.path))
    assert other["created"] != manifest["created"]
    assert {k: v for k, v in other.items() if k != "created"} == {
        k: v for k, v in manifest.items() if k != "created"
    }


def test_a_change_to_one_story_changes_the_bytes_and_the_id(
    catalogue: Path, tmp_path: Path
) -> None:
    with Library.open(catalogue) as library:
        before = library.create_bundle(IDS, tmp_path / "1.storybundle")
        library.edit_story("tj-water-2025", {"title": "Water for Khujand, again"})
        after = library.create_bundle(IDS, tmp_path / "2.storybundle")
    assert Path(before.path).read_bytes() != Path(after.path).read_bytes()
    assert _manifest(Path(before.path))[0]["id"] != _manifest(Path(after.path))[0]["id"]


def test_the_manifest_is_version_2_and_lists_every_member_but_itself_and_the_signature(
    catalogue: Path, tmp_path: Path
) -> None:
    with Library.open(catalogue) as library:
        summary = library.create_bundle(IDS, tmp_path / "b.storybundle", title="Visit")
    manifest, raw = _manifest(Path(summary.path))
    assert raw == json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    assert list(manifest) == ["format", "version", "id", "title", "created", "publisher",
                              "kind", "files"]  # fmt: skip
    assert (manifest["format"], manifest["version"], manifest["kind"]) == (
        "storydesk.bundle",
        2,
        "full",
    )
    assert manifest["publisher"] == "StoryDesk" and "signed_by" not in manifest
    with zipfile.ZipFile(summary.path) as zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        contents = {name: zf.read(name) for name in names}
    assert names[0] == MANIFEST and SIGNATURE not in names
    assert [f["path"] for f in manifest["files"]] == names[1:]
    for entry in manifest["files"]:
        data = contents[entry["path"]]
        assert entry == {
            "path": entry["path"],
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }
    # Per story its images, then its file; partners and places last.
    assert names[-2:] == [PARTNERS_FILE, PLACES_FILE]
    stories = [n for n in names if n.startswith("stories/")]
    assert stories == [f"stories/{i:04d}-{sid}.md" for i, sid in enumerate(IDS, start=1)]
    school = names.index("stories/0001-kg-school-2025.md")
    assert all(n.startswith("images/") for n in names[1:school]) and school == 3
    for info in infos:
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert info.create_system == 3 and stat.S_IMODE(info.external_attr >> 16) == 0o644
        expected = zipfile.ZIP_STORED if info.filename.startswith("images/") else 8
        assert info.compress_type == expected


def test_images_travel_as_their_original_bytes_one_file_each(
    catalogue: Path, tmp_path: Path
) -> None:
    originals = {
        hashlib.sha256(p.read_bytes()).hexdigest(): p.read_bytes()
        for p in (tmp_path / "stories" / "images").iterdir()
    }
    with Library.open(catalogue) as library:
        summary = library.create_bundle(IDS, tmp_path / "b.storybundle")
    with zipfile.ZipFile(summary.path) as zf:
        images = {n: zf.read(n) for n in zf.namelist() if n.startswith("images/")}
    assert summary.images == 3 == len(images)  # the school photo is in two stories, once
    for name, data in images.items():
        sha = hashlib.sha256(data).hexdigest()
        assert name == f"images/{sha}{Path(name).suffix}" and originals[sha] == data


def test_places_yaml_names_every_place_and_country_of_the_stories(
    catalogue: Path, tmp_path: Path
) -> None:
    with Library.open(catalogue) as library:
        named = set()
        for story_id in ["kz-park-2025", "tj-water-2025"]:
            story = library.get_story(story_id)
            named |= set(story.places) | set(story.countries)
        summary = library.create_bundle(["kz-park-2025", "tj-water-2025"], tmp_path / "b.zip")
    with zipfile.ZipFile(summary.path) as zf:
        places = yaml.safe_load(zf.read(PLACES_FILE))
        partners = yaml.safe_load(zf.read(PARTNERS_FILE))
    assert {"Kazakhstan", "Shymkent", "Tajikistan"} <= named
    assert [p["name"] for p in places] == sorted(named)
    by_name = {p["name"]: p for p in places}
    assert by_name["Kazakhstan"]["kind"] == "country" and "country" not in by_name["Kazakhstan"]
    assert by_name["Shymkent"]["kind"] == "place"
    assert by_name["Shymkent"]["country"] == "Kazakhstan"
    assert "Шымкент" in by_name["Shymkent"]["aliases"]
    assert [p["name"] for p in partners] == ["UNDP", "UNICEF"]


def test_the_stories_current_edited_values_are_written(catalogue: Path, tmp_path: Path) -> None:
    with Library.open(catalogue) as library:
        summary = library.create_bundle(["kz-park-2025"], tmp_path / "b.storybundle")
    with zipfile.ZipFile(summary.path) as zf:
        text = zf.read("stories/0001-kz-park-2025.md").decode()
    assert "summary: A park for 1,200 households." in text


def test_a_signed_bundle_carries_a_signature_of_the_exact_manifest(
    catalogue: Path, tmp_path: Path
) -> None:
    key = give_own_key(catalogue)
    with Library.open(catalogue) as library:
        summary = library.create_bundle(IDS, tmp_path / "s.storybundle", sign=True)
        again = library.create_bundle(IDS, tmp_path / "t.storybundle", sign=True)
    assert Path(summary.path).read_bytes() == Path(again.path).read_bytes()  # Ed25519 too
    assert summary.signed and summary.fingerprint == key.public.fingerprint
    assert summary.publisher == "UNDP Kyrgyzstan"
    with zipfile.ZipFile(summary.path) as zf:
        names = zf.namelist()
        raw, sig = zf.read(MANIFEST), zf.read(SIGNATURE)
    assert names[:2] == [MANIFEST, SIGNATURE]
    manifest = json.loads(raw)
    assert manifest["signed_by"] == key.public.fingerprint
    assert manifest["publisher"] == "UNDP Kyrgyzstan"
    assert SIGNATURE not in [f["path"] for f in manifest["files"]]
    signer = signing.check_signature(sig, raw, summary.path, manifest["publisher"])
    assert signer.fingerprint == key.public.fingerprint
    with pytest.raises(StoryDeskError, match="does not match"):
        signing.check_signature(sig, raw.replace(b"Visit", b"Vizit") + b" ", summary.path, "x")


def test_signing_without_a_key_says_how_to_make_one_and_writes_nothing(
    catalogue: Path, tmp_path: Path
) -> None:
    with Library.open(catalogue) as library, pytest.raises(StoryDeskError, match="keys generate"):
        library.create_bundle(IDS, tmp_path / "s.storybundle", sign=True)
    assert not (tmp_path / "s.storybundle").exists()


def test_a_bundle_file_is_readable_by_everyone_whatever_the_umask(
    catalogue: Path, tmp_path: Path
) -> None:
    old = os.umask(0o077)
    try:
        with Library.open(catalogue) as library:
            summary = library.create_bundle(IDS, tmp_path / "b.storybundle")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(summary.path).st_mode) == 0o644


def _set_times(data: Path, when: dict[str, dt.datetime]) -> None:
    with Library.open(data) as library, library._sessions.begin() as session:
        for story_id, moment in when.items():
            story = session.get(Story, story_id)
            assert story is not None
            story.created_at = story.updated_at = moment


def test_an_update_bundle_carries_the_changed_stories_and_the_withdrawals_since(
    catalogue: Path, tmp_path: Path
) -> None:
    old = dt.datetime(2025, 1, 1, 12, 0)
    _set_times(catalogue, {i: old for i in IDS})
    since = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with Library.open(catalogue) as library:
        library.edit_story("kz-park-2025", {"title": "Shymkent park, opened"})
        deleted = library.withdraw_stories(["tj-water-2025"])
        assert deleted.ids == ("tj-water-2025",)
        summary = library.create_bundle(None, tmp_path / "u.storybundle", since=since)
        only_asked = library.create_bundle(
            ["kg-school-2025", "kz-park-2025"], tmp_path / "v.storybundle", since=since
        )
        with library._sessions() as session:
            tomb = session.get(StoryTombstone, "tj-water-2025")
            assert tomb is not None
            park = library.get_story("kz-park-2025")
    assert (summary.stories, summary.withdrawn, summary.kind) == (1, 1, "update")
    assert (only_asked.stories, only_asked.withdrawn) == (1, 1)
    manifest, _ = _manifest(Path(summary.path))
    assert manifest["kind"] == "update" and manifest["since"] == "2026-01-01T00:00:00+00:00"
    assert manifest["withdrawn"] == [
        {
            "id": "tj-water-2025",
            "title": "Water for Khujand",
            "withdrawn": tomb.deleted_at.replace(tzinfo=dt.UTC).isoformat(),
        }
    ]
    assert [f["path"] for f in manifest["files"] if f["path"].startswith("stories/")] == [
        "stories/0001-kz-park-2025.md"
    ]
    assert park.title == "Shymkent park, opened"
    assert manifest["created"] >= manifest["withdrawn"][0]["withdrawn"]


def test_a_bundle_may_hold_only_withdrawals(catalogue: Path, tmp_path: Path) -> None:
    since = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    _set_times(catalogue, {i: dt.datetime(2025, 1, 1) for i in IDS})
    with Library.open(catalogue) as library:
        with pytest.raises(StoryDeskError, match="no stories to put in the bundle"):
            library.create_bundle(None, tmp_path / "none.storybundle", since=since)
        library.withdraw_stories(["kz-park-2025"])
        summary = library.create_bundle(
            None, tmp_path / "w.storybundle", since=dt.datetime(2026, 1, 1)
        )
    assert (summary.stories, summary.images, summary.withdrawn) == (0, 0, 1)
    manifest, _ = _manifest(Path(summary.path))
    assert manifest["files"] == [] and [w["id"] for w in manifest["withdrawn"]] == ["kz-park-2025"]
    assert manifest["title"] == "1 withdrawals"
    # The story imported again: its old tombstone withdraws nothing.
    with Library.open(catalogue) as library:
        library.import_paths([tmp_path / "stories" / "kz-park.md"])
        with pytest.raises(StoryDeskError, match="no stories to put in the bundle"):
            library.create_bundle(
                ["kg-school-2025"], tmp_path / "x.storybundle", since=dt.datetime(2026, 1, 1)
            )


def test_deleting_writes_tombstones_and_undo_removes_them(catalogue: Path) -> None:
    with Library.open(catalogue) as library:
        with library._sessions.begin() as session:
            story = session.get(Story, "kz-park-2025")
            assert story is not None
            story.publisher_key = "ab" * 20
        deleted = library.withdraw_stories(["kz-park-2025", "tj-water-2025", "nobody"])
        with library._sessions() as session:
            rows = {t.story_id: t for t in session.scalars(select(StoryTombstone))}
        assert sorted(rows) == ["kz-park-2025", "tj-water-2025"]
        assert rows["kz-park-2025"].publisher_key == "ab" * 20
        assert rows["kz-park-2025"].title == "Shymkent park"
        assert rows["tj-water-2025"].publisher_key is None
        assert library.restore_deleted(deleted) == 2
        with library._sessions() as session:
            assert list(session.scalars(select(StoryTombstone))) == []


def test_since_bundle_reads_the_created_time_of_a_version_1_or_2_bundle(
    catalogue: Path, tmp_path: Path
) -> None:
    with Library.open(catalogue) as library:
        summary = library.create_bundle(IDS, tmp_path / "b.storybundle")
    manifest, _ = _manifest(Path(summary.path))
    assert bundle_created(summary.path) == dt.datetime.fromisoformat(manifest["created"])
    old = make_bundle(tmp_path / "v1.storybundle", basic_files())
    assert bundle_created(old) == dt.datetime(2025, 8, 1, 10, 0, tzinfo=dt.UTC)
    with pytest.raises(StoryDeskError, match="not a readable ZIP"):
        bundle_created(tmp_path / "stories" / "kz-park.md")
    bare = make_bundle(tmp_path / "bare.storybundle", basic_files(), manifest=False)
    with pytest.raises(StoryDeskError, match="gives no creation time"):
        bundle_created(bare)


def test_an_unsigned_bundle_imports_into_an_empty_catalogue_whole(
    catalogue: Path, tmp_path: Path
) -> None:
    with Library.open(catalogue) as library:
        summary = library.create_bundle(IDS, tmp_path / "b.storybundle")
    with Library.open(tmp_path / "b") as other:
        report = other.import_paths([summary.path])
    assert (report.imported, report.rejected) == (4, [])


def test_a_signed_bundle_imports_without_bundle_sig_rejected(
    catalogue: Path, tmp_path: Path
) -> None:
    give_own_key(catalogue)
    with Library.open(catalogue) as library:
        summary = library.create_bundle(IDS, tmp_path / "s.storybundle", sign=True)
    with Library.open(tmp_path / "b") as other:
        report = other.import_paths([summary.path])
    assert (report.imported, report.rejected) == (4, [])
