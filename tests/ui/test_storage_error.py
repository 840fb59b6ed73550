"""A database that cannot be used: a dialog naming the file, exit code 1, the file untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from studio.app import open_studio, run_gui
from studio.paths import StudioPaths, resolve_database_url
from studio.storage.database import open_database
from studio.storage.errors import NotADatabaseError, SchemaTooNewError, StorageError
from studio.ui.storage_error import build_storage_error_box


def not_a_database(paths: StudioPaths) -> Path:
    paths.database_file.write_bytes(b"These are my notes, not a database.\n" * 20)
    return paths.database_file


def from_a_newer_studio(paths: StudioPaths) -> Path:
    open_database(resolve_database_url(paths), backups_dir=paths.backups_dir).close()
    with sqlite3.connect(paths.database_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'fffffffff999'")
    connection.close()
    return paths.database_file


@pytest.mark.parametrize(
    ("make_file", "error_type", "advice"),
    [
        (not_a_database, NotADatabaseError, "--db"),
        (from_a_newer_studio, SchemaTooNewError, "newer version"),
    ],
)
def test_dialog_names_the_file_and_says_what_to_do(
    paths: StudioPaths, app: QApplication, qtbot: QtBot, make_file, error_type, advice
) -> None:
    database = make_file(paths)
    before = database.read_bytes()
    url = resolve_database_url(paths)

    with pytest.raises(StorageError) as raised:
        open_studio(paths, url)
    assert isinstance(raised.value, error_type)

    box = build_storage_error_box(raised.value, url)
    qtbot.addWidget(box)
    assert str(database) in box.text()
    assert advice in box.informativeText()
    assert "left as it was" in box.informativeText()
    assert box.icon() is QMessageBox.Icon.Critical
    assert box.accessibleName()
    assert database.read_bytes() == before


def test_dialog_falls_back_to_the_url_when_the_error_has_no_location(
    app: QApplication, qtbot: QtBot
) -> None:
    box = build_storage_error_box(
        StorageError("connection refused"), "postgresql+psycopg://ana:secret@db.example/studio"
    )
    qtbot.addWidget(box)
    assert "db.example/studio" in box.text()
    assert "secret" not in box.text() + box.informativeText()


def test_run_gui_shows_the_dialog_and_exits_1(
    paths: StudioPaths, app: QApplication, qtbot: QtBot
) -> None:
    database = not_a_database(paths)
    before = database.read_bytes()
    shown: list[str] = []

    def close_the_dialog() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, close_the_dialog)
            return
        shown.append(box.text())
        box.done(QMessageBox.StandardButton.Close)

    QTimer.singleShot(0, close_the_dialog)
    assert run_gui(paths, resolve_database_url(paths), compose=False) == 1
    assert shown and str(database) in shown[0]
    assert database.read_bytes() == before
    assert sorted(p.name for p in database.parent.iterdir() if p.name.startswith("studio")) == [
        "studio.sqlite3"
    ]
