"""Help › User's Guide: the guide's pages, in the interface language, inside the app.

The guide is Markdown in the guide folder (:func:`storydesk.resources.guide_dir`: the
checkout's ``docs/guide``, ``resources/guide`` in a wheel or a frozen app), one page per
topic in ``en/`` and ``ru/``, screenshots in ``images/<lang>/``. Readers of a Russian,
Kazakh or Kyrgyz interface get the Russian pages (the guide has no Kazakh or Kyrgyz pages
yet, and Russian is the language those readers most likely read besides their own); every
other reader gets English. A page missing in Russian is shown in English.

Pages are rendered with markdown-it-py, raw HTML off, and shown in a :class:`QTextBrowser`
that loads nothing but images inside the guide folder. Links between guide pages are
followed inside the window (with Back and Forward); an address on the web is shown as text
and never opened, and a picture from the web is shown as its description, never fetched.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt
from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QImage, QImageReader, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QWidget,
)

log = logging.getLogger(__name__)

PAGES = (
    "index",
    "getting-started",
    "importing",
    "searching",
    "briefing-packs",
    "bundles",
    "backup-and-recovery",
)
"""The guide's pages, in the order of its contents."""

GUIDE_LANGUAGES = {"en": "en", "ru": "ru", "kk": "ru", "ky": "ru"}
"""The guide's language for each interface language (English for any other)."""

STYLE = """
body { line-height: 140%; }
h1 { font-size: x-large; }
h2 { font-size: large; margin-top: 16px; }
h3 { font-size: medium; }
code { font-family: monospace; background-color: #eef1f5; }
pre { font-family: monospace; background-color: #eef1f5; padding: 6px; }
td, th { padding: 3px 8px 3px 0; vertical-align: top; }
blockquote { background-color: #f2f4f7; margin: 8px 0; padding: 4px 10px; }
"""


def guide_language(interface_language: str) -> str:
    """The language the guide is shown in for an interface language: ``ru`` or ``en``."""
    return GUIDE_LANGUAGES.get(interface_language, "en")


def guide_page(name: str, language: str, folder: Path | None = None) -> Path | None:
    """The page ``name`` in ``language`` (``ru`` or ``en``), else in English; ``None`` if neither.

    Args:
        name: The page's name without ``.md`` (one of :data:`PAGES`).
        language: The guide's language (see :func:`guide_language`).
        folder: The guide folder; :func:`storydesk.resources.guide_dir` when not given.
    """
    if folder is None:
        folder = _guide_folder()
        if folder is None:
            return None
    for code in dict.fromkeys((language, "en")):
        path = folder / code / f"{name}.md"
        if path.is_file():
            return path
    return None


def _guide_folder() -> Path | None:
    from storydesk.resources import guide_dir

    try:
        return guide_dir()
    except FileNotFoundError:
        return None


def is_external(target: str) -> bool:
    """Whether a link or picture address points outside the guide (any URL scheme)."""
    parts = urlsplit(target)
    # "C:/..." parses with the scheme "c": a drive letter, still not a guide page
    return bool(parts.scheme or parts.netloc or target.startswith("//"))


