"""Text analysis for the search index: which form of each word is indexed and searched.

Words, folding, the Turkic fold and transliteration are :mod:`storydesk.text`'s; this module
decides, per word and story language, which of them (and which Snowball stemmer) applies.

Every word goes through the same steps: Unicode words are cut out, case-folded, ``ё`` is
folded to ``е``, and then one *treatment* is chosen for the word from its script and the
story's language:

* Latin words get the English Snowball stemmer (PyStemmer), except in Uzbek, Tajik,
  Bulgarian and Mongolian stories, where they stay whole.
* Cyrillic words get the Russian Snowball stemmer in Russian, English and unknown-language
  stories, unless they hold a letter Russian does not have (``әғқңөұүһі``): such words, and
  every Cyrillic word of a Kazakh or Kyrgyz story, get the *Turkic fold* instead — one
  case, plural or possessive suffix taken off when what remains is long enough (see
  :func:`storydesk.text.turkic_fold`). Cyrillic words of Uzbek, Tajik, Bulgarian and
  Mongolian stories stay whole: no Snowball stemmer exists for them and the Russian one
  mangles them.

Two more fields hold script-free keys, searched at a low weight: ``translit`` the
skeletons of names (capitalised words, :func:`skeleton`), ``cross`` the
:func:`~storydesk.text.cross_script_key` of the ordinary words of stories in a language
written in two alphabets (Uzbek, Kazakh, Kyrgyz, Tajik, Turkmen) and of words with their
letters (:func:`cross_term`), so ``yoshlar`` finds ``ёшлар`` and ``auyz su`` ``ауыз су``.

The story's language reaches the analyzer inside the text itself: :func:`tag_language`
puts a short marker before the text (a private-use character, the language code, the
marker again) and the analyzer reads and drops it. A query does not know which language
its words are in, so the query side asks :func:`word_variants` for every treatment's form
of a word and searches them all.

Analyzers are plain classes at a stable module path and hold no Snowball objects (those
live in a per-thread cache), because Whoosh pickles the schema, analyzers included, into
the index.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import Stemmer
from whoosh.analysis import Analyzer, Token

from storydesk.text import (
    CROSS_SCRIPT_LANGUAGES,
    WORD_RE,
    cross_script_key,
    fold,
    has_turkic_letters,
    is_cyrillic,
    is_turkic,
    merge_spellings,
    transliterate,
    turkic_fold,
    words,  # noqa: F401  (re-exported: benchmarks/baseline_fts5.py)
)

LANGUAGE_MARK = "\ue000"
"""Private-use character that brackets a language code at the start of a field value."""

TURKIC_LANGUAGES = frozenset({"kk", "ky"})
"""Languages whose Cyrillic words get the Turkic fold."""

UNSTEMMED_LANGUAGES = frozenset({"uz", "tg", "bg", "mn", "tk"})
"""Languages whose words are only folded: no stemmer fits them."""

_MARK_RE = re.compile(LANGUAGE_MARK + r"([a-z]{0,8})" + LANGUAGE_MARK)

# Spelling variants that differ between romanisations; folded to one form in skeletons.
_SKELETON_RULES = (
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("sch", "sh"),
    ("shch", "sh"),
    ("ts", "c"),
    ("yu", "u"),
    ("iu", "u"),
    ("ya", "a"),
    ("ia", "a"),
    ("yo", "o"),
    ("ye", "e"),
    ("w", "v"),
    ("q", "k"),
    ("x", "h"),
    ("'", ""),
    ("’", ""),
    ("ʻ", ""),
    ("ʼ", ""),
)
_VOWELS = "aeiouy"

_local = threading.local()


def _stemmer(language: str) -> Any:
    """This thread's PyStemmer object for ``language`` (Stemmer objects are not threadsafe)."""
    cache = getattr(_local, "stemmers", None)
    if cache is None:
        cache = _local.stemmers = {}
    stemmer = cache.get(language)
    if stemmer is None:
        stemmer = cache[language] = Stemmer.Stemmer(language)
        stemmer.maxCacheSize = 50000
    return stemmer


