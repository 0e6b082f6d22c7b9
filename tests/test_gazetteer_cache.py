"""The directory's tables cached in a data folder (``Directory.prepare``).

Every ``storydesk import`` is a new process that needs the directory's name finders; a data
folder keeps them in ``cache/directory-tables.json``. These tests check that the cache is
written and then used, that a changed directory file or another StoryDesk does not use a
stale one, that a damaged cache is rebuilt with a log line, that a folder that cannot be
written goes without it, that a read-only data folder is never written to, and that names
are found exactly alike with and without the cache.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storydesk import gazetteer
from storydesk.gazetteer import CACHE_FILE, Directory
from storydesk.library import Library
from storydesk.resources import resource
from tests.conftest import CORPORA, SEEDS

TEXTS = [
    "ПРООН и Правительство Японии открыли центр в Нарыне и в Иссык-Кульской области.",
    "Министерство здравоохранения Кыргызстана и ЮНИСЕФ провели обучение в Оше.",
    "UNDP and the EU supported farmers near Shymkent, Kazakhstan.",
    "Шымкентте БҰҰДБ жобасы басталды; Қазақстан Үкіметі қолдады.",
    "Ministry of Foreign Affairs of Uzbekistan met WHO in Tashkent.",
    "ПРООН-ом и БҰҰДБ-ның, who и если, Ош и ошибка, Чолпон-Ату.",
]


def _copy_shipped(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("partners.yaml", "places.yaml"):
        (folder / name).write_bytes((resource("directory") / name).read_bytes())
    return folder


def _sample_texts() -> list[str]:
    """The seeds' texts and a few files of each shared corpus that has Markdown or text."""
    texts = list(TEXTS)
    for folder, limit in ((SEEDS, 50), *((CORPORA / name, 15) for name in _CORPORA)):
        if not folder.is_dir():
            continue
        files = sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".txt", ".html"))
        for path in files[:limit]:
            texts.append(path.read_text(encoding="utf-8", errors="replace")[:20_000])
    return texts


_CORPORA = ("nerel", "kyrgyz-24kg", "camgdp_docsy", "karakalmyk", "undp-aprc-impact-templates")


def _answers(directory: Directory, texts: list[str]) -> list[object]:
    out: list[object] = []
    for text in texts:
        out += [
            directory.find_partners(text),
            directory.find_places(text),
            directory.find_countries(text),
        ]
    for name in ("ПРООНдун", "Правительства Японии", "Иссык-Кульской области", "ЕС", "who"):
        out += [directory.resolve_partner(name), directory.resolve_place(name)]
        out.append(directory.country_of(name))
    return out


def _fail_if_built(*_args: object) -> object:
    raise AssertionError("the alias tokens were cut again instead of read from the cache")


def test_the_cache_is_written_then_used_and_finds_the_same_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy_shipped(tmp_path / "directory")
    cache = tmp_path / "data" / "cache"
    texts = _sample_texts()
    without = _answers(Directory.load(folder), texts)

    first = Directory.on_demand(folder)
    first.prepare(cache)
    assert (cache / CACHE_FILE).is_file()
    assert _answers(first, texts) == without

    # A new process (a new Directory) reads the tables: no alias is cut into tokens again.
    monkeypatch.setattr(gazetteer, "_alias_tokens", _fail_if_built)
    second = Directory.on_demand(folder)
    second.prepare(cache)
    assert _answers(second, texts) == without
    eager = Directory.load(folder)
    assert second.partners == eager.partners and second.places == eager.places


def test_a_changed_directory_file_does_not_use_the_old_cache(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path / "directory")
    cache = tmp_path / "cache"
    Directory.on_demand(folder).prepare(cache)
    old_key = json.loads((cache / CACHE_FILE).read_text(encoding="utf-8"))["key"]
    text = "Жители Зеленодольска встретились."
    assert "Zelenodolsk" not in Directory.on_demand(folder).find_places(text)

    with (folder / "places.yaml").open("a", encoding="utf-8") as handle:
        handle.write(
            "\n- name: Zelenodolsk\n  kind: town\n  country: Kyrgyzstan\n"
            "  aliases: [Зеленодольск]\n"
        )
    changed = Directory.on_demand(folder)
    changed.prepare(cache)
    assert "Zelenodolsk" in changed.find_places(text)
    assert json.loads((cache / CACHE_FILE).read_text(encoding="utf-8"))["key"] != old_key
    again = Directory.on_demand(folder)
    again.prepare(cache)
    assert "Zelenodolsk" in again.find_places(text)


def test_a_cache_of_another_storydesk_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy_shipped(tmp_path / "directory")
    cache = tmp_path / "cache"
    Directory.on_demand(folder).prepare(cache)
    key = json.loads((cache / CACHE_FILE).read_text(encoding="utf-8"))["key"]
    monkeypatch.setattr(gazetteer, "_storydesk_version", lambda: "0.0.0-other")
    other = Directory.on_demand(folder)
    assert other.cache_key() != key
    other.prepare(cache)
    assert json.loads((cache / CACHE_FILE).read_text(encoding="utf-8"))["key"] == other.cache_key()
    assert other.find_partners(TEXTS[0]) == ["UNDP", "Government of Japan"]


