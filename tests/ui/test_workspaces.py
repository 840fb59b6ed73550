"""Creating a workspace: the dialog's checks, the write on the DB-writer thread, the switcher."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.services.tasks import DB_WRITER_THREAD_NAME
from studio.services.workspaces import NewWorkspace
from studio.storage.repositories import WorkspaceRepository
from studio.ui.main_window import MainWindow
from studio.ui.workspace_dialog import NewWorkspaceDialog, system_time_zone

MakeStudio = Callable[..., Studio]
MakeWindow = Callable[..., MainWindow]


def test_dialog_accepts_only_a_new_name_and_a_real_zone(qtbot: QtBot, app: QApplication) -> None:
    dialog = NewWorkspaceDialog({"Acorn Studio"})
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.isHidden()  # an empty form is not scolded

    dialog.name_edit.setText("  acorn studio ")
    assert not dialog.ok_button.isEnabled()
    assert "already a workspace" in dialog.problem_label.text()

    dialog.name_edit.setText("Café Lumen")
    dialog.zone_combo.setCurrentText("Mars/Olympus_Mons")
    assert not dialog.ok_button.isEnabled()
    assert "time zone" in dialog.problem_label.text()

    dialog.zone_combo.setCurrentText("America/Sao_Paulo")
    dialog.colour_combo.setCurrentIndex(1)
    assert dialog.ok_button.isEnabled()
    assert dialog.request() == NewWorkspace("Café Lumen", "America/Sao_Paulo", "#0ca678")


def test_dialog_starts_on_the_computers_time_zone(qtbot: QtBot, app: QApplication) -> None:
    dialog = NewWorkspaceDialog(set())
    qtbot.addWidget(dialog)
    assert dialog.zone_combo.currentText() == system_time_zone()
    assert dialog.zone_combo.count() > 300


def test_creating_writes_on_the_db_writer_thread_and_selects_it(
    make_studio: MakeStudio, make_window: MakeWindow, qtbot: QtBot
) -> None:
    studio = make_studio(synchronous=False)
    window = make_window(studio)
    threads: list[str] = []
    repository = WorkspaceRepository(studio.database)
    real_create = repository.create

    def watched_create(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real_create(*args, **kwargs)

    studio.workspaces._repository.create = watched_create  # type: ignore[method-assign]

    with qtbot.waitSignal(studio.workspaces.workspace_created, timeout=10000):
        studio.workspaces.create(NewWorkspace("Café Lumen", "Europe/Lisbon", "#d6336c"))

    assert threads and threads[0].startswith(DB_WRITER_THREAD_NAME)
    stored = repository.find_by_name("Café Lumen")
    assert stored is not None
    assert (stored.timezone, stored.colour) == ("Europe/Lisbon", "#d6336c")
    assert window.workspace_combo.currentText() == "Café Lumen"
    assert window.current_workspace() == stored
    assert window.calendar_empty.title_label.text() == "Calendar: Café Lumen"
    assert "created" in window.statusBar().currentMessage()


def test_new_workspace_through_the_dialog(
    make_studio: MakeStudio, make_window: MakeWindow, qtbot: QtBot
) -> None:
    studio = make_studio()
    window = make_window(studio)

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewWorkspaceDialog)
        dialog.name_edit.setText("Harbour Books")
        dialog.zone_combo.setCurrentText("Australia/Hobart")
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window.new_workspace()

    assert [w.name for w in studio.workspaces.workspaces] == ["Harbour Books"]
    assert window.workspace_combo.currentText() == "Harbour Books"


def test_a_refused_write_is_reported_not_swallowed(
    make_studio: MakeStudio, make_window: MakeWindow, qtbot: QtBot
) -> None:
    studio = make_studio(workspaces=("Acorn Studio",))
    window = make_window(studio)
    failures: list[str] = []
    studio.workspaces.creation_failed.connect(failures.append)
    window._on_workspace_creation_failed = failures.append  # type: ignore[method-assign]

    # The dialog prevents this; a second window or another team member does not.
    studio.workspaces.create(NewWorkspace("Acorn Studio", "Europe/Berlin"))

    assert failures and all(failures)
    assert [w.name for w in studio.workspaces.workspaces] == ["Acorn Studio"]
    assert window.workspace_combo.count() == 2


def test_dialog_cancel_writes_nothing(
    make_studio: MakeStudio, make_window: MakeWindow, qtbot: QtBot
) -> None:
    studio = make_studio()
    window = make_window(studio)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    window.new_workspace()
    assert studio.workspaces.refresh() == []
    assert window.findChildren(QDialog) == [] or all(
        not d.isVisible() for d in window.findChildren(QDialog)
    )
