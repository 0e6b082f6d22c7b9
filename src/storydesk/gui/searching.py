"""Searching from the desktop app: the query, sort order and filters, searched in the background.

:class:`SearchController` keeps what the main window searches for (the query typed, the
sort order, the facet filters), sends each search after a short pause in typing, and puts
the found stories into the window's :class:`~storydesk.gui.models.StoryListModel`: the first
page at once, the next pages as the list scrolls. Each search carries a generation number
and a result that arrives after a newer search started is dropped, so stale results never
replace newer ones.

Searches run in the library's search process
(:meth:`~storydesk.library.Library.search_service`), not on a thread of the window's
process: Whoosh holds the interpreter's lock while it searches, and the window's thread
would stall with it. The answer comes back on the service's reader thread and is handed to
the UI thread through a queued signal. The window's thread only sends and paints. The
process is started once the first results are shown, and until it has opened the data
folder (about a second later) searches run on the runner's ``search`` lane, so the first
page never waits for it nor shares the CPU with its start; if the process cannot be
started, they keep running there (said once in the log and the status bar).
``STORYDESK_SEARCH_PROCESS=0`` asks for that thread path (tests that do not look at where
searches run).

The window wires its widgets to the controller (the search field, the sort box, the facet
panel and chips, the "did you mean" link) and shows what its signals say.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from storydesk.errors import StoryDeskError
from storydesk.gui.errors import translated
from storydesk.gui.facets import FACETS, Filters, date_filter_of
from storydesk.gui.models import StoryListModel
from storydesk.gui.tasks import TaskRunner
from storydesk.library import DATE_FILTER, SearchServiceUnavailable, date_range

if TYPE_CHECKING:
    from storydesk.library import Library, SearchResult, SearchService

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
"""Pause in typing after which the query is searched."""

PAGE = 100
"""Hits fetched per search (and per further page as the list scrolls)."""

PENDING_RETRY_MS = 3000
"""While stories are still being indexed, the search is run again after this long."""

PROCESS_ENV = "STORYDESK_SEARCH_PROCESS"
"""Set to ``0`` to search on a thread of the window's process instead of the search process."""

SearchFunction = Callable[..., "SearchResult"]
"""``search(query=..., limit=..., sort=..., filters=..., offset=...)`` like Library.search."""


def process_wanted() -> bool:
    """Whether searches go to the search process (unless :data:`PROCESS_ENV` is ``0``)."""
    return os.environ.get(PROCESS_ENV, "1").strip() != "0"


def background_search(library: Library, use_process: bool | None = None) -> SearchFunction:
    """A search for worker threads: asks the search process and waits (holding no lock the
    window needs), or searches in this process when the search process is not available.
    """
    if not (process_wanted() if use_process is None else use_process):
        return library.search

    def search(**arguments: Any) -> SearchResult:
        service = library.search_service()
        if not service.ready:  # still starting: search here rather than wait for it
            return library.search(**arguments)
        try:
            result, _ids = service.search(**arguments)
        except SearchServiceUnavailable:
            return library.search(**arguments)
        return result  # type: ignore[no-any-return]

    return search


class _Replies(QObject):
    """Hands the search process's answers to the UI thread.

    The reader thread stores an answer under a number and emits that number (only an int
    crosses threads in a signal, as in :class:`~storydesk.gui.tasks.TaskRunner`).
    """

    arrived = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._outcomes: dict[int, tuple[str, Any, str]] = {}

    def deliver(self, number: int, status: str, payload: Any, tb: str) -> None:
        with self._lock:
            self._outcomes[number] = (status, payload, tb)
        self.arrived.emit(number)

    def take(self, number: int) -> tuple[str, Any, str] | None:
        with self._lock:
            return self._outcomes.pop(number, None)


