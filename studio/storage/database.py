"""Opening the database: validate, back up, migrate, then hand out sessions.

    db = open_database("sqlite:////home/me/studio.sqlite3", backups_dir=paths.backups_dir)
    with db.session() as session: ...

SQLite (the embedded default) and PostgreSQL (a shared team calendar) go through the same code.
For an SQLite file, everything that could make the file unusable is checked through a read-only
connection first (sqlite_files.py); only then is it opened for writing, backed up if its schema is
older than this build, and migrated to the newest revision with Alembic.

SQLAlchemy, SQLModel and the table definitions take about a third of a second to import, and
importing this module must stay cheap: the command line imports it for every command (`--help`,
`studio check` need no database), and the window wants to paint before the database is touched.
So they are imported inside the functions that use them; Python caches modules, so repeating the
import there costs a dictionary lookup.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.storage.errors import (
    DatabaseLockedError,
    DatabaseMissingError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    SchemaTooNewError,
    StorageError,
)
from studio.storage.postgres import ServerTimeouts, set_local_timeouts, translate_server_error
from studio.storage.sqlite_files import (
    backup_file_name,
    backup_sqlite_file,
    check_writable,
    inspect_sqlite_file,
    is_new_file,
    translate_sqlite_error,
    unique_path,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine
    from sqlmodel import Session

log = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT = 5.0  # seconds another writer may hold the lock before we give up
# Serialises schema upgrades when several team members open a shared PostgreSQL database at once.
_MIGRATION_LOCK_KEY = 0x5354_5544  # "STUD"
_BEGIN_MODE = "studio_sqlite_begin"


class Database:
    """An open database: its engine, where it lives, and sessions on it."""

    def __init__(
        self,
        url: str,
        engine: Engine,
        *,
        location: str,
        file: Path | None,
        upgraded_from: str | None = None,
        backup_path: Path | None = None,
        created: bool = False,
        timeouts: ServerTimeouts | None = None,
    ) -> None:
        self.url = url
        self.engine = engine
        self.location = location
        self.file = file
        # What opening did: the revision it upgraded from and the backup it wrote first.
        self.upgraded_from = upgraded_from
        self.backup_path = backup_path
        self.created = created
        # PostgreSQL's lock and statement timeouts (postgres.py); None on SQLite.
        self.timeouts = timeouts
        # SQLite starts a writing transaction with BEGIN IMMEDIATE: it waits for the lock up
        # front (busy timeout) instead of failing halfway when a read turns into a write.
        self._write_engine = engine.execution_options(**{_BEGIN_MODE: "IMMEDIATE"})

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A session committed when the block ends normally, rolled back when it raises."""
        from sqlmodel import Session

        engine = self._write_engine if write else self.engine
        with (
            translated_errors(self.location, self.timeouts),
            Session(engine, expire_on_commit=False) as session,
        ):
            yield session
            session.commit()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with translated_errors(self.location, self.timeouts), self.engine.connect() as connection:
            yield connection

    def schema_revision(self) -> str | None:
        from studio.storage import revisions

        with self.connect() as connection:
            return revisions.current_revision(connection)

    def row_counts(self) -> dict[str, int]:
        """Rows per table, parents first (for `studio db info`)."""
        import sqlalchemy as sa

        from studio.storage.tables import ALL_TABLES

        with self.connect() as connection:
            # `db info` opens without upgrading: an older schema lacks the newer tables.
            present = set(sa.inspect(connection).get_table_names())
            return {
                table.__tablename__: connection.execute(  # type: ignore[attr-defined]
                    sa.select(sa.func.count()).select_from(table)
                ).scalar_one()
                for table in ALL_TABLES
                if table.__tablename__ in present  # type: ignore[attr-defined]
            }

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({self.location!r})"


def open_database(
    url: str,
    *,
    backups_dir: Path | None = None,
    upgrade: bool = True,
    create: bool = True,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    lock_timeout: float | None = None,
    statement_timeout: float | None = None,
) -> Database:
    """Open (and by default create or upgrade) the database at `url`.

    `backups_dir`: where the automatic pre-upgrade backup of an SQLite file goes (default: a
    `backups` folder beside the file). `upgrade=False` opens an older schema as it is.
    `create=False` refuses to create a new SQLite file (DatabaseMissingError).
    `busy_timeout` is SQLite's wait for another writer; `lock_timeout` and `statement_timeout`
    limit every PostgreSQL session, in seconds (default: $STUDIO_PG_LOCK_TIMEOUT and
    $STUDIO_PG_STATEMENT_TIMEOUT, else 5 and 60; 0 = no limit; see postgres.py).
    Raises a StorageError subclass naming the file for every problem it finds before writing.
    """
    parsed = _parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _open_sqlite(
            url,
            parsed,
            backups_dir=backups_dir,
            upgrade=upgrade,
            create=create,
            busy_timeout=busy_timeout,
        )
    timeouts = ServerTimeouts.resolve(lock_timeout, statement_timeout)
    return _open_server(url, parsed, upgrade=upgrade, create=create, timeouts=timeouts)


