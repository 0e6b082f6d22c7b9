"""Reads OpenDocument text (.odt) into stories with odfdo.

LibreOffice and many government offices save ``.odt``. odfdo opens the package; this module
walks ``content.xml`` in reading order, like :mod:`storydesk.ingest.word` walks Word's body:

* ``text:h`` is a heading at its outline level; paragraph styles (followed up their parents,
  automatic styles included) give Title, Heading N and the caption styles (Caption,
  Illustration, Figure, Drawing; a paragraph holding a ``text:sequence`` number is a caption
  and loses its "Illustration 1:" label);
* ``text:list`` items become Markdown list items, numbered when their list style numbers them;
* ``table:table`` becomes a Markdown table (merged cells left empty);
* ``draw:frame`` pictures stored in the package (``Pictures/…``) become the story's images,
  with the frame's title or description as their alternative text; the caption frames
  LibreOffice makes (a text box holding the picture and its caption) give the caption.

Tables of contents, indexes, tracked deletions, notes and comments are left out. Embedded
objects are never opened and pictures linked from outside the file are never fetched; each
is noted. ODF never uses a DTD, so a part that declares one is refused before odfdo (whose
lxml parser would expand its entities) sees it.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from storydesk.errors import RejectedInput
from storydesk.ingest.draft import ReadNote, StoryDraft
from storydesk.ingest.officepackage import PACKAGE_READ_ERRORS, check_odf_package, open_package
from storydesk.ingest.officetext import (
    Block,
    DocumentHints,
    PictureBudget,
    build_story,
    sniff_type,
)
from storydesk.messages import translatable

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
_XLINK = "http://www.w3.org/1999/xlink"
_MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
_ODT_TYPES = (
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.text-template",
    "application/vnd.oasis.opendocument.text-master",
)


def _t(name: str) -> str:
    return f"{{{_TEXT}}}{name}"


T_P, T_H, T_LIST, T_SPAN = _t("p"), _t("h"), _t("list"), _t("span")
T_SEQUENCE = _t("sequence")
TABLE_TABLE, TABLE_ROW = f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row"
DRAW_FRAME, DRAW_IMAGE = f"{{{_DRAW}}}frame", f"{{{_DRAW}}}image"
_STYLE_NAME = _t("style-name")
_SPACE_TAGS = frozenset({_t("tab"), _t("line-break")})
# Parts of the text that are not the article: generated indexes, deleted text, notes.
_LEFT_OUT = frozenset(
    {
        _t("table-of-content"),
        _t("illustration-index"),
        _t("table-index"),
        _t("object-index"),
        _t("user-index"),
        _t("alphabetical-index"),
        _t("bibliography"),
        _t("tracked-changes"),
        _t("sequence-decls"),
        _t("variable-decls"),
        _t("user-field-decls"),
        _t("note"),
        f"{{{_OFFICE}}}annotation",
        f"{{{_OFFICE}}}annotation-end",
        f"{{{_OFFICE}}}forms",
        f"{{{_SVG}}}title",
        f"{{{_SVG}}}desc",
    }
)
_CAPTION_STYLES = frozenset({"caption", "illustration", "figure", "drawing"})
_HEADING_NAME = re.compile(r"^(?:heading|заголовок)\s*(\d)$", re.IGNORECASE)
_MAX_STYLE_DEPTH = 8
_MAX_REPEAT = 64


@dataclass(frozen=True)
class _Role:
    kind: str = "paragraph"
    level: int = 0


@dataclass
class _Paragraph:
    text: list[str] = field(default_factory=list)
    after_sequence: int | None = None
    frames: list[Any] = field(default_factory=list)


def read_odt(
    data: bytes, origin: str, display: str, notes: list[ReadNote] | None = None
) -> list[StoryDraft]:
    """Read an OpenDocument text file into one story.

    Args:
        data: The file's bytes.
        origin: The file as the draft records it (``origin_file``).
        display: The file as messages name it.
        notes: Receives a note for each picture or object left out.

    Returns:
        One draft, or an empty list when the document holds no text.

    Raises:
        RejectedInput: Damaged, encrypted, not a text document, or over a package limit.
    """
    package = open_package(data, display)
    try:
        media_types = _check_package(package, display)
    finally:
        package.close()
    from lxml import etree
    from odfdo import Document
    from odfdo.security import SecurityError

    try:
        document = Document(io.BytesIO(data))
        content = document.content.root
        root = _lxml(content)
        roots = _style_roots(document, root)
        styles = _style_roles(roots)
        list_styles = _list_styles(roots)
        hints = _hints(document)
    except (
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        IndexError,
        zipfile.BadZipFile,
        zlib.error,
        etree.LxmlError,
        OSError,
        EOFError,
        NotImplementedError,
    ) as exc:
        raise RejectedInput(display, _damaged()) from exc
    except SecurityError as exc:
        # odfdo's own guard: a part compressed over 200:1 (ours lets small parts by).
        raise RejectedInput(
            display,
            translatable("Import", "is refused by the OpenDocument reader's zip bomb check"),
        ) from exc
    body = root.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise RejectedInput(
            display, translatable("Import", "is an OpenDocument file but not a text document")
        )
    walker = _OdtWalker(document, styles, list_styles, media_types, PictureBudget(display, notes))
    blocks = list(walker.container(body))
    return build_story(blocks, origin, hints)


def _damaged() -> str:
    return translatable("Import", "is damaged: its OpenDocument text cannot be read")


def _lxml(element: Any) -> Any:
    """The lxml element under an odfdo element (odfdo keeps it in a private slot)."""
    return element._Element__element


def _check_package(package: zipfile.ZipFile, display: str) -> dict[str, str]:
    """Refuse encrypted, DTD-declaring or non-text packages; the parts' media types."""
    if "content.xml" not in package.namelist():
        raise RejectedInput(display, _damaged())
    try:
        manifest, mimetype = check_odf_package(package, display)
    except PACKAGE_READ_ERRORS as exc:
        raise RejectedInput(display, _damaged()) from exc
    if mimetype and not mimetype.startswith(_ODT_TYPES):
        raise RejectedInput(
            display, translatable("Import", "is an OpenDocument file but not a text document")
        )
    return _media_types(manifest)


