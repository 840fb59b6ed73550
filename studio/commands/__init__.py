"""Subcommands of the `studio` command line, one module each.

A module registers itself with `register(subparsers)`: it adds its parser with `add_command` (so
`--db` and `--data-dir` work after the subcommand too) and sets `handler`, a function taking the
parsed arguments and a CommandContext and returning the exit code. `studio.cli` lists the modules.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from studio.paths import StudioPaths
from studio.storage.database import Database, open_database


class CommandError(Exception):
    """A command failed for a reason the user can act on; the CLI prints it and exits 1."""


@dataclass(frozen=True)
class CommandContext:
    paths: StudioPaths
    database_url: str

    @property
    def uses_default_database(self) -> bool:
        return self.database_url == f"sqlite:///{self.paths.database_file}"

    def open_database(self, *, upgrade: bool = True, create: bool = True) -> Database:
        if create and self.uses_default_database:
            self.paths.ensure()  # the default file lives in the data dir, which may not exist yet
        return open_database(
            self.database_url, backups_dir=self.paths.backups_dir, upgrade=upgrade, create=create
        )


Handler = Callable[[argparse.Namespace, CommandContext], int]


def global_options(*, for_subcommand: bool) -> argparse.ArgumentParser:
    """--db and --data-dir, accepted before or after the subcommand.

    After a subcommand they default to SUPPRESS, so they do not overwrite a value given before it.
    """
    parser = argparse.ArgumentParser(add_help=False)
    default = argparse.SUPPRESS if for_subcommand else None
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=default,
        help="database: an SQLite file or an SQLAlchemy URL such as postgresql+psycopg://… "
        "(default: $STUDIO_DB, else studio.sqlite3 in the data dir)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="folder for data, settings and cache (default: $STUDIO_HOME, else the user data dir)",
    )
    return parser


def add_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    *,
    help: str,
    description: str | None = None,
) -> argparse.ArgumentParser:
    return subparsers.add_parser(
        name,
        help=help,
        description=description or help,
        parents=[global_options(for_subcommand=True)],
    )
