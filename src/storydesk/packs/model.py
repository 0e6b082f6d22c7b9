"""Briefing packs: an ordered set of stories with a title, ready to print or send.

A :class:`BriefingPack` is made from whole stories (the typed read models the
:class:`~storydesk.library.Library` returns, each image with the path of its stored file)
and written as PDF (:mod:`storydesk.packs.pdf`) or as one self-contained HTML file
(:mod:`storydesk.packs.html`). Both formats show the same content, prepared here once per
story as a :class:`PackStory`: metadata as display strings, the body as sanitised HTML
(links as text, no images, no scripts), the lead photo copied for print through
:mod:`storydesk.media.photos` (only the accepted image decoders ever see a file), and the
key figures.

Packs never open the catalogue: no sessions, no ORM rows. Dates, month names and plurals
in the pack's own words come from Babel's CLDR data (``"31 июля 2025"``, ``"21 история"``).
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from storydesk.atomic import SHARED_FILE_MODE
from storydesk.errors import PackError, StoryDeskError
from storydesk.media.photos import print_copy
from storydesk.messages import translatable
from storydesk.progress import CancelToken, Progress, check_cancel

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from storydesk.catalogue.views import KeyFigure, Story

log = logging.getLogger(__name__)


PAPER_SIZES = ("a4", "letter")
LABEL_LANGUAGES = ("en", "ru", "kk", "ky")
FORMATS = ("pdf", "html")

# Lead photos for print: long side in pixels and JPEG quality. 1400 px across the text
# width of A4 (about 170 mm) is ~200 dpi, sharp on paper and small in the file.
PRINT_PHOTO_MAX_SIDE = 1400
PRINT_PHOTO_QUALITY = 78
# Photos inside the HTML pack travel over poor connections and are read on phones.
HTML_PHOTO_MAX_SIDE = 800
HTML_PHOTO_QUALITY = 72

PACK_FILE_MODE = SHARED_FILE_MODE
"""Packs are for sharing: readable by others, whatever the umask (like bundles)."""

CANCELLED = translatable("Packs", "the briefing pack")
"""What :meth:`~storydesk.progress.CancelToken.check` names when a pack is cancelled."""


@dataclass
class PackOptions:
    """What the person printing a pack chooses.

    Attributes:
        title: The pack's title (cover, running header, PDF metadata).
        subtitle: An office or occasion, shown under the title.
        date: The pack's date (cover); ``None`` leaves it out.
        introduction: A short text for the cover (plain text; blank lines make paragraphs).
        paper: ``"a4"`` or ``"letter"``.
        photos: Include each story's lead photo.
        labels_language: Language of the pack's own labels, dates and partner and place
            names: one of :data:`LABEL_LANGUAGES` (``"en"``, ``"ru"``, ``"kk"``, ``"ky"``).
        author: Written into the PDF metadata (defaults to the subtitle, else StoryDesk).
    """

    title: str
    subtitle: str | None = None
    date: dt.date | None = None
    introduction: str | None = None
    paper: str = "a4"
    photos: bool = True
    labels_language: str = "en"
    author: str | None = None

    def __post_init__(self) -> None:
        self.paper = (self.paper or "a4").lower()
        if self.paper not in PAPER_SIZES:
            raise PackError(
                translatable("Packs", "paper must be one of {papers}, not '{paper}'").format(
                    papers=", ".join(PAPER_SIZES), paper=self.paper
                )
            )
        lang = (self.labels_language or "en").lower()
        self.labels_language = lang if lang in LABEL_LANGUAGES else "en"
        self.title = (self.title or "").strip() or default_pack_title(self.labels_language)


class NameBook(Protocol):
    """Partner, place and country names in the pack's language (from the directory)."""

    def partner(self, name: str) -> str:
        """A partner's canonical name as the pack shows it."""
        ...

    def place(self, name: str) -> str:
        """A place's canonical name as the pack shows it."""
        ...

    def country(self, name: str) -> str:
        """A country's canonical name as the pack shows it."""
        ...


