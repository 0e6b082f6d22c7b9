"""The search process: answers as Library.search does, from another process, and survives.

Real data folders, real index, a real child process; the "another process" that changes
the folder is the real ``storydesk`` command.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path
from typing import Any

import pytest

from storydesk.library import Library, SearchService, SearchServiceUnavailable
from tests.backends import on_both_backends as on_both_backends
from tests.conftest import run_storydesk

WAIT = 120.0
"""Seconds any one answer may take before the test fails as hung (a loaded CI machine)."""


@pytest.fixture
def service(seeded_library: Any) -> Any:
    svc = seeded_library.search_service()
    yield svc
    svc.close()


def _children() -> set[int]:
    """Pids of this process's children (Linux /proc)."""
    if not Path("/proc/self/stat").is_file():
        pytest.skip("needs Linux's /proc to list child processes")
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid():
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat")
    # a zombie (ended, not yet reaped) counts as gone
    return not (state.exists() and state.read_text().rsplit(")", 1)[1].split()[0] == "Z")


def _story(folder: Path, name: str, words: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.md").write_text(
        f"---\nid: {name}\ntitle: {words.title()}\nlanguage: en\ndate: 2025-03-04\n"
        f"---\nA school in Osh opened {words}.\n",
        encoding="utf-8",
    )


def test_answers_as_the_library_does(seeded_library: Any, service: Any) -> None:
    assert not service.ready
    assert service.wait_ready(WAIT)
    assert service.ready
    for query, kwargs in [
        ("", {"limit": 3, "facets": True}),
        ("water", {"limit": 2, "facets": True}),
        ("lang:ru", {"limit": 5, "sort": "date"}),
        ("", {"limit": 2, "filters": {"languages": ["en"]}, "offset": 1}),
        ("wtaer", {"limit": 5, "facets": True}),
    ]:
        expected = seeded_library.search(query, **kwargs)
        result, ids = service.search(query=query, timeout=WAIT, **kwargs)
        assert result.to_json() == expected.to_json(), query
        assert ids is None
    assert service.pid is not None and service.pid != os.getpid()
    assert service.pid in _children()


def test_browsing_also_gives_every_id_newest_first(seeded_library: Any, service: Any) -> None:
    result, ids = service.search(query="", limit=2, browse=True, timeout=WAIT)
    assert ids == seeded_library.story_ids(sort="date")
    assert result.total == len(ids)


def test_an_error_comes_back_with_its_class_and_message(seeded_library: Any, service: Any) -> None:
    with pytest.raises(ValueError) as in_process:
        seeded_library.search("water", limit="many")
    with pytest.raises(ValueError) as raised:
        service.search(query="water", limit="many", timeout=WAIT)
    assert type(raised.value) is type(in_process.value)
    assert raised.value.args == in_process.value.args
    # and the service still answers
    result, _ = service.search(query="", limit=1, timeout=WAIT)
    assert result.total > 0


def test_killed_child_is_restarted_and_the_waiting_search_answered(
    seeded_library: Any, service: Any
) -> None:
    service.search(query="", limit=1, timeout=WAIT)
    first = service.pid
    os.kill(first, signal.SIGKILL)
    result, _ = service.search(query="water", limit=5, timeout=WAIT)
    assert result.to_json() == seeded_library.search("water", limit=5).to_json()
    assert service.pid != first
    assert service.restarts == 1
    assert not _alive(first)


def test_only_the_newest_of_the_latest_lane_is_answered(service: Any) -> None:
    service.start()
    answered: list[int] = []
    done = threading.Event()
    numbers = []
    for query in ["w", "wa", "wat", "wate", "water"]:

        def reply(status: str, payload: Any, tb: str, query: str = query) -> None:
            answered.append(len(query))
            if query == "water":
                done.set()

        numbers.append(service.submit("search", {"query": query, "limit": 5}, reply, "latest"))
    assert done.wait(WAIT)
    assert answered == [5]


def test_sees_a_change_made_by_another_process(
    seeded_library: Any, service: Any, tmp_path: Path
) -> None:
    before, _ = service.search(query="zanzibarite", limit=5, timeout=WAIT)
    assert before.total == 0
    _story(tmp_path / "new", "zanzi", "a zanzibarite water point")
    result = run_storydesk("import", str(tmp_path / "new"), data_dir=seeded_library.layout.root)
    assert result.returncode == 0, result.stderr
    after, _ = service.search(query="zanzibarite", limit=5, timeout=WAIT)
    assert [hit.id for hit in after.hits] == ["zanzi"]
    assert after.pending == 0


def test_searches_while_another_process_holds_the_write_lock(
    seeded_library: Any, service: Any
) -> None:
    from storydesk.catalogue.lock import WriterLock

    lock = WriterLock(seeded_library.layout.lock, 0.1, None)
    assert lock.try_acquire("testing")
    try:
        result, _ = service.search(query="", limit=1, timeout=WAIT)
    finally:
        lock.release()
    assert result.total > 0


def test_close_ends_the_child_and_a_closed_service_refuses(service: Any) -> None:
    service.search(query="", limit=1, timeout=WAIT)
    pid = service.pid
    service.close()
    assert not _alive(pid)
    with pytest.raises(SearchServiceUnavailable):
        service.search(query="", limit=1, timeout=WAIT)


def test_library_close_ends_its_search_process(seeded_template: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "own"
    shutil.copytree(seeded_template, folder)
    library = Library.open(folder)
    service = library.search_service()
    assert library.search_service() is service
    service.search(query="", limit=1, timeout=WAIT)
    pid = service.pid
    library.close()
    assert not _alive(pid)


def test_a_folder_without_a_catalogue_answers_with_the_error(tmp_path: Path) -> None:
    from storydesk.errors import StoryDeskError

    service = SearchService(tmp_path / "nothing")
    try:
        with pytest.raises(StoryDeskError) as raised:
            service.search(query="water", timeout=WAIT)
        assert "no catalogue" in str(raised.value)
        assert not isinstance(raised.value, SearchServiceUnavailable)
    finally:
        service.close()


def test_the_child_ends_when_its_parent_is_killed(seeded_library: Any) -> None:
    import subprocess
    import sys
    import time

    script = (
        "import sys, time\n"
        "from storydesk.library import SearchService\n"
        "service = SearchService(sys.argv[1])\n"
        "assert service.wait_ready(120)\n"
        "print(service.pid, flush=True)\n"
        "time.sleep(600)\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script, str(seeded_library.layout.root)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert _alive(child)
    finally:
        parent.kill()
        parent.wait(WAIT)
    end = time.monotonic() + 60  # a watchdog: fails only if the child lives on
    while _alive(child) and time.monotonic() < end:
        time.sleep(0.1)
    assert not _alive(child)
