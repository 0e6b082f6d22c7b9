"""'Did you mean': corrections from the unstemmed ``spelling`` field.

Whoosh's own corrector works on the indexed terms, which here are stems ("молодежн"); the
``spelling`` field holds whole words as the stories write them (case-folded, ``ё`` as
``е``), so a suggestion is always a real word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from whoosh.reading import IndexReader

FIELD = "spelling"
MIN_LENGTH = 3


def _best(reader: IndexReader, word: str) -> str | None:
    """The most frequent known word within one (then two) edits of ``word``."""
    for maxdist in (1, 2) if len(word) > 4 else (1,):
        candidates = [
            term for term in reader.terms_within(FIELD, word, maxdist, prefix=1) if term != word
        ]
        if candidates:
            return max(candidates, key=lambda t: (reader.doc_frequency(FIELD, t), t))
    return None


def suggest(
    reader: IndexReader,
    query: str,
    words: Sequence[tuple[str, str]],
    known: Callable[[IndexReader, str], bool] | None = None,
) -> str | None:
    """A corrected ``query`` with unknown words replaced by the nearest known words.

    Args:
        reader: An index reader.
        query: The query as typed.
        words: ``(as typed, folded)`` plain words of the query.
        known: Tells whether a word matches stories anyway (through its stem or its
            cross-script key, say): such words are left alone. Asked about the folded word,
            then the word as typed (Uzbek ``ё`` is lost in the fold).

    Returns:
        The corrected query, or ``None`` when no word needs (or has) a correction.
    """
    corrected = query
    changed = False
    for typed, word in words:
        if len(word) < MIN_LENGTH or any(ch.isdigit() for ch in word):
            continue
        if reader.doc_frequency(FIELD, word) or (
            known is not None and (known(reader, word) or (typed != word and known(reader, typed)))
        ):
            continue
        better = _best(reader, word)
        if not better:
            continue
        if typed[:1].isupper():
            better = better[:1].upper() + better[1:]
        pattern = re.compile(r"(?<!\w)" + re.escape(typed) + r"(?!\w)")
        corrected, n = pattern.subn(_replacement(better), corrected, count=1)
        changed = changed or n > 0
    return corrected if changed and corrected != query else None


def _replacement(word: str) -> Callable[[re.Match[str]], str]:
    """A ``re.sub`` replacement giving ``word`` as it is (no group references read)."""
    return lambda _match: word
