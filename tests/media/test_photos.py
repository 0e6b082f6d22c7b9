"""Photo copies for briefing packs: fast JPEG decoding, and only the accepted decoders."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from storydesk.errors import ImageRejected
from storydesk.media.photos import PHOTO_MIN_SHARE, print_copy
from storydesk.media.store import MediaStore
from tests.media.images import png_claiming


def _jpeg(size: tuple[int, int], orientation: int | None = None) -> bytes:
    image = Image.new("RGB", size, (70, 130, 180))
    image.paste((250, 220, 90), (0, 0, size[0] // 4, size[1] // 4))  # marks the top-left
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(out, format="JPEG", quality=90, exif=exif)
    return out.getvalue()


def _stored(store: MediaStore, data: bytes) -> Path:
    info = store.add(data, "photo")
    path = store.stored_file(info.sha256, info.ext)
    assert path is not None
    return path


def _swap_in(path: Path, data: bytes) -> None:
    """Put other bytes under a stored image's name (a damaged or tampered media folder)."""
    path.write_bytes(data)


def test_a_camera_photo_is_decoded_at_a_fraction_of_its_size(store: MediaStore) -> None:
    path = _stored(store, _jpeg((2400, 1600)))
    data, width, height = print_copy(path, 1400, 78)
    # The JPEG decoder scaled by 1/2 while decoding: 1200 px is within the share allowed.
    assert (width, height) == (1200, 800) and PHOTO_MIN_SHARE * 1400 <= 1200
    assert print_copy(path, 800, 72)[1:] == (600, 400)
    with Image.open(io.BytesIO(data)) as copy:
        assert copy.format == "JPEG" and copy.size == (1200, 800)
        assert not copy.getexif()  # no camera metadata travels with a pack


def test_a_copy_is_upright_and_never_larger_than_asked(store: MediaStore) -> None:
    path = _stored(store, _jpeg((3000, 1000), orientation=6))  # shown turned a quarter
    _, width, height = print_copy(path, 500, 78)
    assert max(width, height) <= 500 and height > width
    small = _stored(store, _jpeg((300, 200)))
    assert print_copy(small, 1400, 78)[1:] == (300, 200)  # never enlarged


def test_transparency_is_flattened_onto_white(store: MediaStore) -> None:
    out = io.BytesIO()
    Image.new("RGBA", (40, 30), (0, 0, 0, 0)).save(out, format="PNG")
    data, _, _ = print_copy(_stored(store, out.getvalue()), 800, 90)
    with Image.open(io.BytesIO(data)) as copy:
        assert copy.format == "JPEG" and copy.mode == "RGB"
        assert all(channel > 245 for channel in copy.getpixel((20, 15)))


@pytest.mark.parametrize("fmt", ["BMP", "TIFF"])
def test_a_format_outside_the_allow_list_is_never_decoded(store: MediaStore, fmt: str) -> None:
    path = _stored(store, _jpeg((64, 48)))
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (10, 20, 30)).save(out, format=fmt)
    _swap_in(path, out.getvalue())
    with pytest.raises(ImageRejected, match=f"format {fmt} is not accepted") as caught:
        print_copy(path, 800, 72)
    assert str(path) in str(caught.value)


def test_bombs_and_damage_are_refused(store: MediaStore) -> None:
    path = _stored(store, _jpeg((64, 48)))
    _swap_in(path, png_claiming(10_000, 9_000))
    with pytest.raises(ImageRejected, match="megapixel limit"):
        print_copy(path, 800, 72)
    whole = _jpeg((640, 480))
    _swap_in(path, whole[: len(whole) // 2])
    with pytest.raises(ImageRejected, match="truncated or damaged"):
        print_copy(path, 800, 72)
    path.unlink()
    with pytest.raises(FileNotFoundError):
        print_copy(path, 800, 72)
    with pytest.raises(ValueError):
        print_copy(path, 0, 72)


def test_a_changed_file_is_copied_again(store: MediaStore) -> None:
    path = _stored(store, _jpeg((640, 480)))
    assert print_copy(path, 800, 72)[1:] == (640, 480)
    _swap_in(path, _jpeg((320, 240)))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert print_copy(path, 800, 72)[1:] == (320, 240)
