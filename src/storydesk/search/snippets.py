"""Result snippets: a short passage of a story with the matched words marked.

Matches are wrapped in ``**`` (Markdown bold), so snippets stay plain text that a terminal
prints as is and the desktop app renders as bold. Any ``**`` already in the story is
removed first. The whole text is read, however long (Whoosh's own highlighter stops at
32K characters unless told otherwise).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from storydesk.search.analysis import cross_term, index_forms, skeleton
from storydesk.search.documents import plain_text
from storydesk.text import WORD_RE, fold

SNIPPET_WIDTH = 220
"""Characters of story text a snippet shows, about two lines."""

MAX_MATCHES = 400
"""Matched words considered when choosing the passage (enough for any real story)."""

_MARKUP = re.compile(r"(\*\*|__|`|^#+\s*|^>\s*)", re.MULTILINE)
_WHITESPACE = re.compile(r"\s+")


def clean_text(markdown: str) -> str:
    """Story Markdown as one line of plain text."""
    return _WHITESPACE.sub(" ", _MARKUP.sub("", plain_text(markdown))).strip()


def _cut(text: str, start: int, end: int) -> tuple[int, int]:
    """Move ``start``/``end`` to word boundaries."""
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def make_snippet(
    text: str,
    terms: Collection[str],
    skeletons: Collection[str] = (),
    language: str | None = None,
    width: int = SNIPPET_WIDTH,
    cross_keys: Collection[str] = (),
) -> str:
    """The passage of ``text`` with the most matched words, matches wrapped in ``**``.

    Args:
        text: The story text (summary and body, Markdown).
        terms: Analysed query terms (as in the index) that count as matches.
        skeletons: Transliteration keys that count as matches (cross-script names).
        language: The story's language, which decides how its words are analysed.
        width: About how many characters to show.
        cross_keys: ``cross`` field terms that count as matches (ordinary words of Uzbek,
            Kazakh, Kyrgyz, Tajik and Turkmen in their other script), where the index
            has them (see :func:`~storydesk.search.analysis.cross_term`).

    Returns:
        The snippet; the start of the text when nothing matches.
    """
    text = clean_text(text)
    if not text:
        return ""
    matches: list[tuple[int, int]] = []
    terms = set(terms)
    skeletons = set(skeletons)
    cross_keys = set(cross_keys)
    # Every indexed form begins with the word's own first two letters (stemming and the
    # Turkic fold only take endings off), so most words are ruled out without analysis.
    prefixes = {term[:2] for term in terms}
    # A story says most of its words many times: each spelling is judged once.
    judged: dict[str, bool] = {}
    for match in WORD_RE.finditer(text):
        original = match.group()
        hit = judged.get(original)
        if hit is None:
            word = fold(original)
            hit = word[:2] in prefixes and any(
                form in terms for form in index_forms(word, language)
            )
            if not hit and skeletons and original[:1].isupper():
                hit = skeleton(word) in skeletons
            if not hit and cross_keys:
                hit = cross_term(original, word, language) in cross_keys
            judged[original] = hit
        if hit:
            matches.append((match.start(), match.end()))
            if len(matches) >= MAX_MATCHES:
                break
    if not matches:
        start, end = _cut(text, 0, width)
        return text[start:end] + ("…" if end < len(text) else "")
    best_start, best_count = matches[0][0], 0
    for i, (start, _end) in enumerate(matches):
        count = 0
        for other_start, _other_end in matches[i:]:
            if other_start >= start + width:
                break
            count += 1
        if count > best_count:
            best_start, best_count = start, count
    # Show a little context before the first match.
    start = max(0, best_start - width // 4)
    end = min(len(text), start + width)
    start, end = _cut(text, start, end)
    pieces: list[str] = ["…" if start > 0 else ""]
    cursor = start
    for m_start, m_end in matches:
        if m_start < start or m_end > end:
            continue
        pieces.append(text[cursor:m_start])
        pieces.append("**" + text[m_start:m_end] + "**")
        cursor = m_end
    pieces.append(text[cursor:end])
    if end < len(text):
        pieces.append("…")
    return "".join(pieces)
