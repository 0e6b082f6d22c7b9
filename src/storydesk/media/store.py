"""Content-addressed storage of story images: validation, thumbnails and export copies.

Every image that enters StoryDesk passes :func:`inspect_image` first. It refuses anything
that is not a JPEG, PNG, GIF or WebP picture Pillow can fully decode, anything larger than
:data:`MAX_IMAGE_BYTES` on disk or :data:`MAX_PIXELS` once decoded (decompression bombs),
and truncated files. Accepted images are kept under ``<root>/ab/<sha256><ext>`` by
:class:`MediaStore`; the name is the SHA-256 of the bytes, so the same image is stored once
and a damaged file can be told from a good one. Thumbnails live in a separate cache folder
and can always be made again.

TIFF and BMP are refused on purpose: neither is what a news story ships, TIFF's many
compressions and tags are a large decoding surface, and BMP files are uncompressed and
huge. SVG is refused because it is a document that can carry scripts, not a picture.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import secrets
import struct
import time
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageOps, UnidentifiedImageError

from storydesk.atomic import write_file
from storydesk.errors import ImageRejected
from storydesk.messages import Message, translatable

if TYPE_CHECKING:
    from storydesk.media.shared import SharedMedia

log = logging.getLogger(__name__)

ALLOWED_FORMATS: dict[str, str] = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp"}
"""Pillow format name -> the extension the stored file gets."""

MAX_IMAGE_BYTES = 40 * 1024 * 1024
"""Largest image file accepted, in bytes."""

MAX_PIXELS = 80_000_000
"""Largest decoded image accepted, in pixels (width × height)."""

MIN_THUMBNAIL = 16
MAX_THUMBNAIL = 2048

_EXTENSIONS = frozenset(ALLOWED_FORMATS.values())
_SHA256 = re.compile(r"[0-9a-f]{64}")
_TMP_SUFFIX = ".tmp"
_ORIENTATION_TAG = 0x0112
# Orientations 5-8 turn the picture by 90 degrees: width and height swap when shown.
_SWAPPING_ORIENTATIONS = frozenset({5, 6, 7, 8})


@dataclass(frozen=True)
class StoredImage:
    """What StoryDesk knows about one accepted image.

    Attributes:
        sha256: SHA-256 of the file's bytes, 64 lowercase hex digits.
        ext: The stored file's extension (``.jpg``, ``.png``, ``.gif`` or ``.webp``).
        width: Width in pixels as shown, after the EXIF orientation is applied.
        height: Height in pixels as shown, after the EXIF orientation is applied.
        bytes: Size of the file in bytes.
        format: Pillow's name for the format (``JPEG``, ``PNG``, ``GIF``, ``WEBP``).
        orientation: The EXIF orientation (1-8; 1 when the file has none).
    """

    sha256: str
    ext: str
    width: int
    height: int
    bytes: int
    format: str
    orientation: int


_DAMAGED = translatable("Media", "file is truncated or damaged")


def _over_pixel_limit() -> Message:
    """ "image is over the <n> megapixel limit"."""
    return translatable("Media", "image is over the {limit} megapixel limit").format(
        limit=MAX_PIXELS // 1_000_000
    )


def _check_pixels(size: tuple[int, int], name: str) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise ImageRejected(name, translatable("Media", "image has no pixels"))
    if width * height > MAX_PIXELS:
        raise ImageRejected(
            name,
            translatable(
                "Media", "image is {width}×{height} pixels, over the {limit} megapixel limit"
            ).format(width=width, height=height, limit=MAX_PIXELS // 1_000_000),
        )


_REFUSED_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
    (b"8BPS", "PSD"),
    (b"\x00\x00\x01\x00", "ICO"),
    (b"%PDF", "PDF"),
)


def _refused_format(data: bytes) -> str | None:
    """Names a well-known picture format StoryDesk refuses, from the file's first bytes."""
    for signature, fmt in _REFUSED_SIGNATURES:
        if data.startswith(signature):
            return fmt
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return "HEIF/AVIF"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<?xml", b"<svg")) and b"<svg" in data[:4096].lower():
        return "SVG"
    return None


