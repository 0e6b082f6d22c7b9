"""Text rules every part of StoryDesk shares: folding, words, languages, Kazakh/Kyrgyz
suffixes, Cyrillic→Latin transliteration and cross-script keys.

A leaf module: it imports nothing from StoryDesk, so the catalogue, the importer, the
gazetteer and the search index can all build on it.

Folding. Every fold starts from :func:`fold` (NFC, case-folded, ``ё``→``е``); the others add
what their use needs. Each result is stored or compared somewhere, so none may change:

* :func:`fold`: one word at a time; search terms, tags in the index.
* :func:`fold_name`: also one kind of dash (``‐‑‒–—―−`` → ``-``) and single spaces; the
  catalogue's partner, place and tag names and aliases.
* :func:`fold_title`: :func:`fold_name` without quotes and punctuation; story keys, hence
  story ids.
* :func:`fold_words`: only the words, joined by single spaces; how search looks up a name
  typed in a query.
* :func:`fold_spelling`: one dash, apostrophes dropped, letter case kept on request
  (``keep_case``); the gazetteer's alias matcher, which tells acronyms by their capitals.

Languages. :data:`LANGUAGES` names, in English, every language StoryDesk files stories
under; :func:`language_name` gives the name the app shows (the language's own name);
:func:`normalise_language` reads the names and codes authors write ("eng", "Russian",
"ru-RU", "Қазақша").

Kazakh and Kyrgyz suffixes. One table of endings, by case, in every vowel-harmony variant,
with two views of it: :data:`TURKIC_SUFFIXES`, which the search index's :func:`turkic_fold`
may take off a word, and :data:`TURKIC_NAME_ENDINGS`, which the gazetteer accepts after a
place or partner name ("Шымкентте", "ПРООНдун").

Cross-script keys. :func:`cross_script_key` writes a word of Uzbek, Kazakh, Kyrgyz or Tajik
in either alphabet, or typed in plain Latin letters, as one key ("ёшлар" and "yoshlar",
"жаңа", "jaña" and "zhana"), for the search index's ``cross`` field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# --- folding ---------------------------------------------------------------------------------

WORD_RE = re.compile(r"\w+(?:['’ʻʼ]\w+)*", re.UNICODE)
"""A word: letters and digits, with inner apostrophes kept (Uzbek ``oʻzbek``, ``o’zbek``)."""

DASHES = "‐‑‒–—―−"
"""Unicode dashes (U+2010–U+2015, U+2212) that names fold to one ``-``."""

APOSTROPHES = "'’‘ʻʼ`´′"
"""Apostrophes and their look-alikes, which :func:`fold_spelling` drops."""

_SPACES = re.compile(r"\s+")
_DASH_RE = re.compile(f"[{DASHES}]")
_TITLE_PUNCTUATION = re.compile(r"[\"'«»“”„‘’`.,:;!?()\[\]{}]")
_SPELLING = str.maketrans({**{c: None for c in APOSTROPHES}, **{c: "-" for c in DASHES}})


def _fold(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.casefold().replace("ё", "е")


@lru_cache(maxsize=262_144)
def fold(text: str) -> str:
    """Case-fold ``text`` and fold ``ё`` to ``е``, in NFC: the form every other fold builds on.

    Cached: it runs on every word of every story indexed.

    Args:
        text: A word (or any text).

    Returns:
        The folded text ("Ёлка" → "елка").
    """
    return _fold(text)


def words(text: str) -> list[str]:
    """The folded words of ``text`` (see :data:`WORD_RE`), in order."""
    return [fold(m.group()) for m in WORD_RE.finditer(text)]


def fold_words(text: str) -> str:
    """Only the folded words of ``text``, joined by single spaces.

    Punctuation and dashes between words go ("Иссык-Куль" → "иссык куль"): the key search
    looks names up by, so a name typed in a query meets the catalogue's spelling.
    """
    return " ".join(words(text))


def fold_name(name: str) -> str:
    """A name as the catalogue compares it: folded, one kind of dash, single spaces.

    "ПРООН" and "проон", "Иссык–Куль" and "Иссык-Куль" fold the same; quotes and other
    punctuation are kept. Partner, place and tag rows and their aliases are keyed by it.
    """
    return _SPACES.sub(" ", _DASH_RE.sub("-", _fold(name))).strip()


def fold_title(title: str) -> str:
    """A title without case, quotes or punctuation, for recognising one story in two files.

    Part of a story's key, and so of its id: it must not change.
    """
    return _SPACES.sub(" ", _TITLE_PUNCTUATION.sub(" ", fold_name(title))).strip()


def fold_spelling(text: str, *, keep_case: bool = False) -> str:
    """NFC, ``ё``→``е``, one dash and no apostrophes, so spellings of one name meet.

    "O‘zbekiston" and "O'zbekiston", "Ысык–Көл" and "Ысык-Көл" fold the same.

    Args:
        text: A name or a whole text.
        keep_case: Keep letter case (the gazetteer tells acronyms by their capitals);
            otherwise the text is case-folded too.

    Returns:
        The folded text; its words are the same words as the input's.
    """
    spelled = (
        unicodedata.normalize("NFC", text).translate(_SPELLING).replace("ё", "е").replace("Ё", "Е")
    )
    return spelled if keep_case else spelled.casefold().replace("ё", "е")


# --- languages -------------------------------------------------------------------------------

# code, English name, the language's own name (as the app shows it)
_LANGUAGE_TABLE: tuple[tuple[str, str, str], ...] = (
    ("ru", "Russian", "Русский"),
    ("en", "English", "English"),
    ("kk", "Kazakh", "Қазақша"),
    ("ky", "Kyrgyz", "Кыргызча"),
    ("uz", "Uzbek", "Oʻzbekcha"),
    ("tg", "Tajik", "Тоҷикӣ"),
    ("tk", "Turkmen", "Türkmençe"),
    ("mn", "Mongolian", "Монгол"),
    ("bg", "Bulgarian", "Български"),
    ("uk", "Ukrainian", "Українська"),
)

LANGUAGES: dict[str, str] = {code: english for code, english, _own in _LANGUAGE_TABLE}
"""Every code language detection can return, with its English name."""

NATIVE_LANGUAGE_NAMES: dict[str, str] = {code: own for code, _english, own in _LANGUAGE_TABLE}
"""Every language's own name, as the desktop app shows it ("Қазақша", "Кыргызча")."""

