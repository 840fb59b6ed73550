"""The Grammar page of Preferences: modes, server address and test, Java, the one-time download.

The download is driven against a file server on 127.0.0.1 serving a small archive laid out like
LanguageTool's (tests/feedback/languagetool_stub.py); its URL is handed to the dialog's
constructor. The connection test talks to the LanguageTool HTTP stand-in.
"""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from studio.feedback.grammar import find_java, find_languagetool_install, java_version
from studio.feedback.languagetool_download import LanguageToolSource
from studio.services.tasks import TaskRunner
from studio.settings import GrammarMode, Settings
from studio.ui.preferences import PreferencesDialog
from tests.feedback.languagetool_stub import ArchiveServer, LanguageToolStub, build_languagetool_zip

needs_java_17 = pytest.mark.skipif(
    (java_version() or (0, 0)) < (17, 0), reason="needs Java 17 or newer on PATH"
)


@pytest.fixture
def languagetool_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where language-tool-python (and so the studio) looks for LanguageTool in this test."""
    folder = tmp_path / "languagetool"
    monkeypatch.setenv("LTP_PATH", str(folder))
    return folder


@pytest.fixture
def threaded_tasks() -> Iterator[TaskRunner]:
    """A real TaskRunner with worker threads, as the running app has."""
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def archive_servers() -> Iterator[list[ArchiveServer]]:
    started: list[ArchiveServer] = []
    yield started
    for server in started:
        server.stop()


def serve(started: list[ArchiveServer], **options: object) -> ArchiveServer:
    server = ArchiveServer(**options).start()  # type: ignore[arg-type]
    started.append(server)
    return server


@pytest.fixture
def languagetool_server() -> Iterator[LanguageToolStub]:
    stub = LanguageToolStub().start()
    yield stub
    stub.stop()


def make_dialog(qtbot: QtBot, settings: Settings | None = None, **options) -> PreferencesDialog:
    options.setdefault("tasks", TaskRunner(synchronous=True))
    dialog = PreferencesDialog(settings or Settings(), **options)
    qtbot.addWidget(dialog)
    dialog.show_grammar_page()
    return dialog


def ok_button(dialog: PreferencesDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


# --- Java ---------------------------------------------------------------------------------------


def test_the_page_says_whether_this_computers_java_can_run_languagetool(
    app: QApplication, qtbot: QtBot, languagetool_folder: Path
) -> None:
    dialog = make_dialog(qtbot)

    runtime = find_java()
    if runtime is not None and java_version() is not None and java_version() >= (17, 0):
        assert runtime.version == java_version()
        assert dialog.java_label.text() == (
            f"Java {runtime.release} found — local LanguageTool can run."
        )
        assert dialog.download_button.isEnabled()
    else:
        assert "offline spelling is used instead" in dialog.java_label.text()
        assert not dialog.download_button.isEnabled()
    assert dialog.install_label.text() == "LanguageTool is not downloaded yet."


def test_without_java_the_page_says_offline_spelling_is_used(
    app: QApplication,
    qtbot: QtBot,
    languagetool_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))

    dialog = make_dialog(qtbot)

    assert dialog.java_label.text() == (
        "Java 17 or newer is needed for local LanguageTool; offline spelling is used instead."
    )
    assert not dialog.download_button.isEnabled()
    assert "Java 17" in dialog.download_button.toolTip()


def test_an_installed_languagetool_is_shown_instead_of_the_download_button(
    app: QApplication, qtbot: QtBot, languagetool_folder: Path
) -> None:
    folder = languagetool_folder / "LanguageTool-6.8"
    folder.mkdir(parents=True)
    (folder / "languagetool-server.jar").write_bytes(b"")

    dialog = make_dialog(qtbot)

    assert dialog.install_label.text().startswith("LanguageTool 6.8 is installed in ")
    assert dialog.download_button.isHidden()


# --- Modes and the server address ---------------------------------------------------------------


@pytest.mark.parametrize("mode", list(GrammarMode))
def test_every_grammar_mode_can_be_chosen_and_is_explained(
    app: QApplication, qtbot: QtBot, languagetool_folder: Path, mode: GrammarMode
) -> None:
    dialog = make_dialog(qtbot, Settings(languagetool_server_url="https://lt.example.org"))
    hints = set()
    for index in range(dialog.grammar_combo.count()):
        dialog.grammar_combo.setCurrentIndex(index)
        hints.add(dialog.mode_hint.text())
    assert len(hints) == dialog.grammar_combo.count() == len(GrammarMode)

    dialog.grammar_combo.setCurrentIndex(dialog.grammar_combo.findData(mode.value))

    assert dialog.problem() == ""
    assert dialog.settings().grammar_mode is mode


def test_the_server_address_is_validated_as_you_type(
    app: QApplication, qtbot: QtBot, languagetool_folder: Path
) -> None:
    dialog = make_dialog(qtbot)

    qtbot.keyClicks(dialog.server_edit, "lt.example.org")
    assert dialog.problem_label.text() == "The server address must start with http:// or https://."
    assert not ok_button(dialog).isEnabled()
    assert not dialog.test_button.isEnabled()

    dialog.server_edit.setText("https://lt.example.org:8081")
    assert dialog.problem() == ""
    assert ok_button(dialog).isEnabled()
    assert dialog.test_button.isEnabled()
    assert dialog.settings().languagetool_server_url == "https://lt.example.org:8081"


def test_server_mode_needs_an_address(
    app: QApplication, qtbot: QtBot, languagetool_folder: Path
) -> None:
    dialog = make_dialog(qtbot)
    dialog.grammar_combo.setCurrentIndex(dialog.grammar_combo.findData(GrammarMode.SERVER.value))

    assert dialog.problem_label.text().startswith("Enter the LanguageTool server's address")
    assert not ok_button(dialog).isEnabled()

    dialog.server_edit.setText("http://localhost:8081")
    assert ok_button(dialog).isEnabled()


def test_test_connection_says_the_server_works(
    app: QApplication,
    qtbot: QtBot,
    languagetool_folder: Path,
    languagetool_server: LanguageToolStub,
    threaded_tasks: TaskRunner,
) -> None:
    dialog = make_dialog(
        qtbot, Settings(languagetool_server_url=languagetool_server.url), tasks=threaded_tasks
    )

    with qtbot.waitSignal(dialog.grammar_setup.server_tested, timeout=10_000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert not dialog.test_button.isEnabled()  # one test at a time

    assert dialog.server_result.text() == (
        f"Connected: LanguageTool server at {languagetool_server.url} answered a test check."
    )
    assert dialog.test_button.isEnabled()
    assert len(languagetool_server.check_forms) == 1


def test_test_connection_says_why_a_server_cannot_be_used(
    app: QApplication, qtbot: QtBot, languagetool_folder: Path
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    dialog = make_dialog(qtbot, Settings(languagetool_server_url=url))

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)

    assert dialog.server_result.text() == (
        f"Cannot reach the LanguageTool server at {url}. Is it running, and is the address right?"
    )


# --- The one-time download ----------------------------------------------------------------------


def download_dialog(
    qtbot: QtBot, server: ArchiveServer, folder: Path, tasks: TaskRunner
) -> PreferencesDialog:
    source = LanguageToolSource(
        url=server.url, version="6.8", sha256=hashlib.sha256(server.body).hexdigest()
    )
    dialog = make_dialog(
        qtbot, tasks=tasks, languagetool_source=source, languagetool_destination=folder
    )
    qtbot.waitUntil(dialog.download_button.isEnabled, timeout=15_000)  # Java found on a worker
    return dialog


@needs_java_17
def test_the_download_shows_progress_and_installs_languagetool(
    app: QApplication,
    qtbot: QtBot,
    languagetool_folder: Path,
    threaded_tasks: TaskRunner,
    archive_servers: list[ArchiveServer],
) -> None:
    server = serve(archive_servers, body=build_languagetool_zip("6.8", jar_bytes=1_500_000))
    dialog = download_dialog(qtbot, server, languagetool_folder, threaded_tasks)
    shown: list[tuple[int, str]] = []

    with qtbot.waitSignal(dialog.languagetool_installed, timeout=30_000) as installed:
        qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
        progress = dialog.progress_dialog
        assert progress is not None
        assert progress.windowTitle() == "Downloading LanguageTool"
        bar = progress.findChild(QProgressBar)
        bar.valueChanged.connect(lambda value: shown.append((value, progress.labelText())))

    # The dialog shows the newest report each time it gets to paint; a fast local server lets
    # it skip some, never go back.
    downloading = [(value, label) for value, label in shown if label.startswith("Downloading")]
    unpacking = [value for value, label in shown if label == "Unpacking LanguageTool…"]
    assert downloading, shown
    assert [value for value, _ in shown] == sorted(v for v, _ in downloading) + sorted(unpacking)
    total = f"{len(server.body) / 1_000_000:,.1f} MB"
    assert all(label.endswith(f" MB of {total}") for _, label in downloading)
    assert unpacking[-1] == 1000
    assert dialog.progress_dialog is None  # closed when done
    install = find_languagetool_install()
    assert install is not None and install.directory == languagetool_folder / "LanguageTool-6.8"
    assert installed.args == [install]
    assert dialog.install_label.text().startswith("LanguageTool 6.8 is installed in ")
    assert dialog.download_button.isHidden()
    assert dialog.download_result.text().startswith("LanguageTool is ready.")
    # The download is not a setting: nothing asks language-tool-python to fetch it again.
    assert dialog.settings() == Settings()


@needs_java_17
def test_cancel_in_the_progress_dialog_stops_the_download_and_keeps_nothing(
    app: QApplication,
    qtbot: QtBot,
    languagetool_folder: Path,
    threaded_tasks: TaskRunner,
    archive_servers: list[ArchiveServer],
) -> None:
    body = build_languagetool_zip("6.8", jar_bytes=1_500_000)
    server = serve(archive_servers, body=body, pause_after=300_000)
    dialog = download_dialog(qtbot, server, languagetool_folder, threaded_tasks)

    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    progress = dialog.progress_dialog
    assert progress is not None
    qtbot.waitUntil(lambda: server.paused.is_set() and progress.value() > 0, timeout=15_000)
    assert progress.value() < 1000
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"

    with qtbot.waitSignal(dialog.grammar_setup.cancelled, timeout=15_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        server.release()  # the worker sees the cancel flag with the next chunk

    assert dialog.download_result.text() == "Download cancelled; nothing was kept."
    assert dialog.progress_dialog is None
    assert [p.name for p in languagetool_folder.iterdir()] == []
    assert find_languagetool_install() is None
    assert dialog.download_button.isEnabled()  # it can be tried again


@needs_java_17
def test_closing_preferences_during_a_download_cancels_it(
    app: QApplication,
    qtbot: QtBot,
    languagetool_folder: Path,
    threaded_tasks: TaskRunner,
    archive_servers: list[ArchiveServer],
) -> None:
    server = serve(archive_servers, body=build_languagetool_zip("6.8"), pause_after=100_000)
    dialog = download_dialog(qtbot, server, languagetool_folder, threaded_tasks)
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(server.paused.is_set, timeout=15_000)

    with qtbot.waitSignal(dialog.grammar_setup.cancelled, timeout=15_000):
        dialog.reject()
        server.release()

    assert [p.name for p in languagetool_folder.iterdir()] == []


@needs_java_17
def test_a_failed_download_says_why_in_the_page(
    app: QApplication,
    qtbot: QtBot,
    languagetool_folder: Path,
    archive_servers: list[ArchiveServer],
) -> None:
    server = serve(archive_servers, body=b"", status=404)
    dialog = download_dialog(qtbot, server, languagetool_folder, TaskRunner(synchronous=True))

    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)

    assert dialog.download_result.text() == (
        f"The download failed. LanguageTool 6.8 was not found at {server.url} (HTTP 404)."
    )
    assert dialog.progress_dialog is None
    assert dialog.download_button.isEnabled()
    assert find_languagetool_install() is None


# --- The dialog's own worker threads ------------------------------------------------------------


def test_a_dialog_without_a_runner_releases_its_threads_when_closed(
    app: QApplication, qtbot: QtBot, languagetool_folder: Path
) -> None:
    dialog = PreferencesDialog(Settings())  # as the main window opens it
    qtbot.addWidget(dialog)
    assert not dialog.tasks.synchronous

    dialog.reject()  # while Java is still being looked for, most likely

    qtbot.waitUntil(lambda: dialog.tasks.is_closed, timeout=15_000)
    assert dialog.tasks.pending_jobs() == 0


def test_a_runner_handed_in_is_left_running(
    app: QApplication, qtbot: QtBot, languagetool_folder: Path, threaded_tasks: TaskRunner
) -> None:
    dialog = make_dialog(qtbot, tasks=threaded_tasks)
    qtbot.waitUntil(lambda: threaded_tasks.pending_jobs() == 0, timeout=15_000)

    dialog.accept()

    assert not threaded_tasks.is_closed
