"""WorkspaceService on a real SQLite file: listing, creating through the DB writer, refusals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.paths import resolve_database_url, resolve_paths
from studio.services.tasks import TaskRunner
from studio.services.workspaces import NewWorkspace, WorkspaceService
from studio.storage.database import Database, open_database
from studio.storage.repositories import WorkspaceRepository


@pytest.fixture
def database() -> Iterator[Database]:
    paths = resolve_paths().ensure()
    db = open_database(resolve_database_url(paths), backups_dir=paths.backups_dir)
    yield db
    db.close()


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_refresh_lists_by_name_and_announces(database: Database, tasks: TaskRunner) -> None:
    repository = WorkspaceRepository(database)
    repository.create("Zebra Bakery", timezone="Europe/Vienna")
    repository.create("acorn studio", timezone="Asia/Tokyo")
    service = WorkspaceService(database, tasks)
    announced: list[list[object]] = []
    service.workspaces_changed.connect(announced.append)

    listed = service.refresh()

    assert [w.name for w in listed] == [w.name for w in repository.list_all()]
    assert announced == [listed]
    assert service.name_taken("ZEBRA bakery ")
    assert not service.name_taken("Harbour Books")
    assert service.find(listed[0].id) == listed[0]
    assert service.find(None) is None


def test_create_goes_through_the_writer_and_refreshes(
    database: Database, tasks: TaskRunner, qtbot: QtBot
) -> None:
    service = WorkspaceService(database, tasks)
    service.refresh()
    with qtbot.waitSignal(service.workspace_created, timeout=10000) as created:
        service.create(NewWorkspace("  Harbour Books ", "Australia/Hobart", "#f59f00"))

    workspace = created.args[0]
    assert workspace.name == "Harbour Books"
    assert service.workspaces == [workspace]
    assert WorkspaceRepository(database).list_all() == [workspace]


@pytest.mark.parametrize(
    "request_",
    [
        NewWorkspace("Harbour Books", "Australia/Hobart"),  # a duplicate of the existing one
        NewWorkspace("Elsewhere", "Mars/Olympus_Mons"),  # not an IANA zone
    ],
)
def test_refused_creation_reports_a_message(
    database: Database, tasks: TaskRunner, qtbot: QtBot, request_: NewWorkspace
) -> None:
    WorkspaceRepository(database).create("Harbour Books", timezone="Australia/Hobart")
    service = WorkspaceService(database, tasks)
    service.refresh()
    with qtbot.waitSignal(service.creation_failed, timeout=10000) as failed:
        service.create(request_)
    assert failed.args[0]
    assert [w.name for w in WorkspaceRepository(database).list_all()] == ["Harbour Books"]
