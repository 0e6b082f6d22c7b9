"""Translations linked and unlinked by hand: groups, refusals, and re-imports that keep them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from storydesk.catalogue.db import SCHEMA_HEAD
from storydesk.errors import StoryDeskError, StoryNotFound
from storydesk.library import Library
from tests.backends import on_both_backends as on_both_backends

RU = "Креативные индустрии"
EN = "Creative Industries"


def _id(library: Any, fragment: str) -> str:
    for story_id, summary in library.summaries(library.story_ids()).items():
        if fragment in summary.title:
            return story_id
    raise AssertionError(fragment)


def _by_language(library: Any, language: str, but: tuple[str, ...] = ()) -> str:
    for story_id, summary in library.summaries(library.story_ids()).items():
        if summary.language == language and story_id not in but:
            return story_id
    raise AssertionError(language)


def _other_story(library: Any, language: str, *but: str) -> str:
    """A story in ``language`` that is none of ``but`` (the seeds' Russian stories are many)."""
    return _by_language(library, language, but)


def test_linking_two_stories_shows_each_in_the_others_translations(seeded_library: Any) -> None:
    ru, en = _id(seeded_library, RU), _id(seeded_library, EN)
    assert seeded_library.get_story(ru).translations == (en,), "found at import"
    before = seeded_library.generation()
    assert seeded_library.link_translations([ru, en]) == sorted([ru, en])
    assert seeded_library.get_story(ru).translations == (en,)
    assert seeded_library.get_story(en).translations == (ru,)
    assert seeded_library.generation() != before
    page = seeded_library.story_page(ru)
    assert [t.id for t in page.translations] == [en]
    # The search index follows the catalogue's generation: no rebuild is due.
    assert seeded_library.check().ok, seeded_library.check().problems


def test_linking_joins_groups(seeded_library: Any, tmp_path: Path) -> None:
    ru, en = _id(seeded_library, RU), _id(seeded_library, EN)
    seeded_library.link_translations([ru, en])
    # A third story in a third language: write one and import it.
    kk = tmp_path / "kk.md"
    kk.write_text(
        "---\ntitle: Креативті индустриялар\nlanguage: kk\ndate: 2024-02-12\n---\n\n"
        "Қазақстандағы креативті индустриялар туралы мақала.\n",
        encoding="utf-8",
    )
    seeded_library.import_paths([kk])
    third = _id(seeded_library, "Креативті индустриялар")
    seeded_library.link_translations([en, third])
    assert set(seeded_library.get_story(ru).translations) == {en, third}
    assert set(seeded_library.get_story(en).translations) == {ru, third}
    assert set(seeded_library.get_story(third).translations) == {ru, en}


def test_same_language_and_unknown_ids_are_refused_and_change_nothing(
    seeded_library: Any,
) -> None:
    ru, en = _id(seeded_library, RU), _id(seeded_library, EN)
    other_ru = _other_story(seeded_library, "ru", ru)
    generation = seeded_library.generation()
    with pytest.raises(StoryDeskError, match="same language"):
        seeded_library.link_translations([ru, other_ru])
    with pytest.raises(StoryNotFound, match="no-such-story"):
        seeded_library.link_translations([ru, "no-such-story"])
    with pytest.raises(StoryDeskError, match="two or more"):
        seeded_library.link_translations([ru])
    with pytest.raises(StoryNotFound, match="no-such-story"):
        seeded_library.unlink_translation("no-such-story")
    # Joining a group that would then hold two Russian stories is refused too.
    seeded_library.link_translations([ru, en])
    with pytest.raises(StoryDeskError, match="same language"):
        seeded_library.link_translations([en, other_ru])
    assert seeded_library.get_story(other_ru).translations == ()
    assert seeded_library.get_story(en).translations == (ru,)
    assert generation != seeded_library.generation()


def test_unlinking_takes_one_story_out_and_keeps_the_others(
    seeded_library: Any, tmp_path: Path
) -> None:
    ru, en = _id(seeded_library, RU), _id(seeded_library, EN)
    kk = tmp_path / "kk.md"
    kk.write_text(
        "---\ntitle: Креативті индустриялар\nlanguage: kk\n---\n\nМақала.\n", encoding="utf-8"
    )
    seeded_library.import_paths([kk])
    third = _id(seeded_library, "Креативті индустриялар")
    seeded_library.link_translations([ru, en, third])
    assert seeded_library.unlink_translation(en) == sorted([ru, third])
    assert seeded_library.get_story(en).translations == ()
    assert seeded_library.get_story(ru).translations == (third,)
    assert seeded_library.get_story(third).translations == (ru,)


def test_hand_made_links_survive_importing_the_seeds_again(
    seeded_library: Any, seeds_dir: Path
) -> None:
    ru, en = _id(seeded_library, RU), _id(seeded_library, EN)
    seeded_library.link_translations([ru, en])
    seeded_library.import_paths([seeds_dir])
    assert seeded_library.get_story(ru).translations == (en,)
    assert seeded_library.get_story(en).translations == (ru,)


def test_links_survive_a_changed_file_imported_again(tmp_path: Path) -> None:
    """A re-import that rewrites the stories (changed text) keeps the hand-made group."""
    folder = tmp_path / "stories"
    folder.mkdir()
    ru_file, en_file = folder / "ru.md", folder / "en.md"
    ru_file.write_text("---\ntitle: Вода\nlanguage: ru\n---\n\nТекст.\n", encoding="utf-8")
    en_file.write_text("---\ntitle: Water\nlanguage: en\n---\n\nText.\n", encoding="utf-8")
    with Library.open(tmp_path / "data") as library:
        library.import_paths([folder])
        ru, en = _id(library, "Вода"), _id(library, "Water")
        library.link_translations([ru, en])
        ru_file.write_text(
            "---\ntitle: Вода\nlanguage: ru\n---\n\nТекст, исправленный.\n", encoding="utf-8"
        )
        report = library.import_paths([folder])
        assert report.updated == 1
        assert library.get_story(ru).translations == (en,)


def test_unlinking_survives_front_matter_that_names_the_translation(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    (folder / "en.md").write_text(
        "---\nid: water-en\ntitle: Water\nlanguage: en\ntranslations: water-ru\n---\n\nText.\n",
        encoding="utf-8",
    )
    (folder / "ru.md").write_text(
        "---\nid: water-ru\ntitle: Вода\nlanguage: ru\n---\n\nТекст.\n", encoding="utf-8"
    )
    with Library.open(tmp_path / "data") as library:
        library.import_paths([folder])
        ru, en = _id(library, "Вода"), _id(library, "Water")
        assert library.get_story(en).translations == (ru,), "front matter links them"
        assert library.unlink_translation(ru) == [en]
        assert library.get_story(en).translations == ()
        library.import_paths([folder])
        (folder / "en.md").write_text(
            "---\nid: water-en\ntitle: Water\nlanguage: en\ntranslations: water-ru\n---\n\n"
            "Text, changed.\n",
            encoding="utf-8",
        )
        library.import_paths([folder])
        assert library.get_story(en).translations == ()
        assert library.get_story(ru).translations == ()
        # Linking by hand again is still possible.
        library.link_translations([ru, en])
        assert library.get_story(en).translations == (ru,)


@pytest.mark.sqlite_only("ages the SQLite file by hand to an older schema")
def test_a_catalogue_from_before_hand_made_links_is_upgraded(
    seeded_template: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "old"
    shutil.copytree(seeded_template, folder)
    catalogue = folder / "catalogue.sqlite3"
    with sqlite3.connect(catalogue) as connection:
        # A catalogue of schema 0001: none of the tables later migrations add.
        for table in (
            "manual_translations",
            "story_edits",
            "local_fields",
            "detected_translations",
            "collection_stories",
            "collections",
            "saved_searches",
            "publisher_keys",
            "story_tombstones",
            "story_changes",
            "media_blobs",
        ):
            connection.execute(f"DROP TABLE {table}")
        connection.execute("DROP INDEX ix_stories_publisher_key")
        connection.execute("ALTER TABLE stories DROP COLUMN publisher_key")
        connection.execute("ALTER TABLE stories DROP COLUMN version")
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    with Library.open(folder) as library:
        ru, en = _id(library, RU), _id(library, EN)
        library.link_translations([ru, en])
        assert library.get_story(ru).translations == (en,)
    with sqlite3.connect(catalogue) as connection:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == (SCHEMA_HEAD,)


def test_unlinking_one_story_leaves_the_other_front_matter_links(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    (folder / "en.md").write_text(
        "---\nid: water-en\ntitle: Water\nlanguage: en\ntranslations: [water-ru, water-kk]\n"
        "---\n\nText.\n",
        encoding="utf-8",
    )
    (folder / "ru.md").write_text(
        "---\nid: water-ru\ntitle: Вода\nlanguage: ru\n---\n\nТекст.\n", encoding="utf-8"
    )
    (folder / "kk.md").write_text(
        "---\nid: water-kk\ntitle: Су\nlanguage: kk\n---\n\nМәтін.\n", encoding="utf-8"
    )
    with Library.open(tmp_path / "data") as library:
        library.import_paths([folder])
        en, ru, kk = _id(library, "Water"), _id(library, "Вода"), _id(library, "Су")
        assert set(library.get_story(en).translations) == {ru, kk}
        library.unlink_translation(ru)
        assert library.get_story(en).translations == (kk,)
        assert library.get_story(kk).translations == (en,)
        assert library.get_story(ru).translations == ()


def test_undoing_a_delete_keeps_a_link_made_by_hand(tmp_path: Path, seeds_dir: Path) -> None:
    with Library.open(tmp_path / "data") as library:
        library.import_paths([seeds_dir])
        by_language: dict[str, str] = {}
        for story_id, summary in library.summaries(library.story_ids()).items():
            by_language.setdefault(summary.language or "", story_id)
        russian, english = by_language["ru"], by_language["en"]
        library.link_translations([russian, english])
        deleted = library.withdraw_stories([english])
        assert english not in library.get_story(russian).translations
        library.restore_deleted(deleted)
        assert english in library.get_story(russian).translations
        assert russian in library.get_story(english).translations


def test_a_bundle_carries_the_links_made_by_hand(tmp_path: Path, seeds_dir: Path) -> None:
    with Library.open(tmp_path / "data") as library:
        library.import_paths([seeds_dir])
        russian, english = _by_language(library, "ru"), _by_language(library, "en")
        library.link_translations([russian, english])
        bundle = tmp_path / "pair.storybundle"
        library.create_bundle([russian, english], bundle)
    with Library.open(tmp_path / "office") as office:
        office.import_paths([bundle])
        assert english in office.get_story(russian).translations
        assert russian in office.get_story(english).translations
