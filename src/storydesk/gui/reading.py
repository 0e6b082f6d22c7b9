"""The reading pane: one story as a page, and the large image viewer.

The page is built by :mod:`storydesk.gui.storyhtml` from a story fetched on a worker
thread, with the goals its text suggests (each with Confirm). Links are never opened:
StoryDesk's own links filter the results, open another story or confirm a goal; a web link
is offered for copying. The pane also holds the edit form (:mod:`storydesk.gui.editing`),
shown in place of the page while a story is edited.
"""

from __future__ import annotations

import html as _html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCursor,
    QGuiApplication,
    QImageReader,
    QKeySequence,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storydesk.gui.i18n import interface_language, number
from storydesk.gui.icons import icon
from storydesk.gui.storyhtml import Palette, parse_link, story_html
from storydesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from storydesk.library import (
        DisplayNames,
        Library,
        PageImage,
        SdgSuggestion,
        Story,
        StoryPage,
    )

log = logging.getLogger(__name__)

FACET_OF_SCHEME = {
    "sd-partner": "partners",
    "sd-place": "places",
    "sd-country": "countries",
    "sd-sdg": "sdgs",
}


def page_palette(widget: QWidget) -> Palette:
    pal = widget.palette()
    return Palette(
        text=pal.color(QPalette.ColorRole.Text).name(),
        muted=pal.color(QPalette.ColorRole.PlaceholderText).name(),
        link=pal.color(QPalette.ColorRole.Link).name(),
        panel=pal.color(QPalette.ColorRole.AlternateBase).name(),
        border=pal.color(QPalette.ColorRole.Mid).name(),
    )


@dataclass(frozen=True)
class ShownStory:
    """A story as the pane shows it: its page, the pixel width of each picture, and the
    goals its text suggests (``SdgSuggestion`` records)."""

    page: StoryPage
    widths: tuple[int | None, ...]
    suggestions: tuple[SdgSuggestion, ...] = ()


def load_story(library: Library, story_id: str) -> ShownStory:
    """Runs on a worker: the story's page, with the display width of each picture and
    the goals suggested from its text."""
    from storydesk.gui.editing import sdg_suggestions

    page = library.story_page(story_id)
    widths: list[int | None] = []
    for image in page.images:
        size = QImageReader(str(image.display)).size() if image.display else None
        widths.append(size.width() if size is not None and size.isValid() else None)
    return ShownStory(page, tuple(widths), sdg_suggestions(library, story_id))


