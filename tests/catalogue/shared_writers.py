"""Machines writing to one shared catalogue at once, for tests/catalogue/test_shared_writers.py.

Each function runs in a child process (``multiprocessing``, spawn) that opens its own
:class:`Library` with its own data folder: a machine of its own, sharing only the
PostgreSQL catalogue. They report what they did through a queue, as plain data.
"""

from __future__ import annotations

import traceback
from multiprocessing.synchronize import Barrier, Event
from pathlib import Path
from typing import Any

STORIES = 4
"""How many stories the machines fight over."""


def story_id(number: int) -> str:
    """The id of story ``number`` (its author's id, so every machine keys it the same)."""
    return f"shared-story-{number}"


def body(number: int, round_: int) -> str:
    """Story ``number``'s text as round ``round_`` of the importer brings it."""
    return (
        f"Round {round_} of the text of story {number}: the water committee of the valley met "
        f"again and counted {100 + round_} households served by the new pipes this season."
    )


def write_stories(folder: Path, round_: int) -> None:
    """The story files as round ``round_`` has them: the same ids and titles, new texts."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(STORIES):
        (folder / f"story-{number}.md").write_text(
            f"---\nid: {story_id(number)}\ntitle: Water for valley {number}\nlanguage: en\n"
            f"date: 2025-05-0{number + 1}\ncountries: [Kyrgyzstan]\ntags: [water]\n---\n\n"
            f"{body(number, round_)}\n",
            encoding="utf-8",
        )


def importer(
    url: str,
    data_dir: str,
    source: str,
    started: Event,
    editor_done: Event,
    results: Any,
    least_rounds: int = 3,
    most_rounds: int = 200,
) -> None:
    """Import new versions of the story files, round after round, until the editor is done
    (at least ``least_rounds``): every round changes every story's text."""
    from storydesk.library import Library

    done: list[dict[str, Any]] = []
    try:
        with Library.open(data_dir, database_url=url) as library:
            round_ = 0
            while round_ < most_rounds:
                write_stories(Path(source), round_)
                report = library.import_paths([source])
                done.append(
                    {
                        "round": round_,
                        "imported": report.imported,
                        "updated": report.updated,
                        "unchanged": report.unchanged,
                        "rejected": [dict(entry) for entry in report.rejected],
                    }
                )
                started.set()
                round_ += 1
                if round_ >= least_rounds and editor_done.is_set():
                    break
        results.put(("importer", {"rounds": done}))
    except BaseException:
        started.set()
        results.put(("importer", {"rounds": done, "error": traceback.format_exc()}))


def editor(url: str, data_dir: str, started: Event, done: Event, results: Any, edits: int) -> None:
    """Edit every story's title and tags ``edits`` times while the importer runs; every
    other edit names the version it read (and may be refused as changed elsewhere)."""
    from storydesk.errors import StoryChangedElsewhere
    from storydesk.library import Library

    saved: list[dict[str, Any]] = []
    refused: list[dict[str, Any]] = []
    try:
        if not started.wait(300):
            raise RuntimeError("the importer never finished its first round")
        with Library.open(data_dir, database_url=url) as library:
            for n in range(edits):
                for number in range(STORIES):
                    sid = story_id(number)
                    title = f"Edited title edit{n}story{number} of valley {number}"
                    tags = [f"edit-{n}", "checked"]
                    expected = library.get_story(sid).version if n % 2 else None
                    try:
                        result = library.edit_story(
                            sid, {"title": title, "tags": tags}, expected_version=expected
                        )
                    except StoryChangedElsewhere as exc:
                        refused.append(
                            {"id": sid, "title": title, "message": str(exc), "expected": expected}
                        )
                        continue
                    saved.append(
                        {
                            "id": sid,
                            "title": title,
                            "tags": tags,
                            "revision": result.revision,
                            "changed": list(result.changed),
                            "version": result.story.version,
                        }
                    )
        results.put(("editor", {"saved": saved, "refused": refused}))
    except BaseException:
        results.put(
            ("editor", {"saved": saved, "refused": refused, "error": traceback.format_exc()})
        )
    finally:
        done.set()


def import_once(url: str, data_dir: str, source: str, barrier: Barrier, results: Any) -> None:
    """Import the story files once, starting with the other machine (``barrier``)."""
    from storydesk.library import Library

    try:
        with Library.open(data_dir, database_url=url) as library:
            barrier.wait(300)
            report = library.import_paths([source])
            changes = {entry["id"]: entry["action"] for entry in report.changes}
        results.put((data_dir, {"changes": changes, "rejected": list(report.rejected)}))
    except BaseException:
        results.put((data_dir, {"error": traceback.format_exc()}))
