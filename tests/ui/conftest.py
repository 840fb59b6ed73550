"""Fixtures for widget tests: a real studio (SQLite file in the test's temp dir) and its window."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.app import Studio, application, build_main_window, open_studio
from studio.paths import StudioPaths, resolve_database_url, resolve_paths
from studio.settings import Theme
from studio.storage.repositories import WorkspaceRepository
from studio.ui.feedback_dock import FeedbackPanels
from studio.ui.main_window import MainWindow
from studio.ui.theme import apply_theme


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # QUALITY.md: the suite is loud, so a Qt warning from our widgets fails the test.
    for item in items:
        if "tests/ui/" in item.nodeid or "tests\\ui\\" in item.nodeid:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # The offscreen platform's own remark when a dialog opens; nothing our code can do.
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture
def paths() -> StudioPaths:
    return resolve_paths().ensure()


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    application()
    apply_theme(qapp, Theme.LIGHT)
    yield qapp
    apply_theme(qapp, Theme.LIGHT)


@pytest.fixture
def make_studio(paths: StudioPaths, app: QApplication) -> Iterator[Callable[..., Studio]]:
    opened: list[Studio] = []

    def make(*, workspaces: tuple[str, ...] = (), synchronous: bool = True) -> Studio:
        studio = open_studio(paths, resolve_database_url(paths), synchronous_tasks=synchronous)
        repository = WorkspaceRepository(studio.database)
        for name in workspaces:
            if repository.find_by_name(name) is None:
                repository.create(name, timezone="Europe/Berlin", colour="#0ca678")
        studio.workspaces.refresh()
        opened.append(studio)
        return studio

    yield make
    for studio in opened:
        studio.close()


@pytest.fixture
def make_window(qtbot: QtBot, make_studio: Callable[..., Studio]) -> Callable[..., MainWindow]:
    def make(studio: Studio | None = None, *, compose: bool = False) -> MainWindow:
        window = build_main_window(studio or make_studio(), compose=compose)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def panels(qtbot: QtBot, app: QApplication) -> FeedbackPanels:
    """A shown feedback dock, dock-sized."""
    widget = FeedbackPanels()
    widget.resize(340, 900)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
