"""The directory read now and parsed when first needed, and the two YAML loaders.

A ``list``, ``show`` or ``search`` must not pay for parsing the shipped YAML or building the
matchers; these tests check that what is built late is the same as what was built at once,
that it fingerprints the bytes it parses, that a bad file still fails with one clear
DirectoryError, and that a real ``storydesk`` run on a catalogue in step with the directory
parses nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
import yaml

from storydesk.errors import DirectoryError
from storydesk.gazetteer import Directory, default_directory
from storydesk.resources import resource

TEXTS = [
    "ПРООН и Правительство Японии открыли центр в Нарыне и в Иссык-Кульской области.",
    "Министерство здравоохранения Кыргызстана и ЮНИСЕФ провели обучение в Оше.",
    "UNDP and the EU supported farmers near Shymkent, Kazakhstan.",
    "Шымкентте БҰҰДБ жобасы басталды; Қазақстан Үкіметі қолдады.",
    "Ministry of Foreign Affairs of Uzbekistan met WHO in Tashkent.",
]


def _copy_shipped(folder: Path) -> Path:
    shipped = resource("directory")
    for name in ("partners.yaml", "places.yaml"):
        (folder / name).write_bytes((shipped / name).read_bytes())
    return folder


def _answers(directory: Directory) -> list[object]:
    out: list[object] = []
    for text in TEXTS:
        out += [
            directory.find_partners(text),
            directory.find_places(text),
            directory.find_countries(text),
        ]
    for name in ("ПРООНдун", "Правительства Японии", "Иссык-Кульской области", "ЕС", "who"):
        out += [directory.resolve_partner(name), directory.resolve_place(name)]
        out.append(directory.country_of(name))
    out.append(directory.names_in("ru").partner("UNDP"))
    return out


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML was built without libyaml")
def test_libyaml_and_the_pure_loader_read_the_same_directory() -> None:
    for name in ("partners.yaml", "places.yaml"):
        text = (resource("directory") / name).read_text(encoding="utf-8")
        fast = yaml.load(text, Loader=yaml.CSafeLoader)
        pure = yaml.load(text, Loader=yaml.SafeLoader)
        assert fast == pure, name
        assert json.dumps(fast, sort_keys=True) == json.dumps(pure, sort_keys=True)


def test_on_demand_gives_what_load_gives(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    eager = Directory.load(folder)
    lazy = Directory.on_demand(folder)
    assert lazy.version == eager.version == default_directory().version
    assert _answers(lazy) == _answers(eager)
    assert lazy.partners == eager.partners and lazy.places == eager.places


def test_each_table_is_built_when_first_needed(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    directory = Directory.on_demand(folder)
    assert directory._entries is None  # read, fingerprinted, not parsed
    assert directory.named_partner("UNDP") is not None
    assert directory._entries is not None and directory._keys is None
    assert directory.resolve_partner("ПРООН") == "UNDP"  # an exact alias: keys only
    assert directory._keys is not None and directory._matchers is None
    assert directory.resolve_partner("ПРООНдун") == "UNDP"  # an inflected form: the matchers
    assert directory._matchers is not None
    # Matchers built first build the keys from the same tokens; answers do not change.
    fresh = Directory.on_demand(folder)
    assert fresh.find_partners(TEXTS[0]) and fresh._keys is not None
    assert _answers(fresh) == _answers(Directory.load(folder))


def test_the_bytes_fingerprinted_are_the_bytes_parsed(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    directory = Directory.on_demand(folder)
    with (folder / "places.yaml").open("a", encoding="utf-8") as fh:
        fh.write("- {name: Testville, kind: town, country: Kazakhstan, aliases: [Тестовиль]}\n")
    assert directory.named_place("Testville") is None
    assert directory.find_places("в Тестовиле") == []
    assert directory.version == default_directory().version
    assert Directory.load(folder).find_places("в Тестовиле") == ["Testville"]


def test_a_missing_file_fails_at_once(tmp_path: Path) -> None:
    (tmp_path / "partners.yaml").write_text("[]\n", encoding="utf-8")
    with pytest.raises(DirectoryError, match=r"Cannot read the directory file .*places\.yaml"):
        Directory.on_demand(tmp_path)


def test_a_malformed_file_fails_at_first_use_and_every_use_after(tmp_path: Path) -> None:
    (tmp_path / "partners.yaml").write_text("- {name: X, kind: nonsense}\n", encoding="utf-8")
    (tmp_path / "places.yaml").write_text("[]\n", encoding="utf-8")
    directory = Directory.on_demand(tmp_path)
    assert len(directory.version) == 64
    for _ in range(2):
        with pytest.raises(DirectoryError, match=r"partners\.yaml: 'X' has an unknown kind"):
            directory.find_partners("X")
    with pytest.raises(DirectoryError, match="unknown kind"):
        Directory.load(tmp_path)


def test_text_that_is_not_utf8_is_a_directory_error(tmp_path: Path) -> None:
    (tmp_path / "partners.yaml").write_bytes(b"- {name: \xff\xfe, kind: ngo}\n")
    (tmp_path / "places.yaml").write_text("[]\n", encoding="utf-8")
    with pytest.raises(DirectoryError, match=r"partners\.yaml is not UTF-8 text"):
        Directory.load(tmp_path)


def test_windows_line_ends_read_as_before(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    crlf = tmp_path / "crlf"
    crlf.mkdir()
    for name in ("partners.yaml", "places.yaml"):
        (crlf / name).write_bytes((folder / name).read_bytes().replace(b"\n", b"\r\n"))
    assert Directory.load(crlf).partners == Directory.load(folder).partners
    assert Directory.load(crlf).places == Directory.load(folder).places


def test_threads_share_one_build(tmp_path: Path) -> None:
    directory = Directory.on_demand(_copy_shipped(tmp_path))
    expected = _answers(Directory.load(tmp_path))
    results: list[object] = []
    errors: list[BaseException] = []
    start = threading.Barrier(6)

    def work() -> None:
        try:
            start.wait(timeout=60)
            results.append(_answers(directory))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors and len(results) == 6
    assert all(result == expected for result in results)


def test_reading_a_catalogue_in_step_parses_no_yaml(tmp_path: Path, seeded_template: Path) -> None:
    """A new process opening a seeded catalogue to list, show and search parses no YAML."""
    folder = tmp_path / "data"
    shutil.copytree(seeded_template, folder)
    script = textwrap.dedent(
        """
        import json, sys
        from pathlib import Path
        from storydesk.gazetteer import default_directory
        from storydesk.library import Library

        with Library.open(Path(sys.argv[1])) as library:
            rows = library.list_stories()
            library.get_story(rows[0].id)
            library.sdg_suggestions(rows[0].id)
            found = library.search("ПРООН").total
        print(json.dumps({"parsed": default_directory()._entries is not None, "found": found}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report == {"parsed": False, "found": report["found"]} and report["found"] > 0


def test_a_broken_shipped_directory_is_one_line_when_a_catalogue_needs_it(
    tmp_path: Path, seeded_template: Path, seeds_dir: Path
) -> None:
    """A StoryDesk whose shipped places.yaml is malformed: syncing a catalogue fails as before."""
    repo = Path(__file__).resolve().parents[1]
    tree = tmp_path / "tree"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(repo / "src" / "storydesk", tree / "src" / "storydesk", ignore=ignore)
    shutil.copytree(repo / "resources", tree / "resources", ignore=ignore)
    with (tree / "resources" / "directory" / "places.yaml").open("a", encoding="utf-8") as fh:
        fh.write("- {name: Nowhere, kind: nonsense, country: Kazakhstan}\n")
    data = tmp_path / "data"
    shutil.copytree(seeded_template, data)
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "QT_QPA_PLATFORM": "offscreen"}
    runs = [
        ["--data-dir", str(data), "search", "ПРООН", "--json"],
        ["--data-dir", str(tmp_path / "new"), "import", str(seeds_dir)],
    ]
    for args in runs:
        done = subprocess.run(
            [sys.executable, "-m", "storydesk", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
        assert "places.yaml: 'Nowhere' has an unknown kind 'nonsense'" in lines[0]
        assert str(tree / "resources") in lines[0]
