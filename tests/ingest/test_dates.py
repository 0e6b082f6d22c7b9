"""Tests for reading date values and finding an article's publication date."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from storydesk.ingest.dates import DateMatch, find_date, month_number, parse_date
from tests.conftest import SEEDS

JULY_31 = dt.date(2025, 7, 31)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-02-12", dt.date(2024, 2, 12)),
        ("12.02.2024", dt.date(2024, 2, 12)),
        ("12/02/2024", dt.date(2024, 2, 12)),
        ("12-02-2024", dt.date(2024, 2, 12)),
        ("31 июля 2025", JULY_31),
        ("31 июль 2025", JULY_31),
        ("July 31, 2025", JULY_31),
        ("31 July 2025", JULY_31),
        ("Feb 12, 2024", dt.date(2024, 2, 12)),
        ("31 Dec 2024", dt.date(2024, 12, 31)),
        ("2025 жылғы 31 шілде", JULY_31),
        ("31 шілде 2025", JULY_31),
        ("31 шілде 2025 ж.", JULY_31),
        ("2025-жылдын 31-июлу", JULY_31),
        ("31-июль 2025", JULY_31),
        ("31-iyul 2025", JULY_31),
        ("2025 yil 31 iyul", JULY_31),
        ("2025-yil 31-iyul", JULY_31),
        ("31 юли 2025", JULY_31),
        ("31 липня 2025", JULY_31),
        ("31 июли 2025", JULY_31),
        ("31 июли соли 2025", JULY_31),
        ("12 февраля 2024 г.", dt.date(2024, 2, 12)),
        ("1 сентября 2024 года", dt.date(2024, 9, 1)),
        ("5 мая 2023", dt.date(2023, 5, 5)),
        ("May 5, 2023", dt.date(2023, 5, 5)),
        ("2024-02-12T10:00:00+05:00", dt.date(2024, 2, 12)),
        ("2024-02-12 10:00:00", dt.date(2024, 2, 12)),
        ("2024-02-12T10:00:00Z", dt.date(2024, 2, 12)),
        ("  2024-02-12\n", dt.date(2024, 2, 12)),
        ("Published: 12.02.2024", dt.date(2024, 2, 12)),
    ],
)
def test_parse_date_forms(value: str, expected: dt.date) -> None:
    assert parse_date(value) == expected


def test_parse_date_accepts_a_yaml_date_as_str() -> None:
    assert parse_date(str(dt.date(2024, 2, 12))) == dt.date(2024, 2, 12)
    assert parse_date(str(dt.datetime(2024, 2, 12, 10, 0))) == dt.date(2024, 2, 12)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "31.02.2024",
        "2023-13-01",
        "2024",
        "31 июля",
        "вчера",
        "12.02.24",
        "30 февраля 2024",
        "31 июля 1850",
        "С 5 по 7 февраля",
        "12.02.2024 – 15.02.2024",
    ],
)
def test_parse_date_rejects(value: str) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("июля", 7),
        ("шілдеде", 7),
        ("iyul", 7),
        ("Feb.", 2),
        ("липня", 7),
        ("мая", 5),
        ("қаңтар", 1),
        ("желтоқсан", 12),
        ("септември", 9),
        ("майдан", None),
        ("сен", 9),
        ("июльский-праздник", None),
        ("Astana", None),
    ],
)
def test_month_number(word: str, month: int | None) -> None:
    assert month_number(word) == month


def test_labelled_date_on_last_line() -> None:
    text = "Заголовок\n\nТекст статьи о проекте.\n\nОпубликовано 12.02.2024"
    match = find_date(text)
    assert match is not None
    assert match.date == dt.date(2024, 2, 12)
    assert text[match.start : match.end] == "Опубликовано 12.02.2024"
    assert match.line == "Опубликовано 12.02.2024"


@pytest.mark.parametrize(
    "line",
    [
        "Дата: 31 июля 2025",
        "Published: July 31, 2025",
        "**Published on** 31 July 2025",
        "Жарияланды: 2025 жылғы 31 шілде",
        "Жарыяланды 2025-жылдын 31-июлу",
        "Nashr qilingan: 31-iyul 2025",
        "Публикувано 31 юли 2025",
        "Опубліковано 31 липня 2025",
        "Автор: Иван Иванов | Дата: 31.07.2025",
    ],
)
def test_labelled_dates(line: str) -> None:
    text = "Заголовок\n" + "\n".join(["Абзац текста, в котором нет никаких дат."] * 20)
    match = find_date(text + "\n" + line + "\n")
    assert match is not None
    assert match.date == JULY_31


def test_date_alone_near_the_top() -> None:
    text = "Партнёрство в действии\n\n31 июля 2025\nФото: ПРООН\n\nТекст."
    match = find_date(text)
    assert match == DateMatch(JULY_31, text.index("31"), text.index("31") + 12, "31 июля 2025")


def test_date_with_time_and_weekday_stands_alone() -> None:
    match = find_date("Title\nThursday, July 31, 2025 10:30\nBody text here.")
    assert match is not None and match.date == JULY_31


def test_date_alone_far_down_is_ignored() -> None:
    lines = [f"Строка текста номер {i}." for i in range(30)]
    assert find_date("\n".join([*lines, "31 июля 2025"])) is None


@pytest.mark.parametrize(
    "text",
    [
        "Заголовок\n\nС 5 по 7 февраля прошли тренинги.",
        "Заголовок\n\nСвидетельство № 10484-АА выдано 20 января 2010 года.",
        "Заголовок\n\nВ 2024 году проект продолжился.",
        "Title\n\nThe conference was held on 12 March 2024 in Almaty.",
        "Title\n\nUp to date 2025-01-01 plans were made.",
        "",
        "2266\nФото: Gov",
    ],
)
def test_dates_in_sentences_are_not_publication_dates(text: str) -> None:
    assert find_date(text) is None


def test_match_is_frozen() -> None:
    match = DateMatch(JULY_31, 0, 1, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.start = 3  # type: ignore[misc]


SEED_DATES = {
    "001_7d01e38258ca0667.txt": dt.date(2024, 2, 12),
    "002_8cebbb0520fcb401.txt": None,
    "003_a28f5b878743f957.txt": dt.date(2025, 10, 11),
    "004_5d73b1ed014e514b.txt": JULY_31,
}


@pytest.mark.parametrize(("name", "expected"), sorted(SEED_DATES.items()))
def test_seeds(name: str, expected: dt.date | None) -> None:
    path = SEEDS / name
    if not path.exists():
        pytest.skip("seed stories not available")
    match = find_date(path.read_text(encoding="utf-8"))
    assert (match.date if match else None) == expected


def test_seed_003_label_can_be_cut_out() -> None:
    path = SEEDS / "003_a28f5b878743f957.txt"
    if not path.exists():
        pytest.skip("seed stories not available")
    text = path.read_text(encoding="utf-8")
    match = find_date(text)
    assert match is not None
    assert text[match.start : match.end] == "date 2025-10-11"
    rest = (text[: match.start] + text[match.end :]).strip()
    assert rest.startswith("Президентът на Казахстан")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Солнечные панели\nШымкент, 14 мая 2025 года. ПРООН установил", dt.date(2025, 5, 14)),
        ("Жаңа су құбыры\nҚарағанды, 2025 жылғы 3 маусым.\nБҰҰДБ салды", dt.date(2025, 6, 3)),
        ("Bishkek, 12 March 2025 – UNDP and the city opened", dt.date(2025, 3, 12)),
        ("Нарын, 10-июнь 2025-жыл. Жаңы көпүрө", dt.date(2025, 6, 10)),
        ("Almaty, 5 June 2024 (UNDP) - a new centre", dt.date(2024, 6, 5)),
    ],
)
def test_a_press_release_dateline_gives_the_date_and_stays_in_the_text(
    text: str, expected: dt.date
) -> None:
    found = find_date(text)
    assert found is not None and found.date == expected
    assert found.start == found.end  # nothing is cut from the first sentence


@pytest.mark.parametrize(
    "text",
    [
        "В Бишкеке, 12 марта 2025 года открыли центр",  # a sentence, not a dateline
        "Мы знаем, что 12 марта 2025 года было тепло",
        "Отчёт\nпо итогам, 12 марта 2025 года.",  # no place: lower case
        "One\nTwo\nThree\nFour\nFive\nShymkent, 14 May 2025. Late in the text",
    ],
)
def test_a_date_after_a_comma_in_a_sentence_is_not_a_dateline(text: str) -> None:
    assert find_date(text) is None
