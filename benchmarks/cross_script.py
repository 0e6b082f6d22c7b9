"""Cross-script search on the shared corpora: precision and recall of 30 queries, index cost.

Builds a StoryDesk data folder from real text of four languages (``../shared/corpora``):

* NEREL: 933 Russian news texts (``language: ru``, the first line the title);
* kyrgyz-24kg: the first ``--kyrgyz`` Kyrgyz articles (``ky``; their first sentence the title);
* kaz-parallel: the first ``--titles`` Kazakh/English headline pairs (all by default), each
  side a story of its own (``kk`` and ``en``);
* camgdp_docsy: the Uzbek pages (``content/uz``, Uzbek Latin, ``uz``).

Then it runs 30 queries and prints the total hits of each, split by the language of the
stories found:

* **precision** (20): English words that, written in Cyrillic, are unrelated Russian words
  (``most``/мост, ``sad``/сад, ``net``/нет...), and Russian words that, written in Latin, are
  English words (``дом``, ``пол``, ``там``...). Cross-script matching must not make these find
  stories of the other language: an English query should find English stories (and Kazakh
  or Kyrgyz stories only where the word is theirs too), not Russian ones.
* **recall** (10): Kazakh and Kyrgyz words typed in Latin letters (2021 Kazakh Latin or
  plain ASCII, as people without a Cyrillic keyboard type them: ``auyz sumen``, ``zhana``,
  ``jashtar``, ``ökmöt``) against the Cyrillic stories, and Uzbek Cyrillic words against the
  Uzbek Latin pages.

It also times the import (catalogue + index) and a full reindex (wall time, and CPU time
of every process, steadier on a shared machine), and measures the index folder. Run it
once on the code before a change and once after, then compare::

    python benchmarks/cross_script.py --out /tmp/cross-before.json   # on the old code
    python benchmarks/cross_script.py --out /tmp/cross-after.json
    python benchmarks/cross_script.py --compare /tmp/cross-before.json /tmp/cross-after.json

(To run the old code without switching branches: ``git archive <commit> src | tar -x -C
/tmp/old`` and ``PYTHONPATH=/tmp/old/src python benchmarks/cross_script.py ...``.)
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from storydesk.library import Library

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("STORYDESK_SHARED", HERE.parent.parent / "shared"))
CORPORA = SHARED / "corpora"

# (query, kind, what it checks)
QUERIES: tuple[tuple[str, str, str], ...] = (
    # English words that are unrelated Russian words once written in Cyrillic.
    ("most", "precision", "en → ru мост"),
    ("sad", "precision", "en → ru сад"),
    ("net", "precision", "en → ru нет"),
    ("son", "precision", "en → ru сон"),
    ("rot", "precision", "en → ru рот"),
    ("pot", "precision", "en → ru пот"),
    ("star", "precision", "en → ru стар"),
    ("boy", "precision", "en → ru бой"),
    ("list", "precision", "en → ru лист"),
    ("ton", "precision", "en → ru тон"),
    # Russian words that are unrelated English words once written in Latin.
    ("дом", "precision", "ru → en dom"),
    ("сад", "precision", "ru → en sad"),
    ("пол", "precision", "ru → en pol(e)"),
    ("нет", "precision", "ru → en net"),
    ("мост", "precision", "ru → en most"),
    ("сон", "precision", "ru → en son"),
    ("там", "precision", "ru → en tam"),
    ("пар", "precision", "ru → en par"),
    ("кит", "precision", "ru → en kit"),
    ("тон", "precision", "ru → en ton"),
    # Kazakh, Kyrgyz and Uzbek across scripts.
    ("auyz sumen", "recall", "kk ауыз сумен (ASCII)"),
    ("zhana", "recall", "kk жаңа (ASCII zh)"),
    ("jastar", "recall", "kk жастар (2021 Latin)"),
    ("bilim", "recall", "kk білім, ky билим"),
    ("ūlttyq", "recall", "kk ұлттық (2021 Latin)"),
    ("memlekettik", "recall", "kk мемлекеттік"),
    ("jashtar", "recall", "ky жаштар"),
    ("ökmöt", "recall", "ky өкмөт"),
    ("ўзбекистон", "recall", "uz Oʻzbekiston (Cyrillic query)"),
    ("қўлланмалар", "recall", "uz qoʻllanmalar (Cyrillic query)"),
)

LANGS = ("ru", "en", "kk", "ky", "uz")


def _story(folder: Path, name: str, front: dict[str, Any], body: str) -> None:
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n"
    (folder / f"{name}.md").write_text(text + body + "\n", encoding="utf-8")


def write_corpus(folder: Path, kyrgyz: int, titles: int) -> dict[str, int]:
    """The stories as Markdown files in ``folder``; how many of each language."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(LANGS, 0)
    for path in sorted((CORPORA / "nerel" / "NEREL-v1.1").glob("*/*.txt")):
        headline, _, body = path.read_text(encoding="utf-8").partition("\n")
        _story(
            folder,
            f"ru-{path.stem}",
            {"title": headline.strip() or path.stem, "language": "ru"},
            body,
        )
        counts["ru"] += 1
    rows: list[dict[str, str]] = []
    for path in sorted((CORPORA / "kyrgyz-24kg" / "data").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as f:
            rows.extend(r for r in csv.DictReader(f) if r["text"].strip())
    for row in rows[:kyrgyz]:
        text = row["text"].strip()
        title = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0][:150]
        _story(folder, f"ky-{row['id']}", {"title": title, "language": "ky"}, text)
        counts["ky"] += 1
    with open(CORPORA / "kaz-parallel" / "titles.tsv", encoding="utf-8", errors="replace") as f:
        pairs = [line.rstrip("\n").split("\t") for line in f]
    for i, pair in enumerate(p for p in pairs if len(p) == 2 and p[0].strip() and p[1].strip()):
        if i >= titles:
            break
        for lang, title in zip(("kk", "en"), pair, strict=True):
            _story(folder, f"{lang}-{i}", {"title": title.strip(), "language": lang}, title.strip())
            counts[lang] += 1
    for path in sorted((CORPORA / "camgdp_docsy" / "content" / "uz").rglob("*.md")):
        text = path.read_text(encoding="utf-8-sig")
        _front, _, body = text.partition("\n---\n")
        title = re.search(r'^title:\s*"?([^"\n]+)', text, re.M)
        name = "uz-" + re.sub(r"\W+", "-", str(path.relative_to(CORPORA)))
        front = {"title": title.group(1) if title else path.stem, "language": "uz"}
        _story(folder, name, front, re.sub(r"\{\{[^}]*\}\}", " ", body))
        counts["uz"] += 1
    return counts


