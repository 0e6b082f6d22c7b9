"""Builds real signed (and unsigned) version-2 bundles, folders and ZIPs, for the trust tests.

A bundle is written as the format says (docs/bundle-format.md): ``bundle.json`` listing
every member's SHA-256 and size, ``bundle.sig`` made with
:func:`storydesk.bundle.signing.signature_file` over the manifest's exact bytes. Keys are
trusted by writing a ``PublisherKey`` row into a real catalogue, as ``keys trust`` does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from storydesk.bundle.signing import SigningKey, generate_key, signature_file
from tests.ingest.bundle_helpers import jpeg_bytes, story_md

PUBLISHER = "UNDP Kyrgyzstan"


def sample_files() -> dict[str, bytes]:
    """Two stories (one with a photo), partners.yaml and places.yaml."""
    return {
        "stories/0001-pump.md": story_md(
            "kg-pump-2025",
            "Насосная станция в Оше",
            "Новая насосная станция даёт воду 500 семьям в Оше при поддержке ПРООН.",
            image="../images/pump.jpg",
            language="ru",
            date="2025-07-31",
        ),
        "stories/0002-park.md": story_md(
            "kz-park-2025",
            "Шымкентте жаңа саябақ ашылды",
            "Шымкентте БҰҰДБ қолдауымен жаңа саябақ ашылды.",
            language="kk",
        ),
        "images/pump.jpg": jpeg_bytes(),
        "partners.yaml": (
            "- name: UNDP\n  aliases: [ПРООН, БҰҰДБ]\n  kind: un\n  website: https://undp.org\n"
        ).encode(),
        "places.yaml": (
            "- name: Osh\n  aliases: [Ош, Oş]\n  kind: place\n  country: Kyrgyzstan\n"
            "- name: Kyrgyzstan\n  aliases: [Кыргызстан]\n  kind: country\n"
        ).encode(),
    }


def manifest_bytes(
    files: dict[str, bytes],
    *,
    key: SigningKey | None = None,
    publisher: str = PUBLISHER,
    kind: str = "full",
    withdrawn: list[dict[str, Any]] | None = None,
    version: int = 2,
    listed: dict[str, bytes] | None = None,
) -> bytes:
    """``bundle.json`` for ``files`` (``listed``: the bytes to checksum, default ``files``)."""
    document: dict[str, Any] = {
        "format": "storydesk.bundle",
        "version": version,
        "id": "9b1f3c52-0000-5000-8000-000000000002",
        "title": "Osh and Shymkent",
        "created": "2025-08-01T10:00:00+00:00",
        "publisher": publisher,
    }
    if key is not None:
        document["signed_by"] = key.public.fingerprint
    document["kind"] = kind
    if kind == "update":
        document["since"] = "2025-07-01T00:00:00+00:00"
    document["files"] = [
        {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in sorted((listed or files).items())
    ]
    if withdrawn is not None:
        document["withdrawn"] = withdrawn
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")


def write_bundle(
    path: Path,
    files: dict[str, bytes],
    *,
    key: SigningKey | None = None,
    as_zip: bool = True,
    manifest: bytes | None = None,
    signature: bytes | None = None,
    **options: Any,
) -> Path:
    """Write a bundle (a ZIP, or a folder when ``as_zip`` is False); signed when ``key``.

    ``manifest`` and ``signature`` replace the computed ``bundle.json`` and ``bundle.sig``.
    """
    manifest = manifest if manifest is not None else manifest_bytes(files, key=key, **options)
    members: dict[str, bytes] = {"bundle.json": manifest}
    if signature is not None:
        members["bundle.sig"] = signature
    elif key is not None:
        members["bundle.sig"] = signature_file(manifest, key)
    members.update(files)
    if as_zip:
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in members.items():
                zf.writestr(name, data)
    else:
        path.mkdir(parents=True)
        for name, data in members.items():
            (path / name).parent.mkdir(parents=True, exist_ok=True)
            (path / name).write_bytes(data)
    return path


def read_members(path: Path) -> dict[str, bytes]:
    """Every member of a bundle written by :func:`write_bundle`, by name."""
    if path.is_dir():
        return {
            p.relative_to(path).as_posix(): p.read_bytes()
            for p in sorted(path.rglob("*"))
            if p.is_file()
        }
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rewrite_member(path: Path, name: str, data: bytes | None) -> None:
    """Replace (or, with None, remove) one member of a bundle, ZIP or folder."""
    if path.is_dir():
        if data is None:
            (path / name).unlink()
        else:
            (path / name).write_bytes(data)
        return
    members = read_members(path)
    if data is None:
        members.pop(name)
    else:
        members[name] = data
    with zipfile.ZipFile(path, "w") as zf:
        for member, content in members.items():
            zf.writestr(member, content)


def flip_byte(data: bytes, position: int) -> bytes:
    """``data`` with the byte at ``position`` changed (every bit flipped)."""
    changed = bytearray(data)
    changed[position] ^= 0xFF
    return bytes(changed)


def trust_key(data_dir: Path, key: SigningKey, publisher: str | None = None) -> None:
    """Trust ``key`` in the catalogue of ``data_dir`` (which must exist), as ``keys trust``."""
    _key_row(data_dir, key, publisher or key.publisher, trusted=True)


def revoke_key(data_dir: Path, key: SigningKey) -> None:
    """Mark ``key`` revoked in the catalogue of ``data_dir``."""
    _key_row(data_dir, key, key.publisher, trusted=True, revoked=True)


def _key_row(
    data_dir: Path, key: SigningKey, publisher: str, *, trusted: bool, revoked: bool = False
) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    with sqlite3.connect(data_dir / "catalogue.sqlite3") as connection:
        connection.execute(
            "INSERT OR REPLACE INTO publisher_keys (fingerprint, publisher, public_key, own,"
            " source, added_at, trusted_at, revoked_at) VALUES (?, ?, ?, 0, 'file', ?, ?, ?)",
            (
                key.public.fingerprint,
                publisher,
                key.public.encoded,
                now,
                now if trusted else None,
                now if revoked else None,
            ),
        )
    connection.close()


def key_rows(data_dir: Path) -> list[tuple[str, str, str, str | None]]:
    """The catalogue's publisher keys: fingerprint, publisher, source, trusted_at."""
    with sqlite3.connect(data_dir / "catalogue.sqlite3") as connection:
        rows = connection.execute(
            "SELECT fingerprint, publisher, source, trusted_at FROM publisher_keys"
            " ORDER BY fingerprint"
        ).fetchall()
    connection.close()
    return [tuple(row) for row in rows]


def new_key(publisher: str = PUBLISHER) -> SigningKey:
    """A fresh publisher key."""
    return generate_key(publisher)
