"""The wheel carries every resource StoryDesk reads at run time, and the installed package
finds them.

The wheel is built here, offline, from the checkout (``pip wheel --no-build-isolation``
with hatchling from the test dependencies), and its file list is compared with the
checkout's ``resources/`` and ``docs/guide/``: a resource added to the checkout but left out
of the wheel (or of the frozen app, which is built from the installed wheel) fails here.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "ru", "kk", "ky")


def _files(folder: Path) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    if importlib.util.find_spec("hatchling") is None:
        pytest.skip("hatchling is not installed (pip install '.[test]' brings it)")
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("storydesk-*.whl")
    return zipfile.ZipFile(built)


def test_wheel_carries_every_resource(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    shipped = {f"storydesk/resources/{name}" for name in _files(ROOT / "resources")}
    missing = sorted(shipped - names)
    assert not missing, f"resources left out of the wheel: {missing[:10]}"
    code = [n for n in names if n.startswith("storydesk/resources/") and n.endswith(".py")]
    assert not code, f"scripts among the resources (only data ships there): {code}"


def test_wheel_carries_the_users_guide(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    guide = {f"storydesk/resources/guide/{name}" for name in _files(ROOT / "docs" / "guide")}
    assert guide, "docs/guide is empty"
    assert not sorted(guide - names)
    for language in ("en", "ru"):
        assert f"storydesk/resources/guide/{language}/index.md" in names


def test_wheel_carries_what_the_app_reads(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for language in LANGUAGES:
        assert f"storydesk/resources/i18n/storydesk_{language}.qm" in names
    for language in LANGUAGES:
        assert f"storydesk/resources/help/search.{language}.html" in names
    for needed in (
        "storydesk/resources/directory/places.yaml",
        "storydesk/resources/directory/partners.yaml",
        "storydesk/resources/sample/seeds.storybundle",
        "storydesk/resources/fonts/dejavu/DejaVuSans.ttf",
        "storydesk/resources/fonts/dejavu/LICENSE",
        "storydesk/resources/icons/storydesk.svg",
        "storydesk/resources/publishers/README.md",
    ):
        assert needed in names
    assert any(n.startswith("storydesk/resources/sdg/") for n in names)
    assert any(n.startswith("storydesk/resources/templates/") for n in names)
    assert any(n.startswith("storydesk/catalogue/") and "migrations" in n for n in names)


def test_installed_package_finds_its_resources() -> None:
    from storydesk.resources import guide_dir, resource, resources_dir

    folder = resources_dir()
    assert (folder / "directory" / "places.yaml").is_file()
    assert resource("i18n", "storydesk_ru.qm").is_file()
    assert (guide_dir() / "ru" / "index.md").is_file()
    installed = Path(sys.modules["storydesk"].__file__ or "").resolve().parent
    if "site-packages" in installed.parts:  # a real (non-editable) install, as in CI
        assert folder == installed / "resources"
        assert guide_dir() == installed / "resources" / "guide"
