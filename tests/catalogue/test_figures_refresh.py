"""Key figures found by an older finder are found again when a catalogue is opened, once:
a catalogue of a previous StoryDesk gets the figures a fresh import would give."""

from __future__ import annotations

from pathlib import Path

from storydesk.ingest.extract import story_figures
from storydesk.ingest.figures import FIGURES_VERSION
from storydesk.library import FIGURES_SETTING, Library
from tests.backends import catalogue_sql
from tests.backends import on_both_backends as on_both_backends


def _figures(catalogue: Path) -> dict[str, list[tuple[str, str, str]]]:
    rows = catalogue_sql(
        catalogue.parent,
        "SELECT story_id, value, counts, text FROM figures ORDER BY story_id, position",
    )
    found: dict[str, list[tuple[str, str, str]]] = {}
    for story_id, value, counts, text in rows:
        found.setdefault(story_id, []).append((value, counts, text))
    return found


def _age(catalogue: Path, version: str | None) -> None:
    """Make the catalogue look as an older StoryDesk left it: other figures, old version."""
    data = catalogue.parent
    catalogue_sql(data, "DELETE FROM figures")
    for (story_id,) in catalogue_sql(data, "SELECT id FROM stories"):
        catalogue_sql(
            data,
            "INSERT INTO figures (story_id, position, value, counts, text) "
            "VALUES (:id, 0, '90-day', 'action plans', '90-day action plans')",
            id=story_id,
        )
    if version is None:
        catalogue_sql(data, "DELETE FROM settings WHERE key = :key", key=FIGURES_SETTING)
    else:
        catalogue_sql(
            data,
            "UPDATE settings SET value = :value WHERE key = :key",
            value=version,
            key=FIGURES_SETTING,
        )


def test_figures_of_an_older_finder_are_found_again_once(seeds_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Library.open(data) as library:
        library.import_paths([seeds_dir])
        stories = {s.id: s for s in library.list_stories()}
        bodies = {i: library.get_story(i) for i in stories}
    catalogue = data / "catalogue.sqlite3"
    fresh = _figures(catalogue)
    assert fresh, "the seeds have key figures"

    for version in (None, str(FIGURES_VERSION - 1)):
        _age(catalogue, version)
        assert all(
            rows == [("90-day", "action plans", "90-day action plans")]
            for rows in _figures(catalogue).values()
        )
        with Library.open(data):
            pass
        assert _figures(catalogue) == fresh
        for story_id, story in bodies.items():
            expected = [
                (f.value, f.counts, f.text) for f in story_figures(story.body, story.language)
            ]
            assert fresh.get(story_id, []) == expected

    # Once the stored figures are the current finder's, an open leaves them alone.
    catalogue_sql(data, "UPDATE figures SET text = 'kept' WHERE position = 0")
    with Library.open(data):
        pass
    assert all(rows[0][2] == "kept" for rows in _figures(catalogue).values())
