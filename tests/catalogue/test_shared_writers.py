"""Several writers of one shared catalogue on a real PostgreSQL server: no update is lost.

Each "machine" is its own :class:`Library` with its own data folder (search index, media
cache) on the same PostgreSQL database; the concurrent ones are separate processes. An
edit that names the version it started from is refused, with who and when, when someone
else changed the story since; an import and an edit of the same story are serialised by
the story's row lock, and the import keeps the edited fields; two imports of the same new
stories both succeed (the second finds the first's stories).
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from storydesk.errors import StoryChangedElsewhere
from storydesk.library import Library
from tests.catalogue import shared_writers
from tests.catalogue.shared_writers import STORIES, body, story_id, write_stories

EDITS = 6
"""Edits of every story by the editing machine while the importing machine imports."""
HANG = 300
"""Seconds after which a child that has not reported is a hang (a failure, not a measure)."""


def _collect(queue: Any, count: int) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for _ in range(count):
        name, data = queue.get(timeout=HANG)
        found[name] = data
    return found


def _join(processes: list[Any]) -> None:
    for process in processes:
        process.join(HANG)
        assert process.exitcode == 0, process


def _machine(postgres_url: str, tmp_path: Path, name: str) -> Library:
    return Library.open(tmp_path / name, database_url=postgres_url)


def test_an_edit_from_a_story_version_changed_on_another_machine_is_refused(
    postgres_url: str, tmp_path: Path
) -> None:
    write_stories(tmp_path / "files", 0)
    with (
        _machine(postgres_url, tmp_path, "a") as a,
        _machine(postgres_url, tmp_path, "b") as b,
    ):
        assert a.database is not None and "postgresql" in a.database
        a.import_paths([tmp_path / "files"])
        sid = story_id(0)
        opened_a = a.get_story(sid)
        opened_b = b.story_page(sid).story
        assert opened_a.version == opened_b.version >= 1
        assert opened_a.to_json()["version"] == opened_a.version

        saved = b.edit_story(sid, {"title": "B's title"}, expected_version=opened_b.version)
        assert saved.story.version > opened_b.version
        assert saved.story.title == "B's title"

        with pytest.raises(StoryChangedElsewhere) as refused:
            a.edit_story(
                sid, {"title": "A's title", "tags": ["a"]}, expected_version=opened_a.version
            )
        error = refused.value
        message = str(error)
        assert "changed by someone else" in message and "nothing was saved" in message
        assert error.story_id == sid
        assert (error.expected, error.version) == (opened_a.version, saved.story.version)
        assert error.changed_at is not None and error.machine
        assert error.machine in message and " UTC" in message
        assert "\n" not in message
        # Nothing of A's edit was saved; B's is there, once, in the history.
        story = a.get_story(sid)
        assert (story.title, story.tags) == ("B's title", ("water",))
        assert [(e.field, e.new) for e in a.story_history(sid)] == [("title", "B's title")]

        # From the version as it now is, A's edit goes through, on top of B's.
        again = a.edit_story(sid, {"tags": ["a"]}, expected_version=story.version)
        assert again.changed == ("tags",) and again.before == {"tags": ["water"]}
        assert (again.story.title, again.story.tags) == ("B's title", ("a",))
        # An edit naming no version is saved over whatever is there (as before).
        assert b.edit_story(sid, {"author": "B"}).changed == ("author",)

        # Each machine's index catches up with the other's edits.
        a.catch_up()
        b.catch_up()
        assert sid in a.ids_for_query("B's title") and sid in b.ids_for_query("B's title")


def test_two_machines_importing_the_same_new_stories_at_once_both_succeed(
    postgres_url: str, tmp_path: Path
) -> None:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    barrier = context.Barrier(2)
    # The same stories from each machine's own copy of the files.
    sources = []
    for name in ("a", "b"):
        write_stories(tmp_path / f"files-{name}", 0)
        sources.append(str(tmp_path / f"files-{name}"))
    # The catalogue made (migrated) once first, so both start with the import itself.
    Library.open(tmp_path / "setup", database_url=postgres_url).close()
    processes = [
        context.Process(
            target=shared_writers.import_once,
            args=(postgres_url, str(tmp_path / name), source, barrier, queue),
        )
        for name, source in zip(("a", "b"), sources, strict=True)
    ]
    for process in processes:
        process.start()
    reports = _collect(queue, 2)
    _join(processes)
    for name, report in reports.items():
        assert "error" not in report, f"{name}:\n{report['error']}"
        assert report["rejected"] == []
        assert set(report["changes"]) == {story_id(n) for n in range(STORIES)}
    actions = [report["changes"][story_id(0)] for report in reports.values()]
    # One machine added each story; the other found it (a file of another origin, the
    # same text: updated in place, or unchanged), never a second copy or an error.
    for n in range(STORIES):
        seen = sorted(report["changes"][story_id(n)] for report in reports.values())
        assert seen.count("new") == 1, seen
    assert "new" in actions
    with _machine(postgres_url, tmp_path, "a") as a:
        assert sorted(a.story_ids()) == sorted(story_id(n) for n in range(STORIES))


def test_importing_and_editing_the_same_stories_at_once_loses_no_committed_change(
    postgres_url: str, tmp_path: Path
) -> None:
    """The issue's "done when": machine A imports new texts of the stories round after
    round while machine B edits their titles and tags; at the end every story has B's last
    saved edit and A's last imported text, every saved edit is in the story's history, every
    refused edit was refused as changed elsewhere and left no trace, and each machine's
    search index, caught up, finds the final titles."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    started, editor_done = context.Event(), context.Event()
    Library.open(tmp_path / "setup", database_url=postgres_url).close()
    processes = [
        context.Process(
            target=shared_writers.importer,
            args=(
                postgres_url,
                str(tmp_path / "a"),
                str(tmp_path / "files"),
                started,
                editor_done,
                queue,
            ),
        ),
        context.Process(
            target=shared_writers.editor,
            args=(postgres_url, str(tmp_path / "b"), started, editor_done, queue, EDITS),
        ),
    ]
    for process in processes:
        process.start()
    found = _collect(queue, 2)
    _join(processes)
    imports, edits = found["importer"], found["editor"]
    assert "error" not in imports, imports["error"]
    assert "error" not in edits, edits["error"]
    rounds = imports["rounds"]
    assert len(rounds) >= 3
    assert all(r["rejected"] == [] for r in rounds)
    assert rounds[0]["imported"] == STORIES
    # Every later round changed every story's text: each is an update, none lost.
    assert all(r["updated"] == STORIES for r in rounds[1:])
    last_round = rounds[-1]["round"]
    saved, refused = edits["saved"], edits["refused"]
    assert len(saved) + len(refused) == EDITS * STORIES
    assert all(entry["changed"] == ["title", "tags"] for entry in saved)
    for entry in refused:
        # Refused only when a version was named, and said as such.
        assert entry["expected"] is not None
        assert "changed by someone else" in entry["message"]

    last_edit = {entry["id"]: entry for entry in saved}
    with _machine(postgres_url, tmp_path, "a") as a, _machine(postgres_url, tmp_path, "b") as b:
        a.catch_up()
        b.catch_up()
        for n in range(STORIES):
            sid = story_id(n)
            story = a.get_story(sid)
            assert story.body.strip() == body(n, last_round), sid  # A's last import
            assert sid in last_edit, f"no edit of {sid} was saved"
            mine = last_edit[sid]
            assert story.title == mine["title"], sid  # B's last saved edit
            assert sorted(story.tags) == sorted(mine["tags"]), sid
            assert story.version >= mine["version"]
            history = a.story_history(sid)
            revisions = {entry.revision for entry in history}
            titles = {entry.new for entry in history if entry.field == "title"}
            for entry in saved:
                if entry["id"] == sid:
                    assert entry["revision"] in revisions, entry
                    assert entry["title"] in titles, entry
            for entry in refused:
                if entry["id"] == sid:
                    assert entry["title"] not in titles, entry
            # Each machine's index, caught up, finds the final title.
            word = f"edit{mine['title'].split('edit', 1)[1].split()[0]}"
            assert sid in a.ids_for_query(word), (sid, word)
            assert sid in b.ids_for_query(word), (sid, word)
            assert a.search(word).total == 1 == b.search(word).total


