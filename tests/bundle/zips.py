"""Real ZIP archives for bundle tests: deflated members, and members damaged in place."""

from __future__ import annotations

import zipfile
from pathlib import Path


def deflated(path: Path, members: dict[str, bytes]) -> Path:
    """Write ``members`` to a deflated ZIP at ``path`` (no manifest)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def corrupt(path: Path, member: str) -> None:
    """Flip bytes in the middle of ``member``'s compressed data (its CRC no longer matches)."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(info.compress_size // 4, info.compress_size // 2):
        data[start + offset] ^= 0x5A
    path.write_bytes(bytes(data))
