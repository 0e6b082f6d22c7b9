"""SDG suggestions: the Sustainable Development Goals a story's text speaks of.

Goals are *proposed* from the words of a story's title, summary and body, for an editor to
confirm; they are never stored as facts (a story's ``sdgs`` stay what its file says or what
an editor set).

Keyword lists per goal and language live in ``resources/sdg/keywords.yaml`` (Russian,
English, Kazakh, Kyrgyz, Uzbek in both alphabets, Tajik), each term *strong* (one is enough)
or *weak* (two different ones are needed). Words are matched as the search index reads them
(:mod:`storydesk.search.analysis`, :mod:`storydesk.text`):

* English and Russian words on their Snowball stems ("орошения" meets "орошение");
* Kazakh, Kyrgyz, Uzbek and Tajik words on their stem followed by case, plural and
  possessive endings (the endings :data:`storydesk.text.TURKIC_SUFFIXES` lists, and Uzbek
  and Tajik ones here), with the final consonant voiced before an ending ("денсаулық" meets
  "денсаулығы"); Cyrillic Uzbek is read in Latin letters, so one Latin list serves both;
* a term word ending in ``*`` meets every word beginning so, and one starting with ``=``
  only that very word (folded), where a stem would reach too far ("=hospital" is not
  "hospitality").

The phrases listed under ``ignore`` count for no goal: their words are taken out of the
matching ("creative industries" are not goal 9's industry).

Which lists read a story follows its language; a story of no known language is read with
the list its letters point to (:func:`lists_for`). ``SDG 6``, ``ЦУР 13`` and the like,
written in the text, are strong evidence for their goal.

The lists are read and compiled once per process (:func:`lexicons`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from storydesk.catalogue.models import SDG_NAMES
from storydesk.resources import resource
from storydesk.search.analysis import english_stem, russian_stem
from storydesk.text import TURKIC_NAME_ENDINGS, TURKIC_SUFFIXES, fold, is_cyrillic

KEYWORDS_FILE = ("sdg", "keywords.yaml")
"""Where the keyword lists sit inside the resources folder."""

LANGUAGES = ("en", "ru", "kk", "ky", "uz", "tg")
"""Languages with keyword lists."""

STRONG = 1.0
"""Evidence one strong term gives."""
WEAK = 0.5
"""Evidence one weak term gives."""
THRESHOLD = 1.0
"""Evidence a goal needs in a short text (one strong term, or two weak ones)."""
SHORT_TEXT = 150
"""Words up to which a text is short; each doubling of the length beyond asks
:data:`LENGTH_STEP` more evidence, up to :data:`MAX_THRESHOLD` (a long text names a
hospital or a school in passing)."""
LENGTH_STEP = 0.25
MAX_THRESHOLD = 2.0
REPEAT_BONUS = 0.25
"""Extra evidence for each further occurrence of a term (up to :data:`REPEAT_CAP` of them)."""
REPEAT_CAP = 4
HEAD_FACTOR = 1.5
"""Weight of a term found in the title or summary."""
MAX_TERMS = 5
"""Most matched words a suggestion lists."""
MAX_BODY = 200_000
"""Characters of a body read (about 30,000 words): enough to tell what a story is about,
and a bound on the time a huge one takes."""

_APOSTROPHES = "'’ʻʼ‘`´′"
_WORD_RE = re.compile(rf"\w+(?:[{_APOSTROPHES}]\w+)*", re.UNICODE)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_TERM_SPLIT = re.compile(r"[\s\-‐‑‒–—]+")
_STRIP_APOSTROPHES = str.maketrans({c: None for c in _APOSTROPHES})

# "SDG 6", "SDG6", "SDGs 13", "ЦУР 6", "ЦУР-13", Kazakh ТДМ, Kyrgyz ТӨМ, Uzbek BRM / БРМ,
# Tajik ҲРУ; a target ("SDG 6.1") counts for its goal.
_EXPLICIT_RE = re.compile(
    r"(?<!\w)(?:SDGs?|ЦУР|ТДМ|ТӨМ|BRM|БРМ|ҲРУ)\s?[-#№]?\s?(\d{1,2})(?:\.\w{1,2})?(?!\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SdgSuggestion:
    """One goal proposed for a story, with the words of its text that point to it.

    Attributes:
        goal: The goal's number, 1 to 17.
        name: The goal's canonical English name (:data:`storydesk.catalogue.models.SDG_NAMES`).
        score: How strong the evidence is, from 0.5 (just enough) towards 1.0.
        terms: The words of the text that matched, as they appear in it, strongest first.
    """

    goal: int
    name: str
    score: float
    terms: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The suggestion as ``show --json`` gives it."""
        return {
            "goal": self.goal,
            "name": self.name,
            "score": self.score,
            "terms": list(self.terms),
        }


