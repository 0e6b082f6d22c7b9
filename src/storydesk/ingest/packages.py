"""Office ZIP packages (``.docx``, ``.odt``, ``.xlsx``, ``.ods``), checked before parsing.

:func:`open_package` reads a package's central directory and refuses it by name when it
holds too many parts, a part too large, or a compression bomb, so a 40 KB file cannot
unpack into gigabytes of XML. The document readers (:mod:`storydesk.ingest.sheets`...)
import it from here rather than from :mod:`storydesk.ingest.documents`, the dispatcher that
imports them: a reader importing its own dispatcher would be a module cycle (the layer
test refuses one). :mod:`storydesk.ingest.documents` still holds the same function and
limits until it imports them from here; ``tests/ingest/test_sheets.py`` checks both agree.
"""

from __future__ import annotations

import io
import zipfile

from storydesk.errors import RejectedInput
from storydesk.ingest.containers import MAX_RATIO, RATIO_FLOOR
from storydesk.messages import translatable

MAX_PACKAGE_MEMBERS = 5_000
"""Most entries an office ZIP package may hold."""
MAX_PACKAGE_XML_BYTES = 64 * 1024 * 1024
"""Largest size one XML part of a package may unpack to (a 1,000-page document is ~20 MB)."""
MAX_PACKAGE_BYTES = 512 * 1024 * 1024
"""Largest size all parts of a package together may unpack to."""
MAX_DOCUMENT_IMAGE_BYTES = 50 * 1024 * 1024
"""Largest picture taken from a document (the catalogue's own image limit applies later)."""


def open_package(data: bytes, display: str) -> zipfile.ZipFile:
    """Open an office ZIP package after checking it cannot exhaust memory.

    Args:
        data: The file's bytes.
        display: The file as messages name it.

    Raises:
        RejectedInput: Not a ZIP package, or too many parts, a part too large, or a zip bomb.
    """
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise RejectedInput(
            display, translatable("Import", "is damaged: not a readable document package")
        ) from exc
    if len(infos) > MAX_PACKAGE_MEMBERS:
        raise RejectedInput(
            display,
            translatable("Import", "holds {count:,} parts, over the {limit:,} limit").format(
                count=len(infos), limit=MAX_PACKAGE_MEMBERS
            ),
        )
    total = 0
    for info in infos:
        size, packed = info.file_size, info.compress_size
        limit = (
            MAX_PACKAGE_XML_BYTES
            if info.filename.lower().endswith((".xml", ".rels"))
            else MAX_DOCUMENT_IMAGE_BYTES
        )
        if size > limit:
            raise RejectedInput(
                display,
                translatable(
                    "Import", "its part {name} unpacks to {size:,} bytes, over the {limit:,} limit"
                ).format(name=info.filename, size=size, limit=limit),
            )
        if size > RATIO_FLOOR and size > MAX_RATIO * max(packed, 1):
            raise RejectedInput(
                display,
                translatable(
                    "Import",
                    "is a compression bomb ({packed:,} bytes unpack to {size:,}, over {ratio}:1)",
                ).format(packed=packed, size=size, ratio=MAX_RATIO),
            )
        total += size
    if total > MAX_PACKAGE_BYTES:
        raise RejectedInput(
            display,
            translatable(
                "Import", "unpacks to {size:,} bytes in all, over the {limit:,} limit"
            ).format(size=total, limit=MAX_PACKAGE_BYTES),
        )
    return package