def _backends_waiting_for_a_lock(connection: Any) -> int:
    row = connection.execute(
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE datname = current_database() AND wait_event_type = 'Lock'"
    ).fetchone()
    return int(row[0])


def test_an_import_keeps_an_edit_committed_while_it_ran(postgres_url: str, tmp_path: Path) -> None:
    """The import has read which fields are edited when it starts; an editor edits a story
    for the first time while the import waits for another story's lock. Once it gets to
    the edited story, the import must see the edit (and keep its title), not overwrite it."""
    import threading

    import psycopg
    from sqlalchemy.engine import make_url

    files = tmp_path / "files"
    write_stories(files, 0)
    with _machine(postgres_url, tmp_path, "a") as a, _machine(postgres_url, tmp_path, "b") as b:
        a.import_paths([files])
        write_stories(files, 1)
        url = make_url(postgres_url)
        raw = psycopg.connect(
            dbname=url.database, user=url.username, host=url.query["host"], autocommit=False
        )
        watcher = psycopg.connect(
            dbname=url.database, user=url.username, host=url.query["host"], autocommit=True
        )
        outcome: dict[str, Any] = {}

        def import_round_one() -> None:
            try:
                outcome["report"] = a.import_paths([files])
            except BaseException as exc:  # reported to the test below
                outcome["error"] = exc

        try:
            # Someone holds the first story: the import starts, then waits for it.
            raw.execute("SELECT id FROM stories WHERE id = %s FOR UPDATE", (story_id(0),))
            thread = threading.Thread(target=import_round_one)
            thread.start()
            for _ in range(HANG * 20):
                if _backends_waiting_for_a_lock(watcher) or not thread.is_alive():
                    break
                threading.Event().wait(0.05)
            assert thread.is_alive() and _backends_waiting_for_a_lock(watcher) == 1
            # Meanwhile the second story is edited, for the first time, on machine B.
            edit = b.edit_story(story_id(1), {"title": "Edited while the import ran"})
            assert edit.changed == ("title",)
        finally:
            raw.rollback()  # the first story is free: the import goes on
            raw.close()
            watcher.close()
        thread.join(HANG)
        assert not thread.is_alive()
        assert "error" not in outcome, outcome.get("error")
        report = outcome["report"]
        assert report.updated == STORIES
        story = a.get_story(story_id(1))
        assert story.title == "Edited while the import ran"  # kept as edited
        assert story.body.strip() == body(1, 1)  # the rest from the import
        assert [(c["id"], c["field"]) for c in report.conflicts] == [(story_id(1), "title")]


