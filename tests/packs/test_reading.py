"""Packs that read well: no page holding only a story's tail, the summary as a lead, a
cover that says what the pack covers, files anyone may read."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest

from storydesk.packs.html import write_html
from storydesk.packs.model import (
    PackOptions,
    build_pack,
    count_label,
    format_date,
    name_list,
    pack_cover,
)
from storydesk.packs.pdf import _units, layout_pack, write_pdf
from tests.packs.conftest import pack_of

# Words without digits, so that no key figures are found in the generated stories.
FILLER = (
    "The school in the valley was heated with coal for many years and the classrooms were "
    "cold in winter. Solar panels now stand on the roof and the boiler runs on electricity. "
    "The director says children no longer sit through lessons in their coats, parents no "
    "longer collect money for coal, and teachers see more pupils come in the coldest weeks."
)
CLOSING = "Teachers parents and pupils all say the warm classrooms changed the winter"
WORDS = CLOSING.split()
SOURCE_NAME = "inform.kz"
SOURCE_URL = "https://www.inform.kz/en/solar-schools"


def _story(base: Any, paragraphs: int, words: int, **changes: Any) -> Any:
    """``base`` with a generated body: ``paragraphs`` of filler, then one of ``words`` words."""
    last = " ".join(WORDS[i % len(WORDS)] for i in range(words)).capitalize() + "."
    body = "\n\n".join([FILLER] * paragraphs + ([last] if words else []))
    values: dict[str, Any] = {
        "title": "Solar panels warm the schools of the valley",
        "summary": None,
        "body": body,
        "images": (),
        "figures": (),
        "author": None,
        "source_name": SOURCE_NAME,
        "source_url": SOURCE_URL,
    }
    values.update(changes)
    return dataclasses.replace(base, **values)


def _pages(story: Any, flow: bool) -> int:
    """How many pages ``story`` takes in a pack, laid out with or without the flow rules."""
    from PySide6.QtGui import QPdfWriter

    from storydesk.packs.pdf import configure_device

    writer = QPdfWriter(os.devnull)
    writer.setResolution(1200)
    pack = build_pack([story], PackOptions(title="Pack"))
    configure_device(writer, "a4")
    layout, _ = layout_pack(pack, writer, flow=flow)
    return layout.documents[0].pageCount()


def _lonely_source(base: Any) -> Any:
    """A story whose source line falls alone on its last page when nothing is kept
    together: the layout without the source takes a page fewer."""
    for paragraphs in (6, 9):
        for words in range(0, 240, 4):
            story = _story(base, paragraphs, words)
            bare = dataclasses.replace(story, source_name=None, source_url=None)
            if _pages(story, flow=False) > _pages(bare, flow=False):
                return story
    raise AssertionError("no body length leaves the source line alone")


def _pdftotext_pages(pdf: Path) -> list[list[str]]:
    """Each page's non-empty lines, as ``pdftotext -layout`` reads them."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (Debian's poppler-utils; .ci/run installs it)")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [
        [line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")
    ]


def _starts(pdf: Path) -> list[int]:
    """The page index each story starts on, from the PDF's outline."""
    reader: Any = pypdf.PdfReader(pdf)
    return [int(reader.get_destination_page_number(item)) for item in reader.outline]


def _fonts(page: Any) -> list[Any]:
    return list(page["/Resources"]["/Font"].values())


def _story_lines(page: list[str]) -> list[str]:
    """A story page's lines without its running header (first line) and footer (last)."""
    assert page[0].startswith("Pack") and re.fullmatch(r"Page \d+ of \d+", page[-1]), page
    return page[1:-1]


@pytest.fixture
def base_story(seeded_library: Any) -> Any:
    return seeded_library.stories(seeded_library.story_ids()[:1])[0]


def test_no_page_holds_only_the_source_line(base_story: Any, tmp_path: Path) -> None:
    story = _lonely_source(base_story)
    out = tmp_path / "pack.pdf"
    result = write_pdf(build_pack([story], PackOptions(title="Pack")), out)
    pages = _pdftotext_pages(out)
    starts = _starts(out)
    story_pages = [_story_lines(page) for page in pages[starts[0] : result.pages]]
    assert len(story_pages) >= 2
    for lines in story_pages:
        text = [line for line in lines if not line.startswith(("Source:", SOURCE_URL))]
        assert len(text) >= 2, lines  # never the source alone, nor one line and the source
    last = story_pages[-1]
    assert last[-2:] == [f"Source: {SOURCE_NAME}", SOURCE_URL]


