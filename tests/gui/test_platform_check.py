"""The start-up check of Qt's display plugin on Linux (``storydesk.gui.platform_check``).

Real shared objects: a library compiled here that needs one that was deleted (when a C
compiler is available), the installed PySide6's ``libqxcb.so``, ``ldd`` and the dynamic
loader. The end-to-end tests run the real ``storydesk gui`` as a subprocess and check that a
missing library or display gives one sentence and status 1, never Qt's abort.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from storydesk.gui import platform_check
from storydesk.gui.platform_check import (
    XCB_LIBRARIES,
    apt_packages,
    import_error_message,
    load_error,
    missing_libraries,
    package_for,
    parse_ldd,
    problem,
    xcb_expected,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 120

# ``ldd`` output of PySide6 6.11's libqxcb.so captured on Debian 12 (shortened, paths of the
# venv shortened), with the lines of libxcb-cursor0 and libxcb-icccm4, the two libraries the
# issue's new user lacked, as glibc's ldd prints a library it cannot find.
LDD_QXCB_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd5a1f2000)
\tlibQt6XcbQpa.so.6 => /opt/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f7c0c2ae000)
\tlibQt6Gui.so.6 => /opt/Qt/plugins/platforms/../../lib/libQt6Gui.so.6 (0x00007f7c0b600000)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f7c0c21e000)
\tlibxkbcommon.so.0 => /lib/x86_64-linux-gnu/libxkbcommon.so.0 (0x00007f7c0b5ba000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f7c0c211000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f7c0b5a4000)
\tlibxcb-image.so.0 => /lib/x86_64-linux-gnu/libxcb-image.so.0 (0x00007f7c0b59e000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f7c0a41e000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f7c0c27e000)
"""


# -- parsing and naming ------------------------------------------------------------------


def test_ldd_output_gives_the_missing_libraries_in_order() -> None:
    assert parse_ldd(LDD_QXCB_MISSING) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]


def test_ldd_output_of_a_complete_system_gives_nothing() -> None:
    complete = LDD_QXCB_MISSING.replace(
        "=> not found", "=> /lib/x86_64-linux-gnu/libxcb-found.so (0x00007f7c0b59e000)"
    )
    assert parse_ldd(complete) == []


def test_libraries_map_to_their_debian_packages() -> None:
    assert package_for("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert package_for("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert package_for("libglib-2.0.so.0") == "libglib2.0-0"
    # Outside the list: Debian's naming of library packages.
    assert package_for("libxcb-xinput.so.0") == "libxcb-xinput0"
    assert package_for("libFoo-3.so.1") == "libfoo-3-1"
    assert package_for("libmissingdemo.so.1") == "libmissingdemo1"


def test_the_sentence_names_the_libraries_and_the_apt_line() -> None:
    sentence = platform_check.missing_libraries_message(
        ["libxcb-cursor.so.0", "libxcb-icccm.so.4"], apt_get=True
    )
    assert sentence == (
        "StoryDesk cannot open its window: this system lacks libxcb-cursor.so.0, "
        "libxcb-icccm.so.4. Install them with: sudo apt-get install libxcb-cursor0 "
        "libxcb-icccm4"
    )
    assert "\n" not in sentence
    other = platform_check.missing_libraries_message(["libxcb-cursor.so.0"], apt_get=False)
    assert "on Debian and Ubuntu: libxcb-cursor0" in other


def test_qt_failing_to_import_for_a_library_gets_the_same_sentence() -> None:
    error = ImportError("libGL.so.1: cannot open shared object file: No such file or directory")
    sentence = import_error_message(error)
    assert sentence is not None
    assert sentence.startswith("StoryDesk cannot open its window: this system lacks libGL.so.1")
    assert "libgl1" in sentence
    assert import_error_message(ImportError("No module named 'PySide6'")) is None


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({}, True),  # Qt's default is xcb: it fails there for want of a display
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:nograb", "DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "minimal", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, True),
    ],
)
def test_the_check_runs_only_where_qt_will_use_xcb(environ: dict[str, str], expected: bool) -> None:
    assert xcb_expected(environ) is expected


# -- the list of libraries ----------------------------------------------------------------


def _fresh_machine_apt_line() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Fresh machine\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("sudo apt-get install")]
    assert len(lines) == 1, "the README's Fresh machine section has one apt-get line"
    return lines[0]


def test_the_readme_apt_line_installs_exactly_the_listed_packages() -> None:
    line = _fresh_machine_apt_line()
    assert line.startswith("sudo apt-get install -y ")
    assert line.split()[4:] == apt_packages()


def _pyside_qt() -> Path:
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt"


def _qxcb() -> Path:
    plugin = _pyside_qt() / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        pytest.skip(f"this PySide6 has no xcb plugin at {plugin}")
    return plugin


#: Present on every Debian and Ubuntu system (priority required), so not on the README line.
BASE_RUNTIME = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libstdc++.so.6",
    "libgcc_s.so.1",
    "libz.so.1",
    "libzstd.so.1",
}


