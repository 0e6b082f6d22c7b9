"""Key figures found by an older finder are found again when a catalogue is opened, once:
a catalogue of a previous StoryDesk gets the figures a fresh import would give."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storydesk.ingest.extract import story_figures
from storydesk.ingest.figures import FIGURES_VERSION
from storydesk.library import FIGURES_SETTING, Library


def _figures(catalogue: Path) -> dict[str, list[tuple[str, str, str]]]:
    with sqlite3.connect(catalogue) as db:
        rows = db.execute(
            "SELECT story_id, value, counts, text FROM figures ORDER BY story_id, position"
        ).fetchall()
    found: dict[str, list[tuple[str, str, str]]] = {}
    for story_id, value, counts, text in rows:
        found.setdefault(story_id, []).append((value, counts, text))
    return found


def _age(catalogue: Path, version: str | None) -> None:
    """Make the catalogue look as an older StoryDesk left it: other figures, old version."""
    with sqlite3.connect(catalogue) as db:
        db.execute("DELETE FROM figures")
        for (story_id,) in db.execute("SELECT id FROM stories").fetchall():
            db.execute(
                "INSERT INTO figures (story_id, position, value, counts, text) "
                "VALUES (?, 0, '90-day', 'action plans', '90-day action plans')",
                (story_id,),
            )
        if version is None:
            db.execute("DELETE FROM settings WHERE key = ?", (FIGURES_SETTING,))
        else:
            db.execute("UPDATE settings SET value = ? WHERE key = ?", (version, FIGURES_SETTING))


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
    with sqlite3.connect(catalogue) as db:
        db.execute("UPDATE figures SET text = 'kept' WHERE position = 0")
    with Library.open(data):
        pass
    assert all(rows[0][2] == "kept" for rows in _figures(catalogue).values())
