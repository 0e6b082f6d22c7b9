"""The search process: searches answered by a child process, so the caller's threads never wait.

Whoosh is pure Python: a search run on a thread of the desktop app holds the interpreter's
lock for tens to hundreds of milliseconds, and the window's thread stalls with it. A
:class:`SearchService` runs searches in one child process instead, started once, that opens
its own read-only view of the data folder (the catalogue, for snippets, names and the count
of stories not yet indexed; the Whoosh index) and never takes the data folder's write lock.

Protocol (two one-way pipes of pickled tuples):

* request ``(kind, number, lane, arguments)``: ``kind`` is ``"search"`` (the arguments of
  :meth:`~storydesk.search.searcher.Searcher.search`, plus ``browse``: also every story id,
  newest first) or ``"stop"``; ``lane`` is ``"latest"`` for requests of which only the
  newest matters (the query being typed), ``""`` for the others;
* reply ``(number, status, payload, traceback)``: ``status`` is ``"ok"`` (payload: the
  answer), ``"error"`` (payload: the exception, of the class the search raised) or
  ``"skipped"`` (a newer ``"latest"`` request came first); the child's first message,
  ``(0, "ready", None, "")``, says it has opened the data folder.

The newest ``"latest"`` number is also written to a shared counter: the child answers only
the newest of several queued requests, and checks the counter between the phases of a
search (query, facets and suggestion, snippets) to abandon one a newer request replaced.

Before each request the child checks cheaply whether the index changed (the generation in
the index's marker file, and Whoosh's table of contents) and reopens its searcher if so.
If the child dies (a crash, ``kill -9``), the reader thread starts another and sends it the
requests still unanswered. The child ends with its parent
(:func:`~storydesk.search.workers.watch_parent`) and on :meth:`SearchService.close`.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storydesk.errors import StoryDeskError
from storydesk.messages import translatable

log = logging.getLogger(__name__)

READY = "ready"
"""Status of the child's first message (number 0): it has opened the data folder."""

LATEST = "latest"
"""Lane of requests of which only the newest is answered (the query being typed)."""

START_METHOD_ENV = "STORYDESK_MP_START_METHOD"
"""Environment variable naming the multiprocessing start method (default ``spawn``)."""

MAX_RESTARTS = 3
"""Deaths in a row (without an answer between them) after which the service gives up."""

ANSWER_WAIT = 300.0
"""Seconds :meth:`SearchService.search` waits for an answer (a hung child, not a slow one)."""

STOP_WAIT = 5.0
"""Seconds :meth:`SearchService.close` waits for the child to end before killing it."""

UNAVAILABLE = translatable("Search", "the search process stopped and could not be restarted")
"""The reason given to requests still waiting when the service gives up."""

Reply = Callable[[str, Any, str], None]
"""Called with (status, payload, traceback) when a request is answered."""


class SearchServiceUnavailable(StoryDeskError):
    """The search process could not be started, or died too often to be restarted."""


class _Superseded(Exception):
    """A newer ``latest`` request replaced the one being answered (inside the child)."""


# -- the child ----------------------------------------------------------------------------


@dataclass
class _View:
    """The child's read-only view of the data folder."""

    engine: Any
    sessions: Any
    index: Any
    searcher: Any
    marker: str | None = None

    def refresh_if_changed(self) -> None:
        """Reopen the Whoosh searcher when another process committed to the index."""
        marker = self.index.indexed_generation()
        with self.index.reading() as view:
            current = view is not None and view.searcher.up_to_date()
        if not current or marker != self.marker:
            self.index.close()  # reopened by the next search
            if marker != self.marker:
                # The catalogue changed too; a restored catalogue is a new file, which
                # pooled connections to the old one would not see.
                self.engine.dispose()
            self.marker = marker


