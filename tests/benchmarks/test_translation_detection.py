"""Translations found at import keep their precision and recall on the labelled set.

The set (``benchmarks/data/translation_pairs.json``) and the figures are described in
docs/linking-translations.md. Measured: precision 1.000 overall; recall 1.000 on the seeds,
0.833 on the camgdp language versions, 0.000 on the kaz-parallel headlines (a headline alone
holds too little to tell its translation from the other headlines of the same site).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"

MARGIN = 0.05
PRECISION = 1.0
# camgdp_docsy was 10 of 18 (0.556) until issue 15; its two country pages (Hugo _index.md
# section pages of Kazakhstan and Uzbekistan, 6 labelled pairs, none found) are no longer
# imported as stories and left the labelled set: 10 of 12 guide pairs.
RECALL = {"seeds": 1.0, "camgdp_docsy": 0.833, "kaz_parallel": 0.0}


@pytest.fixture(scope="module")
def measured(
    tmp_path_factory: pytest.TempPathFactory, corpora_dir: Path, seeds_dir: Path
) -> dict[str, Any]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import translation_detection
    finally:
        sys.path.remove(str(BENCHMARKS))
    shared = corpora_dir.parent
    result: dict[str, Any] = translation_detection.measure(
        tmp_path_factory.mktemp("translations"), shared=shared, seeds=seeds_dir
    )
    return result


def test_precision_stays_at_the_measured_level(measured: dict[str, Any]) -> None:
    assert measured["all"]["precision"] >= PRECISION - MARGIN, measured["false_pairs"]
    for part, row in measured["parts"].items():
        assert row["precision"] >= PRECISION - MARGIN, (part, measured["false_pairs"])


def test_recall_stays_at_the_measured_level(measured: dict[str, Any]) -> None:
    for part, level in RECALL.items():
        row = measured["parts"][part]
        assert row["recall"] >= level - MARGIN, (part, row, measured["missed_pairs"])
    assert measured["parts"]["seeds"]["true"] == 1, "the seeds' translation pair is found"
    assert measured["stories"] == 319  # 325 before the six country pages left the set
