"""Starting the desktop app: ``storydesk`` with no command, ``storydesk-gui``, ``storydesk gui``.

The window appears at once; the catalogue opens on a worker thread (a missing or stale
search index is rebuilt there, with progress shown only if it takes a while), then the
main window takes over.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QProcess, Qt, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QProgressDialog

from storydesk.gui.errors import setup_logging, show_error
from storydesk.gui.i18n import install_translations, number, relaunch_command
from storydesk.gui.icons import icon
from storydesk.gui.platform_check import check_platform
from storydesk.gui.shared import use_saved_database_url
from storydesk.gui.tasks import ProgressState, TaskRunner
from storydesk.paths import DataLayout, default_data_dir

if TYPE_CHECKING:
    from storydesk.gui.mainwindow import MainWindow
    from storydesk.library import Library

log = logging.getLogger("storydesk.gui")


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with StoryDesk's names, icon and interface translations.

    The interface language is :func:`storydesk.gui.i18n.interface_language`.
    """
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    check_platform()  # one sentence and status 1 where Qt would abort (missing libraries)
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("StoryDesk")
    app.setOrganizationName("StoryDesk")
    app.setApplicationDisplayName("StoryDesk")
    app.setDesktopFileName("org.storydesk.StoryDesk")  # the installed .desktop file
    app.setWindowIcon(icon("storydesk"))
    install_translations(app)
    return app


class Launcher(QObject):
    """Opens the library off the UI thread, then shows the main window."""

    ready = Signal(object)  # MainWindow
    failed = Signal()

    def __init__(self, data_dir: Path, runner: TaskRunner, quit_when_ready: bool = False) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.runner = runner
        self.quit_when_ready = quit_when_ready
        self.status = 0
        self.window: MainWindow | None = None
        self.library: Library | None = None
        self.state = ProgressState()
        self.started = time.perf_counter()
        self.progress: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        from storydesk.library import Library

        state, folder = self.state, self.data_dir
        self.runner.run(
            lambda: Library.open(folder, progress=state.update, cancel=state.token),
            on_done=self._opened,
            on_failed=self._failed,
            lane="write",
        )
        self._timer.start()

    def _poll(self) -> None:
        if time.perf_counter() - self.started < 0.5:
            return
        if self.progress is None:
            self.progress = QProgressDialog(
                QApplication.translate("Launcher", "Opening the catalogue…"), "", 0, 0
            )
            self.progress.setWindowTitle(QApplication.applicationDisplayName())
            self.progress.setCancelButton(None)  # type: ignore[arg-type]
            self.progress.setMinimumDuration(0)
            self.progress.show()
        done, total, _what = self.state.snapshot()
        if total:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))
            self.progress.setLabelText(
                QApplication.translate(
                    "Launcher", "Preparing the search index: {done} of {total}"
                ).format(done=number(done), total=number(total))
            )

    def _close_progress(self) -> None:
        self._timer.stop()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _opened(self, library: Library) -> None:
        from storydesk.gui.mainwindow import MainWindow

        self._close_progress()
        self.library = library
        self.window = MainWindow(library, self.runner)
        self.window.show()
        log.info("window ready in %.2f s", time.perf_counter() - self.started)
        self.ready.emit(self.window)
        if self.quit_when_ready:
            QTimer.singleShot(0, self._report_ready_and_quit)

    def _report_ready_and_quit(self) -> None:
        """``--quit-when-ready``: say on stdout that the window is up, then quit (status 0)."""
        from storydesk import __version__

        window = self.window
        shown = window is not None and window.isVisible()
        stories = self.library.stats_stories() if self.library is not None else 0
        print(
            f"StoryDesk {__version__}: the window is {'open' if shown else 'NOT shown'} "
            f"on {self.data_dir} ({stories} stories)",
            flush=True,
        )
        self.status = 0 if shown else 1
        QApplication.exit(self.status)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._close_progress()
        self.status = 1
        if self.quit_when_ready:  # no one is there to close a dialog
            print(
                f"StoryDesk could not open the catalogue in {self.data_dir}: {exc}",
                file=sys.stderr,
                flush=True,
            )
            self.failed.emit()
            QApplication.exit(1)
            return
        show_error(
            None,
            QApplication.translate(
                "Launcher", "StoryDesk could not open the catalogue in {folder}"
            ).format(folder=self.data_dir),
            exc,
            tb,
        )
        self.failed.emit()
        QApplication.exit(1)


