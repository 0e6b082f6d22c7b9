"""The filter panel: a date range and facets (country, place, partner, language, year, goal,
tag) with their counts, and the chips that show the active filters, each removable.

Values of one facet are alternatives (several countries: stories of any of them) and
facets all hold (a country and a year). Each facet shows its chosen values first, ticked,
then the most frequent others; the rest are a click away in a filterable list of every
value (:class:`FacetValuesDialog`). Counts come from "open" facet counts
(:meth:`storydesk.library.Library.search` with ``open_facets``): a facet's other values
stay on offer with the stories each would add.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from storydesk.gui.i18n import date_text, number
from storydesk.gui.icons import icon
from storydesk.library import DATE_FILTER, UNDATED, DisplayNames, date_range, language_name

FACETS = ("countries", "places", "partners", "languages", "years", "sdgs", "tags")
"""The facets of the panel, in its order (the keys of a search's ``facets``)."""
FILTERS = (*FACETS, DATE_FILTER)
"""Every filter the window sets: the facets and the date range."""
FacetRole = Qt.ItemDataRole.UserRole + 10
ValueRole = Qt.ItemDataRole.UserRole + 11
MoreRole = Qt.ItemDataRole.UserRole + 12
SHOWN_PER_FACET = 12
"""Values listed under a facet before "Show all"."""
DATE_EDIT_PAUSE_MS = 500
"""Pause after a change in the date fields before the range is applied."""


FACET_TITLES = {
    "countries": QT_TRANSLATE_NOOP("Facets", "Country"),
    "places": QT_TRANSLATE_NOOP("Facets", "Place"),
    "partners": QT_TRANSLATE_NOOP("Facets", "Partner"),
    "languages": QT_TRANSLATE_NOOP("Facets", "Language"),
    "years": QT_TRANSLATE_NOOP("Facets", "Year"),
    "sdgs": QT_TRANSLATE_NOOP("Facets", "SDG"),
    "tags": QT_TRANSLATE_NOOP("Facets", "Tag"),
    DATE_FILTER: QT_TRANSLATE_NOOP("Facets", "Dates"),
}


def facet_title(facet: str) -> str:
    """A facet's heading in the interface language ("Partner", "Партнёр")."""
    title = FACET_TITLES.get(facet)
    return QCoreApplication.translate("Facets", str(title)) if title else facet


def value_label(facet: str, value: str, names: DisplayNames | None = None) -> str:
    """A facet value as the reader sees it; filters keep the canonical ``value``.

    Args:
        facet: One of :data:`FILTERS`.
        value: The stored value (a canonical English name, a code, a year, a range).
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
    if facet == "years" and value == UNDATED:
        return QCoreApplication.translate("Facets", "Undated")
    if facet == DATE_FILTER:
        return range_label(value)
    if names is not None:
        if facet == "partners":
            return names.partner(value)
        if facet == "places":
            return names.place(value)
        if facet == "countries":
            return names.country(value)
    return value


def range_label(value: str) -> str:
    """A date range as the reader reads it ("1 March 2024 – 30 June 2024", "from 1 March
    2024", "until 30 June 2024")."""
    bounds = date_range(value)
    if bounds is None:
        return value
    start, end = (_bound_text(bound) for bound in bounds)
    if start and end:
        return QCoreApplication.translate("Facets", "{start} – {end}").format(start=start, end=end)
    if start:
        return QCoreApplication.translate("Facets", "from {start}").format(start=start)
    return QCoreApplication.translate("Facets", "until {end}").format(end=end)


def _bound_text(bound: str) -> str:
    if len(bound) == 10:
        return date_text(dt.date.fromisoformat(bound))
    return bound


Filters = dict[str, list[str]]


def date_filter_of(filters: Mapping[str, list[str]]) -> str:
    """The date range of ``filters`` ("FROM..TO"), or "" when there is none."""
    return next(iter(filters.get(DATE_FILTER, [])), "")


def _sorted_values(facet: str, counts: Mapping[str, int]) -> list[tuple[str, int]]:
    values = [(str(v), n) for v, n in counts.items() if n > 0]
    if facet == "years":
        # Newest first; "Undated" after the years.
        values.sort(key=lambda vn: (vn[0] != UNDATED, vn[0]), reverse=True)
    else:
        values.sort(key=lambda vn: (-vn[1], vn[0].casefold()))
    return values


class FacetPanel(QTreeView):
    """Facet groups with value counts. Activating a value ticks it (adds it to the filter)
    or unticks it; "Show all" opens the facet's every value in :class:`FacetValuesDialog`."""

    filterChosen = Signal(str, str)
    filterDropped = Signal(str, str)
    valuesChosen = Signal(str, list)  # facet, every value now chosen in it (from "Show all")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Filters"))
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAnimated(False)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        # A click toggles a value; Enter or Space does from the keyboard (keyPressEvent).
        # Not `activated` too: a double click would toggle it back.
        self.clicked.connect(self._activated)
        self._expanded: set[str] = {"countries", "partners", "years"}
        self._counts: dict[str, dict[str, int]] = {}
        self._active: Filters = {}
        self.names: DisplayNames | None = None
        """Partner, place and country names in the reader's language (set by the window)."""

    def set_facets(self, facets: Mapping[str, Mapping[str, int]], active: Filters) -> None:
        """Show counts from a search: chosen values first (ticked), then the others."""
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            facet = item.data(FacetRole)
            if self.isExpanded(item.index()):
                self._expanded.add(facet)
            else:
                self._expanded.discard(facet)
        self._model.clear()
        self._counts = {facet: dict(facets.get(facet) or {}) for facet in FACETS}
        self._active = {facet: list(values) for facet, values in active.items()}
        for facet in FACETS:
            counts = self._counts[facet]
            chosen = list(active.get(facet, []))
            others = [(v, n) for v, n in _sorted_values(facet, counts) if v not in chosen]
            if not chosen and not others:
                continue
            group = QStandardItem(facet_title(facet))
            group.setData(facet, FacetRole)
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            for value in chosen:
                group.appendRow(self._value_item(facet, value, counts.get(value, 0), True))
            room = max(0, SHOWN_PER_FACET - len(chosen))
            for value, count in others[:room]:
                group.appendRow(self._value_item(facet, value, count, False))
            hidden = len(others) - room
            if hidden > 0:
                more = QStandardItem(self.tr("Show all (%Ln more)…", "", hidden))
                more.setData(facet, FacetRole)
                more.setData(True, MoreRole)
                more.setToolTip(
                    self.tr("Choose among every {facet} value in a list you can filter").format(
                        facet=facet_title(facet)
                    )
                )
                font = more.font()
                font.setItalic(True)
                more.setFont(font)
                group.appendRow(more)
            self._model.appendRow(group)
            if facet in self._expanded or chosen:
                self.expand(group.index())

    def _value_item(self, facet: str, value: str, count: int, chosen: bool) -> QStandardItem:
        label = value_label(facet, value, self.names)
        item = QStandardItem(self.tr("{value}  ({count})").format(value=label, count=number(count)))
        item.setData(facet, FacetRole)
        item.setData(value, ValueRole)
        item.setCheckable(False)
        item.setData(
            Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )
        if chosen:
            item.setToolTip(
                self.tr("{value}: chosen. Click to remove this filter.").format(value=label)
            )
            accessible = self.tr("{value}, chosen, %Ln stories", "", count)
        else:
            item.setToolTip(
                self.tr("{value}: %Ln stories. Click to add it to the filter.", "", count).format(
                    value=label
                )
            )
            accessible = self.tr("{value}, %Ln stories", "", count)
        item.setData(accessible.format(value=label), Qt.ItemDataRole.AccessibleTextRole)
        return item

    def values(self, facet: str) -> list[str]:
        """The values listed under ``facet`` (for tests and keyboard users)."""
        return [item.data(ValueRole) for item in self._value_items(facet)]

    def chosen(self, facet: str) -> list[str]:
        """The values listed as chosen (ticked) under ``facet``."""
        return [
            item.data(ValueRole)
            for item in self._value_items(facet)
            if item.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        ]

    def _value_items(self, facet: str) -> list[QStandardItem]:
        group = self._group(facet)
        if group is None:
            return []
        children = (group.child(i) for i in range(group.rowCount()))
        return [item for item in children if item.data(ValueRole) is not None]

    def index_of(self, facet: str, value: str) -> QModelIndex:
        """The row of ``value`` under ``facet`` (invalid when it is not listed)."""
        group = self._group(facet)
        if group is not None:
            for i in range(group.rowCount()):
                if group.child(i).data(ValueRole) == value:
                    return group.child(i).index()
        return QModelIndex()

    def more_index(self, facet: str) -> QModelIndex:
        """The "Show all" row of ``facet`` (invalid when every value is listed)."""
        group = self._group(facet)
        if group is not None:
            for i in range(group.rowCount()):
                if group.child(i).data(MoreRole):
                    return group.child(i).index()
        return QModelIndex()

    def _group(self, facet: str) -> QStandardItem | None:
        for row in range(self._model.rowCount()):
            group = self._model.item(row)
            if group.data(FacetRole) == facet:
                return group
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter, Return or Space on a value toggles it; on "Show all", opens the list."""
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        index = self.currentIndex()
        if event.key() in keys and index.isValid() and index.parent().isValid():
            self._activated(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def _activated(self, index: QModelIndex) -> None:
        facet = index.data(FacetRole)
        if index.data(MoreRole):
            self.show_all(str(facet))
            return
        value = index.data(ValueRole)
        if value is None:
            return
        if index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked:
            self.filterDropped.emit(facet, value)
        else:
            self.filterChosen.emit(facet, value)

    def all_values_dialog(self, facet: str) -> FacetValuesDialog:
        """The list of every value of ``facet`` with the chosen ones ticked (not yet shown)."""
        chosen = self._active.get(facet, [])
        counts = dict(self._counts.get(facet, {}))
        for value in chosen:
            counts.setdefault(value, 0)
        values = [
            (v, value_label(facet, v, self.names), n) for v, n in _sorted_values(facet, counts)
        ]
        values += [(v, value_label(facet, v, self.names), 0) for v in chosen if not counts.get(v)]
        return FacetValuesDialog(facet, values, chosen, self)

    def show_all(self, facet: str) -> None:
        """Let the reader choose among every value of ``facet``; apply what they chose."""
        dialog = self.all_values_dialog(facet)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def apply() -> None:
            self.valuesChosen.emit(facet, dialog.chosen())

        dialog.accepted.connect(apply)
        dialog.open()


class FacetValuesDialog(QDialog):
    """Every value of one facet, with counts, filterable by typing; ticked ones are chosen.

    Args:
        facet: The facet (``countries``, ``partners``...).
        values: (stored value, label, count) of every value, in the order to list them.
        chosen: The values already chosen.
        parent: The owning widget.
    """

    def __init__(
        self,
        facet: str,
        values: Iterable[tuple[str, str, int]],
        chosen: Iterable[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.facet = facet
        self.setWindowTitle(self.tr("Filter by {facet}").format(facet=facet_title(facet)))
        ticked = set(chosen)
        self.model = QStandardItemModel(self)
        for value, label, count in values:
            item = QStandardItem(
                self.tr("{value}  ({count})").format(value=label, count=number(count))
            )
            item.setData(value, ValueRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_field = QLineEdit()
        self.filter_field.setObjectName("facetValuesFilter")
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.setPlaceholderText(self.tr("Type to narrow the list"))
        self.filter_field.setAccessibleName(
            self.tr("Narrow the {facet} list").format(facet=facet_title(facet))
        )
        self.filter_field.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setObjectName("facetValues")
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Every {facet} value").format(facet=facet_title(facet)))
        self.count_label = QLabel()
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)
        self.model.itemChanged.connect(self._count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        clear = buttons.addButton(self.tr("Untick All"), QDialogButtonBox.ButtonRole.ResetRole)
        clear.clicked.connect(self._untick_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.resize(380, 480)
        self._count()
        self.filter_field.setFocus()

    def chosen(self) -> list[str]:
        """The ticked values, in the list's order."""
        return [
            str(self.model.item(row).data(ValueRole))
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _untick_all(self) -> None:
        for row in range(self.model.rowCount()):
            self.model.item(row).setCheckState(Qt.CheckState.Unchecked)

    def _count(self, *_args: object) -> None:
        self.count_label.setText(
            self.tr("%Ln values listed", "", self.proxy.rowCount())
            + " · "
            + self.tr("%Ln chosen", "", len(self.chosen()))
        )


class DateRangeBox(QWidget):
    """Two date fields ("From", "To"); either may be left at "any". The range applies a
    moment after the last change, so typing a date searches once."""

    rangeChanged = Signal(str)  # "FROM..TO" (ISO dates, either may be empty); "" for none

    NO_DATE = QDate(1900, 1, 1)
    """The fields' lowest date, shown as "any": no bound on that side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Date range"))
        self.start = self._date_field(self.tr("Stories dated on or after this day"))
        self.start.setObjectName("dateFrom")
        self.end = self._date_field(self.tr("Stories dated up to this day"))
        self.end.setObjectName("dateTo")
        self.start.setAccessibleName(self.tr("From date"))
        self.end.setAccessibleName(self.tr("To date"))
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearDates")
        self.clear_button.setIcon(icon("close"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Any date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date range"))
        self.clear_button.clicked.connect(lambda: self.set_range("", notify=True))
        form = QGridLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for row, (text, field) in enumerate(
            ((self.tr("&From:"), self.start), (self.tr("&To:"), self.end))
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addWidget(label, row, 0)
            form.addWidget(field, row, 1)
        # The clear button beside both fields, so the two line up.
        form.addWidget(self.clear_button, 0, 2, 2, 1)
        form.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        title = QLabel(facet_title(DATE_FILTER))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addLayout(form)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(DATE_EDIT_PAUSE_MS)
        self._pause.timeout.connect(self._emit)
        self._shown = ""
        self._quiet = False
        self.start.dateChanged.connect(self._edited)
        self.end.dateChanged.connect(self._edited)
        self._update_clear()

    def _date_field(self, tip: str) -> QDateEdit:
        field = QDateEdit()
        field.setCalendarPopup(True)
        field.setMinimumDate(self.NO_DATE)
        field.setSpecialValueText(self.tr("any"))
        field.setDate(self.NO_DATE)
        field.setToolTip(tip)
        return field

    def value(self) -> str:
        """The range chosen ("FROM..TO"), or "" for any date."""
        start, end = self.start.date(), self.end.date()
        left = "" if start == self.NO_DATE else start.toString(Qt.DateFormat.ISODate)
        right = "" if end == self.NO_DATE else end.toString(Qt.DateFormat.ISODate)
        return f"{left}..{right}" if left or right else ""

    def set_range(self, value: str, notify: bool = False) -> None:
        """Show ``value`` ("FROM..TO" or ""); with ``notify``, apply it at once.

        Without ``notify`` (results of a search arriving), a change the user is still
        making (the pause before it applies is running) is left as it is.
        """
        if not notify and self._pause.isActive():
            return
        bounds = date_range(value) if value else None
        self._quiet = True
        try:
            for field, bound in zip((self.start, self.end), bounds or ("", ""), strict=True):
                if len(bound) == 10:
                    field.setDate(QDate.fromString(bound, Qt.DateFormat.ISODate))
                elif len(bound) in (4, 7):  # a partial bound: its first or last day
                    year, month = int(bound[:4]), int(bound[5:7] or 0)
                    first = QDate(year, month or 1, 1)
                    if field is self.end:
                        first = first.addMonths(1).addDays(-1) if month else QDate(year, 12, 31)
                    field.setDate(first)
                else:
                    field.setDate(self.NO_DATE)
        finally:
            self._quiet = False
        self._shown = self.value()
        self._update_clear()
        if notify:
            self._pause.stop()
            self.rangeChanged.emit(self._shown)

    def _edited(self) -> None:
        self._update_clear()
        if not self._quiet:
            self._pause.start()

    def _emit(self) -> None:
        value = self.value()
        if value != self._shown:
            self._shown = value
            self.rangeChanged.emit(value)

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(bool(self.value()))


class FilterPanel(QWidget):
    """The left panel: the date range above the facets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.dates = DateRangeBox()
        self.facets = FacetPanel()
        self.facets.setObjectName("facetPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.dates)
        layout.addWidget(self.facets, 1)


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
        """Show a chip for each value of ``filters`` and "Clear all"; hide when none."""
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
        for facet in FILTERS:
            for value in filters.get(facet, []):
                text = self.tr("{facet}: {value}").format(
                    facet=facet_title(facet), value=value_label(facet, value, self.names)
                )
                chip = QToolButton(self)
                chip.setText(text.replace("&", "&&"))
                chip.setIcon(icon("close"))
                chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                chip.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                chip.setAutoRaise(False)
                chip.setToolTip(self.tr("Remove this filter"))
                chip.setAccessibleName(self.tr("Remove filter {filter}").format(filter=text))
                chip.setProperty("facet", facet)
                chip.setProperty("value", value)
                chip.clicked.connect(self._chip_clicked)
                self._layout.addWidget(chip)
                self.chips.append(chip)
        clear = QToolButton(self)
        clear.setObjectName("clearFilters")
        clear.setText(self.tr("Clear all"))
        clear.setAutoRaise(True)
        clear.setToolTip(self.tr("Remove every filter"))
        clear.setAccessibleName(self.tr("Clear all filters"))
        clear.clicked.connect(self.clearRequested.emit)
        self._layout.addWidget(clear)
        self._layout.addStretch(1)
        self.setVisible(True)

    def _chip_clicked(self) -> None:
        chip = self.sender()
        if isinstance(chip, QToolButton):
            self.filterRemoved.emit(str(chip.property("facet")), str(chip.property("value")))
