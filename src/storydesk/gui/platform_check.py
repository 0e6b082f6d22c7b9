"""Can the window open here? A check made on Linux before Qt loads its display plugin.

On a fresh Debian or Ubuntu machine Qt's xcb platform plugin (``libqxcb.so``) often cannot
load because a few X11 helper libraries are not installed. Qt then prints a message that
names one library (sometimes the wrong one) and aborts with a core dump. StoryDesk checks
first: when the window is going to use xcb, it loads the plugin with :mod:`ctypes`, which
costs a few milliseconds and starts no process when all is well. Only if that fails does
it find every missing library (``ldd`` on the plugin and ``libQt6XcbQpa``, else the loader's
error and a probe of each library Qt needs) and stop with one sentence naming them and the
``apt-get`` line that installs them (or, when a Qt library that comes with StoryDesk is the
one missing, saying to install StoryDesk again). A missing display gets one sentence too.

:data:`XCB_LIBRARIES` is the one list of the system libraries Qt needs on Linux; the
README's ``apt-get install`` line names its packages (a test keeps the two equal).
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from storydesk.messages import translatable

log = logging.getLogger("storydesk.gui")

XCB_LIBRARIES: dict[str, str] = {
    # libqxcb.so and libQt6XcbQpa.so.6: X11 and its xcb helpers, keyboard handling
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    # libQt6Gui, libQt6Widgets, libQt6DBus, libQt6Core: drawing, fonts, the session bus
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}
"""The system libraries Qt's windows need on Linux, by soname, with the Debian/Ubuntu package
that ships each.

Measured with ``ldd`` and ``objdump -p`` on PySide6-Essentials 6.11 (``libqxcb.so``,
``libQt6XcbQpa``, ``libQt6Gui``, ``libQt6Widgets``, ``libQt6DBus``, ``libQt6Core``) and mapped
with ``dpkg -S`` on Debian 12: every library they name directly that the PySide6 wheel does
not carry, except the C and C++ runtimes and zlib/zstd, which every Debian system has. The
libraries these pull in (libXau, libXdmcp, libbsd...) come with them as package
dependencies.
"""

PLUGIN_NAME = "libqxcb.so"
QT_OWN_PREFIXES = ("libQt6", "libicu", "libpyside6", "libshiboken6")
"""Libraries that come with PySide6 (or the frozen app), never from a system package."""
XCB_QPA_NAME = "libQt6XcbQpa.so.6"

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"([^\s:/]+\.so(?:\.[0-9]+)*): cannot open shared object file")


def apt_packages() -> list[str]:
    """The Debian/Ubuntu packages of :data:`XCB_LIBRARIES`, each once, in the list's order."""
    return list(dict.fromkeys(XCB_LIBRARIES.values()))


def package_for(soname: str) -> str:
    """The Debian/Ubuntu package that ships ``soname``.

    A library outside :data:`XCB_LIBRARIES` gets the name Debian's library packaging policy
    gives it: ``libfoo.so.1`` is in ``libfoo1``, ``libfoo-2.so.0`` in ``libfoo-2-0``.
    """
    if soname in XCB_LIBRARIES:
        return XCB_LIBRARIES[soname]
    name, _, version = soname.partition(".so")
    version = version.lstrip(".")
    name = name.lower().replace("_", "-")
    if not version:
        return name
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def xcb_expected(environ: Mapping[str, str]) -> bool:
    """Whether Qt will open its windows through xcb (X11) on this Linux system.

    As Qt 6 chooses: ``QT_QPA_PLATFORM`` if set (``"xcb"``, ``"wayland;xcb"``...), else
    Wayland first when ``WAYLAND_DISPLAY`` is set, then xcb. A list that only falls back to
    xcb is taken as xcb when there is no Wayland display to use first.
    """
    requested = environ.get("QT_QPA_PLATFORM", "")
    wayland = bool(environ.get("WAYLAND_DISPLAY"))
    if not requested:
        return not wayland
    names = [entry.split(":", 1)[0].strip() for entry in requested.split(";")]
    if not names or names[0] == "xcb":
        return True
    return "xcb" in names and names[0].startswith("wayland") and not wayland


def platform_plugin(environ: Mapping[str, str]) -> Path | None:
    """The ``libqxcb.so`` Qt will load, where Qt looks for it: ``QT_QPA_PLATFORM_PLUGIN_PATH``,
    then each folder of ``QT_PLUGIN_PATH``, then the plugins of the Qt that PySide6 runs on;
    None if there is none (Qt then reports the problem itself)."""
    folders: list[Path] = []
    if environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        folders.append(Path(environ["QT_QPA_PLATFORM_PLUGIN_PATH"]))
    for entry in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep):
        if entry:
            folders.append(Path(entry) / "platforms")
    try:
        from PySide6.QtCore import QLibraryInfo

        folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms")
    except ImportError:  # pragma: no cover - the app cannot start without QtCore anyway
        pass
    for folder in folders:
        candidate = folder / PLUGIN_NAME
        if candidate.is_file():
            return candidate
    return None


def load_error(library: Path) -> str | None:
    """None if the dynamic loader can load ``library`` and everything it needs, else the
    loader's error. Loading the plugin here is what Qt would do a moment later."""
    try:
        ctypes.CDLL(str(library))
    except OSError as exc:
        return str(exc)
    return None


