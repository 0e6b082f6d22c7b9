"""Searching the index: queries with filters, facets, sort and paging; snippets; "did you mean".

A :class:`Searcher` reads from the Whoosh searcher a :class:`~storydesk.search.index.SearchIndex`
holds open (:meth:`~storydesk.search.index.SearchIndex.reading`), so it always sees the last
committed index and never writes. The partner/place names of the query language and the
facet values of every document are read once per opened index and kept until the next
commit (:class:`FacetTable`).

See docs/search.md for the query language and how totals, facets and snippets are counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import select
from whoosh import query as wq
from whoosh import searching
from whoosh.collectors import TopCollector
from whoosh.reading import IndexReader
from whoosh.sorting import FieldFacet, ScoreFacet

from storydesk.catalogue.models import Story
from storydesk.search.analysis import cross_query_terms, word_variants
from storydesk.search.index import OpenIndex, SearchIndex, catalogue_state
from storydesk.search.query import NameIndex, ParsedQuery, QueryBuilder, filter_query
from storydesk.search.schema import FACET_FIELDS, TEXT_FIELD, UNDATED
from storydesk.search.snippets import make_snippet
from storydesk.search.spelling import suggest

SUGGEST_BELOW = 3
"""A query finding fewer hits than this gets a "did you mean" suggestion."""

SUGGEST_MAX_WORDS = 12
"""Longer queries (pasted text) get no suggestion: each unknown word costs a fuzzy scan."""

NO_VALUES: tuple[int, ...] = ()
"""The facet values of a document that has none."""


@dataclass
class FacetTable:
    """The facet values of every document of an opened index, for counting facets over hits.

    Each facet value (a partner, a country, a year...) gets a number; each document the
    numbers of its values. Counting the facets of a search is then one pass over its hits,
    done in C by :class:`collections.Counter`: the cost follows the number of hits, not the
    number of values or the length of their posting lists, and no posting list is read after
    the table is built (once per opened index, from the facet fields' postings). The counts
    over every story are kept, for browsing without a query.

    Attributes:
        values: Value number → (facet name, value as shown).
        by_doc: Document number → the numbers of its values (deleted documents included:
            they are never among the hits).
        everything: Counts over every live document, by value number.
        live: How many live documents the index holds.
    """

    values: list[tuple[str, str]]
    by_doc: list[tuple[int, ...]]
    everything: Counter[int]
    live: int

    @classmethod
    def read(cls, searcher: searching.Searcher) -> FacetTable:
        """Build the table from the facet fields of ``searcher``'s index."""
        reader: IndexReader = searcher.reader()
        schema = searcher.schema
        size = reader.doc_count_all()
        values: list[tuple[str, str]] = []
        lists: list[list[int]] = [[] for _ in range(size)]
        for facet, name in FACET_FIELDS.items():
            if name == "year":
                numeric = schema[name]
                terms = [
                    (str(numeric.from_bytes(term)), term)
                    for term in numeric.sortable_terms(reader, name)
                ]
            else:
                terms = [
                    (term.decode("utf-8") if isinstance(term, bytes) else term, term)
                    for term in reader.lexicon(name)
                ]
            for text, term in terms:
                if not text:
                    continue
                number = len(values)
                values.append((facet, text))
                for docnum in reader.postings(name, term).all_ids():
                    if docnum < size:
                        lists[docnum].append(number)
        # A story with no date is counted under the year "undated", so every story is
        # under some year and the undated ones can be chosen.
        years = {n for n, (facet, _text) in enumerate(values) if facet == "years"}
        undated: int | None = None
        for found in lists:
            if not years.intersection(found):
                if undated is None:
                    undated = len(values)
                    values.append(("years", UNDATED))
                found.append(undated)
        # Many documents share one combination of values: keep one tuple for each.
        shared: dict[tuple[int, ...], tuple[int, ...]] = {NO_VALUES: NO_VALUES}
        by_doc = [shared.setdefault(tuple(found), tuple(found)) for found in lists]
        if reader.has_deletions():
            live_docs = [d for d in range(size) if not reader.is_deleted(d)]
        else:
            live_docs = list(range(size))
        everything = Counter(chain.from_iterable(map(by_doc.__getitem__, live_docs)))
        return cls(values=values, by_doc=by_doc, everything=everything, live=len(live_docs))

    def count(self, matched: set[int]) -> dict[str, dict[str, int]]:
        """Per facet, each value held by a document of ``matched`` with how many hold it,
        most frequent first (then by value)."""
        if len(matched) >= self.live:
            counted = self.everything
        else:
            counted = Counter(chain.from_iterable(map(self.by_doc.__getitem__, matched)))
        found: dict[str, list[tuple[str, int]]] = {facet: [] for facet in FACET_FIELDS}
        for number, n in counted.items():
            facet, value = self.values[number]
            found[facet].append((value, n))
        counts: dict[str, dict[str, int]] = {}
        for facet, items in found.items():
            items.sort(key=lambda item: (-item[1], item[0]))
            counts[facet] = dict(items)
        return counts


@dataclass
class SearchHit:
    """One story found by a search."""

    id: str
    title: str
    date: str | None
    language: str | None
    score: float
    snippet: str


@dataclass
class SearchResult:
    """What a search found.

    Attributes:
        total: How many stories match.
        hits: The requested page of hits, best (or newest) first.
        facets: Counts within the query: ``partners``, ``countries``, ``places``,
            ``languages``, ``years``, ``sdgs`` → {value: count}; empty when not asked for.
        suggestion: A corrected query when this one found little, else ``None``.
        pending: Stories in the catalogue not (yet) in the index.
        ignored_terms: Words or phrases of a very long query that were not searched
            (see :data:`storydesk.search.query.MAX_QUERY_TERMS`).
    """

    total: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    pending: int = 0
    ignored_terms: int = 0

    def to_json(self) -> dict[str, Any]:
        """The ``storydesk search --json`` document."""
        return {
            "total": self.total,
            "hits": [
                {
                    "id": hit.id,
                    "title": hit.title,
                    "date": hit.date,
                    "language": hit.language,
                    "score": round(hit.score, 4),
                    "snippet": hit.snippet,
                }
                for hit in self.hits
            ],
            "facets": self.facets,
            "suggestion": self.suggestion,
            "pending": self.pending,
            "ignored_terms": self.ignored_terms,
        }


def _indexed(reader: IndexReader, word: str) -> bool:
    """Whether any form of a query word is in the full text, or its cross-script key in the
    ``cross`` field (``tadbirkorlik`` is known when a story says ``тадбиркорлик``)."""
    if any(reader.doc_frequency(TEXT_FIELD, form) for form in word_variants(word)):
        return True
    return any(reader.doc_frequency("cross", term) for term in cross_query_terms(word))


class SearchCancelled(Exception):
    """A search stopped between its phases because its caller no longer wants it."""


class _CountingTopCollector(TopCollector):
    """Whoosh's top-N collector that also keeps every matched document number.

    The plain one skips blocks that cannot reach the top N, so the total and the facet
    counts each ran the query again; keeping the set costs less than those two passes.

    Both of Whoosh's shortcuts are off, since each drops matching documents: block
    quality skipping (``usequality``), and replacing the matcher with one bounded by the
    lowest score in the top N (``replace``: once the heap is full, a union whose branch
    cannot reach that score becomes an intersection, so the set and the total came out
    smaller the smaller the page: "CLEWs Bolivia" counted 4 stories with ``limit=1``,
    5 with 2, 8 with 4).
    """

    def __init__(self, limit: int) -> None:
        super().__init__(limit=limit, usequality=False, replace=0)

    def _collect(self, global_docnum: int, score: float) -> Any:
        self.docset.add(global_docnum)
        return super()._collect(global_docnum, score)

    def all_ids(self) -> set[int]:
        return self.docset

    def count(self) -> int:
        return len(self.docset)


class Searcher:
    """Full-text search over the catalogue's stories, reading a :class:`SearchIndex`."""

    def __init__(self, index: SearchIndex) -> None:
        """Search ``index``; nothing is opened until the first search.

        Args:
            index: The index to read (it also gives the catalogue sessions, for snippets,
                partner and place names, and the count of stories not yet indexed).
        """
        self.index = index
        self._names: NameIndex | None = None
        self._names_for: int | None = None
        self._facets: FacetTable | None = None
        self._facets_for: int | None = None

    # -- what is read once per opened index ----------------------------------------------

    def _name_index(self, view: OpenIndex, query: str) -> NameIndex:
        """Partner and place names with their aliases (re-read after each index commit).

        A blank query (every story, perhaps filtered) looks no name up: it gets an empty
        index and nothing is read.
        """
        if not query.strip():
            return NameIndex()
        if self._names is None or self._names_for != view.serial:
            with self.index.sessions() as session:
                self._names = NameIndex.from_session(session)
            self._names_for = view.serial
        return self._names

    def _facet_table(self, view: OpenIndex) -> FacetTable:
        """Every document's facet values, read once per opened index (see :class:`FacetTable`)."""
        if self._facets is None or self._facets_for != view.serial:
            self._facets = FacetTable.read(view.searcher)
            self._facets_for = view.serial
        return self._facets

    def _count_facets(self, view: OpenIndex, matched: set[int]) -> dict[str, dict[str, int]]:
        return self._facet_table(view).count(matched)

    def _open_counts(
        self,
        view: OpenIndex,
        parsed: ParsedQuery,
        filters: Mapping[str, Sequence[str]],
        check: Callable[[], None],
    ) -> dict[str, dict[str, int]]:
        """Each filtered facet's counts over the stories the other filters let through."""
        counts: dict[str, dict[str, int]] = {}
        for facet, values in filters.items():
            if facet not in FACET_FIELDS or not values:
                continue
            check()
            others = {name: chosen for name, chosen in filters.items() if name != facet}
            wider = self._matched(view, parsed, others)
            counts[facet] = self._count_facets(view, wider).get(facet, {})
        return counts

    def _matched(
        self, view: OpenIndex, parsed: ParsedQuery, filters: Mapping[str, Sequence[str]]
    ) -> set[int]:
        """Every live document matching ``parsed`` and ``filters``, unscored and unsorted."""
        searcher = view.searcher
        restriction = filter_query(filters)
        if restriction is None and parsed.empty:
            reader = searcher.reader()
            return {d for d in range(reader.doc_count_all()) if not reader.is_deleted(d)}
        q = parsed.query
        if restriction is not None:
            q = restriction if parsed.empty else wq.And([q, restriction])
        found = set(searcher.docs_for_query(q))
        reader = searcher.reader()
        if reader.has_deletions():
            found = {d for d in found if not reader.is_deleted(d)}
        return found

    # -- results ---------------------------------------------------------------------------

    def _pending(self, indexed: int) -> int:
        """Stories in the catalogue not in an index of ``indexed`` stories (0 when in step)."""
        try:
            generation, count = catalogue_state(self.index.sessions)
        except Exception:  # never let the count break a search
            return 0
        if generation is not None and self.index.indexed_generation() == generation:
            return 0
        return max(0, count - indexed)

    def _snippets(
        self, ids: list[str], parsed: ParsedQuery, languages: dict[str, str | None]
    ) -> dict[str, str]:
        if not ids:
            return {}
        with self.index.sessions() as session:
            rows = session.execute(
                select(Story.id, Story.summary, Story.body).where(Story.id.in_(ids))
            ).all()
        texts = {row.id: f"{row.summary or ''}\n\n{row.body or ''}" for row in rows}
        return {
            story_id: make_snippet(
                texts.get(story_id, ""),
                parsed.text_terms,
                parsed.skeletons,
                language=languages.get(story_id),
                cross_keys=parsed.cross_keys,
            )
            for story_id in ids
        }

    def search(
        self,
        query: str,
        limit: int = 20,
        facets: bool = False,
        sort: str = "relevance",
        filters: Mapping[str, Sequence[str]] | None = None,
        offset: int = 0,
        cancelled: Callable[[], bool] | None = None,
        open_facets: bool = False,
    ) -> SearchResult:
        """Find stories.

        Args:
            query: What the user typed (see docs/search.md for the syntax). Empty: all.
            limit: Hits to return.
            facets: Also count partners, countries, places, languages, years and SDGs.
            sort: ``"relevance"`` (BM25F) or ``"date"`` (newest first).
            filters: Facet selections, e.g. ``{"countries": ["Kyrgyzstan"]}``.
            offset: Hits to skip (for paging).
            cancelled: Asked between the phases of the search (matching, facets,
                suggestion, snippets); when it says True, the search stops there.
            open_facets: Count each filtered facet as if its own filter were not set
                (the other filters still hold), so its other values stay offered with the
                stories each would add: what a filter panel choosing several values of a
                facet shows. Otherwise every count is within all the filters.

        Returns:
            The result; empty (with ``pending`` set) when the index is not ready.

        Raises:
            SearchCancelled: ``cancelled`` said so (a newer search replaced this one).
        """

        def check() -> None:
            if cancelled is not None and cancelled():
                raise SearchCancelled

        limit = max(0, int(limit))
        offset = max(0, int(offset))
        with self.index.reading() as view:
            if view is None:
                return SearchResult(total=0, hits=[], facets={}, pending=self._pending(0))
            searcher = view.searcher
            parsed = QueryBuilder(self._name_index(view, query or "")).parse(query or "")
            results = self._run(searcher, parsed, filters, sort, offset + limit)
            # One pass gives the top hits, the total and the documents facets count over.
            matched = results.docs()
            total = len(matched)
            page = list(results)[offset : offset + limit]
            hits: list[SearchHit] = []
            languages: dict[str, str | None] = {}
            for hit in page:
                fields = hit.fields()
                language = fields.get("lang") or None
                languages[fields["id"]] = language
                hits.append(
                    SearchHit(
                        id=fields["id"],
                        title=fields.get("stored_title") or "",
                        date=fields.get("date") or None,
                        language=language,
                        score=hit.score if isinstance(hit.score, float | int) else 0.0,
                        snippet="",
                    )
                )
            check()
            facet_counts = self._count_facets(view, matched) if facets else {}
            if facets and open_facets and filters:
                facet_counts.update(self._open_counts(view, parsed, filters, check))
            check()
            suggestion = None
            if total < SUGGEST_BELOW and 0 < len(parsed.words) <= SUGGEST_MAX_WORDS:
                suggestion = suggest(searcher.reader(), query, parsed.words, _indexed)
            indexed = searcher.doc_count()
        check()
        snippets = self._snippets([h.id for h in hits], parsed, languages)
        for hit in hits:
            hit.snippet = snippets.get(hit.id, "")
        return SearchResult(
            total=total,
            hits=hits,
            facets=facet_counts,
            suggestion=suggestion,
            pending=self._pending(indexed),
            ignored_terms=parsed.ignored,
        )

    def _run(
        self,
        searcher: searching.Searcher,
        parsed: ParsedQuery,
        filters: Mapping[str, Sequence[str]] | None,
        sort: str,
        limit: int,
    ) -> Any:
        """Run a parsed query: Whoosh results holding the top ``limit`` hits in order and
        the set of *every* matching document (``results.docs()``), whatever ``limit`` is.
        """
        q = parsed.query
        restriction = filter_query(filters)
        if restriction is not None:
            q = restriction if parsed.empty else wq.And([q, restriction])
        if sort == "date" or (parsed.empty and sort == "relevance"):
            # The sorting collector visits every match (no shortcuts) and keeps the set.
            return searcher.search(
                q,
                limit=max(1, limit),
                sortedby=[FieldFacet("date", reverse=True), ScoreFacet()],
                terms=False,
            )
        collector = _CountingTopCollector(limit=max(1, limit))
        searcher.search_with_collector(q, collector)
        return collector.results()

    def matching_ids(
        self,
        query: str,
        sort: str = "relevance",
        filters: Mapping[str, Sequence[str]] | None = None,
    ) -> list[str]:
        """Ids of every story matching ``query`` (and ``filters``), best (or newest) first.

        One pass, no snippets: for briefing packs and bundles of a search's results.
        An index that is not ready gives an empty list.
        """
        with self.index.reading() as view:
            if view is None:
                return []
            searcher = view.searcher
            parsed = QueryBuilder(self._name_index(view, query or "")).parse(query or "")
            results = self._run(searcher, parsed, filters, sort, searcher.doc_count_all())
            ids = [hit["id"] for hit in results]
            if len(ids) != len(results.docs()):
                raise RuntimeError("the search index returned fewer hits than it matched")
            return ids
