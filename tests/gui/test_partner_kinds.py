"""A partner's kind reads as words in the reader's language: "ifi" is a financial institution,
never "Ifi", on the Partners page of a real catalogue."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


def test_every_kind_in_the_directory_has_words(qapp: Any) -> None:
    from storydesk.gazetteer import PARTNER_KINDS, PLACE_KINDS
    from storydesk.gui.directory import KINDS, kind_label

    assert set(PARTNER_KINDS) | set(PLACE_KINDS) <= set(KINDS)
    assert kind_label("ifi") == "Financial institution"
    assert kind_label("IFI") == "Financial institution"  # as a bundle may spell it


def test_the_kind_is_translated(qapp: Any) -> None:
    from storydesk.gui.directory import kind_label
    from storydesk.gui.i18n import install_translations

    install_translations(qapp, "ru")
    try:
        assert kind_label("ifi") == "Финансовое учреждение"
    finally:
        install_translations(qapp, "en")


def test_the_partners_page_shows_financial_institution(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    dialog = window.show_directory()
    page = dialog.partners
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20000)
    kinds = {
        page.model.index(row, 1).data(Qt.ItemDataRole.DisplayRole)
        for row in range(page.model.rowCount())
    }
    assert "Ifi" not in kinds and "ifi" not in kinds
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert "World Bank" in names, "the directory lists its partners"
    assert page.model.index(names.index("World Bank"), 1).data() == "Financial institution"
    dialog.close()
