"""What a page says about its story: headline, date, author, summary, source and language.

Values come from the page head (Open Graph, ``<meta name|property|itemprop>``,
``<link rel=canonical>``, ``<html lang>``) and, failing those, from the article itself
(its ``<h1>``, ``<time datetime>``, a ``rel=author`` link). Every value is cleaned of
control characters and runs of white space; a web address is never taken as an author.
"""

from __future__ import annotations

import datetime as dt
import re

from bs4 import BeautifulSoup, Tag

from storydesk.ingest.html.parse import HEADINGS, clean_text, web_url

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_TITLE_SEPARATORS = (" | ", " — ", " – ", " - ", " :: ", " « ", " » ", " · ")
_CYRILLIC_LANGS = frozenset({"ru", "kk", "ky", "tg", "uk", "be", "bg", "mn", "sr", "mk"})
_DATE_KEYS = (
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


class PageMeta:
    """The page's ``<meta>`` values by (attribute, lowercased key), and what they tell."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self._soup = soup
        self._values: dict[tuple[str, str], str] = {}
        for tag in soup.find_all("meta"):
            content = clean_text(str(tag.get("content") or ""))
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

    def site_name(self) -> str | None:
        """The site's name (``og:site_name``, ``application-name``)."""
        return self.first(("property", "og:site_name"), ("name", "application-name"))

    def source_url(self) -> str | None:
        """The page's own http(s) address (``og:url``, else ``<link rel=canonical>``)."""
        return web_url(
            self.first(("property", "og:url")) or _link_href(self._soup, "canonical"), base=None
        )

    def date(self, region: Tag) -> dt.date | None:
        """The publication date: a meta tag's, else the first ``<time datetime>``'s.

        Args:
            region: The article, whose ``<time>`` is preferred to the rest of the page's.
        """
        text = self.first(*_DATE_KEYS) or _time_datetime(region) or _time_datetime(self._soup)
        return _iso_date(text)

    def author(self) -> str | None:
        """The author's name (meta tags, else a ``rel=author`` link); never a web address."""
        author = self.first(("name", "author"), ("property", "article:author")) or _rel_author(
            self._soup
        )
        return author if author and not _is_web_address(author) else None

    def summary(self) -> str | None:
        """The page's description."""
        return self.first(
            ("name", "description"),
            ("property", "og:description"),
            ("name", "twitter:description"),
        )

    def language(self) -> str | None:
        """The two-letter code of ``<html lang>`` (or ``xml:lang``), if it is one."""
        html = self._soup.find("html")
        value = html.get("lang") or html.get("xml:lang") if isinstance(html, Tag) else None
        if not isinstance(value, str):
            return None
        code = value.strip()[:2].lower()
        return code if re.fullmatch(r"[a-z]{2}", code) else None


def script_agrees(language: str, text: str) -> bool:
    """Whether the text's script (Cyrillic or Latin) is the one ``language`` is written in.

    Templates often keep ``lang="en"`` over Russian text; short texts always agree.
    """
    cyrillic = len(re.findall(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if cyrillic + latin < 20:
        return True
    return (cyrillic > latin) == (language in _CYRILLIC_LANGS)


def _rels(tag: Tag) -> list[str]:
    """The tag's ``rel`` values, lowercased."""
    rels = tag.get("rel")
    if not rels:
        return []
    values = rels.split() if isinstance(rels, str) else rels
    return [r.lower() for r in values]


def _link_href(soup: BeautifulSoup, rel: str) -> str | None:
    for link in soup.find_all("link"):
        if rel in _rels(link) and link.get("href"):
            return str(link["href"]).strip()
    return None


def _rel_author(soup: BeautifulSoup) -> str | None:
    for tag in soup.find_all(rel=True):
        if "author" in _rels(tag) and tag.name != "link":
            name = clean_text(tag.get_text(" "))
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


def _is_web_address(text: str) -> bool:
    return bool(re.match(r"^(https?:)?//", text, re.IGNORECASE))


# --- title ---------------------------------------------------------------------------------


def headline(
    soup: BeautifulSoup, region: Tag, meta: PageMeta, site_name: str | None
) -> tuple[str | None, Tag | None]:
    """The headline, and the ``<h1>`` that shows it in the body (to drop), if any.

    Args:
        soup: The whole page.
        region: The article (see :func:`~storydesk.ingest.html.article.article_region`).
        meta: The page's meta values.
        site_name: The site's name, cut from the end (or start) of a page title.
    """
    h1 = region.find("h1")
    if not isinstance(h1, Tag):
        main = soup.find("main") or soup.find("article")
        h1 = main.find("h1") if isinstance(main, Tag) else None
    h1_text = clean_text(h1.get_text(" ")) if isinstance(h1, Tag) else ""
    og = meta.first(("property", "og:title"), ("name", "twitter:title"))
    if og:
        title = _strip_site_suffix(og, site_name)
        same = h1_text and clean_text(h1_text).casefold() == title.casefold()
        return title, h1 if same and isinstance(h1, Tag) and h1 in region.descendants else None
    if h1_text:
        return h1_text, h1 if isinstance(h1, Tag) and region in h1.parents else None
    title_tag = soup.find("title")
    if isinstance(title_tag, Tag):
        text = clean_text(title_tag.get_text(" "))
        if text:
            return _strip_site_suffix(text, site_name), None
    return None, None


def _strip_site_suffix(title: str, site_name: str | None) -> str:
    """Drops " | Site name" style suffixes (and "Site name | " prefixes) from a page title."""
    title = clean_text(title)
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


def fallback_title(region: Tag) -> str | None:
    """The first heading of a page with no title, else the start of its text."""
    for heading in region.find_all(list(HEADINGS)):
        text = clean_text(heading.get_text(" "))
        if text:
            return text[:200]
    text = clean_text(region.get_text(" "))
    if len(text) > 120:
        text = text[:120].rsplit(" ", 1)[0] + "…"
    return text or None
