"""Composition root: builds every service and the window, and wires them together.

    run_gui(paths, database_url, compose)   what `studio` (cli.py) calls to open the window

Nothing else in the program creates services or connects one to another; tests and the
screenshot script use `open_studio()` and `build_main_window()` to get the same wiring without
an event loop.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from studio import __version__
from studio.paths import APP_NAME, StudioPaths
from studio.services.tasks import TaskRunner
from studio.settings import GrammarMode, Settings, SettingsStore, UiState, UiStateStore
from studio.storage.database import Database, open_database
from studio.storage.errors import StorageError
from studio.ui.i18n import install_translators
from studio.ui.opening_window import OpeningWindow, after_first_paint
from studio.ui.storage_error import build_storage_error_box
from studio.ui.theme import apply_theme

# The services and the main window import SQLAlchemy, the feedback engine and the whole composer
# (most of a second): they load in open_studio() and build_main_window(), after the first paint.
# Keep this module's own imports that light (QUALITY.md: start to first window).
if TYPE_CHECKING:
    from studio.feedback.grammar import GrammarChecker
    from studio.services.analysis import AnalysisService
    from studio.services.calendar import CalendarService
    from studio.services.drafts import DraftService
    from studio.services.media import MediaService
    from studio.services.review import ReviewService
    from studio.services.workspaces import WorkspaceService
    from studio.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ORGANISATION = "ContentStudio"
# Matches packaging/linux/<DESKTOP_FILE_NAME>.desktop, so desktops group windows with the launcher.
DESKTOP_FILE_NAME = "io.github.contentstudio.Studio"
# Set to "1", the app prints FIRST_PAINT_MARKER and quits once its first window has painted.
EXIT_AFTER_FIRST_PAINT_ENV = "STUDIO_EXIT_AFTER_FIRST_PAINT"
FIRST_PAINT_MARKER = "studio: first paint"
# ... and, after it, this one once the main window (workspaces, composer) has painted too.
MAIN_WINDOW_MARKER = "studio: main window painted"


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
    drafts: DraftService
    analysis: AnalysisService
    grammar: GrammarChecker | None = None
    review: ReviewService | None = None  # made by studio.ui.review_page.install_review_page
    calendar: CalendarService | None = None  # made by calendar_page.install_calendar_page
    media: MediaService | None = None  # made by studio.ui.library_page.install_media
    grammar_generation: int = 0  # which start_grammar() call a prepared checker answers

    def close(self) -> None:
        self.drafts.flush()  # a pending autosave is a write like any other
        self.tasks.shutdown()  # waits for queued writes: nothing accepted is lost
        if self.grammar is not None:
            self.grammar.close()  # stops a local LanguageTool server
        self.database.close()

    @property
    def start_up_settled(self) -> bool:
        """The rule packs are loaded and the grammar backend is ready (or off): what start-up
        leaves to workers is done."""
        grammar_done = self.grammar is not None or self.settings.grammar_mode is GrammarMode.OFF
        return self.analysis.is_warm and grammar_done

    def start_grammar(self, settings: Settings) -> None:
        """Choose and warm up the grammar backend off the GUI thread (loading a dictionary or
        starting Java takes a while); the analysis uses it once it is ready."""
        self.grammar_generation += 1
        generation = self.grammar_generation
        self.analysis.set_grammar(None)
        if self.grammar is not None:
            self.grammar.close()
            self.grammar = None
        if settings.grammar_mode is GrammarMode.OFF:
            return

        def ready(checker: GrammarChecker) -> None:
            if generation != self.grammar_generation:
                checker.close()  # the settings changed again while this one was starting
                return
            self.grammar = checker
            self.analysis.set_grammar(checker)

        self.tasks.submit(_prepared_grammar_checker, settings, on_success=ready)


def start_grammar_with_the_composer(window: MainWindow, studio: Studio) -> None:
    """Warm up grammar when the composer is first shown, not before: the offline dictionary
    alone holds ~30 MB, which someone only planning the calendar never needs."""
    from studio.ui.main_window import Section

    if window.current_section() is Section.COMPOSER:
        studio.start_grammar(studio.settings)
        return

    def on_section(section: str) -> None:
        if section == Section.COMPOSER.value:
            window.section_changed.disconnect(on_section)
            if studio.grammar is None:
                studio.start_grammar(studio.settings)

    window.section_changed.connect(on_section)


def _prepared_grammar_checker(settings: Settings) -> GrammarChecker:
    """Runs on an analysis worker: no network I/O unless the person configured a server."""
    from studio.feedback.grammar import make_grammar_checker

    # Each mode is honoured as chosen (offline spelling never sends text to a configured
    # server); LanguageTool is only ever downloaded from Preferences, never silently here.
    checker = make_grammar_checker(
        settings.grammar_mode.value, server_url=settings.languagetool_server_url or None
    )
    checker.prepare()
    return checker


def open_studio(
    paths: StudioPaths, database_url: str, *, synchronous_tasks: bool = False
) -> Studio:
    """Open the database and build the services. Raises StorageError, touching nothing."""
    from studio.services.analysis import AnalysisService
    from studio.services.drafts import DraftService
    from studio.services.workspaces import WorkspaceService

    paths.ensure()
    # language-tool-python finds (and Preferences downloads) LanguageTool in our cache dir.
    from studio.feedback.languagetool_download import use_studio_languagetool_dir

    use_studio_languagetool_dir(paths.cache_dir)
    database = open_database(database_url, backups_dir=paths.backups_dir)
    settings_store = SettingsStore(paths.settings_file)
    settings = settings_store.load()
    ui_state_store = UiStateStore(paths.ui_state_file)
    ui_state = ui_state_store.load()
    # Two analysis workers even on a small machine: a slow grammar check (a remote server may
    # take seconds) must not hold up the next local analysis while the person types.
    tasks = TaskRunner(synchronous=synchronous_tasks, analysis_workers=2)
    workspaces = WorkspaceService(database, tasks)
    workspaces.refresh()
    drafts = DraftService(tasks, database, author=settings.author_name)
    analysis = AnalysisService(tasks, rules_dir=paths.rules_dir)
    return Studio(
        paths=paths,
        database=database,
        tasks=tasks,
        settings_store=settings_store,
        settings=settings,
        ui_state_store=ui_state_store,
        ui_state=ui_state,
        workspaces=workspaces,
        drafts=drafts,
        analysis=analysis,
    )


def build_main_window(
    studio: Studio,
    *,
    compose: bool = False,
    start_grammar: bool = True,
    defer_pages: bool = False,
) -> MainWindow:
    """The main window on `studio`'s services. start_grammar=False leaves warming up the grammar
    backend to the caller (the app does it once the window has painted); defer_pages=True builds
    only the page shown first and leaves the others to `window.install_deferred_pages()` (or to
    the moment their section is shown)."""
    from studio.ui.main_window import MainWindow

    window = MainWindow(
        studio.workspaces,
        database_location=studio.database.location,
        settings_store=studio.settings_store,
        settings=studio.settings,
        ui_state_store=studio.ui_state_store,
        ui_state=studio.ui_state,
        drafts=studio.drafts,
        analysis=studio.analysis,
    )
    if start_grammar:
        studio.start_grammar(studio.settings)
    window.settings_changed.connect(studio.start_grammar)
    # A settings file that had to be repaired is worth a word, not a modal dialog.
    if studio.settings_store.warnings:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "App", "Some preferences could not be read and were reset: {details}"
            ).format(details=" ".join(studio.settings_store.warnings)),
            15000,
        )
    _install_section_pages(window, studio, defer=defer_pages, compose=compose)
    if compose:
        window.new_post()
    return window


def _install_review(window: MainWindow, studio: Studio) -> None:
    from studio.ui.review_page import install_review_page

    install_review_page(window, studio)  # Review page, its menu, Open Review File…, Ctrl+S there


def _install_calendar(window: MainWindow, studio: Studio) -> None:
    from studio.ui.calendar_page import install_calendar_page

    install_calendar_page(window, studio)  # Calendar page, File ▸ Import…/Export…, its View menu


def _install_library(window: MainWindow, studio: Studio) -> None:
    from studio.ui.library_page import install_media

    install_media(window, studio)  # Library page, the composer's images, the preview dock


def _install_section_pages(
    window: MainWindow, studio: Studio, *, defer: bool = False, compose: bool = False
) -> None:
    """The Calendar, Library and Review pages (their modules load here).

    With `defer`, only what the first paint shows is built now: the page of the section shown
    (and, beside the composer, the images and preview that come with the Library); the rest
    waits for the window's first paint or for its section to be opened (about 0.1–0.2 s of
    imports and widgets that nobody sees yet).
    """
    from studio.ui.main_window import Section

    window.composer.attach(studio.database, studio.tasks)  # posting slots, per-network feedback
    shown = Section.COMPOSER if compose else window.current_section()
    installers = (
        (Section.REVIEW, _install_review),
        (Section.CALENDAR, _install_calendar),
        (Section.LIBRARY, _install_library),
    )
    for section, install in installers:
        needed_now = section is shown or (section is Section.LIBRARY and shown is Section.COMPOSER)
        if defer and not needed_now:
            window.defer_section_page(section, partial(install, window, studio))
        else:
            install(window, studio)


def run_gui(
    paths: StudioPaths, database_url: str, compose: bool, *, review_file: Path | None = None
) -> int:
    """Open the main window (with `review_file` open in the Review section); returns the process
    exit code (1 when the database is unusable)."""
    app = application()
    install_translators(app)  # before any widget: texts are translated when they are set
    if os.environ.get(EXIT_AFTER_FIRST_PAINT_ENV) == "1":
        app.installEventFilter(_QuitAfterFirstPaint(app))
    # Listen for SIGTERM/SIGINT first, so a stop request during start-up is not lost either.
    stop_listening = _quit_on_termination_signals(app)
    try:
        return _open_and_run(app, paths, database_url, compose=compose, review_file=review_file)
    finally:
        stop_listening()


def _open_and_run(
    app: QApplication,
    paths: StudioPaths,
    database_url: str,
    *,
    compose: bool,
    review_file: Path | None = None,
) -> int:
    apply_theme(app, SettingsStore(paths.settings_file).load().theme)
    # A window at once (QUALITY.md: start to first window); the database and the services, which
    # take about a second, are opened after it has painted.
    opening = OpeningWindow(UiStateStore(paths.ui_state_file).load().window_geometry)
    if not opening.show_and_wait_for_paint():
        return 0  # closed (or SIGTERM) before anything was opened: nothing to save
    try:
        studio = open_studio(paths, database_url)
    except StorageError as error:
        opening.close()
        opening.deleteLater()
        log.error("%s", error)
        build_storage_error_box(error, database_url).exec()
        return 1
    try:
        window = build_main_window(
            studio, compose=compose, start_grammar=False, defer_pages=review_file is None
        )

        after_first_paint(window, lambda: finish_start_up(window, studio))
        window.show()
        opening.close()
        opening.deleteLater()
        if compose:
            window.composer.body_edit.setFocus()  # again after show(): focus needs a window
        if review_file is not None:
            from studio.ui.review_page import open_review_file

            open_review_file(window, review_file)
        return app.exec()
    finally:
        studio.close()


def finish_start_up(window: MainWindow, studio: Studio) -> None:
    """What waits for the main window's first paint: the pages not shown yet, grammar, the rule
    packs; then the objects start-up made are frozen out of the garbage collector's sight.

    Loading a dictionary or the rule packs is a worker's job, but it would still compete with
    building and painting the window for Python's one interpreter lock; so would the pages of
    the sections not shown yet.
    """
    window.install_deferred_pages()
    start_grammar_with_the_composer(window, studio)
    studio.analysis.warm_up()
    freeze_long_lived_objects()

    def on_progress(*_: object) -> None:
        if studio.start_up_settled:
            studio.analysis.warmed_up.disconnect(on_progress)
            studio.analysis.grammar_status_changed.disconnect(on_progress)
            freeze_long_lived_objects()  # the rule packs and the dictionary, too

    studio.analysis.warmed_up.connect(on_progress)
    # Emitted (among other times) when a prepared grammar checker is handed to the analysis.
    studio.analysis.grammar_status_changed.connect(on_progress)
    on_progress()


def freeze_long_lived_objects() -> None:
    """Keep the garbage collector's full passes away from what lives as long as the app.

    Start-up leaves ~170,000 objects the collector tracks (modules, widgets, SQLAlchemy, rule
    packs); a full pass over them took 60–90 ms on whichever thread triggered it, and every
    other thread, the GUI thread included, waited for the interpreter lock meanwhile: a stall
    in the middle of typing. Frozen objects are skipped by every later pass (reference counting
    still frees them); only the young generations are collected first, which is cheap.
    """
    gc.collect(1)
    gc.freeze()


class _QuitAfterFirstPaint(QObject):
    """Start-up benchmark hook (tests/benchmarks/test_startup.py): once the first window (the
    opening window) has painted, print FIRST_PAINT_MARKER on stdout; once the main window has,
    print MAIN_WINDOW_MARKER and close everything as a normal quit would."""

    first_painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if not watched.isWindow():
                return False
            # Queued, so each line is printed after the whole window has painted.
            if not self.first_painted:
                self.first_painted = True
                QTimer.singleShot(0, lambda: print(FIRST_PAINT_MARKER, flush=True))
            if watched.objectName() == "main_window":
                self.parent().removeEventFilter(self)
                QTimer.singleShot(0, self._quit)
        return False

    def _quit(self) -> None:
        print(MAIN_WINDOW_MARKER, flush=True)
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                window.close()
        QApplication.quit()


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
