"""Runs real ``storydesk`` commands with an injected fault and judges what they did.

Faults: the n-th call of ``os.replace``/``os.rename``/``os.fsync``/``shutil.copyfile``/
``open``-for-writing raises ``OSError`` (``inject/sitecustomize.py`` on the child's
PYTHONPATH); RLIMIT_FSIZE with SIGXFSZ ignored, so any write past the limit, SQLite's
included, fails with EFBIG as on a full disk; a read-only data folder; the source folder
removed while an import runs.

A run is judged by :func:`judge`: if the command failed, exit status not 0 and exactly one
error line on stderr (``rejected: ...`` lines for single files aside), never a traceback,
an SQL dump or "unexpected problem"; if it said it succeeded, it did; either way every
story committed before is still there with the same content, its images are in media/,
``PRAGMA integrity_check`` is ok, and the next command (without the fault) works.
"""

from __future__ import annotations

import contextlib
import resource
import shutil
import signal
import sqlite3
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.crash.corpus import write_story_folder
from tests.crash.harness import (
    SEEDS,
    child_env,
    output_problem,
    run_cli,
    storydesk_command,
)

INJECT = Path(__file__).resolve().parent / "inject"
FUNCTIONS = ("open", "replace", "rename", "fsync", "copyfile")
OPERATIONS = ("import", "reindex", "bundle", "export-html", "export-pdf")
BAD_WORDS = ("Traceback", "[SQL:", "unexpected problem")


@dataclass
class Bench:
    """A data folder with committed stories (and images) and a folder of new stories."""

    root: Path
    template: Path
    source: Path
    source_ids: frozenset[str]

    def command(self, operation: str, output: Path) -> list[str]:
        base = storydesk_command()
        if operation == "import":
            return [*base, "import", str(self.source)]
        if operation == "reindex":
            return [*base, "reindex"]
        if operation == "bundle":
            return [*base, "bundle", "create", "--query", "generated", "-o", str(output)]
        fmt = operation.split("-")[1]
        return [*base, "export", "--format", fmt, "--query", "generated", "-o", str(output)]


def build_bench(root: Path) -> Bench:
    """Seeds and 20 stories with images committed; 40 more stories to import."""
    root.mkdir(parents=True, exist_ok=True)
    template = root / "template"
    base = root / "base"
    write_story_folder(base, 20, prefix="base")
    for args in (["import", str(SEEDS)], ["import", str(base)]):
        done = subprocess.run(
            [*storydesk_command(), *args],
            env=child_env(template),
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    source = root / "new"
    ids = write_story_folder(source, 40, start=100)
    return Bench(root, template, source, frozenset(ids))


def output_name(operation: str) -> str:
    return {"bundle": "out.storybundle", "export-html": "pack.html", "export-pdf": "pack.pdf"}.get(
        operation, "none"
    )


def dump(data: Path) -> dict[str, tuple[Any, ...]]:
    """Every story's content and its images, read with sqlite3 directly."""
    uri = f"file:{data / 'catalogue.sqlite3'}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=30)) as db:
        images: dict[str, list[str]] = {}
        for story_id, sha, ext in db.execute(
            "SELECT story_id, sha256, ext FROM images ORDER BY story_id, position"
        ):
            if sha is not None:
                images.setdefault(story_id, []).append(f"{sha}{ext}")
        return {
            row[0]: (*row[1:], tuple(images.get(row[0], ())))
            for row in db.execute("SELECT id, title, body, content_hash, date FROM stories")
        }


def integrity(data: Path) -> str:
    uri = f"file:{data / 'catalogue.sqlite3'}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=30)) as db:
        return "; ".join(str(r[0]) for r in db.execute("PRAGMA integrity_check"))


def media_names(data: Path) -> set[str]:
    return {p.name for p in (data / "media").rglob("*") if p.is_file()}


@dataclass
class Run:
    """One faulted command: what it printed and what went wrong."""

    label: str
    command: list[str]
    returncode: int
    stdout: str
    stderr: str
    injected: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def describe(self) -> str:
        err = " | ".join(self.stderr.strip().splitlines()[-4:])[:400]
        return (
            f"{self.label}: {'; '.join(self.problems)} (exit {self.returncode}; "
            f"injected {self.injected or 'nothing'}; stderr: {err!r})"
        )


def run_faulted(
    bench: Bench,
    operation: str,
    workdir: Path,
    *,
    at: str | None = None,
    fsize: int | None = None,
    label: str = "",
) -> tuple[Run, Path, Path, dict[str, tuple[Any, ...]]]:
    """Copy the template and run ``operation`` with one fault; returns the run, the data
    folder, the output path and the catalogue dump from before."""
    shutil.rmtree(workdir, ignore_errors=True)
    data = workdir / "data"
    shutil.copytree(bench.template, data)
    output = workdir / "out" / output_name(operation)
    output.parent.mkdir(parents=True)
    before = dump(data)
    log = workdir / "fault.log"
    env = child_env(data)
    env["STORYDESK_FAULT_LOG"] = str(log)
    if at is not None:
        env["PYTHONPATH"] = str(INJECT)
        env["STORYDESK_FAULT_AT"] = at

    def limit() -> None:
        if fsize is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    command = bench.command(operation, output)
    done = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=limit if fsize is not None else None,
        check=False,
    )
    injected = []
    if log.exists():
        injected = [line for line in log.read_text().splitlines() if line.startswith("FAULT")]
    run = Run(label or operation, command, done.returncode, done.stdout, done.stderr, injected)
    return run, data, output, before


