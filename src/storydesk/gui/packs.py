"""Briefing packs from the desktop app: the export dialog, export in the background, preview.

:class:`PackDialog` asks for the pack's options (title, office, date, introduction, paper,
photos, label language) and, for a file, the format and where to save it; the last choices
are kept in ``gui.ini``. :class:`PackController` writes the pack on the runner's ``export``
lane (a thread of its own, so searches and reading stay quick), shows a progress window if
the work takes more than 300 ms, and cancels through the
:class:`~storydesk.progress.CancelToken` the pack checks between stories: a cancelled pack
writes nothing and leaves an existing file as it was.

The print preview is Qt's :class:`QPrintPreviewDialog`. Its ``paintRequested`` paints on
the UI thread (that is how Qt's preview works), so the pack is prepared, stories loaded and
photos copied, in the background first (``Library.prepare_pack``); the preview then paints
the same layout the PDF uses (``PreparedPack.paint``).

Everything about packs comes through :mod:`storydesk.library`, the front ends' one door.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storydesk.errors import Cancelled
from storydesk.gui import folders
from storydesk.gui.errors import show_error
from storydesk.gui.i18n import number
from storydesk.gui.progress import BackgroundJob, CancellableProgressDialog
from storydesk.gui.shortcuts import without_mnemonic
from storydesk.gui.tasks import ProgressState, TaskRunner
from storydesk.library import (
    LABEL_LANGUAGES,
    PackOptions,
    PackResult,
    default_pack_title,
    language_name,
    prepare_pack_fonts,
)
from storydesk.progress import CancelToken

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from storydesk.library import Library, PreparedPack

log = logging.getLogger(__name__)

# A pack from search results takes at most this many stories (the first, in the order
# shown); a pack is read on paper, and 200 stories are already some 500 pages.
RESULTS_LIMIT = 200
# The runner lane exports run on: one thread of its own.
LANE = "export"
SETTINGS_GROUP = "briefingPack"
FORMATS = {"pdf": ".pdf", "html": ".html"}
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')

IdsFn = Callable[[], list[str]]


@dataclass
class PackSource:
    """Stories a pack can be made of: how many, and how to get their ids (on a worker).

    Attributes:
        kind: ``"basket"``, ``"results"`` or ``"collection"``.
        count: How many stories the pack will hold.
        ids: Returns the ids in order; may search, so it runs off the UI thread.
        total: For results, how many stories the search found (``count`` may be capped).
        name: The collection's name (collections only).
    """

    kind: str
    count: int
    ids: IdsFn
    total: int = 0
    name: str = ""


def file_name_for(title: str, fmt: str) -> str:
    """A file name from a pack's title: characters no file system accepts become dashes."""
    stem = " ".join(_UNSAFE_IN_NAMES.sub("-", title).split()).strip(" .-")[:80].rstrip(" .-")
    return (stem or "Briefing pack") + FORMATS.get(fmt, ".pdf")