@dataclass(frozen=True)
class BriefingPack:
    """A pack ready to write: the options, the whole stories in pack order, and how names
    are shown (canonical English names when ``names`` is ``None``)."""

    options: PackOptions
    stories: tuple[Story, ...]
    names: NameBook | None = None


def build_pack(
    stories: Sequence[Story], options: PackOptions, names: NameBook | None = None
) -> BriefingPack:
    """The pack of ``stories`` (in that order) with ``options``.

    Args:
        stories: Whole stories, in pack order.
        options: What the person printing chose.
        names: Partner, place and country names in the pack's label language.

    Raises:
        PackError: ``stories`` is empty.
    """
    if not stories:
        raise PackError(translatable("Packs", "a briefing pack needs at least one story").format())
    return BriefingPack(options=options, stories=tuple(stories), names=names)


@dataclass(frozen=True, slots=True)
class PackResult:
    """A written pack: where, how many stories and pages (``None`` for HTML), its size."""

    path: Path
    stories: int
    pages: int | None
    bytes: int

    def to_json(self) -> dict[str, Any]:
        """``{"path", "stories", "pages", "bytes"}`` as ``export --json`` prints it."""
        return {
            "path": str(self.path),
            "stories": self.stories,
            "pages": self.pages,
            "bytes": self.bytes,
        }

    def counts(self, language: str = "en") -> str:
        """ "1 story, 3 pages" (the pages only for a PDF), with the plurals ``language`` needs."""
        parts = [count_label(self.stories, "story", language)]
        if self.pages:
            parts.append(count_label(self.pages, "page", language))
        return ", ".join(parts)


# -- labels ---------------------------------------------------------------------------

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "default_title": "Briefing pack",
        "contents": "Contents",
        "key_figures": "Key figures",
        "source": "Source",
        "page_of": "Page {page} of {pages}",
        "places": "Places",
        "partners": "Partners",
        "author": "Author",
        "photo": "Photo",
        "summary": "Summary",
        "prepared": "Prepared with StoryDesk",
        "more": "and {count} more",
    },
    "ru": {
        "default_title": "Брифинг-пакет",
        "contents": "Содержание",
        "key_figures": "Ключевые цифры",
        "source": "Источник",
        "page_of": "Страница {page} из {pages}",
        "places": "Места",
        "partners": "Партнёры",
        "author": "Автор",
        "photo": "Фото",
        "summary": "Кратко",
        "prepared": "Подготовлено в StoryDesk",
        "more": "и ещё {count}",
    },
    "kk": {
        "default_title": "Брифинг-пакет",
        "contents": "Мазмұны",
        "key_figures": "Негізгі көрсеткіштер",
        "source": "Дереккөз",
        "page_of": "{pages} беттің {page}-беті",
        "places": "Орындар",
        "partners": "Серіктестер",
        "author": "Авторы",
        "photo": "Фото",
        "summary": "Қысқаша",
        "prepared": "StoryDesk арқылы дайындалды",
        "more": "тағы {count}",
    },
    "ky": {
        "default_title": "Брифинг-пакет",
        "contents": "Мазмуну",
        "key_figures": "Негизги көрсөткүчтөр",
        "source": "Булак",
        "page_of": "{pages} беттин {page}-бети",
        "places": "Жерлер",
        "partners": "Өнөктөштөр",
        "author": "Автору",
        "photo": "Сүрөт",
        "summary": "Кыскача",
        "prepared": "StoryDesk менен даярдалды",
        "more": "дагы {count}",
    },
}

