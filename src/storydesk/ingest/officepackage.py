"""Office ZIP packages (.docx, .odt, .xlsx, .ods): their limits and their checked opening.

Office files other than PDF are ZIP packages of XML. :func:`open_package` checks one from
its central directory before any library parses it: member count, declared sizes and
compression ratios (a zip bomb is refused by name), so a 40 KB file cannot unpack into
gigabytes of XML. The checks every reader of a kind shares are here too: an OLE compound
file given an Office name (:func:`ole_is_encrypted`: a password-protected file, or an old
binary one), and an OpenDocument package that is encrypted or declares a DTD
(:func:`check_odf_package`).

The document readers (:mod:`storydesk.ingest.word`, :mod:`storydesk.ingest.opendocument`)
import these from here rather than from :mod:`storydesk.ingest.documents`, which imports the
readers: a reader importing the dispatcher back would make an import cycle.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

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

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The first bytes of an OLE compound file: an encrypted Office file, an old .doc or .xls."""
_ENCRYPTION_STREAMS = tuple(
    name.encode("utf-16-le") for name in ("EncryptedPackage", "EncryptionInfo")
)
PASSWORD_PROTECTED = translatable(
    "Import", "is password-protected; save it without a password and import it again"
)
"""Why a password-protected document is refused (Word, Excel and OpenDocument alike)."""
PACKAGE_READ_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
)
"""What reading a damaged package part raises."""
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ODF_HEADS = ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml")


def ole_is_encrypted(data: bytes) -> bool:
    """Whether an OLE compound file (:data:`OLE_SIGNATURE`) holds an encrypted Office package.

    Office stores a password-protected .docx or .xlsx as an OLE file with an
    ``EncryptedPackage`` and an ``EncryptionInfo`` stream; an old .doc or .xls has neither.
    """
    head = data[:1_000_000]
    return any(stream in head for stream in _ENCRYPTION_STREAMS)


def check_odf_package(package: zipfile.ZipFile, display: str) -> tuple[bytes, str]:
    """Refuse an encrypted OpenDocument package or one declaring a DTD; its manifest and type.

    ODF never declares a DTD, and odfdo's lxml parser would expand the entities of one, so a
    part that does is refused before odfdo sees it. Only the first 4 KB of each XML part are
    read here.

    Returns:
        The manifest's bytes (``b""`` without one) and the ``mimetype`` part's text.

    Raises:
        RejectedInput: The package is password-protected or declares a DTD.
        zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError: A part is damaged
            (:data:`PACKAGE_READ_ERRORS`; each reader says "damaged" in its own words).
    """
    names = set(package.namelist())
    manifest = package.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
    mimetype = package.read("mimetype")[:200] if "mimetype" in names else b""
    heads = []
    for name in _ODF_HEADS:
        if name in names:
            with package.open(name) as part:
                heads.append(part.read(4096))
    if b"encryption-data" in manifest:
        raise RejectedInput(display, PASSWORD_PROTECTED)
    if any(_DECLARATION.search(head) for head in heads):
        raise RejectedInput(
            display,
            translatable("Import", "is damaged: its XML declares a DTD, which ODF never does"),
        )
    return manifest, mimetype.decode("ascii", "replace").strip()


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
