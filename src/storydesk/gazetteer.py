"""The gazetteer: partners, places and countries, their aliases, and finding them in text.

The catalogue keeps partner and place rows in step with it (``catalogue/directory_sync.py``),
the importer finds the partners, places and countries a story mentions with it, and the
desktop app's directory lists it.

StoryDesk ships two hand-kept YAML files under ``resources/directory/``: ``partners.yaml``
(UN agencies, donors, ministries, universities, media, NGOs) and ``places.yaml`` (countries,
regions, cities and towns of Central Asia plus the other countries stories mention). Each
entry has a canonical English name and aliases in English, Russian, Kazakh, Kyrgyz, Uzbek and
Tajik. This module loads them and finds them in story text, including inflected forms
("ПРООНдун", "в Нарыне", "Шымкентте", "Иссык-Кульской области", "Правительства Японии").

Matching works on tokens, not substrings, so "ООН" never matches inside "ПРООН" and "Ош"
never matches "Ошибка". A text token matches an alias token when it is equal to it, or when
it is the alias token (or the alias token with its nominative ending removed) followed by a
known Russian, Kazakh, Kyrgyz, Uzbek or English case ending. Short acronyms ("ЕС", "UN",
"WHO", "ВОЗ") match only in capitals, so "who" or "если" are never partners. The longest
alias wins where several start at the same token.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from storydesk.errors import DirectoryError
from storydesk.text import TURKIC_NAME_ENDINGS, fold_spelling

log = logging.getLogger(__name__)

PARTNERS_FILE = "partners.yaml"
# Matcher targets starting with this are generic aliases, resolved by the countries nearby.
_GENERIC = "\x00"
PLACES_FILE = "places.yaml"

PARTNER_KINDS = frozenset(
    {"un_agency", "donor", "government", "ministry", "university", "media", "ngo", "ifi", "private"}
)
PLACE_KINDS = frozenset(
    {"country", "region", "city", "town", "district", "village", "lake", "river", "mountain"}
)


@dataclass(frozen=True)
class PartnerEntry:
    """One partner organisation.

    Attributes:
        name: Canonical English name.
        kind: One of :data:`PARTNER_KINDS`.
        aliases: Other names, acronyms and translations (the canonical name not repeated).
        country: Canonical English country name, for national bodies.
        website: Home page, if known.
        generic_aliases: Names the same kind of body has in several countries ("Ministry of
            Foreign Affairs", "Министерство иностранных дел"). In text they resolve to the
            entry whose country is named nearest; on their own they resolve to nothing.
    """

    name: str
    kind: str
    aliases: tuple[str, ...]
    country: str | None = None
    website: str | None = None
    generic_aliases: tuple[str, ...] = ()
    names: tuple[tuple[str, str], ...] = ()

    def name_in(self, language: str) -> str:
        """The partner's display name in ``language`` (the canonical name if it has none)."""
        return _name_in(self.name, self.names, language)


@dataclass(frozen=True)
class PlaceEntry:
    """One place: a country, region, city, town, district or lake.

    Attributes:
        name: Canonical English name.
        kind: One of :data:`PLACE_KINDS`.
        country: Canonical English name of the country (a country's country is itself).
        aliases: Other names and spellings in every language and script.
        parent: Canonical name of the enclosing region, if any.
        names: Display names per language code (``("ru", "Иссык-Кульская область")``...).
    """

    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    parent: str | None = None
    names: tuple[tuple[str, str], ...] = ()

    def name_in(self, language: str) -> str:
        """The place's display name in ``language`` (the canonical name if it has none)."""
        return _name_in(self.name, self.names, language)


def _name_in(canonical: str, names: tuple[tuple[str, str], ...], language: str) -> str:
    for code, name in names:
        if code == language:
            return name
    return canonical


class DisplayNames:
    """Partner, place and country names as a reader of one language sees them.

    The canonical English name stays the stored key and the command line's value; this only
    says how to show it. Names the directory does not know are shown as they are.
    """

    def __init__(self, directory: Directory, language: str) -> None:
        """Names from ``directory`` in ``language`` (an ISO 639-1 code such as ``"ru"``)."""
        self.language = language
        self._directory = directory

    def partner(self, name: str) -> str:
        """A partner's name in the reader's language."""
        entry = self._directory.named_partner(name)
        return entry.name_in(self.language) if entry else name

    def place(self, name: str) -> str:
        """A place's (or country's) name in the reader's language."""
        entry = self._directory.named_place(name)
        return entry.name_in(self.language) if entry else name

    country = place


# --- normalisation and tokens ----------------------------------------------------------------

# A dot joins a word to a top-level domain so "inform.kz" or "24.kg" stays one token.
_TOKEN_RE = re.compile(
    r"\w+(?:\.(?:kz|kg|uz|tj|tm|ru|com|org|net|info|asia|news|int|gov)(?![\w.]))?",
)
# A token with the hyphen that joins it to the word before ("ПРООН-ом": "-", "ом"). A word
# character is always the end of a token, so the dash follows the previous token directly.
_TOKEN_AFTER_RE = re.compile(r"((?<=\w)-)?(" + _TOKEN_RE.pattern + ")")


class _Tokens:
    """The words of a text: folded forms, original forms, and which follow a hyphen."""

    __slots__ = ("hyphen", "norm", "orig")

    def __init__(self, text: str) -> None:
        pairs = _TOKEN_AFTER_RE.findall(fold_spelling(text, keep_case=True))
        self.orig = [word for _, word in pairs]
        self.norm = list(map(str.casefold, self.orig))
        # "ПРООН-ом", "БҰҰДБ-ның": an ending written after a hyphen belongs to the name.
        self.hyphen = [False] + [bool(dash) for dash, _ in pairs[1:]]

    def __len__(self) -> int:
        return len(self.norm)


def _tokens(text: str) -> _Tokens:
    """The tokens of ``text``, remembered: a story's text is scanned for partners, places
    and countries in turn, and the names it gives are looked up between those scans.

    Names and whole texts are remembered apart, so looking up a story's dozen names does not
    push its text out.
    """
    return _name_tokens(text) if len(text) <= _NAME_CHARS else _text_tokens(text)


_NAME_CHARS = 300


@lru_cache(maxsize=4096)
def _name_tokens(text: str) -> _Tokens:
    return _Tokens(text)


@lru_cache(maxsize=4)
def _text_tokens(text: str) -> _Tokens:
    return _Tokens(text)


# Case endings that may follow a name. Russian noun/adjective endings; Kazakh and Kyrgyz case,
# plural and possessive suffixes (all vowel-harmony variants, from storydesk.text); Uzbek
# (Latin and Cyrillic); English possessive "s" (apostrophes are dropped when folding).
_RUSSIAN = """а я у ю е и ы о ой ей ом ем ам ям ах ях ами ями ов ев ую юю ая яя ое ее ий ый ие ые
    ого его ому ему ым им ых их ыми ими ою ею ии ию ия ье ья ьи ью"""
_UZBEK = "da dan ga ka qa ni ning lar dagi ning ga da dan ni нинг даги ни га ка қа да дан лар"
_ENGLISH = "s es"
_ENDINGS = frozenset(" ".join((_RUSSIAN, _UZBEK, _ENGLISH)).split()) | TURKIC_NAME_ENDINGS
_MAX_ENDING = 6
# Nominative endings stripped from an alias word to reach the stem that case endings follow
# ("область" -> "област" -> "области", "Иссык-Кульская" -> "кульск" -> "кульской").
_NOMINATIVE = (
    *("ая", "яя", "ое", "ее", "ий", "ый", "ой", "ие", "ые", "ия"),
    *("ь", "а", "я", "о", "е", "ы", "и", "й"),
)  # longest first
_CYRILLIC = re.compile(r"[а-яәғқңөұүһіӊ]")
_LETTER = re.compile(r"[^\W\d_]")


def _is_acronym(word: str) -> bool:
    letters = _LETTER.findall(word)
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class _AliasToken:
    norm: str
    stem: str
    orig: str
    case_sensitive: bool
    exact_only: bool
    capitalised: bool = False

    def matches(self, norm: str, orig: str) -> bool:
        if self.case_sensitive:
            # Short acronyms: "ЕС", "UN", "WHO", "ВОЗ" must be written in capitals; a
            # lowercase ending may follow ("ООНдун").
            if not orig.startswith(self.orig):
                return False
            rest = norm[len(self.norm) :]
            return not rest or (rest in _ENDINGS and orig[len(self.orig) :].islower())
        if norm == self.norm:
            return not self.capitalised or orig[:1].isupper()
        if self.exact_only or (self.capitalised and not orig[:1].isupper()):
            return False
        for base in (self.norm, self.stem):
            if norm.startswith(base):
                rest = norm[len(base) :]
                if len(rest) <= _MAX_ENDING and rest in _ENDINGS:
                    return True
        return False


def _alias_tokens(alias: str) -> tuple[_AliasToken, ...]:
    toks = _tokens(alias)
    out = []
    for i, (word, orig) in enumerate(zip(toks.norm, toks.orig, strict=True)):
        acronym = _is_acronym(orig)
        case_sensitive = acronym and len(word) <= 4 and len(toks) == 1
        # A single short word ("Ош", "Мары") matches only itself plus a known ending; the
        # nominative is never stripped from it. Words inside longer aliases are anchored by
        # their neighbours and may be stemmed harder ("Чолпон-Ата" -> "Чолпон-Ату").
        inner = len(toks) > 1 and i > 0
        min_stem = 2 if inner else 3
        stem = word
        if not acronym and _CYRILLIC.search(word) and (inner or len(word) >= 5):
            for ending in _NOMINATIVE:
                if word.endswith(ending) and len(word) - len(ending) >= min_stem:
                    stem = word[: -len(ending)]
                    break
        exact_only = word.isdigit() or (len(word) <= 2 and not case_sensitive and len(toks) > 1)
        # A one-word proper name must be capitalised in the text: "Ош"/"Osh" (also Uzbek for
        # pilaf), "Катар" (Qatar; Kyrgyz "менен катар" means "along with"), "Мары".
        capitalised = len(toks) == 1 and not case_sensitive and orig[:1].isupper()
        out.append(_AliasToken(word, stem, orig, case_sensitive, exact_only, capitalised))
    return tuple(out)


# Text tokens remembered per matcher (:meth:`_Matcher._heads`) before the memo starts over.
_MEMO_LIMIT = 200_000

_Group = tuple[_AliasToken, list[tuple[tuple[_AliasToken, ...], str]]]


class _Matcher:
    """Finds aliases in text.

    Aliases are indexed by the first three letters of their first word's stem, and grouped by
    that first word so it is tried once per text position however many aliases share it.
    """

    def __init__(self, aliases: Iterable[tuple[tuple[_AliasToken, ...], str]]) -> None:
        """Indexes aliases, each given as its tokens (:func:`_alias_tokens`) and its target."""
        groups: dict[str, dict[_AliasToken, list[tuple[tuple[_AliasToken, ...], str]]]] = {}
        for seq, target in aliases:
            if not seq:
                continue
            first = seq[0]
            key = first.orig[:3].casefold() if first.case_sensitive else first.stem[:3]
            groups.setdefault(key, {}).setdefault(first, []).append((seq[1:], target))
        self._index: dict[str, list[_Group]] = {}
        for key, by_first in groups.items():
            for rests in by_first.values():
                rests.sort(key=lambda item: len(item[0]), reverse=True)
            self._index[key] = list(by_first.items())
        self._memo: dict[str, tuple[list[tuple[tuple[_AliasToken, ...], str]], ...]] = {}

    def _heads(self, head: str, orig: str) -> tuple[list[tuple[tuple[_AliasToken, ...], str]], ...]:
        """The alias continuations whose first token matches the text token ``orig``.

        In the order :meth:`scan` tries them (the three-letter key's groups, then the
        two-letter key's). Remembered per token as written (``head`` is its case-folded
        form): a text repeats its words, and most of them start no alias at all.
        """
        found = self._memo.get(orig)
        if found is None:
            groups = self._index.get(head[:3])
            if len(head) > 2:
                short = self._index.get(head[:2])
                if short is not None:
                    groups = short if groups is None else groups + short
            found = (
                tuple(rests for first, rests in groups if first.matches(head, orig))
                if groups is not None
                else ()
            )
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[orig] = found
        return found

    def scan(self, tokens: _Tokens, start: int = 0) -> Iterator[tuple[int, int, str]]:
        """Yields (first token, end token, target) for each longest, non-overlapping match."""
        norms, origs, hyphen = tokens.norm, tokens.orig, tokens.hyphen
        memo = self._memo
        n = len(norms)
        i = start
        while i < n:
            heads = memo.get(origs[i])
            if heads is None:
                heads = self._heads(norms[i], origs[i])
            if not heads:
                i += 1
                continue
            best_len = 0
            best_target = ""
            for rests in heads:
                for rest, target in rests:
                    length = len(rest) + 1
                    if length <= best_len:
                        break
                    if i + length <= n and all(
                        a.matches(norms[i + 1 + k], origs[i + 1 + k]) for k, a in enumerate(rest)
                    ):
                        best_len, best_target = length, target
                        break
            if not best_len:
                i += 1
                continue
            end = i + best_len
            while end < n and hyphen[end] and norms[end] in _ENDINGS:
                end += 1
            yield i, end, best_target
            i = end


# --- loading ---------------------------------------------------------------------------------


def _read_yaml(path: Path, data: bytes) -> list[dict[str, Any]]:
    """The entries of one directory file, from its bytes as read from ``path``."""
    import yaml  # only here: a command that parses no directory does not import it

    # libyaml's safe loader when PyYAML was built with it (5x faster on the shipped
    # directory), else the pure-Python one: both read the same data (tested).
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        # As Path.read_text would give it: UTF-8, universal newlines.
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise DirectoryError(f"The directory file {path} is not UTF-8 text: {exc}") from exc
    try:
        loaded = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise DirectoryError(f"The directory file {path} is not valid YAML: {exc}") from exc
    if not isinstance(loaded, list) or not all(isinstance(e, dict) for e in loaded):
        raise DirectoryError(f"The directory file {path} must be a list of entries.")
    return loaded


def _aliases(entry: dict[str, Any], path: Path, field: str = "aliases") -> tuple[str, ...]:
    raw = entry.get(field) or []
    if not isinstance(raw, list) or not all(isinstance(a, str) for a in raw):
        raise DirectoryError(f"{path}: {field} of {entry.get('name')!r} must be a list of text.")
    seen = {fold_spelling(entry["name"])}
    out = []
    for alias in raw:
        key = fold_spelling(alias)
        if key and key not in seen:
            seen.add(key)
            out.append(alias.strip())
    return tuple(out)


DISPLAY_LANGUAGES = frozenset({"en", "ru", "kk", "ky", "uz", "tg", "tk", "bg", "mn"})
"""Languages an entry's ``names`` may give a display name in."""


def _names(entry: dict[str, Any], path: Path) -> tuple[tuple[str, str], ...]:
    raw = entry.get("names") or {}
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in raw.items()
    ):
        raise DirectoryError(
            f"{path}: names of {entry.get('name')!r} must map language codes to text."
        )
    unknown = sorted(set(raw) - DISPLAY_LANGUAGES)
    if unknown:
        raise DirectoryError(
            f"{path}: names of {entry.get('name')!r} has an unknown language {unknown[0]!r}."
        )
    return tuple((code, name.strip()) for code, name in raw.items())


