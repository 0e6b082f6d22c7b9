"""OpenDocument text (.odt) read into stories: structure, photos, hints, limits and safety.

Every document is made in the test with odfdo; LibreOffice's own structures (caption
frames, numbered list styles, tables of contents, tracked changes) are written as the XML
LibreOffice saves.
"""

from __future__ import annotations

import datetime as dt
import io
import socket
import zipfile

import pytest
from odfdo import Document, Element, Paragraph

from storydesk.errors import RejectedInput
from storydesk.ingest.draft import ReadNote
from storydesk.ingest.officepackage import MAX_DOCUMENT_IMAGES
from storydesk.ingest.opendocument import read_odt
from tests.ingest.office_docs import (
    KK_BODY,
    KK_TITLE,
    jpeg,
    kazakh_odt,
    mutated,
    rewrite_zip,
    unsupported_zip_version,
)

NS = (
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)


def _xml(fragment: str) -> Element:
    """An element from LibreOffice's XML (namespaces declared on it)."""
    first = fragment.index(">")
    if fragment[first - 1] == "/":
        first -= 1
    return Element.from_tag(fragment[:first] + " " + NS + fragment[first:])


def _doc(title: str = "Жаңа мектеп ашылды") -> Document:
    doc = Document("text")
    doc.body.clear()
    doc.body.append(Paragraph(title, style="Title"))
    doc.body.append(Paragraph("Ақмая ауылында үш жүз орындық жаңа мектеп ашылды."))
    return doc


def _save(doc: Document) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_kazakh_story_becomes_one_story_with_markdown_structure() -> None:
    notes: list[ReadNote] = []
    [draft] = read_odt(kazakh_odt(), "inbox/су.odt", "су.odt", notes)
    assert draft.title == KK_TITLE
    assert draft.date == dt.date(2025, 4, 5)
    assert draft.body.startswith(KK_BODY)
    assert "## Не істелді" in draft.body
    assert "- 12 шақырым құбыр тартылды\n- Екі сорғы станциясы салынды" in draft.body
    assert "| Ауыл | Үй \\| барлығы |\n| --- | --- |\n| Ақмая | 320 |" in draft.body
    for moved in (KK_TITLE, "Жарияланған", "Ақмая ауылындағы жаңа", "Сурет:"):
        assert moved not in draft.body
    assert notes == []


def test_the_photo_is_kept_with_its_caption_and_credit() -> None:
    [draft] = read_odt(kazakh_odt(), "a.odt", "a.odt")
    [image] = draft.images
    assert image.name is not None and image.name.startswith("Pictures/")
    assert image.caption == "Ақмая ауылындағы жаңа сорғы станциясы"
    assert image.credit == "Ерлан Омаров"
    assert image.load is not None and image.load() == jpeg((30, 90, 200))


def test_meta_is_a_hint_and_odfdo_template_dates_are_not_taken() -> None:
    [said] = read_odt(kazakh_odt(), "a", "a")
    assert said.date == dt.date(2025, 4, 5)
    assert said.author == "Баспасөз қызметі"
    [hinted] = read_odt(kazakh_odt(dated=False), "a", "a")
    assert hinted.date == dt.date(2025, 4, 2)
    [template] = read_odt(kazakh_odt(dated=False, created=None, generator="odfdo 3.27.3"), "a", "a")
    assert template.date is None
    future = dt.datetime.now() + dt.timedelta(days=400)
    [draft] = read_odt(kazakh_odt(dated=False, created=future), "a", "a")
    assert draft.date is None


