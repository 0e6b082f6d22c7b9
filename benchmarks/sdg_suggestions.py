"""Precision and recall of StoryDesk's SDG suggestions on stories whose files name their goals.

The labelled material is every story of the shared corpora that carries SDGs in its own
file: the UNDP Asia-Pacific impact stories (``undp-aprc-impact-templates/impact_stories.json``,
``sdgs`` per story). The corpora are imported by the real importer into a temporary data
folder, and each story's goals are suggested from its text as ``storydesk show`` does, but
without leaving out the goals the story has (those are the answer). Printed: per story the
goals it has, those suggested, precision and recall; then precision and recall
micro-averaged (over all goals of all stories) and averaged per story, and the count of
stories measured.

Two unlabelled checks follow, for what the labelled set cannot show (it is small, English
and about climate):

* Kyrgyz news (``kyrgyz-24kg``, 1,500 articles with topic labels): the share of ``health``
  articles given goal 3 and of ``education`` articles given goal 4, and the share of
  ``sports`` and ``culture`` articles given any goal (a rough false-alarm rate).
* Russian news (NEREL, 933 texts): the share given any goal and the goals given most.
* Kazakh/English headline pairs (``kaz-parallel``, 11,295): goals suggested for both
  headlines of a pair, and for one only (how far the two lists agree).

Usage::

    python benchmarks/sdg_suggestions.py            # the table and the figures
    python benchmarks/sdg_suggestions.py --json     # the figures only, as JSON

Figures and how the keyword lists were made: docs/sdg-suggestions.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storydesk.library import Library
from storydesk.search.sdg import suggest_sdgs

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYDESK_SHARED", REPO.parent / "shared"))
CORPORA = SHARED / "corpora"

LABELLED = ("undp-aprc-impact-templates/impact_stories.json",)
"""Files of the corpora whose stories carry SDGs, relative to the corpora folder."""


@dataclass(frozen=True)
class Measured:
    """One labelled story: the goals it has and the goals suggested from its text."""

    title: str
    language: str | None
    gold: frozenset[int]
    suggested: tuple[int, ...]

    @property
    def hits(self) -> int:
        """Suggested goals the story has."""
        return len(self.gold.intersection(self.suggested))


def labelled_stories(corpora: Path) -> list[Measured]:
    """Import the labelled files and suggest goals for each of their stories that has any."""
    measured: list[Measured] = []
    with (
        tempfile.TemporaryDirectory(prefix="storydesk-sdg-") as tmp,
        Library.open(Path(tmp) / "data") as library,
    ):
        library.import_paths([corpora / name for name in LABELLED], index=False)
        for summary in library.list_stories():
            if not summary.sdgs:
                continue
            story = library.get_story(summary.id)
            found = suggest_sdgs(story.title, story.summary, story.body, story.language)
            measured.append(
                Measured(
                    story.title,
                    story.language,
                    frozenset(story.sdgs),
                    tuple(s.goal for s in found),
                )
            )
    measured.sort(key=lambda m: m.title)
    return measured


def scores(measured: list[Measured]) -> dict[str, Any]:
    """Micro-averaged and per-story precision and recall."""
    hits = sum(m.hits for m in measured)
    suggested = sum(len(m.suggested) for m in measured)
    gold = sum(len(m.gold) for m in measured)
    with_any = [m for m in measured if m.suggested]
    return {
        "stories": len(measured),
        "goals_labelled": gold,
        "goals_suggested": suggested,
        "hits": hits,
        "micro_precision": hits / suggested if suggested else 1.0,
        "micro_recall": hits / gold if gold else 0.0,
        # A story given no suggestion has no precision; averaged over those given some.
        "story_precision": (
            sum(m.hits / len(m.suggested) for m in with_any) / len(with_any) if with_any else 1.0
        ),
        "story_recall": sum(m.hits / len(m.gold) for m in measured) / len(measured),
    }


def kyrgyz_topics(corpora: Path) -> dict[str, Any]:
    """Shares of 24.kg articles given the goal their topic stands for, or any goal."""
    folder = corpora / "kyrgyz-24kg" / "data"
    rows: list[dict[str, str]] = []
    csv.field_size_limit(10**8)
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    by_topic: dict[str, list[set[int]]] = {}
    for row in rows:
        goals = {s.goal for s in suggest_sdgs("", None, row["text"], "ky")}
        for topic in row["labels_set"].split(","):
            by_topic.setdefault(topic.strip(), []).append(goals)

    def share(topic: str, goal: int | None) -> float:
        found = by_topic.get(topic, [])
        if not found:
            return 0.0
        return sum(1 for g in found if (g if goal is None else goal in g)) / len(found)

    return {
        "articles": len(rows),
        "health_given_3": share("health", 3),
        "health_articles": len(by_topic.get("health", [])),
        "education_given_4": share("education", 4),
        "education_articles": len(by_topic.get("education", [])),
        "sports_given_any": share("sports", None),
        "sports_articles": len(by_topic.get("sports", [])),
        "culture_given_any": share("culture", None),
        "culture_articles": len(by_topic.get("culture", [])),
    }


def russian_news(corpora: Path) -> dict[str, Any]:
    """How often NEREL's Russian news texts are given a goal, and which goals most."""
    texts = sorted((corpora / "nerel").rglob("*.txt"))
    given = Counter[int]()
    with_any = 0
    for path in texts:
        text = path.read_text(encoding="utf-8", errors="replace")
        title, _, body = text.partition("\n")
        goals = [s.goal for s in suggest_sdgs(title, None, body, "ru")]
        given.update(goals)
        with_any += bool(goals)
    return {
        "texts": len(texts),
        "given_any": with_any / len(texts) if texts else 0.0,
        "top_goals": given.most_common(5),
    }


