"""`studio export --format kit -o DIR`: publish kits from the command line.

    studio export --format kit -o DIR [--workspace NAME] [--from DATE --to DATE] [--post ID ...]
                  [--remove-all-metadata]

Same selectors as the other exports, plus `--post` for single posts. One folder per post (see
studio.services.publish_kit); a bad image is reported on standard error and the rest of the kit
is still written, with exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.commands import CommandContext, CommandError
from studio.domain.text import counted


def run_kit_export(args: argparse.Namespace, context: CommandContext) -> int:
    from studio.media.store import MediaStore
    from studio.services.publish_kit import export_kit
    from studio.storage.errors import RowNotFoundError
    from studio.storage.exchange import ExchangeError
    from studio.storage.media_library import MediaLibrary

    output: Path | None = args.output
    if output is None:
        print("studio: error: --format kit needs -o DIR (a folder)", file=sys.stderr)
        return 2
    target = output.expanduser()
    if target.exists() and not target.is_dir():
        raise CommandError(f"{target} is a file; a publish kit needs a folder")

    db = context.open_database(create=False)
    try:
        library = MediaLibrary(db)
        try:
            posts = library.posts_for_kit(
                workspace=args.workspace,
                first_day=args.first_day,
                last_day=args.last_day,
                post_ids=args.post_ids,
            )
        except (ExchangeError, RowNotFoundError) as error:
            raise CommandError(str(error)) from error
    finally:
        db.close()
    if args.workspace and args.post_ids:
        posts = [post for post in posts if post.workspace == args.workspace]

    report = export_kit(
        MediaStore(context.paths.media_dir),
        target,
        posts,
        remove_all_metadata=args.remove_all_metadata,
    )
    for note in report.notes:
        print(f"studio: note: {note}", file=sys.stderr)
    for problem in report.problems:
        print(f"studio: {problem}", file=sys.stderr)
    removed = "all metadata removed" if args.remove_all_metadata else "location data removed"
    print(
        f"Wrote a publish kit for {counted(report.posts, 'post')} with "
        f"{counted(report.images, 'image')} to {target} ({removed})"
    )
    return 1 if report.problems else 0