def _text(entry: dict[str, Any], field: str, path: Path, *, required: bool = False) -> str | None:
    value = entry.get(field)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise DirectoryError(f"{path}: entry {entry.get('name')!r} needs a text {field!r}.")
    return value.strip()


def _load_partners(path: Path, data: bytes) -> tuple[PartnerEntry, ...]:
    out = []
    for entry in _read_yaml(path, data):
        name = _text(entry, "name", path, required=True)
        kind = _text(entry, "kind", path, required=True)
        assert name is not None and kind is not None
        if kind not in PARTNER_KINDS:
            raise DirectoryError(f"{path}: {name!r} has an unknown kind {kind!r}.")
        out.append(
            PartnerEntry(
                name=name,
                kind=kind,
                aliases=_aliases(entry, path),
                country=_text(entry, "country", path),
                website=_text(entry, "website", path),
                generic_aliases=_aliases(entry, path, "generic_aliases"),
                names=_names(entry, path),
            )
        )
    return tuple(out)


def _load_places(path: Path, data: bytes) -> tuple[tuple[PlaceEntry, ...], frozenset[str]]:
    out = []
    not_in_text = set()
    for entry in _read_yaml(path, data):
        name = _text(entry, "name", path, required=True)
        kind = _text(entry, "kind", path, required=True)
        assert name is not None and kind is not None
        if kind not in PLACE_KINDS:
            raise DirectoryError(f"{path}: {name!r} has an unknown kind {kind!r}.")
        country = name if kind == "country" else _text(entry, "country", path, required=True)
        out.append(
            PlaceEntry(
                name=name,
                kind=kind,
                country=country,
                aliases=_aliases(entry, path),
                parent=_text(entry, "parent", path),
                names=_names(entry, path),
            )
        )
        if entry.get("match_name") is False:
            not_in_text.add(name)
    return tuple(out), frozenset(not_in_text)


