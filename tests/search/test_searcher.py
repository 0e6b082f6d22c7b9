"""Searching: the Searcher over a real catalogue and a real Whoosh index."""

from __future__ import annotations

from typing import Any

import pytest

from storydesk.search.searcher import Searcher

from .conftest import STORIES


def ids(searcher: Searcher, query: str, **kwargs: Any) -> set[str]:
    return {hit.id for hit in searcher.search(query, limit=50, **kwargs).hits}


# -- language rules ------------------------------------------------------------------


def test_russian_inflected_forms_match(shared_searcher: Searcher) -> None:
    assert ids(shared_searcher, "молодежных центров") == {"s02"}
    assert ids(shared_searcher, "датчик") == {"s03", "s11"}


def test_kazakh_locative_and_bare_name_find_each_other(shared_searcher: Searcher) -> None:
    assert ids(shared_searcher, "Шымкентте") == {"s05", "s06"}
    assert ids(shared_searcher, "Шымкент") == {"s05", "s06"}


def test_kazakh_word_kept_whole(shared_searcher: Searcher) -> None:
    assert "s13" in ids(shared_searcher, "қазақстан")


def test_bulgarian_is_searchable(shared_searcher: Searcher) -> None:
    assert ids(shared_searcher, "Младежки център") == {"s09"}


# -- cross-script ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Almaty", {"s10", "s11"}),
        ("Алматы", {"s10", "s11"}),
        ("Balykchy", {"s03"}),
        ("Karakol", {"s02", "s15"}),
        ("Каракол", {"s02", "s15"}),
        ("Bishkek", {"s04", "s07"}),
        ("Бишкек", {"s04", "s07"}),
    ],
)
def test_names_match_across_scripts(
    shared_searcher: Searcher, query: str, expected: set[str]
) -> None:
    assert ids(shared_searcher, query) == expected


# -- query forms ----------------------------------------------------------------------


def test_field_queries(shared_searcher: Searcher) -> None:
    assert ids(shared_searcher, "partner:JICA") == {"s03", "s16"}
    assert ids(shared_searcher, "partner:ПРООН") == ids(shared_searcher, "partner:UNDP")
    assert ids(shared_searcher, "partner:UNDP") == {"s01", "s04", "s05"}
    kyrgyz = {"s02", "s03", "s04", "s07", "s14", "s15", "s16"}
    assert ids(shared_searcher, "country:Kyrgyzstan") == kyrgyz
    assert ids(shared_searcher, "country:Кыргызстан") == kyrgyz
    assert ids(shared_searcher, "lang:kk") == {"s05", "s13"}
    assert ids(shared_searcher, "year:2024") == {"s01", "s04", "s05", "s09", "s11", "s16"}
    assert ids(shared_searcher, "year:2025..2025") == {"s02", "s07", "s14"}
    assert ids(shared_searcher, "sdg:6") == {"s03", "s04"}
    assert ids(shared_searcher, "place:Almaty") == {"s10"}
    assert ids(shared_searcher, "tag:govtech") == {"s01"}
    assert ids(shared_searcher, "source:24.kg") == {"s04"}
    assert ids(shared_searcher, "author:Садыкова") == {"s01"}
    assert ids(shared_searcher, "датчик year:2023..2025") == {"s03", "s11"}


def test_plain_partner_name_finds_aliases_in_text(shared_searcher: Searcher) -> None:
    # s05 says only "БҰҰДБ", s08 only "ПРООН" (and is not linked to the partner).
    assert ids(shared_searcher, "UNDP") == {"s01", "s04", "s05", "s08"}


def test_phrase_negation_or(shared_searcher: Searcher) -> None:
    assert ids(shared_searcher, '"качества воды"') == {"s03"}
    assert ids(shared_searcher, '"воды качества"') == set()
    assert ids(shared_searcher, "датчик -Алматы") == {"s03"}
    assert ids(shared_searcher, "Шымкент OR Каракол") == {"s02", "s05", "s06", "s15"}


@pytest.mark.parametrize("text", ["partner:", '"unclosed', "OR OR", "year:abc", "((", "-"])
def test_malformed_queries_search_plain_words(shared_searcher: Searcher, text: str) -> None:
    result = shared_searcher.search(text, facets=True)
    assert result.total >= 0


