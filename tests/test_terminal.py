"""Text from stories cannot drive the terminal it is printed on."""

from __future__ import annotations

from storydesk.terminal import printable, printable_block


def test_escape_sequences_are_shown_not_obeyed() -> None:
    title = "\x1b]0;pwned\x07\x1b[2JTitle"
    shown = printable(title)
    assert "\x1b" not in shown and "\x07" not in shown
    assert shown == "\\x1b]0;pwned\\x07\\x1b[2JTitle"


def test_a_newline_in_a_file_name_cannot_forge_a_line() -> None:
    name = "a.md\nrejected: everything.md: forged"
    assert "\n" not in printable(name)
    assert printable(name).startswith("a.md\\nrejected")


def test_bidi_overrides_and_c1_controls_are_escaped() -> None:
    assert printable("abc\u202edcba\u2066x\u0085") == "abc\\u202edcba\\u2066x\\x85"


def test_blocks_keep_their_lines_and_ordinary_text() -> None:
    body = "Первая строка\n\tвторая — «цитата»\r\nтретья\x1b[31m"
    assert printable_block(body) == "Первая строка\n\tвторая — «цитата»\nтретья\\x1b[31m"
    assert printable(None) == "" and printable_block("") == ""
