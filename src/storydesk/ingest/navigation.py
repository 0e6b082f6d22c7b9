"""Whether a page of a website is a story, or a navigation, listing or stub page.

A Jekyll or Hugo site holds, beside its articles, pages that only lead to them: the home
page, "Contacts", "Maps", "Search", tag and category lists, Hugo's ``_index`` section
pages, a page of links to presentations, a file holding only "hello". Such a page is not
imported; :func:`navigation_reason` says why, and the import report lists the file under
``skipped`` with that reason.

The judgement looks at the page as a reader would: its title, its own text (words not
inside links), the words inside its links, whether it is dated, its front matter
``layout`` and its file name. A page with real paragraphs of text stays a story even
without a date ("About the Project"); the cards of a listing page (seed 000) are stories
and are never judged here.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from storydesk.ingest.draft import StoryDraft
from storydesk.messages import translatable

# Fewer different letter-words than this in all a page holds (title, text, summary), no
# image and no title of its own: a stub ("hello").
STUB_WORDS = 3
# Own words (outside links) that make a page's text its own: a dated page with a
# navigation title, or a Hugo ``_index`` page, with at least this many is kept.
OWN_TEXT_WORDS = 150
# A page of links: undated, fewer own words than this, and at least as many inside links.
LINK_PAGE_OWN_WORDS = 50

# Front matter layouts of pages that list other pages (Jekyll and Hugo themes).
LISTING_LAYOUTS = frozenset(
    {
        "archive",
        "archives",
        "blog",
        "categories",
        "category",
        "feed",
        "index",
        "list",
        "posts",
        "redirect",
        "search",
        "sitemap",
        "tag",
        "tags",
        "taxonomy",
        "term",
        "terms",
        "404",
    }
)
HOME_LAYOUTS = frozenset({"home", "homepage", "landing"})
# Layouts of articles: an empty body there is a stub, not a layout page.
ARTICLE_LAYOUTS = frozenset({"post", "posts", "article", "news", "story", "single"})

# Titles of navigation pages, casefolded with "ё" as "е" (en, ru, ky, kk, uz, tg, bg).
NAVIGATION_TITLES = frozenset(
    {
        # English
        "home",
        "home page",
        "homepage",
        "main page",
        "index",
        "contact",
        "contacts",
        "contact us",
        "get in touch",
        "map",
        "maps",
        "site map",
        "sitemap",
        "search",
        "search results",
        "archive",
        "archives",
        "tags",
        "tag",
        "categories",
        "category",
        "blog",
        "news",
        "all news",
        "latest news",
        "posts",
        "all posts",
        "gallery",
        "photo gallery",
        "photo archive",
        "photos",
        "links",
        "useful links",
        "page not found",
        "404",
        # Russian
        "главная",
        "главная страница",
        "на главную",
        "домой",
        "контакты",
        "контактная информация",
        "свяжитесь с нами",
        "обратная связь",
        "карта",
        "карты",
        "карта сайта",
        "поиск",
        "результаты поиска",
        "архив",
        "архивы",
        "теги",
        "метки",
        "категории",
        "рубрики",
        "блог",
        "новости",
        "все новости",
        "галерея",
        "фотогалерея",
        "фотоархив",
        "фото",
        "ссылки",
        "полезные ссылки",
        "страница не найдена",
        # Kyrgyz
        "башкы бет",
        "башкы барак",
        "байланыш",
        "байланыштар",
        "биз менен байланышыңыз",
        "карталар",
        "сайттын картасы",
        "издөө",
        "тегдер",
        "категориялар",
        "жаңылыктар",
        "сүрөт архиви",
        "сүрөттөр",
        "шилтемелер",
        # Kazakh
        "басты бет",
        "басты",
        "байланыс",
        "байланыстар",
        "бізбен байланыс",
        "сайт картасы",
        "іздеу",
        "мұрағат",
        "тегтер",
        "санаттар",
        "жаңалықтар",
        "фотомұрағат",
        "суреттер",
        "сілтемелер",
        # Uzbek, Tajik, Bulgarian
        "bosh sahifa",
        "aloqa",
        "kontaktlar",
        "qidiruv",
        "xarita",
        "arxiv",
        "yangiliklar",
        "саҳифаи асосӣ",
        "тамос",
        "ҷустуҷӯ",
        "хабарҳо",
        "начало",
        "начална страница",
        "контакти",
        "търсене",
        "новини",
    }
)
# A site's policy pages end their titles so ("CAMGDP Privacy Policy").
POLICY_TITLE_ENDINGS = (
    "privacy policy",
    "cookie policy",
    "cookies policy",
    "terms of use",
    "terms and conditions",
    "политика конфиденциальности",
)

_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MARKDOWN_LINK = re.compile(
    r"(?<!!)\[(?P<text>[^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"
)
_HTML_LINK = re.compile(r"<a\b[^>]*>(?P<text>.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
_HTML_LINK_END = re.compile(r"</a\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_URL = re.compile(r"\b(?:https?|mailto):\S+", re.IGNORECASE)
_TITLE_NOISE = re.compile(r"[^\w\s+]+")
# A Hugo site's home page: content/_index.md or content/<language>/_index.md.
_LANGUAGE_FOLDER = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")

_NOT_A_STORY = translatable("Import", "{what}, not a story")
_NAMED = translatable("Import", "looks like {what}; imported because the file was named on its own")


def count_words(text: str) -> int:
    """Words with at least one letter in ``text`` (numbers, URLs and symbols do not count)."""
    return len(_LETTER_WORD.findall(_URL.sub(" ", text)))


def link_words(markup: str) -> int:
    """Words of text inside links in Markdown or HTML ``markup`` (as written, any target)."""
    from storydesk.ingest.markdown import sub_before_last

    inside: list[str] = []

    def take(match: re.Match[str]) -> str:
        inside.append(_TAG.sub(" ", match.group("text")))
        return " "

    rest = sub_before_last(_HTML_LINK, take, markup, _HTML_LINK_END)
    _MARKDOWN_LINK.sub(take, rest)
    return sum(count_words(text) for text in inside)


def normalise_title(title: str) -> str:
    """A title as the navigation lists hold it: casefolded, "ё" as "е", no punctuation."""
    folded = title.casefold().replace("ё", "е")
    return " ".join(_TITLE_NOISE.sub(" ", folded).split())


def _is_hugo_list_page(file_name: str | None) -> bool:
    return file_name is not None and PurePosixPath(file_name).stem == "_index"


def _is_hugo_home_page(file_name: str | None) -> bool:
    """``content/_index.md`` or ``content/<language>/_index.md``: a Hugo site's home page."""
    if not _is_hugo_list_page(file_name):
        return False
    parents = PurePosixPath(str(file_name).replace("\\", "/")).parts[:-1]
    if parents[-1:] == ("content",):
        return True
    return (
        len(parents) >= 2 and parents[-2] == "content" and bool(_LANGUAGE_FOLDER.match(parents[-1]))
    )


