"""Writing bundles: whole or not at all, progress per story, cancel leaves no file.

Real catalogues (the seeds, and stories with real Pillow photos) written to real ZIP files,
read back by the importer into a second real catalogue.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from storydesk.atomic import part_path
from storydesk.bundle.format import MANIFEST, PARTNERS_FILE
from storydesk.errors import Cancelled, StoryDeskError
from storydesk.library import Library
from storydesk.progress import CancelToken
from tests.ingest.bundle_helpers import jpeg_bytes, story_md

OLD_BYTES = b"an older bundle the user keeps"


def _titles(library: Any, ids: list[str]) -> list[str]:
    return [library.get_story(i).title for i in ids]


def test_a_failed_bundle_create_leaves_no_temporary_file(
    seeded_library: Any, tmp_path: Path
) -> None:
    library = seeded_library
    out = tmp_path / "out"
    out.mkdir()
    target = out / "b.storybundle"
    target.mkdir()  # os.replace onto a folder fails after the whole file was written
    with pytest.raises(StoryDeskError, match="cannot write the bundle"):
        library.create_bundle(library.story_ids()[:2], target)
    assert sorted(p.name for p in out.iterdir()) == ["b.storybundle"]


def test_progress_is_reported_per_story_then_for_the_file(
    seeded_library: Any, tmp_path: Path
) -> None:
    library = seeded_library
    ids = library.story_ids()
    target = tmp_path / "all.storybundle"
    calls: list[tuple[int, int, str]] = []
    summary = library.create_bundle(
        ids, target, progress=lambda done, total, what: calls.append((done, total, what))
    )
    n = len(ids)
    assert n == 7 and summary.stories == n
    assert calls[:n] == [(i, n, title) for i, title in enumerate(_titles(library, ids))]
    assert calls[n:] == [(n, n, str(target))]
    with zipfile.ZipFile(target) as zf:
        assert len([name for name in zf.namelist() if name.startswith("stories/")]) == n


def _cancel_at(token: CancelToken, step: int) -> Any:
    def progress(done: int, total: int, what: str) -> None:
        if done == step:
            token.cancel()

    return progress


def test_cancelling_between_stories_raises_and_leaves_no_file(
    seeded_library: Any, tmp_path: Path
) -> None:
    library = seeded_library
    out = tmp_path / "out"
    out.mkdir()
    target = out / "b.storybundle"
    token = CancelToken()
    with pytest.raises(Cancelled, match="the bundle was cancelled"):
        library.create_bundle(
            library.story_ids(), target, progress=_cancel_at(token, 2), cancel=token
        )
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("named_part", [False, True], ids=["unnamed-file", "part-file"])
def test_cancelling_while_the_file_is_written_leaves_no_file_and_no_part(
    seeded_library: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named_part: bool
) -> None:
    """Cancelled mid-write, the partial ZIP goes; a bundle already under the name stays.

    ``part-file`` takes the path of file systems without unnamed files (Windows, FAT
    sticks): the bundle is written into a hidden ``.part`` file beside the target.
    """
    if named_part:
        monkeypatch.setattr("storydesk.atomic._unnamed_file", lambda folder: None)
    library = seeded_library
    ids = library.story_ids()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "b.storybundle"
    target.write_bytes(OLD_BYTES)
    token = CancelToken()
    seen_part: list[bool] = []

    def progress(done: int, total: int, what: str) -> None:
        if done == total:  # the manifest is in the file; the stories are next
            seen_part.append(part_path(target).exists())
            token.cancel()

    with pytest.raises(Cancelled):
        library.create_bundle(ids, target, progress=progress, cancel=token)
    assert seen_part == [named_part]  # the cancel came while the file was being written
    assert sorted(p.name for p in out.iterdir()) == ["b.storybundle"]
    assert target.read_bytes() == OLD_BYTES


def test_a_bundle_with_photos_verifies_and_imports_into_another_catalogue(
    tmp_path: Path,
) -> None:
    """What the writer writes, the reader reads back: stories, photos, partners."""
    from storydesk.bundle.verify import verify_bundle

    folder = tmp_path / "in"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "red.jpg").write_bytes(jpeg_bytes((200, 30, 30)))
    (folder / "images" / "blue.jpg").write_bytes(jpeg_bytes((30, 30, 200), (80, 60)))
    (folder / "a.md").write_bytes(
        story_md("kg-a", "Нарын", "Нарында ПРООН менен JICA жаңы мектеп ачты.", "images/red.jpg")
    )
    (folder / "b.md").write_bytes(
        story_md("kz-b", "Shymkent park", "UNDP opened a park in Shymkent.", "images/blue.jpg")
    )
    with Library.open(tmp_path / "one") as one:
        one.import_paths([folder])
        ids = one.story_ids()
        stories = {i: one.get_story(i) for i in ids}
        summary = one.create_bundle(ids, tmp_path / "two.storybundle", title="Two stories")
    assert (summary.stories, summary.images) == (2, 2)
    with zipfile.ZipFile(summary.path) as zf:
        names = zf.namelist()
    assert names[0] == MANIFEST and PARTNERS_FILE in names
    checked = verify_bundle(Path(summary.path)).to_json()
    assert (checked["ok"], checked["problems"], checked["signed"]) == (True, [], False)
    assert (checked["version"], checked["stories"]) == (2, 2)
    with Library.open(tmp_path / "two") as two:
        report = two.import_paths([summary.path])
        assert (report.imported, report.rejected) == (2, [])
        for story_id, story in stories.items():
            copy = two.get_story(story_id).to_json()
            for key in ("title", "body", "partners", "countries", "images"):
                assert copy[key] == story.to_json()[key], key
        again = two.import_paths([summary.path])
        assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