def folder_bytes(path: Path) -> int:
    """Bytes of the files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run(out: Path, kyrgyz: int, titles: int) -> dict[str, Any]:
    """Build, import, reindex, query; the figures (also written to ``out``)."""
    work = Path(tempfile.mkdtemp(prefix="storydesk-cross-"))
    results: dict[str, Any] = {}
    try:
        results["stories"] = write_corpus(work / "stories", kyrgyz, titles)
        print(f"stories: {results['stories']}", flush=True)
        with Library.open(work / "data") as library:
            started = time.perf_counter()
            report = library.import_paths([work / "stories"])
            results["import_seconds"] = round(time.perf_counter() - started, 1)
            results["imported"] = report.imported
            results["index_bytes_after_import"] = folder_bytes(library.layout.index)
            started = time.perf_counter()
            before = os.times()
            library.reindex()
            results["reindex_seconds"] = round(time.perf_counter() - started, 1)
            after = os.times()
            # CPU time of this process and of the writer processes it started and joined:
            # steadier than wall time on a machine shared with other work.
            results["reindex_cpu_seconds"] = round(sum(after[i] - before[i] for i in range(4)), 1)
            results["index_bytes"] = folder_bytes(library.layout.index)
            print({k: v for k, v in results.items() if k != "stories"}, flush=True)
            results["queries"] = []
            for query, kind, note in QUERIES:
                found = library.search(query, limit=3, facets=True)
                by_lang = found.facets.get("languages", {})
                results["queries"].append(
                    {
                        "query": query,
                        "kind": kind,
                        "note": note,
                        "total": found.total,
                        "languages": {lang: by_lang.get(lang, 0) for lang in LANGS},
                        "top": [hit.title for hit in found.hits],
                    }
                )
                print(query, found.total, by_lang, flush=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def _split(languages: dict[str, int]) -> str:
    return " ".join(f"{lang} {n}" for lang, n in languages.items() if n) or "–"


def compare(before: dict[str, Any], after: dict[str, Any]) -> str:
    """A Markdown table of two runs' figures."""
    lines = [
        "| query | checks | before: hits (by language) | after: hits (by language) |",
        "|---|---|---|---|",
    ]
    for old, new in zip(before["queries"], after["queries"], strict=True):
        lines.append(
            f"| `{new['query']}` | {new['kind']}: {new['note']} | "
            f"{old['total']} ({_split(old['languages'])}) | "
            f"{new['total']} ({_split(new['languages'])}) |"
        )
    lines += [
        "",
        "| measure | before | after |",
        "|---|---|---|",
        f"| stories imported | {before['imported']} | {after['imported']} |",
        f"| import + index, s | {before['import_seconds']} | {after['import_seconds']} |",
        f"| full reindex, s | {before['reindex_seconds']} | {after['reindex_seconds']} |",
        f"| full reindex, CPU s (all processes) | {before.get('reindex_cpu_seconds', '–')} | "
        f"{after.get('reindex_cpu_seconds', '–')} |",
        f"| index size, MB | {before['index_bytes'] / 1e6:.1f} | "
        f"{after['index_bytes'] / 1e6:.1f} |",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "out" / "cross_script.json")
    parser.add_argument("--kyrgyz", type=int, default=1500, help="Kyrgyz articles (max 1,500)")
    parser.add_argument(
        "--titles", type=int, default=11295, help="Kazakh/English title pairs (max 11,295)"
    )
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        print(compare(before, after))
        return 0
    run(args.out, args.kyrgyz, args.titles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
