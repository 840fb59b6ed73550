"""Alembic environment for `open_database` (programmatic) and developers (db/alembic.ini).

`open_database` hands over its own connection in `config.attributes["connection"]`, so migrations
run on exactly the engine (pragmas, driver) the app uses. From the command line, the URL comes from
`-x db=URL`, then `STUDIO_DB`, then `sqlalchemy.url` in alembic.ini.
"""

from __future__ import annotations

import os
from logging.config import fileConfig

import sqlalchemy as sa
from alembic import context
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

import studio.storage.tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from studio.storage.search import is_search_object

config = context.config
target_metadata = SQLModel.metadata

# Developers running `alembic -c db/alembic.ini` see Alembic's progress; the app configures its
# own logging and passes a connection instead.
if config.config_file_name and "connection" not in config.attributes:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def _include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The FTS5 index and its shadow tables are created by raw SQL in a migration; autogenerate
    # must not offer to drop them.
    return not (type_ == "table" and name is not None and is_search_object(name))


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_include_object,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _url_from_developer_config() -> str:
    x_args = context.get_x_argument(as_dictionary=True)
    url = (
        x_args.get("db") or os.environ.get("STUDIO_DB") or config.get_main_option("sqlalchemy.url")
    )
    if not url:
        raise SystemExit("No database: pass -x db=URL or set STUDIO_DB.")
    return url if "://" in url else f"sqlite:///{os.path.abspath(url)}"


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:
        _configure_and_run(given)
        return
    engine = sa.create_engine(_url_from_developer_config())
    try:
        with engine.connect() as connection:
            _configure_and_run(connection)
            connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (--sql) migrations are not supported; point at a database instead.")
run_migrations_online()