def inside(folder: Path, path: Path) -> bool:
    """Whether ``path`` (resolved) lies inside ``folder`` (resolved)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except (OSError, ValueError):
        return False
    return True


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.enable("strikethrough")

    def link_open(renderer: Any, tokens: Sequence[Any], idx: int, options: Any, env: Any) -> str:
        href = tokens[idx].attrGet("href") or ""
        stack: list[str] = env.setdefault("links", [])
        if is_external(href):
            stack.append(href)  # shown as text after the label, never a link
            return ""
        stack.append("")
        return f'<a href="{html.escape(href)}">'

    def link_close(renderer: Any, tokens: Sequence[Any], idx: int, options: Any, env: Any) -> str:
        stack: list[str] = env.setdefault("links", [])
        href = stack.pop() if stack else ""
        if href:
            return f" (<code>{html.escape(href)}</code>)"
        return "</a>"

    def image(renderer: Any, tokens: Sequence[Any], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        alt = "".join(child.content for child in token.children or [])
        src = token.attrGet("src") or ""
        page: Path | None = env.get("page")
        folder: Path | None = env.get("folder")
        if page is None or folder is None or is_external(src):
            return f"<i>[{html.escape(alt)}]</i>" if alt else ""
        path = (page.parent / unquote(src)).resolve()
        if not inside(folder, path) or not path.is_file():
            return f"<i>[{html.escape(alt)}]</i>" if alt else ""
        size = QImageReader(str(path)).size()
        width = size.width()
        widest = int(env.get("width") or 0)
        if widest > 0 and width > widest:
            width = widest
        sized = f' width="{width}"' if width > 0 else ""
        url = QUrl.fromLocalFile(str(path)).toString()
        return f'<img src="{html.escape(url)}" alt="{html.escape(alt)}"{sized}>'

    md.add_render_rule("link_open", link_open)
    md.add_render_rule("link_close", link_close)
    md.add_render_rule("image", image)
    return md


_MD = _markdown()


def render_page(text: str, page: Path, folder: Path, width: int = 0) -> str:
    """A guide page's Markdown as HTML for the guide window.

    Args:
        text: The page's Markdown.
        page: Where the page lies (relative links and pictures are resolved from it).
        folder: The guide folder; pictures outside it are shown as their description.
        width: The widest a picture may be shown, in pixels (0: its own width).

    Returns:
        The page as HTML: raw HTML in the Markdown escaped, pictures as local file URLs,
        links to other pages kept relative, web addresses as text.
    """
    env: dict[str, Any] = {"page": page, "folder": folder, "width": width, "links": []}
    return _MD.render(text, env)


def page_title(path: Path) -> str:
    """The first heading of a guide page, else its file name."""
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    except (OSError, UnicodeDecodeError):
        pass
    return path.stem


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that loads only pictures inside the guide folder, nothing else."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.refused: list[str] = []
        """Addresses the page asked for and was not given (tests read it)."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = name if isinstance(name, QUrl) else QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource.value and url.isLocalFile():
            path = Path(url.toLocalFile())
            if inside(self.folder, path) and path.is_file():
                image = QImage(str(path))
                if not image.isNull():
                    return image
        self.refused.append(url.toString())
        return None