def test_the_command_line_refuses_an_edit_from_an_old_version_of_a_shared_story(
    postgres_url: str, tmp_path: Path
) -> None:
    """``storydesk edit --if-version`` on two machines of a shared catalogue, as users run it."""
    import json

    from tests.conftest import run_storydesk

    write_stories(tmp_path / "files", 0)
    machine_a, machine_b = tmp_path / "a", tmp_path / "b"
    shared = ("--database-url", postgres_url)
    imported = run_storydesk("import", str(tmp_path / "files"), *shared, data_dir=machine_a)
    assert imported.returncode == 0, imported.stderr
    sid = story_id(2)
    shown = run_storydesk("show", sid, "--json", *shared, data_dir=machine_b)
    assert shown.returncode == 0, shown.stderr
    version = json.loads(shown.stdout)["version"]

    edit_a = ("edit", sid, "--add-tag", "from-a", "--if-version", str(version), *shared)
    first = run_storydesk(*edit_a, "--json", data_dir=machine_a)
    assert first.returncode == 0, first.stderr
    assert sorted(json.loads(first.stdout)["tags"]) == ["from-a", "water"]

    late = run_storydesk(
        "edit", sid, "--title", "B, late", "--if-version", str(version), *shared, data_dir=machine_b
    )
    assert late.returncode == 1, late.stdout
    (line,) = late.stderr.strip().splitlines()
    assert line.startswith(f"error: story {sid} ('Water for valley 2') was changed by someone")
    assert " UTC); nothing was saved" in line

    # Without --if-version, adding a tag works on the tags as they now are: A's stays.
    added = run_storydesk("edit", sid, "--add-tag", "from-b", "--json", *shared, data_dir=machine_b)
    assert added.returncode == 0, added.stderr
    after = json.loads(added.stdout)
    assert after["title"] == "Water for valley 2"
    assert sorted(after["tags"]) == ["from-a", "from-b", "water"]
    assert after["version"] > version
