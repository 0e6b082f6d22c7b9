"""The fonts briefing packs are set in, registered with Qt once per process.

DejaVu Sans ships in ``resources/fonts/dejavu`` and is named explicitly, so Cyrillic,
Kazakh and Kyrgyz letters print the same on a machine without suitable fonts. Qt is imported
only when a font is registered, so the command line's other commands never load it.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

from storydesk.resources import resource

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)

_app: QGuiApplication | None = None


def ensure_gui_app() -> None:
    """Make sure a QGuiApplication exists (fonts and painting need one); headless if new."""
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        # Export never shows a window: render offscreen so it runs without a display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["storydesk"])


@cache
def pack_font_family() -> str:
    """Register the shipped fonts with Qt and return their family name ("DejaVu Sans").

    The desktop app calls this on its UI thread before a pack is made in the background.

    Raises:
        FileNotFoundError: The fonts are missing from StoryDesk's resources.
    """
    from PySide6.QtGui import QFontDatabase

    ensure_gui_app()
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "dejavu", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family:
            family = families[0]
    if not family:
        raise FileNotFoundError("StoryDesk's fonts are missing from resources/fonts/dejavu")
    return family


def prepare_pack_fonts() -> None:
    """Register the pack fonts with Qt now: the desktop app calls this on its UI thread
    before a pack is written or prepared in the background."""
    pack_font_family()
