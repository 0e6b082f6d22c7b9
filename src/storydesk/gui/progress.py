"""The progress window long work shows after a short delay: a bar, what is being worked
on, and Cancel (which asks the work to stop; the work decides what "stopped" leaves)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storydesk.gui.tasks import ProgressState

SHOW_AFTER_MS = 300
"""Work that ends sooner shows no window at all."""
POLL_MS = 100


class CancellableProgressDialog(QDialog):
    """A modeless progress window with Cancel; Esc and the close button mean Cancel too.

    Subclasses set the window title, the heading, the accessible names and
    :attr:`cancelling_text` (shown once Cancel is pressed), and fill in the progress.
    """

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setMinimumWidth(460)
        self.heading = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.current = QLabel()
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setMinimumWidth(420)
        # translate() with this class's context: self.tr would look up the subclass's.
        self.cancel_button = QPushButton(
            QCoreApplication.translate("CancellableProgressDialog", "Cancel")
        )
        self.cancel_button.clicked.connect(self._cancel)
        self.cancelling_text = QCoreApplication.translate(
            "CancellableProgressDialog", "Cancelling…"
        )
        buttons = QDialogButtonBox()
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.current)
        layout.addWidget(buttons)

    @property
    def cancelling(self) -> bool:
        """Whether Cancel has been pressed."""
        return not self.cancel_button.isEnabled()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.heading.setText(self.cancelling_text)
        self.cancelRequested.emit()

    def reject(self) -> None:  # Esc or the window's close button mean Cancel
        if not self.cancelling:
            self._cancel()

    def set_bar(self, done: int, total: int) -> None:
        """Show ``done`` of ``total`` (a busy bar while the total is unknown)."""
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def set_current(self, text: str, tooltip: str, elide: Qt.TextElideMode) -> None:
        """Say what is being worked on, shortened to the window's width."""
        metrics = self.current.fontMetrics()
        self.current.setText(metrics.elidedText(text, elide, self.current.width()))
        self.current.setToolTip(tooltip)


class BackgroundJob(QObject):
    """One piece of long work at a time, with a progress window shown after a short delay.

    Subclasses start their work with :meth:`_begin` (which returns the shared
    :class:`ProgressState` to pass to the worker), build their window in
    :meth:`_make_dialog`, fill it in :meth:`_show_progress`, and call
    :meth:`_close_progress` when the work ends.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state: ProgressState | None = None
        self.dialog: CancellableProgressDialog | None = None
        self._started_at = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self.state is not None

    def cancel(self) -> None:
        if self.state is not None:
            self.state.cancel()

    def _begin(self) -> ProgressState:
        self.state = ProgressState()
        self._started_at = time.monotonic()
        return self.state

    def _watch(self, state: ProgressState) -> bool:
        """Poll ``state`` unless the work already finished (an inline runner); True if so."""
        if self.state is state:
            self._timer.start()
            return True
        return False

    def _make_dialog(self) -> CancellableProgressDialog:
        raise NotImplementedError

    def _show_progress(self, dialog: Any, done: int, total: int, current: str) -> None:
        raise NotImplementedError

    def _poll(self) -> None:
        if self.state is None:
            return
        elapsed_ms = (time.monotonic() - self._started_at) * 1000
        if self.dialog is None and elapsed_ms >= SHOW_AFTER_MS:
            self.dialog = self._make_dialog()
            self.dialog.cancelRequested.connect(self.cancel)
            self.dialog.show()
        if self.dialog is not None:
            self._show_progress(self.dialog, *self.state.snapshot())

    def _close_progress(self) -> None:
        self._timer.stop()
        self.state = None
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
