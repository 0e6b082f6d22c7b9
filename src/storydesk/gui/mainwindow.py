"""StoryDesk's main window: search, filters, results, the reading pane and the basket.

The window lays out the widgets and wires them to its controllers: searching
(:class:`~storydesk.gui.searching.SearchController`: the query, sort and filters, searched
on a worker), importing, backups and briefing packs.
"""

from __future__ import annotations

import html
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storydesk.gui.backups import BackupController, RestoreDialog
from storydesk.gui.basket import BasketDock
from storydesk.gui.bundle_export import (
    BASKET,
    RESULTS,
    BundleExportController,
    BundleExportDialog,
    BundleSource,
)
from storydesk.gui.collections import CollectionActions
from storydesk.gui.delegate import GRID_THUMB, GRID_WIDTH, StoryDelegate
from storydesk.gui.deleting import DeleteController
from storydesk.gui.directory import DirectoryDialog
from storydesk.gui.editing import StoryEditor, field_label
from storydesk.gui.errors import show_error, translated
from storydesk.gui.facets import ChipBar, FilterPanel, date_filter_of
from storydesk.gui.guide import GuideWindow
from storydesk.gui.help import SearchHelpDialog
from storydesk.gui.i18n import ENV as LANGUAGE_ENV
from storydesk.gui.i18n import (
    NATIVE_NAMES,
    interface_language,
    save_language,
    saved_language,
    system_language,
)
from storydesk.gui.icons import icon
from storydesk.gui.import_preview import ImportPreviewDialog, PreviewController, is_bundle
from storydesk.gui.importing import ImportController, import_filters
from storydesk.gui.models import BasketModel, IdRole, StoryListModel, SummaryRole
from storydesk.gui.packs import (
    RESULTS_LIMIT,
    ExportedNotice,
    PackController,
    PackDialog,
    PackSource,
)
from storydesk.gui.publishers import show_publishers
from storydesk.gui.reading import ReadingPane
from storydesk.gui.searching import SearchController
from storydesk.gui.shared import (
    SharedCatalogueDialog,
    environment_database_url,
    take_effect_at_restart,
)
from storydesk.gui.shortcuts import SearchField, ShortcutsDialog
from storydesk.gui.sync import CatalogueWatcher
from storydesk.gui.tasks import TaskRunner
from storydesk.gui.translations import TranslationLinks
from storydesk.gui.undo import StoryUndo

if TYPE_CHECKING:
    from storydesk.library import (
        CatalogueStats,
        DeletedStories,
        Library,
        PackResult,
        SearchResult,
    )

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


def sample_bundle() -> Path | None:
    """The sample bundle shipped with StoryDesk, if this installation has it."""
    from storydesk.resources import resource

    try:
        path = resource("sample", "seeds.storybundle")
    except FileNotFoundError:
        return None
    return path if path.exists() else None