def _damaged_caches(good: dict[str, object]) -> list[bytes]:
    wrong_types = dict(good)
    wrong_types["aliases"] = {"UNDP": [["undp", "undp", "UNDP", "yes", False, False]]}
    missing = dict(good)
    missing["aliases"] = {}
    bad_partner = dict(good)
    bad_partner["partners"] = [["UNDP", "un_agency", "not a list", None, None, [], []]]
    whole = json.dumps(good, ensure_ascii=False).encode()
    return [
        b"",
        b"\x00\xff garbage",
        whole[: len(whole) // 2],
        b"[1, 2, 3]",
        b"[" * 100_000,
        json.dumps(wrong_types).encode(),
        json.dumps(missing).encode(),
        json.dumps(bad_partner).encode(),
    ]


def test_a_damaged_cache_is_rebuilt_with_a_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = _copy_shipped(tmp_path / "directory")
    cache = tmp_path / "cache"
    Directory.on_demand(folder).prepare(cache)
    good = json.loads((cache / CACHE_FILE).read_text(encoding="utf-8"))
    expected = _answers(Directory.load(folder), TEXTS)
    for number, damaged in enumerate(_damaged_caches(good)):
        (cache / CACHE_FILE).write_bytes(damaged)
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="storydesk.gazetteer"):
            directory = Directory.on_demand(folder)
            directory.prepare(cache)
        assert _answers(directory, TEXTS) == expected, number
        if damaged:  # an empty file is damaged too
            assert any("directory cache" in r.getMessage() for r in caplog.records), number
        rebuilt = json.loads((cache / CACHE_FILE).read_text(encoding="utf-8"))
        assert rebuilt == good, number


def test_a_folder_that_cannot_be_written_goes_without_the_cache(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path / "directory")
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    directory = Directory.on_demand(folder)
    directory.prepare(blocked / "cache")
    assert directory.find_partners(TEXTS[2]) == ["UNDP", "European Union"]
    assert blocked.read_text(encoding="utf-8") == "not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file", "directory"]


def _storydesk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, STORYDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "storydesk", "--json", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not here")
def test_import_writes_the_cache_in_the_data_folder_and_uses_it_next_time(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    first = _storydesk(data, "import", str(SEEDS))
    assert first.returncode == 0, first.stderr
    cached = data / "cache" / CACHE_FILE
    assert cached.is_file()
    written = cached.stat().st_mtime_ns

    # Import the seeds into a second folder without a cache: the same partners and places.
    plain = tmp_path / "plain"
    other = _storydesk(plain, "import", str(SEEDS))
    assert other.returncode == 0, other.stderr

    again = _storydesk(data, "import", str(SEEDS))
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["unchanged"] == json.loads(first.stdout)["imported"]
    assert cached.stat().st_mtime_ns == written  # read, not written again

    def stories(folder: Path) -> list[object]:
        listed = _storydesk(folder, "list")
        assert listed.returncode == 0, listed.stderr
        return sorted(
            (
                {k: story.get(k) for k in ("id", "partners", "places", "countries", "language")}
                for story in json.loads(listed.stdout)
            ),
            key=lambda story: str(story["id"]),
        )

    assert stories(data) == stories(plain)


def test_a_read_only_data_folder_writes_no_cache(tmp_path: Path) -> None:
    data = tmp_path / "data"
    # The shipped directory is built once per process: an earlier test in this process
    # may have built it, and then this import would neither read nor write the cache.
    gazetteer.default_directory.cache_clear()
    with Library.open(data) as library:
        library.import_paths([_write_story(tmp_path / "in")])
    (data / "cache" / CACHE_FILE).unlink()
    with Library.open(data, read_only=True) as library:
        assert library.search("ПРООН").total == 1
        with pytest.raises(Exception):  # noqa: B017 - any refusal; nothing may be written
            library.import_paths([tmp_path / "in"])
    assert not (data / "cache" / CACHE_FILE).exists()


def _write_story(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "story.md").write_text(
        "---\ntitle: Вода для Нарына\n---\nПРООН и ЮНИСЕФ провели обучение в Нарыне.\n",
        encoding="utf-8",
    )
    return folder


def test_temporary_files_of_a_killed_writer_are_removed_later(tmp_path: Path) -> None:
    """A process killed while writing the cache leaves its temporary file; the next write
    removes it once it is old, and leaves a fresh one (a writer at work now) alone."""
    folder = _copy_shipped(tmp_path / "directory")
    cache = tmp_path / "cache"
    cache.mkdir()
    old = cache / f".{CACHE_FILE}.123.456.part"
    fresh = cache / f".{CACHE_FILE}.789.12.part"
    for leftover in (old, fresh):
        leftover.write_bytes(b'{"format": ')
    long_ago = os.stat(old).st_mtime - gazetteer.STALE_PART_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    Directory.on_demand(folder).prepare(cache)
    assert (cache / CACHE_FILE).is_file()
    assert not old.exists()
    assert fresh.exists()
