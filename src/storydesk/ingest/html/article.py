"""The article of a page: where the story is, what is furniture, and its images.

The story is the outermost ``<article>`` (the longest, if several), else ``<main>`` (or
``role=main``), else the whole ``<body>``. Scripts, forms, navigation, asides, hidden
elements and anything whose class or id names page chrome (share buttons, breadcrumbs,
related links) are removed; the page's header and footer too when the story is the whole
body.

Images leave the body and become :class:`ImageDraft` records with their alt text, caption
and credit. Remote images (``src``, ``srcset``, lazy-loading attributes, protocol-relative
``//`` addresses) are kept as addresses and never fetched; ``file:`` and SVG images are
ignored; local ones are read, as regular files only, from inside the page's folder.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag

from storydesk.ingest.containers import read_regular_file
from storydesk.ingest.draft import ImageDraft
from storydesk.ingest.html.parse import (
    ALWAYS_DROP,
    CHROME,
    MEDIA,
    SKIPPED_STRINGS,
    clean_text,
    web_url,
)
from storydesk.media.store import MAX_IMAGE_BYTES

MAX_IMAGES = 200
"""Most images taken from one page; the rest are ignored."""

_CREDIT_TAIL = re.compile(
    r"[\s(\[—–-]*(?:photo\s+credits?|photo\s+by|photos?|credit|фото|фотография|сурет|©)"
    r"\s*[:：]?\s*(?P<credit>[^()\[\]]{2,120}?)\s*[)\]]?\s*\.?\s*$",
    re.IGNORECASE,
)
_CREDIT_CLASSES = ("credit", "photo-credit", "image-credit", "caption-credit")

# Class or id words that mark page chrome inside an article: navigation among sections,
# share buttons, related links, "tap an item" hints (the convention readability tools use).
_CHROME_WORDS = frozenset(
    {
        "nav",
        "navigation",
        "navbar",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "pagination",
        "pager",
        "share",
        "sharing",
        "social",
        "sidebar",
        "related",
        "comments",
        "cookie",
        "banner",
        "toolbar",
        "help",
    }
)
_WORD_SPLIT = re.compile(r"[\s_-]+")


def article_region(soup: BeautifulSoup) -> tuple[Tag, bool]:
    """The element holding the story, and whether it is the whole ``<body>``."""
    articles = [a for a in soup.find_all("article") if isinstance(a, Tag)]
    outer = [a for a in articles if not any(p.name == "article" for p in a.parents)]
    if outer:
        return max(outer, key=lambda a: len(a.get_text())), False
    main = soup.find("main") or soup.find(role="main")
    if isinstance(main, Tag):
        return main, False
    body = soup.find("body")
    return (body if isinstance(body, Tag) else soup), True


def _class_words(tag: Tag) -> list[str]:
    """The tag's class names (a list, whether the parser split them or not)."""
    classes = tag.get("class")
    if classes is None:
        return []
    return [classes] if isinstance(classes, str) else list(classes)


def _is_chrome(tag: Tag) -> bool:
    """Whether the tag's class or id says it is navigation or chrome, not story text."""
    names = " ".join([*_class_words(tag), str(tag.get("id", ""))]).lower()
    return bool(names) and any(w in _CHROME_WORDS for w in _WORD_SPLIT.split(names))


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true":
        return True
    style = str(tag.get("style", "")).replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def strip_furniture(region: Tag, whole_body: bool) -> None:
    """Removes everything that is not story text from the region, in place.

    Args:
        region: The article (see :func:`article_region`).
        whole_body: Whether the region is the whole ``<body>``: its header and footer are
            then page chrome too.
    """
    drop = set(ALWAYS_DROP) | (CHROME if whole_body else {"footer"})
    doomed = [
        t
        for t in region.find_all(True)
        if isinstance(t, Tag)
        and (t.name in drop or t.name in MEDIA or _is_hidden(t) or _is_chrome(t))
    ]
    for tag in doomed:
        if tag.parent is not None:
            tag.extract()
    for node in list(region.find_all(string=lambda s: isinstance(s, SKIPPED_STRINGS))):
        node.extract()


# --- images --------------------------------------------------------------------------------


