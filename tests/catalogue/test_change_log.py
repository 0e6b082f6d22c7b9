"""Each machine's search index catches up with what every writer committed (the change log).

Two data folders on one shared PostgreSQL catalogue are two machines: each has its own
index, and what one commits reaches the other's searches at its next open or catch-up,
without a rebuild. A SQLite folder runs the same log.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select

from storydesk.catalogue.generation import changes_since, trim_changes
from storydesk.catalogue.models import StoryChange
from storydesk.library import Library
from storydesk.search.index import META_FILE

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def _meta(folder: Path) -> dict[str, object]:
    return json.loads((folder / "index" / META_FILE).read_text(encoding="utf-8"))


def _ids(library: Library, query: str) -> set[str]:
    return {hit.id for hit in library.search(query, limit=50).hits}


def test_a_second_machine_catches_up_story_by_story(
    postgres_catalogue_url: str, tmp_path: Path
) -> None:
    hq, laptop = tmp_path / "hq", tmp_path / "editor2"
    with Library.open(hq, database_url=postgres_catalogue_url) as first:
        first.import_paths([SEEDS])
        ids = first.story_ids()
    with Library.open(laptop, database_url=postgres_catalogue_url) as second:
        assert second.database is not None and "postgresql" in second.database
        assert _ids(second, "") == set(ids)  # built once, at its first open
        built = _meta(laptop)
        with Library.open(hq, database_url=postgres_catalogue_url) as first:
            first.edit_story(ids[0], {"title": "Солнечные панели в Нарыне"})
            first.withdraw_stories([ids[1]])
        changed = second.catch_up()
        assert changed == {ids[0], ids[1]}  # just those two, not a rebuild
        assert _ids(second, "солнечные панели") == {ids[0]}
        assert ids[1] not in _ids(second, "")
        assert _meta(laptop)["changes"] > built["changes"]  # type: ignore[operator]
        assert second.catch_up() == frozenset()  # nothing new: nothing done
    # The editor's next open finds its index current: no rebuild either.
    with Library.open(laptop, database_url=postgres_catalogue_url) as again:
        assert _meta(laptop)["generation"] == again.generation()


def test_an_index_of_another_catalogue_is_rebuilt_not_caught_up(
    postgres_catalogue_url: str, postgres_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    with Library.open(folder, database_url=postgres_catalogue_url) as library:
        library.import_paths([SEEDS])
    # The same data folder pointed at another, empty shared catalogue.
    with Library.open(folder, database_url=postgres_url) as other:
        assert other.search("", limit=5).total == 0
        assert _meta(folder)["catalogue"] != ""


def test_a_log_trimmed_past_the_index_means_a_rebuild(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Library.open(folder) as library:
        library.import_paths([SEEDS])
        ids = library.story_ids()
        held = _meta(folder)["changes"]
        library.edit_story(ids[0], {"title": "Изменено"})
        with library._sessions.begin() as session:  # the log, long after
            for change in session.scalars(select(StoryChange)):
                change.changed_at -= dt.timedelta(days=400)
            assert trim_changes(session) > 0
        with library._sessions() as session:
            # An index that holds the import still catches up: the log reaches back to it.
            assert changes_since(session, int(held)).story_ids == {ids[0]}  # type: ignore[arg-type]
            # One older than what the log still holds is rebuilt.
            assert changes_since(session, 3).story_ids is None
            # The newest entry stays, so numbering carries on after it.
            assert list(session.scalars(select(StoryChange.story_id))) == [ids[0]]


def test_every_change_is_logged_once_in_commit_order(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Library.open(folder) as library:
        library.import_paths([SEEDS])
        ids = library.story_ids()
        library.edit_story(ids[2], {"title": "Один"})
        with library._sessions() as session:
            rows = session.execute(
                select(StoryChange.seq, StoryChange.story_id).order_by(StoryChange.seq)
            ).all()
    seqs = [seq for seq, _ in rows]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert {story for _, story in rows[:-1]} == set(ids)  # the import named every story
    assert rows[-1][1] == ids[2]


def test_a_rolled_back_change_leaves_no_log_entry(tmp_path: Path) -> None:
    from storydesk.catalogue.generation import bump_generation

    folder = tmp_path / "data"
    with Library.open(folder) as library:
        library.import_paths([SEEDS])
        with library._sessions() as session:
            before = session.scalar(select(StoryChange.seq).order_by(StoryChange.seq.desc()))
        with library._sessions() as session:
            bump_generation(session, ["nothing"])
            session.rollback()
            session.commit()  # a later commit of the same session logs nothing
        with library._sessions() as session:
            after = session.scalar(select(StoryChange.seq).order_by(StoryChange.seq.desc()))
    assert after == before


def test_a_log_numbered_again_after_a_restore_means_a_rebuild(tmp_path: Path) -> None:
    """A catalogue restored from an older dump numbers its changes again from there: an index
    that read further must not take the new changes it thinks it holds for the old ones."""
    from storydesk.catalogue.generation import GENERATION, bump_generation
    from storydesk.catalogue.models import Setting, Story

    folder = tmp_path / "data"
    with Library.open(folder) as library:
        library.import_paths([SEEDS])
        ids = library.story_ids()
        held = int(_meta(folder)["changes"])  # type: ignore[call-overload]
        with library._sessions.begin() as session:  # back to how a dump left it
            kept = held - 3
            for change in session.scalars(select(StoryChange).where(StoryChange.seq > kept)):
                session.delete(change)
            generation = session.scalar(
                select(StoryChange.generation).where(StoryChange.seq == kept)
            )
            session.get(Setting, GENERATION).value = generation  # type: ignore[union-attr]
        for number, story_id in enumerate(ids[:5]):  # other machines write, past `held`
            with library._sessions.begin() as session:
                session.get(Story, story_id).title = f"После восстановления {number}"  # type: ignore[union-attr]
                bump_generation(session, [story_id])
        assert library.catch_up() is None  # rebuilt, not caught up from `held`
        assert len(_ids(library, "после восстановления")) == 5


def test_an_index_from_before_the_change_log_is_kept_when_current(tmp_path: Path) -> None:
    """Upgrading StoryDesk does not rebuild a laptop's current index: its marker only
    learns where in the change log it stands and which catalogue it belongs to."""
    folder = tmp_path / "data"
    with Library.open(folder) as library:
        library.import_paths([SEEDS])
    marker = folder / "index" / META_FILE
    old = _meta(folder)
    for key in ("changes", "catalogue"):  # as the StoryDesk before the change log wrote it
        old.pop(key)
    marker.write_text(json.dumps(old), encoding="utf-8")
    files = {p.name: p.stat().st_mtime_ns for p in (folder / "index").iterdir() if p != marker}
    with Library.open(folder) as library:
        assert library.search("ПРООН").total >= 4
    after = _meta(folder)
    assert after["generation"] == old["generation"]
    assert isinstance(after["changes"], int) and isinstance(after["catalogue"], str)
    assert {
        p.name: p.stat().st_mtime_ns for p in (folder / "index").iterdir() if p != marker
    } == files  # not rebuilt
