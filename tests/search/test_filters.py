"""Filters a filter panel needs: several values of one facet (OR) and several facets (AND),
stories with no date as the year "undated", tags as a facet, a date range, and counts that
keep a filtered facet's other values on offer ("open" facets).

The reference is the test catalogue's own story list (:data:`tests.search.conftest.STORIES`),
filtered in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from storydesk.search.query import date_range
from storydesk.search.schema import UNDATED
from storydesk.search.searcher import Searcher
from tests.search.conftest import STORIES


def ids_where(keep: Callable[[dict[str, Any]], bool]) -> set[str]:
    return {spec["id"] for spec in STORIES if keep(spec)}


def found(searcher: Searcher, filters: dict[str, list[str]], query: str = "") -> set[str]:
    result = searcher.search(query, limit=100, filters=filters)
    ids = {hit.id for hit in result.hits}
    assert len(ids) == result.total
    return ids


def year_of(spec: dict[str, Any]) -> str:
    date = spec.get("date")
    return str(date.year) if date else UNDATED


def test_values_of_one_facet_are_alternatives_and_facets_all_hold(
    shared_searcher: Searcher,
) -> None:
    both = found(shared_searcher, {"countries": ["Kazakhstan", "Bulgaria"]})
    assert both == ids_where(
        lambda s: bool({"Kazakhstan", "Bulgaria"} & set(s.get("countries") or []))
    )
    narrowed = found(
        shared_searcher, {"countries": ["Kazakhstan", "Bulgaria"], "languages": ["ru", "bg"]}
    )
    assert narrowed == {
        sid
        for sid in both
        if next(s for s in STORIES if s["id"] == sid)["language"] in ("ru", "bg")
    }
    assert narrowed and narrowed < both


def test_undated_stories_are_a_year_of_their_own(shared_searcher: Searcher) -> None:
    counts = shared_searcher.search("", limit=1, facets=True).facets["years"]
    assert counts[UNDATED] == len(ids_where(lambda s: s.get("date") is None)) == 1
    assert sum(counts.values()) == len(STORIES)  # every story is under some year
    assert found(shared_searcher, {"years": [UNDATED]}) == {"s12"}
    assert found(shared_searcher, {"years": ["2019", UNDATED]}) == {"s12", "s15"}


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [("..2021", 0, 2021), ("2023..", 2023, 9999), ("2021..2019", 2019, 2021)],
)
def test_open_ended_year_ranges(
    shared_searcher: Searcher, value: str, first: int, last: int
) -> None:
    expected = ids_where(lambda s: s.get("date") is not None and first <= s["date"].year <= last)
    assert expected
    assert found(shared_searcher, {"years": [value]}) == expected


def test_tags_are_a_facet(shared_searcher: Searcher) -> None:
    facets = shared_searcher.search("", limit=1, facets=True).facets
    assert facets["tags"] == {"govtech": 1}
    assert found(shared_searcher, {"tags": ["GovTech"]}) == {"s01"}


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2024-02-01..2024-02-29", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2024..", dt.date(2024, 1, 1), None),
        ("..2022-09", None, dt.date(2022, 9, 30)),
        ("2025-06-01..2024-11-20", dt.date(2024, 11, 20), dt.date(2025, 6, 1)),
        # Whole years become a year range; the days of a partial first or last year stay
        # a range of dates: each bound day is in, the day before or after is out.
        ("2023-06-15..2024-02-02", dt.date(2023, 6, 15), dt.date(2024, 2, 2)),
        ("2023-06-16..2024-02-10", dt.date(2023, 6, 16), dt.date(2024, 2, 10)),
        ("2023-06-15..2024-02-09", dt.date(2023, 6, 15), dt.date(2024, 2, 9)),
        ("2020-01-01..2024-12-31", dt.date(2020, 1, 1), dt.date(2024, 12, 31)),
        ("2020-01..", dt.date(2020, 1, 1), None),
        ("..2024-02-10", None, dt.date(2024, 2, 10)),
    ],
)
def test_a_date_range_holds_the_dated_stories_within_it(
    shared_searcher: Searcher, value: str, start: dt.date | None, end: dt.date | None
) -> None:
    def within(spec: dict[str, Any]) -> bool:
        date = spec.get("date")
        if date is None:
            return False
        return (start is None or date >= start) and (end is None or date <= end)

    expected = ids_where(within)
    assert expected
    assert found(shared_searcher, {"dates": [value]}) == expected


@pytest.mark.parametrize("value", ["", "..", "2024", "2024-13..", "2024-02-30..", "x..y"])
def test_what_is_not_a_date_range_is_refused(value: str) -> None:
    assert date_range(value) is None


def test_open_facets_keep_a_filtered_facets_other_values_on_offer(
    shared_searcher: Searcher,
) -> None:
    filters = {"countries": ["Kazakhstan"], "languages": ["ru"]}
    closed = shared_searcher.search("", limit=100, facets=True, filters=filters)
    opened = shared_searcher.search("", limit=100, facets=True, filters=filters, open_facets=True)
    # The hits and the total are the same; only the filtered facets' counts differ.
    assert [h.id for h in opened.hits] == [h.id for h in closed.hits]
    assert closed.facets["countries"] == {"Kazakhstan": opened.total}
    # Countries are counted over the Russian stories, whatever their country...
    russian = [s for s in STORIES if s["language"] == "ru"]
    expected_countries: dict[str, int] = {}
    for spec in russian:
        for country in spec.get("countries") or []:
            expected_countries[country] = expected_countries.get(country, 0) + 1
    assert opened.facets["countries"] == expected_countries
    assert "Kyrgyzstan" in opened.facets["countries"]
    # ...and languages over the Kazakhstan stories, whatever their language.
    kazakhstan = [s for s in STORIES if "Kazakhstan" in (s.get("countries") or [])]
    languages: dict[str, int] = {}
    for spec in kazakhstan:
        languages[spec["language"]] = languages.get(spec["language"], 0) + 1
    assert opened.facets["languages"] == languages
    # A facet with no filter of its own is counted within every filter, as before.
    assert opened.facets["sdgs"] == closed.facets["sdgs"]
