"""The reading pane's page: a story's goals by name, and goals suggested from its text with
Confirm — never shown as the story's own goals, and escaped like everything else."""

from __future__ import annotations

import pytest

from storydesk.gui.storyhtml import link, parse_link, story_html
from storydesk.library import SdgSuggestion, Story, StoryPage

pytestmark = pytest.mark.gui


def _story(sdgs: tuple[int, ...]) -> Story:
    return Story(
        id="s1",
        title="Water for Naryn",
        language="en",
        date=None,
        countries=(),
        places=(),
        partners=(),
        sdgs=sdgs,
        tags=(),
        author=None,
        source_name=None,
        source_url=None,
        summary=None,
        body="Irrigation canals and drinking water.",
        images=(),
        figures=(),
        translations=(),
        origin_file=None,
        origin_bundle=None,
    )


def test_suggested_goals_are_listed_with_confirm_under_the_story_goals() -> None:
    suggestions = [
        SdgSuggestion(6, "Clean Water and Sanitation", 0.9, ("water", "<b>irrigation</b>")),
        SdgSuggestion(13, "Climate Action", 0.6, ("climate",)),
    ]
    page = story_html(StoryPage(_story((13,)), (), ()), suggestions=suggestions)
    assert "Goal 13 · Climate Action" in page  # the story's own goal, by name
    assert "Suggested SDGs" in page
    assert f'href="{link("sd-confirm-sdg", "6")}"' in page
    assert "Goal 6 · Clean Water and Sanitation" in page
    assert "suggested: water, &lt;b&gt;irrigation&lt;/b&gt;" in page
    assert "<b>irrigation</b>" not in page
    # a goal the story has already is not suggested again
    assert link("sd-confirm-sdg", "13") not in page
    assert parse_link(link("sd-confirm-sdg", "6")) == ("sd-confirm-sdg", "6")


def test_no_suggestions_no_row() -> None:
    page = story_html(StoryPage(_story(()), (), ()))
    assert "Suggested SDGs" not in page and "sd-confirm-sdg" not in page
