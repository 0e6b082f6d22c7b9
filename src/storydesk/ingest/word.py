"""Reads Word documents (.docx) into stories with python-docx.

python-docx opens the package and parses its XML (lxml, entity resolution off); this module
walks the document body itself, in reading order, so that content controls, text boxes,
tracked changes and Word's alternate-content copies are each read once:

* paragraph styles give the role: Title, Heading 1–9 (or an outline level), Caption, list
  styles; a paragraph's own numbering makes it a list item, bulleted or numbered as the
  numbering definition says;
* tables become Markdown tables; pictures inside cells follow the table;
* pictures stored in the file (``word/media/…``) become the story's images, up to the limits
  of :class:`~storydesk.ingest.officetext.PictureBudget`.

Nothing is run or fetched: macros (``vbaProject.bin``) and embedded OLE objects are never
opened, fields are read as the text Word last showed, and a picture linked from outside the
file (``r:link``) is left out with a note. A password-protected file or an old binary
``.doc`` given a ``.docx`` name is an OLE compound file, not a ZIP package, and is refused
with that reason.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from storydesk.errors import RejectedInput
from storydesk.ingest.draft import ReadNote, StoryDraft
from storydesk.ingest.officepackage import (
    OLE_SIGNATURE,
    PASSWORD_PROTECTED,
    ole_is_encrypted,
    open_package,
)
from storydesk.ingest.officetext import Block, DocumentHints, PictureBudget, build_story
from storydesk.messages import translatable

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_V = "urn:schemas-microsoft-com:vml"
_O = "urn:schemas-microsoft-com:office:office"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


W_P, W_TBL, W_TR, W_TC, W_T = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("t")
W_SDT, W_SDTCONTENT, W_CUSTOMXML = _w("sdt"), _w("sdtContent"), _w("customXml")
W_VAL = _w("val")
_SPACE_TAGS = frozenset({_w("tab"), _w("ptab"), _w("br"), _w("cr")})
_SKIPPED_TAGS = frozenset(
    {
        _w("del"),
        _w("moveFrom"),
        _w("instrText"),
        _w("delInstrText"),
        _w("pPr"),
        _w("rPr"),
        _w("footnoteReference"),
        _w("endnoteReference"),
        _w("commentReference"),
        _w("sdtPr"),
        f"{{{_MC}}}Fallback",
    }
)
_HEADING_NAME = re.compile(r"^(?:heading|заголовок|тақырып)\s*(\d)$", re.IGNORECASE)
_MAX_STYLE_DEPTH = 8


@dataclass
class _Paragraph:
    """What one ``w:p`` holds: its text, picture references and text-box paragraphs."""

    text: list[str] = field(default_factory=list)
    pictures: list[tuple[str | None, str | None, str | None]] = field(default_factory=list)
    boxes: list[Any] = field(default_factory=list)
    objects: list[str | None] = field(default_factory=list)
    alt: str | None = None


@dataclass(frozen=True)
class _Role:
    kind: str = "paragraph"
    level: int = 0
    numbered: tuple[str, int] | None = None


def read_docx(
    data: bytes, origin: str, display: str, notes: list[ReadNote] | None = None
) -> list[StoryDraft]:
    """Read a Word document into one story.

    Args:
        data: The file's bytes.
        origin: The file as the draft records it (``origin_file``).
        display: The file as messages name it.
        notes: Receives a note for each picture or object left out.

    Returns:
        One draft, or an empty list when the document holds no text.

    Raises:
        RejectedInput: Password-protected, an old .doc, damaged, or over a package limit.
    """
    if data.startswith(OLE_SIGNATURE):
        raise RejectedInput(display, _ole_reason(data))
    package = open_package(data, display)
    package.close()
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        document = Document(io.BytesIO(data))
    except ValueError as exc:
        if "macroEnabled" in str(exc):
            raise RejectedInput(
                display,
                translatable(
                    "Import",
                    "is a macro-enabled Word document (.docm); save it as a .docx document",
                ),
            ) from exc
        raise RejectedInput(display, _damaged()) from exc
    except (
        PackageNotFoundError,
        KeyError,
        IndexError,
        AttributeError,
        TypeError,
        zipfile.BadZipFile,
        zlib.error,
        etree.LxmlError,
        OSError,
        EOFError,
        NotImplementedError,
    ) as exc:
        raise RejectedInput(display, _damaged()) from exc
    body = document.element.find(_w("body"))
    if body is None:
        raise RejectedInput(display, _damaged())
    budget = PictureBudget(display, notes)
    walker = _WordWalker(document, budget)
    blocks = list(walker.container(body))
    return build_story(blocks, origin, _hints(document))


def _damaged() -> str:
    return translatable("Import", "is damaged: its Word text cannot be read")


def _ole_reason(data: bytes) -> str:
    """Why an OLE compound file named .docx is refused: encrypted, or an old .doc."""
    if ole_is_encrypted(data):
        return PASSWORD_PROTECTED
    return translatable(
        "Import",
        "is an old Word document (.doc) saved as .docx; open it in Word and save it as .docx",
    )


def _hints(document: Any) -> DocumentHints:
    try:
        properties = document.core_properties
        return DocumentHints(author=properties.author, created=properties.created)
    except (ValueError, TypeError, KeyError, AttributeError):
        return DocumentHints()


class _WordWalker:
    """Walks a Word body into blocks, resolving styles, numbering and pictures."""

    def __init__(self, document: Any, budget: PictureBudget) -> None:
        self.part = document.part
        self.budget = budget
        self.styles = self._style_roles(document)
        self.formats = self._numbering_formats()

    # Styles and numbering

    def _style_roles(self, document: Any) -> dict[str, _Role]:
        """Each paragraph style's role, following ``basedOn`` to the built-in style."""
        raw: dict[str, tuple[str, Any, str | None]] = {}
        try:
            styles = list(document.styles)
        except (KeyError, ValueError, AttributeError):
            return {}
        for style in styles:
            element = style.element
            based = element.find(_w("basedOn"))
            raw[style.style_id] = (
                (style.name or "").strip(),
                element,
                based.get(W_VAL) if based is not None else None,
            )
        roles: dict[str, _Role] = {}
        for style_id in raw:
            current: str | None = style_id
            role = _Role()
            for _ in range(_MAX_STYLE_DEPTH):
                if current is None or current not in raw:
                    break
                name, element, based_on = raw[current]
                role = _role_of_style(name, element)
                if role.kind != "paragraph" or role.numbered is not None:
                    break
                current = based_on
            roles[style_id] = role
        return roles

    def _numbering_formats(self) -> dict[tuple[str, int], bool]:
        """Whether each (numbering id, level) is numbered (True) or bulleted (False)."""
        try:
            numbering = self.part.numbering_part.element
        except (KeyError, ValueError, AttributeError, NotImplementedError):
            return {}
        abstract: dict[str, dict[int, bool]] = {}
        for definition in numbering.iterchildren(_w("abstractNum")):
            levels = abstract.setdefault(definition.get(_w("abstractNumId"), ""), {})
            for level in definition.iterchildren(_w("lvl")):
                levels[_int(level.get(_w("ilvl")))] = _is_numbered(level)
        formats: dict[tuple[str, int], bool] = {}
        for num in numbering.iterchildren(_w("num")):
            num_id = num.get(_w("numId"), "")
            ref = num.find(_w("abstractNumId"))
            for ilvl, numbered in abstract.get(
                ref.get(W_VAL, "") if ref is not None else "", {}
            ).items():
                formats[(num_id, ilvl)] = numbered
            for override in num.iterchildren(_w("lvlOverride")):
                level = override.find(_w("lvl"))
                if level is not None and level.find(_w("numFmt")) is not None:
                    formats[(num_id, _int(override.get(_w("ilvl"))))] = _is_numbered(level)
        return formats

    def _role(self, p: Any) -> _Role:
        ppr = p.find(_w("pPr"))
        style_role = _Role()
        num_ref: tuple[str, int] | None = None
        outline: int | None = None
        if ppr is not None:
            style = ppr.find(_w("pStyle"))
            if style is not None:
                style_role = self.styles.get(style.get(W_VAL, ""), _Role())
            num_ref = _num_ref(ppr)
            level = ppr.find(_w("outlineLvl"))
            if level is not None and 0 <= _int(level.get(W_VAL)) < 9:
                outline = _int(level.get(W_VAL)) + 1
        if style_role.kind in ("title", "heading", "caption"):
            return style_role
        if outline is not None:
            return _Role("heading", outline)
        if num_ref is not None and num_ref[0] != "0":
            return _Role("item", num_ref[1], num_ref)
        if style_role.numbered is not None and style_role.numbered[0] != "0":
            return _Role("item", style_role.level, style_role.numbered)
        return style_role

    def _ordered(self, role: _Role) -> bool:
        if role.numbered is None:
            return False
        if role.numbered[0] == "":
            return True  # a "List Number" style with no numbering of its own
        return self.formats.get(role.numbered, False)

    # The body

    def container(self, element: Any) -> Iterator[Block]:
        """The blocks of a body, cell, content control or text box, in order."""
        for child in element.iterchildren():
            tag = child.tag
            if tag == W_P:
                yield from self.paragraph(child)
            elif tag == W_TBL:
                yield from self.table(child)
            elif tag in (W_SDT, W_CUSTOMXML):
                content = child.find(W_SDTCONTENT) if tag == W_SDT else child
                if content is not None:
                    yield from self.container(content)
            elif tag == _w("altChunk"):
                self.budget.skip(
                    _target(self.part, child.get(f"{{{_R}}}id")) or "altChunk",
                    translatable("Import", "an embedded document part is not read"),
                )

    def paragraph(self, p: Any) -> Iterator[Block]:
        """A paragraph's block, then its pictures, then its text boxes' paragraphs."""
        found = _Paragraph()
        _walk(p, found)
        role = self._role(p)
        text = "".join(found.text)
        pictures = list(self._pictures(found))
        text_block: Block | None = None
        if text.strip():
            text_block = Block(role.kind, text, level=role.level, ordered=self._ordered(role))
        if text_block is not None and role.kind == "caption":
            yield from pictures
            yield text_block
        else:
            if text_block is not None:
                yield text_block
            yield from pictures
        for box in found.boxes:
            yield from self.container(box)

    def table(self, tbl: Any) -> Iterator[Block]:
        """A table's block, then the pictures (and their captions) held in its cells."""
        rows: list[list[str]] = []
        after: list[Block] = []
        for tr in tbl.iterchildren(W_TR):
            row: list[str] = []
            for tc in tr.iterchildren(W_TC):
                tcpr = tc.find(_w("tcPr"))
                span, continued = 1, False
                if tcpr is not None:
                    grid = tcpr.find(_w("gridSpan"))
                    span = max(1, min(_int(grid.get(W_VAL)) if grid is not None else 1, 64))
                    merge = tcpr.find(_w("vMerge"))
                    continued = merge is not None and merge.get(W_VAL, "continue") == "continue"
                texts: list[str] = []
                for block in self.container(tc):
                    if block.kind in ("picture", "caption"):
                        after.append(block)
                    elif block.kind == "table":
                        texts.extend(" ".join(r) for r in block.rows)
                    else:
                        texts.append(block.text)
                row.append("" if continued else " ".join(texts))
                row.extend([""] * (span - 1))
            rows.append(row)
        yield Block("table", rows=rows)
        yield from after

    # Pictures and objects

    def _pictures(self, found: _Paragraph) -> Iterator[Block]:
        for object_id in found.objects:
            self.budget.skip(
                _target(self.part, object_id) or "object",
                translatable("Import", "an embedded object (OLE) is not opened"),
            )
        for embed, link, alt in found.pictures:
            rel = self.part.rels.get(embed) if embed else None
            if rel is None and link:
                rel = self.part.rels.get(link)
            if rel is None:
                continue
            if rel.is_external:
                self.budget.skip(
                    rel.target_ref[:200],
                    translatable(
                        "Import", "a picture linked from outside the file; it is not fetched"
                    ),
                )
                continue
            part = rel.target_part
            name = str(part.partname).lstrip("/")
            picture = self.budget.take(
                name, len(part.blob), _loader(part), alt, getattr(part, "content_type", None)
            )
            if picture is not None:
                yield Block("picture", picture=picture)