def _open_view(data_dir: str, database_url: str | None) -> _View:
    from storydesk.catalogue.db import open_catalogue_read_only, open_shared_catalogue
    from storydesk.paths import DataLayout
    from storydesk.search.index import SearchIndex
    from storydesk.search.searcher import Searcher

    layout = DataLayout(Path(data_dir))
    if database_url:
        engine, sessions = open_shared_catalogue(database_url, maintain=False)
    else:
        engine, sessions = open_catalogue_read_only(layout.catalogue)
    index = SearchIndex(layout.index, sessions)
    return _View(engine, sessions, index, Searcher(index), index.indexed_generation())


def _story_ids(sessions: Any) -> list[str]:
    """Every story id, newest first (undated last), as the app lists the whole catalogue."""
    from sqlalchemy import select

    from storydesk.catalogue.models import Story

    with sessions() as session:
        order = (Story.date.is_(None), Story.date.desc(), Story.title)
        return list(session.scalars(select(Story.id).order_by(*order)))


def _portable(exc: BaseException) -> BaseException:
    """``exc`` itself if it survives pickling, else a RuntimeError saying what it was."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _answer(view: _View, arguments: dict[str, Any], stale: Callable[[], bool]) -> Any:
    """Answer one search request (see the module docstring)."""
    from storydesk.search.searcher import SearchCancelled

    arguments = dict(arguments)
    browse = bool(arguments.pop("browse", False))
    view.refresh_if_changed()
    if stale():
        raise _Superseded
    try:
        result = view.searcher.search(**arguments, cancelled=stale)
    except SearchCancelled:
        raise _Superseded from None
    if stale():
        raise _Superseded
    ids = _story_ids(view.sessions) if browse else None
    return result, ids


def serve(
    requests: multiprocessing.connection.Connection,
    replies: multiprocessing.connection.Connection,
    data_dir: str,
    latest: Any,
    parent_pid: int,
    database_url: str | None = None,
) -> None:
    """The child's main loop: answer requests until told to stop or the parent goes."""
    from storydesk.search.workers import watch_parent

    watch_parent(parent_pid)
    view: _View | None = None
    try:  # open the catalogue and the index before the first request comes
        view = _open_view(data_dir, database_url)
        view.refresh_if_changed()
    except Exception:  # said in answer to the first request, which tries again
        view = None
    replies.send((0, READY, None, ""))
    while True:
        try:
            batch = [requests.recv()]
            while requests.poll():
                batch.append(requests.recv())
        except (EOFError, OSError):
            return
        for kind, number, lane, arguments in batch:
            if kind == "stop":
                return

            def stale(number: int = number, lane: str = lane) -> bool:
                return lane == LATEST and number < latest.value

            if stale():
                replies.send((number, "skipped", None, ""))
                continue
            try:
                if view is None:
                    view = _open_view(data_dir, database_url)
                answer = _answer(view, arguments, stale)
            except _Superseded:
                replies.send((number, "skipped", None, ""))
            except Exception as exc:
                replies.send((number, "error", _portable(exc), traceback.format_exc()))
            else:
                if stale():
                    replies.send((number, "skipped", None, ""))
                else:
                    replies.send((number, "ok", answer, ""))


# -- the parent ---------------------------------------------------------------------------


def start_method() -> str:
    """The start method of the search process: ``spawn`` (safe beside Qt's threads, and the
    frozen app's way), unless :data:`START_METHOD_ENV` names another this platform has."""
    method = os.environ.get(START_METHOD_ENV, "")
    return method if method in multiprocessing.get_all_start_methods() else "spawn"


@contextlib.contextmanager
def _main_module_hidden() -> Any:
    """Start the child without running the parent's main script again.

    ``spawn`` runs the parent's ``__main__`` file in the child (as ``__mp_main__``): for the
    desktop app that is the script importing Qt and the whole window, which the search
    process needs none of (a second or more, and tens of MB), and a script without the
    ``if __name__ == "__main__"`` guard would start its work again. The child only needs
    :func:`serve`, found by its module. A frozen program is left as it is
    (``freeze_support`` handles it).
    """
    main = sys.modules.get("__main__")
    if main is None or getattr(sys, "frozen", False):
        yield
        return
    saved: dict[str, Any] = {
        name: main.__dict__[name] for name in ("__file__", "__spec__") if name in main.__dict__
    }
    main.__dict__.pop("__file__", None)
    main.__dict__["__spec__"] = None
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


