"""The progress window long work shows after a short delay: a bar, what is being worked
on, and Cancel (which asks the work to stop; the work decides what "stopped" leaves)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


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
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.cancelling_text = self.tr("Cancelling…")
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
