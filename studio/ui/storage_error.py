"""The dialog shown when the database cannot be opened: what is wrong, with which file, what next.

Built by a function (no exec) so tests can read the text without a modal event loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from studio.storage.database import describe_location
from studio.storage.errors import (
    DatabaseLockedError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    SchemaTooNewError,
    StorageError,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StorageErrorDialog", text)


def _advice(error: StorageError) -> str:
    if isinstance(error, SchemaTooNewError):
        return _tr("Install the newer version of Content Studio that wrote this database.")
    if isinstance(error, DatabaseLockedError):
        return _tr("Close the other program that uses this database, then start again.")
    if isinstance(error, ReadOnlyDatabaseError):
        return _tr("Make the file and its folder writable, or open another database with --db.")
    if isinstance(error, NotADatabaseError):
        return _tr(
            "Open another database with --db, or move this file away to start with a new one."
        )
    return _tr("Check the location, or open another database with --db.")


def build_storage_error_box(
    error: StorageError, database_url: str, parent: QWidget | None = None
) -> QMessageBox:
    """A critical message box naming the database; the caller decides whether to exec() it."""
    location = error.location or describe_location(database_url)
    box = QMessageBox(parent)
    box.setObjectName("storage_error_box")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Content Studio cannot open its database"))
    box.setText(_tr("The database {location} could not be opened.").format(location=location))
    box.setInformativeText(
        "{message}\n\n{advice}\n\n{untouched}".format(
            message=str(error),
            advice=_advice(error),
            untouched=_tr("The file was left as it was."),
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAccessibleName(box.windowTitle())
    box.setAccessibleDescription(box.text())
    return box
