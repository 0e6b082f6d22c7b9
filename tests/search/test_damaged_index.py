"""A damaged index is rebuilt from the catalogue, never a reason for a command to fail.

Each case damages a real Whoosh index the way a crash, a bad disk or a user might, then
opens it as every command does (``Library.open``), as ``check --repair`` does, and as the
index itself does; each must end with a whole index answering searches.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from storydesk.library import Library
from storydesk.search.index import META_FILE
from storydesk.search.searcher import Searcher

from .conftest import STORIES, Fresh


def _segment_file(index: Path, suffix: str) -> Path:
    return next(p for p in index.iterdir() if p.name.endswith(suffix))


def damage_toc(index: Path) -> None:
    """``echo x > index/_MAIN_*.toc``."""
    next(index.glob("_MAIN_*.toc")).write_text("x\n")


def truncate(suffix: str) -> Callable[[Path], None]:
    def damage(index: Path) -> None:
        path = _segment_file(index, suffix)
        with open(path, "r+b") as handle:
            handle.truncate(path.stat().st_size // 2)

    damage.__name__ = f"truncate{suffix}"
    return damage


def empty(suffix: str) -> Callable[[Path], None]:
    def damage(index: Path) -> None:
        _segment_file(index, suffix).write_bytes(b"")

    damage.__name__ = f"empty{suffix}"
    return damage


def garbage_meta(index: Path) -> None:
    (index / META_FILE).write_bytes(b"\x00\xffnot json{")


def index_is_a_file(index: Path) -> None:
    shutil.rmtree(index)
    index.write_text("not a folder")


DAMAGES = [
    damage_toc,
    truncate(".trm"),
    truncate(".pst"),
    truncate("_stored.col"),
    truncate("_text_len.col"),
    truncate("_title_len.col"),
    truncate("date.col"),
    empty(".trm"),
    empty("_text_len.col"),
    garbage_meta,
    index_is_a_file,
]


def _ids(searcher: Searcher, query: str) -> set[str]:
    return {hit.id for hit in searcher.search(query, limit=50).hits}


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda d: d.__name__)
def test_the_index_rebuilds_when_damaged(fresh: Fresh, damage: Callable[[Path], None]) -> None:
    index, searcher, _ = fresh
    before = _ids(searcher, "датчик")
    index.close()
    damage(index.index_dir)
    assert index.check(), "the damage is noticed"
    assert index.ensure_ready("g1") is True
    assert index.check() == []
    assert _ids(searcher, "датчик") == before == {"s03", "s11"}
    assert searcher.search("").total == len(STORIES)
    assert index.index_dir.is_dir()
    leftovers = [p.name for p in index.index_dir.parent.iterdir() if ".old-" in p.name]
    assert leftovers == []


@pytest.fixture(scope="module")
def seeded_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import SEEDS

    folder = tmp_path_factory.mktemp("damaged") / "data"
    with Library.open(folder) as library:
        library.import_paths([SEEDS])
    return folder


LIBRARY_CASES = [
    *((damage, "open") for damage in (truncate(".pst"), truncate("_text_len.col"))),
    *((damage, "open") for damage in (garbage_meta, index_is_a_file)),
    *((damage_toc, how) for how in ("open", "reindex", "check-repair")),
]


@pytest.mark.parametrize(
    ("damage", "how"),
    LIBRARY_CASES,
    ids=[f"{damage.__name__}-{how}" for damage, how in LIBRARY_CASES],
)
def test_every_command_survives_a_damaged_index(
    seeded_data: Path, tmp_path: Path, damage: Callable[[Path], None], how: str
) -> None:
    data = tmp_path / "data"
    shutil.copytree(seeded_data, data)
    with Library.open(data) as library:
        count = library.stats().stories
    damage(data / "index")
    with Library.open(data) as library:
        if how == "reindex":
            assert library.reindex().documents == count
        elif how == "check-repair":
            assert library.check(repair=True).ok
        assert library.check().ok, library.check().problems
        assert library.search("").total == count
        assert len(library.ids_for_query("")) == count


def test_an_update_that_finds_the_index_unreadable_rebuilds_it(tmp_path: Path) -> None:
    """A segment found empty while an import updates the index (seen in long fuzzing runs):
    the import's stories are committed, so the index is rebuilt from the catalogue rather
    than the import failing."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.md").write_text("---\ntitle: Wells in Naryn\n---\nWells were dug in Naryn.\n")
    with Library.open(tmp_path / "data") as library:
        assert library.import_paths([inbox]).imported == 1
        for segment_file in (tmp_path / "data" / "index").iterdir():
            if segment_file.suffix in (".trm", ".pst"):
                segment_file.write_bytes(b"")
        (inbox / "b.md").write_text("---\ntitle: Solar in Osh\n---\nSolar panels for Osh.\n")
        report = library.import_paths([inbox])
        assert (report.imported, report.unchanged) == (1, 1)
        assert library.search("Naryn").total == 1
        assert library.search("Osh").total == 1
