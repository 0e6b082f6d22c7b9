"""Briefing packs as PDF: text, contents, outline, fonts, photos, paper, cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pypdf
import pytest

from storydesk.errors import Cancelled
from storydesk.packs.model import PackOptions
from storydesk.packs.pdf import configure_device, paint_pack, write_pdf
from storydesk.progress import CancelToken
from tests.packs.conftest import HOSTILE_TITLE, KAZAKH_TEXT, KAZAKH_TITLE, pack_of


def _squash(text: str) -> str:
    # A long title may break after a hyphen ("Касим-" / "Жомарт"): compare without spaces.
    return "".join(text.split())


def _text(page: Any) -> str:
    # pypdf may join words with tabs or split lines anywhere: compare normalised text.
    return " ".join(page.extract_text().split())


def _pack_pdf(library: Any, options: PackOptions, out: Path) -> tuple[dict[str, Any], Any]:
    ids = library.story_ids()
    result = write_pdf(pack_of(library, ids, options), out).to_json()
    return result, pypdf.PdfReader(out)


def test_pdf_has_every_title_and_cyrillic_kazakh_kyrgyz_text(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    result, reader = _pack_pdf(pack_library, pack_options, tmp_path / "pack.pdf")
    text = " ".join(_text(page) for page in reader.pages)
    for story in pack_library.list_stories():
        assert _squash(story.title) in _squash(text), story.title
    assert KAZAKH_TEXT in text
    assert KAZAKH_TITLE in text
    assert "жаңы өңүт ачылды" in text  # Kyrgyz ң ө ү
    assert "Визит в Казахстан и Кыргызстан" in text  # the cover
    assert HOSTILE_TITLE in text  # shown as text, never interpreted
    assert result["stories"] == len(pack_library.story_ids())
    assert result["bytes"] == (tmp_path / "pack.pdf").stat().st_size


def test_contents_outline_and_links_point_at_each_story(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    result, reader = _pack_pdf(pack_library, pack_options, tmp_path / "pack.pdf")
    titles = [
        s.title for s in pack_of(pack_library, pack_library.story_ids(), pack_options).stories
    ]
    outline = reader.outline
    assert [item.title for item in outline] == titles
    starts = [reader.get_destination_page_number(item) for item in outline]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    toc_pages = range(1, starts[0])
    toc = " ".join(_text(reader.pages[i]) for i in toc_pages)
    assert "Contents" in toc
    assert "Key figures" in " ".join(_text(page) for page in reader.pages)  # no "ﬁ" ligature
    link_targets = []
    for i in toc_pages:
        for annot in reader.pages[i].get("/Annots", []):
            annot = annot.get_object()
            assert annot["/Subtype"] == "/Link" and "/A" not in annot  # no URI actions
            link_targets.append(reader.get_page_number(annot["/Dest"][0].get_object()))
    assert link_targets == starts
    for number, (title, start) in enumerate(zip(titles, starts, strict=True), start=1):
        clean = " ".join(title.split())
        # The contents line: "N. Title P", P being the page the story starts on...
        assert _squash(f"{number}. {clean} {start + 1}") in _squash(toc)
        # ...and that page shows the story's title, under the running header.
        assert _squash(title) in _squash(_text(reader.pages[start]))
    pages = len(reader.pages)
    assert result["pages"] == pages
    assert f"Page {pages} of {pages}" in _text(reader.pages[-1])
    assert f"Page 2 of {pages}" in _text(reader.pages[1])


def test_fonts_are_embedded_and_metadata_set(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    _, reader = _pack_pdf(pack_library, pack_options, tmp_path / "pack.pdf")
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts)
    assert any("Bold" in name for name in fonts)
    assert reader.metadata.title == "Визит в Казахстан и Кыргызстан"
    assert reader.metadata.author == "UNDP Central Asia"


def test_photo_is_downscaled_jpeg_and_can_be_left_out(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    pack = pack_of(pack_library, ["kk-shymkent-house"], pack_options)
    write_pdf(pack, tmp_path / "photo.pdf")
    reader = pypdf.PdfReader(tmp_path / "photo.pdf")
    images = [image for page in reader.pages for image in page.images]
    # The photo leads the cover and the story: two uses, one image stored in the file.
    assert len(images) == 2 and images[0].data == images[1].data
    assert len(_image_objects(reader)) == 1
    assert max(images[0].image.size) <= 1400 and min(images[0].image.size) > 100
    assert images[0].image.format == "JPEG"
    pack.options.photos = False
    write_pdf(pack, tmp_path / "nophoto.pdf")
    reader = pypdf.PdfReader(tmp_path / "nophoto.pdf")
    assert not [image for page in reader.pages for image in page.images]
    text = " ".join(_text(page) for page in reader.pages)
    assert "Шымкенттегі ұлттық үйдің ашылуы" not in text  # no photo, no caption


def _image_objects(reader: Any) -> set[int]:
    found = set()
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        for ref in xobjects.values():
            if ref.get_object().get("/Subtype") == "/Image":
                found.add(ref.idnum)
    return found


def test_letter_paper_and_russian_labels(pack_library: Any, tmp_path: Path) -> None:
    options = PackOptions(
        title="Пакет", paper="letter", labels_language="ru", date=dt.date(2025, 7, 31)
    )
    result, reader = _pack_pdf(pack_library, options, tmp_path / "letter.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = " ".join(_text(page) for page in reader.pages)
    assert "Содержание" in text and "31 июля 2025 г." in text
    assert f"Страница 2 из {result['pages']}" in text


@pytest.mark.parametrize(
    ("language", "partner", "place", "date", "label"),
    [
        ("ru", "ПРООН", "Иссык-Кульская область", "31 июля 2025 г.", "Партнёры"),
        ("kk", "БҰҰДБ", "Ыстықкөл облысы", "2025 ж. 31 шілде", "Серіктестер"),
        ("ky", "БУУӨП", "Ысык-Көл облусу", "2025-ж., 31-июль", "Өнөктөштөр"),
    ],
)
def test_names_and_dates_in_the_pack_language(
    pack_library: Any,
    tmp_path: Path,
    language: str,
    partner: str,
    place: str,
    date: str,
    label: str,
) -> None:
    story = _write_text_story(
        tmp_path / "issyk-kul.md",
        "---\ntitle: Solar panels for Issyk-Kul schools\ndate: 2025-07-31\n"
        "partners: [UNDP]\nplaces: [Issyk-Kul Region]\n---\nA short story.\n",
    )
    pack_library.import_paths([story])
    ids = pack_library.ids_for_query("Solar panels Issyk-Kul")
    options = PackOptions(title="Pack", labels_language=language)
    pack_library.write_pack(ids[:1], options, tmp_path / "pack.pdf", "pdf")
    text = " ".join(_text(page) for page in pypdf.PdfReader(tmp_path / "pack.pdf").pages)
    assert f"{label}: {partner}" in text
    assert place in text and date in text
    assert "Issyk-Kul Region" not in text and "UNDP" not in text


def _write_text_story(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_cancel_leaves_the_existing_file_alone(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "pack.pdf"
    out.write_bytes(b"previous pack")
    pack = pack_of(pack_library, pack_library.story_ids(), pack_options)
    token = CancelToken()

    def progress(done: int, total: int, what: str) -> None:
        if done >= 2:
            token.cancel()  # pressed while the second story is being prepared

    with pytest.raises(Cancelled):
        write_pdf(pack, out, progress=progress, cancel=token)
    assert out.read_bytes() == b"previous pack"
    assert [p.name for p in folder.iterdir()] == ["pack.pdf"]  # no temporary file left


def test_progress_counts_up_to_its_total(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    calls: list[tuple[int, int, str]] = []
    pack = pack_of(pack_library, pack_library.story_ids(), pack_options)
    write_pdf(pack, tmp_path / "p.pdf", progress=lambda *a: calls.append(a))
    done = [c[0] for c in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1]


def test_paint_pack_gives_print_the_same_pages(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPdfWriter

    pack = pack_of(pack_library, pack_library.story_ids(), pack_options)
    expected = write_pdf(pack, tmp_path / "a.pdf").pages
    device = QPdfWriter(str(tmp_path / "b.pdf"))
    device.setResolution(600)  # a printer's resolution differs from the PDF writer's
    configure_device(device, pack.options.paper)
    pages = paint_pack(pack, device)
    del device
    assert pages == expected == len(pypdf.PdfReader(tmp_path / "b.pdf").pages)
