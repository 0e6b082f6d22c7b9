"""Editing a story's metadata: one transaction, the index follows, history, and re-imports
that keep the edit and report where the file disagrees."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from storydesk.errors import StoryDeskError, StoryNotFound
from storydesk.library import EDITABLE_FIELDS, Library
from tests.backends import on_both_backends as on_both_backends
from tests.conftest import SEEDS

RU = "Креативные индустрии"


def _id(library: Any, fragment: str) -> str:
    for story_id, summary in library.summaries(library.story_ids()).items():
        if fragment in summary.title:
            return story_id
    raise AssertionError(fragment)


def test_cli_field_list_is_the_librarys() -> None:
    from storydesk import cli

    assert cli.EDITABLE_FIELDS == EDITABLE_FIELDS


def test_edit_changes_fields_records_history_and_updates_the_index(seeded_library: Any) -> None:
    ru = _id(seeded_library, RU)
    before = seeded_library.get_story(ru)
    result = seeded_library.edit_story(
        ru,
        {
            "title": "  Креативная экономика Казахстана  ",
            "date": dt.date(2023, 1, 2),
            "partners": [*before.partners, "ПРООН"],  # an alias, in Russian
            "countries": ["Қазақстан"],
            "sdgs": [8, "11"],
            "tags": ["креативная экономика"],
            "summary": "",
        },
    )
    story = result.story
    assert story.title == "Креативная экономика Казахстана"
    assert story.date == dt.date(2023, 1, 2)
    assert "UNDP" in story.partners and "ПРООН" not in story.partners
    assert story.countries == ("Kazakhstan",)
    assert story.sdgs == (8, 11)
    assert story.tags == ("креативная экономика",)
    assert result.revision is not None
    assert set(result.changed) == {"title", "date", "sdgs", "tags"} | (
        {"partners"} if "UNDP" not in before.partners else set()
    ) | ({"countries"} if before.countries != ("Kazakhstan",) else set()) | (
        {"summary"} if before.summary else set()
    )
    history = seeded_library.story_history(ru)
    assert {entry.field for entry in history} == set(result.changed)
    assert all(entry.revision == result.revision for entry in history)
    title = next(entry for entry in history if entry.field == "title")
    assert (title.old, title.new, title.action) == (before.title, story.title, "edit")
    assert title.machine is not None
    date = next(entry for entry in history if entry.field == "date")
    assert (date.old, date.new) == (before.date_text, "2023-01-02")
    # The index holds the new title: a search finds it, and the index is in step.
    assert ru in seeded_library.ids_for_query("экономика")
    assert seeded_library.check().ok, seeded_library.check().problems
    # Facets follow: the story now counts under goal 8.
    assert ru in seeded_library.ids_for_query("sdg:8")


def test_same_values_are_no_edit(seeded_library: Any) -> None:
    ru = _id(seeded_library, RU)
    story = seeded_library.get_story(ru)
    generation = seeded_library.generation()
    result = seeded_library.edit_story(
        ru, {"title": story.title, "partners": list(story.partners), "sdgs": list(story.sdgs)}
    )
    assert result.changed == () and result.revision is None
    assert seeded_library.story_history(ru) == []
    assert seeded_library.generation() == generation


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"title": "   "}, "title"),
        ({"date": "2024-13-01"}, "not a date"),
        ({"sdgs": [18]}, "1 to 17"),
        ({"sdgs": ["six"]}, "not a goal"),
        ({"language": "Klingon"}, "not a language"),
        ({"body": "x"}, "can be edited"),
        ({"partners": "UNDP"}, "list of names"),
    ],
)
def test_bad_values_are_refused_naming_the_field_and_change_nothing(
    seeded_library: Any, changes: dict[str, object], words: str
) -> None:
    ru = _id(seeded_library, RU)
    before = seeded_library.get_story(ru)
    with pytest.raises(StoryDeskError, match=words):
        seeded_library.edit_story(ru, {"tags": ["kept?"], **changes})
    assert seeded_library.get_story(ru) == before
    assert seeded_library.story_history(ru) == []


def test_unknown_story_is_not_found(seeded_library: Any) -> None:
    with pytest.raises(StoryNotFound):
        seeded_library.edit_story("no-such-story", {"title": "x"})


def test_a_new_partner_becomes_a_directory_entry(seeded_library: Any) -> None:
    ru = _id(seeded_library, RU)
    story = seeded_library.edit_story(ru, {"partners": ["Ассоциация пчеловодов Иссык-Куля"]}).story
    assert story.partners == ("Ассоциация пчеловодов Иссык-Куля",)
    assert any(p.name == "Ассоциация пчеловодов Иссык-Куля" for p in seeded_library.partners())


def test_undo_is_an_edit_back_and_ends_the_local_mark(seeded_library: Any, seeds_dir: Path) -> None:
    ru = _id(seeded_library, RU)
    before = seeded_library.get_story(ru)
    seeded_library.edit_story(ru, {"title": "Временный заголовок"})
    seeded_library.edit_story(ru, {"title": before.title}, action="undo")
    assert seeded_library.get_story(ru).title == before.title
    assert [e.action for e in seeded_library.story_history(ru)] == ["undo", "edit"]
    # Back at the file's value: re-importing is no conflict.
    report = seeded_library.import_paths([seeds_dir])
    assert report.conflicts == []


def test_reimport_keeps_the_edit_and_reports_the_conflict(
    seeded_library: Any, seeds_dir: Path
) -> None:
    ru = _id(seeded_library, RU)
    original = seeded_library.get_story(ru)
    seeded_library.edit_story(ru, {"title": "Отредактировано здесь", "sdgs": [8]})
    report = seeded_library.import_paths([seeds_dir])
    story = seeded_library.get_story(ru)
    assert story.title == "Отредактировано здесь" and story.sdgs == (8,)
    conflicts = {c["field"]: c for c in report.conflicts if c["id"] == ru}
    assert set(conflicts) == {"title", "sdgs"}
    assert conflicts["title"]["local"] == "Отредактировано здесь"
    assert conflicts["title"]["incoming"] == original.title
    assert conflicts["title"]["path"].endswith(".txt")
    assert report.to_json()["conflicts"][0].keys() >= {"id", "field", "local", "incoming"}
    pending = {c.field for c in seeded_library.conflicts([ru])}
    assert pending == {"title", "sdgs"}
    # The index still holds the edited title.
    assert ru in seeded_library.ids_for_query("Отредактировано")

    # Keep mine: the same file again is no longer a conflict for that field.
    seeded_library.resolve_conflict(ru, "title", "mine")
    # Take theirs: the file's value comes back, and the field follows the file again.
    assert seeded_library.resolve_conflict(ru, "sdgs", "theirs").sdgs == original.sdgs
    assert seeded_library.conflicts([ru]) == []
    report = seeded_library.import_paths([seeds_dir])
    assert [c for c in report.conflicts if c["id"] == ru] == []
    assert seeded_library.get_story(ru).title == "Отредактировано здесь"
    actions = [(e.field, e.action) for e in seeded_library.story_history(ru)]
    assert actions[:2] == [("sdgs", "theirs"), ("title", "mine")]
    with pytest.raises(StoryDeskError, match="no conflict"):
        seeded_library.resolve_conflict(ru, "title", "theirs")


def _write_story(path: Path, title: str, date: str, partner: str, body: str) -> None:
    path.write_text(
        f"---\nid: edit-probe\ntitle: {title}\nlanguage: ru\ndate: {date}\n"
        f"partners: [{partner}]\n---\n\n{body}\n",
        encoding="utf-8",
    )


def test_newer_file_updates_unedited_fields_and_keeps_edited_ones(
    data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "in" / "story.md"
    source.parent.mkdir()
    _write_story(source, "Вода для сёл", "2024-03-01", "UNICEF", "Первая версия текста.")
    with Library.open(data_dir) as library:
        library.import_paths([source])
        library.edit_story("edit-probe", {"date": "2024-03-05"})
        # The file changes its title and body (not edited here) and its date (edited here).
        _write_story(source, "Чистая вода для сёл", "2024-03-02", "UNICEF", "Вторая версия.")
        report = library.import_paths([source])
        story = library.get_story("edit-probe")
        assert story.title == "Чистая вода для сёл"
        assert story.body.strip() == "Вторая версия."
        assert story.date == dt.date(2024, 3, 5)
        assert report.updated == 1
        assert [(c["field"], c["local"], c["incoming"]) for c in report.conflicts] == [
            ("date", "2024-03-05", "2024-03-02")
        ]
        # The file comes round to the edited date: the edit is absorbed, no conflict.
        _write_story(source, "Чистая вода для сёл", "2024-03-05", "UNICEF", "Вторая версия.")
        assert library.import_paths([source]).conflicts == []
        assert library.conflicts() == []
        # And from now on the date follows the file again.
        _write_story(source, "Чистая вода для сёл", "2024-04-01", "UNICEF", "Вторая версия.")
        library.import_paths([source])
        assert library.get_story("edit-probe").date == dt.date(2024, 4, 1)


def test_edits_and_history_survive_delete_and_undo(seeded_library: Any, seeds_dir: Path) -> None:
    ru = _id(seeded_library, RU)
    seeded_library.edit_story(ru, {"title": "Отредактировано"})
    deleted = seeded_library.withdraw_stories([ru])
    seeded_library.restore_deleted(deleted)
    assert [e.field for e in seeded_library.story_history(ru)] == ["title"]
    report = seeded_library.import_paths([seeds_dir])
    assert seeded_library.get_story(ru).title == "Отредактировано"
    assert any(c["id"] == ru and c["field"] == "title" for c in report.conflicts)


def test_edit_is_kept_in_a_catalogue_copied_elsewhere(seeded_library: Any, tmp_path: Path) -> None:
    ru = _id(seeded_library, RU)
    seeded_library.edit_story(ru, {"tags": ["на проверке"]})
    root = seeded_library.layout.root
    seeded_library.close()
    copy = tmp_path / "copy"
    shutil.copytree(root, copy)
    with Library.open(copy) as library:
        assert library.get_story(ru).tags == ("на проверке",)
        assert library.story_history(ru)[0].new == ["на проверке"]


def test_seeds_fixture_is_the_shared_one() -> None:
    assert (SEEDS / "001_7d01e38258ca0667.txt").exists()


def test_an_edit_that_makes_two_stories_one_language_unlinks_them_and_back(
    seeded_library: Any,
) -> None:
    ru = _id(seeded_library, RU)
    en = _id(seeded_library, "Creative Industries")
    assert seeded_library.get_story(ru).translations == (en,)  # found at import
    seeded_library.edit_story(en, {"language": "ru"})
    assert seeded_library.get_story(ru).translations == ()
    seeded_library.edit_story(en, {"language": "en"}, action="undo")
    assert seeded_library.get_story(ru).translations == (en,)
    assert seeded_library.get_story(en).translations == (ru,)
