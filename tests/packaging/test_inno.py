"""The Inno Setup script of the Windows installer, checked by its structure.

Inno Setup runs on Windows only, so ``packaging/windows/storydesk.iss`` is not compiled
here: it is read into sections and entries (``Name: value; Name: value`` lines) and checked
for what the installer must do: install per user without administrator rights, copy the whole
frozen folder, put StoryDesk in the Start menu, open ``.storybundle`` files with the app
(registered for the current user only), keep the data folder on uninstall, speak English
and Russian.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ISS = REPO / "packaging" / "windows" / "storydesk.iss"
ASSOCIATION_KEYS = ("Software\\Classes\\.storybundle", "Software\\Classes\\{#ProgId}")


def split_entry(line: str) -> dict[str, str]:
    """``Name: "a"; Flags: b c`` → ``{"name": "a", "flags": "b c"}`` (quotes undone)."""
    entry: dict[str, str] = {}
    for part in re.findall(r'(?:[^;"]|"(?:[^"]|"")*")+', line):
        key, sep, value = part.strip().partition(":")
        if not sep:
            raise ValueError(f"not an Inno entry parameter: {part!r} in {line!r}")
        value = value.strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1].replace('""', '"')
        entry[key.strip().lower()] = value
    return entry


def parse(text: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The script's sections (their lines, comments dropped) and its ``#define`` values."""
    sections: dict[str, list[str]] = {}
    defines: dict[str, str] = {}
    current: list[str] | None = None
    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            match = re.match(r'#\s*define\s+(\w+)\s+"?([^"]*)"?', line)
            if match:
                defines[match.group(1)] = match.group(2)
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = sections.setdefault(header.group(1).lower(), [])
        elif current is None:
            raise ValueError(f"a line before any section: {line!r}")
        else:
            current.append(line)
    return sections, defines


def directives(lines: list[str]) -> dict[str, str]:
    """``Key=Value`` lines of [Setup] as a dict, keys in lower case."""
    result = {}
    for line in lines:
        key, sep, value = line.partition("=")
        assert sep, f"[Setup] line without '=': {line!r}"
        result[key.strip().lower()] = value.strip()
    return result


@pytest.fixture(scope="module")
def script() -> tuple[dict[str, list[str]], dict[str, str]]:
    return parse(ISS.read_text(encoding="utf-8-sig"))


def entries(script: tuple[dict[str, list[str]], dict[str, str]], section: str) -> list[dict]:
    return [split_entry(line) for line in script[0].get(section, [])]


def test_sections_present(script: tuple[dict[str, list[str]], dict[str, str]]) -> None:
    sections = script[0]
    for section in ("setup", "languages", "files", "icons", "registry", "tasks"):
        assert sections.get(section), f"[{section}] is missing or empty"


def test_per_user_install_without_admin_rights(
    script: tuple[dict[str, list[str]], dict[str, str]],
) -> None:
    setup = directives(script[0]["setup"])
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["appid"])
    assert setup["privilegesrequired"] == "lowest"
    # No "run as administrator" choice that would turn it into a machine-wide install.
    assert "privilegesrequiredoverridesallowed" not in setup
    assert setup["defaultdirname"] in (
        "{localappdata}\\Programs\\{#AppName}",
        "{autopf}\\{#AppName}",
    )
    assert script[1]["AppName"] == "StoryDesk"
    assert setup["appversion"] == "{#AppVersion}"  # passed by the build: /DAppVersion=...
    assert "AppVersion" not in script[1], "the version must come from the build, not be fixed"
    assert setup["changesassociations"] == "yes"
    assert setup["uninstalldisplayicon"] == "{app}\\{#AppExe}"


def test_the_whole_frozen_folder_is_installed(
    script: tuple[dict[str, list[str]], dict[str, str]],
) -> None:
    (files,) = entries(script, "files")
    assert files["source"] == "{#DistDir}\\*"
    assert files["destdir"] == "{app}"
    flags = files["flags"].split()
    assert "recursesubdirs" in flags and "createallsubdirs" in flags
    assert script[1]["DistDir"].replace("/", "\\").endswith("dist\\StoryDesk")
    assert script[1]["AppExe"] == "storydesk-gui.exe"


