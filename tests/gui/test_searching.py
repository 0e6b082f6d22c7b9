"""The search controller over a real seeded library: queries, totals, facets, paging."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject

pytestmark = pytest.mark.gui


class Shown:
    """What the controller told the window, as the window would show it."""

    def __init__(self, controller: Any) -> None:
        self.summary = ""
        self.suggestion = ""
        self.pending = ""
        self.results: list[Any] = []
        controller.summaryChanged.connect(self._summary)
        controller.suggestionChanged.connect(self._suggestion)
        controller.pendingChanged.connect(self._pending)
        controller.resultsShown.connect(self.results.append)

    def _summary(self, text: str) -> None:
        self.summary = text

    def _suggestion(self, text: str) -> None:
        self.suggestion = text

    def _pending(self, text: str) -> None:
        self.pending = text


@pytest.fixture
def controller(seeded_library: Any, qtbot: Any) -> Iterator[Any]:
    """A controller with its own worker threads and results list, first search shown."""
    from storydesk.gui.models import StoryListModel
    from storydesk.gui.searching import SearchController
    from storydesk.gui.tasks import TaskRunner

    owner = QObject()
    runner = TaskRunner(owner)
    model = StoryListModel(seeded_library.summaries, runner, parent=owner)
    searching = SearchController(seeded_library, runner, model, owner, page=2)
    searching.shown = Shown(searching)
    with qtbot.waitSignal(searching.searchFinished, timeout=10000):
        searching.run_search()
    yield searching
    searching.stop()
    runner.close()


def _search(qtbot: Any, controller: Any, start: Any) -> None:
    """Run ``start()`` and wait until the search it starts is shown."""
    with qtbot.waitSignal(controller.searchFinished, timeout=10000) as blocker:
        start()
    assert blocker.args == [controller.search_generation]
    assert controller.shown_generation == controller.search_generation


def _every_id(model: Any, qtbot: Any) -> list[str]:
    """Scroll the list to its end: fetch every further page the search has."""
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(_page_arrived(model, len(model.ids())), timeout=10000)
    return model.ids()


def _page_arrived(model: Any, before: int) -> Any:
    """Whether the list grew past ``before`` ids, or learnt it has no more."""
    return lambda: len(model.ids()) > before or len(model.ids()) == model.total


def test_browsing_lists_every_story(controller: Any, seeded_library: Any) -> None:
    total = seeded_library.stats().stories
    assert total == 7
    assert controller.model.total == total
    assert controller.model.ids() == seeded_library.story_ids(sort="date")
    assert controller.shown.summary == "All 7 stories, newest first"
    assert controller.shown.pending == ""


def test_typing_a_query_gives_its_results_and_total(
    controller: Any, seeded_library: Any, qtbot: Any
) -> None:
    expected = seeded_library.search("Kazakhstan", limit=50)
    assert 2 < expected.total < 7
    # Typing waits for a pause: the search starts once, for the whole word.
    started = controller.search_generation
    _search(qtbot, controller, lambda: [controller.text_edited(t) for t in ("Ka", "Kazakhstan ")])
    assert controller.search_generation == started + 1
    assert controller.query == "Kazakhstan"
    assert controller.model.total == expected.total
    assert controller.model.ids()[:2] == [h.id for h in expected.hits[:2]]
    assert controller.shown.summary == f"{expected.total} stories found"
    assert controller.last_result.total == expected.total
    # Clearing the field brings every story back.
    _search(qtbot, controller, lambda: controller.text_changed(""))
    assert controller.model.total == 7


def test_facets_count_and_filters_narrow(controller: Any, seeded_library: Any, qtbot: Any) -> None:
    facets = controller.shown.results[-1].facets
    assert facets["countries"]["Kazakhstan"] == 4
    narrowed = seeded_library.search("", limit=50, filters={"countries": ["Kazakhstan"]})
    _search(qtbot, controller, lambda: controller.add_filter("countries", "Kazakhstan"))
    assert controller.filters == {"countries": ["Kazakhstan"]}
    assert controller.model.total == narrowed.total == 4
    assert _every_id(controller.model, qtbot) == [h.id for h in narrowed.hits]
    assert controller.shown.summary == "4 stories found"
    # The filtered facet stays open: every country is still offered, with the stories
    # choosing it too would add; the other facets are counted within the filter.
    shown = controller.shown.results[-1].facets
    assert shown["countries"] == facets["countries"]
    within = seeded_library.search("", facets=True, filters={"countries": ["Kazakhstan"]})
    assert shown["languages"] == within.facets["languages"]
    assert sum(shown["languages"].values()) == 4
    # A second value of the same facet is an alternative.
    _search(qtbot, controller, lambda: controller.add_filter("countries", "Kyrgyzstan"))
    both = seeded_library.search("", filters={"countries": ["Kazakhstan", "Kyrgyzstan"]})
    assert controller.model.total == both.total > 4
    _search(qtbot, controller, lambda: controller.remove_filter("countries", "Kazakhstan"))
    assert controller.filters == {"countries": ["Kyrgyzstan"]}
    assert controller.model.total == 1
    assert controller.shown.summary == "1 story found"
    _search(qtbot, controller, controller.clear_filters)
    assert controller.filters == {}
    assert controller.model.total == 7
    # Not a facet: nothing is searched.
    generation = controller.search_generation
    controller.add_filter("colour", "blue")
    assert controller.search_generation == generation
    assert controller.filters == {}


def test_a_query_without_a_match(controller: Any, qtbot: Any) -> None:
    controller.text_changed("zzqqxx")
    _search(qtbot, controller, controller.search_now)
    assert controller.model.total == 0
    assert controller.model.ids() == []
    assert controller.shown.summary == "No stories match. Try other words, or remove a filter."
    assert controller.suggestion is None
    assert controller.shown.suggestion == ""


def test_did_you_mean(controller: Any, qtbot: Any) -> None:
    controller.text_changed("developmnt")
    _search(qtbot, controller, controller.search_now)
    assert controller.model.total == 0
    assert controller.suggestion == "development"
    assert controller.shown.suggestion == "development"
    controller.text_changed(controller.suggestion)
    _search(qtbot, controller, controller.search_now)
    assert controller.model.total > 0
    assert controller.shown.suggestion == ""


def test_results_come_a_page_at_a_time(controller: Any, seeded_library: Any, qtbot: Any) -> None:
    expected = seeded_library.search("lang:ru", limit=50)
    assert expected.total == 5
    controller.text_changed("lang:ru")
    _search(qtbot, controller, controller.search_now)
    model = controller.model
    assert model.total == 5
    assert model.ids() == [h.id for h in expected.hits[:2]]  # the first page of 2
    assert model.canFetchMore()
    assert _every_id(model, qtbot) == [h.id for h in expected.hits]
    assert model.total == 5
    # The first results as a pack would take them: loaded, or searched for again.
    assert controller.first_ids(3)() == [h.id for h in expected.hits[:3]]
    controller.text_changed("Kazakhstan")
    _search(qtbot, controller, controller.search_now)
    assert len(controller.model.ids()) == 2
    kazakhstan = seeded_library.search("Kazakhstan", limit=4)
    assert controller.first_ids(4)() == [h.id for h in kazakhstan.hits]


def test_sort_by_date(controller: Any, seeded_library: Any, qtbot: Any) -> None:
    controller.text_changed("lang:ru")
    _search(qtbot, controller, lambda: controller.set_sort("date"))
    assert controller.sort == "date"
    newest = seeded_library.search("lang:ru", limit=50, sort="date")
    assert _every_id(controller.model, qtbot) == [h.id for h in newest.hits]


def test_a_stale_result_is_dropped(controller: Any, seeded_library: Any, qtbot: Any) -> None:
    controller.text_changed("lang:ru")
    first = controller.run_search()
    controller.text_changed("zzqqxx")
    _search(qtbot, controller, controller.search_now)
    assert controller.search_generation > first
    late = seeded_library.search("lang:ru", limit=2, facets=True)
    controller._search_done(first, "lang:ru", "relevance", {}, late, None)
    assert controller.model.total == 0
    assert controller.shown.summary.startswith("No stories match")
