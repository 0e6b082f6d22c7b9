"""The Library facade: browsable at once, searchable once the index catches up."""

from __future__ import annotations

from pathlib import Path

from storydesk.library import Library


def test_stories_are_browsable_before_indexed_and_search_says_so(
    data_dir: Path, seeds_dir: Path
) -> None:
    with Library.open(data_dir) as library:
        report = library.import_paths([seeds_dir], index=False)
        assert report.imported == 7
        assert len(library.story_ids()) == 7  # browsable: in the catalogue
        waiting = library.search("ПРООН")
        assert waiting.total == 0 and waiting.pending == 7
        assert library.index_pending() == 7
        found = library.search("ПРООН")
        assert found.total >= 4 and found.pending == 0
        assert library.index_pending() == 0
    # Segments are written as separate files, which Whoosh maps; a compound segment would be
    # copied whole into memory by every reader (hundreds of MB at 10k stories).
    assert not list((data_dir / "index").glob("*.seg"))


def test_unindexed_import_is_indexed_at_next_open(data_dir: Path, seeds_dir: Path) -> None:
    with Library.open(data_dir) as library:
        library.import_paths([seeds_dir], index=False)
    # Closed before indexing (a crash, say): the generations differ, so open rebuilds.
    with Library.open(data_dir) as library:
        result = library.search("Балыкчы")
        assert result.total >= 1 and result.pending == 0


def test_delete_removes_from_catalogue_and_index(data_dir: Path, seeds_dir: Path) -> None:
    with Library.open(data_dir) as library:
        ids = library.import_paths([seeds_dir]).stories
        target = next(h.id for h in library.search("Балыкчы").hits)
        assert library.delete_stories([target, "no-such-id"]) == 1
        assert target not in library.story_ids()
        assert target not in {h.id for h in library.search("Балыкчы").hits}
        assert library.stats()["stories"] == len(ids) - 1
        assert library.check()["ok"]
