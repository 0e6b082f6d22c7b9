"""Measure StoryDesk on a generated corpus, side by side with an SQLite FTS5 baseline.

In one process and one run:

a. import the corpus into a fresh data folder with ``Library.import_paths``: stories/s
   until *browsable* (the catalogue transaction committed) and until *searchable* (the
   index change applied and the search reporting nothing pending);
b. ``reindex`` (a full rebuild, two writer processes above 2,000 stories): stories/s;
c. index size on disk (and catalogue size);
d. search latency, median and p95, over 100 mixed queries (1–3 words, phrases, names,
   field queries, Kazakh/Kyrgyz inflected words), top 20, without and with facets;
e. "did you mean" latency over misspelled words (and how often the typed word is found);
f. the same stories in SQLite FTS5, pre-stemmed by StoryDesk's analyzer and unstemmed,
   the same queries translated to ``MATCH`` (see ``baseline_fts5.py``): latency and ratios.

Writes ``benchmarks/out/<name>.json`` and ``benchmarks/out/<name>.md``.

    python benchmarks/run.py --corpus /tmp/corpus10k --name 10k
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baseline_fts5 import Fts5Index, read_catalogue
from sqlalchemy import select

from storydesk.catalogue.models import Story
from storydesk.library import Library
from storydesk.text import WORD_RE, is_turkic

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"

NAME_QUERIES = [
    "UNDP",
    "ПРООН",
    "Бишкек",
    "Almaty",
    "Алматыда",
    "Karakol",
    "ЮНИСЕФ",
    "World Bank",
    "Шымкентте",
    "Нарын",
]
FIELD_QUERIES = [
    "partner:UNDP",
    "country:Kyrgyzstan",
    "year:2024",
    "lang:kk",
    "partner:UNDP country:Kyrgyzstan",
    "country:Kazakhstan year:2020..2022",
    "partner:UNICEF lang:ru",
    "sdg:6 country:Tajikistan",
    "place:Bishkek year:2023",
    "partner:FAO year:2018..",
]


# -- measuring -----------------------------------------------------------------------------


def percentile(values: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def latency(run: Callable[[str], Any], queries: Sequence[str], repeat: int = 1) -> dict[str, float]:
    """Median, p95 and max milliseconds of ``run(query)`` over ``queries`` (after one warm-up)."""
    for query in queries[:5]:
        run(query)
    times: list[float] = []
    for _ in range(repeat):
        for query in queries:
            started = time.perf_counter()
            run(query)
            times.append((time.perf_counter() - started) * 1000)
    return {
        "load_average": round(os.getloadavg()[0], 2),
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(percentile(times, 95), 2),
        "max_ms": round(max(times), 2),
        "queries": len(times),
    }


def folder_bytes(path: Path) -> int:
    """Bytes of every file under ``path`` (or of ``path`` itself)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self_mb": round(own, 1), "children_mb": round(children, 1)}


def count_corpus(corpus: Path) -> int:
    """Story files in a generated corpus folder or bundle."""
    if corpus.is_dir():
        return sum(1 for _ in corpus.rglob("*.md"))
    import zipfile

    with zipfile.ZipFile(corpus) as archive:
        return sum(1 for n in archive.namelist() if n.endswith(".md"))


# -- queries -------------------------------------------------------------------------------