# Names and codes authors write in front matter and spreadsheets, mapped to ISO 639-1.
_LANGUAGE_SPELLINGS: dict[str, str] = {
    **{code: code for code in LANGUAGES},
    **{name.casefold(): code for code, name in LANGUAGES.items()},
    "eng": "en",
    "rus": "ru",
    "kaz": "kk",
    "kir": "ky",
    "kyr": "ky",
    "kgz": "ky",
    "uzb": "uz",
    "tgk": "tg",
    "taj": "tg",
    "tuk": "tk",
    "mon": "mn",
    "bul": "bg",
    "ukr": "uk",
    "kirghiz": "ky",
    "русский": "ru",
    "английский": "en",
    "казахский": "kk",
    "кыргызский": "ky",
    "киргизский": "ky",
    "узбекский": "uz",
    "таджикский": "tg",
    "болгарский": "bg",
    "украинский": "uk",
    "туркменский": "tk",
    "монгольский": "mn",
    "қазақша": "kk",
    "қазақ": "kk",
    "кыргызча": "ky",
    "o'zbek": "uz",
    "oʻzbek": "uz",
    "ўзбек": "uz",
    "тоҷикӣ": "tg",
    "български": "bg",
    "українська": "uk",
}


def language_name(code: str) -> str | None:
    """The name the app shows for a language code ("kk" → "Қазақша"), ``None`` if unknown."""
    return NATIVE_LANGUAGE_NAMES.get(code)


def normalise_language(value: str) -> str | None:
    """An author's language value ("eng", "Russian", "ru-RU", "Қазақша") as ISO 639-1.

    Returns:
        The code, or ``None`` when the value names no language StoryDesk knows.
    """
    key = value.strip().casefold().replace("_", "-")
    if key in _LANGUAGE_SPELLINGS:
        return _LANGUAGE_SPELLINGS[key]
    head = key.split("-")[0]
    if head in _LANGUAGE_SPELLINGS:
        return _LANGUAGE_SPELLINGS[head]
    return head if len(head) == 2 and head.isascii() and head.isalpha() else None


# --- Kazakh and Kyrgyz suffixes ----------------------------------------------------------------

TURKIC_LETTERS = frozenset("әғқңөұүһі")
"""Kazakh and Kyrgyz letters Russian lacks: a word holding one is not Russian."""

