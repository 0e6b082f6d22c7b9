"""The sample bundle that ships with StoryDesk is built from the seeds and is up to date.

``resources/sample/seeds.storybundle`` is written by ``packaging/make_sample.py`` from the
seed documents (``$STORYDESK_SHARED/seeds``, else ``../shared/seeds``, else the tests' own
copy). These tests rebuild it and compare, import it and the seeds with the real
``storydesk`` command, and check that the photos the seeds name travel in it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS, run_storydesk

MAKE_SAMPLE = REPO / "packaging" / "make_sample.py"
REBUILD = "python packaging/make_sample.py"


def _seeds() -> Path:
    """The seeds the sample is built from, as the script finds them; skip when absent."""
    shared = os.environ.get("STORYDESK_SHARED")
    candidates = [Path(shared) / "seeds"] if shared else [REPO.parent / "shared" / "seeds"]
    candidates.append(SEEDS)
    for folder in candidates:
        if folder.is_dir():
            return folder
    pytest.skip(
        "the seeds are not on this machine (STORYDESK_SHARED unset, no ../shared/seeds, "
        "no tests/fixtures/seeds): the sample cannot be rebuilt"
    )


def _shipped() -> Path:
    """The sample bundle the installed StoryDesk ships (what the first run offers)."""
    from storydesk.resources import resource

    return Path(resource("sample", "seeds.storybundle"))


def _make_sample(seeds: Path, output: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(MAKE_SAMPLE), "--seeds", str(seeds), "-o", str(output)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _members(path: Path) -> list[tuple[str, tuple[int, ...], int, int, int, str]]:
    """Every member: name, date, attributes, compression, size and SHA-256, in order."""
    with zipfile.ZipFile(path) as bundle:
        return [
            (
                info.filename,
                info.date_time,
                info.external_attr,
                info.compress_type,
                info.file_size,
                hashlib.sha256(bundle.read(info)).hexdigest(),
            )
            for info in bundle.infolist()
        ]


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample rebuilt from the seeds by the script."""
    output = tmp_path_factory.mktemp("sample") / "seeds.storybundle"
    result = _make_sample(_seeds(), output)
    assert result.returncode == 0, result.stderr
    return output


def test_shipped_sample_is_built_from_the_seeds(rebuilt: Path) -> None:
    """Rebuilding the sample gives the shipped file, member for member.

    Every member's name, order, date, attributes, compression method, size and content hash
    must match (``bundle.json`` included: its ``id`` hashes the files, ``created`` is the
    newest story date). The compressed bytes are not compared: they also depend on the zlib
    Python was built with; the script's own bytes are checked to repeat exactly below.
    """
    shipped = _shipped()
    assert _members(rebuilt) == _members(shipped), (
        f"{shipped} is out of date with the seeds: run '{REBUILD}' and commit the result"
    )


def test_the_script_writes_the_same_bytes_twice(rebuilt: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.storybundle"
    result = _make_sample(_seeds(), again)
    assert result.returncode == 0, result.stderr
    assert again.read_bytes() == rebuilt.read_bytes()
    manifest = json.loads(zipfile.ZipFile(again).read("bundle.json"))
    assert manifest["created"] == "2025-10-11T00:00:00+00:00"  # the newest seed's date
    assert manifest["publisher"] == "StoryDesk"


def test_importing_the_seeds_after_the_sample_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    sample = run_storydesk("import", str(_shipped()), "--json", data_dir=data)
    assert sample.returncode == 0, sample.stderr
    stories = json.loads(sample.stdout)["stories"]
    assert len(stories) == 7
    seeds = run_storydesk("import", str(_seeds()), "--json", data_dir=data)
    assert seeds.returncode == 0, seeds.stderr
    report = json.loads(seeds.stdout)
    assert report["updated"] == 0, report
    assert report["imported"] == 0, report
    assert report["conflicts"] == []
    assert report["unchanged"] == len(stories)
    assert sorted(report["stories"]) == sorted(stories)


def test_the_sample_carries_every_photo_the_seeds_name(tmp_path: Path) -> None:
    from storydesk.library import Library

    with Library.open(tmp_path / "from-seeds") as library:
        ids = library.import_paths([_seeds()], index=False).stories
        named = {i: [im.to_json() for im in library.get_story(i).images] for i in set(ids)}
    with_photos = {i: images for i, images in named.items() if images}
    assert len(with_photos) >= 5  # addresses, captions and credits the seeds give

    data = tmp_path / "data"
    assert run_storydesk("import", str(_shipped()), data_dir=data).returncode == 0
    shipped_images = {
        name for name in zipfile.ZipFile(_shipped()).namelist() if name.startswith("images/")
    }
    for story_id, images in with_photos.items():
        shown = run_storydesk("show", story_id, "--json", data_dir=data)
        assert shown.returncode == 0, shown.stderr
        assert json.loads(shown.stdout)["images"] == images
        for image in images:
            if image["sha256"]:
                assert any(name.startswith(f"images/{image['sha256']}") for name in shipped_images)


def test_a_seed_photo_goes_into_images_and_a_missing_one_is_reported(tmp_path: Path) -> None:
    from PIL import Image

    seeds = tmp_path / "seeds"
    shutil.copytree(_seeds(), seeds)
    visit = seeds / "visit"
    visit.mkdir()
    Image.new("RGB", (64, 48), (200, 40, 30)).save(visit / "balykchy.jpg", quality=90)
    (visit / "story.md").write_text(
        "---\ntitle: Youth centre in Balykchy\nlanguage: en\ndate: 2025-07-31\n"
        "images:\n  - {file: balykchy.jpg, caption: The youth centre, credit: UNDP}\n"
        "  - {file: lost.jpg, caption: A photo nobody sent}\n---\n\n"
        "UNDP and Japan visited the youth centre in Balykchy.\n",
        encoding="utf-8",
    )
    output = tmp_path / "out" / "sample.storybundle"
    result = _make_sample(seeds, output)
    assert result.returncode == 1, result.stderr  # written, with a photo missing
    assert "lost.jpg" in result.stderr
    assert str(visit / "story.md") in result.stderr
    assert "Traceback" not in result.stderr
    photo = hashlib.sha256((visit / "balykchy.jpg").read_bytes()).hexdigest()
    with zipfile.ZipFile(output) as bundle:
        assert f"images/{photo}.jpg" in bundle.namelist()

    data = tmp_path / "data"
    imported = run_storydesk("import", str(output), "--json", data_dir=data)
    assert imported.returncode == 0, imported.stderr
    listed = json.loads(run_storydesk("list", "--json", data_dir=data).stdout)
    (story_id,) = [s["id"] for s in listed if s["title"] == "Youth centre in Balykchy"]
    story = json.loads(run_storydesk("show", story_id, "--json", data_dir=data).stdout)
    # The photo travelled; the missing one is kept by its caption, as importing the seed does.
    assert [image["sha256"] for image in story["images"]] == [photo, None]
    assert story["images"][0]["caption"] == "The youth centre"
    assert story["images"][1]["caption"] == "A photo nobody sent"


def test_no_seeds_is_one_line_and_status_2(tmp_path: Path) -> None:
    result = _make_sample(tmp_path / "nowhere", tmp_path / "out.storybundle")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "nowhere" in result.stderr
    assert not (tmp_path / "out.storybundle").exists()
