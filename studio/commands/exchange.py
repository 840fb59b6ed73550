"""`studio export` and `studio import`: move calendars in and out as JSON, CSV or iCalendar.

    studio export --format json|csv|ics [--workspace NAME] [--from DATE --to DATE] [-o FILE]
    studio import FILE [--workspace NAME] [--dry-run]

Export writes to standard output unless `-o` names a file. Import checks every row first and
writes nothing unless all of them are valid; each bad row is printed as `FILE: row N: reason` on
standard error and the exit code is 1. `--dry-run` prints the same report and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from studio.commands import CommandContext, CommandError, add_command
from studio.domain.text import counted
from studio.storage.exchange import FORMATS, ExchangeError, ExportScope, detect_format

if TYPE_CHECKING:
    from studio.storage.database import Database


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from error


COMMAND_NAMES = ("export", "import")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the first of `export` and `import` that the parser does not have yet.

    studio.cli lists this module once per command and calls `register` at each one's place (or
    adds a cheap placeholder for a command not being run), so each call adds one command.
    """
    for name in COMMAND_NAMES:
        if name not in subparsers.choices:
            (_register_export if name == "export" else _register_import)(subparsers)
            return


def register_all(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Both commands at once, for a parser of one's own."""
    for name in COMMAND_NAMES:
        if name not in subparsers.choices:
            register(subparsers)


def _register_export(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = add_command(
        subparsers,
        "export",
        help="export posts as JSON, CSV or iCalendar",
        description="Export posts: JSON is the complete, lossless form; CSV has one row per post "
        "for spreadsheets (UTF-8 with BOM, formula-like cells prefixed with an apostrophe); "
        "iCalendar has one event per scheduled post, with UIDs that stay the same so a calendar "
        "updates its events on the next import. Dates are days on each workspace's own clock.",
    )
    export.add_argument(
        "--format",
        choices=(*FORMATS, "kit", "review", "review-html"),
        help="file format (default: from the -o file's extension, else json); kit writes a "
        "publish kit: a folder per post with captions and images rendered per platform",
    )
    export.add_argument("--workspace", metavar="NAME", help="only this workspace (default: all)")
    export.add_argument(
        "--from", dest="first_day", metavar="DATE", type=_day, help="first day, YYYY-MM-DD"
    )
    export.add_argument(
        "--to", dest="last_day", metavar="DATE", type=_day, help="last day (inclusive), YYYY-MM-DD"
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write here (default: standard output)"
    )
    export.add_argument(
        "--post",
        dest="post_ids",
        metavar="ID",
        type=int,
        action="append",
        default=[],
        help="kit, review and review-html only: just this post (repeatable)",
    )
    export.add_argument(
        "--remove-all-metadata",
        action="store_true",
        help="kit only: remove all metadata from images (location is always removed)",
    )
    export.set_defaults(handler=run_export)


def _register_import(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importer = add_command(
        subparsers,
        "import",
        help="import posts from a JSON or CSV file",
        description="Import posts from a Content Studio JSON export or a CSV file with the "
        "studio's columns. Every row is checked first; nothing is written unless every row is "
        "valid. Posts already in the database are not imported twice.",
    )
    importer.add_argument("file", metavar="FILE", type=Path, help="the .json or .csv file")
    importer.add_argument(
        "--workspace", metavar="NAME", help="import everything into this workspace"
    )
    importer.add_argument(
        "--format", choices=("json", "csv"), help="file format (default: from the extension)"
    )
    importer.add_argument(
        "--dry-run", action="store_true", help="check the file and report, without writing"
    )
    importer.set_defaults(handler=run_import)


def _usage_error(message: str) -> int:
    print(f"studio: error: {message}", file=sys.stderr)
    return 2


def run_export(args: argparse.Namespace, context: CommandContext) -> int:
    if args.first_day and args.last_day and args.last_day < args.first_day:
        return _usage_error(f"--to {args.last_day} is before --from {args.first_day}")
    kind = args.format
    if kind == "kit":
        from studio.commands.kit import run_kit_export

        return run_kit_export(args, context)
    if kind in ("review", "review-html"):  # review files for people outside the database
        from studio.commands.review_files import run_review_export

        return run_review_export(args, context)
    if kind is None:
        kind = detect_format(args.output) if args.output is not None else None
        kind = kind or "json"
    scope = ExportScope(workspace=args.workspace, first_day=args.first_day, last_day=args.last_day)

    db = context.open_database(create=False)
    try:
        text = _export_text(db, kind, scope, context)
    except ExchangeError as error:
        raise CommandError(str(error)) from error
    finally:
        db.close()

    if args.output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    target = args.output.expanduser()
    # newline="" keeps CSV's and iCalendar's CRLF exactly as written.
    with target.open("w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    print(f"Wrote {target} ({kind})")
    return 0


def _export_text(db: Database, kind: str, scope: ExportScope, context: CommandContext) -> str:
    from studio.media.store import MediaStore

    if kind == "json":
        from studio.storage.exchange.json import export_json

        return export_json(db, scope)
    if kind == "csv":
        from studio.storage.exchange.csv import export_csv

        return export_csv(db, scope, media_store=MediaStore(context.paths.media_dir))
    from studio.storage.exchange.ics import export_ics

    return export_ics(db, scope)


def run_import(args: argparse.Namespace, context: CommandContext) -> int:
    from studio.media.store import MediaStore

    source: Path = args.file.expanduser()
    try:
        data = source.read_bytes()
    except OSError as error:
        raise CommandError(f"{source}: {error.strerror or error}") from error
    from studio.storage.exchange_review import is_review_file

    if args.format is None and is_review_file(source):  # a reviewer's returned file
        from studio.commands.review_files import run_review_import

        return run_review_import(args, context, source)
    kind = args.format or detect_format(source, data[:64])
    if kind == "ics":
        raise CommandError(f"{source}: iCalendar files are export-only; import JSON or CSV")
    if kind not in ("json", "csv"):
        raise CommandError(f"{source}: not a .json or .csv file (give --format json|csv)")

    store = MediaStore(context.paths.media_dir)
    db = _database_for_import(context, dry_run=args.dry_run)
    try:
        if kind == "json":
            from studio.storage.exchange.json import import_json, read_json_file

            report = import_json(
                db,
                read_json_file(source),
                workspace=args.workspace,
                dry_run=args.dry_run,
                media_store=store,
            )
        else:
            from studio.storage.exchange.csv import decode_csv, import_csv

            report = import_csv(
                db,
                decode_csv(data),
                workspace=args.workspace,
                dry_run=args.dry_run,
                base_dir=source.resolve().parent,
                media_store=store,
            )
    except ExchangeError as error:
        raise CommandError(f"{source}: {error}") from error
    finally:
        db.close()

    for note in report.notes:
        print(f"studio: note: {note}", file=sys.stderr)
    if not report.ok:
        for problem in report.problems:
            print(f"studio: {source}: {problem}", file=sys.stderr)
        print(
            f"studio: {len(report.problems)} of {counted(report.items, 'item')} in {source} "
            "cannot be imported; nothing was written.",
            file=sys.stderr,
        )
        return 1
    details = f"{report.already_present} already present"
    if report.workspaces_created:
        details += f"; new workspaces: {', '.join(report.workspaces_created)}"
    if report.dry_run:
        print(
            f"Dry run: {source} is valid; it would import {counted(report.created, 'post')} "
            f"({details}). Nothing was written."
        )
    else:
        imported = counted(report.created, "post")
        print(f"Imported {imported} from {source} into {db.location} ({details}).")
    return 0


def _database_for_import(context: CommandContext, *, dry_run: bool) -> Database:
    """The database to import into; a dry run on a database not created yet checks the file
    against an empty in-memory one instead, so it creates nothing."""
    from studio.storage.database import open_database
    from studio.storage.errors import DatabaseMissingError

    if not dry_run:
        return context.open_database()
    try:
        return context.open_database(create=False)
    except DatabaseMissingError:
        return open_database("sqlite://")