def tag_language(text: str, language: str | None) -> str:
    """``text`` with a marker telling the analyzer which language the story is in."""
    code = (language or "").strip().lower()[:8]
    if not code.isalpha():
        code = ""
    return f"{LANGUAGE_MARK}{code}{LANGUAGE_MARK} {text}"


def split_language(text: str) -> tuple[str | None, int]:
    """The language marked at the start of ``text`` and where the text proper begins."""
    if text.startswith(LANGUAGE_MARK):
        match = _MARK_RE.match(text)
        if match:
            return (match.group(1) or None), match.end()
    return None, 0


_RUSSIAN_NAME_ENDINGS = (
    "ами",
    "ями",
    "ого",
    "его",
    "ому",
    "ему",
    "ой",
    "ей",
    "ом",
    "ем",
    "ам",
    "ям",
    "ах",
    "ях",
    "ую",
    "юю",
)


def russian_light(word: str) -> str:
    """A folded Russian word without a consonant-bearing case ending ("Бишкеком" → "бишкек").

    Used only for transliteration keys: a name's vowel endings are dropped there anyway, and
    the full stemmer cuts names too deep ("Казахстан" → "казахста").
    """
    for ending in _RUSSIAN_NAME_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def russian_stem(word: str) -> str:
    """The Russian Snowball stem of a folded word."""
    return _stemmer("russian").stemWord(word)


def english_stem(word: str) -> str:
    """The English Snowball stem of a folded word."""
    return _stemmer("english").stemWord(word)


# Word frequencies follow Zipf's law, so a bounded cache of forms serves most words of an
# indexing run or a snippet from memory (the Turkic fold and the stemmers cost ~10 µs each).
@lru_cache(maxsize=262_144)
def index_form(word: str, language: str | None) -> str:
    """The one form a folded word of a story in ``language`` is indexed under."""
    if word.isdigit():
        return word
    if language in UNSTEMMED_LANGUAGES:
        return word
    if is_cyrillic(word):
        if language in TURKIC_LANGUAGES or is_turkic(word):
            return turkic_fold(word)
        return russian_stem(word)
    if word.isascii() or language not in TURKIC_LANGUAGES:
        return english_stem(word) if word.isalpha() else word
    return word


def index_forms(word: str, language: str | None) -> list[str]:
    """The forms a folded word of a story in ``language`` is indexed under.

    A Turkic-folded word is indexed both folded and whole, so a query's whole word also
    meets the folded form of a longer word ("Қарағанды" meets "Қарағандыдағы" even though
    the fold wrongly takes "ды" off the bare name).
    """
    form = index_form(word, language)
    if form != word and is_cyrillic(word) and (language in TURKIC_LANGUAGES or is_turkic(word)):
        return [form, word]
    return [form]


def word_variants(word: str) -> list[str]:
    """Every form a folded query word may be indexed under, whatever the story's language.

    The first form is the one a Russian or English story would use.
    """
    if word.isdigit():
        return [word]
    forms = [index_form(word, None), index_form(word, "kk"), word]
    unique: list[str] = []
    for form in forms:
        if form and form not in unique:
            unique.append(form)
    return unique


@lru_cache(maxsize=131_072)
def skeleton(word: str) -> str:
    """A script-free key of a folded word, so "Алматы", "Almaty" and "Алматыда" meet.

    Cyrillic words are first reduced (Turkic fold for Kazakh/Kyrgyz words, else
    :func:`russian_light`) and written in Latin letters; Latin words lose their
    diacritics. Then spelling variants of romanisations are merged (``dzh``/``j``,
    ``kh``/``h``...), doubled letters collapsed and trailing vowels dropped.
    """
    if is_cyrillic(word):
        return skeleton_from_base(turkic_fold(word) if is_turkic(word) else russian_light(word))
    latin = unicodedata.normalize("NFKD", word)
    return _latin_key("".join(ch for ch in latin if not unicodedata.combining(ch)))