# --- how each language reads a word ---------------------------------------------------------


def _chains(parts: Iterable[str], depth: int) -> frozenset[str]:
    """Every concatenation of 1 to ``depth`` of ``parts``."""
    base = sorted(set(parts))
    result: set[str] = set(base)
    layer = set(base)
    for _ in range(depth - 1):
        layer = {a + b for a in layer for b in base}
        result |= layer
    return frozenset(result)


_TURKIC_POSSESSIVE = ("ы", "і", "и", "у", "ү", "сы", "сі", "си", "су", "сү")
_TURKIC_PLURAL = (
    "лар",
    "лер",
    "дар",
    "дер",
    "тар",
    "тер",
    "лор",
    "лөр",
    "дор",
    "дөр",
    "тор",
    "төр",
)
_TURKIC_ENDINGS = frozenset(TURKIC_SUFFIXES) | TURKIC_NAME_ENDINGS
# A possessive is followed by a case ending, never by a plural ("қыз-ы-лорда" is no word).
_TURKIC_CASES = frozenset(e for e in _TURKIC_ENDINGS if not e.startswith(_TURKIC_PLURAL))
TURKIC_CHAINS = (
    _TURKIC_ENDINGS
    | frozenset(_TURKIC_POSSESSIVE)
    | frozenset(p + e for p in _TURKIC_POSSESSIVE for e in _TURKIC_CASES)
    # plural, possessive, case: "кәсіпкер-лер-і-мен", "мектеп-тер-і-нде"
    | frozenset(
        n + p + e for n in _TURKIC_PLURAL for p in _TURKIC_POSSESSIVE[:5] for e in _TURKIC_CASES
    )
)
"""What may follow a Kazakh or Kyrgyz stem in one word."""

UZBEK_ENDINGS = (
    *("lar", "i", "si", "ning", "ni", "ga", "ka", "qa", "da", "dan", "dagi"),
    *("im", "ing", "imiz", "ingiz", "miz", "ngiz", "gi", "ham", "dek", "day"),
)
"""Uzbek plural, possessive and case endings and particles (Latin letters, no apostrophes)."""
UZBEK_CHAINS = _chains(UZBEK_ENDINGS, 3)
"""What may follow an Uzbek stem in one word: up to three endings."""

TAJIK_ENDINGS = (
    *("ҳо", "и", "ро", "он", "ён", "гон", "вон", "е"),
    *("аш", "ам", "ат", "амон", "атон", "ашон", "мон", "тон", "шон"),
)
"""Tajik plural, ezafe, object and possessive endings (``ӣ`` read as ``и``)."""
TAJIK_CHAINS = _chains(TAJIK_ENDINGS, 3)
"""What may follow a Tajik stem in one word: up to three endings."""

_VOICED = {"к": "г", "қ": "ғ", "п": "б", "k": "g", "q": "g"}

_UZ_CYRILLIC = {
    **dict(zip("абвгдзийклмнопрстуфхэ", "abvgdziyklmnoprstufxe", strict=True)),
    "ё": "yo",
    "ж": "j",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",
    "ъ": "",
    "ь": "",
    "ы": "i",
    "ю": "yu",
    "я": "ya",
    "ў": "o",
    "қ": "q",
    "ғ": "g",
    "ҳ": "h",
    "е": "e",
}
_UZ_VOWELS = set("аеёиоуўэюяы")


