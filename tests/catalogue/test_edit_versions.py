"""A story's version: shown by ``show --json``, raised by every change, and named by an edit
that must not overwrite a change it did not see (``edit --if-version``, the app's form).

On a data folder's own SQLite catalogue, as two StoryDesks on one folder would meet; the
same on a shared catalogue is in test_shared_writers.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storydesk.errors import StoryChangedElsewhere, StoryDeskError
from storydesk.library import Library
from tests.conftest import run_storydesk

RU = "Креативные индустрии"


def _id(library: Any, fragment: str) -> str:
    for story_id, summary in library.summaries(library.story_ids()).items():
        if fragment in summary.title:
            return story_id
    raise AssertionError(fragment)


def test_every_change_raises_the_version_and_an_edit_from_an_old_one_is_refused(
    seeded_library: Any,
) -> None:
    story_id = _id(seeded_library, RU)
    opened = seeded_library.get_story(story_id)
    assert opened.version >= 1
    assert seeded_library.story_page(story_id).story.version == opened.version
    other = Library.open(seeded_library.layout.root)  # a second StoryDesk, same folder
    try:
        theirs = other.edit_story(story_id, {"tags": ["theirs"]}, expected_version=opened.version)
        assert theirs.story.version > opened.version
        assert theirs.before == {"tags": list(opened.tags)}
    finally:
        other.close()
    generation = seeded_library.generation()
    with pytest.raises(StoryChangedElsewhere) as refused:
        seeded_library.edit_story(
            story_id, {"title": "Mine", "tags": ["mine"]}, expected_version=opened.version
        )
    message = str(refused.value)
    assert message.startswith(f"story {story_id} (")
    assert "changed by someone else since it was opened here (on " in message
    assert "UTC); nothing was saved" in message
    assert refused.value.version == theirs.story.version
    # Nothing changed: not the story, not its history, not the generation.
    story = seeded_library.get_story(story_id)
    assert (story.title, story.tags, story.version) == (
        opened.title,
        ("theirs",),
        theirs.story.version,
    )
    assert [e.new for e in seeded_library.story_history(story_id)] == [["theirs"]]
    assert seeded_library.generation() == generation
    # The same values as the story has: nothing to save, and the version stays.
    same = seeded_library.edit_story(story_id, {"tags": ["theirs"]}, expected_version=story.version)
    assert (same.changed, same.revision, same.story.version) == ((), None, story.version)


def test_an_edit_of_a_story_deleted_meanwhile_says_it_is_gone(seeded_library: Any) -> None:
    story_id = _id(seeded_library, RU)
    version = seeded_library.get_story(story_id).version
    seeded_library.delete_stories([story_id])
    with pytest.raises(StoryDeskError, match="no story has the id"):
        seeded_library.edit_story(story_id, {"title": "Gone"}, expected_version=version)


def test_edit_if_version_on_the_command_line(seeded_template: Path, tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(seeded_template, data)
    with Library.open(data) as library:
        story_id = _id(library, RU)
    shown = run_storydesk("show", story_id, "--json", data_dir=data)
    assert shown.returncode == 0, shown.stderr
    version = json.loads(shown.stdout)["version"]
    assert isinstance(version, int) and version >= 1

    first = run_storydesk(
        "edit", story_id, "--title", "First", "--if-version", str(version), "--json", data_dir=data
    )
    assert first.returncode == 0, first.stderr
    after = json.loads(first.stdout)
    assert after["title"] == "First" and after["version"] > version

    stale = run_storydesk(
        "edit", story_id, "--title", "Second", "--if-version", str(version), data_dir=data
    )
    assert stale.returncode == 1
    assert stale.stdout == ""
    lines = stale.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: story ")
    assert "changed by someone else" in lines[0] and "nothing was saved" in lines[0]
    assert "Traceback" not in stale.stderr

    bad = run_storydesk("edit", story_id, "--title", "Third", "--if-version", "0", data_dir=data)
    assert bad.returncode == 2
    with Library.open(data) as library:
        assert library.get_story(story_id).title == "First"
        assert [e.new for e in library.story_history(story_id)] == ["First"]
