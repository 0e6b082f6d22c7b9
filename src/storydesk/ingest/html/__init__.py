"""Reads a saved HTML article (``.html``, ``.htm``) into a :class:`StoryDraft`.

Metadata comes from the page head (Open Graph, ``<meta>``, ``<link rel=canonical>``,
``<html lang>``); the body is the ``<article>`` (or ``<main>``, or ``<body>`` without its
navigation and chrome) turned into plain Markdown. The converter writes only Markdown:
no tag, attribute or script from the page survives, links are kept only for http(s) and
mailto addresses, and text that looks like Markdown or HTML is escaped. Images become
:class:`ImageDraft` records and leave the body; remote images are recorded by URL and never
fetched, local ones are read only from inside the folder the page came from.

Hostile pages are expected: the tree is never deeper than :data:`MAX_DEPTH` (deeper tags are
flattened into their ancestor while parsing), and pages over :data:`MAX_HTML_CHARS` are
refused.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag
from bs4.element import CData, Declaration, ProcessingInstruction

from storydesk.errors import RejectedInput
from storydesk.ingest.containers import read_regular_file
from storydesk.ingest.draft import ImageDraft, StoryDraft
from storydesk.media.store import MAX_IMAGE_BYTES

MAX_HTML_CHARS = 10_000_000
"""Largest page read, in characters; a story page is rarely over 1 MB."""

MAX_IMAGES = 200
"""Most images taken from one page; the rest are ignored."""

MAX_DEPTH = 200
"""Deepest element nesting kept; deeper tags are dropped (their text is kept)."""

# Removed wherever they are: never content, or active content.
_ALWAYS_DROP = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
        "embed", "applet", "svg", "math", "canvas", "form", "input", "button", "select",
        "textarea", "option", "nav", "aside", "link", "meta", "head", "title", "base",
        "video", "audio", "source", "track", "map", "area", "dialog", "param",
    }
)  # fmt: skip
# Page chrome, removed when the body is the whole <body>; an article's own <header> often
# holds its lede, so only its footer (share buttons, tags) goes.
_CHROME = frozenset({"header", "footer"})
_MEDIA = frozenset({"img", "figure", "picture"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "ul", "ol", "li",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "hr", "dl", "dt", "dd", "address", "details", "summary", "center", "fieldset",
        "figcaption", "body", "html", "hgroup", "menu", *_HEADINGS,
    }
)  # fmt: skip
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
_STRONG = frozenset({"strong", "b"})
_EMPHASIS = frozenset({"em", "i", "cite", "dfn"})
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_SKIPPED_STRINGS = (Comment, Doctype, CData, Declaration, ProcessingInstruction)

_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u200b]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
# Characters that could start Markdown or HTML anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\`*\[\]<>|~])")
# Underscores only matter at word edges (snake_case stays readable).
_UNDERSCORE = re.compile(r"(?<![0-9A-Za-zА-Яа-яЁё])_|_(?![0-9A-Za-zА-Яа-яЁё])")
# What would make a line a heading, quote, list item or rule.
_LINE_START = re.compile(r"^(\s*)(#|>|[-+=]|\d{1,9}[.)])")
_LIST_ITEM = re.compile(r"(?:- |\d{1,9}\. )")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_TITLE_SEPARATORS = (" | ", " — ", " – ", " - ", " :: ", " « ", " » ", " · ")
_CREDIT_TAIL = re.compile(
    r"[\s(\[—–-]*(?:photo\s+credits?|photo\s+by|photos?|credit|фото|фотография|сурет|©)"
    r"\s*[:：]?\s*(?P<credit>[^()\[\]]{2,120}?)\s*[)\]]?\s*\.?\s*$",
    re.IGNORECASE,
)
_CREDIT_CLASSES = ("credit", "photo-credit", "image-credit", "caption-credit")
_CYRILLIC_LANGS = frozenset({"ru", "kk", "ky", "tg", "uk", "be", "bg", "mn", "sr", "mk"})


class _ShallowSoup(BeautifulSoup):
    """A BeautifulSoup tree that never nests deeper than :data:`MAX_DEPTH`.

    Tags opened deeper are dropped (their text joins the deepest kept element) and so are
    their end tags, so ten megabytes of ``<div>`` cost neither recursion nor memory.
    """

    def __init__(self, markup: str) -> None:
        self._dropped: Counter[str] = Counter()
        super().__init__(markup, "html.parser")

    def handle_starttag(  # type: ignore[override]
        self, name: str, namespace: Any, nsprefix: Any, attrs: Any, *args: Any, **kwargs: Any
    ) -> Tag | None:
        if len(self.tagStack) > MAX_DEPTH:
            self.endData()
            if name not in _VOID:
                self._dropped[name] += 1
            return None
        return super().handle_starttag(name, namespace, nsprefix, attrs, *args, **kwargs)

    def handle_endtag(self, name: str, nsprefix: str | None = None) -> None:
        if self._dropped[name]:
            self._dropped[name] -= 1
            self.endData()
            return
        super().handle_endtag(name, nsprefix)


def read_html(text: str, origin_file: str, base_dir: Path | None = None) -> list[StoryDraft]:
    """Reads one HTML article.

    Args:
        text: The page, already decoded.
        origin_file: The file's name or bundle path, kept on the draft and used in errors.
        base_dir: The folder relative image paths are resolved against; images outside it
            are ignored. ``None`` keeps relative images only as URLs (when the page's own
            URL is known) and never reads a file.

    Returns:
        One draft (a page holds one article).

    Raises:
        RejectedInput: The page is too large or has neither a title nor any text.
    """
    if len(text) > MAX_HTML_CHARS:
        raise RejectedInput(
            origin_file,
            f"page is {len(text) / 1_000_000:.1f} million characters, "
            f"over the {MAX_HTML_CHARS // 1_000_000} million limit",
        )
    soup = _ShallowSoup(text)
    meta = _Meta(soup)
    explicit: set[str] = set()

    site_name = meta.first(("property", "og:site_name"), ("name", "application-name"))
    source_url = _web_url(
        meta.first(("property", "og:url")) or _link_href(soup, "canonical"), base=None
    )
    region, whole_body = _article_region(soup)

    title, title_tag = _title(soup, region, meta, site_name)
    if title:
        explicit.add("title")
    if title_tag is not None:
        title_tag.decompose()

    images = _images(region, base_dir, source_url, whole_body)
    _strip(region, whole_body)
    if not title:
        title = _fallback_title(region) or Path(origin_file).stem
    body = _Markdown(source_url).convert(region)
    if not body and not explicit:
        raise RejectedInput(origin_file, "the page has no title and no article text")

    draft = StoryDraft(title=title, body=body, origin_file=origin_file, images=images)

    date_text = (
        meta.first(
            ("property", "article:published_time"),
            ("name", "article:published_time"),
            ("itemprop", "datePublished"),
            ("name", "date"),
            ("name", "dc.date"),
            ("name", "dcterms.date"),
            ("name", "dc.date.issued"),
            ("name", "pubdate"),
            ("name", "publish-date"),
        )
        or _time_datetime(region)
        or _time_datetime(soup)
    )
    draft.date = _iso_date(date_text)
    if draft.date is not None:
        explicit.add("date")

    author = meta.first(("name", "author"), ("property", "article:author")) or _rel_author(soup)
    if author and not _is_web_address(author):
        draft.author = author
        explicit.add("author")
    summary = meta.first(
        ("name", "description"), ("property", "og:description"), ("name", "twitter:description")
    )
    if summary:
        draft.summary = summary
        explicit.add("summary")
    if source_url:
        draft.source_url = source_url
        explicit.add("source_url")
    if site_name:
        draft.source_name = site_name
        explicit.add("source_name")

    language = _html_lang(soup)
    if language:
        draft.language = language
        # Templates often keep lang="en" over Russian text: trust it only if the script agrees.
        if _script_agrees(language, body or title):
            explicit.add("language")
    draft.explicit = explicit
    return [draft]


# --- metadata ----------------------------------------------------------------------------


class _Meta:
    """The page's ``<meta>`` values by (attribute, lowercased key)."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self._values: dict[tuple[str, str], str] = {}
        for tag in soup.find_all("meta"):
            content = _clean_text(str(tag.get("content") or ""))
            if not content:
                continue
            for attr in ("property", "name", "itemprop"):
                key = tag.get(attr)
                if isinstance(key, str) and key.strip():
                    self._values.setdefault((attr, key.strip().lower()), content)

    def first(self, *keys: tuple[str, str]) -> str | None:
        """The first present value among ``keys``."""
        for key in keys:
            value = self._values.get(key)
            if value:
                return value
        return None


