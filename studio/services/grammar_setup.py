"""Setting up grammar checks from the GUI: find Java and LanguageTool, test a server, download.

Every step can block (a JVM starting, a server that does not answer, 250 MB of download), so each
runs on a TaskRunner worker and reports back through Qt signals on the GUI thread.

Why a worker thread and not a child process for the download: `download_languagetool` checks a
cancel flag between 64 KiB chunks and between unpacked files and removes its staging folder
itself, so Cancel takes effect within one chunk of an ordinary connection, and progress arrives as
plain signals without a pipe protocol. A child process would also stop a stalled connection at
once (kill), but then the parent must clean up after it, and a packaged app (Flatpak, a frozen
build) cannot count on starting `python -m ...`. The one cost of the thread: when the connection
stalls completely, the worker notices the cancel after the read time-out (30 s) and only then
frees its pool slot; the dialog does not wait for it. Give the service its own TaskRunner (the
Preferences dialog does) so a long download never holds up analysis or image jobs.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from studio.feedback.grammar import (
    GrammarUnavailable,
    JavaRuntime,
    LanguageToolInstall,
    find_java,
    find_languagetool_install,
    probe_languagetool_server,
)
from studio.feedback.languagetool_download import (
    DownloadCancelled,
    DownloadProgress,
    LanguageToolDownloadError,
    LanguageToolSource,
    download_languagetool,
)
from studio.services.tasks import Pool, TaskRunner


@dataclass(frozen=True, slots=True)
class LocalSetup:
    """What this computer has for local LanguageTool."""

    java: JavaRuntime | None
    install: LanguageToolInstall | None


def detect_local_setup() -> LocalSetup:
    """Java on PATH and an installed LanguageTool; starts a JVM, so not on the GUI thread."""
    return LocalSetup(java=find_java(), install=find_languagetool_install())


class GrammarSetupService(QObject):
    progress = Signal(object)  # DownloadProgress
    finished = Signal(object)  # LanguageToolInstall, once the download is installed
    failed = Signal(str)  # why the download failed, in plain words
    cancelled = Signal()  # the download stopped at the user's request; nothing was kept
    local_setup_found = Signal(object)  # LocalSetup
    server_tested = Signal(str, bool, str)  # url, whether it works, what to tell the user

    # Emitted on the worker thread; Qt queues it to the GUI thread, in order with the outcome.
    _progress_from_worker = Signal(object)

    def __init__(
        self,
        tasks: TaskRunner,
        *,
        source: LanguageToolSource | None = None,
        destination: Path | None = None,
        pool: Pool = Pool.IMAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._source = source  # None: the release language-tool-python itself downloads
        self._destination = destination  # None: LTP_PATH, where the library looks
        self._pool = pool
        self._cancel: threading.Event | None = None
        self._progress_from_worker.connect(self.progress)

    @property
    def is_downloading(self) -> bool:
        return self._cancel is not None

    def detect_local_setup(self) -> None:
        self._tasks.submit(
            detect_local_setup,
            on_success=self.local_setup_found.emit,
            on_failure=lambda _error: self.local_setup_found.emit(LocalSetup(None, None)),
        )

    def test_server(self, url: str) -> None:
        """Ask the server at `url` for one check; `server_tested` says how it went."""

        def tested(message: str) -> None:
            self.server_tested.emit(url, True, message)

        def untested(error: BaseException) -> None:
            if isinstance(error, GrammarUnavailable):
                reason = error.reason
            elif isinstance(error, ValueError):
                reason = "The address must start with http:// or https://."
            else:
                reason = f"The test failed: {error}"
            self.server_tested.emit(url, False, reason)

        self._tasks.submit(probe_languagetool_server, url, on_success=tested, on_failure=untested)

    def start_download(self) -> bool:
        """Start the one-time download; False when one is already running."""
        if self._cancel is not None:
            return False
        cancel = threading.Event()
        self._cancel = cancel

        def report(progress: DownloadProgress) -> None:
            try:
                self._progress_from_worker.emit(progress)
            except RuntimeError:  # the service is gone (its window closed): stop downloading
                cancel.set()

        self._tasks.submit(
            download_languagetool,
            self._destination,
            source=self._source,
            on_progress=report,
            cancel=cancel,
            pool=self._pool,
            on_success=self._installed,
            on_failure=self._not_installed,
        )
        return True

    def cancel(self) -> None:
        """Ask the running download to stop; `cancelled` follows once it has cleaned up."""
        if self._cancel is not None:
            self._cancel.set()

    def _installed(self, install: LanguageToolInstall) -> None:
        self._cancel = None
        self.finished.emit(install)

    def _not_installed(self, error: BaseException) -> None:
        self._cancel = None
        if isinstance(error, DownloadCancelled):
            self.cancelled.emit()
        elif isinstance(error, LanguageToolDownloadError):
            self.failed.emit(error.reason)
        else:
            self.failed.emit(f"LanguageTool could not be installed: {error}")