def test_a_libreoffice_caption_frame_gives_caption_and_alt_text() -> None:
    doc = _doc()
    uri = doc.add_file(io.BytesIO(jpeg()))
    doc.body.append(
        _xml(
            '<text:p text:style-name="Standard"><draw:frame draw:name="Frame1" '
            'text:anchor-type="as-char"><draw:text-box>'
            '<text:p text:style-name="Illustration"><draw:frame draw:name="Image1">'
            f'<draw:image xlink:href="{uri}" xlink:type="simple"/>'
            "<svg:title>Мектеп ғимараты</svg:title></draw:frame>Сурет "
            '<text:sequence text:ref-name="refIllustration0" text:name="Illustration" '
            'style:num-format="1">1</text:sequence>: Жаңа мектептің ғимараты'
            "</text:p></draw:text-box></draw:frame></text:p>"
        )
    )
    [draft] = read_odt(_save(doc), "a", "a")
    [image] = draft.images
    assert image.caption == "Жаңа мектептің ғимараты"
    assert image.alt == "Мектеп ғимараты"
    assert "ғимараты" not in draft.body


def test_numbered_and_nested_lists() -> None:
    doc = _doc()
    doc.insert_style(
        _xml(
            '<text:list-style style:name="L1">'
            '<text:list-level-style-number text:level="1" style:num-format="1"/>'
            '<text:list-level-style-bullet text:level="2" text:bullet-char="•"/>'
            "</text:list-style>"
        ),
        automatic=True,
    )
    doc.body.append(
        _xml(
            '<text:list text:style-name="L1">'
            "<text:list-item><text:p>Бірінші кезең</text:p>"
            "<text:list><text:list-item><text:p>Құбырлар</text:p></text:list-item></text:list>"
            "</text:list-item>"
            "<text:list-item><text:p>Екінші кезең</text:p></text:list-item></text:list>"
        )
    )
    [draft] = read_odt(_save(doc), "a", "a")
    assert "1. Бірінші кезең\n   - Құбырлар\n1. Екінші кезең" in draft.body


def test_contents_tables_deletions_and_notes_are_left_out() -> None:
    doc = _doc()
    doc.body.insert(
        _xml(
            "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion>"
            "<text:p>Өшірілген мәтін</text:p></text:deletion></text:changed-region>"
            "</text:tracked-changes>"
        ),
        position=0,
    )
    doc.body.append(
        _xml(
            "<text:table-of-content><text:index-body><text:p>Мазмұны 1</text:p>"
            "</text:index-body></text:table-of-content>"
        )
    )
    doc.body.append(
        _xml(
            "<text:p>Мектепте 300 оқушы оқиды<text:note text:note-class='footnote'>"
            "<text:note-citation>1</text:note-citation><text:note-body><text:p>Сілтеме</text:p>"
            "</text:note-body></text:note>.</text:p>"
        )
    )
    [draft] = read_odt(_save(doc), "a", "a")
    assert "Мектепте 300 оқушы оқиды." in draft.body
    for left_out in ("Өшірілген", "Мазмұны", "Сілтеме"):
        assert left_out not in draft.body


def test_linked_pictures_and_objects_are_noted_never_fetched() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.setblocking(False)
    port = server.getsockname()[1]
    doc = _doc()
    doc.body.append(
        _xml(
            f'<text:p><draw:frame><draw:image xlink:href="http://127.0.0.1:{port}/p.jpg"/>'
            '</draw:frame><draw:frame><draw:object xlink:href="./Object 1"/>'
            '<draw:image xlink:href="./ObjectReplacements/Object 1"/></draw:frame></text:p>'
        )
    )
    notes: list[ReadNote] = []
    try:
        [draft] = read_odt(_save(doc), "a", "мектеп.odt", notes)
        with pytest.raises(BlockingIOError):
            server.accept()
    finally:
        server.close()
    assert draft.images == []
    assert sorted(note.path for note in notes) == [
        "мектеп.odt!Object 1",
        f"мектеп.odt!http://127.0.0.1:{port}/p.jpg",
    ]


