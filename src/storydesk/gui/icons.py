"""Icons: the system theme's where it has one, else StoryDesk's own SVGs.

The SVGs in ``resources/icons`` are drawn with one stroke colour; it is swapped for a light
one on a dark palette, and each icon is rendered at several sizes so it stays sharp on
high-DPI screens.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from storydesk.resources import resource

log = logging.getLogger(__name__)

STROKE = "#5b6b7f"
STROKE_DARK = "#c6d0dc"
SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128)

THEME_NAMES = {
    "search": "edit-find",
    "import": "document-import",
    "print": "document-print",
    "copy": "edit-copy",
    "remove": "list-remove",
    "up": "go-up",
    "down": "go-down",
    "close": "window-close",
    "help": "help-contents",
}


BUILT_IN = {
    # the search help: a question mark in a circle, drawn like the icons in resources/icons
    "help": (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" '
        'fill="none" stroke="#5b6b7f" stroke-width="2" stroke-linecap="round" '
        'stroke-linejoin="round"><circle cx="12" cy="12" r="9"/>'
        '<path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.6"/>'
        '<path d="M12 17.2v.1"/></svg>'
    ),
}
"""Icons drawn here rather than shipped as files in ``resources/icons``."""


def _dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (e.g. ``"search"``); an empty icon if it cannot be found."""
    theme = THEME_NAMES.get(name)
    if theme and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    try:
        svg = BUILT_IN.get(name) or resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    except (OSError, FileNotFoundError) as exc:
        log.warning("icon %s is missing: %s", name, exc)
        return QIcon()
    if name != "storydesk" and _dark():
        svg = svg.replace(STROKE, STROKE_DARK)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result
