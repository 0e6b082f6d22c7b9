"""Kill trials: run a real ``storydesk`` command, SIGKILL it at a random moment, then check.

Used by ``tests/crash/test_kill.py`` (36 trials in CI, 1,000 in the long mode) and by
``benchmarks/robustness.py``. One :class:`Workbench` (generated stories, data folders
before and after an import, each operation's measured duration) is built once and copied
into every trial, so a trial costs the command's run up to the kill plus the checks.

After each kill a trial checks, in this order:

1. the catalogue with :mod:`sqlite3` directly, before StoryDesk opens it again:
   ``PRAGMA integrity_check`` is ``ok``, ``PRAGMA foreign_key_check`` is empty, and the
   stories are either all as before the command or all as after it (an import or an edit
   is one transaction);
2. the output file: absent, or complete (a ZIP that passes ``testzip``, a PDF pypdf reads,
   HTML that ends with ``</html>``); no process of the killed command is left running;
3. the next ``storydesk check --repair`` (run in this process through ``cli.main``), then:
   no image in ``media/`` that the ``images`` table does not name, no temporary file left
   in ``media/``, then (``Library.open``, as ``stats`` and ``search`` do) as many index
   documents as stories, and a search for the made-up word of a sample of stories finds
   each of them.

Each failed check is one *kind*; a trial's result lists the kinds with a detail line.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.crash.corpus import write_story_folder

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "tests" / "fixtures" / "seeds"
STORIES = 300

OPERATIONS = ("import", "edit", "reindex", "bundle", "export-html", "export-pdf")
"""What a trial can kill. There is no ``delete`` or ``edit`` command yet: an *edit* is the
re-import of the same 300 stories with changed text (300 updates in one transaction)."""

KINDS = (
    "integrity",
    "foreign_keys",
    "partial_change",
    "partial_output",
    "command_failed",
    "processes_left",
    "next_open_error",
    "check_after_repair",
    "orphan_media",
    "media_temp_left",
    "output_temp_left",
    "index_mismatch",
    "search_missing",
)
"""Every kind of failure a trial can record (see the module docstring)."""


def storydesk_command() -> list[str]:
    """The real ``storydesk`` command of the active environment."""
    exe = shutil.which("storydesk")
    if exe:
        return [exe]
    return [sys.executable, "-m", "storydesk"]


def child_env(data: Path) -> dict[str, str]:
    """The environment of a ``storydesk`` child process working on ``data``."""
    env = dict(os.environ, STORYDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    return env


@dataclass
class Workbench:
    """Everything a trial copies or compares against, built once."""

    root: Path
    source: Path
    edits: Path
    seeded: Path
    loaded: Path
    tokens: dict[str, str]
    before_ids: frozenset[str]
    after_ids: frozenset[str]
    durations: dict[str, float] = field(default_factory=dict)

    def command(self, operation: str, output: Path) -> list[str]:
        """The ``storydesk`` arguments of one operation (data folder from the environment)."""
        base = storydesk_command()
        if operation == "import":
            return [*base, "import", str(self.source)]
        if operation == "edit":
            return [*base, "import", str(self.edits)]
        if operation == "reindex":
            return [*base, "reindex"]
        if operation == "bundle":
            return [*base, "bundle", "create", "--query", "generated", "-o", str(output)]
        if operation in ("export-html", "export-pdf"):
            fmt = operation.split("-")[1]
            return [*base, "export", "--format", fmt, "--query", "generated", "-o", str(output)]
        raise ValueError(operation)

    def template(self, operation: str) -> Path:
        """The data folder a trial of ``operation`` starts from."""
        return self.seeded if operation == "import" else self.loaded


def output_name(operation: str) -> str:
    return {
        "bundle": "out.storybundle",
        "export-html": "pack.html",
        "export-pdf": "pack.pdf",
    }.get(operation, "none")


def _run(cmd: list[str], data: Path, timeout: float = 300) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        cmd, env=child_env(data), capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()}")
    return time.perf_counter() - started, done.stdout


def build_workbench(root: Path, operations: tuple[str, ...] = OPERATIONS) -> Workbench:
    """Generate the stories and data folders; run each operation once to time it."""
    root.mkdir(parents=True, exist_ok=True)
    source, edits = root / "stories", root / "stories-edited"
    tokens = write_story_folder(source, STORIES)
    write_story_folder(edits, STORIES, revision=1)
    seeded, loaded = root / "seeded", root / "loaded"
    _run([*storydesk_command(), "import", str(SEEDS)], seeded)
    shutil.copytree(seeded, loaded)
    bench = Workbench(root, source, edits, seeded, loaded, tokens, story_ids(seeded), frozenset())
    bench.durations["import"], _ = _run(bench.command("import", root), loaded)
    bench.after_ids = story_ids(loaded)
    scratch = root / "scratch"
    for operation in operations:
        if operation == "import":
            continue
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.copytree(loaded, scratch / "data")
        out = scratch / output_name(operation)
        bench.durations[operation], _ = _run(bench.command(operation, out), scratch / "data")
    shutil.rmtree(scratch, ignore_errors=True)
    return bench


# -- raw catalogue checks ---------------------------------------------------------------


def _connect(data: Path) -> sqlite3.Connection:
    uri = f"file:{data / 'catalogue.sqlite3'}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=30)


def story_ids(data: Path) -> frozenset[str]:
    """The ids in the catalogue, read with sqlite3 directly."""
    with contextlib.closing(_connect(data)) as db:
        return frozenset(row[0] for row in db.execute("SELECT id FROM stories"))


def integrity(data: Path) -> tuple[str, list[tuple[Any, ...]]]:
    """``PRAGMA integrity_check`` and the rows of ``PRAGMA foreign_key_check``."""
    with contextlib.closing(_connect(data)) as db:
        result = "; ".join(str(r[0]) for r in db.execute("PRAGMA integrity_check"))
        return result, list(db.execute("PRAGMA foreign_key_check"))


def revisions(data: Path) -> Counter[str]:
    """How many generated stories hold each revision of their text."""
    counts: Counter[str] = Counter()
    with contextlib.closing(_connect(data)) as db:
        for (body,) in db.execute("SELECT body FROM stories WHERE id LIKE 'crash-%'"):
            counts["1" if "Revision 1." in body else "0"] += 1
    return counts


def referenced_media(data: Path) -> set[str]:
    """Media file names (``<sha256><ext>``) the images table refers to."""
    with contextlib.closing(_connect(data)) as db:
        rows = db.execute("SELECT DISTINCT sha256, ext FROM images WHERE sha256 IS NOT NULL")
        return {f"{sha}{ext}" for sha, ext in rows}


def media_files(data: Path) -> tuple[set[str], list[str]]:
    """Stored image names in ``media/`` and any other (temporary) files there."""
    names: set[str] = set()
    others: list[str] = []
    media = data / "media"
    if media.is_dir():
        for path in media.rglob("*"):
            if path.is_file():
                if path.name.endswith(".tmp") or path.name.startswith("."):
                    others.append(path.relative_to(media).as_posix())
                else:
                    names.add(path.name)
    return names, others


# -- output checks ------------------------------------------------------------------------


def output_problem(path: Path) -> str | None:
    """Why ``path`` (which exists) is not a complete output file, or None."""
    try:
        if path.suffix == ".storybundle":
            with zipfile.ZipFile(path) as zf:
                bad = zf.testzip()
                if bad is not None:
                    return f"member {bad} is damaged"
                if "bundle.json" not in zf.namelist():
                    return "no bundle.json"
        elif path.suffix == ".pdf":
            from pypdf import PdfReader

            reader = PdfReader(path, strict=True)
            if len(reader.pages) < 1:
                return "no pages"
        elif path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            if not text.rstrip().endswith("</html>"):
                return "does not end with </html>"
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


# -- the next command, in this process ----------------------------------------------------


def run_cli(*args: str) -> tuple[int, str, str]:
    """Run ``storydesk.cli.main`` here (the same code as the command), capturing its output."""
    from storydesk import cli

    out, err = io.StringIO(), io.StringIO()
    logger = logging.getLogger("storydesk")
    handlers = list(logger.handlers)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli.main(list(args))
    finally:
        for handler in logger.handlers[:]:
            if handler not in handlers:
                logger.removeHandler(handler)
                handler.close()
    return status, out.getvalue(), err.getvalue()


# -- one trial ------------------------------------------------------------------------------


@dataclass
class Trial:
    """What one kill trial did and found."""

    operation: str
    seed: int
    delay: float
    killed: bool = False
    failures: dict[str, str] = field(default_factory=dict)

    def fail(self, kind: str, detail: str) -> None:
        self.failures.setdefault(kind, detail[:500])

    def replay(self) -> str:
        return (
            f"python benchmarks/robustness.py kill --operation {self.operation} "
            f"--seed {self.seed} --trials 1"
        )


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def kill_trial(bench: Workbench, operation: str, seed: int, workdir: Path) -> Trial:
    """Copy the template, start ``operation``, SIGKILL it after a seeded delay, check."""
    rng = random.Random(seed)
    duration = bench.durations[operation]
    trial = Trial(operation, seed, round(rng.uniform(0.05, duration), 3))
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    data = workdir / "data"
    shutil.copytree(bench.template(operation), data)
    output = workdir / "out" / output_name(operation)
    output.parent.mkdir()
    proc = subprocess.Popen(
        bench.command(operation, output),
        env=child_env(data),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        proc.wait(timeout=trial.delay)
    except subprocess.TimeoutExpired:
        proc.kill()
        trial.killed = True
    _, stderr = proc.communicate(timeout=120)
    if _group_alive(proc.pid):
        trial.fail("processes_left", "processes of the killed command still run")
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    if not trial.killed and proc.returncode != 0:
        trial.fail("command_failed", f"exit {proc.returncode}: {stderr.decode()[-300:]}")
    check_after_kill(bench, trial, data, output)
    return trial


def check_after_kill(bench: Workbench, trial: Trial, data: Path, output: Path) -> None:
    """Every check of the module docstring, recording failures on ``trial``."""
    operation = trial.operation
    result, fk_rows = integrity(data)
    if result != "ok":
        trial.fail("integrity", f"integrity_check: {result}")
    if fk_rows:
        trial.fail("foreign_keys", f"foreign_key_check: {fk_rows[:3]}")
    ids = story_ids(data)
    if operation == "import":
        if ids not in (bench.before_ids, bench.after_ids):
            trial.fail(
                "partial_change",
                f"{len(ids)} stories: neither the {len(bench.before_ids)} before "
                f"nor the {len(bench.after_ids)} after the import",
            )
    else:
        if ids != bench.after_ids:
            trial.fail("partial_change", f"stories changed: {len(ids)} != {len(bench.after_ids)}")
        if operation == "edit":
            counts = revisions(data)
            if len(counts) > 1:
                trial.fail("partial_change", f"edit half applied: {dict(counts)}")
    if output.exists():
        problem = output_problem(output)
        if problem:
            trial.fail("partial_output", f"{output.name} has its final name but {problem}")
    leftovers = [p.name for p in output.parent.iterdir() if p != output]
    if leftovers:
        trial.fail("output_temp_left", f"left beside the output: {leftovers}")

    # The next command a user would run.
    try:
        status, out, err = run_cli("--data-dir", str(data), "check", "--repair", "--json")
        if status not in (0, 1) or not out.strip():
            trial.fail("next_open_error", f"check --repair exit {status}: {err.strip()[-300:]}")
            return
        report = json.loads(out)
        if not report.get("ok"):
            trial.fail("check_after_repair", "; ".join(report.get("problems", []))[:300])
        names, others = media_files(data)
        orphans = names - referenced_media(data)
        if orphans:
            trial.fail("orphan_media", f"{len(orphans)} unreferenced images in media/")
        if others:
            trial.fail("media_temp_left", f"left in media/: {others[:3]}")
        from storydesk.library import Library

        with Library.open(data) as library:  # what `stats` and `search` run, opened once
            stats = library.stats()
            if stats.index_documents != stats.stories:
                trial.fail(
                    "index_mismatch",
                    f"{stats.index_documents} index documents for {stats.stories} stories",
                )
            present = sorted(story_ids(data) & set(bench.tokens))
            sample = random.Random(trial.seed).sample(present, min(8, len(present)))
            if sample:
                query = " OR ".join(bench.tokens[i] for i in sample)
                found = {hit.id for hit in library.search(query, limit=500).hits}
                missing = [i for i in sample if i not in found]
                if missing:
                    trial.fail("search_missing", f"search does not find {missing}")
    except Exception as exc:
        trial.fail("next_open_error", f"{type(exc).__name__}: {exc}")


# -- many trials --------------------------------------------------------------------------


@dataclass
class Tally:
    """Trials run and failures by operation and kind."""

    trials: Counter[str] = field(default_factory=Counter)
    killed: Counter[str] = field(default_factory=Counter)
    failures: Counter[tuple[str, str]] = field(default_factory=Counter)
    examples: dict[tuple[str, str], Trial] = field(default_factory=dict)

    def add(self, trial: Trial) -> None:
        self.trials[trial.operation] += 1
        self.killed[trial.operation] += trial.killed
        for kind in trial.failures:
            self.failures[(trial.operation, kind)] += 1
            self.examples.setdefault((trial.operation, kind), trial)

    def kinds(self, operation: str) -> dict[str, int]:
        return {k: n for (op, k), n in self.failures.items() if op == operation}

    def to_json(self) -> dict[str, Any]:
        return {
            "trials": dict(self.trials),
            "killed": dict(self.killed),
            "failures": {f"{op}/{kind}": n for (op, kind), n in sorted(self.failures.items())},
            "examples": {
                f"{op}/{kind}": {
                    "seed": t.seed,
                    "delay": t.delay,
                    "detail": t.failures[kind],
                    "replay": t.replay(),
                }
                for (op, kind), t in sorted(self.examples.items())
            },
        }


def run_trials(
    bench: Workbench,
    plan: list[tuple[str, int]],
    workdir: Path,
    report: Callable[[Trial], None] | None = None,
) -> Tally:
    """Run ``(operation, seed)`` trials one after another in ``workdir``."""
    tally = Tally()
    for operation, seed in plan:
        trial = kill_trial(bench, operation, seed, workdir / "trial")
        tally.add(trial)
        if report is not None:
            report(trial)
    shutil.rmtree(workdir / "trial", ignore_errors=True)
    return tally