# The pack's nouns by CLDR plural category; Babel says which category a number takes
# (Russian: 1, 21 история; 2-4, 22 истории; 5-20, 25 историй; fractions "other").
_NOUNS: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "story": {"one": "story", "other": "stories"},
        "page": {"one": "page", "other": "pages"},
    },
    "ru": {
        "story": {"one": "история", "few": "истории", "many": "историй", "other": "истории"},
        "page": {"one": "страница", "few": "страницы", "many": "страниц", "other": "страницы"},
    },
    # Kazakh and Kyrgyz nouns stay singular after a number ("5 оқиға", "5 окуя").
    "kk": {
        "story": {"one": "оқиға", "other": "оқиға"},
        "page": {"one": "бет", "other": "бет"},
    },
    "ky": {
        "story": {"one": "окуя", "other": "окуя"},
        "page": {"one": "бет", "other": "бет"},
    },
}

# Dates as people write them in each label language: CLDR's long date ("31 июля 2025 г.",
# "2025 ж. 31 шілде", "2025-ж., 31-июль"), in English day, month's name, year
# ("31 July 2025", as UN documents write it). Babel gives the month in the form a date
# needs ("июля", not "июль").
DATE_PATTERNS = {"en": "d MMMM y"}


def labels(language: str) -> dict[str, str]:
    """The pack's own labels in ``language`` (English when not translated)."""
    return _LABELS.get(language, _LABELS["en"])


def default_pack_title(language: str) -> str:
    """The title a pack gets when none is given: "Briefing pack", "Брифинг-пакет"."""
    return labels(language)["default_title"]


@functools.cache
def _locale(language: str) -> Any:
    from babel import Locale  # CLDR data loads on first use, not at import

    return Locale.parse(language if language in LABEL_LANGUAGES else "en")


def count_label(count: int, noun: str, language: str) -> str:
    """``count`` and ``noun`` ("story" or "page") with the plural ``language`` needs.

    "1 story", "2 stories"; "1 история", "3 истории", "5 историй", "21 история".
    """
    forms = _NOUNS.get(language, _NOUNS["en"])[noun]
    category = _locale(language).plural_form(count)
    return f"{count} {forms.get(category, forms['other'])}"


def story_count_label(count: int, language: str) -> str:
    """ "12 stories" / "12 историй", with the plural the language needs."""
    return count_label(count, "story", language)