def _media_types(manifest: bytes) -> dict[str, str]:
    if not manifest:
        return {}
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(manifest, parser)
    except etree.LxmlError:
        return {}
    types: dict[str, str] = {}
    for entry in root.iter(f"{{{_MANIFEST}}}file-entry"):
        path = entry.get(f"{{{_MANIFEST}}}full-path")
        if path:
            types[path] = entry.get(f"{{{_MANIFEST}}}media-type", "")
    return types


def _hints(document: Any) -> DocumentHints:
    meta = document.meta
    generator = (meta.generator or "").casefold()
    created = meta.creation_date
    if generator.startswith("odfdo"):
        created = None  # odfdo copies its template's creation date
    return DocumentHints(author=meta.initial_creator, created=created)


def _style_roots(document: Any, content_root: Any) -> list[Any]:
    """The XML roots that hold styles: content.xml (automatic ones) and styles.xml."""
    from lxml import etree

    roots = [content_root]
    with contextlib.suppress(KeyError, AttributeError, TypeError, etree.LxmlError):
        roots.append(_lxml(document.styles.root))
    return roots


def _style_roles(roots: list[Any]) -> dict[str, _Role]:
    """Each paragraph style's role, named or automatic, following parent styles."""
    raw: dict[str, tuple[str, str | None, str | None]] = {}
    for root in roots:
        for style in root.iter(f"{{{_STYLE}}}style"):
            if style.get(f"{{{_STYLE}}}family") != "paragraph":
                continue
            name = style.get(f"{{{_STYLE}}}name", "")
            shown = style.get(f"{{{_STYLE}}}display-name") or name.replace("_20_", " ")
            raw.setdefault(
                name,
                (
                    shown,
                    style.get(f"{{{_STYLE}}}parent-style-name"),
                    style.get(f"{{{_STYLE}}}default-outline-level"),
                ),
            )
    roles: dict[str, _Role] = {}
    for name in raw:
        current: str | None = name
        role = _Role()
        for _ in range(_MAX_STYLE_DEPTH):
            if current is None:
                break
            shown, parent, outline = raw.get(current, (current.replace("_20_", " "), None, None))
            role = _role_of_style(shown, outline)
            if role.kind != "paragraph":
                break
            current = parent
        roles[name] = role
    return roles


def _role_of_style(name: str, outline: str | None) -> _Role:
    lowered = name.casefold().strip()
    if lowered == "title":
        return _Role("title", 1)
    if match := _HEADING_NAME.match(lowered):
        return _Role("heading", max(1, int(match.group(1))))
    if lowered in _CAPTION_STYLES or "caption" in lowered or "подпись" in lowered:
        return _Role("caption")
    if outline and outline.isdigit() and 0 < int(outline) <= 10:
        return _Role("heading", int(outline))
    return _Role()


