"""``Library.sdg_suggestions``: goals proposed for a stored story, never stored themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from storydesk.errors import StoryNotFound
from storydesk.library import Library, SdgSuggestion

WATER_STORY = """---
title: Вода для полей Чуйской долины
language: ru
sdgs: [13]
---
В селе восстановили систему орошения: фермеры получили воду для полей, а жители — чистую
питьевую воду. Проект помогает адаптации к изменению климата: засухи стали чаще.
"""


@pytest.fixture
def water_story(data_dir: Path, tmp_path: Path) -> tuple[Path, str]:
    source = tmp_path / "water.md"
    source.write_text(WATER_STORY, encoding="utf-8")
    with Library.open(data_dir) as library:
        (story_id,) = library.import_paths([source]).stories
    return data_dir, story_id


def test_suggestions_leave_out_the_goals_the_story_has(water_story: tuple[Path, str]) -> None:
    data_dir, story_id = water_story
    with Library.open(data_dir) as library:
        suggestions = library.sdg_suggestions(story_id)
        assert all(isinstance(s, SdgSuggestion) for s in suggestions)
        goals = [s.goal for s in suggestions]
        assert goals[0] == 6
        assert 13 not in goals  # the story has it already
        assert "орошения" in suggestions[0].terms


def test_suggestions_are_never_stored(water_story: tuple[Path, str]) -> None:
    data_dir, story_id = water_story
    with Library.open(data_dir) as library:
        library.sdg_suggestions(story_id)
        assert library.get_story(story_id).sdgs == (13,)
    with Library.open(data_dir) as library:
        assert library.get_story(story_id).sdgs == (13,)
        assert library.summaries([story_id])[story_id].sdgs == (13,)


def test_an_unknown_id_is_refused(data_dir: Path) -> None:
    with Library.open(data_dir) as library, pytest.raises(StoryNotFound):
        library.sdg_suggestions("no-such-story")
