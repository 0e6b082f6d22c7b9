"""The index's lifecycle over a real catalogue and a real Whoosh index: open, rebuild,
update, cancel, check."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from storydesk.catalogue.models import Story
from storydesk.errors import Cancelled
from storydesk.progress import CancelToken
from storydesk.search import index as index_module
from storydesk.search.index import META_FILE, SearchIndex
from storydesk.search.searcher import Searcher

from .conftest import STORIES, Fresh, add_story, bump_generation


def ids(searcher: Searcher, query: str, **kwargs: Any) -> set[str]:
    return {hit.id for hit in searcher.search(query, limit=50, **kwargs).hits}


# -- keeping in step with the catalogue ---------------------------------------------


def test_ready_index_is_not_rebuilt(fresh: Fresh) -> None:
    index = fresh.index
    assert index.ensure_ready("g1") is False
    assert index.check() == []
    assert index.document_count() == len(STORIES)


def test_stale_generation_rebuilds(fresh: Fresh) -> None:
    index, searcher, sessions = fresh
    with sessions.begin() as session:
        add_story(
            session,
            dict(id="s99", language="ru", title="Новый мост в Нарыне", body="Мост построен."),
        )
        bump_generation(session, "g2")
    # A crash before apply(): the index still says g1.
    assert any("out of date" in p for p in index.check())
    assert searcher.search("мост").pending == 1
    calls: list[tuple[int, int, str]] = []
    assert index.ensure_ready("g2", progress=lambda *a: calls.append(a)) is True
    assert calls and calls[-1][0] == len(STORIES) + 1
    assert "s99" in ids(searcher, "мост")
    assert index.check() == []


def test_deleted_segment_file_rebuilds(fresh: Fresh) -> None:
    index, searcher, _ = fresh
    index.close()
    postings = next(index.index_dir.glob("*.pst"))  # the segment's postings file
    postings.unlink()
    assert index.check()
    assert index.ensure_ready("g1") is True
    assert ids(searcher, "датчик") == {"s03", "s11"}


def test_missing_index_and_marker_rebuild(fresh: Fresh) -> None:
    index, searcher, _ = fresh
    (index.index_dir / META_FILE).unlink()
    assert index.ensure_ready("g1") is True
    index.close()
    shutil.rmtree(index.index_dir)
    assert searcher.search("датчик").total == 0
    assert index.ensure_ready("g1") is True
    assert index.document_count() == len(STORIES)


def test_apply_updates_and_deletes(fresh: Fresh) -> None:
    index, searcher, sessions = fresh
    with sessions.begin() as session:
        story = session.get(Story, "s03")
        assert story is not None
        story.title = "Установка фильтров"
        story.body = "В Балыкчы установлены фильтры."
        session.delete(session.get(Story, "s11"))
        bump_generation(session, "g2")
    index.apply(["s03"], ["s11"], "g2")
    assert ids(searcher, "датчик") == set()
    assert ids(searcher, "фильтр") == {"s03"}
    assert index.document_count() == len(STORIES) - 1
    assert index.ensure_ready("g2") is False
    # A changed id that is gone from the catalogue is dropped too.
    with sessions.begin() as session:
        session.delete(session.get(Story, "s10"))
        bump_generation(session, "g3")
    index.apply(["s10"], [], "g3")
    assert "s10" not in ids(searcher, "Almaty")


def test_failed_apply_marks_index_stale(fresh: Fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    index = fresh.index

    def broken(_story: Story) -> dict:
        raise RuntimeError("disk full")

    monkeypatch.setattr(index_module, "story_document", broken)
    with pytest.raises(RuntimeError):
        index.apply(["s01"], [], "g2")
    monkeypatch.undo()
    assert index.ensure_ready("g2") is True


# -- cancelling a rebuild ---------------------------------------------------------------


def _marker_and_files(index: SearchIndex) -> tuple[bytes, dict[str, int]]:
    folder = index.index_dir
    return (folder / META_FILE).read_bytes(), {p.name: p.stat().st_size for p in folder.iterdir()}


def test_cancelled_rebuild_keeps_the_old_index(fresh: Fresh) -> None:
    index, searcher, sessions = fresh
    # A story the old index lacks, so a finished rebuild would show.
    with sessions.begin() as session:
        add_story(session, dict(id="s98", language="en", title="Bridge", body="A new bridge."))
        bump_generation(session, "g2")
    before = _marker_and_files(index)
    token = CancelToken()
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append((done, total, what))
        token.cancel()  # Cancel pressed as soon as the rebuild reports it has started

    with pytest.raises(Cancelled, match="Rebuilding the search index was cancelled"):
        index.rebuild("g2", progress=progress, cancel=token)
    assert seen == [(0, len(STORIES) + 1, "Indexing stories")]  # stopped before story one
    assert _marker_and_files(index) == before
    assert not list(index.index_dir.parent.glob("index.building-*"))
    assert ids(searcher, "датчик") == {"s03", "s11"}
    assert ids(searcher, "bridge") == set()
    assert index.document_count() == len(STORIES)
    # The index still says g1: opening for g1 keeps it, opening for g2 rebuilds it.
    assert index.ensure_ready("g1") is False
    assert index.ensure_ready("g2") is True
    assert ids(searcher, "bridge") == {"s98"}


def test_cancelled_ensure_ready_keeps_the_old_index(fresh: Fresh) -> None:
    index, searcher, _ = fresh
    before = _marker_and_files(index)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        index.ensure_ready("g2", cancel=token)  # stale: it would rebuild
    assert _marker_and_files(index) == before
    assert ids(searcher, "Шымкент") == {"s05", "s06"}
    # A ready index needs no rebuild, so a cancelled token changes nothing.
    assert index.ensure_ready("g1", cancel=token) is False


def test_cancelled_multiprocess_rebuild_keeps_the_old_index(
    fresh: Fresh, monkeypatch: pytest.MonkeyPatch
) -> None:
    index, searcher, _ = fresh
    monkeypatch.setattr(index_module, "MULTIPROCESS_THRESHOLD", 2)
    before = _marker_and_files(index)
    token = CancelToken()
    with pytest.raises(Cancelled):
        index.rebuild("g5", progress=lambda *_a: token.cancel(), cancel=token, procs=2)
    assert _marker_and_files(index) == before
    assert not list(index.index_dir.parent.glob("index.building-*"))
    assert ids(searcher, "Шымкентте") == {"s05", "s06"}


def test_multiprocess_rebuild(fresh: Fresh, monkeypatch: pytest.MonkeyPatch) -> None:
    index, searcher, _ = fresh
    monkeypatch.setattr(index_module, "MULTIPROCESS_THRESHOLD", 2)
    report = index.rebuild("g5", procs=2)
    assert report["documents"] == len(STORIES)
    assert ids(searcher, "Шымкентте") == {"s05", "s06"}
    assert index.ensure_ready("g5") is False


def test_a_cancelled_reindex_keeps_the_old_index(seeded_library: Any) -> None:
    library = seeded_library
    marker = library.layout.index / META_FILE
    before = marker.read_bytes(), library.search("UNDP").total
    token = CancelToken()
    with pytest.raises(Cancelled):
        library.reindex(progress=lambda *_a: token.cancel(), cancel=token)
    assert (marker.read_bytes(), library.search("UNDP").total) == before
    assert library.check().ok, library.check().problems
    assert library.reindex(cancel=CancelToken()).documents == 7


def test_a_cancelled_open_keeps_the_old_index(seeded_template: Path, tmp_path: Path) -> None:
    from storydesk.library import Library

    data = tmp_path / "data"
    shutil.copytree(seeded_template, data)
    marker = data / "index" / META_FILE
    stale = json.loads(marker.read_text(encoding="utf-8"))
    stale["generation"] = "an older catalogue"
    marker.write_text(json.dumps(stale), encoding="utf-8")
    files = sorted(p.name for p in (data / "index").iterdir())
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        Library.open(data, cancel=token)
    assert json.loads(marker.read_text(encoding="utf-8")) == stale
    assert sorted(p.name for p in (data / "index").iterdir()) == files
    with Library.open(data) as library:  # not cancelled: rebuilt for its catalogue
        assert library.check().ok, library.check().problems
        assert library.search("").total == 7