def test_pictures_beyond_the_limit_are_noted_not_taken() -> None:
    doc = _doc()
    for i in range(MAX_DOCUMENT_IMAGES + 5):
        uri = doc.add_file(io.BytesIO(jpeg((i, 100, 255 - i), (8 + i, 8))))
        doc.body.append(
            _xml(f'<text:p><draw:frame><draw:image xlink:href="{uri}"/></draw:frame></text:p>')
        )
    notes: list[ReadNote] = []
    [draft] = read_odt(_save(doc), "a", "фото.odt", notes)
    assert len(draft.images) == MAX_DOCUMENT_IMAGES
    assert len(notes) == 5
    assert all(n.path.startswith("фото.odt!Pictures/") for n in notes)


def test_a_part_declaring_a_dtd_is_refused_before_parsing() -> None:
    data = kazakh_odt()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        content = package.read("content.xml").decode()
    body = content.split("?>", 1)[1]
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE office:document-content ['
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + body
    )
    with pytest.raises(RejectedInput) as refused:
        read_odt(rewrite_zip(data, {"content.xml": bomb.encode()}), "a", "dtd.odt")
    assert refused.value.path == "dtd.odt"
    assert "DTD" in refused.value.reason


def test_an_encrypted_odt_is_refused_as_password_protected() -> None:
    data = kazakh_odt()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        manifest = package.read("META-INF/manifest.xml").decode()
    manifest = manifest.replace(
        'manifest:full-path="content.xml"',
        'manifest:full-path="content.xml"><manifest:encryption-data '
        'manifest:checksum-type="SHA1/1K" manifest:checksum="x"/></manifest:file-entry',
        1,
    ).replace("</manifest:file-entry>/>", "</manifest:file-entry>", 1)
    data = rewrite_zip(data, {"META-INF/manifest.xml": manifest.encode()})
    with pytest.raises(RejectedInput, match="password-protected") as refused:
        read_odt(data, "a", "құпия.odt")
    assert refused.value.path == "құпия.odt"


def test_a_spreadsheet_named_odt_is_refused_as_not_a_text_document() -> None:
    with pytest.raises(RejectedInput, match="not a text document"):
        read_odt(_save(Document("spreadsheet")), "a", "кесте.odt")


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.8, 0.97])
def test_a_truncated_odt_is_one_rejection_naming_the_file(keep: float) -> None:
    data = kazakh_odt()
    with pytest.raises(RejectedInput) as refused:
        read_odt(data[: int(len(data) * keep)], "a", "үзік.odt")
    assert refused.value.path == "үзік.odt"
    assert "damaged" in refused.value.reason


@pytest.mark.parametrize("seed", range(60))
def test_a_damaged_odt_gives_a_story_or_one_rejection_never_a_crash(seed: int) -> None:
    data = mutated(kazakh_odt(), "content.xml", seed)
    try:
        drafts = read_odt(data, "a", "бүлінген.odt", [])
    except RejectedInput as refused:
        assert refused.path == "бүлінген.odt"
        assert "\n" not in str(refused)
    else:
        assert len(drafts) <= 1


def test_a_picture_name_odfdo_cannot_map_is_noted() -> None:
    doc = _doc()
    doc.body.append(_xml('<text:p><draw:frame><draw:image xlink:href="9"/></draw:frame></text:p>'))
    notes: list[ReadNote] = []
    [draft] = read_odt(_save(doc), "a", "a.odt", notes)
    assert draft.images == []
    assert [note.path for note in notes] == ["a.odt!9"]


def test_a_zip_version_python_cannot_read_is_damaged() -> None:
    with pytest.raises(RejectedInput, match="damaged"):
        read_odt(unsupported_zip_version(kazakh_odt()), "a", "zip87.odt")


def test_a_part_compressed_over_odfdos_ratio_is_refused_by_name() -> None:
    data = kazakh_odt()
    padding = "<!-- " + " " * 600_000 + " -->"
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        content = package.read("content.xml").decode()
    content = content.replace("<office:body>", padding + "<office:body>", 1)
    with pytest.raises(RejectedInput, match="zip bomb") as refused:
        read_odt(rewrite_zip(data, {"content.xml": content.encode()}), "a", "сжатый.odt")
    assert refused.value.path == "сжатый.odt"
