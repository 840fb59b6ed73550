"""`studio db info | upgrade | backup`: look after the database file."""

from __future__ import annotations

import argparse
from pathlib import Path

from studio.commands import CommandContext, CommandError, add_command
from studio.storage.database import describe_location
from studio.storage.revisions import head_revision
from studio.storage.sqlite_files import backup_file_name, backup_sqlite_file, unique_path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(subparsers, "db", help="inspect, upgrade or back up the database")
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)

    info = add_command(
        actions, "info", help="show where the database is, its schema revision and row counts"
    )
    info.set_defaults(handler=run_info)

    upgrade = add_command(
        actions,
        "upgrade",
        help="bring the schema up to date (an SQLite file is backed up first)",
    )
    upgrade.set_defaults(handler=run_upgrade)

    backup = add_command(
        actions,
        "backup",
        help="copy the SQLite database safely while it may be in use",
        description="Copy the SQLite database with SQLite's online backup API (safe while the app "
        "is running). PostgreSQL databases are backed up with pg_dump.",
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help="where to write the copy (default: a time-stamped file in <data dir>/backups)",
    )
    backup.set_defaults(handler=run_backup)


def run_info(args: argparse.Namespace, context: CommandContext) -> int:
    db = context.open_database(upgrade=False, create=False)
    try:
        revision = db.schema_revision()
        counts = db.row_counts()
    finally:
        db.close()
    head = head_revision()
    state = "up to date" if revision == head else f"{head} available: run `studio db upgrade`"
    print(f"Database:        {db.location}")
    print(f"URL:             {_masked_url(context.database_url)}")
    print(f"Schema revision: {revision} ({state})")
    print("Rows:")
    width = max(len(name) for name in counts)
    for table, count in counts.items():
        print(f"  {table:<{width}}  {count:>7}")
    return 0


def run_upgrade(args: argparse.Namespace, context: CommandContext) -> int:
    db = context.open_database(upgrade=True, create=True)
    try:
        revision = db.schema_revision()
    finally:
        db.close()
    if db.created:
        print(f"Created a new database at {db.location} (schema revision {revision}).")
    elif db.upgraded_from is not None:
        print(f"Upgraded {db.location} from schema revision {db.upgraded_from} to {revision}.")
        if db.backup_path is not None:
            print(f"Backup of the old database: {db.backup_path}")
    else:
        print(f"{db.location} is up to date (schema revision {revision}).")
    return 0


def run_backup(args: argparse.Namespace, context: CommandContext) -> int:
    if not context.database_url.startswith("sqlite"):
        raise CommandError(
            f"{describe_location(context.database_url)} is a server database: back it up with "
            "the server's own tool, for PostgreSQL pg_dump "
            "(e.g. pg_dump --format=custom --file=studio.dump <database URL>)."
        )
    db = context.open_database(upgrade=False, create=False)
    try:
        revision = db.schema_revision()
    finally:
        db.close()
    if db.file is None:
        raise CommandError("An in-memory database has nothing to back up.")
    if args.output is not None:
        target = args.output.expanduser().resolve()
    else:
        target = unique_path(
            context.paths.backups_dir / backup_file_name(db.file, f"rev{revision}")
        )
    backup_sqlite_file(db.file, target)
    print(f"Backed up {db.location} to {target}")
    return 0


def _masked_url(url: str) -> str:
    if "://" in url and not url.startswith("sqlite"):
        return describe_location(url)
    return url