class _Entries:
    """A directory's entries, with lookup by canonical name."""

    __slots__ = ("names_not_in_text", "partner_by_name", "partners", "place_by_name", "places")

    def __init__(
        self,
        partners: tuple[PartnerEntry, ...],
        places: tuple[PlaceEntry, ...],
        names_not_in_text: frozenset[str],
    ) -> None:
        self.partners = partners
        self.places = places
        self.names_not_in_text = names_not_in_text
        self.partner_by_name = {p.name: p for p in partners}
        self.place_by_name = {p.name: p for p in places}


@dataclass(frozen=True)
class _Keys:
    """Exact lookup: :func:`alias_key` of every name and alias → canonical name."""

    partners: dict[str, str]
    places: dict[str, str]


@dataclass(frozen=True)
class _Matchers:
    """What finding names in text needs: the two matchers and the generic aliases."""

    partners: _Matcher
    places: _Matcher
    generic: dict[str, list[PartnerEntry]]


def _read_files(folder: Path) -> tuple[str, dict[str, bytes]]:
    """The bytes of the two directory files and their fingerprint (see Directory.version)."""
    digest = hashlib.sha256()
    data: dict[str, bytes] = {}
    for name in (PARTNERS_FILE, PLACES_FILE):
        path = folder / name
        try:
            data[name] = path.read_bytes()
        except OSError as exc:
            raise DirectoryError(f"Cannot read the directory file {path}: {exc}") from exc
        digest.update(name.encode() + b"\0" + data[name] + b"\0")
    return digest.hexdigest(), data