def describe_location(url: str) -> str:
    """The file path of an SQLite URL, else the URL with its password masked."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return "(unreadable database URL)"
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_file_of(parsed)
        return str(path) if path is not None else "(in-memory SQLite)"
    return parsed.render_as_string(hide_password=True)


def sqlite_file_of(parsed: URL) -> Path | None:
    database = parsed.database or ""
    if database in ("", ":memory:") or parsed.query.get("mode") == "memory":
        return None
    if database.startswith("file:"):  # an SQLite URI filename (…?uri=true)
        database = database.removeprefix("file:").split("?", 1)[0]
    return Path(database).expanduser().resolve()


@contextmanager
def translated_errors(location: str, timeouts: ServerTimeouts | None = None) -> Iterator[None]:
    """Database driver errors leave as StorageErrors naming the database.

    `timeouts`: the PostgreSQL limits in force, so a timeout's message can say how long it waited.
    """
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except StorageError:
        raise
    except (DBAPIError, sqlite3.Error) as error:
        server_error = translate_server_error(error, location, timeouts)
        if server_error is not None:
            raise server_error from error
        raise translate_sqlite_error(error, location) from error


def _parse_url(url: str) -> URL:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url)
    except ArgumentError as error:
        raise StorageError(
            f"{url!r} is not a database URL (expected a path or e.g. postgresql+psycopg://…).", url
        ) from error


# ---- SQLite -------------------------------------------------------------------------------------


def _open_sqlite(
    url: str,
    parsed: URL,
    *,
    backups_dir: Path | None,
    upgrade: bool,
    create: bool,
    busy_timeout: float,
) -> Database:
    from studio.storage import revisions

    path = sqlite_file_of(parsed)
    if path is None:
        engine = _sqlite_engine(parsed, busy_timeout, in_memory=True)
        _migrate(engine, "(in-memory SQLite)")
        return Database(url, engine, location="(in-memory SQLite)", file=None)

    location = str(path)
    if parsed.query.get("mode") == "ro" or parsed.query.get("immutable") in ("1", "true"):
        raise ReadOnlyDatabaseError(
            f"{location} was opened read-only (mode=ro in the URL); Content Studio needs to write "
            "to its database.",
            location,
        )

    facts = None
    if is_new_file(path):
        if not create:
            raise DatabaseMissingError(
                f"There is no database at {location} yet (Content Studio creates it on first use).",
                location,
            )
    else:
        facts = inspect_sqlite_file(path, busy_timeout=busy_timeout)
        _check_revision(facts.revision, location)
        if facts.revision is None and not facts.is_empty:
            raise NotADatabaseError(
                f"{location} is an SQLite database, but not one of Content Studio's (it has no "
                "schema version); it was left untouched.",
                location,
            )
    check_writable(path)

    head = revisions.head_revision()
    found = facts.revision if facts else None
    behind = found is not None and found != head
    backup_path = None
    if behind and upgrade:
        folder = backups_dir if backups_dir is not None else path.parent / "backups"
        try:
            target = unique_path(folder / backup_file_name(path, f"rev{found}"))
            backup_path = backup_sqlite_file(path, target, busy_timeout=busy_timeout)
        except OSError as error:
            raise StorageError(
                f"{location} needs a schema upgrade, but the backup could not be written to "
                f"{folder} ({error.strerror or error}); the database was left untouched.",
                location,
            ) from error
        log.info("Backed up %s to %s before upgrading from %s", location, backup_path, found)

    engine = _sqlite_engine(parsed, busy_timeout, in_memory=False)
    try:
        if found is None or (behind and upgrade):
            _migrate(engine, location)
        else:
            with translated_errors(location), engine.connect():
                pass  # connect now, so a lock or permission problem surfaces here, not later
    except BaseException:
        engine.dispose()
        raise
    return Database(
        url,
        engine,
        location=location,
        file=path,
        upgraded_from=found if behind and upgrade else None,
        backup_path=backup_path,
        created=found is None,
    )


def _sqlite_engine(parsed: URL, busy_timeout: float, *, in_memory: bool) -> Engine:
    import sqlalchemy as sa
    from sqlalchemy import event
    from sqlalchemy.pool import StaticPool

    options: dict[str, Any] = {"connect_args": {"timeout": busy_timeout}}
    if in_memory:
        # One shared connection, or every checkout would see a fresh empty database.
        options.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    engine = sa.create_engine(parsed, **options)
    busy_ms = int(busy_timeout * 1000)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Autocommit at the driver level, so the "begin" hook below decides how transactions
        # start (the pysqlite recipe in SQLAlchemy's docs); this also makes DDL transactional.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {busy_ms}")
            if not in_memory:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(_BEGIN_MODE, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


# ---- PostgreSQL and other servers -------------------------------------------------------------


def _open_server(
    url: str, parsed: URL, *, upgrade: bool, create: bool, timeouts: ServerTimeouts
) -> Database:
    import sqlalchemy as sa
    from sqlalchemy.exc import DBAPIError, NoSuchModuleError

    from studio.storage import postgres, revisions

    location = parsed.render_as_string(hide_password=True)
    is_postgres = parsed.get_backend_name() == "postgresql"
    options: dict[str, Any] = {"pool_pre_ping": True}
    if is_postgres:
        options["connect_args"] = postgres.connect_args(parsed)
    try:
        engine = sa.create_engine(parsed, **options)
    except (NoSuchModuleError, ImportError) as error:
        raise StorageError(
            f"No driver for {location}: install the PostgreSQL extra "
            "(uv run --extra postgresql studio ...).",
            location,
        ) from error
    limits = timeouts if is_postgres else None
    if limits is not None:
        postgres.limit_waits(engine, limits)
    try:
        try:
            with engine.connect() as connection:
                found = revisions.current_revision(connection)
        except DBAPIError as error:
            reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            raise StorageError(f"Cannot use the database {location}: {reason}", location) from error
        _check_revision(found, location)
        if found is None and not create:
            raise DatabaseMissingError(
                f"{location} holds no Content Studio schema yet (it is created on first use).",
                location,
            )
        behind = found is not None and found != revisions.head_revision()
        if found is None or (upgrade and behind):
            _migrate(engine, location, limits)
    except BaseException:
        engine.dispose()
        raise
    return Database(
        url,
        engine,
        location=location,
        file=None,
        upgraded_from=found if upgrade and behind else None,
        created=found is None,
        timeouts=limits,
    )


# ---- shared -----------------------------------------------------------------------------------


def _check_revision(found: str | None, location: str) -> None:
    from studio.storage import revisions

    if found is not None and found not in revisions.known_revisions():
        raise SchemaTooNewError(
            f"{location} was written by a newer Content Studio (schema revision {found}; this "
            f"version knows up to {revisions.head_revision()}). Update Content Studio; the "
            "database was left untouched.",
            location,
        )


def _migrate(engine: Engine, location: str, timeouts: ServerTimeouts | None = None) -> None:
    import sqlalchemy as sa
    from sqlalchemy.exc import DBAPIError

    from studio.storage import revisions

    with translated_errors(location, timeouts), engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            limits = timeouts or ServerTimeouts()
            # Waiting for another client's upgrade may take as long as its slowest statement.
            set_local_timeouts(connection, lock=limits.statement, statement=limits.statement)
            try:
                connection.execute(sa.text(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK_KEY})"))
            except DBAPIError as error:
                waited = translate_server_error(error, location, limits)
                if waited is None:
                    raise
                raise DatabaseLockedError(
                    f"Another Content Studio is upgrading the schema of {location}; it did not "
                    "finish in time. Try again in a minute.",
                    location,
                ) from error
            # A step that must wait for a table lock gives up as quickly as any other write
            # (while it waits, every other session queues behind it); but a step may run longer
            # than a normal statement may: an upgrade rewrites whole tables of a big calendar.
            set_local_timeouts(connection, lock=limits.lock, statement=0)
            # Another client may have finished the upgrade while we waited for the lock.
            found = revisions.current_revision(connection)
            _check_revision(found, location)
            if found == revisions.head_revision():
                return
        revisions.upgrade(connection)
