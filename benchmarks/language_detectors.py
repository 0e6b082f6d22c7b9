"""Measures StoryDesk's language guesser against py3langid (issue 9, item 6).

Three detectors, on the shared corpora whose language is known (kyrgyz-24kg: Kyrgyz news;
kaz-parallel: Kazakh and English headlines; NEREL: Russian news) and on the language tests:

- ``storydesk``: :func:`storydesk.ingest.language.detect_language` as it is;
- ``py3langid``: py3langid's classifier (its model ships in the wheel), limited to the
  languages it shares with StoryDesk (it has no Uzbek, Tajik or Turkmen model), after the
  same sample, URL removal and too-short rule StoryDesk applies;
- ``py3langid+letters``: the same, then StoryDesk's letter rules (Kazakh ә ұ і қ ғ һ and
  the Kazakh genitive; Kyrgyz ң ө ү without them; Tajik ӣ ӯ ҷ; Uzbek ў and oʻ; Ukrainian
  є ї ґ; Turkmen ä ň ş ý ž) override it where they decide.

    python benchmarks/language_detectors.py corpora   # accuracy and time per 1,000 texts
    python benchmarks/language_detectors.py tests     # tests/ingest/test_language.py each way

``tests`` runs pytest with ``-p benchmarks.language_detectors`` and
``STORYDESK_BENCH_DETECTOR`` naming the detector the tests get.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import storydesk.ingest.language as language
from storydesk.ingest.language import MIN_LETTERS, SAMPLE_CHARS, detect_language

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYDESK_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"

_URL = re.compile(r"(?:https?://|www\.)\S+|\]\([^()\s]*\)|\S+@\S+\.\w+")
_LETTER = re.compile(r"[^\W\d_]")
_SHARED_LANGUAGES = ["ru", "en", "kk", "ky", "mn", "bg", "uk"]
_KAZAKH_GENITIVE = re.compile(r"[^\W\d_]{2,}(?:ның|нің|дың|дің|тың|тің)\b")
_UZ_LATIN_MARK = re.compile(r"[og][ʻʼ'‘’`]", re.IGNORECASE)

_identifier: Any = None


def _langid() -> Any:
    global _identifier
    if _identifier is None:
        from py3langid import langid

        langid.set_languages(_SHARED_LANGUAGES)
        _identifier = langid
    return _identifier


def _sample(text: str) -> str | None:
    """StoryDesk's sample: the first characters, URLs out; ``None`` when too short."""
    sample = _URL.sub(" ", text[:SAMPLE_CHARS])
    return sample if len(_LETTER.findall(sample)) >= MIN_LETTERS else None


def py3langid_alone(text: str) -> str | None:
    """py3langid, limited to the languages it shares with StoryDesk."""
    sample = _sample(text) if text else None
    if sample is None:
        return None
    return str(_langid().classify(sample)[0])


def letter_rules(sample: str) -> str | None:
    """StoryDesk's letter rules: the language the letters decide, else ``None``."""
    lower = sample.lower()
    cyrillic = sum(1 for ch in lower if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in lower if "a" <= ch <= "z" or "\u00c0" <= ch <= "\u024f")
    if latin > cyrillic:
        if len(_UZ_LATIN_MARK.findall(lower)) >= 2:
            return "uz"
        if sum(lower.count(ch) for ch in "äňşýž") >= 2:
            return "tk"
        return None
    count = lower.count
    tajik = sum(count(ch) for ch in "ӣӯҷ")
    uzbek = count("ў")
    ukrainian = sum(count(ch) for ch in "єїґ")
    kazakh = sum(count(ch) for ch in "әұіқғһ") + 2 * len(_KAZAKH_GENITIVE.findall(lower))
    kyrgyz = sum(count(ch) for ch in "ңөү")
    non_russian = tajik + uzbek + ukrainian + kazakh + kyrgyz
    if non_russian < 0.012 * cyrillic or (non_russian < 2 and cyrillic >= 200):
        return None  # a Russian text quoting a name: the letters do not decide
    if tajik:
        return "tg"
    if uzbek:
        return "uz"
    if ukrainian:
        return "uk"
    if kazakh:
        return "kk"
    return "ky" if kyrgyz else None


