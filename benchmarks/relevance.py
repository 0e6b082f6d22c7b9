"""Relevance check on NEREL: do inflected names find every story about the same entity?

NEREL (``../shared/corpora/nerel``) holds 933 Russian Wikinews texts (first line the
headline) with brat annotations. Besides entity spans (``T`` lines: ``ORGANIZATION``,
``CITY``, ``COUNTRY``...) it links many of them to Wikidata (``N`` lines:
``Reference T12 Wikidata:Q649``), which gives a ground truth that does not depend on any
stemmer.

How the test is built (deterministic):

* Every text is imported into a fresh StoryDesk data folder as a Markdown story
  (``id: nerel-<file>``, the headline as title, ``language: ru``), so the importer's
  extraction runs as for any story.
* An *entity* is a Wikidata id attached to at least one ORGANIZATION, CITY or COUNTRY
  span. Its *relevant stories* are all texts with such a span linked to that id. Entities
  found in fewer than 2 texts are left out (every query would be trivially its own text).
* Its *canonical form* is the surface form used most often across the corpus (usually the
  nominative: ``Москва``). A *query* is a surface form of the entity that differs from
  the canonical one, as it appears in some text (``Москве``, ``Москвой``; ``ООН`` vs
  ``Организации Объединённых Наций`` also counts: that is a different form too). At most
  2 forms per entity, at most 400 queries, chosen with a fixed seed.
* A query is searched as plain words (no quotes): StoryDesk ``Library.search(q, 10)``;
  FTS5 with the same words translated as in ``baseline_fts5.translate`` — *unstemmed*
  (folded whole words) and *stemmed* (StoryDesk's analyzer, the same query-side variants).
* Metrics: recall@10 = |relevant ∩ top 10| / min(|relevant|, 10) (so a perfect top 10
  scores 1 even when more than 10 texts are relevant), averaged over queries; MRR = mean
  of 1 / rank of the first relevant hit (0 when none in the top 10); and the share of
  queries with no hit at all.

This measures whether *inflected and variant names* reach the texts about an entity; it
says nothing about ranking within a topic. Mentions the annotators did not link to
Wikidata are not used.

    python benchmarks/relevance.py [--out benchmarks/out/relevance.json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baseline_fts5 import Fts5Index, read_catalogue

from storydesk.library import Library
from storydesk.text import WORD_RE

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("STORYDESK_SHARED", HERE.parent.parent / "shared"))
NEREL = SHARED / "corpora" / "nerel" / "NEREL-v1.1"
TYPES = frozenset({"ORGANIZATION", "CITY", "COUNTRY"})
MAX_QUERIES = 400
FORMS_PER_ENTITY = 2
TOP = 10


@dataclass
class Mention:
    """One linked entity span in one text."""

    doc: str
    kind: str
    text: str
    qid: str


def read_nerel(root: Path = NEREL) -> tuple[dict[str, tuple[str, str]], list[Mention]]:
    """Texts (``doc -> (headline, body)``) and their Wikidata-linked mentions of the types."""
    texts: dict[str, tuple[str, str]] = {}
    mentions: list[Mention] = []
    for txt in sorted(root.glob("*/*.txt")):
        doc = txt.stem.removesuffix("_text")
        content = txt.read_text(encoding="utf-8")
        headline, _, body = content.partition("\n")
        texts[doc] = (headline.strip(), body.strip())
        spans: dict[str, tuple[str, str]] = {}
        links: dict[str, str] = {}
        ann = txt.with_suffix(".ann")
        if not ann.exists():
            continue
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 3:
                kind = parts[1].split(" ", 1)[0]
                if kind in TYPES:
                    spans[parts[0]] = (kind, parts[2])
            elif line.startswith("N") and len(parts) >= 2:
                fields = parts[1].split()
                if len(fields) >= 3 and fields[0] == "Reference" and "Wikidata:" in fields[2]:
                    links[fields[1]] = fields[2].split(":", 1)[1]
        for tid, (kind, text) in spans.items():
            qid = links.get(tid)
            if qid and qid.startswith("Q"):
                mentions.append(Mention(doc, kind, text, qid))
    return texts, mentions


def build_queries(mentions: list[Mention], seed: int) -> list[dict[str, Any]]:
    """Queries of inflected/variant forms with their relevant documents (see docstring)."""
    docs_of: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    kind_of: dict[str, str] = {}
    for m in mentions:
        docs_of[m.qid].add(m.doc)
        forms[m.qid][m.text] += 1
        kind_of.setdefault(m.qid, m.kind)
    rng = random.Random(seed)
    queries: list[dict[str, Any]] = []
    for qid in sorted(docs_of):
        if len(docs_of[qid]) < 2:
            continue
        canonical = forms[qid].most_common(1)[0][0]
        variants = sorted(f for f in forms[qid] if f != canonical and WORD_RE.search(f))
        for form in rng.sample(variants, k=min(FORMS_PER_ENTITY, len(variants))):
            queries.append(
                {
                    "query": " ".join(m.group() for m in WORD_RE.finditer(form)),
                    "form": form,
                    "canonical": canonical,
                    "qid": qid,
                    "kind": kind_of[qid],
                    "relevant": sorted(docs_of[qid]),
                }
            )
    rng.shuffle(queries)
    return queries[:MAX_QUERIES]


def write_stories(texts: dict[str, tuple[str, str]], folder: Path) -> None:
    """The texts as Markdown stories with front matter."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc, (headline, body) in texts.items():
        front = {"id": f"nerel-{doc}", "title": headline or doc, "language": "ru"}
        text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
        (folder / f"{doc}.md").write_text(text + "---\n\n" + body + "\n", encoding="utf-8")


