"""StoryDesk's Linux desktop integration (``packaging/linux/``), checked with the tools the
desktops use: ``desktop-file-validate``, ``appstreamcli validate``, ``update-mime-database``
and ``xdg-mime``; ``install.sh`` run into a temporary prefix as a user would run it.

Each tool's test is skipped, saying which Debian package provides it, where it is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
APP_ID = "org.storydesk.StoryDesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
INSTALL = LINUX / "install.sh"
SAMPLE = REPO / "resources" / "sample" / "seeds.storybundle"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TIMEOUT = 300


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return path


def _desktop_entry(path: Path) -> dict[str, str]:
    entry: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            entry[key] = value
    return entry


# -- the files as shipped -----------------------------------------------------------------


def test_the_desktop_file_is_valid() -> None:
    validate = _tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr


def test_the_desktop_file_opens_bundles_with_storydesk_gui() -> None:
    entry = _desktop_entry(DESKTOP)
    assert entry["Exec"] == "storydesk-gui %F"
    assert entry["MimeType"] == "application/x-storybundle;"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_the_metainfo_is_valid() -> None:
    appstreamcli = _tool("appstreamcli", "appstream")
    done = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # Pedantic notes accepted: only the upper-case letters of the reverse-DNS id, which the
    # desktop file's name must repeat (org.storydesk.StoryDesk.desktop).
    notes = [line for line in done.stdout.splitlines() if line[:3] in ("E: ", "W: ", "I: ", "P: ")]
    assert all("cid-contains-uppercase-letter" in line for line in notes), notes


def test_the_metainfo_says_what_the_issue_asks() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("project_license") == "MIT"
    assert component.findtext("metadata_license")
    launchable = component.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    provides = component.find("provides")
    assert provides is not None
    assert {b.text for b in provides.findall("binary")} == {"storydesk", "storydesk-gui"}
    assert [m.text for m in provides.findall("mediatype")] == ["application/x-storybundle"]
    for tag in ("summary", "description"):
        languages = {element.get(XML_LANG) for element in component.iter(tag)}
        languages |= {
            element.get(XML_LANG) for d in component.iter("description") for element in d.iter()
        }
        assert {None, "ru"} <= languages, tag
    rating = component.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    releases = component.find("releases")
    assert releases is not None
    release = releases.find("release")
    assert release is not None and release.get("version") == "0.1.0" and release.get("date")
    # The release is the package's version.
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{release.get("version")}"' in pyproject


def test_the_mime_type_maps_storybundle_files_above_zip() -> None:
    root = ET.parse(MIME).getroot()
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == ["application/x-storybundle"]
    bundle = types[0]
    globs = bundle.findall(f"{MIME_NS}glob")
    assert [g.get("pattern") for g in globs] == ["*.storybundle"]
    assert int(globs[0].get("weight", "50")) > 50  # above *.zip's default weight
    parent = bundle.find(f"{MIME_NS}sub-class-of")
    assert parent is not None and parent.get("type") == "application/zip"
    magic = bundle.find(f"{MIME_NS}magic")
    assert magic is not None and int(magic.get("priority", "50")) > 60  # plain ZIP's is 60
    first = magic.find(f"{MIME_NS}match")
    assert first is not None and first.get("value") == "PK\\003\\004"
    inner = first.find(f"{MIME_NS}match")
    assert inner is not None and inner.get("value") == "bundle.json"
    assert inner.get("offset") == "30"


def test_a_bundle_starts_as_the_magic_says() -> None:
    """The magic holds for a real bundle: ZIP's signature, then bundle.json as the first
    member's name (offset 30 of a ZIP's first local header)."""
    head = SAMPLE.read_bytes()[:41]
    assert head[:4] == b"PK\x03\x04"
    assert head[30:41] == b"bundle.json"
    with zipfile.ZipFile(SAMPLE) as archive:
        assert archive.namelist()[0] == "bundle.json"


# -- install.sh into a temporary prefix ---------------------------------------------------


def _fake_gui(tmp_path: Path) -> Path:
    """A storydesk-gui in a folder with a space in its name (as a frozen folder may be)."""
    folder = tmp_path / "Story Desk"
    folder.mkdir()
    gui = folder / "storydesk-gui"
    gui.write_text("#!/bin/sh\nexit 0\n")
    gui.chmod(0o755)
    return gui


def _install(
    *arguments: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(INSTALL), *arguments],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def prebuilt_icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The icons as packaging/icons.py renders them (once for this module)."""
    out = tmp_path_factory.mktemp("icons")
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "icons.py"), str(out)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return out


