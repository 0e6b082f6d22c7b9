"""Reads dates as stories write them, and finds the publication date in an article's text.

:func:`parse_date` reads one value (a front matter field, a CSV cell): ISO dates and
datetimes, day-first numeric dates, and dates with month names in Russian, English, Kazakh,
Kyrgyz, Uzbek (both scripts), Tajik, Turkmen, Bulgarian and Ukrainian.

:func:`find_date` is deliberately conservative: a story gets a date only from a labelled
line ("Опубликовано 12.02.2024", "date 2025-10-11", "Жарияланды: ...") or from a date that
stands alone on a line near the top. Dates mentioned inside sentences ("С 5 по 7 февраля",
"выдано 20 января 2010 года") are events, not the publication date, and are ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MIN_YEAR = 1900
MAX_YEAR = 2100

TOP_LINES = 12
"""A date alone on a line counts as the publication date only within this many non-empty lines
from the top."""


@dataclass(frozen=True)
class DateMatch:
    """A publication date found in a text.

    Attributes:
        date: The date.
        start: Offset in the text where the match begins, including a label ("date ...").
        end: Offset just past the date (and a trailing "г." / "года" / "ж." if present), so
            ``text[:start] + text[end:]`` removes the whole date mention.
        line: The full line the date was found on, without its line break.
    """

    date: dt.date
    start: int
    end: int
    line: str


# Month names by stem. A word is a month when it starts with one of these stems and has at
# most a few letters more (case endings: июля, июлу, шілдеде, липня, iyulda).
_MONTH_STEMS: dict[str, int] = {
    # Russian, Kyrgyz, Tajik and Cyrillic Uzbek use the Russian names with their own endings.
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    # Kazakh
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
    "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
    # Bulgarian
    "януари": 1, "февруари": 2, "април": 4, "юни": 6, "юли": 7, "септември": 9,
    "октомври": 10, "ноември": 11, "декември": 12,
    # Ukrainian
    "січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8,
    "верес": 9, "жовт": 10, "листопад": 11, "груд": 12,
    # Latin Uzbek and Turkmen
    "yanvar": 1, "fevral": 2, "mart": 3, "aprel": 4, "iyun": 6, "iyul": 7, "avgust": 8,
    "sentabr": 9, "sentyabr": 9, "oktabr": 10, "oktyabr": 10, "noyabr": 11, "dekabr": 12,
    "ýanwar": 1, "fewral": 2, "iýun": 6, "iýul": 7, "awgust": 8, "sentýabr": 9,
    "oktýabr": 10, "noýabr": 11,
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip

# Short or ambiguous names only as whole words ("май" but not "майдан", "сен" is "you").
_MONTH_WORDS: dict[str, int] = {
    "май": 5, "мая": 5, "маю": 5, "мае": 5, "майи": 5, "may": 5, "maý": 5, "травень": 5,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}  # fmt: skip

_MAX_ENDING = 4

_MONTH = r"(?P<m>[^\W\d_]{3,}\.?)"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th|-?(?:го|е|ші|шы|чи|чы|nchi|inchi))?"
_YEAR = r"(?P<y>\d{4})"
# Words that may follow a year: "2025 г.", "2025 года", "2025 ж.", "2025-жылы", "2025 yil".
_YEAR_TAIL = (
    r"(?:[\s\u00a0]*-?(?:г\.|гг\.|года|году|год|ж\.|жылы|жыл|yil|йил|р\.|року|рік|с\.|"
    r"соли|yilda|йилда)(?![^\W\d_]))?"
)
# Words between the year and the day in year-first dates: "2025 жылғы 31 шілде",
# "2025-жылдын 31-июлу", "2025 yil 31 iyul", "2025 йил 31 июль", "соли 2025".
_YEAR_LABEL = r"-?(?:жылғы|жылдың|жылдын|жылы|жыл|ж\.|yil|yilning|йил|йилнинг|г\.|года|ýylyň)"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"(?<![\d.])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
        r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])"
    ),
    re.compile(
        r"(?<![\d.])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d.]\d)"
        + _YEAR_TAIL
    ),
    re.compile(
        r"(?<![\w.])"
        + _DAY
        + r"[\s\u00a0.\-]*"
        + _MONTH
        + r"[\s\u00a0,]*(?:соли\s+)?"
        + _YEAR
        + r"(?!\d)"
        + _YEAR_TAIL,
        re.IGNORECASE,
    ),
    re.compile(
        r"(?<![\w.])"
        + _MONTH
        + r"[\s\u00a0]+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?[\s\u00a0]+"
        + _YEAR
        + r"(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?<![\w.])"
        + _YEAR
        + r"[\s\u00a0]*"
        + _YEAR_LABEL
        + r"[\s\u00a0,]*"
        + _DAY
        + r"[\s\u00a0.\-]*"
        + _MONTH,
        re.IGNORECASE,
    ),
)

# Labels that introduce a publication date. They must open the line (after list markers,
# emphasis or a separator) so that "up to date 2025" inside a sentence is no label.
_LABEL = re.compile(
    r"(?:^|[|·•—–])[\s*_>#\-]*"
    r"(?P<label>опубликовано|опубл\.|дата публикации|дата|date|published(?: on)?|posted(?: on)?|"
    r"publication date|жарияланды|жарияланған(?: күні)?|жарыяланды|жарыяланган(?: күнү)?|"
    r"nashr qilingan|nashr etilgan|chop etilgan|нашр шуд(?:ааст)?|сана|sana|публикувано|"
    r"публикуван|опубліковано|дата публікації)"
    r"[\s*_:\u00a0\-–—]*$",
    re.IGNORECASE,
)
# What may stand beside a date on a line of its own: a time, a weekday, punctuation.
_LEFTOVER = re.compile(
    r"(?:\d{1,2}:\d{2}(?::\d{2})?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|[\s\W_])*",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]*(?:\n|$)")
# A press release's dateline: the place, a comma, the date, then the first sentence
# ("Шымкент, 14 мая 2025 года. ПРООН…", "Bishkek, 12 March 2025 – UNDP…").
_DATELINE_PLACE = re.compile(r"\s*[^\W\d_][\w.'’ʼ-]*(?:[ -][^\W\d_][\w.'’ʼ-]*){0,3},\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:$|[.:—–(]|-\s)")
DATELINE_LINES = 4
"""A dateline counts only within this many non-empty lines from the top."""


def month_number(word: str) -> int | None:
    """Returns the month a month name stands for, in any language StoryDesk reads.

    Args:
        word: One word such as "июля", "шілде", "iyul", "Feb." or "липня".

    Returns:
        1 to 12, or ``None`` when the word is no month name.
    """
    word = word.lower().rstrip(".")
    if word in _MONTH_WORDS:
        return _MONTH_WORDS[word]
    for size in range(min(len(word), 9), 2, -1):
        month = _MONTH_STEMS.get(word[:size])
        if month is not None:
            return month if len(word) - size <= _MAX_ENDING else None
    return None


def _build(match: re.Match[str]) -> dt.date | None:
    month_text = match.group("m")
    month = int(month_text) if month_text.isdigit() else month_number(month_text)
    if month is None:
        return None
    year = int(match.group("y"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, int(match.group("d")))
    except ValueError:
        return None


def all_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Finds every date written in a text, wherever it stands.

    Args:
        text: Any text.

    Returns:
        ``(date, start, end)`` for each date, earliest first, without overlaps.
    """
    found: list[tuple[dt.date, int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            date = _build(match)
            if date is None:
                continue
            start, end = match.span()
            if any(s < end and start < e for _, s, e in found):
                continue
            found.append((date, start, end))
    found.sort(key=lambda item: item[1])
    return found


def parse_date(value: str) -> dt.date | None:
    """Reads one date value.

    Args:
        value: A date as written: "2024-02-12", "2024-02-12T10:00:00+05:00", "12.02.2024"
            (day first), "31 июля 2025", "July 31, 2025", "2025 жылғы 31 шілде",
            "2025-жылдын 31-июлу", "31-iyul 2025", "31 юли 2025", "31 липня 2025" ...
            A short value with one date and a few words around it ("Published: 12.02.2024")
            is accepted too.

    Returns:
        The date, or ``None`` when the value holds no valid date (31.02.2024, a bare year)
        or more than one.
    """
    value = str(value).strip()
    if not value or len(value) > 80:
        return None
    dates = all_dates(value)
    if len(dates) != 1:
        return None
    return dates[0][0]


def find_date(text: str) -> DateMatch | None:
    """Finds the publication date of an article in its text.

    A labelled date anywhere wins ("Опубликовано 12.02.2024" on the last line); otherwise the
    first of a date that stands alone on a line among the first :data:`TOP_LINES` non-empty
    lines and a press release's dateline among the first :data:`DATELINE_LINES`
    ("Шымкент, 14 мая 2025 года. ПРООН…"). A dateline's match is empty (``start == end``):
    it stays in the text, where it opens the first sentence.

    Args:
        text: The article text.

    Returns:
        The date with its span (label included) and line, or ``None`` when no date is clear.
    """
    standalone: DateMatch | None = None
    non_empty = 0
    for line_match in _LINE.finditer(text):
        raw = line_match.group()
        if not raw:
            break
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        non_empty += 1
        offset = line_match.start()
        for date, start, end in all_dates(line):
            label = _LABEL.search(line, 0, start)
            if label is not None:
                return DateMatch(date, offset + label.start("label"), offset + end, line)
            if standalone is not None:
                continue
            rest = line[:start] + line[end:]
            if non_empty <= TOP_LINES and _LEFTOVER.fullmatch(rest):
                standalone = DateMatch(date, offset + start, offset + end, line)
            elif non_empty <= DATELINE_LINES and _is_dateline(line, start, end):
                # The dateline stays in the text: it opens the first sentence.
                standalone = DateMatch(date, offset + start, offset + start, line)
    return standalone


def _is_dateline(line: str, start: int, end: int) -> bool:
    """Whether the date at ``line[start:end]`` follows a place and a comma at the line's start."""
    head = line[:start]
    return (
        bool(head)
        and head.lstrip()[:1].isupper()
        and _DATELINE_PLACE.fullmatch(head) is not None
        and _DATELINE_AFTER.match(line, end) is not None
    )
