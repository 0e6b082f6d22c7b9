"""The callbacks long work (import, reindex, export) takes: progress reports and cancel.

``progress(done, total, what)`` says how far the work is and what it is on now;
``cancel()`` is polled between steps and stops the work when it returns True. Front ends
pass their own (a terminal line, a progress dialog); the core never waits on them.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]
