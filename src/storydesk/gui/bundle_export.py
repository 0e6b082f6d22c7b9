"""File › Export Bundle…: a ``.storybundle`` of the basket, a collection or the results.

:class:`BundleExportDialog` asks which stories (the basket, a collection, or the current
results, each with how many stories it holds; an empty one cannot be chosen), the bundle's
title (the collection's name, or "N stories"), its publisher (this catalogue's publisher
key's name when it has one), whether to sign it with that key (only offered when the key
exists; Settings › Publishers makes one), and where to save it (the Documents folder by
default). :class:`BundleExportController` then writes it with
:meth:`storydesk.library.Library.create_bundle` on the runner's ``export`` lane, with a
progress window after 300 ms and Cancel: a cancelled bundle leaves no file.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from storydesk.errors import Cancelled
from storydesk.gui import folders
from storydesk.gui.errors import show_error
from storydesk.gui.i18n import number
from storydesk.gui.packs import documents_folder
from storydesk.gui.progress import BackgroundJob, CancellableProgressDialog
from storydesk.gui.tasks import ProgressState, TaskRunner
from storydesk.library import spaced_fingerprint
from storydesk.progress import CancelToken

if TYPE_CHECKING:
    from storydesk.library import Library

log = logging.getLogger(__name__)

SUFFIX = ".storybundle"
LANE = "export"
BASKET, COLLECTION, RESULTS = "basket", "collection", "results"
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')

IdsFn = Callable[[], list[str]]


@dataclass
class BundleSource:
    """Stories a bundle can be made of.

    Attributes:
        kind: ``"basket"``, ``"collection"`` or ``"results"``.
        count: How many stories it holds.
        ids: Returns their ids in order; may search or read, so it runs off the UI thread.
        name: The collection's name (collections only).
    """

    kind: str
    count: int
    ids: IdsFn
    name: str = ""


@dataclass
class BundleRequest:
    """What the dialog asked for: the stories, and the bundle's options."""

    source: BundleSource
    output: Path
    title: str
    publisher: str | None
    sign: bool


def bundle_file_name(title: str) -> str:
    """A file name from a bundle's title: characters no file system accepts become dashes."""
    stem = " ".join(_UNSAFE_IN_NAMES.sub("-", title).split()).strip(" .-")[:80].rstrip(" .-")
    return (stem or "stories") + SUFFIX