def _loader(part: Any) -> Callable[[], bytes]:
    def load() -> bytes:
        return bytes(part.blob)

    return load


def _target(part: Any, rel_id: str | None) -> str | None:
    rel = part.rels.get(rel_id) if rel_id else None
    if rel is None:
        return None
    if rel.is_external:
        return str(rel.target_ref)[:200]
    return str(rel.target_part.partname).lstrip("/")


def _walk(element: Any, found: _Paragraph) -> None:
    """Collect a paragraph's text, pictures, objects and text boxes, once each."""
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED_TAGS:
            continue
        if tag == W_T:
            found.text.append(child.text or "")
        elif tag in _SPACE_TAGS:
            found.text.append(" ")
        elif tag == _w("noBreakHyphen"):
            found.text.append("-")
        elif tag == _w("txbxContent"):
            found.boxes.append(child)
        elif tag == _w("object"):
            ole = next(child.iter(f"{{{_O}}}OLEObject"), None)
            found.objects.append(ole.get(f"{{{_R}}}id") if ole is not None else None)
        elif tag == f"{{{_WP}}}docPr":
            found.alt = (child.get("descr") or child.get("title") or "").strip() or None
        elif tag == f"{{{_A}}}blip":
            found.pictures.append(
                (child.get(f"{{{_R}}}embed"), child.get(f"{{{_R}}}link"), found.alt)
            )
            found.alt = None
        elif tag == f"{{{_V}}}imagedata":
            found.pictures.append((child.get(f"{{{_R}}}id"), None, child.get(f"{{{_O}}}title")))
        else:
            _walk(child, found)


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _num_ref(ppr: Any) -> tuple[str, int] | None:
    numpr = ppr.find(_w("numPr"))
    if numpr is None:
        return None
    num_id = numpr.find(_w("numId"))
    ilvl = numpr.find(_w("ilvl"))
    return (
        num_id.get(W_VAL, "") if num_id is not None else "",
        min(_int(ilvl.get(W_VAL)) if ilvl is not None else 0, 8),
    )