def test_install_puts_every_file_in_place(tmp_path: Path, prebuilt_icons: Path) -> None:
    prefix = tmp_path / "prefix"
    gui = _fake_gui(tmp_path)
    done = _install("--prefix", str(prefix), "--exec", str(gui), "--icons", str(prebuilt_icons))
    assert done.returncode == 0, done.stderr
    share = prefix / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    entry = _desktop_entry(desktop)
    assert entry["Exec"] == f'"{gui}" %F'
    assert entry["MimeType"] == "application/x-storybundle;"
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").read_bytes() == MIME.read_bytes()
    theme = share / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = theme / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    assert (theme / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        assert validated.returncode == 0, validated.stdout
    if shutil.which("update-mime-database"):
        assert (share / "mime" / "mime.cache").is_file()
    if shutil.which("update-desktop-database"):
        cache = (share / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert f"application/x-storybundle={APP_ID}.desktop;" in cache

    removed = _install("--prefix", str(prefix), "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not desktop.exists()
    assert not (share / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    assert not (share / "mime" / "packages" / f"{APP_ID}.xml").exists()
    assert list(theme.rglob(f"{APP_ID}.*")) == []


def test_install_renders_the_icons_itself(tmp_path: Path) -> None:
    """With no --icons, packaging/icons.py renders them with the Python ``PYTHON`` names."""
    prefix = tmp_path / "prefix"
    env = dict(os.environ, PYTHON=sys.executable, QT_QPA_PLATFORM="offscreen")
    done = _install("--prefix", str(prefix), "--exec", str(_fake_gui(tmp_path)), env=env)
    assert done.returncode == 0, done.stderr
    png = prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_install_refuses_what_it_cannot_start(tmp_path: Path) -> None:
    done = _install("--prefix", str(tmp_path / "prefix"), "--exec", str(tmp_path / "nothing"))
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        == f"install.sh: {tmp_path / 'nothing'} is not an executable storydesk-gui"
    )
    assert not (tmp_path / "prefix").exists()


def test_a_storybundle_is_a_storybundle_to_the_desktop(
    tmp_path: Path, prebuilt_icons: Path
) -> None:
    """After install.sh, ``xdg-mime query filetype`` of a real bundle (and of a plain ZIP
    named like one) gives the bundle type; before it, a ZIP archive."""
    xdg_mime = _tool("xdg-mime", "xdg-utils")
    _tool("update-mime-database", "shared-mime-info")
    has_gio = shutil.which("gio") is not None
    has_mimetype = shutil.which("mimetype") is not None  # libfile-mimeinfo-perl
    if not (has_gio or has_mimetype):
        pytest.skip("neither gio (libglib2.0-bin) nor mimetype (libfile-mimeinfo-perl) here")
    bundle = tmp_path / "Поездка в Ош.storybundle"
    shutil.copyfile(SAMPLE, bundle)
    plain = tmp_path / "plain.storybundle"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("notes.txt", "not a bundle inside")
    prefix = tmp_path / "prefix"

    def filetype(path: Path) -> str:
        env = dict(os.environ, XDG_DATA_HOME=str(prefix / "share"))
        # xdg-mime asks gio on GNOME, mimetype elsewhere: both read shared-mime-info.
        env["XDG_CURRENT_DESKTOP"] = "GNOME" if has_gio else ""
        done = subprocess.run(
            [xdg_mime, "query", "filetype", str(path)],
            capture_output=True,
            text=True,
            env=env,
            timeout=TIMEOUT,
        )
        return done.stdout.strip()

    before = filetype(bundle)
    if before == "application/x-storybundle":
        pytest.skip("this system already has StoryDesk's bundle type installed")
    assert before == "application/zip"  # not known yet: the ZIP it is
    done = _install(
        "--prefix", str(prefix), "--exec", str(_fake_gui(tmp_path)), "--icons", str(prebuilt_icons)
    )
    assert done.returncode == 0, done.stderr
    assert filetype(bundle) == "application/x-storybundle"
    assert filetype(plain) == "application/x-storybundle"
