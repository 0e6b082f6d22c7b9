"""The interface language: how it is chosen, View › Language, names and help in it.

Real parts: the seeded catalogue, the shipped ``.qm`` files and Qt's own ``qtbase_ru``,
the shipped help pages.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from storydesk.gui import i18n
from storydesk.gui.i18n import (
    ENV,
    install_translations,
    interface_language,
    language_code,
    relaunch_command,
    save_language,
    saved_language,
    system_language,
)
from storydesk.library import LABEL_LANGUAGES
from tests.gui.conftest import open_window, story_id_by_title

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

SEED_004 = "Партнёрство — реальные результаты"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("ru", "ru"),
        ("ru_RU.UTF-8", "ru"),
        ("ru-RU", "ru"),
        ("kk_KZ", "kk"),
        ("ky", "ky"),
        ("EN_gb", "en"),
        ("uz_UZ.UTF-8", "ru"),  # Uzbek and Tajik readers get Russian
        ("tg", "ru"),
        ("de_DE", None),
        ("C", None),
        ("", None),
        (None, None),
    ],
)
def test_language_code(value: str | None, code: str | None) -> None:
    assert language_code(value) == code


def test_system_language_takes_the_first_one_spoken() -> None:
    assert system_language(["de-DE", "kk-KZ", "ru-RU"]) == "kk"
    assert system_language(["uz-Latn-UZ", "en-US"]) == "ru"
    assert system_language(["fr-FR"]) == "en"


def test_the_variable_wins_over_the_saved_choice_which_wins_over_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV)
    assert saved_language() is None
    assert interface_language() == system_language()
    save_language("kk")
    assert saved_language() == "kk"
    assert interface_language() == "kk"
    monkeypatch.setenv(ENV, "ky_KG.UTF-8")
    assert interface_language() == "ky"
    monkeypatch.setenv(ENV, "tg_TJ")
    assert interface_language() == "ru"
    monkeypatch.setenv(ENV, "xx")  # not a language StoryDesk speaks: the saved choice
    assert interface_language() == "kk"
    save_language(None)
    monkeypatch.delenv(ENV)
    assert interface_language() == system_language()


def test_relaunch_command_repeats_the_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        sys, "orig_argv", ["/usr/bin/python3", "-m", "storydesk", "--data-dir", "d"]
    )
    monkeypatch.setattr(sys, "argv", ["/x/storydesk/__main__.py", "--data-dir", "d"])
    assert relaunch_command() == (sys.executable, ["-m", "storydesk", "--data-dir", "d"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/StoryDesk/StoryDesk")
    monkeypatch.setattr(sys, "argv", ["/opt/StoryDesk/StoryDesk", "a.storybundle"])
    assert relaunch_command() == ("/opt/StoryDesk/StoryDesk", ["a.storybundle"])


def test_russian_loads_qt_standard_dialogs_numbers_and_dates(qapp: Any) -> None:
    assert install_translations(qapp, "ru") == "ru"
    assert QLocale().language() == QLocale.Language.Russian
    assert i18n.number(12345) == "12\N{NO-BREAK SPACE}345"
    assert " ".join(i18n.date_text(dt.date(2025, 7, 31)).split()) == "31 июля 2025 г."
    # Qt's own qtbase_ru: the standard buttons speak Russian
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    install_translations(qapp, "kk")
    assert " ".join(i18n.date_text(dt.date(2025, 7, 31)).split()) == "2025 ж. 31 шілде"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") not in ("Cancel", "Отмена")
    # Qt has no Kyrgyz: StoryDesk's own qt_ky.qm names the standard buttons.
    install_translations(qapp, "ky")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Жокко чыгаруу"
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "Макул"
    install_translations(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_english_counts_have_their_singular(window: Any) -> None:
    searching = window.searching
    assert searching.tr("%Ln stories found", "", 1) == "1 story found"
    assert searching.tr("%Ln stories found", "", 1234) == "1,234 stories found"


# -- View › Language -------------------------------------------------------------------------


def test_language_menu_offers_each_language_in_its_own_name(window: Any) -> None:
    texts = [a.text() for a in window.language_menu.actions() if not a.isSeparator()]
    assert texts == ["System Default", "English", "Русский", "Қазақша", "Кыргызча"]
    checked = [a.objectName() for a in window.language_actions.actions() if a.isChecked()]
    assert checked == ["language_system"]


def test_choosing_a_language_saves_it_and_offers_a_restart(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV)
    monkeypatch.setattr(i18n, "system_language", lambda ui_languages=None: "en")
    window.language = "en"
    box = window.choose_language("ru")
    assert saved_language() == "ru"
    assert isinstance(box, QMessageBox)
    assert "Русский" in box.text() and "restarts" in box.text()
    assert window.findChild(QMessageBox, "languageChanged") is box
    checked = [a.objectName() for a in window.language_actions.actions() if a.isChecked()]
    assert checked == ["language_ru"]
    later = box.findChild(object, "restartLater")
    later.click()
    assert window.isVisible() and not window.restart_requested

    quits: list[bool] = []
    window.quit_application = lambda: quits.append(True)
    box = window.choose_language("kk")
    restart = box.findChild(object, "restartNow")
    restart.click()
    assert window.restart_requested
    assert not window.isVisible()
    assert quits == [True]
    # Back to English: nothing changes, nothing to say
    assert window.choose_language("en") is None
    assert saved_language() == "en"


def test_the_variable_is_named_when_it_overrides_the_menu(window: Any) -> None:
    box = window.choose_language("ky")  # STORYDESK_LANG=en is set for the tests
    assert "STORYDESK_LANG" in box.text()
    assert box.findChild(object, "restartNow") is None


# -- names and help in the reader's language -------------------------------------------------


@pytest.fixture
def russian_window(
    seeded_library: Any, qtbot: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """The main window as a Russian reader opens it (STORYDESK_LANG=ru)."""
    monkeypatch.setenv(ENV, "ru")
    install_translations(qapp, "ru")
    win = open_window(seeded_library, qtbot)
    yield win
    win.close()


def test_facets_chips_and_list_show_names_in_russian(russian_window: Any, qtbot: Any) -> None:
    window = russian_window
    assert window.language == "ru"
    assert "UNDP" in window.facets.values("partners")  # filters keep the canonical name
    index = window.facets.index_of("partners", "UNDP")
    assert index.data().startswith("ПРООН")
    window.searching.add_filter("partners", "UNDP")
    qtbot.waitUntil(lambda: bool(window.chips.chips), timeout=10000)
    assert "ПРООН" in window.chips.chips[0].text()
    assert window.searching.filters == {"partners": ["UNDP"]}
    from storydesk.gui.delegate import partner_line, place_line

    story_id = story_id_by_title(window.library, SEED_004)
    summary = window.library.summaries([story_id])[story_id]
    assert "ПРООН" in partner_line(summary, window.delegate.names)
    assert "Иссык-Кульская область" in place_line(summary, window.delegate.names)


def test_reading_pane_shows_places_in_russian(russian_window: Any, qtbot: Any) -> None:
    window = russian_window
    story_id = story_id_by_title(window.library, SEED_004)
    window.open_story(story_id)
    qtbot.waitUntil(lambda: window.reading.story is not None, timeout=10000)
    text = window.reading.browser.toPlainText()
    assert "Иссык-Кульская область" in text
    assert "ПРООН" in text
    assert "Кыргызстан" in text or "Kyrgyzstan" in text
    assert "31 июля 2025 г." in " ".join(text.split())
    # the links still carry the canonical names the filters use
    assert "sd-place:Issyk-Kul%20Region" in window.reading.browser.toHtml()


def test_directory_shows_partner_names_in_russian(russian_window: Any, qtbot: Any) -> None:
    dialog = russian_window.show_directory()
    qtbot.waitUntil(lambda: dialog.partners.model.rowCount() > 0, timeout=10000)
    model = dialog.partners.model
    shown = {model.item(r, 0).text(): model.item(r, 0).data() for r in range(model.rowCount())}
    assert "ПРООН" in shown
    assert dialog.partners.select("UNDP")
    assert dialog.partners.current_name() == "UNDP"
    dialog.close()


def test_search_help_opens_in_russian(russian_window: Any) -> None:
    window = russian_window
    assert window.act_search_help.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert window.search_help in window.search_field.actions()
    window.search_help.trigger()
    dialog = window.findChild(object, "searchHelpDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.page.name == "search.ru.html"
    text = dialog.browser.toPlainText()
    assert "Точная фраза" in text
    assert "yoshlar" in text and "ёшлар" in text
    assert "partner:" in text and "year:2023.." in text
    dialog.close()


def test_search_help_falls_back_to_english(window: Any, qapp: Any) -> None:
    from storydesk.gui.help import SearchHelpDialog, help_page

    assert help_page("search", "tg").name == "search.en.html"  # no Tajik page
    dialog = SearchHelpDialog("tg")
    assert "Exact phrases" in dialog.browser.toPlainText()
    dialog.close()
    window.act_search_help.trigger()
    assert window.findChild(object, "searchHelpDialog").page.name == "search.en.html"


def test_help_pages_load_nothing_from_outside() -> None:
    from storydesk.resources import resource

    for page in Path(resource("help")).glob("*.html"):
        text = page.read_text(encoding="utf-8").lower()
        for remote in ("http:", "https:", "//", "<script", "<img", "@import", "url("):
            assert remote not in text, f"{page.name} has {remote}"


# -- the pack dialog -------------------------------------------------------------------------


def test_pack_dialog_offers_every_label_language_defaulting_to_the_interface(
    window: Any,
) -> None:
    from storydesk.gui.packs import PackDialog

    for language in LABEL_LANGUAGES:
        window.settings.remove("briefingPack")
        dialog = PackDialog(
            window.settings, window.pack_sources(), parent=window, language=language
        )
        box = dialog.language_box
        assert [box.itemData(i) for i in range(box.count())] == list(LABEL_LANGUAGES)
        assert box.currentData() == language
        dialog.reject()
    texts = [dialog.language_box.itemText(i) for i in range(dialog.language_box.count())]
    assert "English" in texts and "Русский" in texts


@pytest.mark.parametrize(
    ("language", "phrase"),
    [("ru", "Точная фраза"), ("kk", "Нақты сөз тіркесі"), ("ky", "жаштар")],
)
def test_search_help_in_each_interface_language(qapp: Any, language: str, phrase: str) -> None:
    from storydesk.gui.help import SearchHelpDialog, help_page

    page = help_page("search", language)
    assert page is not None and page.name == f"search.{language}.html"
    dialog = SearchHelpDialog(language)
    text = dialog.browser.toPlainText()
    dialog.close()
    assert phrase in text and "Exact phrases" not in text
