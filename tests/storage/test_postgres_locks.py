"""A shared PostgreSQL database never makes a save or an import wait without limit.

Session A is another client (a plain SQLAlchemy connection, as a script or a stuck teammate
would hold it) that locks a row with SELECT … FOR UPDATE inside an open transaction. Session B is
the app's own Database: its save or import must give up within the lock timeout, with a message
naming what was locked, and leave the data as it was.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from studio.storage.database import Database, open_database
from studio.storage.errors import RowLockedError, StatementTimeoutError, StorageError
from studio.storage.exchange.csv import import_csv
from studio.storage.postgres import (
    DEFAULT_LOCK_TIMEOUT,
    DEFAULT_STATEMENT_TIMEOUT,
    LOCK_TIMEOUT_ENV,
    STATEMENT_TIMEOUT_ENV,
    ServerTimeouts,
)
from studio.storage.repositories import PostRepository, WorkspaceRepository
from tests.storage.test_exchange_csv import GOOD, _csv

pytestmark = pytest.mark.postgres

LOCK_TIMEOUT = 0.5  # seconds: short, so the suite does not sit through the 5 s default
SLACK = 3.0  # seconds for connecting and rolling back on a busy CI machine


@contextmanager
def row_locked_by_another_client(url: str, table: str, row_id: int) -> Iterator[Connection]:
    """Hold `table` row `row_id` with SELECT … FOR UPDATE in an open transaction until the end."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection, connection.begin() as transaction:
            locked = connection.execute(
                sa.text(f"SELECT id FROM {table} WHERE id = :id FOR UPDATE"), {"id": row_id}
            ).all()
            assert locked == [(row_id,)]
            yield connection
            transaction.rollback()
    finally:
        engine.dispose()


@contextmanager
def gives_up_within(seconds: float) -> Iterator[None]:
    started = time.monotonic()
    yield
    waited = time.monotonic() - started
    # It did wait for the lock (a timeout, not some other failure), and not much longer.
    assert seconds * 0.8 <= waited <= seconds + SLACK, waited


@pytest.fixture
def db(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url, lock_timeout=LOCK_TIMEOUT)
    yield database
    database.close()


def test_every_session_runs_with_the_lock_and_statement_timeouts(db: Database) -> None:
    with db.session() as session:
        shown = session.execute(sa.text("SHOW lock_timeout")).scalar_one()
        statement = session.execute(sa.text("SHOW statement_timeout")).scalar_one()
    assert (shown, statement) == ("500ms", "1min")
    assert db.timeouts == ServerTimeouts(lock=LOCK_TIMEOUT, statement=DEFAULT_STATEMENT_TIMEOUT)
    # Connections made later (the pool grows, a dropped one is replaced) get them too.
    with db.engine.connect() as first, db.engine.connect() as second:
        for connection in (first, second):
            assert connection.execute(sa.text("SHOW lock_timeout")).scalar_one() == "500ms"
            connection.rollback()


def test_a_save_blocked_by_a_row_lock_fails_within_the_timeout(
    db: Database, postgres_url: str
) -> None:
    workspace = WorkspaceRepository(db).create("Shared", timezone="Europe/Berlin")
    post = PostRepository(db).create(workspace.id, title="Launch", body="v1")

    with (
        row_locked_by_another_client(postgres_url, "post", post.id),
        pytest.raises(RowLockedError) as refused,
        gives_up_within(LOCK_TIMEOUT),
    ):
        PostRepository(db).save(replace(post, body="mine"))

    message = str(refused.value)
    assert message.startswith("The post is being saved by someone else right now")
    assert "waited 0.5 s" in message and "Try again in a moment" in message
    assert refused.value.location == db.location
    # Rolled back: the post is as it was, and the same save goes through once the lock is gone.
    assert PostRepository(db).get(post.id) == post
    assert PostRepository(db).save(replace(post, body="mine")).version == 2


