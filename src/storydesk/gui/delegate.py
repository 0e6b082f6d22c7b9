"""Paints one story in the results list or grid: thumbnail, title, date, place, partners.

One delegate paints every row (no widget per story); rows not yet fetched paint a quiet
placeholder and are repainted when their page arrives.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from storydesk.gui.i18n import date_text
from storydesk.gui.models import SnippetRole, SummaryRole, ThumbnailRole
from storydesk.library import DisplayNames, StorySummary

_BOLD = re.compile(r"\*\*(.+?)\*\*")

LIST_THUMB = 72
GRID_THUMB = 150
GRID_WIDTH = 200


def plain_snippet(snippet: str) -> str:
    """A search snippet without its ``**match**`` marks, on one line."""
    return " ".join(_BOLD.sub(r"\1", snippet or "").split())


def place_line(row: StorySummary, names: DisplayNames | None = None) -> str:
    """Up to three of the story's places (its countries when it names no place).

    With ``names``, in the reader's language.
    """
    if row.places:
        places = [names.place(p) if names else p for p in row.places]
    else:
        places = [names.country(c) if names else c for c in row.countries]
    return ", ".join(places[:3]) + ("…" if len(places) > 3 else "")


def partner_line(row: StorySummary, names: DisplayNames | None = None) -> str:
    """Up to four of the story's partners (with ``names``, in the reader's language)."""
    partners = [names.partner(p) if names else p for p in row.partners]
    return " · ".join(partners[:4]) + ("…" if len(partners) > 4 else "")


class StoryDelegate(QStyledItemDelegate):
    """Draws a story row; ``grid`` switches to the tile layout.

    Args:
        parent: The view.
        names: Partner, place and country names in the reader's language.
    """

    def __init__(self, parent: Any = None, names: DisplayNames | None = None) -> None:
        super().__init__(parent)
        self.grid = False
        self.names = names

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        fm = QFontMetrics(option.font)
        line = fm.height()
        if self.grid:
            return QSize(GRID_WIDTH, GRID_THUMB + 8 + line * 4 + 12)
        return QSize(200, max(LIST_THUMB + 12, line * 4 + 16))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        opt.text = ""
        opt.icon = type(opt.icon)()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        row = index.data(SummaryRole)
        image = index.data(ThumbnailRole)
        snippet = plain_snippet(index.data(SnippetRole) or "")
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(group, text_role)
        muted = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        if selected:
            muted = text_color

        painter.save()
        rect = opt.rect.adjusted(6, 6, -6, -6)
        thumb_size = GRID_THUMB if self.grid else LIST_THUMB
        if self.grid:
            thumb_rect = QRect(rect.left(), rect.top(), rect.width(), thumb_size)
            text_rect = QRect(
                rect.left(),
                thumb_rect.bottom() + 6,
                rect.width(),
                rect.bottom() - thumb_rect.bottom() - 6,
            )
        elif isinstance(image, QImage):
            thumb_rect = QRect(rect.left(), rect.top(), thumb_size, thumb_size)
            text_rect = rect.adjusted(thumb_size + 10, 0, 0, 0)
        else:
            # no picture: the text takes the whole row rather than sit beside an empty box
            thumb_rect = QRect()
            text_rect = rect.adjusted(2, 0, 0, 0)
        if thumb_rect.isValid():
            self._paint_thumb(painter, thumb_rect, image, opt)

        title_font = QFont(opt.font)
        title_font.setBold(True)
        fm_title = QFontMetrics(title_font)
        fm = QFontMetrics(opt.font)
        y = text_rect.top()
        title = row.title if row else index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.setFont(title_font)
        painter.setPen(text_color)
        title_lines = 2 if self.grid else 1
        for line in _wrap(title, fm_title, text_rect.width(), title_lines):
            painter.drawText(
                QRect(text_rect.left(), y, text_rect.width(), fm_title.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            y += fm_title.height()
        painter.setFont(opt.font)
        if row:
            lines = []
            date = date_text(row.date)
            first = " · ".join(x for x in (date, place_line(row, self.names)) if x)
            if first:
                lines.append((first, muted))
            partners = partner_line(row, self.names)
            if partners:
                lines.append((partners, muted))
            if snippet and not self.grid:
                lines.append((snippet, text_color))
            for text, color in lines:
                if y + fm.height() > text_rect.bottom() + 2:
                    break
                painter.setPen(color)
                elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
                painter.drawText(
                    QRect(text_rect.left(), y, text_rect.width(), fm.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    elided,
                )
                y += fm.height()
        painter.restore()

    @staticmethod
    def _paint_thumb(
        painter: QPainter, rect: QRect, image: QImage | None, opt: QStyleOptionViewItem
    ) -> None:
        if isinstance(image, QImage) and not image.isNull():
            scaled = image.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(rect.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, image)
        else:
            color = opt.palette.color(QPalette.ColorRole.Mid)
            color.setAlpha(60)
            painter.fillRect(rect, color)


def _wrap(text: str, fm: QFontMetrics, width: int, lines: int) -> list[str]:
    """``text`` broken into at most ``lines`` lines, the last one elided."""
    words = text.split()
    out: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if fm.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        if len(out) == lines - 1:
            rest = " ".join([current, *words[i:]])
            out.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return out
        out.append(current)
        current = word
    if current:
        out.append(fm.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return out[:lines]