# Endings by case, every vowel-harmony variant, Kazakh and Kyrgyz spellings together.
_PLURAL = "лар лер дар дер тар тер лор лөр дор дөр тор төр"
_LOCATIVE = "да де та те до дө то тө"
_DATIVE = "ға ге қа ке га го гө ка ко кө"
_GENITIVE = "ның нің дың дің тың тің нын нин нун нүн дын дин дун дүн тын тин тун түн"
_ACCUSATIVE = "ны ні ды ді ты ті ни ди ти ну нү ду дү ту тү"
_ABLATIVE = "нан нен дан ден тан тен нон нөн дон дөн тон төн"
_INSTRUMENTAL = "мен бен пен менен бенен пенен"
_LOCATIVE_ATTRIBUTIVE = "ндағы ндегі дағы дегі тағы тегі дагы деги догу дөгү тагы теги тогу төгү"
# 3rd-person possessive after a vowel, and possessive + case after a consonant.
_POSSESSIVE = "сы сі су сү"
_POSSESSIVE_CASE = "ының інің ынын унун үнүн ында інде унда үндө"

_SHARED_ENDINGS = frozenset(
    " ".join(
        (
            _PLURAL,
            _LOCATIVE,
            _DATIVE,
            _GENITIVE,
            _ACCUSATIVE,
            _ABLATIVE,
            _INSTRUMENTAL,
            _LOCATIVE_ATTRIBUTIVE,
            _POSSESSIVE,
            _POSSESSIVE_CASE,
        )
    ).split()
)

# What may follow a plural ending in one word ("ұйымдардың", "мектептерде").
_AFTER_PLURAL = (
    *("", "ы", "і", "и", "у", "ү", "да", "де", "до", "дө", "ға", "ге", "га", "го", "гө"),
    *("ның", "нің", "нын", "нин", "нун", "нүн", "ды", "ді", "ди", "ду", "дү"),
    *("дан", "ден", "дон", "дөн", "мен", "менен", "ынын", "ының", "інің", "ында", "інде"),
    *("ына", "іне"),
)
# Possessive + case stacks after a vowel ("білімінің" is left to the consonant forms).
_POSSESSIVE_STACKS = """сының сінің сынын синин сунун сүнүн сында сінде сынде синде сунда сүндө
    сына сіне сина суна сүнө сын сін син сун сүн сынан сінен синен сунан сүнөн си инин инде"""

TURKIC_SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        _SHARED_ENDINGS
        | {p + c for p in _PLURAL.split() for c in _AFTER_PLURAL}
        | set(_POSSESSIVE_STACKS.split()),
        key=lambda s: (-len(s), s),
    )
)
"""Endings :func:`turkic_fold` may take off a word, longest first: case, plural and
possessive endings and their common stacks. Single-letter endings are left alone: too many
stems end in a vowel."""

# Endings after a name the gazetteer also accepts: single letters and the forms with a
# buffer "н"/"ы"/"і" that follow a name ending in a vowel or a consonant ("Нарынга",
# "Алматыны", "ПРООНун").
_NAME_ONLY_ENDINGS = """н ы і на не но нө нда нде ндо ндө ндагы ндеги ндогу ндөгү дого
    ын ін ун үн ына іне уна үнө ынан інен унан үнөн ындағы індегі ундагы үндөгү
    ыда іде ыдан іден ыға іге ыны іні ыдагы ыдағы"""

TURKIC_NAME_ENDINGS: frozenset[str] = _SHARED_ENDINGS | frozenset(_NAME_ONLY_ENDINGS.split())
"""Kazakh and Kyrgyz endings the gazetteer accepts after a known name ("Шымкентте")."""

_TURKIC_SUFFIXES_BY_LENGTH: tuple[tuple[int, frozenset[str]], ...] = tuple(
    (length, frozenset(e for e in TURKIC_SUFFIXES if len(e) == length))
    for length in sorted({len(e) for e in TURKIC_SUFFIXES}, reverse=True)
)

TURKIC_MIN_STEM = 5
"""Letters a word must keep after the Turkic fold (see docs/search.md for the measurement)."""

# Endings that look like a suffix but belong to the stem: country names in -стан
# (Қазақстан, not Қазақс + тан).
_TURKIC_PROTECTED = ("стан",)


def is_turkic(word: str) -> bool:
    """Whether ``word`` holds a Kazakh/Kyrgyz letter Russian lacks."""
    return any(ch in TURKIC_LETTERS for ch in word)


