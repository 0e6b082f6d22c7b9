"""Tests for image validation and the content-addressed media store."""

from __future__ import annotations

import hashlib
import io
import os
import time
from pathlib import Path

import pytest
from PIL import Image

from storydesk.errors import ImageRejected, RejectedInput
from storydesk.media.store import (
    MAX_IMAGE_BYTES,
    MediaStore,
    StoredImage,
    inspect_image,
)
from tests.media.images import png_claiming


def _jpeg(size: tuple[int, int] = (40, 20), orientation: int | None = None) -> bytes:
    image = Image.new("RGB", size, (200, 30, 30))
    # A marker in the top-left corner shows where the picture's "up" went.
    image.paste((0, 0, 255), (0, 0, size[0] // 4, size[1] // 4))
    out = io.BytesIO()
    kwargs = {}
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        exif[0x010F] = "CameraMaker"
        kwargs["exif"] = exif
    image.save(out, format="JPEG", quality=90, **kwargs)
    return out.getvalue()


def _png_alpha(size: tuple[int, int] = (30, 30)) -> bytes:
    image = Image.new("RGBA", size, (0, 128, 0, 100))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _gif() -> bytes:
    frames = [Image.new("P", (16, 12), i) for i in range(3)]
    out = io.BytesIO()
    frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:], duration=50)
    return out.getvalue()


def _save(fmt: str, mode: str = "RGB", size: tuple[int, int] = (10, 10)) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size).save(out, format=fmt)
    return out.getvalue()


def _all_files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


# --- inspect_image ---------------------------------------------------------------------


def test_inspect_jpeg_with_exif_orientation_swaps_shown_size() -> None:
    data = _jpeg((40, 20), orientation=6)
    info = inspect_image(data, "photo.jpg")
    assert info == StoredImage(
        sha256=hashlib.sha256(data).hexdigest(),
        ext=".jpg",
        width=20,
        height=40,
        bytes=len(data),
        format="JPEG",
        orientation=6,
    )


def test_inspect_plain_formats() -> None:
    png = inspect_image(_png_alpha(), "a.png")
    assert (png.format, png.ext, png.width, png.height, png.orientation) == (
        "PNG",
        ".png",
        30,
        30,
        1,
    )
    gif = inspect_image(_gif(), "a.gif")
    assert (gif.format, gif.ext, gif.width, gif.height) == ("GIF", ".gif", 16, 12)
    webp = inspect_image(_save("WEBP"), "a.webp")
    assert (webp.format, webp.ext) == ("WEBP", ".webp")


def test_rejection_is_a_rejected_input_naming_the_file() -> None:
    with pytest.raises(RejectedInput) as caught:
        inspect_image(os.urandom(2048), "noise.jpg")
    assert isinstance(caught.value, ImageRejected)
    assert caught.value.path == "noise.jpg"
    assert caught.value.reason == "not an image"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "file is empty"),
        (b"hello, world" * 10, "not an image"),
        (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "format SVG"),
    ],
)
def test_non_images_are_rejected(data: bytes, reason: str) -> None:
    with pytest.raises(ImageRejected, match=reason):
        inspect_image(data, "x")


@pytest.mark.parametrize("fmt", ["TIFF", "BMP"])
def test_refused_formats_say_which_format(fmt: str) -> None:
    with pytest.raises(ImageRejected) as caught:
        inspect_image(_save(fmt), f"scan.{fmt.lower()}")
    assert caught.value.reason.startswith(f"format {fmt} is not accepted")