class _OdtWalker:
    """Walks ``office:text`` into blocks."""

    def __init__(
        self,
        document: Any,
        styles: dict[str, _Role],
        list_styles: dict[tuple[str, int], bool],
        media_types: dict[str, str],
        budget: PictureBudget,
    ) -> None:
        self.document = document
        self.styles = styles
        self.media_types = media_types
        self.budget = budget
        self.list_styles = list_styles

    def role(self, style: str) -> _Role:
        """A paragraph style's role; a style the file uses but does not define goes by name."""
        if not style:
            return _Role()
        found = self.styles.get(style)
        return found if found is not None else _role_of_style(style.replace("_20_", " "), None)

    def container(self, element: Any, depth: int = 0) -> Iterator[Block]:
        """The blocks of the text body, a section, a cell or a text box, in order."""
        for child in element.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _LEFT_OUT:
                continue
            if tag in (T_P, T_H):
                yield from self.paragraph(child)
            elif tag == T_LIST:
                yield from self.list(child, 0, None)
            elif tag == TABLE_TABLE:
                yield from self.table(child)
            elif tag == DRAW_FRAME:
                yield from self.frame(child)
            elif depth < 16:
                # Sections, change marks and other wrappers: read what they hold.
                yield from self.container(child, depth + 1)

    def paragraph(self, p: Any, item: tuple[int, bool] | None = None) -> Iterator[Block]:
        """A paragraph or heading's block, with the pictures of its frames."""
        found = _Paragraph()
        if p.text:
            found.text.append(p.text)
        _walk(p, found)
        text = "".join(found.text)
        role = self.role(p.get(_STYLE_NAME, ""))
        if p.tag == T_H:
            level = p.get(_t("outline-level"), "1")
            role = _Role("heading", int(level) if level.isdigit() else 1)
            if self.role(p.get(_STYLE_NAME, "")).kind == "title":
                role = _Role("title", 1)
        if found.after_sequence is not None:
            role = _Role("caption")
            text = "".join(found.text[found.after_sequence :]).lstrip(" :.-–—")
        pictures: list[Block] = []
        for frame in found.frames:
            pictures.extend(self.frame(frame))
        text_block: Block | None = None
        if text.strip():
            if item is not None and role.kind == "paragraph":
                text_block = Block("item", text, level=item[0], ordered=item[1])
            else:
                text_block = Block(role.kind, text, level=role.level)
        caption_first = [b for b in pictures if b.kind == "picture"]
        rest = [b for b in pictures if b.kind != "picture"]
        if text_block is not None and role.kind == "caption":
            yield from caption_first
            yield text_block
            yield from rest
        else:
            if text_block is not None:
                yield text_block
            yield from pictures

    def list(self, element: Any, level: int, style: str | None) -> Iterator[Block]:
        """A list's items (nested lists one level deeper)."""
        style = element.get(_STYLE_NAME) or style
        ordered = self.list_styles.get((style or "", min(level + 1, 10)), False)
        for item in element.iterchildren(_t("list-item"), _t("list-header")):
            for child in item.iterchildren():
                if child.tag in (T_P, T_H):
                    yield from self.paragraph(child, (min(level, 8), ordered))
                elif child.tag == T_LIST and level < 16:
                    yield from self.list(child, level + 1, style)
                elif child.tag == TABLE_TABLE:
                    yield from self.table(child)

    def table(self, element: Any) -> Iterator[Block]:
        """A table's block, then the pictures (and captions) its cells hold."""
        rows: list[list[str]] = []
        after: list[Block] = []
        for row in _rows(element):
            cells: list[str] = []
            for cell in row.iterchildren(
                f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"
            ):
                repeat = min(
                    _int(cell.get(f"{{{_TABLE}}}number-columns-repeated")) or 1, _MAX_REPEAT
                )
                texts: list[str] = []
                if cell.tag == f"{{{_TABLE}}}table-cell":
                    for block in self.container(cell):
                        if block.kind in ("picture", "caption"):
                            after.append(block)
                        elif block.kind == "table":
                            texts.extend(" ".join(r) for r in block.rows)
                        else:
                            texts.append(block.text)
                text = " ".join(texts)
                cells.extend([text] * repeat if text else [""] * repeat)
            repeat_rows = min(_int(row.get(f"{{{_TABLE}}}number-rows-repeated")) or 1, _MAX_REPEAT)
            rows.extend([cells] * (repeat_rows if any(cells) else 1))
        yield Block("table", rows=rows)
        yield from after

    def frame(self, frame: Any) -> Iterator[Block]:
        """A frame's picture (or a note for an object or a linked picture), then its text box."""
        alt = " ".join(
            (el.text or "").strip()
            for el in frame.iterchildren(f"{{{_SVG}}}title", f"{{{_SVG}}}desc")
            if (el.text or "").strip()
        )
        objects = list(frame.iterchildren(f"{{{_DRAW}}}object", f"{{{_DRAW}}}object-ole"))
        for obj in objects:
            self.budget.skip(
                (obj.get(f"{{{_XLINK}}}href") or "object").lstrip("./")[:200],
                translatable("Import", "an embedded object is not opened"),
            )
        if not objects:
            image = frame.find(DRAW_IMAGE)
            if image is not None:
                block = self._picture(image, alt or None)
                if block is not None:
                    yield block
        box = frame.find(f"{{{_DRAW}}}text-box")
        if box is not None:
            yield from self.container(box)

    def _picture(self, image: Any, alt: str | None) -> Block | None:
        href = (image.get(f"{{{_XLINK}}}href") or "").strip()
        if not href:
            return None
        name = href.removeprefix("./")
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", name) or name.startswith(("/", "../")):
            self.budget.skip(
                href[:200],
                translatable("Import", "a picture linked from outside the file; it is not fetched"),
            )
            return None
        try:
            part = self.document.container.get_part(name)
        except (KeyError, ValueError, OSError, zipfile.BadZipFile, zlib.error, EOFError):
            part = None  # odfdo says "path is not defined" for names it cannot map
        if not isinstance(part, bytes):
            self.budget.skip(
                name[:200], translatable("Import", "a picture the file names but does not hold")
            )
            return None
        media_type = self.media_types.get(name) or ""
        if media_type in ("", "application/octet-stream"):
            media_type = sniff_type(part[:16]) or media_type
        picture = self.budget.take(name, len(part), _loader(part), alt, media_type or None)
        return Block("picture", picture=picture) if picture is not None else None


