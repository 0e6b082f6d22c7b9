"""The filter panel's searches: latency of a search with facets, without filters, with one
facet filtered, with two values of a facet and a second facet, and with a date range, each
with the panel's open facet counts (``open_facets=True``) and without.

usage: python benchmarks/filters.py DATA_DIR [--repeat N] [--out FILE.json]

DATA_DIR is an existing data folder (e.g. one kept by ``run.py --keep``, or the shared
corpora imported with ``storydesk --data-dir DIR import ...``). Wall and CPU milliseconds per
search (p50, p95), the number of stories matched, and the load average are printed as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storydesk.library import Library


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    with Library.open(args.data, read_only=True) as library:
        everything = library.search("", limit=1, facets=True)
        countries = list(everything.facets["countries"])[:2]
        languages = list(everything.facets["languages"])[:1]
        years = sorted(y for y in everything.facets["years"] if y.isdigit())
        cases: dict[str, dict[str, list[str]]] = {
            "no filter": {},
            "one country": {"countries": countries[:1]},
            "two countries + language": {"countries": countries, "languages": languages},
            "date range": {"dates": [f"{years[-2]}..{years[-1]}"]} if len(years) > 1 else {},
        }
        results: dict[str, Any] = {
            "data": str(args.data),
            "stories": everything.total,
            "load_average": os.getloadavg(),
            "cases": {},
        }
        for name, filters in cases.items():
            for open_facets in (False, True):
                wall: list[float] = []
                cpu: list[float] = []
                total = 0
                for _ in range(args.repeat):
                    started, started_cpu = time.perf_counter(), time.process_time()
                    found = library.search(
                        "", limit=100, facets=True, filters=filters, open_facets=open_facets
                    )
                    wall.append((time.perf_counter() - started) * 1000)
                    cpu.append((time.process_time() - started_cpu) * 1000)
                    total = found.total
                results["cases"][f"{name}{' (open facets)' if open_facets else ''}"] = {
                    "filters": filters,
                    "matched": total,
                    "wall_ms_p50": round(statistics.median(wall), 1),
                    "wall_ms_p95": round(percentile(wall, 95), 1),
                    "cpu_ms_p50": round(statistics.median(cpu), 1),
                }
    text = json.dumps(results, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
