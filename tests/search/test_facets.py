"""Facet counts are the stories among the hits holding each value, whatever the index holds.

The searcher counts facets from a table of every document's values read once per opened
index (:class:`storydesk.search.searcher.FacetTable`). The reference here is the catalogue
itself: each hit's partners, countries, places, language, year ("undated" for a story with
no date), goals and tags as ``list`` gives them, counted in Python. Deleting and
re-importing stories leaves deleted documents in the index's segments, which must count for
nothing.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from storydesk.library import UNDATED, Library
from storydesk.text import fold
from tests.backends import on_both_backends as on_both_backends

QUERIES = ["", "ПРООН", "UNDP", "water", "country:Kyrgyzstan", "Бишкек OR Almaty"]


def expected_facets(library: Any, ids: list[str]) -> dict[str, dict[str, int]]:
    """The facets of the stories ``ids``, counted from the catalogue."""
    counts: dict[str, Counter[str]] = {
        name: Counter()
        for name in ("partners", "countries", "places", "languages", "years", "sdgs", "tags")
    }
    wanted = set(ids)
    for story in library.list_stories():
        if story.id not in wanted:
            continue
        counts["partners"].update(story.partners)
        counts["countries"].update(story.countries)
        counts["places"].update(story.places)
        if story.language:
            counts["languages"][story.language] += 1
        counts["years"][str(story.date.year) if story.date else UNDATED] += 1
        counts["sdgs"].update(str(goal) for goal in story.sdgs)
        counts["tags"].update({fold(tag) for tag in story.tags})
    return {
        name: dict(sorted(found.items(), key=lambda item: (-item[1], item[0])))
        for name, found in counts.items()
    }


def check(library: Any, query: str) -> None:
    result = library.search(query, limit=1000, facets=True)
    ids = [hit.id for hit in result.hits]
    assert len(ids) == result.total
    facets = result.facets
    assert facets == expected_facets(library, ids), query
    # Most frequent first, then by value: the order the panel shows.
    for values in facets.values():
        assert list(values) == sorted(values, key=lambda v: (-values[v], v))


@pytest.mark.parametrize("query", QUERIES)
def test_facets_count_the_hits_values(seeded_library: Any, query: str) -> None:
    check(seeded_library, query)


def test_deleted_stories_count_for_nothing(
    seeded_library: Any, seeds_dir: Path, tmp_path: Path
) -> None:
    library: Library = seeded_library
    ids = library.story_ids()
    everything = library.search("", limit=1000, facets=True).facets
    library.delete_stories(ids[:3])
    for query in QUERIES:
        check(library, query)
    assert library.search("", limit=1000, facets=True).facets != everything
    # Bring them back: the index now has deleted documents and their new copies.
    library.import_paths([seeds_dir])
    for query in QUERIES:
        check(library, query)
    assert library.search("", limit=1000, facets=True).facets == everything