def test_truncated_jpeg_is_rejected() -> None:
    data = _jpeg((400, 300))
    with pytest.raises(ImageRejected, match="truncated or damaged"):
        inspect_image(data[: len(data) // 2], "cut.jpg")


def test_truncated_png_is_rejected() -> None:
    out = io.BytesIO()
    Image.effect_noise((200, 200), 50).save(out, format="PNG")
    data = out.getvalue()
    with pytest.raises(ImageRejected, match="truncated or damaged"):
        inspect_image(data[: len(data) - 300], "cut.png")


@pytest.mark.parametrize("offset", [40, 45])  # the IDAT chunk's name; its data
def test_damaged_png_is_rejected(offset: int) -> None:
    data = bytearray(_png_alpha())
    data[offset] ^= 0xFF
    with pytest.raises(ImageRejected, match="truncated or damaged"):
        inspect_image(bytes(data), "bad.png")


@pytest.mark.parametrize("size", [(100_000, 100_000), (10_000, 9_000)])
def test_decompression_bombs_are_rejected(size: tuple[int, int]) -> None:
    # 10000×9000 = 90 Mpx: under Pillow's own error threshold, over StoryDesk's limit.
    with pytest.raises(ImageRejected, match="80 megapixel limit"):
        inspect_image(png_claiming(*size), "bomb.png")


def test_bomb_message_gives_dimensions_when_known() -> None:
    with pytest.raises(ImageRejected) as caught:
        inspect_image(png_claiming(10_000, 9_000), "bomb.png")
    assert caught.value.reason == "image is 10000×9000 pixels, over the 80 megapixel limit"


def test_bomb_check_leaves_pillow_global_alone() -> None:
    before = Image.MAX_IMAGE_PIXELS
    with pytest.raises(ImageRejected):
        inspect_image(png_claiming(100_000, 100_000), "bomb.png")
    assert before == Image.MAX_IMAGE_PIXELS


def test_oversized_file_is_rejected_before_decoding() -> None:
    with pytest.raises(ImageRejected, match="over the 40 MB limit"):
        inspect_image(b"\xff\xd8" + b"\x00" * MAX_IMAGE_BYTES, "huge.jpg")


# --- MediaStore.add and paths ---------------------------------------------------------------


def test_add_stores_content_addressed(store: MediaStore) -> None:
    data = _jpeg()
    info = store.add(data, "photo.jpg")
    path = store.path_for(info.sha256, info.ext)
    assert path == store.root / info.sha256[:2] / f"{info.sha256}.jpg"
    assert path.read_bytes() == data
    assert store.has(info.sha256, ".jpg")
    assert store.open_bytes(info.sha256, ".jpg") == data
    assert not store.has(info.sha256, ".png")


def test_add_is_idempotent(store: MediaStore) -> None:
    data = _png_alpha()
    info = store.add(data, "a.png")
    path = store.path_for(info.sha256, info.ext)
    before = path.stat()
    assert store.add(data, "again.png") == info
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert _all_files(store.root) == {path}


def test_add_repairs_a_damaged_copy(store: MediaStore) -> None:
    data = _jpeg()
    info = store.add(data, "a.jpg")
    path = store.path_for(info.sha256, info.ext)
    path.write_bytes(b"\x00" * len(data))
    store.add(data, "a.jpg")
    assert path.read_bytes() == data


def test_rejected_add_writes_nothing(store: MediaStore, tmp_path: Path) -> None:
    with pytest.raises(ImageRejected):
        store.add(b"not an image at all", "x.jpg")
    assert _all_files(tmp_path) == set()


@pytest.mark.parametrize(
    ("sha", "ext"),
    [
        ("../../etc/passwd", ".jpg"),
        ("a" * 63, ".jpg"),
        ("A" * 64, ".jpg"),
        ("g" * 64, ".jpg"),
        ("a" * 62 + "/..", ".jpg"),
        ("a" * 64 + "\n", ".jpg"),
        ("a" * 64, "/../../x.jpg"),
        ("a" * 64, ".svg"),
        ("a" * 64, ""),
        ("a" * 64, ".jpg/../../x"),
    ],
)
def test_invalid_keys_never_become_paths(store: MediaStore, sha: str, ext: str) -> None:
    with pytest.raises(ValueError):
        store.path_for(sha, ext)
    with pytest.raises(ValueError):
        store.open_bytes(sha, ext)
    with pytest.raises(ValueError):
        store.thumbnail(sha, ext)
    assert store.has(sha, ext) is False


# --- thumbnails and export copies -----------------------------------------------------------


def test_thumbnail_is_upright_cached_and_made_once(store: MediaStore) -> None:
    info = store.add(_jpeg((400, 200), orientation=6), "photo.jpg")
    thumb = store.thumbnail(info.sha256, info.ext, size=100)
    assert thumb.is_relative_to(store.thumbs_root)
    assert thumb.suffix == ".jpg"
    with Image.open(thumb) as image:
        assert image.size == (50, 100)  # turned upright: portrait
        assert image.format == "JPEG"
    made = thumb.stat().st_mtime_ns
    assert store.thumbnail(info.sha256, info.ext, size=100) == thumb
    assert thumb.stat().st_mtime_ns == made
    other = store.thumbnail(info.sha256, info.ext, size=64)
    assert other != thumb


def test_thumbnail_keeps_transparency_as_png(store: MediaStore) -> None:
    info = store.add(_png_alpha((300, 150)), "logo.png")
    thumb = store.thumbnail(info.sha256, info.ext, size=60)
    assert thumb.suffix == ".png"
    with Image.open(thumb) as image:
        assert image.mode == "RGBA"
        assert image.size == (60, 30)


def test_thumbnail_of_gif_uses_first_frame(store: MediaStore) -> None:
    info = store.add(_gif(), "anim.gif")
    thumb = store.thumbnail(info.sha256, info.ext, size=32)
    with Image.open(thumb) as image:
        assert max(image.size) <= 32


def test_thumbnail_size_is_bounded(store: MediaStore) -> None:
    info = store.add(_jpeg(), "a.jpg")
    for bad in (0, 8, 100_000):
        with pytest.raises(ValueError):
            store.thumbnail(info.sha256, info.ext, size=bad)


def test_thumbnail_of_missing_image(store: MediaStore) -> None:
    with pytest.raises(FileNotFoundError):
        store.thumbnail("0" * 64, ".jpg")


def test_a_small_copy_is_upright_jpeg_without_metadata(store: MediaStore) -> None:
    info = store.add(_jpeg((800, 400), orientation=6), "photo.jpg")
    data = store.thumbnail(info.sha256, info.ext, size=200).read_bytes()
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        assert image.size == (100, 200)
        assert not image.getexif()
        assert "exif" not in image.info
        # The blue marker, top-left in the stored pixels, is top-right once turned.
        r, _g, b = image.convert("RGB").getpixel((95, 5))
        assert b > 150 and r < 100


def test_a_small_copy_never_enlarges_and_keeps_alpha(store: MediaStore) -> None:
    info = store.add(_png_alpha((30, 20)), "a.png")
    data = store.thumbnail(info.sha256, info.ext, size=1000).read_bytes()
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG"
        assert image.size == (30, 20)
        assert image.mode == "RGBA"


def test_a_small_copy_converts_palette_and_greyscale(store: MediaStore) -> None:
    for data in (_gif(), _save("PNG", "L", (64, 32)), _save("PNG", "I;16", (64, 32))):
        info = store.add(data, "x")
        out = store.thumbnail(info.sha256, info.ext, size=16).read_bytes()
        with Image.open(io.BytesIO(out)) as image:
            assert max(image.size) == 16


# --- verify ---------------------------------------------------------------------------------


def test_verify_clean_store(store: MediaStore) -> None:
    assert store.verify() == []
    store.add(_jpeg(), "a.jpg")
    store.add(_png_alpha(), "b.png")
    assert store.verify() == []


def test_verify_finds_damage_and_strays(store: MediaStore) -> None:
    good = store.add(_jpeg(), "a.jpg")
    bad = store.add(_png_alpha(), "b.png")
    store.path_for(bad.sha256, bad.ext).write_bytes(b"garbage")
    folder = store.root / good.sha256[:2]
    (folder / f".{good.sha256}.jpg.abc123.tmp").write_bytes(b"half")
    (folder / "notes.txt").write_text("hello")
    misplaced = store.root / "zz" / f"{good.sha256}.jpg"
    misplaced.parent.mkdir()
    misplaced.write_bytes(_jpeg())
    problems = store.verify()
    assert len(problems) == 4
    text = "\n".join(problems)
    assert f"{bad.sha256}.png: content does not match its name" in text
    assert "temporary file" in text
    assert "notes.txt: not a stored image name" in text
    assert "zz/" in text and "wrong folder" in text


# -- leftovers: images no story uses, temporary files -----------------------------------


def test_orphans_are_found_and_removed_but_referenced_images_never(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media", tmp_path / "thumbs")
    used = store.add(_jpeg((40, 20)), "used.jpg")
    unused = store.add(_jpeg((20, 40)), "unused.jpg")
    stranger = tmp_path / "media" / "notes.txt"
    stranger.write_text("not an image name")
    referenced = [(used.sha256, used.ext)]
    orphans = store.orphans(referenced)
    assert [p for p, _ in orphans] == [store.path_for(unused.sha256, unused.ext)]
    assert orphans[0][1] == unused.bytes
    removed = store.remove_orphans(referenced)
    assert removed == [store.path_for(unused.sha256, unused.ext)]
    assert store.has(used.sha256, used.ext) and not store.has(unused.sha256, unused.ext)
    assert stranger.exists()  # only files named like stored images are ever removed
    assert store.orphans(referenced) == []


def test_old_temporary_files_are_cleaned_and_fresh_ones_kept(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media", tmp_path / "thumbs")
    info = store.add(_jpeg(), "a.jpg")
    folder = store.path_for(info.sha256, info.ext).parent
    old = folder / f".{info.sha256}.jpg.abcdef.tmp"
    fresh = folder / f".{info.sha256}.jpg.123456.tmp"
    thumb_old = tmp_path / "thumbs" / "ab" / ".x.jpg.1.tmp"
    thumb_old.parent.mkdir(parents=True)
    for path in (old, fresh, thumb_old):
        path.write_bytes(b"partial")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    os.utime(thumb_old, (two_hours_ago, two_hours_ago))
    assert any("temporary file" in p for p in store.verify())
    assert sorted(store.clean_temporary()) == sorted([old, thumb_old])
    assert fresh.exists()
    # Holding the writer lock, every media temporary file is stale; fresh thumbnails' are not.
    thumb_fresh = thumb_old.with_name(".y.jpg.2.tmp")
    thumb_fresh.write_bytes(b"partial")
    assert store.clean_temporary(older_than=None) == [fresh]
    assert thumb_fresh.exists()
    assert store.verify() == []