class BundleExportDialog(QDialog):
    """The choices of File › Export Bundle….

    Args:
        sources: The basket and the current results (either may hold no story).
        collections: Every collection, by name, with its story count; each becomes a source
            whose ids are read through ``collection_ids``.
        collection_ids: Reads a collection's ids (run off the UI thread).
        publisher: The own publisher key's name, or ``None`` when this catalogue has no key.
        fingerprint: The own key's fingerprint (shown in the sign box's tooltip).
        chosen: A collection to preselect (the Collections panel's Export Bundle…).
    """

    def __init__(
        self,
        sources: Sequence[BundleSource],
        collections: Sequence[tuple[str, int]] = (),
        collection_ids: Callable[[str], list[str]] | None = None,
        publisher: str | None = None,
        fingerprint: str | None = None,
        chosen: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundleExport")
        self.setWindowTitle(self.tr("Export Bundle"))
        self.setMinimumWidth(560)
        self.sources = {s.kind: s for s in sources if s.kind in (BASKET, RESULTS)}
        self.collections = list(collections)
        self._collection_ids = collection_ids
        self._title_chosen = False
        self._name_chosen = False
        self._setting_title = False

        # -- which stories
        self.source_box = QGroupBox(self.tr("Stories"))
        source_layout = QVBoxLayout(self.source_box)
        self.source_group = QButtonGroup(self)
        self.source_buttons: dict[str, QRadioButton] = {}
        basket = self.sources.get(BASKET)
        results = self.sources.get(RESULTS)
        in_basket = basket.count if basket else 0
        self.source_buttons[BASKET] = QRadioButton(
            self.tr("The %Ln stories in the bas&ket, in its order", "", in_basket)
        )
        self.source_buttons[COLLECTION] = QRadioButton(self.tr("A &collection:"))
        self.collection_box = QComboBox()
        self.collection_box.setAccessibleName(self.tr("Collection"))
        for name, count in self.collections:
            self.collection_box.addItem(
                self.tr("{name} (%Ln stories)", "", count).format(name=name), name
            )
            index = self.collection_box.count() - 1
            if count == 0:  # an empty collection cannot be chosen
                item = self.collection_box.model().item(index)  # type: ignore[attr-defined]
                item.setEnabled(False)
        self.source_buttons[RESULTS] = QRadioButton(
            self.tr(
                "The %Ln stories of the current &results, in their order",
                "",
                results.count if results else 0,
            )
        )
        collection_row = QHBoxLayout()
        collection_row.addWidget(self.source_buttons[COLLECTION])
        collection_row.addWidget(self.collection_box, 1)
        for kind in (BASKET, COLLECTION, RESULTS):
            button = self.source_buttons[kind]
            button.setObjectName(f"bundleFrom_{kind}")
            self.source_group.addButton(button)
        source_layout.addWidget(self.source_buttons[BASKET])
        source_layout.addLayout(collection_row)
        source_layout.addWidget(self.source_buttons[RESULTS])
        self.source_buttons[BASKET].setEnabled(bool(basket and basket.count))
        self.source_buttons[RESULTS].setEnabled(bool(results and results.count))
        usable = [i for i, (_n, c) in enumerate(self.collections) if c > 0]
        self.source_buttons[COLLECTION].setEnabled(bool(usable))
        self.collection_box.setEnabled(bool(usable))
        if usable:
            wanted = next(
                (i for i, (n, c) in enumerate(self.collections) if n == chosen and c > 0),
                usable[0],
            )
            self.collection_box.setCurrentIndex(wanted)

        # -- the bundle
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.publisher_edit = QLineEdit(publisher or "")
        self.publisher_edit.setAccessibleName(self.tr("Publisher"))
        self.publisher_edit.setPlaceholderText(self.tr("e.g. UNDP Kyrgyzstan"))
        self.sign_check = QCheckBox(self.tr("Sign with my publisher key"))
        self.sign_check.setObjectName("signBundle")
        if publisher is None:
            self.sign_check.setEnabled(False)
            self.sign_check.setChecked(False)
            self.sign_check.setToolTip(
                self.tr(
                    "This catalogue has no publisher key. Make one in Settings › Publishers "
                    "(or with: storydesk keys generate --publisher NAME), then sign bundles "
                    "so others can tell they come from you."
                )
            )
        else:
            self.sign_check.setChecked(True)
            self.sign_check.setToolTip(
                self.tr(
                    "Signed bundles say who made them: a catalogue that trusts your key "
                    "shows them as from {publisher} (key {fingerprint})."
                ).format(publisher=publisher, fingerprint=spaced_fingerprint(fingerprint or ""))
            )
        self.output_edit = QLineEdit()
        self.output_edit.setAccessibleName(self.tr("Save as"))
        self.output_edit.textEdited.connect(self._output_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save the bundle"))
        self.browse_button.clicked.connect(self.choose_output)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Publisher:"), self.publisher_edit)
        form.addRow("", self.sign_check)
        form.addRow(self.tr("&Save as:"), output_row)
        for widget in (self.title_edit, self.publisher_edit):
            label = form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setBuddy(widget)
        output_label = form.labelForField(output_row)
        if isinstance(output_label, QLabel):
            output_label.setBuddy(self.output_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source_box)
        self.empty_note = QLabel(
            self.tr(
                "There are no stories to put in a bundle: add some to the basket (Ctrl+B), "
                "fill a collection, or search for them first."
            )
        )
        self.empty_note.setWordWrap(True)
        layout.addWidget(self.empty_note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        # The first source that has stories: the chosen collection, else the basket, else
        # a collection, else the results.
        order = [COLLECTION] if chosen and usable else []
        order += [BASKET, COLLECTION, RESULTS]
        first = next((k for k in order if self.source_buttons[k].isEnabled()), None)
        if first is not None:
            self.source_buttons[first].setChecked(True)
        self.empty_note.setVisible(first is None)
        self.export_button.setEnabled(first is not None)

        self.source_group.buttonToggled.connect(self._source_changed)
        self.collection_box.currentIndexChanged.connect(self._collection_changed)
        self.title_edit.textChanged.connect(self._title_changed)
        self.title_edit.textEdited.connect(self._title_edited)
        self.output_edit.setText(str(self._start_folder() / bundle_file_name("stories")))
        self._set_default_title()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    # -- reading the choices ----------------------------------------------------------------

    def kind(self) -> str | None:
        """The kind of source chosen, or ``None`` when no source has stories."""
        for kind, button in self.source_buttons.items():
            if button.isChecked() and button.isEnabled():
                return kind
        return None

    def source(self) -> BundleSource | None:
        """The stories chosen."""
        kind = self.kind()
        if kind in (BASKET, RESULTS):
            return self.sources[kind]
        if kind == COLLECTION:
            index = self.collection_box.currentIndex()
            if index < 0:
                return None
            name, count = self.collections[index]
            reader = self._collection_ids
            return BundleSource(
                COLLECTION, count, (lambda: reader(name)) if reader else (lambda: []), name
            )
        return None

    def output_path(self) -> Path:
        return Path(self.output_edit.text().strip()).expanduser()

    def request(self) -> BundleRequest | None:
        """The stories and options chosen, or ``None`` when there is nothing to bundle."""
        source = self.source()
        if source is None:
            return None
        return BundleRequest(
            source=source,
            output=self.output_path(),
            title=self.title_edit.text().strip() or self._default_title(),
            publisher=self.publisher_edit.text().strip() or None,
            sign=self.sign_check.isEnabled() and self.sign_check.isChecked(),
        )

    # -- keeping the title and file name in step ----------------------------------------------

    def _default_title(self) -> str:
        source = self.source()
        if source is None:
            return self.tr("Stories")
        if source.kind == COLLECTION:
            return source.name
        return self.tr("%n stories", "", source.count)

    def _set_default_title(self) -> None:
        if self._title_chosen:
            return
        self._setting_title = True
        try:
            self.title_edit.setText(self._default_title())
        finally:
            self._setting_title = False

    def _source_changed(self, _button: Any, checked: bool) -> None:
        if checked:
            self._set_default_title()

    def _collection_changed(self, _index: int) -> None:
        if self.kind() == COLLECTION:
            self._set_default_title()
        elif self.source_buttons[COLLECTION].isEnabled():
            self.source_buttons[COLLECTION].setChecked(True)

    def _title_edited(self, _text: str) -> None:
        self._title_chosen = True

    def _title_changed(self, text: str) -> None:
        if not self._name_chosen:
            folder = self.output_path().parent if self.output_edit.text() else self._start_folder()
            title = text.strip() or self._default_title()
            self.output_edit.setText(str(folder / bundle_file_name(title)))

    def _output_edited(self, _text: str) -> None:
        self._name_chosen = True

    @staticmethod
    def _start_folder() -> Path:
        """The folder the last bundle went to, else Documents (else home)."""
        return Path(folders.start_folder(folders.BUNDLE, default=documents_folder()))

    def choose_output(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the Bundle As"),
            str(self.output_path()),
            self.tr("Story bundles (*.storybundle)"),
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != SUFFIX:
                path = path.with_name(path.name + SUFFIX)
            self.output_edit.setText(str(path))
            self._name_chosen = True

    # -- accepting ------------------------------------------------------------------------

    def problem(self) -> str | None:
        """What stops the bundle being written with these choices, as one sentence."""
        if self.source() is None:
            return self.tr("There are no stories to put in a bundle.")
        if not self.output_edit.text().strip():
            return self.tr("Choose where to save the bundle.")
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
        if path.suffix.lower() != SUFFIX:
            self.output_edit.setText(str(path.with_name(path.name + SUFFIX)))
            path = self.output_path()
        if path.exists() and not self._name_chosen:
            # The file dialog asks before replacing; a default name needs asking here.
            answer = QMessageBox.question(
                self,
                self.tr("Replace File?"),
                self.tr("{file} already exists. Replace it?").format(file=path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        folders.remember(folders.BUNDLE, path)
        super().accept()


class BundleProgressDialog(CancellableProgressDialog):
    """Progress of a bundle being written, with Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundleExportProgress")
        self.setWindowTitle(self.tr("Exporting a Bundle"))
        self.heading.setText(self.tr("Writing the bundle…"))
        self.bar.setAccessibleName(self.tr("Bundle progress"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the bundle"))
        self.cancelling_text = self.tr("Cancelling… no file will be written.")

    def show_progress(self, done: int, total: int, current: str) -> None:
        self.set_bar(done, total)
        if total > 0 and not self.cancelling:
            self.heading.setText(
                self.tr("Writing story {number} of {count}…").format(
                    number=number(min(done + 1, total)), count=number(total)
                )
            )
        text = str(current or "")
        self.set_current(text, text, Qt.TextElideMode.ElideRight)


class BundleExportController(BackgroundJob):
    """Writes one bundle at a time in the background.

    Signals:
        written: The ``BundleSummary`` (path, stories, images, bytes) once the file is there.
        cancelled: The user cancelled; no file was written.
        failed: One sentence saying why no bundle was written.
    """

    written = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, library: Library, runner: TaskRunner, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._library = library
        self._runner = runner
        self._parent = parent_widget

    def export(self, request: BundleRequest) -> bool:
        """Write the bundle ``request`` asks for; ``False`` if a bundle is being written."""
        if self.state is not None:
            return False
        state = self._begin()
        library = self._library

        def job(state: ProgressState, token: CancelToken) -> Any:
            ids = request.source.ids()
            return library.create_bundle(
                ids,
                request.output,
                title=request.title,
                publisher=request.publisher,
                sign=request.sign,
                progress=state.update,
                cancel=token,
            )

        log.info(
            "exporting a bundle of %d stories (%s) to %s%s",
            request.source.count,
            request.source.kind,
            request.output,
            ", signed" if request.sign else "",
        )
        self._runner.run(
            lambda: job(state, state.token),
            on_done=self._written,
            on_failed=self._failed,
            lane=LANE,
        )
        self._watch(state)
        return True

    def _make_dialog(self) -> BundleProgressDialog:
        return BundleProgressDialog(self._parent)

    def _show_progress(self, dialog: Any, done: int, total: int, current: str) -> None:
        dialog.show_progress(done, total, current)

    def _written(self, summary: Any) -> None:
        self._close_progress()
        log.info("bundle written: %s", summary)
        self.written.emit(summary)

    def _failed(self, exc: BaseException, tb: str) -> None:
        was_cancelled = self.state.cancelled() if self.state else False
        self._close_progress()
        if isinstance(exc, Cancelled) or was_cancelled:
            log.info("bundle export cancelled")
            self.cancelled.emit()
            return
        self.failed.emit(str(exc))
        show_error(self._parent, self.tr("The bundle was not written"), exc, tb, modal=False)
