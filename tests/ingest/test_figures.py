"""Tests for finding a story's key figures."""

from __future__ import annotations

import pytest

from storydesk.ingest.draft import Figure
from storydesk.ingest.figures import FIGURES_VERSION, find_figures
from tests.conftest import SEEDS


def _seed(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip("seed stories not available")
    return path.read_text(encoding="utf-8")


def _texts(text: str, language: str | None = None) -> list[str]:
    return [figure.text for figure in find_figures(text, language, limit=50)]


def test_seed_004_figures() -> None:
    figures = find_figures(_seed("004_5d73b1ed014e514b.txt"), limit=50)
    assert Figure("4000", "молодых людей", "более 4000 молодых людей") in figures
    assert Figure("$325 000", "", "$325 000") in figures
    assert (
        Figure(
            "1663 метра", "укреплённых селевых каналов", "1663 метра укреплённых селевых каналов"
        )
        in figures
    )
    assert Figure("225", "рабочих мест", "более 225 рабочих мест") in figures
    assert Figure("150", "домохозяйств", "более 150 домохозяйств") in figures
    values = [figure.value for figure in figures]
    assert "2020" not in values and "2024" not in values
    assert not any(figure.counts in {"июля", "года", "году"} for figure in figures)


def test_seed_001_percentages_and_days() -> None:
    figures = find_figures(_seed("001_7d01e38258ca0667.txt"))
    assert Figure("3%", "global GDP", "more than 3% of global GDP") in figures
    assert Figure("6%", "working population", "more than 6% of the working population") in figures
    assert not any(figure.value.startswith("90") for figure in figures)  # a duration
    assert not any(figure.value in {"5", "7", "5th", "7th"} for figure in figures)


def test_seed_002_skips_registration_numbers_and_years() -> None:
    figures = find_figures(_seed("002_8cebbb0520fcb401.txt"))
    assert figures == []


def test_seed_003_bulgarian() -> None:
    texts = _texts(_seed("003_a28f5b878743f957.txt"))
    assert "2 милиарда долара" in texts
    assert "143 хиляди души" in texts


def test_limit_is_respected() -> None:
    text = " ".join(f"{n} домохозяйств получили помощь." for n in range(10, 40))
    assert len(find_figures(text, "ru", limit=5)) == 5


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Выделено 1,5 млн долларов.", "ru", Figure("1,5 млн долларов", "", "1,5 млн долларов")),
        ("Выделено 500 000 тенге.", "ru", Figure("500 000 тенге", "", "500 000 тенге")),
        ("Выделено 500\u00a0000 сомов.", "ru", Figure("500 000 сомов", "", "500 000 сомов")),
        ("около 12 тыс. человек", "ru", Figure("12 тыс.", "человек", "около 12 тыс. человек")),
        ("свыше 2,5 млрд сумов", "ru", Figure("2,5 млрд сумов", "", "свыше 2,5 млрд сумов")),
        ("бюджет 3 млн сомони", "ru", Figure("3 млн сомони", "", "3 млн сомони")),
        (
            "It reached 4,000 young people.",
            "en",
            Figure("4,000", "young people", "4,000 young people"),
        ),
        ("It mobilised USD 1.5 million.", "en", Figure("USD 1.5 million", "", "USD 1.5 million")),
        ("It mobilised €2 billion.", "en", Figure("€2 billion", "", "€2 billion")),
        (
            "It protects over 150 households in the valley.",
            "en",
            Figure("150", "households", "over 150 households"),
        ),
        (
            "Grants of 2.5 million dollars were paid.",
            "en",
            Figure("2.5 million dollars", "", "2.5 million dollars"),
        ),
        (
            "Жоба 150-ден астам үй шаруашылығы қорғалды.",
            "kk",
            Figure("150", "үй шаруашылығы", "150-ден астам үй шаруашылығы"),
        ),
        (
            "Бағдарламаға 2,5 млрд теңге бөлінді.",
            "kk",
            Figure("2,5 млрд теңге", "", "2,5 млрд теңге"),
        ),
        ("Долбоордо 4000ден ашык жаш окутулду.", "ky", Figure("4000", "жаш", "4000ден ашык жаш")),
        ("Аймакта 225 жумуш орду түзүлдү.", "ky", Figure("225", "жумуш орду", "225 жумуш орду")),
        (
            "Проектът създаде 120 работни места.",
            "bg",
            Figure("120", "работни места", "120 работни места"),
        ),
        (
            "Уровень бедности снизился на 17%.",
            "ru",
            Figure("17%", "Уровень бедности", "Уровень бедности снизился на 17%"),
        ),
        (
            "Loyiha doirasida 300 ta fermer o‘qitildi.",
            "uz",
            Figure("300", "fermer", "300 ta fermer"),
        ),
    ],
)
def test_forms(text: str, language: str, expected: Figure) -> None:
    assert expected in find_figures(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "В 2024 году проект продолжился.",
        "С 2020 года работает центр.",
        "In 2020, the centre opened.",
        "Since 2019 the project has grown.",
        "С 5 по 7 февраля прошли тренинги.",
        "From February 5th to 7th sessions took place.",
        "Опубликовано 12.02.2024",
        "Встреча прошла 31 июля 2025 года в 10:30.",
        "Свидетельство № 10484-АА выдано 20 января 2010 года.",
        "Тел.: +7 (727) 123-45-67",
        "Call +996 312 61 12 13 for details.",
        "2266\nФото: Gov",
        "Смотрите раздел 3.",
        "![фото](https://example.org/files/2023-06/image_32.png)",
        "Статья 12, пункт 4.",
    ],
)
def test_skips_non_figures(text: str) -> None:
    assert find_figures(text) == []


