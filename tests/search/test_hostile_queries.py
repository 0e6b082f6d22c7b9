"""Whatever a user types, a search answers: no exception, and a total that counts its hits.

Random query strings (Hypothesis) mixing Cyrillic and Latin words, quotes, colons,
parentheses, ``AND``/``OR``/``NOT``, ``*``, ``~``, ``^``, ``-`` and field names, run
against the shared corpora's real index; plus the cases the issue found.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storydesk.search.index import META_FILE
from storydesk.search.query import MAX_QUERY_TERMS
from storydesk.search.searcher import Searcher

WORDS = [
    "Бишкек",
    "вода",
    "модель",
    "Қазақстан",
    "жаштар",
    "water",
    "training",
    "workshop",
    "CLEWs",
    "Bolivia",
    "energy",
    "Kyrgyzstan",
    "UNDP",
    "ПРООН",
    "2024",
    "x",
]
OPERATORS = ["AND", "OR", "NOT", "and", "or", "-", "--", "*", "~", "^", "^2", "~2", "+", "!"]
PUNCTUATION = ['"', '"""', ":", ":::", "(", ")", "((", "))", "'", "\\", "/", "[", "]", "{", "}"]
FIELDS = [
    f"{name}:"
    for name in (
        "partner",
        "country",
        "place",
        "lang",
        "language",
        "year",
        "sdg",
        "tag",
        "source",
        "author",
        "title",
        "body",
        "id",
    )
]
VALUES = ["2023..2025", "..2025", "2025..", "abc", "6", "SDG6", "99", "kk", "ru", '"Aga Khan"']

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(OPERATORS),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(FIELDS),
    st.sampled_from(VALUES),
    st.text(
        alphabet=st.sampled_from(list("абвгдеёжқңөүһіABCxyz019\"():*~^-_ .,'\\\t\u200b\u202e")),
        max_size=6,
    ),
)
separator = st.sampled_from(["", " ", " ", "  ", "\t", "\n"])
query_text = st.lists(st.tuples(token, separator), max_size=14).map(
    lambda parts: "".join(t + s for t, s in parts)
)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=query_text, sort=st.sampled_from(["relevance", "date"]))
def test_random_queries_never_raise_and_count_their_hits(
    corpora_library: Any, corpora_searcher: Searcher, text: str, sort: str
) -> None:
    marker_file = corpora_library.layout.index / META_FILE
    marker = marker_file.read_bytes()
    result = corpora_library.search(text, limit=5, sort=sort, facets=True)
    every = corpora_searcher.matching_ids(text, sort=sort)
    assert result.total == len(every)
    assert [hit.id for hit in result.hits] == every[:5]
    assert sum(result.facets["languages"].values()) <= result.total
    json.dumps(result.to_json(), ensure_ascii=False)
    # The index was searched, not quietly rebuilt under the query.
    assert marker_file.read_bytes() == marker


@pytest.mark.parametrize("text", ['"""', ":::", '""', '" "', ":", "()", "*", "~", "^", "-", "--"])
def test_queries_without_words_match_nothing(corpora_library: Any, text: str) -> None:
    result = corpora_library.search(text)
    assert result.total == 0 and result.hits == []
    assert corpora_library.ids_for_query(text) == []


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_only_a_blank_query_lists_every_story(corpora_library: Any, text: str) -> None:
    count = corpora_library.stats().stories
    assert corpora_library.search(text).total == count


def test_a_pasted_page_of_text_is_searched(corpora_library: Any) -> None:
    """1,500 words raised RecursionError; now the first different terms are searched."""
    vocabulary = [f"word{i}" for i in range(200)] + WORDS
    text = " ".join(vocabulary[i % len(vocabulary)] for i in range(1500))
    result = corpora_library.search(text)
    assert result.total == 0
    assert result.ignored_terms == len(set(vocabulary)) - MAX_QUERY_TERMS
    assert result.to_json()["ignored_terms"] == result.ignored_terms


def test_a_long_query_of_repeated_words_matches_like_the_words(corpora_library: Any) -> None:
    text = " ".join(["training", "workshop"] * 750)
    result = corpora_library.search(text)
    assert result.total == corpora_library.search("training workshop").total > 0
    assert result.ignored_terms == 0


@pytest.mark.parametrize("joiner", [" OR ", " -"])
def test_long_or_and_exclusion_chains(corpora_library: Any, joiner: str) -> None:
    words = [f"w{i}" for i in range(1500)]
    text = "water" + joiner + joiner.join(words)
    result = corpora_library.search(text)
    assert result.total == len(corpora_library.ids_for_query(text))
    assert result.ignored_terms == 1500 + 1 - MAX_QUERY_TERMS