@lru_cache(maxsize=262_144)
def turkic_fold(word: str, min_stem: int = TURKIC_MIN_STEM) -> str:
    """Take one Kazakh/Kyrgyz case, plural or possessive ending off a folded word.

    The longest ending of :data:`TURKIC_SUFFIXES` is removed when at least ``min_stem``
    letters remain and the word does not end in a protected ending ("Шымкентте" →
    "шымкент", "Қазақстан" stays).

    Args:
        word: A folded (case-folded, ё→е) word.
        min_stem: Letters that must remain.

    Returns:
        The folded word.
    """
    if len(word) <= min_stem + 1 or word.endswith(_TURKIC_PROTECTED):
        return word
    # Longest ending first, as the ending list is ordered: one set lookup per length.
    for length, endings in _TURKIC_SUFFIXES_BY_LENGTH:
        if len(word) - length >= min_stem and word[-length:] in endings:
            return word[:-length]
    return word


# --- transliteration -------------------------------------------------------------------------

_CYRILLIC_TO_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "ә": "a",
    "ғ": "g",
    "қ": "k",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
    "ӯ": "u",
    "ӣ": "i",
    "ҳ": "h",
    "ҷ": "j",
    "ў": "u",
    "ї": "i",
    "є": "e",
    "ґ": "g",
    "ј": "j",
    "љ": "l",
    "њ": "n",
    "ћ": "c",
    "ђ": "d",
    "џ": "j",
}


def is_cyrillic(word: str) -> bool:
    """Whether ``word`` holds a Cyrillic letter."""
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def transliterate(word: str) -> str:
    """Latin letters for a folded Cyrillic word (Latin words pass through).

    Russian, Kazakh, Kyrgyz, Tajik, Uzbek, Ukrainian and Serbian letters each get one Latin
    spelling ("шымкент" → "shymkent", "өскемен" → "oskemen").
    """
    if not is_cyrillic(word):
        return word
    return "".join(_CYRILLIC_TO_LATIN.get(ch, ch) for ch in word)


# --- cross-script keys -----------------------------------------------------------------------

CROSS_SCRIPT_LANGUAGES = frozenset({"uz", "kk", "ky", "tg", "tk"})
"""Languages written in both the Latin and the Cyrillic alphabet (or typed in Latin letters
by people without a Cyrillic keyboard): every word of their stories gets a
:func:`cross_script_key`."""

_CROSS_CYRILLIC = {
    **_CYRILLIC_TO_LATIN,
    # Uzbek: ў is oʻ, ё yo, ж j, х x (merged with h below), ц ts, ъ the tutuq belgisi.
    "ў": "o",
    "ё": "yo",
    "ж": "j",
    "х": "h",
    "ц": "c",
    "щ": "sh",
    "ъ": "",
    "ь": "",
}

# Latin letters of Uzbek (1995), Kazakh (2021), Kyrgyz and Tajik romanisations, Turkmen and
# Turkish-style spellings, mapped to the plain letters the Cyrillic side is written with.
_CROSS_LATIN = {
    **{ch: "" for ch in APOSTROPHES + "ʿʾ"},
    "ä": "a",
    "ğ": "g",
    "ñ": "n",
    "ň": "n",
    "ö": "o",
    "ū": "u",
    "ü": "u",
    "ı": "i",
    "ī": "i",
    "ş": "sh",
    "ç": "ch",
    "ž": "j",
    "š": "sh",
    "č": "ch",
    "ý": "y",
    "q": "k",
    "x": "h",
    "w": "v",
}

# Spellings the romanisations disagree on, merged in both scripts' keys (applied in order).
_CROSS_MERGES = (
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ts", "c"),
    ("ng", "n"),
    ("ye", "e"),
)

# Uzbek and Tajik endings the cross-script fold also takes (Kazakh/Kyrgyz come from
# TURKIC_SUFFIXES): Uzbek plural, genitive, dative, locative, ablative, accusative and their
# stacks; Tajik plural -ҳо/-ҳои and object -ро.
_CROSS_EXTRA_SUFFIXES = """lar lari larni larga larda lardan larning laridagi ning ni ga ka qa
    da dan dagi ho hoi ro"""


