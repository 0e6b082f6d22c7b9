"""Parses what a user types into a Whoosh query.

The syntax (see docs/search.md): words (all must match), ``"quoted phrases"``, ``-word``
and ``-"phrase"`` to exclude, ``OR`` (upper case) between two terms, and ``field:value``
for ``partner``, ``country``, ``place``, ``lang``, ``year`` (``2024``, ``2023..2025``),
``sdg``, ``tag``, ``source``, ``author``, ``title``. Partner and place names resolve through
their aliases in every language and script. Nothing a user types raises: anything the
parser cannot make sense of is searched as plain words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from whoosh import query as wq

from storydesk.catalogue.models import Partner, PartnerAlias, Place, PlaceAlias
from storydesk.search.analysis import (
    cross_query_terms,
    index_form,
    skeleton_variants,
    word_variants,
)
from storydesk.search.schema import (
    CROSS_SCRIPT_BOOST,
    DATE_FILTER,
    FACET_FIELDS,
    TEXT_FIELD,
    TITLE_BOOST,
    TRANSLIT_BOOST,
    UNDATED,
    year_field,
)
from storydesk.text import (
    WORD_RE,
    fold,
    fold_words,
    is_cyrillic,
    normalise_language,
    words,
)

FIELD_NAMES = frozenset(
    {
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
    }
)
"""Field names a query may use as ``name:value``."""

PHRASE_FIELDS = (TEXT_FIELD,)
"""Fields a phrase is searched in: the combined field (its parts are kept apart by a gap
of positions, so a phrase never runs from the title into the summary)."""

PLAIN_FIELDS: dict[str, float] = {
    TEXT_FIELD: 1.0,
    **({"title": TITLE_BOOST} if TITLE_BOOST else {}),
}
"""Fields a plain word searches (each of its forms), with their query-time weights: the
combined field, whose words carry their part's weight (and the title once more, if
:data:`~storydesk.search.schema.TITLE_BOOST` says so)."""

# Where other aliases of a typed name are looked for. Stories the directory recognised are
# already found through the partner/place fields; this catches the rest, cheaply: single-
# word aliases ("ПРООН", "БҰҰДБ") anywhere in the text, no phrases (each phrase reads
# positions, which made a one-word search of a place cost ~5x more at 10k stories).
ALIAS_TEXT_FIELDS = (TEXT_FIELD,)
ALIAS_TEXT_BOOST = 0.5
MAX_ALIAS_WORDS = 6
MAX_ALIASES_EXPANDED = 8


MAX_QUERY_TERMS = 64
"""Different words, phrases and fields a query searches at most; the rest are left out
(and counted in :attr:`ParsedQuery.ignored`). Each costs a few dozen index look-ups, and
a pasted page of text would take many seconds for no better answer."""

AND_FANOUT = 16
"""Most parts in one ``And`` node; longer conjunctions are nested (see :func:`all_of`)."""

_YEAR_RANGE = re.compile(r"^(\d{4})?\s*(?:\.\.|-|–)\s*(\d{4})?$")
FIRST_YEAR, LAST_YEAR = 0, 9999
"""The years an open-ended year range runs from and to."""
_YEAR = year_field()
_DATE_BOUND = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
_SPACES = re.compile(r"\s+")


def all_of(parts: Sequence[wq.Query]) -> wq.Query:
    """Documents matching every part, as a tree of ``And`` at most :data:`AND_FANOUT` wide.

    Whoosh turns one ``And`` of *n* parts into a chain of *n* nested matchers (it joins
    the two cheapest, then that pair with the next...), and every step through a chain of
    ~1,000 recursed past Python's limit: a pasted 1,500-word query raised RecursionError.
    Nested groups keep the depth to about ``16 × log16(n)``.
    """
    level = list(parts)
    if not level:
        return wq.NullQuery
    while len(level) > AND_FANOUT:
        level = [
            group[0] if len(group) == 1 else wq.And(group)
            for group in (
                level[start : start + AND_FANOUT] for start in range(0, len(level), AND_FANOUT)
            )
        ]
    return level[0] if len(level) == 1 else wq.And(level)


@dataclass
class NameIndex:
    """Canonical partner and place names with every alias, for resolving what users type.

    Attributes:
        partners: Folded name or alias → canonical partner name.
        places: Folded name or alias → canonical place name.
        countries: Canonical names of places that are countries.
        partner_aliases: Canonical partner name → all its names.
        place_aliases: Canonical place name → all its names.
    """

    partners: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)
    partner_aliases: dict[str, list[str]] = field(default_factory=dict)
    place_aliases: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_session(cls, session: Session) -> NameIndex:
        """Read every partner and place with its aliases from the catalogue.

        Plain rows, one query per table, partners and places in the order they were
        added and each one's aliases in theirs: where two share a name, the first wins.
        """
        names = cls()
        partner_rows = session.execute(
            select(Partner.name, PartnerAlias.alias)
            .outerjoin(PartnerAlias, PartnerAlias.partner_id == Partner.id)
            .order_by(Partner.id, PartnerAlias.id)
        )
        for name, alias in partner_rows:
            all_names = names.partner_aliases.get(name)
            if all_names is None:
                all_names = names.partner_aliases[name] = [name]
                names.partners.setdefault(fold_words(name), name)
            if alias is not None:
                all_names.append(alias)
                names.partners.setdefault(fold_words(alias), name)
        place_rows = session.execute(
            select(Place.name, Place.kind, PlaceAlias.alias)
            .outerjoin(PlaceAlias, PlaceAlias.place_id == Place.id)
            .order_by(Place.id, PlaceAlias.id)
        )
        for name, kind, alias in place_rows:
            all_names = names.place_aliases.get(name)
            if all_names is None:
                all_names = names.place_aliases[name] = [name]
                if kind == "country":
                    names.countries.add(name)
                names.places.setdefault(fold_words(name), name)
            if alias is not None:
                all_names.append(alias)
                names.places.setdefault(fold_words(alias), name)
        return names

    def partner(self, text: str) -> str | None:
        """The canonical partner ``text`` names, if any."""
        return self.partners.get(fold_words(text))

    def place(self, text: str) -> str | None:
        """The canonical place (or country) ``text`` names, if any."""
        return self.places.get(fold_words(text))


@dataclass
class ParsedQuery:
    """A parsed user query.

    Attributes:
        query: The Whoosh query (``NullQuery`` when nothing can match).
        text_terms: Analysed forms of the positive words, for highlighting.
        skeletons: Transliteration keys of the positive words, for highlighting.
        cross_keys: Cross-script keys of the positive words, for highlighting.
        words: Positive plain words as typed (``(original, folded)``), for suggestions.
        empty: True when the query holds nothing at all (every story matches).
        ignored: Terms left out because the query had more than
            :data:`MAX_QUERY_TERMS` different ones.
    """

    query: wq.Query
    text_terms: set[str] = field(default_factory=set)
    skeletons: set[str] = field(default_factory=set)
    cross_keys: set[str] = field(default_factory=set)
    words: list[tuple[str, str]] = field(default_factory=list)
    empty: bool = False
    ignored: int = 0


@dataclass
class _Clause:
    kind: str  # "word", "phrase", "field"
    text: str
    name: str = ""
    negated: bool = False
    or_next: bool = False


def _limit_clauses(clauses: list[_Clause]) -> tuple[list[_Clause], int]:
    """Drop repeated clauses (outside ``OR`` groups) and any past :data:`MAX_QUERY_TERMS`.

    Returns:
        The clauses kept and how many different ones were left out.
    """
    kept: list[_Clause] = []
    seen: set[tuple[str, str, str, bool]] = set()
    ignored = 0
    after_or = False
    for clause in clauses:
        in_group = clause.or_next or after_or
        after_or = clause.or_next
        key = (clause.kind, clause.name, " ".join(words(clause.text)), clause.negated)
        if key in seen and not in_group:
            continue
        if len(kept) >= MAX_QUERY_TERMS:
            if key not in seen:
                ignored += 1
            seen.add(key)
            continue
        seen.add(key)
        kept.append(clause)
    if kept:
        kept[-1].or_next = False
    return kept, ignored


def _lex(text: str) -> list[_Clause]:
    """Cut the query into clauses; never fails."""
    clauses: list[_Clause] = []
    i, n = 0, len(text)
    pending_or = False
    while i < n:
        ch = text[i]
        if ch.isspace() or ch in "()":
            i += 1
            continue
        negated = False
        if ch == "-" and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
            ch = text[i]
        if ch == '"':
            end = text.find('"', i + 1)
            if end < 0:
                # An unclosed quote: the rest is plain words.
                for word in text[i + 1 :].split():
                    clauses.append(_Clause("word", word.strip("()")))
                break
            clause = _Clause("phrase", text[i + 1 : end], negated=negated)
            i = end + 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] != '"':
                j += 1
            token = text[i:j].strip("()")
            i = j
            if token == "OR" and not negated:
                pending_or = True
                continue
            name, sep, value = token.partition(":")
            if sep and fold(name) in FIELD_NAMES:
                if not value and i < n and text[i] == '"':
                    end = text.find('"', i + 1)
                    value = text[i + 1 : end] if end >= 0 else text[i + 1 :]
                    i = end + 1 if end >= 0 else n
                if value.strip():
                    clause = _Clause("field", value.strip(), name=fold(name), negated=negated)
                else:
                    clause = _Clause("word", name, negated=negated)
            else:
                if not token:
                    continue
                clause = _Clause("word", token, negated=negated)
        if pending_or and clauses and not clause.negated and not clauses[-1].negated:
            clauses[-1].or_next = True
        pending_or = False
        clauses.append(clause)
    return clauses


class QueryBuilder:
    """Builds Whoosh queries from clauses, resolving names through a :class:`NameIndex`."""

    def __init__(self, names: NameIndex | None = None) -> None:
        self.names = names or NameIndex()

    # -- text --------------------------------------------------------------------------

    def _word(
        self,
        word: str,
        parsed: ParsedQuery,
        fields: Mapping[str, float],
        typed: str | None = None,
        plain: bool = False,
    ) -> wq.Query:
        """One word over ``fields``; a ``plain`` word (not a field query) also across scripts.

        ``typed`` is the word as typed (its cross-script key keeps ``ё``: ``yo``).
        """
        variants = word_variants(word)
        parsed.text_terms.update(variants)
        subs: list[wq.Query] = [
            wq.Term(name, form, boost=boost) for name, boost in fields.items() for form in variants
        ]
        if plain:
            keys = skeleton_variants(word)
            parsed.skeletons.update(keys)
            subs.extend(wq.Term("translit", key, boost=TRANSLIT_BOOST) for key in keys)
            cross = cross_query_terms(typed or word)
            parsed.cross_keys.update(cross)
            subs.extend(wq.Term("cross", term, boost=CROSS_SCRIPT_BOOST) for term in cross)
        return subs[0] if len(subs) == 1 else wq.Or(subs)

    def _phrase(
        self,
        folded: list[str],
        parsed: ParsedQuery,
        fields: Sequence[str],
        typed: Sequence[str] = (),
    ) -> wq.Query:
        """The words in order over ``fields``.

        With ``typed`` (the words as typed), also every word's cross-script key (the
        ``cross`` field keeps no positions: the words anywhere in the story).
        """
        sequences: list[list[str]] = []
        for language in (None, "kk", "bg"):
            seq = [index_form(word, language) for word in folded]
            if seq not in sequences:
                sequences.append(seq)
        for seq in sequences:
            parsed.text_terms.update(seq)
        subs: list[wq.Query] = [wq.Phrase(name, seq) for name in fields for seq in sequences]
        terms = [cross_query_terms(word) for word in dict.fromkeys(typed)]
        if terms and all(terms):
            for alternatives in terms:
                parsed.cross_keys.update(alternatives)
            cross = all_of(
                [
                    wq.Or([wq.Term("cross", t) for t in alternatives])
                    if len(alternatives) > 1
                    else wq.Term("cross", alternatives[0])
                    for alternatives in terms
                ]
            )
            cross.boost = CROSS_SCRIPT_BOOST
            subs.append(cross)
        return wq.Or(subs)

    def _alias_query(self, text: str, parsed: ParsedQuery) -> list[wq.Query]:
        """Extra matches for a word or phrase that names a known partner or place."""
        extra: list[wq.Query] = []
        partner = self.names.partner(text)
        if partner:
            extra.append(wq.Term("partner", partner, boost=2.0))
            extra.extend(
                self._alias_texts(self.names.partner_aliases.get(partner, []), text, parsed)
            )
        place = self.names.place(text)
        if place:
            extra.append(wq.Term("place", place, boost=2.0))
            extra.append(wq.Term("country", place, boost=2.0))
            extra.extend(self._alias_texts(self.names.place_aliases.get(place, []), text, parsed))
        return extra

    def _alias_texts(
        self, aliases: Iterable[str], typed: str, parsed: ParsedQuery
    ) -> list[wq.Query]:
        """Stories whose text says another alias of the name (e.g. "ПРООН" for "UNDP")."""
        typed_key = fold_words(typed)
        terms: set[str] = set()
        for alias in list(aliases)[: MAX_ALIASES_EXPANDED + 1]:
            folded = words(alias)
            if len(folded) != 1 or folded[0] == typed_key:
                continue
            form = index_form(folded[0], None)
            terms.add(form)
            if is_cyrillic(folded[0]) and folded[0] != form:
                terms.add(folded[0])
        parsed.text_terms.update(terms)
        return [
            wq.Term(name, term, boost=ALIAS_TEXT_BOOST)
            for name in ALIAS_TEXT_FIELDS
            for term in sorted(terms)
        ]

    def text_query(
        self,
        text: str,
        parsed: ParsedQuery,
        phrase: bool = False,
        remember: bool = True,
    ) -> wq.Query | None:
        """Plain words or a phrase, over the full text, with aliases resolved."""
        folded = words(text)
        if not folded:
            return None
        typed = [match.group() for match in WORD_RE.finditer(text)]
        if len(typed) != len(folded):
            typed = folded
        if len(folded) == 1:
            main = self._word(folded[0], parsed, PLAIN_FIELDS, typed[0], plain=True)
            if remember:
                parsed.words.append((text, folded[0]))
        elif phrase or not remember:
            main = self._phrase(folded, parsed, PHRASE_FIELDS, typed)
        else:
            # "Иссык-Куль", "24.kg": one typed token, several words — a phrase.
            main = self._phrase(folded, parsed, PHRASE_FIELDS, typed)
        extra = self._alias_query(text, parsed)
        return wq.Or([main, *extra]) if extra else main

    def _field_words(
        self, value: str, names: Sequence[str], parsed: ParsedQuery
    ) -> wq.Query | None:
        folded = words(value)
        if not folded:
            return None
        if len(folded) == 1:
            return self._word(folded[0], parsed, {name: 1.0 for name in names})
        return self._phrase(folded, parsed, names)

    # -- fields ------------------------------------------------------------------------

    def field_query(self, clause: _Clause, parsed: ParsedQuery) -> wq.Query | None:
        """A ``name:value`` clause, or ``None`` when the value makes no sense for the field."""
        name, value = clause.name, clause.text
        if name == "partner":
            partner = self.names.partner(value)
            if partner:
                return wq.Term("partner", partner)
            return self._field_words(value, ["partner_text"], parsed)
        if name in ("country", "place"):
            place = self.names.place(value)
            if place:
                if name == "country":
                    return wq.Term("country", place)
                return wq.Or([wq.Term("place", place), wq.Term("country", place)])
            return self._field_words(value, ["place_text"], parsed)
        if name in ("lang", "language"):
            code = fold(value).strip()
            code = normalise_language(code) or code
            if code.isalpha() and 2 <= len(code) <= 8:
                return wq.Term("lang", code)
            return None
        if name == "year":
            return year_query(value)
        if name == "sdg":
            digits = re.sub(r"\D", "", value)
            if digits and 1 <= int(digits) <= 17:
                return wq.Term("sdg", str(int(digits)))
            return None
        if name == "tag":
            return wq.Term("tag", fold(_SPACES.sub(" ", value.strip())))
        if name in ("source", "author", "title"):
            return self._field_words(value, [name], parsed)
        return None

    # -- the whole query ---------------------------------------------------------------

    def _clause_query(self, clause: _Clause, parsed: ParsedQuery) -> wq.Query | None:
        if clause.kind == "field":
            built = self.field_query(clause, parsed)
            if built is None:
                # Fall back to plain words: "year:abc" searches "year abc".
                return self.text_query(f"{clause.name} {clause.text}", parsed, phrase=False)
            return built
        if clause.negated:
            sink = ParsedQuery(wq.NullQuery)
            return self.text_query(
                clause.text, sink, phrase=clause.kind == "phrase", remember=False
            )
        return self.text_query(clause.text, parsed, phrase=clause.kind == "phrase")

    def _merge_alias_ngrams(self, clauses: list[_Clause]) -> list[_Clause]:
        """Join runs of plain words that spell a known multi-word name into one phrase."""
        merged: list[_Clause] = []
        i = 0
        while i < len(clauses):
            found = 0
            for size in range(min(MAX_ALIAS_WORDS, len(clauses) - i), 1, -1):
                run = clauses[i : i + size]
                if any(c.kind != "word" or c.negated or c.or_next for c in run[:-1]):
                    continue
                if run[-1].kind != "word" or run[-1].negated:
                    continue
                text = " ".join(c.text for c in run)
                if self.names.partner(text) or self.names.place(text):
                    merged.append(_Clause("phrase", text, or_next=run[-1].or_next))
                    found = size
                    break
            if found:
                i += found
            else:
                merged.append(clauses[i])
                i += 1
        return merged

    def parse(self, text: str) -> ParsedQuery:
        """Parse ``text``; never raises."""
        try:
            return self._parse(text)
        except Exception:  # a query must never fail: search plain words
            try:
                return self._plain(text)
            except Exception:  # not even that: nothing matches
                return ParsedQuery(wq.NullQuery, empty=False)

    def _plain(self, text: str, original: str | None = None) -> ParsedQuery:
        """``text`` as plain words, all of which must match.

        Only a blank query (``original``, else ``text``) matches every story; text with
        no words at all (``\"\"\"``, ``:::``, ``*``) matches none.
        """
        parsed = ParsedQuery(wq.NullQuery)
        unique = list(dict.fromkeys(text.split()))
        parsed.ignored = max(0, len(unique) - MAX_QUERY_TERMS)
        unique = unique[:MAX_QUERY_TERMS]
        subs = [q for w in unique if (q := self.text_query(w, parsed)) is not None]
        parsed.query = all_of(subs)
        parsed.empty = not (text if original is None else original).strip()
        if parsed.empty:
            parsed.query = wq.Every()
        return parsed

    def _parse(self, text: str) -> ParsedQuery:
        parsed = ParsedQuery(wq.NullQuery)
        if not text or not text.strip():
            parsed.query = wq.Every()
            parsed.empty = True
            return parsed
        clauses, parsed.ignored = _limit_clauses(self._merge_alias_ngrams(_lex(text)))
        positives: list[wq.Query] = []
        negatives: list[wq.Query] = []
        group: list[wq.Query] = []
        for clause in clauses:
            built = self._clause_query(clause, parsed)
            if clause.negated:
                if built is not None:
                    negatives.append(built)
                continue
            if built is not None:
                group.append(built)
            if not clause.or_next and group:
                positives.append(group[0] if len(group) == 1 else wq.Or(group))
                group = []
        if group:
            positives.append(group[0] if len(group) == 1 else wq.Or(group))
        if not positives and not negatives:
            return self._plain(text.replace('"', " ").replace(":", " "), original=text)
        base: wq.Query = all_of(positives) if positives else wq.Every()
        parsed.query = wq.AndNot(base, wq.Or(negatives)) if negatives else base
        return parsed


def year_query(value: str) -> wq.Query | None:
    """A year range from ``2024``, ``2023..2025``, ``2023..`` or ``..2025``, or the stories
    with no date from ``undated``; else ``None``."""
    value = value.strip()
    if value.casefold() == UNDATED:
        return wq.Not(wq.Every("year"))
    if value.isdigit() and len(value) == 4:
        return wq.NumericRange("year", int(value), int(value))
    match = _YEAR_RANGE.match(value)
    if match and (match.group(1) or match.group(2)):
        start = int(match.group(1)) if match.group(1) else FIRST_YEAR
        end = int(match.group(2)) if match.group(2) else LAST_YEAR
        if start > end:
            start, end = end, start
        return years_between(start, end)
    return None


def years_between(first: int, last: int) -> wq.Query:
    """Stories of the years ``first`` to ``last``, both included.

    A range of the full-precision year terms only (one term per year a story has), not
    Whoosh's ``NumericRange``: its split into coarser trie terms matched years outside wide
    ranges ("..2021" and "2023..9999" matched every dated story).
    """
    if first == last:
        return wq.NumericRange("year", first, first)
    return wq.TermRange("year", _YEAR.to_bytes(first), _YEAR.to_bytes(last))


def date_range(value: str) -> tuple[str, str] | None:
    """The bounds of a date range ``FROM..TO`` (``2024-03-01..2024-06-30``, ``2024..``,
    ``..2025-06``), each a full or partial ISO date or empty; ``None`` when it is not one.

    A partial bound covers its whole year or month: ``..2024-06`` ends on 30 June.
    """
    start, dots, end = value.strip().partition("..")
    start, end = start.strip(), end.strip()
    if not dots or not (start or end):
        return None
    for bound in (start, end):
        if bound and (_DATE_BOUND.match(bound) is None or not _real_date(bound)):
            return None
    if start and end and start > end:
        start, end = end, start
    return start, end


def _real_date(bound: str) -> bool:
    if len(bound) < 10:
        return True
    try:
        date.fromisoformat(bound)
    except ValueError:
        return False
    return True


def date_query(value: str) -> wq.Query | None:
    """Stories dated within the range ``value`` (see :func:`date_range`); undated ones are
    never within a range. ``None`` when ``value`` is not a range.

    The whole years inside the range are one numeric range on ``year`` (a few trie terms);
    only the days of a partly covered first or last year are a range of ``date`` terms, so
    a range of years costs what a year filter costs, not a union of a term per day.
    """
    bounds = date_range(value)
    if bounds is None:
        return None
    start, end = bounds
    # ISO dates compare as text; "~" sorts after any digit or "-", so "2024-06~" ends June.
    low, high = start or "0000", (end + "~") if end else "9999~"
    first_year = int(low[:4]) if low[4:] in ("", "-01", "-01-01") else int(low[:4]) + 1
    last_year = int(high[:4]) if high[4:] in ("~", "-12~", "-12-31~") else int(high[:4]) - 1
    if first_year > last_year:  # within one year: days only
        return wq.TermRange("date", start or None, (end + "~") if end else None)
    parts: list[wq.Query] = [
        years_between(first_year if start else FIRST_YEAR, last_year if end else LAST_YEAR)
    ]
    if start and int(low[:4]) < first_year:
        parts.append(wq.TermRange("date", start, f"{low[:4]}~"))
    if end and int(high[:4]) > last_year:
        parts.append(wq.TermRange("date", high[:4], high))
    return parts[0] if len(parts) == 1 else wq.Or(parts)


def filter_query(filters: Mapping[str, Sequence[str]] | None) -> wq.Query | None:
    """Facet selections (``{"countries": ["Kyrgyzstan"], "years": ["2025"]}``) and a date
    range (``{"dates": ["2024-01-01..2024-06-30"]}``) as a filter.

    Values of one facet are alternatives; different facets must all hold. Unknown facet
    names and unusable values are ignored.
    """
    if not filters:
        return None
    parts: list[wq.Query] = []
    for facet, values in filters.items():
        name = "date" if facet == DATE_FILTER else FACET_FIELDS.get(facet)
        if name is None or not values:
            continue
        if isinstance(values, str):
            values = [values]
        options: list[wq.Query] = []
        for value in values:
            value = str(value)
            built: wq.Query | None
            if name == "year":
                built = year_query(value)
            elif name == "date":
                built = date_query(value)
            elif name == "tag":
                built = wq.Term("tag", fold(value))
            else:
                built = wq.Term(name, value)
            if built is not None:
                options.append(built)
        parts.append(wq.Or(options) if options else wq.NullQuery)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)