def documents_folder() -> Path:
    """The user's Documents folder (home when the platform has none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def _bool(value: Any, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() not in ("false", "0", "no", "")
    return bool(value)


class PackDialog(QDialog):
    """The options of a briefing pack; with ``for_print`` there is no format or file."""

    def __init__(
        self,
        settings: QSettings,
        sources: list[PackSource],
        for_print: bool = False,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = language if language in LABEL_LANGUAGES else "en"
        """The interface language: the headings' language until the user picks another."""
        self.sources = [s for s in sources if s.count > 0]
        self.for_print = for_print
        self._name_chosen = False  # the user picked the file name: stop following the title
        self.setWindowTitle(
            self.tr("Print Preview of Briefing Pack")
            if for_print
            else self.tr("Export Briefing Pack")
        )
        self.setMinimumWidth(560)

        # -- which stories
        self.source_box = QGroupBox(self.tr("Stories"))
        source_layout = QVBoxLayout(self.source_box)
        self.source_group = QButtonGroup(self)
        self.source_buttons: dict[str, QRadioButton] = {}
        for source in self.sources:
            button = QRadioButton(self._source_text(source))
            button.setAccessibleName(without_mnemonic(self._source_text(source)))
            self.source_group.addButton(button)
            self.source_buttons[source.kind] = button
            source_layout.addWidget(button)
        if self.sources:
            self.source_buttons[self.sources[0].kind].setChecked(True)

        # -- the pack
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(default_pack_title("en"))
        self.subtitle_edit = QLineEdit()
        self.subtitle_edit.setAccessibleName(self.tr("Office or occasion"))
        self.subtitle_edit.setPlaceholderText(self.tr("e.g. UNDP Kyrgyzstan · Visit to Issyk-Kul"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_check = QCheckBox(self.tr("Show a date on the cover"))
        self.date_check.setChecked(True)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_check)
        date_row.addStretch(1)
        self.intro_edit = QPlainTextEdit()
        self.intro_edit.setAccessibleName(self.tr("Introduction"))
        self.intro_edit.setPlaceholderText(
            self.tr("Optional, for the cover. A blank line starts a new paragraph.")
        )
        self.intro_edit.setTabChangesFocus(True)
        self.intro_edit.setFixedHeight(96)

        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("A4"), "a4")
        self.paper_box.addItem(self.tr("Letter"), "letter")
        self.paper_box.setAccessibleName(self.tr("Paper size"))
        self.photos_check = QCheckBox(self.tr("Include each story's lead photo"))
        self.photos_check.setChecked(True)
        self.language_box = QComboBox()
        for code in LABEL_LANGUAGES:  # each language in its own name, as a reader looks for it
            self.language_box.addItem(language_name(code) or code, code)
        self.language_box.setAccessibleName(self.tr("Language of the pack's headings"))
        self.language_box.setToolTip(
            self.tr("Headings such as Contents and Key figures; stories are not translated.")
        )
        self.language_box.currentIndexChanged.connect(self._language_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Office or occasion:"), self.subtitle_edit)
        form.addRow(self.tr("&Date:"), date_row)
        form.addRow(self.tr("&Introduction:"), self.intro_edit)
        form.addRow(self.tr("&Paper:"), self.paper_box)
        form.addRow(self.tr("P&hotos:"), self.photos_check)
        form.addRow(self.tr("Headin&gs in:"), self.language_box)
        for field_widget in (
            self.title_edit,
            self.subtitle_edit,
            self.date_edit,
            self.intro_edit,
            self.paper_box,
            self.language_box,
        ):
            label = form.labelForField(field_widget)
            if isinstance(label, QLabel):
                label.setBuddy(field_widget)
        date_label = form.labelForField(date_row)
        if isinstance(date_label, QLabel):
            date_label.setBuddy(self.date_edit)
        photos_label = form.labelForField(self.photos_check)
        if isinstance(photos_label, QLabel):
            photos_label.setBuddy(self.photos_check)

        # -- the file
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("PDF, to print or attach"), "pdf")
        self.format_box.addItem(self.tr("HTML, one file to read on a phone"), "html")
        self.format_box.setAccessibleName(self.tr("File format"))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.output_edit = QLineEdit()
        self.output_edit.setAccessibleName(self.tr("Save as"))
        self.output_edit.textEdited.connect(self._output_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save the pack"))
        self.browse_button.clicked.connect(self.choose_output)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(self.browse_button)
        if not for_print:
            form.addRow(self.tr("&Format:"), self.format_box)
            form.addRow(self.tr("&Save as:"), output_row)
            format_label = form.labelForField(self.format_box)
            if isinstance(format_label, QLabel):
                format_label.setBuddy(self.format_box)
            output_label = form.labelForField(output_row)
            if isinstance(output_label, QLabel):
                output_label.setBuddy(self.output_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Preview…") if for_print else self.tr("Export"))
        ok.setEnabled(bool(self.sources))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if len(self.sources) > 1:
            layout.addWidget(self.source_box)
        else:
            self.source_box.hide()
            self.single_source = QLabel(
                without_mnemonic(self._source_text(self.sources[0]))
                if self.sources
                else self.tr(
                    "There are no stories to put in a pack: add some to the basket "
                    "(Ctrl+B) or search for them first."
                )
            )
            self.single_source.setTextFormat(Qt.TextFormat.PlainText)
            self.single_source.setWordWrap(True)
            layout.addWidget(self.single_source)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.title_edit.textChanged.connect(self._title_changed)
        self._restore()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    # -- reading the choices ----------------------------------------------------------------

    def _source_text(self, source: PackSource) -> str:
        if source.kind == "basket":
            return self.tr("The %Ln stories in the bas&ket, in its order", "", source.count)
        if source.kind == "collection":
            # a user's name: a "&" in it is a character, not a shortcut mark
            return self.tr(
                "The %Ln stories of the &collection “{name}”, in its order", "", source.count
            ).format(name=source.name.replace("&", "&&"))
        if source.total > source.count:
            return self.tr(
                "The first {count} of the %Ln stories of the current &results", "", source.total
            ).format(count=number(source.count))
        return self.tr("The %Ln stories of the current &results, in their order", "", source.count)

    def source(self) -> PackSource | None:
        for source in self.sources:
            if self.source_buttons[source.kind].isChecked():
                return source
        return self.sources[0] if self.sources else None

    def options(self) -> PackOptions:
        date = self.date_edit.date() if self.date_check.isChecked() else None
        subtitle = self.subtitle_edit.text().strip() or None
        intro = self.intro_edit.toPlainText().strip() or None
        return PackOptions(
            title=self.title_edit.text().strip(),
            subtitle=subtitle,
            date=dt.date(date.year(), date.month(), date.day()) if date is not None else None,
            introduction=intro,
            paper=str(self.paper_box.currentData()),
            photos=self.photos_check.isChecked(),
            labels_language=str(self.language_box.currentData()),
        )

    def export_format(self) -> str:
        return str(self.format_box.currentData())

    def output_path(self) -> Path:
        return Path(self.output_edit.text().strip()).expanduser()

    # -- keeping the file name in step ---------------------------------------------------

    def _title_or_default(self) -> str:
        return self.title_edit.text().strip() or default_pack_title(
            str(self.language_box.currentData())
        )

    def _title_changed(self, _text: str) -> None:
        if not self._name_chosen:
            folder = (
                self.output_path().parent
                if self.output_edit.text()
                else Path(folders.start_folder(folders.PACK, default=documents_folder()))
            )
            self.output_edit.setText(
                str(folder / file_name_for(self._title_or_default(), self.export_format()))
            )

    def _output_edited(self, _text: str) -> None:
        self._name_chosen = True

    def _format_changed(self, _index: int) -> None:
        text = self.output_edit.text().strip()
        if not text:
            self._title_changed("")
            return
        path = Path(text)
        suffix = FORMATS[self.export_format()]
        if path.suffix.lower() in (".pdf", ".html", ".htm", ""):
            self.output_edit.setText(str(path.with_suffix(suffix)))

    def _language_changed(self, _index: int) -> None:
        language = str(self.language_box.currentData())
        self.title_edit.setPlaceholderText(default_pack_title(language))
        defaults = {default_pack_title(lang) for lang in LABEL_LANGUAGES}
        if self.title_edit.text().strip() in defaults:
            self.title_edit.setText(default_pack_title(language))

    def choose_output(self) -> None:
        fmt = self.export_format()
        name_filter = (
            self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("HTML files (*.html *.htm)")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Briefing Pack As"), str(self.output_path()), name_filter
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() not in (FORMATS[fmt], ".htm"):
                path = path.with_name(path.name + FORMATS[fmt])
            self.output_edit.setText(str(path))
            self._name_chosen = True

    # -- settings -------------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        s.beginGroup(SETTINGS_GROUP)
        try:
            language = str(s.value("labelsLanguage", self.language))
            self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
            self.title_edit.setText(str(s.value("title", "") or default_pack_title(language)))
            self.subtitle_edit.setText(str(s.value("subtitle", "") or ""))
            self.intro_edit.setPlainText(str(s.value("introduction", "") or ""))
            paper = str(s.value("paper", "a4"))
            self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(paper)))
            self.photos_check.setChecked(_bool(s.value("photos"), True))
            self.date_check.setChecked(_bool(s.value("showDate"), True))
            self.format_box.blockSignals(True)
            fmt = str(s.value("format", "pdf"))
            self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
            self.format_box.blockSignals(False)
        finally:
            s.endGroup()
        # The folder of the last pack is the user's (gui/folders.py), not the data folder's.
        folder = Path(folders.start_folder(folders.PACK, default=documents_folder()))
        self.output_edit.setText(
            str(folder / file_name_for(self._title_or_default(), self.export_format()))
        )

    def save_choices(self) -> None:
        """Keep the choices for next time (the date is always today's)."""
        s = self.settings
        s.beginGroup(SETTINGS_GROUP)
        s.setValue("title", self.title_edit.text().strip())
        s.setValue("subtitle", self.subtitle_edit.text().strip())
        s.setValue("introduction", self.intro_edit.toPlainText().strip())
        s.setValue("paper", self.paper_box.currentData())
        s.setValue("photos", self.photos_check.isChecked())
        s.setValue("showDate", self.date_check.isChecked())
        s.setValue("labelsLanguage", self.language_box.currentData())
        if not self.for_print:
            s.setValue("format", self.format_box.currentData())
        s.endGroup()
        s.sync()
        if not self.for_print:
            folders.remember(folders.PACK, self.output_path())

    # -- accepting ------------------------------------------------------------------------

    def problem(self) -> str | None:
        """What stops the pack being made with these choices, as one sentence."""
        if self.source() is None:
            return self.tr("There are no stories to put in a pack.")
        if self.for_print:
            return None
        text = self.output_edit.text().strip()
        if not text:
            return self.tr("Choose where to save the pack.")
        path = self.output_path()
        if path.is_dir():
            return self.tr("{path} is a folder; add a file name.").format(path=path)
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        path = self.output_path()
        if not self.for_print and path.exists() and not self._name_chosen:
            # The file dialog asks before replacing; a default name needs asking here.
            answer = QMessageBox.question(
                self,
                self.tr("Replace File?"),
                self.tr("{file} already exists. Replace it?").format(file=path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.save_choices()
        super().accept()


class PackProgressDialog(CancellableProgressDialog):
    """Progress of a pack being written or prepared, with Cancel."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefing Pack"))
        self.heading.setText(heading)
        self.bar.setAccessibleName(self.tr("Briefing pack progress"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the briefing pack"))
        self.cancelling_text = self.tr("Cancelling… nothing will be written.")

    def show_progress(self, done: int, total: int, current: str, stories: int) -> None:
        self.set_bar(done, total)
        if stories > 0 and done > 0:
            # A PDF reports each story twice: prepared (1..n), then painted (n+1..2n).
            if done <= stories:
                text = self.tr("Preparing story {number} of {count}: {title}").format(
                    number=number(done), count=number(stories), title=current
                )
            else:
                text = self.tr("Writing story {number} of {count}: {title}").format(
                    number=number(min(done - stories, stories)),
                    count=number(stories),
                    title=current,
                )
            self.set_current(text, current, Qt.TextElideMode.ElideRight)


class _ElidedLabel(QLabel):
    """A one-line label that shortens its text in the middle rather than widen its window."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, rect.width()
        )
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.end()


class ExportedNotice(QWidget):
    """A status bar notice for a finished export: where it went, and Show in Folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.label = _ElidedLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.show_button = QPushButton(self.tr("Show in Folder"))
        self.show_button.setAccessibleName(self.tr("Show the exported pack in its folder"))
        self.show_button.clicked.connect(self.show_in_folder)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the export message"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_result(self, result: PackResult) -> None:
        self.path = Path(result.path)
        # "1 story, 3 pages": the counts come with their plurals.
        counts = [self.tr("%Ln stories", "", result.stories)]
        if result.pages:
            counts.append(self.tr("%Ln pages", "", result.pages))
        text = self.tr("Briefing pack saved: {path} ({counts})").format(
            path=self.path, counts=self.tr(", ").join(counts)
        )
        self.label.setText(text)
        self.label.setToolTip(str(self.path))
        self.show()

    def show_in_folder(self) -> bool:
        if self.path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


class PackController(BackgroundJob):
    """Writes one pack at a time in the background, or prepares one for the print preview."""

    exported = Signal(object)  # the written pack's PackResult (path, stories, pages, bytes)
    cancelled = Signal()
    failed = Signal(str)
    previewOpened = Signal(object)  # the QPrintPreviewDialog

    def __init__(self, library: Library, runner: TaskRunner, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._library = library
        self._runner = runner
        self._parent = parent_widget
        self.stories = 0
        self.preview: QPrintPreviewDialog | None = None
        self._heading = ""
        self._token: CancelToken | None = None

    def export(self, source: PackSource, options: PackOptions, fmt: str, output: Path) -> bool:
        """Write the pack of ``source`` to ``output``; ``False`` if a pack is being made."""
        library = self._library
        if fmt != "html":
            prepare_pack_fonts()  # register the fonts here on the UI thread, once

        def job(state: ProgressState, token: CancelToken) -> PackResult:
            return library.write_pack(
                source.ids(), options, output, fmt, progress=state.update, cancel=token
            )

        log.info("exporting %d stories as %s to %s", source.count, fmt, output)
        return self._start(job, source.count, self.tr("Writing the briefing pack…"), self._exported)

    def open_preview(self, source: PackSource, options: PackOptions) -> bool:
        """Prepare the pack in the background, then open the print preview."""
        library = self._library
        prepare_pack_fonts()

        def job(state: ProgressState, token: CancelToken) -> PreparedPack:
            # Photos are copied for print here, in the background, not in the preview.
            return library.prepare_pack(source.ids(), options, progress=state.update, cancel=token)

        return self._start(
            job, source.count, self.tr("Preparing the print preview…"), self._show_preview
        )

    def cancel(self) -> None:
        """Ask the pack being made to stop at its next story; it writes nothing."""
        super().cancel()
        if self._token is not None:
            self._token.cancel()

    # -- running ----------------------------------------------------------------------------

    def _start(
        self,
        job: Callable[[ProgressState, CancelToken], Any],
        stories: int,
        heading: str,
        done: Callable[[Any], None],
    ) -> bool:
        if self.state is not None:
            return False
        state = self._begin()
        token = self._token = CancelToken()
        self.stories = stories
        self._heading = heading
        self._runner.run(lambda: job(state, token), on_done=done, on_failed=self._failed, lane=LANE)
        self._watch(state)
        return True

    def _make_dialog(self) -> PackProgressDialog:
        return PackProgressDialog(self._heading, self._parent)

    def _show_progress(self, dialog: Any, done: int, total: int, current: str) -> None:
        dialog.show_progress(done, total, current, self.stories)

    def _exported(self, result: Any) -> None:
        self._close_progress()
        log.info("briefing pack written: %s", result)
        self.exported.emit(result)

    def _failed(self, exc: BaseException, tb: str) -> None:
        was_cancelled = self.state.cancelled() if self.state else False
        self._close_progress()
        if isinstance(exc, Cancelled) or was_cancelled:
            log.info("briefing pack cancelled")
            self.cancelled.emit()
            return
        self.failed.emit(str(exc))
        show_error(self._parent, self.tr("The briefing pack was not made"), exc, tb, modal=False)

    # -- print preview ---------------------------------------------------------------------

    def _show_preview(self, pack: PreparedPack) -> None:
        self._close_progress()
        self.preview = preview_dialog(pack, self._parent)
        self.preview.finished.connect(self._preview_closed)
        self.previewOpened.emit(self.preview)
        self.preview.open()

    def _preview_closed(self, _result: int) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview = None


def pack_printer(pack: PreparedPack) -> QPrinter:
    """A high-resolution QPrinter starting from the pack's paper size, named after it."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pack.configure(printer)
    printer.setDocName(pack.options.title)
    return printer


def paint_for_preview(pack: PreparedPack, printer: QPrinter, parent: QWidget | None = None) -> int:
    """What the preview's ``paintRequested`` does: paint the pack's layout on ``printer``.

    Returns the number of pages (0 when painting failed; the error is shown).
    """
    try:
        return pack.paint(printer)
    except Exception as exc:  # a slot called by Qt must not raise
        show_error(
            parent,
            QCoreApplication.translate("Packs", "The briefing pack could not be printed"),
            exc,
            traceback.format_exc(),
            modal=False,
        )
        return 0


def preview_dialog(pack: PreparedPack, parent: QWidget | None) -> QPrintPreviewDialog:
    """A print preview of ``pack``, laid out as the PDF is; printing goes from there."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    class PackPreviewDialog(QPrintPreviewDialog):
        """Qt's print preview over a printer it keeps, painting the pack on request.

        The printer is kept in ``_pack_printer`` (Qt's preview does not own it), so it
        lives as long as the dialog; ``printer()`` stays Qt's own method.
        """

        def __init__(self) -> None:
            self._pack_printer = pack_printer(pack)
            super().__init__(self._pack_printer, parent)
            self.pack = pack
            self.pages = 0
            title = QCoreApplication.translate("Packs", "Print Preview — {title}").format(
                title=pack.options.title
            )
            self.setWindowTitle(title)
            self.setAccessibleName(title)
            self.resize(1000, 780)
            self.paintRequested.connect(self._paint)

        def _paint(self, printer: QPrinter) -> None:
            self.pages = paint_for_preview(self.pack, printer, self)

    return PackPreviewDialog()
