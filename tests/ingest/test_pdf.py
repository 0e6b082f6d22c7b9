"""PDF press releases and reports read into stories (``storydesk.ingest.pdfdoc``).

Every PDF here is written in the test by Qt's PDF writer with DejaVu Sans embedded, so the
text is real Cyrillic in a real text layer; pictures are real JPEGs made with Pillow.
Memory on a 200-page report is bounded by reading it in a child process under RLIMIT_AS,
with a generous timeout that fails only on a hang.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter

from storydesk.errors import RejectedInput
from storydesk.ingest import pdfdoc
from storydesk.ingest.documents import read_document
from storydesk.ingest.pdfdoc import read_pdf
from storydesk.ingest.text import read_text
from tests.conftest import run_python_bounded
from tests.ingest import pdf_helpers as h
from tests.ingest.pdf_helpers import LEFT, Line, Page, Picture

MEMORY_LIMIT = 1024 * 1024 * 1024  # 1 GiB of address space for the child
TIMEOUT = 300  # seconds; a 200-page report reads in a few seconds


@pytest.fixture(scope="module")
def folder(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated PDFs, written once for the module."""
    out = tmp_path_factory.mktemp("pdfs")
    h.press_release(out / "release.pdf")
    h.two_columns(out / "columns.pdf")
    h.scanned(out / "scan.pdf")
    return out


def _read(path: Path) -> pdfdoc.StoryDraft:
    drafts = read_pdf(path.read_bytes(), path.name, str(path))
    assert len(drafts) == 1
    return drafts[0]


def _reject(data: bytes) -> str:
    with pytest.raises(RejectedInput) as caught:
        read_pdf(data, "x.pdf", "inbox/x.pdf")
    assert caught.value.path == "inbox/x.pdf"
    return caught.value.reason


