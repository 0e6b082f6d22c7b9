"""Decodes story files in any common encoding: UTF-8 (with or without BOM), UTF-16, and the
legacy Cyrillic code pages (cp1251, KOI8-R, cp866) that older office machines still write.

charset-normalizer handles the general case; for the three Cyrillic code pages, which share
byte ranges and confuse statistical detectors on short texts, StoryDesk scores each
candidate decoding by how Russian-like its letters are (mostly lower case, common letters).

Decoded text is neutralised before any reader sees it (docs/safety.md): C0 and C1 control
characters other than tab and newline (terminal escapes, NUL) are removed, form and line
feeds become newlines, and the Unicode bidirectional embeddings, overrides and isolates
(U+202A–U+202E, U+2066–U+2069), which can make a title display reversed or hide text, are
removed with the invisible zero-width space, word joiner and stray byte-order marks. Zero-width
joiners and non-joiners and the left/right-to-left marks stay: scripts and emoji need them.
A file is binary, not text, when more than one character in a thousand is NUL (and more
than eight); a few stray NULs (a damaged CSV, a pasted title) are removed instead of
costing the whole file.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from storydesk.errors import RejectedInput
from storydesk.messages import translatable

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CYRILLIC_CODEPAGES = ("cp1251", "koi8_r", "cp866")
_CYRILLIC_LOWER = re.compile(r"[а-яё]")
_CYRILLIC_UPPER = re.compile(r"[А-ЯЁ]")
_FREQUENT = set("оеаинтсрвлкмдпуяы")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_UNWANTED = re.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
"""Removed from every decoded text: controls (tab, newline kept), bidi overrides, invisibles."""
_NUL_PER_THOUSAND = 1
"""More NUL characters than this per thousand characters make a file binary..."""
_NUL_TOLERATED = 8
"""...unless there are no more than this many (a stray NUL in a short story file)."""


def _cyrillic_score(text: str) -> float:
    lower = len(_CYRILLIC_LOWER.findall(text))
    upper = len(_CYRILLIC_UPPER.findall(text))
    frequent = sum(1 for ch in text if ch in _FREQUENT)
    junk = len(_CONTROL.findall(text)) + sum(1 for ch in text if "\u2500" <= ch <= "\u259f")
    return lower * 2 + frequent - upper - junk * 5


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    # Latin text in UTF-16 has a NUL in every other byte; Cyrillic text has 0x04 there.
    odd_04 = sample[1::2].count(4)
    even_04 = sample[0::2].count(4)
    if odd_nuls + odd_04 > half * 0.6 and even_nuls < half * 0.1:
        return "utf-16-le"
    if even_nuls + even_04 > half * 0.6 and odd_nuls < half * 0.1:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str, *, keep: str = "") -> str:
    """Decode a story file's bytes to text.

    Args:
        data: The raw file contents.
        name: The file name, for the error message.
        keep: Control characters the caller placed on purpose and removes itself (the
            spreadsheet reader's mark for a damaged row).

    Returns:
        The text, without a byte-order mark, with newlines as ``\\n``, without control
        characters other than tab and newline, bidi overrides or zero-width spaces.

    Raises:
        RejectedInput: The bytes are not text in any encoding StoryDesk knows (e.g. a binary
            file with a text extension).
    """
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    nuls = text.count("\x00")
    if nuls > _NUL_TOLERATED and nuls * 1000 > len(text) * _NUL_PER_THOUSAND:
        raise RejectedInput(name, translatable("Import", "the file is binary, not text"))
    if keep:
        return "".join(
            keep if part == keep else neutralise(part)
            for part in re.split(f"({re.escape(keep)})", text)
        )
    return neutralise(text)


def neutralise(text: str) -> str:
    """``text`` without controls (tab, newline kept), bidi overrides or zero-width spaces.

    Form feeds and vertical tabs become newlines.
    """
    return _UNWANTED.sub("", text.replace("\f", "\n").replace("\v", "\n"))


def _decode(data: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise RejectedInput(
                    name,
                    translatable("Import", "text marked as {codec} does not decode").format(
                        codec=codec
                    ),
                ) from exc
    # UTF-16 without a BOM first: Cyrillic UTF-16 is also valid (if absurd) UTF-8.
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for codec in _CYRILLIC_CODEPAGES:
        try:
            candidates.append((_cyrillic_score(data[:20000].decode(codec)), codec))
        except UnicodeDecodeError:
            continue
    best = max(candidates, default=None)
    sample_text = data[:20000].decode(best[1]) if best else ""
    if best and best[0] > 0 and len(_CYRILLIC_LOWER.findall(sample_text)) > 20:
        return data.decode(best[1])
    match = from_bytes(data).best()
    if match is None:
        raise RejectedInput(
            name, translatable("Import", "the file is not text in any known encoding")
        )
    return str(match)