def _parse_files(folder: Path, data: dict[str, bytes]) -> _Entries:
    """The entries of the two directory files (their bytes as :func:`_read_files` read them).

    Raises:
        DirectoryError: A file is not valid YAML or an entry is malformed.
    """
    places, names_not_in_text = _load_places(folder / PLACES_FILE, data[PLACES_FILE])
    partners = _load_partners(folder / PARTNERS_FILE, data[PARTNERS_FILE])
    return _Entries(partners, places, names_not_in_text)


class Directory:
    """Known partners and places, with lookup by any alias and search in story text.

    Its tables are built when first needed, each once: the entries (from the YAML, for the
    shipped directory), then the exact-name keys, then the matchers that find names in text.
    A command that only reads the catalogue never pays for the matchers. Safe to share
    between threads.

    Attributes:
        partners: Every partner entry, in file order.
        places: Every place entry (countries included), in file order.
    """

    def __init__(
        self,
        partners: Iterable[PartnerEntry],
        places: Iterable[PlaceEntry],
        *,
        version: str = "",
        names_not_in_text: Iterable[str] = (),
    ) -> None:
        """A directory of these entries; lookup tables and matchers are built when needed.

        Args:
            partners: Partner entries.
            places: Place entries.
            version: Fingerprint of the source files (see :attr:`version`).
            names_not_in_text: Canonical names that are also common words or personal names
                ("Mary", "Navoiy"): found in text only through their aliases, though
                :meth:`place` and :meth:`partner` still accept them.
        """
        self._version = version
        self._lock = threading.Lock()
        self._read: Callable[[], _Entries] | None = None
        self._entries: _Entries | None = _Entries(
            tuple(partners), tuple(places), frozenset(names_not_in_text)
        )
        self._keys: _Keys | None = None
        self._matchers: _Matchers | None = None
        self._last_places: tuple[str, tuple[str, ...]] | None = None

    @classmethod
    def on_demand(cls, folder: Path) -> Directory:
        """Reads ``partners.yaml`` and ``places.yaml`` now; parses them when first needed.

        The bytes read now are the ones parsed later, so :attr:`version` always fingerprints
        the entries in use, whatever happens to the files meanwhile. Opening a catalogue
        whose directory is in step compares only the version: nothing is parsed.

        Args:
            folder: Folder holding the two files.

        Returns:
            The directory.

        Raises:
            DirectoryError: A file cannot be read (raised now), or is malformed (raised by
                the first use that needs the entries, and by each later one).
        """
        folder = Path(folder)
        version, data = _read_files(folder)
        directory = cls((), (), version=version)
        directory._entries = None
        directory._read = lambda: _parse_files(folder, data)
        return directory

    @classmethod
    def load(cls, folder: Path | None = None) -> Directory:
        """Reads ``partners.yaml`` and ``places.yaml`` from a folder.

        Args:
            folder: Folder holding the two files; by default the shipped directory (read once
                and cached, see :func:`default_directory`).

        Returns:
            The loaded directory.

        Raises:
            DirectoryError: A file is missing or malformed.
        """
        if folder is None:
            return default_directory()
        folder = Path(folder)
        version, data = _read_files(folder)
        entries = _parse_files(folder, data)
        return cls(
            entries.partners,
            entries.places,
            version=version,
            names_not_in_text=entries.names_not_in_text,
        )

    @property
    def version(self) -> str:
        """SHA-256 of the YAML files, so the catalogue can tell when to resync."""
        return self._version

    @property
    def partners(self) -> tuple[PartnerEntry, ...]:
        """Every partner entry, in file order."""
        return self._loaded().partners

    @property
    def places(self) -> tuple[PlaceEntry, ...]:
        """Every place entry (countries included), in file order."""
        return self._loaded().places

    # --- tables, each built once when first needed -----------------------------------------

    def _loaded(self) -> _Entries:
        entries = self._entries
        if entries is None:
            with self._lock:
                if self._entries is None:
                    assert self._read is not None
                    self._entries = self._read()
                    self._read = None
                entries = self._entries
        return entries

    def _exact(self) -> _Keys:
        keys = self._keys
        if keys is None:
            entries = self._loaded()
            with self._lock:
                if self._keys is None:
                    self._keys = _Keys(
                        _exact_keys(entries.partners, alias_key),
                        _exact_keys(entries.places, alias_key),
                    )
                keys = self._keys
        return keys

    def _matching(self) -> _Matchers:
        matchers = self._matchers
        if matchers is None:
            entries = self._loaded()
            with self._lock:
                if self._matchers is None:
                    self._matchers = self._build_matchers(entries)
                matchers = self._matchers
        return matchers

    def _build_matchers(
        self, entries: _Entries, seqs: dict[str, tuple[_AliasToken, ...]] | None = None
    ) -> _Matchers:
        # Each alias is cut into tokens once, for its matcher and (if not built yet) its key;
        # ``seqs`` may bring them already cut (from the cache, see :meth:`prepare`), and
        # receives the ones cut here.
        if seqs is None:
            seqs = {}

        def tokens_of(alias: str) -> tuple[_AliasToken, ...]:
            seq = seqs.get(alias)
            if seq is None:
                seq = seqs[alias] = _alias_tokens(alias)
            return seq

        def key_of(alias: str) -> str:
            return " ".join(token.norm for token in tokens_of(alias))

        skip = entries.names_not_in_text
        generic: dict[str, list[PartnerEntry]] = {}
        generic_aliases = []
        for partner in entries.partners:
            for alias in partner.generic_aliases:
                target = _GENERIC + key_of(alias)
                generic.setdefault(target, []).append(partner)
                generic_aliases.append((tokens_of(alias), target))
        partner_matcher = _Matcher(
            [
                *(
                    (tokens_of(alias), target)
                    for alias, target in _all_aliases(entries.partners, skip)
                ),
                *generic_aliases,
            ]
        )
        place_matcher = _Matcher(
            (tokens_of(alias), target) for alias, target in _all_aliases(entries.places, skip)
        )
        if self._keys is None:
            self._keys = _Keys(
                _exact_keys(entries.partners, key_of), _exact_keys(entries.places, key_of)
            )
        return _Matchers(partner_matcher, place_matcher, generic)

    def prepare(self, cache_dir: Path | None = None) -> None:
        """Build what finding names in text needs now, through a cache file in ``cache_dir``.

        Reading the YAML and cutting every alias into tokens costs a few tenths of a second
        in each new process; an import calls this first. With ``cache_dir`` (the data
        folder's ``cache/``), the entries and alias tokens are read from
        :data:`CACHE_FILE` there when its key (:meth:`cache_key`: the directory files'
        fingerprint, StoryDesk's version and the matcher code) is this directory's, else
        built and written there for the next process. A cache file that is damaged, foreign
        or unreadable is never trusted: it is rebuilt (a damaged one with a log line); a
        folder that cannot be written only goes without the cache.
        """
        if self._matchers is not None:
            return
        if cache_dir is None or not self._version:
            self._matching()
            return
        path = Path(cache_dir) / CACHE_FILE
        key = self.cache_key()
        cached = _read_cache(path, key)
        with self._lock:
            if self._matchers is not None:
                return
            if cached is not None:
                entries, seqs = cached
                if self._entries is None:
                    self._entries, self._read = entries, None
                self._matchers = self._build_matchers(self._entries, seqs)
                return
        entries = self._loaded()
        seqs = {}
        with self._lock:
            if self._matchers is None:
                self._matchers = self._build_matchers(entries, seqs)
        if seqs:
            _write_cache(path, key, entries, seqs)

    def cache_key(self) -> str:
        """What a cache file must be made from: the directory files, this StoryDesk, the
        matcher code (SHA-256)."""
        digest = hashlib.sha256()
        for part in (str(_CACHE_FORMAT), _storydesk_version(), self._version, _code_fingerprint()):
            digest.update(part.encode() + b"\0")
        return digest.hexdigest()

    # --- lookup ------------------------------------------------------------------------------

    def named_partner(self, name: str) -> PartnerEntry | None:
        """The partner whose canonical name is exactly ``name``."""
        return self._loaded().partner_by_name.get(name)

    def named_place(self, name: str) -> PlaceEntry | None:
        """The place (or country) whose canonical name is exactly ``name``."""
        return self._loaded().place_by_name.get(name)

    def names_in(self, language: str) -> DisplayNames:
        """How a reader of ``language`` sees partner, place and country names."""
        return DisplayNames(self, language)

    def partner(self, name: str) -> PartnerEntry | None:
        """The partner a name refers to: canonical name or any alias, in any case or form.

        Args:
            name: A name as written, e.g. "ПРООН", "ПРООНдун", "Правительства Японии".

        Returns:
            The entry, or ``None`` when the whole name is not a known partner.
        """
        by_name = self._loaded().partner_by_name
        known = self._exact().partners.get(alias_key(name))
        if known is not None:
            return by_name[known]
        tokens = _tokens(name)
        spans = list(self._partner_spans(tokens))
        if not spans or spans[0][0] != 0:
            return None
        end = spans[0][1]
        # A generic name followed by its country ("Министерство здравоохранения Кыргызстана").
        if end < len(tokens):
            places = list(self._matching().places.scan(tokens, end))
            if len(places) != 1 or places[0][:2] != (end, len(tokens)):
                return None
        return by_name.get(spans[0][2])

    def place(self, name: str) -> PlaceEntry | None:
        """The place a name refers to (countries included), in any language or case form.

        Args:
            name: A name as written, e.g. "Ысык-Көл облусу", "в Нарыне" is not a name but
                "Нарыне" is.

        Returns:
            The entry, or ``None`` when the whole name is not a known place.
        """
        by_name = self._loaded().place_by_name
        known = self._exact().places.get(alias_key(name))
        if known is not None:
            return by_name[known]
        tokens = _tokens(name)
        for start, end, target in self._matching().places.scan(tokens):
            if start == 0 and end == len(tokens):
                return by_name[target]
            break
        return None

    def country(self, name: str) -> str | None:
        """The canonical name of the country a name refers to, or ``None``.

        Args:
            name: Any alias of a country ("Қазақстан", "Кыргызской Республике", "KZ" is not).
        """
        entry = self.place(name)
        return entry.name if entry is not None and entry.kind == "country" else None

    def resolve_partner(self, name: str) -> str:
        """The canonical partner name when known, else the input stripped."""
        entry = self.partner(name)
        return entry.name if entry is not None else name.strip()

    def resolve_place(self, name: str) -> str:
        """The canonical place name when known, else the input stripped."""
        entry = self.place(name)
        return entry.name if entry is not None else name.strip()

    def country_of(self, place: str) -> str | None:
        """The canonical country of a place (by any of its names), or ``None`` if unknown."""
        entry = self.place(place)
        return entry.country if entry is not None else None

    # --- search in text ----------------------------------------------------------------------

    def find_partners(self, text: str) -> list[str]:
        """Canonical names of the partners a text mentions, in order of first mention.

        A generic name such as "Министерство иностранных дел" counts as the ministry of the
        country named nearest to it in the text, and is left out when no candidate's country
        is named at all.
        """
        tokens = _tokens(text)
        return _unique(target for _, _, target in self._partner_spans(tokens))

    def _partner_spans(self, tokens: _Tokens) -> Iterator[tuple[int, int, str]]:
        matchers = self._matching()
        matches = list(matchers.partners.scan(tokens))
        if not any(target.startswith(_GENERIC) for _, _, target in matches):
            yield from matches
            return
        place_by_name = self._loaded().place_by_name
        mentions = [
            (start, end, place_by_name[target].country)
            for start, end, target in matchers.places.scan(tokens)
        ]
        for start, end, target in matches:
            if not target.startswith(_GENERIC):
                yield start, end, target
                continue
            best: tuple[int, str] | None = None
            for candidate in matchers.generic[target]:
                for m_start, m_end, country in mentions:
                    if country != candidate.country:
                        continue
                    distance = m_start - end if m_start >= end else start - m_end
                    if best is None or distance < best[0]:
                        best = (distance, candidate.name)
            if best is not None:
                yield start, end, best[1]

    def find_places(self, text: str) -> list[str]:
        """Canonical names of the places (not countries) a text mentions, in order."""
        by_name = self._loaded().place_by_name
        return [name for name in self._find_all_places(text) if by_name[name].kind != "country"]

    def find_countries(self, text: str) -> list[str]:
        """Canonical names of the countries a text names directly, in order of first mention."""
        by_name = self._loaded().place_by_name
        return [name for name in self._find_all_places(text) if by_name[name].kind == "country"]

    def _find_all_places(self, text: str) -> list[str]:
        # The importer asks for a story's places, then (when it names none) its countries:
        # the last text's places are remembered so its tokens are scanned once.
        last = self._last_places
        if last is not None and last[0] == text:
            return list(last[1])
        places = self._matching().places
        found = _unique(target for _, _, target in places.scan(_tokens(text)))
        self._last_places = (text, tuple(found))
        return found


