"""The filter panel over a real seeded library: several values of one facet (OR), facets
combined (AND), every value reachable through "Show all", "Undated" as a year, a date range,
chips that remove each filter, and a saved search that keeps all of them."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from storydesk.gui import facets as facet_module
from storydesk.gui.collections import SAVED_SEARCH
from storydesk.gui.facets import FacetValuesDialog
from storydesk.library import UNDATED
from tests.gui.test_collections import _answer_name, _reload

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


def click(window: Any, qtbot: Any, facet: str, value: str) -> None:
    """Click ``value`` under ``facet`` in the panel and wait for its results."""
    index = window.facets.index_of(facet, value)
    assert index.isValid(), (facet, value, window.facets.values(facet))
    window.facets.scrollTo(index)
    rect = window.facets.visualRect(index)
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        qtbot.mouseClick(window.facets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def expected_ids(window: Any, filters: dict[str, list[str]]) -> list[str]:
    result = window.library.search("", limit=100, filters=filters)
    return [hit.id for hit in result.hits]


def test_two_countries_are_alternatives_and_a_year_narrows_them(window: Any, qtbot: Any) -> None:
    click(window, qtbot, "countries", "Kazakhstan")
    # The other countries stay on offer, with the stories each would add.
    assert window.facets.chosen("countries") == ["Kazakhstan"]
    assert "Kyrgyzstan" in window.facets.values("countries")
    click(window, qtbot, "countries", "Kyrgyzstan")
    both = {"countries": ["Kazakhstan", "Kyrgyzstan"]}
    assert window.searching.filters == both
    only_kazakhstan = len(expected_ids(window, {"countries": ["Kazakhstan"]}))
    assert window.model.total == len(expected_ids(window, both)) > only_kazakhstan
    assert window.facets.chosen("countries") == ["Kazakhstan", "Kyrgyzstan"]
    assert [chip.property("value") for chip in window.chips.chips] == [
        "Kazakhstan",
        "Kyrgyzstan",
    ]
    # A second facet must also hold.
    click(window, qtbot, "years", "2025")
    narrowed = {**both, "years": ["2025"]}
    assert (
        0
        < window.model.total
        == len(expected_ids(window, narrowed))
        < len(expected_ids(window, both))
    )
    assert set(window.model.ids()) == set(expected_ids(window, narrowed))
    # Clicking a ticked value removes it.
    click(window, qtbot, "countries", "Kazakhstan")
    assert window.searching.filters == {"countries": ["Kyrgyzstan"], "years": ["2025"]}
    assert window.model.total == len(expected_ids(window, window.searching.filters))


def test_undated_stories_are_a_year_to_choose(window: Any, qtbot: Any) -> None:
    assert UNDATED in window.facets.values("years")
    label = window.facets.index_of("years", UNDATED).data()
    assert label.startswith("Undated")
    click(window, qtbot, "years", UNDATED)
    undated = expected_ids(window, {"years": [UNDATED]})
    assert 0 < window.model.total == len(undated) < 7
    assert all(window.library.summaries([i])[i].date is None for i in window.model.ids())
    assert window.chips.chips[0].text() == "Year: Undated"


def test_show_all_lists_every_value_to_filter_and_tick(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(facet_module, "SHOWN_PER_FACET", 1)
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        window.searching.search_now()
    everything = window.library.search("", limit=1, facets=True).facets["languages"]
    assert len(everything) == 3
    assert len(window.facets.values("languages")) == 1
    more = window.facets.more_index("languages")
    assert more.isValid() and "2 more" in more.data()
    # Keyboard: the "Show all" row is reachable and Enter opens the list.
    group = window.facets.index_of("languages", window.facets.values("languages")[0]).parent()
    window.facets.expand(group)
    window.facets.setFocus()
    window.facets.setCurrentIndex(more)
    qtbot.keyClick(window.facets, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.findChildren(FacetValuesDialog)), timeout=5000)
    (dialog,) = window.findChildren(FacetValuesDialog)
    assert dialog.model.rowCount() == 3
    qtbot.keyClicks(dialog.filter_field, "(bg")
    assert dialog.proxy.rowCount() == 1
    only = dialog.proxy.index(0, 0)
    assert "(bg)" in only.data()
    dialog.proxy.setData(only, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.filter_field.clear()
    english = dialog.model.findItems("(en)", Qt.MatchFlag.MatchContains)[0]
    english.setCheckState(Qt.CheckState.Checked)
    assert sorted(dialog.chosen()) == ["bg", "en"]
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        dialog.accept()
    assert sorted(window.searching.filters["languages"]) == ["bg", "en"]
    assert window.model.total == len(expected_ids(window, window.searching.filters)) > 0


def test_a_date_range_filters_shows_a_chip_and_clears(window: Any, qtbot: Any) -> None:
    dates = window.filter_panel.dates
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        dates.start.setDate(QDate(2025, 1, 1))
    assert window.searching.filters == {"dates": ["2025-01-01.."]}
    assert 0 < window.model.total == len(expected_ids(window, window.searching.filters)) < 7
    [chip] = window.chips.chips
    assert chip.text().startswith("Dates: from ")
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        dates.end.setDate(QDate(2025, 7, 31))
    assert window.searching.filters == {"dates": ["2025-01-01..2025-07-31"]}
    assert window.model.total == len(expected_ids(window, window.searching.filters))
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        qtbot.mouseClick(window.chips.chips[0], Qt.MouseButton.LeftButton)
    assert window.searching.filters == {}
    assert dates.value() == "" and window.model.total == 7


def test_a_saved_search_keeps_values_years_and_dates(window: Any, qtbot: Any) -> None:
    library = window.library
    click(window, qtbot, "countries", "Kazakhstan")
    click(window, qtbot, "countries", "Kyrgyzstan")
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        window.filter_panel.dates.set_range("2024-06-01..2025-12-31", notify=True)
    kept = dict(window.searching.filters)
    total = window.model.total
    assert total == len(expected_ids(window, kept)) > 0
    window.collections.act_save_search.trigger()
    _answer_name(window, qtbot, "saveSearchName", "Central Asia")
    qtbot.waitUntil(lambda: bool(library.saved_searches()), timeout=10000)
    assert library.saved_searches()[0].filter_lists() == kept
    # Clear everything, then choose the saved search: filters, chips and dates come back.
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        window.chips.clearRequested.emit()
    assert window.filter_panel.dates.value() == ""
    _reload(window, qtbot)
    qtbot.waitUntil(lambda: bool(window.collections.panel.searches), timeout=10000)
    item = window.collections.panel.item_named(SAVED_SEARCH, "Central Asia")
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        window.collections.panel.tree.itemClicked.emit(item, 0)
    assert window.searching.filters == kept
    assert window.model.total == total
    assert window.filter_panel.dates.value() == "2024-06-01..2025-12-31"
    assert len(window.chips.chips) == 3
    QApplication.processEvents()


def test_results_arriving_do_not_undo_a_date_being_typed(window: Any, qtbot: Any) -> None:
    dates = window.filter_panel.dates
    dates.start.setDate(QDate(2025, 1, 1))  # the pause before it applies is running
    window.filter_panel.dates.set_range("")  # what a search's results set, meanwhile
    assert dates.value() == "2025-01-01.."
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        pass
    assert window.searching.filters == {"dates": ["2025-01-01.."]}


def test_keyboard_toggles_and_a_double_click_does_not_undo_a_click(window: Any, qtbot: Any) -> None:
    index = window.facets.index_of("countries", "Kazakhstan")
    window.facets.setFocus()
    window.facets.setCurrentIndex(index)
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        qtbot.keyClick(window.facets, Qt.Key.Key_Space)
    assert window.searching.filters == {"countries": ["Kazakhstan"]}
    index = window.facets.index_of("countries", "Kazakhstan")
    window.facets.setCurrentIndex(index)
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        qtbot.keyClick(window.facets, Qt.Key.Key_Return)
    assert window.searching.filters == {}
    # A double click adds the value once; it does not add and take it away again.
    # (Its first click has been answered before the second press comes, as on a slow
    # double click.)
    click(window, qtbot, "countries", "Kyrgyzstan")
    rect = window.facets.visualRect(window.facets.index_of("countries", "Kyrgyzstan"))
    qtbot.mouseDClick(window.facets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(500)
    assert window.searching.filters == {"countries": ["Kyrgyzstan"]}
