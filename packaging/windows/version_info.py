"""Writes the Windows version resource of StoryDesk's programs from the project's version.

``packaging/storydesk.spec`` calls :func:`write_version_info` on Windows and passes the file
to both executables (``EXE(version=...)``): Explorer's Properties › Details then shows the
product name, version and copyright. ``python packaging/windows/version_info.py VERSION OUT``
writes it by hand.

The file is PyInstaller's ``VSVersionInfo`` text (a Python expression PyInstaller reads).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

COMPANY = "StoryDesk developers"
PRODUCT = "StoryDesk"
DESCRIPTION = "StoryDesk: an offline catalogue of development stories"
COPYRIGHT = "MIT licence, StoryDesk developers"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants from a version: ``0.1.0`` → ``(0, 1, 0, 0)``.

    Only the release numbers count (``1.2rc1`` → ``(1, 2, 0, 0)``); a fifth is dropped.

    Raises:
        ValueError: ``version`` does not start with a number.
    """
    release = re.match(r"\d+(?:\.\d+)*", version.strip())
    if release is None:
        raise ValueError(f"{version!r}: not a version number")
    numbers = [int(n) for n in release.group(0).split(".")][:4]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_info_text(version: str) -> str:
    """The ``VSVersionInfo`` text for ``version``."""
    four = version_tuple(version)
    dotted = ".".join(str(n) for n in four)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": dotted,
        "InternalName": "storydesk",
        "LegalCopyright": COPYRIGHT,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""# Written by packaging/windows/version_info.py: edit that, not this.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={four},
    prodvers={four},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_info(path: str | Path, version: str) -> Path:
    """Write the version resource text for ``version`` to ``path``; returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(version_info_text(version), encoding="utf-8")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.stderr.write("usage: version_info.py VERSION OUTFILE\n")
        raise SystemExit(2)
    print(write_version_info(sys.argv[2], sys.argv[1]))