def _all_aliases(
    entries: Iterable[PartnerEntry | PlaceEntry], skip_names: frozenset[str] = frozenset()
) -> Iterator[tuple[str, str]]:
    for entry in entries:
        if entry.name not in skip_names:
            yield entry.name, entry.name
        for alias in entry.aliases:
            yield alias, entry.name


def _exact_keys(
    entries: Iterable[PartnerEntry | PlaceEntry], key_of: Callable[[str], str]
) -> dict[str, str]:
    keys: dict[str, str] = {}
    for alias, target in _all_aliases(entries):
        if _is_acronym(alias) and len(alias) <= 3:
            continue  # "ЕС", "WHO": only in capitals, which the matcher checks
        keys.setdefault(key_of(alias), target)
    return {k: v for k, v in keys.items() if k}


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def alias_key(alias: str) -> str:
    """The form two aliases share when they would be indistinguishable to the matcher.

    Args:
        alias: A name as written in a directory file.

    Returns:
        Its folded tokens joined by spaces ("Issyk-Kul" and "Issyk Kul" share a key).
    """
    return " ".join(_tokens(alias).norm)


@cache
def default_directory() -> Directory:
    """The shipped directory, read once per process and parsed when first needed.

    See :meth:`Directory.on_demand`: a ``list``, ``show`` or ``search`` of a catalogue in
    step with the directory never parses the YAML.
    """
    from storydesk.resources import resource

    return Directory.on_demand(resource("directory"))


