"""A search's total is the number of matching stories, whatever the page size.

On the shared corpora, with the real catalogue and Whoosh index. The reference for "every
matching story" is Whoosh's unscored ``docs_for_query`` (no top-N shortcuts), which the
searcher's counting collector must agree with for every limit, sort, filter and offset.
"""

from __future__ import annotations

from typing import Any

import pytest
from whoosh import query as wq

from storydesk.search.query import NameIndex, QueryBuilder, filter_query
from storydesk.search.searcher import Searcher

QUERIES = [
    "CLEWs Bolivia",
    "training workshop",
    "water",
    "energy model",
    "Kyrgyzstan",
    "climate OR water",
    "модель",
    "data -Bolivia",
    '"capacity building"',
    "country:Kyrgyzstan",
]


def reference_ids(searcher: Searcher, query: str, filters: dict | None = None) -> set[str]:
    """Ids of every story matching ``query``, read straight from the index."""
    with searcher.index.sessions() as session:
        names = NameIndex.from_session(session)
    parsed = QueryBuilder(names).parse(query)
    q = parsed.query
    restriction = filter_query(filters)
    if restriction is not None:
        q = restriction if parsed.empty else wq.And([q, restriction])
    with searcher.index.reading() as view:
        assert view is not None
        found = view.searcher.docs_for_query(q)
        return {view.searcher.stored_fields(doc)["id"] for doc in found}


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_total_is_the_same_for_every_limit(
    corpora_library: Any, corpora_searcher: Searcher, query: str, sort: str
) -> None:
    expected = reference_ids(corpora_searcher, query)
    assert expected, f"{query!r} should match something in the corpora"
    full = corpora_library.search(query, limit=len(expected) + 5, sort=sort)
    assert full.total == len(expected)
    assert {hit.id for hit in full.hits} == expected
    n = len(expected)
    for limit in sorted({*range(0, min(n, 12) + 1), n - 1, n, n + 1}):
        result = corpora_library.search(query, limit=limit, sort=sort)
        assert result.total == len(expected), (query, sort, limit)
        # The page is the head of the full ranking.
        assert [h.id for h in result.hits] == [h.id for h in full.hits[:limit]]


@pytest.mark.parametrize("query", QUERIES)
def test_ids_for_query_is_every_matching_story(
    corpora_library: Any, corpora_searcher: Searcher, query: str
) -> None:
    expected = reference_ids(corpora_searcher, query)
    ids = corpora_library.ids_for_query(query)
    assert len(ids) == len(set(ids))
    assert set(ids) == expected
    ranked = corpora_library.search(query, limit=len(expected)).hits
    assert ids == [hit.id for hit in ranked]


def test_the_issue_figures(corpora_library: Any) -> None:
    """'CLEWs Bolivia' gave 4, 5, 8 for limits 1, 2, 4; packs took 12–23 of 29–39."""
    totals = {corpora_library.search("CLEWs Bolivia", limit=n).total for n in (1, 2, 4, 50)}
    assert len(totals) == 1
    workshop = corpora_library.search("training workshop", limit=1).total
    assert len(corpora_library.ids_for_query("training workshop")) == workshop


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_filters_and_offsets_page_through_every_story(
    corpora_library: Any, corpora_searcher: Searcher, sort: str
) -> None:
    filters = {"languages": ["en"]}
    for query in ("training workshop", "water", ""):
        expected = reference_ids(corpora_searcher, query, filters)
        assert expected
        seen: list[str] = []
        for offset in range(0, len(expected) + 3, 3):
            page = corpora_library.search(query, limit=3, offset=offset, sort=sort, filters=filters)
            assert page.total == len(expected), (query, offset)
            seen += [hit.id for hit in page.hits]
        assert len(seen) == len(expected) and set(seen) == expected
        matching = corpora_searcher.matching_ids(query, sort=sort, filters=filters)
        assert matching == seen


@pytest.mark.parametrize("query", ["training workshop", "CLEWs Bolivia"])
def test_facet_counts_do_not_depend_on_the_page_size(corpora_library: Any, query: str) -> None:
    everything = corpora_library.search(query, limit=500, facets=True).facets
    assert everything["languages"]
    for limit in (0, 1, 2, 4):
        assert corpora_library.search(query, limit=limit, facets=True).facets == everything
