"""Precision and recall of :func:`~storydesk.ingest.figures.find_figures` on a labelled set.

The set, ``tests/fixtures/figures/labelled.json``, holds stories in Russian, English, Kazakh,
Kyrgyz, Uzbek and Bulgarian, each with the key figures a briefing officer would print, labelled
by hand (see docs/key-figures.md for what counts as a key figure and where each story is from).

Matching, one found figure to at most one label and back:

* the numbers are equal once normalised: spaces and thousands separators removed, a decimal
  comma read as a point, scale words multiplied out ("2,5 млрд" = 2.5e9, "1 миң 616" = 1616,
  "15 ming 400" = 15400), a range kept as both its ends;
* both are money, or both a percentage, or both a count (kept from the value's sign or word);
* money: the currency is the same (dollars, "$", "USD" and "AQSh dollari" are one currency);
* otherwise the counted phrases share a content word, compared on a stem: lower case, "ё" as
  "е", and one word's first letters (at least three) starting the other ("человек" and
  "человека", "жаш" and "жаштар"). Function words and units ("метра", "ha", "тонна") are no
  content words, so "1663 | метра" does not match "1663 метра | укреплённых селевых каналов".
  A label may list alternatives with "|" ("27 | человек|погибших").

Precision is matched found figures / all found figures; recall is matched labels / all labels.
The test prints both, overall and per language (``pytest -s`` shows them), and puts them into
the assertion message.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from storydesk.ingest.figures import find_figures

LABELLED = Path(__file__).resolve().parents[1] / "fixtures" / "figures" / "labelled.json"
MIN_PRECISION = 0.9
MIN_RECALL = 0.8
LANGUAGES = ("ru", "en", "kk", "ky", "uz", "bg")
SPLITS = ("development", "held-out")

_SCALES = [
    (r"трлн|trillion", 1e12),
    (r"млрд|миллиард|милиард|мільярд|billion|bn|mlrd|milliard", 1e9),
    (r"млн|миллион|милион|мільйон|million|mln", 1e6),
    (r"тыс|тысяч|thousand|мың|миң|ming|минг|хиляд|тисяч", 1e3),
]
_CURRENCIES = [
    (r"\$|доллар|долар|dollar|usd|цент", "USD"),
    (r"€|евро|euro|eur\b", "EUR"),
    (r"руб", "RUB"),
    (r"тенге|теңге|kzt|₸", "KZT"),
    (r"so[‘'ʻ’]m|сўм|сум|uzs", "UZS"),
    (r"сом\b|сомго|сомду|сому|сомдон|сомов|сома|kgs", "KGS"),
    (r"лев|лева|лв", "BGN"),
    (r"дирам|сомони|tjs", "TJS"),
    (r"фунт|£", "GBP"),
    (r"йен|иен|\byen|¥", "JPY"),
]
_PERCENT = re.compile(r"%|процент|пайыз|foiz|фоиз|percent|per cent", re.IGNORECASE)
_PIECE = re.compile(
    r"(\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d{3}(?!\d))*(?:[.,]\d+)?)(?:\s*[-–](\d+(?:[.,]\d+)?))?"
    r"(?:[\s\u00a0]*([^\W\d_]+))?"
)
_FUNCTION_WORDS = frozenset(
    {"of", "the", "a", "an", "and", "in", "on", "for", "from", "to", "with", "by", "new",
     "и", "в", "на", "с", "по", "для", "из", "от", "к", "о", "а", "за",
     "мен", "менен", "жана", "және", "та", "да", "де", "ta", "nafar", "va"}
)  # fmt: skip
_UNITS = re.compile(
    r"^(?:метр\w*|meters?|metres?|km|км|кв|м|ha|hectares?|гектар\w*|gektar\w*|тонн\w*|tonnes?|"
    r"tons?|градус\w*|шақырым\w*|megavatt\w*|cubic|linear|кг|килограмм|грамм|эсе\w*|хектар\w*)$"
)


@dataclass(frozen=True)
class Key:
    """What is compared: the kind, the numbers, the currency and the counted stems."""

    kind: str
    numbers: tuple[float, ...]
    currency: str
    stems: tuple[frozenset[str], ...]


def _number(text: str) -> float:
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    return float(text.replace(" ", "").replace(",", "."))


def numbers_of(value: str) -> tuple[float, ...]:
    """The number (or a range's two ends) a figure's value stands for."""
    pieces: list[tuple[float, float | None, float]] = []
    for match in _PIECE.finditer(value):
        word = (match.group(3) or "").lower()
        scale = next((s for pattern, s in _SCALES if re.match(pattern, word)), 1.0)
        end = _number(match.group(2)) if match.group(2) else None
        pieces.append((_number(match.group(1)), end, scale))
    if not pieces:
        return ()
    first, end, scale = pieces[0]
    if end is not None:
        return (first * scale, end * scale)
    total = first * scale
    for number, _, piece_scale in pieces[1:]:
        total += number * piece_scale  # "1 миң 616", "556 миллион 201 миң 22 сом"
    return (round(total, 6),)


def currency_of(text: str) -> str:
    lowered = text.lower()
    return next((code for pattern, code in _CURRENCIES if re.search(pattern, lowered)), "")


def stems_of(phrase: str) -> frozenset[str]:
    words = re.findall(r"[^\W\d_]+(?:[‘'ʻ’][^\W\d_]+)*", phrase.lower().replace("ё", "е"))
    return frozenset(
        w.replace("’", "'").replace("‘", "'").replace("ʻ", "'")
        for w in words
        if w not in _FUNCTION_WORDS and not _UNITS.match(w)
    )


def key_of(value: str, counts: str) -> Key:
    currency = currency_of(value)
    if _PERCENT.search(value):
        kind = "percent"
    elif currency:
        kind = "money"
    else:
        kind = "count"
    alternatives = tuple(stems_of(c) for c in counts.split("|")) if counts else ()
    return Key(kind, numbers_of(value), currency, alternatives)


def _stem_match(a: str, b: str) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    prefix = short[: max(3, min(len(short), 5))]
    return len(short) >= 3 and long.startswith(prefix) if len(short) >= 3 else a == b


def matches(found: Key, label: Key) -> bool:
    if found.kind != label.kind or not found.numbers or found.numbers != label.numbers:
        return False
    if label.kind == "money":
        return found.currency == label.currency
    return any(
        any(_stem_match(f, lab) for f in found_stems for lab in label_stems)
        for found_stems in found.stems
        for label_stems in label.stems
    )


def score(stories: list[dict]) -> tuple[dict[str, list[int]], list[str]]:
    """Counts [matched, found, labelled] per language and lists the mismatches."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    notes: list[str] = []
    for story in stories:
        found = find_figures(story["text"], story["language"], limit=100)
        labels = [key_of(f["value"], f["counts"]) for f in story["figures"]]
        free = list(range(len(labels)))
        matched = 0
        for figure in found:
            key = key_of(figure.value, figure.counts)
            hit = next((i for i in free if matches(key, labels[i])), None)
            if hit is None:
                notes.append(f"{story['id']}: extra {figure.value!r} | {figure.counts!r}")
                continue
            free.remove(hit)
            matched += 1
        for i in free:
            label = story["figures"][i]
            notes.append(f"{story['id']}: missed {label['value']!r} | {label['counts']!r}")
        counts = totals[story["language"]]
        counts[0] += matched
        counts[1] += len(found)
        counts[2] += len(labels)
    return totals, notes


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def test_labelled_set_is_large_and_varied() -> None:
    stories = json.loads(LABELLED.read_text(encoding="utf-8"))["stories"]
    assert len(stories) >= 60
    assert {s["language"] for s in stories} == set(LANGUAGES)
    assert all(s["source"] for s in stories)
    assert {s["split"] for s in stories} == set(SPLITS)
    assert len({s["id"] for s in stories}) == len(stories)


def test_number_normalisation() -> None:
    assert numbers_of("1 миң 616") == (1616.0,)
    assert numbers_of("556 миллион 201 миң 22 сом") == (556201022.0,)
    assert numbers_of("2,5 млрд теңге") == (2.5e9,)
    assert numbers_of("35,740 linear meters") == (35740.0,)
    assert numbers_of("$325 000") == (325000.0,)
    assert numbers_of("15 ming 400") == (15400.0,)
    assert numbers_of("50-70 млн рублей") == (50e6, 70e6)
    assert currency_of("2,5 million AQSh dollari") == currency_of("$3") == "USD"


def _table(stories: list[dict], totals: dict[str, list[int]], groups: tuple[str, ...]) -> list[str]:
    lines = []
    for group in (*groups, "all"):
        chosen = [s for s in stories if group in ("all", s["language"], s["split"])]
        if group == "all":
            matched, found, labelled = (sum(c[i] for c in totals.values()) for i in range(3))
        else:
            matched, found, labelled = totals.get(group, [0, 0, 0])
        lines.append(
            f"{group:<12}  {len(chosen):>7}  {labelled:>6}  {found:>5}  {matched:>7}  "
            f"{_ratio(matched, found):>9.3f}  {_ratio(matched, labelled):>6.3f}"
        )
    return lines


def test_precision_and_recall_on_labelled_set() -> None:
    stories = json.loads(LABELLED.read_text(encoding="utf-8"))["stories"]
    by_language, notes = score(stories)
    by_split: dict[str, list[int]] = {}
    for split in SPLITS:
        by_split[split] = [
            sum(c[i] for c in score([s for s in stories if s["split"] == split])[0].values())
            for i in range(3)
        ]
    header = f"{'group':<12}  stories  labels  found  matched  precision  recall"
    report = "\n".join(
        [header, *_table(stories, by_language, LANGUAGES)[:-1], *_table(stories, by_split, SPLITS)]
    )
    print("\nKey figures on the labelled set\n" + report)
    print("\n".join(notes))
    matched, found, labelled = (sum(c[i] for c in by_language.values()) for i in range(3))
    precision, recall = _ratio(matched, found), _ratio(matched, labelled)
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, report + "\n" + "\n".join(notes)
