"""Runs many hostile-input cases through the real ``storydesk`` command in one process.

Started by tests/hostile/test_hostile.py as ``python runner.py PLAN.json RESULTS.jsonl``
with the audit hook of ``audit/sitecustomize.py`` installed and an address-space limit.
For each case of the plan it calls :func:`storydesk.cli.main` exactly as the console
script does (``--data-dir DATA import --json INPUT``, then, if stories were imported,
``export --format html``), with that case's folders as the only places allowed to be
written, and appends one JSON line per case to the results: exit statuses, stdout, stderr,
audit violations, and whether the case ran past its time limit. Starting one process per
case would cost a second or two each; the suite also runs a representative subset that way.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any

CASE_SECONDS = 60


class CaseTimeout(BaseException):
    """A case ran past :data:`CASE_SECONDS` (a hang)."""


def _alarm(_signum: int, _frame: Any) -> None:
    raise CaseTimeout()


def _run_cli(argv: list[str]) -> dict[str, Any]:
    from storydesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    timed_out = False
    signal.alarm(CASE_SECONDS)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status: int | str = main(argv)
            except SystemExit as exc:
                status = exc.code if isinstance(exc.code, int) else 2
    except CaseTimeout:
        timed_out, status = True, "timeout"
    except MemoryError:
        status = "MemoryError"
    finally:
        signal.alarm(0)
    return {
        "status": status,
        "stdout": out.getvalue(),
        "stderr": err.getvalue(),
        "timeout": timed_out,
    }


def main() -> int:
    import sitecustomize  # the audit hook, first on PYTHONPATH

    plan = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    results = Path(sys.argv[2])
    signal.signal(signal.SIGALRM, _alarm)
    always = list(sitecustomize.ALLOWED)
    for case in plan:
        sitecustomize.ALLOWED[:] = always + [
            os.path.realpath(case[key]) for key in ("data", "out", "tmp")
        ]
        sitecustomize.VIOLATIONS.clear()
        tempfile.tempdir = case["tmp"]
        os.environ["TMPDIR"] = case["tmp"]
        with sitecustomize.paused(), results.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps({"started": case["id"]}) + "\n")  # names a hang
        record: dict[str, Any] = {"id": case["id"]}
        record["import"] = _run_cli(["--data-dir", case["data"], "import", "--json", case["input"]])
        record["export"] = None
        try:
            stories = json.loads(record["import"]["stdout"]).get("stories") or []
        except (json.JSONDecodeError, AttributeError):
            stories = []
        if stories:
            pack = os.path.join(case["out"], "pack.html")
            record["export"] = _run_cli(
                ["--data-dir", case["data"], "export", "--format", "html", "--ids",
                 ",".join(stories), "-o", pack, "--json"]
            )  # fmt: skip
        record["violations"] = list(sitecustomize.VIOLATIONS)
        with sitecustomize.paused(), results.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
