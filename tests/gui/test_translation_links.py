"""Stories › Link as Translations and Unlink from Translations, over a real seeded library."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QUrl

from storydesk.gui.storyhtml import link
from tests.gui.conftest import story_id_by_title

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

RU = "Креативные индустрии"
EN = "Creative Industries"


def _select(window: Any, *ids: str) -> None:
    selection = window.results.selectionModel()
    selection.clearSelection()
    for story_id in ids:
        row = window.model.row_of(story_id)
        assert row >= 0
        selection.select(window.model.index(row), QItemSelectionModel.SelectionFlag.Select)


def _show(window: Any, qtbot: Any, story_id: str) -> None:
    window.open_story(story_id)
    qtbot.waitUntil(
        lambda: window.reading.story is not None and window.reading.story.id == story_id,
        timeout=10000,
    )


def test_results_allow_selecting_several_stories(window: Any) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    assert window.results.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    stories_menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&Stories"
    )
    texts = [a.text() for a in stories_menu.actions()]
    assert "&Link as Translations" in texts and "&Unlink from Translations" in texts


def test_link_the_russian_and_english_seeds_then_unlink(window: Any, qtbot: Any) -> None:
    library = window.library
    ru, en = story_id_by_title(library, RU), story_id_by_title(library, EN)
    other_ru = story_id_by_title(library, "Цифровая карта семьи")
    qtbot.waitUntil(lambda: window.model.cached_row(6) is not None, timeout=10000)
    act_link = window.translation_links.act_link
    act_unlink = window.translation_links.act_unlink

    _select(window, ru)
    assert not act_link.isEnabled(), "one story is not enough"
    _select(window, ru, other_ru)
    assert not act_link.isEnabled(), "two Russian stories are not translations"
    _select(window, ru, en)
    assert act_link.isEnabled()

    _show(window, qtbot, ru)
    assert act_unlink.isEnabled(), "the seeds' pair was found at import"
    _select(window, ru, en)
    act_link.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Linked"), timeout=10000)
    qtbot.waitUntil(
        lambda: (
            window.reading.shown is not None
            and [t.id for t in window.reading.shown.page.translations] == [en]
        ),
        timeout=10000,
    )
    assert library.get_story(en).translations == (ru,)
    assert EN in window.reading.browser.toPlainText()
    message = window.statusBar().currentMessage()
    assert message.startswith("Linked 2 stories as translations") and EN in message
    assert act_unlink.isEnabled()

    # The pane's own Unlink link takes the shown story out.
    window.reading._anchor_clicked(QUrl(link("sd-unlink", ru)))
    qtbot.waitUntil(
        lambda: window.reading.shown is not None and window.reading.shown.page.translations == (),
        timeout=10000,
    )
    assert library.get_story(en).translations == ()
    assert "no longer linked" in window.statusBar().currentMessage()
    assert RU in window.statusBar().currentMessage()
    assert not act_unlink.isEnabled()


def test_unlink_from_the_stories_menu(window: Any, qtbot: Any) -> None:
    library = window.library
    ru, en = story_id_by_title(library, RU), story_id_by_title(library, EN)
    library.link_translations([ru, en])
    _show(window, qtbot, en)
    assert [t.id for t in window.reading.shown.page.translations] == [ru]
    window.translation_links.act_unlink.trigger()
    qtbot.waitUntil(lambda: library.get_story(ru).translations == (), timeout=10000)
    qtbot.waitUntil(lambda: window.reading.shown.page.translations == (), timeout=10000)


def test_a_refused_link_says_why_in_the_status_bar(window: Any, qtbot: Any) -> None:
    library = window.library
    ru = story_id_by_title(library, RU)
    other_ru = story_id_by_title(library, "Цифровая карта семьи")
    window.translation_links.link([ru, other_ru])
    qtbot.waitUntil(lambda: "same language" in window.statusBar().currentMessage(), timeout=10000)
    assert window.statusBar().currentMessage().startswith("The translations were not changed.")
    assert library.get_story(ru).translations == (story_id_by_title(library, EN),)


@pytest.mark.parametrize(
    ("language", "menu", "two", "five"),
    [
        (
            "ru",
            "&Связать как переводы",
            "Как переводы связаны 2 истории: A; B",
            "Как переводы связаны 5 историй: A; B",
        ),
        (
            "kk",
            "&Аударма ретінде байланыстыру",
            "2 оқиға аударма ретінде байланыстырылды: A; B",
            "5 оқиға аударма ретінде байланыстырылды: A; B",
        ),
        (
            "ky",
            "&Котормо катары байланыштыруу",
            "2 окуя котормо катары байланыштырылды: A; B",
            "5 окуя котормо катары байланыштырылды: A; B",
        ),
        (
            "en",
            "&Link as Translations",
            "Linked 2 stories as translations: A; B",
            "Linked 5 stories as translations: A; B",
        ),
    ],
)
def test_linking_speaks_the_interface_language(
    qapp: Any, language: str, menu: str, two: str, five: str
) -> None:
    from PySide6.QtCore import QCoreApplication

    from storydesk.gui.i18n import install_translations

    install_translations(qapp, language)
    tr = QCoreApplication.translate
    assert tr("TranslationLinks", "&Link as Translations") == menu
    linked = "Linked %Ln stories as translations: {titles}"
    assert tr("TranslationLinks", linked, "", 2).format(titles="A; B") == two
    assert tr("TranslationLinks", linked, "", 5).format(titles="A; B") == five
