"""Query syntax: each form, alias resolution, and malformed input that must not raise."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from storydesk.search.query import (
    NameIndex,
    QueryBuilder,
    filter_query,
    year_query,
    years_between,
)

NAMES = NameIndex(
    partners={
        "undp": "UNDP",
        "проон": "UNDP",
        "бұұдб": "UNDP",
        "jica": "JICA",
        "программа развития оон": "UNDP",
    },
    places={"kyrgyzstan": "Kyrgyzstan", "кыргызстан": "Kyrgyzstan"},
    countries={"Kyrgyzstan"},
    partner_aliases={"UNDP": ["UNDP", "ПРООН", "БҰҰДБ", "Программа развития ООН"]},
    place_aliases={"Kyrgyzstan": ["Kyrgyzstan", "Кыргызстан"]},
)


def _terms(q: wq.Query) -> set[tuple[str, object]]:
    return {(t[0], t[1]) for t in q.iter_all_terms()}


@pytest.mark.parametrize(
    "text",
    [
        "partner:",
        '"unclosed',
        "OR OR",
        "year:abc",
        "((",
        "))",
        "-",
        '""',
        "sdg:99",
        "lang:",
        'partner:"',
        "year:..",
        "a OR",
        "OR a",
        "-OR",
        ":",
        "::::",
        "\x00",
        "year:2025..2020",
    ],
)
def test_malformed_queries_never_raise(text: str) -> None:
    parsed = QueryBuilder(NAMES).parse(text)
    assert isinstance(parsed.query, wq.Query)


def test_alias_resolves_in_field_queries() -> None:
    builder = QueryBuilder(NAMES)
    assert builder.parse("partner:ПРООН").query == builder.parse("partner:UNDP").query
    assert _terms(builder.parse("country:Кыргызстан").query) == {("country", "Kyrgyzstan")}


def test_plain_name_expands_to_partner_and_aliases() -> None:
    terms = _terms(QueryBuilder(NAMES).parse("UNDP").query)
    assert ("partner", "UNDP") in terms
    assert ("text", "проон") in terms and ("text", "бұұдб") in terms


def test_multiword_alias_is_recognised() -> None:
    terms = _terms(QueryBuilder(NAMES).parse("Программа развития ООН").query)
    assert ("partner", "UNDP") in terms


def test_year_ranges() -> None:
    assert year_query("2024") == wq.NumericRange("year", 2024, 2024)
    # Ranges of years are ranges of full-precision year terms (see years_between); what
    # they match is checked against the stories in tests/search/test_filters.py.
    assert year_query("2023..2025") == years_between(2023, 2025)
    assert year_query("2025..2023") == years_between(2023, 2025)
    assert year_query("..2025") == years_between(0, 2025)
    assert year_query("abc") is None


def test_negation_and_or() -> None:
    q = QueryBuilder(NAMES).parse("вода -Алматы").query
    assert isinstance(q, wq.AndNot)
    q = QueryBuilder(NAMES).parse("Шымкент OR Каракол").query
    assert isinstance(q, wq.Or)


def test_filters() -> None:
    q = filter_query({"countries": ["Kyrgyzstan"], "years": ["2025"], "nonsense": ["x"]})
    assert isinstance(q, wq.And)
    assert filter_query({}) is None
