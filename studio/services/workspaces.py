"""Workspaces for the window: the list to switch between, and creating a new one.

Reads run on the calling thread (a handful of rows, each read with its own session, which
ARCHITECTURE.md allows anywhere); the write goes through the TaskRunner's one DB-writer thread,
and the refreshed list is announced on the GUI thread when it is done.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from studio.services.tasks import JobId, TaskRunner
from studio.storage.database import Database
from studio.storage.records import WorkspaceData
from studio.storage.repositories import WorkspaceRepository

DEFAULT_COLOUR = "#4c6ef5"


@dataclass(frozen=True)
class NewWorkspace:
    """What the "New workspace" dialog asks for."""

    name: str
    timezone: str
    colour: str = DEFAULT_COLOUR


class WorkspaceService(QObject):
    workspaces_changed = Signal(list)  # list[WorkspaceData], sorted by name
    workspace_created = Signal(object)  # WorkspaceData
    creation_failed = Signal(str)  # a message a person can act on

    def __init__(
        self, database: Database, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._repository = WorkspaceRepository(database)
        self._tasks = tasks
        self._workspaces: list[WorkspaceData] = []

    @property
    def workspaces(self) -> list[WorkspaceData]:
        """The list as last read (call `refresh()` first)."""
        return list(self._workspaces)

    def refresh(self) -> list[WorkspaceData]:
        self._workspaces = self._repository.list_all()
        self.workspaces_changed.emit(self.workspaces)
        return self.workspaces

    def find(self, workspace_id: int | None) -> WorkspaceData | None:
        return next((w for w in self._workspaces if w.id == workspace_id), None)

    def name_taken(self, name: str) -> bool:
        wanted = name.strip().casefold()
        return any(w.name.casefold() == wanted for w in self._workspaces)

    def create(self, request: NewWorkspace) -> JobId:
        """Create on the DB-writer thread; `workspace_created` or `creation_failed` follows."""
        repository = self._repository

        def write() -> WorkspaceData:
            return repository.create(
                request.name.strip(), timezone=request.timezone, colour=request.colour
            )

        return self._tasks.write(write, on_success=self._created, on_failure=self._failed)

    def _created(self, workspace: WorkspaceData) -> None:
        self.refresh()
        self.workspace_created.emit(workspace)

    def _failed(self, error: BaseException) -> None:
        self.creation_failed.emit(str(error))
