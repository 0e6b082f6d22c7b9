"""The Library facade: browsable at once, searchable once the index catches up."""

from __future__ import annotations

from pathlib import Path

from storydesk.library import Library
from tests.backends import on_both_backends as on_both_backends


def test_stories_are_browsable_before_indexed_and_search_says_so(
    data_dir: Path, seeds_dir: Path
) -> None:
    with Library.open(data_dir) as library:
        report = library.import_paths([seeds_dir], index=False)
        assert report.imported == 7
        assert len(library.story_ids()) == 7  # browsable: in the catalogue
        waiting = library.search("ПРООН")
        assert waiting.total == 0 and waiting.pending == 7
        assert library.index_pending() == 7
        found = library.search("ПРООН")
        assert found.total >= 4 and found.pending == 0
        assert library.index_pending() == 0
    # Segments are written as separate files, which Whoosh maps; a compound segment would be
    # copied whole into memory by every reader (hundreds of MB at 10k stories).
    assert not list((data_dir / "index").glob("*.seg"))


def test_unindexed_import_is_indexed_at_next_open(data_dir: Path, seeds_dir: Path) -> None:
    with Library.open(data_dir) as library:
        library.import_paths([seeds_dir], index=False)
    # Closed before indexing (a crash, say): the generations differ, so open rebuilds.
    with Library.open(data_dir) as library:
        result = library.search("Балыкчы")
        assert result.total >= 1 and result.pending == 0


def test_delete_removes_from_catalogue_and_index(data_dir: Path, seeds_dir: Path) -> None:
    with Library.open(data_dir) as library:
        ids = library.import_paths([seeds_dir]).stories
        target = next(h.id for h in library.search("Балыкчы").hits)
        assert library.delete_stories([target, "no-such-id"]) == 1
        assert target not in library.story_ids()
        assert target not in {h.id for h in library.search("Балыкчы").hits}
        assert library.stats().stories == len(ids) - 1
        assert library.check().ok


# -- leftovers, full disks and the writer lock ------------------------------------------

import io  # noqa: E402
import sqlite3  # noqa: E402

import pytest  # noqa: E402
from PIL import Image as PILImage  # noqa: E402
from sqlalchemy import event  # noqa: E402

from storydesk.catalogue.lock import WriterLock  # noqa: E402
from storydesk.errors import CatalogueBusy, StorageError  # noqa: E402


