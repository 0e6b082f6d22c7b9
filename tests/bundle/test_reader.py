"""Reading bundles: unsafe entries refuse the bundle, bad parts are named.

The bundle's own files (``bundle.json``, ``partners.yaml``) are read by
:mod:`storydesk.bundle.reader`; its members through the import planner
(:mod:`storydesk.ingest.sources`) and the safe containers.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from storydesk.errors import BundleRejected, RejectedInput
from storydesk.ingest.containers import ZipContainer, normalise_reference, unsafe_reason
from storydesk.ingest.sources import plan_import, read_story_file
from tests.bundle.zips import corrupt, deflated
from tests.ingest.bundle_helpers import basic_files, make_bundle, story_md


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


# -- bombs, damage and special files (issue 8) ----------------------------------------------


def test_ratio_is_checked_for_members_of_any_size_over_the_floor(tmp_path: Path) -> None:
    from storydesk.ingest.containers import RATIO_FLOOR

    # 2 MiB of blanks: under the old 10 MiB threshold, a bomb all the same.
    path = deflated(tmp_path / "b.zip", {"stories/a.md": b" " * (2 * RATIO_FLOOR)})
    with pytest.raises(BundleRejected, match=r"'stories/a.md' is a compression bomb"):
        ZipContainer(path)


def test_small_repetitive_files_pass_the_ratio_check(tmp_path: Path) -> None:
    path = deflated(tmp_path / "ok.zip", {"stories/blank.md": b"\n" * 500_000, **basic_files()})
    container = ZipContainer(path)
    try:
        assert container.read("stories/blank.md") == b"\n" * 500_000
    finally:
        container.close()


def test_many_members_under_the_floor_are_a_bomb_together(tmp_path: Path) -> None:
    path = deflated(tmp_path / "t.zip", {f"s/{n}.md": b"x" * (1 << 20) for n in range(120)})
    with pytest.raises(BundleRejected, match=r"^.*t\.zip: is a compression bomb"):
        ZipContainer(path)


def test_too_many_members_are_refused_from_the_end_record(tmp_path: Path) -> None:
    from storydesk.ingest import containers

    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for n in range(30):
            zf.writestr(f"s/{n}.md", b"")
    original = containers.MAX_MEMBERS
    containers.MAX_MEMBERS = 20
    try:
        with pytest.raises(BundleRejected, match="holds 30 files, over the 20 limit"):
            ZipContainer(path)
    finally:
        containers.MAX_MEMBERS = original


def test_overlapping_entries_are_refused(tmp_path: Path) -> None:
    import struct

    path = tmp_path / "o.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for n in range(3):
            zf.writestr(f"stories/{n}.md", story_md(f"s{n}", "T", "Body text."))
    data = bytearray(path.read_bytes())
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) >= 0:
        data[start + 42 : start + 46] = struct.pack("<I", 0)  # all point at the first entry
        start += 4
    path.write_bytes(bytes(data))
    with pytest.raises(BundleRejected, match="overlap"):
        ZipContainer(path)


@pytest.mark.parametrize(
    "names, match",
    [
        (["stories/Story.md", "stories/story.md"], "letter case"),
        (["stories/caf\u00e9.md", "stories/cafe\u0301.md"], "appears twice"),
    ],
)
def test_names_colliding_once_folded_refuse_the_bundle(
    tmp_path: Path, names: list[str], match: str
) -> None:
    path = deflated(tmp_path / "c.zip", {name: b"x" for name in names})
    with pytest.raises(BundleRejected, match=match):
        ZipContainer(path)


def test_nul_in_a_member_name_refuses_the_bundle(tmp_path: Path) -> None:
    path = deflated(tmp_path / "n.zip", {"stories/aXmd.exe": b"x"})
    path.write_bytes(path.read_bytes().replace(b"stories/aXmd.exe", b"stories/a\x00md.exe"))
    with pytest.raises(BundleRejected, match="NUL"):
        ZipContainer(path)


def test_cp866_member_names_are_recovered(tmp_path: Path) -> None:
    path = deflated(tmp_path / "ru.zip", {"stories/XXXXXX.md": b"x"})
    path.write_bytes(path.read_bytes().replace(b"XXXXXX", "статья".encode("cp866")))
    container = ZipContainer(path)
    try:
        assert container.names() == ["stories/статья.md"]
    finally:
        container.close()


def test_nfd_names_match_an_nfc_manifest(tmp_path: Path) -> None:
    """A bundle folder zipped on macOS holds NFD names; bundle.json lists them in NFC."""
    import unicodedata

    nfc = "stories/Йошкар.md"
    files = {nfc: story_md("nfd-1", "Йошкар", "Текст истории о городе.")}
    bundle = make_bundle(tmp_path / "mac.storybundle", files)
    rewritten = tmp_path / "mac2.storybundle"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(rewritten, "w") as dst:
        for info in src.infolist():
            dst.writestr(unicodedata.normalize("NFD", info.filename), src.read(info))
    plan = plan_import([rewritten])
    try:
        assert plan.rejected == [] and [f.name for f in plan.files] == [nfc]
        assert read_story_file(plan.files[0])[0].external_id == "nfd-1"
    finally:
        plan.close()


def test_a_damaged_member_is_rejected_by_name_and_the_rest_imports(tmp_path: Path) -> None:
    files = basic_files()
    files["stories/b.md"] = story_md("long", "Длинная история", "Текст длинной истории. " * 300)
    bundle = make_bundle(tmp_path / "d.storybundle", files)
    with zipfile.ZipFile(bundle) as zf, zipfile.ZipFile(tmp_path / "z.storybundle", "w") as out:
        for info in zf.infolist():
            out.writestr(info.filename, zf.read(info), compress_type=zipfile.ZIP_DEFLATED)
    bundle = tmp_path / "z.storybundle"
    corrupt(bundle, "stories/b.md")
    plan = plan_import([bundle])
    try:
        good = read_story_file(next(f for f in plan.files if f.name == "stories/a.md"))
        assert good[0].external_id == "kg-youth-1"
        with pytest.raises(RejectedInput, match="damaged in the archive") as caught:
            read_story_file(next(f for f in plan.files if f.name == "stories/b.md"))
        assert caught.value.path.endswith("z.storybundle!stories/b.md")
    finally:
        plan.close()


def test_unsupported_compression_method_is_named(tmp_path: Path) -> None:
    import struct

    path = deflated(tmp_path / "m.zip", {"stories/a.md": story_md("m", "T", "Body text.")})
    data = bytearray(path.read_bytes())
    data[8:10] = struct.pack("<H", 93)  # local header: zstandard
    central = data.find(b"PK\x01\x02")
    data[central + 10 : central + 12] = struct.pack("<H", 93)
    path.write_bytes(bytes(data))
    container = ZipContainer(path)
    try:
        with pytest.raises(RejectedInput, match="compression method"):
            container.read("stories/a.md")
    finally:
        container.close()


def test_pipes_and_sockets_in_a_folder_are_passed_over_not_opened(tmp_path: Path) -> None:
    import os
    import socket

    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "ok.md").write_bytes(story_md("ok", "Fine", "A fine story."))
    os.mkfifo(folder / "pipe.md")
    os.mkfifo(folder / "pipe.storybundle")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.md"))
    sock.close()
    plan = plan_import([folder])  # would wait forever on the pipe bundle before
    try:
        # Found in a folder walk they are skipped (named by kind), never opened.
        reasons = {r.path.rsplit("/", 1)[-1]: r.reason for r in [*plan.rejected, *plan.skipped]}
        for story_file in plan.files:
            try:
                read_story_file(story_file)  # would wait forever on the pipe before
            except RejectedInput as exc:
                reasons[exc.path.rsplit("/", 1)[-1]] = exc.reason
    finally:
        plan.close()
    assert "named pipe" in reasons["pipe.md"] and "named pipe" in reasons["pipe.storybundle"]
    assert "socket" in reasons["sock.md"]
    assert "ok.md" not in reasons


def test_partners_yaml_alias_bomb_is_not_expanded(tmp_path: Path) -> None:
    from storydesk.bundle.reader import read_partner_records
    from storydesk.ingest.containers import FolderContainer

    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(8):
        lines.append(f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]")
    lines += ["partners:", "  - name: *i", "  - name: Real Partner", "    aliases: [*i, Реальный]"]
    lines += ["    kind: *i", "    website: *i"]
    (tmp_path / "partners.yaml").write_text("\n".join(lines), encoding="utf-8")
    # Measured before anything is built, and refused by name; the bundle's stories still import.
    with pytest.raises(RejectedInput, match="memory bomb"):
        read_partner_records(FolderContainer(tmp_path))


def test_partners_yaml_with_an_impossible_date_is_read(tmp_path: Path) -> None:
    from storydesk.bundle.reader import read_partner_records
    from storydesk.ingest.containers import FolderContainer

    (tmp_path / "partners.yaml").write_text(
        "- name: Real Partner\n  date: 2024-02-30\n  aliases: [Реальный]\n", encoding="utf-8"
    )
    records = read_partner_records(FolderContainer(tmp_path))
    assert [(r.name, r.aliases) for r in records] == [("Real Partner", ["Реальный"])]


def test_deeply_nested_manifest_is_refused_plainly(tmp_path: Path) -> None:
    path = deflated(tmp_path / "deep.storybundle", {"bundle.json": b"[" * 100_000})
    plan = plan_import([path])
    assert [r.reason for r in plan.rejected] == [
        "bundle.json is nested too deeply to be a manifest"
    ]


def test_a_named_link_to_a_pipe_is_refused_not_opened(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link.storybundle").symlink_to(tmp_path / "pipe")
    plan = plan_import([tmp_path / "link.storybundle"])  # would wait forever before
    assert [r.reason for r in plan.rejected] == [
        "is a named pipe (FIFO), not a regular file; it was not read"
    ]


def test_hidden_members_of_a_bundle_are_named_not_passed_over_in_silence(
    tmp_path: Path,
) -> None:
    """A hidden file is listed by name; a hidden or macOS system folder once, with a count."""
    bundle = deflated(
        tmp_path / "hidden.zip",
        {
            "stories/a.md": story_md("a-1", "Visible story", "Almaty."),
            "stories/..md": story_md("h-1", "Hidden story", "Bishkek."),
            ".git/config": b"[core]\n",
            ".git/HEAD": b"ref: refs/heads/main\n",
            "__MACOSX/stories/._a.md": b"\x00\x05\x16\x07",
        },
    )
    plan = plan_import([bundle])
    try:
        assert [f.name for f in plan.files] == ["stories/a.md"]
        skipped = {note.path: note.reason for note in plan.skipped}
        assert (
            skipped[f"{bundle}!stories/..md"] == "hidden file (name starting with '.') passed over"
        )
        assert skipped[f"{bundle}!.git/"] == "2 file(s) in a hidden or system folder passed over"
        assert (
            skipped[f"{bundle}!__MACOSX/"] == "1 file(s) in a hidden or system folder passed over"
        )
    finally:
        plan.close()
