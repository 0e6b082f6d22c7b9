"""Settings › Shared Catalogue: the desktop app on a headquarters catalogue on PostgreSQL.

An editor at headquarters starts StoryDesk from the desktop, not from a terminal, so the
shared catalogue's address (docs/headquarters.md) is kept in the user's settings as well as
taken from ``STORYDESK_DATABASE_URL`` or ``--database-url``, which win when set. The
:class:`SharedCatalogueDialog` takes the address, tries it (how many stories the catalogue
holds, or the server's own words) off the UI thread, and keeps it; the app then starts
again on it. "Use This Computer's Catalogue" goes back to the data folder's own catalogue.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storydesk.gui.errors import describe
from storydesk.gui.i18n import app_settings
from storydesk.gui.tasks import TaskRunner
from storydesk.paths import DATABASE_URL_ENV

if TYPE_CHECKING:
    from storydesk.library import Library

SETTING = "catalogue/database_url"
"""The user setting holding the shared catalogue's address (none: the data folder's own)."""


def saved_database_url(settings: QSettings | None = None) -> str | None:
    """The shared catalogue chosen in Settings › Shared Catalogue, if any."""
    value = str((settings or app_settings()).value(SETTING, "") or "").strip()
    return value or None


def save_database_url(url: str | None, settings: QSettings | None = None) -> None:
    """Keep the shared catalogue's address (``None``: the data folder's own catalogue)."""
    s = settings or app_settings()
    if url:
        s.setValue(SETTING, url)
    else:
        s.remove(SETTING)
    s.sync()


_from_environment: list[str] = []
"""The address the environment or ``--database-url`` gave at start, if any (it wins)."""


def use_saved_database_url(settings: QSettings | None = None) -> str | None:
    """At start: the saved address, unless the environment or ``--database-url`` named one
    (they win); returns the address the app opens, if any."""
    current = os.environ.get(DATABASE_URL_ENV, "").strip()
    _from_environment[:] = [current] if current else []
    if current:
        return current
    saved = saved_database_url(settings)
    if saved:
        os.environ[DATABASE_URL_ENV] = saved
    return saved


def environment_database_url() -> str | None:
    """The address the environment or ``--database-url`` gave at start (it wins over the
    saved one), or ``None``."""
    return _from_environment[0] if _from_environment else None


def take_effect_at_restart(url: str | None) -> None:
    """Let the StoryDesk started again open ``url`` (``None``: this computer's catalogue):
    it inherits this process's environment, where the old saved address may stand."""
    if environment_database_url() is not None:
        return  # the environment wins; nothing to change
    if url:
        os.environ[DATABASE_URL_ENV] = url
    else:
        os.environ.pop(DATABASE_URL_ENV, None)


class SharedCatalogueDialog(QDialog):
    """Choose the shared catalogue the app opens (kept in the user's settings).

    ``accepted`` with :attr:`chosen` set to the address, or ``None`` for the data folder's
    own catalogue; the window then offers to start again.
    """

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sharedCatalogue")
        self.setWindowTitle(self.tr("Shared Catalogue"))
        self.runner = runner
        self.chosen: str | None = None
        intro = QLabel(
            self.tr(
                "A headquarters team can keep one catalogue on a PostgreSQL server. Give its "
                "address; keep the password out of it (in the PostgreSQL password file). "
                "This computer's data folder then keeps its search index and images."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(self)
        self.url.setObjectName("databaseUrl")
        # An example address; a translation may name the user and server in its own words.
        self.url.setPlaceholderText(self.tr("postgresql+psycopg://user@server/storydesk"))
        self.url.setAccessibleName(self.tr("Shared catalogue address"))
        self.url.setText(os.environ.get(DATABASE_URL_ENV, "") or saved_database_url() or "")
        self.try_button = QPushButton(self.tr("&Try It"), self)
        self.try_button.setObjectName("tryDatabaseUrl")
        self.try_button.setToolTip(self.tr("Connect and count the catalogue's stories"))
        self.try_button.clicked.connect(self.try_url)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.try_button)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("databaseUrlResult")
        self.outcome.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.use_button = buttons.addButton(
            self.tr("Use This Catalogue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("useShared")
        self.local_button = buttons.addButton(
            self.tr("Use This Computer's Catalogue"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.local_button.setObjectName("useLocal")
        self.local_button.setEnabled(library.database is not None or bool(saved_database_url()))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.use_button.clicked.connect(self._use)
        self.local_button.clicked.connect(self._use_local)
        buttons.rejected.connect(self.reject)
        self.url.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(620, 220)
        self._changed()

    def _changed(self) -> None:
        filled = bool(self.url.text().strip())
        self.try_button.setEnabled(filled)
        self.use_button.setEnabled(filled)
        self.outcome.clear()

    def try_url(self) -> None:
        """Connect to the address off the UI thread and say what is there."""
        from storydesk.library import probe_shared_catalogue

        url = self.url.text().strip()
        self.outcome.setText(self.tr("Connecting…"))
        self.try_button.setEnabled(False)
        self.runner.run(lambda: probe_shared_catalogue(url), self._tried, self._failed)

    def _tried(self, stories: Any) -> None:
        self.try_button.setEnabled(True)
        if stories is None:
            self.outcome.setText(
                self.tr(
                    "Connected. The database is empty: StoryDesk makes the catalogue there "
                    "when it opens it."
                )
            )
        else:
            self.outcome.setText(
                self.tr("Connected: the catalogue holds %Ln stories.", "", stories)
            )

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.try_button.setEnabled(True)
        self.outcome.setText(describe(exc))

    def _use(self) -> None:
        self.chosen = self.url.text().strip()
        save_database_url(self.chosen)
        self.accept()

    def _use_local(self) -> None:
        self.chosen = None
        save_database_url(None)
        self.accept()
