"""Start-up cost of the ``storydesk`` command: whole runs on the seeds, wall and CPU time.

Every end-to-end test runs the real command, so what one run costs before it does anything
(imports, opening the catalogue, the partner and place directory, the search names) is
paid hundreds of times. This times N runs of each command on a data folder holding the
seeds, as a user runs them, and prints one JSON document (median and best, in seconds, of
the wall time and of the CPU time the run used; on a shared machine the CPU time is the
steadier figure):

    python benchmarks/startup.py [--runs 10] [--seeds FOLDER] [--src OTHER/src ...]

Commands timed: ``import`` of the seeds into a new data folder, the same ``import`` again
into that folder (``--import-only`` stops there), then ``search water
--json``, ``show ID --json``, ``list --json`` and ``search ПРООН --json`` on one data folder.
The command is the ``storydesk`` on the PATH (else ``python -m storydesk``). Each ``--src``
adds another StoryDesk source tree (say, an older commit's ``git archive`` unpacked) run as
``python -m storydesk`` with that tree first on ``PYTHONPATH``; runs of the variants
alternate, so a change in the machine's load falls on all alike, and their outputs must
be identical. Bytecode is compiled first, as an installed StoryDesk has it (with
``PYTHONDONTWRITEBYTECODE`` set, an editable install would compile every module each run).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = REPO / "tests" / "fixtures" / "seeds"


@dataclass
class Variant:
    """One StoryDesk to time: how to run it, and what it measured."""

    label: str
    command: list[str]
    env: dict[str, str]
    wall: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)
    output: dict[str, str] = field(default_factory=dict)


def _installed() -> Variant:
    exe = shutil.which("storydesk")
    command = [exe] if exe else [sys.executable, "-m", "storydesk"]
    return Variant(f"storydesk ({exe or 'python -m'})", command, dict(os.environ))


def _from_source(src: Path) -> Variant:
    compileall.compile_dir(src, quiet=1)
    path = os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, PYTHONPATH=path)
    return Variant(str(src), [sys.executable, "-m", "storydesk"], env)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(variant: Variant, label: str, args: list[str], data_dir: Path) -> None:
    """One run of the command; its times and output are kept under ``label``."""
    env = dict(variant.env, STORYDESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    cpu, start = _children_cpu(), time.perf_counter()
    done = subprocess.run(
        [*variant.command, *args], capture_output=True, text=True, env=env, timeout=300
    )
    variant.wall.setdefault(label, []).append(time.perf_counter() - start)
    variant.cpu.setdefault(label, []).append(_children_cpu() - cpu)
    if done.returncode != 0:
        raise SystemExit(f"{variant.label}: storydesk {' '.join(args)} failed: {done.stderr}")
    if variant.output.setdefault(label, done.stdout) != done.stdout:
        raise SystemExit(f"{variant.label}: storydesk {' '.join(args)} printed another output")


def _figures(variant: Variant, label: str) -> dict[str, float]:
    wall, cpu = variant.wall[label], variant.cpu[label]
    return {
        "wall_median_s": round(statistics.median(wall), 3),
        "wall_best_s": round(min(wall), 3),
        "cpu_median_s": round(statistics.median(cpu), 3),
        "cpu_best_s": round(min(cpu), 3),
    }


def main(argv: list[str] | None = None) -> int:
    """Time the commands and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs of each command")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="stories to import")
    parser.add_argument(
        "--src", type=Path, action="append", default=[], help="another source tree to time"
    )
    parser.add_argument(
        "--import-only", action="store_true", help="time the two imports, not the reads"
    )
    args = parser.parse_args(argv)
    compileall.compile_dir(REPO / "src", quiet=1)
    variants = [_installed(), *(_from_source(src.resolve()) for src in args.src)]
    work = Path(tempfile.mkdtemp(prefix="storydesk-startup-"))
    try:
        for run in range(max(1, min(args.runs, 3))):
            for number, variant in enumerate(variants):
                folder = work / f"import-{number}-{run}"
                _run(variant, "import seeds", ["import", str(args.seeds)], folder)
        for run in range(max(1, min(args.runs, 3))):
            for number, variant in enumerate(variants):
                # The same folder again: the directory's tables come from its cache.
                folder = work / f"import-{number}-{run}"
                _run(variant, "import seeds again", ["import", str(args.seeds)], folder)
        if args.import_only:
            args.runs = 0
        data_dir = work / "data"
        shutil.copytree(work / "import-0-0", data_dir)
        env = dict(os.environ, STORYDESK_DATA_DIR=str(data_dir))
        listed = subprocess.run(
            [*variants[0].command, "list", "--json"], capture_output=True, text=True, env=env
        )
        story_id = json.loads(listed.stdout)[0]["id"]
        commands = {
            "search water --json": ["search", "water", "--json"],
            f"show {story_id} --json": ["show", story_id, "--json"],
            "list --json": ["list", "--json"],
            "search ПРООН --json": ["search", "ПРООН", "--json"],
        }
        for label, command in commands.items():
            for _ in range(args.runs):
                for variant in variants:
                    _run(variant, label, command, data_dir)
        report: dict[str, Any] = {"runs": args.runs, "python": sys.version.split()[0]}
        for variant in variants:
            report[variant.label] = {label: _figures(variant, label) for label in variant.wall}
        print(json.dumps(report, ensure_ascii=False, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
