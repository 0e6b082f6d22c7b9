"""The PyInstaller spec, run for Windows, macOS and Linux without PyInstaller.

The frozen app is built and smoke-tested on Linux only (``packaging/build.sh``); CI builds
no frozen app. So ``packaging/storydesk.spec`` is executed here as PyInstaller would execute
it, with ``sys.platform`` set to each platform and stand-ins recording what it asks of
PyInstaller's builders (``Analysis``, ``PYZ``, ``EXE``, ``COLLECT``, ``BUNDLE``) and hooks
(``collect_data_files``, ``copy_metadata``...). That exercises the Windows and macOS
branches (icons, console flags, version resource, the .app) that cannot be built here.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
import types
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "packaging" / "storydesk.spec"
ENTRY = REPO / "packaging" / "entry"
QT_MODULES_USED = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"}


class Recorder:
    """A stand-in for one of PyInstaller's builders: keeps its arguments."""

    made: list[Recorder]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.made.append(self)


class FakeAnalysis(Recorder):
    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        super().__init__(scripts, **kwargs)
        # As PyInstaller lists them: its runtime hooks first, then the entry scripts.
        self.scripts = [("pyi_rth_multiprocessing", "/hooks/pyi_rth_mp.py", "PYSOURCE")] + [
            (Path(script).stem, script, "PYSOURCE") for script in scripts
        ]
        self.pure = [("storydesk", "/site/storydesk/__init__.py", "PYMODULE")]
        self.binaries = [
            ("PySide6/Qt/lib/libQt6Widgets.so.6", "/x", "BINARY"),
            ("PySide6/Qt/lib/libQt6Pdf.so.6", "/x", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqpdf.so", "/x", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/x", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x", "BINARY"),
        ]
        self.datas = [
            ("PySide6/Qt/translations/qtbase_ru.qm", "/x", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", "/x", "DATA"),
            ("storydesk/resources/directory/places.yaml", "/x", "DATA"),
        ]


class Spec:
    """What one run of the spec asked for."""

    def __init__(self, namespace: dict[str, Any], made: list[Recorder], hooks: dict[str, list]):
        self.namespace = namespace
        self.made = made
        self.hooks = hooks

    def of(self, kind: str) -> list[Any]:
        return [r for r in self.made if type(r).__name__ == kind]

    def exe(self, name: str) -> Recorder:
        (exe,) = [e for e in self.of("EXE") if e.kwargs["name"] == name]
        return exe


def run_spec(platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **env: str) -> Spec:
    """Execute the spec as PyInstaller does, on ``platform``, with recording builders."""
    made: list[Recorder] = []
    hooks: dict[str, list] = {
        "collect_data_files": [],
        "collect_submodules": [],
        "copy_metadata": [],
    }

    def builder(name: str, base: type[Recorder] = Recorder) -> type[Recorder]:
        return type(name, (base,), {"made": made})

    def hook(name: str):  # type: ignore[no-untyped-def]
        def record(*args: Any, **kwargs: Any) -> list[tuple[str, str]]:
            hooks[name].append((args, kwargs))
            if name == "collect_submodules":
                return [args[0]]
            return [(f"/site/{args[0]}", args[0])]

        return record

    fake_hooks = types.ModuleType("PyInstaller.utils.hooks")
    for name in hooks:
        setattr(fake_hooks, name, hook(name))
    for module in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, module, types.ModuleType(module))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", fake_hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the Windows branch adds a folder
    monkeypatch.delitem(sys.modules, "version_info", raising=False)
    monkeypatch.setenv("STORYDESK_ICONS", str(tmp_path / "icons"))
    monkeypatch.delenv("STORYDESK_FREEZE_KEEP_ALL", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    namespace: dict[str, Any] = {
        "__name__": "__main__",
        "__file__": str(SPEC),
        "SPECPATH": str(SPEC.parent),
        "workpath": str(tmp_path / "work"),
        "Analysis": builder("Analysis", FakeAnalysis),
        "PYZ": builder("PYZ"),
        "EXE": builder("EXE"),
        "COLLECT": builder("COLLECT"),
        "BUNDLE": builder("BUNDLE"),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return Spec(namespace, made, hooks)


@pytest.fixture(params=["linux", "win32", "darwin"])
def platform(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_two_programs_share_one_folder(
    platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    spec = run_spec(platform, monkeypatch, tmp_path)
    (analysis,) = spec.of("Analysis")
    assert sorted(Path(s).name for s in analysis.args[0]) == ["run_cli.py", "run_gui.py"]
    assert all(Path(s).is_file() for s in analysis.args[0])
    cli, gui = spec.exe("storydesk"), spec.exe("storydesk-gui")
    for exe in (cli, gui):
        assert exe.kwargs["exclude_binaries"] is True  # one folder, not one file
        assert exe.kwargs["upx"] is False
    (collect,) = spec.of("COLLECT")
    assert collect.kwargs["name"] == "StoryDesk"
    # Both programs in the one folder, the app first (the program a macOS .app starts).
    assert collect.args[:2] == (gui, cli)
    assert analysis.binaries in collect.args and analysis.datas in collect.args
    assert not [r for r in spec.made if type(r).__name__ == "MERGE"]
    # Each program runs PyInstaller's runtime hooks, then its own entry script only.
    cli_scripts = [name for name, _path, _kind in cli.args[1]]
    gui_scripts = [name for name, _path, _kind in gui.args[1]]
    assert cli_scripts == ["pyi_rth_multiprocessing", "run_cli"]
    assert gui_scripts == ["pyi_rth_multiprocessing", "run_gui"]


def test_symbols_stripped_on_linux_only(
    platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Stripping would break the code signatures of macOS wheels' libraries."""
    spec = run_spec(platform, monkeypatch, tmp_path)
    (collect,) = spec.of("COLLECT")
    for made in (spec.exe("storydesk"), spec.exe("storydesk-gui"), collect):
        assert made.kwargs["strip"] is (platform == "linux")


def test_console_for_the_command_line_none_for_the_app(
    platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    spec = run_spec(platform, monkeypatch, tmp_path)
    assert spec.exe("storydesk").kwargs["console"] is True
    assert spec.exe("storydesk-gui").kwargs["console"] is False


def test_windows_icon_and_version_resource(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    spec = run_spec("win32", monkeypatch, tmp_path)
    version = spec.namespace["VERSION"]
    for name in ("storydesk", "storydesk-gui"):
        kwargs = spec.exe(name).kwargs
        assert kwargs["icon"] == str(tmp_path / "icons" / "storydesk.ico")
        version_file = Path(kwargs["version"])
        assert version_file.parent == tmp_path / "work"
        text = version_file.read_text(encoding="utf-8")
        assert f"StringStruct('ProductVersion', '{version}')" in text
        numbers = (*(int(n) for n in version.split(".")), 0, 0, 0, 0)[:4]
        assert f"filevers={numbers}" in text
    assert not spec.of("BUNDLE")


def test_macos_icon_and_app_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    spec = run_spec("darwin", monkeypatch, tmp_path)
    icns = str(tmp_path / "icons" / "storydesk.icns")
    for name in ("storydesk", "storydesk-gui"):
        assert spec.exe(name).kwargs["icon"] == icns
        assert spec.exe(name).kwargs["version"] is None
    (bundle,) = spec.of("BUNDLE")
    (collect,) = spec.of("COLLECT")
    assert bundle.args == (collect,)
    assert bundle.kwargs["name"] == "StoryDesk.app"
    assert bundle.kwargs["icon"] == icns
    assert bundle.kwargs["bundle_identifier"] == "org.storydesk.StoryDesk"
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == spec.namespace["VERSION"]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["CFBundleTypeExtensions"] == ["storybundle"]


def test_linux_has_no_icon_resource_and_no_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    spec = run_spec("linux", monkeypatch, tmp_path)
    for name in ("storydesk", "storydesk-gui"):
        assert spec.exe(name).kwargs["icon"] is None
        assert spec.exe(name).kwargs["version"] is None
    assert not spec.of("BUNDLE")
    assert not (tmp_path / "work" / "version_info.txt").exists()


def test_resources_migrations_babel_and_metadata_are_collected(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    spec = run_spec("linux", monkeypatch, tmp_path)
    data_calls = {args[0]: kwargs for args, kwargs in spec.hooks["collect_data_files"]}
    storydesk = data_calls["storydesk"]
    assert storydesk["include_py_files"] is True  # Alembic reads env.py and the revisions
    assert "resources/**/*" in storydesk["includes"]
    assert "catalogue/migrations/**/*" in storydesk["includes"]
    assert "babel" in data_calls
    (analysis,) = spec.of("Analysis")
    datas = analysis.kwargs["datas"]
    assert ("/site/storydesk", "storydesk") in datas and ("/site/babel", "babel") in datas
    # Metadata of StoryDesk and of every runtime dependency named in pyproject.toml.
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_normal(re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0]) for d in project["dependencies"]}
    copied = {_normal(args[0]) for args, _kwargs in spec.hooks["copy_metadata"]}
    assert copied == wanted | {"storydesk"}
    recursive = {
        _normal(args[0]) for args, kwargs in spec.hooks["copy_metadata"] if kwargs.get("recursive")
    }
    assert recursive == wanted
    hidden = analysis.kwargs["hiddenimports"]
    assert "alembic.op" in hidden and "whoosh" in hidden


def test_migrations_and_resources_are_where_the_spec_collects_them() -> None:
    """The folders the spec's patterns name exist where storydesk looks for them."""
    package = REPO / "src" / "storydesk"
    assert (package / "catalogue" / "migrations" / "env.py").is_file()
    assert list((package / "catalogue" / "migrations" / "versions").glob("0001_*.py"))
    db = (package / "catalogue" / "db.py").read_text(encoding="utf-8")
    assert 'Path(__file__).resolve().parent / "migrations"' in db
    # The wheel (and so the frozen folder) carries resources/ as storydesk/resources.
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    force = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["resources"] == "storydesk/resources"


def test_unused_modules_are_excluded_and_used_qt_modules_are_not(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    spec = run_spec("linux", monkeypatch, tmp_path)
    (analysis,) = spec.of("Analysis")
    excludes = set(analysis.kwargs["excludes"])
    assert {"tkinter", "_tkinter", "pytest", "hypothesis"} <= excludes
    assert {"PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtPdf"} <= excludes
    used = set()
    for source in (REPO / "src" / "storydesk").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert used, "the source imports Qt modules"
    assert used <= QT_MODULES_USED, f"new Qt modules imported: {used - QT_MODULES_USED}"
    assert not {f"PySide6.{module}" for module in used} & excludes


def test_what_is_dropped_from_the_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    spec = run_spec("linux", monkeypatch, tmp_path)
    dropped = spec.namespace["dropped"]
    for gone in (
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_ja.qm",
        "PySide6\\translations\\qtbase_fr.qm",
        "PySide6\\Qt6Pdf.dll",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so",
        "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
        "babel/locale-data/de.dat",
        "babel/locale-data/de_AT.dat",
        "babel\\locale-data\\zh_Hant.dat",
        "somelib/tests/data/sample.bin",
        "storydesk/catalogue/migrations/__pycache__/env.cpython-311.pyc",
    ):
        assert dropped(gone), gone
    for kept in (
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/translations/qtbase_ru.qm",
        "PySide6/Qt/translations/qtbase_kk.qm",
        "PySide6/Qt/translations/qt_en.qm",
        "PySide6\\Qt6Widgets.dll",
        "storydesk/resources/i18n/storydesk_ky.qm",
        "storydesk/resources/fonts/dejavu/DejaVuSans.ttf",
        "babel/locale-data/kk.dat",
        "babel/locale-data/ky.dat",
        "babel/locale-data/ru.dat",
        "babel/locale-data/root.dat",
        "babel/global.dat",
        "babel/dates.py",
        "storydesk/catalogue/migrations/versions/0001_initial_catalogue_schema.py",
        "storydesk/catalogue/migrations/script.py.mako",
    ):
        assert not dropped(kept), kept
    (analysis,) = spec.of("Analysis")
    assert [b[0] for b in analysis.binaries] == [
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
    ]
    assert [d[0] for d in analysis.datas] == [
        "PySide6/Qt/translations/qtbase_ru.qm",
        "storydesk/resources/directory/places.yaml",
    ]


def test_kept_languages_are_the_apps_and_the_packs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Qt translations and Babel data are kept for every language the app or a pack uses."""
    from storydesk.packs.model import LABEL_LANGUAGES

    spec = run_spec("linux", monkeypatch, tmp_path)
    kept = set(spec.namespace["KEPT_LANGUAGES"])
    app_languages = {
        path.stem.split("_", 1)[1] for path in (REPO / "resources" / "i18n").glob("storydesk_*.qm")
    }
    assert app_languages, "the app has translations"
    assert app_languages <= kept
    assert set(LABEL_LANGUAGES) <= kept
    dropped = spec.namespace["dropped"]
    for language in app_languages | set(LABEL_LANGUAGES):
        assert not dropped(f"babel/locale-data/{language}.dat")
        assert not dropped(f"PySide6/Qt/translations/qtbase_{language}.qm")


def test_keep_all_turns_the_trimming_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    spec = run_spec("linux", monkeypatch, tmp_path, STORYDESK_FREEZE_KEEP_ALL="1")
    (analysis,) = spec.of("Analysis")
    assert analysis.kwargs["excludes"] == []
    assert len(analysis.binaries) == 5 and len(analysis.datas) == 3


@pytest.mark.parametrize("script", ["run_cli.py", "run_gui.py"])
def test_entry_scripts_catch_worker_processes_first(script: str) -> None:
    """``freeze_support()`` runs before StoryDesk is imported, in the ``__main__`` block."""
    tree = ast.parse((ENTRY / script).read_text(encoding="utf-8"))
    (main_block,) = [node for node in tree.body if isinstance(node, ast.If)]
    calls = [ast.unparse(node) for node in ast.walk(main_block) if isinstance(node, ast.Call)]
    imports = [node for node in ast.walk(main_block) if isinstance(node, ast.ImportFrom)]
    assert "multiprocessing.freeze_support()" in calls
    freeze = next(
        node
        for node in ast.walk(main_block)
        if isinstance(node, ast.Call) and ast.unparse(node) == "multiprocessing.freeze_support()"
    )
    assert imports and all(freeze.lineno < node.lineno for node in imports)
    assert all(node.module and node.module.startswith("storydesk") for node in imports)
    top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    assert not [n for n in top_level if "storydesk" in ast.unparse(n)]


def test_version_resource_text_is_what_pyinstaller_evaluates() -> None:
    monkey_path = list(sys.path)
    sys.path.insert(0, str(REPO / "packaging" / "windows"))
    try:
        import version_info
    finally:
        sys.path[:] = monkey_path
        sys.modules.pop("version_info", None)

    structures: dict[str, Any] = {}

    def structure(name: str):  # type: ignore[no-untyped-def]
        def make(*args: Any, **kwargs: Any) -> tuple[str, tuple, dict]:
            return (name, args, kwargs)

        return make

    for name in (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ):
        structures[name] = structure(name)
    info = eval(version_info.version_info_text("2.3.1"), structures)  # as PyInstaller reads it
    assert info[0] == "VSVersionInfo"
    assert info[2]["ffi"][2]["filevers"] == (2, 3, 1, 0)
    assert version_info.version_tuple("1.2rc1") == (1, 2, 0, 0)
    assert version_info.version_tuple("2024.10.1.3.9") == (2024, 10, 1, 3)
    with pytest.raises(ValueError):
        version_info.version_tuple("dev")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
