"""Photo copies for briefing packs, decoded only by the image decoders StoryDesk accepts.

A pack shows each story's lead photo at print size (1400 px for PDF, 800 px for HTML).
:func:`print_copy` opens the stored original through the same gate as every image that
enters StoryDesk (:func:`storydesk.media.store.inspect_image`): only the JPEG, PNG, GIF and
WebP decoders ever see the bytes, files over :data:`~storydesk.media.store.MAX_IMAGE_BYTES`
or :data:`~storydesk.media.store.MAX_PIXELS` are refused, and damage is one
:class:`~storydesk.media.store.ImageRejected`. A file swapped in the media folder for a TIFF
or BMP under a stored name is therefore refused here too, not decoded into a pack.

Camera photos are large, and decoding them whole is most of a pack's cost: the JPEG decoder
is asked to scale down by 1/2, 1/4 or 1/8 while decoding, as far as the result keeps
:data:`PHOTO_MIN_SHARE` of the size asked for (a 2400 px photo gives 1200 px for print, 600
px for HTML), which is several times faster.
"""

from __future__ import annotations

import functools
import io
import math
import struct
import warnings
from pathlib import Path

from PIL import Image, ImageOps

from storydesk.errors import ImageRejected
from storydesk.media.store import MAX_IMAGE_BYTES, MAX_PIXELS, _open
from storydesk.messages import translatable

# A copy may come out this much smaller than the size asked for when the JPEG decoder can
# scale the photo down by itself while decoding.
PHOTO_MIN_SHARE = 0.75


def print_copy(path: Path, max_side: int, quality: int) -> tuple[bytes, int, int]:
    """An upright RGB JPEG copy of the stored image at ``path``: ``(bytes, width, height)``.

    The copy's long side is at most ``max_side`` (at least :data:`PHOTO_MIN_SHARE` of it
    when the photo is larger), transparency is flattened onto white, and no metadata (EXIF,
    GPS position, comments) is written. Copies are kept in memory for the session, keyed
    by the file, its size and its modification time, so a print preview repaints without
    decoding again.

    Args:
        path: The stored original (see :meth:`MediaStore.stored_file`).
        max_side: The longest side in pixels.
        quality: JPEG quality (1-95).

    Returns:
        The JPEG's bytes, its width and its height.

    Raises:
        ValueError: ``max_side`` or ``quality`` is out of range.
        OSError: The file cannot be read.
        ImageRejected: The file is too large, in a format StoryDesk does not accept, over the
            pixel limit, truncated or damaged.
    """
    if max_side < 1:
        raise ValueError("max_side must be at least 1 pixel")
    if not 1 <= quality <= 95:
        raise ValueError("quality must be 1-95")
    stat = Path(path).stat()
    return _cached_copy(Path(path), stat.st_size, stat.st_mtime_ns, max_side, quality)


@functools.lru_cache(maxsize=128)
def _cached_copy(
    path: Path, size: int, _mtime_ns: int, max_side: int, quality: int
) -> tuple[bytes, int, int]:
    if size > MAX_IMAGE_BYTES:
        raise ImageRejected(
            str(path),
            translatable("Media", "file is over the {limit} MB limit").format(
                limit=MAX_IMAGE_BYTES // (1024 * 1024)
            ),
        )
    data = path.read_bytes()
    image = _open(data, str(path))  # the accepted decoders only, pixel limit checked
    try:
        width, height = image.size
        longest = max(width, height)
        scale = 1.0
        for factor in (8, 4, 2):
            if longest / factor >= PHOTO_MIN_SHARE * max_side:
                scale = 1.0 / factor
                break
        if scale < 1.0:
            # Only the JPEG decoder can do this; for the other formats it does nothing.
            image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageRejected(
                str(path),
                translatable("Media", "image is over the {limit} megapixel limit").format(
                    limit=MAX_PIXELS // 1_000_000
                ),
            ) from None
        except (OSError, SyntaxError, ValueError, TypeError, EOFError, struct.error):
            raise ImageRejected(
                str(path), translatable("Media", "file is truncated or damaged")
            ) from None
        shown = ImageOps.exif_transpose(image)
        if shown.mode in ("RGBA", "LA", "PA") or "transparency" in shown.info:
            rgba = shown.convert("RGBA")
            flat = Image.new("RGB", rgba.size, "white")
            flat.paste(rgba, mask=rgba.getchannel("A"))
            shown = flat
        elif shown.mode != "RGB":
            shown = shown.convert("RGB")
        if max(shown.size) > max_side:
            shown.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=2.0)
        out = io.BytesIO()
        shown.save(out, "JPEG", quality=quality)
        return out.getvalue(), shown.width, shown.height
    finally:
        image.close()
