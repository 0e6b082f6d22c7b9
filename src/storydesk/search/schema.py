"""The Whoosh schema of the story index.

Every full-text part of a story (title, summary, body, captions, partner and place names,
tags/source/author) is indexed in one combined field, ``text``, each word weighted by its
part (:data:`TEXT_FIELD_BOOSTS`), so a query word reads one posting list per form instead
of one per form and field. Small separate fields remain only where a field query needs
them (``title:``, ``source:``, ``author:``, and the ``partner:``/``place:`` fallbacks for
names the directory does not know). Names of partners, places and countries are also
indexed canonically in exact keyword fields (facets, filters, ``partner:`` queries after
alias resolution).
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema
from whoosh.formats import Existence
from whoosh.scoring import BM25F

from storydesk.search.analysis import (
    PART_WEIGHTS,
    CombinedTextAnalyzer,
    CrossScriptAnalyzer,
    SpellingAnalyzer,
    StoryAnalyzer,
    TransliterationAnalyzer,
)

SCHEMA_VERSION = 4
"""Bumped whenever the schema or the analysis changes: an index of another version is rebuilt."""

TEXT_FIELD = "text"
"""The combined full-text field a plain word searches."""

TEXT_FIELD_BOOSTS: dict[str, float] = dict(PART_WEIGHTS)
"""Weight of each part of a story in the ``text`` field (BM25F: applied to each word's
frequency at index time, see :data:`storydesk.search.analysis.PART_WEIGHTS`)."""

TITLE_BOOST = 0.5
"""Weight of a plain word's match in the separate ``title`` field, added to its ``text``
score, so a title match ranks first even in a long story (whose combined length would
otherwise damp it below body-only matches in short stories)."""

TEXT_LENGTH_B = 0.3
"""BM25's length normalisation for the ``text`` field (Whoosh's default 0.75 elsewhere):
the combined field's length is the whole story's. Chosen on NEREL (recall@10 / MRR@10,
400 queries): title ×1, B 0.75: 0.680 / 0.879; no title term, B 0.75: 0.683 / 0.891 but a
long story's title match ranked below short body-only matches; title ×0.5, B 0.3: 0.682 /
0.880 (the schema-3 figures); title ×1, B 0.2: 0.683 / 0.876."""


def weighting() -> BM25F:
    """The scoring of searches: BM25F, with :data:`TEXT_LENGTH_B` for ``text``."""
    return BM25F(**{f"{TEXT_FIELD}_B": TEXT_LENGTH_B})


TRANSLIT_BOOST = 0.4
"""Weight of a cross-script match through the ``translit`` field."""

CROSS_SCRIPT_BOOST = 0.3
"""Weight of a match through the ``cross`` field (ordinary words of Uzbek, Kazakh, Kyrgyz,
Tajik and Turkmen across their scripts): low, so a match in the query's own script ranks
first."""

FACET_FIELDS: dict[str, str] = {
    "partners": "partner",
    "countries": "country",
    "places": "place",
    "languages": "lang",
    "years": "year",
    "sdgs": "sdg",
    "tags": "tag",
}
"""Facet name (as in ``storydesk search --json``) → index field."""

UNDATED = "undated"
"""The ``years`` facet value (and filter) of stories with no date."""

DATE_FILTER = "dates"
"""The filter of a date range: one value ``FROM..TO`` (ISO dates, either side may be empty)."""


def year_field() -> NUMERIC:
    """The ``year`` field: a story's year, for year filters, ranges and the Year facet."""
    return NUMERIC(int, bits=32, stored=False, signed=False)


def story_schema() -> Schema:
    """A fresh schema for the story index."""
    text = StoryAnalyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        text=TEXT(analyzer=CombinedTextAnalyzer()),
        title=TEXT(analyzer=text),
        stored_title=STORED(),
        partner_text=TEXT(analyzer=text),
        place_text=TEXT(analyzer=text),
        source=TEXT(analyzer=text),
        author=TEXT(analyzer=text),
        translit=TEXT(analyzer=TransliterationAnalyzer(), phrase=False),
        cross=TEXT(analyzer=CrossScriptAnalyzer(), phrase=False),
        # Only which words exist (and in how many stories) matters for "did you mean":
        # no frequencies, positions or lengths to write.
        spelling=FieldType(format=Existence(), analyzer=SpellingAnalyzer(), scorable=False),
        partner=KEYWORD(lowercase=False, scorable=False),
        place=KEYWORD(lowercase=False, scorable=False),
        country=KEYWORD(lowercase=False, scorable=False),
        tag=KEYWORD(lowercase=True, scorable=False),
        sdg=KEYWORD(scorable=False),
        lang=ID(stored=True),
        year=year_field(),
        date=ID(stored=True, sortable=True),
    )
