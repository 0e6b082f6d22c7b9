"""The Collections panel, Add to Collection, Save Search… and the basket's Save as Collection…,
over a real seeded library (real SQLite, real Whoosh) in an offscreen main window."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton

from storydesk.gui.collections import COLLECTION, SAVED_SEARCH, NameRole

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


def _panel_entries(window: Any) -> dict[str, list[tuple[str, str]]]:
    panel = window.collections.panel
    out: dict[str, list[tuple[str, str]]] = {}
    for key, heading in (
        ("collections", panel.collections_item),
        ("searches", panel.searches_item),
    ):
        out[key] = [
            (heading.child(r).text(0), heading.child(r).text(1))
            for r in range(heading.childCount())
            if heading.child(r).data(0, NameRole)
        ]
    return out


def _reload(window: Any, qtbot: Any) -> None:
    library = window.library
    expected = [c.name for c in library.collections()]
    window.collections.reload()
    qtbot.waitUntil(
        lambda: [c.name for c in window.collections.panel.collections] == expected, timeout=10000
    )


def _answer_name(window: Any, qtbot: Any, object_name: str, text: str) -> None:
    qtbot.waitUntil(
        lambda: (
            isinstance(window.collections.dialog, QInputDialog)
            and window.collections.dialog.objectName() == object_name
            and window.collections.dialog.isVisible()
        ),
        timeout=10000,
    )
    dialog = window.collections.dialog
    dialog.setTextValue(text)
    dialog.accept()


def _confirm(window: Any, qtbot: Any, object_name: str) -> QMessageBox:
    qtbot.waitUntil(
        lambda: (
            isinstance(window.collections.dialog, QMessageBox)
            and window.collections.dialog.objectName() == object_name
            and window.collections.dialog.isVisible()
        ),
        timeout=10000,
    )
    box = window.collections.dialog
    return box


def _select(window: Any, ids: list[str]) -> None:
    selection = window.results.selectionModel()
    selection.clearSelection()
    for story_id in ids:
        row = window.model.row_of(story_id)
        assert row >= 0
        selection.select(window.model.index(row), QItemSelectionModel.SelectionFlag.Select)


def test_the_panel_lists_collections_with_counts_and_saved_searches(
    window: Any, qtbot: Any
) -> None:
    library = window.library
    ids = library.story_ids()
    library.create_collection("Visit to Osh", ids[:3])
    library.save_search("Water", "вода", {"countries": ["Kyrgyzstan"]})
    _reload(window, qtbot)
    qtbot.waitUntil(lambda: bool(window.collections.panel.searches), timeout=10000)
    entries = _panel_entries(window)
    assert entries["collections"] == [("Visit to Osh", "3")]
    assert entries["searches"] == [("Water", "")]
    assert window.collections.panel.isVisible()
    stories_menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&Stories"
    )
    texts = [a.text() for a in stories_menu.actions()]
    assert "Add to &Collection" in texts and "Sa&ve Search…" in texts


def test_choosing_a_collection_shows_its_stories_in_order(window: Any, qtbot: Any) -> None:
    library = window.library
    ids = library.story_ids()
    chosen = [ids[4], ids[0], ids[2]]
    library.create_collection("Brief", chosen)
    _reload(window, qtbot)
    item = window.collections.panel.item_named(COLLECTION, "Brief")
    assert item is not None
    with qtbot.waitSignal(window.collections.collectionShown, timeout=10000):
        window.collections.panel.tree.itemClicked.emit(item, 0)
    assert window.model.ids() == chosen
    assert window.result_count.text() == "Collection “Brief”: 3 stories, in its order"
    assert window.search_field.text() == "" and window.searching.filters == {}
    # a search afterwards replaces the collection in the list
    window.search_field.setText("UNDP")
    window.searching.text_changed("UNDP")
    with qtbot.waitSignal(window.searching.searchFinished, timeout=10000):
        window.searching.search_now()
    assert window.model.ids() != chosen


def test_choosing_a_saved_search_restores_its_query_and_filters(window: Any, qtbot: Any) -> None:
    library = window.library
    library.save_search("KZ English", "UNDP", {"countries": ["Kazakhstan"], "languages": ["en"]})
    _reload(window, qtbot)
    qtbot.waitUntil(lambda: bool(window.collections.panel.searches), timeout=10000)
    item = window.collections.panel.item_named(SAVED_SEARCH, "KZ English")
    assert item is not None
    with qtbot.waitSignal(window.searching.resultsShown, timeout=10000):
        window.collections.panel.tree.itemClicked.emit(item, 0)
    assert window.search_field.text() == "UNDP"
    assert window.searching.filters == {"countries": ["Kazakhstan"], "languages": ["en"]}
    expected = library.search(
        "UNDP", limit=100, filters={"countries": ["Kazakhstan"], "languages": ["en"]}
    )
    assert window.model.total == expected.total > 0
    assert window.model.ids() == [h.id for h in expected.hits]


def test_save_search_keeps_the_query_and_filters(window: Any, qtbot: Any) -> None:
    library = window.library
    window.search_field.setText("UNDP")
    window.searching.text_changed("UNDP")
    window.searching.filters = {"countries": ["Kazakhstan"]}
    with qtbot.waitSignal(window.searching.searchFinished, timeout=10000):
        window.searching.search_now()
    window.collections.act_save_search.trigger()
    _answer_name(window, qtbot, "saveSearchName", "  Kazakhstan UNDP ")
    qtbot.waitUntil(lambda: bool(library.saved_searches()), timeout=10000)
    (saved,) = library.saved_searches()
    assert saved.name == "Kazakhstan UNDP" and saved.query == "UNDP"
    assert saved.filter_lists() == {"countries": ["Kazakhstan"]}
    qtbot.waitUntil(lambda: bool(window.collections.panel.searches), timeout=10000)

    # the same name again asks before replacing
    window.searching.filters = {}
    window.collections.act_save_search.trigger()
    _answer_name(window, qtbot, "saveSearchName", "kazakhstan undp")
    box = _confirm(window, qtbot, "confirmReplaceSearch")
    assert box.text() == "Replace the saved search “Kazakhstan UNDP”?"
    box.findChild(QPushButton, "confirmButton").click()
    qtbot.waitUntil(lambda: library.saved_searches()[0].filter_lists() == {}, timeout=10000)
    assert len(library.saved_searches()) == 1


def test_basket_save_as_collection_keeps_its_order(window: Any, qtbot: Any) -> None:
    library = window.library
    ids = library.story_ids()
    stories = [(ids[3], "three"), (ids[1], "one"), (ids[5], "five")]
    window.basket.add(stories)
    button = window.basket_dock.save_button
    assert button.isEnabled() and button.text() == "Save as Collection…"
    button.click()
    _answer_name(window, qtbot, "basketCollectionName", "For the minister")
    qtbot.waitUntil(lambda: bool(library.collections()), timeout=10000)
    assert library.collection_ids("For the minister") == [ids[3], ids[1], ids[5]]
    qtbot.waitUntil(
        lambda: _panel_entries(window)["collections"] == [("For the minister", "3")],
        timeout=10000,
    )
    assert window.statusBar().currentMessage() == (
        "Made the collection “For the minister” with 3 stories"
    )

    # a taken name is one sentence, and nothing changes
    button.click()
    _answer_name(window, qtbot, "basketCollectionName", "FOR THE MINISTER")
    qtbot.waitUntil(lambda: isinstance(window.collections.dialog, QMessageBox), timeout=10000)
    assert "already exists" in window.collections.dialog.text()
    assert [c.name for c in library.collections()] == ["For the minister"]


def test_add_selected_stories_to_a_collection(window: Any, qtbot: Any) -> None:
    library = window.library
    ids = library.story_ids()
    library.create_collection("Brief", [ids[0]])
    _reload(window, qtbot)
    qtbot.waitUntil(lambda: window.model.cached_row(6) is not None, timeout=10000)
    _select(window, [ids[2], ids[1]])
    menu = window.collections.add_menu
    window.collections.fill_add_menu()
    names = [a.data() for a in menu.actions() if a.data()]
    assert names == ["Brief"]
    next(a for a in menu.actions() if a.data() == "Brief").trigger()
    qtbot.waitUntil(lambda: len(library.collection_ids("Brief")) == 3, timeout=10000)
    assert library.collection_ids("Brief") == [ids[0], ids[1], ids[2]]

    _select(window, [ids[3]])
    next(a for a in menu.actions() if a.objectName() == "newCollection").trigger()
    _answer_name(window, qtbot, "newCollectionName", "Just one")
    qtbot.waitUntil(lambda: len(library.collections()) == 2, timeout=10000)
    assert library.collection_ids("Just one") == [ids[3]]


def test_rename_and_delete_from_the_context_menu(window: Any, qtbot: Any) -> None:
    library = window.library
    ids = library.story_ids()
    library.create_collection("Brief", ids[:2])
    _reload(window, qtbot)
    menu = window.collections.entry_menu(COLLECTION, "Brief")
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == [
        "renameCollection",
        "deleteCollection",
        "exportCollectionPack",
        "createCollectionBundle",
    ]
    next(a for a in menu.actions() if a.objectName() == "renameCollection").trigger()
    _answer_name(window, qtbot, "renameCollection", "Minister's brief")
    qtbot.waitUntil(
        lambda: [c.name for c in library.collections()] == ["Minister's brief"], timeout=10000
    )

    menu = window.collections.entry_menu(COLLECTION, "Minister's brief")
    qtbot.waitUntil(
        lambda: _panel_entries(window)["collections"] == [("Minister's brief", "2")],
        timeout=10000,
    )
    next(a for a in menu.actions() if a.objectName() == "deleteCollection").trigger()
    box = _confirm(window, qtbot, "confirmDeleteCollection")
    assert box.text() == "Delete the collection “Minister's brief”?"
    assert box.informativeText() == "Its 2 stories stay in the catalogue."
    box.findChild(QPushButton, "confirmButton").click()
    qtbot.waitUntil(lambda: library.collections() == [], timeout=10000)
    assert len(library.story_ids()) == 7


def test_create_bundle_and_export_pack_of_a_collection(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    library = window.library
    ids = library.story_ids()
    chosen = [ids[2], ids[0]]
    library.create_collection("Visit", chosen)
    out = tmp_path / "visit.storybundle"
    with qtbot.waitSignal(window.collections.bundleWritten, timeout=60000) as signal:
        window.collections.write_bundle("visit", out)
    assert signal.args[0].stories == 2
    with zipfile.ZipFile(out) as archive:
        members = [n for n in archive.namelist() if n.startswith("stories/")]
    assert len(members) == 2

    titles = [library.summaries([i])[i].title for i in chosen]
    dialog = window.collections.pack_dialog("Visit", chosen)
    assert dialog is not None and dialog.title_edit.text() == "Visit"
    assert window.model.ids() == chosen
    pack = tmp_path / "visit.html"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    dialog.output_edit.setText(str(pack))
    with qtbot.waitSignal(window.packs.exported, timeout=60000):
        dialog.accept()
    text = html.unescape(re.sub(r"<[^>]+>", " ", pack.read_text(encoding="utf-8")))
    first, second = (text.find(t[:30]) for t in titles)
    assert 0 <= first < second


def test_deleting_a_story_updates_the_counts_and_undo_puts_it_back(window: Any, qtbot: Any) -> None:
    library = window.library
    ids = library.story_ids()
    library.create_collection("Brief", ids[:3])
    _reload(window, qtbot)
    qtbot.waitUntil(
        lambda: _panel_entries(window)["collections"] == [("Brief", "3")], timeout=10000
    )
    qtbot.waitUntil(lambda: window.model.cached_row(6) is not None, timeout=10000)
    _select(window, [ids[1]])
    window.delete_selected()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.objectName() == "confirmDelete" and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=10000,
    )
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "confirmDelete" and w.isVisible()
    )
    box.findChild(QPushButton, "deleteButton").click()
    qtbot.waitUntil(
        lambda: _panel_entries(window)["collections"] == [("Brief", "2")], timeout=15000
    )
    assert library.collection_ids("Brief") == [ids[0], ids[2]]
    assert window.undo_delete()
    qtbot.waitUntil(
        lambda: _panel_entries(window)["collections"] == [("Brief", "3")], timeout=15000
    )
    assert library.collection_ids("Brief") == ids[:3]


def test_a_read_only_catalogue_shows_collections_but_offers_no_changes(
    seeded_library: Any, qtbot: Any
) -> None:
    from storydesk.library import Library
    from tests.gui.conftest import open_window

    ids = seeded_library.story_ids()
    seeded_library.create_collection("Kept", ids[:2])
    root = seeded_library.layout.root
    with Library.open(root, read_only=True) as reader:
        window = open_window(reader, qtbot)
        try:
            qtbot.waitUntil(
                lambda: _panel_entries(window)["collections"] == [("Kept", "2")], timeout=10000
            )
            assert not window.collections.act_save_search.isEnabled()
            assert not window.collections.add_menu.isEnabled()
            menu = window.collections.entry_menu(COLLECTION, "Kept")
            enabled = {a.objectName(): a.isEnabled() for a in menu.actions() if a.objectName()}
            assert enabled == {
                "renameCollection": False,
                "deleteCollection": False,
                "exportCollectionPack": True,
                "createCollectionBundle": True,
            }
            with qtbot.waitSignal(window.collections.collectionShown, timeout=10000):
                window.collections.show_collection("kept")
            assert window.model.ids() == ids[:2]
        finally:
            window.close()