def _clean_text(text: str) -> str:
    return _WS.sub(" ", _CONTROL.sub("", text)).strip()


def _link_href(soup: BeautifulSoup, rel: str) -> str | None:
    for link in soup.find_all("link"):
        rels = link.get("rel") or []
        if isinstance(rels, str):
            rels = rels.split()
        if rel in [r.lower() for r in rels] and link.get("href"):
            return str(link["href"]).strip()
    return None


def _rel_author(soup: BeautifulSoup) -> str | None:
    for tag in soup.find_all(attrs={"rel": True}):
        rels = tag.get("rel") or []
        if isinstance(rels, str):
            rels = rels.split()
        if "author" in [r.lower() for r in rels] and tag.name != "link":
            name = _clean_text(tag.get_text(" "))
            if name:
                return name
    return None


def _time_datetime(root: Tag) -> str | None:
    for time in root.find_all("time"):
        value = time.get("datetime")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _iso_date(text: str | None) -> dt.date | None:
    """A date from an ISO date or datetime; anything else is left to text date extraction."""
    if not text:
        return None
    match = _ISO_DATE.match(text)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _html_lang(soup: BeautifulSoup) -> str | None:
    html = soup.find("html")
    value = html.get("lang") or html.get("xml:lang") if isinstance(html, Tag) else None
    if not isinstance(value, str):
        return None
    code = value.strip()[:2].lower()
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def _script_agrees(language: str, text: str) -> bool:
    cyrillic = len(re.findall(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if cyrillic + latin < 20:
        return True
    return (cyrillic > latin) == (language in _CYRILLIC_LANGS)


def _is_web_address(text: str) -> bool:
    return bool(re.match(r"^(https?:)?//", text, re.IGNORECASE))


def _web_url(href: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL from ``href`` (resolved against ``base``), else ``None``."""
    if not href:
        return None
    href = re.sub(r"[\x00-\x20\x7f]", "", href)  # browsers ignore these inside a scheme
    if base:
        href = urljoin(base, href)
    elif href.startswith("//"):
        href = "https:" + href
    parts = urlsplit(href)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return href
    return None


# --- title ---------------------------------------------------------------------------------


def _title(
    soup: BeautifulSoup, region: Tag, meta: _Meta, site_name: str | None
) -> tuple[str | None, Tag | None]:
    """The headline, and the ``<h1>`` that shows it in the body (to drop), if any."""
    h1 = region.find("h1")
    if not isinstance(h1, Tag):
        main = soup.find("main") or soup.find("article")
        h1 = main.find("h1") if isinstance(main, Tag) else None
    h1_text = _clean_text(h1.get_text(" ")) if isinstance(h1, Tag) else ""
    og = meta.first(("property", "og:title"), ("name", "twitter:title"))
    if og:
        title = _strip_site_suffix(og, site_name)
        same = h1_text and _clean_text(h1_text).casefold() == title.casefold()
        return title, h1 if same and isinstance(h1, Tag) and h1 in region.descendants else None
    if h1_text:
        return h1_text, h1 if isinstance(h1, Tag) and region in h1.parents else None
    title_tag = soup.find("title")
    if isinstance(title_tag, Tag):
        text = _clean_text(title_tag.get_text(" "))
        if text:
            return _strip_site_suffix(text, site_name), None
    return None, None


def _strip_site_suffix(title: str, site_name: str | None) -> str:
    """Drops " | Site name" style suffixes (and "Site name | " prefixes) from a page title."""
    title = _clean_text(title)
    if site_name:
        site = site_name.casefold()
        for sep in _TITLE_SEPARATORS:
            head, found, tail = title.rpartition(sep)
            if found and head and tail.casefold() == site:
                return head.strip()
            tail2, found, head2 = title.partition(sep)
            if found and head2 and tail2.casefold() == site:
                return head2.strip()
    for sep in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if not found or not head.strip():
            continue
        words = len(tail.split())
        if sep == " | " and len(tail) < len(head):
            return head.strip()
        if re.search(r"\.[a-z]{2,}$", tail, re.IGNORECASE) or (
            words <= 3 and len(head.split()) >= 4 and tail[:1].isupper()
        ):
            return head.strip()
    return title


def _fallback_title(region: Tag) -> str | None:
    """The first heading of a page with no title, else the start of its text."""
    for heading in region.find_all(list(_HEADINGS)):
        text = _clean_text(heading.get_text(" "))
        if text:
            return text[:200]
    text = _clean_text(region.get_text(" "))
    if len(text) > 120:
        text = text[:120].rsplit(" ", 1)[0] + "…"
    return text or None


# --- choosing and cleaning the article ---------------------------------------------------


def _article_region(soup: BeautifulSoup) -> tuple[Tag, bool]:
    """The element holding the story, and whether it is the whole ``<body>``."""
    articles = [a for a in soup.find_all("article") if isinstance(a, Tag)]
    outer = [a for a in articles if not any(p.name == "article" for p in a.parents)]
    if outer:
        return max(outer, key=lambda a: len(a.get_text())), False
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if isinstance(main, Tag):
        return main, False
    body = soup.find("body")
    return (body if isinstance(body, Tag) else soup), True


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


def _is_chrome(tag: Tag) -> bool:
    """Whether the tag's class or id says it is navigation or chrome, not story text."""
    names = " ".join([*tag.get("class", []), str(tag.get("id", ""))]).lower()
    return bool(names) and any(w in _CHROME_WORDS for w in _WORD_SPLIT.split(names))


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true":
        return True
    style = str(tag.get("style", "")).replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _strip(region: Tag, whole_body: bool) -> None:
    """Removes everything that is not story text from the region, in place."""
    drop = set(_ALWAYS_DROP) | (_CHROME if whole_body else {"footer"})
    doomed = [
        t
        for t in region.find_all(True)
        if isinstance(t, Tag)
        and (t.name in drop or t.name in _MEDIA or _is_hidden(t) or _is_chrome(t))
    ]
    for tag in doomed:
        if tag.parent is not None:
            tag.extract()
    for node in list(region.find_all(string=lambda s: isinstance(s, _SKIPPED_STRINGS))):
        node.extract()


# --- images --------------------------------------------------------------------------------


def _images(
    region: Tag, base_dir: Path | None, page_url: str | None, whole_body: bool
) -> list[ImageDraft]:
    """Images of the article in document order (the body keeps none)."""
    dropped = set(_ALWAYS_DROP) | (_CHROME if whole_body else {"footer"})
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
            caption = _clean_text(str(img["title"])) or None
        draft = _image_draft(src, base_dir, page_url)
        if draft is None:
            continue
        seen.add(src)
        if len(drafts) >= MAX_IMAGES:
            break
        draft.alt = _clean_text(str(img.get("alt") or "")) or None
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
        url = _web_url(cleaned, None)
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
                    url=_web_url(src, page_url) if page_url else None,
                )
        else:
            return None  # escapes the page's folder: ignored outright
    return _remote(_web_url(src, page_url) if page_url else None)


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
        text = _clean_text(tag.get_text(" "))
        if text and credit is None:
            credit = _CREDIT_TAIL.sub(lambda m: m["credit"], text).strip() or text
    figcaption = figure.find("figcaption")
    caption: str | None = None
    if isinstance(figcaption, Tag):
        pieces = []
        for node in figcaption.descendants:
            if isinstance(node, NavigableString) and not isinstance(node, _SKIPPED_STRINGS):
                if any(p in credit_tags for p in node.parents):
                    continue
                pieces.append(str(node))
        caption = _clean_text(" ".join(pieces)) or None
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


# --- Markdown -------------------------------------------------------------------------------


def _escape(text: str) -> str:
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _UNDERSCORE.sub(r"\\_", text)


def _escape_line_start(line: str) -> str:
    match = _LINE_START.match(line)
    if not match:
        return line
    lead, marker = match[1], match[2]
    if marker[-1:] in ".)" and marker[:-1].isdigit():
        return f"{lead}{marker[:-1]}\\{marker[-1]}{line[match.end() :]}"
    return f"{lead}\\{line[len(lead) :]}"


class _Markdown:
    """Turns an element tree (at most :data:`MAX_DEPTH` deep) into Markdown blocks."""

    def __init__(self, page_url: str | None) -> None:
        self.page_url = page_url

    def convert(self, root: Tag) -> str:
        blocks = self._blocks(root.children)
        return "\n\n".join(b for b in blocks if b.strip()).strip()

    # Blocks: paragraphs, headings, lists... separated by blank lines.

    def _blocks(self, nodes: Iterable[Any]) -> list[str]:
        blocks: list[str] = []
        run: list[str] = []

        def flush() -> None:
            paragraph = self._paragraph("".join(run))
            if paragraph:
                blocks.append(paragraph)
            run.clear()

        for node in nodes:
            if isinstance(node, Tag) and node.name in _BLOCKS:
                flush()
                blocks.extend(self._block(node))
            else:
                run.append(self._inline(node, frozenset()))
        flush()
        return blocks

    def _paragraph(self, text: str) -> str:
        lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
        lines = [_escape_line_start(line) for line in lines if line]
        return "\\\n".join(lines)

    def _block(self, tag: Tag) -> list[str]:
        name = tag.name
        if name in _HEADINGS:
            text = _WS.sub(" ", self._inline(tag, frozenset())).strip()
            return [f"{'#' * _HEADINGS[name]} {text}"] if text else []
        if name in ("ul", "ol", "menu"):
            return self._list(tag, ordered=name == "ol")
        if name == "blockquote":
            inner = "\n\n".join(self._blocks(tag.children))
            return [_prefix_lines(inner, "> ", ">")] if inner.strip() else []
        if name == "pre":
            return self._pre(tag)
        if name == "table":
            return self._table(tag)
        if name == "hr":
            return ["---"]
        if name == "dt":
            text = _WS.sub(" ", self._inline(tag, frozenset())).strip()
            return [f"**{text}**"] if text else []
        return self._blocks(tag.children)

    def _list(self, tag: Tag, ordered: bool) -> list[str]:
        items: list[str] = []
        number = 1
        start = str(tag.get("start", "")).strip()
        if ordered and start.isdigit() and len(start) < 9:
            number = int(start)
        loose = False
        stray: list[Any] = []
        for child in tag.children:
            if isinstance(child, Tag) and child.name == "li":
                blocks = self._blocks(child.children)
            elif isinstance(child, Tag):
                blocks = self._block(child) if child.name in _BLOCKS else self._blocks([child])
            else:
                stray.append(child)
                continue
            if not blocks:
                continue
            marker = f"{number}. " if ordered else "- "
            number += 1
            # A nested list right under the item's text keeps the list tight.
            text = blocks[0]
            for block in blocks[1:]:
                nested = _LIST_ITEM.match(block) is not None
                loose = loose or not nested
                text += ("\n" if nested else "\n\n") + block
            items.append(marker + _prefix_lines(text, " " * len(marker), "")[len(marker) :])
        if not items:
            return self._blocks(stray)
        return ["\n\n".join(items) if loose else "\n".join(items)]

    def _pre(self, tag: Tag) -> list[str]:
        text = tag.get_text().strip("\n")
        if not text.strip():
            return []
        longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
        fence = "`" * max(3, longest + 1)
        return [f"{fence}\n{text}\n{fence}"]

    def _table(self, table: Tag) -> list[str]:
        rows: list[list[str]] = []
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is not table:
                continue  # a nested table's rows are read as text of their cell
            cells = [
                _WS.sub(" ", self._inline(c, frozenset())).strip().replace("|", "\\|")
                for c in tr.find_all(["td", "th"], recursive=False)
            ]
            if any(cells):
                rows.append(cells)
        if not rows:
            return []
        width = max(len(r) for r in rows)
        if width == 1:  # a layout table: its cells are just paragraphs
            return [r[0] for r in rows if r[0]]
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return ["\n".join(lines)]

    # Inline: text with emphasis, code, links and line breaks.

    def _inline(self, node: Any, styles: frozenset[str]) -> str:
        if isinstance(node, _SKIPPED_STRINGS):
            return ""
        if isinstance(node, NavigableString):
            return _escape(_WS.sub(" ", _CONTROL.sub("", str(node))))
        if not isinstance(node, Tag):
            return ""
        name = node.name
        if name in _ALWAYS_DROP or name in _MEDIA:
            return ""
        if name == "br":
            return "\n"
        if name in _STRONG and "strong" not in styles:
            return _wrap(self._children(node, styles | {"strong"}), "**")
        if name in _EMPHASIS and "em" not in styles:
            return _wrap(self._children(node, styles | {"em"}), "*")
        if name in ("code", "kbd", "samp", "tt") and "code" not in styles:
            return _code(node.get_text())
        if name == "a" and "a" not in styles:
            return self._link(node, styles)
        text = self._children(node, styles)
        if name in _BLOCKS:
            return f" {text} "
        return text

    def _children(self, tag: Tag, styles: frozenset[str]) -> str:
        return "".join(self._inline(child, styles) for child in tag.children)

    def _link(self, tag: Tag, styles: frozenset[str]) -> str:
        text = self._children(tag, styles | {"a"})
        url = _link_target(str(tag.get("href") or ""), self.page_url)
        label = _WS.sub(" ", text.replace("\n", " ")).strip()
        if not url or not label:
            return text
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() else ""
        return f"{lead}[{label}]({url}){trail}"


def _link_target(href: str, page_url: str | None) -> str | None:
    """A safe link target: http(s) or mailto, made absolute; ``None`` for anything else."""
    href = re.sub(r"[\x00-\x20\x7f]", "", href)
    if not href or href.startswith("#"):
        return None
    scheme = urlsplit(href).scheme.lower()
    if scheme == "mailto":
        url = href
    elif scheme in _LINK_SCHEMES or href.startswith("//"):
        url = _web_url(href, None)
    elif scheme:
        return None  # javascript:, data:, vbscript:, file:...
    else:
        url = _web_url(href, page_url) if page_url else None
    if url is None:
        return None
    # Parentheses, spaces and angle brackets would end or break the Markdown link.
    return (
        url.replace(" ", "%20")
        .replace("(", "%28")
        .replace(")", "%29")
        .replace("<", "%3C")
        .replace(">", "%3E")
    )


def _wrap(text: str, marker: str) -> str:
    core = text.strip()
    if not core or "\n" in core:
        return text
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return f"{lead}{marker}{core}{marker}{trail}"


def _code(text: str) -> str:
    text = _WS.sub(" ", text).strip()
    if not text:
        return ""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _prefix_lines(text: str, prefix: str, empty_prefix: str) -> str:
    return "\n".join(prefix + line if line else empty_prefix for line in text.split("\n"))
