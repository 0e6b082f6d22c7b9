"""Guesses the language of a story from its text.

Stories arrive without a language field more often than with one, and the catalogue files,
facets and search analysers all key on it. The guess is pure Python and cheap: it looks at
the first :data:`SAMPLE_CHARS` characters only, counts letters that belong to one alphabet
(Kazakh ``ә ұ і``, Kyrgyz ``ң ө ү``, Tajik ``ӣ ӯ ҷ``, Uzbek ``ў``, Ukrainian ``є ї ґ`` ...)
and the frequent function words of each language.

The one rule that matters most: Kazakh and Kyrgyz text is never filed as Russian. Once the
letters Russian lacks make up a real share of the Cyrillic text, Russian is ruled out.

py3langid was measured against this guesser (docs/dependencies.md): no more accurate on
the corpora, slower, and without Uzbek, Tajik or Turkmen; it is not used.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

__all__ = ["detect_language"]

SAMPLE_CHARS = 20_000
"""Only this many leading characters are looked at; more text does not change the answer."""

MIN_LETTERS = 12
"""Below this many letters a guess is not worth making."""

_URL = re.compile(r"(?:https?://|www\.)\S+|\]\([^()\s]*\)|\S+@\S+\.\w+")
_WORD = re.compile(r"[^\W\d_]+(?:['ʻʼ’‘`][^\W\d_]+)*")

# Letters that Russian does not use; their share decides whether Russian is possible at all.
_NON_RUSSIAN = "әғқңөұүһіӣӯҳҷўєїґј"
_RUSSIAN_ONLY = "ыэё"

# Weight of one occurrence of a letter, per language. Negative weights are letters the
# language does not write, so a few quoted names cannot tip the balance but a text full of
# them can.
_LETTER_WEIGHTS: dict[str, dict[str, float]] = {
    "ru": {"ы": 0.3, "э": 0.3, "ё": 0.3},
    "kk": {
        "ә": 1.0,
        "ұ": 1.0,
        "і": 0.6,
        "қ": 0.6,
        "ғ": 0.6,
        "ң": 0.3,
        "ө": 0.3,
        "ү": 0.3,
        "һ": 0.3,
        "ӣ": -1.0,
        "ӯ": -1.0,
        "ҷ": -1.0,
        "ў": -1.0,
        "є": -1.0,
        "ї": -1.0,
    },
    "ky": {
        "ң": 0.3,
        "ө": 0.3,
        "ү": 0.3,
        "ы": 0.1,
        "ә": -1.0,
        "ұ": -1.0,
        "і": -1.0,
        "қ": -1.0,
        "ғ": -1.0,
        "ӣ": -1.0,
        "ӯ": -1.0,
        "ҷ": -1.0,
        "ў": -1.0,
        "є": -1.0,
    },
    "mn": {
        "ө": 0.5,
        "ү": 0.5,
        "ң": -1.0,
        "ә": -1.0,
        "ұ": -1.0,
        "і": -1.0,
        "қ": -1.0,
        "ғ": -1.0,
        "ў": -1.0,
        "ҷ": -1.0,
        "ӣ": -1.0,
    },
    "tg": {
        "ӣ": 1.5,
        "ӯ": 1.5,
        "ҷ": 1.5,
        "ҳ": 0.6,
        "қ": 0.5,
        "ғ": 0.5,
        "ы": -0.5,
        "ң": -1.0,
        "ө": -1.0,
        "ү": -1.0,
        "ә": -1.0,
        "ұ": -1.0,
        "і": -1.0,
        "ў": -1.0,
    },
    "uz": {
        "ў": 1.5,
        "ҳ": 0.6,
        "қ": 0.5,
        "ғ": 0.5,
        "ы": -0.5,
        "ң": -1.0,
        "ө": -1.0,
        "ү": -1.0,
        "ә": -1.0,
        "ұ": -1.0,
        "і": -1.0,
        "ӣ": -1.0,
        "ӯ": -1.0,
        "ҷ": -1.0,
    },
    "uk": {
        "є": 1.5,
        "ї": 1.5,
        "ґ": 1.5,
        "і": 0.5,
        "ы": -1.0,
        "э": -1.0,
        "ё": -1.0,
        "ә": -1.0,
        "ұ": -1.0,
        "қ": -1.0,
        "ғ": -1.0,
        "ң": -1.0,
        "ө": -1.0,
        "ү": -1.0,
    },
    "bg": {
        "ъ": 0.4,
        "ы": -1.0,
        "э": -1.0,
        "ё": -1.0,
        "і": -1.0,
        "ә": -1.0,
        "қ": -1.0,
        "ғ": -1.0,
        "ң": -1.0,
        "ө": -1.0,
        "ү": -1.0,
        "є": -1.0,
        "ї": -1.0,
    },
}

# Frequent function words. A word may belong to several languages; it then counts for each.
_FUNCTION_WORDS: dict[str, str] = {
    "ru": "и в не на что с по как это к из о об для от а но же то за его так все она он они "
    "был была было были бы у при также уже только или который которая которые которых этого "
    "года году более чем том этом их ее её мы вы я же если может время после между",
    "bg": "и на се от за да е в с по че като са това който която които беше ще или също през "
    "към след са бъде във със най може има ни го му й тя те той ние вие но ако още "
    "тази този тези",
    "uk": "і в на з що та до не у як за це від для його був було також які яка році й її "
    "вони ми ви але або щоб цього під через між при є був була були",
    "kk": "және мен бен пен да де та те бұл осы үшін деп туралы бойынша жылы болып ол оның "
    "өз болды барды өтті қабылдады жолдады кездесті елбасы "
    "бар жоқ еді екен сондай-ақ сондай ақ арқылы кезінде бірге тиіс керек болды жөнінде "
    "сияқты қатар дейін кейін біз олар оған одан ретінде мемлекет басшысы",
    "ky": "жана менен үчүн деп боюнча бул ошондой эле да де ал анын болуп жылы тууралы керек "
    "болот өз эмес кийин аркылуу жөнүндө дагы бирге ошол мындай биз алар ага андан катары "
    "тарабынан учурда",
    "mn": "нь юм болон бол байна байгаа энэ тэр ба юу гэж оны байсан гэсэн хийх энэхүү "
    "мөн бөгөөд дээр тулд",
    "tg": "ва дар ба аз бо ки то барои ин он мебошад буд аст ҳамчун низ намуда шуд шудааст "
    "мешавад кард карда соли мо онҳо вай",
    "uz": "ва билан учун бу ҳам эса бўйича деб мумкин кейин йил йилда ҳамда бўлган бўлади "
    "va bilan uchun bu ham esa boʻyicha bo'yicha bo‘yicha boyicha deb mumkin keyin yil "
    "yilda hamda boʻlgan bo'lgan bo‘lgan boʻladi bo'ladi bo‘ladi yoki ularning uning "
    "lekin ham shu",
    "tk": "we bilen üçin bu hem boýunça bolup edildi bolan ýaly hem-de ýyl ýylyň olar onuň "
    "boýunça arkaly",
    "en": "the of and to in a is for on that with as by was are from at be this it an has "
    "have which or were will their its said been not but they we our more also who",
}

_LANGS_BY_WORD: dict[str, tuple[str, ...]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _w in set(_words.split()):
        _LANGS_BY_WORD[_w] = (*_LANGS_BY_WORD.get(_w, ()), _lang)

# Word endings that mark one language where letters alone may not: the Kazakh genitive is
# -ның/-дың/-тың where Kyrgyz writes -нын/-дын/-тын; Turkic locative and plural-case endings
# tell Kyrgyz apart from Russian in headlines without any ң ө ү.
_ENDINGS: dict[str, tuple[str, float]] = {
    "ky": (
        "нун нүн дун дүн тун түн дагы деги тагы теги догу дөгү тогу төгү "
        "луу лүү дуу дүү туу түү лук лүк гон гөн кон көн лор лөр дор дөр тор төр",
        0.5,
    ),
    "kk": ("лар лер дар дер тар тер ау еу іу ды ді ты ті ған ген қан кен", 0.3),
    "ru": (
        "ого его ому ему ами ями ость ости ение ения ании ания ский ская ское ские ских "
        "ться тся ет ют ит ят ой ей ов ев ых их ый ий ая яя ое ее",
        0.5,
    ),
    "en": ("ing tion tions ed ly ment ness ity ies ous al", 0.5),
    "uz": ("lar ning dagi lik ligi gan ish ilgan moqda", 0.5),
}

_LANGS_BY_ENDING: dict[str, tuple[tuple[str, float], ...]] = {}
for _lang, (_endings, _weight) in _ENDINGS.items():
    for _e in _endings.split():
        _LANGS_BY_ENDING[_e] = (*_LANGS_BY_ENDING.get(_e, ()), (_lang, _weight))

_KYRGYZ_LONG_VOWELS = ("уу", "үү", "оо", "өө", "ээ", "аа")

_KAZAKH_GENITIVE = re.compile(r"[^\W\d_]{2,}(?:ның|нің|дың|дің|тың|тің)\b")

_CYRILLIC_LANGS = ("ru", "kk", "ky", "mn", "tg", "uz", "uk", "bg")
_LATIN_LANGS = ("en", "uz", "tk")

# Latin Uzbek writes oʻ gʻ with a turned comma (or an apostrophe stand-in).
_UZ_LATIN_MARK = re.compile(r"[og][ʻʼ'‘’`]", re.IGNORECASE)
_TK_LETTERS = "äňöşüýžç"


def detect_language(text: str) -> str | None:
    """Guesses the language of a text.

    Args:
        text: Any amount of text; only the first :data:`SAMPLE_CHARS` characters are read.
            URLs and Markdown link targets are ignored.

    Returns:
        An ISO 639-1 code from :data:`storydesk.text.LANGUAGES`, or ``None`` when the text
        is empty, too short to judge, or in a script none of them use.
    """
    if not text:
        return None
    original = text[:SAMPLE_CHARS]
    if "://" in original or "www." in original or "](" in original or "@" in original:
        original = _URL.sub(" ", original)
    sample = original.lower()
    cyrillic = latin = total = 0
    # Words and endings seen, per language (endings weigh fractions of a word).
    hits: defaultdict[str, float] = defaultdict(float)
    for word, count in Counter(_WORD.findall(original)).items():
        if "\u0400" <= word[0] <= "\u04ff":
            cyrillic += len(word) * count
        elif word[0] <= "\u024f":
            latin += len(word) * count
        total += count
        lowered = word.lower()
        for lang in _LANGS_BY_WORD.get(lowered, ()):
            hits[lang] += count
        # Endings only on lower-case words: names (Жамангулов, Kazakhstan) carry endings
        # of whatever language they were spelt in, not of the text around them.
        if len(word) > 3 and word[0].islower():
            for size in (2, 3, 4, 5):
                for lang, weight in _LANGS_BY_ENDING.get(lowered[-size:], ()):
                    hits[lang] += weight * count
    if cyrillic + latin < MIN_LETTERS:
        return None
    if cyrillic >= latin:
        return _guess_cyrillic(sample, cyrillic, hits)
    return _guess_latin(sample, hits, total)


def _guess_cyrillic(sample: str, letters: int, hits: dict[str, float]) -> str | None:
    counts = {ch: sample.count(ch) for ch in set(_NON_RUSSIAN + _RUSSIAN_ONLY + "ъ")}
    scores: dict[str, float] = {}
    for lang in _CYRILLIC_LANGS:
        weights = _LETTER_WEIGHTS[lang]
        letter_score = sum(w * counts.get(ch, 0) for ch, w in weights.items())
        # Letters are frequent; scale them so that one letter weighs less than one word.
        scores[lang] = 2.0 * hits[lang] + letter_score / 4.0
    scores["ky"] += 0.5 * sum(sample.count(pair) for pair in _KYRGYZ_LONG_VOWELS)
    non_russian = sum(counts[ch] for ch in _NON_RUSSIAN)
    russian_only = sum(counts[ch] for ch in _RUSSIAN_ONLY)
    # Kazakh, Kyrgyz, Tajik, Uzbek text is never Russian: a real share of letters Russian
    # lacks rules Russian out. A Russian text quoting a Kazakh name stays well below this.
    if non_russian >= 0.012 * letters and (non_russian >= 2 or letters < 200):
        scores["ru"] = float("-inf")
        scores["bg"] = float("-inf")
    if russian_only >= 2 and russian_only >= 0.004 * letters:
        scores["bg"] = float("-inf")
        scores["uk"] = float("-inf")
    # Kazakh letters Kyrgyz never writes (ә ұ і қ ғ һ), unless the text is Tajik or Uzbek.
    kazakh = sum(counts[ch] for ch in "әұіқғһ")
    tajik_uzbek = sum(counts[ch] for ch in "ӣӯҷўҳ")
    kazakh_genitive = len(_KAZAKH_GENITIVE.findall(sample))
    if kazakh == 0 and not kazakh_genitive:
        if counts["ң"] + counts["ө"] + counts["ү"] >= 2:
            scores["kk"] -= 2.0
    elif tajik_uzbek == 0:
        scores["ky"] -= 1.0 * kazakh + 2.0 * kazakh_genitive
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] <= 0:
        # No function word and no telling letter: plain Cyrillic defaults to Russian unless a
        # letter Russian lacks is there.
        return "ru" if non_russian == 0 else None
    return best


def _guess_latin(sample: str, hits: dict[str, float], words: int) -> str | None:
    uz_marks = len(_UZ_LATIN_MARK.findall(sample))
    tk_marks = sum(sample.count(ch) for ch in _TK_LETTERS)
    scores = {
        "en": 2.0 * hits["en"],
        "uz": 2.0 * hits["uz"] + 1.0 * uz_marks,
        "tk": 2.0 * hits["tk"] + 0.5 * tk_marks,
    }
    if scores["uz"] > 0:
        # q and x are frequent in Uzbek and rare in English; only a tie-breaker.
        scores["uz"] += 0.05 * (sample.count("q") + sample.count("x"))
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] <= 0:
        # Short English headlines may carry no function word; long text without any is
        # some other Latin-script language we do not know.
        return "en" if words <= 12 else None
    if best == "en" and words > 40 and hits["en"] < 0.03 * words:
        return None
    return best
