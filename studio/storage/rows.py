"""The few ways the storage modules touch a table row, written once.

Every repository and store reads a row by id with the same "not found" message, inserts a row and
hands back its frozen data, lists rows as frozen data, and updates a row under optimistic locking
(repositories.py explains why). They all call these, so the messages and the locking rule cannot
drift apart between modules.

    post = post_data(get_row(session, Post, 42, "post", db.location))
    saved = save_versioned(db, Snippet, snippet, {"body": "New"}, to_data=snippet_data, what="…")
    delete_versioned(db, Snippet, saved, to_data=snippet_data, what="snippet")
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select
from sqlmodel.sql.expression import SelectOfScalar

from studio.storage.database import Database
from studio.storage.errors import ConflictError, RowNotFoundError
from studio.storage.tables import utc_now

RowT = TypeVar("RowT", bound=SQLModel)
DataT = TypeVar("DataT")


class Versioned(Protocol):
    """Frozen data read from a row that carries an id and a version."""

    @property
    def id(self) -> int: ...

    @property
    def version(self) -> int: ...


VersionedT = TypeVar("VersionedT", bound=Versioned)


def get_row(session: Session, table: type[RowT], row_id: int, what: str, location: str) -> RowT:
    """The row `row_id` of `table`; RowNotFoundError naming `what` when there is none."""
    row = session.get(table, row_id)
    if row is None:
        raise RowNotFoundError(f"There is no {what} {row_id} in {location}.", location)
    return row


def fetch_one(
    db: Database, table: type[RowT], row_id: int, to_data: Callable[[RowT], DataT], what: str
) -> DataT:
    """The row `row_id` of `table` as data, read in its own session (see `get_row`)."""
    with db.session() as session:
        return to_data(get_row(session, table, row_id, what, db.location))


def insert(db: Database, row: RowT, to_data: Callable[[RowT], DataT]) -> DataT:
    """Add `row` in its own transaction and return it as data (with its new id)."""
    with db.session(write=True) as session:
        session.add(row)
        session.flush()
        return to_data(row)


def fetch_all(
    db: Database, query: SelectOfScalar[RowT], to_data: Callable[[RowT], DataT]
) -> list[DataT]:
    """The rows `query` selects, as data, in its order."""
    with db.session() as session:
        return [to_data(row) for row in session.exec(query).all()]


def of_post_in_order(table: type[RowT], post_id: int, when: Any) -> SelectOfScalar[RowT]:
    """The query for the rows of `table` hanging off a post, oldest `when` first (ties by id)."""
    return (
        select(table)
        .where(col(table.post_id) == post_id)  # type: ignore[attr-defined]
        .order_by(col(when), col(table.id))  # type: ignore[attr-defined]
    )


def bump_version(session: Session, table: type[SQLModel], row_id: int, **values: Any) -> None:
    """UPDATE a row the caller has already decided to change, moving its version on.

    No version test: for writes that are not a person's edit of data they read (an import, a
    restore inside a transaction that checked the post's version itself).
    """
    session.exec(
        sa.update(table)
        .where(col(table.id) == row_id)  # type: ignore[attr-defined]
        .values(**values, version=col(table.version) + 1, updated_at=utc_now())  # type: ignore[attr-defined]
    )


def update_versioned(
    session: Session,
    table: type[RowT],
    *,
    row_id: int,
    expected_version: int,
    values: dict[str, Any],
    mine: DataT,
    to_data: Callable[[RowT], DataT],
    what: str,
    location: str,
) -> RowT:
    """UPDATE … WHERE id = ? AND version = ?; no row matched means someone saved in between.

    The version test sits in the UPDATE itself, so it holds even when two clients race between
    reading and writing (PostgreSQL under READ COMMITTED, or two SQLite connections).
    """
    id_column = table.id  # type: ignore[attr-defined]
    version_column = table.version  # type: ignore[attr-defined]
    statement = (
        sa.update(table)
        .where(id_column == row_id, version_column == expected_version)
        .values(**values, version=version_column + 1, updated_at=utc_now())
    )
    result = session.exec(statement)
    if result.rowcount == 0:
        stored = session.get(table, row_id)
        if stored is None:
            raise RowNotFoundError(f"The {what} {row_id} no longer exists in {location}.", location)
        theirs = to_data(stored)
        raise ConflictError(
            f"The {what} {row_id} was changed by someone else since you opened it (you edited "
            f"version {expected_version}, the saved one is version {stored.version}); "  # type: ignore[attr-defined]
            "nothing was overwritten.",
            location,
            mine=mine,
            theirs=theirs,
        )
    session.expire_all()
    stored = session.get(table, row_id)
    assert stored is not None
    return stored


def save_versioned(
    db: Database,
    table: type[RowT],
    mine: VersionedT,
    values: dict[str, Any],
    *,
    to_data: Callable[[RowT], VersionedT],
    what: str,
) -> VersionedT:
    """`update_versioned` of `mine`'s row in its own transaction, returning the saved data."""
    with db.session(write=True) as session:
        row = update_versioned(
            session,
            table,
            row_id=mine.id,
            expected_version=mine.version,
            values=values,
            mine=mine,
            to_data=to_data,
            what=what,
            location=db.location,
        )
        return to_data(row)


def delete_versioned(
    db: Database,
    table: type[RowT],
    mine: VersionedT,
    *,
    to_data: Callable[[RowT], VersionedT],
    what: str,
) -> None:
    """DELETE … WHERE id = ? AND version = ?: a row someone changed since `mine` was read is
    refused with ConflictError (their edit would be lost unseen); a row already gone stays gone."""
    with db.session(write=True) as session:
        id_column = table.id  # type: ignore[attr-defined]
        version_column = table.version  # type: ignore[attr-defined]
        result = session.exec(
            sa.delete(table).where(id_column == mine.id, version_column == mine.version)
        )
        if result.rowcount:
            return
        stored = session.get(table, mine.id)
        if stored is None:
            return
        raise ConflictError(
            f"The {what} {mine.id} was changed by someone else since you opened it (you saw "
            f"version {mine.version}, the saved one is version {stored.version}); "  # type: ignore[attr-defined]
            "it was not deleted.",
            db.location,
            mine=mine,
            theirs=to_data(stored),
        )


def jsonable(data: object) -> dict[str, Any]:
    """A frozen dataclass as a JSON-ready dict (dates as ISO text, tuples as lists)."""

    def convert(value: object) -> object:
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, tuple | list):
            return [convert(item) for item in value]
        return value

    return {key: convert(value) for key, value in asdict(data).items()}  # type: ignore[call-overload]
