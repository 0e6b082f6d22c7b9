"""Reads office documents: Word (.docx), OpenDocument text (.odt), PDF and spreadsheets.

These formats are binary containers, not text: :mod:`storydesk.ingest.sources` hands
their bytes here instead of decoding them. Each format has its reader module, imported only
when a file of its kind comes (the libraries behind them cost start-up time):

============  ==============================  ==========================================
extension     module                          library
============  ==============================  ==========================================
``.docx``     :mod:`storydesk.ingest.word`    python-docx
``.odt``      :mod:`storydesk.ingest.opendocument`  odfdo
``.pdf``      :mod:`storydesk.ingest.pdfdoc`  pypdfium2
``.xlsx``     :mod:`storydesk.ingest.sheets`  openpyxl
``.ods``      :mod:`storydesk.ingest.sheets`  odfdo
============  ==============================  ==========================================

Office files other than PDF are ZIP packages of XML. :func:`open_package` checks one from
its central directory before any library parses it: member count, declared sizes and
compression ratios (a zip bomb is refused by name), so a 40 KB file cannot unpack into
gigabytes of XML. The XML itself is parsed with entity expansion off (lxml's defaults in
python-docx and odfdo; openpyxl uses defusedxml). Macros (``vbaProject.bin``), external
links and embedded objects are never run or fetched: readers take text, tables and the
pictures stored inside the file, nothing else.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from storydesk.errors import RejectedInput
from storydesk.ingest.containers import MAX_RATIO, RATIO_FLOOR
from storydesk.ingest.draft import ReadNote, StoryDraft
from storydesk.ingest.formats import DOCUMENT_EXTENSIONS
from storydesk.messages import translatable

__all__ = ["DOCUMENT_EXTENSIONS", "MAX_DOCUMENT_BYTES", "open_package", "read_document"]
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

Resolver = Callable[[str], Callable[[], bytes] | None]


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


def read_document(
    ext: str,
    data: bytes,
    origin: str,
    display: str,
    resolve: Resolver | None = None,
    notes: list[ReadNote] | None = None,
) -> list[StoryDraft]:
    """Read a document file into drafts.

    Args:
        ext: The file's extension, lower case (one of :data:`DOCUMENT_EXTENSIONS`).
        data: The file's bytes (at most :data:`MAX_DOCUMENT_BYTES`).
        origin: The file as drafts record it (``origin_file``).
        display: The file as messages name it.
        resolve: Finds files the document names beside it (a spreadsheet's image column).
        notes: Receives a note for each part that does not become a story (a spreadsheet
            row, a picture left out).

    Raises:
        RejectedInput: The file cannot be read as its kind (damaged, encrypted, a scan
            without text, over a limit), naming the file and the reason.
    """
    if ext == ".docx":
        from storydesk.ingest.word import read_docx

        return read_docx(data, origin, display, notes)
    if ext == ".odt":
        from storydesk.ingest.opendocument import read_odt

        return read_odt(data, origin, display, notes)
    if ext == ".pdf":
        from storydesk.ingest.pdfdoc import read_pdf

        return read_pdf(data, origin, display, notes)
    if ext == ".xlsx":
        from storydesk.ingest.sheets import read_xlsx

        return read_xlsx(data, origin, display, resolve, notes)
    if ext == ".ods":
        from storydesk.ingest.sheets import read_ods

        return read_ods(data, origin, display, resolve, notes)
    raise ValueError(f"not a document extension: {ext}")