def test_an_import_blocked_by_a_row_lock_fails_within_the_timeout(
    db: Database, postgres_url: str
) -> None:
    bakery = WorkspaceRepository(db).create("Bakery", timezone="Europe/Berlin")
    text = _csv(GOOD, {**GOOD, "title": "Spelt", "text": "Spelt bread"})

    # Every imported post points at the workspace, which the other client holds.
    with (
        row_locked_by_another_client(postgres_url, "workspace", bakery.id),
        pytest.raises(RowLockedError, match=r"^The workspace is being saved by someone else"),
        gives_up_within(LOCK_TIMEOUT),
    ):
        import_csv(db, text)

    assert PostRepository(db).list_for_workspace(bakery.id) == []  # all or nothing
    report = import_csv(db, text)
    assert report.ok and report.created == 2


def test_the_timeouts_come_from_the_environment(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, "0.25")
    monkeypatch.setenv(STATEMENT_TIMEOUT_ENV, "0")
    db = open_database(postgres_url)
    try:
        assert db.timeouts == ServerTimeouts(lock=0.25, statement=0.0)
        with db.connect() as connection:
            assert connection.execute(sa.text("SHOW lock_timeout")).scalar_one() == "250ms"
            assert connection.execute(sa.text("SHOW statement_timeout")).scalar_one() == "0"
    finally:
        db.close()
    # An explicit value wins over the environment.
    db = open_database(postgres_url, lock_timeout=2)
    try:
        assert db.timeouts == ServerTimeouts(lock=2.0, statement=0.0)
    finally:
        db.close()


def test_the_defaults_without_environment(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        assert db.timeouts == ServerTimeouts(DEFAULT_LOCK_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT)
        with db.connect() as connection:
            assert connection.execute(sa.text("SHOW lock_timeout")).scalar_one() == "5s"
    finally:
        db.close()


@pytest.mark.parametrize("value", ["soon", "-1", "nan", "inf"])
def test_a_timeout_that_is_not_seconds_is_refused_by_name(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, value)
    with pytest.raises(StorageError, match=rf"^{LOCK_TIMEOUT_ENV}=.* is not a number of seconds"):
        open_database(postgres_url)


def test_a_statement_longer_than_the_statement_timeout_is_stopped(postgres_url: str) -> None:
    db = open_database(postgres_url, statement_timeout=0.3)
    try:
        with (
            pytest.raises(StatementTimeoutError, match=r"longer than the statement timeout"),
            gives_up_within(0.3),
            db.session() as session,
        ):
            session.execute(sa.text("SELECT pg_sleep(30)"))
        # The connection is usable again afterwards.
        with db.session() as session:
            assert session.execute(sa.text("SELECT 1")).scalar_one() == 1
    finally:
        db.close()


def test_the_draft_writer_gives_up_on_a_locked_post_and_keeps_the_text(
    db: Database, postgres_url: str, qapp: object
) -> None:
    """The composer's autosave path (DraftService on the DB-writer thread, `flush` waiting for
    it): blocked at most for the lock timeout, the words kept and stored on the next try."""
    from studio.services.drafts import DraftService
    from studio.services.tasks import TaskRunner

    workspace = WorkspaceRepository(db).create("Shared", timezone="Europe/Berlin")
    post = PostRepository(db).create(workspace.id, title="Launch", body="v1")
    tasks = TaskRunner()
    try:
        service = DraftService(tasks, db, author="Ada", autosave_ms=60_000)
        failures: list[str] = []
        service.save_failed.connect(failures.append)
        state = service.open(post.id)
        service.edited(replace(state, body="Words that must not be lost"))

        with (
            row_locked_by_another_client(postgres_url, "post", post.id),
            gives_up_within(LOCK_TIMEOUT),
        ):
            service.flush()

        assert failures == [
            "Could not save the draft: The post is being saved by someone else right now "
            f"(waited 0.5 s); nothing was changed in {db.location}. Try again in a moment."
        ]
        assert service.has_pending_edit
        assert PostRepository(db).get(post.id).body == "v1"
        service.flush()  # the lock is gone
        assert PostRepository(db).get(post.id).body == "Words that must not be lost"
    finally:
        tasks.shutdown()
