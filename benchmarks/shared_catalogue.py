"""A shared catalogue's costs: importing into it, and each machine's index catching up.

usage: python benchmarks/shared_catalogue.py CORPUS [--database-url URL] [--repeat N]
                                             [--out FILE.json]

CORPUS is a folder of stories (``generate.py --out``). Two data folders stand for two
machines on one catalogue: PostgreSQL at ``--database-url`` (an empty database), else one
SQLite catalogue shared by both folders' writes through machine one. Measured, wall and CPU
seconds: machine one importing the corpus; machine two's first open (its index built from
the catalogue); machine two catching up when nothing changed (p50 of ``--repeat``); after
machine one edited 1, 10 and 100 stories; and a full rebuild, for comparison. Printed as
JSON, with the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from storydesk.library import Library


def timed(work: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall and CPU seconds of ``work()``, and what it returned."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return round(time.perf_counter() - wall, 4), round(time.process_time() - cpu, 4), result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--database-url")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="storydesk-shared-"))
    one, two = work / "one", work / "two"
    url = args.database_url
    results: dict[str, Any] = {"backend": "postgresql" if url else "sqlite"}
    try:
        with Library.open(one, database_url=url) as first:
            wall, cpu, report = timed(lambda: first.import_paths([args.corpus]))
            results["import"] = {"stories": report.imported, "wall": wall, "cpu": cpu}
            ids = first.story_ids()
        if url is None:  # one SQLite catalogue: machine two is a second index over it
            two.mkdir()
            shutil.copy2(one / "catalogue.sqlite3", two / "catalogue.sqlite3")
        wall, cpu, second = timed(lambda: Library.open(two, database_url=url))
        results["second machine first open"] = {"wall": wall, "cpu": cpu}
        try:
            samples = [timed(second.catch_up) for _ in range(args.repeat)]
            results["catch up, nothing changed"] = {
                "wall p50": statistics.median(s[0] for s in samples),
                "cpu p50": statistics.median(s[1] for s in samples),
            }
            writer = Library.open(one, database_url=url) if url else second
            try:
                for count in (1, 10, 100):
                    for story_id in ids[:count]:
                        writer.edit_story(story_id, {"title": f"Edited {time.time_ns()}"})
                    if url:
                        wall, cpu, changed = timed(second.catch_up)
                        results[f"catch up after {count} edits"] = {
                            "stories": len(changed or ()),
                            "wall": wall,
                            "cpu": cpu,
                        }
            finally:
                if writer is not second:
                    writer.close()
            wall, cpu, _ = timed(lambda: second.reindex())
            results["full rebuild"] = {"wall": wall, "cpu": cpu}
        finally:
            second.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["load_average"] = os.getloadavg()
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
