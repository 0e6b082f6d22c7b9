"""Keeping the window in step with what other writers commit to the catalogue.

On a shared catalogue (docs/headquarters.md) other editors import and edit all day; on a
laptop, a ``storydesk import`` in a terminal may run beside the app. Every
:data:`CATCH_UP_MS` the :class:`CatalogueWatcher` asks :meth:`Library.catch_up
<storydesk.library.Library.catch_up>`, on the runner's ``write`` lane, to bring this
machine's search index up to the catalogue's change log (one cheap query when nothing
changed) and tells the window which stories changed, so it lists and searches again. A
shared catalogue's server that cannot be reached is said once in the status bar, and again
only after it was reached in between.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from storydesk.gui.errors import describe
from storydesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from storydesk.library import Library

log = logging.getLogger(__name__)

CATCH_UP_MS = 30_000
"""How often the window looks for changes others committed (milliseconds)."""


class CatalogueWatcher(QObject):
    """Catches this machine's index up with the catalogue on a timer.

    Signals:
        changed: Stories changed elsewhere were caught up: their ids (a ``frozenset``), or
            ``None`` when the index was rebuilt and anything may have changed.
        unreachable: The catalogue could not be read (one sentence), said once per outage.
    """

    changed = Signal(object)
    unreachable = Signal(str)

    def __init__(self, library: Library, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self._busy = False
        self._down = False
        self.timer = QTimer(self)
        self.timer.setInterval(CATCH_UP_MS)
        self.timer.timeout.connect(self.catch_up)
        if not library.read_only:
            self.timer.start()

    def catch_up(self) -> None:
        """Look for changes now (the timer's tick; one at a time)."""
        if self._busy:
            return
        self._busy = True
        self.runner.run(self.library.catch_up, self._done, self._failed, lane="write")

    def _done(self, changed: frozenset[str] | None) -> None:
        self._busy = False
        self._down = False
        if changed is None or changed:
            self.changed.emit(changed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._busy = False
        log.warning("catching up with the catalogue failed: %s\n%s", exc, tb)
        if not self._down:
            self._down = True
            self.unreachable.emit(describe(exc))

    def stop(self) -> None:
        """Stop looking (the window is closing)."""
        self.timer.stop()