# --- the cache of built tables --------------------------------------------------------------

CACHE_FILE = "directory-tables.json"
"""The cache file :meth:`Directory.prepare` keeps in a data folder's ``cache/``."""
_CACHE_FORMAT = 1  # raise when the cached structure changes


@cache
def _storydesk_version() -> str:
    """The installed StoryDesk's version ("" when it is not installed as a distribution)."""
    from importlib import metadata

    try:
        return metadata.version("storydesk")
    except metadata.PackageNotFoundError:
        return ""


@cache
def _code_fingerprint() -> str:
    """SHA-256 of the code that cuts aliases into tokens (this module and storydesk.text)."""
    from storydesk import text

    digest = hashlib.sha256()
    for module_file in (__file__, text.__file__):
        try:
            digest.update(Path(module_file).read_bytes())
        except (OSError, TypeError):  # no source beside the program: the version decides
            digest.update(b"?")
    return digest.hexdigest()


def _partner_record(entry: PartnerEntry) -> list[Any]:
    return [
        entry.name,
        entry.kind,
        list(entry.aliases),
        entry.country,
        entry.website,
        list(entry.generic_aliases),
        [list(pair) for pair in entry.names],
    ]


def _place_record(entry: PlaceEntry) -> list[Any]:
    return [
        entry.name,
        entry.kind,
        entry.country,
        list(entry.aliases),
        entry.parent,
        [list(pair) for pair in entry.names],
    ]


