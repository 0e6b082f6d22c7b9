"""Search help: a short page on the query language, in the interface language.

The pages are ``resources/help/search.<lang>.html`` (English when the interface language
has none): self-contained HTML, shown in a :class:`QTextBrowser` that loads nothing from
outside the page and opens no links.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


def help_page(topic: str, language: str) -> Path | None:
    """The help page ``topic`` in ``language``, else in English; ``None`` if neither exists."""
    from storydesk.resources import resource

    for code in dict.fromkeys((language, "en")):
        try:
            path = resource("help", f"{topic}.{code}.html")
        except FileNotFoundError:
            return None
        if path.is_file():
            return path
    return None


class _HelpBrowser(QTextBrowser):
    """A QTextBrowser that fetches nothing: the page carries everything it shows."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


class SearchHelpDialog(QDialog):
    """How to search: words, phrases, OR, exclusion, filters, scripts; with examples."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchHelpDialog")
        self.setWindowTitle(self.tr("Search Help"))
        self.browser = _HelpBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("How to search"))
        self.page = help_page("search", language)
        text = ""
        if self.page is not None:
            try:
                text = self.page.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                log.warning("the search help %s could not be read: %s", self.page, exc)
        if text:
            self.browser.setHtml(text)
        else:
            self.browser.setPlainText(self.tr("The search help is not installed."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 680)