def _cross_letters(word: str) -> str:
    table = _CROSS_CYRILLIC if is_cyrillic(word) else _CROSS_LATIN
    latin = "".join(table.get(ch, ch) for ch in word)
    if not latin.isascii():
        decomposed = unicodedata.normalize("NFKD", latin)
        latin = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return merge_spellings(latin, _CROSS_MERGES)


def merge_spellings(latin: str, rules: Sequence[tuple[str, str]]) -> str:
    """``latin`` with each ``(old, new)`` spelling rule applied in order, then doubled
    letters collapsed: one form for the ways romanisations write a sound ("zh"/"j")."""
    for old, new in rules:
        if old in latin:
            latin = latin.replace(old, new)
    collapsed: list[str] = []
    for ch in latin:
        if not collapsed or collapsed[-1] != ch:
            collapsed.append(ch)
    return "".join(collapsed)


_CROSS_SUFFIXES = frozenset(
    {_cross_letters(s) for s in TURKIC_SUFFIXES} | set(_CROSS_EXTRA_SUFFIXES.split())
)
_CROSS_SUFFIXES_BY_LENGTH: tuple[tuple[int, frozenset[str]], ...] = tuple(
    (length, frozenset(s for s in _CROSS_SUFFIXES if len(s) == length))
    for length in sorted({len(s) for s in _CROSS_SUFFIXES}, reverse=True)
    if length >= 2
)


@lru_cache(maxsize=262_144)
def cross_script_key(word: str) -> str:
    """One key for a word in every script of Uzbek, Kazakh, Kyrgyz and Tajik.

    The word is case-folded (``ё`` kept: Uzbek ``ё`` is ``yo``), written in plain Latin
    letters (Cyrillic by a table; Latin with its diacritics and apostrophes dropped:
    ``oʻ`` → ``o``, ``ş`` → ``sh``), the spellings romanisations disagree on merged
    (``zh``/``j``, ``kh``/``x``/``h``, ``q``/``k``, ``ts``/``c``, ``ng``/``ñ``, ``ye``/``e``),
    doubled letters collapsed, and one case, plural or possessive ending taken off as by
    :func:`turkic_fold`, in those letters, so inflected forms meet: ``ёшлар`` and
    ``yoshlar`` → ``yoshlar``; ``ауыз`` and ``auyz``; ``марказда`` and ``markazda`` →
    ``markaz``. Short words keep their key (``су``, ``su`` → ``su``).

    Args:
        word: A word as written (any case; not yet ``ё``-folded).

    Returns:
        The key; empty for a word with a digit.
    """
    if not word.isascii():
        word = unicodedata.normalize("NFC", word)
    word = word.casefold()
    if any(ch.isdigit() for ch in word):
        return ""
    key = _cross_letters(word)
    if len(key) <= TURKIC_MIN_STEM + 1 or key.endswith(("stan", "ston")):
        return key
    for length, endings in _CROSS_SUFFIXES_BY_LENGTH:
        if len(key) - length >= TURKIC_MIN_STEM and key[-length:] in endings:
            return key[:-length]
    return key


_CROSS_TURKIC_LETTERS = "әғқңөұүһіўҳҷӣӯäğñňöūüışçʻ"
# Both cases, but not "I" (the capital of the dotless "ı", also the English capital i).
_CROSS_TURKIC_RE = re.compile(
    "["
    + _CROSS_TURKIC_LETTERS
    + "".join(ch.upper() for ch in _CROSS_TURKIC_LETTERS if ch.upper().lower() == ch)
    + "]"
)


def has_turkic_letters(text: str) -> bool:
    """Whether a word (or a text) holds a letter of Kazakh, Kyrgyz, Uzbek, Tajik or Turkmen
    that Russian and English lack (Cyrillic ``әғқңөұүһіўҳҷӣӯ``, Latin ``äğñöūüışç`` or the
    Uzbek ``ʻ``), in either case."""
    return _CROSS_TURKIC_RE.search(text) is not None


def spaced_fingerprint(fingerprint: str, groups: int | None = None) -> str:
    """A key fingerprint in groups of four, to read aloud ("3f2a 91c0 …").

    With ``groups``, only the first that many groups, then "…" when there are more.
    """
    parts = [fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4)]
    if groups is None or len(parts) <= groups:
        return " ".join(parts)
    return " ".join(parts[:groups]) + " …"


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, ending with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    at_word = cut.rsplit(" ", 1)[0].rstrip(" ,;:—–-")
    if len(at_word) >= limit // 2:
        cut = at_word
    return f"{cut}…"