# -- results --------------------------------------------------------------------------


def test_facets_count_within_the_query(shared_searcher: Searcher) -> None:
    result = shared_searcher.search("", facets=True)
    assert result.total == len(STORIES)
    assert result.facets["partners"]["UNDP"] == 3
    assert result.facets["languages"] == {"ru": 8, "en": 4, "kk": 2, "bg": 1, "ky": 1}
    assert result.facets["years"]["2024"] == 6
    assert result.facets["sdgs"]["6"] == 2
    narrow = shared_searcher.search("country:Kazakhstan", facets=True)
    assert narrow.facets["countries"] == {"Kazakhstan": 4}
    assert set(narrow.facets) == {
        "partners",
        "countries",
        "places",
        "languages",
        "years",
        "sdgs",
        "tags",
    }
    assert shared_searcher.search("датчик").facets == {}


def test_filters_and_sort_by_date(shared_searcher: Searcher) -> None:
    result = shared_searcher.search(
        "", sort="date", filters={"countries": ["Kyrgyzstan"], "years": ["2025"]}
    )
    assert [h.id for h in result.hits] == ["s14", "s02", "s07"]
    everything = shared_searcher.search("", sort="date", limit=50)
    dates = [h.date for h in everything.hits]
    assert dates[-1] is None  # undated stories come last
    assert dates[:-1] == sorted(dates[:-1], reverse=True)
    page = shared_searcher.search("", sort="date", limit=2, offset=1)
    assert [h.id for h in page.hits] == [h.id for h in everything.hits[1:3]]


def test_snippets_mark_matches(shared_searcher: Searcher) -> None:
    hits = shared_searcher.search("датчик").hits
    snippets = {h.id: h.snippet for h in hits}
    assert "**датчиков**" in snippets["s03"]
    assert "**Алматы**" in shared_searcher.search("Almaty").hits[1].snippet or any(
        "**Алматы**" in h.snippet for h in shared_searcher.search("Almaty").hits
    )


def test_snippet_from_beyond_32k_characters(shared_searcher: Searcher) -> None:
    body = next(s for s in STORIES if s["id"] == "s14")["body"]
    assert body.index("hydropower") > 32_000
    hit = shared_searcher.search("hydropower").hits[0]
    assert hit.id == "s14"
    assert "**hydropower**" in hit.snippet


def test_did_you_mean_uses_whole_words(shared_searcher: Searcher) -> None:
    assert shared_searcher.search("датчек").suggestion == "датчик"
    assert shared_searcher.search("sensers").suggestion == "sensors"
    assert shared_searcher.search("датчик").suggestion is None
    # Found through its stem: no suggestion for a word the stories inflect.
    assert shared_searcher.search("молодежных центров").suggestion is None


def test_json_shape(shared_searcher: Searcher) -> None:
    data = shared_searcher.search("датчик", facets=True).to_json()
    assert set(data) == {"total", "hits", "facets", "suggestion", "pending", "ignored_terms"}
    assert data["ignored_terms"] == 0
    assert set(data["hits"][0]) == {"id", "title", "date", "language", "score", "snippet"}
    assert data["hits"][0]["title"] == "Установка датчиков качества воды"
    assert data["pending"] == 0


def test_a_cancelled_search_stops_between_its_phases(shared_searcher: Searcher) -> None:
    """The search process stops a search a newer one replaced at the next phase: asked
    after matching, it raises; never asked to stop, the answer is the plain search's."""
    from storydesk.search.searcher import SearchCancelled

    asked: list[int] = []

    def cancel_at(phase: int) -> Any:
        def cancelled() -> bool:
            asked.append(phase)
            return len(asked) >= phase

        return cancelled

    for phase in (1, 2, 3):
        asked.clear()
        with pytest.raises(SearchCancelled):
            shared_searcher.search("датчик", facets=True, cancelled=cancel_at(phase))
        assert len(asked) == phase
    asked.clear()
    kept = shared_searcher.search("датчик", facets=True, cancelled=lambda: False)
    plain = shared_searcher.search("датчик", facets=True)
    assert (kept.total, [h.id for h in kept.hits], kept.facets) == (
        plain.total,
        [h.id for h in plain.hits],
        plain.facets,
    )
