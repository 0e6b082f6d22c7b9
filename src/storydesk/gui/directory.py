"""The partner directory and the places: names, aliases, kind, story counts; choosing one
lists its stories, and "Show in Results" filters the main window's results by it. "Merge
into…" merges the chosen partner into another one (two entries found to be one organisation):
the catalogue write runs on the task runner's ``write`` lane, then the lists are read again."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storydesk.gui.delegate import StoryDelegate
from storydesk.gui.models import IdRole, StoryListModel
from storydesk.gui.searching import background_search
from storydesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from storydesk.library import DisplayNames, Library, PartnerSummary, PlaceSummary

NameRole = Qt.ItemDataRole.UserRole + 20


KINDS = {
    "un_agency": QT_TRANSLATE_NOOP("Directory", "UN agency"),
    "ngo": QT_TRANSLATE_NOOP("Directory", "NGO"),
    "igo": QT_TRANSLATE_NOOP("Directory", "Intergovernmental"),
    "government": QT_TRANSLATE_NOOP("Directory", "Government"),
    "ministry": QT_TRANSLATE_NOOP("Directory", "Ministry"),
    "donor": QT_TRANSLATE_NOOP("Directory", "Donor"),
    "private": QT_TRANSLATE_NOOP("Directory", "Private company"),
    "university": QT_TRANSLATE_NOOP("Directory", "University"),
    "ifi": QT_TRANSLATE_NOOP("Directory", "Financial institution"),
    "media": QT_TRANSLATE_NOOP("Directory", "Media"),
    "country": QT_TRANSLATE_NOOP("Directory", "Country"),
    "region": QT_TRANSLATE_NOOP("Directory", "Region"),
    "district": QT_TRANSLATE_NOOP("Directory", "District"),
    "city": QT_TRANSLATE_NOOP("Directory", "City"),
    "town": QT_TRANSLATE_NOOP("Directory", "Town"),
    "village": QT_TRANSLATE_NOOP("Directory", "Village"),
    "lake": QT_TRANSLATE_NOOP("Directory", "Lake"),
    "river": QT_TRANSLATE_NOOP("Directory", "River"),
    "mountain": QT_TRANSLATE_NOOP("Directory", "Mountain"),
}
"""Kinds of partner and place the directory knows, in words to translate."""


def kind_label(kind: str | None) -> str:
    """``un_agency`` → "UN agency", ``ministry`` → "Ministry", in the interface language."""
    if not kind:
        return ""
    known = KINDS.get(kind) or KINDS.get(kind.casefold())
    text = QCoreApplication.translate("Directory", str(known)) if known else kind.replace("_", " ")
    return text[:1].upper() + text[1:]


class DirectoryPage(QWidget):
    """One tab: a filterable table of entries, and the stories of the chosen one."""

    filterRequested = Signal(str, str)
    storyRequested = Signal(str)

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        facet: str,
        columns: list[str],
        parent: QWidget | None = None,
        names: DisplayNames | None = None,
    ) -> None:
        super().__init__(parent)
        self.names = names
        self._library = library
        self._runner = runner
        self.facet = facet
        self.entries: list[PartnerSummary | PlaceSummary] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name or alias…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter the list"))
        self.model = QStandardItemModel(0, len(columns), self)
        self.model.setHorizontalHeaderLabels(columns)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)

        self.heading = QLabel(self.tr("Choose an entry to see its stories."))
        self.heading.setWordWrap(True)
        self.stories = StoryListModel(library.story_rows, runner, parent=self)
        self.story_view = QListView()
        self.story_view.setModel(self.stories)
        self.story_view.setItemDelegate(StoryDelegate(self.story_view, names))
        self.story_view.setUniformItemSizes(True)
        self.story_view.setAccessibleName(self.tr("Stories of the chosen entry"))
        self.story_view.activated.connect(self._story_activated)
        self.show_button = QPushButton(self.tr("Show in Results"))
        self.show_button.setEnabled(False)
        self.show_button.clicked.connect(self._show_in_results)
        self.merge_button: QPushButton | None = None
        if facet == "partners":
            self.merge_button = QPushButton(self.tr("Merge into…"))
            self.merge_button.setObjectName("mergePartnerButton")
            self.merge_button.setToolTip(
                self.tr("Merge this partner into another entry of the same organisation")
            )
            self.merge_button.setEnabled(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.story_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        if self.merge_button is not None:
            row.addWidget(self.merge_button)
        row.addWidget(self.show_button)
        right_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def set_entries(
        self, entries: Sequence[PartnerSummary | PlaceSummary], columns: Sequence[str]
    ) -> None:
        self.entries = list(entries)
        self.model.setRowCount(0)
        for entry in entries:
            items: list[QStandardItem] = []
            for key in columns:
                value = getattr(entry, key, None)
                if key == "stories":
                    # An int (not text) as display data, so the column sorts as numbers.
                    item: QStandardItem = QStandardItem()
                    item.setData(int(value or 0), Qt.ItemDataRole.DisplayRole)
                    item.setData(int(value or 0), Qt.ItemDataRole.UserRole)
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                elif isinstance(value, (list, tuple)):
                    item = QStandardItem(", ".join(str(v) for v in value))
                    item.setToolTip("\n".join(str(v) for v in value))
                elif key == "kind":
                    item = QStandardItem(kind_label(value))
                elif key in ("name", "country") and value:
                    item = QStandardItem(self.shown_name(str(value), key))
                    if item.text() != value:
                        item.setToolTip(str(value))
                else:
                    item = QStandardItem(str(value or ""))
                items.append(item)
            items[0].setData(entry.name, NameRole)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            if self.table.columnWidth(column) > 260:
                self.table.setColumnWidth(column, 260)
        self.table.sortByColumn(list(columns).index("stories"), Qt.SortOrder.DescendingOrder)

    def shown_name(self, name: str, key: str = "name") -> str:
        """A canonical name as the reader sees it (partner or place, by the page)."""
        if self.names is None:
            return name
        if self.facet == "partners" and key == "name":
            return self.names.partner(name)
        return self.names.place(name)

    def select(self, name: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            entry = next((e for e in self.entries if e.name == index.data(NameRole)), None)
            names = {entry.name, *entry.aliases} if entry else set()
            if name.casefold() in {n.casefold() for n in names}:
                self.table.setCurrentIndex(index)
                return True
        return False

    def current_name(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.index(index.row(), 0).data(NameRole) if index.isValid() else None

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        name = self.proxy.index(current.row(), 0).data(NameRole) if current.isValid() else None
        self.show_button.setEnabled(bool(name))
        if self.merge_button is not None:
            self.merge_button.setEnabled(bool(name) and len(self.entries) > 1)
        if not name:
            return
        search, facet = background_search(self._library), self.facet
        self.heading.setText(self.tr("Stories naming {name}:").format(name=self.shown_name(name)))
        self._runner.run(  # waits for the search process on a worker thread
            lambda: search(query="", limit=500, sort="date", filters={facet: [name]}),
            on_done=lambda result: self._stories_arrived(name, result),
            lane="search",
        )

    def _stories_arrived(self, name: str, result: Any) -> None:
        if name != self.current_name():
            return
        self.heading.setText(
            self.tr("%Ln stories naming {name}:", "", result.total).format(
                name=self.shown_name(name)
            )
        )
        self.stories.set_ids([hit.id for hit in result.hits], total=result.total)

    def _story_activated(self, index: QModelIndex) -> None:
        story_id = index.data(IdRole)
        if story_id:
            self.storyRequested.emit(story_id)

    def _show_in_results(self) -> None:
        name = self.current_name()
        if name:
            self.filterRequested.emit(self.facet, name)


class MergePartnerDialog(QDialog):
    """Choose the partner another one is merged into, and confirm, naming both and the count.

    Args:
        source: The partner merged away.
        targets: The other partners, most-mentioned first.
        shown_name: A canonical name as the reader sees it.
    """

    def __init__(
        self,
        source: PartnerSummary,
        targets: Sequence[PartnerSummary],
        shown_name: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergePartnerDialog")
        self.setWindowTitle(self.tr("Merge Partners"))
        self.source = source
        self._shown_name = shown_name
        self.targets = QComboBox()
        self.targets.setObjectName("mergeTarget")
        self.targets.setAccessibleName(self.tr("The partner that stays"))
        for target in targets:
            self.targets.addItem(shown_name(target.name), target.name)
        self.question = QLabel()
        self.question.setObjectName("mergeQuestion")
        self.question.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        merge = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        merge.setObjectName("mergeButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Merge {source} into:").format(source=shown_name(source.name)))
        label.setBuddy(self.targets)
        layout.addWidget(label)
        layout.addWidget(self.targets)
        layout.addWidget(self.question)
        layout.addWidget(self.buttons)
        self.targets.currentIndexChanged.connect(self._update)
        self._update()

    def target(self) -> str:
        """The canonical name of the partner chosen to stay."""
        return str(self.targets.currentData() or "")

    def _update(self, *_args: object) -> None:
        target = self._shown_name(self.target())
        self.question.setText(
            self.tr(
                "Merge “{source}” into “{target}”? %Ln stories will name “{target}” instead, "
                "and the names of “{source}” become its aliases. This cannot be undone.",
                "",
                self.source.stories,
            ).format(source=self._shown_name(self.source.name), target=target)
        )


class DirectoryDialog(QDialog):
    """Partners and places, one tab each."""

    filterRequested = Signal(str, str)
    storyRequested = Signal(str)
    loaded = Signal()
    merged = Signal(str)
    """The canonical name of the partner another one was just merged into."""

    PARTNER_COLUMNS = ("name", "kind", "stories", "aliases")
    PLACE_COLUMNS = ("name", "kind", "country", "stories", "aliases")

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        parent: QWidget | None = None,
        names: DisplayNames | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Partners and Places"))
        self.setObjectName("directoryDialog")
        self._library = library
        self._runner = runner
        self.tabs = QTabWidget()
        self.partners = DirectoryPage(
            library,
            runner,
            "partners",
            [self.tr("Partner"), self.tr("Kind"), self.tr("Stories"), self.tr("Also known as")],
            names=names,
        )
        self.places = DirectoryPage(
            library,
            runner,
            "places",
            [
                self.tr("Place"),
                self.tr("Kind"),
                self.tr("Country"),
                self.tr("Stories"),
                self.tr("Also known as"),
            ],
            names=names,
        )
        self.tabs.addTab(self.partners, self.tr("&Partners"))
        self.tabs.addTab(self.places, self.tr("P&laces"))
        if self.partners.merge_button is not None:
            self.partners.merge_button.clicked.connect(self.merge_chosen)
        self.merge_dialog: MergePartnerDialog | None = None
        self.status = QLabel()
        self.status.setObjectName("directoryStatus")
        self.status.setWordWrap(True)
        for page in (self.partners, self.places):
            page.filterRequested.connect(self.filterRequested)
            page.storyRequested.connect(self.storyRequested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1000, 620)
        self.reload()

    def reload(self) -> None:
        library = self._library
        self._runner.run(
            lambda: (library.partners(), library.places()),
            on_done=self._arrived,
            lane="read",
        )

    def _arrived(self, result: tuple[list[PartnerSummary], list[PlaceSummary]]) -> None:
        partners, places = result
        # Entries no story names are kept, but the table opens sorted by story count.
        self.partners.set_entries(partners, self.PARTNER_COLUMNS)
        places = [p for p in places if p.stories or p.kind == "country"]
        self.places.set_entries(places, self.PLACE_COLUMNS)
        self.loaded.emit()

    # -- merging partners -------------------------------------------------------------

    def merge_chosen(self) -> MergePartnerDialog | None:
        """Ask which partner the chosen one is merged into (a window-modal dialog)."""
        name = self.partners.current_name()
        entries = cast("list[PartnerSummary]", self.partners.entries)
        source = next((e for e in entries if e.name == name), None)
        targets = [e for e in entries if e.name != name]
        if source is None or not targets:
            return None
        dialog = MergePartnerDialog(source, targets, self.partners.shown_name, self)
        dialog.accepted.connect(lambda: self._merge(source.name, dialog.target()))
        dialog.finished.connect(dialog.deleteLater)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merge(self, source: str, target: str) -> None:
        """Merge ``source`` into ``target`` on the write lane, then read the lists again."""
        library = self._library
        if self.partners.merge_button is not None:
            self.partners.merge_button.setEnabled(False)
        self._runner.run(
            lambda: library.merge_partners(source, target),
            on_done=self._merged,
            on_failed=self._merge_failed,
            lane="write",
        )

    def _merged(self, merge: Any) -> None:
        self.status.setText(
            self.tr(
                "Merged “{source}” into “{target}”: %Ln stories relinked.", "", len(merge.stories)
            ).format(
                source=self.partners.shown_name(merge.source),
                target=self.partners.shown_name(merge.target),
            )
        )
        self.merged.emit(merge.target)
        self.reload()

    def _merge_failed(self, exc: BaseException, _tb: str) -> None:
        from storydesk.gui.errors import describe

        self.status.setText(
            self.tr("The partners were not merged. {reason}").format(reason=describe(exc))
        )
        self.reload()