def _loader(data: bytes) -> Callable[[], bytes]:
    def load() -> bytes:
        return data

    return load


def _rows(table: Any) -> Iterator[Any]:
    for child in table.iterchildren():
        if child.tag == TABLE_ROW:
            yield child
        elif child.tag in (
            f"{{{_TABLE}}}table-header-rows",
            f"{{{_TABLE}}}table-rows",
            f"{{{_TABLE}}}table-row-group",
        ):
            yield from _rows(child)


def _list_styles(roots: list[Any]) -> dict[tuple[str, int], bool]:
    """Whether each (list style, level) numbers its items."""
    found: dict[tuple[str, int], bool] = {}
    for root in roots:
        for style in root.iter(_t("list-style")):
            name = style.get(f"{{{_STYLE}}}name", "")
            for level in style.iterchildren():
                kind = level.tag
                if not isinstance(kind, str):
                    continue
                number = _int(level.get(_t("level"))) or 1
                if kind == _t("list-level-style-number"):
                    numbered = bool(level.get(f"{{{_STYLE}}}num-format"))
                    found.setdefault((name, number), numbered)
                elif kind in (_t("list-level-style-bullet"), _t("list-level-style-image")):
                    found.setdefault((name, number), False)
    return found


def _walk(element: Any, found: _Paragraph) -> None:
    """Collect a paragraph's text (with tails), noting frames and caption numbers."""
    for child in element.iterchildren():
        tag = child.tag
        if isinstance(tag, str) and tag not in _LEFT_OUT:
            if tag == _t("s"):
                found.text.append(" " * min(_int(child.get(_t("c"))) or 1, 8))
            elif tag in _SPACE_TAGS:
                found.text.append(" ")
            elif tag == T_SEQUENCE:
                found.after_sequence = len(found.text)
            elif tag == DRAW_FRAME:
                found.frames.append(child)
            elif tag == f"{{{_DRAW}}}a":
                found.frames.extend(child.iterchildren(DRAW_FRAME))
            else:
                if child.text:
                    found.text.append(child.text)
                _walk(child, found)
        if child.tail:
            found.text.append(child.tail)


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0
