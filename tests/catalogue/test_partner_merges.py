"""Merging two partners: stories relinked, aliases combined, and the merge kept."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from storydesk.catalogue.views import PartnerSummary
from storydesk.errors import StoryDeskError
from storydesk.library import Library
from tests.backends import catalogue_sql
from tests.backends import on_both_backends as on_both_backends
from tests.conftest import SEEDS

SOURCE, TARGET = "Kazinform", "DKNews.kz"


def _partner(library: Library, name: str) -> PartnerSummary | None:
    return next((p for p in library.partners() if p.name == name), None)


def _stories_of(library: Library, name: str) -> set[str]:
    return {hit.id for hit in library.search(f'partner:"{name}"', limit=100).hits}


@pytest.fixture
def folder(seeded_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "seeded"
    shutil.copytree(seeded_template, copy)
    if os.environ.get("STORYDESK_DATABASE_URL"):  # a fresh shared catalogue: seed it too
        with Library.open(copy) as library:
            library.import_paths([SEEDS])
    return copy


def test_merge_relinks_stories_and_combines_aliases(folder: Path) -> None:
    with Library.open(folder) as library:
        before_source = _stories_of(library, SOURCE)
        before_target = _stories_of(library, TARGET)
        assert before_source and before_target
        merge = library.merge_partners("Казинформ", "ДКНьюс")  # both by an alias
        assert (merge.source, merge.target) == (SOURCE, TARGET)
        assert merge.stories == sorted(before_source)
        assert _partner(library, SOURCE) is None
        target = _partner(library, TARGET)
        assert target is not None
        assert target.stories == len(before_source | before_target)
        assert {SOURCE, "Казинформ", "МИА Казинформ"} <= set(target.aliases)
        for story_id in before_source:
            partners = library.get_story(story_id).partners
            assert SOURCE not in partners
            assert list(partners).count(TARGET) == 1
        # A filter by any of the source's names finds the stories, now under the target.
        assert _stories_of(library, "МИА Казинформ") == before_source | before_target
        facets = library.search("", limit=100, facets=True).facets["partners"]
        assert SOURCE not in facets
        assert facets[TARGET] == len(before_source | before_target)


def test_merge_survives_reimport_and_directory_sync(folder: Path, seeds_dir: Path) -> None:
    with Library.open(folder) as library:
        expected = _stories_of(library, SOURCE) | _stories_of(library, TARGET)
        library.merge_partners(SOURCE, TARGET)
        library.import_paths([seeds_dir])
        assert _partner(library, SOURCE) is None
        assert _stories_of(library, TARGET) == expected
    # A new directory version makes the next open sync the directory again.
    catalogue_sql(folder, "DELETE FROM settings WHERE key = 'directory_version'")
    with Library.open(folder) as library:
        assert _partner(library, SOURCE) is None
        target = _partner(library, TARGET)
        assert target is not None and SOURCE in target.aliases
        assert target.stories == len(expected)
        library.import_paths([seeds_dir])
        assert _partner(library, SOURCE) is None
        assert _stories_of(library, "Казинформ") == expected


def test_a_new_story_naming_the_source_links_the_target(folder: Path, tmp_path: Path) -> None:
    stories = tmp_path / "new"
    stories.mkdir()
    (stories / "news.md").write_text(
        "---\nid: merged-news\ntitle: News agencies\nlanguage: ru\n"
        "partners: [МИА Казинформ, Kazinform, DKNews.kz]\n---\n\nТекст истории.\n",
        encoding="utf-8",
    )
    with Library.open(folder) as library:
        library.merge_partners(SOURCE, TARGET)
        library.import_paths([stories])
        assert library.get_story("merged-news").partners == (TARGET,)
        assert _partner(library, SOURCE) is None
        assert "merged-news" in _stories_of(library, "Kazinform")


def test_merging_twice_follows_the_first_merge(folder: Path, seeds_dir: Path) -> None:
    with Library.open(folder) as library:
        library.merge_partners(SOURCE, TARGET)
        library.merge_partners(TARGET, "UNDP")
        library.import_paths([seeds_dir])
        names = {p.name for p in library.partners()}
        assert SOURCE not in names and TARGET not in names
        undp = _partner(library, "UNDP")
        assert undp is not None and {SOURCE, TARGET} <= set(undp.aliases)


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        ("No Such Org", TARGET, "no partner is named 'No Such Org'"),
        (SOURCE, "Nobody", "no partner is named 'Nobody'"),
        (SOURCE, "Казинформ", "are the same partner"),
    ],
)
def test_merge_refuses_unknown_or_same(
    folder: Path, source: str, target: str, message: str
) -> None:
    with Library.open(folder) as library:
        generation = library.generation()
        with pytest.raises(StoryDeskError, match=message):
            library.merge_partners(source, target)
        assert library.generation() == generation
        assert _partner(library, SOURCE) is not None