def score(
    search: Callable[[str], list[str]], queries: list[dict[str, Any]]
) -> dict[str, float | int]:
    """Recall@10 (capped), MRR@10, share of queries with no hit, and latency."""
    recalls: list[float] = []
    reciprocal: list[float] = []
    empty = 0
    times: list[float] = []
    for q in queries:
        relevant = {f"nerel-{d}" for d in q["relevant"]}
        started = time.perf_counter()
        hits = search(q["query"])[:TOP]
        times.append((time.perf_counter() - started) * 1000)
        empty += not hits
        found = [h for h in hits if h in relevant]
        recalls.append(len(found) / min(len(relevant), TOP))
        rank = next((i for i, h in enumerate(hits, start=1) if h in relevant), None)
        reciprocal.append(1 / rank if rank else 0.0)
    return {
        "recall_at_10": round(statistics.mean(recalls), 3),
        "mrr_at_10": round(statistics.mean(reciprocal), 3),
        "no_hits": empty,
        "median_ms": round(statistics.median(times), 2),
        "queries": len(queries),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "relevance.json")
    parser.add_argument("--keep", type=Path, help="data folder to use and keep")
    args = parser.parse_args(argv)

    texts, mentions = read_nerel()
    queries = build_queries(mentions, args.seed)
    work = Path(tempfile.mkdtemp(prefix="storydesk-relevance-"))
    data_dir = args.keep or work / "data"
    print(f"{len(texts)} texts, {len(mentions)} linked mentions, {len(queries)} queries")
    try:
        write_stories(texts, work / "stories")
        results: dict[str, Any] = {"texts": len(texts), "queries": len(queries)}
        with Library.open(data_dir) as library:
            report = library.import_paths([work / "stories"])
            results["imported"] = report.imported
            results["rejected"] = len(report.rejected)
            results["storydesk"] = score(
                lambda q: [h.id for h in library.search(q, limit=TOP).hits], queries
            )
            print("StoryDesk", results["storydesk"], flush=True)
            for kind, stemmed in (("fts5_plain", False), ("fts5_stemmed", True)):
                index = Fts5Index(work / f"{kind}.sqlite3", stemmed)
                index.build(read_catalogue(library._sessions))
                results[kind] = score(
                    lambda q, ix=index: list(ix.search(q, limit=TOP)["hits"]), queries
                )
                index.close()
                print(kind, results[kind], flush=True)
        results["by_kind"] = dict(Counter(q["kind"] for q in queries))
        results["examples"] = [
            {k: q[k] for k in ("query", "canonical", "kind")} | {"relevant": len(q["relevant"])}
            for q in queries[:15]
        ]
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        print("\n| system | recall@10 | MRR@10 | queries with no hit | median ms |")
        print("|---|---|---|---|---|")
        for label, key in (
            ("StoryDesk (Whoosh)", "storydesk"),
            ("FTS5 unstemmed", "fts5_plain"),
            ("FTS5 pre-stemmed by StoryDesk's analyzer", "fts5_stemmed"),
        ):
            r = results[key]
            print(
                f"| {label} | {r['recall_at_10']} | {r['mrr_at_10']} | "
                f"{r['no_hits']}/{r['queries']} | {r['median_ms']} |"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