def _is_numbered(level: Any) -> bool:
    fmt = level.find(_w("numFmt"))
    value = fmt.get(W_VAL, "decimal") if fmt is not None else "decimal"
    return value not in ("bullet", "none")


def _role_of_style(name: str, element: Any) -> _Role:
    """A style's role from its (English, built-in) name, outline level or numbering."""
    lowered = name.casefold()
    if lowered == "title":
        return _Role("title", 1)
    if match := _HEADING_NAME.match(name):
        return _Role("heading", max(1, int(match.group(1))))
    if "caption" in lowered or "подпись" in lowered:
        return _Role("caption")
    ppr = element.find(_w("pPr"))
    if ppr is not None:
        level = ppr.find(_w("outlineLvl"))
        if level is not None and 0 <= _int(level.get(W_VAL)) < 9:
            return _Role("heading", _int(level.get(W_VAL)) + 1)
    if lowered.startswith("list number"):
        ref = _num_ref(ppr) if ppr is not None else None
        return _Role("item", 0, ref or ("", 0))
    if lowered.startswith("list bullet"):
        ref = _num_ref(ppr) if ppr is not None else None
        return _Role("item", 0, (ref[0], ref[1]) if ref else ("bullet", 0))
    if ppr is not None and (ref := _num_ref(ppr)) is not None:
        return _Role("item", ref[1], ref)
    return _Role()
