"""``storydesk delete``: the real command as a subprocess, with real images in the media store."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import run_storydesk


def _jpeg(color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(out, format="JPEG", quality=90)
    return out.getvalue()


def _story(folder: Path, name: str, title: str, photo: str) -> None:
    (folder / f"{name}.md").write_text(
        f"---\nid: {name}\ntitle: {title}\nlanguage: en\ndate: 2025-03-0{len(name) % 9 + 1}\n"
        f"---\n![Photo]({photo})\n\nA school in Osh opened a water point for {title}.\n",
        encoding="utf-8",
    )


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A data folder with three stories: two with their own photo, one sharing a photo."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "red.jpg").write_bytes(_jpeg((200, 30, 30)))
    (folder / "blue.jpg").write_bytes(_jpeg((30, 30, 200)))
    _story(folder, "alpha", "Alpha water", "red.jpg")
    _story(folder, "beta", "Beta water", "blue.jpg")
    _story(folder, "gamma", "Gamma water", "blue.jpg")
    data = tmp_path / "data"
    result = run_storydesk("import", str(folder), data_dir=data)
    assert result.returncode == 0, result.stderr
    return data


def _ids(data: Path) -> dict[str, str]:
    stories = json.loads(run_storydesk("list", "--json", data_dir=data).stdout)
    return {s["title"]: s["id"] for s in stories}


def _media_files(data: Path) -> set[str]:
    return {p.name for p in (data / "media").rglob("*") if p.is_file() and p.suffix == ".jpg"}


def test_delete_names_what_it_deleted(library: Path) -> None:
    ids = _ids(library)
    result = run_storydesk("delete", ids["Alpha water"], ids["Beta water"], data_dir=library)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"Deleted 2 stories: {ids['Alpha water']} Alpha water, {ids['Beta water']} Beta water"
    )
    assert set(_ids(library)) == {"Gamma water"}
    one = run_storydesk("delete", ids["Gamma water"], data_dir=library)
    assert one.returncode == 0, one.stderr
    assert one.stdout.strip() == f"Deleted 1 story: {ids['Gamma water']} Gamma water"
    assert _ids(library) == {}


def test_delete_json_and_unknown_ids(library: Path) -> None:
    ids = _ids(library)
    result = run_storydesk(
        "delete", ids["Alpha water"], "no-such-story", "--json", data_dir=library
    )
    assert result.returncode == 1
    assert json.loads(result.stdout) == {
        "deleted": [ids["Alpha water"]],
        "missing": ["no-such-story"],
    }
    assert "no-such-story" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert set(_ids(library)) == {"Beta water", "Gamma water"}


def test_delete_of_unknown_ids_only_changes_nothing(library: Path) -> None:
    before = _ids(library)
    result = run_storydesk("delete", "nope-1", "nope-2", data_dir=library)
    assert result.returncode == 1
    assert "nope-1" in result.stderr and "nope-2" in result.stderr
    assert "Deleted" not in result.stdout
    assert _ids(library) == before


def test_images_stay_until_check_repair_removes_the_unused_ones(library: Path) -> None:
    ids = _ids(library)
    files = _media_files(library)
    assert len(files) == 2  # red and blue (blue shared by beta and gamma)
    result = run_storydesk("delete", ids["Alpha water"], ids["Beta water"], data_dir=library)
    assert result.returncode == 0, result.stderr
    assert _media_files(library) == files  # nothing removed yet

    check = run_storydesk("check", data_dir=library)
    assert check.returncode == 1
    unused = [line for line in check.stderr.splitlines() if "no story uses this image" in line]
    assert len(unused) == 1, check.stderr  # red only: gamma still uses blue

    repair = run_storydesk("check", "--repair", data_dir=library)
    assert repair.returncode == 0, repair.stderr
    assert "removed 1 images no story uses" in repair.stdout
    left = _media_files(library)
    assert len(left) == 1 and left < files
    gamma = json.loads(run_storydesk("show", ids["Gamma water"], "--json", data_dir=library).stdout)
    assert any(gamma["images"][0]["sha256"] in name for name in left)  # the one kept is blue
    assert run_storydesk("check", data_dir=library).returncode == 0