def _uzbek(word: str) -> str:
    """An Uzbek word in plain Latin letters without apostrophes ("Ўзбекистон" → "ozbekiston")."""
    word = unicodedata.normalize("NFC", word).casefold().translate(_STRIP_APOSTROPHES)
    if not is_cyrillic(word):
        return word
    out: list[str] = []
    previous = ""
    for ch in word:
        if ch == "е" and (not previous or previous in _UZ_VOWELS or previous in "ъь"):
            out.append("ye")
        else:
            out.append(_UZ_CYRILLIC.get(ch, ch))
        previous = ch
    return "".join(out)


def _tajik(word: str) -> str:
    return fold(word).replace("ӣ", "и").replace("ӯ", "у")


def _english(word: str) -> str:
    word = fold(word)
    for tail in ("'s", "’s"):
        if word.endswith(tail):
            word = word[: -len(tail)]
    return word.translate(_STRIP_APOSTROPHES)


@dataclass(frozen=True)
class Reader:
    """How one language's list reads a word: its normal form and the keys it is filed under."""

    language: str

    def normal(self, word: str) -> str:
        """The form prefix terms are compared with ("Ўзбек" → "ozbek")."""
        if self.language == "uz":
            return _uzbek(word)
        if self.language == "tg":
            return _tajik(word)
        if self.language == "en":
            return _english(word)
        return fold(word)

    def applies(self, normal: str) -> bool:
        """Whether a word of this form can be a word of this language (by its letters)."""
        if not normal or normal.isdigit():
            return False
        if self.language in ("en", "uz"):
            return normal.isascii()
        return is_cyrillic(normal)

    def keys(self, normal: str) -> tuple[str, ...]:
        """The keys a text word is looked up under."""
        return _text_keys(self.language, normal)

    def term_keys(self, normal: str) -> tuple[str, ...]:
        """The keys a term's word is filed under."""
        if self.language == "en":
            return (english_stem(normal),)
        if self.language == "ru":
            return (russian_stem(normal),)
        last = normal[-1:]
        if last in _VOICED:
            return (normal, normal[:-1] + _VOICED[last])
        return (normal,)


_CHAINS = {"kk": TURKIC_CHAINS, "ky": TURKIC_CHAINS, "uz": UZBEK_CHAINS, "tg": TAJIK_CHAINS}
SHORT_STEM = 3
"""Stems this short ("су", "мал", "suv") take one ending only, not a stack of them: "мал-ина"
is a raspberry, not cattle."""
_SHORT_STEM_CHAINS = {
    "kk": _TURKIC_ENDINGS | frozenset(_TURKIC_POSSESSIVE),
    "ky": _TURKIC_ENDINGS | frozenset(_TURKIC_POSSESSIVE),
    "uz": frozenset(UZBEK_ENDINGS),
    "tg": frozenset(TAJIK_ENDINGS),
}
_LONGEST_CHAIN = {lang: max(map(len, chains)) for lang, chains in _CHAINS.items()}


@lru_cache(maxsize=262_144)
def _text_keys(language: str, normal: str) -> tuple[str, ...]:
    if language == "en":
        return (english_stem(normal),)
    if language == "ru":
        return (russian_stem(normal),)
    chains = _CHAINS[language]
    short_chains = _SHORT_STEM_CHAINS[language]
    shortest = max(2, len(normal) - _LONGEST_CHAIN[language])
    keys = [normal]
    for i in range(shortest, len(normal)):
        ending = normal[i:]
        if ending in (short_chains if i <= SHORT_STEM else chains):
            keys.append(normal[:i])
    return tuple(keys)


# --- the compiled lists -----------------------------------------------------------------------

IGNORE_KEY = "ignore"
"""The keyword file's list of phrases whose words count for no goal ("creative industries")."""
IGNORE = 0
"""The goal number the ignored phrases are filed under."""

KEY, PREFIX, EXACT = 0, 1, 2
"""How a term's word matches: on its key (stem, or stem and endings), as a prefix, exactly."""


