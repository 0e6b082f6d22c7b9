"""Faults injected into real ``storydesk`` commands (issue 8, item 5).

Disk full (RLIMIT_FSIZE: EFBIG at any write, SQLite's included), ENOSPC/EIO/EACCES at the
n-th ``open``-for-writing, ``os.replace``, ``os.rename``, ``os.fsync`` or
``shutil.copyfile`` (n swept over the calls the command really makes), a read-only data
folder, and the source folder removed while an import runs. Each run must end with a
clear one-line error (or success that is real), lose nothing committed, and leave a
catalogue that passes ``PRAGMA integrity_check`` and works for the next command.

The normal run injects one seeded n per (command, function); the long mode (``--long`` or
STORYDESK_LONG=1) sweeps every n (up to 40 spread over the calls) with each errno.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import stat
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.crash.corpus import write_story_folder
from tests.crash.harness import child_env, storydesk_command
from tests.crash.longmode import long_mode
from tests.faults.harness import (
    FUNCTIONS,
    OPERATIONS,
    Bench,
    FaultTally,
    Run,
    build_bench,
    census,
    dump,
    integrity,
    judge,
    run_faulted,
)

ERRNOS = ("ENOSPC", "EIO", "EACCES")

KNOWN: dict[str, str] = {}
"""Test ids that fail on the current code, with what fails (xfail, not strict); none now."""


def _xfail(case_id: str) -> list[pytest.MarkDecorator]:
    if case_id in KNOWN:
        return [pytest.mark.xfail(strict=False, reason=KNOWN[case_id])]
    return []


@pytest.fixture(scope="session")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Bench:
    return build_bench(tmp_path_factory.mktemp("fault-bench"))


_census: dict[str, Counter[str]] = {}


def _calls(bench: Bench, operation: str, root: Path) -> Counter[str]:
    if operation not in _census:
        _census[operation] = census(bench, operation, root / f"census-{operation}")
    return _census[operation]


def _report(tally: FaultTally, what: str) -> None:
    print(f"\n{what}: {tally.runs} runs, {tally.injected} with a fault injected")
    for run in tally.failed_runs:
        print("  FAIL", run.describe())
    if tally.failed_runs:
        pytest.fail(
            f"{len(tally.failed_runs)} of {tally.runs} runs fell short: "
            + " || ".join(run.describe() for run in tally.failed_runs[:3])
        )


def _nth_cases() -> Iterator[object]:
    for operation in OPERATIONS:
        for function in FUNCTIONS:
            case_id = f"{operation}-{function}"
            yield pytest.param(operation, function, id=case_id, marks=_xfail(case_id))


@pytest.mark.parametrize(("operation", "function"), list(_nth_cases()))
def test_os_error_at_nth_call(
    bench: Bench,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    operation: str,
    function: str,
    request: pytest.FixtureRequest,
) -> None:
    calls = _calls(bench, operation, tmp_path_factory.mktemp("census"))[function]
    if not calls:
        pytest.skip(f"storydesk {operation} never calls {function}")
    rng = random.Random(f"{operation}-{function}")
    if long_mode(request.config):
        step = max(1, calls // 40)
        plan = [(n, e) for n in range(1, calls + 1, step) for e in ERRNOS]
    else:
        plan = [(rng.randint(1, calls), ERRNOS[FUNCTIONS.index(function) % len(ERRNOS)])]
    tally = FaultTally()
    for n, errno_name in plan:
        at = f"{function}:{n}:{errno_name}"
        run, data, output, before = run_faulted(
            bench, operation, tmp_path / "run", at=at, label=f"storydesk {operation} {at}"
        )
        assert run.injected, f"{at}: the fault was not raised"
        judge(run, operation, data, output, before, bench.source_ids)
        tally.add(run)
    _report(tally, f"{operation} with {function} failing ({calls} calls)")


def _fsize_cases() -> Iterator[object]:
    for operation in OPERATIONS:
        yield pytest.param(operation, id=operation, marks=_xfail(f"disk-full-{operation}"))


@pytest.mark.parametrize("operation", list(_fsize_cases()))
def test_disk_full(
    bench: Bench, tmp_path: Path, operation: str, request: pytest.FixtureRequest
) -> None:
    """RLIMIT_FSIZE: every write past the limit fails with EFBIG, like a full disk."""
    catalogue = (bench.template / "catalogue.sqlite3").stat().st_size
    limits = [8 * 1024, catalogue + 4096]
    if long_mode(request.config):
        limits = [4096, 16384, 65536, 262144, catalogue, catalogue + 4096, catalogue + 65536]
    tally = FaultTally()
    failed = 0
    for fsize in limits:
        run, data, output, before = run_faulted(
            bench, operation, tmp_path / "run", fsize=fsize, label=f"{operation} fsize={fsize}"
        )
        failed += run.returncode != 0
        if run.returncode != 0:
            run.injected = [f"EFBIG past {fsize} bytes"]
        judge(run, operation, data, output, before, bench.source_ids)
        tally.add(run)
    print(f"{operation}: {failed} of {len(limits)} disk-full runs failed (as they may)")
    _report(tally, f"{operation} on a full disk")


# -- a read-only data folder --------------------------------------------------------------


def _read_only_mechanism(top: Path) -> str | None:
    """``chmod`` for an ordinary user; for root (whom permissions do not stop) a read-only
    bind mount in a private mount namespace (``unshare -m``); None if neither works."""
    if os.name != "posix":
        return None
    if os.geteuid() != 0:
        return "chmod"
    probe = top / "probe"
    probe.mkdir()
    script = f"mount --bind {probe} {probe} && mount -o remount,bind,ro {probe} && touch {probe}/x"
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, check=False
    )
    failed_for_ro = done.returncode != 0 and "Read-only" in done.stderr
    shutil.rmtree(probe, ignore_errors=True)
    return "mount" if failed_for_ro else None


@pytest.fixture
def read_only_data(bench: Bench, tmp_path: Path) -> Iterator[tuple[Path, Path, str]]:
    """A copy of the template on a read-only file system (or made read-only by chmod)."""
    top = tmp_path / "ro"
    top.mkdir()
    mechanism = _read_only_mechanism(top)
    if mechanism is None:
        pytest.skip("cannot make a read-only folder here (root without unshare/mount)")
    data = top / "data"
    shutil.copytree(bench.template, data)
    (top / "out").mkdir()
    (top / "cache").mkdir()
    if mechanism == "chmod":
        for path in [data, *data.rglob("*")]:
            os.chmod(path, 0o555 if path.is_dir() else 0o444)
    try:
        yield top, data, mechanism
    finally:
        for path in [data, *data.rglob("*")]:
            if path.is_dir():
                os.chmod(path, stat.S_IRWXU)


def _run_read_only(
    args: list[str], data: Path, top: Path, mechanism: str
) -> subprocess.CompletedProcess[str]:
    env = child_env(data)
    env["XDG_CACHE_HOME"] = str(top / "cache")
    command = [*storydesk_command(), *args]
    if mechanism == "mount":
        script = f'mount --bind "{data}" "{data}" && mount -o remount,bind,ro "{data}" && exec "$@"'
        command = ["unshare", "-m", "sh", "-c", script, "sh", *command]
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )


READERS = {
    "list": ["list", "--json"],
    "search": ["search", "--json", "generated"],
    "stats": ["stats", "--json"],
    "show": ["show", "--json", "base-0003"],
    "export-html": ["export", "--format", "html", "--query", "generated", "-o", "OUT/p.html"],
}


@pytest.mark.parametrize(
    "command", [pytest.param(c, id=c, marks=_xfail(f"read-only-{c}")) for c in READERS]
)
def test_read_only_data_folder_still_reads(
    read_only_data: tuple[Path, Path, str], command: str
) -> None:
    top, data, mechanism = read_only_data
    before = dump(data)
    args = [a.replace("OUT", str(top / "out")) for a in READERS[command]]
    done = _run_read_only(args, data, top, mechanism)
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, f"storydesk {' '.join(args)}: {done.stderr.strip()}"
    assert dump(data) == before


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["import", "SOURCE"], id="import", marks=_xfail("read-only-write-import")),
        pytest.param(["reindex"], id="reindex", marks=_xfail("read-only-write-reindex")),
    ],
)
def test_read_only_data_folder_refuses_writes_in_one_line(
    bench: Bench, read_only_data: tuple[Path, Path, str], args: list[str]
) -> None:
    top, data, mechanism = read_only_data
    source = top / "source"
    shutil.copytree(bench.source, source)
    before = dump(data)
    done = _run_read_only([a.replace("SOURCE", str(source)) for a in args], data, top, mechanism)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if not line.startswith("warning:")]
    assert done.returncode != 0
    assert len(errors) == 1 and errors[0].startswith("error:"), done.stderr
    for word in ("Traceback", "[SQL:", "unexpected problem"):
        assert word not in done.stderr
    assert dump(data) == before
    assert integrity(data) == "ok"


# -- the source folder removed while an import runs ----------------------------------------


@pytest.fixture(scope="session")
def usb_source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, frozenset[str]]:
    folder = tmp_path_factory.mktemp("usb-template") / "stick"
    ids = write_story_folder(folder, 300, start=500)
    return folder, frozenset(ids)


@pytest.mark.parametrize(
    "how",
    [
        pytest.param(h, id=h, marks=_xfail(f"usb-{h}"))
        for h in ("delete-files", "rename-folder", "delete-folder")
    ],
)
def test_source_removed_mid_import(
    bench: Bench,
    usb_source: tuple[Path, frozenset[str]],
    tmp_path: Path,
    how: str,
    request: pytest.FixtureRequest,
) -> None:
    """The import either says which files it could not read, or fails in one line.

    Files removed before the import listed them are rightly absent; what is checked does
    not depend on the timing: story files still there are imported or named, and a story
    imported without its (removed) photo is named in the report.
    """
    trials = 20 if long_mode(request.config) else 2
    template, ids = usb_source
    tally = FaultTally()
    for seed in range(1, trials + 1):
        work = tmp_path / f"run{seed}"
        data, stick = work / "data", work / "stick"
        shutil.copytree(bench.template, data)
        shutil.copytree(template, stick)
        before = dump(data)
        delay = random.Random(f"{how}-{seed}").uniform(0.3, 3.0)

        def pull(stick: Path = stick, delay: float = delay) -> None:
            time.sleep(delay)
            if how == "delete-files":
                for path in sorted(stick.glob("*.md"))[::2]:
                    path.unlink()
                shutil.rmtree(stick / "img", ignore_errors=True)
            elif how == "rename-folder":
                stick.rename(stick.with_name("stick-gone"))
            else:
                shutil.rmtree(stick, ignore_errors=True)

        puller = threading.Thread(target=pull)
        command = [*storydesk_command(), "import", "--json", str(stick)]
        puller.start()
        done = subprocess.run(
            command, env=child_env(data), capture_output=True, text=True, timeout=300, check=False
        )
        puller.join()
        run = Run(f"{how} after {delay:.2f} s", command, done.returncode, done.stdout, done.stderr)
        run.injected = [how]
        judge(run, "usb", data, work / "out" / "none", before)
        after = dump(data)
        imported = (set(after) - set(before)) & ids
        named = ""
        if run.stdout.strip():
            report = json.loads(run.stdout)
            paths = [e["path"] for e in report.get("rejected", []) + report.get("skipped", [])]
            named = " ".join(paths)
        elif run.returncode == 0:
            run.problems.append("exit 0 without a report")
        # What stayed on the stick must be imported or named (whatever the timing).
        left = sorted(stick.glob("story-*.md")) if stick.is_dir() else []
        passed_over = [
            p.name
            for p in left
            if f"{p.stem.replace('story', 'crash')}" not in imported and p.name not in named
        ]
        if passed_over:
            run.problems.append(f"{len(passed_over)} story files on the stick passed over")
        # An imported story whose photo vanished must say so.
        silent = [
            i
            for i in imported
            if int(i[-4:]) % 2 == 0 and not after[i][-1] and f"photo-{i[-4:]}" not in named
        ]
        if silent:
            run.problems.append(f"{len(silent)} stories imported without their photo, unreported")
        tally.add(run)
        shutil.rmtree(work, ignore_errors=True)
    _report(tally, f"source {how} mid-import")
