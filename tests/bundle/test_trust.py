"""Bundles as a trusted channel: signatures, publisher-bound updates, withdrawals, dry runs.

Real signed bundles (tests/bundle/signed.py), real catalogues and indexes; keys trusted by
a real ``PublisherKey`` row.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from storydesk.bundle.signing import TrustSnapshot
from storydesk.bundle.verify import verify_bundle
from storydesk.errors import RejectedInput
from storydesk.library import Library
from tests.bundle.signed import (
    PUBLISHER,
    flip_byte,
    key_rows,
    manifest_bytes,
    new_key,
    read_members,
    revoke_key,
    rewrite_member,
    sample_files,
    trust_key,
    write_bundle,
)
from tests.conftest import SEEDS
from tests.ingest.bundle_helpers import basic_files, make_bundle, story_md

MEMBERS = [
    "stories/0001-pump.md",
    "stories/0002-park.md",
    "images/pump.jpg",
    "partners.yaml",
    "places.yaml",
    "bundle.json",
    "bundle.sig",
]


def _row(data: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(data / "catalogue.sqlite3") as connection:
        rows = connection.execute(sql, params).fetchall()
    connection.close()
    return rows


def _publisher_key(data: Path, story_id: str) -> object:
    rows = _row(data, "SELECT publisher_key FROM stories WHERE id = ?", story_id)
    return rows[0][0] if rows else "(no story)"


def _open(data: Path) -> Library:
    return Library.open(data)


# -- every single-byte change of a signed bundle --------------------------------------------


@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "folder"])
def test_every_single_byte_change_of_a_signed_bundle_is_detected(
    tmp_path: Path, as_zip: bool
) -> None:
    key = new_key()
    trust = TrustSnapshot(trusted={key.public.fingerprint: PUBLISHER})
    sound = write_bundle(tmp_path / "sound.storybundle", sample_files(), key=key, as_zip=as_zip)
    assert verify_bundle(sound, trust).to_json()["ok"] is True
    members = read_members(sound)
    assert sorted(members) == sorted(MEMBERS)
    data = tmp_path / "data"
    detected = 0
    with _open(data) as library:
        for member in MEMBERS:
            content = members[member]
            for position in sorted({0, len(content) // 2, len(content) - 1}):
                target = tmp_path / f"{member.replace('/', '_')}-{position}.storybundle"
                write_bundle(target, sample_files(), key=key, as_zip=as_zip)
                rewrite_member(target, member, flip_byte(content, position))
                check = verify_bundle(target, trust)
                assert check.ok is False and check.refused, (member, position)
                assert len(check.problems) == 1 and check.problems[0].startswith(str(target))
                report = library.import_paths([target])
                assert (report.imported, report.updated) == (0, 0), (member, position)
                assert [r["path"] for r in report.rejected] == [str(target)]
                detected += 1
        assert library.stats().stories == 0
    assert detected == 21


@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "folder"])
def test_a_member_removed_or_added_refuses_a_signed_bundle(tmp_path: Path, as_zip: bool) -> None:
    key = new_key()
    removed = write_bundle(tmp_path / "removed.storybundle", sample_files(), key=key, as_zip=as_zip)
    rewrite_member(removed, "images/pump.jpg", None)
    check = verify_bundle(removed)
    assert check.refused and "images/pump.jpg" in check.problems[0]
    assert "listed in bundle.json but missing" in check.problems[0]
    added = write_bundle(tmp_path / "added.storybundle", sample_files(), key=key, as_zip=as_zip)
    rewrite_member(added, "stories/0003-extra.md", story_md("x", "Extra", "Not signed."))
    check = verify_bundle(added)
    assert check.refused and "stories/0003-extra.md: not listed in bundle.json" in check.problems[0]
    no_manifest = write_bundle(
        tmp_path / "no-manifest.storybundle", sample_files(), key=key, as_zip=as_zip
    )
    rewrite_member(no_manifest, "bundle.json", None)
    check = verify_bundle(no_manifest)
    assert check.problems == [f"{no_manifest}: bundle.sig is there, but bundle.json is missing"]


def test_signed_by_without_a_signature_and_a_revoked_key_are_refused(tmp_path: Path) -> None:
    key = new_key()
    claimed = write_bundle(tmp_path / "claimed.storybundle", sample_files(), key=key)
    rewrite_member(claimed, "bundle.sig", None)
    check = verify_bundle(claimed)
    assert check.problems == [
        f"{claimed}: bundle.json says it is signed, but bundle.sig is missing"
    ]
    data = tmp_path / "data"
    Library.open(data).close()
    revoke_key(data, key)
    revoked = write_bundle(tmp_path / "revoked.storybundle", sample_files(), key=key)
    with _open(data) as library:
        check = library.verify_bundle(revoked)
        assert check.refused and "revoked" in check.problems[0]
        report = library.import_paths([revoked])
        assert report.imported == 0 and "revoked" in report.rejected[0]["reason"]


def test_a_signature_by_another_key_than_signed_by_is_refused(tmp_path: Path) -> None:
    key, other = new_key(), new_key("Someone else")
    files = sample_files()
    manifest = manifest_bytes(files, key=key)
    from storydesk.bundle.signing import signature_file

    bundle = write_bundle(
        tmp_path / "other.storybundle",
        files,
        manifest=manifest,
        signature=signature_file(manifest, other),
    )
    check = verify_bundle(bundle)
    assert check.refused and "signed_by is not the key that signed it" in check.problems[0]


# -- the forged publisher and the hijacked story --------------------------------------------


def _forged(files: dict[str, bytes]) -> dict[str, bytes]:
    forged = dict(files)
    forged["stories/0001-pump.md"] = files["stories/0001-pump.md"].replace(
        "500 семьям".encode(), "5000 семьям".encode()
    )
    assert forged != files
    return forged


def test_the_forged_publisher_case_is_refused_or_only_adds(tmp_path: Path) -> None:
    key = new_key()
    data = tmp_path / "data"
    Library.open(data).close()
    trust_key(data, key)
    signed = write_bundle(tmp_path / "signed.storybundle", sample_files(), key=key)
    with _open(data) as library:
        first = library.import_paths([signed])
        assert first.imported == 2 and first.rejected == []
        assert first.bundles[0]["bundle"]["trusted"] is True
    assert _publisher_key(data, "kg-pump-2025") == key.public.fingerprint

    # Edit a story, recompute its checksum in bundle.json, name the publisher: refused.
    forged_files = _forged(sample_files())
    document = json.loads(read_members(signed)["bundle.json"])
    document["publisher"] = "UNDP Kyrgyzstan"
    recomputed = json.loads(manifest_bytes(forged_files, key=key))["files"]
    document["files"] = recomputed
    forged_manifest = json.dumps(document, ensure_ascii=False, indent=2).encode()
    forged = write_bundle(
        tmp_path / "forged.storybundle",
        forged_files,
        manifest=forged_manifest,
        signature=read_members(signed)["bundle.sig"],
    )
    with _open(data) as library:
        check = library.verify_bundle(forged)
        assert check.ok is False and check.refused
        assert "the signature does not match bundle.json" in check.problems[0]
        report = library.import_paths([forged])
        assert report.updated == 0 and [r["path"] for r in report.rejected] == [str(forged)]
        assert "500 семьям" in library.get_story("kg-pump-2025").body

        # bundle.sig deleted too (and signed_by with it): it reads only as unsigned, and
        # the signed story is not updated: a conflict is listed.
        del document["signed_by"]
        unsigned_manifest = json.dumps(document, ensure_ascii=False, indent=2).encode()
        stripped = write_bundle(
            tmp_path / "stripped.storybundle", forged_files, manifest=unsigned_manifest
        )
        check = library.verify_bundle(stripped)
        assert check.ok is True and check.signed is False and check.trusted is False
        report = library.import_paths([stripped])
        assert report.updated == 0 and report.rejected == []
        assert report.bundles[0]["bundle"]["signed"] is False
        conflicts = [c for c in report.conflicts if c["field"] == "publisher"]
        assert [c["id"] for c in conflicts] == ["kg-pump-2025"]
        assert conflicts[0]["local"].startswith(f"{PUBLISHER} (fingerprint ")
        assert conflicts[0]["incoming"] == "an unsigned bundle"
        assert "500 семьям" in library.get_story("kg-pump-2025").body
        assert "5000" not in library.get_story("kg-pump-2025").body


def test_an_unsigned_bundle_cannot_hijack_a_seed_story(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with _open(data) as library:
        seeds = library.import_paths([SEEDS])
        target = seeds.stories[0]
        before = library.get_story(target)
        hijack = make_bundle(
            tmp_path / "hijack.storybundle",
            {"stories/h.md": story_md(target, "HIJACKED", "This story now says something else.")},
        )
        report = library.import_paths([hijack])
        assert report.updated == 0 and report.imported == 0
        assert [(c["id"], c["field"]) for c in report.conflicts] == [(target, "publisher")]
        assert "only adds stories" in report.conflicts[0]["incoming"]
        after = library.get_story(target)
        assert (after.title, after.body) == (before.title, before.body)
        assert library.search("HIJACKED").total == 0


def test_an_unknown_signed_bundle_adds_stories_but_does_not_take_others(tmp_path: Path) -> None:
    data = tmp_path / "data"
    key = new_key("Claimed HQ")
    with _open(data) as library:
        seeds = library.import_paths([SEEDS])
        target = seeds.stories[0]
        files = sample_files()
        files["stories/0003-take.md"] = story_md(target, "Taken", "A signed takeover attempt.")
        bundle = write_bundle(
            tmp_path / "unknown.storybundle", files, key=key, publisher="Claimed HQ"
        )
        report = library.import_paths([bundle])
        entry = report.bundles[0]["bundle"]
        assert (entry["signed"], entry["trusted"], entry["publisher"]) == (
            True,
            False,
            "Claimed HQ",
        )
        assert entry["fingerprint"] == key.public.fingerprint
        assert report.imported == 2 and report.updated == 0
        assert [c["id"] for c in report.conflicts] == [target]
        assert report.conflicts[0]["incoming"].startswith('an unknown publisher "Claimed HQ"')
        assert library.get_story(target).title != "Taken"
    # The stories it added are bound to its key; the key is recorded, not trusted.
    assert _publisher_key(data, "kg-pump-2025") == key.public.fingerprint
    assert key_rows(data) == [(key.public.fingerprint, "Claimed HQ", "bundle", None)]


# -- unchecked bundles, versions --------------------------------------------------------------


@pytest.mark.parametrize("how", ["no manifest", "no files"])
def test_an_unchecked_bundle_is_not_sound_but_still_imports(tmp_path: Path, how: str) -> None:
    files = basic_files()
    bundle = make_bundle(tmp_path / "u.storybundle", files, manifest=how != "no manifest")
    if how == "no files":
        document = json.loads(read_members(bundle)["bundle.json"])
        document["files"] = []
        rewrite_member(bundle, "bundle.json", json.dumps(document).encode())
    check = verify_bundle(bundle)
    assert check.ok is False and check.signed is False
    assert "nothing checks" in check.problems[0]
    with _open(tmp_path / "data") as library:
        report = library.import_paths([bundle])
        assert report.imported == 2
        assert report.bundles[0]["bundle"]["ok"] is False
        assert report.bundles[0]["bundle"]["signed"] is False


def test_version_1_bundles_still_import_and_version_3_is_refused(tmp_path: Path) -> None:
    old = make_bundle(tmp_path / "v1.storybundle", basic_files(), version=1)
    newer = make_bundle(tmp_path / "v3.storybundle", basic_files(), version=3)
    with _open(tmp_path / "data") as library:
        report = library.import_paths([old])
        assert report.imported == 2 and report.rejected == []
        assert report.bundles[0]["bundle"]["version"] == 1
        report = library.import_paths([newer])
        assert report.imported == 0
        assert report.rejected[0]["reason"] == (
            "bundle format version 3 is newer than this StoryDesk reads (2)"
        )


# -- updates, local edits, withdrawals, tombstones, places ----------------------------------


def test_a_signed_update_keeps_local_edits(tmp_path: Path) -> None:
    key = new_key()
    data = tmp_path / "data"
    Library.open(data).close()
    trust_key(data, key)
    with _open(data) as library:
        library.import_paths([write_bundle(tmp_path / "one.storybundle", sample_files(), key=key)])
        library.edit_story("kg-pump-2025", {"title": "Насос в Оше (правка офиса)"})
        update = write_bundle(
            tmp_path / "two.storybundle", _forged(sample_files()), key=key, kind="update"
        )
        report = library.import_paths([update])
        assert report.updated == 1 and report.rejected == []
        story = library.get_story("kg-pump-2025")
        assert "5000 семьям" in story.body
        assert story.title == "Насос в Оше (правка офиса)"
        assert report.bundles[0]["bundle"]["kind"] == "update"


def test_withdrawals_are_honoured_only_from_the_trusted_publisher(tmp_path: Path) -> None:
    key, stranger = new_key(), new_key("Stranger")
    data = tmp_path / "data"
    Library.open(data).close()
    trust_key(data, key)
    withdrawal = [{"id": "kg-pump-2025", "title": "Насосная", "withdrawn": "2025-08-02"}]
    with _open(data) as library:
        library.import_paths([write_bundle(tmp_path / "one.storybundle", sample_files(), key=key)])
        seeds = library.import_paths([SEEDS])
        # Unsigned, unknown-signed, or naming a story from elsewhere: listed, not applied.
        unsigned = write_bundle(
            tmp_path / "unsigned.storybundle", {}, kind="update", withdrawn=withdrawal
        )
        unknown = write_bundle(
            tmp_path / "unknown.storybundle",
            {},
            key=stranger,
            kind="update",
            withdrawn=withdrawal,
        )
        other = write_bundle(
            tmp_path / "other.storybundle",
            {},
            key=key,
            kind="update",
            withdrawn=[{"id": seeds.stories[0]}, {"id": "no-such-story"}],
        )
        for bundle, reason in (
            (unsigned, "the bundle is unsigned"),
            (unknown, "the bundle's publisher is not trusted here"),
            (other, "the story did not come from this publisher"),
        ):
            report = library.import_paths([bundle])
            assert report.withdrawn == []
            assert any(reason in s["reason"] for s in report.skipped), report.skipped
        assert any("no story with this id" in s["reason"] for s in report.skipped)
        assert library.stats().stories == 2 + len(seeds.stories)

        # Dry run: listed as withdrawn, nothing deleted.
        honoured = write_bundle(
            tmp_path / "honoured.storybundle", {}, key=key, kind="update", withdrawn=withdrawal
        )
        preview = library.preview_import([honoured])
        assert preview.withdrawn == ["kg-pump-2025"]
        assert ("kg-pump-2025", "withdrawn") in [(c["id"], c["action"]) for c in preview.changes]
        assert library.get_story("kg-pump-2025")
        assert preview.bundles[0]["bundle"]["withdrawn"] == 1

        report = library.import_paths([honoured])
        assert report.withdrawn == ["kg-pump-2025"]
        assert library.search("насосная").total == 0
        assert "kg-pump-2025" not in library.story_ids()
    tombstones = _row(data, "SELECT story_id, publisher_key FROM story_tombstones")
    assert tombstones == [("kg-pump-2025", key.public.fingerprint)]
    assert _row(data, "SELECT count(*) FROM images WHERE story_id = 'kg-pump-2025'") == [(0,)]

    # Imported again: the tombstone goes.
    with _open(data) as library:
        again = library.import_paths(
            [write_bundle(tmp_path / "again.storybundle", sample_files(), key=key)]
        )
        assert again.imported == 1
    assert _row(data, "SELECT story_id FROM story_tombstones") == []


def test_places_yaml_adds_places_with_their_aliases(tmp_path: Path) -> None:
    key = new_key()
    data = tmp_path / "data"
    with _open(data) as library:
        library.import_paths([write_bundle(tmp_path / "p.storybundle", sample_files(), key=key)])
    aliases = {
        alias
        for (alias,) in _row(
            data,
            "SELECT a.alias FROM place_aliases a JOIN places p ON p.id = a.place_id"
            " WHERE p.name = 'Osh'",
        )
    }
    assert {"Ош", "Oş"} <= aliases


def test_places_yaml_alias_bomb_is_not_expanded(tmp_path: Path) -> None:
    from storydesk.bundle.reader import read_place_records
    from storydesk.ingest.containers import FolderContainer

    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    lines += ["places:", "  - name: Osh", "    aliases: *a8"]
    (tmp_path / "places.yaml").write_text("\n".join(lines), encoding="utf-8")
    # Measured before anything is built, and refused by name; the stories still import.
    with pytest.raises(RejectedInput, match="memory bomb"):
        read_place_records(FolderContainer(tmp_path))


def test_a_dry_run_records_no_key_and_writes_nothing(tmp_path: Path) -> None:
    key = new_key("Met in a bundle")
    data = tmp_path / "data"
    bundle = write_bundle(tmp_path / "b.storybundle", sample_files(), key=key)
    with _open(data) as library:
        preview = library.preview_import([bundle])
        assert preview.imported == 2 and preview.bundles[0]["bundle"]["signed"] is True
        assert library.stats().stories == 0
    assert key_rows(data) == []
    assert not any((data / "media").rglob("*.jpg"))
