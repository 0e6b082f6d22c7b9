"""Collections and saved searches in the desktop app: the side panel and its actions.

The panel (a dock on the left, View › Collections Panel) lists the collections with their
story counts and the saved searches. Choosing a collection shows its stories, in its order,
in the results list; choosing a saved search puts its query and filters back and searches.
A collection's context menu renames, deletes (after asking), exports a briefing pack or
creates a bundle of it; a saved search's deletes it.

:class:`CollectionActions` holds the window's actions: Stories › Add to Collection ▸ (also
in the results' context menu), Stories › Save Search…, and the basket's Save as Collection….
Reads run on the task runner's ``read`` lane and every change on its ``write`` lane; names
are asked for in non-blocking dialogs (``open()``), so the window never waits on them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storydesk.gui import folders
from storydesk.gui.i18n import number
from storydesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from storydesk.gui.packs import PackDialog
    from storydesk.library import (
        CollectionChange,
        CollectionSummary,
        Library,
        SavedSearchEntry,
    )

log = logging.getLogger(__name__)

KindRole = Qt.ItemDataRole.UserRole + 30
NameRole = Qt.ItemDataRole.UserRole + 31
COLLECTION, SAVED_SEARCH = "collection", "search"


class CollectionsPanel(QDockWidget):
    """The side panel: collections with their counts, then the saved searches.

    Signals carry the name of the collection or saved search concerned.
    """

    collectionChosen = Signal(str)
    searchChosen = Signal(str)
    menuRequested = Signal(str, str, QPoint)
    """``(kind, name, global position)``: a context menu for an entry (kind: see below)."""
    saveSearchRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Collections"), parent)
        self.setObjectName("collectionsDock")
        self.tree = QTreeWidget()
        self.tree.setObjectName("collectionsTree")
        self.tree.setAccessibleName(self.tr("Collections and saved searches"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.collections_item = QTreeWidgetItem([self.tr("Collections"), ""])
        self.searches_item = QTreeWidgetItem([self.tr("Saved Searches"), ""])
        for heading in (self.collections_item, self.searches_item):
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            heading.setExpanded(True)
        self.save_search_button = QPushButton(self.tr("Save Search…"))
        self.save_search_button.setObjectName("panelSaveSearch")
        self.save_search_button.setToolTip(self.tr("Keep the current query and filters"))
        self.save_search_button.clicked.connect(self.saveSearchRequested)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.save_search_button)
        buttons.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.collections: list[CollectionSummary] = []
        self.searches: list[SavedSearchEntry] = []
        self.set_contents([], [])

    def set_contents(
        self, collections: Sequence[CollectionSummary], searches: Sequence[SavedSearchEntry]
    ) -> None:
        """Show these collections and saved searches (in the order given)."""
        self.collections = list(collections)
        self.searches = list(searches)
        for heading in (self.collections_item, self.searches_item):
            heading.takeChildren()
        for collection in self.collections:
            item = QTreeWidgetItem([collection.name, number(collection.count)])
            item.setData(0, KindRole, COLLECTION)
            item.setData(0, NameRole, collection.name)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, self.tr("%n stories; click to show them", "", collection.count))
            self.collections_item.addChild(item)
        if not self.collections:
            empty = QTreeWidgetItem([self.tr("None yet: save the basket as one"), ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.collections_item.addChild(empty)
        for search in self.searches:
            item = QTreeWidgetItem([search.name, ""])
            item.setData(0, KindRole, SAVED_SEARCH)
            item.setData(0, NameRole, search.name)
            item.setToolTip(0, search.query or self.tr("(all stories)"))
            self.searches_item.addChild(item)
        if not self.searches:
            empty = QTreeWidgetItem([self.tr("None yet: use Save Search…"), ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.searches_item.addChild(empty)

    def item_named(self, kind: str, name: str) -> QTreeWidgetItem | None:
        """The entry for a collection or saved search, if listed."""
        heading = self.collections_item if kind == COLLECTION else self.searches_item
        for row in range(heading.childCount()):
            child = heading.child(row)
            if child is not None and child.data(0, NameRole) == name:
                return child
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind, name = item.data(0, KindRole), item.data(0, NameRole)
        if kind == COLLECTION:
            self.collectionChosen.emit(name)
        elif kind == SAVED_SEARCH:
            self.searchChosen.emit(name)

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None or not item.data(0, KindRole):
            return
        self.menuRequested.emit(
            item.data(0, KindRole), item.data(0, NameRole), self.tree.viewport().mapToGlobal(pos)
        )


class CollectionActions(QObject):
    """The collections panel and the window's collection and saved-search actions.

    Args:
        library: The catalogue.
        runner: Where reads (``read``) and changes (``write``) run.
        window: The main window: its results, search controller, basket and status bar.
    """

    changed = Signal()
    """Collections or saved searches were changed (the panel reloads)."""
    collectionShown = Signal(str)
    """A collection's stories are in the results list."""
    bundleWritten = Signal(object)
    """A bundle of a collection was written (its ``BundleSummary``)."""

    def __init__(self, library: Library, runner: TaskRunner, window: Any) -> None:
        super().__init__(window)
        self._library = library
        self._runner = runner
        self._window = window
        self.shown_collection: str | None = None
        """The collection whose stories the results list shows, if it does."""
        self.dialog: QWidget | None = None
        """The name question or confirmation open now (tests answer it)."""
        writable = not library.read_only

        self.panel = CollectionsPanel(window)
        self.panel.collectionChosen.connect(self.show_collection)
        self.panel.searchChosen.connect(self.restore_search)
        self.panel.menuRequested.connect(self._entry_menu)
        self.panel.saveSearchRequested.connect(self.save_search)
        self.panel.save_search_button.setEnabled(writable)

        self.act_save_search = QAction(self.tr("Sa&ve Search…"), window)
        self.act_save_search.setObjectName("saveSearch")
        self.act_save_search.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.act_save_search.setStatusTip(self.tr("Keep the current query and filters by name"))
        self.act_save_search.triggered.connect(self.save_search)
        self.act_save_search.setEnabled(writable)
        window.addAction(self.act_save_search)

        self.add_menu = QMenu(self.tr("Add to &Collection"), window)
        self.add_menu.setObjectName("addToCollectionMenu")
        self.add_menu.aboutToShow.connect(self.fill_add_menu)
        self.add_menu.setEnabled(writable)
        self.fill_add_menu()

        self.act_panel = self.panel.toggleViewAction()
        self.act_panel.setText(self.tr("&Collections Panel"))
        self.act_panel.setShortcut(QKeySequence("Ctrl+Shift+L"))

        self.changed.connect(self.reload)
        self.reload()

    # -- reading ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the collections and saved searches again and show them in the panel."""
        library = self._library

        def job() -> tuple[list[CollectionSummary], list[SavedSearchEntry]]:
            return library.collections(), library.saved_searches()

        self._runner.run(job, on_done=lambda r: self.panel.set_contents(*r), lane="read")

    def collection_names(self) -> list[str]:
        """The collections' names, as the panel shows them."""
        return [c.name for c in self.panel.collections]

    def show_collection(self, name: str) -> None:
        """Show the collection's stories, in its order, in the results list."""
        library = self._library
        self._runner.run(
            lambda: library.collection_ids(name),
            on_done=lambda ids: self._collection_ids(name, ids),
            on_failed=lambda exc, _tb: self._failed(
                self.tr("The collection could not be shown"), exc
            ),
            lane="read",
        )

    def _collection_ids(self, name: str, ids: list[str]) -> None:
        window = self._window
        searching = window.searching
        # The list now shows the collection: a search still running must not replace it,
        # and the query and filters shown would no longer describe the list.
        searching.stop()
        searching.search_generation += 1
        searching.shown_generation = searching.search_generation
        window.search_field.blockSignals(True)
        window.search_field.clear()
        window.search_field.blockSignals(False)
        searching.text_changed("")
        searching.stop()
        searching.filters = {}
        window.chips.set_filters({})
        window.facets.set_facets({}, {})
        window.suggestion.setVisible(False)
        window.model.set_ids(ids)
        self.shown_collection = name
        window._show_summary(
            self.tr("Collection “{name}”: %n stories, in its order", "", len(ids)).format(name=name)
        )
        self.collectionShown.emit(name)

    def restore_search(self, name: str) -> None:
        """Put a saved search's query and filters back, and search."""
        library = self._library
        self._runner.run(
            lambda: library.saved_search(name),
            on_done=self._apply_search,
            on_failed=lambda exc, _tb: self._failed(
                self.tr("The saved search could not be opened"), exc
            ),
            lane="read",
        )

    def _apply_search(self, entry: SavedSearchEntry) -> None:
        window = self._window
        self.shown_collection = None
        window.search_field.setText(entry.query)
        window.searching.text_changed(entry.query)
        window.searching.filters = entry.filter_lists()
        window.searching.search_now()
        window.statusBar().showMessage(
            self.tr("Saved search “{name}”").format(name=entry.name), 4000
        )

    # -- questions --------------------------------------------------------------------

    def ask_name(
        self, object_name: str, title: str, label: str, text: str, answered: Callable[[str], None]
    ) -> QInputDialog:
        """Ask for a name in a non-blocking dialog; ``answered(name)`` follows OK."""
        dialog = QInputDialog(self._window)
        dialog.setObjectName(object_name)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.textValueSelected.connect(answered)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def confirm(
        self, object_name: str, text: str, informative: str, yes: str, confirmed: Callable[[], None]
    ) -> QMessageBox:
        """Ask before a change that cannot be undone; ``confirmed()`` follows ``yes``."""
        box = QMessageBox(self._window)
        box.setObjectName(object_name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("StoryDesk"))
        box.setText(text)
        box.setInformativeText(informative)
        button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        button.setObjectName("confirmButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.buttonClicked.connect(lambda clicked: confirmed() if clicked is button else None)
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()
        return box

    # -- changes ----------------------------------------------------------------------

    def _write(self, job: Callable[[], Any], done: Callable[[Any], None], what: str) -> None:
        """Run a change on the write lane; the panel reloads after it, failed or not."""

        def finished(result: Any) -> None:
            done(result)
            self.changed.emit()

        def failed(exc: BaseException, _tb: str) -> None:
            self._failed(what, exc)
            self.changed.emit()

        self._runner.run(job, on_done=finished, on_failed=failed, lane="write")

    def _failed(self, what: str, exc: BaseException) -> None:
        from storydesk.gui.errors import show_error

        self.dialog = show_error(self._window, what, exc, modal=False)

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    def create(self, name: str, ids: Sequence[str]) -> None:
        """Make a collection named ``name`` holding ``ids`` in that order."""
        library, wanted = self._library, list(ids)
        self._write(
            lambda: library.create_collection(name, wanted),
            lambda made: self._say(
                self.tr("Made the collection “{name}” with %n stories", "", made.count).format(
                    name=made.name
                )
            ),
            self.tr("The collection was not made"),
        )

    def add(self, name: str, ids: Sequence[str]) -> None:
        """Add ``ids`` to the end of the collection ``name``."""
        library, wanted = self._library, list(ids)

        def done(change: CollectionChange) -> None:
            self._say(
                self.tr("Added %n stories to “{name}”", "", len(change.changed)).format(
                    name=change.collection.name
                )
            )
            if self.shown_collection == change.collection.name:
                self.show_collection(change.collection.name)

        self._write(
            lambda: library.add_to_collection(name, wanted),
            done,
            self.tr("The stories were not added to the collection"),
        )

    def remove(self, name: str, ids: Sequence[str]) -> None:
        """Take ``ids`` out of the collection ``name``."""
        library, wanted = self._library, list(ids)

        def done(change: CollectionChange) -> None:
            self._say(
                self.tr("Removed %n stories from “{name}”", "", len(change.changed)).format(
                    name=change.collection.name
                )
            )
            if self.shown_collection == change.collection.name:
                self.show_collection(change.collection.name)

        self._write(
            lambda: library.remove_from_collection(name, wanted),
            done,
            self.tr("The stories were not removed from the collection"),
        )

    def rename(self, old: str, new: str) -> None:
        """Rename the collection ``old``."""
        library = self._library

        def done(renamed: CollectionSummary) -> None:
            if self.shown_collection == old:
                self.shown_collection = renamed.name
            self._say(
                self.tr("Renamed the collection “{old}” to “{new}”").format(
                    old=old, new=renamed.name
                )
            )

        self._write(
            lambda: library.rename_collection(old, new),
            done,
            self.tr("The collection was not renamed"),
        )

    def delete(self, name: str) -> None:
        """Delete the collection ``name`` (its stories stay)."""
        library = self._library

        def done(gone: CollectionSummary) -> None:
            if self.shown_collection == gone.name:
                self.shown_collection = None
                self._window.searching.run_search()
            self._say(self.tr("Deleted the collection “{name}”").format(name=gone.name))

        self._write(
            lambda: library.delete_collection(name),
            done,
            self.tr("The collection was not deleted"),
        )

    def save_current_search(self, name: str, replace: bool = False) -> None:
        """Keep the window's query and filters as ``name``."""
        library = self._library
        searching = self._window.searching
        query = searching.query
        filters = {k: list(v) for k, v in searching.filters.items() if v}
        self._write(
            lambda: library.save_search(name, query, filters, replace=replace),
            lambda saved: self._say(
                self.tr("Saved the search as “{name}”").format(name=saved.name)
            ),
            self.tr("The search was not saved"),
        )

    def delete_search(self, name: str) -> None:
        """Delete the saved search ``name``."""
        library = self._library
        self._write(
            lambda: library.delete_saved_search(name),
            lambda gone: self._say(
                self.tr("Deleted the saved search “{name}”").format(name=gone.name)
            ),
            self.tr("The saved search was not deleted"),
        )

    def write_bundle(self, name: str, path: Path) -> None:
        """Write the collection's stories, in its order, to the bundle ``path``."""
        library = self._library

        def job() -> Any:
            ids = library.collection_ids(name)
            if not ids:
                return None
            return library.create_bundle(ids, path, title=library.collection(name).name)

        def done(summary: Any) -> None:
            if summary is None:
                self._say(
                    self.tr("The collection “{name}” is empty; no bundle was written.").format(
                        name=name
                    )
                )
                return
            self._say(
                self.tr("Wrote the bundle {path} with %n stories", "", summary.stories).format(
                    path=str(summary.path)
                )
            )
            self.bundleWritten.emit(summary)

        self._window.statusBar().showMessage(self.tr("Writing the bundle…"))
        self._runner.run(
            job,
            on_done=done,
            on_failed=lambda exc, _tb: self._failed(self.tr("The bundle was not written"), exc),
            lane="read",
        )

    # -- what the user chose ------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The stories selected in the results, else the story being read."""
        window = self._window
        ids = [story_id for story_id, _title in window.selected_stories()]
        if not ids and window.reading.story is not None:
            ids = [window.reading.story.id]
        return ids

    def fill_add_menu(self) -> None:
        """Stories › Add to Collection ▸: each collection, then New Collection…."""
        menu = self.add_menu
        menu.clear()
        for name in self.collection_names():
            action = menu.addAction(name.replace("&", "&&"))
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: self.add_selected_to(n))
        if self.panel.collections:
            menu.addSeparator()
        new = menu.addAction(self.tr("&New Collection…"))
        new.setObjectName("newCollection")
        new.triggered.connect(self.new_collection_from_selection)

    def add_selected_to(self, name: str) -> None:
        """Add the selected stories (or the one being read) to the collection ``name``."""
        ids = self.selected_ids()
        if ids:
            self.add(name, ids)
        else:
            self._say(self.tr("Select the stories to add first."))

    def new_collection_from_selection(self) -> None:
        """Ask for a name, then make a collection of the selected stories."""
        ids = self.selected_ids()
        self.ask_name(
            "newCollectionName",
            self.tr("New Collection"),
            self.tr("Name of the new collection (%n stories):", "", len(ids)),
            "",
            lambda name: self.create(name, ids),
        )

    def save_basket(self) -> None:
        """The basket's Save as Collection…: ask for a name, then keep the basket's order."""
        ids = self._window.basket.ids()
        if not ids:
            self._say(self.tr("The basket is empty."))
            return
        self.ask_name(
            "basketCollectionName",
            self.tr("Save Basket as Collection"),
            self.tr("Name of the collection (%n stories, in the basket's order):", "", len(ids)),
            "",
            lambda name: self.create(name, ids),
        )

    def save_search(self) -> None:
        """Save Search…: ask for a name (offering the query), then keep query and filters."""
        searching = self._window.searching
        if not searching.query and not any(searching.filters.values()):
            self._say(self.tr("Type a query or choose a filter first, then save the search."))
            return
        self.ask_name(
            "saveSearchName",
            self.tr("Save Search"),
            self.tr("Name of the saved search:"),
            searching.query[:200],
            self._save_search_named,
        )

    def _save_search_named(self, name: str) -> None:
        key = " ".join(name.split()).casefold()
        taken = [s.name for s in self.panel.searches if " ".join(s.name.split()).casefold() == key]
        if not taken:
            self.save_current_search(name)
            return
        self.confirm(
            "confirmReplaceSearch",
            self.tr("Replace the saved search “{name}”?").format(name=taken[0]),
            self.tr("It will search for the current query and filters instead."),
            self.tr("&Replace"),
            lambda: self.save_current_search(name, replace=True),
        )

    def ask_rename(self, name: str) -> None:
        """Rename…: ask for the new name."""
        self.ask_name(
            "renameCollection",
            self.tr("Rename Collection"),
            self.tr("New name for “{name}”:").format(name=name),
            name,
            lambda new: self.rename(name, new),
        )

    def ask_delete(self, name: str) -> None:
        """Delete…: ask, naming the collection and its size, then delete it."""
        count = next((c.count for c in self.panel.collections if c.name == name), 0)
        self.confirm(
            "confirmDeleteCollection",
            self.tr("Delete the collection “{name}”?").format(name=name),
            self.tr("Its %n stories stay in the catalogue.", "", count),
            self.tr("&Delete Collection"),
            lambda: self.delete(name),
        )

    def ask_delete_search(self, name: str) -> None:
        """Delete… on a saved search: ask, then delete it."""
        self.confirm(
            "confirmDeleteSearch",
            self.tr("Delete the saved search “{name}”?").format(name=name),
            self.tr("No story is deleted."),
            self.tr("&Delete Saved Search"),
            lambda: self.delete_search(name),
        )

    def export_pack(self, name: str) -> None:
        """Export Pack…: show the collection's stories, then the briefing pack dialog for
        them, titled with the collection's name."""
        library = self._library
        self._runner.run(
            lambda: library.collection_ids(name),
            on_done=lambda ids: self._open_pack_dialog(name, ids),
            on_failed=lambda exc, _tb: self._failed(
                self.tr("The collection could not be shown"), exc
            ),
            lane="read",
        )

    def _open_pack_dialog(self, name: str, ids: list[str]) -> None:
        self.pack_dialog(name, ids)

    def pack_dialog(self, name: str, ids: list[str]) -> PackDialog | None:
        """Show the collection ``name`` (``ids``) and open the pack dialog for it."""
        from storydesk.gui.packs import PackDialog, PackSource

        window = self._window
        self._collection_ids(name, ids)
        if not ids:
            self._say(self.tr("The collection “{name}” is empty.").format(name=name))
            return None
        if window.packs.running:
            self._say(self.tr("A briefing pack is being made; wait for it to finish."))
            return None
        wanted = list(ids)
        source = PackSource("collection", len(wanted), lambda: list(wanted), name=name)
        dialog = PackDialog(window.settings, [source], False, window, language=window.language)
        dialog.setObjectName("collectionPackDialog")
        dialog.title_edit.setText(name)

        def accepted() -> None:
            window.pack_notice.hide()
            window.packs.export(
                source, dialog.options(), dialog.export_format(), dialog.output_path()
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_bundle(self, name: str) -> None:
        """Export Bundle…: the window's Export Bundle dialog with this collection chosen
        (title, publisher, signing, where); else ask where, then write it as a bundle."""
        export = getattr(self._window, "export_bundle", None)
        if callable(export):
            export(collection=name)
            return
        suggested = folders.start_path(folders.BUNDLE, _file_stem(name) + ".storybundle")
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Create Bundle of “{name}”").format(name=name),
            suggested,
            self.tr("Story bundles (*.storybundle)"),
        )
        if path:
            if not path.endswith(".storybundle"):
                path += ".storybundle"
            folders.remember(folders.BUNDLE, path)
            self.write_bundle(name, Path(path))

    def _entry_menu(self, kind: str, name: str, where: QPoint) -> None:
        menu = self.entry_menu(kind, name)
        menu.exec(where)

    def entry_menu(self, kind: str, name: str) -> QMenu:
        """The context menu of a collection or saved search in the panel."""
        menu = QMenu(self._window)
        writable = not self._library.read_only
        if kind == COLLECTION:
            menu.setObjectName("collectionMenu")
            show = menu.addAction(self.tr("&Show Stories"))
            show.triggered.connect(lambda: self.show_collection(name))
            menu.addSeparator()
            for text, object_name, slot, enabled in (
                (self.tr("&Rename…"), "renameCollection", self.ask_rename, writable),
                (self.tr("&Delete…"), "deleteCollection", self.ask_delete, writable),
                (self.tr("&Export Pack…"), "exportCollectionPack", self.export_pack, True),
                (self.tr("Export &Bundle…"), "createCollectionBundle", self.ask_bundle, True),
            ):
                action = menu.addAction(text)
                action.setObjectName(object_name)
                action.setEnabled(enabled)
                action.triggered.connect(lambda _checked=False, s=slot: s(name))
            if self.shown_collection == name:
                remove = menu.addAction(self.tr("Re&move Selected Stories"))
                remove.setObjectName("removeFromCollection")
                remove.setEnabled(writable)
                remove.triggered.connect(lambda: self._remove_selected(name))
        else:
            menu.setObjectName("savedSearchMenu")
            run = menu.addAction(self.tr("&Search Again"))
            run.triggered.connect(lambda: self.restore_search(name))
            delete = menu.addAction(self.tr("&Delete…"))
            delete.setObjectName("deleteSavedSearch")
            delete.setEnabled(writable)
            delete.triggered.connect(lambda: self.ask_delete_search(name))
        return menu

    def _remove_selected(self, name: str) -> None:
        ids = [story_id for story_id, _title in self._window.selected_stories()]
        if ids:
            self.remove(name, ids)


def _file_stem(name: str) -> str:
    """A file name from a collection's name: characters file systems refuse become dashes."""
    kept = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name)
    return " ".join(kept.split()).strip(" .-")[:80] or "collection"
