"""Reads plain-text articles as field offices receive them (seeds 001–004).

The first line is the title when it looks like one; otherwise (seed 003 runs straight from
``date 2025-10-11`` into the text) the title is the first sentence, shortened at a word
boundary. Date lines, author and source lines, view counters and photo blocks (alt text,
caption, credit) become fields and images rather than body text.
"""

from __future__ import annotations

import re
from collections import Counter

from storydesk.ingest.dates import find_date
from storydesk.ingest.draft import ImageDraft, StoryDraft

TITLE_MAX = 120

_AUTHOR_LINE = re.compile(
    r"^\s*(?:автор(?:ы)?|author(?:s)?|by|муаллиф|автору|авторы материала)"
    r"\s*[:：]\s*(?P<v>.{2,120}?)\s*$",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(
    r"^\s*(?:источник|източник|source|дереккөз|булак|manba|джерело|сарчашма)"
    r"\s*[:：]\s*(?P<v>.{2,200}?)\s*$",
    re.IGNORECASE,
)
_PHOTO_LINE = re.compile(
    r"^\s*(?:фото|photo|сурет|сүрөт|surat|снимка|фотография)\s*[:：]\s*(?P<v>.{1,120}?)\s*$",
    re.IGNORECASE,
)
_COUNTER_LINE = re.compile(r"^\s*\d{1,7}\s*$")
# A dash opening a line is direct speech in Russian and Bulgarian text, not a list item.
_BULLET = re.compile(r"^\s*[•·▪●◦‣∙*-]\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”)]?\s+(?=[«\"“(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҚҲҶӢӮ0-9])")
_ATTRIBUTION = (
    # "..., Kazinform News Agency cites UNDP Kazakhstan."
    re.compile(r"(?P<v>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+cites\b"),
    # "..., передает DKNews.kz." / "сообщает Kazinform"
    re.compile(
        r"\b(?:передает|передаёт|сообщает|пишет|со ссылкой на)\s+(?:агентство\s+|МИА\s+|ИА\s+)?"
        r"[«\"]?(?P<v>[A-ZА-ЯЁ][\w.-]*(?:\.[a-z]{2,4})?)"
    ),
    # Bulgarian: "съобщава агенция Kazinform"
    re.compile(r"\bсъобщава\s+(?:агенция\s+)?[«\"]?(?P<v>[A-ZА-Я][\w.-]*)"),
    # Kazakh / Kyrgyz: "... деп хабарлайды Kazinform", "... 24.kg агенттигине"
    re.compile(r"\b(?:хабарлайды|хабарлады|жазат|кабарлайт)\s+[«\"]?(?P<v>[A-ZА-Я][\w.-]*)"),
    re.compile(r"(?P<v>\b[\w-]+\.(?:kg|kz|uz|tj|ru|com))\s+агенттиг"),
)
_AGENCY_WORDS = re.compile(r"\s+(?:News Agency|Agency|агентство|агенттиги)$", re.IGNORECASE)
_BOILERPLATE = re.compile(
    r"(©|зарегистрирован\w*\s+в\s+Министерств|Свидетельство о постановке|All rights reserved|"
    r"Все права защищены|Барлық құқықтар қорғалған)",
    re.IGNORECASE,
)
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{2,}")


def make_title(text: str, limit: int = TITLE_MAX) -> str:
    """A title from the first sentence of ``text``, shortened at a word boundary."""
    text = " ".join(text.split())
    first = _SENTENCE_END.split(text, maxsplit=1)[0].rstrip(" .")
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(" ,;:—–-")
    return f"{cut}…"


def looks_like_title(line: str) -> bool:
    """Whether ``line`` reads as a headline (short, no closing full stop, not lower case)."""
    words = line.split()
    if not words or len(line) > 200 or len(words) > 25:
        return False
    if line.rstrip().endswith((".", ",", ";", ":")) and not line.rstrip().endswith("..."):
        return False
    first = line.lstrip("«\"“'(")[:1]
    return not first.islower()


def _is_latin(text: str) -> bool:
    return len(_LATIN_WORD.findall(text)) >= 3 and not _CYRILLIC_WORD.search(text)


def _is_short(text: str, limit: int) -> bool:
    return len(text) <= limit and not text.rstrip().endswith((".", ":", ";"))


def find_attribution(text: str) -> str | None:
    """The agency an article cites ("..., передает Kazinform"), from its first 3,000 characters."""
    head = text[:3000]
    for pattern in _ATTRIBUTION:
        match = pattern.search(head)
        if match:
            return _AGENCY_WORDS.sub("", match.group("v").strip(' .,«»"')).strip() or None
    return None


def clean_source(value: str) -> tuple[str, str | None]:
    """A source line gives a name and, when it is a web address, a URL."""
    value = value.strip().strip('«»"')
    if re.match(r"^(https?://|www\.)", value, re.IGNORECASE):
        url = value if value.lower().startswith("http") else f"https://{value}"
        name = re.sub(r"^(https?://)?(www\.)?", "", value, flags=re.IGNORECASE).rstrip("/")
        return name, url
    return value, None


def author_line(line: str) -> str | None:
    """The author a labelled line names ("Автор: Айгуль Сейтова"), else ``None``."""
    match = _AUTHOR_LINE.match(line)
    return match.group("v").strip() if match else None


def source_line(line: str) -> tuple[str, str | None] | None:
    """The source name and URL a labelled line gives ("Источник: www.undp.org"), else ``None``."""
    match = _SOURCE_LINE.match(line)
    return clean_source(match.group("v")) if match else None


def photo_credit(line: str) -> str | None:
    """Who took the photo, from a credit line ("Фото: Ерлан Омаров"), else ``None``."""
    match = _PHOTO_LINE.match(line)
    return match.group("v") if match else None


def _extract_images(
    paragraphs: list[str], language_is_latin: bool
) -> tuple[list[str], list[ImageDraft]]:
    """Finds photo blocks: [alt line,] caption, credit — the credit repeats across the story."""
    counts = Counter(p for p in paragraphs if _is_short(p, 90))
    credits = {p for p, n in counts.items() if n >= 2 and len(p.split()) <= 10}
    keep: list[str] = []
    images: list[ImageDraft] = []
    for index, paragraph in enumerate(paragraphs):
        photo = _PHOTO_LINE.match(paragraph)
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        # A repeated line followed by another repeated line is a caption, not a credit.
        is_credit = paragraph in credits and following not in credits
        if is_credit or photo:
            credit = photo.group("v") if photo else paragraph
            caption = alt = None
            if keep and _is_short(keep[-1], 220) and not keep[-1].startswith(("- ", "#")):
                caption = keep.pop()
            if keep and not language_is_latin and _is_latin(keep[-1]) and len(keep[-1]) <= 300:
                alt = keep.pop()
            elif caption and not language_is_latin and _is_latin(caption):
                alt, caption = caption, None
            if caption or alt or credit:
                images.append(ImageDraft(caption=caption, credit=credit, alt=alt))
            continue
        keep.append(paragraph)
    return keep, images


def _paragraphs(lines: list[str]) -> list[str]:
    out: list[str] = []
    block: list[str] = []
    for line in lines:
        if not line.strip():
            if block:
                out.append(" ".join(block))
                block = []
            continue
        stripped = line.strip()
        if _BULLET.match(line):
            if block:
                out.append(" ".join(block))
                block = []
            out.append("- " + _BULLET.sub("", line).strip())
            continue
        block.append(stripped)
    if block:
        out.append(" ".join(block))
    return out


def _to_markdown(paragraphs: list[str]) -> str:
    parts: list[str] = []
    for i, paragraph in enumerate(paragraphs):
        is_item = paragraph.startswith("- ")
        following = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
        if (
            not is_item
            and _is_short(paragraph, 100)
            and not paragraph.endswith(("!", "?", "»", '"'))
            and len(paragraph.split()) >= 3
            and len(following) > len(paragraph)
            and not following.startswith("- ")
            and i > 0
        ):
            parts.append(f"### {paragraph}")
        else:
            parts.append(paragraph)
    text = ""
    for i, part in enumerate(parts):
        if i and not (part.startswith("- ") and parts[i - 1].startswith("- ")):
            text += "\n\n"
        elif i:
            text += "\n"
        text += part
    return text


def read_text(text: str, origin_file: str) -> list[StoryDraft]:
    """Read one plain-text article.

    Args:
        text: The decoded file contents.
        origin_file: The file name, kept as provenance.

    Returns:
        One draft (an empty list when the file holds no text).
    """
    text = text.replace("\u00a0", " ").replace("\u200b", "").strip("\ufeff")
    if not text.strip():
        return []
    found = find_date(text)
    date = None
    if found is not None:
        date = found.date
        text = text[: found.start] + text[found.end :]
    lines = [line.rstrip() for line in text.split("\n")]

    author = source_name = source_url = None
    kept: list[str] = []
    for line in lines:
        if author is None and (m := _AUTHOR_LINE.match(line)):
            author = m.group("v").strip()
            continue
        if source_name is None and (m := _SOURCE_LINE.match(line)):
            source_name, source_url = clean_source(m.group("v"))
            continue
        kept.append(line)
    lines = kept

    # Title: the first non-empty line when it reads as a headline.
    while lines and not lines[0].strip():
        lines.pop(0)
    title = None
    if lines and looks_like_title(lines[0].strip()):
        title = lines.pop(0).strip()

    # View counters and photo-credit lines just under the headline are page furniture.
    head: list[str] = []
    while (
        lines
        and len(head) < 4
        and (not lines[0].strip() or _COUNTER_LINE.match(lines[0]) or _PHOTO_LINE.match(lines[0]))
    ):
        line = lines.pop(0)
        if line.strip():
            head.append(line.strip())
    paragraphs = _paragraphs(lines)
    # Trailing page furniture: copyright/registration notices and one-word labels.
    while paragraphs and (_BOILERPLATE.search(paragraphs[-1]) or len(paragraphs[-1].split()) <= 1):
        paragraphs.pop()

    body_text = " ".join(paragraphs)
    language_is_latin = _is_latin(body_text[:2000]) if body_text else True
    paragraphs, images = _extract_images(paragraphs, language_is_latin)
    for furniture in head:
        if (photo := _PHOTO_LINE.match(furniture)) and not images:
            images.append(ImageDraft(credit=photo.group("v")))

    if title is None:
        if not paragraphs:
            return []
        title = make_title(paragraphs[0])

    if source_name is None:
        source_name = find_attribution(" ".join(paragraphs))

    draft = StoryDraft(
        title=title,
        body=_to_markdown(paragraphs),
        origin_file=origin_file,
        date=date,
        author=author,
        source_name=source_name,
        source_url=source_url,
        images=images,
    )
    return [draft]
