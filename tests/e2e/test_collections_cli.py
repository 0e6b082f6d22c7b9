"""``storydesk collection``, ``search --save/--saved``, ``searches`` and bundles and packs made
from a collection: the real command as a subprocess on the seeds."""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import run_storydesk


@pytest.fixture(scope="module")
def seeded_data(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds imported once; each test works on its own copy."""
    data = tmp_path_factory.mktemp("collections") / "data"
    result = run_storydesk("import", str(seeds_dir), data_dir=data)
    assert result.returncode == 0, result.stderr
    return data


@pytest.fixture
def data(seeded_data: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(seeded_data, copy)
    return copy


def _json(*args: str, data_dir: Path, code: int = 0) -> object:
    result = run_storydesk(*args, "--json", data_dir=data_dir)
    assert result.returncode == code, result.stderr
    return json.loads(result.stdout)


def _ids(data: Path) -> list[str]:
    stories = _json("list", data_dir=data)
    assert isinstance(stories, list)
    return [s["id"] for s in stories]


def _one_line_error(result: object, *words: str) -> None:
    stderr = result.stderr  # type: ignore[attr-defined]
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_create_add_show_json(data: Path) -> None:
    a, b, c, d, *_ = _ids(data)
    made = run_storydesk("collection", "create", "Visit to Osh", c, a, data_dir=data)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "Made the collection 'Visit to Osh' with 2 stories."
    added = run_storydesk("collection", "add", "visit to osh", b, a, d, data_dir=data)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == f"Added 2 stories to 'Visit to Osh' (now 4); already in it: {a}."

    shown = _json("collection", "show", "VISIT TO OSH", data_dir=data)
    assert isinstance(shown, dict)
    assert list(shown) == ["name", "count", "created", "updated", "stories"]
    assert shown["name"] == "Visit to Osh" and shown["count"] == 4
    assert [s["id"] for s in shown["stories"]] == [c, a, b, d]
    listed = {s["id"]: s for s in _json("list", data_dir=data)}  # type: ignore[union-attr]
    assert shown["stories"] == [listed[i] for i in (c, a, b, d)]

    assert _json("collection", "list", data_dir=data) == [
        {k: shown[k] for k in ("name", "count", "created", "updated")}
    ]
    text = run_storydesk("collection", "show", "Visit to Osh", data_dir=data)
    assert text.stdout.splitlines()[0] == "Visit to Osh: 4 stories"
    assert [line.split()[0] for line in text.stdout.splitlines()[1:]] == [c, a, b, d]


def test_errors_are_one_line_and_change_nothing(data: Path) -> None:
    a, b, *_ = _ids(data)
    assert run_storydesk("collection", "create", "Brief", a, data_dir=data).returncode == 0
    unknown = run_storydesk("collection", "add", "Brief", b, "no-such-story", data_dir=data)
    assert unknown.returncode == 1
    _one_line_error(unknown, "no-such-story")
    assert [s["id"] for s in _json("collection", "show", "Brief", data_dir=data)["stories"]] == [  # type: ignore[index]
        a
    ]
    taken = run_storydesk("collection", "create", " brief ", data_dir=data)
    assert taken.returncode == 1
    _one_line_error(taken, "'Brief' already exists")
    missing = run_storydesk("collection", "show", "Nothing", data_dir=data)
    assert missing.returncode == 1
    _one_line_error(missing, "no collection named 'Nothing'")
    empty = run_storydesk("collection", "create", "  ", data_dir=data)
    assert empty.returncode == 1
    _one_line_error(empty, "needs a name")
    long = run_storydesk("collection", "rename", "Brief", "x" * 201, data_dir=data)
    assert long.returncode == 1
    _one_line_error(long, "at most 200 characters")
    usage = run_storydesk("collection", "add", "Brief", data_dir=data)
    assert usage.returncode == 2
    not_in = run_storydesk("collection", "remove", "Brief", b, data_dir=data)
    assert not_in.returncode == 1
    _one_line_error(not_in, b, "not in the collection 'Brief'")


def test_remove_rename_delete(data: Path) -> None:
    a, b, c, *_ = _ids(data)
    run_storydesk("collection", "create", "Brief", a, b, c, data_dir=data)
    removed = _json("collection", "remove", "Brief", b, data_dir=data)
    assert [s["id"] for s in removed["stories"]] == [a, c]  # type: ignore[index]
    renamed = run_storydesk("collection", "rename", "brief", "Minister's brief", data_dir=data)
    assert renamed.returncode == 0, renamed.stderr
    assert renamed.stdout.strip() == "Renamed the collection 'Brief' to 'Minister's brief'."
    gone = _json("collection", "delete", "minister's brief", data_dir=data)
    assert gone["deleted"]["name"] == "Minister's brief"  # type: ignore[index]
    assert gone["deleted"]["count"] == 2  # type: ignore[index]
    assert _json("collection", "list", data_dir=data) == []
    assert len(_ids(data)) == 7


def test_bundle_from_a_collection_imports_exactly_those_stories(data: Path, tmp_path: Path) -> None:
    ids = _ids(data)
    chosen = [ids[3], ids[0], ids[5]]
    run_storydesk("collection", "create", "For Bishkek", *chosen, data_dir=data)
    bundle = tmp_path / "for-bishkek.storybundle"
    made = _json(
        "bundle", "create", "--collection", "for bishkek", "-o", str(bundle), data_dir=data
    )
    assert made["stories"] == 3  # type: ignore[index]
    manifest = json.loads(_zip_member(bundle, "bundle.json"))
    assert manifest["title"] == "For Bishkek"

    other = tmp_path / "field-office"
    report = _json("import", str(bundle), data_dir=other)
    assert sorted(report["stories"]) == sorted(chosen)  # type: ignore[index]
    assert sorted(_ids(other)) == sorted(chosen)
    original = {s["id"]: s for s in _json("list", data_dir=data)}  # type: ignore[union-attr]
    for story in _json("list", data_dir=other):  # type: ignore[union-attr]
        assert story["title"] == original[story["id"]]["title"]

    both = run_storydesk(
        "bundle",
        "create",
        "--collection",
        "For Bishkek",
        "--query",
        "UNDP",
        "-o",
        str(tmp_path / "x.storybundle"),
        data_dir=data,
    )
    assert both.returncode == 2 and not (tmp_path / "x.storybundle").exists()


def _zip_member(path: Path, name: str) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def test_pack_from_a_collection_in_its_order(data: Path, tmp_path: Path) -> None:
    ids = _ids(data)
    chosen = [ids[2], ids[1]]
    run_storydesk("collection", "create", "Visit", *chosen, data_dir=data)
    titles = {s["id"]: s["title"] for s in _json("list", data_dir=data)}  # type: ignore[union-attr]
    pack = tmp_path / "visit.html"
    result = _json(
        "export", "--collection", "Visit", "--format", "html", "-o", str(pack), data_dir=data
    )
    assert result["stories"] == 2  # type: ignore[index]
    page = html.unescape(pack.read_text(encoding="utf-8"))
    first, second = (page.find(titles[i][:40]) for i in chosen)
    assert 0 < first < second
    assert titles[ids[0]][:40] not in page
    assert "<title>Visit" in page or ">Visit<" in page

    run_storydesk("collection", "create", "Empty", data_dir=data)
    empty = run_storydesk(
        "export",
        "--collection",
        "Empty",
        "--format",
        "html",
        "-o",
        str(tmp_path / "e.html"),
        data_dir=data,
    )
    assert empty.returncode == 1 and not (tmp_path / "e.html").exists()
    _one_line_error(empty, "no stories")


def test_deleting_a_story_takes_it_out_of_the_collection(data: Path) -> None:
    a, b, c, *_ = _ids(data)
    run_storydesk("collection", "create", "Brief", a, b, c, data_dir=data)
    assert run_storydesk("delete", b, data_dir=data).returncode == 0
    shown = _json("collection", "show", "Brief", data_dir=data)
    assert shown["count"] == 2  # type: ignore[index]
    assert [s["id"] for s in shown["stories"]] == [a, c]  # type: ignore[index]


def test_saved_search_round_trip_with_filters(data: Path) -> None:
    plain = _json("search", "UNDP", "--limit", "50", data_dir=data)
    filtered = _json(
        "search",
        "UNDP",
        "--country",
        "Kazakhstan",
        "--language",
        "en",
        "--limit",
        "50",
        data_dir=data,
    )
    assert 0 < filtered["total"] < plain["total"]  # type: ignore[index]

    saved = _json(
        "search",
        "UNDP",
        "--country",
        "Kazakhstan",
        "--language",
        "en",
        "--limit",
        "50",
        "--save",
        "Kazakhstan in English",
        data_dir=data,
    )
    assert saved["hits"] == filtered["hits"]  # type: ignore[index]
    assert saved["saved"]["name"] == "Kazakhstan in English"  # type: ignore[index]
    assert saved["saved"]["filters"] == {  # type: ignore[index]
        "countries": ["Kazakhstan"],
        "languages": ["en"],
    }

    listed = _json("searches", data_dir=data)
    assert isinstance(listed, list) and len(listed) == 1
    assert listed[0]["query"] == "UNDP"
    assert list(listed[0]) == ["name", "query", "filters", "created", "updated"]

    ran = _json("search", "--saved", "KAZAKHSTAN IN ENGLISH", "--limit", "50", data_dir=data)
    assert ran["hits"] == filtered["hits"] and ran["total"] == filtered["total"]  # type: ignore[index]
    text = run_storydesk("searches", data_dir=data)
    assert text.stdout.strip() == (
        "Kazakhstan in English: UNDP  [countries: Kazakhstan; languages: en]"
    )

    again = run_storydesk("search", "вода", "--save", "kazakhstan in english", data_dir=data)
    assert again.returncode == 1
    _one_line_error(again, "already exists")
    replaced = run_storydesk(
        "search", "вода", "--save", "kazakhstan in english", "--replace", data_dir=data
    )
    assert replaced.returncode == 0, replaced.stderr
    assert _json("searches", data_dir=data)[0]["query"] == "вода"  # type: ignore[index]

    mixed = run_storydesk("search", "UNDP", "--saved", "x", data_dir=data)
    assert mixed.returncode == 2
    nothing = run_storydesk("search", data_dir=data)
    assert nothing.returncode == 2
    unknown = run_storydesk("search", "--saved", "Nope", data_dir=data)
    assert unknown.returncode == 1
    _one_line_error(unknown, "no saved search named 'Nope'")

    deleted = run_storydesk("searches", "delete", "Kazakhstan in English", data_dir=data)
    assert deleted.returncode == 0, deleted.stderr
    assert _json("searches", data_dir=data) == []


def test_filters_alone_make_a_search(data: Path) -> None:
    found = _json("search", "--language", "ru", "--limit", "50", data_dir=data)
    languages = {hit["language"] for hit in found["hits"]}  # type: ignore[index]
    assert found["total"] > 0 and languages == {"ru"}  # type: ignore[index]


def test_an_empty_query_still_lists_everything_and_no_query_is_a_usage_error(data: Path) -> None:
    everything = _json("search", "", "--limit", "50", data_dir=data)
    assert everything["total"] == 7  # type: ignore[index]
    nothing = run_storydesk("search", data_dir=data)
    assert nothing.returncode == 2 and "Traceback" not in nothing.stderr