@dataclass
class _Request:
    message: tuple[str, int, str, dict[str, Any]]
    reply: Reply


class SearchService:
    """Searches answered by one child process (see the module docstring).

    Thread-safe: requests may be sent from any thread; replies arrive on the service's
    reader thread (the caller hands them on, e.g. to the UI thread through a signal).

    Args:
        data_dir: The data folder searched.
        method: The multiprocessing start method (default: :func:`start_method`).
        database_url: A shared catalogue's URL, when the folder's catalogue is one.
    """

    def __init__(
        self, data_dir: Path | str, method: str | None = None, database_url: str | None = None
    ) -> None:
        self.data_dir = str(Path(data_dir))
        self.database_url = database_url
        self._context: Any = multiprocessing.get_context(method or start_method())
        self._latest = self._context.Value("q", 0, lock=False)
        self._numbers = itertools.count(1)
        self._lock = threading.RLock()
        self._waiting: dict[int, _Request] = {}
        self._process: Any = None
        self._requests: Any = None
        self._reader: threading.Thread | None = None
        self._closed = False
        self._failed: BaseException | None = None
        self._deaths = 0
        self._ready = threading.Event()
        self.restarts = 0
        """How often the child was started again after it died."""
        self.start_seconds = 0.0
        """Wall time the last start of the child took in this process."""

    # -- the process ---------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        """The child's process id (``None`` before it started)."""
        process = self._process
        return process.pid if process is not None else None

    @property
    def ready(self) -> bool:
        """Whether the child has opened the data folder (once; it stays ``True`` while a
        child that died is started again, requests then wait for the new one)."""
        return self._ready.is_set()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Start the child if need be and wait until it is :attr:`ready`."""
        self.start()
        return self._ready.wait(timeout)

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed

    def start(self) -> None:
        """Start the child if it is not running (cheap: it opens the data folder itself).

        Raises:
            SearchServiceUnavailable: The process cannot be started, or died too often.
        """
        with self._lock:
            if self._failed is not None:
                raise SearchServiceUnavailable(str(self._failed)) from self._failed
            if self._closed:
                raise SearchServiceUnavailable("the search process was closed")
            if self._process is not None:
                return
            try:
                self._spawn()
            except Exception as exc:
                self._failed = exc
                log.warning("the search process could not be started: %r", exc)
                raise SearchServiceUnavailable(
                    f"the search process could not be started: {exc}"
                ) from exc

    def _spawn(self) -> None:
        started = time.perf_counter()
        child_requests, requests = self._context.Pipe(duplex=False)
        replies, child_replies = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=serve,
            args=(
                child_requests,
                child_replies,
                self.data_dir,
                self._latest,
                os.getpid(),
                self.database_url,
            ),
            name="storydesk-search",
            daemon=True,
        )
        with _main_module_hidden():
            process.start()
        child_requests.close()
        child_replies.close()
        self._process, self._requests = process, requests
        self.start_seconds = time.perf_counter() - started
        reader = threading.Thread(
            target=self._read, args=(process, replies), name="storydesk-search-replies"
        )
        reader.daemon = True
        self._reader = reader
        reader.start()
        log.info("search process %s started", process.pid)

    def _read(self, process: Any, replies: multiprocessing.connection.Connection) -> None:
        """The reader thread: hand each reply on; start the child again if it dies."""
        while True:
            try:
                number, status, payload, tb = replies.recv()
            except (EOFError, OSError, pickle.UnpicklingError):
                break
            if status == READY:
                self._ready.set()
                continue
            self._deaths = 0
            with self._lock:
                request = self._waiting.pop(number, None)
            if request is not None and status != "skipped":
                try:
                    request.reply(status, payload, tb)
                except Exception:
                    log.exception("a search reply could not be handed on")
        with contextlib.suppress(Exception):
            replies.close()
        with self._lock:
            if self._closed or self._process is not process:
                return
            process.join(1.0)
            log.warning("the search process %s ended (exit code %s)", process.pid, process.exitcode)
            self._process = None
            with contextlib.suppress(Exception):
                self._requests.close()
            self._deaths += 1
            if self._deaths > MAX_RESTARTS:
                self._give_up(SearchServiceUnavailable(UNAVAILABLE))
                return
            try:
                self._spawn()
            except Exception as exc:
                self._give_up(SearchServiceUnavailable(f"{UNAVAILABLE}: {exc}"))
                return
            self.restarts += 1
            for request in sorted(self._waiting.values(), key=lambda r: r.message[1]):
                self._send(request.message)

    def _give_up(self, error: BaseException) -> None:
        self._failed = error
        waiting = list(self._waiting.values())
        self._waiting.clear()
        for request in waiting:
            with contextlib.suppress(Exception):
                request.reply("error", error, "")

    def _send(self, message: tuple[str, int, str, dict[str, Any]]) -> None:
        # If the child died, the reader thread starts another and sends it again.
        with contextlib.suppress(OSError, ValueError):
            self._requests.send(message)

    # -- requests ------------------------------------------------------------------------

    def submit(self, kind: str, arguments: dict[str, Any], reply: Reply, lane: str = "") -> int:
        """Send a request; ``reply(status, payload, traceback)`` follows on the reader thread.

        A ``"latest"`` request replaces any earlier one still waiting: that one gets no reply.

        Raises:
            SearchServiceUnavailable: The process cannot be started.
        """
        with self._lock:
            self.start()
            number = next(self._numbers)
            message = (kind, number, lane, arguments)
            if lane == LATEST:
                self._latest.value = number
                for old in [n for n, r in self._waiting.items() if r.message[2] == LATEST]:
                    del self._waiting[old]
            self._waiting[number] = _Request(message, reply)
            self._send(message)
            return number

    def search(self, timeout: float | None = ANSWER_WAIT, **arguments: Any) -> Any:
        """Search and wait for the answer (from a worker thread: waiting holds no lock).

        Takes :meth:`~storydesk.search.searcher.Searcher.search`'s arguments (and
        ``browse``); returns what the child answered.

        Raises:
            Whatever the search raised in the child (same class and message);
            SearchServiceUnavailable: The process cannot be started or gave up;
            TimeoutError: No answer within ``timeout`` seconds.
        """
        done = threading.Event()
        outcome: list[Any] = []

        def reply(status: str, payload: Any, _tb: str) -> None:
            outcome[:] = [status, payload]
            done.set()

        self.submit("search", arguments, reply)
        if not done.wait(timeout):
            raise TimeoutError("the search process did not answer")
        status, payload = outcome
        if status == "error":
            raise payload
        return payload

    def close(self) -> None:
        """Stop the child (asking first, then killing it); requests still waiting get
        :class:`SearchServiceUnavailable`."""
        with self._lock:
            self._closed = True
            waiting = list(self._waiting.values())
            self._waiting.clear()
            process, requests = self._process, self._requests
            self._process = None
        for request in waiting:  # a thread waiting in search() goes on
            with contextlib.suppress(Exception):
                request.reply(
                    "error", SearchServiceUnavailable("the search process was closed"), ""
                )
        if process is None:
            return
        with contextlib.suppress(Exception):
            requests.send(("stop", 0, "", {}))
        process.join(STOP_WAIT)
        if process.is_alive():
            process.kill()
            process.join(STOP_WAIT)
        with contextlib.suppress(Exception):
            requests.close()
        log.info("search process %s stopped", process.pid)
