"""Paints one story in the results list or grid: thumbnail, title, date, place, partners.

One delegate paints every row (no widget per story); rows not yet fetched paint a quiet
placeholder and are repainted when their page arrives. In the grid, a story without a
photo is drawn as a card (:func:`paint_card`): its title large, date, places and partners,
tinted with the first partner's colour and its initials in a circle, so that a catalogue
of text-only stories reads as a grid of stories rather than of grey boxes.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
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
        if self.grid and row is not None and not _has_picture(image):
            # no picture: the whole tile is a card (title, date, place, partners), so a
            # text-only catalogue is not a wall of grey boxes
            paint_card(painter, rect, row, opt, text_color, self.names)
            painter.restore()
            return
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


_SMALL_WORDS = frozenset(
    {"of", "for", "the", "and", "de", "du", "des", "la", "le", "in", "on", "at", "to", "a"}
    | {"an", "и", "по", "для", "в", "на"}
)


def partner_color(name: str) -> QColor:
    """A colour for a partner, the same on every machine and in every run.

    The hue comes from a CRC-32 of the canonical name (Python's ``hash`` of a string changes
    from run to run); saturation and lightness are fixed so that white initials on it stay
    readable and no partner's colour shouts louder than another's.
    """
    hue = zlib.crc32(name.encode("utf-8")) % 360
    return QColor.fromHsl(hue, 150, 96)


def partner_initials(name: str) -> str:
    """Up to four letters standing for a partner: ``UNDP`` → "UNDP", ``World Bank`` → "WB".

    An acronym keeps up to four letters, a one-word name its first two, a longer name the
    first letters of its first three words that are not "of", "for", "и"...
    """
    words = [w for w in re.split(r"[\s\-–—/·.,()]+", name) if w]
    if not words:
        return ""
    if len(words) == 1:
        word = words[0]
        letters = [c for c in word if c.isalnum()]
        if sum(c.isupper() for c in letters) >= 2:
            return "".join(letters[:4]).upper()
        return "".join(letters[:2]).upper() if len(letters) > 1 else "".join(letters).upper()
    significant = [w for w in words if w.casefold() not in _SMALL_WORDS] or words
    return "".join(w[0] for w in significant[:3] if w[0].isalnum()).upper()


def _has_picture(image: object) -> bool:
    return isinstance(image, QImage) and not image.isNull()


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _mix(base: QColor, tint: QColor, amount: float) -> QColor:
    """``base`` moved ``amount`` (0..1) of the way towards ``tint``."""
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def card_colors(row: StorySummary, palette: QPalette) -> tuple[QColor, QColor]:
    """The card's accent (band and circle) and its background, for this palette.

    The accent is the first partner's colour (a neutral one with no partner); the
    background is the window's base colour faintly tinted with it, a little more on a dark
    palette, where a faint tint would not show.
    """
    base = palette.color(QPalette.ColorRole.Base)
    if row.partners:
        accent = partner_color(row.partners[0])
    else:
        accent = palette.color(QPalette.ColorRole.Mid)
    background = _mix(base, accent, 0.26 if _is_dark(palette) else 0.12)
    return accent, background


def paint_card(
    painter: QPainter,
    rect: QRect,
    row: StorySummary,
    opt: QStyleOptionViewItem,
    text_color: QColor,
    names: DisplayNames | None = None,
) -> None:
    """A story with no picture, drawn as a card filling its grid tile.

    A rounded card faintly tinted with the first partner's colour: a coloured rule along
    its top, the partner's initials in a circle of that colour beside the partner's name,
    the title in bold over as many lines as fit (the last one elided), and at the foot the
    date, the places and the other partners. Everything is drawn with vectors, fonts and
    the palette's text colours, so it is sharp on a high-DPI screen and readable on a light
    or a dark palette.
    """
    accent, background = card_colors(row, opt.palette)
    selected = bool(opt.state & QStyle.StateFlag.State_Selected)
    muted = text_color if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText)
    fm = QFontMetrics(opt.font)
    line = fm.height()
    pad = max(6, line // 2)
    width = rect.width() - 2 * pad
    x = rect.left() + pad

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    card = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
    radius = 6.0
    outline = QPainterPath()
    outline.addRoundedRect(card, radius, radius)
    if not selected:  # a selected tile keeps the view's highlight behind it
        painter.fillPath(outline, background)
    painter.save()
    painter.setClipPath(outline)
    painter.fillRect(QRectF(card.left(), card.top(), card.width(), 4.0), accent)
    painter.restore()
    painter.setPen(QPen(_mix(background, accent, 0.5), 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(outline)

    # the first partner: initials in a circle of its colour, then its name
    top = rect.top() + 4 + pad * 0.75
    if row.partners:
        shown = names.partner(row.partners[0]) if names else row.partners[0]
        initials = partner_initials(row.partners[0])
        diameter = float(line + 10)
        circle = QRectF(x, top, diameter, diameter)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawEllipse(circle)
        small = QFont(opt.font)
        small.setBold(True)
        size = opt.font.pointSizeF() if opt.font.pointSizeF() > 0 else 9.0
        small.setPointSizeF(size * 0.8)
        while QFontMetrics(small).horizontalAdvance(initials) > diameter - 4 and size > 4:
            size *= 0.9
            small.setPointSizeF(size * 0.8)
        painter.setFont(small)
        painter.setPen(QColor("white") if accent.lightness() < 150 else QColor("black"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials)
        painter.setFont(opt.font)
        painter.setPen(muted)
        left = circle.right() + pad / 2
        name_rect = QRectF(left, top, rect.right() - pad - left, diameter)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(shown, Qt.TextElideMode.ElideRight, int(name_rect.width())),
        )
        top = circle.bottom() + pad / 2
    else:
        top += pad / 2

    # the foot, from the bottom up: other partners, places, date
    others = [names.partner(p) if names else p for p in row.partners[1:]]
    foot = [
        date_text(row.date),
        place_line(row, names),
        " · ".join(others[:3]) + ("…" if len(others) > 3 else ""),
    ]
    foot = [text for text in foot if text]
    title_font = QFont(opt.font)
    title_font.setBold(True)
    if opt.font.pointSizeF() > 0:
        title_font.setPointSizeF(opt.font.pointSizeF() * 1.1)
    fm_title = QFontMetrics(title_font)
    # the title keeps at least two lines; the foot gives way from its last line up
    while foot and rect.bottom() - pad - len(foot) * line - top < 2 * fm_title.height():
        foot.pop()
    foot_top = rect.bottom() - pad - len(foot) * line
    room = max(1, int((foot_top - pad / 2 - top) // fm_title.height()))
    painter.setFont(title_font)
    painter.setPen(text_color)
    y = top
    for text in _wrap_elided(row.title, fm_title, width, min(room, 6)):
        painter.drawText(
            QRectF(x, y, width, fm_title.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        y += fm_title.height()
    painter.setFont(opt.font)
    painter.setPen(muted)
    y = foot_top
    for text in foot:
        painter.drawText(
            QRectF(x, y, width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(text, Qt.TextElideMode.ElideRight, width),
        )
        y += line
    painter.restore()


def _wrap_elided(text: str, fm: QFontMetrics, width: int, lines: int) -> list[str]:
    """Like :func:`_wrap`, with every line held to ``width`` (a long word is elided too)."""
    # wrapped a little narrower than drawn: elidedText measures a whole line slightly wider
    # than the sum of its words, and would cut a line that just fits
    return [
        fm.elidedText(part, Qt.TextElideMode.ElideRight, width)
        for part in _wrap(text, fm, width - 3, lines)
    ]


def _wrap(text: str, fm: QFontMetrics, width: int, lines: int) -> list[str]:
    """``text`` broken into at most ``lines`` lines, the last one elided."""
    if lines <= 0:
        return []
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