@dataclass(frozen=True)
class Term:
    """One keyword or phrase of a goal's list, compiled."""

    goal: int
    strong: bool
    text: str
    words: tuple[tuple[int, tuple[str, ...]], ...]
    """Per word: how it matches (:data:`KEY`, :data:`PREFIX`, :data:`EXACT`) and its keys
    (or its one prefix or form)."""
    concept: str
    """The first term of its group: the terms of one group ("женщина", "девушка") are one
    piece of evidence, however many of them the text uses."""

    def matches_at(self, tokens: Sequence[Token], start: int) -> bool:
        """Whether the term's words stand in ``tokens`` from ``start`` on."""
        if start + len(self.words) > len(tokens):
            return False
        for offset, (mode, keys) in enumerate(self.words):
            token = tokens[start + offset]
            if mode == PREFIX:
                if not token.normal.startswith(keys[0]):
                    return False
            elif mode == EXACT:
                if token.normal != keys[0]:
                    return False
            elif not any(k in token.keys for k in keys):
                return False
        return True


@dataclass
class Lexicon:
    """One language's terms, filed by their first word for quick lookup."""

    reader: Reader
    by_key: dict[str, list[Term]] = field(default_factory=dict)
    by_prefix: dict[str, list[Term]] = field(default_factory=dict)
    by_exact: dict[str, list[Term]] = field(default_factory=dict)
    size: int = 0

    def add(self, term: Term) -> None:
        """File ``term`` under its first word."""
        mode, keys = term.words[0]
        if mode == PREFIX:
            self.by_prefix.setdefault(keys[0][:3], []).append(term)
        elif mode == EXACT:
            self.by_exact.setdefault(keys[0], []).append(term)
        else:
            for key in keys:
                self.by_key.setdefault(key, []).append(term)
        self.size += 1

    def candidates(self, token: Token) -> Iterator[Term]:
        """Terms whose first word may be ``token``."""
        for key in token.keys:
            yield from self.by_key.get(key, ())
        yield from self.by_prefix.get(token.normal[:3], ())
        yield from self.by_exact.get(token.normal, ())


@dataclass(frozen=True)
class Token:
    """A word of the text as one language's list reads it."""

    normal: str
    keys: tuple[str, ...]
    start: int
    end: int
    head: bool


class KeywordError(ValueError):
    """The keyword file is malformed (a packaging error, not a user's)."""


def compile_terms(
    goal: int, language: str, strong: bool, terms: Iterable[str | list[str]]
) -> list[Term]:
    """Compile one list of terms of one goal in one language.

    An item of ``terms`` is a term, or a list of terms that count as one (a group).
    """
    reader = Reader(language)
    compiled: list[Term] = []
    for item in terms:
        group = [str(t) for t in item] if isinstance(item, list) else [str(item)]
        if not group:
            raise KeywordError(f"goal {goal} ({language}): empty group")
        for text in group:
            compiled.append(_compile_term(reader, goal, strong, text, group[0]))
    return compiled


def _compile_term(reader: Reader, goal: int, strong: bool, text: str, concept: str) -> Term:
    language = reader.language
    words: list[tuple[int, tuple[str, ...]]] = []
    for piece in _TERM_SPLIT.split(text.strip()):
        normal = reader.normal(piece.strip("*="))
        if not normal:
            continue
        if piece.endswith("*"):
            if len(normal) < 3:
                raise KeywordError(f"goal {goal} ({language}): prefix '{piece}' is too short")
            words.append((PREFIX, (normal,)))
        elif piece.startswith("="):
            words.append((EXACT, (normal,)))
        else:
            words.append((KEY, reader.term_keys(normal)))
    if not words:
        raise KeywordError(f"goal {goal} ({language}): empty term {text!r}")
    return Term(goal, strong, text, tuple(words), concept)


