"""Composition root: builds every service and the window, and wires them together.

    run_gui(paths, database_url, compose)   what `studio` (cli.py) calls to open the window

Nothing else in the program creates services or connects one to another; tests and the
screenshot script use `open_studio()` and `build_main_window()` to get the same wiring without
an event loop.
"""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSocketNotifier, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from studio import __version__
from studio.paths import APP_NAME, StudioPaths
from studio.services.tasks import TaskRunner
from studio.services.workspaces import WorkspaceService
from studio.settings import Settings, SettingsStore, UiState, UiStateStore
from studio.storage.database import Database, open_database
from studio.storage.errors import StorageError
from studio.ui.main_window import MainWindow
from studio.ui.storage_error import build_storage_error_box
from studio.ui.theme import apply_theme

log = logging.getLogger(__name__)

ORGANISATION = "ContentStudio"
# Matches packaging/linux/<DESKTOP_FILE_NAME>.desktop, so desktops group windows with the launcher.
DESKTOP_FILE_NAME = "io.github.contentstudio.Studio"


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once with the studio's identity (or the one tests made)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Qt 6 scales for high-DPI screens by itself; only ask it not to round fractional factors
        # (e.g. 1.25), which would make text blurry or too large on laptops.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("Content Studio")
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    import studio.ui.resources_rc  # noqa: F401  (registers :/icons/… before the first QIcon)

    QGuiApplication.setWindowIcon(QIcon(":/icons/studio.svg"))
    return app


@dataclass
class Studio:
    """Everything the window needs, built once; `close()` releases it in the right order."""

    paths: StudioPaths
    database: Database
    tasks: TaskRunner
    settings_store: SettingsStore
    settings: Settings
    ui_state_store: UiStateStore
    ui_state: UiState
    workspaces: WorkspaceService

    def close(self) -> None:
        self.tasks.shutdown()  # waits for queued writes: nothing accepted is lost
        self.database.close()


def open_studio(
    paths: StudioPaths, database_url: str, *, synchronous_tasks: bool = False
) -> Studio:
    """Open the database and build the services. Raises StorageError, touching nothing."""
    paths.ensure()
    database = open_database(database_url, backups_dir=paths.backups_dir)
    settings_store = SettingsStore(paths.settings_file)
    settings = settings_store.load()
    ui_state_store = UiStateStore(paths.ui_state_file)
    ui_state = ui_state_store.load()
    tasks = TaskRunner(synchronous=synchronous_tasks)
    workspaces = WorkspaceService(database, tasks)
    workspaces.refresh()
    return Studio(
        paths=paths,
        database=database,
        tasks=tasks,
        settings_store=settings_store,
        settings=settings,
        ui_state_store=ui_state_store,
        ui_state=ui_state,
        workspaces=workspaces,
    )


def build_main_window(studio: Studio, *, compose: bool = False) -> MainWindow:
    window = MainWindow(
        studio.workspaces,
        database_location=studio.database.location,
        settings_store=studio.settings_store,
        settings=studio.settings,
        ui_state_store=studio.ui_state_store,
        ui_state=studio.ui_state,
    )
    # A settings file that had to be repaired is worth a word, not a modal dialog.
    if studio.settings_store.warnings:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "App", "Some preferences could not be read and were reset: {details}"
            ).format(details=" ".join(studio.settings_store.warnings)),
            15000,
        )
    if compose:
        window.new_post()
    return window


def run_gui(paths: StudioPaths, database_url: str, compose: bool) -> int:
    """Open the main window; returns the process exit code (1 when the database is unusable)."""
    app = application()
    # Listen for SIGTERM/SIGINT first, so a stop request during start-up is not lost either.
    stop_listening = _quit_on_termination_signals(app)
    try:
        return _open_and_run(app, paths, database_url, compose=compose)
    finally:
        stop_listening()


def _open_and_run(
    app: QApplication, paths: StudioPaths, database_url: str, *, compose: bool
) -> int:
    apply_theme(app, SettingsStore(paths.settings_file).load().theme)
    try:
        studio = open_studio(paths, database_url)
    except StorageError as error:
        log.error("%s", error)
        build_storage_error_box(error, database_url).exec()
        return 1
    try:
        window = build_main_window(studio, compose=compose)
        window.show()
        if compose:
            window.composer.body_edit.setFocus()  # again after show(): focus needs a window
        return app.exec()
    finally:
        studio.close()


def _quit_on_termination_signals(app: QApplication) -> Callable[[], None]:
    """SIGTERM/SIGINT close the windows normally (state saved, writes finished), then quit.

    Python runs signal handlers only between bytecodes, which never happens while Qt's event
    loop waits in C++; so the handler's wake-up byte goes through a socket that Qt watches.
    """
    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, app)

    def on_wakeup() -> None:
        try:
            receiver.recv(64)
        except OSError:
            return
        for window in app.topLevelWidgets():
            if window.isVisible():
                window.close()
        app.quit()

    notifier.activated.connect(on_wakeup)
    previous_fd = signal.set_wakeup_fd(sender.fileno())
    previous_handlers = {
        number: signal.signal(number, lambda *_: None)  # the wake-up byte does the work
        for number in (signal.SIGTERM, signal.SIGINT)
    }

    def cleanup() -> None:
        notifier.setEnabled(False)
        notifier.deleteLater()
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous_handlers.items():
            signal.signal(number, handler)
        receiver.close()
        sender.close()

    return cleanup
