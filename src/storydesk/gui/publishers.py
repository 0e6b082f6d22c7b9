"""Settings › Publishers: the publisher keys of this catalogue, made, shared, trusted, revoked.

The dialog lists every key the catalogue knows (its own, the keys it trusts, those shipped
with this build, those met in bundles and not trusted, those revoked) with the publisher,
the fingerprint in groups of four (to compare by phone) and what the key may do here. Its
buttons are the ``storydesk keys`` commands: Generate My Key…, Export My Key…, Trust Key
File…, Trust… (a key met in a bundle, after showing its fingerprint) and Revoke… (after
saying what revoking does). Changes run on the task runner's ``write`` lane, the list is
read on the ``read`` lane; questions are non-blocking dialogs kept in :attr:`dialog`.
See docs/publishers.md.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storydesk.gui import folders
from storydesk.gui.errors import describe
from storydesk.gui.shortcuts import without_mnemonic
from storydesk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from storydesk.library import KeyInfo, Library

log = logging.getLogger(__name__)

KEY_FILE_SUFFIX = ".storykey"


class PublishersDialog(QDialog):
    """The publisher keys in a table, with the buttons that change them."""

    loaded = Signal()
    """The table shows the keys as last read."""
    changed = Signal()
    """A key was made, trusted or revoked (the table is read again)."""

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("publishersDialog")
        self.setWindowTitle(self.tr("Publishers"))
        self._library = library
        self._runner = runner
        self.keys: list[KeyInfo] = []
        self.dialog: QWidget | None = None
        """The question or message open over this dialog, if any."""

        intro = QLabel(
            self.tr(
                "Bundles signed with a trusted key may update the stories they brought and "
                "withdraw them. Compare a key's fingerprint with its publisher, by phone, "
                "before you trust it."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("publisherKeys")
        self.table.setAccessibleName(self.tr("Publisher keys"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Publisher"), self.tr("Fingerprint"), self.tr("Status")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("Reading the keys…"))
        self.empty.setObjectName("publishersEmpty")
        self.status = QLabel()
        self.status.setObjectName("publishersStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.generate_button = self._button(
            "generateKey",
            self.tr("&Generate My Key…"),
            self.tr("Make this catalogue's publisher key, to sign its bundles"),
            self.ask_generate,
        )
        self.export_button = self._button(
            "exportKey",
            self.tr("&Export My Key…"),
            self.tr("Save this catalogue's public key as a file to give to the offices"),
            self.ask_export,
        )
        self.trust_file_button = self._button(
            "trustKeyFile",
            self.tr("Trust Key &File…"),
            self.tr("Trust a publisher's key from a key file"),
            self.ask_trust_file,
        )
        self.trust_button = self._button(
            "trustKey",
            self.tr("&Trust…"),
            self.tr("Trust the chosen key, met in a bundle, after comparing its fingerprint"),
            self.ask_trust,
        )
        self.revoke_button = self._button(
            "revokeKey",
            self.tr("&Revoke…"),
            self.tr("Refuse the chosen key's bundles from now on"),
            self.ask_revoke,
        )
        row = QHBoxLayout()
        for button in (
            self.generate_button,
            self.export_button,
            self.trust_file_button,
            self.trust_button,
            self.revoke_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(820, 420)
        self._update_buttons()
        self.reload()

    def _button(
        self, name: str, text: str, description: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(without_mnemonic(text).rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- the list ---------------------------------------------------------------------

    def status_words(self) -> dict[str, str]:
        """What each status means, as the table shows it."""
        return {
            "own": self.tr("This catalogue's key (signs its bundles)"),
            "trusted": self.tr("Trusted"),
            "shipped": self.tr("Trusted (shipped with this StoryDesk)"),
            "unknown": self.tr("Not trusted (met in a bundle)"),
            "revoked": self.tr("Revoked"),
        }

    def reload(self) -> None:
        """Read the keys again (off the UI thread)."""
        self._runner.run(
            self._library.keys,
            on_done=self.set_keys,
            on_failed=lambda exc, _tb: self.empty.setText(describe(exc)),
            lane="read",
        )

    def set_keys(self, keys: list[KeyInfo]) -> None:
        """Fill the table (on the UI thread), keeping the chosen key chosen."""
        chosen = self.chosen()
        self.keys = list(keys)
        words = self.status_words()
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            publisher = QTableWidgetItem(key.publisher)
            fingerprint = QTableWidgetItem(key.spaced)
            fingerprint.setToolTip(key.fingerprint)
            status = QTableWidgetItem(words.get(key.status, key.status))
            self.table.setItem(row, 0, publisher)
            self.table.setItem(row, 1, fingerprint)
            self.table.setItem(row, 2, status)
        self.table.resizeColumnsToContents()
        self.empty.setText(
            self.tr("No publisher keys yet: generate this catalogue's, or trust a key file.")
            if not self.keys
            else ""
        )
        self.empty.setVisible(not self.keys)
        if chosen is not None:
            self.select(chosen.fingerprint)
        self._update_buttons()
        self.loaded.emit()

    def select(self, fingerprint: str) -> bool:
        """Choose the key with ``fingerprint`` in the table; whether it is listed."""
        for row, key in enumerate(self.keys):
            if key.fingerprint == fingerprint:
                self.table.selectRow(row)
                return True
        return False

    def chosen(self) -> KeyInfo | None:
        """The key chosen in the table."""
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or not 0 <= rows[0].row() < len(self.keys):
            return None
        return self.keys[rows[0].row()]

    def own_key(self) -> KeyInfo | None:
        """This catalogue's own key, if it has one."""
        return next((k for k in self.keys if k.status == "own"), None)

    def _update_buttons(self) -> None:
        writable = not self._library.read_only
        chosen = self.chosen()
        own = self.own_key()
        self.generate_button.setEnabled(writable and own is None)
        self.export_button.setEnabled(own is not None)
        self.trust_file_button.setEnabled(writable)
        self.trust_button.setEnabled(writable and chosen is not None and chosen.status == "unknown")
        self.revoke_button.setEnabled(
            writable and chosen is not None and chosen.status != "revoked"
        )

    # -- questions --------------------------------------------------------------------

    def _keep(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: self._forget(dialog))

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _question(
        self, name: str, text: str, informative: str, yes: str, confirmed: Callable[[], None]
    ) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Publishers"))
        box.setText(text)
        box.setInformativeText(informative)
        button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName("confirmButton")
        button.setAccessibleName(without_mnemonic(yes))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.buttonClicked.connect(lambda clicked: confirmed() if clicked is button else None)
        box.finished.connect(box.deleteLater)
        self._keep(box)
        box.open()
        return box

    def _tell(self, name: str, text: str, informative: str) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Publishers"))
        box.setText(text)
        box.setInformativeText(informative)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.finished.connect(box.deleteLater)
        self._keep(box)
        box.open()
        return box

    def ask_generate(self) -> QInputDialog:
        """Ask for the publisher's name; Generate follows OK."""
        dialog = QInputDialog(self)
        dialog.setObjectName("publisherName")
        dialog.setWindowTitle(self.tr("Generate My Key"))
        dialog.setLabelText(
            self.tr(
                "The publisher's name, as the offices will see it on your bundles "
                "(for example your organisation and country office):"
            )
        )
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("Generate"))
        dialog.textValueSelected.connect(self.generate)
        dialog.finished.connect(dialog.deleteLater)
        self._keep(dialog)
        dialog.open()
        return dialog

    def ask_export(self) -> None:
        """Ask where to save this catalogue's public key, then save it."""
        own = self.own_key()
        if own is None:
            return
        stem = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in own.publisher)
        suggested = folders.start_path(
            folders.PUBLISHERS, (stem.strip(" .-") or "publisher") + KEY_FILE_SUFFIX
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export My Key"),
            suggested,
            self.tr("Publisher keys (*.storykey)"),
        )
        if path:
            if not path.endswith(KEY_FILE_SUFFIX):
                path += KEY_FILE_SUFFIX
            folders.remember(folders.PUBLISHERS, path)
            self.export_to(Path(path))

    def ask_trust_file(self) -> None:
        """Ask for a key file, then trust it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Trust Key File"),
            folders.start_folder(folders.PUBLISHERS),
            self.tr("Publisher keys (*.storykey);;All files (*)"),
        )
        if path:
            folders.remember(folders.PUBLISHERS, path)
            self.trust_file(Path(path))

    def ask_trust(self) -> QMessageBox | None:
        """Show the chosen key's fingerprint to compare; Trust follows."""
        key = self.chosen()
        if key is None or key.status != "unknown":
            return None
        fingerprint = key.fingerprint
        return self._question(
            "confirmTrustKey",
            self.tr("Trust the key of “{publisher}”?").format(publisher=key.publisher),
            self.tr(
                "Fingerprint: {fingerprint}\n\nCompare it with the fingerprint the publisher "
                "gives you, by phone or in person, not in the bundle's own channel. A bundle "
                "signed with a trusted key may update the stories it brought and withdraw "
                "them."
            ).format(fingerprint=key.spaced),
            self.tr("Trust"),
            lambda: self.trust(fingerprint),
        )

    def ask_revoke(self) -> QMessageBox | None:
        """Say what revoking the chosen key does; Revoke follows."""
        key = self.chosen()
        if key is None or key.status == "revoked":
            return None
        fingerprint = key.fingerprint
        what = self.tr(
            "Bundles signed with this key are refused here from now on, and a revoked key "
            "cannot be trusted again. The stories it brought stay in the catalogue."
        )
        if key.status == "own":
            what += " " + self.tr(
                "Its private half is deleted: your bundles are no longer signed until you "
                "generate a new key, which the offices must trust anew."
            )
        return self._question(
            "confirmRevokeKey",
            self.tr("Revoke the key of “{publisher}” ({fingerprint})?").format(
                publisher=key.publisher, fingerprint=key.spaced
            ),
            what,
            self.tr("Revoke"),
            lambda: self.revoke(fingerprint),
        )

    # -- changes ----------------------------------------------------------------------

    def _write(self, job: Callable[[], Any], done: Callable[[Any], None], what: str) -> None:
        """Run ``job`` on the write lane; the table is read again after it, failed or not."""
        self._set_busy(True)

        def finished(result: Any) -> None:
            self._set_busy(False)
            done(result)
            self.changed.emit()
            self.reload()

        def failed(exc: BaseException, _tb: str) -> None:
            self._set_busy(False)
            log.warning("%s: %s", what, exc)
            self.status.setText(self.tr("{what}. {reason}").format(what=what, reason=describe(exc)))
            self.reload()

        self._runner.run(job, on_done=finished, on_failed=failed, lane="write")

    def _set_busy(self, busy: bool) -> None:
        for button in (
            self.generate_button,
            self.export_button,
            self.trust_file_button,
            self.trust_button,
            self.revoke_button,
        ):
            button.setEnabled(False)
        if not busy:
            self._update_buttons()

    def generate(self, publisher: str) -> None:
        """Make this catalogue's key for ``publisher``."""
        library = self._library

        def done(key: KeyInfo) -> None:
            self.status.setText(
                self.tr(
                    "Made the publisher key of “{publisher}”. Fingerprint: {fingerprint}. "
                    "Its private half stays in this data folder."
                ).format(publisher=key.publisher, fingerprint=key.spaced)
            )

        self._write(lambda: library.generate_key(publisher), done, self.tr("No key was made"))

    def export_to(self, path: Path) -> None:
        """Save this catalogue's public key as ``path``."""
        library = self._library

        def done(key: KeyInfo) -> None:
            self.status.setText(
                self.tr(
                    "Saved the public key of “{publisher}” as {path}. Tell the offices its "
                    "fingerprint, so that they can compare it: {fingerprint}"
                ).format(publisher=key.publisher, path=path, fingerprint=key.spaced)
            )

        self._write(lambda: library.export_key(path), done, self.tr("The key was not saved"))

    def trust_file(self, path: Path) -> None:
        """Trust the key in the key file ``path``, then show its fingerprint to compare."""
        library = self._library

        def done(key: KeyInfo) -> None:
            text = self.tr("Trusted the key of “{publisher}”.").format(publisher=key.publisher)
            self.status.setText(text)
            self._tell(
                "trustedKey",
                text,
                self.tr(
                    "Fingerprint: {fingerprint}\n\nCompare it with the fingerprint the "
                    "publisher gives you, by phone or in person. If they differ, revoke "
                    "this key."
                ).format(fingerprint=key.spaced),
            )
            self.select(key.fingerprint)

        self._write(lambda: library.trust_key_file(path), done, self.tr("The key was not trusted"))

    def trust(self, fingerprint: str) -> None:
        """Trust the key met in a bundle with ``fingerprint``."""
        library = self._library

        def done(key: KeyInfo) -> None:
            self.status.setText(
                self.tr("Trusted the key of “{publisher}” ({fingerprint}).").format(
                    publisher=key.publisher, fingerprint=key.spaced
                )
            )

        self._write(
            lambda: library.trust_key(fingerprint), done, self.tr("The key was not trusted")
        )

    def revoke(self, fingerprint: str) -> None:
        """Revoke the key with ``fingerprint``."""
        library = self._library

        def done(key: KeyInfo) -> None:
            self.status.setText(
                self.tr(
                    "Revoked the key of “{publisher}” ({fingerprint}): its bundles are "
                    "refused here."
                ).format(publisher=key.publisher, fingerprint=key.spaced)
            )

        self._write(
            lambda: library.revoke_key(fingerprint), done, self.tr("The key was not revoked")
        )


def show_publishers(window: Any) -> PublishersDialog:
    """Open Settings › Publishers over the main ``window`` (one dialog, read again)."""
    dialog: PublishersDialog | None = getattr(window, "publishers_dialog", None)
    if dialog is None:
        dialog = PublishersDialog(window.library, window.runner, window)
        window.publishers_dialog = dialog
    else:
        dialog.reload()
    dialog.show()
    dialog.raise_()
    return dialog
