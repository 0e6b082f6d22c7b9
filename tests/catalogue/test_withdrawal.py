"""Delete and undo: stories deleted through the Library come back exactly, and searchable.

Real SQLite catalogue, real Whoosh index, real Pillow images; ``show --json`` compared as
the real command prints it.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from storydesk.errors import StoryDeskError, StoryNotFound
from storydesk.library import Library
from tests.backends import on_both_backends as on_both_backends
from tests.conftest import run_storydesk


def _show(data: Path, story_id: str) -> str:
    result = run_storydesk("show", story_id, "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _all_shown(library: Library) -> dict[str, str]:
    return {
        i: json.dumps(library.get_story(i).to_json(), ensure_ascii=False, indent=2)
        for i in library.story_ids()
    }


def test_undo_puts_every_seed_back_exactly(seeded_library: Library) -> None:
    library = seeded_library
    before = _all_shown(library)
    rows_before = library.story_rows(list(before))
    assert len(before) == 7
    deleted = library.withdraw_stories([*before, "no-such-id"])
    assert set(deleted.ids) == set(before) and deleted.missing == ("no-such-id",)
    assert library.story_ids() == []
    assert library.search("Kazakhstan").total == 0

    assert library.restore_deleted(deleted) == 7
    assert _all_shown(library) == before
    assert library.story_rows(list(before)) == rows_before
    assert library.search("Kazakhstan").total > 0
    assert library.check().ok, library.check().problems


def test_show_json_is_byte_identical_after_undo_and_search_finds_it(
    seeded_library: Library,
) -> None:
    library = seeded_library
    data = library.layout.root
    ids = library.story_ids()
    # the Balykchy story: five images, partners, places, figures
    (target,) = [i for i in ids if "Balykchy" in library.get_story(i).places]
    title = library.get_story(target).title
    library.close()
    before = _show(data, target)
    found_before = json.loads(run_storydesk("search", "Балыкчы", "--json", data_dir=data).stdout)
    assert target in [hit["id"] for hit in found_before["hits"]]

    with Library.open(data) as lib:
        deleted = lib.withdraw_stories([target])
        assert deleted.titles == {target: title}
    assert run_storydesk("show", target, "--json", data_dir=data).returncode == 1
    gone = json.loads(run_storydesk("search", "Балыкчы", "--json", data_dir=data).stdout)
    assert target not in [hit["id"] for hit in gone["hits"]]

    with Library.open(data) as lib:
        assert lib.restore_deleted(deleted) == 1
    assert _show(data, target) == before
    again = json.loads(run_storydesk("search", "Балыкчы", "--json", data_dir=data).stdout)
    assert target in [hit["id"] for hit in again["hits"]]


def test_undo_restores_images_whose_files_stayed(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    out = io.BytesIO()
    Image.new("RGB", (80, 60), (10, 160, 90)).save(out, format="JPEG", quality=90)
    (folder / "p.jpg").write_bytes(out.getvalue())
    (folder / "s.md").write_text(
        "---\ntitle: Green valley\ntags: [water, schools]\nsdgs: [6, 4]\n---\n"
        "![A pump](p.jpg)\n\nThe pump in Talas serves 400 families.\n",
        encoding="utf-8",
    )
    with Library.open(data_dir) as library:
        library.import_paths([folder])
        (story_id,) = library.story_ids()
        before = library.get_story(story_id).to_json()
        assert before["images"][0]["sha256"] and before["tags"]
        deleted = library.withdraw_stories([story_id])
        with pytest.raises(StoryNotFound):
            library.get_story(story_id)
        assert library.restore_deleted(deleted) == 1
        assert library.get_story(story_id).to_json() == before
        assert library.story_page(story_id).images  # the image file is found again
        assert library.check().ok, library.check().problems


def test_undo_after_the_story_was_imported_again_changes_nothing(
    seeded_library: Library, seeds_dir: Path
) -> None:
    library = seeded_library
    ids = library.story_ids()
    deleted = library.withdraw_stories(ids[:2])
    library.import_paths([seeds_dir])  # brings the two back under their own ids
    count = library.stats_stories()
    with pytest.raises(StoryDeskError, match="cannot be put back"):
        library.restore_deleted(deleted)
    assert library.stats_stories() == count


def test_a_copy_of_the_data_folder_is_not_needed_for_undo(seeded_library: Library) -> None:
    """Undo works from what the delete returned, after the library was closed and reopened."""
    data = seeded_library.layout.root
    seeded_library.close()
    with Library.open(data) as library:
        before = _all_shown(library)
        deleted = library.withdraw_stories(list(before)[:3])
    with Library.open(data) as library:
        assert len(library.story_ids()) == 4
        library.restore_deleted(deleted)
        assert _all_shown(library) == before
