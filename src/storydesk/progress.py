"""How long work (import, reindex, pack, bundle, restore) reports progress and is cancelled.

``progress(done, total, what)`` says how far the work is and what it is on now. A
:class:`CancelToken` is made by the front end, handed to the work, and cancelled from any
thread (a Cancel button, Ctrl+C); the work polls it between steps and stops by raising
:class:`~storydesk.errors.Cancelled` through :meth:`CancelToken.check`. Front ends pass
their own progress (a terminal line, a progress dialog); the core never waits on them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from storydesk.errors import Cancelled

Progress = Callable[[int, int, str], None]


class CancelToken:
    """A request to stop long work, set by one thread and polled by another.

    Every long operation takes one (``cancel=``) and, once it is cancelled, raises
    :class:`~storydesk.errors.Cancelled` at its next step, leaving nothing half done.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` has been called."""
        return self._event.is_set()

    def check(self, what: str = "the work") -> None:
        """Raise :class:`~storydesk.errors.Cancelled` if the work was cancelled.

        Args:
            what: What was under way, for the message ("the import", "the briefing pack").
        """
        if self._event.is_set():
            raise Cancelled(f"{what} was cancelled")


def check_cancel(cancel: CancelToken | None, what: str = "the work") -> None:
    """:meth:`CancelToken.check` for work that may run without a token."""
    if cancel is not None:
        cancel.check(what)
