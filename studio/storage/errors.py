"""Errors the storage layer raises with a message a person can act on.

Each names the file (or URL) involved; the command line prints it and exits 1, the GUI shows it in
a dialog. None of them is raised after the file was modified.
"""

from __future__ import annotations


class StorageError(Exception):
    """Base class: the database could not be used as asked."""

    def __init__(self, message: str, location: str = "") -> None:
        super().__init__(message)
        self.location = location


class NotADatabaseError(StorageError):
    """The file exists but is not an SQLite database (or is corrupt)."""


class ReadOnlyDatabaseError(StorageError):
    """The file or its folder cannot be written."""


class DatabaseLockedError(StorageError):
    """Another program holds a lock on the database for longer than the busy timeout."""


class RowLockedError(DatabaseLockedError):
    """On a shared database, someone else's open transaction held a row this write needed for
    longer than the lock timeout; the write was rolled back and can simply be tried again."""


class StatementTimeoutError(StorageError):
    """The server took longer than the statement timeout; the statement was cancelled and its
    transaction rolled back."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer Content Studio; this one refuses to touch it."""


class ConflictError(StorageError):
    """Someone else saved the same row since it was read (optimistic locking)."""

    def __init__(
        self, message: str, location: str = "", mine: object = None, theirs: object = None
    ) -> None:
        super().__init__(message, location)
        self.mine = mine
        self.theirs = theirs


class DatabaseMissingError(StorageError):
    """Asked to open an existing database (without creating one) and there is none."""


class RowNotFoundError(StorageError):
    """A row asked for by id does not exist (any more)."""


class DuplicateNameError(StorageError):
    """A name that must be unique (e.g. a workspace's) is already taken."""