def parallel_headlines(corpora: Path) -> dict[str, Any]:
    """Goals suggested for the Kazakh and the English headline of the same news item.

    Neither side is the truth; the figures show how far the Kazakh list and the English
    list agree on the same words (short headlines, so one term decides).
    """
    agreed = kazakh_only = english_only = pairs = 0
    with (corpora / "kaz-parallel" / "titles.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            kazakh, _, english = line.rstrip("\n").partition("\t")
            if not english:
                continue
            pairs += 1
            kk = {s.goal for s in suggest_sdgs(kazakh, None, "", "kk")}
            en = {s.goal for s in suggest_sdgs(english, None, "", "en")}
            agreed += len(kk & en)
            kazakh_only += len(kk - en)
            english_only += len(en - kk)
    return {
        "pairs": pairs,
        "agreed": agreed,
        "kazakh_only": kazakh_only,
        "english_only": english_only,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the measurement (``--json``: the figures only)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--labelled-only", action="store_true", help="skip the unlabelled news checks"
    )
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"{CORPORA}: the shared corpora are not here (set STORYDESK_SHARED)")
        return 2
    started = time.perf_counter()
    measured = labelled_stories(CORPORA)
    figures: dict[str, Any] = {"labelled": scores(measured)}
    if not args.labelled_only:
        figures["kyrgyz_topics"] = kyrgyz_topics(CORPORA)
        figures["russian_news"] = russian_news(CORPORA)
        figures["parallel_headlines"] = parallel_headlines(CORPORA)
    figures["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        print()
        return 0
    print(f"{'has':<14}{'suggested':<16}{'P':>5}{'R':>6}  story")
    for m in measured:
        precision = f"{m.hits / len(m.suggested):.2f}" if m.suggested else "  -"
        recall = m.hits / len(m.gold)
        has = ",".join(map(str, sorted(m.gold)))
        given = ",".join(map(str, m.suggested)) or "-"
        print(f"{has:<14}{given:<16}{precision:>5}{recall:>6.2f}  {m.title[:70]}")
    lab = figures["labelled"]
    print(
        f"\n{lab['stories']} stories measured, {lab['goals_labelled']} goals labelled, "
        f"{lab['goals_suggested']} suggested, {lab['hits']} right"
    )
    print(
        f"micro-averaged: precision {lab['micro_precision']:.2f}, recall {lab['micro_recall']:.2f}"
    )
    print(
        f"per story:      precision {lab['story_precision']:.2f}, recall {lab['story_recall']:.2f}"
    )
    if "kyrgyz_topics" in figures:
        ky = figures["kyrgyz_topics"]
        print(
            f"\n24.kg ({ky['articles']} Kyrgyz articles): goal 3 on "
            f"{ky['health_given_3']:.0%} of {ky['health_articles']} health articles, goal 4 on "
            f"{ky['education_given_4']:.0%} of {ky['education_articles']} education articles; "
            f"any goal on {ky['sports_given_any']:.0%} of {ky['sports_articles']} sports and "
            f"{ky['culture_given_any']:.0%} of {ky['culture_articles']} culture articles"
        )
        ru = figures["russian_news"]
        top = ", ".join(f"{goal} ({count})" for goal, count in ru["top_goals"])
        print(
            f"NEREL ({ru['texts']} Russian news texts): any goal on {ru['given_any']:.0%}; "
            f"most given: {top}"
        )
        kz = figures["parallel_headlines"]
        print(
            f"kaz-parallel ({kz['pairs']} Kazakh/English headline pairs): {kz['agreed']} goals "
            f"suggested for both, {kz['kazakh_only']} for the Kazakh only, "
            f"{kz['english_only']} for the English only"
        )
    print(f"\n{figures['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
