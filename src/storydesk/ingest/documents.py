"""Reads office documents: Word (.docx), OpenDocument text (.odt), PDF and spreadsheets.

These formats are binary containers, not text: :mod:`storydesk.ingest.sources` hands
their bytes here instead of decoding them. Each format has its reader module, imported only
when a file of its kind comes (the libraries behind them cost start-up time):

=============  ==========================================  ===========
extension      module                                      library
=============  ==========================================  ===========
``.docx``      :mod:`storydesk.ingest.word`                python-docx
``.odt``       :mod:`storydesk.ingest.opendocument`        odfdo
``.pdf``       :mod:`storydesk.ingest.pdfdoc`              pypdfium2
``.xlsx``      :mod:`storydesk.ingest.sheets`              openpyxl
``.ods``       :mod:`storydesk.ingest.sheets`              odfdo
=============  ==========================================  ===========

Office files other than PDF are ZIP packages of XML.
:func:`~storydesk.ingest.officepackage.open_package` checks one from
its central directory before any library parses it: member count, declared sizes and
compression ratios (a zip bomb is refused by name), so a 40 KB file cannot unpack into
gigabytes of XML. The XML itself is parsed with entity expansion off (lxml's defaults in
python-docx and odfdo; openpyxl uses defusedxml). Macros (``vbaProject.bin``), external
links and embedded objects are never run or fetched: readers take text, tables and the
pictures stored inside the file, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

from storydesk.ingest.draft import ReadNote, StoryDraft
from storydesk.ingest.formats import DOCUMENT_EXTENSIONS
from storydesk.ingest.officepackage import MAX_DOCUMENT_BYTES, open_package

__all__ = ["DOCUMENT_EXTENSIONS", "MAX_DOCUMENT_BYTES", "open_package", "read_document"]

Resolver = Callable[[str], Callable[[], bytes] | None]


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
