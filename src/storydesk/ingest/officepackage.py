"""Office ZIP packages (.docx, .odt, .xlsx, .ods): their limits and their checked opening.

Office files other than PDF are ZIP packages of XML. :func:`open_package` checks one from
its central directory before any library parses it: member count, declared sizes and
compression ratios (a zip bomb is refused by name), so a 40 KB file cannot unpack into
gigabytes of XML.

The document readers (:mod:`storydesk.ingest.word`, :mod:`storydesk.ingest.opendocument`)
import these from here rather than from :mod:`storydesk.ingest.documents`, which imports the
readers: a reader importing the dispatcher back would make an import cycle.
"""

from __future__ import annotations

import io
import zipfile

from storydesk.errors import RejectedInput
from storydesk.ingest.containers import MAX_RATIO, RATIO_FLOOR
from storydesk.messages import translatable

MAX_DOCUMENT_BYTES = 100 * 1024 * 1024
"""Largest document file read (a Word file with 100 photos is 30–60 MB)."""
MAX_PACKAGE_MEMBERS = 5_000
"""Most entries an office ZIP package may hold."""
MAX_PACKAGE_XML_BYTES = 64 * 1024 * 1024
"""Largest size one XML part of a package may unpack to (a 1,000-page document is ~20 MB)."""
MAX_PACKAGE_BYTES = 512 * 1024 * 1024
"""Largest size all parts of a package together may unpack to."""
MAX_DOCUMENT_IMAGES = 100
"""Most pictures taken from one document; the rest are noted as left out."""
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
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        # NotImplementedError: a compression method or ZIP version Python cannot read.
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