def test_language_is_guessed_when_missing() -> None:
    text = "Программа поддержала более 4000 молодых людей прошли обучение в регионах."
    assert Figure("4000", "молодых людей", "более 4000 молодых людей") in find_figures(text)


def test_duplicates_are_dropped() -> None:
    text = "Создано 56 рабочих мест. Повторим: создано 56 рабочих мест."
    assert len(find_figures(text, "ru")) == 1


def test_version_is_an_int() -> None:
    assert isinstance(FIGURES_VERSION, int) and FIGURES_VERSION >= 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Борбор 28-майда ачылып, 3-июнда 120 үй-бүлөгө жардам берилди.", "ky"),
        ("2025-жылы дагы 40 мектеп курулат.", "ky"),
        ("Marosim 14-mayda bo‘ldi, unda 300 ta fermer qatnashdi.", "uz"),
    ],
)
def test_dates_with_turkic_case_endings_are_left_out(text: str, language: str) -> None:
    values = [figure.value for figure in find_figures(text, language, limit=50)]
    assert values and not any(
        v.startswith(("28", "3-", "3 ", "2025", "2024", "14")) for v in values
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ооруканага 2 жаштагы бала жеткирилди.", "ky"),
        ("Пострадал 5-летний мальчик.", "ru"),
        ("25 yoshli ishtirokchi Dilnoza sex ochdi.", "uz"),
        ("78 жасқа қараған шағында қайтыс болды.", "kk"),
    ],
)
def test_ages_are_left_out(text: str, language: str) -> None:
    assert find_figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Participants developed 90-day action plans.", "en"),
        ("The session lasted 2 hours.", "en"),
        ("Быйыл 9 айда өрт кырсыгы катталды.", "ky"),
        ("Всеки курс е с продължителност 40 часа.", "bg"),
        ("Trening 5 kun davom etdi.", "uz"),
    ],
)
def test_durations_are_left_out(text: str, language: str) -> None:
    assert find_figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Согласно статье 7 закона семьи получили жильё.", "ru"),
        ("Под статьи 238 УК попадает перевозчик.", "ru"),
        ("Article 5 guarantees the right to water.", "en"),
        ("The table on page 3 lists the partners.", "en"),
        ("Qonunning 12-moddasiga muvofiq kurslar ochildi.", "uz"),
        ("На страница 4 таблицата показва параметрите.", "bg"),
        ("Бишкектеги 36-маршрут өзгөртүлдү.", "ky"),
    ],
)
def test_article_and_page_numbers_are_left_out(text: str, language: str) -> None:
    assert find_figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Автобус остановился на 702-м километре трассы.", "ru"),
        ("Tumblr находится на 24 месте по посещаемости.", "ru"),
        ("13 ғасырда Моңғол империясы аймаққа ықпал етті.", "kk"),
    ],
)
def test_ordinals_and_ranks_are_left_out(text: str, language: str) -> None:
    assert find_figures(text, language) == []


