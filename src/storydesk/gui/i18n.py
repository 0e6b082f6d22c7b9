"""The interface language: which one, its translations, and numbers and dates shown in it.

The language is, first to last: ``STORYDESK_LANG`` (``ru``, ``kk``, ``ky``, ``en``, or a
locale such as ``ru_RU.UTF-8``), the choice saved from View › Language, the system's
languages (``QLocale.system().uiLanguages()``), and English. StoryDesk speaks English,
Russian, Kazakh and Kyrgyz; a reader whose system speaks Uzbek or Tajik gets Russian, the
language of the region they most likely read besides their own.

:func:`install_translations` loads StoryDesk's ``storydesk_<lang>.qm`` (from
``resources/i18n``) and Qt's own ``qtbase_<lang>.qm`` (the standard dialogs) when Qt ships
one, and makes the language the default :class:`QLocale`, so numbers (:func:`number`) and
dates (:func:`date_text`) follow it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

log = logging.getLogger(__name__)

SUPPORTED = ("en", "ru", "kk", "ky")
"""Interface languages, English first (the language of the source texts)."""

FALLBACKS = {"uz": "ru", "tg": "ru"}
"""Languages StoryDesk does not speak yet, and the interface language their readers get."""

NATIVE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша", "ky": "Кыргызча"}
"""Each interface language in its own name, as a reader looks for it in a menu."""

ENV = "STORYDESK_LANG"
SETTING = "interface/language"

_installed: list[QTranslator] = []


def language_code(value: str | None) -> str | None:
    """The interface language for a language or locale name, ``None`` if StoryDesk has none.

    ``"ru_RU.UTF-8"``, ``"ru-RU"`` and ``"RU"`` give ``"ru"``; ``"uz_UZ"`` gives ``"ru"``
    (see :data:`FALLBACKS`); ``"C"``, ``"de"`` or ``""`` give ``None``.
    """
    if not value:
        return None
    head = re.split(r"[_\-.@]", value.strip(), maxsplit=1)[0].casefold()
    if head in SUPPORTED:
        return head
    return FALLBACKS.get(head)


def app_settings() -> QSettings:
    """The user's StoryDesk settings that do not belong to one data folder (the language)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "StoryDesk", "StoryDesk"
    )


def saved_language(settings: QSettings | None = None) -> str | None:
    """The language chosen in View › Language, ``None`` for the system's."""
    value = (settings or app_settings()).value(SETTING, "")
    return language_code(str(value or ""))


def save_language(language: str | None, settings: QSettings | None = None) -> None:
    """Keep the chosen interface language (``None``: follow the system)."""
    s = settings or app_settings()
    if language is None:
        s.remove(SETTING)
    else:
        s.setValue(SETTING, language)
    s.sync()


def system_language(ui_languages: Sequence[str] | None = None) -> str:
    """The first of the system's languages StoryDesk speaks, English if none."""
    for name in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        code = language_code(name)
        if code:
            return code
    return "en"


def interface_language(settings: QSettings | None = None) -> str:
    """The interface language code: ``STORYDESK_LANG``, the saved choice, or the system's.

    The app shows partner and place names in it and offers it first for pack headings.
    """
    return language_code(os.environ.get(ENV)) or saved_language(settings) or system_language()


def locale_for(language: str) -> QLocale:
    """The locale numbers and dates follow: the system's when it speaks ``language``."""
    system = QLocale.system()
    if language_code(system.name()) == language and system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Load the interface's translations (and Qt's own) for ``language``; returns it.

    Translators installed by an earlier call are removed first. ``language`` defaults to
    :func:`interface_language`. ``storydesk_en.qm`` is always loaded first: it holds the
    singular forms of texts with a count ("1 story"), so a text a translation lacks still
    reads right in English.
    """
    language = language_code(language) or interface_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    try:
        from storydesk.resources import resource

        folder: Path | None = resource("i18n")
    except FileNotFoundError:
        log.warning("StoryDesk's translations are not installed")
        folder = None
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own texts (standard buttons, file and print dialogs); where Qt has no translation
    # (Kyrgyz), StoryDesk's qt_<lang>.qm covers the standard buttons.
    if language != "en" and (
        qt.load(f"qtbase_{language}", qt_folder)
        or (folder is not None and qt.load(f"qt_{language}", str(folder)))
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    if folder is None:
        return language
    # Qt asks the translator installed last first: the language's own, then English.
    for code in dict.fromkeys(("en", language)):
        ours = QTranslator(app)
        if ours.load(f"storydesk_{code}", str(folder)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no %s translation of StoryDesk in %s", code, folder)
    return language


def number(value: int | float) -> str:
    """A number as the interface language writes it (``12,345``, ``12 345``)."""
    return QLocale().toString(value)


def _long_date_format(locale: QLocale) -> str:
    """The locale's long date format without the weekday."""
    form = locale.dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"\s*,?\s*dddd\s*,?\s*", " ", form).strip(" ,")


def date_text(value: dt.date | dt.datetime | None) -> str:
    """A date as the interface language writes it, without the weekday (``31 июля 2025 г.``)."""
    if value is None:
        return ""
    locale = QLocale()
    day = value.date() if isinstance(value, dt.datetime) else value
    return locale.toString(QDate(day.year, day.month, day.day), _long_date_format(locale))


def date_time_text(value: dt.datetime) -> str:
    """A date and time as the interface language writes them (``1 декабря 2026 г. 09:40``)."""
    locale = QLocale()
    form = _long_date_format(locale) + " " + locale.timeFormat(QLocale.FormatType.ShortFormat)
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return locale.toString(moment, form)


def relaunch_command() -> tuple[str, list[str]]:
    """The program and arguments that start StoryDesk again as it was started this time."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(sys.argv[1:])
    original = list(getattr(sys, "orig_argv", []) or [])
    if original[1:]:
        return sys.executable, original[1:]
    return sys.executable, list(sys.argv)
