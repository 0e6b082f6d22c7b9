"""Merging partners in the app: Partners and Places › Merge into…, confirmed, then relisted."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


def _names(dialog: Any) -> set[str]:
    return {entry.name for entry in dialog.partners.entries}


def test_merge_into_relinks_and_relists(window: Any, qtbot: Any) -> None:
    library = window.library
    dialog = window.show_directory()
    page = dialog.partners
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    assert page.merge_button is not None and not page.merge_button.isEnabled()
    assert page.select("Казинформ")
    assert page.merge_button.isEnabled()
    moved = {h.id for h in library.search("", filters={"partners": ["Kazinform"]}).hits}
    kept = {h.id for h in library.search("", filters={"partners": ["DKNews.kz"]}).hits}
    assert moved

    page.merge_button.click()
    merge = dialog.merge_dialog
    assert merge is not None and merge.isVisible()
    targets = [merge.targets.itemData(i) for i in range(merge.targets.count())]
    assert "Kazinform" not in targets and "DKNews.kz" in targets
    merge.targets.setCurrentIndex(targets.index("DKNews.kz"))
    question = merge.question.text()
    assert "Kazinform" in question and "DKNews.kz" in question
    assert f"{len(moved)} stories" in question

    searched = window.searching.search_generation
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        merge.findChild(QPushButton, "mergeButton").click()
    # The main window searches again, so its partner facet no longer offers Kazinform.
    qtbot.waitUntil(lambda: window.searching.search_generation > searched, timeout=10000)
    assert "Kazinform" not in _names(dialog)
    assert dialog.status.text() == (
        f"Merged “Kazinform” into “DKNews.kz”: {len(moved)} stories relinked."
    )
    after = {h.id for h in library.search("", filters={"partners": ["DKNews.kz"]}).hits}
    assert after == moved | kept
    dialog.close()


def test_cancel_merges_nothing(window: Any, qtbot: Any) -> None:
    dialog = window.show_directory()
    page = dialog.partners
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    assert page.select("UNDP")
    page.merge_button.click()
    merge = dialog.merge_dialog
    assert merge is not None
    merge.reject()
    qtbot.wait(200)
    assert "UNDP" in {p.name for p in window.library.partners()}
    assert dialog.status.text() == ""
    dialog.close()
