"""Start-up cost of the ``storydesk`` command: wall time of whole runs on the seeds.

Every end-to-end test runs the real command, so what one run costs before it does anything
(imports, opening the catalogue, the partner and place directory, the search names) is
paid hundreds of times. This times N runs of each command on a data folder holding the
seeds, as a user runs them, and prints one JSON document (median, best and worst seconds):

    python benchmarks/startup.py [--runs 10] [--seeds FOLDER] [--keep DIR]

Commands timed: ``import`` of the seeds into a new data folder, then ``search water
--json``, ``show ID --json``, ``list --json`` and ``search ПРООН --json`` on it. The
command is the ``storydesk`` on the PATH (else ``python -m storydesk``). Bytecode is
compiled first, as an installed StoryDesk has it (an environment that sets
``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module on every run).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = REPO / "tests" / "fixtures" / "seeds"


def _command() -> list[str]:
    exe = shutil.which("storydesk")
    return [exe] if exe else [sys.executable, "-m", "storydesk"]


def _run(args: list[str], data_dir: Path) -> tuple[float, str]:
    """One run of the real command; its wall time and standard output."""
    env = dict(os.environ, STORYDESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    done = subprocess.run(
        [*_command(), *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"storydesk {' '.join(args)} failed: {done.stderr.strip()}")
    return elapsed, done.stdout


def _figures(times: list[float]) -> dict[str, float]:
    return {
        "median_s": round(statistics.median(times), 3),
        "best_s": round(min(times), 3),
        "worst_s": round(max(times), 3),
    }


def main(argv: list[str] | None = None) -> int:
    """Time the commands and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs of each command")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="stories to import")
    parser.add_argument("--keep", type=Path, help="build the data folder here and keep it")
    args = parser.parse_args(argv)
    compileall.compile_dir(REPO / "src", quiet=1)
    work = Path(tempfile.mkdtemp(prefix="storydesk-startup-"))
    try:
        report: dict[str, Any] = {"runs": args.runs, "command": " ".join(_command())}
        imports = []
        for run in range(max(1, min(args.runs, 3))):
            folder = work / f"import-{run}"
            imports.append(_run(["import", str(args.seeds)], folder)[0])
        report["import seeds"] = _figures(imports)
        data_dir = args.keep or work / "data"
        if args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)
        shutil.copytree(work / "import-0", data_dir)
        listed = json.loads(_run(["list", "--json"], data_dir)[1])
        story_id = listed[0]["id"]
        commands = {
            "search water --json": ["search", "water", "--json"],
            f"show {story_id} --json": ["show", story_id, "--json"],
            "list --json": ["list", "--json"],
            "search ПРООН --json": ["search", "ПРООН", "--json"],
        }
        for label, command in commands.items():
            report[label] = _figures([_run(command, data_dir)[0] for _ in range(args.runs)])
        print(json.dumps(report, ensure_ascii=False, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