def import_when_ready(launcher: Launcher, paths: Sequence[Path]) -> None:
    """Once the window is ready, import ``paths`` as if dropped on it: a bundle
    (``storydesk-gui FILE.storybundle``, a double-click in the file manager) opens the
    import preview first, and nothing is written until the user chooses Import."""
    if paths:
        wanted = list(paths)
        launcher.ready.connect(lambda window: window.import_paths(list(wanted)))


class FileOpenFilter(QObject):
    """Files the system asks the running app to open (macOS Finder sends a
    :class:`QFileOpenEvent` instead of a command-line argument): imported like a drop once the
    window is ready, so a double-clicked bundle shows its import preview there too."""

    def __init__(self, launcher: Launcher) -> None:
        super().__init__(launcher)
        self.launcher = launcher
        self.waiting: list[Path] = []
        launcher.ready.connect(self._window_ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                path = Path(name)
                if self.launcher.window is not None:
                    self.launcher.window.import_paths([path])
                else:
                    self.waiting.append(path)
                return True
        return super().eventFilter(watched, event)

    def _window_ready(self, window: MainWindow) -> None:
        if self.waiting:
            paths, self.waiting = self.waiting, []
            window.import_paths(paths)


QUIT_WHEN_READY_ENV = "STORYDESK_QUIT_WHEN_READY"


def quit_when_ready_requested(flag: bool = False) -> bool:
    """``--quit-when-ready`` or ``STORYDESK_QUIT_WHEN_READY=1``: a start-up check that opens
    the window, prints one line and quits (CI and the frozen build's smoke test)."""
    return flag or os.environ.get(QUIT_WHEN_READY_ENV, "") not in ("", "0")


def run(
    data_dir: Path | None = None,
    import_paths: Sequence[Path] = (),
    quit_when_ready: bool = False,
) -> int:
    """Open the desktop app on ``data_dir`` (default: see :mod:`storydesk.paths`).

    ``import_paths`` (bundles or files opened from the desktop) are imported once the window
    is ready, as if dropped on it; bundles are previewed first (:func:`import_when_ready`).
    With ``quit_when_ready`` (:func:`quit_when_ready_requested`) the app quits as soon as its
    window is shown, after printing ``StoryDesk <version>: the window is open on <folder>
    (<n> stories)``; the exit status is 0 only if the window was shown.
    """
    quit_when_ready = quit_when_ready_requested(quit_when_ready)
    use_saved_database_url()  # Settings › Shared Catalogue, unless the environment names one
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    layout = DataLayout(folder)
    if layout.writable():  # a read-only folder is browsed, never written, not even a log
        setup_logging(layout.logs)
    app = make_application()
    runner = TaskRunner()
    launcher = Launcher(folder, runner, quit_when_ready)
    if not quit_when_ready:
        import_when_ready(launcher, import_paths)
        app.installEventFilter(FileOpenFilter(launcher))
    launcher.start()

    def excepthook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        import traceback

        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error: %s", details)
        show_error(
            launcher.window,
            QApplication.translate("Launcher", "Something went wrong"),
            value,
            details,
            modal=False,
        )

    previous_hook = sys.excepthook
    sys.excepthook = excepthook
    try:
        status = app.exec()
    finally:
        sys.excepthook = previous_hook
        runner.close()
        if launcher.library is not None:
            launcher.library.close()
    if launcher.window is not None and launcher.window.restart_requested:
        program, arguments = relaunch_command()
        log.info("starting StoryDesk again: %s %s", program, arguments)
        if not QProcess.startDetached(program, arguments):
            log.error("StoryDesk could not be started again")
    return int(status) or launcher.status


def main() -> int:
    """The ``storydesk-gui`` entry point: ``storydesk-gui [--data-dir DIR] [BUNDLE...]``."""
    import argparse
    import multiprocessing

    from storydesk import __version__

    multiprocessing.freeze_support()  # frozen builds: the index rebuild starts processes
    parser = argparse.ArgumentParser(prog="storydesk-gui", description="StoryDesk desktop app")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--version", action="version", version=f"StoryDesk {__version__}")
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="open the window, print one line and quit (a start-up check)",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="bundles or story files to import")
    args, _qt_args = parser.parse_known_args()
    return run(args.data_dir, [p for p in args.paths if p.exists()], args.quit_when_ready)


if __name__ == "__main__":
    raise SystemExit(main())
