"""The reading pane's HTML is built safely from hostile story text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from storydesk.gui.storyhtml import link, parse_link, story_html
from storydesk.library import KeyFigure, Story, StoryPage

pytestmark = pytest.mark.gui


def test_story_text_is_escaped_and_raw_html_is_not_passed_through() -> None:
    story = Story(
        id="x",
        title="<script>alert(1)</script>",
        language=None,
        date=None,
        countries=(),
        places=(),
        partners=('"><img src=x onerror=alert(1)>',),
        sdgs=(),
        tags=(),
        author=None,
        source_name=None,
        source_url="javascript:alert(1)",
        summary=None,
        body="Hello <b>bold</b> <iframe src='http://evil'></iframe>\n\n![p](http://evil/x.png)",
        images=(),
        figures=(KeyFigure("4000", "<i>people</i>", "4000 people"),),
        translations=(),
        origin_file=None,
        origin_bundle=None,
    )
    page = story_html(StoryPage(story, images=(), translations=()))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<iframe" not in page and "&lt;iframe" in page
    assert "<b>bold</b>" not in page
    assert "http://evil/x.png" not in page, "remote images are never loaded"
    assert "<img src=x" not in page
    assert 'href="javascript:' not in page


def test_links_round_trip_through_qurl() -> None:
    for value in ("UNDP", "Министерство культуры", "A & B / C?"):
        url = QUrl(link("sd-partner", value))
        assert parse_link(url) == ("sd-partner", value)
    assert parse_link(QUrl("https://example.org/a b"))[0] == ""


def _with_figures(*figures: KeyFigure) -> str:
    story = Story(
        id="x",
        title="t",
        language="ru",
        date=None,
        countries=(),
        places=(),
        partners=(),
        sdgs=(),
        tags=(),
        author=None,
        source_name=None,
        source_url=None,
        summary=None,
        body="b",
        images=(),
        figures=figures,
        translations=(),
        origin_file=None,
        origin_bundle=None,
    )
    return story_html(StoryPage(story, images=(), translations=()))


def test_a_key_figure_is_said_once_with_its_number_in_bold() -> None:
    page = _with_figures(
        KeyFigure("4000", "молодых людей", "более 4000 молодых людей"),
        KeyFigure("<5%", "<i>x</i>", ""),
    )
    assert "<td>более <b>4000</b> молодых людей</td>" in page
    assert page.count("молодых людей") == 1  # not value | counts | phrase
    # Without its phrase a figure is its number and what it counts, escaped.
    assert "<td><b>&lt;5%</b> &lt;i&gt;x&lt;/i&gt;</td>" in page
