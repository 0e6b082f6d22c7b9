"""Text from stories, made safe to print on a terminal.

Titles, bodies and file names come from outside: a title holding ``ESC ] 0 ; … BEL`` would
retitle the user's terminal, ``ESC [ 2 J`` would clear it, and a file name with a newline
would forge a line of the import report. Everything the ``storydesk`` command prints from a
story or a file name goes through :func:`printable` (one line) or :func:`printable_block`
(a body with its line breaks). JSON output needs none of this: ``json.dumps`` escapes
control characters itself.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls; the bidirectional overrides and
# isolates (which reorder what follows them on screen, "Trojan source"); line and paragraph
# separators, which some terminals break lines at.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_UNSAFE_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\n":
        return "\\n"
    if char == "\t":
        return "\\t"
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str | None) -> str:
    """``text`` as one terminal line: every control character shown as an escape (``\\x1b``).

    Args:
        text: A title, a file name, a reason; None gives "".
    """
    if not text:
        return ""
    return _UNSAFE_IN_LINE.sub(_escape, text)


def printable_block(text: str | None) -> str:
    """``text`` with its line breaks and tabs kept, every other control character escaped."""
    if not text:
        return ""
    return _UNSAFE.sub(_escape, text.replace("\r\n", "\n"))