def article_images(
    region: Tag, base_dir: Path | None, page_url: str | None, whole_body: bool
) -> list[ImageDraft]:
    """Images of the article in document order, at most :data:`MAX_IMAGES`.

    Args:
        region: The article, before :func:`strip_furniture` (which removes its images).
        base_dir: The folder local images are read from; ``None`` reads no file.
        page_url: The page's own address, against which relative images become URLs.
        whole_body: Whether the region is the whole ``<body>`` (see :func:`strip_furniture`).
    """
    dropped = set(ALWAYS_DROP) | (CHROME if whole_body else {"footer"})
    drafts: list[ImageDraft] = []
    seen: set[str] = set()
    for img in region.find_all("img"):
        if not isinstance(img, Tag) or _is_hidden(img):
            continue
        if any(
            p is not region and (p.name in dropped or _is_hidden(p) or _is_chrome(p))
            for p in img.parents
            if isinstance(p, Tag)
        ):
            continue
        src = _img_src(img)
        if not src or src in seen or _is_tracking_pixel(img):
            continue
        figure = img.find_parent("figure")
        caption, credit = _caption_and_credit(figure) if isinstance(figure, Tag) else (None, None)
        if caption is None and img.get("title"):
            caption = clean_text(str(img["title"])) or None
        draft = _image_draft(src, base_dir, page_url)
        if draft is None:
            continue
        seen.add(src)
        if len(drafts) >= MAX_IMAGES:
            break
        draft.alt = clean_text(str(img.get("alt") or "")) or None
        draft.caption = caption
        draft.credit = credit
        drafts.append(draft)
    return drafts


def _img_src(img: Tag) -> str | None:
    for attr in ("src", "data-src", "data-original", "data-lazy-src"):
        value = img.get(attr)
        if isinstance(value, str) and value.strip() and not value.strip().startswith("data:"):
            return value.strip()
    srcset = img.get("srcset") or img.get("data-srcset")
    if isinstance(srcset, str) and srcset.strip():
        return srcset.split(",")[0].split()[0]
    return None


def _is_tracking_pixel(img: Tag) -> bool:
    for attr in ("width", "height"):
        value = str(img.get(attr, "")).strip()
        if value.isdigit() and int(value) <= 2:
            return True
    return False


def _image_draft(src: str, base_dir: Path | None, page_url: str | None) -> ImageDraft | None:
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", src)
    parts = urlsplit(cleaned)
    scheme = parts.scheme.lower()
    if scheme or cleaned.startswith("//"):
        url = web_url(cleaned, None)
        return _remote(url)
    path = unquote(parts.path).replace("\\", "/")
    if path.lower().endswith(".svg"):
        return None  # never accepted as a story image
    if base_dir is not None and path and "\x00" not in path:
        base = base_dir.resolve()
        try:
            candidate = (base / path.lstrip("/")).resolve()
        except (OSError, RuntimeError, ValueError):
            candidate = None
        if candidate is not None and candidate.is_relative_to(base):
            if candidate.is_file():
                return ImageDraft(
                    name=candidate.relative_to(base).as_posix(),
                    load=_file_reader(candidate),
                    url=web_url(src, page_url) if page_url else None,
                )
        else:
            return None  # escapes the page's folder: ignored outright
    return _remote(web_url(src, page_url) if page_url else None)


def _remote(url: str | None) -> ImageDraft | None:
    if url is None or urlsplit(url).path.lower().endswith(".svg"):
        return None
    return ImageDraft(url=url)


def _file_reader(path: Path) -> Callable[[], bytes]:
    def load() -> bytes:
        # Only a regular file is opened (never a pipe that would block); failures are
        # rejections naming the image. One byte over the limit is enough for the media
        # store to refuse the file.
        return read_regular_file(path, MAX_IMAGE_BYTES + 1, str(path))

    return load


def _caption_and_credit(figure: Tag) -> tuple[str | None, str | None]:
    credit: str | None = None
    credit_tags = [
        t
        for t in figure.find_all(True)
        if isinstance(t, Tag)
        and (t.name == "small" or any(c in _CREDIT_CLASSES for c in (t.get("class") or [])))
    ]
    for tag in credit_tags:
        text = clean_text(tag.get_text(" "))
        if text and credit is None:
            credit = _CREDIT_TAIL.sub(lambda m: m["credit"], text).strip() or text
    figcaption = figure.find("figcaption")
    caption: str | None = None
    if isinstance(figcaption, Tag):
        pieces = []
        for node in figcaption.descendants:
            if isinstance(node, NavigableString) and not isinstance(node, SKIPPED_STRINGS):
                if any(p in credit_tags for p in node.parents):
                    continue
                pieces.append(str(node))
        caption = clean_text(" ".join(pieces)) or None
    if caption and credit is None:
        match = _CREDIT_TAIL.search(caption)
        if match and (match.start() > 0 or re.match(r"\W*(photo|фото|сурет|©)", caption, re.I)):
            credit = match["credit"].strip()
            caption = caption[: match.start()].rstrip(" .,;:—–-(") or None
            if caption:
                caption = caption + ("" if caption[-1] in ".!?…" else ".")
    if credit:
        credit = credit.strip(" .")
    return caption, credit or None
