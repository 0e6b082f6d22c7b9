"""Finds the key figures of a story: numbers with what they count.

"более 4000 молодых людей", "$325 000", "1663 метра", "more than 3% of global GDP" are the
facts briefing packs quote. A figure is a number with a unit: a counted noun after it, a
currency, or a per cent sign. Years, dates, phone numbers, registration numbers ("№ 10484-АА")
and bare numbers with nothing counted are left out.

The counted noun is found without a dictionary: up to three words after the number, stopping
at punctuation, prepositions and conjunctions; for Russian, adjectives are taken up to the
first noun ("молодых людей прошли" -> "молодых людей"); for English, at the first verb form.
"""

from __future__ import annotations

import re

from storydesk.ingest.dates import all_dates, month_number
from storydesk.ingest.draft import Figure
from storydesk.ingest.language import detect_language

FIGURES_VERSION = 1
"""Bumped whenever find_figures changes what it finds; catalogues re-extract figures of
stories when it changes."""

MAX_COUNTED_WORDS = 3

_SPACE = "[ \u00a0\u202f\u2009]"
_NUMBER = (
    r"\d{1,3}(?:(?:" + _SPACE + r"|,(?=\d{3}(?!\d)))\d{3}(?!\d))+(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?"
)
_CURRENCY_SIGN = r"[$€£₸₽¥]|US\$|USD|EUR|KZT|KGS|UZS|TJS"
_SCALE = (
    r"млн\.?|млрд\.?|трлн\.?|тыс\.?|тысяч[аиу]?|миллион(?:ов|а)?|миллиард(?:ов|а)?|"
    r"million|millions|billion|billions|thousand|trillion|mln\.?|bn|m\b|"
    r"мың|миң|милион(?:а)?|милиард(?:а)?|хиляди|хиляда|мільйон(?:ів|а)?|мільярд(?:ів|а)?|"
    r"тисяч[аі]?|mln|mlrd|ming"
)
_CURRENCY_WORD = (
    r"долларов|доллара|доллар|долл\.|dollars|dollar|евро|euros?|тенге|теңге|сомов|сома|сом|"
    r"сумов|сума|сум|so['ʻ‘’]m|сомони|somoni|рублей|рубля|рубль|руб\.|долара|лева|лв\.|"
    r"гривень|гривні|гривня|доллар(?:ы|дан|га)?|USD|EUR|KZT|KGS|UZS|TJS"
)
_PERCENT = r"%|процент(?:ов|а)?|пайыз|пайыздан|percent|per cent|foiz|фоиз|процента"
_QUALIFIER = (
    r"более|свыше|около|почти|порядка|менее|не менее|до|примерно|около|"
    r"more than|over|about|nearly|almost|around|up to|at least|less than|some|"
    r"approximately|roughly|повече от|над|близо|около|понад|близько|майже|"
    r"приблизно|qariyb|taxminan|deyarli"
)
# Turkic languages put "more than" after the number: "4000-нан астам", "4000ден ашык".
_MORE_THAN = r"(?:астам|артық|ашык|ашуун|ortiq|ziyod|зиёд|зиёда)"
_POST_QUALIFIER = (
    r"-?(?:нан|нен|дан|ден|тан|тен|дон|дөн|тон|төн|нон|нөн|dan)(?!\w)"
    r"(?:" + _SPACE + r"+" + _MORE_THAN + r"(?!\w))?"
    r"|" + _SPACE + r"+" + _MORE_THAN + r"(?!\w)"
)