def _looks_accepted(data: bytes) -> bool:
    """Whether the bytes start like an accepted format (so a failure means damage)."""
    return data.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")) or (
        data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    )


def _open(data: bytes, name: str) -> Image.Image:
    """Opens image bytes lazily (header only), refusing bombs and unknown formats.

    Pillow's own bomb guard uses the global ``Image.MAX_IMAGE_PIXELS``; StoryDesk does not
    change it but checks its own, lower limit here and turns Pillow's warning into a
    rejection for the duration of the call.
    """
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", Image.DecompressionBombWarning)
            # Only the four accepted decoders ever see the bytes.
            image = Image.open(io.BytesIO(data), formats=list(ALLOWED_FORMATS))
    except Image.DecompressionBombError:
        raise ImageRejected(name, _over_pixel_limit()) from None
    except UnidentifiedImageError:
        refused = _refused_format(data)
        if refused:
            raise ImageRejected(
                name,
                translatable(
                    "Media", "format {format} is not accepted (JPEG, PNG, GIF or WebP only)"
                ).format(format=refused),
            ) from None
        if _looks_accepted(data):
            raise ImageRejected(name, _DAMAGED) from None
        raise ImageRejected(name, translatable("Media", "not an image")) from None
    except (OSError, SyntaxError, ValueError, TypeError, EOFError, struct.error):
        raise ImageRejected(name, _DAMAGED) from None
    try:
        _check_pixels(image.size, name)
    except ImageRejected:
        image.close()
        raise
    if any(issubclass(w.category, Image.DecompressionBombWarning) for w in caught):
        image.close()
        raise ImageRejected(name, _over_pixel_limit())
    return image


def _decode(data: bytes, name: str) -> Image.Image:
    """Opens and fully decodes image bytes; every failure becomes :class:`ImageRejected`."""
    image = _open(data, name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        image.close()
        raise ImageRejected(name, _over_pixel_limit()) from None
    except (OSError, SyntaxError, ValueError, TypeError, EOFError, struct.error):
        image.close()
        raise ImageRejected(name, _DAMAGED) from None
    return image


def _orientation(image: Image.Image) -> int:
    try:
        value = image.getexif().get(_ORIENTATION_TAG, 1)
    except Exception:  # a broken EXIF block is not worth refusing the picture for
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def inspect_image(data: bytes, name: str) -> StoredImage:
    """Checks that bytes are an acceptable image and describes it.

    The file is checked with ``Image.verify()`` (structure and checksums), then opened again
    and fully decoded, which catches truncated pixel data that ``verify`` lets through.

    Args:
        data: The file's bytes.
        name: The file's name, used in the rejection message.

    Returns:
        The image's hash, extension, shown size, byte size, format and EXIF orientation.

    Raises:
        ImageRejected: The bytes are empty, too large, not an image, in a refused format,
            over the pixel limit, or truncated or damaged.
    """
    if not data:
        raise ImageRejected(name, translatable("Media", "file is empty"))
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageRejected(
            name,
            translatable("Media", "file is {size:.1f} MB, over the {limit} MB limit").format(
                size=len(data) / (1024 * 1024), limit=MAX_IMAGE_BYTES // (1024 * 1024)
            ),
        )
    probe = _open(data, name)
    try:
        probe.verify()
    except (OSError, SyntaxError, ValueError, TypeError, EOFError, struct.error):
        raise ImageRejected(name, _DAMAGED) from None
    finally:
        probe.close()

    image = _decode(data, name)
    try:
        # Cameras write multi-picture JPEGs, which Pillow's JPEG decoder reports as MPO.
        fmt = "JPEG" if image.format == "MPO" else image.format or ""
        orientation = _orientation(image)
        width, height = image.size
    finally:
        image.close()
    if orientation in _SWAPPING_ORIENTATIONS:
        width, height = height, width
    return StoredImage(
        sha256=hashlib.sha256(data).hexdigest(),
        ext=ALLOWED_FORMATS[fmt],
        width=width,
        height=height,
        bytes=len(data),
        format=fmt,
        orientation=orientation,
    )


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode == "P" and "transparency" in image.info
    )


