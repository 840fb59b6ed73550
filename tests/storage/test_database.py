"""Opening SQLite databases: pragmas, creation at head, sessions, locations."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from studio.storage.database import Database, describe_location, open_database
from studio.storage.errors import StorageError
from studio.storage.repositories import PostRepository, WorkspaceRepository
from studio.storage.revisions import MIGRATIONS_DIR, head_revision, known_revisions
from studio.storage.tables import ALL_TABLES
from tests.storage.conftest import side_files


def test_a_new_file_is_created_at_the_newest_schema(db: Database, db_file: Path) -> None:
    assert db_file.exists()
    assert db.created
    assert db.schema_revision() == head_revision()
    assert db.location == str(db_file)
    assert db.file == db_file
    assert db.upgraded_from is None and db.backup_path is None
    assert db.row_counts() == {table.__tablename__: 0 for table in ALL_TABLES}


def test_every_connection_gets_the_pragmas(db: Database) -> None:
    # Two connections at once, so the second one is a fresh connect, not a pooled reuse.
    with db.engine.connect() as first, db.engine.connect() as second:
        for connection in (first, second):

            def pragma(name: str, connection: sa.Connection = connection) -> object:
                return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

            assert pragma("journal_mode") == "wal"
            assert pragma("foreign_keys") == 1
            assert pragma("synchronous") == 1  # NORMAL
            assert pragma("busy_timeout") == 5000


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(StorageError), db.session(write=True) as session:
        session.connection().exec_driver_sql(
            "INSERT INTO campaign (workspace_id, name, description, colour, created_at, "
            "updated_at, version) VALUES (999, 'x', '', '', '2026-01-01', '2026-01-01', 1)"
        )


def test_deleting_a_workspace_cascades_to_its_posts(db: Database) -> None:
    workspace = WorkspaceRepository(db).create("Gone", timezone="UTC")
    post = PostRepository(db).create(workspace.id, title="bye")
    PostRepository(db).add_variant(post.id, "x", text="bye")
    with db.session(write=True) as session:
        session.connection().exec_driver_sql(f"DELETE FROM workspace WHERE id = {workspace.id}")
    assert db.row_counts()["post"] == 0
    assert db.row_counts()["variant"] == 0
    assert db.row_counts()["status_change"] == 0


def test_reopening_an_up_to_date_database_changes_nothing(db_file: Path) -> None:
    first = open_database(f"sqlite:///{db_file}")
    WorkspaceRepository(first).create("Kept", timezone="Europe/Berlin")
    first.close()
    again = open_database(f"sqlite:///{db_file}")
    try:
        assert not again.created
        assert again.upgraded_from is None
        assert [w.name for w in WorkspaceRepository(again).list_all()] == ["Kept"]
    finally:
        again.close()
    assert not (db_file.parent / "backups").exists()
    assert side_files(db_file) == []  # closing checkpoints the WAL away


def test_a_session_rolls_back_when_the_block_raises(db: Database) -> None:
    class Oops(Exception):
        pass

    with pytest.raises(Oops), db.session(write=True) as session:
        session.connection().exec_driver_sql(
            "INSERT INTO workspace (name, timezone, colour, default_platforms, locale, "
            "created_at, updated_at, version) VALUES ('half', 'UTC', '', '', 'en', "
            "'2026-01-01', '2026-01-01', 1)"
        )
        raise Oops
    assert WorkspaceRepository(db).list_all() == []


def test_times_come_back_aware_in_utc_whatever_zone_went_in(db: Database) -> None:
    workspace = WorkspaceRepository(db).create("Zones", timezone="Asia/Kolkata")
    kolkata = timezone(timedelta(hours=5, minutes=30))
    planned = datetime(2026, 3, 29, 9, 0, tzinfo=kolkata)
    post = PostRepository(db).create(
        workspace.id, title="t", scheduled_at=planned, scheduled_zone="Asia/Kolkata"
    )
    stored = PostRepository(db).get(post.id)
    assert stored.scheduled_at == planned
    assert stored.scheduled_at is not None and stored.scheduled_at.tzinfo == UTC
    assert stored.scheduled_at.hour == 3 and stored.scheduled_at.minute == 30
    assert stored.scheduled_local is not None
    assert (stored.scheduled_local.hour, stored.scheduled_local.minute) == (9, 0)
    assert stored.created_at.tzinfo == UTC


def test_naive_times_are_refused(db: Database) -> None:
    workspace = WorkspaceRepository(db).create("Naive", timezone="UTC")
    with pytest.raises(ValueError, match="time zone"):
        PostRepository(db).create(workspace.id, scheduled_at=datetime(2026, 1, 1, 9, 0))


def test_an_in_memory_database_works_for_quick_use() -> None:
    db = open_database("sqlite://")
    try:
        assert db.location == "(in-memory SQLite)"
        assert db.file is None
        WorkspaceRepository(db).create("Memory", timezone="UTC")
        assert [w.name for w in WorkspaceRepository(db).list_all()] == ["Memory"]
    finally:
        db.close()


def test_database_urls_are_described_without_passwords(tmp_path: Path) -> None:
    assert describe_location(f"sqlite:///{tmp_path}/a.sqlite3") == f"{tmp_path}/a.sqlite3"
    assert (
        describe_location("postgresql+psycopg://ana:s3cret@db.example/studio")
        == "postgresql+psycopg://ana:***@db.example/studio"
    )


def test_a_nonsense_url_is_a_storage_error() -> None:
    with pytest.raises(StorageError, match="not a database URL"):
        open_database("this is :// not a url")


def test_a_server_that_does_not_answer_is_a_clear_error_with_the_password_masked() -> None:
    with pytest.raises(StorageError) as raised:
        open_database("postgresql+psycopg://ana:s3cret@127.0.0.1:9/studio")
    assert "postgresql+psycopg://ana:***@127.0.0.1:9/studio" in str(raised.value)
    assert "s3cret" not in str(raised.value)


def test_the_known_revisions_agree_with_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {script.revision for script in scripts.walk_revisions()}
    assert {"0001", "0002"} <= known_revisions()


def test_the_validation_connection_never_creates_side_files(db_file: Path) -> None:
    open_database(f"sqlite:///{db_file}").close()
    # A WAL-mode file, cleanly closed: opening it again must not leave files after close.
    with sqlite3.connect(db_file) as check:
        assert check.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    check.close()
    assert side_files(db_file) == []
    open_database(f"sqlite:///{db_file}").close()
    assert side_files(db_file) == []


def test_a_writer_thread_and_a_reader_share_one_database(db: Database) -> None:
    import threading

    failures: list[BaseException] = []

    def write() -> None:
        try:
            for n in range(20):
                WorkspaceRepository(db).create(f"from thread {n:02}", timezone="UTC")
        except BaseException as error:  # reported below, in the test's own thread
            failures.append(error)

    writer = threading.Thread(target=write)
    writer.start()
    while writer.is_alive():
        WorkspaceRepository(db).list_all()
    writer.join()
    assert failures == []
    assert len(WorkspaceRepository(db).list_all()) == 20
