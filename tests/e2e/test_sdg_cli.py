"""SDG suggestions in ``storydesk show``, run as a user runs it on the seeds."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import SEEDS, run_storydesk


def storydesk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command on the data folder ``data`` (``--data-dir``, as a user passes it)."""
    return run_storydesk("--data-dir", str(data), *args, data_dir=data)


DIGITAL = "В Алматы могут создать Центр цифровых решений ООН"

WATER_STORY = """---
title: Water for the fields
language: en
sdgs: [13]
---
The irrigation canals were rebuilt and every household now has clean drinking water.
Farmers say the harvest doubled, and the district is better prepared for climate change.
"""


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    data = tmp_path_factory.mktemp("sdg") / "data"
    result = storydesk(data, "import", str(SEEDS))
    assert result.returncode == 0, result.stderr
    stories = json.loads(storydesk(data, "list", "--json").stdout)
    return data, stories


def test_show_json_carries_sdg_suggestions_for_every_seed(seeded: tuple[Path, list]) -> None:
    data, stories = seeded
    assert stories
    given = {}
    for story in stories:
        result = storydesk(data, "show", story["id"], "--json")
        assert result.returncode == 0, result.stderr
        shown = json.loads(result.stdout)
        assert isinstance(shown["sdg_suggestions"], list)
        for suggestion in shown["sdg_suggestions"]:
            assert set(suggestion) == {"goal", "name", "score", "terms"}
            assert suggestion["goal"] not in shown["sdgs"]
            assert suggestion["terms"]
        given[story["title"]] = [s["goal"] for s in shown["sdg_suggestions"]]
    # The seed about a UN centre for digital solutions is about innovation (goal 9).
    assert given[DIGITAL][0] == 9


def test_show_prints_the_suggestions_line(seeded: tuple[Path, list]) -> None:
    data, stories = seeded
    story_id = next(s["id"] for s in stories if s["title"] == DIGITAL)
    result = storydesk(data, "show", story_id)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("Suggested SDGs: ")]
    assert len(lines) == 1
    assert lines[0].startswith("Suggested SDGs: 9 Industry, Innovation and Infrastructure (")


def test_goals_the_file_names_stay_and_are_not_suggested(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = tmp_path / "water.md"
    source.write_text(WATER_STORY, encoding="utf-8")
    assert storydesk(data, "import", str(source)).returncode == 0
    (story,) = json.loads(storydesk(data, "list", "--json").stdout)
    for _ in range(2):  # showing twice: nothing was stored the first time
        shown = json.loads(storydesk(data, "show", story["id"], "--json").stdout)
        assert shown["sdgs"] == [13]
        goals = [s["goal"] for s in shown["sdg_suggestions"]]
        assert goals[0] == 6 and 13 not in goals
        assert "irrigation" in shown["sdg_suggestions"][0]["terms"]
    assert json.loads(storydesk(data, "list", "--json").stdout)[0]["sdgs"] == [13]
    text = storydesk(data, "show", story["id"]).stdout
    assert "SDGs:         13" in text
    assert "Suggested SDGs: 6 Clean Water and Sanitation (" in text


def test_a_story_with_nothing_to_suggest_prints_no_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = tmp_path / "match.md"
    source.write_text(
        "---\ntitle: The match\nlanguage: en\n---\nThe team won 2-1 and fans sang.\n",
        encoding="utf-8",
    )
    assert storydesk(data, "import", str(source)).returncode == 0
    (story,) = json.loads(storydesk(data, "list", "--json").stdout)
    shown = json.loads(storydesk(data, "show", story["id"], "--json").stdout)
    assert shown["sdg_suggestions"] == []
    assert "Suggested SDGs" not in storydesk(data, "show", story["id"]).stdout