def corpus_sample(library: Library, n: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """``n`` random stories as ``(language, title, body)``."""
    with library._sessions() as session:
        ids = sorted(session.scalars(select(Story.id)))
        chosen = rng.sample(ids, k=min(n, len(ids)))
        rows = session.execute(
            select(Story.id, Story.language, Story.title, Story.body).where(Story.id.in_(chosen))
        ).all()
    by_id = {row.id: (row.language or "", row.title, row.body) for row in rows}
    return [by_id[i] for i in chosen if i in by_id]


def _words(text: str, min_len: int = 4) -> list[str]:
    return [m.group() for m in WORD_RE.finditer(text) if len(m.group()) >= min_len]


def build_queries(library: Library, seed: int) -> tuple[list[str], list[str]]:
    """100 mixed queries and 30 misspelled ones, drawn from the imported stories."""
    rng = random.Random(seed)
    sample = corpus_sample(library, 300, rng)
    queries: list[str] = []
    turkic = [s for s in sample if s[0] in {"kk", "ky"}] or sample
    others = [s for s in sample if s[0] not in {"kk", "ky"}] or sample
    # 25 one-word queries from running text
    for _language, _title, body in rng.sample(sample, 25):
        queries.append(rng.choice(_words(body) or ["вода"]))
    # 20 two- and three-word queries (words of one story, any order)
    for _language, _title, body in rng.sample(sample, 20):
        ws = _words(body, 5) or ["вода", "центр"]
        queries.append(" ".join(rng.sample(ws, k=min(len(ws), rng.choice([2, 3])))))
    # 15 phrases (two or three consecutive words)
    for _language, _title, body in rng.sample(others, 15):
        tokens = [m.group() for m in WORD_RE.finditer(body)]
        start = rng.randrange(max(1, len(tokens) - 3))
        queries.append('"' + " ".join(tokens[start : start + rng.choice([2, 3])]) + '"')
    # 10 names in several scripts and forms
    queries += NAME_QUERIES
    # 10 field queries, 10 field queries with a word
    queries += FIELD_QUERIES
    for _language, _title, body in rng.sample(others, 10):
        queries.append(f"{rng.choice(_words(body, 5) or ['вода'])} {rng.choice(FIELD_QUERIES)}")
    # 10 Kazakh/Kyrgyz words, inflected forms preferred
    for _language, _title, body in rng.sample(turkic, min(10, len(turkic))):
        ws = [w for w in _words(body, 7) if is_turkic(w)] or _words(body, 6) or ["Шымкентте"]
        queries.append(rng.choice(ws))
    misspelled: list[str] = []
    for _language, _title, body in rng.sample(sample, 30):
        word = rng.choice([w for w in _words(body, 6) if w.isalpha()] or ["датчики"])
        i = rng.randrange(1, len(word) - 1)
        if rng.random() < 0.5:
            typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # swap two letters
        else:
            letter = rng.choice("аеиоуklmnrst" if not word.isascii() else "aeioulmnrst")
            typo = word[:i] + letter + word[i + 1 :]  # replace one letter
        misspelled.append(typo)
    return queries, misspelled


# -- the run -------------------------------------------------------------------------------


def save(results: dict[str, Any]) -> None:
    """Write the figures so far to ``out/<name>.json`` (partial figures survive a stop)."""
    OUT.mkdir(exist_ok=True)
    (OUT / f"{results['name']}.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8"
    )


def _import(
    library: Library,
    corpus: Path,
    progress: Callable[[int, int, str], None],
    results: dict[str, Any],
) -> None:
    """a. Import as the desktop app does it, recording ``results["import"]``."""
    started = time.perf_counter()
    started_cpu = time.process_time()
    report = library.import_paths([corpus], progress=progress, index=False)
    browsable = time.perf_counter()
    browsable_cpu = time.process_time()
    library.index_pending(progress=progress)
    while library.search("", limit=1).pending:
        time.sleep(0.05)
    searchable = time.perf_counter()
    searchable_cpu = time.process_time()
    imported = report.imported + report.updated
    results["import"] = {
        "imported": report.imported,
        "rejected": len(report.rejected),
        "rejected_examples": report.rejected[:3],
        "browsable_seconds": round(browsable - started, 2),
        "browsable_per_s": round(imported / max(browsable - started, 1e-9), 1),
        "index_seconds": round(searchable - browsable, 2),
        "index_per_s": round(imported / max(searchable - browsable, 1e-9), 1),
        "searchable_seconds": round(searchable - started, 2),
        "searchable_per_s": round(imported / max(searchable - started, 1e-9), 1),
        "memory": peak_rss_mb(),
        # CPU seconds of this process: a fairer rate when other work shares the machine
        # (the index step's writer processes are not counted here).
        "browsable_cpu_seconds": round(browsable_cpu - started_cpu, 2),
        "browsable_per_cpu_s": round(imported / max(browsable_cpu - started_cpu, 1e-9), 1),
        "index_cpu_seconds_main_process": round(searchable_cpu - browsable_cpu, 2),
    }
    print(f"  import: {results['import']}", flush=True)
    results["index_bytes_after_import"] = folder_bytes(library.layout.index)
    save(results)


def run(
    corpus: Path,
    name: str,
    seed: int,
    keep: Path | None,
    fts: bool,
    reindex: bool = True,
    reuse: bool = False,
) -> dict[str, Any]:
    """Everything this module's docstring lists; returns the figures.

    With ``reuse``, the corpus is already in ``keep`` (an earlier run's data folder): the
    import is skipped and the rest measured on it.
    """
    stories = count_corpus(corpus)
    data_dir = keep or Path(tempfile.mkdtemp(prefix=f"storydesk-bench-{name}-"))
    print(f"[{name}] {stories} stories in {corpus}; data folder {data_dir}", flush=True)
    results: dict[str, Any] = {"name": name, "corpus": str(corpus), "stories": stories}
    results["machine"] = machine()
    library = Library.open(data_dir)
    try:
        # a. import as the desktop app does it: the catalogue commit makes the stories
        # browsable; then the index catches up (``index_pending``: one writer for small
        # batches, a two-process rebuild for a batch as large as the index).
        last = [time.perf_counter()]

        def progress(done: int, total: int, _what: str) -> None:
            now = time.perf_counter()
            if now - last[0] > 30:
                last[0] = now
                print(f"  {done}/{total} ({now - started:.0f} s)", flush=True)

        started = time.perf_counter()
        if reuse:
            library.index_pending(progress=progress)
            print(f"  reusing {data_dir}: {library.stats().stories} stories", flush=True)
        else:
            _import(library, corpus, progress, results)

        # b. reindex
        if reindex:
            before = os.times()
            rebuilt = library.reindex()
            after = os.times()
            seconds = float(rebuilt.seconds)
            results["reindex"] = {
                "documents": rebuilt.documents,
                "seconds": round(seconds, 2),
                "per_s": round(rebuilt.documents / max(seconds, 1e-9), 1),
                "cpu_seconds_self": round(
                    after.user + after.system - before.user - before.system, 2
                ),
                "cpu_seconds_workers": round(
                    after.children_user
                    + after.children_system
                    - before.children_user
                    - before.children_system,
                    2,
                ),
                "memory": peak_rss_mb(),
            }
            print(f"  reindex: {results['reindex']}", flush=True)
            save(results)

        # c. sizes
        results["sizes"] = {
            "index_bytes": folder_bytes(library.layout.index),
            "catalogue_bytes": sum(
                folder_bytes(p) for p in data_dir.glob("catalogue.sqlite3*") if p.is_file()
            ),
            "corpus_bytes": folder_bytes(corpus),
        }

        # d./e. StoryDesk search
        queries, misspelled = build_queries(library, seed)
        results["queries"] = queries
        results["misspelled"] = misspelled
        totals = {q: library.search(q, limit=20).total for q in queries}
        results["zero_hit_queries"] = [q for q, n in totals.items() if n == 0]
        search: dict[str, Any] = {
            "plain": latency(lambda q: library.search(q, limit=20), queries, repeat=2),
            "facets": latency(lambda q: library.search(q, limit=20, facets=True), queries, 2),
        }
        found = 0
        suggested = 0
        for typo in misspelled:
            result = library.search(typo, limit=20)
            suggested += result.suggestion is not None
            found += result.total > 0
        search["suggest"] = latency(lambda q: library.search(q, limit=20), misspelled, repeat=2)
        search["suggest"]["with_suggestion"] = suggested
        search["suggest"]["typo_finds_stories"] = found
        results["storydesk"] = search
        print(f"  search: {search}", flush=True)
        save(results)
    finally:
        library.close()

    # f. FTS5 baselines (opened on the same catalogue, read-only use)
    if fts:
        library = Library.open(data_dir)
        try:
            for kind, stemmed in (("fts5_stemmed", True), ("fts5_plain", False)):
                path = data_dir / f"{kind}.sqlite3"
                index = Fts5Index(path, stemmed)
                started = time.perf_counter()
                n = index.build(read_catalogue(library._sessions))
                build_seconds = time.perf_counter() - started
                index.search(queries[0])
                entry = {
                    "build_seconds": round(build_seconds, 2),
                    "analysis_seconds": round(index.analysis_seconds, 2),
                    "insert_seconds": round(index.insert_seconds, 2),
                    "insert_per_s": round(n / max(index.insert_seconds, 1e-9), 1),
                    "bytes": index.size(),
                    "plain": latency(lambda q, ix=index: ix.search(q), queries, repeat=2),
                    "facets": latency(
                        lambda q, ix=index: ix.search(q, facets=True), queries, repeat=2
                    ),
                }
                entry["zero_hit_queries"] = sum(1 for q in queries if not index.search(q)["total"])
                results[kind] = entry
                print(f"  {kind}: {entry}", flush=True)
                save(results)
                index.close()
        finally:
            library.close()
        sd = results["storydesk"]
        results["ratios"] = {
            f"{mode}_{stat}_storydesk_over_{kind}": round(
                sd[mode][stat] / max(results[kind][mode][stat], 1e-6), 1
            )
            for kind in ("fts5_stemmed", "fts5_plain")
            for mode in ("plain", "facets")
            for stat in ("median_ms", "p95_ms")
        }
    results["memory_end"] = peak_rss_mb()
    results["machine"] = machine()
    if keep is None:
        shutil.rmtree(data_dir, ignore_errors=True)
    return results


def machine() -> dict[str, Any]:
    """CPU, cores, RAM, Python and the date of the run."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    commit = "unknown"
    try:
        import subprocess

        commit = subprocess.run(
            ["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        pass
    return {
        "commit": commit,
        "load_average_at_start": round(os.getloadavg()[0], 2),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram": ram,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": time.strftime("%Y-%m-%d"),
    }


def markdown(results: dict[str, Any]) -> str:
    """The figures of one run as a Markdown table."""
    imp = results.get("import")
    sd = results.get("storydesk", {})
    lines = [
        f"### {results['name']}: {results['stories']} stories",
        "",
        "| measure | StoryDesk | FTS5 stemmed | FTS5 unstemmed |",
        "|---|---|---|---|",
    ]
    if imp:
        lines += [
            f"| browsable (catalogue committed) | {imp['browsable_per_s']} stories/s "
            f"({imp['browsable_seconds']} s) | | |",
            f"| index step of import | {imp['index_per_s']} stories/s "
            f"({imp['index_seconds']} s) | | |",
            f"| searchable (import + index) | {imp['searchable_per_s']} stories/s "
            f"({imp['searchable_seconds']} s) | | |",
        ]
    fs = results.get("fts5_stemmed", {})
    fp = results.get("fts5_plain", {})
    rx = results.get("reindex", {})
    lines.append(
        f"| reindex / FTS5 insert | {rx.get('per_s')} stories/s ({rx.get('seconds')} s) | "
        f"{fs.get('insert_per_s', '')} stories/s (+{fs.get('analysis_seconds', '')} s analysis) | "
        f"{fp.get('insert_per_s', '')} stories/s |"
    )
    sizes = results.get("sizes", {})
    lines.append(
        f"| index size | {sizes.get('index_bytes', 0) / 1e6:.1f} MB | "
        f"{fs.get('bytes', 0) / 1e6:.1f} MB | {fp.get('bytes', 0) / 1e6:.1f} MB |"
    )
    for mode, label in (("plain", "search top 20"), ("facets", "search top 20 + facets")):
        row = [label]
        for source in (sd, fs, fp):
            m = source.get(mode)
            row.append(f"{m['median_ms']} / {m['p95_ms']} ms" if m else "")
        lines.append("| " + " | ".join(row) + " (median / p95) |")
    if "suggest" in sd:
        s = sd["suggest"]
        lines.append(
            f"| did you mean (misspelled) | {s['median_ms']} / {s['p95_ms']} ms "
            f"({s['with_suggestion']}/{len(results['misspelled'])} suggested) | | |"
        )
    lines.append(
        f"| peak memory | {imp['memory']['self_mb'] if imp else '-'} MB import; "
        f"{rx.get('memory', {}).get('children_mb', '')} MB reindex worker | | |"
    )
    if "ratios" in results:
        r = results["ratios"]
        lines += [
            "",
            "StoryDesk / FTS5 latency ratios (p95): "
            f"{r['plain_p95_ms_storydesk_over_fts5_stemmed']}× stemmed, "
            f"{r['plain_p95_ms_storydesk_over_fts5_plain']}× unstemmed; with facets "
            f"{r['facets_p95_ms_storydesk_over_fts5_stemmed']}× stemmed, "
            f"{r['facets_p95_ms_storydesk_over_fts5_plain']}× unstemmed.",
        ]
    m = results["machine"]
    lines += [
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram']}, Python {m['python']}, {m['date']}; "
        f"StoryDesk at {m.get('commit')}.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="generated folder or bundle")
    parser.add_argument("--name", required=True, help="name of the run (output file names)")
    parser.add_argument("--seed", type=int, default=7, help="seed for choosing the queries")
    parser.add_argument("--keep", type=Path, help="data folder to use and keep (default: temp)")
    parser.add_argument("--no-fts", action="store_true", help="skip the FTS5 baseline")
    parser.add_argument("--no-reindex", action="store_true", help="skip the full rebuild")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="the corpus is already in the --keep folder: skip the import, measure the rest",
    )
    args = parser.parse_args(argv)
    if args.reuse and args.keep is None:
        parser.error("--reuse needs --keep DIR")
    results = run(
        args.corpus,
        args.name,
        args.seed,
        args.keep,
        not args.no_fts,
        not args.no_reindex,
        args.reuse,
    )
    save(results)
    table = markdown(results)
    (OUT / f"{args.name}.md").write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