def test_start_menu_entry_and_optional_desktop_icon(
    script: tuple[dict[str, list[str]], dict[str, str]],
) -> None:
    icons = entries(script, "icons")
    start = [i for i in icons if i["name"].startswith(("{autoprograms}", "{group}"))]
    assert start and all(i["filename"] == "{app}\\{#AppExe}" for i in start)
    assert all("tasks" not in i for i in start), "the Start menu entry is always made"
    desktop = [i for i in icons if i["name"].startswith(("{autodesktop}", "{userdesktop}"))]
    assert len(desktop) == 1 and desktop[0]["tasks"] == "desktopicon"
    (task,) = [t for t in entries(script, "tasks") if t["name"] == "desktopicon"]
    assert "unchecked" in task.get("flags", "").split()


def test_storybundle_association_for_the_current_user(
    script: tuple[dict[str, list[str]], dict[str, str]],
) -> None:
    registry = entries(script, "registry")
    assert registry
    for entry in registry:
        # Current user only: HKLM would need administrator rights.
        assert entry["root"] == "HKCU", entry
        assert entry["subkey"].startswith(ASSOCIATION_KEYS), entry
    by_key = {(e["subkey"], e["valuename"]): e for e in registry}
    extension = by_key[("Software\\Classes\\.storybundle", "")]
    assert extension["valuedata"] == "{#ProgId}"
    assert script[1]["ProgId"] == "StoryDesk.Bundle"
    command = by_key[("Software\\Classes\\{#ProgId}\\shell\\open\\command", "")]
    assert command["valuedata"] == '"{app}\\{#AppExe}" "%1"'
    # Uninstall removes StoryDesk's own ProgID key, and of the extension only its values:
    # never a whole shared key, never Software\Classes itself.
    for entry in registry:
        flags = entry.get("flags", "").split()
        if "uninsdeletekey" in flags:
            assert entry["subkey"] == "Software\\Classes\\{#ProgId}", entry
        if entry["subkey"].startswith("Software\\Classes\\.storybundle"):
            assert "uninsdeletevalue" in flags, entry
    assert any("uninsdeletekey" in e.get("flags", "") for e in registry)


def test_uninstall_keeps_the_data_folder(
    script: tuple[dict[str, list[str]], dict[str, str]],
) -> None:
    """Nothing deletes outside the program folder; StoryDesk's data folder is not in it."""
    for section in ("uninstalldelete", "installdelete"):
        for entry in entries(script, section):
            name = entry["name"]
            assert name.startswith("{app}\\"), f"[{section}] deletes outside the program: {name}"
            assert "StoryDesk" not in name.removeprefix("{app}\\"), name
    setup = directives(script[0]["setup"])
    # The data folder (platformdirs: %LOCALAPPDATA%\StoryDesk) must not be the program folder.
    assert setup["defaultdirname"].lower() != "{localappdata}\\{#appname}"
    assert "uninstallfilesdir" not in setup
    paths = (REPO / "src" / "storydesk" / "paths.py").read_text(encoding="utf-8")
    assert "user_data_dir(APP_NAME, appauthor=False)" in paths
    assert "%LOCALAPPDATA%\\StoryDesk" in ISS.read_text(encoding="utf-8-sig")


def test_english_and_russian(script: tuple[dict[str, list[str]], dict[str, str]]) -> None:
    languages = {e["name"]: e["messagesfile"] for e in entries(script, "languages")}
    assert languages["english"] == "compiler:Default.isl"
    assert languages["russian"] == "compiler:Languages\\Russian.isl"
    # Every custom message has both languages.
    custom = script[0].get("custommessages", [])
    names: dict[str, set[str]] = {}
    for line in custom:
        key = line.split("=", 1)[0]
        language, _, name = key.partition(".")
        names.setdefault(name, set()).add(language)
    assert names and all(found == {"english", "russian"} for found in names.values()), names


def test_parser_catches_what_the_checks_rely_on() -> None:
    """The reader itself: quoted values with ``;`` and doubled quotes, sections, defines."""
    sections, defines = parse(
        '#define AppExe "a.exe"\n[Setup]\nPrivilegesRequired=admin\n; a comment\n'
        '[Registry]\nRoot: HKLM; Subkey: "x;y"; ValueData: """{app}\\a.exe"" ""%1"""\n'
    )
    assert defines == {"AppExe": "a.exe"}
    assert directives(sections["setup"]) == {"privilegesrequired": "admin"}
    (entry,) = [split_entry(line) for line in sections["registry"]]
    assert entry == {"root": "HKLM", "subkey": "x;y", "valuedata": '"{app}\\a.exe" "%1"'}
    with pytest.raises(ValueError):
        parse("Name: x\n[Setup]\n")
