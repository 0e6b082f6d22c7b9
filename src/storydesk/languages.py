"""Language codes and names: what StoryDesk calls each language, and how it reads the
names and codes authors write ("eng", "Russian", "ru-RU", "Қазақша").

Shared by the importer (front matter, spreadsheets) and the query language (``lang:``).
"""

from __future__ import annotations

LANGUAGES: dict[str, str] = {
    "ru": "Russian",
    "en": "English",
    "kk": "Kazakh",
    "ky": "Kyrgyz",
    "uz": "Uzbek",
    "tg": "Tajik",
    "tk": "Turkmen",
    "mn": "Mongolian",
    "bg": "Bulgarian",
    "uk": "Ukrainian",
}
"""Every code language detection can return, with its English name."""


# Names and codes authors write in front matter and spreadsheets, mapped to ISO 639-1.
_LANGUAGE_NAMES: dict[str, str] = {
    **{code: code for code in LANGUAGES},
    **{name.casefold(): code for code, name in LANGUAGES.items()},
    "eng": "en",
    "rus": "ru",
    "kaz": "kk",
    "kir": "ky",
    "kyr": "ky",
    "kgz": "ky",
    "uzb": "uz",
    "tgk": "tg",
    "taj": "tg",
    "tuk": "tk",
    "mon": "mn",
    "bul": "bg",
    "ukr": "uk",
    "kirghiz": "ky",
    "русский": "ru",
    "английский": "en",
    "казахский": "kk",
    "кыргызский": "ky",
    "киргизский": "ky",
    "узбекский": "uz",
    "таджикский": "tg",
    "болгарский": "bg",
    "украинский": "uk",
    "туркменский": "tk",
    "монгольский": "mn",
    "қазақша": "kk",
    "қазақ": "kk",
    "кыргызча": "ky",
    "o'zbek": "uz",
    "oʻzbek": "uz",
    "ўзбек": "uz",
    "тоҷикӣ": "tg",
    "български": "bg",
    "українська": "uk",
}


def normalise_language(value: str) -> str | None:
    """An author's language value ("eng", "Russian", "ru-RU", "Қазақша") as ISO 639-1.

    Returns:
        The code, or ``None`` when the value names no language StoryDesk knows.
    """
    key = value.strip().casefold().replace("_", "-")
    if key in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[key]
    head = key.split("-")[0]
    if head in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[head]
    return head if len(head) == 2 and head.isascii() and head.isalpha() else None
