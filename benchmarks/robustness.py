"""Long-mode robustness runs outside pytest: kill trials with figures by kind.

    python benchmarks/robustness.py kill --trials 1000            # all operations, seeded
    python benchmarks/robustness.py kill --operation import --seed 17 --trials 1   # replay

Prints one line per failed trial (operation, seed, kinds) and, at the end, one JSON
document: trials and kills by operation, failures by operation/kind, and one replayable
example per kind. The fuzz and fault suites have their long modes in pytest:
``STORYDESK_LONG=1 pytest tests/fuzz tests/faults``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.crash.harness import OPERATIONS, Tally, Trial, build_workbench, run_trials


def main(argv: list[str] | None = None) -> int:
    """Run kill trials and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    kill = sub.add_parser("kill", help="SIGKILL storydesk commands at random moments")
    kill.add_argument("--trials", type=int, default=1000)
    kill.add_argument("--operation", choices=OPERATIONS, action="append")
    kill.add_argument("--seed", type=int, default=1, help="the first seed")
    kill.add_argument("--workdir", type=Path)
    kill.add_argument("--json-out", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    operations = tuple(args.operation or OPERATIONS)
    with tempfile.TemporaryDirectory(prefix="storydesk-kill-") as tmp:
        root = args.workdir or Path(tmp)
        started = time.perf_counter()
        bench = build_workbench(root / "bench", operations)
        print(f"workbench ready: durations {bench.durations}", file=sys.stderr)
        plan = [
            (operations[i % len(operations)], args.seed + i // len(operations))
            for i in range(args.trials)
        ]

        running = Tally()

        def report(trial: Trial) -> None:
            running.add(trial)
            if sum(running.trials.values()) % 25 == 0:
                print(
                    f"PROGRESS {json.dumps(running.to_json()['trials'])} failures "
                    f"{json.dumps(running.to_json()['failures'])}",
                    file=sys.stderr,
                    flush=True,
                )
            if trial.failures:
                print(
                    f"FAIL {trial.operation} seed={trial.seed} delay={trial.delay} "
                    f"killed={trial.killed}: {trial.failures}",
                    file=sys.stderr,
                    flush=True,
                )

        tally = run_trials(bench, plan, root / "work", report)
        figures = {
            "seconds": round(time.perf_counter() - started),
            "durations": bench.durations,
            **tally.to_json(),
        }
    text = json.dumps(figures, indent=2)
    print(text)
    if args.json_out:
        args.json_out.write_text(text, encoding="utf-8")
    return 1 if tally.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
