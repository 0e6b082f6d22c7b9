"""Help › About: StoryDesk's version, its data folder, how big the catalogue is, and licences.

The dialog has two tabs. **About** names the version, the data folder (selectable, with
an Open Folder button that opens it in the file manager: a local folder only), the log
file, and the catalogue's size: how many stories, the catalogue file, the photos in
``media/``. The sizes are measured on the task runner's ``read`` lane, so a large photo
folder never holds up the window. Copy Details puts the same facts on the clipboard, for a
message to whoever helps with StoryDesk.

**Licences** lists what StoryDesk ships that others made: the bundled fonts (DejaVu Sans,
from ``resources/fonts``) and the libraries it runs on, read at run time from each
distribution's metadata (``importlib.metadata``: ``License-Expression``, else a short
``License``, else the ``License ::`` classifiers), with their versions, plus Qt itself.
The libraries are StoryDesk's runtime requirements (``requires("storydesk")`` without the
extras) and what they in turn require, as installed. Where a distribution ships its licence
files (``LICENSE``, ``COPYING``, ``NOTICE``...), View Licence shows them. A frozen build
carries the same metadata (the spec copies it); whatever is missing shows as "unknown".
"""

from __future__ import annotations

import contextlib
import importlib.metadata as metadata
import logging
import os
import platform
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storydesk import __version__
from storydesk.gui.errors import LOG_NAME
from storydesk.gui.i18n import number
from storydesk.gui.icons import icon
from storydesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from storydesk.library import Library

log = logging.getLogger(__name__)

RUNTIME_REQUIREMENTS = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "whoosh-reloaded",
    "PyStemmer",
    "Pillow",
    "platformdirs",
    "PyYAML",
    "markdown-it-py",
    "nh3",
    "charset-normalizer",
    "beautifulsoup4",
    "pypdf",
    "babel",
    "cryptography",
    "python-docx",
    "odfdo",
    "pypdfium2",
    "openpyxl",
    "defusedxml",
)
"""StoryDesk's runtime requirements, for when its own metadata is missing (pyproject.toml)."""

QT_LICENCE = "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"
"""Qt's licence as StoryDesk uses it (PySide6's wheels say the same)."""

FONTS = {"dejavu": ("DejaVu Sans", "2.37", "Bitstream-Vera (DejaVu changes: public domain)")}
"""Font folders in ``resources/fonts``: family, version, licence (resources/fonts/README.md)."""

_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)([._-].*)?$", re.IGNORECASE)
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LICENCE_TEXT_LIMIT = 1_000_000
"""Characters of licence text read per component (a licence file is a few kilobytes)."""


@dataclass(frozen=True)
class Component:
    """Something StoryDesk ships that others made: a font or a library, and its licence."""

    name: str
    kind: str
    """``font``, ``library`` or ``qt``."""
    version: str | None
    licence: str | None
    text: str | None
    """The licence text(s) shipped with it, ``None`` when it ships none."""


@dataclass(frozen=True)
class CatalogueSize:
    """How big the data folder's catalogue is."""

    stories: int
    catalogue_bytes: int
    media_bytes: int
    media_files: int


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).casefold()


def _requirement_names(requirements: Iterable[str]) -> list[str]:
    """Distribution names of requirements that do not belong to an extra."""
    names = []
    for requirement in requirements:
        if "extra" in requirement.partition(";")[2]:
            continue
        match = _REQUIREMENT_NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def runtime_requirements() -> list[str]:
    """StoryDesk's runtime requirements (no extras), from its metadata or the built-in list."""
    try:
        requirements = metadata.requires("storydesk")
    except metadata.PackageNotFoundError:
        requirements = None
    if requirements is None:
        return list(RUNTIME_REQUIREMENTS)
    return _requirement_names(requirements)


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """One metadata field, ``""`` when absent."""
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def _licence_of(meta: metadata.PackageMetadata) -> str | None:
    """A distribution's licence: the SPDX expression, a short License field, or classifiers."""
    expression = _field(meta, "License-Expression").strip()
    if expression:
        return expression
    field = _field(meta, "License").strip()
    if field and "\n" not in field and len(field) <= 80 and field.upper() != "UNKNOWN":
        return field
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.count("::") >= 2
    ]
    if classifiers:
        return ", ".join(dict.fromkeys(classifiers))
    return field.splitlines()[0][:80] if field else None


