"""Item models on plain Python sources: 100k ids served without loading them all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QListView

from storydesk.gui.delegate import StoryDelegate
from storydesk.gui.models import BasketModel, IdRole, StoryListModel, SummaryRole
from storydesk.library import StoryRow, StorySummary

pytestmark = pytest.mark.gui

N = 100_000


class CountingSource:
    """Rows made up on request, counting how many were asked for."""

    def __init__(self) -> None:
        self.calls = 0
        self.rows = 0

    def __call__(self, ids: Sequence[str]) -> dict[str, StoryRow]:
        self.calls += 1
        self.rows += len(ids)
        return {
            i: StoryRow(
                StorySummary(
                    id=i,
                    title=f"Story {i}",
                    language="en",
                    date=dt.date(2024, 1, 1),
                    countries=(),
                    places=("Almaty",),
                    partners=("UNDP",),
                    sdgs=(),
                    tags=(),
                    author=None,
                    source_name=None,
                    source_url=None,
                ),
                thumbnail=None,
            )
            for i in ids
        }


def test_model_serves_100k_ids_without_fetching_every_row(qtbot: Any) -> None:
    source = CountingSource()
    model = StoryListModel(source, runner=None, page_size=50, cache_pages=8)
    model.set_ids([f"s{i:06d}" for i in range(N)])
    view = QListView()
    view.setUniformItemSizes(True)
    view.setItemDelegate(StoryDelegate(view))
    view.setModel(model)
    view.resize(500, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == N
    assert source.rows < 500
    # jump to the middle and the end, as a scrollbar drag does
    for row in (N // 2, N - 1):
        view.scrollTo(model.index(row))
        qtbot.wait(20)
        assert model.index(row).data(SummaryRole).title == f"Story s{row:06d}"
    assert source.rows < 2_000, "only the pages shown were fetched"
    assert len(model._pages) <= model.cache_pages


def test_rows_are_fetched_a_page_at_a_time_and_cached() -> None:
    source = CountingSource()
    model = StoryListModel(source, runner=None, page_size=25)
    model.set_ids([str(i) for i in range(1000)])
    for row in range(25):
        assert model.index(row).data(IdRole) == str(row)
        model.index(row).data(SummaryRole)
    assert source.calls == 1 and source.rows == 25
    model.index(30).data(SummaryRole)
    assert source.calls == 2


def test_search_results_grow_with_fetch_more() -> None:
    source = CountingSource()
    asked: list[int] = []

    def more(start: int) -> tuple[list[str], dict[str, str]]:
        asked.append(start)
        ids = [f"h{i}" for i in range(start, min(start + 100, 1000))]
        return ids, {i: f"**{i}**" for i in ids}

    model = StoryListModel(source, runner=None)
    model.set_ids([f"h{i}" for i in range(100)], total=1000, more=more)
    assert model.rowCount() == 100 and model.total == 1000
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 200 and asked == [100]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1000
    assert source.rows == 0, "fetching ids does not fetch rows"


def test_stale_pages_are_dropped_after_the_list_changes() -> None:
    source = CountingSource()
    model = StoryListModel(source, runner=None)
    model.set_ids(["a", "b"])
    token = model._token
    model.set_ids(["c"])
    model._page_arrived(token, 0, {"a": {"title": "old"}})
    assert model.cached_row(0) is None


def test_basket_survives_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "basket.json"
    path.write_text("{not json", encoding="utf-8")
    basket = BasketModel(path)
    assert basket.ids() == []
    basket.add([("x", "X"), ("y", "Y"), ("x", "again")])
    assert BasketModel(path).ids() == ["x", "y"]