def py3langid_letters(text: str) -> str | None:
    """py3langid, then the letter rules where they decide (Kazakh and Kyrgyz not Russian)."""
    sample = _sample(text) if text else None
    if sample is None:
        return None
    guess = str(_langid().classify(sample)[0])
    ruled = letter_rules(sample)
    if ruled is None:
        return guess
    if ruled == "ky" and guess == "mn":
        return "mn"  # Mongolian writes ө ү too
    return ruled


DETECTORS: dict[str, Callable[[str], str | None]] = {
    "storydesk": detect_language,
    "py3langid": py3langid_alone,
    "py3langid+letters": py3langid_letters,
}


def pytest_configure(config: Any) -> None:
    """As a pytest plugin: the language tests get the detector named in the environment."""
    name = os.environ.get("STORYDESK_BENCH_DETECTOR", "storydesk")
    language.detect_language = DETECTORS[name]  # type: ignore[assignment]


# --- corpora -------------------------------------------------------------------------------


def corpora_sets() -> dict[str, tuple[str, list[str]]]:
    """Named sets of texts with their known language."""
    csv.field_size_limit(10**8)
    sets: dict[str, tuple[str, list[str]]] = {}
    kyrgyz: list[str] = []
    for path in sorted((CORPORA / "kyrgyz-24kg" / "data").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            kyrgyz += [row["text"] for row in csv.DictReader(handle) if row["text"].strip()]
    sets["kyrgyz-24kg (ky, non-empty rows)"] = ("ky", kyrgyz)
    pairs = [
        line.split("\t")
        for line in (CORPORA / "kaz-parallel" / "titles.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.count("\t") == 1
    ]
    sets["kaz-parallel headlines (kk)"] = ("kk", [kk for kk, _ in pairs])
    sets["kaz-parallel headlines (en)"] = ("en", [en for _, en in pairs])
    nerel = sorted((CORPORA / "nerel" / "NEREL-v1.1").glob("*/*.txt"))
    sets["NEREL news (ru)"] = ("ru", [p.read_text(encoding="utf-8") for p in nerel])
    return sets


def run_corpora() -> None:
    """Accuracy per language and time per 1,000 texts, for each detector."""
    sets = corpora_sets()
    started = time.perf_counter()
    _langid().classify("warm up the model")
    print(f"py3langid model load: {time.perf_counter() - started:.2f} s")
    print("| detector | " + " | ".join(sets) + " | all | ms per 1,000 texts |")
    print("|---|" + "---|" * (len(sets) + 2))
    for name, detect in DETECTORS.items():
        cells: list[str] = []
        correct_all = total_all = 0
        seconds = 0.0
        confusions: dict[str, dict[str | None, int]] = {}
        for label, (code, texts) in sets.items():
            started = time.perf_counter()
            guesses = [detect(text) for text in texts]
            seconds += time.perf_counter() - started
            correct = sum(g == code for g in guesses)
            correct_all += correct
            total_all += len(texts)
            cells.append(f"{correct}/{len(texts)} ({100 * correct / len(texts):.1f} %)")
            wrong: dict[str | None, int] = {}
            for guess in guesses:
                if guess != code:
                    wrong[guess] = wrong.get(guess, 0) + 1
            confusions[label] = dict(sorted(wrong.items(), key=lambda kv: -kv[1]))
        rate = 100 * correct_all / total_all
        per_thousand = 1000 * seconds / total_all
        print(
            f"| {name} | " + " | ".join(cells) + f" | {correct_all}/{total_all} ({rate:.1f} %)"
            f" | {1000 * per_thousand:.0f} |"
        )
        for label, wrong in confusions.items():
            print(f"    {name}, {label}, wrong answers: {wrong}")


def run_tests() -> None:
    """tests/ingest/test_language.py with each detector."""
    for name in DETECTORS:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "STORYDESK_BENCH_DETECTOR": name}
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider",
             "-p", "benchmarks.language_detectors", "tests/ingest/test_language.py"],
            cwd=ROOT, env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        lines = result.stdout.strip().splitlines()
        print(f"{name}: {lines[-1] if lines else result.stderr[-300:]}")
        for line in lines:
            if line.startswith("FAILED"):
                print("   ", line[:160])


def main() -> None:
    """Runs one measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["corpora", "tests"])
    args = parser.parse_args()
    if args.what == "corpora":
        run_corpora()
    else:
        run_tests()


if __name__ == "__main__":
    main()
