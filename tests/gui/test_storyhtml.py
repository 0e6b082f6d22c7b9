"""The reading pane's HTML is built safely from hostile story text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl

from storydesk.gui.storyhtml import link, parse_link, story_html

pytestmark = pytest.mark.gui


def test_story_text_is_escaped_and_raw_html_is_not_passed_through() -> None:
    story: dict[str, Any] = {
        "id": "x",
        "title": "<script>alert(1)</script>",
        "partners": ['"><img src=x onerror=alert(1)>'],
        "body": "Hello <b>bold</b> <iframe src='http://evil'></iframe>\n\n![p](http://evil/x.png)",
        "source_url": "javascript:alert(1)",
        "images": [],
        "figures": [{"value": "4000", "counts": "<i>people</i>", "text": "4000 people"}],
    }
    page = story_html(story)
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
