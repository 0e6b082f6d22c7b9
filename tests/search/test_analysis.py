"""Analysis rules: stemming per script and language, Turkic fold, transliteration keys."""

from __future__ import annotations

import pickle

from whoosh.analysis import Analyzer

from storydesk.search.analysis import (
    CrossScriptAnalyzer,
    SpellingAnalyzer,
    StoryAnalyzer,
    TransliterationAnalyzer,
    index_form,
    skeleton,
    skeleton_variants,
    story_text,
    tag_language,
    word_variants,
)
from storydesk.search.schema import story_schema
from storydesk.text import fold, turkic_fold


def _terms(analyzer: Analyzer, text: str, mode: str = "index") -> list[str]:
    return [t.text for t in analyzer(text, mode=mode)]


def test_yo_folds_to_ye_and_case_folds() -> None:
    assert fold("Молодёжный") == "молодежный"
    assert fold("ЁЛКА") == "елка"


def test_russian_inflections_share_a_stem() -> None:
    analyzer = StoryAnalyzer()
    assert _terms(analyzer, "молодежных центров") == _terms(analyzer, "Молодёжный центр")
    assert _terms(analyzer, "датчик") == _terms(analyzer, "датчиков")


def test_english_words_are_stemmed() -> None:
    assert _terms(StoryAnalyzer(), "schools sensors") == ["school", "sensor"]


def test_kazakh_words_are_not_mangled_by_the_russian_stemmer() -> None:
    # The Russian stemmer would give "қазақста".
    assert index_form("қазақстан", "ru") == "қазақстан"
    assert index_form("қазақстан", "kk") == "қазақстан"
    assert _terms(StoryAnalyzer(), tag_language("Қазақстан", "kk")) == ["қазақстан"]


def test_turkic_fold_takes_off_case_endings() -> None:
    assert turkic_fold("шымкентте") == "шымкент"
    assert turkic_fold("бишкектеги") == "бишкек"
    assert turkic_fold("қазақстанда") == "қазақстан"
    assert turkic_fold("алматы") == "алматы"  # "ты" is not taken: too little would remain


def test_story_language_chooses_the_treatment() -> None:
    analyzer = StoryAnalyzer()
    # A Kazakh story's "Шымкентте" is folded and kept whole; a Russian story would stem.
    assert _terms(analyzer, tag_language("Шымкентте", "kk")) == ["шымкент", "шымкентте"]
    assert _terms(analyzer, tag_language("Шымкенте", "ru")) == ["шымкент"]
    # Bulgarian words stay whole.
    assert _terms(analyzer, tag_language("Младежкият център", "bg")) == ["младежкият", "център"]


def test_query_mode_yields_every_treatment() -> None:
    variants = word_variants("шымкентте")
    assert "шымкент" in variants and "шымкентте" in variants
    assert _terms(StoryAnalyzer(), "датчиков", mode="query")[0] == "датчик"


def test_transliteration_keys_meet_across_scripts() -> None:
    pairs = [
        ("almaty", "алматы"),
        ("balykchy", "балыкчы"),
        ("karakol", "каракол"),
        ("bishkek", "бишкек"),
        ("shymkent", "шымкентте"),
        ("bishkek", "бишкеком"),
    ]
    for latin, cyrillic in pairs:
        assert skeleton(latin) in skeleton_variants(cyrillic), (latin, cyrillic)


def test_transliteration_field_keeps_names_only() -> None:
    keys = _terms(TransliterationAnalyzer(), tag_language("В Алматы установили датчик", "ru"))
    assert keys == ["almat"]


def test_cross_script_field_keeps_two_script_languages_and_turkic_words() -> None:
    analyzer = CrossScriptAnalyzer()
    # Cyrillic words' keys are marked, Latin words' are not.
    assert _terms(analyzer, tag_language("Ёшлар марказда 2024", "uz")) == ["=yoshlar", "=markaz"]
    assert _terms(analyzer, tag_language("Yoshlar markazda", "uz")) == ["yoshlar", "markaz"]
    assert _terms(analyzer, tag_language("таза ауыз су", "kk")) == ["=taza", "=auyz", "=su"]
    # Ordinary Russian and English words get no key; words with Turkic letters do.
    assert _terms(analyzer, tag_language("Новый мост в Қазақстанда", "ru")) == ["=kazakstan"]
    assert _terms(analyzer, tag_language("The most useful", "en")) == []
    # A Latin query word searches Latin and Cyrillic words; a Cyrillic one Latin words only.
    assert _terms(analyzer, "yoshlar", mode="query") == ["yoshlar", "=yoshlar"]
    assert _terms(analyzer, "ёшлар", mode="query") == ["yoshlar"]


def test_spelling_field_keeps_whole_words() -> None:
    assert _terms(SpellingAnalyzer(), "Молодёжный центр 2024 открыт") == [
        "молодежный",
        "центр",
        "открыт",
    ]


def test_schema_and_analyzers_pickle() -> None:
    schema = story_schema()
    clone = pickle.loads(pickle.dumps(schema))
    assert clone.names() == schema.names()
    assert clone["title"].analyzer == schema["title"].analyzer
    assert _terms(clone["text"].analyzer, "датчиков") == ["датчик"]
    story = story_text("ru", {"title": "Датчиков", "body": "датчики"})
    assert _terms(clone["text"].analyzer, story) == ["датчик", "датчик"]