def _shown(image: Image.Image) -> Image.Image:
    """The first frame, turned upright and converted to RGB or RGBA for saving."""
    try:
        upright = ImageOps.exif_transpose(image)
    except Exception:  # unreadable EXIF: show the pixels as stored
        upright = image
    mode = "RGBA" if _has_alpha(upright) else "RGB"
    if upright.mode == mode:
        return upright
    try:
        return upright.convert(mode)
    except ValueError:  # e.g. 16-bit greyscale has no direct route to RGB
        return upright.convert("L").convert(mode)


def _encode(image: Image.Image, quality: int) -> tuple[bytes, str]:
    """Encodes as JPEG, or PNG when the image has transparency; no metadata is written."""
    out = io.BytesIO()
    if image.mode == "RGBA":
        image.save(out, format="PNG", optimize=True)
        return out.getvalue(), ".png"
    image.save(out, format="JPEG", quality=quality, optimize=True, progressive=True)
    return out.getvalue(), ".jpg"


def _write_atomically(path: Path, data: bytes) -> None:
    """Writes a file so that it is either absent or complete, even after a power cut.

    The temporary name ends in ``.tmp``, so :meth:`MediaStore.clean_temporary` finds what
    a killed import left.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}{_TMP_SUFFIX}")
    write_file(path, data, temporary=tmp)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


class MediaStore:
    """Original images under ``root`` by content hash, and their thumbnails under ``thumbs_root``.

    Nothing is written anywhere else: the hash and extension that name a file are checked
    (64 lowercase hex digits; one of the accepted extensions) before any path is built.

    For a shared catalogue, ``root`` is this machine's cache of the catalogue's images:
    :meth:`add` also stores an image in the catalogue, and an image missing here is fetched
    from there when it is first needed (:mod:`storydesk.media.shared`).
    """

    def __init__(self, root: Path, thumbs_root: Path, *, shared: SharedMedia | None = None) -> None:
        """Creates a store over two folders (made on first write).

        Args:
            root: Where original images are kept.
            thumbs_root: Where thumbnails are cached.
            shared: A shared catalogue's images, when the catalogue is one.
        """
        self.root = Path(root)
        self.thumbs_root = Path(thumbs_root)
        self.shared = shared

    def add(self, data: bytes, name: str) -> StoredImage:
        """Checks an image and stores it, once.

        Adding the same bytes again rewrites nothing. A stored file whose content no longer
        matches its name (damaged on disk) is replaced with the good bytes.

        Args:
            data: The image file's bytes.
            name: Its name, for the rejection message.

        Returns:
            The description of the stored image.

        Raises:
            ImageRejected: The bytes are not an acceptable image (see :func:`inspect_image`).
        """
        info = inspect_image(data, name)
        path = self.path_for(info.sha256, info.ext)
        if not (
            path.is_file()
            and path.stat().st_size == len(data)
            and _file_sha256(path) == info.sha256
        ):
            _write_atomically(path, data)
        if self.shared is not None:
            self.shared.put(info.sha256, info.ext, data)
        return info

    def path_for(self, sha256: str, ext: str) -> Path:
        """The path of a stored image (which need not exist).

        Raises:
            ValueError: ``sha256`` is not 64 lowercase hex digits or ``ext`` is not accepted.
        """
        _check_key(sha256, ext)
        return self.root / sha256[:2] / f"{sha256}{ext}"

    def _local(self, sha256: str, ext: str) -> Path:
        """The image's file here; for a shared catalogue, fetched first when missing.

        Raises:
            ValueError: The key is invalid.
        """
        path = self.path_for(sha256, ext)
        if self.shared is not None and not path.is_file():
            data = self.shared.fetch(sha256, ext)
            if data is not None:
                try:
                    _write_atomically(path, data)
                except OSError as exc:  # a read-only or full data folder: shown as missing
                    log.warning("could not cache image %s%s in %s: %s", sha256, ext, path, exc)
        return path

    def cached(self, sha256: str, ext: str) -> bool:
        """Whether the image's file is in this folder, without fetching it from a shared
        catalogue. Invalid keys are simply not stored."""
        try:
            return self.path_for(sha256, ext).is_file()
        except ValueError:
            return False

    def share(self, sha256: str, ext: str) -> bool:
        """Upload this folder's copy of an image to the shared catalogue, replacing a
        damaged copy there (``check --repair``); a file here that does not hash to its
        name is not uploaded.

        Returns:
            Whether the image was uploaded (False: not a shared catalogue, or no sound copy
            here).
        """
        if self.shared is None or not self.cached(sha256, ext):
            return False
        try:
            data = self.path_for(sha256, ext).read_bytes()
        except OSError:
            return False
        if hashlib.sha256(data).hexdigest() != sha256:
            return False
        self.shared.replace(sha256, ext, data)
        return True

    def stored_file(self, sha256: str, ext: str) -> Path | None:
        """The stored image's file, or None when the key is invalid or the file is missing."""
        try:
            path = self._local(sha256, ext)
        except ValueError:
            return None
        return path if path.is_file() else None

    def has(self, sha256: str, ext: str) -> bool:
        """Whether the image is stored. Invalid keys are simply not stored."""
        try:
            return self._local(sha256, ext).is_file()
        except ValueError:
            return False

    def open_bytes(self, sha256: str, ext: str) -> bytes:
        """The stored image's bytes.

        Raises:
            ValueError: The key is invalid.
            FileNotFoundError: The image is not stored.
        """
        return self._local(sha256, ext).read_bytes()

    def thumbnail(self, sha256: str, ext: str, size: int = 256) -> Path:
        """A cached thumbnail no larger than ``size``×``size``, upright; made once.

        The thumbnail is a JPEG, or a PNG when the image has transparency.

        Args:
            sha256: The stored image's hash.
            ext: The stored image's extension.
            size: The longest side in pixels (16-2048).

        Returns:
            The thumbnail's path under ``thumbs_root``.

        Raises:
            ValueError: The key or size is invalid.
            FileNotFoundError: The image is not stored.
            ImageRejected: The stored file no longer decodes.
        """
        _check_key(sha256, ext)
        if not isinstance(size, int) or not MIN_THUMBNAIL <= size <= MAX_THUMBNAIL:
            raise ValueError(f"thumbnail size must be {MIN_THUMBNAIL}-{MAX_THUMBNAIL} pixels")
        folder = self.thumbs_root / sha256[:2]
        for thumb_ext in (".jpg", ".png"):
            cached = folder / f"{sha256}-{size}{thumb_ext}"
            if cached.is_file():
                return cached
        data, thumb_ext = self._render(sha256, ext, size, quality=85)
        path = folder / f"{sha256}-{size}{thumb_ext}"
        _write_atomically(path, data)
        return path

    def _render(self, sha256: str, ext: str, max_side: int, quality: int) -> tuple[bytes, str]:
        path = self._local(sha256, ext)
        data = path.read_bytes()
        image = _open(data, str(path))
        try:
            if image.format == "JPEG":
                # Let the JPEG decoder scale down by 1/2..1/8 while decoding: less memory.
                image.draft("RGB", (max_side, max_side))
            try:
                image.load()
            except (OSError, SyntaxError, ValueError, TypeError, EOFError, struct.error):
                raise ImageRejected(str(path), _DAMAGED) from None
            shown = _shown(image)
            shown.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            return _encode(shown, quality)
        finally:
            image.close()

    def verify(self) -> list[str]:
        """Checks every stored image against its name.

        Returns:
            One line per problem: files whose content does not match their hash, files
            misnamed or misplaced, links, and temporary files left by an interrupted write.
        """
        problems: list[str] = []
        if not self.root.is_dir():
            return problems
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
            folder = Path(dirpath)
            for d in dirnames:
                if (folder / d).is_symlink():
                    problems.append(f"{self._rel(folder / d)}: is a link, not a folder")
            for filename in sorted(filenames):
                path = folder / filename
                rel = self._rel(path)
                if filename.endswith(_TMP_SUFFIX):
                    problems.append(f"{rel}: temporary file left by an interrupted write")
                    continue
                if path.is_symlink():
                    problems.append(f"{rel}: is a link, not a stored image")
                    continue
                stem, dot, suffix = filename.partition(".")
                ext = dot + suffix
                if not _SHA256.fullmatch(stem) or ext not in _EXTENSIONS:
                    problems.append(f"{rel}: not a stored image name")
                    continue
                if folder != self.root / stem[:2]:
                    problems.append(f"{rel}: stored in the wrong folder")
                    continue
                try:
                    actual = _file_sha256(path)
                except OSError as e:
                    problems.append(f"{rel}: cannot be read ({e.strerror or e})")
                    continue
                if actual != stem:
                    problems.append(f"{rel}: content does not match its name (damaged)")
        return problems

    def stored(self) -> Iterator[tuple[str, str, Path]]:
        """Every correctly named stored image: ``(sha256, ext, path)``.

        Links, misnamed and temporary files are left out (:meth:`verify` reports them).
        """
        if not self.root.is_dir():
            return
        for dirpath, _dirnames, filenames in os.walk(self.root, followlinks=False):
            folder = Path(dirpath)
            for filename in sorted(filenames):
                stem, dot, suffix = filename.partition(".")
                ext = dot + suffix
                if not _SHA256.fullmatch(stem) or ext not in _EXTENSIONS:
                    continue
                path = folder / filename
                if folder == self.root / stem[:2] and not path.is_symlink():
                    yield stem, ext, path

    def damaged(self) -> list[tuple[str, str, Path]]:
        """Stored images whose content does not match their name: ``(sha256, ext, path)``."""
        found: list[tuple[str, str, Path]] = []
        for sha256, ext, path in self.stored():
            try:
                if _file_sha256(path) != sha256:
                    found.append((sha256, ext, path))
            except OSError:
                continue
        return found

    def orphans(self, referenced: Iterable[tuple[str, str]]) -> list[tuple[Path, int]]:
        """Stored images no story refers to: ``(path, bytes)``, e.g. left by a full disk.

        Args:
            referenced: ``(sha256, ext)`` of every image row in the catalogue.
        """
        keep = {(sha, ext) for sha, ext in referenced}
        found: list[tuple[Path, int]] = []
        for sha256, ext, path in self.stored():
            if (sha256, ext) not in keep:
                try:
                    found.append((path, path.stat().st_size))
                except OSError:
                    continue
        return found

    def remove_orphans(self, referenced: Iterable[tuple[str, str]]) -> list[Path]:
        """Delete the stored images no story refers to; returns the files removed.

        Only files named like stored images and not in ``referenced`` are touched; the
        caller must hold the data folder's writer lock, so no import is adding images.
        """
        removed: list[Path] = []
        for path, _size in self.orphans(referenced):
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            removed.append(path)
        return removed

    def clean_temporary(self, older_than: float | None = 3600.0) -> list[Path]:
        """Remove temporary files interrupted writes left in the media and thumbnail folders.

        Args:
            older_than: Only files at least this many seconds old (``None``: every one,
                when the caller holds the writer lock and no write can be under way).
                Thumbnails are made by readers too, so their temporary files are always
                judged by age.

        Returns:
            The files removed.
        """
        removed: list[Path] = []
        now = time.time()
        for folder, limit in ((self.root, older_than), (self.thumbs_root, older_than or 3600.0)):
            if not folder.is_dir():
                continue
            for dirpath, _dirnames, filenames in os.walk(folder, followlinks=False):
                for filename in filenames:
                    if not filename.endswith(_TMP_SUFFIX):
                        continue
                    path = Path(dirpath) / filename
                    try:
                        if limit is not None and now - path.lstat().st_mtime < limit:
                            continue
                        path.unlink()
                    except OSError:
                        continue
                    removed.append(path)
        return removed

    def _rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


def _check_key(sha256: str, ext: str) -> None:
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise ValueError("an image hash must be 64 lowercase hex digits")
    if ext not in _EXTENSIONS:
        raise ValueError(f"image extension must be one of {', '.join(sorted(_EXTENSIONS))}")
