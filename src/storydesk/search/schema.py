"""The Whoosh schema of the story index.

Full-text fields use :class:`~storydesk.search.analysis.StoryAnalyzer`; names of partners,
places and countries are indexed twice: canonically in exact keyword fields (facets,
filters, ``partner:`` queries after alias resolution) and as text with all their aliases
(``partner_text``, ``place_text``) so any spelling of a name finds the story.
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema
from whoosh.formats import Existence

from storydesk.search.analysis import (
    CrossScriptAnalyzer,
    SpellingAnalyzer,
    StoryAnalyzer,
    TransliterationAnalyzer,
)

SCHEMA_VERSION = 3
"""Bumped whenever the schema or the analysis changes: an index of another version is rebuilt."""

TEXT_FIELD_BOOSTS: dict[str, float] = {
    "title": 3.0,
    "summary": 1.5,
    "body": 1.0,
    "captions": 1.0,
    "partner_text": 1.5,
    "place_text": 1.5,
    "meta": 0.5,
}
"""Full-text fields a plain word searches, with their weight in BM25F ranking."""

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
}
"""Facet name (as in ``storydesk search --json``) → index field."""


def story_schema() -> Schema:
    """A fresh schema for the story index."""
    text = StoryAnalyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=text),
        stored_title=STORED(),
        summary=TEXT(analyzer=text),
        body=TEXT(analyzer=text),
        captions=TEXT(analyzer=text),
        partner_text=TEXT(analyzer=text),
        place_text=TEXT(analyzer=text),
        meta=TEXT(analyzer=text),
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
        year=NUMERIC(int, bits=32, stored=False, signed=False),
        date=ID(stored=True, sortable=True),
    )
