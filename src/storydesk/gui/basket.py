"""The briefing basket dock: stories gathered for a briefing pack, in order.

Stories arrive from the results (button, Ctrl+B, drag and drop) or the reading pane; the
list can be reordered (drag, or Alt+Up/Alt+Down) and pruned (Delete). It is kept in
``basket.json`` in the data folder, so it survives restarts. "Export…" and "Print…" ask the
main window for a briefing pack of the basket (see :mod:`storydesk.gui.packs`); "Save as
Collection…" asks it to keep the basket, in its order, as a named collection (see
:mod:`storydesk.gui.collections`); "Export Bundle…" asks it for a story bundle of the basket
(see :mod:`storydesk.gui.bundle_export`). Each entry shows its place in the order and its
title wrapped over up to three lines at the panel's width (:class:`BasketTitleDelegate`),
elided beyond with the whole title in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storydesk.gui.icons import icon
from storydesk.gui.models import BasketModel, IdRole

TITLE_LINES = 3
"""Lines a title may take in the basket; a longer one is elided (the tooltip has it all)."""

MIN_WIDTH = 220
"""The basket's narrowest width, in device-independent pixels: room for the buttons."""

_Index = QModelIndex | QPersistentModelIndex


def title_lines(text: str, font: QFont, width: int, lines: int = TITLE_LINES) -> list[str]:
    """``text`` wrapped at word boundaries (anywhere inside a word longer than ``width``)
    into at most ``lines`` lines, the last one elided when the title goes on."""
    text = " ".join(text.split())
    if not text or width <= 0:
        return [text] if text else []
    fm = QFontMetrics(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    out: list[str] = []
    layout.beginLayout()
    try:
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            if len(out) == lines - 1:
                out.append(fm.elidedText(text[start:], Qt.TextElideMode.ElideRight, width))
                break
            out.append(text[start : start + length].rstrip())
    finally:
        layout.endLayout()
    return out


class BasketTitleDelegate(QStyledItemDelegate):
    """Paints a basket entry as its place in the order and its title over up to three lines.

    Rows take the height their title needs at the view's current width, so a long title is
    read whole instead of cut off at the panel's edge; beyond :data:`TITLE_LINES` it is
    elided and the tooltip (the model's) holds it in full.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = self._view.viewport().width() if self._view else option.rect.width()
        return max(40, width - self._number_width(option) - 16)

    def _number_width(self, option: QStyleOptionViewItem) -> int:
        digits = len(str(max(1, self._view.model().rowCount() if self._view.model() else 1)))
        return QFontMetrics(option.font).horizontalAdvance("8" * digits + ".") + 6

    def _lines(self, option: QStyleOptionViewItem, index: _Index) -> list[str]:
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return title_lines(title, option.font, self._text_width(option))

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        lines = max(1, len(self._lines(opt, index)))
        height = QFontMetrics(opt.font).lineSpacing() * lines + 8
        return QSize(self._text_width(opt), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        lines = self._lines(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        fm = QFontMetrics(opt.font)
        painter.save()
        painter.setFont(opt.font)
        rect = opt.rect.adjusted(4, 4, -4, -4)
        number_width = self._number_width(opt)
        painter.setPen(opt.palette.color(role if selected else QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(rect.left(), rect.top(), number_width - 6, fm.lineSpacing()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("{number}.").format(number=index.row() + 1),
        )
        painter.setPen(opt.palette.color(role))
        y = float(rect.top())
        for line in lines:
            painter.drawText(QPointF(rect.left() + number_width, y + fm.ascent()), line)
            y += fm.lineSpacing()
        painter.restore()


class BasketDock(QDockWidget):
    """A dock listing the basket; activating a story opens it."""

    storyActivated = Signal(str)
    exportRequested = Signal()
    printRequested = Signal()
    saveCollectionRequested = Signal()
    bundleRequested = Signal()

    def __init__(self, model: BasketModel, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Briefing Basket"), parent)
        self.setObjectName("basketDock")
        self.model = model
        self.view = QListView()
        self.view.setModel(model)
        self.view.setAccessibleName(self.tr("Briefing basket"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setAcceptDrops(True)
        self.view.activated.connect(self._activated)
        # long titles wrap to the panel's width (up to three lines) rather than run off it
        self.view.setItemDelegate(BasketTitleDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setMinimumWidth(MIN_WIDTH)

        self.count = QLabel()
        up = self._button("up", self.tr("Move Up"), self.move_up)
        down = self._button("down", self.tr("Move Down"), self.move_down)
        remove = self._button("remove", self.tr("Remove from Basket"), self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.count, 1)
        for button in (up, down, remove):
            buttons.addWidget(button)

        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export the basket as a briefing pack (Ctrl+E)"))
        self.export_button.setAccessibleName(self.tr("Export the basket as a briefing pack"))
        self.export_button.clicked.connect(self.exportRequested)
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Preview and print the basket as a briefing pack"))
        self.print_button.setAccessibleName(self.tr("Print the basket as a briefing pack"))
        self.print_button.clicked.connect(self.printRequested)
        self.save_button = QPushButton(self.tr("Save as Collection…"))
        self.save_button.setObjectName("saveBasketAsCollection")
        self.save_button.setToolTip(self.tr("Keep the basket, in its order, as a named collection"))
        self.save_button.setAccessibleName(self.tr("Save the basket as a collection"))
        self.save_button.clicked.connect(self.saveCollectionRequested)
        self.bundle_button = QPushButton(self.tr("Export Bundle…"))
        self.bundle_button.setObjectName("exportBasketBundle")
        self.bundle_button.setToolTip(
            self.tr("Export the basket as a story bundle for another StoryDesk (Ctrl+Shift+E)")
        )
        self.bundle_button.setAccessibleName(self.tr("Export the basket as a story bundle"))
        self.bundle_button.clicked.connect(self.bundleRequested)
        pack_buttons = QHBoxLayout()
        pack_buttons.setContentsMargins(0, 0, 0, 0)
        pack_buttons.addWidget(self.export_button)
        pack_buttons.addWidget(self.print_button)
        pack_buttons.addStretch(1)
        save_buttons = QHBoxLayout()
        save_buttons.setContentsMargins(0, 0, 0, 0)
        save_buttons.addWidget(self.save_button)
        save_buttons.addWidget(self.bundle_button)
        save_buttons.addStretch(1)

        for text, shortcut, slot in (
            (
                self.tr("Remove from Basket"),
                QKeySequence(QKeySequence.StandardKey.Delete),
                self.remove_selected,
            ),
            (self.tr("Move Up"), QKeySequence("Alt+Up"), self.move_up),
            (self.tr("Move Down"), QKeySequence("Alt+Down"), self.move_down),
        ):
            action = QAction(text, self.view)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addLayout(pack_buttons)
        layout.addLayout(save_buttons)
        self.setWidget(body)
        model.changed.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)
        model.modelReset.connect(self._update_count)
        self._update_count()

    def _button(self, name: str, text: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def _update_count(self, *_args: object) -> None:
        n = self.model.rowCount()
        self.count.setText(
            self.tr("Empty: add stories with Ctrl+B") if n == 0 else self.tr("%Ln stories", "", n)
        )
        self.export_button.setEnabled(n > 0)
        self.print_button.setEnabled(n > 0)
        self.save_button.setEnabled(n > 0)
        self.bundle_button.setEnabled(n > 0)

    def _rows(self) -> list[int]:
        return sorted(i.row() for i in self.view.selectionModel().selectedRows())

    def _activated(self, index: QModelIndex) -> None:
        story_id = index.data(IdRole)
        if story_id:
            self.storyActivated.emit(story_id)

    def remove_selected(self) -> None:
        rows = self._rows()
        if rows:
            self.model.remove_rows(rows)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, delta: int) -> None:
        rows = self._rows()
        if len(rows) != 1:
            return
        new_row = self.model.move(rows[0], delta)
        self.view.setCurrentIndex(self.model.index(new_row))
