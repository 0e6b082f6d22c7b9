"""Building briefing packs and preparing their content (shared by PDF and HTML)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from storydesk.errors import StoryNotFound
from storydesk.export.pack import (
    PackError,
    PackOptions,
    body_html,
    build_pack,
    format_date,
    story_count_label,
)


def test_build_pack_keeps_order_and_drops_repeats(seeded_library: Any) -> None:
    ids = seeded_library.story_ids()
    wanted = [ids[2], ids[0], ids[2], ids[1]]
    pack = build_pack(seeded_library, wanted, PackOptions(title="T"))
    assert [s["id"] for s in pack.stories] == [ids[2], ids[0], ids[1]]
    assert all("body" in s and "images" in s for s in pack.stories)


def test_build_pack_refuses_nothing_and_unknown_ids(seeded_library: Any) -> None:
    with pytest.raises(PackError):
        build_pack(seeded_library, [], PackOptions(title="T"))
    with pytest.raises(StoryNotFound):
        build_pack(seeded_library, ["no-such-story"], PackOptions(title="T"))


def test_options_check_paper_and_fall_back_for_labels() -> None:
    with pytest.raises(PackError):
        PackOptions(title="T", paper="a3")
    assert PackOptions(title="T", paper="Letter").paper == "letter"
    assert PackOptions(title="T", labels_language="kk").labels_language == "en"
    assert PackOptions(title="  ", labels_language="ru").title == "Информационный пакет"


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


def test_dates_and_counts_in_both_label_languages() -> None:
    assert format_date(dt.date(2025, 7, 31), "en") == "31 July 2025"
    assert format_date("2025-07-31", "ru") == "31 июля 2025"
    assert format_date(None, "en") == ""
    assert story_count_label(1, "en") == "1 story"
    assert story_count_label(21, "ru") == "21 история"
    assert story_count_label(3, "ru") == "3 истории"
    assert story_count_label(12, "ru") == "12 историй"
