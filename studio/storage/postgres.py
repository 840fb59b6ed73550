"""PostgreSQL sessions never wait without limit, and a wait that ran out says what it waited for.

On a shared database another client can hold a row lock: a teammate's save in progress, a script
left in an open transaction, a session whose laptop went to sleep. PostgreSQL's default is to wait
for such a lock forever, and so would the app's one DB-writer thread (and every save queued behind
it) or an import. So every connection gets, when it is made:

- `lock_timeout` (default 5 s): how long one statement may wait for a lock another session holds;
- `statement_timeout` (default 60 s): how long one statement may run at all;
- `connect_timeout` (10 s, unless the URL names one): how long connecting to the server may take.

A statement stopped by either timeout is rolled back with its transaction (nothing half-written)
and leaves as RowLockedError / StatementTimeoutError, with a message naming what was locked
("The post is being saved by someone else right now…"), never as a driver traceback.

Both timeouts are seconds, 0 meaning no limit (as in PostgreSQL); set them with the environment
variables STUDIO_PG_LOCK_TIMEOUT and STUDIO_PG_STATEMENT_TIMEOUT, or pass them to open_database.
SQLite is not affected: it has its own busy timeout (database.DEFAULT_BUSY_TIMEOUT).

Kept free of SQLAlchemy imports at module level: database.py imports this for every command.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from studio.storage.errors import RowLockedError, StatementTimeoutError, StorageError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine

LOCK_TIMEOUT_ENV = "STUDIO_PG_LOCK_TIMEOUT"
STATEMENT_TIMEOUT_ENV = "STUDIO_PG_STATEMENT_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 5.0  # seconds: a save by someone else takes milliseconds, not seconds
DEFAULT_STATEMENT_TIMEOUT = 60.0  # seconds: the slowest normal statement (a big import) is ~10 s
DEFAULT_CONNECT_TIMEOUT = 10  # seconds; libpq takes whole seconds

# SQLSTATE codes (PostgreSQL, appendix A "Error Codes").
_LOCK_NOT_AVAILABLE = "55P03"
_QUERY_CANCELED = "57014"
_DEADLOCK_DETECTED = "40P01"

# The table a lock belongs to, as a person would name it. The server says which relation it was
# waiting for in the error's context ('while updating tuple (0,1) in relation "post"').
_THINGS: Mapping[str, str] = {
    "workspace": "The workspace",
    "campaign": "The campaign",
    "post": "The post",
    "variant": "The post's text for a network",
    "media_asset": "The image",
    "post_media": "The post's images",
    "comment": "The comment",
    "revision": "The post's history",
    "status_change": "The post's history",
    "review_decision": "The post's review",
    "rule_setting": "The rule settings",
    "snippet": "The snippet",
    "posting_slot": "The posting slots",
    "post_recurrence": "The post's repeat",
    "post_key": "The post",
}
_RELATION = re.compile(r'relation "([^"]+)"')


@dataclass(frozen=True)
class ServerTimeouts:
    """The limits every PostgreSQL session of one open database runs with, in seconds (0: none)."""

    lock: float = DEFAULT_LOCK_TIMEOUT
    statement: float = DEFAULT_STATEMENT_TIMEOUT

    @classmethod
    def resolve(
        cls,
        lock: float | None = None,
        statement: float | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> ServerTimeouts:
        """Explicit values win, then the environment variables, then the defaults."""
        env = os.environ if environ is None else environ
        return cls(
            lock=_seconds(lock, env, LOCK_TIMEOUT_ENV, DEFAULT_LOCK_TIMEOUT),
            statement=_seconds(statement, env, STATEMENT_TIMEOUT_ENV, DEFAULT_STATEMENT_TIMEOUT),
        )


def _seconds(given: float | None, env: Mapping[str, str], name: str, default: float) -> float:
    if given is not None:
        value, source = float(given), "the timeout"
    else:
        text = env.get(name, "").strip()
        if not text:
            return default
        source = f"{name}={text!r}"
        try:
            value = float(text)
        except ValueError:
            value = float("nan")
    if not value >= 0 or value == float("inf"):  # also refuses NaN
        raise StorageError(
            f"{source} is not a number of seconds (e.g. 5, 0.5, or 0 for no limit).", name
        )
    return value


def _milliseconds(seconds: float) -> int:
    # A positive limit below one millisecond would round to 0, which PostgreSQL reads as "none".
    return max(1, round(seconds * 1000)) if seconds > 0 else 0


def _describe(seconds: float) -> str:
    return f"{seconds:g} s"


def connect_args(parsed: URL) -> dict[str, Any]:
    """Driver arguments for a PostgreSQL URL: a connect timeout unless the URL sets its own."""
    if "connect_timeout" in parsed.query:
        return {}
    return {"connect_timeout": DEFAULT_CONNECT_TIMEOUT}


def limit_waits(engine: Engine, timeouts: ServerTimeouts) -> None:
    """Give every connection `engine` makes the lock and statement timeouts.

    Set with SET (set_config) on each new connection rather than with the startup `options`
    parameter: connection poolers such as PgBouncer refuse unknown startup parameters, and the
    URL keeps whatever `options` the person gave it.
    """
    from sqlalchemy import event

    values = (f"{_milliseconds(timeouts.lock)}ms", f"{_milliseconds(timeouts.statement)}ms")

    @event.listens_for(engine, "connect")
    def _set_timeouts(dbapi_connection: Any, _record: object) -> None:
        # Outside a transaction, or the pool's first rollback would undo the settings again.
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        try:
            with closing(dbapi_connection.cursor()) as cursor:
                cursor.execute(
                    "SELECT set_config('lock_timeout', %s, false), "
                    "set_config('statement_timeout', %s, false)",
                    values,
                )
        finally:
            dbapi_connection.autocommit = autocommit


def set_local_timeouts(connection: Any, *, lock: float, statement: float) -> None:
    """Other limits for the rest of the current transaction only (SET LOCAL)."""
    import sqlalchemy as sa

    connection.execute(
        sa.text(
            "SELECT set_config('lock_timeout', :lock, true), "
            "set_config('statement_timeout', :statement, true)"
        ),
        {"lock": f"{_milliseconds(lock)}ms", "statement": f"{_milliseconds(statement)}ms"},
    )


def translate_server_error(
    error: BaseException, location: str, timeouts: ServerTimeouts | None
) -> StorageError | None:
    """A lock or statement timeout (or a deadlock) as the error a person can act on; else None."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    text = str(original).strip()
    if code == _LOCK_NOT_AVAILABLE:
        waited = f" (waited {_describe(timeouts.lock)})" if timeouts and timeouts.lock else ""
        return RowLockedError(
            f"{_locked_thing(original)} is being saved by someone else right now{waited}; "
            f"nothing was changed in {location}. Try again in a moment.",
            location,
        )
    if code == _DEADLOCK_DETECTED:
        return RowLockedError(
            f"{_locked_thing(original)} was being saved by someone else at the same moment; "
            f"nothing was changed in {location}. Try again.",
            location,
        )
    if code == _QUERY_CANCELED and "statement timeout" in text:
        limit = (
            f" than the statement timeout ({_describe(timeouts.statement)})"
            if timeouts and timeouts.statement
            else ""
        )
        return StatementTimeoutError(
            f"{location} took longer{limit} to answer, so the request was stopped and nothing "
            f"was changed. Try again; if it keeps happening, raise {STATEMENT_TIMEOUT_ENV}.",
            location,
        )
    return None


def _locked_thing(original: object) -> str:
    diag = getattr(original, "diag", None)
    context = getattr(diag, "context", None) or ""
    table = getattr(diag, "table_name", None)
    found = _RELATION.search(context)
    name = found.group(1) if found else table
    return _THINGS.get(name or "", "Something in the shared database")
