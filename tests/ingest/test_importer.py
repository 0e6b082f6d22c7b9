"""The importer end to end through Library: idempotence, updates, rejects, cancel."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storydesk.catalogue.models import ImportRecord, Story
from storydesk.errors import Cancelled
from storydesk.library import Library
from storydesk.progress import CancelToken, Progress
from tests.backends import on_both_backends as on_both_backends

from .bundle_helpers import basic_files, jpeg_bytes, make_bundle, story_md


def _counts(library: Library) -> dict[str, int]:
    stats = library.stats()
    return {"stories": stats.stories, "index": stats.index_documents}


def test_seeds_import_to_seven_stories_and_again_to_nothing_new(
    data_dir: Path, seeds_dir: Path
) -> None:
    with Library.open(data_dir) as library:
        first = library.import_paths([seeds_dir])
        assert (first.imported, first.updated, first.unchanged) == (7, 0, 0)
        assert first.rejected == []
        second = library.import_paths([seeds_dir])
        assert (second.imported, second.updated, second.unchanged) == (0, 0, 7)
        assert sorted(second.stories) == sorted(first.stories)
        assert _counts(library) == {"stories": 7, "index": 7}


def test_changed_story_updates_in_place(data_dir: Path, tmp_path: Path) -> None:
    story = tmp_path / "in" / "a.md"
    story.parent.mkdir()
    story.write_text("---\nid: kg-1\ntitle: Нарында жаштар борбору\n---\nБиринчи текст.\n")
    with Library.open(data_dir) as library:
        first = library.import_paths([story])
        story.write_text("---\nid: kg-1\ntitle: Нарында жаштар борбору\n---\nЭкинчи текст.\n")
        second = library.import_paths([story])
        assert (second.imported, second.updated) == (0, 1)
        assert second.stories == first.stories == ["kg-1"]
        assert library.get_story("kg-1").body == "Экинчи текст."


def test_same_story_from_two_files_is_one(data_dir: Path, tmp_path: Path, seeds_dir: Path) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    seed = next(seeds_dir.glob("004_*.txt"))
    shutil.copy(seed, folder / "copy-one.txt")
    shutil.copy(seed, folder / "copy-two.txt")
    with Library.open(data_dir) as library:
        report = library.import_paths([folder])
        assert report.imported == 1
        assert len(report.stories) == 1
        assert library.stats().stories == 1


def test_bad_files_are_rejected_by_name_and_the_rest_imports(
    data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.md").write_text("---\ntitle: Good story\n---\nShymkent school opened.\n")
    (folder / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody\n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "photo.md").write_text("---\ntitle: Photo story\n---\n![x](fake.jpg)\n\nText.\n")
    (folder / "fake.jpg").write_bytes(b"not really a jpeg")
    missing = tmp_path / "nowhere"
    with Library.open(data_dir) as library:
        report = library.import_paths([folder, missing])
    rejected = {Path(r["path"].split(" → ")[-1]).name: r["reason"] for r in report.rejected}
    assert "broken.md" in rejected and "front matter" in rejected["broken.md"]
    assert "binary.txt" in rejected
    assert "fake.jpg" in rejected
    assert rejected["nowhere"] == "no such file or folder"
    assert report.imported == 2


def test_bundle_imports_with_photo_and_twice_changes_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    bundle = make_bundle(tmp_path / "b.storybundle", basic_files())
    with Library.open(data_dir) as library:
        first = library.import_paths([bundle])
        assert first.imported == 2 and first.rejected == []
        story = library.get_story("kg-youth-1")
        assert story.images[0].sha256 and story.images[0].width == 64
        assert story.images[0].caption == "Подпись"
        assert story.images[0].path is not None and story.images[0].path.is_file()
        assert "UNDP" in story.partners and "JICA" in story.partners
        assert "Balykchy" in story.places and story.countries == ("Kyrgyzstan",)
        second = library.import_paths([bundle])
        assert (second.imported, second.updated, second.unchanged) == (0, 0, 2)


def test_unsafe_bundle_changes_nothing(data_dir: Path, tmp_path: Path, seeds_dir: Path) -> None:
    bundle = make_bundle(
        tmp_path / "evil.storybundle", basic_files(), extra_members={"../../escape.md": b"x"}
    )
    with Library.open(data_dir) as library:
        library.import_paths([seeds_dir])
        before = library.list_stories()
        report = library.import_paths([bundle])
        assert report.imported == 0 and len(report.rejected) == 1
        assert "escapes" in report.rejected[0]["reason"]
        assert library.list_stories() == before
    assert not (tmp_path / "escape.md").exists()
    assert not (data_dir.parent / "escape.md").exists()


def _folder_of_stories(folder: Path, count: int, photos: bool = False) -> Path:
    folder.mkdir()
    for n in range(count):
        image = None
        if photos:  # a different real JPEG per story: each is stored on its own
            image = f"p{n:02d}.jpg"
            (folder / image).write_bytes(jpeg_bytes((n * 8 % 256, 90, 200 - n)))
        (folder / f"s{n:02d}.md").write_bytes(
            story_md(f"s{n}", f"Story {n}", f"Body {n} Almaty.", image=image)
        )
    return folder


def _cancel_at(token: CancelToken, step: int, calls: list[int]) -> Progress:
    def progress(done: int, total: int, what: str) -> None:
        calls.append(done)
        if done == step:
            token.cancel()

    return progress


def _media_files(data_dir: Path) -> dict[str, bytes]:
    media = data_dir / "media"
    return {str(p.relative_to(media)): p.read_bytes() for p in media.rglob("*") if p.is_file()}


def test_cancel_raises_and_leaves_the_catalogue_as_it_was(data_dir: Path, tmp_path: Path) -> None:
    folder = _folder_of_stories(tmp_path / "many", 30)
    token = CancelToken()
    calls: list[int] = []
    with Library.open(data_dir) as library:
        with pytest.raises(Cancelled, match="the import was cancelled"):
            library.import_paths([folder], progress=_cancel_at(token, 10, calls), cancel=token)
        assert calls == list(range(11))  # stopped at the file after the cancel
        assert library.stats().stories == 0
        again = library.import_paths([folder])
        assert again.imported == 30


def test_cancel_keeps_catalogue_media_and_index_as_they_were(
    data_dir: Path, tmp_path: Path
) -> None:
    """Photos stored for stories that never committed are removed again."""
    first = _folder_of_stories(tmp_path / "first", 3, photos=True)
    more = tmp_path / "more"
    more.mkdir()
    for n in range(30):
        (more / f"m{n:02d}.jpg").write_bytes(jpeg_bytes((20, n * 7 % 256, 60), (40 + n, 30)))
        (more / f"m{n:02d}.md").write_bytes(
            story_md(f"m{n}", f"More {n}", f"Bishkek story {n}.", image=f"m{n:02d}.jpg")
        )
    with Library.open(data_dir) as library:
        library.import_paths([first])
        before = (
            library.list_stories(),
            [library.get_story(i) for i in library.story_ids()],
            library.stats(),
            library.generation(),
            _media_files(data_dir),
        )
        assert len(before[4]) == 3
        token = CancelToken()
        calls: list[int] = []
        with pytest.raises(Cancelled):
            library.import_paths([more], progress=_cancel_at(token, 12, calls), cancel=token)
        assert len(calls) == 13  # twelve stories with their photos were read and stored
        after = (
            library.list_stories(),
            [library.get_story(i) for i in library.story_ids()],
            library.stats(),
            library.generation(),
            _media_files(data_dir),
        )
        assert after == before
        assert library.check().ok


def test_a_cancel_during_the_last_file_commits_nothing(data_dir: Path, tmp_path: Path) -> None:
    folder = _folder_of_stories(tmp_path / "few", 5)
    token = CancelToken()
    with Library.open(data_dir) as library:
        with pytest.raises(Cancelled):
            library.import_paths([folder], progress=_cancel_at(token, 4, []), cancel=token)
        assert library.stats().stories == 0


def test_the_importer_rolls_back_and_raises_on_cancel(data_dir: Path, tmp_path: Path) -> None:
    """The importer itself (no facade): the transaction is rolled back, nothing committed."""
    from storydesk.catalogue.db import open_catalogue
    from storydesk.gazetteer import default_directory
    from storydesk.ingest.importer import Importer
    from storydesk.media.store import MediaStore

    folder = _folder_of_stories(tmp_path / "direct", 8)
    data_dir.mkdir()
    engine, sessions = open_catalogue(data_dir / "catalogue.sqlite3", data_dir / "backups")
    try:
        media = MediaStore(data_dir / "media", data_dir / "cache" / "thumbs")
        importer = Importer(sessions, media, default_directory())
        token = CancelToken()
        token.cancel()
        with pytest.raises(Cancelled):
            importer.import_paths([folder], cancel=token)
        with sessions() as session:
            assert session.scalar(select(func.count()).select_from(Story)) == 0
            assert session.scalar(select(func.count()).select_from(ImportRecord)) == 0
        report = importer.import_paths([folder], cancel=CancelToken())
        assert report.imported == 8 and not report.cancelled
    finally:
        engine.dispose()


def test_front_matter_wins_over_guesses(data_dir: Path, tmp_path: Path) -> None:
    story = tmp_path / "fm.md"
    story.write_text(
        "---\ntitle: Almaty story\nlanguage: kk\npartners: [БҰҰДБ]\nplaces: [Алматы]\n---\n"
        "This English text mentions UNICEF and Bishkek.\n"
    )
    with Library.open(data_dir) as library:
        sid = library.import_paths([story]).stories[0]
        shown = library.get_story(sid)
    assert shown.language == "kk"
    assert shown.partners == ("UNDP",)
    assert shown.places == ("Almaty",)
    assert shown.countries == ("Kazakhstan",)


def test_images_are_content_addressed_once(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pics"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(jpeg_bytes())
    (folder / "b.jpg").write_bytes(jpeg_bytes())  # the same bytes
    (folder / "one.md").write_text("---\ntitle: One\n---\n![A](a.jpg)\n\nText one.\n")
    (folder / "two.md").write_text("---\ntitle: Two\n---\n![B](b.jpg)\n\nText two.\n")
    with Library.open(data_dir) as library:
        library.import_paths([folder])
        assert library.stats().images == 1
    stored = [p for p in (data_dir / "media").rglob("*") if p.is_file()]
    assert len(stored) == 1


def test_stories_with_their_own_ids_are_never_merged_by_title(
    data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "same-title"
    folder.mkdir()
    (folder / "a.md").write_bytes(story_md("news-1", "Weekly update", "Bishkek roads."))
    (folder / "b.md").write_bytes(story_md("news-2", "Weekly update", "Almaty parks."))
    with Library.open(data_dir) as library:
        report = library.import_paths([folder])
        assert report.imported == 2
        assert sorted(report.stories) == ["news-1", "news-2"]
        assert library.get_story("news-1").body == "Bishkek roads."


def test_very_long_names_are_left_out_with_a_warning_import_after_import(
    data_dir: Path, tmp_path: Path
) -> None:
    """A 400-character country, partner or tag is no name: it is left out with a warning, and
    the next import naming it again works (it once stored the name cut, looked it up whole
    and failed with an IntegrityError; found by fuzzing)."""
    long_name = "Nar" + "y" * 400
    for folder, title in (("a", "First story"), ("b", "Second story")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "s.md").write_text(
            f"---\ntitle: {title}\ncountries: [{long_name}, Kyrgyzstan]\n"
            f"partners: [{long_name}]\ntags: [{long_name}]\n---\nText of the story.\n",
            encoding="utf-8",
        )
    with Library.open(data_dir) as library:
        for folder in ("a", "b"):
            report = library.import_paths([tmp_path / folder])
            assert (report.imported, report.rejected) == (1, [])
            assert len(report.warnings) == 3
        stories = library.list_stories()
        assert [s.countries for s in stories] == [("Kyrgyzstan",), ("Kyrgyzstan",)]
        assert all(s.partners == () and s.tags == () for s in stories)
