"""``storydesk search`` and the search index, through the real command as a user runs it.

Totals that do not depend on ``--limit``; ``export --query`` and ``bundle create --query``
taking every matching story; queries that used to break; a damaged index; and a second
command (or a kill) during a reindex of a 2,100-story folder.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPORA, run_storydesk

CORPUS_NAMES = (
    "desa-eapd-modelling-project",
    "camgdp_docsy",
    "karakalmyk",
    "undp-aprc-impact-templates",
)
GENERATED_STORIES = 2100  # above the two-process rebuild threshold (2,000)
VOCABULARY = tuple(
    [
        "water",
        "energy",
        "school",
        "village",
        "council",
        "training",
        "workshop",
        "climate",
        "model",
        "data",
        "river",
        "bridge",
        "clinic",
        "solar",
        "farmers",
        "youth",
        "women",
        "market",
        "road",
        "health",
    ]
)
WATCHDOG = 120.0  # seconds: fails only a hang


def _json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    assert "unexpected problem" not in result.stderr and "Traceback" not in result.stderr
    return json.loads(result.stdout)


def _total(data: Path, *words: str, limit: int = 20) -> int:
    result = run_storydesk("search", "--json", "--limit", str(limit), *words, data_dir=data)
    return int(_json(result)["total"])


@pytest.fixture(scope="module")
def corpora_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folders = [CORPORA / name for name in CORPUS_NAMES]
    if not all(folder.is_dir() for folder in folders):
        pytest.skip("the shared corpora are not present on this machine")
    data = tmp_path_factory.mktemp("search-cli") / "data"
    result = run_storydesk("import", "--json", *map(str, folders), data_dir=data)
    assert "unexpected problem" not in result.stderr
    assert json.loads(result.stdout)["imported"] > 300
    return data


@pytest.mark.parametrize("query", ["CLEWs Bolivia", "training workshop"])
def test_total_does_not_depend_on_limit(corpora_data: Path, query: str) -> None:
    totals = {limit: _total(corpora_data, query, limit=limit) for limit in (1, 2, 4, 200)}
    assert len(set(totals.values())) == 1, totals
    every = _json(run_storydesk("search", "--json", "--limit", "500", query, data_dir=corpora_data))
    assert len(every["hits"]) == totals[1]


def test_export_and_bundle_by_query_take_every_story(corpora_data: Path, tmp_path: Path) -> None:
    query = "training workshop"
    total = _total(corpora_data, query, limit=1)
    assert total > 20
    pack = _json(
        run_storydesk(
            "export",
            "--json",
            "--format",
            "html",
            "-o",
            str(tmp_path / "pack.html"),
            "--query",
            query,
            data_dir=corpora_data,
        )
    )
    assert pack["stories"] == total
    bundle = _json(
        run_storydesk(
            "bundle",
            "create",
            "--json",
            "-o",
            str(tmp_path / "b.storybundle"),
            "--query",
            query,
            data_dir=corpora_data,
        )
    )
    assert bundle["stories"] == total


def test_date_range_undated_year_and_a_saved_search_keeping_them(corpora_data: Path) -> None:
    everything = _json(
        run_storydesk("search", "--json", "--facets", "--year", "2020..2030", data_dir=corpora_data)
    )
    years = everything["facets"]["years"]
    assert "undated" not in years and years
    first, second = sorted(years)[-2:]
    in_range = years[first] + years[second]
    ranged = _json(
        run_storydesk(
            "search", "--json", "--from", first, "--to", f"{second}-12", data_dir=corpora_data
        )
    )
    assert ranged["total"] == in_range > 0
    undated = _json(
        run_storydesk("search", "--json", "--facets", "--year", "undated", data_dir=corpora_data)
    )
    assert undated["total"] > 0 and undated["facets"]["years"] == {"undated": undated["total"]}
    saved = run_storydesk(
        "search", "--from", first, "--to", f"{second}-12", "--save", "Early", data_dir=corpora_data
    )
    assert saved.returncode == 0, saved.stderr
    again = _json(run_storydesk("search", "--json", "--saved", "Early", data_dir=corpora_data))
    assert again["total"] == in_range
    listed = run_storydesk("searches", data_dir=corpora_data)
    assert f"dates: {first}..{second}-12" in listed.stdout
    bad = run_storydesk("search", "--from", "2021-02-30", data_dir=corpora_data)
    assert bad.returncode == 2
    assert "--from 2021-02-30" in bad.stderr and "not a date range" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_query_is_the_remaining_words(corpora_data: Path) -> None:
    assert _total(corpora_data, "training", "workshop") == _total(corpora_data, "training workshop")


def test_a_leading_dash_word_excludes_it(corpora_data: Path) -> None:
    everything = _total(corpora_data, "")
    with_word = _total(corpora_data, "Bolivia")
    assert 0 < with_word < everything
    assert _total(corpora_data, "-Bolivia") == everything - with_word
    assert _total(corpora_data, "--", "-Bolivia") == everything - with_word
    result = run_storydesk("search", "-Бишкек", "--limit", "1", data_dir=corpora_data)
    assert result.returncode == 0, result.stderr
    assert "stories match" in result.stdout


def test_search_help_explains_the_double_dash(corpora_data: Path) -> None:
    result = run_storydesk("search", "--help", data_dir=corpora_data)
    assert result.returncode == 0 and "'--'" in result.stdout


@pytest.mark.parametrize("text", ['"""', ":::", '""', "*"])
def test_a_query_without_words_matches_nothing(corpora_data: Path, text: str) -> None:
    assert _total(corpora_data, text) == 0