def _paragraphs(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


# -- a press release --------------------------------------------------------------------------


def test_the_title_is_the_largest_line_not_the_office_file_name(folder: Path) -> None:
    draft = _read(folder / "release.pdf")
    assert draft.title == h.TITLE
    assert "Microsoft Word" not in draft.title
    assert h.TITLE not in draft.body


def test_the_date_line_becomes_the_date_as_in_a_text_article(folder: Path) -> None:
    draft = _read(folder / "release.pdf")
    assert str(draft.date) == "2025-03-12"
    assert not draft.body.startswith("12 марта 2025")


def test_running_headers_and_page_numbers_are_dropped(folder: Path) -> None:
    body = _read(folder / "release.pdf").body
    assert "Пресс-релиз" not in body
    assert "Стр." not in body
    assert " из 3" not in body


def test_lines_are_rejoined_into_paragraphs_across_pages(folder: Path) -> None:
    paragraphs = _paragraphs(_read(folder / "release.pdf").body)
    assert len(paragraphs) == 6, paragraphs
    assert paragraphs[0].startswith("Бишкек, 12 марта 2025 года. Программа развития ООН")
    assert paragraphs[0].endswith("отдалённых сёл.")
    assert paragraphs[2].startswith("По словам главы айыл окмоту")
    assert paragraphs[-1].startswith("Контакты для прессы")
    assert all("\n" not in p for p in paragraphs)


def test_a_word_hyphenated_at_a_line_end_is_made_whole(folder: Path) -> None:
    body = _read(folder / "release.pdf").body
    assert "устойчивое развитие горных районов" in body
    assert "разви-" not in body and "разви " not in body
    # Hyphens inside a line are the text's own.
    assert "киловатт-часов" in body and "пресс-служба" in body


def test_the_photo_is_kept_with_its_caption_and_credit(folder: Path) -> None:
    draft = _read(folder / "release.pdf")
    assert len(draft.images) == 1
    image = draft.images[0]
    assert image.name == "page1-image1"
    assert image.caption == h.CAPTION
    assert image.credit == "ПРООН"
    assert image.load is not None
    with Image.open(io.BytesIO(image.load())) as photo:
        assert photo.size == (400, 300)
        assert photo.format == "JPEG"
    assert "Фото:" not in draft.body and h.CAPTION not in draft.body


def test_the_dispatcher_reads_a_pdf(folder: Path) -> None:
    data = (folder / "release.pdf").read_bytes()
    drafts = read_document(".pdf", data, "release.pdf", "inbox/release.pdf")
    assert [d.title for d in drafts] == [h.TITLE]


# -- layout -----------------------------------------------------------------------------------


def test_two_columns_are_read_left_then_right_under_a_full_width_title(folder: Path) -> None:
    draft = _read(folder / "columns.pdf")
    assert draft.title == "Вода пришла в каждый дом Кочкора"
    paragraphs = _paragraphs(draft.body)
    assert [p.split()[0] for p in paragraphs] == ["Левая", "Второй", "Правая", "Последний"]
    assert paragraphs[0].endswith("вместе с районной администрацией.")


def test_a_word_processor_layout_keeps_its_title_paragraphs_and_list_items(
    qapp: object, tmp_path: Path
) -> None:
    """Qt lays the text out (wrapped, justified, page numbers of its own), as Word would."""
    texts = [p.replace("\n", "") for p in h.PAGE_ONE + h.PAGE_TWO + h.PAGE_THREE] * 3
    html = (
        f"<h1>{h.TITLE}</h1>"
        + "".join(f"<p align='justify'>{p}</p>" for p in texts)
        + "<p>Участники проекта:</p><ul><li>сельские управы</li><li>колледж Нарына</li></ul>"
    )
    draft = _read(h.text_document(tmp_path / "word.pdf", html))
    assert draft.title == h.TITLE  # two lines at 24 pt, joined
    paragraphs = _paragraphs(draft.body)
    assert paragraphs[:2] == texts[:2]
    assert paragraphs[-3:] == ["Участники проекта:", "сельские управы", "колледж Нарына"]
    assert len(paragraphs) == len(texts) + 3
    assert not any(p.strip().isdigit() for p in paragraphs)


def test_typed_bullets_become_a_list(qapp: object, tmp_path: Path) -> None:
    lines, y = h.flow(["Проект помог трём сёлам Нарынской области:"], 100)
    for n, item in enumerate(["• Эмгек получил солнечную станцию", "• Ак-Талаа — новый мост"]):
        lines.append(Line(item, LEFT + 10, y + n * 15, 11))
    draft = _read(h.write_pdf(tmp_path / "list.pdf", [Page(lines=lines)]))
    assert draft.body.endswith(
        "Проект помог трём сёлам Нарынской области:\n\n"
        "- Эмгек получил солнечную станцию\n- Ак-Талаа — новый мост"
    )


def test_a_hyphen_before_a_capital_is_kept(qapp: object, tmp_path: Path) -> None:
    lines, _ = h.flow(
        [
            "Проект работает в нескольких областях: в Кыргыз-\nРеспублики Таласе и в "
            "соседних районах, где жители строят мосты."
        ],
        100,
    )
    path = h.write_pdf(tmp_path / "capital.pdf", [Page(lines=lines)])
    body = _read(path).body
    assert "Кыргыз-Республики" in body


@pytest.mark.parametrize(
    "footer", ["{n}", "- {n} -", "Page {n} of 3", "Страница {n}", "{n} / 3", "— {n} —", "{r}"]
)
def test_page_numbers_of_common_shapes_are_dropped(
    qapp: object, tmp_path: Path, footer: str
) -> None:
    pages = []
    for n in range(1, 4):
        lines, _ = h.flow([f"Абзац номер {n} рассказывает о работе в районе."], 100)
        number = footer.format(n=n, r=["i", "ii", "iii"][n - 1])
        pages.append(Page(lines=[*lines, Line(number, 290, 800, 9)]))
    body = _read(h.write_pdf(tmp_path / "numbers.pdf", pages)).body
    assert body.count("Абзац номер") == 3
    assert "Page" not in body and "Страница" not in body
    assert not any(p.strip().strip("-—/ ").isdigit() for p in _paragraphs(body)), body
    assert not any(p in ("i", "ii", "iii") for p in _paragraphs(body)), body


def test_a_lone_page_number_is_dropped_from_a_one_page_document(
    qapp: object, tmp_path: Path
) -> None:
    lines, _ = h.flow(["Короткая заметка о новой школе в селе Ак-Талаа."], 100)
    path = h.write_pdf(tmp_path / "one.pdf", [Page(lines=[*lines, Line("1", 290, 800, 9)])])
    assert _paragraphs(_read(path).body) == ["Короткая заметка о новой школе в селе Ак-Талаа."]


def test_a_chapter_running_head_on_three_pages_of_a_long_report_is_dropped(
    qapp: object, tmp_path: Path
) -> None:
    pages = []
    for n in range(1, 11):
        head = "Глава 1. Вода" if n <= 3 else "Глава 2. Энергия"
        lines, _ = h.flow([f"Текст страницы {n} о работе программы в сёлах."], 100)
        pages.append(Page(lines=[Line(f"{head}    {n}", LEFT, 30, 9), *lines]))
    body = _read(h.write_pdf(tmp_path / "chapters.pdf", pages)).body
    assert "Глава" not in body
    assert body.count("Текст страницы") == 10


def test_a_line_in_the_margin_of_one_page_only_is_kept(qapp: object, tmp_path: Path) -> None:
    pages = []
    for n in range(1, 4):
        lines, _ = h.flow([f"Основной текст страницы {n} о работе программы."], 100)
        page = Page(lines=[*lines, Line("Общий колонтитул отчёта", LEFT, 30, 9)])
        pages.append(page)
    pages[2].lines.append(Line("Примечание: данные за 2024 год.", LEFT, 790, 9))
    body = _read(h.write_pdf(tmp_path / "note.pdf", pages)).body
    assert "Общий колонтитул" not in body
    assert "Примечание: данные за 2024 год." in body


# -- titles -----------------------------------------------------------------------------------


def test_a_large_one_word_logo_line_is_not_the_title(qapp: object, tmp_path: Path) -> None:
    page = Page(lines=[Line("ПРООН", LEFT, 40, 28, bold=True)])
    page.lines.append(Line("Школа в Токмоке получила солнечные панели", LEFT, 90, 16, bold=True))
    page.lines += h.flow(["Двести учеников теперь учатся в тёплых классах всю зиму."], 130)[0]
    draft = _read(h.write_pdf(tmp_path / "logo.pdf", [page]))
    assert draft.title == "Школа в Токмоке получила солнечные панели"


def test_the_title_property_is_used_when_no_line_stands_out(qapp: object, tmp_path: Path) -> None:
    lines, _ = h.flow(["Жители села построили новый мост через реку, и дети ходят в школу."], 100)
    path = h.write_pdf(tmp_path / "plain.pdf", [Page(lines=lines)], title="Новый мост в Чуе")
    draft = _read(path)
    assert draft.title == "Новый мост в Чуе"
    assert draft.body.startswith("Жители села построили")


def test_a_junk_title_property_falls_back_to_the_first_line(qapp: object, tmp_path: Path) -> None:
    lines, _ = h.flow(["Мост для школьников", "Жители села построили новый мост через реку."], 100)
    path = h.write_pdf(
        tmp_path / "plain.pdf", [Page(lines=lines)], title="Microsoft Word - doc1.docx"
    )
    draft = _read(path)
    assert draft.title == "Мост для школьников"
    assert draft.body == "Жители села построили новый мост через реку."


# -- pictures ---------------------------------------------------------------------------------


def test_logos_repeated_on_every_page_and_tiny_pictures_are_left_out(
    qapp: object, tmp_path: Path
) -> None:
    logo = h.photo_bytes((240, 120), (10, 60, 150))
    rule = h.photo_bytes((600, 4), (0, 0, 0))
    pages = []
    for n in range(1, 4):
        lines, _ = h.flow([f"Страница {n}: рассказ о проекте продолжается."], 160)
        page = Page(lines=lines, pictures=[Picture(logo, LEFT, 20, 120, 60)])
        page.pictures.append(Picture(rule, LEFT, 130, 475, 2))
        pages.append(page)
    pages[1].pictures.append(Picture(h.photo_bytes(), LEFT, 300, 200, 150))
    draft = _read(h.write_pdf(tmp_path / "logos.pdf", pages))
    assert [i.name for i in draft.images] == ["page2-image3"]


def test_text_going_on_under_a_photo_stays_in_the_body(qapp: object, tmp_path: Path) -> None:
    lines, _ = h.flow(["Жители села Каракол собрались на открытие нового моста."], 100)
    under, _ = h.flow(
        [
            "Мост длиной сорок метров соединил два берега реки, и теперь дети ходят в школу "
            "круглый год, даже весной, когда вода поднимается."
        ],
        356,
    )
    page = Page(lines=lines + under, pictures=[Picture(h.photo_bytes(), LEFT, 130, 476, 220)])
    draft = _read(h.write_pdf(tmp_path / "under.pdf", [page]))
    assert [(i.caption, i.credit) for i in draft.images] == [(None, None)]
    assert "Мост длиной сорок метров соединил два берега" in draft.body
    assert draft.body.endswith("когда вода поднимается.")


def test_scanned_pages_beside_text_pages_are_noted(qapp: object, tmp_path: Path) -> None:
    lines, _ = h.flow(["Сопроводительное письмо к отчёту о работе в районе."], 100)
    scan = Page(pictures=[Picture(h.photo_bytes((600, 840)), 0, 0, 595, 842)])
    draft = _read(h.write_pdf(tmp_path / "mixed.pdf", [Page(lines=lines), scan, scan]))
    assert "2 of 3 pages hold only pictures (scanned); their text was not read" in draft.warnings


def test_a_picture_that_is_not_a_jpeg_is_taken_as_png() -> None:
    chart = Image.new("RGB", (320, 200), (250, 250, 250))
    for x in range(0, 320, 40):
        chart.paste((20, 90, 160), (x + 5, 200 - x // 2 - 20, x + 30, 200))
    data = h.handmade_pdf(
        [
            ("Harvest tripled in three years of the cooperative's work.", 60, 700, 11),
            ("Cooperative harvest by year", 60, 388, 9),
        ],
        chart,
    )
    draft = read_pdf(data, "chart.pdf", "chart.pdf")[0]
    [image] = draft.images
    assert image.caption == "Cooperative harvest by year" and image.load is not None
    with Image.open(io.BytesIO(image.load())) as taken:
        assert taken.format == "PNG" and taken.size == (320, 200)
        assert taken.convert("RGB").getpixel((10, 195)) == (20, 90, 160)
    assert "Cooperative harvest" not in draft.body


def test_a_picture_over_the_pixel_limit_is_refused_when_loaded_by_name(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = _read(folder / "release.pdf")
    monkeypatch.setattr(pdfdoc, "MAX_IMAGE_PIXELS", 400 * 300 - 1)
    assert draft.images[0].load is not None
    with pytest.raises(RejectedInput) as caught:
        draft.images[0].load()
    assert caught.value.path.endswith("release.pdf → page1-image1")
    assert "400×300 pixels, over the limit" in caught.value.reason


def test_pictures_over_the_limit_are_noted(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdfdoc, "MAX_IMAGES", 2)
    lines, _ = h.flow(["Фотоотчёт о посадке деревьев в парке."], 100)
    pictures = [
        Picture(
            h.photo_bytes((200, 150), (40 * k, 90, 30)), LEFT + 150 * (k % 3), 200 + k * 40, 100, 75
        )
        for k in range(4)
    ]
    draft = _read(h.write_pdf(tmp_path / "many.pdf", [Page(lines=lines, pictures=pictures)]))
    assert len(draft.images) == 2
    assert any("2 pictures over the 2 limit were left out" in w for w in draft.warnings)


# -- refused files ------------------------------------------------------------------------------


def test_a_scan_without_a_text_layer_is_refused_by_name(folder: Path) -> None:
    assert _reject((folder / "scan.pdf").read_bytes()) == "no text layer (scanned)"


def test_a_password_protected_pdf_is_refused(folder: Path, tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=folder / "release.pdf")
    writer.encrypt("секрет", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert _reject(buffer.getvalue()) == "is password-protected"


def test_a_pdf_with_only_an_owner_password_is_read(folder: Path) -> None:
    writer = PdfWriter(clone_from=folder / "release.pdf")
    writer.encrypt("", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    drafts = read_pdf(buffer.getvalue(), "x.pdf", "x.pdf")
    assert drafts[0].title == h.TITLE


@pytest.mark.parametrize("share", [0.05, 0.33])
def test_a_truncated_pdf_is_refused_as_damaged(folder: Path, share: float) -> None:
    data = (folder / "release.pdf").read_bytes()
    assert _reject(data[: int(len(data) * share)]) == "is damaged: not a readable PDF"


@pytest.mark.parametrize("data", [b"data", b"PK\x03\x04" + b"\x00" * 200, b"%PDF-1.7\n%%EOF"])
def test_bytes_that_are_not_a_pdf_are_refused_as_damaged(data: bytes) -> None:
    assert _reject(data) == "is damaged: not a readable PDF"


def test_a_pdf_of_blank_pages_holds_no_story(qapp: object, tmp_path: Path) -> None:
    path = h.write_pdf(tmp_path / "blank.pdf", [Page(), Page()])
    assert read_pdf(path.read_bytes(), "blank.pdf", "blank.pdf") == []


# -- limits -----------------------------------------------------------------------------------


def test_pages_over_the_limit_are_noted_and_not_read(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = h.long_document(tmp_path / "long.pdf", pages=8)
    monkeypatch.setattr(pdfdoc, "MAX_PAGES", 5)
    draft = _read(path)
    assert "страницы 5 " in draft.body
    assert "страницы 6 " not in draft.body
    assert "only the first 5 of 8 pages were read" in draft.warnings


def test_text_over_the_limit_is_cut_and_noted(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = h.long_document(tmp_path / "long.pdf", pages=6)
    monkeypatch.setattr(pdfdoc, "MAX_CHARS", 1_000)
    draft = _read(path)
    assert "страницы 1 " in draft.body
    assert "страницы 4 " not in draft.body
    assert any(w.startswith("text was cut at 1,000 characters") for w in draft.warnings)


def test_a_200_page_report_is_read_in_bounded_memory(qapp: object, tmp_path: Path) -> None:
    path = h.long_document(tmp_path / "report.pdf", pages=200)
    out = run_python_bounded(
        f"""
            import json
            from pathlib import Path
            from storydesk.ingest.pdfdoc import read_pdf

            data = Path({str(path)!r}).read_bytes()
            draft = read_pdf(data, "report.pdf", "report.pdf")[0]
            print(json.dumps({{
                "title": draft.title,
                "paragraphs": draft.body.count("\\n\\n") + 1,
                "last": "страницы 200 " in draft.body,
                "headers": "Пресс-релиз" in draft.body or "Стр." in draft.body,
                "images": len(draft.images),
            }}))
            """,
        tmp_path,
        memory=MEMORY_LIMIT,
        timeout=TIMEOUT,
    )
    assert out == {
        "title": "Годовой отчёт программы развития",
        "paragraphs": 800,
        "last": True,
        "headers": False,
        "images": 0,
    }


def test_the_text_reader_sees_the_same_article_as_a_text_file(folder: Path) -> None:
    """The PDF's story matches what the plain-text reader makes of the same words."""
    pdf = _read(folder / "release.pdf")
    text = "\n\n".join(
        [h.TITLE, "12 марта 2025", *(p.replace("разви-\nтие", "развитие") for p in h.PAGE_ONE)]
    )
    plain = read_text(text, "release.txt")[0]
    assert pdf.date == plain.date
    assert pdf.body.startswith(plain.body)
