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
from storydesk.messages import translatable

Progress = Callable[[int, int, str], None]

THE_WORK = translatable("Errors", "the work")
"""What :class:`~storydesk.errors.Cancelled` names when the work does not say."""


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

    def check(self, what: str = THE_WORK) -> None:
        """Raise :class:`~storydesk.errors.Cancelled` if the work was cancelled.

        Args:
            what: What was under way, for the message ("the import", "the briefing pack"),
                best a translatable text so the app can show it in the reader's language.
        """
        if self._event.is_set():
            raise Cancelled(translatable("Errors", "{work} was cancelled").format(work=what))


def check_cancel(cancel: CancelToken | None, what: str = THE_WORK) -> None:
    """:meth:`CancelToken.check` for work that may run without a token."""
    if cancel is not None:
        cancel.check(what)
