"""Building briefing packs and preparing their content (shared by PDF and HTML)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from storydesk.errors import PackError, StoryNotFound
from storydesk.packs.model import (
    PackOptions,
    PackResult,
    body_html,
    build_pack,
    count_label,
    default_pack_title,
    format_date,
    story_count_label,
)


def test_a_pack_keeps_the_order_asked_and_drops_repeats(seeded_library: Any) -> None:
    ids = seeded_library.story_ids()
    wanted = [ids[2], ids[0], ids[2], ids[1]]
    pack = build_pack(seeded_library.stories(wanted), PackOptions(title="T"))
    assert [s.id for s in pack.stories] == [ids[2], ids[0], ids[1]]
    assert all(s.body and s.images is not None for s in pack.stories)


def test_a_pack_refuses_nothing_and_unknown_ids(seeded_library: Any, tmp_path: Path) -> None:
    with pytest.raises(PackError):
        build_pack([], PackOptions(title="T"))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PackError):
        seeded_library.write_pack([], PackOptions(title="T"), out / "p.html", "html")
    with pytest.raises(StoryNotFound):
        seeded_library.write_pack(["no-such-story"], PackOptions(title="T"), out / "p.html", "html")
    with pytest.raises(PackError, match="pdf or html"):
        seeded_library.write_pack(
            seeded_library.story_ids(), PackOptions(title="T"), out / "p.doc", "doc"
        )
    assert list(out.iterdir()) == []


def test_options_check_paper_and_fall_back_for_labels() -> None:
    with pytest.raises(PackError):
        PackOptions(title="T", paper="a3")
    assert PackOptions(title="T", paper="Letter").paper == "letter"
    assert PackOptions(title="T", labels_language="KK").labels_language == "kk"
    assert PackOptions(title="T", labels_language="uz").labels_language == "en"
    assert PackOptions(title="  ", labels_language="ru").title == "Брифинг-пакет"
    assert default_pack_title("ru") == default_pack_title("ky") == "Брифинг-пакет"
    assert default_pack_title("tg") == default_pack_title("en") == "Briefing pack"


def test_body_html_has_no_links_images_or_raw_html() -> None:
    rendered = body_html(
        "Text with [a site](https://example.org/page) and <script>alert(1)</script>\n\n"
        "![photo](https://tracker.example/p.gif) <img src=x onerror=alert(1)>\n\n"
        "[js](javascript:alert(1)) <a href='https://evil.example'>x</a>\n\n"
        "# Heading"
    )
    assert "<a" not in rendered and "<img" not in rendered and "<script" not in rendered
    assert re.search(r"<[a-z0-9]+\s", rendered) is None  # no element carries attributes
    assert "a site (https://example.org/page)" in rendered
    assert "&lt;script&gt;" in rendered
    assert "[photo]" in rendered
    assert "<h3>Heading</h3>" in rendered  # body headings sit under the story's title


def test_dates_in_every_label_language() -> None:
    # CLDR keeps the year and its abbreviation together with a narrow no-break space.
    assert format_date(dt.date(2025, 7, 31), "en") == "31 July 2025"
    assert format_date("2025-07-31", "ru") == "31 июля 2025\u202fг."
    assert format_date("2025-07-31", "kk") == "2025\u202fж. 31 шілде"
    assert format_date("2025-07-31", "ky") == "2025-ж., 31-июль"
    # Every month in the form a date needs (genitive in Russian), as the packs print them.
    assert [format_date(dt.date(2025, m, 1), "ru").split()[1] for m in (1, 3, 5, 8, 12)] == [
        "января",
        "марта",
        "мая",
        "августа",
        "декабря",
    ]
    assert format_date(dt.date(2024, 2, 29), "en") == "29 February 2024"
    assert format_date(dt.date(2025, 1, 5), "tg") == "5 January 2025"  # no labels: English
    assert format_date(None, "en") == format_date("", "ru") == ""
    assert format_date("spring 2025", "en") == "spring 2025"


@pytest.mark.parametrize(
    ("count", "language", "label"),
    [
        (1, "en", "1 story"),
        (2, "en", "2 stories"),
        (0, "en", "0 stories"),
        (21, "en", "21 stories"),
        (1, "ru", "1 история"),
        (21, "ru", "21 история"),
        (3, "ru", "3 истории"),
        (24, "ru", "24 истории"),
        (5, "ru", "5 историй"),
        (11, "ru", "11 историй"),
        (12, "ru", "12 историй"),
        (111, "ru", "111 историй"),
        (0, "ru", "0 историй"),
        (1, "kk", "1 оқиға"),
        (5, "kk", "5 оқиға"),
        (5, "ky", "5 окуя"),
        (5, "tg", "5 stories"),
    ],
)
def test_story_counts_take_the_plural_the_language_needs(
    count: int, language: str, label: str
) -> None:
    assert story_count_label(count, language) == label


def test_page_counts_and_the_written_pack_say_one_story_not_one_stories() -> None:
    assert count_label(1, "page", "en") == "1 page"
    assert count_label(22, "page", "ru") == "22 страницы"
    one = PackResult(path=Path("p.pdf"), stories=1, pages=3, bytes=10)
    assert one.counts() == "1 story, 3 pages"
    assert PackResult(Path("p.html"), 2, None, 10).counts() == "2 stories"
    assert one.to_json() == {"path": "p.pdf", "stories": 1, "pages": 3, "bytes": 10}
    assert list(one.to_json()) == ["path", "stories", "pages", "bytes"]


def test_the_command_line_offers_every_label_language() -> None:
    from storydesk.cli import UsageError, build_parser
    from storydesk.library import LABEL_LANGUAGES

    parser = build_parser()
    for language in LABEL_LANGUAGES:
        args = parser.parse_args(["export", "--format", "pdf", "-o", "p.pdf", "--labels", language])
        assert args.labels == language
    with pytest.raises(UsageError, match="invalid choice: 'tg'"):
        parser.parse_args(["export", "--format", "pdf", "-o", "p.pdf", "--labels", "tg"])