def _split_counts(document: Any) -> Iterator[tuple[int, int, int]]:
    """For each unit cut by a page break: (lines, lines before the break, lines after)."""
    height = document.pageSize().height()
    for unit in _units(document):
        pages = [int((top + bottom) / 2 // height) for top, bottom in unit.lines]
        if pages[0] != pages[-1]:
            yield len(pages), pages.count(pages[0]), pages.count(pages[-1])


@pytest.mark.parametrize("paragraphs", [9, 14])
def test_paragraphs_keep_two_lines_each_side_of_a_page_break(
    base_story: Any, paragraphs: int
) -> None:
    from PySide6.QtGui import QPdfWriter

    from storydesk.packs.pdf import configure_device

    seen_cut = 0
    for words in range(0, 160, 7):
        story = _story(base_story, paragraphs, words, source_name=None, source_url=None)
        writer = QPdfWriter(os.devnull)
        writer.setResolution(1200)
        configure_device(writer, "a4")
        layout, _ = layout_pack(build_pack([story], PackOptions(title="Pack")), writer)
        document = layout.documents[0]
        for lines, before, after in _split_counts(document):
            seen_cut += 1
            assert before >= 2 and after >= 2, (words, lines, before, after)
        height = document.pageSize().height()
        units = _units(document)
        last_page = int(units[-1].lines[-1][1] // height)
        on_last = [
            line for unit in units for line in unit.lines if int(line[0] // height) == last_page
        ]
        assert len(on_last) >= 2 or document.pageCount() == 1, words
    assert seen_cut  # the sweep met page breaks inside paragraphs


def test_summary_is_a_lead_before_the_photo_in_pdf(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    stories = pack_library.stories(["kk-shymkent-house"])
    lead = "Жаңа ұлттық үй жастарға арналған үйірмелер мен кездесулер өтетін орын болды."
    stories[0] = dataclasses.replace(stories[0], summary=lead)
    out = tmp_path / "lead.pdf"
    write_pdf(build_pack(stories, pack_options), out)
    reader = pypdf.PdfReader(out)
    start = _starts(out)[0]
    lines = _pdftotext_pages(out)[start]
    text = " ".join(lines)
    title = text.index("Шымкентте ұлттық үй")
    meta = text.index("Әйгерім Сейітова")
    at = text.index(lead[:30])
    caption = text.index("Шымкенттегі ұлттық үйдің ашылуы")
    body = text.index("Шымкентте әкімдік")
    assert title < meta < at < caption < body
    # Upright: no oblique face is used on the story's first page.
    fonts = [str(ref.get_object()["/BaseFont"]) for ref in _fonts(reader.pages[start])]
    assert fonts and not [f for f in fonts if "Oblique" in f], fonts
    assert any("Bold" in f for f in fonts)


def test_summary_is_a_lead_before_the_photo_in_html(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    stories = pack_library.stories(["kk-shymkent-house"])
    lead = "Жаңа ұлттық үй жастарға арналған орын болды."
    stories[0] = dataclasses.replace(stories[0], summary=lead)
    out = tmp_path / "lead.html"
    write_html(build_pack(stories, pack_options), out)
    raw = out.read_text(encoding="utf-8")
    article = raw[raw.index('<article class="story"') :]
    assert 'class="summary"' not in raw
    positions = [
        article.index("<h2>"),
        article.index('<p class="meta">'),
        article.index(f'<p class="lead">{lead}</p>'),
        article.index("<figure>"),
        article.index("<figcaption>"),
        article.index('<div class="body">'),
    ]
    assert positions == sorted(positions)
    css = raw[raw.index("<style>") : raw.index("</style>")]
    rule = re.search(r"\.story \.lead \{([^}]*)\}", css)
    assert rule and "font-style: normal" in rule.group(1) and "font-weight: bold" in rule.group(1)


def test_html_print_rules_keep_the_tail_with_what_comes_before(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    out = tmp_path / "pack.html"
    write_html(pack_of(pack_library, pack_library.story_ids(), pack_options), out)
    raw = out.read_text(encoding="utf-8")
    css = raw[raw.index("<style>") : raw.index("</style>")]
    media = css[css.rindex("@media print") :]
    kept = re.search(r"([^{}]*)\{\s*break-before: avoid; page-break-before: avoid; \}", media)
    assert kept, media
    selectors = {s.strip() for s in kept.group(1).split(",")}
    assert {".story .source", ".story .figures", ".story .body > :last-child"} <= selectors
    assert re.search(r"\.story \.source \{ break-inside: avoid;", media)
    assert "orphans: 2; widows: 2;" in media
    # The source is the story's last element, after the body and the key figures.
    article = raw[raw.index('id="story-1"') :]
    article = article[: article.index("</article>")]
    assert article.rindex('<p class="source">') > article.rindex('<div class="body">')


def _cover_text(pdf: Path) -> str:
    return " ".join(" ".join(_pdftotext_pages(pdf)[0]).split())


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ru",
            [
                "Визит в Казахстан и Кыргызстан",
                "UNDP Central Asia",
                "1 августа 2025 г.",
                "Места: ",
                "Шымкент",
                "Казахстан",
                "Партнёры: ПРООН",
            ],
        ),
        (
            "en",
            [
                "Визит в Казахстан и Кыргызстан",
                "1 August 2025",
                "Places: ",
                "Shymkent",
                "Kazakhstan",
                "Partners: UNDP",
            ],
        ),
    ],
)
def test_pdf_cover_says_what_the_pack_covers(
    pack_library: Any,
    pack_options: PackOptions,
    tmp_path: Path,
    language: str,
    expected: list[str],
) -> None:
    pack_options.labels_language = language
    ids = ["kk-shymkent-house"] + [
        i for i in pack_library.story_ids() if i not in {"kk-shymkent-house", "hostile-story"}
    ]
    out = tmp_path / "cover.pdf"
    result = pack_library.write_pack(ids, pack_options, out, "pdf")
    cover = _cover_text(out)
    for words in expected:
        assert words in cover, (words, cover)
    stories = count_label(len(ids), "story", language)
    assert f"{stories} · {count_label(result.pages, 'page', language)}" in cover
    assert result.pages == len(pypdf.PdfReader(out).pages)
    # The first story's lead photo is on the cover.
    assert pypdf.PdfReader(out).pages[0].images
    if language == "ru":
        assert "Shymkent" not in cover and "UNDP," not in cover.replace("UNDP Central", "")


def test_cover_has_no_photo_when_no_story_has_one(pack_library: Any, tmp_path: Path) -> None:
    ids = [i for i in pack_library.story_ids() if i != "kk-shymkent-house"]
    options = PackOptions(title="Text only", labels_language="ru", date=dt.date(2026, 12, 2))
    out = tmp_path / "text.pdf"
    result = pack_library.write_pack(ids, options, out, "pdf")
    reader = pypdf.PdfReader(out)
    assert not reader.pages[0].images
    cover = _cover_text(out)
    assert "2 декабря 2026 г." in cover
    assert f"· {count_label(result.pages, 'page', 'ru')}" in cover
    html_out = tmp_path / "text.html"
    pack_library.write_pack(ids, options, html_out, "html")
    raw = html_out.read_text(encoding="utf-8")
    assert "<img" not in raw[: raw.index("</header>")]


@pytest.mark.parametrize(
    ("language", "places", "partners", "count"),
    [
        ("ru", "Места:", "Партнёры:</b> ПРООН", "историй"),
        ("en", "Places:", "Partners:</b> UNDP", "stories"),
    ],
)
def test_html_cover_says_what_the_pack_covers(
    pack_library: Any,
    pack_options: PackOptions,
    tmp_path: Path,
    language: str,
    places: str,
    partners: str,
    count: str,
) -> None:
    pack_options.labels_language = language
    out = tmp_path / "cover.html"
    ids = pack_library.story_ids()
    pack_library.write_pack(ids, pack_options, out, "html")
    raw = out.read_text(encoding="utf-8")
    cover = raw[raw.index('<header class="cover">') : raw.index("</header>")]
    assert places in cover and partners in cover
    assert f"{len(ids)} {count}" in cover or count_label(len(ids), "story", language) in cover
    assert re.search(r'<figure class="cover-photo"><img src="data:image/jpeg;base64,', cover)
    assert format_date(dt.date(2025, 8, 1), language) in cover  # "1 августа 2025 г."


def test_cover_names_most_named_first_then_and_n_more(
    pack_library: Any, pack_options: PackOptions
) -> None:
    from storydesk.packs.model import prepare_stories

    pack_options.photos = False
    pack = pack_of(pack_library, pack_library.story_ids(), pack_options)
    stories = prepare_stories(pack, 100, 50)
    cover = pack_cover(stories, limit=2)
    every = pack_cover(stories, limit=1000)
    assert cover.places == every.places[:2]
    assert cover.more_places == len(every.places) - 2 > 0
    counts = [sum(p in s.where for s in stories) for p in every.places]
    assert counts == sorted(counts, reverse=True)
    assert cover.photo is None and cover.photo_story == 0
    assert name_list(["Бишкек", "Нарын"], 3, "ru") == "Бишкек, Нарын\u00a0и\u00a0ещё\u00a03"
    assert name_list(["Bishkek"], 0, "en") == "Bishkek"
    assert name_list(["Bishkek", "Naryn"], 4, "en") == "Bishkek, Naryn\u00a0and\u00a04\u00a0more"


def test_page_counts_take_the_plural_the_language_needs() -> None:
    assert [count_label(n, "page", "ru") for n in (1, 2, 5, 12, 21, 22)] == [
        "1 страница",
        "2 страницы",
        "5 страниц",
        "12 страниц",
        "21 страница",
        "22 страницы",
    ]
    assert count_label(12, "page", "en") == "12 pages"
    assert count_label(1, "page", "en") == "1 page"
    assert count_label(12, "page", "kk") == "12 бет"


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_packs_are_written_0644_whatever_the_umask(
    pack_library: Any, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"pack.{fmt}"
    previous = os.umask(0o077)
    try:
        pack_library.write_pack(pack_library.story_ids()[:2], PackOptions(title="Modes"), out, fmt)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