def skeleton_variants(word: str) -> list[str]:
    """Skeletons of a folded query word under each treatment of Cyrillic words."""
    keys = [skeleton(word)]
    if is_cyrillic(word) and not is_turkic(word):
        turkic = skeleton_from_base(turkic_fold(word))
        if turkic not in keys:
            keys.append(turkic)
    return [key for key in keys if key]


def skeleton_from_base(base: str) -> str:
    """The skeleton of an already reduced Cyrillic base form."""
    return _latin_key(transliterate(base))


def _latin_key(latin: str) -> str:
    key = merge_spellings(latin, _SKELETON_RULES).rstrip(_VOWELS)
    return key if len(key) >= 2 else ""


@lru_cache(maxsize=131_072)
def _index_skeleton(word: str, language: str | None) -> str:
    if is_cyrillic(word) and (language in TURKIC_LANGUAGES or is_turkic(word)):
        return skeleton_from_base(turkic_fold(word))
    if is_cyrillic(word) and language in UNSTEMMED_LANGUAGES:
        return skeleton_from_base(word)
    return skeleton(word)


class _BaseAnalyzer(Analyzer):
    """Shared tokenizing for StoryDesk's analyzers (no state beyond plain settings)."""

    def _tokens(
        self,
        value: str,
        positions: bool,
        chars: bool,
        start_pos: int,
        start_char: int,
        mode: str,
        removestops: bool,
        boost: float,
    ) -> Iterator[tuple[Token, str, str, str | None]]:
        language, begin = split_language(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, boost=boost)
        pos = start_pos
        for match in WORD_RE.finditer(value, begin):
            original = match.group()
            token.stopped = False
            token.boost = boost
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            pos += 1
            yield token, original, fold(original), language

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        raise NotImplementedError


class StoryAnalyzer(_BaseAnalyzer):
    """Analyzer of the full-text fields (title, summary, body, captions, names...).

    Indexing emits :func:`index_forms` for the story's language; query mode emits every
    :func:`word_variants` form at the same position.
    """

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        """Yield the tokens of ``value`` (Whoosh's analyzer protocol)."""
        boost = kwargs.get("boost", 1.0)
        for token, original, word, language in self._tokens(
            value, positions, chars, start_pos, start_char, mode, removestops, boost
        ):
            if keeporiginal:
                token.original = original
            if mode == "query":
                for form in word_variants(word):
                    token.text = form
                    yield token
            else:
                for form in index_forms(word, language):
                    token.text = form
                    yield token


class TransliterationAnalyzer(_BaseAnalyzer):
    """Analyzer of the ``translit`` field: script-free :func:`skeleton` keys.

    At indexing time only names are kept (words starting with a capital letter); all words
    of names and aliases are passed in capitalised by the document builder.
    """

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        """Yield the tokens of ``value`` (Whoosh's analyzer protocol)."""
        boost = kwargs.get("boost", 1.0)
        if mode != "query" and is_story_text(value):
            yield from _story_skeletons(value, Token(positions, chars, boost=boost))
            return
        for token, original, word, language in self._tokens(
            value, positions, chars, start_pos, start_char, mode, removestops, boost
        ):
            if mode == "query":
                for key in skeleton_variants(word):
                    token.text = key
                    yield token
                continue
            if not original[:1].isupper() or word.isdigit():
                continue
            key = _index_skeleton(word, language)
            if key:
                token.text = key
                yield token