def _photo_stories(folder: Path, count: int, seed: int = 0) -> Path:
    """``count`` Markdown stories, each with its own photo (distinct bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        image = PILImage.new("RGB", (64, 48), ((n * 37 + seed) % 256, (n * 11) % 256, 90))
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=90)
        (folder / f"p{n}.jpg").write_bytes(out.getvalue())
        (folder / f"s{n}.md").write_text(
            f"---\ntitle: Photo story {seed}-{n}\n---\n![Photo](p{n}.jpg)\n\n"
            + f"Shymkent school number {n} opened its doors. " * 40
            + "\n",
            encoding="utf-8",
        )
    return folder


@pytest.mark.sqlite_only(
    "a shared catalogue's media folder is a cache: tests/media/test_shared_media.py"
)
def test_check_reports_images_no_story_uses_and_repair_removes_only_those(
    data_dir: Path, tmp_path: Path
) -> None:
    with Library.open(data_dir) as library:
        library.import_paths([_photo_stories(tmp_path / "in", 3)])
        # An image stored by an import that never committed (the disk filled up).
        _photo_stories(tmp_path / "other", 1, seed=99)
        stray = library._media.add((tmp_path / "other" / "p0.jpg").read_bytes(), "stray.jpg")
        stray_path = library._media.path_for(stray.sha256, stray.ext)
        result = library.check()
        assert not result.ok
        assert [p for p in result.problems if "no story uses" in p] == [
            f"media: {stray_path.relative_to(data_dir / 'media').as_posix()}: no story uses "
            f"this image ({stray.bytes:,} bytes); 'storydesk check --repair' removes it"
        ]
        repaired = library.check(repair=True)
        assert repaired.ok and "media: removed 1 images no story uses" in repaired.repaired
        assert not stray_path.exists()
        assert library.stats().images == 3
        assert library.check().ok


def test_an_old_media_temporary_file_is_removed_at_open(data_dir: Path, tmp_path: Path) -> None:
    with Library.open(data_dir) as library:
        library.import_paths([_photo_stories(tmp_path / "in", 1)])
    leftover = data_dir / "media" / "ab" / ".abc.jpg.123456.tmp"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(b"half an image")
    with Library.open(data_dir) as library:
        assert not leftover.exists()
        assert library.check().ok


def _full_after(library: Library, extra_pages: int) -> None:
    """Let the catalogue grow by at most ``extra_pages`` pages: a disk that fills up."""
    with library._engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar() or 0
    limit = pages + extra_pages

    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={limit}")

    event.listen(library._engine, "connect", cap)
    library._engine.dispose()


@pytest.mark.sqlite_only("fills the disk under the SQLite file")
def test_a_full_disk_during_import_is_one_sentence_and_loses_nothing(
    data_dir: Path, seeds_dir: Path, tmp_path: Path
) -> None:
    with Library.open(data_dir) as library:
        library.import_paths([seeds_dir])
        before = library.list_stories()
        _full_after(library, 3)
        with pytest.raises(StorageError) as caught:
            library.import_paths([_photo_stories(tmp_path / "in", 40)])
        message = str(caught.value)
        assert "the disk is full" in message
        assert "\n" not in message and "INSERT" not in message and "Errno" not in message
        assert library.list_stories() == before
    with Library.open(data_dir) as library:
        assert library.list_stories() == before
        result = library.check()
        # The images stored for the stories that never committed are gone too.
        assert result.ok, result.problems
        assert library.stats().images == 0


def test_a_second_writer_is_told_the_catalogue_is_busy(data_dir: Path, seeds_dir: Path) -> None:
    with Library.open(data_dir) as library:
        library.import_paths([seeds_dir])
    import threading

    other = WriterLock(data_dir / "storydesk.lock")  # another writer, on another thread

    held = threading.Event()
    done = threading.Event()

    def hold() -> None:
        with other.hold("importing"):
            held.set()
            done.wait(60)

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(30)
    try:
        said: list[str] = []
        # Opening while another writer works: reading goes on, upkeep is left for later.
        with Library.open(data_dir, wait=0.3, on_wait=said.append) as library:
            assert len(library.story_ids()) == 7
            assert library.search("ПРООН").total >= 4
            assert any("another StoryDesk is importing" in w for w in library.warnings)
            with pytest.raises(CatalogueBusy, match="another StoryDesk is importing"):
                library.delete_stories(library.story_ids()[:1])
            assert said == ["Waiting for another StoryDesk to finish writing…"]
            assert len(library.story_ids()) == 7
    finally:
        done.set()
        thread.join(30)
    with Library.open(data_dir) as library:
        assert library.delete_stories(library.story_ids()[:1]) == 1


def test_a_cloud_sync_folder_gets_a_warning(tmp_path: Path) -> None:
    with Library.open(tmp_path / "Dropbox" / "StoryDesk") as library:
        assert any("cloud-sync" in w and "Dropbox" in w for w in library.warnings)
    with Library.open(tmp_path / "plain") as library:
        assert not any("cloud-sync" in w for w in library.warnings)


def test_network_mounts_are_recognised() -> None:
    from storydesk.paths import synced_folder_warning

    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/export /mnt/share nfs4 rw 0 0\n"
        "rclone: /home/u/remote fuse.rclone rw 0 0\n"
    )
    assert "nfs4" in (synced_folder_warning(Path("/mnt/share/data"), mounts) or "")
    assert "fuse.rclone" in (synced_folder_warning(Path("/home/u/remote/sd"), mounts) or "")
    assert synced_folder_warning(Path("/home/u/data"), mounts) is None
    assert synced_folder_warning(Path("/mnt/shared"), mounts) is None
    assert "OneDrive" in (synced_folder_warning(Path("/home/u/OneDrive - UNDP/sd"), mounts) or "")


@pytest.mark.sqlite_only(
    "a shared catalogue's media folder is a cache: tests/media/test_shared_media.py"
)
def test_check_does_not_call_an_import_s_images_unused_while_it_runs(
    data_dir: Path, tmp_path: Path
) -> None:
    import threading

    with Library.open(data_dir) as library:
        library.import_paths([_photo_stories(tmp_path / "in", 1)])
        _photo_stories(tmp_path / "other", 1, seed=7)
        pending = library._media.add((tmp_path / "other" / "p0.jpg").read_bytes(), "new.jpg")
        other = WriterLock(data_dir / "storydesk.lock")
        held, done = threading.Event(), threading.Event()

        def importing() -> None:  # another StoryDesk, images stored, not yet committed
            with other.hold("importing"):
                held.set()
                done.wait(60)

        thread = threading.Thread(target=importing)
        thread.start()
        held.wait(30)
        try:
            assert library.check().ok
        finally:
            done.set()
            thread.join(30)
        problems = library.check().problems
        assert any(pending.sha256 in p and "no story uses" in p for p in problems)


def test_names_the_app_shows_find_their_stories(data_dir: Path, seeds_dir: Path) -> None:
    # The Kazakh display names of Balykchy and UNDP are not among the directory's aliases:
    # a reader who sees them in a Kazakh interface can still type them.
    with Library.open(data_dir) as library:
        library.import_paths([seeds_dir])
        names = library.names("kk")
        assert names.place("Balykchy") == "Балықшы" and names.partner("UNDP") == "БҰҰДБ"
        by_name = {hit.id for hit in library.search("place:Balykchy").hits}
        assert by_name
        assert {hit.id for hit in library.search("place:Балықшы").hits} == by_name
        assert by_name <= {hit.id for hit in library.search("Балықшы").hits}
        assert library.search("partner:БҰҰДБ").total == library.search("partner:UNDP").total > 0
        # The stored name stays English.
        assert "Balykchy" in library.get_story(next(iter(by_name))).places