class FirstRunPanel(QWidget):
    """Shown instead of the results while the catalogue is empty."""

    importSample = Signal()
    importFiles = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<h2>Welcome to StoryDesk</h2>"))
        text = QLabel(
            self.tr(
                "The catalogue is empty. Import story bundles, folders or files (or drop "
                "them on this window), or start with the sample stories that come with "
                "StoryDesk."
            )
        )
        text.setWordWrap(True)
        self.sample_button = QPushButton(icon("import"), self.tr("Import the Sample Stories"))
        self.sample_button.setAccessibleName(self.tr("Import the sample stories"))
        self.sample_button.clicked.connect(self.importSample)
        self.sample_button.setDefault(True)
        files = QPushButton(icon("import"), self.tr("Import Files…"))
        files.clicked.connect(self.importFiles)
        if sample_bundle() is None:
            self.sample_button.setEnabled(False)
            self.sample_button.setToolTip(self.tr("This installation has no sample bundle."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.sample_button)
        buttons.addWidget(files)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        layout.setContentsMargins(32, 16, 32, 16)


class MainWindow(QMainWindow):
    """The desktop app over one :class:`Library`."""

    def __init__(
        self,
        library: Library,
        runner: TaskRunner | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.runner = runner or TaskRunner(self)
        self.settings = settings or QSettings(
            str(library.layout.root / "gui.ini"), QSettings.Format.IniFormat
        )
        self.catalogue_count: int | None = None
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("storydesk"))
        self.restart_requested = False
        """Set when the user chose Restart Now: the app starts again once this one ends."""
        self.quit_application = QApplication.quit
        """Ends the app after Restart Now closed the window."""
        self.language = interface_language()
        """The interface language (``"en"``, ``"ru"``, ``"kk"``, ``"ky"``)."""
        self.names = library.names(self.language)
        if library.database is not None:
            self.setWindowTitle(
                self.tr("StoryDesk — {database} (shared catalogue)").format(
                    database=library.database
                )
            )
        else:
            self.setWindowTitle(
                self.tr("StoryDesk — {folder}").format(folder=str(library.layout.root))
            )
        self.setAcceptDrops(True)

        self._build_widgets()
        self.searching = SearchController(library, self.runner, self.model, self)
        self._connect_search()
        self._build_actions()
        self.translation_links = TranslationLinks(library, self.runner, self)
        self._build_menus()
        self._build_deleting()
        self.importer = ImportController(library, self.runner, self)
        self.importer.finished.connect(self._import_finished)
        self.importer.indexed.connect(self._index_caught_up)
        self.importer.started.connect(lambda: self.status_import.setText(self.tr("Importing…")))
        self.previewer = PreviewController(library, self.runner, self)
        self.previewer.importRequested.connect(self._import_after_preview)
        self._build_editing()
        self.backups = BackupController(library, self.runner, self)
        self.backups.backedUp.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("The catalogue was backed up to {path}").format(path=path), 8000
            )
        )
        self.backups.restored.connect(self._restored)
        self.packs = PackController(library, self.runner, self)
        self.packs.exported.connect(self._pack_exported)
        self.packs.cancelled.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Export cancelled; nothing was written."), 8000
            )
        )
        self.bundles = BundleExportController(library, self.runner, self)
        self.bundles.written.connect(self._bundle_written)
        self.bundles.cancelled.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Bundle export cancelled; nothing was written."), 8000
            )
        )
        self.bundle_dialog: BundleExportDialog | None = None
        """The Export Bundle dialog open now (tests fill it in)."""
        self._build_collections()

        self._restore_settings()
        self.searching.run_search()
        self._count_catalogue()
        self.watcher = CatalogueWatcher(library, self.runner, self)
        self.watcher.changed.connect(self._changed_elsewhere)
        self.watcher.unreachable.connect(
            lambda text: self.statusBar().showMessage(
                self.tr("The catalogue could not be read: {reason}").format(reason=text)
            )
        )
        if library.warnings:  # a cloud-sync folder, a full disk, a busy catalogue...
            self.statusBar().showMessage("  ·  ".join(translated(w) for w in library.warnings))

    # -- building -----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search_field = SearchField()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(
            self.tr('Search stories (Ctrl+F): words, "a phrase", partner:UNDP, year:2024…')
        )
        self.search_field.setClearButtonEnabled(True)
        find_icon = self.search_field.addAction(
            icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        find_icon.setText(self.tr("Search"))
        find_icon.setToolTip(self.tr("Type words to search the stories (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search stories"))
        self.search_help = self.search_field.addAction(
            icon("help"), QLineEdit.ActionPosition.TrailingPosition
        )
        self.search_help.setObjectName("searchHelpButton")
        self.search_help.setText(self.tr("Search help"))
        self.search_help.setToolTip(self.tr("How to search: phrases, OR, filters (F1)"))
        self.search_help.triggered.connect(self.show_search_help)
        clear = QAction(self.search_field)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.clear_search)
        self.search_field.addAction(clear)

        self.sort_box = QComboBox()
        self.sort_box.addItem(self.tr("Best match"), "relevance")
        self.sort_box.addItem(self.tr("Newest first"), "date")
        self.sort_box.setAccessibleName(self.tr("Sort results"))
        self.sort_box.setToolTip(self.tr("Sort results"))

        self.list_button = QToolButton()
        self.list_button.setObjectName("listButton")
        self.grid_button = QToolButton()
        self.grid_button.setObjectName("gridButton")

        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.suggestion.linkActivated.connect(self._use_suggestion)
        self.suggestion.setVisible(False)

        top = QHBoxLayout()
        top.setContentsMargins(6, 6, 6, 2)
        top.addWidget(self.search_field, 1)
        top.addWidget(self.sort_box)
        top.addWidget(self.list_button)
        top.addWidget(self.grid_button)

        self.chips = ChipBar()
        self.chips.names = self.names
        self.filter_panel = FilterPanel()
        self.facets = self.filter_panel.facets
        self.facets.names = self.names

        self.model = StoryListModel(self.library.story_rows, self.runner, parent=self)
        self.model.names = self.names
        self.results = QListView()
        self.results.setObjectName("results")
        self.results.setAccessibleName(self.tr("Stories found"))
        self.results.setModel(self.model)
        self.delegate = StoryDelegate(self.results, self.names)
        self.results.setItemDelegate(self.delegate)
        self.results.setUniformItemSizes(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setDragEnabled(True)
        self.results.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.customContextMenuRequested.connect(self._results_menu)
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.result_count = QLabel()
        self.result_count.setObjectName("resultCount")
        self.results_box = QWidget()
        results_layout = QVBoxLayout(self.results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.setSpacing(2)
        results_layout.addWidget(self.result_count)
        results_layout.addWidget(self.suggestion)
        results_layout.addWidget(self.results, 1)

        self.first_run = FirstRunPanel()
        self.first_run.importSample.connect(self.import_sample)
        self.first_run.importFiles.connect(self.import_files)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.results_box)
        self.stack.addWidget(self.first_run)

        self.reading = ReadingPane(self.library, self.runner, names=self.names)
        self.reading.setObjectName("readingPane")
        self.reading.storyRequested.connect(self.open_story)
        self.reading.addToBasket.connect(lambda i, t: self._add_to_basket([(i, t)]))
        self.reading.statusMessage.connect(lambda m: self.statusBar().showMessage(m, 4000))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.filter_panel)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.reading)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([270, 450, 600])
        self.splitter.setChildrenCollapsible(True)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.chips)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.basket = BasketModel(self.library.layout.root / "basket.json", self)
        self.basket_dock = BasketDock(self.basket, self)
        self.basket_dock.storyActivated.connect(self.open_story)
        self.basket_dock.exportRequested.connect(self.export_pack)
        self.basket_dock.printRequested.connect(self.preview_pack)
        self.basket_dock.bundleRequested.connect(lambda: self.export_bundle(source=BASKET))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.basket_dock)
        self.basket_dock.hide()

        self.status_counts = QLabel()
        self.status_pending = QLabel()
        self.status_import = QLabel()
        self.pack_notice = ExportedNotice()
        self.statusBar().addWidget(self.pack_notice, 1)
        self.statusBar().addPermanentWidget(self.status_import)
        self.statusBar().addPermanentWidget(self.status_pending)
        self.statusBar().addPermanentWidget(self.status_counts)
        self.resize(1320, 820)

    def _connect_search(self) -> None:
        """Wire the search field, sort box, facets, chips and notices to the controller."""
        searching = self.searching
        self.search_field.textEdited.connect(searching.text_edited)
        self.search_field.textChanged.connect(searching.text_changed)
        self.search_field.returnPressed.connect(searching.search_now)
        self.sort_box.currentIndexChanged.connect(
            lambda _i: searching.set_sort(self.sort_box.currentData())
        )
        self.chips.filterRemoved.connect(searching.remove_filter)
        self.chips.clearRequested.connect(searching.clear_filters)
        self.facets.filterChosen.connect(searching.add_filter)
        self.facets.filterDropped.connect(searching.remove_filter)
        self.facets.valuesChosen.connect(searching.set_values)
        self.filter_panel.dates.rangeChanged.connect(searching.set_date_range)
        self.reading.filterRequested.connect(searching.add_filter)
        searching.resultsShown.connect(self._results_shown)
        searching.summaryChanged.connect(self._show_summary)
        searching.suggestionChanged.connect(self._show_suggestion)
        searching.pendingChanged.connect(self.status_pending.setText)
        searching.noticeChanged.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: Any = None,
        name: str | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.act_import_files = self._action(
            self.tr("Import &Files…"), self.import_files, key.Open, "importFiles", "import"
        )
        self.act_import_folder = self._action(
            self.tr("Import F&older…"), self.import_folder, "Ctrl+Shift+O", "importFolder"
        )
        self.act_import_bundle = self._action(
            self.tr("Import &Bundle…"), self.import_bundle, None, "importBundle"
        )
        self.act_import_sample = self._action(
            self.tr("Import the &Sample Stories"), self.import_sample, None, "importSample"
        )
        self.act_import_sample.setEnabled(sample_bundle() is not None)
        self.act_print = self._action(
            self.tr("&Print Story…"), self.reading.print_story, key.Print, "print", "print"
        )
        self.act_export_pack = self._action(
            self.tr("&Export Briefing Pack…"), self.export_pack, "Ctrl+E", "exportPack"
        )
        self.act_export_bundle = self._action(
            self.tr("Export B&undle…"), self.export_bundle, "Ctrl+Shift+E", "exportBundle"
        )
        self.act_preview_pack = self._action(
            self.tr("Print Pre&view of Pack…"),
            self.preview_pack,
            "Ctrl+Alt+P",  # Ctrl+Shift+P opens the partner directory
            "previewPack",
            "print",
        )
        self.act_backup = self._action(self.tr("&Back Up Now"), self.back_up_now, None, "backUpNow")
        self.act_restore = self._action(
            self.tr("&Restore from Backup…"), self.restore_from_backup, None, "restoreBackup"
        )
        for action in (self.act_backup, self.act_restore):
            action.setEnabled(not self.library.read_only)
        self.act_quit = self._action(self.tr("&Quit"), self.close, key.Quit, "quit")
        self.act_find = self._action(
            self.tr("&Find"), self.focus_search, key.Find, "find", "search"
        )
        self.act_copy_link = self._action(
            self.tr("Copy Source &Link"),
            self.reading.copy_source_url,
            "Ctrl+Shift+C",
            "copyLink",
            "copy",
        )
        self.act_add_basket = self._action(
            self.tr("Add to &Basket"),
            self.add_selected_to_basket,
            "Ctrl+B",
            "addToBasket",
            "basket-add",
        )
        self.act_directory = self._action(
            self.tr("&Partners and Places…"),
            self.show_directory,
            "Ctrl+Shift+P",
            "directory",
            "partners",
        )
        self.act_list = self._action(
            self.tr("As a &List"), lambda: self.set_view("list"), "Ctrl+1", "viewList", "list"
        )
        self.act_grid = self._action(
            self.tr("As a &Grid"), lambda: self.set_view("grid"), "Ctrl+2", "viewGrid", "grid"
        )
        for action in (self.act_list, self.act_grid):
            action.setCheckable(True)
        group = QActionGroup(self)
        group.addAction(self.act_list)
        group.addAction(self.act_grid)
        self.act_list.setChecked(True)
        self.act_list.setToolTip(self.tr("Show the stories as a list (Ctrl+1)"))
        self.act_grid.setToolTip(self.tr("Show the stories as a grid of cards (Ctrl+2)"))
        self.list_button.setDefaultAction(self.act_list)
        self.grid_button.setDefaultAction(self.act_grid)
        self.list_button.setAccessibleName(self.tr("Show as a list"))
        self.grid_button.setAccessibleName(self.tr("Show as a grid"))
        self.act_about = self._action(self.tr("&About StoryDesk"), self.show_about, None, "about")
        self.act_search_help = self._action(
            self.tr("&Search Help"),
            self.show_search_help,
            QKeySequence.StandardKey.HelpContents,
            "searchHelp",
        )
        self.act_search_help.setIcon(icon("help"))
        self.act_guide = self._action(
            self.tr("User's &Guide"), self.show_guide, "Shift+F1", "userGuide"
        )
        self.act_shortcuts = self._action(
            self.tr("&Keyboard Shortcuts"), self.show_shortcuts, None, "keyboardShortcuts"
        )
        self.language_actions = QActionGroup(self)
        self.language_actions.setExclusive(True)
        saved = saved_language()
        for code, text in [(None, self.tr("System Default")), *NATIVE_NAMES.items()]:
            action = QAction(text, self)
            action.setCheckable(True)
            action.setData(code or "")
            action.setObjectName(f"language_{code or 'system'}")
            action.setChecked(code == saved)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_actions.addAction(action)
        self.act_basket = self.basket_dock.toggleViewAction()
        self.act_basket.setText(self.tr("Briefing &Basket"))
        self.act_basket.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.act_basket.setIcon(icon("basket"))
        self.act_basket.setObjectName("toggleBasket")
        # A panel toggle: ticked while the basket shows; Ctrl+Shift+B shows or hides it.
        self.act_basket.setToolTip(self.tr("Show or hide the briefing basket (Ctrl+Shift+B)"))
        self.act_basket.setStatusTip(self.tr("Show or hide the briefing basket"))
        self.addAction(self.act_basket)
        self.act_filters = QAction(self.tr("&Filters Panel"), self)
        self.act_filters.setObjectName("toggleFilters")
        self.act_filters.setStatusTip(self.tr("Show or hide the filters"))
        self.act_filters.setCheckable(True)
        self.act_filters.setChecked(True)
        self.act_filters.toggled.connect(self.filter_panel.setVisible)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        import_menu = file_menu.addMenu(icon("import"), self.tr("&Import"))
        for action in (
            self.act_import_files,
            self.act_import_folder,
            self.act_import_bundle,
            self.act_import_sample,
        ):
            import_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.act_export_pack)
        file_menu.addAction(self.act_export_bundle)
        file_menu.addAction(self.act_preview_pack)
        file_menu.addAction(self.act_print)
        file_menu.addSeparator()
        file_menu.addAction(self.act_backup)
        file_menu.addAction(self.act_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        edit_menu.addAction(self.act_find)
        edit_menu.addAction(self.act_copy_link)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.act_list)
        view_menu.addAction(self.act_grid)
        view_menu.addSeparator()
        view_menu.addAction(self.act_filters)
        view_menu.addAction(self.act_basket)
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_menu.addActions(self.language_actions.actions())
        self.language_menu.insertSeparator(self.language_actions.actions()[1])
        story_menu = bar.addMenu(self.tr("&Stories"))
        self.story_menu = story_menu
        story_menu.addAction(self.act_add_basket)
        story_menu.addAction(self.act_directory)
        self.translation_links.add_to_menu(story_menu)
        settings_menu = bar.addMenu(self.tr("Se&ttings"))
        self.act_publishers = settings_menu.addAction(self.tr("&Publishers…"))
        self.act_publishers.setObjectName("publishers")
        self.act_publishers.triggered.connect(lambda: show_publishers(self))
        self.act_shared = settings_menu.addAction(self.tr("Shared &Catalogue…"))
        self.act_shared.setObjectName("sharedCatalogue")
        self.act_shared.triggered.connect(self.choose_shared_catalogue)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_guide)
        help_menu.addAction(self.act_search_help)
        help_menu.addAction(self.act_shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)

    # -- settings -----------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        if s.value("geometry") is not None:
            self.restoreGeometry(s.value("geometry"))
        if s.value("windowState") is not None:
            self.restoreState(s.value("windowState"))
        if s.value("splitter") is not None:
            self.splitter.restoreState(s.value("splitter"))
        self.set_view(str(s.value("view", "list")))
        sort = str(s.value("sort", "relevance"))
        self.sort_box.blockSignals(True)
        self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(sort)))
        self.sort_box.blockSignals(False)
        self.searching.sort = str(self.sort_box.currentData() or "relevance")
        visible = s.value("filtersVisible", True)
        self.act_filters.setChecked(visible not in (False, "false"))

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("version", SETTINGS_VERSION)
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())
        s.setValue("splitter", self.splitter.saveState())
        s.setValue("view", "grid" if self.delegate.grid else "list")
        s.setValue("sort", self.sort_box.currentData())
        s.setValue("filtersVisible", self.act_filters.isChecked())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editor.may_close(self.close):  # an edit form holds changes: asks first
            event.ignore()
            return
        if self.importer.running:
            answer = QMessageBox.question(
                self,
                self.tr("Import Running"),
                self.tr(
                    "An import is still running. Cancel it and quit? "
                    "Nothing from the unfinished import will be kept."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.importer.cancel()
        self.packs.cancel()
        self.previewer.cancel()  # a preview writes nothing: stopping it loses nothing
        self.bundles.cancel()  # a cancelled bundle leaves no file
        self.save_settings()
        self.watcher.stop()
        self.searching.shut_down()
        self.runner.close()
        super().closeEvent(event)

    # -- view ---------------------------------------------------------------------------

    def set_view(self, mode: str) -> None:
        grid = mode == "grid"
        self.delegate.grid = grid
        view = self.results
        if grid:
            view.setViewMode(QListView.ViewMode.IconMode)
            view.setFlow(QListView.Flow.LeftToRight)
            view.setWrapping(True)
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setMovement(QListView.Movement.Static)
            view.setGridSize(QSize(GRID_WIDTH + 12, GRID_THUMB + 110))
            view.setSpacing(4)
        else:
            view.setViewMode(QListView.ViewMode.ListMode)
            view.setFlow(QListView.Flow.TopToBottom)
            view.setWrapping(False)
            view.setGridSize(QSize())
            view.setSpacing(0)
        view.setUniformItemSizes(True)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.act_grid.setChecked(grid)
        self.act_list.setChecked(not grid)
        view.doItemsLayout()

    # -- searching ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def clear_search(self) -> None:
        if self.search_field.text():
            self.search_field.clear()
            self.searching.search_now()

    def _results_shown(self, result: SearchResult) -> None:
        """Results are in the list: keep the story being read selected; facets, chips."""
        current = self.reading.story.id if self.reading.story else None
        if current is not None:
            row = self.model.row_of(current)
            if row >= 0:
                self.results.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        self.facets.set_facets(result.facets, self.searching.filters)
        self.chips.set_filters(self.searching.filters)
        self.filter_panel.dates.set_range(date_filter_of(self.searching.filters))

    def _show_summary(self, text: str) -> None:
        self.result_count.setText(text)
        self.result_count.setAccessibleName(text)

    def _show_suggestion(self, suggestion: str) -> None:
        if suggestion:
            escaped = html.escape(suggestion)
            link = f'<a href="suggest"><b>{escaped}</b></a>'
            self.suggestion.setText(
                html.escape(self.tr("Did you mean {query}?")).format(query=link)
            )
            self.suggestion.setVisible(True)
        else:
            self.suggestion.setVisible(False)

    def _use_suggestion(self, _link: str = "") -> None:
        suggested = self.searching.suggestion
        if suggested:
            self.search_field.setText(suggested)
            self.searching.search_now()

    # -- stories ------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        story_id = current.data(IdRole) if current.isValid() else None
        if story_id and (not self.reading.story or self.reading.story.id != story_id):
            self.reading.show_story(story_id)

    def open_story(self, story_id: str) -> None:
        """Show a story in the reading pane (selecting it in the results if listed)."""
        row = self.model.row_of(story_id)
        if row >= 0:
            self.results.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.results.scrollTo(self.model.index(row))
        self.reading.show_story(story_id)

    def selected_stories(self) -> list[tuple[str, str]]:
        rows = sorted(i.row() for i in self.results.selectionModel().selectedIndexes())
        out = []
        for row in rows:
            index = self.model.index(row)
            summary = index.data(SummaryRole)
            out.append((index.data(IdRole), summary.title if summary else ""))
        return out

    def add_selected_to_basket(self) -> None:
        stories = self.selected_stories()
        if not stories and self.reading.story:
            stories = [(self.reading.story.id, self.reading.story.title)]
        self._add_to_basket(stories)

    def _add_to_basket(self, stories: list[tuple[str, str]]) -> None:
        added = self.basket.add(stories)
        if stories:
            self.basket_dock.show()
            self.statusBar().showMessage(
                self.tr("Added %Ln stories to the basket", "", added), 3000
            )

    def _results_menu(self, pos: Any) -> None:
        if not self.results.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.act_add_basket)
        menu.addMenu(self.collections.add_menu)
        menu.addAction(self.translation_links.act_link)
        menu.addSeparator()
        menu.addAction(self.act_edit)
        menu.addAction(self.act_history)
        menu.addAction(self.act_delete)
        menu.exec(self.results.viewport().mapToGlobal(pos))

    # -- deleting stories ---------------------------------------------------------------

    def _build_deleting(self) -> None:
        """Stories › Delete… (Del), Edit › Undo/Redo (Ctrl+Z, Ctrl+Shift+Z) over deletes and
        edits, and the status bar's Undo."""
        self.undo_history = StoryUndo(self.runner, self)
        self.act_undo = self.undo_history.act_undo
        self.act_redo = self.undo_history.act_redo
        self.deleting = DeleteController(self.library, self.runner, self, self.undo_history)
        self.act_delete = self._action(
            self.tr("&Delete…"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            "deleteStories",
        )
        self.act_delete.setEnabled(not self.library.read_only)
        # Del deletes stories only from the results list (the basket's Del removes from it)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.results.addAction(self.act_delete)
        self.act_undo_delete = self.act_undo  # one Undo for deletes and edits
        self.deleting.deleted.connect(self._stories_deleted)
        self.deleting.restored.connect(self._stories_restored)
        self.story_menu.addSeparator()
        self.story_menu.addAction(self.act_delete)
        self.edit_menu.insertAction(self.act_find, self.act_undo)
        self.edit_menu.insertAction(self.act_find, self.act_redo)
        self.edit_menu.insertSeparator(self.act_find)
        self.undo_history.stack.indexChanged.connect(self._undo_moved)
        self.delete_notice = QWidget()
        self.delete_notice.setObjectName("deleteNotice")
        notice = QHBoxLayout(self.delete_notice)
        notice.setContentsMargins(0, 0, 0, 0)
        self.delete_label = QLabel()
        self.delete_undo = QPushButton(self.tr("Undo"))
        self.delete_undo.setObjectName("undoDeleteButton")
        self.delete_undo.clicked.connect(self.undo_delete)
        notice.addWidget(self.delete_label)
        notice.addWidget(self.delete_undo)
        notice.addStretch(1)
        self.statusBar().addWidget(self.delete_notice)
        self.delete_notice.hide()
        self._basket_deleted: list[tuple[str, str]] = []

    def delete_selected(self) -> None:
        """Stories › Delete…: ask, naming the selected stories (or the one being read)."""
        stories = self.selected_stories()
        if not stories and self.reading.story:
            stories = [(self.reading.story.id, self.reading.story.title)]
        if self.deleting.running:
            self.statusBar().showMessage(
                self.tr("Stories are being deleted or put back; wait for it to finish."), 4000
            )
            return
        self.deleting.ask(stories)

    def undo_delete(self) -> bool:
        """The status bar's Undo: put back the stories the last delete removed."""
        return self.deleting.undo()

    def _undo_moved(self, _index: int) -> None:
        """The status bar's "Deleted …  Undo" goes once the delete is no longer the last change."""
        if self.deleting.last is None:
            self.delete_notice.hide()

    def _stories_deleted(self, deleted: DeletedStories) -> None:
        gone = set(deleted.ids)
        in_basket = [row for row, story_id in enumerate(self.basket.ids()) if story_id in gone]
        self._basket_deleted = [
            (self.basket.ids()[row], str(self.basket.index(row).data() or "")) for row in in_basket
        ]
        if in_basket:
            self.basket.remove_rows(in_basket)
        if self.reading.story and self.reading.story.id in gone:
            self.reading.show_story(None)
        self.results.clearSelection()
        if len(deleted.ids) == 1:
            text = self.tr("Deleted “{title}”.").format(title=deleted.titles[deleted.ids[0]])
        else:
            text = self.tr("Deleted %Ln stories.", "", len(deleted.ids))
        self.statusBar().clearMessage()
        self.delete_label.setText(text)
        self.delete_undo.show()
        self.delete_notice.show()
        self._catalogue_changed()

    def _stories_restored(self, deleted: DeletedStories) -> None:
        if self._basket_deleted:
            self.basket.add(self._basket_deleted)
            self._basket_deleted = []
        self.delete_notice.hide()
        self.statusBar().showMessage(self.tr("Put back %Ln stories.", "", len(deleted.ids)), 8000)
        self._catalogue_changed()

    # -- editing stories ----------------------------------------------------------------

    def _build_editing(self) -> None:
        """Stories › Edit Story… (F2) and History…; edits go on the window's undo history."""
        self.editor = StoryEditor(self.library, self.runner, self.undo_history, self.reading)
        self.act_edit = self._action(self.tr("&Edit Story…"), self.edit_story, "F2", "editStory")
        self.act_history = self._action(
            self.tr("Story &History…"), self.show_story_history, None, "storyHistory"
        )
        self.reading.editRequested.connect(self.editor.begin)
        self.reading.storyShown.connect(lambda _id: self._update_edit_actions())
        self.editor.edited.connect(self._story_edited)
        self.editor.revealRequested.connect(self._reveal_story)
        self.editor.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.editor.historyRequested.connect(self.show_story_history)
        self.importer.conflictResolved.connect(self._conflict_resolved)
        self.act_conflicts = self._action(
            self.tr("Import &Conflicts…"), self.importer.show_conflicts, None, "importConflicts"
        )
        self.act_conflicts.setEnabled(not self.library.read_only)
        self.story_menu.insertAction(self.act_add_basket, self.act_edit)
        self.story_menu.insertAction(self.act_add_basket, self.act_history)
        self.story_menu.insertAction(self.act_add_basket, self.act_conflicts)
        self.story_menu.insertSeparator(self.act_add_basket)
        self._update_edit_actions()

    def _update_edit_actions(self) -> None:
        shown = self.reading.story is not None
        self.act_edit.setEnabled(shown and not self.library.read_only)
        self.act_history.setEnabled(shown)

    def edit_story(self) -> None:
        """Stories › Edit Story… (F2): the form for the story being read."""
        if self.reading.story is not None and not self.library.read_only:
            self.editor.begin(self.reading.story.id)

    def show_story_history(self, story_id: str | None = None) -> Any:
        """Stories › History…: the changes made to a story (the one being read)."""
        from storydesk.gui.history import HistoryDialog

        story = self.reading.story
        story_id = story_id or (story.id if story else None)
        if not story_id:
            return None
        title = story.title if story and story.id == story_id else story_id
        dialog = HistoryDialog(self.library, self.runner, story_id, title, self, names=self.names)
        dialog.open()
        return dialog

    def _story_edited(self, result: Any) -> None:
        """An edit (or its undo or redo) was saved: list, facets and reading pane again."""
        story = result.story
        if result.changed:
            fields = ", ".join(field_label(f) for f in result.changed)
            self.statusBar().showMessage(
                self.tr("Saved “{title}”: {fields}").format(title=story.title, fields=fields),
                8000,
            )
        self._catalogue_changed()
        shown = self.reading.story
        if shown is not None and shown.id == story.id and not self.reading.editing:
            self.reading.show_story(story.id)

    def _reveal_story(self, story_id: str) -> None:
        """Undo or Redo changed a story: show it, unless a form for another story is open."""
        editing = self.editor.story_id
        if editing is None or editing == story_id:
            self.open_story(story_id)

    def _conflict_resolved(self, story_id: str) -> None:
        """Keep Mine / Take Theirs in the import summary: the story may read differently."""
        self._catalogue_changed()
        if self.reading.story is not None and self.reading.story.id == story_id:
            self.reading.show_story(story_id)

    def _catalogue_changed(self) -> None:
        """Stories were deleted, put back or relinked: list, search and counts again."""
        self.model.refresh()
        self.searching.run_search()
        self._count_catalogue()

    # -- collections and saved searches -------------------------------------------------

    def _build_collections(self) -> None:
        """The Collections panel (left dock), Stories › Add to Collection ▸ and Save Search…,
        View › Collections Panel and the basket's Save as Collection…."""
        self.collections = CollectionActions(self.library, self.runner, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.collections.panel)
        self.basket_dock.saveCollectionRequested.connect(self.collections.save_basket)
        self.story_menu.addSeparator()
        self.story_menu.addMenu(self.collections.add_menu)
        self.story_menu.addAction(self.collections.act_save_search)
        view_menu = next(m for m in self.act_basket.associatedObjects() if isinstance(m, QMenu))
        view_menu.insertAction(self.act_basket, self.collections.act_panel)
        # deleting or putting back stories, or a restore, changes the collections' counts
        self.deleting.deleted.connect(lambda _deleted: self.collections.reload())
        self.deleting.restored.connect(lambda _deleted: self.collections.reload())
        self.backups.restored.connect(lambda _result: self.collections.reload())

    # -- briefing packs -----------------------------------------------------------------

    def pack_sources(self) -> list[PackSource]:
        """What a pack can be made of now: the basket, and the current results."""
        sources = []
        basket_ids = self.basket.ids()
        if basket_ids:
            sources.append(PackSource("basket", len(basket_ids), lambda: list(basket_ids)))
        total = self.model.total
        if total > 0 and self.searching.shown_generation:
            count = min(total, RESULTS_LIMIT)
            sources.append(PackSource("results", count, self.searching.first_ids(count), total))
        return sources

    def pack_dialog(self, for_print: bool = False) -> PackDialog:
        return PackDialog(
            self.settings, self.pack_sources(), for_print, self, language=self.language
        )

    def export_pack(self) -> None:
        """File › Export Briefing Pack… (Ctrl+E): ask for the options, then write the pack."""
        if self._pack_busy():
            return
        dialog = self.pack_dialog()
        if dialog.exec() != PackDialog.DialogCode.Accepted or (source := dialog.source()) is None:
            return
        self.pack_notice.hide()
        self.packs.export(source, dialog.options(), dialog.export_format(), dialog.output_path())

    def preview_pack(self) -> None:
        """File › Print Preview of Pack…: ask for the options, then show the preview."""
        if self._pack_busy():
            return
        dialog = self.pack_dialog(for_print=True)
        if dialog.exec() != PackDialog.DialogCode.Accepted or (source := dialog.source()) is None:
            return
        self.packs.open_preview(source, dialog.options())

    def _pack_busy(self) -> bool:
        if self.packs.running:
            self.statusBar().showMessage(
                self.tr("A briefing pack is being made; wait for it to finish."), 5000
            )
            return True
        return False

    def _pack_exported(self, result: PackResult) -> None:
        self.pack_notice.show_result(result)

    # -- bundles ------------------------------------------------------------------------

    def bundle_sources(self) -> list[BundleSource]:
        """The basket and the current results, as a bundle's stories (either may be empty)."""
        basket_ids = self.basket.ids()
        sources = [BundleSource(BASKET, len(basket_ids), lambda: list(basket_ids))]
        total = self.model.total if self.searching.shown_generation else 0
        if total > 0:
            sources.append(BundleSource(RESULTS, total, self.searching.first_ids(total)))
        else:
            sources.append(BundleSource(RESULTS, 0, list))
        return sources

    def export_bundle(
        self, _checked: bool = False, *, collection: str | None = None, source: str | None = None
    ) -> bool:
        """File › Export Bundle… (Ctrl+Shift+E): read the collections and whether this
        catalogue has a publisher key (off the UI thread), then ask for the bundle's choices.

        Args:
            collection: A collection to preselect (the Collections panel's menu).
            source: ``"basket"`` to preselect the basket (the basket's button).
        """
        if self.bundles.running:
            self.statusBar().showMessage(
                self.tr("A bundle is being written; wait for it to finish."), 5000
            )
            return False
        library = self.library

        def job() -> tuple[list[tuple[str, int]], str | None, str | None]:
            names = [(c.name, c.count) for c in library.collections()]
            key = library.signing_key()
            if key is None:
                return names, None, None
            return names, key.publisher, key.public.fingerprint

        def opened(found: tuple[list[tuple[str, int]], str | None, str | None]) -> None:
            names, publisher, fingerprint = found
            self._open_bundle_dialog(names, publisher, fingerprint, collection, source)

        def failed(exc: BaseException, tb: str) -> None:
            show_error(self, self.tr("The bundle cannot be made now"), exc, tb, modal=False)

        self.runner.run(job, on_done=opened, on_failed=failed, lane="read")
        return True

    def _open_bundle_dialog(
        self,
        collections: list[tuple[str, int]],
        publisher: str | None,
        fingerprint: str | None,
        collection: str | None,
        source: str | None,
    ) -> None:
        library = self.library
        sources = self.bundle_sources()
        if source == BASKET:  # the basket's own button: the basket first
            sources = [s for s in sources if s.kind == BASKET] + [
                s for s in sources if s.kind != BASKET
            ]
        dialog = BundleExportDialog(
            sources,
            collections,
            library.collection_ids,
            publisher,
            fingerprint,
            chosen=collection,
            parent=self,
        )
        if source == BASKET and dialog.source_buttons[BASKET].isEnabled():
            dialog.source_buttons[BASKET].setChecked(True)
        self.bundle_dialog = dialog

        def finished(result: int) -> None:
            if self.bundle_dialog is dialog:
                self.bundle_dialog = None
            request = dialog.request()
            dialog.deleteLater()
            if result == BundleExportDialog.DialogCode.Accepted and request is not None:
                self.bundles.export(request)

        dialog.finished.connect(finished)
        dialog.open()

    def _bundle_written(self, summary: Any) -> None:
        self.statusBar().showMessage(
            self.tr("Wrote the bundle {path} with %Ln stories", "", summary.stories).format(
                path=str(summary.path)
            ),
            12000,
        )

    def back_up_now(self) -> None:
        """File > Back Up Now: a verified copy of the catalogue, in the background."""
        if not self.backups.back_up_now():
            self.statusBar().showMessage(self.tr("A backup or restore is already running."), 4000)

    def restore_from_backup(self) -> RestoreDialog | None:
        """File > Restore from Backup…: choose a backup; the current catalogue is kept aside."""
        if self.importer.running or self.backups.running:
            self.statusBar().showMessage(
                self.tr("Wait for the import or backup to finish before restoring."), 6000
            )
            return None
        return self.backups.choose_and_restore()

    def _restored(self, result: Any) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Restored %Ln stories from the backup; the previous catalogue is kept in {folder}",
                "",
                result.stories,
            ).format(folder=str(result.kept_aside or result.path.parent)),
            12000,
        )
        self.searching.run_search()
        self._count_catalogue()

    def show_directory(self) -> DirectoryDialog:
        dialog = getattr(self, "_directory", None)
        if dialog is None:
            dialog = DirectoryDialog(self.library, self.runner, self, names=self.names)
            dialog.filterRequested.connect(self._filter_from_directory)
            dialog.storyRequested.connect(self._story_from_directory)
            dialog.merged.connect(lambda _target: self._catalogue_changed())
            self._directory = dialog
        else:
            dialog.reload()
        dialog.show()
        dialog.raise_()
        return dialog

    def _filter_from_directory(self, facet: str, value: str) -> None:
        self.search_field.clear()
        self.searching.show_only(facet, value)
        self._come_forward()

    def _story_from_directory(self, story_id: str) -> None:
        self.open_story(story_id)
        self._come_forward()

    def _come_forward(self) -> None:
        self.raise_()
        self.activateWindow()

    def show_search_help(self) -> SearchHelpDialog:
        """Help › Search Help (F1): the query language, in the interface language."""
        dialog = getattr(self, "_search_help", None)
        if dialog is None:
            dialog = SearchHelpDialog(self.language, self)
            self._search_help = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help › Keyboard Shortcuts: every shortcut of the window and of its panels."""
        extra = [
            (self.tr("Esc"), self.tr("In the search field: clear the search")),
            (self.tr("Enter"), self.tr("In the filters: add or remove the value chosen")),
            (self.tr("Del"), self.tr("In the results: delete the chosen stories")),
            (self.tr("Del"), self.tr("In the basket: take the chosen stories out")),
            (self.tr("Alt+Up, Alt+Down"), self.tr("In the basket: move the chosen story")),
        ]
        dialog = ShortcutsDialog(self, extra)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_guide(self) -> GuideWindow:
        """Help › User's Guide (Shift+F1): the guide's pages, in the interface language."""
        guide = getattr(self, "_guide", None)
        if guide is None:
            guide = GuideWindow(self.language, self)
            self._guide = guide
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def choose_language(self, language: str | None) -> QMessageBox | None:
        """View › Language: keep the choice; it takes effect when StoryDesk starts again.

        Args:
            language: ``"en"``, ``"ru"``, ``"kk"``, ``"ky"``, or ``None`` for the system's.

        Returns:
            The open message offering Restart Now, or ``None`` when nothing changes.
        """
        save_language(language)
        for action in self.language_actions.actions():
            action.setChecked((action.data() or None) == language)
        forced = os.environ.get(LANGUAGE_ENV, "")
        if interface_language() == self.language and not forced:
            return None
        box = QMessageBox(self)
        box.setObjectName("languageChanged")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Interface Language"))
        shown = NATIVE_NAMES.get(language or system_language(), "")
        if forced:
            # the variable wins over the menu: starting again would change nothing
            box.setText(
                self.tr(
                    "The STORYDESK_LANG environment variable is set to {value}; it takes "
                    "precedence over this choice. StoryDesk will speak {language} once it "
                    "is started without it."
                ).format(value=forced, language=shown)
            )
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.open()
            return box
        box.setText(
            self.tr("The interface will change to {language} when StoryDesk restarts.").format(
                language=shown
            )
        )
        return self._offer_restart(box)

    def choose_shared_catalogue(self) -> SharedCatalogueDialog:
        """Settings › Shared Catalogue: choose a headquarters catalogue on PostgreSQL (or this
        computer's own); the choice takes effect when StoryDesk starts again."""
        dialog = SharedCatalogueDialog(self.library, self.runner, self)
        dialog.accepted.connect(lambda: self._shared_catalogue_chosen(dialog.chosen))
        dialog.open()
        return dialog

    def _shared_catalogue_chosen(self, url: str | None) -> QMessageBox:
        from storydesk.library import display_url

        take_effect_at_restart(url)
        box = QMessageBox(self)
        box.setObjectName("sharedCatalogueChanged")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shared_catalogue_notice = box
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Shared Catalogue"))
        forced = environment_database_url()
        if forced is not None:
            box.setText(
                self.tr(
                    "The STORYDESK_DATABASE_URL environment variable (or --database-url) names "
                    "{url}; it takes precedence over this choice, which applies once StoryDesk "
                    "is started without it."
                ).format(url=display_url(forced))
            )
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.open()
            return box
        box.setText(
            self.tr("StoryDesk opens {catalogue} when it restarts.").format(
                catalogue=display_url(url)
                if url
                else self.tr("this computer's catalogue ({folder})").format(
                    folder=self.library.layout.root
                )
            )
        )
        return self._offer_restart(box)

    def _offer_restart(self, box: QMessageBox) -> QMessageBox:
        """Open ``box`` (a change that takes effect at the next start) with Restart Now and
        Later (the default) buttons."""
        restart = box.addButton(self.tr("Restart Now"), QMessageBox.ButtonRole.AcceptRole)
        restart.setObjectName("restartNow")
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("restartLater")
        box.setDefaultButton(later)
        box.buttonClicked.connect(lambda button: self.restart() if button is restart else None)
        box.open()
        return box

    def restart(self) -> bool:
        """Close the window and start StoryDesk again with the same arguments.

        Returns:
            ``False`` when the window stays open (the user kept a running import).
        """
        self.restart_requested = True
        if not self.close():
            self.restart_requested = False
            return False
        self.quit_application()  # other windows (the directory, a preview) close too
        return True

    def show_about(self) -> QWidget:
        """Help › About: open the :class:`~storydesk.gui.about.AboutDialog` and return it.

        One dialog per window, kept: opened again, it measures the catalogue again.
        """
        from storydesk.gui.about import AboutDialog

        dialog = getattr(self, "_about_dialog", None)
        if not isinstance(dialog, AboutDialog):
            dialog = AboutDialog(self.library, self.runner, self)
            self._about_dialog = dialog
        else:
            dialog.refresh()
        dialog.open()
        return dialog

    # -- counts -------------------------------------------------------------------------

    def _count_catalogue(self) -> None:
        library = self.library
        self.runner.run(library.stats, on_done=self._counted, lane="read")

    def _counted(self, stats: CatalogueStats) -> None:
        self.catalogue_count = stats.stories
        self.status_counts.setText(
            " · ".join(
                (
                    self.tr("%Ln stories", "", stats.stories),
                    self.tr("%Ln images", "", stats.images),
                    self.tr("%Ln partners", "", stats.partners),
                )
            )
        )
        empty = self.catalogue_count == 0 and not self.importer.running
        self.stack.setCurrentWidget(self.first_run if empty else self.results_box)

    # -- importing ----------------------------------------------------------------------

    def import_paths(self, paths: list[Path]) -> bool:
        """Import files, folders and bundles, as dropped or chosen.

        When any of them is a bundle, the import is previewed first
        (:mod:`storydesk.gui.import_preview`): nothing is written until the user chooses
        Import. Plain files and folders import at once.
        """
        if self.previewer.busy:
            self.statusBar().showMessage(
                self.tr("A bundle is being previewed; import it or cancel first."), 5000
            )
            return False
        if self.importer.running:
            self.statusBar().showMessage(
                self.tr("An import is already running; wait for it to finish."), 5000
            )
            return False
        if any(is_bundle(p) for p in paths):
            return self.previewer.start(paths)
        return self.importer.start(paths)

    @property
    def import_preview(self) -> ImportPreviewDialog | None:
        """The import preview open now, if one is."""
        return self.previewer.preview

    def _import_after_preview(self, paths: list[Path]) -> None:
        if not self.importer.start(paths):
            self.statusBar().showMessage(
                self.tr("An import is already running; wait for it to finish."), 5000
            )

    def import_files(self) -> None:
        from storydesk.gui import folders  # kept local: only these dialogs use it

        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import Stories"),
            folders.start_folder(folders.IMPORT),
            import_filters(),
        )
        if files:
            folders.remember(folders.IMPORT, files[0])
            self.import_paths([Path(f) for f in files])

    def import_folder(self) -> None:
        from storydesk.gui import folders  # kept local: only these dialogs use it

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a Folder of Stories"), folders.start_folder(folders.IMPORT)
        )
        if folder:
            # the folder that holds it: the next folder to import is likely its neighbour
            folders.remember(folders.IMPORT, Path(folder).parent)
            self.import_paths([Path(folder)])

    def import_bundle(self) -> None:
        from storydesk.gui import folders  # kept local: only these dialogs use it

        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import Story Bundles"),
            folders.start_folder(folders.BUNDLE),
            self.tr("Story bundles (*.storybundle *.zip)"),
        )
        if files:
            folders.remember(folders.BUNDLE, files[0])
            self.import_paths([Path(f) for f in files])

    def import_sample(self) -> None:
        bundle = sample_bundle()
        if bundle is None:
            show_error(self, self.tr("This installation has no sample bundle"), modal=False)
            return
        self.import_paths([bundle])

    def _import_finished(self, report: Any) -> None:
        self.status_import.setText(self.tr("Indexing…") if report.changed_ids else "")
        self.model.refresh()
        self.searching.run_search()
        self._count_catalogue()
        if self.reading.story:
            self.reading.show_story(self.reading.story.id)

    def _changed_elsewhere(self, changed: frozenset[str] | None) -> None:
        """Other writers changed stories (the watcher caught the index up): show them."""
        self.model.refresh()
        self.searching.run_search()
        self._count_catalogue()
        shown = self.reading.story
        if shown is not None and (changed is None or shown.id in changed):
            self.reading.show_story(shown.id)
        if changed is None:
            text = self.tr("The catalogue was changed elsewhere; the list is up to date.")
        else:
            text = self.tr(
                "%n stories were changed elsewhere; the list is up to date.", "", len(changed)
            )
        self.statusBar().showMessage(text, 8000)

    def _index_caught_up(self) -> None:
        self.status_import.setText("")
        self.searching.run_search()
        self._count_catalogue()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