def test_repeats_give_one_figure() -> None:
    text = (
        "С 2020 года более 4000 молодых людей прошли обучение. Центр подготовил 4000 молодых людей."
    )
    assert find_figures(text, "ru") == [Figure("4000", "молодых людей", "более 4000 молодых людей")]
    casualties = "27 погибших в Техасе. По меньшей мере 27 человек погибло в церкви."
    assert len(find_figures(casualties, "ru")) == 1


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Было построено 1663 метра.", "ru", None),
        ("Чүй (26 пайыз) облусунда.", "ky", None),
        ("It is 48 km from the city.", "en", None),
        ("The canal is 48 km long.", "en", Figure("48 km", "canal", "canal is 48 km")),
        ("Доход вырос на 8%.", "ru", Figure("8%", "Доход", "Доход вырос на 8%")),
        (
            "Этникалық қазақтар халықтың 70,4%-ын құрайды.",
            "kk",
            Figure("70,4%", "Этникалық қазақтар халықтың", "Этникалық қазақтар халықтың 70,4%"),
        ),
        (
            "Rice farming productivity increased by 8.2%.",
            "en",
            Figure(
                "8.2%",
                "Rice farming productivity",
                "Rice farming productivity increased by 8.2%",
            ),
        ),
        (
            "Были построены 1663 метра укреплённых селевых каналов.",
            "ru",
            Figure(
                "1663 метра",
                "укреплённых селевых каналов",
                "1663 метра укреплённых селевых каналов",
            ),
        ),
    ],
)
def test_shares_and_measures_need_what_they_measure(
    text: str, language: str, expected: Figure | None
) -> None:
    figures = find_figures(text, language)
    if expected is None:
        assert figures == []
    else:
        assert expected in figures


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Былтыр Бишкекте 15 миң 105 иш орундары түзүлгөн.",
            "ky",
            Figure("15 миң 105", "иш орундары", "15 миң 105 иш орундары"),
        ),
        (
            "5 жыл ішінде 400 мыңнан астам жұмыс орны құрылды.",
            "kk",
            Figure("400 мың", "жұмыс орны", "400 мыңнан астам жұмыс орны"),
        ),
        (
            "Toshkentda 15 ming 400 ta yangi ish o‘rni yaratildi.",
            "uz",
            Figure("15 ming 400", "yangi ish o‘rni", "15 ming 400 ta yangi ish o‘rni"),
        ),
    ],
)
def test_turkic_composite_numbers(text: str, language: str, expected: Figure) -> None:
    assert find_figures(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Помощь получили 8% домохозяйств.", "ru", Figure("8%", "домохозяйств", "8% домохозяйств")),
        ("Aid reached 8% of households.", "en", Figure("8%", "households", "8% of households")),
        ("62% от жителите подкрепят това.", "bg", Figure("62%", "жителите", "62% от жителите")),
    ],
)
def test_shares_keep_the_phrase_after_them(text: str, language: str, expected: Figure) -> None:
    assert expected in find_figures(text, language)