def parse_ldd(output: str) -> list[str]:
    """The libraries ``ldd`` reports as ``not found``, each once, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(output)))


def missing_libraries(plugin: Path, error: str = "") -> list[str]:
    """Every library ``plugin`` needs that this system cannot find.

    With ``ldd``: the libraries it reports ``not found`` for the plugin and, when the plugin
    sits in Qt's plugin tree, for ``libQt6XcbQpa.so.6`` beside Qt's libraries. Without it:
    the library named in the loader's ``error``, and each of :data:`XCB_LIBRARIES` that does
    not load.

    Args:
        plugin: The shared object that failed to load.
        error: The loader's message for it (:func:`load_error`).
    """
    targets = [plugin]
    xcb_qpa = plugin.parent.parent.parent / "lib" / XCB_QPA_NAME
    if xcb_qpa.is_file():
        targets.append(xcb_qpa)
    ldd = shutil.which("ldd")
    found: list[str] = []
    if ldd is not None:
        for target in targets:
            try:
                done = subprocess.run(
                    [ldd, str(target)],
                    capture_output=True,
                    text=True,
                    errors="replace",
                    timeout=30,
                    check=False,
                )
            except (OSError, subprocess.SubprocessError):
                continue
            found.extend(parse_ldd(done.stdout))
        if found:
            return list(dict.fromkeys(found))
    found.extend(_CANNOT_OPEN.findall(error))
    found.extend(_unloadable_xcb_libraries())
    return list(dict.fromkeys(found))


def _unloadable_xcb_libraries() -> list[str]:
    """The libraries of :data:`XCB_LIBRARIES` the dynamic loader cannot load here."""
    return [name for name in XCB_LIBRARIES if load_error(Path(name)) is not None]


def missing_libraries_message(missing: Iterable[str], apt_get: bool) -> str:
    """The one sentence naming ``missing`` libraries and how to install them."""
    missing = list(missing)
    packages = " ".join(dict.fromkeys(package_for(name) for name in missing))
    if apt_get:
        return translatable(
            "PlatformCheck",
            "StoryDesk cannot open its window: this system lacks {libraries}. "
            "Install them with: sudo apt-get install {packages}",
        ).format(libraries=", ".join(missing), packages=packages)
    return translatable(
        "PlatformCheck",
        "StoryDesk cannot open its window: this system lacks {libraries}. "
        "Install the packages that provide them (on Debian and Ubuntu: {packages}).",
    ).format(libraries=", ".join(missing), packages=packages)


def import_error_message(exc: BaseException) -> str | None:
    """The one sentence for Qt failing to import because a system library is missing
    (``libGL.so.1: cannot open shared object file``), naming it and any other of
    :data:`XCB_LIBRARIES` this system lacks; None for any other import error.

    For a front end that imports Qt inside ``try`` (this module imports no Qt at load).
    """
    named = _CANNOT_OPEN.findall(str(exc))
    if not named:
        return None
    missing = [*named, *_unloadable_xcb_libraries()]
    return missing_libraries_message(dict.fromkeys(missing), shutil.which("apt-get") is not None)


def problem(environ: Mapping[str, str] | None = None, plugin: Path | None = None) -> str | None:
    """Why the window cannot open here, in one sentence; None if nothing is known against it.

    Args:
        environ: The environment Qt will read (default: this process's).
        plugin: The xcb plugin to try (default: :func:`platform_plugin`).
    """
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    if not xcb_expected(env):
        return None
    plugin = plugin if plugin is not None else platform_plugin(env)
    if plugin is not None:
        error = load_error(plugin)
        if error is not None:
            missing = missing_libraries(plugin, error)
            own = [name for name in missing if name.startswith(QT_OWN_PREFIXES)]
            if own:  # a Qt or PySide6 library the app ships: no package brings it back
                return translatable(
                    "PlatformCheck",
                    "StoryDesk cannot open its window: its own Qt libraries are incomplete "
                    "({libraries} not found for {plugin}); install StoryDesk again.",
                ).format(libraries=", ".join(own), plugin=plugin)
            if missing:
                return missing_libraries_message(missing, shutil.which("apt-get") is not None)
            return translatable(
                "PlatformCheck",
                "StoryDesk cannot open its window: Qt's display plugin {plugin} does not "
                "load ({error}).",
            ).format(plugin=plugin, error=error.strip())
    if not env.get("DISPLAY"):
        return translatable(
            "PlatformCheck",
            "StoryDesk cannot open its window: there is no display (DISPLAY is not set); "
            "run it in a desktop session, or set QT_QPA_PLATFORM=offscreen for a check.",
        ).format()
    return None


def check_platform(environ: Mapping[str, str] | None = None) -> None:
    """Stop with status 1 and one sentence on stderr (and in the log) if the window cannot
    open here; return at once, starting no process, when it can.

    Called before the QApplication is made (:func:`storydesk.gui.app.make_application`):
    afterwards Qt would abort the process on the same problem.

    Raises:
        SystemExit: With status 1, after the sentence is written.
    """
    reason = problem(environ)
    if reason is None:
        return
    print(reason, file=sys.stderr, flush=True)
    if logging.getLogger("storydesk").hasHandlers():  # the log file, when there is one
        log.error("%s", reason)
    raise SystemExit(1)