class StoryBrowser(QTextBrowser):
    """A QTextBrowser that opens no links and offers "Copy Link" in its menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        name = QUrl(name)
        # Only local files (our own thumbnails) are ever loaded; nothing from the network.
        if name.scheme() not in ("", "file"):
            return None
        return super().loadResource(kind, name)

    def contextMenuEvent(self, event: Any) -> None:
        menu = self.createStandardContextMenu(event.pos())
        anchor = self.anchorAt(event.pos())
        if anchor:
            scheme, value = parse_link(anchor)
            if scheme in ("", "sd-copy"):
                action = QAction(icon("copy"), self.tr("Copy Link Address"), menu)
                action.triggered.connect(lambda: QGuiApplication.clipboard().setText(value))
                first = menu.actions()[0] if menu.actions() else None
                if first is None:
                    menu.addAction(action)
                else:
                    menu.insertAction(first, action)
        menu.exec(event.globalPos())


class ReadingPane(QWidget):
    """Shows one story; emits requests the main window acts on."""

    filterRequested = Signal(str, str)  # facet, value
    storyRequested = Signal(str)
    addToBasket = Signal(str, str)  # id, title
    storyShown = Signal(str)
    unlinkRequested = Signal(str)  # id of a story to take out of its translations
    statusMessage = Signal(str)
    editRequested = Signal(str)  # id of the story to edit
    sdgConfirmRequested = Signal(str, int)  # id, suggested goal to add

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        parent: QWidget | None = None,
        names: DisplayNames | None = None,
    ):
        super().__init__(parent)
        self._library = library
        self._runner = runner
        self._generation = 0
        self.shown: ShownStory | None = None
        self.names = names or library.names(interface_language())
        """Partner, place and country names in the reader's language."""

        self.title_label = QLabel(self.tr("No story selected"))
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.basket_button = QToolButton()
        self.basket_button.setIcon(icon("basket-add"))
        self.basket_button.setText(self.tr("Add to Basket"))
        self.basket_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.basket_button.setAccessibleName(self.tr("Add this story to the briefing basket"))
        self.basket_button.clicked.connect(self._add_to_basket)
        self.copy_button = QToolButton()
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.setText(self.tr("Copy Source Link"))
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.copy_button.setAccessibleName(self.tr("Copy the story's source link"))
        self.copy_button.clicked.connect(self.copy_source_url)
        self.edit_button = QToolButton()
        self.edit_button.setObjectName("editStoryButton")
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit the story's title, date, partners, goals… (F2)"))
        self.edit_button.setAccessibleName(self.tr("Edit this story"))
        self.edit_button.clicked.connect(self._edit)
        self.edit_button.setVisible(not getattr(library, "read_only", False))
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.basket_button)
        self.leave_check: Callable[[str | None], bool] | None = None
        """Asked before another story is shown while a story is edited (``False``: stay)."""

        self.browser = StoryBrowser(self)
        self.browser.setAccessibleName(self.tr("Story text"))
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.browser.setPlaceholderText(self.tr("Choose a story in the list to read it here."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.browser)
        self.editor: QWidget | None = None
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        self.basket_button.setEnabled(enabled)
        self.edit_button.setEnabled(enabled and not self.editing)
        self.copy_button.setEnabled(bool(enabled and self.story and self.story.source_url))

    # -- loading ------------------------------------------------------------------------

    def show_story(self, story_id: str | None) -> None:
        """Fetch and show a story (``None`` clears the pane); a newer call wins.

        While a story is edited, :attr:`leave_check` decides first (it may ask to apply).
        """
        if self.leave_check is not None and not self.leave_check(story_id):
            return
        self._generation += 1
        generation = self._generation
        if story_id is None:
            self.shown = None
            self.browser.clear()
            self.title_label.setText(self.tr("No story selected"))
            self._set_enabled(False)
            return
        library = self._library
        self._runner.run(
            lambda: load_story(library, story_id),
            on_done=lambda story: self._loaded(generation, story),
            on_failed=lambda exc, tb: self._failed(generation, story_id, exc, tb),
            lane="read",
        )

    @property
    def story(self) -> Story | None:
        """The story shown, if any."""
        return self.shown.page.story if self.shown else None

    def _loaded(self, generation: int, shown: ShownStory) -> None:
        if generation != self._generation:
            return
        self.shown = shown
        self.browser.setHtml(
            story_html(
                shown.page,
                page_palette(self.browser),
                shown.widths,
                self.names,
                suggestions=shown.suggestions,
            )
        )
        self.browser.verticalScrollBar().setValue(0)
        story = shown.page.story
        title = story.title or ""
        self.title_label.setText(
            self.title_label.fontMetrics().elidedText(
                title, Qt.TextElideMode.ElideRight, max(100, self.title_label.width())
            )
        )
        self.title_label.setToolTip(title)
        self._set_enabled(True)
        self.storyShown.emit(story.id)

    def _failed(self, generation: int, story_id: str, exc: BaseException, tb: str) -> None:
        if generation != self._generation:
            return
        from storydesk.gui.errors import describe

        log.error("story %s could not be shown: %r\n%s", story_id, exc, tb)
        self.shown = None
        self.browser.setPlainText(
            self.tr("This story could not be shown. {reason}").format(reason=describe(exc))
        )
        self._set_enabled(False)

    # -- the edit form ------------------------------------------------------------------

    def set_editor(self, editor: QWidget) -> None:
        """The edit form this pane shows in place of the page while a story is edited."""
        self.editor = editor
        self.pages.addWidget(editor)

    @property
    def editing(self) -> bool:
        """Whether the edit form is shown."""
        return self.editor is not None and self.pages.currentWidget() is self.editor

    def show_editor(self) -> None:
        """Show the edit form in place of the page."""
        if self.editor is not None:
            self.pages.setCurrentWidget(self.editor)
            self.edit_button.setEnabled(False)

    def hide_editor(self) -> None:
        """Back to the page."""
        self.pages.setCurrentWidget(self.browser)
        self._set_enabled(self.shown is not None)

    def _edit(self) -> None:
        story = self.story
        if story is not None:
            self.editRequested.emit(story.id)

    # -- actions ------------------------------------------------------------------------

    def _add_to_basket(self) -> None:
        story = self.story
        if story:
            self.addToBasket.emit(story.id, story.title or "")

    def copy_source_url(self) -> None:
        story = self.story
        if story and story.source_url:
            QGuiApplication.clipboard().setText(story.source_url)
            self.statusMessage.emit(
                self.tr("Source link copied: {url}").format(url=story.source_url)
            )

    def _anchor_clicked(self, url: QUrl) -> None:
        scheme, value = parse_link(url)
        if scheme in FACET_OF_SCHEME:
            self.filterRequested.emit(FACET_OF_SCHEME[scheme], value)
        elif scheme == "sd-story":
            self.storyRequested.emit(value)
        elif scheme == "sd-unlink":
            self.unlinkRequested.emit(value)
        elif scheme == "sd-confirm-sdg":
            story = self.story
            if story is not None and value.isdigit():
                self.sdgConfirmRequested.emit(story.id, int(value))
        elif scheme == "sd-edit":
            self._edit()
        elif scheme == "sd-image":
            self.show_image(int(value) if value.isdigit() else 0)
        else:
            # a web link from the story: offer to copy it, never open it
            menu = QMenu(self)
            action = menu.addAction(icon("copy"), self.tr("Copy Link Address"))
            action.triggered.connect(lambda: self._copy(value))
            menu.popup(QCursor.pos() + QPoint(2, 2))

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.statusMessage.emit(self.tr("Link copied: {url}").format(url=text))

    def show_image(self, index: int) -> ImageViewer | None:
        if not self.shown:
            return None
        all_images = self.shown.page.images
        images = [image for image in all_images if image.display]
        if not images:
            return None
        start = (
            images.index(all_images[index])
            if 0 <= index < len(all_images) and all_images[index] in images
            else 0
        )
        viewer = ImageViewer(images, start, self)
        viewer.open()
        return viewer

    def print_story(self) -> None:
        """Print the page as shown (Ctrl+P)."""
        if not self.story:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print Story"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.browser.document().print_(printer)


class ImageViewer(QDialog):
    """A story's images, large, one at a time; Left/Right step through them."""

    def __init__(self, images: list[PageImage], start: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Image"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._images = images
        self.index = max(0, min(start, len(images) - 1))
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(QSize(320, 240))
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counter = QLabel()
        previous = QPushButton(self.tr("◀ Previous"))
        following = QPushButton(self.tr("Next ▶"))
        close = QPushButton(self.tr("Close"))
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        close.clicked.connect(self.close)
        for button in (previous, following, close):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(previous)
        buttons.addWidget(following)
        buttons.addStretch(1)
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        self.resize(900, 700)
        self._pixmap = QPixmap()
        self._show()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space):
            self.step(1)
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.step(-1)
        elif event.matches(QKeySequence.StandardKey.Close):
            self.close()
        else:
            super().keyPressEvent(event)

    def step(self, delta: int) -> None:
        self.index = (self.index + delta) % len(self._images)
        self._show()

    def _show(self) -> None:
        shown = self._images[self.index]
        image = shown.image
        path = shown.original or shown.display
        self._pixmap = QPixmap(str(path)) if path else QPixmap()
        self._scale()
        bits = []
        if image.caption:
            bits.append(_html.escape(image.caption))
        if image.credit:
            credit = self.tr("Photo: {credit}").format(credit=image.credit)
            bits.append("<i>" + _html.escape(credit) + "</i>")
        self.caption.setText("<br>".join(bits))
        self.counter.setText(
            self.tr("{number} of {count}").format(
                number=number(self.index + 1), count=number(len(self._images))
            )
        )
        self.picture.setAccessibleName(image.alt or image.caption or self.tr("Image"))

    def _scale(self) -> None:
        if self._pixmap.isNull():
            self.picture.setText(self.tr("This image is not available."))
            return
        size = self.picture.size()
        if self._pixmap.width() <= size.width() and self._pixmap.height() <= size.height():
            self.picture.setPixmap(self._pixmap)
        else:
            self.picture.setPixmap(
                self._pixmap.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._scale()