def _read_text(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return handle.read(_LICENCE_TEXT_LIMIT)
    except OSError:
        return None


def _dist_text(dist: metadata.Distribution, name: str) -> str | None:
    """A file of a distribution's metadata as text, even when it is not UTF-8.

    Licence texts come in Latin-1 too (pypdfium2 ships FreeType's with a "©" byte).
    """
    try:
        return dist.read_text(name)
    except UnicodeDecodeError as exc:
        data = exc.object if isinstance(exc.object, bytes) else b""
        return data[:_LICENCE_TEXT_LIMIT].decode("utf-8", errors="replace")


def _licence_text(dist: metadata.Distribution) -> str | None:
    """The licence files a distribution ships, one after another under their names."""
    parts: list[str] = []
    seen: set[str] = set()
    for file in dist.files or []:
        if not _LICENCE_FILE.match(file.name) or str(file) in seen:
            continue
        seen.add(str(file))
        text = _read_text(Path(str(dist.locate_file(file))))
        if text and text.strip():
            parts.append(f"==> {file} <==\n\n{text.strip()}\n")
    if not parts:
        # Metadata 2.4 names its licence files; a frozen copy may lack the RECORD.
        for name in meta_licence_files(dist):
            text = _dist_text(dist, f"licenses/{name}") or _dist_text(dist, name)
            if text and text.strip():
                parts.append(f"==> {name} <==\n\n{text.strip()}\n")
    return "\n".join(parts) or None


def meta_licence_files(dist: metadata.Distribution) -> list[str]:
    """The ``License-File`` names a distribution's metadata gives."""
    try:
        return list(dist.metadata.get_all("License-File") or [])
    except Exception:  # damaged metadata: no names
        return []


def _library(name: str) -> tuple[Component, metadata.Distribution | None]:
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return Component(name, "library", None, None, None), None
    try:
        meta = dist.metadata
        shown = _field(meta, "Name") or name
        licence = _licence_of(meta)
    except Exception:  # metadata that will not parse: say what we know
        log.warning("the metadata of %s could not be read", name, exc_info=True)
        return Component(name, "library", dist.version, None, None), dist
    return Component(shown, "library", dist.version, licence, _licence_text(dist)), dist


def _libraries(names: Iterable[str]) -> Iterator[Component]:
    """The named distributions, then what they require (installed only), each once."""
    seen: set[str] = {"storydesk"}
    queue = [(name, True) for name in names]
    while queue:
        name, direct = queue.pop(0)
        key = _canonical(name)
        if key in seen:
            continue
        seen.add(key)
        component, dist = _library(name)
        if dist is None and not direct:
            continue  # a requirement of a requirement not installed: not used here
        yield component
        if dist is not None:
            try:
                requirements = dist.requires or []
            except Exception:
                requirements = []
            queue.extend((sub, False) for sub in _requirement_names(requirements))


def _fonts() -> list[Component]:
    from storydesk.resources import resource

    try:
        folder = Path(resource("fonts"))
    except FileNotFoundError:
        return []
    fonts = []
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        family, version, licence = FONTS.get(sub.name, (sub.name, None, None))
        licence_file = next((p for p in sorted(sub.iterdir()) if _LICENCE_FILE.match(p.name)), None)
        text = _read_text(licence_file) if licence_file is not None else None
        fonts.append(Component(family, "font", version, licence, text))
    return fonts


def components() -> list[Component]:
    """Everything the Licences tab lists: fonts, Qt, then the libraries by name."""
    libraries = sorted(_libraries(runtime_requirements()), key=lambda c: c.name.casefold())
    pyside = next(
        (c for c in libraries if _canonical(c.name) in {"pyside6-essentials", "pyside6"}), None
    )
    qt_text = _qt_licence_text()
    qt = Component(
        "Qt",
        "qt",
        qVersion(),
        (pyside.licence if pyside is not None and pyside.licence else QT_LICENCE),
        qt_text,
    )
    libraries = [
        replace(c, text=qt_text) if c.text is None and _canonical(c.name) in QT_WHEELS else c
        for c in libraries
    ]
    return [*_fonts(), qt, *libraries]


QT_WHEELS = {"pyside6-essentials", "pyside6", "shiboken6"}
"""Qt's Python wheels: they ship no licence file, so they show Qt's (resources/licences)."""


def _qt_licence_text() -> str | None:
    """The LGPL-3.0 and the GPL-3.0 it builds on, as shipped in ``resources/licences``."""
    from storydesk.resources import resource

    parts = []
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        try:
            text = _read_text(resource("licences", name))
        except FileNotFoundError:
            text = None
        if text and text.strip():
            parts.append(f"==> {name} <==\n\n{text.strip()}\n")
    return "\n".join(parts) or None


def _folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and files under ``folder`` (links not followed; unreadable parts skipped)."""
    total = files = 0
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(Path(entry.path))
                        elif entry.is_file(follow_symlinks=False):
                            total += entry.stat(follow_symlinks=False).st_size
                            files += 1
                    except OSError:
                        continue
        except OSError:
            continue
    return total, files


def measure_catalogue(library: Library) -> CatalogueSize:
    """Stories, catalogue file (with its write-ahead log) and photo folder sizes."""
    layout = library.layout
    catalogue = 0
    if library.database is not None:
        catalogue = library.shared_catalogue_bytes()
    for path in (layout.catalogue, layout.catalogue.with_name(layout.catalogue.name + "-wal")):
        if library.database is not None:
            break
        with contextlib.suppress(OSError):
            catalogue += path.stat().st_size
    media_bytes, media_files = _folder_size(layout.media)
    return CatalogueSize(library.stats_stories(), catalogue, media_bytes, media_files)


def data_size(value: int) -> str:
    """A size in bytes as the interface language writes it (``1.4 MB``, ``1,4 МБ``)."""
    return QLocale().formattedDataSize(value, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def _selectable(text: str, name: str) -> QLineEdit:
    field = QLineEdit(text)
    field.setReadOnly(True)
    field.setObjectName(name)
    field.setCursorPosition(0)
    return field


class LicenceTextDialog(QDialog):
    """One component's licence text, read-only and selectable."""

    def __init__(self, component: Component, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licenceTextDialog")
        self.setWindowTitle(self.tr("Licence: {name}").format(name=component.name))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("licenceText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setPlainText(component.text or "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 520)


class AboutDialog(QDialog):
    """Help › About: version, data folder, log file, catalogue size, and licences."""

    measured = Signal()
    """The catalogue's size is on screen."""
    licencesLoaded = Signal()
    """The Licences tab lists the fonts and libraries."""

    def __init__(
        self, library: Library, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About StoryDesk"))
        self._library = library
        # A runner of its own outlives the dialog (no Qt parent): a measurement still running
        # when the dialog is deleted finishes into a callback that sees it gone.
        self._runner = runner or TaskRunner()
        self._gone = [False]
        gone = self._gone
        self.destroyed.connect(lambda *_: gone.__setitem__(0, True))
        self.size_info: CatalogueSize | None = None
        self.components: list[Component] = []
        self.licence_dialog: LicenceTextDialog | None = None
        self._reading_licences = False
        self.folder = library.layout.root
        self.log_file = library.layout.logs / LOG_NAME

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aboutTabs")
        self.tabs.addTab(self._about_tab(), self.tr("About"))
        self.tabs.addTab(self._licences_tab(), self.tr("Licences"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyAboutDetails")
        self.copy_button.setToolTip(
            self.tr("Copy the version, folders and sizes, to send to whoever helps you")
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(680, 520)
        self.refresh()

    # -- the About tab ----------------------------------------------------------------

    def _about_tab(self) -> QWidget:
        page = QWidget(self)
        logo = QLabel(page)
        logo.setPixmap(icon("storydesk").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self.tr("StoryDesk {version}").format(version=__version__), page)
        self.heading.setObjectName("aboutVersion")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tagline = QLabel(self.tr("An offline catalogue of development stories."), page)
        tagline.setWordWrap(True)
        head_text = QVBoxLayout()
        head_text.addWidget(self.heading)
        head_text.addWidget(tagline)
        head_text.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(logo)
        head.addLayout(head_text, 1)

        self.folder_edit = _selectable(str(self.folder), "aboutDataFolder")
        self.folder_edit.setAccessibleName(self.tr("Data folder"))
        self.open_folder_button = QPushButton(self.tr("&Open Folder"), page)
        self.open_folder_button.setObjectName("openDataFolder")
        self.open_folder_button.setToolTip(self.tr("Show the data folder in the file manager"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.open_folder_button)
        self.log_edit = _selectable(str(self.log_file), "aboutLogFile")
        self.log_edit.setAccessibleName(self.tr("Log file"))

        measuring = self.tr("Measuring…")
        self.stories_label = QLabel(measuring, page)
        self.stories_label.setObjectName("aboutStories")
        self.catalogue_label = QLabel(measuring, page)
        self.catalogue_label.setObjectName("aboutCatalogueSize")
        self.media_label = QLabel(measuring, page)
        self.media_label.setObjectName("aboutMediaSize")
        self.platform_label = QLabel(self._platform_text(), page)
        self.platform_label.setObjectName("aboutPlatform")
        self.platform_label.setWordWrap(True)
        self.platform_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Data folder:"), folder_row)
        form.addRow(self.tr("Log file:"), self.log_edit)
        form.addRow(self.tr("Stories:"), self.stories_label)
        if self._library.database is not None:
            form.addRow(
                self.tr("Shared catalogue:"),
                _selectable(self._library.database, "aboutSharedCatalogue"),
            )
            form.addRow(self.tr("Catalogue size:"), self.catalogue_label)
        else:
            form.addRow(self.tr("Catalogue file:"), self.catalogue_label)
        form.addRow(self.tr("Photos:"), self.media_label)
        form.addRow(self.tr("Runs on:"), self.platform_label)

        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _platform_text(self) -> str:
        return self.tr("Qt {qt}, PySide6 {pyside}, Python {python}, {system}").format(
            qt=qVersion(),
            pyside=pyside_version,
            python=platform.python_version(),
            system=platform.platform(terse=True),
        )

    def refresh(self) -> None:
        """Measure the catalogue and read the licences again, off the UI thread."""
        library = self._library
        self._runner.run(
            lambda: measure_catalogue(library),
            on_done=self._show_size,
            on_failed=self._size_failed,
            lane="read",
        )
        if not self.components and not self._reading_licences:
            self._reading_licences = True
            self._runner.run(
                components, on_done=self._show_components, on_failed=self._licences_failed
            )

    def _show_size(self, size: CatalogueSize) -> None:
        if self._gone[0]:
            return
        self.size_info = size
        self.stories_label.setText(number(size.stories))
        self.catalogue_label.setText(data_size(size.catalogue_bytes))
        if size.media_files:
            self.media_label.setText(
                self.tr("{size} in %Ln files", "", size.media_files).format(
                    size=data_size(size.media_bytes)
                )
            )
        else:
            self.media_label.setText(self.tr("none stored"))
        self.measured.emit()

    def _size_failed(self, exc: BaseException, _traceback: str) -> None:
        log.warning("the catalogue could not be measured: %s", exc)
        if self._gone[0]:
            return
        unknown = self.tr("unknown")
        for label in (self.stories_label, self.catalogue_label, self.media_label):
            label.setText(unknown)
        self.measured.emit()

    def open_data_folder(self) -> bool:
        """Open the data folder in the file manager (a local folder, never a web address)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    # -- the Licences tab -------------------------------------------------------------

    def _licences_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "StoryDesk is built on the work of others. These fonts and libraries ship "
                "with it, under their own licences."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.licences = QTableWidget(0, 3, page)
        self.licences.setObjectName("licencesTable")
        self.licences.setAccessibleName(self.tr("Fonts and libraries"))
        self.licences.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Version"), self.tr("Licence")]
        )
        self.licences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.licences.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.licences.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.licences.verticalHeader().setVisible(False)
        header = self.licences.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.licences.itemSelectionChanged.connect(self._update_view_button)
        self.licences.itemActivated.connect(lambda _item: self.view_licence())
        self.view_button = QPushButton(self.tr("&View Licence…"), page)
        self.view_button.setObjectName("viewLicence")
        self.view_button.setEnabled(False)
        self.view_button.clicked.connect(lambda: self.view_licence())
        self.qt_note = QLabel(
            self.tr(
                "Qt and PySide6 are used under the GNU Lesser General Public License, "
                "version 3 (https://www.gnu.org/licenses/lgpl-3.0.html); their source is "
                "at https://code.qt.io."
            ),
            page,
        )
        self.qt_note.setWordWrap(True)
        self.qt_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.qt_note, 1)
        row.addWidget(self.view_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.licences, 1)
        layout.addLayout(row)
        return page

    def _show_components(self, found: list[Component]) -> None:
        self._reading_licences = False
        if self._gone[0]:
            return
        self.components = list(found)
        unknown = self.tr("unknown")
        kinds = {"font": self.tr("font"), "qt": self.tr("toolkit")}
        self.licences.setRowCount(len(self.components))
        for row, component in enumerate(self.components):
            name = component.name
            if component.kind in kinds:
                name = self.tr("{name} ({kind})").format(name=name, kind=kinds[component.kind])
            cells = (name, component.version or unknown, component.licence or unknown)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.licences.setItem(row, column, item)
        self._update_view_button()
        self.licencesLoaded.emit()

    def _licences_failed(self, exc: BaseException, _traceback: str) -> None:
        log.warning("the licences could not be read: %s", exc)
        self._reading_licences = False
        if self._gone[0]:
            return
        self.licencesLoaded.emit()

    def selected_component(self) -> Component | None:
        rows = {index.row() for index in self.licences.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.components[row] if 0 <= row < len(self.components) else None

    def _update_view_button(self) -> None:
        component = self.selected_component()
        self.view_button.setEnabled(component is not None and bool(component.text))
        if component is not None and not component.text:
            self.view_button.setToolTip(self.tr("This one ships no licence text"))
        else:
            self.view_button.setToolTip(self.tr("Read the licence text"))

    def view_licence(self, name: str | None = None) -> LicenceTextDialog | None:
        """Show the licence text of ``name`` (default: the chosen row); None if it has none."""
        if name is None:
            component = self.selected_component()
        else:
            wanted = name.casefold()
            component = next((c for c in self.components if c.name.casefold() == wanted), None)
        if component is None or not component.text:
            return None
        self.licence_dialog = LicenceTextDialog(component, self)
        self.licence_dialog.open()
        return self.licence_dialog

    # -- details ----------------------------------------------------------------------

    def text(self) -> str:
        """The facts of the About tab as plain text (what Copy Details copies)."""
        lines = [
            self.heading.text(),
            self.tr("Data folder: {path}").format(path=self.folder),
            self.tr("Log file: {path}").format(path=self.log_file),
        ]
        if self._library.database is not None:
            lines.append(self.tr("Shared catalogue: {url}").format(url=self._library.database))
        if self.size_info is not None:
            size = self.catalogue_label.text()
            lines += [
                self.tr("Stories: {count}").format(count=self.stories_label.text()),
                self.tr("Catalogue size: {size}").format(size=size)
                if self._library.database is not None
                else self.tr("Catalogue file: {size}").format(size=size),
                self.tr("Photos: {size}").format(size=self.media_label.text()),
            ]
        lines.append(self.platform_label.text())
        return "\n".join(lines)

    def copy_details(self) -> None:
        """Put :meth:`text` on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())