def test_the_list_is_what_the_installed_qt_needs() -> None:
    """Every system library named by the xcb plugin and the Qt libraries it loads is on the
    list, and nothing else: a PySide6 upgrade that needs another one fails here."""
    objdump = shutil.which("objdump")
    if objdump is None:
        pytest.skip("objdump (binutils) is not installed")
    qt = _pyside_qt()
    plugin = _qxcb()
    needed: set[str] = set()
    for library in [
        plugin,
        qt / "lib" / "libQt6XcbQpa.so.6",
        qt / "lib" / "libQt6Gui.so.6",
        qt / "lib" / "libQt6Widgets.so.6",
        qt / "lib" / "libQt6DBus.so.6",
        qt / "lib" / "libQt6Core.so.6",
    ]:
        headers = subprocess.run(
            [objdump, "-p", str(library)],
            capture_output=True,
            text=True,
            check=True,
            timeout=TIMEOUT,
        ).stdout
        needed.update(re.findall(r"^\s*NEEDED\s+(\S+)", headers, re.MULTILINE))
    bundled = {p.name for p in (qt / "lib").iterdir()}
    system = {
        name
        for name in needed
        if name not in bundled and name not in BASE_RUNTIME and not name.startswith("ld-linux")
    }
    assert system == set(XCB_LIBRARIES)


def test_each_library_is_in_the_package_named_for_it() -> None:
    """``dpkg -S`` of each installed library names the package the list gives (or its
    Ubuntu 24.04 ``t64`` rename, which the old name still installs)."""
    if shutil.which("dpkg") is None or shutil.which("ldconfig") is None:
        pytest.skip("not a Debian-like system (no dpkg)")
    cache = subprocess.run(
        ["ldconfig", "-p"], capture_output=True, text=True, check=True, timeout=TIMEOUT
    ).stdout
    checked = 0
    for soname, package in XCB_LIBRARIES.items():
        found = re.search(rf"^\s*{re.escape(soname)} \(libc6,x86-64\) => (\S+)$", cache, re.M)
        if found is None:
            continue
        real = Path(found.group(1)).resolve()
        candidates = [str(real)]
        if str(real).startswith("/usr/"):
            candidates.append(str(real)[4:])  # a merged /usr: dpkg may know the /lib path
        owners = ""
        for candidate in candidates:
            owners = subprocess.run(
                ["dpkg", "-S", candidate], capture_output=True, text=True, timeout=TIMEOUT
            ).stdout
            if owners:
                break
        owner = owners.split(":", 1)[0]
        assert owner in (package, f"{package}t64"), (soname, owner)
        checked += 1
    if not checked:
        pytest.skip("none of the libraries is installed here")


def test_the_readme_packages_exist_for_apt() -> None:
    if shutil.which("apt-get") is None:
        pytest.skip("no apt-get here")
    if not list(Path("/var/lib/apt/lists").glob("*_Packages*")):
        pytest.skip("apt has no package lists here (apt-get update has not run)")
    simulated = subprocess.run(
        ["apt-get", "install", "-s", "-q", *apt_packages()],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert simulated.returncode == 0, simulated.stderr


# -- a real library that needs a missing one ---------------------------------------------


@pytest.fixture
def broken_plugin(tmp_path: Path) -> Path:
    """``plugins/libqxcb.so``: a real shared object that needs ``libmissingdemo.so.1``,
    which was there when it was linked and has been deleted since."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build a library with a missing dependency")
    build = tmp_path / "build"
    build.mkdir()
    (build / "missing.c").write_text("int g(void) { return 1; }\n")
    (build / "plugin.c").write_text("int g(void);\nint f(void) { return g(); }\n")
    missing = build / "libmissingdemo.so"
    soname = "-Wl,-soname,libmissingdemo.so.1"
    sources = str(build / "missing.c")
    subprocess.run(
        [compiler, "-shared", "-fPIC", soname, "-o", str(missing), sources],
        check=True,
        timeout=TIMEOUT,
    )
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    plugin = plugins / "libqxcb.so"
    source = str(build / "plugin.c")
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-o", str(plugin), source, f"-L{build}", "-lmissingdemo"],
        check=True,
        timeout=TIMEOUT,
    )
    missing.unlink()
    return plugin


def test_a_library_with_a_missing_dependency_does_not_load(broken_plugin: Path) -> None:
    error = load_error(broken_plugin)
    assert error is not None and "libmissingdemo.so.1" in error


def test_ldd_finds_the_missing_library(broken_plugin: Path) -> None:
    if shutil.which("ldd") is None:
        pytest.skip("no ldd here")
    assert missing_libraries(broken_plugin) == ["libmissingdemo.so.1"]


def test_without_ldd_the_loader_error_names_it(
    broken_plugin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no ldd on the PATH
    error = load_error(broken_plugin)
    assert error is not None
    assert missing_libraries(broken_plugin, error) == ["libmissingdemo.so.1"]


def test_the_problem_is_one_sentence_naming_it(broken_plugin: Path) -> None:
    reason = problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, plugin=broken_plugin)
    assert reason is not None
    assert reason.startswith("StoryDesk cannot open its window: this system lacks ")
    assert "libmissingdemo.so.1" in reason and "libmissingdemo1" in reason
    assert "\n" not in reason
    # Offscreen, the xcb plugin is never loaded: nothing to say.
    assert problem({"QT_QPA_PLATFORM": "offscreen"}, plugin=broken_plugin) is None


def test_a_plugin_parted_from_qt_asks_for_a_reinstall(tmp_path: Path) -> None:
    """The real xcb plugin without the Qt libraries beside it (a frozen folder that dropped
    libQt6XcbQpa): no apt-get can bring them back, so the sentence says to reinstall."""
    plugin = tmp_path / "platforms" / "libqxcb.so"
    plugin.parent.mkdir()
    shutil.copyfile(_qxcb(), plugin)
    reason = problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, plugin=plugin)
    assert reason is not None
    assert reason.startswith("StoryDesk cannot open its window: its own Qt libraries are")
    assert "libQt6XcbQpa.so.6" in reason and reason.endswith("install StoryDesk again.")
    assert "apt-get" not in reason


def test_all_is_well_costs_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real plugin loads here: no sentence, and neither ldd nor anything else is run."""
    plugin = _qxcb()
    if load_error(plugin) is not None:
        pytest.skip("this machine itself lacks a library of Qt's xcb plugin")

    def no_process(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process was started on the good path")

    monkeypatch.setattr(subprocess, "run", no_process)
    monkeypatch.setattr(subprocess, "Popen", no_process)
    assert problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}) is None
    assert problem({"DISPLAY": ":0"}) is None
    assert platform_check.platform_plugin({}) == plugin


