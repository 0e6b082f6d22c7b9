"""Translations found at import: precision and recall on a labelled set, and what it costs.

The labelled set is ``benchmarks/data/translation_pairs.json`` (how each part was labelled is
written in it): the seeds (one Russian/English pair), the camgdp Hugo site's language
versions of its guides and country pages (en/ru/kk and en/ru/uz) and 150 Kazakh/English
headline pairs of kaz-parallel. Everything is copied into a temporary folder, imported into
a fresh data folder with the ``storydesk`` importer, and the translations StoryDesk found
(``show --json`` "translations") are compared with the labels: a pair found and labelled is
a true positive, a pair found and not labelled a false one, a labelled pair not found a
miss. Figures are printed for the whole set and for each part.

The time detection adds is measured by timing ``find_translations`` inside the import (wall
time), next to the whole import's. ``--generated N`` also imports N stories made by
``benchmarks/generate.py`` (no translations among them: every pair found there is a false
one) to show the cost and the false pairs on a larger catalogue.

    python benchmarks/translation_detection.py
    python benchmarks/translation_detection.py --generated 2000 --json /tmp/translations.json
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "translation_pairs.json"
SHARED = Path(os.environ.get("STORYDESK_SHARED", HERE.parent.parent / "shared"))

Pair = tuple[str, str]


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def write_material(
    labels: dict[str, Any], shared: Path, folder: Path, seeds: Path | None = None
) -> None:
    """Copy the labelled stories into ``folder`` (same relative paths) and write the headlines.

    ``seeds`` is where the seeds are when not in ``shared/seeds`` (the tests' own copy).
    """
    for item in labels["stories"]:
        source = shared / item["file"]
        if seeds is not None and item["file"].startswith("seeds/"):
            source = seeds / item["file"].removeprefix("seeds/")
        target = folder / item["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    titles = (shared / "corpora" / "kaz-parallel" / "titles.tsv").read_text(encoding="utf-8")
    lines = titles.splitlines()
    out = folder / "kaz-parallel"
    out.mkdir(parents=True, exist_ok=True)
    for number in labels["kaz_parallel_lines"]:
        kk, en = lines[number].split("\t")
        for language, headline in (("kk", kk), ("en", en)):
            text = json.dumps(headline, ensure_ascii=False)
            (out / f"{number:05d}-{language}.md").write_text(
                f"---\ntitle: {text}\nlanguage: {language}\n---\n\n{headline}\n", encoding="utf-8"
            )


@contextmanager
def timed_detection() -> Iterator[list[float]]:
    """Time every call of the importer's ``find_translations`` (seconds, one per import)."""
    from storydesk.ingest import importer

    original = importer.find_translations
    times: list[float] = []

    def timed(*args: Any, **kwargs: Any) -> int:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            times.append(time.perf_counter() - started)

    importer.find_translations = timed  # type: ignore[assignment]
    try:
        yield times
    finally:
        importer.find_translations = original  # type: ignore[assignment]


def _part(relative: str) -> str:
    if relative.startswith("seeds/"):
        return "seeds"
    if relative.startswith("kaz-parallel/"):
        return "kaz_parallel"
    return "camgdp_docsy"


def _scores(found: set[Pair], labelled: set[Pair]) -> dict[str, Any]:
    hits = len(found & labelled)
    return {
        "labelled": len(labelled),
        "found": len(found),
        "true": hits,
        "false": len(found - labelled),
        "missed": len(labelled - found),
        "precision": round(hits / len(found), 3) if found else 1.0,
        "recall": round(hits / len(labelled), 3) if labelled else 1.0,
    }


def measure(
    work: Path, shared: Path = SHARED, labels_file: Path = DATA, seeds: Path | None = None
) -> dict[str, Any]:
    """Import the labelled set into ``work`` and compare the translations found with labels.

    Returns:
        ``{"all": {...}, "parts": {part: {...}}, "stories", "pairs", "import_seconds",
        "detection_seconds", "false_pairs": [...], "missed_pairs": [...]}`` where each
        ``{...}`` holds labelled, found, true, false, missed, precision and recall.
    """
    from storydesk.library import Library

    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    material = work / "material"
    write_material(labels, shared, material, seeds)
    with timed_detection() as detection, Library.open(work / "data") as library:
        started = time.perf_counter()
        library.import_paths([material])
        import_seconds = time.perf_counter() - started
        ids = library.story_ids()
        stories = {i: library.get_story(i) for i in ids}

    where: dict[str, str] = {}
    by_file: dict[str, list[str]] = {}
    for story_id, story in stories.items():
        relative = Path(story.origin_file or "").relative_to(material).as_posix()
        where[story_id] = relative
        by_file.setdefault(relative, []).append(story_id)
    for number in labels["kaz_parallel_lines"]:
        for language in ("kk", "en"):
            assert f"kaz-parallel/{number:05d}-{language}.md" in by_file, (number, language)

    def story_of(item: dict[str, str]) -> str:
        candidates = by_file[item["file"]]
        if "title" in item:
            candidates = [i for i in candidates if stories[i].title == item["title"]]
        assert len(candidates) == 1, item
        return candidates[0]

    labelled: set[Pair] = set()
    for group in labels["translations"]:
        members = [story_of(item) for item in group]
        for a, b in itertools.combinations(members, 2):
            if stories[a].language != stories[b].language:
                labelled.add(_pair(a, b))
    for number in labels["kaz_parallel_lines"]:
        kk = by_file[f"kaz-parallel/{number:05d}-kk.md"][0]
        en = by_file[f"kaz-parallel/{number:05d}-en.md"][0]
        labelled.add(_pair(kk, en))

    found = {_pair(s, t) for s, story in stories.items() for t in story.translations}
    parts: dict[str, Any] = {}
    for part in ("seeds", "camgdp_docsy", "kaz_parallel"):

        def inside(pair: Pair, part: str = part) -> bool:
            return _part(where[pair[0]]) == part or _part(where[pair[1]]) == part

        parts[part] = _scores({p for p in found if inside(p)}, {p for p in labelled if inside(p)})

    def named(pair: Pair) -> list[str]:
        return [f"{where[i]} ({stories[i].language}) {stories[i].title[:60]}" for i in pair]

    languages = [s.language for s in stories.values()]
    cross = sum(
        1 for a, b in itertools.combinations(languages, 2) if a and b and a != b
    )  # pairs of stories in different languages: what detection had to tell apart
    return {
        "all": _scores(found, labelled),
        "parts": parts,
        "stories": len(stories),
        "pairs": cross,
        "import_seconds": round(import_seconds, 3),
        "detection_seconds": round(sum(detection), 3),
        "false_pairs": [named(p) for p in sorted(found - labelled)],
        "missed_pairs": [named(p) for p in sorted(labelled - found)],
    }


def measure_generated(work: Path, count: int) -> dict[str, Any]:
    """Import ``count`` generated stories (no translations among them) and time detection."""
    sys.path.insert(0, str(HERE))
    try:
        import generate
    finally:
        sys.path.remove(str(HERE))
    from storydesk.library import Library

    folder = work / "generated"
    generate.write_folder(folder, generate.generate(count, seed=1, photos=0.0))
    with timed_detection() as detection, Library.open(work / "data-generated") as library:
        started = time.perf_counter()
        library.import_paths([folder])
        import_seconds = time.perf_counter() - started
        found = {
            _pair(s, t) for s in library.story_ids() for t in library.get_story(s).translations
        }
    return {
        "stories": count,
        "import_seconds": round(import_seconds, 3),
        "detection_seconds": round(sum(detection), 3),
        "false_pairs": len(found),
    }


def _print(result: dict[str, Any], out: Callable[[str], None] = print) -> None:
    out(f"{result['stories']} stories, {result['pairs']} pairs in different languages")
    out(f"{'':14} {'labelled':>8} {'found':>6} {'true':>5} {'false':>6} {'prec.':>6} {'recall':>6}")
    for name, row in [("all", result["all"]), *result["parts"].items()]:
        out(
            f"{name:14} {row['labelled']:8} {row['found']:6} {row['true']:5} {row['false']:6}"
            f" {row['precision']:6.3f} {row['recall']:6.3f}"
        )
    out(
        f"import {result['import_seconds']:.2f} s, of which detection "
        f"{result['detection_seconds']:.2f} s"
    )
    for pair in result["false_pairs"]:
        out("false: " + "  <->  ".join(pair))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=0, help="also import N generated stories")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--missed", action="store_true", help="list the labelled pairs missed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="storydesk-translations-") as temp:
        result = measure(Path(temp))
        _print(result)
        if args.missed:
            for pair in result["missed_pairs"]:
                print("missed: " + "  <->  ".join(pair))
        if args.generated:
            generated = measure_generated(Path(temp), args.generated)
            result["generated"] = generated
            print(
                f"generated: {generated['stories']} stories, import "
                f"{generated['import_seconds']:.2f} s, of which detection "
                f"{generated['detection_seconds']:.2f} s, {generated['false_pairs']} pairs found"
            )
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
