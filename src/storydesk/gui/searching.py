"""Searching from the desktop app: the query, sort order and filters, searched in the background.

:class:`SearchController` keeps what the main window searches for (the query typed, the
sort order, the facet filters), runs each search on the runner's ``search`` lane after a
short pause in typing, and puts the found stories into the window's
:class:`~storydesk.gui.models.StoryListModel`: the first page at once, the next pages as the
list scrolls. Each search carries a generation number and a result that arrives after a
newer search started is dropped, so stale results never replace newer ones.

The window wires its widgets to the controller (the search field, the sort box, the facet
panel and chips, the "did you mean" link) and shows what its signals say.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from storydesk.errors import StoryDeskError
from storydesk.gui.errors import translated
from storydesk.gui.facets import FACETS, Filters
from storydesk.gui.models import StoryListModel
from storydesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from storydesk.library import Library, SearchResult

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
"""Pause in typing after which the query is searched."""

PAGE = 100
"""Hits fetched per search (and per further page as the list scrolls)."""

PENDING_RETRY_MS = 3000
"""While stories are still being indexed, the search is run again after this long."""


class SearchController(QObject):
    """Runs the window's searches on a worker and fills the results list.

    Args:
        library: The library searched.
        runner: Where searches run (lane ``search``).
        model: The results list; the controller sets its stories.
        parent: The owning object (the main window).
        page: Hits fetched per search and per further page.
    """

    searchFinished = Signal(int)  # generation of the search whose results are shown
    resultsShown = Signal(object)  # SearchResult, once the model holds its stories
    summaryChanged = Signal(str)  # "12 stories found", "No stories match…", or why it failed
    suggestionChanged = Signal(str)  # a "did you mean" query; "" when there is none
    pendingChanged = Signal(str)  # "3 stories still being indexed"; "" when in step

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        model: StoryListModel,
        parent: QObject | None = None,
        page: int = PAGE,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._runner = runner
        self.model = model
        self.page = page
        self.filters: Filters = {}
        """Active facet filters: facet → values (values of one facet are alternatives)."""
        self.search_generation = 0
        """Number of the newest search started."""
        self.shown_generation = 0
        """Number of the search whose results are shown (0: none yet)."""
        self.last_result: SearchResult | None = None
        self.suggestion: str | None = None
        """The "did you mean" query offered for the results shown, if any."""
        self._text = ""
        self.sort = "relevance"
        """``"relevance"`` or ``"date"`` (:meth:`set_sort` also searches again)."""
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self._pending_timer = QTimer(self)
        self._pending_timer.setSingleShot(True)
        self._pending_timer.setInterval(PENDING_RETRY_MS)
        self._pending_timer.timeout.connect(self.run_search)

    # -- what to search for ---------------------------------------------------------------

    @property
    def query(self) -> str:
        """The query as searched (the search field's text without surrounding space)."""
        return self._text.strip()

    def text_edited(self, text: str) -> None:
        """The user typed in the search field: search once typing pauses."""
        self._text = text
        self._debounce.start()

    def text_changed(self, text: str) -> None:
        """The search field changed (typing, its clear button, or the program)."""
        self._text = text
        if not text:
            self._debounce.start()

    def search_now(self) -> None:
        """Search at once (Return, a chosen suggestion), without waiting for the pause."""
        self._debounce.stop()
        self.run_search()

    def set_sort(self, sort: str) -> None:
        """Sort by ``"relevance"`` or ``"date"`` and search again."""
        self.sort = sort or "relevance"
        self.run_search()

    def add_filter(self, facet: str, value: str) -> None:
        """Keep only stories with ``value`` (or another value already chosen) in ``facet``."""
        if facet not in FACETS:
            return
        values = self.filters.setdefault(facet, [])
        if value not in values:
            values.append(value)
        self.run_search()

    def remove_filter(self, facet: str, value: str) -> None:
        """Drop one filter value."""
        values = self.filters.get(facet, [])
        if value in values:
            values.remove(value)
        if not values:
            self.filters.pop(facet, None)
        self.run_search()

    def clear_filters(self) -> None:
        """Drop every filter."""
        self.filters.clear()
        self.run_search()

    def show_only(self, facet: str, value: str) -> None:
        """Replace every filter by this one (from the partner and place directory)."""
        self.filters = {facet: [value]}
        self.run_search()

    def stop(self) -> None:
        """Start no further searches on a timer (the window is closing)."""
        self._debounce.stop()
        self._pending_timer.stop()

    # -- running a search -----------------------------------------------------------------

    def run_search(self) -> int:
        """Start a search for the current query, sort and filters; returns its generation."""
        self._debounce.stop()
        self.search_generation += 1
        generation = self.search_generation
        library, page = self._library, self.page
        query, sort = self.query, self.sort
        filters = {k: list(v) for k, v in self.filters.items() if v}
        browse = not query and not filters

        def job() -> tuple[SearchResult, list[str] | None]:
            result = library.search(query, limit=page, facets=True, sort=sort, filters=filters)
            # Browsing everything: take every id from the catalogue at once (cheap), so the
            # list scrolls through the whole catalogue without further searches.
            ids = library.story_ids(sort="date") if browse else None
            return result, ids

        self._runner.run(
            job,
            on_done=lambda r: self._search_done(generation, query, sort, filters, *r),
            on_failed=lambda exc, tb: self._search_failed(generation, exc, tb),
            lane="search",
        )
        return generation

    def _search_done(
        self,
        generation: int,
        query: str,
        sort: str,
        filters: Filters,
        result: SearchResult,
        all_ids: list[str] | None,
    ) -> None:
        if generation != self.search_generation:
            return  # a newer search has started; its results will come
        self.last_result = result
        self.shown_generation = generation
        library, page = self._library, self.page

        def more(start: int) -> tuple[list[str], dict[str, str]]:
            found = library.search(query, limit=page, sort=sort, filters=filters, offset=start)
            return [h.id for h in found.hits], {h.id: h.snippet for h in found.hits}

        if all_ids is not None:
            self.model.set_ids(all_ids)
        else:
            self.model.set_ids(
                [h.id for h in result.hits],
                total=result.total,
                more=more,
                snippets={h.id: h.snippet for h in result.hits},
            )
        self.resultsShown.emit(result)
        self._offer_suggestion(result.suggestion)
        total = self.model.total
        if (query or filters) and total == 0:
            text = self.tr("No stories match. Try other words, or remove a filter.")
        elif query or filters:
            text = self.tr("%Ln stories found", "", total)
        else:
            text = self.tr("All %Ln stories, newest first", "", total)
        self.summaryChanged.emit(text)
        self._report_pending(result.pending)
        self.searchFinished.emit(generation)

    def _search_failed(self, generation: int, exc: BaseException, tb: str) -> None:
        if generation != self.search_generation:
            return
        if isinstance(exc, StoryDeskError | ValueError):
            # a query the parser refuses: say so where the results would be
            reason = translated(exc.args[0]) if len(exc.args) == 1 else str(exc)
            self.summaryChanged.emit(
                self.tr("This search cannot be run: {reason}").format(reason=reason)
            )
            self.model.set_ids([])
        else:
            log.error("search failed: %r\n%s", exc, tb)
            self.summaryChanged.emit(self.tr("The search failed; the details are in the log file."))
        self.searchFinished.emit(generation)

    def _offer_suggestion(self, suggestion: str | None) -> None:
        if suggestion and suggestion.strip() and suggestion != self.query:
            self.suggestion = suggestion
        else:
            self.suggestion = None
        self.suggestionChanged.emit(self.suggestion or "")

    def _report_pending(self, pending: int) -> None:
        if pending > 0:
            self.pendingChanged.emit(self.tr("%Ln stories still being indexed", "", pending))
            self._pending_timer.start()
        else:
            self.pendingChanged.emit("")

    # -- the results as a whole -----------------------------------------------------------

    def first_ids(self, count: int) -> Callable[[], list[str]]:
        """A job giving the ids of the first ``count`` results shown, in their order.

        The ids already in the list when there are enough; otherwise the job searches
        again (run it off the UI thread) with the query, sort and filters of now.
        """
        loaded = self.model.ids()
        if len(loaded) >= count:
            ids = loaded[:count]
            return lambda: list(ids)
        library, query, sort = self._library, self.query, self.sort
        filters = {k: list(v) for k, v in self.filters.items() if v}

        def search_ids() -> list[str]:
            found = library.search(query, limit=count, sort=sort, filters=filters)
            return [hit.id for hit in found.hits]

        return search_ids
