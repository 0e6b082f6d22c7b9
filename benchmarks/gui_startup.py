"""Desktop app budgets: cold start to a usable window, memory, and UI-thread stalls.

Budgets (issue 4, tightened by issue 14): cold start to a usable window ≤ 1 s with a 10k
catalogue (≤ 2 s at 100k); RSS of the window's process ≤ 250 MB at 100k; no UI-thread stall
over 50 ms while typing a query or while importing.

The window searches in its search process (``storydesk.search.service``), as the app does;
``--thread`` (``STORYDESK_SEARCH_PROCESS=0``) searches on a thread of the window's process,
as StoryDesk did before. The search process's RSS is reported on its own.

Each measurement runs in a fresh process (a cold start is a new interpreter), on a data
folder that already holds a catalogue:

    python benchmarks/gui_startup.py --data-dir /tmp/sd-10k [--import FOLDER] [--runs 3]

"Usable" means: the window is shown, the first search has answered and the first page of
result rows has been painted. A stall is the longest gap between ticks of a 5 ms UI-thread
timer. Prints one JSON document; run it under ``xvfb-run`` or with
``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()  # before any import: the cold start includes importing Qt

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

BUDGET_START_10K = 1.0
BUDGET_START_100K = 2.0
BUDGET_RSS_MB = 250
BUDGET_STALL_MS = 50
LONG_GAP_MS = 40
"""UI-thread gaps longer than this are reported one by one, with the CPU time behind them."""


def _rss_mb(pid: int | str = "self") -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(data_dir: Path, import_path: Path | None) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest

    from storydesk.gui.app import make_application
    from storydesk.gui.mainwindow import MainWindow
    from storydesk.library import Library

    app = make_application([sys.argv[0]])
    library = Library.open(data_dir)
    opened = time.perf_counter() - _T0
    window = MainWindow(library)
    window.show()

    def wait(condition: Any, timeout: float = 60.0) -> bool:
        end = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > end:
                return False
            app.processEvents()
            time.sleep(0.001)
        return True

    wait(lambda: window.searching.shown_generation >= 1 and window.model.rowCount() > 0)
    wait(lambda: window.model.cached_row(0) is not None)
    app.processEvents()
    usable = time.perf_counter() - _T0
    service = getattr(window.searching, "service", None)  # None: searches on a thread
    result: dict[str, Any] = {
        "stories": window.model.total,
        "searches_in": "process" if service is not None else "thread",
        "library_open_s": round(opened, 3),
        "usable_window_s": round(usable, 3),
        "rss_after_start_mb": round(_rss_mb(), 1),
    }
    if service is not None:
        result["search_process_spawn_s"] = round(service.start_seconds, 3)

    # scroll through the whole list, as a user dragging the scrollbar would
    bar = window.results.verticalScrollBar()
    for step in range(0, 101, 5):
        bar.setValue(bar.maximum() * step // 100)
        for _ in range(5):
            app.processEvents()
    result["rss_after_scroll_mb"] = round(_rss_mb(), 1)

    # UI-thread stalls while typing
    gaps: list[float] = []
    long_gaps: list[list[float]] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    cpu = [time.thread_time(), time.process_time()]

    def tick() -> None:
        now = clock.elapsed()
        gap = now - last[0]
        gaps.append(gap)
        last[0] = now
        thread_cpu, process_cpu = time.thread_time(), time.process_time()
        if gap > LONG_GAP_MS:
            # What the gap was: the UI thread's own work (its CPU time grew by about the
            # gap), another thread of this process holding the GIL (the process's CPU
            # grew, the UI thread's did not), or the process not running at all (neither
            # grew: a loaded machine).
            long_gaps.append(
                [
                    gap,
                    round((thread_cpu - cpu[0]) * 1000, 1),
                    round((process_cpu - cpu[1]) * 1000, 1),
                ]
            )
        cpu[0], cpu[1] = thread_cpu, process_cpu

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    window.search_field.setFocus()
    searching = window.searching

    def answered() -> bool:
        # The pause after typing must have passed (the search started) and its answer be
        # shown; without the first half a word's search could start after the run ended.
        return (
            not searching._debounce.isActive()
            and searching.shown_generation == searching.search_generation
        )

    searches_before = searching.search_generation
    for word in ("water", " almaty", " UNDP"):
        for char in word:
            QTest.keyClick(window.search_field, char)
            end = time.perf_counter() + 0.08  # a brisk typist
            while time.perf_counter() < end:
                app.processEvents()
        wait(answered, 10)
    wait(answered, 10)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.005)
    result["typing_max_stall_ms"] = max(gaps) if gaps else None
    result["typing_p95_gap_ms"] = statistics.quantiles(gaps, n=20)[18] if len(gaps) > 20 else None
    result["rss_after_typing_mb"] = round(_rss_mb(), 1)
    result["typing_searches"] = searching.search_generation - searches_before
    result["typing_long_gaps_ms_ui_cpu_process_cpu"] = long_gaps[:]
    long_gaps.clear()
    if service is not None and service.pid is not None:
        result["search_process_rss_mb"] = round(_rss_mb(service.pid), 1)
        result["search_process_restarts"] = service.restarts

    if import_path is not None:
        gaps.clear()
        last[0] = clock.elapsed()
        started = time.perf_counter()
        window.importer.show_summary = False
        window.import_paths([import_path])
        wait(lambda: not window.importer.running, 3600)
        result["import_s"] = round(time.perf_counter() - started, 2)
        result["import_max_stall_ms"] = max(gaps) if gaps else None
        result["import_long_gaps_ms_ui_cpu_process_cpu"] = sorted(long_gaps, reverse=True)[:10]
    timer.stop()
    window.close()
    library.close()
    app.quit()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data-dir", type=Path, required=True, help="a data folder that already holds a catalogue"
    )
    parser.add_argument(
        "--import",
        dest="import_path",
        type=Path,
        default=None,
        help="also import this folder or bundle (into a copy of the data)",
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--thread",
        action="store_true",
        help="search on a thread of the window's process (STORYDESK_SEARCH_PROCESS=0)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.data_dir, args.import_path)))
        return 0

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.thread:
        env["STORYDESK_SEARCH_PROCESS"] = "0"
    runs = []
    for number in range(args.runs):
        data_dir = args.data_dir
        scratch = None
        if args.import_path is not None and number == args.runs - 1:
            scratch = Path(tempfile.mkdtemp(prefix="storydesk-gui-bench-"))
            data_dir = scratch / "data"
            shutil.copytree(args.data_dir, data_dir)
        command = [sys.executable, __file__, "--child", "--data-dir", str(data_dir)]
        if scratch is not None:
            command += ["--import", str(args.import_path)]
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return 1
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    stories = runs[0]["stories"]
    start_budget = BUDGET_START_10K if stories <= 10_000 else BUDGET_START_100K
    usable = statistics.median(r["usable_window_s"] for r in runs)
    rss = max(max(r["rss_after_scroll_mb"], r["rss_after_typing_mb"]) for r in runs)
    stall = max(r["typing_max_stall_ms"] or 0 for r in runs)
    summary = {
        "stories": stories,
        "runs": runs,
        "usable_window_s_median": usable,
        "budget_usable_window_s": start_budget,
        "rss_max_mb": rss,
        "budget_rss_mb": BUDGET_RSS_MB,
        "search_process_rss_max_mb": max(
            (r.get("search_process_rss_mb") or 0 for r in runs), default=None
        ),
        "typing_max_stall_ms": stall,
        "import_max_stall_ms": runs[-1].get("import_max_stall_ms"),
        "budget_stall_ms": BUDGET_STALL_MS,
        "within_budget": usable <= start_budget
        and rss <= BUDGET_RSS_MB
        and stall <= BUDGET_STALL_MS
        and (runs[-1].get("import_max_stall_ms") or 0) <= BUDGET_STALL_MS,
    }
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