def has_cross_script_key(word: str, language: str | None) -> bool:
    """Whether a folded word of a story in ``language`` is indexed under its cross-script key.

    Every word of a story in a language written in two alphabets (Uzbek, Kazakh, Kyrgyz,
    Tajik, Turkmen) and any word with a letter of those languages; not the ordinary words of
    Russian or English stories, so a Russian ``мост`` does not meet an English ``most``.
    """
    if word.isdigit():
        return False
    return language in CROSS_SCRIPT_LANGUAGES or has_turkic_letters(word)


CYRILLIC_KEY_MARK = "="
"""Starts the ``cross`` field's term of a Cyrillic word (no word holds it), so a Cyrillic
query word meets only Latin words there: Cyrillic words meet Cyrillic words in the text
fields, and a Russian ``сон`` does not meet the Kyrgyz ``соң`` through the merged letters."""


@lru_cache(maxsize=262_144)
def cross_term(original: str, word: str, language: str | None) -> str:
    """The ``cross`` field's term for a word of a story in ``language`` ("" for none).

    Args:
        original: The word as written (its key keeps ``ё``).
        word: The folded word.
        language: The story's language.
    """
    if not has_cross_script_key(word, language):
        return ""
    key = cross_script_key(original)
    if not key:
        return ""
    return CYRILLIC_KEY_MARK + key if is_cyrillic(word) else key


def cross_query_terms(typed: str) -> list[str]:
    """The ``cross`` field's terms a query word searches: its key among Latin words and, for
    a Latin query word, among Cyrillic words ("yoshlar" meets "ёшлар" and "yoshlar", "zhana"
    meets "jaña"; "ёшлар" meets "yoshlar")."""
    key = cross_script_key(typed)
    if not key:
        return []
    return [key] if is_cyrillic(typed) else [key, CYRILLIC_KEY_MARK + key]


class CrossScriptAnalyzer(_BaseAnalyzer):
    """Analyzer of the ``cross`` field: :func:`~storydesk.text.cross_script_key` of words.

    At indexing time only words :func:`has_cross_script_key` accepts are kept; the key is
    computed from the word as written (``ё`` not folded: Uzbek ``ёшлар`` is ``yoshlar``);
    a Cyrillic word's key starts with :data:`CYRILLIC_KEY_MARK`. Query mode yields
    :func:`cross_query_terms`.
    """

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        """Yield the tokens of ``value`` (Whoosh's analyzer protocol)."""
        boost = kwargs.get("boost", 1.0)
        if mode != "query" and is_story_text(value):
            yield from _story_cross_terms(value, Token(positions, chars, boost=boost))
            return
        if mode != "query":
            language, _begin = split_language(value)
            if language not in CROSS_SCRIPT_LANGUAGES and not has_turkic_letters(value):
                return  # most Russian and English stories: no word has a key
        for token, original, word, language in self._tokens(
            value, positions, chars, start_pos, start_char, mode, removestops, boost
        ):
            if mode == "query":
                for term in cross_query_terms(original):
                    token.text = term
                    yield token
                continue
            term = cross_term(original, word, language)
            if term:
                token.text = term
                yield token