_FIGURE = re.compile(
    r"(?:(?<!\w)(?P<qual>" + _QUALIFIER + r")" + _SPACE + r"+)?"
    r"(?P<value>(?:(?P<cur1>" + _CURRENCY_SIGN + r")" + _SPACE + r"?)?"
    r"(?<![\w.,/#№+\-:])(?P<num>" + _NUMBER + r")(?![\d]|[.,:/]\d)"
    r"(?:" + _SPACE + r"?(?P<scale>" + _SCALE + r")(?!\w))?"
    r"(?:" + _SPACE + r"?(?P<pct>" + _PERCENT + r")(?!\w))?"
    r"(?:" + _SPACE + r"?(?P<cur2>" + _CURRENCY_WORD + r")(?!\w))?)"
    r"(?:(?P<post>" + _POST_QUALIFIER + r")|(?P<hyphen>-(?P<unit>[^\W\d_]+)))?",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"[ \u00a0\u202f\u2009]+([^\W\d_]+(?:[-'ʻʼ‘’][^\W\d_]+)*)")
_REGISTRATION = re.compile(r"(?:№|No\.|N°|#|nr\.)\s*$", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+|\btel\.?|\bтел\.?)[\s\d()\-]{6,}|\(\d{3,5}\)[\s\d\-]{5,}", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+|\]\([^()\s]*\)")
_NOT_LINE_BREAK = re.compile(r"[^\n]")

# Words that end a counted phrase: prepositions, conjunctions, articles, copulas.
_STOP_TEXT = """
    и в во на с со по к ко о об от до из за для при без над под про через между у а но или
    что как чем который которые которых это этот также уже еще ещё лишь только же ли не
    года году год г гг лет
    and or of in on at to for from with by as the a an than that which who were was are is
    be been has have had will would this these those its their per into over under since
    during about after before while year years
    және мен бен пен да де та те жылы жылғы ж бойынша үшін туралы арқылы
    жана менен үчүн жылы жылдын боюнча тууралуу аркылуу
    va bilan uchun yil yilda yilning
    ва бо дар аз ба барои соли
    на се от за да е са със във към след като че или през
    і й та з що до від для року
    """
_STOP_WORDS = frozenset(_STOP_TEXT.split())
_YEAR_TEXT = (
    "года году год г гг year years жылы жылғы жыл жылдын жылга ж yil yilda yilning йил "
    "йилда соли року рік році р година годината"
)
_YEAR_WORDS = frozenset(_YEAR_TEXT.split())
_RUSSIAN_ADJECTIVE = re.compile(
    r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ую|юю|ыми|ими)$"
)
_ENGLISH_VERB = re.compile(r"^[a-z]{3,}(?:ed|ing)$")
# Kazakh and Kyrgyz finite verbs end the phrase: "жаш окутулду", "үй шаруашылығы қорғалды".
_TURKIC_VERB = re.compile(
    r"^\S{3,}(?:ды|ді|ты|ті|ду|дү|ту|тү|йт|уда|уде|ат|ет|ди|ти|di|ildi|moqda|adi|ydi)$"
)
# Uzbek puts a counter word between number and noun: "300 ta fermer".
_COUNTERS = frozenset({"ta", "та", "nafar", "нафар"})


def find_figures(text: str, language: str | None = None, limit: int = 12) -> list[Figure]:
    """Finds numbers with what they count, in order of appearance.

    Args:
        text: The article text.
        language: ISO 639-1 code of the text; guessed with
            :func:`~storydesk.ingest.language.detect_language` when ``None``. Only Russian
            and English get special word rules; other languages use the generic ones.
        limit: The most figures to return.

    Returns:
        Up to ``limit`` figures, without duplicates. ``value`` is the number as written with
        its currency, scale or per cent sign and spaces normalised ("$325 000", "3%",
        "2 млрд долларов", "90-day"); ``counts`` is the counted phrase ("молодых людей"),
        empty for money and bare percentages; ``text`` is the phrase as in the text,
        qualifier included ("более 4000 молодых людей").
    """
    if language is None:
        language = detect_language(text)
    masked = _mask(text)
    figures: list[Figure] = []
    seen: set[str] = set()
    for match in _FIGURE.finditer(masked):
        figure = _figure_at(masked, text, match, language)
        if figure is None or figure.text in seen:
            continue
        seen.add(figure.text)
        figures.append(figure)
        if len(figures) >= limit:
            break
    return figures