def load_lexicons(path: Path) -> dict[str, Lexicon]:
    """Read and compile a keyword file.

    Raises:
        KeywordError: The file cannot be read, is not YAML, or does not have the shape the
            module documents.
    """
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        reason = " ".join(str(exc).split())
        raise KeywordError(f"{path}: {reason}") from exc
    if not isinstance(data, dict):
        raise KeywordError(f"{path}: not a mapping of goals")
    lexicons = {lang: Lexicon(Reader(lang)) for lang in LANGUAGES}
    # Terms that read the same (in one goal and language) are one term: "канал" and "каналы"
    # would otherwise count one word twice. One strong and one weak is a mistake in the list
    # ("jobs" strong would make "job" strong too).
    unique: dict[tuple[str, int, tuple[tuple[int, tuple[str, ...]], ...]], Term] = {}
    for name, phrases in (data.pop(IGNORE_KEY, None) or {}).items():
        if name not in lexicons or not isinstance(phrases, list):
            raise KeywordError(f"{path}: {IGNORE_KEY}: unknown language '{name}'")
        for term in compile_terms(IGNORE, name, False, phrases):
            unique[(name, IGNORE, term.words)] = term
    for goal, languages in data.items():
        if goal not in SDG_NAMES or not isinstance(languages, dict):
            raise KeywordError(f"{path}: '{goal}' is not a goal with lists per language")
        for language, lists in languages.items():
            if language not in lexicons or not isinstance(lists, dict):
                raise KeywordError(f"{path}: goal {goal}: unknown language '{language}'")
            for kind, terms in lists.items():
                if kind not in ("strong", "weak") or not isinstance(terms, list):
                    raise KeywordError(f"{path}: goal {goal} ({language}): bad list '{kind}'")
                for term in compile_terms(goal, language, kind == "strong", terms):
                    key = (language, goal, term.words)
                    other = unique.get(key)
                    if other is not None and other.strong != term.strong:
                        raise KeywordError(
                            f"{path}: goal {goal} ({language}): '{term.text}' reads the same "
                            f"as '{other.text}', but one is strong and the other weak"
                        )
                    unique.setdefault(key, term)
    for (language, _goal, _words), term in unique.items():
        lexicons[language].add(term)
    return lexicons


@cache
def lexicons() -> dict[str, Lexicon]:
    """The shipped keyword lists, compiled once per process."""
    return load_lexicons(resource(*KEYWORDS_FILE))


# --- suggesting -------------------------------------------------------------------------------

_KAZAKH_LETTERS = set("әұқғі")
_KYRGYZ_LETTERS = set("өүң")
_TAJIK_LETTERS = set("ҷӣӯ")
_UZBEK_LETTERS = set("ўҳ")


def lists_for(language: str | None, text: str) -> tuple[str, ...]:
    """The keyword lists that read a story in ``language`` (guessed from ``text`` if unknown)."""
    code = (language or "").strip().lower()
    if code in LANGUAGES:
        return (code,)
    letters = set(fold(text[:20_000]))
    if letters & _TAJIK_LETTERS:
        return ("tg",)
    if letters & _UZBEK_LETTERS:
        return ("uz",)
    if letters & _KAZAKH_LETTERS:
        return ("kk",)
    if letters & _KYRGYZ_LETTERS:
        return ("ky",)
    cyrillic = sum(1 for ch in text[:20_000] if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text[:20_000] if ch.isascii() and ch.isalpha())
    return ("ru",) if cyrillic > latin else ("en",)


def _tokens(reader: Reader, parts: Sequence[tuple[str, bool]]) -> list[Token]:
    tokens: list[Token] = []
    offset = 0
    for text, head in parts:
        for match in _WORD_RE.finditer(text):
            normal = reader.normal(match.group())
            if reader.applies(normal):
                keys = reader.keys(normal)
                tokens.append(
                    Token(normal, keys, offset + match.start(), offset + match.end(), head)
                )
        offset += len(text) + 1
    return tokens


@dataclass
class _Evidence:
    strong: bool = False
    count: int = 0
    head: bool = False
    surface: str = ""


