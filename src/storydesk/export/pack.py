"""Briefing packs: an ordered set of stories with a title, ready to print or send.

A :class:`BriefingPack` is built from story ids (a GUI basket, a saved search, ``--ids`` or
``--query`` on the command line) and written as PDF (:mod:`storydesk.export.pack_pdf`) or as
one self-contained HTML file (:mod:`storydesk.export.pack_html`). Both formats show the same
content, prepared here once per story as a :class:`PackStory`: metadata as display strings,
the body as sanitised HTML (links as text, no images, no scripts), the lead photo downscaled
for print, and the key figures.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import io
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import nh3
from markdown_it import MarkdownIt
from PIL import Image as PILImage
from PIL import ImageOps
from sqlalchemy import select

from storydesk.catalogue.models import Image
from storydesk.errors import StoryDeskError
from storydesk.progress import Cancel, Progress

if TYPE_CHECKING:
    from storydesk.library import Library

log = logging.getLogger(__name__)


PAPER_SIZES = ("a4", "letter")
LABEL_LANGUAGES = ("en", "ru")

#: Lead photos for print: long side in pixels and JPEG quality. 1400 px across the text
#: width of A4 (about 170 mm) is ~200 dpi, sharp on paper and small in the file.
PRINT_PHOTO_MAX_SIDE = 1400
PRINT_PHOTO_QUALITY = 78
#: Photos inside the HTML pack travel over poor connections and are read on phones.
HTML_PHOTO_MAX_SIDE = 800
HTML_PHOTO_QUALITY = 72
#: A photo may come out this much smaller than the maximum when the JPEG decoder can scale
#: it down by itself (a 2400 px photo gives 1200 px for print, 600 px for HTML): decoding
#: at a fraction of the size is several times faster than decoding it all.
PHOTO_MIN_SHARE = 0.75


class ExportCancelled(StoryDeskError):
    """The user cancelled writing a pack; the output file was left untouched."""


class PackError(StoryDeskError):
    """A pack cannot be built or written (no stories, unknown paper, unwritable folder)."""


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
        labels_language: Language of the pack's own labels: ``"en"`` or ``"ru"``.
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
            raise PackError(f"paper must be one of {', '.join(PAPER_SIZES)}, not '{self.paper}'")
        lang = (self.labels_language or "en").lower()
        self.labels_language = lang if lang in LABEL_LANGUAGES else "en"
        self.title = (self.title or "").strip() or labels(self.labels_language)["default_title"]


@dataclass
class BriefingPack:
    """A pack ready to write: the options and the full story dicts, in order."""

    options: PackOptions
    stories: list[dict[str, Any]]


def build_pack(library: Library, ids: Sequence[str], options: PackOptions) -> BriefingPack:
    """Collect the stories with ``ids`` (in that order, duplicates dropped) into a pack.

    Raises:
        StoryNotFound: An id names no story.
        PackError: ``ids`` is empty.
    """
    ordered = list(dict.fromkeys(ids))
    if not ordered:
        raise PackError("a briefing pack needs at least one story")
    return BriefingPack(options=options, stories=[library.get_story(i) for i in ordered])


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
    },
    "ru": {
        "default_title": "Информационный пакет",
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
    },
}

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
}


def labels(language: str) -> dict[str, str]:
    """The pack's own labels in ``language`` (English when not translated)."""
    return _LABELS.get(language, _LABELS["en"])


def story_count_label(count: int, language: str) -> str:
    """ "12 stories" / "12 историй", with the plural the language needs."""
    if language == "ru":
        if count % 10 == 1 and count % 100 != 11:
            word = "история"
        elif count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
            word = "истории"
        else:
            word = "историй"
        return f"{count} {word}"
    return f"{count} {'story' if count == 1 else 'stories'}"