# -- the real command --------------------------------------------------------------------


def _storydesk_gui(
    environ: dict[str, str], data_dir: Path, program: str = "storydesk"
) -> subprocess.CompletedProcess[str]:
    """``storydesk gui`` (or ``storydesk-gui``) as a user runs it, with ``environ`` instead of
    this session's display variables."""
    exe = shutil.which(program)
    if exe is not None:
        command = [exe, "gui"] if program == "storydesk" else [exe]
    elif program == "storydesk":
        command = [sys.executable, "-m", "storydesk", "gui"]
    else:
        command = [sys.executable, "-m", "storydesk.gui.app"]
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
    }
    env.update(environ, STORYDESK_DATA_DIR=str(data_dir))
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=TIMEOUT, check=False
    )


def _assert_one_sentence(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.returncode, done.stderr)  # not -6 (Qt's abort)
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "qt.qpa" not in done.stderr and "Aborted" not in done.stderr
    assert done.stdout == ""
    return lines[0]


@pytest.mark.parametrize(
    ("program", "environ"),
    [("storydesk", {"QT_QPA_PLATFORM": "xcb"}), ("storydesk-gui", {})],  # {}: Qt's default
)
def test_storydesk_gui_with_no_display_says_so(
    tmp_path: Path, program: str, environ: dict[str, str]
) -> None:
    done = _storydesk_gui(environ, tmp_path / "data", program)
    line = _assert_one_sentence(done)
    assert line == (
        "StoryDesk cannot open its window: there is no display (DISPLAY is not set); run it "
        "in a desktop session, or set QT_QPA_PLATFORM=offscreen for a check."
    )


def test_storydesk_gui_names_the_missing_library(broken_plugin: Path, tmp_path: Path) -> None:
    """Qt would load this plugin (``QT_QPA_PLATFORM_PLUGIN_PATH``) and abort; StoryDesk says
    which library is missing, on stderr and in its log."""
    data = tmp_path / "data"
    done = _storydesk_gui(
        {
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": ":0",
            "QT_QPA_PLATFORM_PLUGIN_PATH": str(broken_plugin.parent),
        },
        data,
    )
    line = _assert_one_sentence(done)
    assert line.startswith("StoryDesk cannot open its window: this system lacks ")
    assert "libmissingdemo.so.1" in line
    log = (data / "logs" / "storydesk.log").read_text(encoding="utf-8")
    assert line in log


def test_the_window_still_opens_on_a_real_x_server(tmp_path: Path) -> None:
    """With an X server (Xvfb) and every library present, the check lets Qt's xcb plugin,
    already loaded once by the check, open the window."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None or shutil.which("Xvfb") is None:
        pytest.skip("no Xvfb here (Debian package xvfb)")
    exe = shutil.which("storydesk")
    command = [exe] if exe else [sys.executable, "-m", "storydesk"]
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["STORYDESK_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run(
        [xvfb_run, "-a", *command, "gui", "--quit-when-ready"],
        capture_output=True,
        text=True,
        env=env,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert ": the window is open on " in done.stdout
