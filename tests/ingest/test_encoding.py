"""Story files arrive in every encoding office machines write."""

from __future__ import annotations

import pytest

from storydesk.errors import RejectedInput
from storydesk.ingest.encoding import decode_bytes

RUSSIAN = "Возле молодёжного центра в Балыкчы во время японской миссии. Партнёрство и результаты."
KAZAKH = "Шымкентте жаңа мектеп ашылды. Әкімдік өкілдері қатысты."


@pytest.mark.parametrize(
    "codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "koi8_r", "cp866"]
)
def test_russian_text_decodes_in_every_common_encoding(codec: str) -> None:
    assert decode_bytes(RUSSIAN.encode(codec), "story.txt") == RUSSIAN


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le"])
def test_kazakh_letters_survive(codec: str) -> None:
    assert decode_bytes(KAZAKH.encode(codec), "story.txt") == KAZAKH


def test_windows_newlines_become_unix() -> None:
    assert decode_bytes(b"a\r\nb\rc", "x.txt") == "a\nb\nc"


def test_binary_file_is_rejected_with_its_name() -> None:
    with pytest.raises(RejectedInput) as caught:
        decode_bytes(b"\x00\x01\x02\x03PK\x00\x00" * 50, "photo.txt")
    assert caught.value.path == "photo.txt"


def test_controls_bidi_overrides_and_zero_width_spaces_are_removed() -> None:
    raw = "Water\x1b]0;x\x07\x1b[2J \u202efor\u202c\u2066 Na\u200bryn\u2069\ufeff\x85\x9b!\n\tok"
    assert decode_bytes(raw.encode("utf-8"), "t.md") == "Water]0;x[2J for Naryn!\n\tok"


def test_joiners_and_direction_marks_stay() -> None:
    text = "می\u200cخواهم \u200f👩\u200d💻 Ысык-Көл"
    assert decode_bytes(text.encode("utf-8"), "t.md") == text


def test_form_feeds_become_newlines() -> None:
    assert decode_bytes(b"page one\x0cpage two\x0bline", "t.txt") == "page one\npage two\nline"


def test_a_few_stray_nuls_are_removed_not_fatal() -> None:
    rows = "".join(f"{n},Бишкек,история номер {n}\n" for n in range(2000))
    damaged = rows[:5000] + "\x00\x00\x00" + rows[5000:]
    assert decode_bytes(damaged.encode("utf-8"), "rows.csv") == rows
    assert decode_bytes(b"title: Clean\x00 water\n", "t.md") == "title: Clean water\n"