def _write_cache(
    path: Path, key: str, entries: _Entries, seqs: dict[str, tuple[_AliasToken, ...]]
) -> None:
    """Write the cache file whole (a temporary file renamed), or leave it as it was."""
    payload = {
        "format": _CACHE_FORMAT,
        "key": key,
        "partners": [_partner_record(e) for e in entries.partners],
        "places": [_place_record(e) for e in entries.places],
        "names_not_in_text": sorted(entries.names_not_in_text),
        "aliases": {
            alias: [
                [t.norm, t.stem, t.orig, t.case_sensitive, t.exact_only, t.capitalised] for t in seq
            ]
            for alias, seq in seqs.items()
        },
    }
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    part = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(data)
        os.replace(part, path)
        _remove_stale_parts(path)
    except OSError as exc:  # a read-only or full folder: the next process builds again
        log.debug("the directory cache %s was not written: %s", path, exc)
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)


STALE_PART_SECONDS = 3600
"""A temporary cache file this old was left by a process killed while writing it."""


def _remove_stale_parts(path: Path) -> None:
    """Delete temporary cache files that processes killed while writing left behind (a
    process writing one now has a fresh file: those are kept)."""
    cutoff = time.time() - STALE_PART_SECONDS
    for leftover in path.parent.glob(f".{path.name}.*.part"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _c_optional(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError("not text")


def _c_texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("not a list of text")
    return tuple(value)


def _c_pairs(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise ValueError("not a list of pairs")
    pairs = []
    for pair in value:
        code, name = _c_texts(pair)
        pairs.append((code, name))
    return tuple(pairs)


def _c_text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return value


def _c_flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("not true or false")
    return value


def _read_cache(path: Path, key: str) -> tuple[_Entries, dict[str, tuple[_AliasToken, ...]]] | None:
    """The entries and alias tokens of the cache file at ``path``, if it was made for ``key``.

    Only JSON is read, and every value is checked for its type while the tables are rebuilt
    from it: a file that is not exactly what :func:`_write_cache` writes gives None.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.info("the directory cache %s cannot be read (%s); building the tables again", path, exc)
        return None
    try:
        payload = json.loads(data)
        if not isinstance(payload, dict) or payload.get("format") != _CACHE_FORMAT:
            raise ValueError("not a directory cache of this format")
        if payload.get("key") != key:
            log.debug("the directory cache %s is for another directory or StoryDesk", path)
            return None
        partners = tuple(
            PartnerEntry(
                name=_c_text(name),
                kind=_c_text(kind),
                aliases=_c_texts(aliases),
                country=_c_optional(country),
                website=_c_optional(website),
                generic_aliases=_c_texts(generic),
                names=_c_pairs(names),
            )
            for name, kind, aliases, country, website, generic, names in payload["partners"]
        )
        places = tuple(
            PlaceEntry(
                name=_c_text(name),
                kind=_c_text(kind),
                country=_c_optional(country),
                aliases=_c_texts(aliases),
                parent=_c_optional(parent),
                names=_c_pairs(names),
            )
            for name, kind, country, aliases, parent, names in payload["places"]
        )
        not_in_text = frozenset(_c_texts(payload["names_not_in_text"]))
        raw_aliases = payload["aliases"]
        if not isinstance(raw_aliases, dict):
            raise ValueError("no alias tokens")
        seqs: dict[str, tuple[_AliasToken, ...]] = {}
        for alias, tokens in raw_aliases.items():
            if not isinstance(tokens, list):
                raise ValueError("alias tokens are not a list")
            seqs[_c_text(alias)] = tuple(
                _AliasToken(
                    _c_text(n), _c_text(s), _c_text(o), _c_flag(c), _c_flag(e), _c_flag(cap)
                )
                for n, s, o, c, e, cap in tokens
            )
        entries = _Entries(partners, places, not_in_text)
        # Every alias the matchers need must be there, cut as this code would cut it.
        needed = {alias for alias, _ in _all_aliases(partners, not_in_text)}
        needed |= {alias for alias, _ in _all_aliases(places, not_in_text)}
        needed |= {alias for entry in partners for alias in entry.generic_aliases}
        if not needed <= seqs.keys():
            raise ValueError("alias tokens are missing")
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        log.warning("the directory cache %s is damaged (%s); building the tables again", path, exc)
        return None
    return entries, seqs
