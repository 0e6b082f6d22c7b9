"""Finds the key figures of a story: numbers with what they count or measure.

"более 4000 молодых людей", "$325 000", "1663 метра укреплённых селевых каналов", "more than
3% of global GDP", "халықтың 70,4%" are the facts briefing packs quote. A figure is a number
with what it stands for:

* a count: the counted noun phrase follows the number ("4000 молодых людей", "300 ta fermer",
  "400 мыңнан астам жұмыс орны", "15 миң 105 иш орундары");
* money: a currency sign or word says it all ("$325 000", "2,5 млрд теңге", "78 миллион сомго");
* a percentage or a measure ("8%", "1663 метра", "1389 ha"): kept only with what it is a share
  or a measure of, taken from an "of"/"из"/"от" or genitive phrase after it ("3% of global GDP",
  "40% избирателей", "1663 метра укреплённых селевых каналов"), from the genitive or subject
  just before it in Kazakh, Kyrgyz and Uzbek ("халықтың 70,4%", "инфляция 5,3%-ды құрады"), or
  from the subject of a verb of change ("rice farming productivity increased by 8.2%",
  "уровень бедности снизился на 17%"). A bare "8%" or "1663 метра" is left out.

Left out as well: dates (also "28-майда", "3-июнда", "2025-жылы", "14-mayda"), ages ("2
жаштагы", "5-летний", "aged 12", "25 yoshli"), durations ("90-day", "3 года", "5 жыл", "9
айда", "2 hours"), article, page and section numbers ("статья 12", "article 5", "стр. 4",
"12-moddasiga", "№ 36"), ordinals and ranks ("702-м", "5th", "24 месте", "13 ғасырда"), scores,
clock times, phone and registration numbers, years, and repeats: the same number said again
for the same thing ("27 погибших" ... "27 человек погибли") gives one figure.

Everything is done with regular expressions and small word lists; no dictionary or model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storydesk.ingest.dates import all_dates, month_number
from storydesk.ingest.draft import Figure
from storydesk.ingest.figures_version import FIGURES_VERSION
from storydesk.ingest.language import detect_language

__all__ = ["FIGURES_VERSION", "find_figures"]

MAX_COUNTED_WORDS = 3
_WINDOW = 200  # how far after a number its value and phrase are read, in characters

_TURKIC = frozenset({"kk", "ky", "uz", "tk", "tt", "ba"})
_SP = "[ \u00a0\u202f\u2009]"
_NUMBER = re.compile(
    r"(?<![\w.,/#№+\-:])"
    r"(\d{1,3}(?:" + _SP + r"\d{3}(?!\d))+(?:[.,]\d+)?"
    r"|(?!(?:19|20)\d\d)\d{4}(?:" + _SP + r"\d{3}(?!\d))+"
    r"|\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?"
    r"|\d+(?:[.,]\d+)?)"
    r"(?![.,:/]\d)"
)
_CURRENCY_BEFORE = re.compile(r"(US\$|\$|€|£|₸|₽|¥|USD|EUR|KZT|KGS|UZS|TJS)" + _SP + r"?\Z")
_QUALIFIER_BEFORE = re.compile(
    r"(?<!\w)(более чем|более|свыше|около|почти|порядка|не менее|менее|до|примерно|"
    r"по меньшей мере|more than|over|about|nearly|almost|around|up to|at least|less than|"
    r"some|approximately|roughly|повече от|над|близо|около|понад|близько|майже|приблизно|"
    r"qariyb|taxminan|deyarli|шамамен|барлығы|jami|жалпы)" + _SP + r"+\Z",
    re.IGNORECASE,
)
# Scales, with Turkic case endings ("мыңнан", "миңге", "mingdan", "миллиондон").
_SCALE = re.compile(
    r"(?:" + _SP + r"?)(млн\.?|млрд\.?|трлн\.?|тыс\.|тыс(?!\w)|тысяч\w*|миллион\w*|миллиард\w*|"
    r"million(?:s)?|billion(?:s)?|thousand|trillion|mln\.?|bn|mlrd|"
    r"мың\w*|миң\w*|мыӊ\w*|миӊ\w*|ming\w*|минг\w*|milliard\w*|million\w*|милион\w*|милиард\w*|"
    r"хиляди|хиляда|мільйон\w*|мільярд\w*|тисяч\w*)(?!\w)",
    re.IGNORECASE,
)
_SCALE_VALUE = [
    (re.compile(r"трлн|trillion", re.I), 10**12),
    (re.compile(r"млрд|миллиард|милиард|мільярд|billion|bn|mlrd|milliard", re.I), 10**9),
    (re.compile(r"млн|миллион|милион|мільйон|million|mln", re.I), 10**6),
    (re.compile(r"тыс|тысяч|thousand|мың|миң|мыӊ|миӊ|ming|минг|хиляд|тисяч", re.I), 10**3),
]
_SCALE_BASE = re.compile(
    r"^(мың|миң|мыӊ|миӊ|ming|минг|миллион|миллиард|милион|милиард|million|milliard)"
)
_PERCENT = re.compile(
    r"(?:" + _SP + r"?)(%(?:-?[^\W\d_]{1,4}(?!\w))?|процент\w*|пайыз\w*|foiz\w*|фоиз\w*|"
    r"percent|per cent|відсот\w*)(?!\w)",
    re.IGNORECASE,
)
_PERCENT_BASE = re.compile(r"пайыз|foiz|фоиз")
_CURRENCY = re.compile(
    r"(?:" + _SP + r"?)((?:AQSh|АҚШ|АКШ|США)" + _SP + r"+)?"
    r"(долларов|доллара|доллар\w*|долл\.|dollar\w*|долар\w*|евро\w*|euros?|тенге|теңге\w*|"
    r"сомони|сомов|сома|сом\w{0,4}|тыйын\w*|тиын\w*|сумов|сума|сум|so['ʻ‘’]m\w*|сўм\w*|йен|иен|yen|"
    r"рублей|рубля|рубль|руб\.|руб|лева|лев|лв\.|гривень|гривні|гривня|дирам\w*|фунт\w*|"
    r"цент\w*|cents?|USD|EUR|KZT|KGS|UZS|TJS|RUB)(?!\w)"
    r"(?:" + _SP + r"+(?:США|US))?",
    re.IGNORECASE,
)
# Units of measure: a figure with one of these needs what it measures.
_UNIT = re.compile(
    r"(?:" + _SP + r"?)((?:linear|cubic|square|квадратных|кубических|чарчы|шаршы)" + _SP + r"+)?"
    r"(кв\.?" + _SP + r"?м\.?|кв\.?" + _SP + r"?км\.?|метр\w*|meters?|metres?|километр\w*|"
    r"kilomet\w*|км|km|гектар\w*|хектар\w*|gektar\w*|hectares?|ha|га|тонн\w*|тона|тони|"
    r"tonnes?|tons?|шақырым\w*|мегаватт\w*|megavatt\w*|MW|кВт\w*|kWh?|градус\w*|литр\w*|"
    r"litres?|liters?|см|cm|мм|mm|м\.?(?!\w)|чакырым\w*|кубометр\w*|килограмм\w*|kg|кг|грамм\w*|эсе\w*|есе\w*|marta|times|сотык\w*|соток|сотки|унци\w*|ounces?)(?!\w)",
    re.IGNORECASE,
)
# "150-ден астам", "4000ден ашык", "1 200 dan ortiq": Turkic "more than" after the number.
_TURKIC_SUFFIX = re.compile(
    r"-?(нан|нен|дан|ден|тан|тен|дон|дөн|тон|төн|нон|нөн|dan|ga|ge|ка|ке|қа|ға|ге|га|го|гө|"
    r"ды|ді|ты|ті|ын|ін|дей|дай|дой|дөй|ден|ти|ту|ду|da|ta)(?!\w)",
    re.IGNORECASE,
)
_POST_QUALIFIER = re.compile(
    r"(?:" + _SP + r"+(?:dan|дан|ден))?" + _SP + r"+"
    r"(астам|аса|артық|жуық|жуығы|ашык|ашуун|ашыгы|ortiq|ziyod|зиёд|ортиқ|жакын|жакыны|"
    r"чамасы|чамалуу|чамалуусу)(?!\w)",
    re.IGNORECASE,
)
_COUNTER = re.compile(_SP + r"+(ta|nafar|та|нафар)(?!\w)", re.IGNORECASE)
_COUNTER_OF_THEM = re.compile(_SP + r"+(nafari|tasi|нафари|таси)(?!\w)", re.IGNORECASE)
_TAIL = re.compile(_SP + r"+(\d+)(?![\d.,]\d)")
_RANGE = re.compile(r"" + _SP + r"?[-–—]" + _SP + r"?(\d+(?:[.,]\d+)?)(?![\d.,]\d)")
_WORD_AFTER = re.compile(_SP + r"+([^\W\d_]+(?:[-'ʻʼ‘’][^\W\d_]+)*)")
_REGISTRATION = re.compile(r"(?:№|No\.|N°|#|nr\.)\s*\Z", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+|\btel\.?|\bтел\.?)[\s\d()\-]{6,}|\(\d{3,5}\)[\s\d\-]{5,}", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+|\]\([^()\s]*\)")
_NOT_LINE_BREAK = re.compile(r"[^\n]")

# Words that end a counted phrase: prepositions, conjunctions, articles, copulas.
_STOP_TEXT = """
    и в во на с со по к ко о об от до из за для при без над под про через между у а но или
    что как чем который которые которых это этот также уже еще ещё лишь только же ли не
    всех всего общего году год г гг лет
    and or of in on at to for from with by as the a an than that which who were was are is
    be been has have had will would this these those its their per into over under since
    during about after before while year years now also each it they he she we there
    он она оно они
    және мен бен пен да де та те жылы жылғы ж бойынша үшін туралы арқылы дейін қарай кейін
    жана менен үчүн жылы жылдын боюнча тууралуу аркылуу чейин чейинки карата бери салыштырмалуу
    салыштырганда караганда салыстырғанда жогору төмөн көп аз эле кимди эмне ал эми анын
    алардын бул ушул ошол эч ээ ордуна чамасында деп туура из-за из-под алыстыкта
    алыстыктагы узундуктагы узундугу тереңдикте
    va bilan uchun yil yilda yilning bu shu ushbu tashkil ташкил nisbatan
    ва бо дар аз ба барои соли бу
    на се от за да е са със във към след като че или през
    і й та з що до від для року
    """
_STOP_WORDS = frozenset(_STOP_TEXT.split())
_YEAR_WORD = re.compile(
    r"^(?:год|года|году|годом|годы|годах|годам|годами|годов|г|гг|year|years|жыл(?!кы|қы)\w*|ж|yil\w*|йил\w*|соли|року|рік|"
    r"році|р|година|"
    r"годината|годишн\w*)$",
    re.IGNORECASE,
)
# Durations, ages, centuries, clock and score words: a number before one is no key figure.
_TIME_WORD = re.compile(
    r"^(?:секунд\w*|минут\w*|час|часа|часов|часы|сут\w*|день|дня|дней|дни|ден|дена|недел\w*|"
    r"седмиц\w*|месяц\w*|месец\w*|лет|годин\w*|век\w*|веков|дням|днях|днями|раз|раза|"
    r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur\w*|"
    r"саат\w*|сағат\w*|мүнөт\w*|минут\w*|апта\w*|жума|жумада|жумадан|жумага|жумалык|ай|айда|айдың|"
    r"күн(?:[үі]|г[өеа]|д[өеа]н?|дүн|дүк|дөр\w*|дер\w*|нен|нөн|нің)?|"
    r"айдын|айлык|айлық|айга|айға|айы|айында|айдан|ғасыр\w*|кылым\w*|"
    r"soniya\w*|daqiqa\w*|soat\w*|kun|kunda|kunlik|kundan|kunga|hafta\w*|oy|oyda|oylik|"
    r"oydan|oyga|oyi|asr\w*|"
    r"летн\w*|летие\w*|жаштагы\w*|жашта|жаштан|жашка|жашар\w*|жашында|жаштын|жасқа|жаста|"
    r"жастағы\w*|жастан|жасар\w*|жасында|yoshli|yoshda|yoshdan|yoshgacha|yoshida|yoshga|yoshlik|"
    r"балл\w*|очк\w*|points?|упай\w*|месте|место|этаже|этаж|туре|тура|классе|утра|вечера|"
    r"ночи|am|pm|a\.m|p\.m|главе|главы|разделе|пункте|статье)$",
    re.IGNORECASE,
)
# Words before a number that make it a reference, not a quantity.
_REFERENCE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:статья|статьи|статье|статьей|ст\.|ст|часть|части|ч\.|пункт\w*|п\.|подпункт\w*|"
    r"article|articles|art\.|page|pages|p\.|pp\.|section|chapter|clause|paragraph|стр\.|"
    r"страниц\w*|раздел\w*|глава|главы|главе|член|чл\.|точка|алинея|бап\w*|берене\w*|"
    r"modda\w*|band\w*|bet|бет\w*|рейс\w*|flight|саат|сағат|soat|возрасте|aged|age|"
    r"жасында|yoshida)" + _SP + r"*\Z",
    re.IGNORECASE,
)
_AGE_NEXT = re.compile(
    r"^(?:курак\w*|шамасында|аралығында\w*|чамасында|болсо|болгон|болуп|болду|эле|эди)$",
    re.IGNORECASE,
)
_REFERENCE_AFTER = re.compile(r"^(?:УК|ГК|КоАП|кодекс\w*|ст\.|статьи)$")
_RUSSIAN_ADJECTIVE = re.compile(
    r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ую|юю|ыми|ими)$"
)
_RUSSIAN_VERB = re.compile(
    r"(?:ал|ял|ил|ыл|ела|ула|ала|яла|ила|ыла|али|яли|или|ели|ыли|ался|ялся|ился|ались|ились|"
    r"алась|илась|ется|ются|ится|ятся|ают|яют|уют|ило|ало|ть|лся|лось|лись|ерли|ерла|ерло)$"
)
# Past forms without the usual "-ил"/"-ал": "вырос", "выросла", "достиг", "упал".
_RUSSIAN_PAST = re.compile(
    r"(?:рос|росла|росло|росли|стиг|стигла|стигли|пал|пала|пали|ло|ла|ли|"
    r"ено|ена|ены|ано|ана|аны|ято|ята|яты)$"
)
_ENGLISH_VERB = re.compile(r"^[a-z]{3,}(?:ed|ing)$")
_ENGLISH_CHANGE = frozenset(
    {"fell", "rose", "grew", "reached", "stood", "dropped", "increased", "decreased", "declined",
     "went", "cut", "reduced", "rises", "falls", "grows", "reaches", "stands", "drops",
     "increases", "decreases", "declines", "was", "is", "were", "are", "been", "amounted",
     "amounts", "totalled", "totaled", "improved", "expanded"}
)  # fmt: skip
_BULGARIAN_PRESENT = re.compile(r"(?:ят|ат|ха|ше)$")
_BULGARIAN_VERB = re.compile(r"(?:ха|ли|ла|ло|на|ва|ят|ат|ем|им|ме|те|ил|ал|ял|ел)$")
# Kazakh, Kyrgyz and Uzbek finite verbs, participles and converbs end the phrase.
_TURKIC_VERB = re.compile(
    r"^\S{2,}(?:ды|ді|ты|ті|ду|дү|ту|тү|йт|уда|уде|ди|ти|di|ildi|moqda|adi|ydi|"
    r"ган|ген|гон|гөн|кан|кен|кон|көн|ған|қан|ганы|гени|ганда|генде|ып|іп|уп|үп|са|се|"
    r"ади|эди|gan|moqda|yapti|ишди|илди|ilgan|lgan|ыш|иш|ип|ish|ishni|ishga|ishda)$"
)
_TURKIC_PARTICIPLE = re.compile(
    r"(?:ган|ген|гон|гөн|кан|кен|ған|қан|ганда|генде|ганы|гандыгы|гендиги|кандыгы|кендиги|"
    r"ганын|генин|ып|іп|уп|үп)$"
)
_TURKIC_GENITIVE = re.compile(
    r"(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин|нун|нүн|дун|дүн|тун|түн|ning|нинг)$"
)
# Case endings that end a phrase read backwards: locative, dative, ablative, instrumental.
_TURKIC_OBLIQUE = re.compile(
    r"(?:да|де|та|те|до|дө|то|тө|нда|нде|га|ге|ка|ке|го|гө|ко|кө|ға|ғе|қа|қе|дан|ден|тан|тен|нан|нен|"
    r"дон|дөн|тон|төн|нон|нөн|мен|пен|бен|менен|da|ga|ka|qa|dan|bilan|дағы|дегі|тағы|тегі|"
    r"даги|dagi|гача|gacha)$"
)
_TURKIC_LOCATIVE = re.compile(r"(?:да|де|та|те|до|дө|то|тө|нда|нде|ндо|ндө|da|ta|nda)$")
_COUNTERS = frozenset({"ta", "та", "nafar", "нафар", "даана", "дана", "жолу"})
_DETERMINERS = frozenset({"всех", "всего", "общего", "all", "гана", "ғана", "faqat"})
# A share or measure read backwards from the number needs one of these before it.
_AND = frozenset({"и", "and", ",", "ва", "va", "және", "жана", "и до", "or", "или"})
_PREPOSITIONS_BEFORE = frozenset({"на", "до", "с", "в", "by", "to", "from", "at"})
_SKIP_BEFORE = frozenset(
    {"среднем", "около", "почти", "примерно", "более", "менее", "свыше", "чем", "on", "average",
     "about", "nearly", "almost", "some", "around", "over", "more", "than", "близо", "над",
     "средно", "в"}
)  # fmt: skip
_AUXILIARIES = frozenset({"са", "е", "се", "бе", "бяха", "был", "была", "было", "были", "has",
                          "have", "had", "been"})  # fmt: skip
_POSSESSIVES = frozenset({"их", "его", "ее", "её", "its", "their", "his", "her", "тяхното",
                          "техните", "своя", "свой", "свои"})  # fmt: skip
_NUMBER_OF_NEAR = re.compile(r"(?:саны|soni|sonі|сони)\W*(?:\d{4}\W*\w*\W*)?\Z", re.IGNORECASE)
_NUMBER_OF = re.compile(r"^(?:саны|sonі|soni|сони|число|количество|численность|number|total)$")
# Nouns a casualty count is said with, and the participles that say the same count.
_PEOPLE = frozenset({"человек", "человека", "людей", "people", "persons", "адам", "киши", "души"})
_CASUALTY = re.compile(r"(?:ших|ных|тых|ённых|енных)$")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'ʻʼ‘’][^\W\d_]+)*|\d[\d.,]*|[^\w\s]|\n")
_TOKEN_BACK = re.compile(r"([^\W\d_]+(?:[-'ʻʼ‘’][^\W\d_]+)*|\d[\d.,]*|[^\w\s])\s*$")


@dataclass
class _Found:
    """A figure while it is being read."""

    start: int  # where the printed phrase starts (qualifier, currency sign or number)
    num_start: int
    value_end: int  # end of number, scale, sign, currency or unit
    end: int  # end of the printed phrase
    value: str
    kind: str  # "count", "money", "percent" or "measure"
    number: float
    counts: str = ""
    counter: bool = False


def find_figures(text: str, language: str | None = None, limit: int = 12) -> list[Figure]:
    """Finds numbers with what they count or measure, in order of appearance.

    Args:
        text: The article text.
        language: ISO 639-1 code of the text; guessed with
            :func:`~storydesk.ingest.language.detect_language` when ``None``. Russian,
            English, Bulgarian, Kazakh, Kyrgyz and Uzbek get their own word rules; other
            languages use the generic ones.
        limit: The most figures to return.

    Returns:
        Up to ``limit`` figures, without repeats. ``value`` is the number as written with its
        currency, scale, per cent sign or unit and spaces normalised ("$325 000", "3%", "2
        млрд долларов", "1663 метра", "15 миң 105"); ``counts`` is what it counts or measures
        ("молодых людей", "укреплённых селевых каналов", "global GDP"), empty for money only;
        ``text`` is the phrase as in the text, qualifier included ("более 4000 молодых
        людей", "халықтың 70,4%").
    """
    if language is None:
        language = detect_language(text)
    masked = _mask(text)
    found: list[_Found] = []
    figures: list[Figure] = []
    kept: list[_Found] = []
    done = 0  # found[:done] are decided
    for match in _NUMBER.finditer(masked):
        if found and match.start() < found[-1].value_end:
            continue  # the tail of a composite number ("15 миң 105")
        figure = _read(masked, match, language)
        if figure is None:
            continue
        if figure.kind != "money":
            words, end = _counted(masked, figure, language)
            if words:
                figure.counts, figure.end = " ".join(words), end
        found.append(figure)
        # Decide all but the newest figure, which may still lend its phrase backwards
        # ("24% и 20% голосов"); stop reading once enough figures are kept.
        done = _decide(text, masked, found, done, len(found) - 1, language, kept, figures, limit)
        if len(figures) >= limit:
            return figures
    _decide(text, masked, found, done, len(found), language, kept, figures, limit)
    return figures


def _decide(
    text: str,
    masked: str,
    found: list[_Found],
    start: int,
    end: int,
    language: str | None,
    kept: list[_Found],
    figures: list[Figure],
    limit: int,
) -> int:
    """Completes ``found[start:end]`` and keeps the figures worth printing; returns ``end``."""
    for index in range(start, end):
        item = found[index]
        _fill_counts(text, masked, found, index, language)
        if item.kind != "money" and not item.counts:
            continue
        if any(_repeats(item, other) for other in kept):
            continue
        kept.append(item)
        phrase = _normalise(text[item.start : item.end])
        figures.append(Figure(value=_normalise(item.value), counts=item.counts, text=phrase))
        if len(figures) >= limit:
            break
    return end


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


def _to_float(digits: str) -> float:
    """ "35,740" -> 35740.0, "2,5" -> 2.5, "500 000" -> 500000.0."""
    digits = re.sub(_SP, "", digits)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
        return float(digits.replace(",", ""))
    return float(digits.replace(",", "."))


def _scale_of(word: str) -> int:
    """What a scale word multiplies by: "млн" -> 1 000 000, "мыңнан" -> 1000."""
    return next((value for pattern, value in _SCALE_VALUE if pattern.match(word)), 1)


def _read(masked: str, match: re.Match[str], language: str | None) -> _Found | None:
    """Reads the value at a number: range, scale, sign, currency, unit; None for non-figures."""
    num_start, pos = match.start(1), match.end(1)
    digits = match.group(1)
    if digits.isdigit() and (len(digits) >= 9 or (len(digits) >= 6 and digits[0] == "0")):
        return None  # "0559800579": a phone number or an identifier
    number = _to_float(digits)
    before = masked[max(0, num_start - 40) : num_start]
    if _REGISTRATION.search(before[-12:]) or before.endswith(("№ ", "№")):
        return None
    # Only the last word matters; searching the short tail keeps long tables fast.
    if _REFERENCE_BEFORE.search(before[-16:]):
        return None
    start = num_start
    currency = _CURRENCY_BEFORE.search(before[-5:])
    if currency:
        start = num_start - len(currency.group(0))
    value_start = start
    qualifier = None
    if masked[start - 2 : start - 1].isalpha():  # a word and a space before the number
        qualifier = _QUALIFIER_BEFORE.search(masked[max(0, start - 20) : start])
    if qualifier:
        start -= len(qualifier.group(0))
    rest = masked[pos : pos + _WINDOW]
    # A range ("50-70 млн рублей", "2022–2024 yillarda"); a third part makes it a code.
    span = _RANGE.match(rest)
    if span and not re.match(r"[-–]\d", rest[span.end() :]):
        pos += span.end()
        rest = masked[pos : pos + _WINDOW]
    elif span:
        return None
    # Letters glued on or after a hyphen: a Turkic case ending, or an ordinal, date, age,
    # duration or compound adjective ("28-майда", "5-летний", "90-day", "702-м", "5th").
    value_end = pos
    glued = re.match(r"-?[^\W\d_]+", rest)
    if glued:
        suffix = _TURKIC_SUFFIX.match(rest)
        if suffix is None or language not in _TURKIC | {None}:
            if rest[:1] == "-" or not _glued_unit(rest):
                return None
        else:
            pos += suffix.end()  # "150-ден", "4000ден": the value stays "150", "4000"
            rest = masked[pos : pos + _WINDOW]
    elif rest.startswith("- "):
        return None  # "8- asrda": an ordinal
    kind = "count"
    scale = _SCALE.match(rest)
    if scale:
        pos += scale.end()
        value_end = pos
        multiplier = _scale_of(scale.group(1))
        number *= multiplier
        rest = masked[pos : pos + _WINDOW]
        # "1 миң 616", "556 миллион 201 миң 22 сом", "15 ming 400 ta": Turkic composites.
        while language in _TURKIC and multiplier > 1:
            tail = _TAIL.match(rest)
            if tail is None:
                break
            tail_number = _to_float(tail.group(1))
            next_scale = _SCALE.match(rest[tail.end() :])
            tail_multiplier = _scale_of(next_scale.group(1)) if next_scale else 1
            if tail_multiplier >= multiplier or tail_number * tail_multiplier >= multiplier:
                break
            pos += tail.end() + (next_scale.end() if next_scale else 0)
            value_end = pos
            number += tail_number * tail_multiplier
            multiplier = tail_multiplier
            rest = masked[pos : pos + _WINDOW]
    for pattern, new_kind in ((_PERCENT, "percent"), (_CURRENCY, "money"), (_UNIT, "measure")):
        sign = pattern.match(rest)
        if sign:
            kind = new_kind
            pos += sign.end()
            value_end = pos
            if new_kind == "percent":
                # "15%-ға" -> "15%", "21,2 пайызга" -> "21,2 пайыз": no case ending in the value.
                word = sign.group(1)
                base = "%" if word.startswith("%") else _PERCENT_BASE.match(word.lower())
                if isinstance(base, str) or base is not None:
                    kept = base if isinstance(base, str) else base.group(0)
                    value_end = pos - (len(word) - len(kept))
            rest = masked[pos : pos + _WINDOW]
            break
    if currency:
        kind = "money"
    if kind == "measure" and number == 1:
        return None  # "1 кВт", "per 1 ha": the base of a rate
    if kind == "money" and masked[max(0, start - 1) : start] == "(":
        return None  # "(около 5,8 млн долларов)": a conversion of the amount before
    after_suffix = _TURKIC_SUFFIX.match(rest) if language in _TURKIC else None
    if after_suffix and kind != "count":
        pos += after_suffix.end()
        rest = masked[pos : pos + _WINDOW]
    post = _POST_QUALIFIER.match(rest)
    if post:
        pos += post.end()
        rest = masked[pos : pos + _WINDOW]
    if _COUNTER_OF_THEM.match(rest):
        return None  # "120 nafari": 120 of them
    counter = _COUNTER.match(rest)
    if counter:
        pos += counter.end()
    value_text = masked[value_start:value_end]
    if scale:
        value_text = _base_scale(value_text)
    first = _WORD_AFTER.match(masked, pos)
    if first:
        word = first.group(1)
        if _TIME_WORD.match(word) and not (counter and word.lower().startswith("yosh")):
            return None
        after_word = _WORD_AFTER.match(masked, first.end())
        if word.lower() in {"жаш", "жас"} and (
            number != int(number) or (after_word and _AGE_NEXT.match(after_word.group(1)))
        ):
            return None  # "15-17 жаш курактагы", "67,6 жаш болсо": an age, not young people
        if _REFERENCE_AFTER.match(word) or month_number(word) is not None:
            return None
        if _YEAR_WORD.match(word):
            return None
    plain = kind == "count" and value_end == match.end(1) and number == int(number)
    if plain and len(match.group(1)) == 4 and 1900 <= number <= 2100:
        if first is None or first.start(1) - match.end(1) > 1:
            return None
        previous = masked[:num_start].rstrip().rsplit(maxsplit=1)
        if previous and previous[-1].lower() in {"в", "с", "со", "in", "since", "from", "до", "by"}:
            return None
    return _Found(start, num_start, value_end, pos, value_text, kind, number, counter=bool(counter))


def _glued_unit(rest: str) -> bool:
    """Whether letters glued to a number are a unit or sign, as in "10km" or "5%"."""
    return bool(_UNIT.match(rest) or _PERCENT.match(rest) or _CURRENCY.match(rest))


def _base_scale(value: str) -> str:
    """ "400 мыңнан" -> "400 мың": a scale word without its case ending."""

    def base(match: re.Match[str]) -> str:
        word = match.group(0)
        stem = _SCALE_BASE.match(word.lower())
        return word[: len(stem.group(0))] if stem else word

    return re.sub(r"[^\W\d_]+", base, value)


def _fill_counts(
    text: str, masked: str, found: list[_Found], index: int, language: str | None
) -> None:
    """Finds what a figure with nothing after it counts: from its neighbours, or backwards."""
    item = found[index]
    if item.kind != "money" and not item.counts:
        following = found[index + 1] if index + 1 < len(found) else None
        previous = found[index - 1] if index else None
        # "24% и 20% голосов": the second figure's phrase is the first's.
        if following and following.kind == item.kind and following.counts:
            between = masked[item.end : min(following.start, item.end + _WINDOW)]
            if between.strip().lower() in _AND:
                item.counts = following.counts
                item.end = following.end
                return
        # "8,2 foizdan 6,9 foizgacha", "to 1389 ha from 355 ha": the previous figure's phrase.
        if previous and previous.kind == item.kind and previous.counts:
            between = masked[max(previous.end, item.start - _WINDOW) : item.start]
            if between.strip().lower() in {"", "from", "to", "до", "с", "от", "dan", "gacha"}:
                item.counts = previous.counts
                return
        if item.kind in ("percent", "measure") or language in _TURKIC:
            phrase, phrase_start = _counted_before(text, item, language)
            if phrase:
                item.counts = phrase
                item.start = min(item.start, phrase_start)
                item.end = item.value_end


def _counted(masked: str, item: _Found, language: str | None) -> tuple[list[str], int]:
    """The words after a figure that it counts or measures, and where they end."""
    pos = item.end
    words: list[str] = []
    end = pos
    # "3% of global GDP", "35,740 linear meters of water", "62% от жителите", "8% из".
    if item.kind in ("percent", "measure"):
        of = re.match(
            _SP + r"+(?:of|из|от|аз)(?:" + _SP + r"+(?:the|a|an))?(?=" + _SP + ")",
            masked[pos : pos + _WINDOW],
        )
        if of and of.group(0).strip() == "от" and language != "bg":
            of = None  # Russian "от" is "from": "500 метрах от адреса"
        if of:
            end = pos + of.end()
        elif language == "en":
            return [], pos  # "48 km long", "8% in 2020": English says "of"
        elif (
            language in _TURKIC
            and item.kind == "percent"
            and _TURKIC_GENITIVE.search(_word_before(masked, item.start))
        ):
            return [], pos  # "халықтың 15%": the phrase comes before
    while len(words) < MAX_COUNTED_WORDS:
        match = _WORD_AFTER.match(masked, end)
        if match is None:
            break
        word = match.group(1)
        lowered = word.lower()
        if not words and lowered in _DETERMINERS:
            end = match.end()  # "20 процентов всех голосов"
            continue
        if lowered in _STOP_WORDS:
            break
        if (
            not words
            and _TIME_WORD.match(word)
            and not (item.counter and lowered.startswith("yosh"))
        ):
            break
        if (
            language == "en"
            and _ENGLISH_VERB.match(lowered)
            and (words or lowered.endswith("ed") or _adverb_follows(masked, match.end()))
        ):
            break
        if language == "ru" and _RUSSIAN_VERB.search(lowered) and not words:
            break
        if language == "bg" and words and len(lowered) >= 6 and _BULGARIAN_PRESENT.search(lowered):
            break  # "62% от жителите подкрепят"
        if language in _TURKIC and _TURKIC_VERB.match(lowered):
            # An object in the accusative looks like a verb ("өтінімді мақұлдады", "қызмет
            # көрсетті"); a verb ends the clause ("500 миңден ашты.").
            if item.kind == "percent" or _TURKIC_PARTICIPLE.search(lowered):
                break
            after = _WORD_AFTER.match(masked, match.end())
            if after is None or after.group(1).lower() in _STOP_WORDS:
                break
        turkic_share = language in _TURKIC and item.kind != "count"
        if turkic_share and words and _TURKIC_LOCATIVE.search(lowered):
            break
        if language in _TURKIC and not words and item.kind != "count":
            if _TURKIC_OBLIQUE.search(lowered) and not lowered.endswith(("ga", "га", "ға")):
                break
            if _TURKIC_LOCATIVE.search(lowered):
                break
        if language in ("uz", "tg", "ky", "kk") and not words and lowered in _COUNTERS:
            end = match.end()
            continue
        if words and word[0].isupper() and not word.isupper():
            break  # a name starts; acronyms (ВВП, GDP) may close the phrase
        if words and month_number(word) is not None:
            break  # "52 троллейбус июндан"
        capital = word[0].isupper() and not word.isupper()
        if not words and capital and (item.kind != "count" or language != "en"):
            break  # "9 миллионун Нарын": a place, not what is counted
        words.append(word)
        end = match.end()
        if language == "ru" and not _RUSSIAN_ADJECTIVE.search(lowered):
            break  # the noun closes the phrase: "молодых людей", "рабочих мест"
    if (
        language == "ru"
        and len(words) >= 2
        and all(_RUSSIAN_ADJECTIVE.search(w.lower()) for w in words)
    ):
        return [], pos  # "18 % назначенной общей": the noun is missing
    if words and _REFERENCE_AFTER.match(words[0]):
        return [], pos
    if words and item.kind == "percent" and language in _TURKIC:
        # "70,13% дауыс жинады" but not "35 пайызы орусча,": a noun, then its verb.
        after = _WORD_AFTER.match(masked, end)
        if after is None or not _TURKIC_VERB.match(after.group(1).lower()):
            return [], pos
    if words and _TIME_WORD.match(words[0]) and not item.counter:
        return [], pos
    if not words:
        end = pos
    return words, end


def _adverb_follows(masked: str, pos: int) -> bool:
    """Whether an "-ing" word is a verb: an adverb, function word or the end follows it."""
    after = _WORD_AFTER.match(masked, pos)
    return after is None or after.group(1).lower().endswith("ly") or after.group(1) in _STOP_WORDS


def _word_before(text: str, pos: int) -> str:
    """The lower-cased token just before ``pos``."""
    match = _TOKEN_BACK.search(text[max(0, pos - 60) : pos])
    return match.group(1).lower() if match else ""


def _tokens_before(text: str, pos: int, count: int) -> list[tuple[str, int]]:
    """Up to ``count`` tokens (words, numbers, punctuation) before ``pos``, nearest first."""
    tokens: list[tuple[str, int]] = []
    window_start = max(0, pos - 100)
    window = text[window_start:pos]
    for match in reversed(list(_TOKEN.finditer(window))):
        tokens.append((match.group(0), window_start + match.start()))
        if len(tokens) >= count:
            break
    return tokens


def _counted_before(text: str, item: _Found, language: str | None) -> tuple[str, int]:
    """What a share or measure is of, read backwards: "уровень бедности снизился на 17%"."""
    turkic = language in _TURKIC
    if item.kind == "count" and not turkic:
        return "", item.start
    last = text[max(0, item.start - 24) : item.start].rstrip()[-1:]
    if not (last.isalpha() or last == "." or (turkic and last in "—–-")):
        return "", item.start  # "5% 6%", "(26 пайыз)": nothing to read backwards
    if item.kind == "count" and not _NUMBER_OF_NEAR.search(
        text[max(0, item.start - 40) : item.start]
    ):
        return "", item.start  # only "the number of X" before a count gives it a noun
    tokens = _tokens_before(text, item.start, 14)
    i = 0
    dash = False
    # "2018 жылы": a year between the subject and the number is skipped.
    while i + 1 < len(tokens) and _YEAR_WORD.match(tokens[i][0]) and tokens[i + 1][0].isdigit():
        i += 2
    if turkic and i < len(tokens) and tokens[i][0] in {"—", "–", "-"}:
        dash = True
        i += 1
    if turkic:
        if item.kind == "count" and not (i < len(tokens) and _NUMBER_OF.match(tokens[i][0])):
            return "", item.start
        if dash and not (i < len(tokens) and _NUMBER_OF.match(tokens[i][0])):
            return "", item.start
        phrase, start = _noun_phrase(tokens, i, language)
        if len(phrase.split()) < 2 and _NUMBER_OF.match(phrase):
            return "", item.start  # "саны 158 миңди": the number of what?
        return phrase, start
    if item.kind == "count":
        return "", item.start
    while i < len(tokens) and tokens[i][0].lower() in _SKIP_BEFORE:
        i += 1
    if i < len(tokens) and tokens[i][0].lower() in {"от", "of"} and language in ("bg", "en"):
        return _noun_phrase(tokens, i + 1, language)
    if i < len(tokens) and tokens[i][0].lower() in _PREPOSITIONS_BEFORE:
        i += 1
    while i < len(tokens) and tokens[i][0].lower() in _SKIP_BEFORE:
        i += 1
    if i < len(tokens) and _is_verb(tokens[i][0], language):
        i += 1
        while i < len(tokens) and tokens[i][0].lower() in _AUXILIARIES:
            i += 1
        return _noun_phrase(tokens, i, language)
    phrase, start = _noun_phrase(tokens, i, language)
    if not phrase:
        return "", item.start
    # "увеличить их доход на 17%": the phrase is the object of a verb before it.
    j = i + len(phrase.split())
    while j < len(tokens) and tokens[j][0].lower() in _POSSESSIVES:
        j += 1
    if j < len(tokens) and _is_verb(tokens[j][0], language):
        return phrase, start
    return "", item.start


def _is_verb(word: str, language: str | None) -> bool:
    """Whether a word before a share reads as a verb of change ("increased", "снизился")."""
    lowered = word.lower()
    if language == "en":
        return lowered in _ENGLISH_CHANGE or bool(re.match(r"^[a-z]{3,}ed$", lowered))
    if language == "bg":
        return bool(_BULGARIAN_VERB.search(lowered)) and len(lowered) > 4
    if language in ("ru", "uk", "be"):
        return bool(_RUSSIAN_VERB.search(lowered) or _RUSSIAN_PAST.search(lowered))
    return False


def _noun_phrase(tokens: list[tuple[str, int]], i: int, language: str | None) -> tuple[str, int]:
    """Up to three words from ``tokens[i]`` backwards, stopping at the phrase's edge."""
    words: list[tuple[str, int]] = []
    turkic = language in _TURKIC
    while i < len(tokens) and len(words) < MAX_COUNTED_WORDS:
        word, start = tokens[i]
        lowered = word.lower()
        if not word[0].isalpha() or lowered in _STOP_WORDS or lowered in _SKIP_BEFORE:
            break
        if lowered in _POSSESSIVES:
            break
        if _YEAR_WORD.match(word) or _TIME_WORD.match(word) or _UNIT.fullmatch(word):
            break
        if _SCALE.fullmatch(word):
            break  # "33 миң айыппулдун 44 пайызы": the scale belongs to another number
        if turkic and (_TURKIC_VERB.match(lowered) or _TURKIC_OBLIQUE.search(lowered)):
            break
        if not turkic and _is_verb(word, language):
            break
        if (
            word[0].isupper()
            and not word.isupper()
            and not re.match(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}-", word)
        ):
            previous = tokens[i + 1][0] if i + 1 < len(tokens) else "\n"
            if previous not in {".", "!", "?", "\n", "»", "«", ":"}:
                break  # a name, not the start of a sentence
            words.append((word, start))
            break
        words.append((word, start))
        i += 1
    if not words or all(w.isupper() for w, _ in words):
        return "", 0
    words.reverse()
    return " ".join(w for w, _ in words), words[0][1]


def _stem(word: str) -> str:
    """The first five letters, lower case, "ё" as "е"."""
    return word.lower().replace("ё", "е")[:5]


def _same_stem(a: str, b: str) -> bool:
    """ "бала" and "баланын", "человек" and "человека": one word's start begins the other."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short)


def _repeats(item: _Found, other: _Found) -> bool:
    """Whether ``item`` says again what ``other`` said: same number, same thing."""
    if item.kind != other.kind or item.number != other.number:
        return False
    if item.kind == "money":
        return _currency_word(item.value) == _currency_word(other.value)
    mine = [_stem(w) for w in re.findall(r"[^\W\d_]+", item.counts)]
    theirs = [_stem(w) for w in re.findall(r"[^\W\d_]+", other.counts)]
    if any(_same_stem(a, b) for a in mine for b in theirs):
        return True
    # "27 погибших" and "27 человек погибли" are one count.
    first_mine, first_theirs = item.counts.split()[0].lower(), other.counts.split()[0].lower()
    people = first_mine in _PEOPLE or first_theirs in _PEOPLE
    casualty = bool(_CASUALTY.search(first_mine) or _CASUALTY.search(first_theirs))
    return people and casualty


def _currency_word(value: str) -> str:
    """The first letters of the currency in a value: "$", "сом", "руб"."""
    words = re.findall(r"[^\W\d_]+|[$€£₸₽¥]", value)
    currencies = [w for w in words if _CURRENCY.fullmatch(w) or w in "$€£₸₽¥"]
    return currencies[-1].lower()[:3] if currencies else ""


def _normalise(value: str) -> str:
    """One plain space for any run of spaces, no-break spaces and line breaks."""
    return re.sub(r"[\u00a0\u202f\u2009 \n]+", " ", value).strip()
