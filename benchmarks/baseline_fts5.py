"""The SQLite FTS5 baseline the benchmarks compare StoryDesk's search with.

The same stories (read back from a StoryDesk catalogue, after import and extraction) go
into an FTS5 table in one of two forms:

* ``stemmed``: every text field passed through StoryDesk's own index analyzer
  (:class:`storydesk.search.analysis.StoryAnalyzer`: Russian/English Snowball stems, the
  Turkic fold plus whole words), so FTS5 sees exactly the terms Whoosh indexes;
* ``plain``: folded whole words (case-folded, ``ё`` → ``е``), no stemming at all.

Both use ``unicode61`` with ``remove_diacritics 0`` (otherwise FTS5 would fold ``й`` to
``и`` and Kazakh letters to Russian ones). Queries in StoryDesk's syntax are translated to
``MATCH`` expressions by :func:`translate`: a word becomes an ``OR`` of the forms StoryDesk
would search for it (stemmed) or the folded word (plain); a phrase is a phrase per
treatment; ``partner:``/``place:``/``country:``/``lang:``/``year:``/``sdg:`` search a
column holding the canonical names or values. Ranking is FTS5's ``bm25()`` with the
title ×3, summary ×1.5 and names ×1.5 weights StoryDesk uses; a search returns the total,
the top hits with a ``snippet()``, and (optionally) facet counts from a side table with
one row per (story, facet, value).
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storydesk.catalogue.models import Story
from storydesk.search.analysis import StoryAnalyzer, tag_language, word_variants
from storydesk.search.documents import plain_text
from storydesk.text import fold, turkic_fold, words

TEXT_COLUMNS = ("title", "summary", "body", "captions", "names")
KEY_COLUMNS = ("partner", "place", "country", "lang", "year", "sdg")
WEIGHTS = (3.0, 1.5, 1.0, 1.0, 1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)

_analyzer = StoryAnalyzer()


def stemmed_terms(text: str, language: str | None) -> str:
    """``text`` as the space-separated terms StoryDesk's analyzer indexes."""
    return " ".join(t.text for t in _analyzer(tag_language(text, language)))


def plain_terms(text: str, _language: str | None = None) -> str:
    """``text`` as folded whole words."""
    return " ".join(words(text))


@dataclass
class StoryRow:
    """What the baseline keeps of one catalogue story."""

    id: str
    language: str | None
    fields: dict[str, str]
    facets: list[tuple[str, str]]


def read_catalogue(sessions: sessionmaker[Session], batch: int = 1000) -> Iterator[StoryRow]:
    """Every story of a StoryDesk catalogue, with names and facet values."""
    with sessions() as session:
        ids = list(session.scalars(select(Story.id).order_by(Story.id)))
    for start in range(0, len(ids), batch):
        with sessions() as session:
            for story in session.scalars(
                select(Story).where(Story.id.in_(ids[start : start + batch]))
            ):
                yield story_row(story)


def story_row(story: Story) -> StoryRow:
    """The baseline's view of a catalogue story."""
    names: list[str] = []
    for entity in (*story.partners, *story.places, *story.countries):
        names.append(entity.name)
        names.extend(a.alias for a in entity.aliases if a.alias != entity.name)
    captions = " ".join(
        part for image in story.images for part in (image.caption, image.alt, image.credit) if part
    )
    year = str(story.date.year) if story.date else ""
    facets = [
        *(("partners", p.name) for p in story.partners),
        *(("places", p.name) for p in story.places),
        *(("countries", c.name) for c in story.countries),
        *(("sdgs", str(g.number)) for g in story.sdgs),
    ]
    if story.language:
        facets.append(("languages", story.language))
    if year:
        facets.append(("years", year))
    return StoryRow(
        id=story.id,
        language=story.language,
        fields={
            "title": story.title or "",
            "summary": story.summary or "",
            "body": plain_text(story.body or ""),
            "captions": captions,
            "names": " ".join(names),
            "partner": " | ".join(p.name for p in story.partners),
            "place": " | ".join(p.name for p in (*story.places, *story.countries)),
            "country": " | ".join(c.name for c in story.countries),
            "lang": story.language or "",
            "year": year,
            "sdg": " ".join(str(g.number) for g in story.sdgs),
        },
        facets=facets,
    )


