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
