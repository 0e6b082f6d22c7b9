"""Crash safety: the real ``storydesk`` command SIGKILLed at random moments (issue 8, item 4).

Import (300 Markdown stories with images into a seeded folder), edit (the same 300
re-imported with changed text), reindex, ``bundle create`` and ``export`` to HTML and PDF
are killed after a seeded random delay within their measured duration; see
:mod:`tests.crash.harness` for the checks. The trials of each operation run once per
session; each (operation, kind of failure) is its own test, so a failure names exactly
what went wrong and replays with ``python benchmarks/robustness.py kill --operation OP
--seed N --trials 1``.

36 trials in the normal run, 1,000 in the long mode (``--long`` or STORYDESK_LONG=1).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.crash.harness import KINDS, OPERATIONS, Tally, Workbench, build_workbench, run_trials

CI_TRIALS = {
    "import": 9,
    "edit": 6,
    "reindex": 6,
    "bundle": 6,
    "export-html": 5,
    "export-pdf": 4,
}
"""36 trials in all; each operation's seeds are 1..n."""

LONG_TRIALS = {
    "import": 240,
    "edit": 160,
    "reindex": 160,
    "bundle": 160,
    "export-html": 140,
    "export-pdf": 140,
}
"""1,000 trials in all in the long mode; each operation's seeds are 1..n."""

KNOWN: dict[tuple[str, str], str] = {}
"""(operation, kind) pairs that fail on the current code, with what fails (xfail); none now."""


@pytest.fixture(scope="session")
def workbench(tmp_path_factory: pytest.TempPathFactory) -> Workbench:
    """The generated stories and template data folders, built once per session."""
    return build_workbench(tmp_path_factory.mktemp("crash-bench"))


_tallies: dict[tuple[str, int], Tally] = {}


def _tally(bench: Workbench, operation: str, trials: int, root: Path) -> Tally:
    key = (operation, trials)
    if key not in _tallies:
        plan = [(operation, seed) for seed in range(1, trials + 1)]
        _tallies[key] = run_trials(bench, plan, root)
        figures = os.environ.get("STORYDESK_ROBUSTNESS_FIGURES")
        if figures:  # the long mode's figures, one JSON line per operation
            with open(figures, "a", encoding="utf-8") as f:
                f.write(json.dumps({"operation": operation, **_tallies[key].to_json()}) + "\n")
    return _tallies[key]


def _cases() -> list[object]:
    cases = []
    for operation in OPERATIONS:
        for kind in KINDS:
            marks = []
            if (operation, kind) in KNOWN:
                marks.append(pytest.mark.xfail(strict=False, reason=KNOWN[(operation, kind)]))
            cases.append(pytest.param(operation, kind, marks=marks, id=f"{operation}-{kind}"))
    return cases


def _assert_no(tally: Tally, operation: str, kind: str) -> None:
    assert tally.trials[operation] > 0
    count = tally.failures[(operation, kind)]
    if count:
        example = tally.examples[(operation, kind)]
        pytest.fail(
            f"{count} of {tally.trials[operation]} killed {operation} trials: {kind}: "
            f"{example.failures[kind]} (seed {example.seed}, delay {example.delay} s; "
            f"replay: {example.replay()})"
        )


@pytest.mark.parametrize(("operation", "kind"), _cases())
def test_killed_command_leaves_a_sound_data_folder(
    workbench: Workbench,
    tmp_path_factory: pytest.TempPathFactory,
    operation: str,
    kind: str,
) -> None:
    tally = _tally(workbench, operation, CI_TRIALS[operation], tmp_path_factory.mktemp("kill"))
    _assert_no(tally, operation, kind)


@pytest.mark.long
@pytest.mark.parametrize(("operation", "kind"), _cases())
def test_killed_command_leaves_a_sound_data_folder_long(
    workbench: Workbench,
    tmp_path_factory: pytest.TempPathFactory,
    operation: str,
    kind: str,
) -> None:
    trials = LONG_TRIALS[operation]
    tally = _tally(workbench, operation, trials, tmp_path_factory.mktemp("kill-long"))
    _assert_no(tally, operation, kind)