class GuideWindow(QMainWindow):
    """The user's guide: contents on the left, the page on the right, Back, Forward, Find."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("StoryDesk User's Guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.language = guide_language(language)
        """The guide's language: ``ru`` or ``en``."""
        self.folder = _guide_folder()
        self.page: Path | None = None
        """The page shown now."""
        self._history: list[Path] = []
        self._at = -1

        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setWordWrap(True)
        self.browser = GuideBrowser(self.folder or Path("."), self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.highlighted.connect(self._hovered)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 730])
        self.setCentralWidget(splitter)

        bar = QToolBar(self.tr("Navigation"))
        bar.setObjectName("guideToolBar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.act_back = QAction(self.tr("Back"), self)
        self.act_back.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.act_back.triggered.connect(self.back)
        self.act_forward = QAction(self.tr("Forward"), self)
        self.act_forward.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.act_forward.triggered.connect(self.forward)
        self.act_home = QAction(self.tr("Contents"), self)
        self.act_home.triggered.connect(lambda: self.show_page("index"))
        for action in (self.act_back, self.act_forward, self.act_home):
            bar.addAction(action)
        bar.addSeparator()
        self.find_field = QLineEdit()
        self.find_field.setObjectName("guideFind")
        self.find_field.setPlaceholderText(self.tr("Find in page"))
        self.find_field.setAccessibleName(self.tr("Find in page"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setMaximumWidth(260)
        self.find_field.returnPressed.connect(self.find_next)
        bar.addWidget(self.find_field)
        self.act_find = QAction(self.tr("Find"), self)
        self.act_find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.act_find.triggered.connect(self._focus_find)
        self.addAction(self.act_find)
        self.act_find_next = QAction(self.tr("Find Next"), self)
        self.act_find_next.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.act_find_next.triggered.connect(self.find_next)
        self.addAction(self.act_find_next)
        self.act_close = QAction(self.tr("Close"), self)
        self.act_close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.act_close.triggered.connect(self.close)
        self.addAction(self.act_close)
        self.status = QLabel()
        self.status.setObjectName("guideStatus")
        self.statusBar().addWidget(self.status, 1)

        self._fill_contents()
        self.contents.currentRowChanged.connect(self._contents_chosen)
        self._rerender = QTimer(self)
        self._rerender.setSingleShot(True)
        self._rerender.setInterval(150)
        self._rerender.timeout.connect(self._render_again)
        self.resize(QSize(1000, 720))
        self.show_page("index")

    # -- pages --------------------------------------------------------------------------

    def _fill_contents(self) -> None:
        self.contents.clear()
        if self.folder is None:
            return
        for name in PAGES:
            path = guide_page(name, self.language, self.folder)
            if path is None:
                continue
            item = QListWidgetItem(page_title(path))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.contents.addItem(item)

    def show_page(self, name: str) -> bool:
        """Show the page ``name`` (one of :data:`PAGES`) and add it to the history."""
        if self.folder is None:
            self.browser.setPlainText(self.tr("The user's guide is not installed."))
            return False
        path = guide_page(name, self.language, self.folder)
        if path is None:
            self.status.setText(self.tr("This guide has no page “{name}”.").format(name=name))
            return False
        return self.open_path(path)

    def open_path(self, path: Path, fragment: str = "") -> bool:
        """Show the guide page at ``path`` (inside the guide folder) and add it to the history."""
        if self.folder is None or not inside(self.folder, path) or not path.is_file():
            return False
        path = path.resolve()
        if self.page != path:
            del self._history[self._at + 1 :]
            self._history.append(path)
            self._at = len(self._history) - 1
            self._show(path)
        if fragment:
            self.browser.scrollToAnchor(fragment)
        return True

    def _show(self, path: Path) -> None:
        assert self.folder is not None
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("the guide page %s could not be read: %s", path, exc)
            text = ""
        self.page = path
        if text:
            self.browser.setHtml(render_page(text, path, self.folder, self._picture_width()))
        else:
            self.browser.setPlainText(self.tr("This page of the guide could not be read."))
        self.status.clear()
        self.act_back.setEnabled(self._at > 0)
        self.act_forward.setEnabled(self._at < len(self._history) - 1)
        self.contents.blockSignals(True)
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == path.stem:
                self.contents.setCurrentRow(row)
                break
        self.contents.blockSignals(False)

    def _picture_width(self) -> int:
        return max(320, self.browser.viewport().width() - 24)

    def _render_again(self) -> None:
        if self.page is None:
            return
        bar = self.browser.verticalScrollBar()
        share = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._show(self.page)
        bar.setValue(round(share * bar.maximum()))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._rerender.start()

    def _contents_chosen(self, row: int) -> None:
        item = self.contents.item(row)
        if item is not None:
            self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def back(self) -> None:
        """The page shown before this one."""
        if self._at > 0:
            self._at -= 1
            self._show(self._history[self._at])

    def forward(self) -> None:
        """The page shown after this one, before Back."""
        if self._at < len(self._history) - 1:
            self._at += 1
            self._show(self._history[self._at])

    # -- links --------------------------------------------------------------------------

    def follow(self, url: QUrl) -> bool:
        """A click on a link: another guide page is shown here; nothing else is opened.

        Returns:
            Whether the link was followed.
        """
        target = url.toString()
        if target.startswith("#"):
            self.browser.scrollToAnchor(target[1:])
            return True
        if is_external(target) or self.page is None:
            self.status.setText(
                self.tr("Links outside the guide are not opened: {address}").format(address=target)
            )
            return False
        parts = urlsplit(target)
        path = (self.page.parent / unquote(parts.path)).resolve()
        if path.suffix == ".md" and self.folder is not None and inside(self.folder, path):
            if not path.is_file():
                # a Russian page not written yet: the English one
                fallback = guide_page(path.stem, "en", self.folder)
                if fallback is not None:
                    path = fallback
            if self.open_path(path, parts.fragment):
                return True
        self.status.setText(self.tr("Not a page of this guide: {address}").format(address=target))
        return False

    def _hovered(self, url: QUrl) -> None:
        if url.toString():
            self.statusBar().showMessage(url.toString(), 4000)

    # -- find ---------------------------------------------------------------------------

    def _focus_find(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def find_next(self) -> bool:
        """Find the text of the find field after the cursor, from the top when at the end."""
        text = self.find_field.text()
        if not text:
            return False
        if self.browser.find(text):
            self.status.clear()
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if self.browser.find(text):
            self.status.clear()
            return True
        self.status.setText(self.tr("“{text}” is not on this page.").format(text=text))
        return False
