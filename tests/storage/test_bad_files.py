"""Files the studio must refuse: a clear error naming the file, and the file left untouched.

Each test takes the file's sha256 before and after, and checks that no -wal, -shm or -journal file
was left beside it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.storage.database import open_database
from studio.storage.errors import (
    DatabaseLockedError,
    DatabaseMissingError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    SchemaTooNewError,
    StorageError,
)
from studio.storage.repositories import WorkspaceRepository
from tests.storage.conftest import sha256_of, side_files


def _studio_database(path: Path) -> None:
    """A real studio database with one row, closed cleanly (WAL mode, no side files)."""
    db = open_database(f"sqlite:///{path}")
    WorkspaceRepository(db).create("Existing", timezone="Europe/Berlin")
    db.close()
    assert side_files(path) == []


def _assert_refused(path: Path, error_type: type[StorageError], **open_options: object) -> str:
    before = sha256_of(path)
    folder_before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error_type) as raised:
        open_database(f"sqlite:///{path}", **open_options)  # type: ignore[arg-type]
    assert str(path) in str(raised.value)
    assert raised.value.location == str(path)
    assert sha256_of(path) == before
    assert side_files(path) == []
    assert sorted(p.name for p in path.parent.iterdir()) == folder_before  # no backups either
    return str(raised.value)


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list: flour, rye, salt\n" * 20)
    message = _assert_refused(path, NotADatabaseError)
    assert "not an SQLite file" in message


def test_a_short_file_that_only_starts_like_sqlite_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "truncated.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)
    _assert_refused(path, NotADatabaseError)


def test_a_valid_header_followed_by_garbage_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    _assert_refused(path, NotADatabaseError)


def test_a_database_with_damaged_pages_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    _studio_database(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Keep page 1 (header and schema) intact, scribble over every page after it.
    for offset in range(page_size, len(data)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    message = _assert_refused(path, NotADatabaseError)
    assert "damaged" in message


def test_a_database_of_another_program_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('Ana')")
    connection.close()
    message = _assert_refused(path, NotADatabaseError)
    assert "not one of Content Studio's" in message


def test_a_schema_newer_than_the_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    _studio_database(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.close()
    assert side_files(path) == []
    message = _assert_refused(path, SchemaTooNewError)
    assert "ffff_from_the_future" in message
    assert "newer Content Studio" in message


def test_a_database_locked_by_another_program_is_refused_after_the_busy_timeout(
    tmp_path: Path,
) -> None:
    path = tmp_path / "locked.sqlite3"
    _studio_database(path)
    # Rollback-journal mode, where an exclusive lock keeps readers out as well.
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    before = sha256_of(path)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError) as raised:
            open_database(f"sqlite:///{path}", busy_timeout=0.2)
        assert str(path) in str(raised.value)
        assert "locked" in str(raised.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert sha256_of(path) == before
    assert side_files(path) == []
    # Once the other program lets go, the same file opens fine.
    open_database(f"sqlite:///{path}").close()


def test_a_write_blocked_by_another_writer_raises_locked_not_a_driver_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "busy.sqlite3"
    _studio_database(path)
    db = open_database(f"sqlite:///{path}", busy_timeout=0.2)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # a WAL writer: readers go on, writers wait
        assert [w.name for w in WorkspaceRepository(db).list_all()] == ["Existing"]
        with pytest.raises(DatabaseLockedError, match="locked"):
            WorkspaceRepository(db).create("Blocked", timezone="UTC")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        db.close()


def test_a_read_only_url_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "readonly-url.sqlite3"
    _studio_database(path)
    before = sha256_of(path)
    with pytest.raises(ReadOnlyDatabaseError) as raised:
        open_database(f"sqlite:///file:{path}?mode=ro&uri=true")
    assert str(path) in str(raised.value)
    assert sha256_of(path) == before
    assert side_files(path) == []


# ---- read-only files, for real ------------------------------------------------------------------
#
# Tests run as root, and root writes through permission bits. So the attempt runs in a forked
# child that has dropped to an unprivileged user: the kernel then really refuses the writes.


def _unprivileged_user() -> pwd.struct_passwd | None:
    for name in ("nobody", "postgres"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    return None


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder the unprivileged user can enter (pytest's own tmp dir is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="studio-ro-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _open_as(user: pwd.struct_passwd | None, path: Path) -> tuple[str, str]:
    """Open `path` in a child process (as `user` when given); return (error class, message)."""
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # the child: never return into pytest
        code = 0
        try:
            os.close(read_end)
            if user is not None:
                os.setgroups([])
                os.setgid(user.pw_gid)
                os.setuid(user.pw_uid)
            try:
                open_database(f"sqlite:///{path}").close()
                report = "opened\n"
            except StorageError as error:
                report = f"{type(error).__name__}\n{error}"
            os.write(write_end, report.encode())
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        report = pipe.read().decode()
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the child process failed"
    kind, _, message = report.partition("\n")
    return kind, message


def _need_unprivileged_user() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None  # already unprivileged: permission bits apply to us directly
    user = _unprivileged_user()
    if user is None:
        pytest.skip("running as root and no unprivileged user to drop to")
    return user


def test_a_read_only_file_is_refused_untouched(shared_dir: Path) -> None:
    user = _need_unprivileged_user()
    path = shared_dir / "readonly.sqlite3"
    _studio_database(path)
    path.chmod(0o444)
    before = sha256_of(path)
    kind, message = _open_as(user, path)
    assert kind == "ReadOnlyDatabaseError"
    assert str(path) in message
    assert "read-only" in message
    assert sha256_of(path) == before
    assert side_files(path) == []


def test_a_file_in_a_read_only_folder_is_refused_untouched(shared_dir: Path) -> None:
    user = _need_unprivileged_user()
    folder = shared_dir / "locked-folder"
    folder.mkdir()
    path = folder / "studio.sqlite3"
    _studio_database(path)
    path.chmod(0o666)  # the file itself is writable; SQLite still needs the folder for -wal/-shm
    folder.chmod(0o555)
    before = sha256_of(path)
    try:
        kind, message = _open_as(user, path)
    finally:
        folder.chmod(0o755)
    assert kind == "ReadOnlyDatabaseError"
    assert str(path) in message
    assert "read-only folder" in message
    assert sha256_of(path) == before
    assert side_files(path) == []


def test_the_unprivileged_child_can_open_a_writable_database(shared_dir: Path) -> None:
    """The control for the two tests above: the child set-up itself does not cause the error."""
    user = _need_unprivileged_user()
    folder = shared_dir / "open-folder"
    folder.mkdir()
    folder.chmod(0o777)
    path = folder / "studio.sqlite3"
    _studio_database(path)
    path.chmod(0o666)
    assert _open_as(user, path) == ("opened", "")


def test_opening_without_create_reports_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.sqlite3"
    with pytest.raises(DatabaseMissingError) as raised:
        open_database(f"sqlite:///{path}", create=False)
    assert str(path) in str(raised.value)
    assert not path.exists()


def test_a_folder_that_does_not_exist_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "studio.sqlite3"
    with pytest.raises(StorageError, match="does not exist"):
        open_database(f"sqlite:///{path}")
    assert not path.parent.exists()


def test_sqlite_s_own_read_only_refusal_becomes_a_read_only_error(tmp_path: Path) -> None:
    """The mapping used where writes happen, fed with the real error SQLite raises."""
    from studio.storage.sqlite_files import translate_sqlite_error

    path = tmp_path / "studio.sqlite3"
    _studio_database(path)
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as refused:
            reader.execute("DELETE FROM workspace")
    finally:
        reader.close()
    assert "readonly" in str(refused.value)
    translated = translate_sqlite_error(refused.value, path)
    assert isinstance(translated, ReadOnlyDatabaseError)
    assert str(path) in str(translated)
