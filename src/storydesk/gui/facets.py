"""The facet panel (counts by country, place, partner, language, year, SDG) and the chips
that show the active filters, each removable with a click."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QTreeView,
    QWidget,
)

from storydesk.gui.i18n import number
from storydesk.gui.icons import icon
from storydesk.library import DisplayNames, language_name

FACETS = ("countries", "places", "partners", "languages", "years", "sdgs")
FacetRole = Qt.ItemDataRole.UserRole + 10
ValueRole = Qt.ItemDataRole.UserRole + 11
SHOWN_PER_FACET = 12


FACET_TITLES = {
    "countries": QT_TRANSLATE_NOOP("Facets", "Country"),
    "places": QT_TRANSLATE_NOOP("Facets", "Place"),
    "partners": QT_TRANSLATE_NOOP("Facets", "Partner"),
    "languages": QT_TRANSLATE_NOOP("Facets", "Language"),
    "years": QT_TRANSLATE_NOOP("Facets", "Year"),
    "sdgs": QT_TRANSLATE_NOOP("Facets", "SDG"),
}


def facet_title(facet: str) -> str:
    """A facet's heading in the interface language ("Partner", "Партнёр")."""
    title = FACET_TITLES.get(facet)
    return QCoreApplication.translate("Facets", str(title)) if title else facet


def value_label(facet: str, value: str, names: DisplayNames | None = None) -> str:
    """A facet value as the reader sees it; filters keep the canonical ``value``.

    Args:
        facet: One of :data:`FACETS`.
        value: The stored value (a canonical English name, a code, a year).
        names: Partner, place and country names in the reader's language.
    """
    if facet == "languages":
        name = language_name(value)
        if not name:
            return value
        return QCoreApplication.translate("Facets", "{language} ({code})").format(
            language=name, code=value
        )
    if facet == "sdgs":
        return QCoreApplication.translate("Facets", "Goal {number}").format(number=value)
    if names is not None:
        if facet == "partners":
            return names.partner(value)
        if facet == "places":
            return names.place(value)
        if facet == "countries":
            return names.country(value)
    return value


Filters = dict[str, list[str]]


class FacetPanel(QTreeView):
    """Facet groups with value counts; activating a value asks for that filter."""

    filterChosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Filters"))
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAnimated(False)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.activated.connect(self._activated)
        self.clicked.connect(self._activated)
        self._expanded: set[str] = {"countries", "partners", "years"}
        self.names: DisplayNames | None = None
        """Partner, place and country names in the reader's language (set by the window)."""

    def set_facets(self, facets: Mapping[str, Mapping[str, int]], active: Filters) -> None:
        """Show counts from a search; values already filtered on are left out."""
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            facet = item.data(FacetRole)
            if self.isExpanded(item.index()):
                self._expanded.add(facet)
            else:
                self._expanded.discard(facet)
        self._model.clear()
        for facet in FACETS:
            counts = facets.get(facet) or {}
            chosen = set(active.get(facet, []))
            values = [(v, n) for v, n in counts.items() if str(v) not in chosen and n > 0]
            if not values:
                continue
            if facet == "years":
                values.sort(key=lambda vn: str(vn[0]), reverse=True)
            else:
                values.sort(key=lambda vn: (-vn[1], str(vn[0]).casefold()))
            group = QStandardItem(facet_title(facet))
            group.setData(facet, FacetRole)
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            for value, count in values[:SHOWN_PER_FACET]:
                label = value_label(facet, str(value), self.names)
                child = QStandardItem(
                    self.tr("{value}  ({count})").format(value=label, count=number(count))
                )
                child.setData(facet, FacetRole)
                child.setData(str(value), ValueRole)
                child.setToolTip(
                    self.tr("{value}: %Ln stories. Click to show only these.", "", count).format(
                        value=label
                    )
                )
                child.setData(
                    self.tr("{value}, %Ln stories", "", count).format(value=label),
                    Qt.ItemDataRole.AccessibleTextRole,
                )
                group.appendRow(child)
            if len(values) > SHOWN_PER_FACET:
                more = QStandardItem(self.tr("… %Ln more", "", len(values) - SHOWN_PER_FACET))
                more.setSelectable(False)
                more.setEnabled(False)
                group.appendRow(more)
            self._model.appendRow(group)
            if facet in self._expanded:
                self.expand(group.index())

    def values(self, facet: str) -> list[str]:
        """The values listed under ``facet`` (for tests and keyboard users)."""
        for row in range(self._model.rowCount()):
            group = self._model.item(row)
            if group.data(FacetRole) == facet:
                return [
                    group.child(i).data(ValueRole)
                    for i in range(group.rowCount())
                    if group.child(i).data(ValueRole) is not None
                ]
        return []

    def index_of(self, facet: str, value: str) -> QModelIndex:
        for row in range(self._model.rowCount()):
            group = self._model.item(row)
            if group.data(FacetRole) != facet:
                continue
            for i in range(group.rowCount()):
                if group.child(i).data(ValueRole) == value:
                    return group.child(i).index()
        return QModelIndex()

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(ValueRole)
        if value is None:
            return
        self.filterChosen.emit(index.data(FacetRole), value)


class ChipBar(QWidget):
    """The active filters as buttons; clicking one removes that filter."""

    filterRemoved = Signal(str, str)
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Active filters"))
        self.names: DisplayNames | None = None
        """Partner, place and country names in the reader's language (set by the window)."""
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 0, 4, 2)
        self._layout.setSpacing(4)
        self.chips: list[QToolButton] = []
        self.setVisible(False)

    def set_filters(self, filters: Filters) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.chips = []
        if not any(filters.values()):
            self.setVisible(False)
            return
        label = QLabel(self.tr("Filters:"))
        self._layout.addWidget(label)
        for facet in FACETS:
            for value in filters.get(facet, []):
                chip = QToolButton(self)
                chip.setText(
                    self.tr("{facet}: {value}").format(
                        facet=facet_title(facet), value=value_label(facet, value, self.names)
                    )
                )
                chip.setIcon(icon("close"))
                chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                chip.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                chip.setAutoRaise(False)
                chip.setToolTip(self.tr("Remove this filter"))
                chip.setAccessibleName(
                    self.tr("Remove filter {facet}: {value}").format(
                        facet=facet_title(facet), value=value_label(facet, value, self.names)
                    )
                )
                chip.setProperty("facet", facet)
                chip.setProperty("value", value)
                chip.clicked.connect(self._chip_clicked)
                self._layout.addWidget(chip)
                self.chips.append(chip)
        clear = QToolButton(self)
        clear.setObjectName("clearFilters")
        clear.setText(self.tr("Clear all"))
        clear.setAutoRaise(True)
        clear.setAccessibleName(self.tr("Clear all filters"))
        clear.clicked.connect(self.clearRequested.emit)
        self._layout.addWidget(clear)
        self._layout.addStretch(1)
        self.setVisible(True)

    def _chip_clicked(self) -> None:
        chip = self.sender()
        if isinstance(chip, QToolButton):
            self.filterRemoved.emit(str(chip.property("facet")), str(chip.property("value")))