class SearchController(QObject):
    """Runs the window's searches on a worker and fills the results list.

    Args:
        library: The library searched.
        runner: Where searches run (lane ``search``).
        model: The results list; the controller sets its stories.
        parent: The owning object (the main window).
        page: Hits fetched per search and per further page.
        use_process: Search in the library's search process (default: unless
            ``STORYDESK_SEARCH_PROCESS=0``); ``False`` searches on the runner's thread.
    """

    searchFinished = Signal(int)  # generation of the search whose results are shown
    resultsShown = Signal(object)  # SearchResult, once the model holds its stories
    summaryChanged = Signal(str)  # "12 stories found", "No stories match…", or why it failed
    suggestionChanged = Signal(str)  # a "did you mean" query; "" when there is none
    pendingChanged = Signal(str)  # "3 stories still being indexed"; "" when in step
    noticeChanged = Signal(str)  # a one-time notice for the status bar (searching in-process)

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        model: StoryListModel,
        parent: QObject | None = None,
        page: int = PAGE,
        use_process: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._runner = runner
        wanted = process_wanted() if use_process is None else use_process
        self.service: SearchService | None = library.search_service() if wanted else None
        """The search process searches go to; ``None`` when they run on a thread here."""
        self._replies = _Replies(self)
        self._replies.arrived.connect(self._reply_arrived)
        self._waiting: dict[int, Callable[[str, Any, str], None]] = {}
        self._numbers = itertools.count(1)
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
        """Drop one filter value (or the date range)."""
        values = self.filters.get(facet, [])
        if value in values:
            values.remove(value)
        if not values:
            self.filters.pop(facet, None)
        self.run_search()

    def set_values(self, facet: str, values: list[str]) -> None:
        """Make ``values`` the chosen values of ``facet`` (none: no filter on it)."""
        if facet not in FACETS:
            return
        kept = list(dict.fromkeys(v for v in values if v))
        if kept == self.filters.get(facet, []):
            return
        if kept:
            self.filters[facet] = kept
        else:
            self.filters.pop(facet, None)
        self.run_search()

    def set_date_range(self, value: str) -> None:
        """Keep only stories dated within ``value`` ("FROM..TO"; "" for any date)."""
        if value and date_range(value) is None:
            return
        if value == date_filter_of(self.filters):
            return
        if value:
            self.filters[DATE_FILTER] = [value]
        else:
            self.filters.pop(DATE_FILTER, None)
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
        """Start no further searches on a timer (another list is shown, or the window closes)."""
        self._debounce.stop()
        self._pending_timer.stop()

    def shut_down(self) -> None:
        """The window is closing: stop the timers and the search process."""
        self.stop()
        self._waiting.clear()
        if self.service is not None:
            self.service.close()
        self.service = None

    # -- where searches run ---------------------------------------------------------------

    def search_function(self) -> SearchFunction:
        """A search for worker threads (the next pages, the results as a whole)."""
        return background_search(self._library, self.service is not None)

    def _send(
        self,
        arguments: dict[str, Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException, str], None],
    ) -> bool:
        """Send a search of the typed query to the search process; ``False`` if it is not
        available, or not ready yet (the caller then searches on a thread: the first
        search of a new window does not wait for the process to start)."""
        if self.service is None or not self.service.ready:
            return False
        number = next(self._numbers)

        def handle(status: str, payload: Any, tb: str) -> None:
            if status == "ok":
                on_done(payload)
            elif isinstance(payload, SearchServiceUnavailable) and self.service is not None:
                self._fall_back(payload)
                self.run_search()
            else:
                on_failed(payload, tb)

        self._waiting = {number: handle}  # only the newest search's answer matters
        try:
            self.service.submit("search", arguments, self._deliverer(number), lane="latest")
        except SearchServiceUnavailable as exc:
            self._waiting.clear()
            self._fall_back(exc)
            return False
        return True

    def _start_service(self) -> None:
        """Start the search process once the first results are on screen (it needs about a
        second of CPU to start, which the first page should not share)."""
        if self.service is None or self.service.pid is not None:
            return
        try:
            self.service.start()
        except SearchServiceUnavailable as exc:
            self._fall_back(exc)

    def _deliverer(self, number: int) -> Callable[[str, Any, str], None]:
        replies = self._replies

        def deliver(status: str, payload: Any, tb: str) -> None:  # on the reader thread
            replies.deliver(number, status, payload, tb)

        return deliver

    def _reply_arrived(self, number: int) -> None:
        outcome = self._replies.take(number)
        handle = self._waiting.pop(number, None)
        if outcome is None or handle is None:
            return  # a search a newer one replaced, or the window closed
        handle(*outcome)

    def _fall_back(self, exc: BaseException) -> None:
        """Search on a thread from now on, and say so once."""
        log.warning("searching in the window's process: %s", exc)
        if self.service is not None:
            self.service.close()
        self.service = None
        self.noticeChanged.emit(
            self.tr("Searches run in the window's process; typing may pause while they run.")
        )

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

        def done(answer: tuple[SearchResult, list[str] | None]) -> None:
            self._search_done(generation, query, sort, filters, *answer)

        def failed(exc: BaseException, tb: str) -> None:
            self._search_failed(generation, exc, tb)

        # Browsing everything also takes every id from the catalogue at once (cheap), so
        # the list scrolls through the whole catalogue without further searches.
        arguments = {
            "query": query,
            "limit": page,
            "facets": True,
            "open_facets": True,
            "sort": sort,
            "filters": filters,
            "browse": browse,
        }
        if self._send(arguments, done, failed):
            return generation

        def job() -> tuple[SearchResult, list[str] | None]:
            result = library.search(
                query, limit=page, facets=True, sort=sort, filters=filters, open_facets=True
            )
            ids = library.story_ids(sort="date") if browse else None
            return result, ids

        self._runner.run(job, on_done=done, on_failed=failed, lane="search")
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
        search, page = self.search_function(), self.page

        def more(start: int) -> tuple[list[str], dict[str, str]]:
            found = search(query=query, limit=page, sort=sort, filters=filters, offset=start)
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
        self._start_service()
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
        self._start_service()
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
        search, query, sort = self.search_function(), self.query, self.sort
        filters = {k: list(v) for k, v in self.filters.items() if v}

        def search_ids() -> list[str]:
            found = search(query=query, limit=count, sort=sort, filters=filters)
            return [hit.id for hit in found.hits]

        return search_ids
