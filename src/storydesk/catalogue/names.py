"""How the catalogue folds names and titles so that spellings of one thing compare equal."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[\"'«»“”„‘’`.,:;!?()\[\]{}]")


def fold(text: str) -> str:
    """Case-fold, ё→е, unify dashes and spaces: "ПРООН" and "проон" fold the same."""
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return _SPACES.sub(" ", text).strip()


def fold_title(title: str) -> str:
    """A title without case, quotes or punctuation, for recognising one story in two files."""
    return _SPACES.sub(" ", _PUNCT.sub(" ", fold(title))).strip()
