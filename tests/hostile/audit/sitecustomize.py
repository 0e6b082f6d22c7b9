"""Audit hook for StoryDesk subprocesses of the hostile-input suite (tests/hostile).

The tests put this folder first on ``PYTHONPATH``; Python imports ``sitecustomize`` at
start-up, before StoryDesk runs. When ``STORYDESK_AUDIT_LOG`` is set, every write-like
event (``open`` for writing, rename/replace, mkdir, remove, rmdir, truncate, chmod, links,
``shutil`` copies and removals, SQLite connections) is checked: its paths must lie inside
the folders in ``STORYDESK_AUDIT_ALLOWED`` (``os.pathsep``-separated). Anything else is
recorded, and at exit one JSON line ``{"pid", "violations": [...]}`` is appended to the
log. A runner that handles several cases in one process may change :data:`ALLOWED` and
read and clear :data:`VIOLATIONS` between cases.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

_LOG = os.environ.get("STORYDESK_AUDIT_LOG")
ALLOWED: list[str] = [
    os.path.realpath(p)
    for p in os.environ.get("STORYDESK_AUDIT_ALLOWED", "").split(os.pathsep)
    if p
]
ALWAYS_ALLOWED = ("/dev/null", "/dev/tty")
VIOLATIONS: list[str] = []
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_PATH_EVENTS = {
    "os.rename": 2,
    "os.mkdir": 1,
    "os.remove": 1,
    "os.rmdir": 1,
    "os.truncate": 1,
    "os.chmod": 1,
    "os.chown": 1,
    "os.utime": 1,
    "os.symlink": 2,
    "os.link": 2,
    "os.mkfifo": 1,
    "os.mknod": 1,
    "shutil.rmtree": 1,
    "shutil.copyfile": 2,
    "shutil.copytree": 2,
    "shutil.move": 2,
    "shutil.copymode": 2,
    "shutil.copystat": 2,
    "sqlite3.connect": 1,
}
_busy = False


def inside(path: str) -> bool:
    """True when ``path`` is inside one of the allowed folders."""
    real = os.path.realpath(os.path.abspath(path))
    if real in ALWAYS_ALLOWED:
        return True
    return any(real == root or real.startswith(root + os.sep) for root in ALLOWED)


def _paths(event: str, args: tuple[Any, ...]) -> list[Any]:
    if event == "open":
        path, mode, flags = (*tuple(args), None, None, None)[:3]
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and bool(flags & _WRITE_FLAGS)
        )
        return [path] if writing else []
    if event == "os.link":
        # os.link(src, dst, src_dir_fd, dst_dir_fd): only dst is made, and src may be a name
        # inside a directory descriptor (the atomic writer names a finished file through
        # /proc/self/fd). A dst relative to a descriptor is not resolvable here: record it.
        dst, dst_dir_fd = args[1], args[3] if len(args) > 3 else None
        return [dst] if dst_dir_fd in (None, -1, -100) else [f"<dir fd {dst_dir_fd}>/{dst}"]
    count = _PATH_EVENTS.get(event)
    return list(args[:count]) if count else []


def _hook(event: str, args: tuple[Any, ...]) -> None:
    global _busy
    if _busy or (event != "open" and event not in _PATH_EVENTS):
        return
    _busy = True
    try:
        for path in _paths(event, args):
            if path is None or isinstance(path, int):
                continue  # a file descriptor: its opening was checked
            text = os.fsdecode(path)
            if text in ("", ":memory:") or text.startswith("file::memory:"):
                continue
            if text.startswith("file:"):
                text = text[5:].split("?", 1)[0]
            if not inside(text):
                VIOLATIONS.append(f"{event} {text}")
    except Exception as exc:  # the hook must never break the program it watches
        VIOLATIONS.append(f"audit hook error on {event}: {exc!r}")
    finally:
        _busy = False


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Writes made inside this block are not checked (the runner's own result file)."""
    global _busy
    _busy = True
    try:
        yield
    finally:
        _busy = False


def _dump() -> None:
    global _busy
    _busy = True
    assert _LOG is not None
    with open(_LOG, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"pid": os.getpid(), "violations": VIOLATIONS}) + "\n")


if _LOG:
    sys.dont_write_bytecode = True
    sys.addaudithook(_hook)
    atexit.register(_dump)