class Fts5Index:
    """One FTS5 database: ``stemmed`` or ``plain`` terms."""

    def __init__(self, path: Path, stemmed: bool) -> None:
        self.path = path
        self.stemmed = stemmed
        self.db = sqlite3.connect(str(path))
        self.db.execute("PRAGMA journal_mode=WAL")
        self.analysis_seconds = 0.0
        self.insert_seconds = 0.0

    def build(self, rows: Iterable[StoryRow]) -> int:
        """Create the tables and add ``rows``; returns how many."""
        columns = ", ".join([*TEXT_COLUMNS, *KEY_COLUMNS])
        self.db.executescript(
            f"""
            DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS facet; DROP TABLE IF EXISTS story;
            CREATE VIRTUAL TABLE fts USING fts5({columns},
                tokenize = "unicode61 remove_diacritics 0");
            CREATE TABLE story (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, title TEXT);
            CREATE TABLE facet (story INTEGER, kind TEXT, value TEXT);
            """
        )
        terms = stemmed_terms if self.stemmed else plain_terms
        n = 0
        with self.db:
            for n, row in enumerate(rows, start=1):
                started = time.perf_counter()
                values = [terms(row.fields[c], row.language) for c in TEXT_COLUMNS]
                values += [row.fields[c] for c in KEY_COLUMNS]
                analysed = time.perf_counter()
                self.db.execute(
                    "INSERT INTO story VALUES (?, ?, ?)", (n, row.id, row.fields["title"])
                )
                self.db.execute(
                    f"INSERT INTO fts (rowid, {columns}) VALUES (?{', ?' * len(values)})",
                    (n, *values),
                )
                self.db.executemany(
                    "INSERT INTO facet VALUES (?, ?, ?)", [(n, k, v) for k, v in row.facets]
                )
                self.analysis_seconds += analysed - started
                self.insert_seconds += time.perf_counter() - analysed
            started = time.perf_counter()
            self.db.execute("CREATE INDEX facet_story ON facet (story)")
            self.db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
            self.insert_seconds += time.perf_counter() - started
        return n

    def size(self) -> int:
        """Bytes on disk (database and WAL)."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*"))

    def search(self, query: str, limit: int = 20, facets: bool = False) -> dict[str, Any]:
        """Total, top ``limit`` ids with titles and snippets, and facet counts if asked."""
        match = translate(query, self.stemmed)
        if not match:
            return {"total": 0, "hits": [], "facets": {}}
        try:
            total = self.db.execute(
                "SELECT count(*) FROM fts WHERE fts MATCH ?", (match,)
            ).fetchone()[0]
            hits = self.db.execute(
                "SELECT s.id, s.title, snippet(fts, 2, '**', '**', '…', 24) "
                "FROM fts JOIN story s ON s.rowid = fts.rowid WHERE fts MATCH ? "
                f"ORDER BY bm25(fts, {', '.join(map(str, WEIGHTS))}) LIMIT ?",
                (match, limit),
            ).fetchall()
            counts: dict[str, dict[str, int]] = {}
            if facets:
                for kind, value, count in self.db.execute(
                    "SELECT kind, value, count(*) FROM facet WHERE story IN "
                    "(SELECT rowid FROM fts WHERE fts MATCH ?) GROUP BY kind, value",
                    (match,),
                ):
                    counts.setdefault(kind, {})[value] = count
        except sqlite3.OperationalError as exc:
            raise ValueError(f"FTS5 refused {match!r} (from {query!r}): {exc}") from exc
        return {"total": total, "hits": [h[0] for h in hits], "facets": counts}

    def close(self) -> None:
        """Close the database."""
        self.db.close()


_TOKEN = re.compile(r'(-?)(?:(\w+):)?(?:"([^"]*)"|(\S+))')
_FIELD_COLUMNS = {
    "partner": "partner",
    "place": "place",
    "country": "country",
    "lang": "lang",
    "year": "year",
    "sdg": "sdg",
    "title": "title",
}


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _word_forms(word: str, stemmed: bool) -> list[str]:
    return word_variants(word) if stemmed else [word]


def _phrase_forms(phrase_words: list[str], stemmed: bool) -> list[str]:
    if not stemmed:
        return [_quote(" ".join(phrase_words))]
    treatments = [
        [word_variants(w)[0] for w in phrase_words],
        [turkic_fold(w) for w in phrase_words],
        phrase_words,
    ]
    unique = list(dict.fromkeys(" ".join(t) for t in treatments))
    return [_quote(p) for p in unique]


def _text(expr: str) -> str:
    return "{" + " ".join(TEXT_COLUMNS) + "} : (" + expr + ")"


def translate(query: str, stemmed: bool) -> str:
    """A StoryDesk query (the forms the benchmarks use) as an FTS5 ``MATCH`` expression."""
    positive: list[str] = []
    negative: list[str] = []
    for match in _TOKEN.finditer(query):
        minus, field, phrase, bare = match.groups()
        value = phrase if phrase is not None else bare
        expr = ""
        if field and field.lower() in _FIELD_COLUMNS and value:
            column = _FIELD_COLUMNS[field.lower()]
            if column == "year" and ".." in value:
                low, _, high = value.partition("..")
                low_year = int(low) if low.isdigit() else 1990
                high_year = int(high) if high.isdigit() else 2030
                years = " OR ".join(str(y) for y in range(low_year, high_year + 1))
                expr = f"year : ({years})"
            elif column == "title":
                ws = words(value)
                forms = [" OR ".join(_quote(f) for f in _word_forms(w, stemmed)) for w in ws]
                expr = "title : (" + " AND ".join(f"({f})" for f in forms) + ")" if ws else ""
            else:
                expr = f"{column} : {_quote(value if column != 'lang' else value.lower())}"
        elif phrase is not None:
            ws = words(phrase)
            if ws:
                expr = _text(" OR ".join(_phrase_forms(ws, stemmed)))
        else:
            ws = [fold(w) for w in words(value)]
            parts = [
                "(" + " OR ".join(_quote(f) for f in _word_forms(w, stemmed)) + ")" for w in ws
            ]
            expr = _text(" AND ".join(parts)) if parts else ""
        if expr:
            (negative if minus else positive).append(expr)
    if not positive:
        return ""
    expr = " AND ".join(f"({p})" for p in positive)
    for n in negative:
        expr += f" NOT ({n})"
    return expr