def judge(
    run: Run,
    operation: str,
    data: Path,
    output: Path,
    before: dict[str, tuple[Any, ...]],
    expected_ids: frozenset[str] = frozenset(),
) -> None:
    """Record on ``run`` every way it fell short (see the module docstring)."""
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    for word in BAD_WORDS:
        if word in run.stderr:
            run.problems.append(f"stderr holds {word!r}")
    # A warning (the catalogue opened for reading only, say) may come before the one error.
    errors = [line for line in lines if not line.startswith(("rejected:", "skipped:", "warning:"))]
    if run.returncode != 0:
        if len(errors) > 1:
            run.problems.append(f"{len(errors)} error lines on stderr, not one")
        if not lines:
            run.problems.append("failed without a word on stderr")
    else:
        if operation in ("bundle", "export-html", "export-pdf") and not output.exists():
            run.problems.append("exit 0 but no output file")
    if output.exists():
        problem = output_problem(output)
        if problem:
            run.problems.append(f"output has its final name but {problem}")
    try:
        result = integrity(data)
        if result != "ok":
            run.problems.append(f"integrity_check: {result}")
        after = dump(data)
    except sqlite3.Error as exc:
        run.problems.append(f"catalogue unreadable: {exc}")
        return
    lost = [i for i in before if i not in after]
    changed = [i for i in before if i in after and after[i] != before[i]]
    if lost:
        run.problems.append(f"{len(lost)} committed stories lost")
    if changed and operation != "import":
        run.problems.append(f"{len(changed)} committed stories changed")
    names = media_names(data)
    gone = {n for story in before.values() for n in story[-1]} - names
    if gone:
        run.problems.append(f"{len(gone)} images of committed stories gone from media/")
    if operation == "import" and run.returncode == 0:
        missing = expected_ids - set(after)
        if missing:
            run.problems.append(f"exit 0 but {len(missing)} stories not imported")
    # The next command, without the fault.
    status, _out, err = run_cli("--data-dir", str(data), "stats", "--json")
    if status != 0:
        run.problems.append(f"next command (stats) fails: {err.strip()[-200:]}")


@dataclass
class FaultTally:
    """Fault runs and problems, by label."""

    runs: int = 0
    injected: int = 0
    failed_runs: list[Run] = field(default_factory=list)
    problems: Counter[str] = field(default_factory=Counter)

    def add(self, run: Run) -> None:
        self.runs += 1
        self.injected += bool(run.injected)
        if run.problems:
            self.failed_runs.append(run)
            for problem in run.problems:
                self.problems[problem.split(":")[0]] += 1


def census(bench: Bench, operation: str, workdir: Path) -> Counter[str]:
    """How many times the command calls each watched function (no fault raised)."""
    run, *_ = run_faulted(bench, operation, workdir, at="none:0:EIO")
    assert run.returncode == 0, run.stderr
    counts: Counter[str] = Counter(
        line for line in (workdir / "fault.log").read_text().splitlines() if line
    )
    return counts
