"""Fault injection for a ``storydesk`` child process (put this folder on its PYTHONPATH).

Environment:
    STORYDESK_FAULT_LOG: a file; one line per call of a watched function (``name``), and
        ``FAULT name n errno`` when a fault is raised.
    STORYDESK_FAULT_AT: ``name:n:errno`` (e.g. ``replace:3:ENOSPC``): the n-th call (from 1)
        of that function raises ``OSError(errno)``. Without it, calls are only counted.

Watched: ``replace`` (os.replace), ``rename`` (os.rename, Path.rename), ``fsync``
(os.fsync), ``copyfile`` (shutil.copyfile), ``open`` (builtins/io.open and os.open for
writing).
"""

from __future__ import annotations

import builtins
import errno as _errno
import io
import os
import shutil
from typing import Any

_LOG = os.environ.get("STORYDESK_FAULT_LOG")
_AT = os.environ.get("STORYDESK_FAULT_AT", "")
_fd = os.open(_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644) if _LOG else None
_counts: dict[str, int] = {}
_target, _n, _code = "", 0, 0
if _AT:
    _name, _nth, _err = _AT.split(":")
    _target, _n, _code = _name, int(_nth), getattr(_errno, _err)


def _note(name: str, path: Any) -> None:
    _counts[name] = _counts.get(name, 0) + 1
    count = _counts[name]
    if _fd is not None:
        os.write(_fd, f"{name}\n".encode())
    if name == _target and count == _n:
        if _fd is not None:
            os.write(_fd, f"FAULT {name} {count} {_errno.errorcode[_code]} {path}\n".encode())
        raise OSError(_code, os.strerror(_code), str(path))


_os_replace, _os_rename, _os_fsync, _os_open = os.replace, os.rename, os.fsync, os.open
_copyfile, _open = shutil.copyfile, builtins.open


def _replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
    _note("replace", dst)
    _os_replace(src, dst, *args, **kwargs)


def _rename(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
    _note("rename", dst)
    _os_rename(src, dst, *args, **kwargs)


def _fsync(fd: Any) -> None:
    _note("fsync", fd)
    _os_fsync(fd)


def _copy(src: Any, dst: Any, *args: Any, **kwargs: Any) -> Any:
    _note("copyfile", dst)
    return _copyfile(src, dst, *args, **kwargs)


def _open_file(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
    if isinstance(file, (str, bytes, os.PathLike)) and any(c in mode for c in "wax+"):
        _note("open", file)
    return _open(file, mode, *args, **kwargs)


def _os_open_file(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
    if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and path != _LOG:
        _note("open", path)
    return _os_open(path, flags, *args, **kwargs)


os.replace, os.rename, os.fsync, os.open = _replace, _rename, _fsync, _os_open_file
shutil.copyfile = _copy
builtins.open = io.open = _open_file