def page_kind(
    draft: StoryDraft,
    *,
    layout: str | None = None,
    markup: str | None = None,
    file_name: str | None = None,
    in_links: int | None = None,
) -> str | None:
    """What the page is when it is not a story ("a navigation page (...)"), else None.

    Args:
        draft: The page as read (title, body, date, summary, images).
        layout: Its front matter ``layout``, if any.
        markup: Its body as written (Markdown or HTML, links with their targets), for
            counting the words inside links; None counts the links left in ``draft.body``.
        file_name: Its path in its site (``content/en/guides/_index.md``).
        in_links: The words inside its links, when the reader counted them (the HTML
            reader does); this wins over ``markup``.

    Returns:
        A short translatable description, or None for a story.
    """
    if draft.part is not None:
        return None  # a card of a listing page is a story of its own
    layout = str(layout).strip().lower() if layout else None
    title = normalise_title(draft.title)
    words = count_words(draft.body)
    if in_links is None:
        in_links = link_words(markup if markup is not None else draft.body)
    in_links = min(in_links, words)
    own = words - in_links
    dated_text = draft.date is not None and own >= OWN_TEXT_WORDS
    if layout in HOME_LAYOUTS or _is_hugo_home_page(file_name):
        return translatable("Import", "a site's home page")
    if layout in LISTING_LAYOUTS:
        return translatable("Import", "a listing page (layout: {layout})").format(layout=layout)
    if title in NAVIGATION_TITLES and not dated_text:
        return translatable("Import", "a navigation page (titled '{title}')").format(
            title=draft.title
        )
    if title.endswith(POLICY_TITLE_ENDINGS):
        return translatable("Import", "a site's policy page (titled '{title}')").format(
            title=draft.title
        )
    if in_links and in_links >= own and own < LINK_PAGE_OWN_WORDS and draft.date is None:
        return translatable("Import", "a navigation page (mostly links, no article text)")
    if _is_hugo_list_page(file_name) and own < OWN_TEXT_WORDS:
        return translatable("Import", "a section's list page (Hugo _index) with little text")
    if layout and layout not in ARTICLE_LAYOUTS and words == 0 and not draft.images:
        return translatable(
            "Import", "a layout page with no text of its own (layout: {layout})"
        ).format(layout=layout)
    # A short text under a title of its own is a short story; without one ("hello"), the
    # few words are all the file holds (its title is made from them).
    if "title" not in draft.explicit and not draft.images:
        text = " ".join((draft.title, draft.body, draft.summary or ""))
        if len({w.casefold() for w in _LETTER_WORD.findall(_URL.sub(" ", text))}) < STUB_WORDS:
            return translatable("Import", "a stub of a few words")
    return None


def navigation_reason(
    draft: StoryDraft,
    *,
    layout: str | None = None,
    markup: str | None = None,
    file_name: str | None = None,
    in_links: int | None = None,
) -> str | None:
    """Why the page is not imported as a story ("a site's home page, not a story"), or None.

    The arguments are those of :func:`page_kind`.
    """
    what = page_kind(draft, layout=layout, markup=markup, file_name=file_name, in_links=in_links)
    return None if what is None else _NOT_A_STORY.format(what=what)


def not_a_story(what: str) -> str:
    """The skip reason for a page that is ``what`` (from :func:`page_kind`)."""
    return _NOT_A_STORY.format(what=what)


def named_page_warning(what: str) -> str:
    """The warning for a page that looks like ``what`` but was named by the user."""
    return _NAMED.format(what=what)