def _mask(text: str) -> str:
    """Blanks out URLs, phone numbers and dates so that their digits are never figures."""
    spans = [m.span() for m in _URL.finditer(text)] + [m.span() for m in _PHONE.finditer(text)]
    spans += [(start, end) for _, start, end in all_dates(text)]
    if not spans:
        return text
    # Overlapping spans are blanked once; line breaks stay where they are.
    pieces: list[str] = []
    done = 0
    for start, end in sorted(spans):
        if end <= done:
            continue
        start = max(start, done)
        pieces.append(text[done:start])
        pieces.append(_NOT_LINE_BREAK.sub("#", text[start:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _figure_at(masked: str, text: str, match: re.Match[str], language: str | None) -> Figure | None:
    num = match.group("num")
    before = masked[max(0, match.start("num") - 12) : match.start("num")]
    if _REGISTRATION.search(before) or before.endswith(("№ ", "№")):
        return None
    # "10484-АА": a number glued to capital letters is a code, not a quantity.
    unit = match.group("unit")
    if unit and unit.isupper():
        return None
    money = bool(match.group("cur1") or match.group("cur2"))
    percent = bool(match.group("pct"))
    scale = bool(match.group("scale"))
    end = match.end()
    counted_words: list[str] = []
    if not money:  # an amount of money counts nothing but itself
        counted_words, end = _counted(masked, end, language)
    if unit and not money and not percent:
        # "90-day action plans": the unit belongs to the value.
        if month_number(unit) is not None:
            return None
    elif counted_words and month_number(counted_words[0]) is not None:
        return None  # "29 и 30 июля", "February 5th"
    plain = not (money or percent or scale or unit)
    if plain and num.isdigit() and len(num) == 4 and 1900 <= int(num) <= 2100:
        if not counted_words or counted_words[0].lower() in _YEAR_WORDS:
            return None
        prev = masked[: match.start("num")].rstrip().rsplit(maxsplit=1)
        if prev and prev[-1].lower() in {"в", "с", "со", "in", "since", "from", "до", "by"}:
            return None
    if counted_words and counted_words[0].lower() in _YEAR_WORDS:
        return None
    if not counted_words and not money and not percent:
        return None
    value = _normalise(match.group("value") + (match.group("hyphen") or ""))
    counts = " ".join(counted_words)
    phrase = _normalise(text[match.start() : end]).strip()
    return Figure(value=value, counts=counts, text=phrase)


def _counted(masked: str, pos: int, language: str | None) -> tuple[list[str], int]:
    """The words a number counts, and where they end."""
    words: list[str] = []
    end = pos
    # "3% of global GDP": skip "of" (and an article) after a percentage or amount.
    of = re.match(r"[ \u00a0]+(?:of|из)(?:[ \u00a0]+(?:the|a|an))?(?=[ \u00a0])", masked[pos:])
    if of and masked[pos - 1 : pos] == "%":
        end = pos + of.end()
    while len(words) < MAX_COUNTED_WORDS:
        match = _WORD_AFTER.match(masked, end)
        if match is None:
            break
        word = match.group(1)
        lowered = word.lower()
        if lowered in _STOP_WORDS:
            break
        if language == "en" and words and _ENGLISH_VERB.match(lowered):
            break
        if language in ("kk", "ky", "uz") and words and _TURKIC_VERB.match(lowered):
            break
        if language in ("uz", "tg") and not words and lowered in _COUNTERS:
            end = match.end()
            continue
        if words and word[0].isupper() and not word.isupper():
            break  # a name starts; acronyms (ВВП, GDP) may close the phrase
        words.append(word)
        end = match.end()
        if language == "ru" and not _RUSSIAN_ADJECTIVE.search(lowered):
            break  # the noun closes the phrase: "молодых людей", "рабочих мест"
    if not words:
        end = pos
    return words, end


def _normalise(value: str) -> str:
    return re.sub(r"[\u00a0\u202f\u2009 ]+", " ", value).strip()