def format_date(value: dt.date | str | None, language: str) -> str:
    """A date as people write it: "31 July 2025", "31 июля 2025"; "" for none."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    months = _MONTHS.get(language, _MONTHS["en"])
    return f"{value.day} {months[value.month - 1]} {value.year}"


# -- story content, shared by both formats ---------------------------------------------


@dataclass
class PackPhoto:
    """A lead photo, downscaled: JPEG bytes (PNG when it has transparency)."""

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
    extra: dict[str, Any] = field(default_factory=dict)

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


def _markdown() -> MarkdownIt:
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


_MD = _markdown()


def body_html(markdown: str) -> str:
    """A story body (Markdown) as safe HTML: no raw HTML, no links, no images, no attributes.

    Headings are demoted to ``h3``–``h6`` so they sit under the story's title.
    """
    rendered = _MD.render(markdown or "")
    for level in (2, 1):
        # h1/h2 in a body would compete with the story title.
        rendered = rendered.replace(f"<h{level}>", f"<h{level + 2}>").replace(
            f"</h{level}>", f"</h{level + 2}>"
        )
    return nh3.clean(rendered, tags=_ALLOWED_TAGS, attributes={}, url_schemes=set())


def _clean_text(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def _figure_line(figure: dict[str, Any]) -> str:
    text = _clean_text(figure.get("text"))
    if text:
        return text
    return _clean_text(f"{figure.get('value') or ''} {figure.get('counts') or ''}")


def _image_exts(library: Library, shas: Sequence[str]) -> dict[str, str]:
    if not shas:
        return {}
    with library.sessions() as session:
        rows = session.execute(
            select(Image.sha256, Image.ext).where(Image.sha256.in_(list(shas)))
        ).all()
    return {sha: ext or "" for sha, ext in rows}


@functools.lru_cache(maxsize=128)
def photo_copy(path: Path, max_side: int, quality: int) -> tuple[bytes, int, int]:
    """An upright RGB JPEG copy of the image at ``path``, for a pack: ``(bytes, w, h)``.

    The JPEG decoder is asked to scale down by 1/2, 1/4 or 1/8 while decoding, as far as
    the result keeps at least :data:`PHOTO_MIN_SHARE` of ``max_side`` (decoding a camera
    photo at full size is most of the cost); larger results are then resized to
    ``max_side``. Transparency is flattened onto white, and no metadata (EXIF, GPS) is
    written. Stored images are content-addressed, so the path is a safe cache key: the
    print preview repaints without decoding again.
    """
    with PILImage.open(path) as image:
        width, height = image.size
        longest = max(width, height)
        scale = 1.0
        for factor in (8, 4, 2):
            if longest / factor >= PHOTO_MIN_SHARE * max_side:
                scale = 1.0 / factor
                break
        if scale < 1.0:
            image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
        shown = ImageOps.exif_transpose(image)
        if shown.mode in ("RGBA", "LA", "PA") or "transparency" in shown.info:
            rgba = shown.convert("RGBA")
            flat = PILImage.new("RGB", rgba.size, "white")
            flat.paste(rgba, mask=rgba.getchannel("A"))
            shown = flat
        elif shown.mode != "RGB":
            shown = shown.convert("RGB")
        if max(shown.size) > max_side:
            shown.thumbnail((max_side, max_side), PILImage.Resampling.LANCZOS, reducing_gap=2.0)
        out = io.BytesIO()
        shown.save(out, "JPEG", quality=quality)
        return out.getvalue(), shown.width, shown.height


def _photo(
    library: Library, story: dict[str, Any], exts: dict[str, str], max_side: int, quality: int
) -> PackPhoto | None:
    for image in story.get("images") or []:
        sha = image.get("sha256")
        if not sha or sha not in exts:
            continue
        try:
            path = library.media.path_for(sha, exts[sha])
            data, width, height = photo_copy(path, max_side, quality)
        except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError) as exc:
            # A missing or damaged file loses the photo, not the pack; `check` reports it.
            log.warning("photo %s of story %s left out: %s", sha, story.get("id"), exc)
            continue
        return PackPhoto(
            data=data,
            mime="image/jpeg",
            width=width,
            height=height,
            caption=_clean_text(image.get("caption")),
            credit=_clean_text(image.get("credit")),
            alt=_clean_text(image.get("alt")),
        )
    return None


def prepare_stories(
    pack: BriefingPack,
    library: Library,
    max_side: int,
    quality: int,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    total: int | None = None,
) -> list[PackStory]:
    """Each story of ``pack`` as a :class:`PackStory`, photos downscaled to ``max_side``.

    Reports ``progress(done, total, title)`` per story and checks ``cancel()`` before each.

    Raises:
        ExportCancelled: ``cancel()`` returned true.
    """
    language = pack.options.labels_language
    shas = [
        img["sha256"] for s in pack.stories for img in s.get("images") or [] if img.get("sha256")
    ]
    exts = _image_exts(library, shas) if pack.options.photos else {}
    total = total or len(pack.stories)
    prepared: list[PackStory] = []
    for number, story in enumerate(pack.stories, start=1):
        if cancel is not None and cancel():
            raise ExportCancelled("the briefing pack was cancelled")
        title = _clean_text(story.get("title")) or story.get("id", "")
        prepared.append(
            PackStory(
                id=str(story.get("id", "")),
                anchor=f"story-{number}",
                title=title,
                date=format_date(story.get("date"), language),
                countries=list(story.get("countries") or []),
                places=list(story.get("places") or []),
                partners=list(story.get("partners") or []),
                author=_clean_text(story.get("author")),
                summary=_clean_text(story.get("summary")),
                body_html=body_html(story.get("body") or ""),
                figures=[
                    line for line in (_figure_line(f) for f in story.get("figures") or []) if line
                ],
                source_name=_clean_text(story.get("source_name")),
                source_url=_clean_text(story.get("source_url")),
                language=story.get("language"),
                photo=(
                    _photo(library, story, exts, max_side, quality) if pack.options.photos else None
                ),
            )
        )
        if progress is not None:
            progress(number, total, title)
    return prepared


def summary_repeats_body(story: PackStory) -> bool:
    """True when the summary is just the body's opening words (then it is not shown twice)."""
    if not story.summary:
        return True
    head = " ".join(nh3.clean(story.body_html, tags=set()).split())[: len(story.summary) + 20]
    probe = story.summary.rstrip(".…")[:120]
    return html.unescape(head).startswith(probe)


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
        raise PackError(f"{output}: the folder {Path(output).parent} does not exist")