def format_date(value: dt.date | str | None, language: str) -> str:
    """A date as people write it: "31 July 2025", "31 июля 2025"; "" for none.

    A string that is not an ISO date is shown as it is.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return value
    else:
        day = value
    from babel.dates import format_date as babel_format_date  # loads on first use

    pattern = DATE_PATTERNS.get(language if language in LABEL_LANGUAGES else "en", "long")
    return str(babel_format_date(day, pattern, locale=_locale(language)))


# -- story content, shared by both formats ---------------------------------------------


@dataclass
class PackPhoto:
    """A lead photo, downscaled: JPEG bytes (transparency flattened onto white)."""

    data: bytes
    mime: str
    width: int
    height: int
    caption: str
    credit: str
    alt: str


@dataclass
class PackStory:
    """One story as a pack shows it; every string is plain text unless named ``*_html``."""

    id: str
    anchor: str
    title: str
    date: str
    countries: list[str]
    places: list[str]
    partners: list[str]
    author: str
    summary: str
    body_html: str
    figures: list[str]
    source_name: str
    source_url: str
    language: str | None
    photo: PackPhoto | None = None

    @property
    def where(self) -> list[str]:
        """Places first, then countries not already named."""
        seen = {p.casefold() for p in self.places}
        return self.places + [c for c in self.countries if c.casefold() not in seen]


_ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}


@functools.cache
def _markdown() -> MarkdownIt:
    """The Markdown renderer for pack bodies, made on first use (not when the app starts)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")

    # Links become text: the label, then the address in brackets, so nothing in a pack can
    # be clicked to load a page. Images in a body are never fetched; their alt text stays.
    def link_open(renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        env.setdefault("hrefs", []).append(tokens[idx].attrGet("href") or "")
        return ""

    def link_close(renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        href = str(env["hrefs"].pop()) if env.get("hrefs") else ""
        label = tokens[idx - 1].content if idx > 0 and tokens[idx - 1].type == "text" else ""
        if not href or href.startswith(("#", "mailto:")) or href == label:
            return ""
        return f" ({html.escape(href)})"

    def image(renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        alt = tokens[idx].content
        return f"[{html.escape(alt)}]" if alt else ""

    md.add_render_rule("link_open", link_open)
    md.add_render_rule("link_close", link_close)
    md.add_render_rule("image", image)
    return md


def body_html(markdown: str) -> str:
    """A story body (Markdown) as safe HTML: no raw HTML, no links, no images, no attributes.

    Headings are demoted to ``h3``–``h6`` so they sit under the story's title.
    """
    import nh3

    rendered = _markdown().render(markdown or "")
    for level in (2, 1):
        # h1/h2 in a body would compete with the story title.
        rendered = rendered.replace(f"<h{level}>", f"<h{level + 2}>").replace(
            f"</h{level}>", f"</h{level + 2}>"
        )
    return nh3.clean(rendered, tags=_ALLOWED_TAGS, attributes={}, url_schemes=set())


def _clean_text(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def _figure_line(figure: KeyFigure) -> str:
    text = _clean_text(figure.text)
    if text:
        return text
    return _clean_text(f"{figure.value or ''} {figure.counts or ''}")


def _photo(story: Story, max_side: int, quality: int) -> PackPhoto | None:
    """The story's first stored image that copies for print, or None."""
    for image in story.images:
        if image.path is None:
            if image.sha256:
                # Stored once but gone from the data folder: `check` reports it.
                log.warning(
                    "photo %s of story %s left out: its file is missing", image.sha256, story.id
                )
            continue
        try:
            data, width, height = print_copy(image.path, max_side, quality)
        except (OSError, ValueError, StoryDeskError) as exc:
            # A damaged file, or one in a format StoryDesk does not decode, loses the
            # photo, not the pack.
            log.warning("photo %s of story %s left out: %s", image.sha256, story.id, exc)
            continue
        return PackPhoto(
            data=data,
            mime="image/jpeg",
            width=width,
            height=height,
            caption=_clean_text(image.caption),
            credit=_clean_text(image.credit),
            alt=_clean_text(image.alt),
        )
    return None


def prepare_stories(
    pack: BriefingPack,
    max_side: int,
    quality: int,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    total: int | None = None,
) -> list[PackStory]:
    """Each story of ``pack`` as a :class:`PackStory`, photos downscaled to ``max_side``.

    Reports ``progress(done, total, title)`` per story and checks ``cancel`` before each.

    Raises:
        Cancelled: ``cancel`` was cancelled.
    """
    language = pack.options.labels_language
    names = pack.names
    total = total or len(pack.stories)
    prepared: list[PackStory] = []
    for number, story in enumerate(pack.stories, start=1):
        check_cancel(cancel, CANCELLED)
        title = _clean_text(story.title) or story.id
        prepared.append(
            PackStory(
                id=story.id,
                anchor=f"story-{number}",
                title=title,
                date=format_date(story.date, language),
                countries=[names.country(c) if names else c for c in story.countries],
                places=[names.place(p) if names else p for p in story.places],
                partners=[names.partner(p) if names else p for p in story.partners],
                author=_clean_text(story.author),
                summary=_clean_text(story.summary),
                body_html=body_html(story.body or ""),
                figures=[line for line in (_figure_line(f) for f in story.figures) if line],
                source_name=_clean_text(story.source_name),
                source_url=_clean_text(story.source_url),
                language=story.language,
                photo=_photo(story, max_side, quality) if pack.options.photos else None,
            )
        )
        if progress is not None:
            progress(number, total, title)
    return prepared


def summary_repeats_body(story: PackStory) -> bool:
    """True when the summary is just the body's opening words (then it is not shown twice)."""
    import nh3

    if not story.summary:
        return True
    head = " ".join(nh3.clean(story.body_html, tags=set()).split())[: len(story.summary) + 20]
    probe = story.summary.rstrip(".…")[:120]
    return html.unescape(head).startswith(probe)


COVER_NAMES = 10
"""How many places, and how many partners, the cover names before "and N more"."""
NBSP = "\u00a0"


@dataclass(frozen=True)
class PackCover:
    """What the cover says the pack covers, in the pack's language.

    Attributes:
        places: Places and countries the stories are about, most often named first.
        more_places: How many more places there are than :attr:`places` names.
        partners: Partners named by the stories, most often named first.
        more_partners: How many more partners there are than :attr:`partners` names.
        photo: The lead photo of the first story that has one, or ``None``.
        photo_story: That story's number in the pack (1-based); 0 without a photo.
    """

    places: list[str]
    more_places: int
    partners: list[str]
    more_partners: int
    photo: PackPhoto | None
    photo_story: int

    def name_lines(self, language: str) -> list[tuple[str, str, str]]:
        """The cover's lines of names: ``(kind, label, names)``, e.g. ``("places", "Места",
        "Бишкек, Нарын и ещё 3")``; a kind with no names has no line."""
        words = labels(language)
        lines = []
        for kind, names, more in (
            ("places", self.places, self.more_places),
            ("partners", self.partners, self.more_partners),
        ):
            if names:
                lines.append((kind, words[kind], name_list(names, more, language)))
        return lines


def _most_named(groups: Sequence[Sequence[str]], limit: int) -> tuple[list[str], int]:
    """Names across ``groups`` (one group a story), most stories first, then first seen;
    at most ``limit`` of them and how many were left out."""
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for group in groups:
        for key in {name.casefold(): name for name in group if name}:
            counts[key] = counts.get(key, 0) + 1
        for name in group:
            if name:
                shown.setdefault(name.casefold(), name)
    order = {key: index for index, key in enumerate(shown)}
    ranked = sorted(counts, key=lambda key: (-counts[key], order[key]))
    return [shown[key] for key in ranked[:limit]], max(0, len(ranked) - limit)


def pack_cover(stories: Sequence[PackStory], limit: int = COVER_NAMES) -> PackCover:
    """The cover's places, partners and photo for ``stories`` (already in the pack's
    language, see :func:`prepare_stories`)."""
    places, more_places = _most_named([s.where for s in stories], limit)
    partners, more_partners = _most_named([s.partners for s in stories], limit)
    for number, story in enumerate(stories, start=1):
        if story.photo is not None:
            return PackCover(places, more_places, partners, more_partners, story.photo, number)
    return PackCover(places, more_places, partners, more_partners, None, 0)


def name_list(names: Sequence[str], more: int, language: str) -> str:
    """ "Bishkek, Naryn and 3 more" / "Бишкек, Нарын и ещё 3": names joined for a cover.

    "and 3 more" is held together, and to the last name, by no-break spaces, so that a
    line never starts with it alone or with the number.
    """
    text = ", ".join(names)
    if more:
        tail = labels(language)["more"].format(count=more).replace(" ", NBSP)
        text = f"{text}{NBSP}{tail}"
    return text


def intro_paragraphs(text: str | None) -> list[str]:
    """The cover introduction as paragraphs of plain text (split at blank lines)."""
    if not text:
        return []
    blocks = [" ".join(b.split()) for b in text.replace("\r\n", "\n").split("\n\n")]
    return [b for b in blocks if b]


def check_output_folder(output: Path) -> None:
    """Refuse early, before any work, an output whose folder does not exist.

    Raises:
        PackError: The folder does not exist.
    """
    if not Path(output).parent.exists():
        raise PackError(
            translatable("Packs", "{path}: the folder {folder} does not exist").format(
                path=output, folder=Path(output).parent
            )
        )
