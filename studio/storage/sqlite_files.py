"""Look at an SQLite file without changing it, and copy it with the online backup API.

`open_database` calls `inspect_sqlite_file` before it opens a file for writing, because even
opening for writing is not harmless: `PRAGMA journal_mode=WAL` rewrites the header and Alembic
creates its table. Every problem a person can hit (not SQLite, corrupt, locked, written by a newer
build) is found here through a read-only connection, so the file stays byte-for-byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from studio.storage.errors import (
    DatabaseLockedError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_SIZE = 100
# Bytes 18 and 19 of the header are the write/read format versions; 2 means WAL mode.
_WAL_FORMAT = 2


@dataclass(frozen=True)
class SqliteFileFacts:
    path: Path
    tables: frozenset[str]
    revision: str | None
    wal_mode: bool

    @property
    def is_empty(self) -> bool:
        return not self.tables


def is_new_file(path: Path) -> bool:
    """SQLite treats a missing or zero-byte file as an empty database it may initialise."""
    return not path.exists() or (path.is_file() and path.stat().st_size == 0)


def inspect_sqlite_file(path: Path, *, busy_timeout: float) -> SqliteFileFacts:
    """Check that `path` is a healthy SQLite database and read its schema revision.

    Raises NotADatabaseError, DatabaseLockedError or StorageError; never writes to the file and
    never leaves a -wal, -shm or -journal file behind.
    """
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a database file.", str(path))
    if not os.access(path, os.R_OK):
        raise ReadOnlyDatabaseError(f"{path} cannot be read (permission denied).", str(path))
    header = _read_header(path)
    if not header.startswith(SQLITE_HEADER) or len(header) < _HEADER_SIZE:
        raise NotADatabaseError(
            f"{path} is not a Content Studio database (not an SQLite file); it was left untouched.",
            str(path),
        )
    wal_mode = header[18] == _WAL_FORMAT and header[19] == _WAL_FORMAT
    with read_only_connection(path, busy_timeout=busy_timeout, wal_mode=wal_mode) as connection:
        _check_integrity(connection, path)
        tables = frozenset(
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        )
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    return SqliteFileFacts(path=path, tables=tables, revision=revision, wal_mode=wal_mode)


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(_HEADER_SIZE)
    except OSError as error:
        raise StorageError(f"{path} cannot be read: {error.strerror}.", str(path)) from error


@contextmanager
def read_only_connection(
    path: Path, *, busy_timeout: float, wal_mode: bool
) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write and leaves no side files.

    A WAL-mode file opened with mode=ro makes SQLite create -wal and -shm files that the read-only
    connection then cannot remove. When no -wal file exists, nobody has the database open and every
    committed page is in the main file, so reading it as immutable is exact and creates nothing.
    With a -wal present the database is in use (or a crash left it): then mode=ro reads the log too
    and only touches side files that already exist.
    """
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    if wal_mode and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=busy_timeout)
    except sqlite3.Error as error:
        raise translate_sqlite_error(error, path) from error
    with closing(connection):
        try:
            yield connection
        except sqlite3.Error as error:
            raise translate_sqlite_error(error, path) from error


def _check_integrity(connection: sqlite3.Connection, path: Path) -> None:
    problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise NotADatabaseError(
            f"{path} is damaged (SQLite reports: {problems[0]}); it was left untouched. "
            "Restore a backup from the backups folder.",
            str(path),
        )


def translate_sqlite_error(error: BaseException, path: Path | str) -> StorageError:
    """Turn an sqlite3 (or SQLAlchemy-wrapped) error into the StorageError a person can act on."""
    text = str(getattr(error, "orig", None) or error)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return DatabaseLockedError(
            f"{path} is locked by another program (waited for the busy timeout). "
            "Close the other program and try again.",
            str(path),
        )
    if "readonly" in lowered or "read-only" in lowered:
        return ReadOnlyDatabaseError(
            f"{path} is read-only; Content Studio needs to write to it.", str(path)
        )
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return NotADatabaseError(
            f"{path} is damaged or not an SQLite database ({text}); it was left untouched.",
            str(path),
        )
    return StorageError(f"{path}: {text}", str(path))


def check_writable(path: Path) -> None:
    """SQLite writes the file itself and creates -wal/-shm beside it, so both must be writable.

    os.access asks the kernel with the real user's rights, which catches read-only files,
    folders and mounts; the superuser passes it for plain permission bits, and then SQLite's own
    "attempt to write a readonly database" is translated where writes happen.
    """
    folder = path.parent
    if not folder.is_dir():
        raise StorageError(
            f"The folder {folder} for the database {path} does not exist.", str(path)
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyDatabaseError(
            f"{path} is read-only; Content Studio needs to write to it. "
            "Make it writable or copy it somewhere you can write.",
            str(path),
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyDatabaseError(
            f"{path} is in a read-only folder ({folder}); SQLite needs to create its journal "
            "files there. Move the database or make the folder writable.",
            str(path),
        )


def backup_sqlite_file(source: Path, target: Path, *, busy_timeout: float = 5.0) -> Path:
    """Copy a live database consistently (SQLite online backup API) into `target`.

    The copy is written under a temporary name and renamed, so a half-written backup never looks
    like a good one; it is switched to rollback-journal mode so it is one self-contained file.
    """
    if target.exists():
        raise StorageError(f"{target} already exists; choose another backup file.", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    header = _read_header(source)
    wal_mode = len(header) > 19 and header[18] == _WAL_FORMAT
    try:
        with (
            read_only_connection(source, busy_timeout=busy_timeout, wal_mode=wal_mode) as origin,
            closing(sqlite3.connect(partial)) as copy,
        ):
            origin.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        partial.replace(target)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise translate_sqlite_error(error, source) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def backup_file_name(database: Path, label: str, now: datetime | None = None) -> str:
    """`studio-rev0001-20261123T201500Z.sqlite3`: the schema it holds, when (UTC) it was made."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    stem = database.stem or "database"
    suffix = database.suffix or ".sqlite3"
    return f"{stem}-{label}-{moment:%Y%m%dT%H%M%SZ}{suffix}"


def unique_path(candidate: Path) -> Path:
    """`candidate`, or `name-2.ext`, `name-3.ext`... when backups land in the same second."""
    if not candidate.exists():
        return candidate
    counter = 2
    while True:
        numbered = candidate.with_name(f"{candidate.stem}-{counter}{candidate.suffix}")
        if not numbered.exists():
            return numbered
        counter += 1
