"""Translations found at import, as a user meets them: ``storydesk import`` then ``show``."""

from __future__ import annotations

import json
from pathlib import Path

from storydesk.library import Library
from tests.conftest import SEEDS, run_storydesk

RU = "Креативные индустрии: скачок навстречу устойчивому развитию Казахстана"
EN = "Creative Industries: Leap towards sustainable development in Kazakhstan"


def _stories(data: Path) -> dict[str, dict]:
    result = run_storydesk("list", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    return {s["title"]: s for s in json.loads(result.stdout)}


def _translations(data: Path, story_id: str) -> list[str]:
    result = run_storydesk("show", story_id, "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["translations"]


def _all_translations(data: Path) -> dict[str, list[str]]:
    """Every story's translations, read through the Library after the command has run."""
    with Library.open(data) as library:
        return {i: list(library.get_story(i).translations) for i in library.story_ids()}


def test_importing_the_seeds_links_their_one_translation_pair(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_storydesk("import", str(SEEDS), data_dir=data)
    assert result.returncode == 0, result.stderr
    stories = _stories(data)
    ru, en = stories[RU]["id"], stories[EN]["id"]
    assert _translations(data, ru) == [en] and _translations(data, en) == [ru]
    linked = {story_id: found for story_id, found in _all_translations(data).items() if found}
    assert linked == {ru: [en], en: [ru]}, "no two unrelated seeds are linked"

    # Importing the seeds again changes nothing.
    result = run_storydesk("import", str(SEEDS), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert {k: v for k, v in _all_translations(data).items() if v} == linked


def test_unlinking_by_hand_survives_importing_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_storydesk("import", str(SEEDS), data_dir=data).returncode == 0
    stories = _stories(data)
    ru, en = stories[RU]["id"], stories[EN]["id"]
    assert _translations(data, ru) == [en]
    result = run_storydesk("unlink", ru, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert _translations(data, ru) == [] and _translations(data, en) == []

    # A re-import of the same files, and of a changed copy, never links them again.
    assert run_storydesk("import", str(SEEDS), data_dir=data).returncode == 0
    assert not any(_all_translations(data).values())
    copy = tmp_path / "seeds"
    copy.mkdir()
    for seed in SEEDS.iterdir():
        text = seed.read_text(encoding="utf-8")
        (copy / seed.name).write_text(text + "\n\nUpdated.\n", encoding="utf-8")
    result = run_storydesk("import", str(copy), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert not any(_all_translations(data).values())

    # Linking by hand again still works, and wins.
    assert run_storydesk("link", ru, en, data_dir=data).returncode == 0
    assert _translations(data, ru) == [en]


def test_deleting_and_undoing_keeps_the_found_pair(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Library.open(data) as library:
        library.import_paths([SEEDS])
        ids = {library.get_story(i).title: i for i in library.story_ids()}
        ru, en = ids[RU], ids[EN]
        assert library.get_story(ru).translations == (en,)
        for deleting in (ru, en):
            deleted = library.withdraw_stories([deleting])
            survivor = en if deleting == ru else ru
            assert library.get_story(survivor).translations == ()
            assert library.restore_deleted(deleted) == 1
            assert library.get_story(ru).translations == (en,)
            assert library.get_story(en).translations == (ru,)
        deleted = library.withdraw_stories([ru, en])
        library.restore_deleted(deleted)
        assert library.get_story(en).translations == (ru,)
    # And the command line sees it after the app closed.
    assert _translations(data, ru) == [en]


def test_deleted_story_is_not_relinked_and_undo_respects_a_hand_decision(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Library.open(data) as library:
        library.import_paths([SEEDS])
        ids = {library.get_story(i).title: i for i in library.story_ids()}
        ru, en = ids[RU], ids[EN]
        deleted = library.withdraw_stories([ru])
        library.unlink_translation(en)  # decided by hand while the Russian one was away
        library.restore_deleted(deleted)
        assert library.get_story(en).translations == ()
        assert library.get_story(ru).translations == ()