class SpellingAnalyzer(_BaseAnalyzer):
    """Analyzer of the ``spelling`` field: whole folded words, no stemming, no numbers."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        """Yield the tokens of ``value`` (Whoosh's analyzer protocol)."""
        boost = kwargs.get("boost", 1.0)
        if is_story_text(value):
            yield from _story_spellings(value, Token(positions, chars, boost=boost))
            return
        for token, _original, word, _language in self._tokens(
            value, positions, chars, start_pos, start_char, mode, removestops, boost
        ):
            if len(word) < 2 or len(word) > 40 or any(ch.isdigit() for ch in word):
                continue
            token.text = word
            yield token


# -- a whole story, analysed once ----------------------------------------------------------

STORY_PARTS: tuple[str, ...] = (
    "title",
    "summary",
    "body",
    "captions",
    "partners",
    "places",
    "meta",
)
"""The full-text parts of a story, in the order the combined ``text`` field holds them."""

PART_WEIGHTS: dict[str, float] = {
    "title": 3.0,
    "summary": 1.5,
    "body": 1.0,
    "captions": 1.0,
    "partners": 1.5,
    "places": 1.5,
    "meta": 0.5,
}
"""Weight of each part's words in the ``text`` field (each token's boost: BM25F adds them
into the term's frequency before saturating it)."""

PART_GAP = 100
"""Positions left empty between two parts, so a phrase never runs from one into the next."""

PLAIN_PARTS = frozenset({"title", "summary", "body", "captions"})
"""Parts holding the story's own text: their words get cross-script keys and spelling words;
their capitalised words get transliteration keys."""

NAME_PARTS = frozenset({"partners", "places"})
"""Parts holding names and aliases: every word of them gets a transliteration key."""

STORY_MARK = "\ue001"
"""Brackets the language code at the start of a :func:`story_text` value."""

_PART_MARK_BASE = 0xE010
_PART_MARKS = {part: chr(_PART_MARK_BASE + i) for i, part in enumerate(STORY_PARTS)}
_MARK_PARTS = {mark: part for part, mark in _PART_MARKS.items()}
_PART_SPLIT = re.compile("([" + "".join(_PART_MARKS.values()) + "])")
_PRIVATE_MARKS = re.compile("[\ue000-\ue01f]")
_STORY_RE = re.compile(STORY_MARK + r"([a-z]{0,8})" + STORY_MARK)


def story_text(language: str | None, parts: Mapping[str, str]) -> str:
    """One value holding every full-text part of a story and its language.

    The same string is given to the ``text``, ``translit``, ``cross`` and ``spelling``
    fields; the first analyzer to see it cuts it into words (:func:`analyse_story`) and the
    others reuse that analysis.

    Args:
        language: The story's language (``None`` when unknown).
        parts: Text of each part named in :data:`STORY_PARTS` (missing parts are empty).
    """
    code = (language or "").strip().lower()[:8]
    if not code.isalpha():
        code = ""
    pieces = [STORY_MARK, code, STORY_MARK]
    for part in STORY_PARTS:
        text = parts.get(part) or ""
        pieces.append(_PART_MARKS[part])
        pieces.append(_PRIVATE_MARKS.sub(" ", text))
    return "".join(pieces)


def is_story_text(value: Any) -> bool:
    """Whether ``value`` was made by :func:`story_text`."""
    return isinstance(value, str) and value.startswith(STORY_MARK)


class WordKeys(NamedTuple):
    """Everything the index derives from one word of a story in a given language."""

    word: str
    """The folded word."""
    forms: tuple[str, ...]
    """:func:`index_forms`: what the ``text`` field holds."""
    skeleton: str
    """The ``translit`` key when the word is a name ("" for none)."""
    cross: str
    """The ``cross`` field's term ("" for none)."""
    spelling: bool
    """Whether the ``spelling`` field holds the word."""


@lru_cache(maxsize=262_144)
def word_keys(original: str, language: str | None) -> WordKeys:
    """The index keys of a word as written in a story in ``language`` (cached: Zipf)."""
    word = fold(original)
    digits = any(ch.isdigit() for ch in word)
    return WordKeys(
        word=word,
        forms=tuple(index_forms(word, language)),
        skeleton="" if word.isdigit() else _index_skeleton(word, language),
        cross=cross_term(original, word, language),
        spelling=2 <= len(word) <= 40 and not digits,
    )


class StoryAnalysis(NamedTuple):
    """A :func:`story_text` value cut into words: each part with its words as written."""

    language: str | None
    parts: tuple[tuple[str, str, tuple[str, ...]], ...]
    """``(part, text, words as written)`` for every non-empty part, in order."""


_last_story: list[Any] = [None, None]  # (value, analysis) of the last story analysed


def analyse_story(value: str) -> StoryAnalysis:
    """Cut a :func:`story_text` value into parts and words, once per story.

    The four fields that read the value are indexed one after another, so a one-entry
    cache (per process) serves three of them.
    """
    last_value, last = _last_story
    if last is not None and (value is last_value or value == last_value):
        return last  # type: ignore[no-any-return]
    match = _STORY_RE.match(value)
    language = (match.group(1) or None) if match else None
    begin = match.end() if match else len(STORY_MARK)
    pieces = _PART_SPLIT.split(value[begin:])
    parts: list[tuple[str, str, tuple[str, ...]]] = []
    for i in range(1, len(pieces) - 1, 2):
        text = pieces[i + 1]
        if not text:
            continue
        found = tuple(WORD_RE.findall(text))
        if found:
            parts.append((_MARK_PARTS[pieces[i]], text, found))
    analysis = StoryAnalysis(language, tuple(parts))
    _last_story[0], _last_story[1] = value, analysis
    return analysis


def _name_words(text: str) -> list[str]:
    """Words of a names part, each whitespace-separated word's first letter capitalised
    (so every word of a name counts as a name; "Zakon.kz" gives "Zakon" and "kz")."""
    capitalised = " ".join(word[:1].upper() + word[1:] for word in text.split())
    return WORD_RE.findall(capitalised)


class CombinedTextAnalyzer(_BaseAnalyzer):
    """Analyzer of the combined ``text`` field.

    Indexing takes a :func:`story_text` value: every word of every part, as
    :func:`index_forms`, with the part's weight (:data:`PART_WEIGHTS`) as the token's
    boost and :data:`PART_GAP` positions between parts. Any other value (and query mode)
    is analysed as by :class:`StoryAnalyzer`.
    """

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        """Yield the tokens of ``value`` (Whoosh's analyzer protocol)."""
        if mode == "query" or not is_story_text(value):
            yield from StoryAnalyzer()(
                value,
                positions,
                chars,
                keeporiginal,
                removestops,
                start_pos,
                start_char,
                tokenize,
                mode,
                **kwargs,
            )
            return
        analysis = analyse_story(value)
        language = analysis.language
        token = Token(positions, False, removestops=removestops, mode=mode)
        pos = start_pos
        for part, _text, found in analysis.parts:
            token.boost = PART_WEIGHTS[part]
            for original in found:
                if positions:
                    token.pos = pos
                for form in word_keys(original, language).forms:
                    token.text = form
                    yield token
                pos += 1
            pos += PART_GAP


def _story_skeletons(value: str, token: Token) -> Iterator[Token]:
    """The ``translit`` tokens of a :func:`story_text` value: names and capitalised words."""
    analysis = analyse_story(value)
    language = analysis.language
    for part, text, found in analysis.parts:
        names: Sequence[str]
        if part in PLAIN_PARTS:
            names = found
        elif part in NAME_PARTS:
            names = _name_words(text)
        else:
            continue
        for original in names:
            if not original[:1].isupper():
                continue
            key = word_keys(original, language).skeleton
            if key:
                token.text = key
                yield token


def _plain_word_keys(value: str) -> Iterator[WordKeys]:
    """The keys of each word of a :func:`story_text` value's own text (not its names)."""
    analysis = analyse_story(value)
    for part, _text, found in analysis.parts:
        if part in PLAIN_PARTS:
            for original in found:
                yield word_keys(original, analysis.language)


def _story_cross_terms(value: str, token: Token) -> Iterator[Token]:
    """The ``cross`` tokens of a :func:`story_text` value (the story's own text only)."""
    for keys in _plain_word_keys(value):
        if keys.cross:
            token.text = keys.cross
            yield token


def _story_spellings(value: str, token: Token) -> Iterator[Token]:
    """The ``spelling`` tokens of a :func:`story_text` value (the story's own text only)."""
    for keys in _plain_word_keys(value):
        if keys.spelling:
            token.text = keys.word
            yield token
