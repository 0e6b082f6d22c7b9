"""Times the desktop app's "browsable" step alone: ``Library.import_paths(..., index=False)``.

A fresh data folder is opened first (its directory sync is not counted), then the corpus
is imported without indexing; wall time, CPU time of this process and of its children
(a parsing pool), the load average and the report's counts are printed as one JSON line.
``--profile FILE`` writes a cProfile of the import (the main process only).

    python benchmarks/browsable.py --corpus /tmp/corpus10k
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

from storydesk.library import Library


def main() -> None:
    """Parse the arguments, import once, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the data folder")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="storydesk-browsable-"))
    try:
        started = time.perf_counter()
        library = Library.open(data_dir)
        opened = time.perf_counter() - started
        profiler = cProfile.Profile() if args.profile else None
        load_before = os.getloadavg()
        before = os.times()
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        report = library.import_paths([args.corpus], index=False)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(str(args.profile))
        wall = time.perf_counter() - started
        after = os.times()
        load_after = os.getloadavg()
        library.close()
        stories = report.imported + report.updated
        cpu_self = after.user + after.system - before.user - before.system
        cpu_children = (
            after.children_user
            + after.children_system
            - before.children_user
            - before.children_system
        )
        print(
            json.dumps(
                {
                    "corpus": str(args.corpus),
                    "stories": stories,
                    "rejected": len(report.rejected),
                    "skipped": len(report.skipped),
                    "warnings": len(report.warnings),
                    "open_seconds": round(opened, 2),
                    "wall_seconds": round(wall, 2),
                    "per_s": round(stories / wall, 1),
                    "cpu_seconds_self": round(cpu_self, 2),
                    "cpu_seconds_children": round(cpu_children, 2),
                    "per_cpu_s": round(stories / max(cpu_self + cpu_children, 1e-9), 1),
                    "load_before": [round(x, 2) for x in load_before],
                    "load_after": [round(x, 2) for x in load_after],
                    "peak_rss_mb": round(
                        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
                    ),
                }
            ),
            flush=True,
        )
    finally:
        if args.keep:
            print(f"data folder kept: {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
