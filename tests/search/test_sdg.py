"""SDG suggestions: goals proposed from a story's words, per language, and never stored."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from storydesk.catalogue.models import SDG_NAMES
from storydesk.search.sdg import (
    LANGUAGES,
    KeywordError,
    SdgSuggestion,
    evidence_needed,
    lexicons,
    lists_for,
    load_lexicons,
    suggest_sdgs,
)

FILLER_RU = "Делегация посетила город и провела встречу с представителями местной власти. "


def goals(title: str, body: str, language: str | None, summary: str | None = None) -> list[int]:
    return [s.goal for s in suggest_sdgs(title, summary, body, language)]


def by_goal(title: str, body: str, language: str | None) -> dict[int, SdgSuggestion]:
    return {s.goal: s for s in suggest_sdgs(title, None, body, language)}


# --- one example per language --------------------------------------------------------------


def test_russian_water_and_irrigation_suggests_goal_6() -> None:
    found = by_goal(
        "Вода пришла на поля",
        "В селе восстановили систему орошения: теперь воды хватает, "
        "а жители получили чистую питьевую воду.",
        "ru",
    )
    assert 6 in found
    suggestion = found[6]
    assert suggestion.name == "Clean Water and Sanitation"
    # The words as the text writes them, inflected.
    assert "орошения" in suggestion.terms
    assert "питьевую воду" in suggestion.terms
    assert 0.5 <= suggestion.score <= 1.0


def test_english_text() -> None:
    found = by_goal(
        "Solar power for rural schools",
        "Solar panels now light twelve schools; teachers say pupils stay longer.",
        "en",
    )
    assert {4, 7} <= set(found)
    assert "Solar panels" in found[7].terms


def test_kazakh_inflected_words_suggest_water_and_health() -> None:
    found = by_goal(
        "Ауылға ауыз су келді",
        "Ауылға ауыз су тартылды, егін суару жүйесі жаңартылды. "
        "Жаңа емхана ашылып, тұрғындардың денсаулығын дәрігерлер тексерді.",
        "kk",
    )
    assert 6 in found
    assert "ауыз су" in found[6].terms
    assert 3 in found  # "денсаулығын" is денсаулық with қ voiced to ғ
    assert "денсаулығын" in found[3].terms


def test_kyrgyz_school_and_irrigation() -> None:
    found = by_goal(
        "Айылда жаңы мектеп ачылды",
        "Мектептин окуучулары жаңы класстарда окушат. Айылга таза суу жеткирилип, "
        "талааларды сугаруу жакшырды.",
        "ky",
    )
    assert {4, 6} <= set(found)
    assert "Мектептин" in found[4].terms or "мектеп" in [t.lower() for t in found[4].terms]


@pytest.mark.parametrize(
    "text",
    [
        "Qishloqqa toza ichimlik suvi keltirildi, sugʻorish tizimi yangilandi.",
        "Qishloqqa toza ichimlik suvi keltirildi, sug'orish tizimi yangilandi.",
        "Qishloqqa toza ichimlik suvi keltirildi, sug‘orish tizimi yangilandi.",
        "Қишлоққа тоза ичимлик суви келтирилди, суғориш тизими янгиланди.",
    ],
)
def test_uzbek_in_both_alphabets_suggests_goal_6(text: str) -> None:
    found = by_goal("", text, "uz")
    assert list(found) == [6]
    assert len(found[6].terms) >= 2


def test_tajik_text() -> None:
    assert 4 in goals(
        "Мактаби нав", "Дар деҳа мактаби нав сохта шуд, омӯзгорон ва хонандагон шод.", "tg"
    )


def test_explicit_goal_numbers_count() -> None:
    assert goals("", "Проект вносит вклад в достижение ЦУР 7 и ЦУР-13.", "ru") == [7, 13]
    assert goals("", "The project supports SDG 6.1.", "en") == [6]


# --- precision ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "language"),
    [
        ("Футбол", "Команда выиграла матч со счетом 2:1, болельщики радовались на стадионе.", "ru"),
        ("Football", "The team won the match 2-1 and fans celebrated at the stadium.", "en"),
        ("Футбол", "Команда матчта жеңіске жетті, жанкүйерлер стадионда қуанды.", "kk"),
        ("Футбол", "Команда беттешүүдө жеңишке жетти, күйөрмандар стадиондо кубанышты.", "ky"),
        ("Futbol", "Jamoa o'yinda g'alaba qozondi, muxlislar stadionda xursand bo'ldi.", "uz"),
    ],
)
def test_an_unrelated_text_suggests_nothing(title: str, body: str, language: str) -> None:
    assert suggest_sdgs(title, None, body, language) == []


def test_one_weak_word_is_not_enough_two_are() -> None:
    assert goals("", "Он вышел из дома и выпил воды.", "ru") == []
    assert goals("", "Жители пьют воду из колодца.", "ru") == [6]


def test_a_strong_word_in_passing_is_not_enough_in_a_long_text() -> None:
    short = "В районе открыли пункт вакцинации."
    assert goals("", short, "ru") == [3]
    long = FILLER_RU * 60 + short
    assert evidence_needed(len(long.split())) > 1.0
    assert goals("", long, "ru") == []
    # ... unless the title says it.
    assert goals("Вакцинация в районе", long, "ru") == [3]


def test_taken_to_hospital_is_no_health_story() -> None:
    assert (
        goals("", "В Бишкеке столкнулись два автомобиля, водителя доставили в больницу.", "ru")
        == []
    )
    assert goals("", "Жол кырсыгынан жабыркаган айдоочу ооруканага жеткирилди.", "ky") == []
    assert goals("", "Two cars collided; the driver was taken to hospital.", "en") == []


def test_words_of_one_group_count_once() -> None:
    # "женщина" and "девушка" are one piece of evidence for goal 5, not two ...
    assert 5 not in goals("", "Женщина и девушка вышли из магазина.", "ru")
    # ... which equality adds to.
    assert 5 in goals("", "Женщины и девушки добиваются равенства в оплате труда.", "ru")


def test_a_group_in_the_keyword_file(tmp_path: Path) -> None:
    path = tmp_path / "keywords.yaml"
    path.write_text("5:\n  en:\n    weak: [[women, girls], equality]\n", encoding="utf-8")
    (term_women, term_girls, term_equality) = (
        t for terms in load_lexicons(path)["en"].by_key.values() for t in terms
    )
    assert term_women.concept == term_girls.concept == "women"
    assert term_equality.concept == "equality"


def test_ignored_phrases_count_for_no_goal() -> None:
    text = "Creative industries grow, and so does research on design."
    assert 9 in goals("", text.replace("Creative industries", "Industries"), "en")
    assert 9 not in goals("", text, "en")


def test_stems_do_not_reach_too_far() -> None:
    # "=hospital" is not "hospitality"; "Балыкчы" (a town) is not "балык" (fish);
    # "сурет" (picture) is not "су" (water).
    assert goals("", "The hospitality industry of Balykchy grew.", "en") == []
    assert 14 not in goals("Балыкчы", "Балыкчы шаарында балык жок.", "ky")
    assert goals("", "Суретші суреттерін көрмеге қойды.", "kk") == []


def test_the_story_language_decides_the_lists_and_letters_guess_a_missing_one() -> None:
    assert lists_for("kk", "") == ("kk",)
    assert lists_for(None, "Ауылға ауыз су тартылды") == ("kk",)
    assert lists_for(None, "Айылга таза суу жеткирилди, бүгүн") == ("ky",)
    assert lists_for(None, "Қишлоққа тоза ичимлик суви ҳам") == ("uz",)
    assert lists_for(None, "Вода для полей") == ("ru",)
    assert lists_for("bg", "Water for the fields") == ("en",)
    # A Kazakh story filed without a language is read with the Kazakh list.
    assert 6 in goals("", "Ауылға ауыз су тартылды, егін суару жүйесі жаңартылды.", None)


# --- the result -----------------------------------------------------------------------------


def test_goals_the_story_has_are_left_out() -> None:
    body = "Фермеры получили воду для орошения; урожай вырос, засуха больше не страшна."
    assert 6 in goals("", body, "ru")
    left = [s.goal for s in suggest_sdgs("", None, body, "ru", exclude=(6, 2))]
    assert 6 not in left and 2 not in left


def test_best_first_and_json_shape() -> None:
    found = suggest_sdgs(
        "Питьевая вода и канализация",
        None,
        "Водоснабжение и водоотведение в селе обновили. Школа получила новые парты.",
        "ru",
    )
    assert found[0].goal == 6
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    data = found[0].to_json()
    assert data == {
        "goal": 6,
        "name": SDG_NAMES[6],
        "score": found[0].score,
        "terms": list(found[0].terms),
    }
    assert isinstance(data["score"], float)


# --- the lists ------------------------------------------------------------------------------


def test_every_goal_has_lists_in_every_language() -> None:
    compiled = lexicons()
    assert set(compiled) == set(LANGUAGES)
    for language in ("ru", "en", "kk", "ky", "uz", "tg"):
        strong_goals = {
            term.goal
            for terms in compiled[language].by_key.values()
            for term in terms
            if term.strong
        } | {
            term.goal
            for table in (compiled[language].by_prefix, compiled[language].by_exact)
            for terms in table.values()
            for term in terms
            if term.strong
        }
        assert strong_goals == set(SDG_NAMES), language


def test_the_lists_are_compiled_once() -> None:
    assert lexicons() is lexicons()


def test_a_malformed_keyword_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "keywords.yaml"
    bad.write_text("18:\n  en:\n    strong: [moon]\n", encoding="utf-8")
    with pytest.raises(KeywordError, match=r"keywords\.yaml"):
        load_lexicons(bad)
    bad.write_text("ignore:\n  xx: [water]\n", encoding="utf-8")
    with pytest.raises(KeywordError, match="ignore: unknown language 'xx'"):
        load_lexicons(bad)
    bad.write_text("6:\n  xx:\n    strong: [water]\n", encoding="utf-8")
    with pytest.raises(KeywordError, match="unknown language 'xx'"):
        load_lexicons(bad)
    bad.write_text("6:\n  en:\n    strong: [water\n", encoding="utf-8")
    with pytest.raises(KeywordError, match=r"keywords\.yaml: while parsing"):
        load_lexicons(bad)
    with pytest.raises(KeywordError, match=r"missing\.yaml"):
        load_lexicons(tmp_path / "missing.yaml")
    bad.write_text("8:\n  en:\n    strong: [jobs]\n    weak: [job]\n", encoding="utf-8")
    with pytest.raises(KeywordError, match="'job' reads the same as 'jobs'"):
        load_lexicons(bad)
    bad.write_text("6:\n  en:\n    strong: [wa*]\n", encoding="utf-8")
    with pytest.raises(KeywordError, match="too short"):
        load_lexicons(bad)


def test_a_huge_body_is_read_in_bounded_time(tmp_path: Path) -> None:
    """A watchdog, not a timing: a 5 MB body finishes well within a minute."""
    script = tmp_path / "huge.py"
    script.write_text(
        "from storydesk.search.sdg import suggest_sdgs\n"
        "body = 'Фермеры получили воду для орошения полей. ' * 120_000\n"
        "print([s.goal for s in suggest_sdgs('Вода', None, body, 'ru')])\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "6" in result.stdout