def test_a_1500_word_query(corpora_data: Path) -> None:
    rng = random.Random(5)
    words = [f"{rng.choice(['вода', 'water', 'model', 'Бишкек'])}{i % 300}" for i in range(1500)]
    document = _json(run_storydesk("search", "--json", " ".join(words), data_dir=corpora_data))
    assert document["total"] == 0 and document["ignored_terms"] > 0
    plain = run_storydesk("search", " ".join(words), data_dir=corpora_data)
    assert plain.returncode == 0 and "were not searched" in plain.stdout


def test_a_damaged_index_file_is_rebuilt(tmp_path: Path) -> None:
    """``echo x > index/_MAIN_*.toc`` made every command fail, even reindex and repair.

    (The size of the catalogue plays no part: the seeds keep the three rebuilds short.)
    """
    from tests.conftest import SEEDS

    data = tmp_path / "data"
    assert run_storydesk("import", str(SEEDS), data_dir=data).returncode == 0
    expected = _total(data, "UNDP")
    assert expected > 0
    for command in (["search", "UNDP"], ["reindex"], ["check", "--repair"]):
        next((data / "index").glob("_MAIN_*.toc")).write_text("x\n")
        result = run_storydesk(*command, data_dir=data)
        assert result.returncode == 0, (command, result.stderr)
        assert "IndexError" not in result.stderr and "unexpected problem" not in result.stderr
    assert _total(data, "UNDP") == expected
    assert run_storydesk("check", data_dir=data).returncode == 0


# -- a reindex and a second process --------------------------------------------------------


@pytest.fixture(scope="module")
def big_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder of 2,100 generated Markdown stories (imported in-process, once)."""
    from storydesk.library import Library

    root = tmp_path_factory.mktemp("big")
    source = root / "stories"
    source.mkdir()
    rng = random.Random(8)
    for i in range(GENERATED_STORIES):
        paragraphs = "\n\n".join(
            " ".join(rng.choice(VOCABULARY) for _ in range(60)).capitalize() + "." for _ in range(3)
        )
        (source / f"story-{i:05d}.md").write_text(
            f"---\ntitle: Story {i} about {rng.choice(VOCABULARY)}\n"
            f"date: 2024-{1 + i % 12:02d}-{1 + i % 28:02d}\nlanguage: en\n---\n\n{paragraphs}\n",
            encoding="utf-8",
        )
    data = root / "data"
    with Library.open(data) as library:
        report = library.import_paths([source])
    assert report.imported == GENERATED_STORIES
    return data


def _start_reindex(data: Path) -> subprocess.Popen[str]:
    exe = shutil.which("storydesk")
    command = [exe] if exe else [sys.executable, "-m", "storydesk"]
    env = dict(os.environ, STORYDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [*command, "reindex"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def _wait_for(condition: Any, what: str, timeout: float = WATCHDOG) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


def _building(data: Path) -> bool:
    return any(data.glob("index.building-*"))


def _children(pid: int) -> list[int]:
    """Pids whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _index_is_whole(data: Path) -> None:
    check = run_storydesk("check", "--json", data_dir=data)
    assert _json(check)["ok"], check.stdout
    assert _total(data, "") == GENERATED_STORIES
    assert not _building(data)


def test_a_search_during_a_reindex(big_data: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(big_data, data)
    reindex = _start_reindex(data)
    try:
        _wait_for(lambda: _building(data) or reindex.poll() is not None, "the rebuild to start")
        assert reindex.poll() is None, "the reindex ended before the search could run"
        search = run_storydesk("search", "--json", "x", data_dir=data, timeout=WATCHDOG)
        _json(search)
        assert _building(data) or reindex.poll() is not None  # its folder was left alone
        out, err = reindex.communicate(timeout=WATCHDOG)
    finally:
        if reindex.poll() is None:
            reindex.kill()
            reindex.wait()
    assert reindex.returncode == 0, err
    assert "Traceback" not in err and f"Indexed {GENERATED_STORIES} stories" in out
    _index_is_whole(data)


def test_a_second_reindex_waits_for_the_first(big_data: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(big_data, data)
    first = _start_reindex(data)
    try:
        _wait_for(lambda: _building(data) or first.poll() is not None, "the rebuild to start")
        second = run_storydesk("reindex", data_dir=data, timeout=2 * WATCHDOG)
        out, err = first.communicate(timeout=WATCHDOG)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stderr
    assert f"Indexed {GENERATED_STORIES} stories" in out
    assert f"Indexed {GENERATED_STORIES} stories" in second.stdout
    _index_is_whole(data)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_killing_a_reindex_leaves_no_worker_alive(big_data: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(big_data, data)
    reindex = _start_reindex(data)
    workers: list[int] = []
    try:
        _wait_for(
            lambda: len(_children(reindex.pid)) >= 2 or reindex.poll() is not None,
            "the two index writer processes",
        )
        workers = _children(reindex.pid)
        assert reindex.poll() is None and len(workers) >= 2
        os.kill(reindex.pid, signal.SIGKILL)
        reindex.wait(timeout=WATCHDOG)
        deadline = time.monotonic() + 20
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        survivors = [pid for pid in workers if _alive(pid)]
        assert survivors == [], f"writer processes {survivors} outlived the killed reindex"
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    # The next command removes the killed rebuild's folder and finds the index whole.
    _index_is_whole(data)