def suggest_sdgs(
    title: str,
    summary: str | None,
    body: str | None,
    language: str | None,
    exclude: Iterable[int] = (),
) -> list[SdgSuggestion]:
    """The goals a story's text points to, best first.

    Args:
        title: The story's title (counts more than the body, as does the summary).
        summary: Its summary, if any.
        body: Its text.
        language: Its language code; decides which keyword lists read it.
        exclude: Goals to leave out (those the story already has).

    Returns:
        One suggestion per goal with enough evidence, highest score first, then by goal.
    """
    parts = [
        (_URL_RE.sub(" ", title or ""), True),
        (_URL_RE.sub(" ", summary or ""), True),
        (_URL_RE.sub(" ", (body or "")[:MAX_BODY]), False),
    ]
    joined = "\n".join(text for text, _head in parts)
    skip = set(exclude)
    found: dict[int, dict[str, _Evidence]] = {}
    compiled = lexicons()
    for code in lists_for(language, joined):
        lexicon = compiled[code]
        tokens = _tokens(lexicon.reader, parts)
        for goal, spans in _matches(lexicon, tokens).items():
            if goal in skip:
                continue
            terms = found.setdefault(goal, {})
            for term, start, end in spans:
                evidence = terms.setdefault(term.concept, _Evidence())
                evidence.strong = evidence.strong or term.strong
                evidence.count += 1
                evidence.head = evidence.head or tokens[start].head
                if not evidence.surface:
                    evidence.surface = joined[tokens[start].start : tokens[end - 1].end]
    for match in _EXPLICIT_RE.finditer(joined):
        goal = int(match.group(1))
        if goal in SDG_NAMES and goal not in skip:
            evidence = found.setdefault(goal, {}).setdefault(match.group(0), _Evidence())
            evidence.strong = True
            evidence.count += 1
            evidence.surface = evidence.surface or match.group(0)
    threshold = evidence_needed(sum(1 for _ in _WORD_RE.finditer(joined)))
    suggestions = [
        s for goal, terms in found.items() if (s := _judge(goal, terms, threshold)) is not None
    ]
    suggestions.sort(key=lambda s: (-s.score, s.goal))
    return suggestions


def _matches(lexicon: Lexicon, tokens: Sequence[Token]) -> dict[int, list[tuple[Term, int, int]]]:
    """Per goal, the terms found in ``tokens``: longest first, none overlapping within a goal,
    none on the words of an ignored phrase."""
    raw: dict[int, list[tuple[Term, int, int]]] = {}
    for i, token in enumerate(tokens):
        seen: set[int] = set()
        for term in lexicon.candidates(token):
            if id(term) in seen:
                continue
            seen.add(id(term))
            if term.matches_at(tokens, i):
                raw.setdefault(term.goal, []).append((term, i, i + len(term.words)))
    blocked = {i for _term, start, end in raw.pop(IGNORE, ()) for i in range(start, end)}
    kept: dict[int, list[tuple[Term, int, int]]] = {}
    for goal, spans in raw.items():
        spans.sort(key=lambda s: (-(s[2] - s[1]), not s[0].strong, s[1]))
        taken = set(blocked)
        for term, start, end in spans:
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                kept.setdefault(goal, []).append((term, start, end))
    return kept


def evidence_needed(words: int) -> float:
    """The evidence a goal needs in a text of ``words`` words."""
    if words <= SHORT_TEXT:
        return THRESHOLD
    return min(MAX_THRESHOLD, THRESHOLD + LENGTH_STEP * math.log2(words / SHORT_TEXT))


def _judge(goal: int, terms: dict[str, _Evidence], threshold: float) -> SdgSuggestion | None:
    """A suggestion for ``goal`` when its terms are evidence enough, else None."""
    strong = any(e.strong for e in terms.values())
    if not strong and len(terms) < 2:
        return None
    total = 0.0
    for evidence in terms.values():
        weight = STRONG if evidence.strong else WEAK
        weight *= 1 + REPEAT_BONUS * min(evidence.count - 1, REPEAT_CAP)
        if evidence.head:
            weight *= HEAD_FACTOR
        total += weight
    if total < threshold:
        return None
    ranked = sorted(
        terms.values(), key=lambda e: (not e.strong, -e.count, not e.head, e.surface.casefold())
    )
    surfaces = tuple(dict.fromkeys(e.surface for e in ranked))[:MAX_TERMS]
    score = round(1 - math.pow(0.5, total), 2)
    return SdgSuggestion(goal, SDG_NAMES[goal], score, surfaces)
