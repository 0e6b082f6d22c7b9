"""Translations found at import: the scoring on its own, then in a real catalogue."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from storydesk.catalogue.translation_finder import (
    THRESHOLD,
    StoryFeatures,
    choose,
    common_features,
    links_in,
    name_words,
    numbers_in,
    pair_score,
    score_pair,
    without,
)
from storydesk.library import Library
from tests.backends import catalogue_sql
from tests.backends import on_both_backends as on_both_backends

DAY = dt.date(2024, 2, 12)


def _story(story_id: str, language: str | None, date: dt.date | None = DAY, **kw: Any) -> Any:
    fields = {k: frozenset(v) if isinstance(v, set | list) else v for k, v in kw.items()}
    fields.setdefault("length", 1000)
    return StoryFeatures(id=story_id, language=language, date=date, **fields)


# --- features ------------------------------------------------------------------------------


def test_numbers_are_normalised_across_languages() -> None:
    ru = numbers_in("более 1 200 домохозяйств, 3,5 млн тенге и 15 % бюджета, 5 февраля")
    en = numbers_in("more than 1,200 households, 3.5 million tenge and 15% of the budget, Feb 5")
    assert ru == en == {"1200", "3.5", "15%"}, "single digits are too common to count"


def test_name_words_meet_across_scripts() -> None:
    kk = name_words("Мемлекет басшысы Өзбекстан Президенті Шавкат Мирзиёевпен сөйлесті")
    en = name_words("Telephone conversation with President of Uzbekistan Shavkat Mirziyoyev")
    assert {"shavk", "mirzi"} <= kk & en
    assert "with" not in en, "lower-case words are not names"


def test_links_ignore_scheme_www_and_final_slash() -> None:
    found = links_in("[a](https://www.undp.org/kz/news/) and http://undp.org/kz/news [b](#top)")
    assert found == {"undp.org/kz/news"}


# --- scoring -------------------------------------------------------------------------------


def test_same_language_never_scores() -> None:
    a = _story("a", "ru", numbers={"1200", "15%"}, names={"UNDP", "Almaty"}, images={"f" * 64})
    b = _story("b", "ru", numbers={"1200", "15%"}, names={"UNDP", "Almaty"}, images={"f" * 64})
    result = score_pair(a, b)
    assert result.score == 0 and not result.linked and result.reasons == ("same language",)
    assert score_pair(a, _story("c", None, names={"UNDP", "Almaty"})).score == 0


def test_a_date_alone_never_links() -> None:
    same_day = score_pair(_story("a", "ru"), _story("b", "en"))
    assert 0 < same_day.score < THRESHOLD and same_day.reasons == (f"same date {DAY}",)
    undated = score_pair(_story("a", "ru", None), _story("b", "en"))
    assert undated.score == 0 and not undated.linked


def test_shared_numbers_names_and_source_link_a_pair() -> None:
    common = {
        "numbers": {"3%", "6%", "90"},
        "names": {"UNDP", "Almaty", "Ministry of Culture and Information"},
        "words": {"almat", "kazah", "manag"},
        "source": "undp.org",
    }
    result = score_pair(_story("ru", "ru", None, **common), _story("en", "en", **common))
    assert result.linked
    assert any(r.startswith("numbers 3%, 6%, 90") for r in result.reasons)
    assert any(r.startswith("names Almaty") for r in result.reasons)
    assert "same source undp.org" in result.reasons


def test_undated_and_dated_are_paired_on_their_content_not_their_dates() -> None:
    dated = _story("en", "en", names={"UNDP"})
    undated = _story("ru", "ru", None, names={"UNDP"})
    assert not score_pair(undated, dated).linked, "one common partner is not enough"


def test_a_shared_image_and_the_same_day_link() -> None:
    image = {"a" * 64}
    assert score_pair(_story("a", "ru", images=image), _story("b", "kk", images=image)).linked


def test_dates_far_apart_take_off_and_lengths_far_apart_halve() -> None:
    common = {"numbers": {"1200", "15%"}, "names": {"UNDP", "Almaty"}, "words": {"almat"}}
    near = score_pair(_story("a", "ru", **common), _story("b", "en", DAY, **common))
    later = dt.date(2024, 5, 1)
    far = score_pair(_story("a", "ru", **common), _story("b", "en", later, **common))
    assert far.score < near.score and "dates 79 days apart" in far.reasons
    short = score_pair(
        _story("a", "ru", length=100, **common), _story("b", "en", length=5000, **common)
    )
    assert short.score < near.score and any(r.startswith("lengths") for r in short.reasons)


def test_choose_keeps_one_story_per_language_best_first() -> None:
    languages = {"ru1": "ru", "ru2": "ru", "en": "en", "kk": "kk"}
    kept = choose(
        {("en", "ru1"): 0.6, ("en", "ru2"): 0.9, ("kk", "ru1"): 0.7, ("en", "kk"): 0.55},
        languages,
    )
    assert kept == {("en", "ru2"): 0.9, ("kk", "ru1"): 0.7, ("en", "kk"): 0.55}


def test_values_every_story_of_an_import_holds_do_not_count() -> None:
    site = {"numbers": {"2024", "3500"}, "source": "stories.example.org", "words": {"kazah"}}
    pool = [_story(f"s{i}", "ru" if i % 2 else "en", None, **site) for i in range(40)]
    pair = [
        _story("ru", "ru", None, numbers={"2024", "3500", "1250"}, names={"IFAD"}, **_rest(site)),
        _story("en", "en", None, numbers={"2024", "3500", "1250"}, names={"IFAD"}, **_rest(site)),
    ]
    assert score_pair(*pair).linked, "the footer's numbers and the site make it look alike"
    common = common_features(pool + pair)
    assert common["numbers"] == {"2024", "3500"} and common["source"] == {"stories.example.org"}
    assert "1250" not in common["numbers"] and "IFAD" not in common["names"]
    stripped = [without(story, common) for story in pair]
    assert stripped[0].numbers == {"1250"} and stripped[0].source is None
    assert not score_pair(*stripped).linked
    assert common_features(pair) == {k: frozenset() for k in common}, "two stories: none"


def _rest(site: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in site.items() if k != "numbers"}


# --- in a catalogue ------------------------------------------------------------------------

RU_TEXT = (
    "С 5 по 7 февраля при поддержке ПРООН в Казахстане и Almaty Management University в "
    "Алматы прошли тренинги для 1 250 представителей акиматов. Креативные индустрии "
    "составляют более 3% мирового ВВП, в них занято более 6% работающего населения; "
    "бюджет программы 48,5 млн тенге."
)
EN_TEXT = (
    "From February 5th to 7th, backed by UNDP in Kazakhstan and Almaty Management University, "
    "training for 1,250 akimat representatives took place in Almaty. Creative industries "
    "account for more than 3% of global GDP and employ more than 6% of the working "
    "population; the programme's budget is 48.5 million tenge."
)


def _write(folder: Path, name: str, title: str, language: str, text: str, date: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    front = f"title: {title}\nlanguage: {language}\n" + (f"date: {date}\n" if date else "")
    (folder / name).write_text(f"---\n{front}---\n\n{text}\n", encoding="utf-8")


def _id(library: Any, title: str) -> str:
    for story_id, summary in library.summaries(library.story_ids()).items():
        if summary.title == title:
            return story_id
    raise AssertionError(title)


def _detected(data: Path) -> list[tuple[str, str, float, list[str]]]:
    rows = catalogue_sql(
        data, "SELECT story_id, other_id, score, reasons FROM detected_translations"
    )
    return [(a, b, score, json.loads(reasons)) for a, b, score, reasons in rows]


def test_a_pair_is_found_stored_once_and_shown_both_ways(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    _write(folder, "ru.md", "Креативные индустрии", "ru", RU_TEXT, "2024-02-12")
    _write(folder, "en.md", "Creative industries", "en", EN_TEXT, "2024-02-12")
    data = tmp_path / "data"
    with Library.open(data) as library:
        library.import_paths([folder])
        ru, en = _id(library, "Креативные индустрии"), _id(library, "Creative industries")
        assert library.get_story(ru).translations == (en,)
        assert library.get_story(en).translations == (ru,)
        assert [t.id for t in library.story_page(ru).translations] == [en]
        rows = _detected(data)
        assert [(a, b) for a, b, _, _ in rows] == [tuple(sorted((ru, en)))]
        assert rows[0][2] >= THRESHOLD and "same date 2024-02-12" in rows[0][3]
        # Importing again (nothing changed, then a changed text) keeps one row.
        library.import_paths([folder])
        _write(folder, "en.md", "Creative industries", "en", EN_TEXT + " More.", "2024-02-12")
        assert library.import_paths([folder]).updated == 1
        assert [(a, b) for a, b, _, _ in _detected(data)] == [tuple(sorted((ru, en)))]


def test_same_language_stories_are_never_paired(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    _write(folder, "a.md", "Креативные индустрии", "ru", RU_TEXT, "2024-02-12")
    _write(folder, "b.md", "Креативные индустрии Казахстана", "ru", RU_TEXT + " Ещё.", "2024-02-12")
    with Library.open(tmp_path / "data") as library:
        library.import_paths([folder])
        assert all(library.get_story(i).translations == () for i in library.story_ids())
    assert _detected(tmp_path / "data") == []


def test_undated_story_is_not_paired_with_a_dated_one_on_date_alone(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    _write(folder, "ru.md", "Вода для сёл", "ru", "Сёла получили воду.")
    _write(folder, "en.md", "Roads repaired", "en", "Roads were repaired.", "2024-02-12")
    _write(folder, "kk.md", "Жолдар жөнделді", "kk", "Жолдар жөнделді.", "2024-02-12")
    with Library.open(tmp_path / "data") as library:
        library.import_paths([folder])
        assert all(library.get_story(i).translations == () for i in library.story_ids())
    assert _detected(tmp_path / "data") == [], "the same date alone links nothing either"


def test_a_better_translation_arriving_later_takes_the_place(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _write(first, "ru.md", "Креативные индустрии", "ru", RU_TEXT, "2024-02-12")
    partial = "Training for 1,250 akimat representatives in Almaty: 3% of global GDP, 6% work."
    _write(first, "en.md", "Training in Almaty", "en", partial, "2024-02-12")
    _write(second, "en.md", "Creative industries", "en", EN_TEXT, "2024-02-12")
    with Library.open(tmp_path / "data") as library:
        library.import_paths([first])
        ru = _id(library, "Креативные индустрии")
        weak = _id(library, "Training in Almaty")
        assert library.get_story(ru).translations == (weak,)
        library.import_paths([second])
        strong = _id(library, "Creative industries")
        assert library.get_story(ru).translations == (strong,), "one English story at most"
        assert library.get_story(weak).translations == ()


def test_a_pair_whose_languages_became_the_same_is_not_shown(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    _write(folder, "ru.md", "Креативные индустрии", "ru", RU_TEXT, "2024-02-12")
    _write(folder, "en.md", "Creative industries", "en", EN_TEXT, "2024-02-12")
    data = tmp_path / "data"
    with Library.open(data) as library:
        library.import_paths([folder])
        ru, en = _id(library, "Креативные индустрии"), _id(library, "Creative industries")
        assert library.get_story(en).translations == (ru,)
    catalogue_sql(data, "UPDATE stories SET language = 'ru' WHERE id = :id", id=en)
    with Library.open(data) as library:
        assert library.get_story(en).translations == ()
        assert library.get_story(ru).translations == ()


def test_cancelling_while_translations_are_found_keeps_nothing(tmp_path: Path) -> None:
    from storydesk.errors import Cancelled
    from storydesk.progress import CancelToken

    folder = tmp_path / "stories"
    _write(folder, "ru.md", "Креативные индустрии", "ru", RU_TEXT, "2024-02-12")
    _write(folder, "en.md", "Creative industries", "en", EN_TEXT, "2024-02-12")
    token = CancelToken()

    def progress(done: int, total: int, what: str) -> None:
        if total and done == total:  # every file is read: what is left is finding translations
            token.cancel()

    data = tmp_path / "data"
    with Library.open(data) as library:
        try:
            library.import_paths([folder], progress=progress, cancel=token)
        except Cancelled:
            pass
        else:
            raise AssertionError("the import was not cancelled")
        assert library.story_ids() == []
    assert _detected(data) == []


def test_front_matter_translation_keeps_detection_from_adding_a_second(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    ru_front = "title: Креативные индустрии\nlanguage: ru\ndate: 2024-02-12\n"
    (folder).mkdir()
    (folder / "ru.md").write_text(
        f"---\nid: creative-ru\n{ru_front}translations: creative-en\n---\n\n{RU_TEXT}\n",
        encoding="utf-8",
    )
    (folder / "en1.md").write_text(
        "---\nid: creative-en\ntitle: Creative industries (short)\nlanguage: en\n---\n\nA note.\n",
        encoding="utf-8",
    )
    _write(folder, "en2.md", "Creative industries", "en", EN_TEXT, "2024-02-12")
    with Library.open(tmp_path / "data") as library:
        library.import_paths([folder])
        en2 = _id(library, "Creative industries")
        assert library.get_story("creative-ru").translations == ("creative-en",)
        assert library.get_story(en2).translations == ()
    assert _detected(tmp_path / "data") == []


_values = st.frozensets(st.sampled_from(["a", "b", "c", "d", "e", "f"]), max_size=5)
_features = st.builds(
    StoryFeatures,
    id=st.sampled_from(["s1", "s2"]),
    language=st.sampled_from([None, "ru", "en", "kk"]),
    date=st.one_of(st.none(), st.dates(dt.date(2024, 1, 1), dt.date(2024, 1, 12))),
    images=_values,
    numbers=_values,
    names=_values,
    countries=_values,
    words=_values,
    source=st.sampled_from([None, "undp.org", "24.kg"]),
    links=_values,
    length=st.integers(0, 5000),
)


@settings(max_examples=400, deadline=None)
@given(_features, _features)
def test_the_import_s_quick_score_is_the_explained_score(
    a: StoryFeatures, b: StoryFeatures
) -> None:
    """The import scores candidate pairs without their reasons; the score is the same."""
    assert pair_score(a, b) == score_pair(a, b).score
    assert pair_score(a, b) == pair_score(b, a)
