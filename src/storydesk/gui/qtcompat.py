"""A guard against a PySide6 reference-counting fault on Python 3.11.

Some PySide6 builds (seen with 6.12 on CPython 3.11) release one reference too many to
``None``, ``True`` or ``False`` when they come back from a Python override (an item
model's ``data()`` returning ``None``, ``canFetchMore()`` returning ``False``) or from a
signal emission. On Python 3.12+ these objects are immortal and the fault is harmless;
on 3.11 their count eventually reaches zero and the interpreter aborts ("deallocating
None"), minutes into a session.

:func:`guard` checks for the fault once and, only if it is present, does what Python 3.12
does: gives the three singletons a reference count they can never exhaust. They are never
freed in any case, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_done = False
_HEADROOM = 1 << 40


def _leaks() -> bool:
    from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Signal

    class _Probe(QAbstractListModel):
        def rowCount(self, parent: object = QModelIndex()) -> int:
            return 1

        def data(self, index: object, role: int = 0) -> None:
            return None

        def canFetchMore(self, parent: object) -> bool:
            return False

    class _Emitter(QObject):
        fired = Signal()

    probe = _Probe()
    emitter = _Emitter()
    index = probe.index(0)
    before = [sys.getrefcount(x) for x in (None, True, False)]
    for _ in range(50):
        index.data(5)
        probe.canFetchMore(QModelIndex())
        emitter.fired.emit()
    after = [sys.getrefcount(x) for x in (None, True, False)]
    return any(a < b - 10 for a, b in zip(after, before, strict=True))


def guard() -> bool:
    """Protect ``None``/``True``/``False`` if this PySide6 over-releases them; True if so."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    _done = True
    try:
        leaking = _leaks()
    except Exception as exc:  # the probe must never stop the app
        log.warning("could not check PySide6 reference counting: %s", exc)
        leaking = True
    if not leaking:
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    log.info("PySide6 over-releases None/True/False on this Python; guarded")
    return True
