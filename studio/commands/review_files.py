"""`studio export --format review|review-html` and `studio import` of a returned review file.

Called from studio/commands/exchange.py, which owns the `export` and `import` parsers; the
selectors are the other exports' own: `--workspace NAME`, `--from DATE --to DATE` (days on each
workspace's clock) and `--post ID` (repeatable). No selector: every post of every workspace.

    studio export --format review --workspace "Café Lumen" -o spring.studio-review
    studio export --format review-html -o spring-review.html
    studio import spring.studio-review           # the reviewer's comments and decisions
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from studio.commands import CommandContext, CommandError
from studio.domain.text import counted

if TYPE_CHECKING:
    from studio.storage.database import Database
    from studio.storage.exchange import ExportScope
    from studio.storage.exchange_review import ReviewSelection

REVIEW_FORMATS = ("review", "review-html")


def run_review_export(args: argparse.Namespace, context: CommandContext) -> int:
    from studio.storage.exchange import ExchangeError, ExportScope
    from studio.storage.exchange_review import (
        export_review,
        review_file_text,
        write_review_file,
    )
    from studio.storage.review_report import report_from_database, write_report

    db = context.open_database(create=False)
    try:
        selection = _selection(
            db,
            ExportScope(workspace=args.workspace, first_day=args.first_day, last_day=args.last_day),
            list(getattr(args, "post_ids", None) or []),
        )
        if args.format == "review-html":
            text = report_from_database(db, selection)
            if args.output is None:
                sys.stdout.write(text)
                return 0
            target = write_report(text, args.output.expanduser())
        else:
            review = export_review(db, selection, exported_by=_author(context))
            if args.output is None:
                sys.stdout.write(review_file_text(review))
                return 0
            target = write_review_file(review, args.output.expanduser())
    except ExchangeError as error:
        raise CommandError(str(error)) from error
    finally:
        db.close()
    print(f"Wrote {target} ({args.format})")
    return 0


def _selection(db: Database, scope: ExportScope, post_ids: list[int]) -> ReviewSelection:
    """The posts the selectors name, as a ReviewSelection (none of them: every post)."""
    from studio.storage.exchange.common import selected_posts, selected_workspaces
    from studio.storage.exchange_review import ReviewSelection

    if scope.workspace is None and not scope.has_range:
        return ReviewSelection(post_ids=tuple(post_ids) if post_ids else None)
    with db.session() as session:
        chosen = [
            post.id
            for workspace in selected_workspaces(session, scope)
            for post in selected_posts(session, workspace, scope)
            if post.id is not None and (not post_ids or post.id in post_ids)
        ]
    return ReviewSelection(post_ids=tuple(chosen))


def _author(context: CommandContext) -> str:
    from studio.settings import SettingsStore

    return SettingsStore(context.paths.settings_file).load().author_name


def run_review_import(args: argparse.Namespace, context: CommandContext, source: Path) -> int:
    from studio.storage.exchange_review import ReviewFileError, import_review, read_review_file

    try:
        review = read_review_file(source)
    except ReviewFileError as error:
        raise CommandError(str(error)) from error
    if args.dry_run:
        comments = sum(1 for post in review.posts for c in post.comments if c.is_new)
        decisions = sum(len(post.decisions) for post in review.posts)
        print(
            f"Dry run: {source} is a review file of {counted(len(review.posts), 'post')} with "
            f"{counted(comments, 'new comment')} and {counted(decisions, 'decision')}. "
            "Nothing was written."
        )
        return 0
    db = context.open_database(create=False)
    try:
        report = import_review(db, review)
    finally:
        db.close()
    details = [
        f"{counted(report.comments_added, 'comment')} added",
        f"{report.resolutions_applied} resolved/reopened",
        f"{counted(report.decisions_applied, 'decision')} applied",
        f"{report.comments_already_present + report.decisions_already_present} already present",
    ]
    if report.decisions_flagged:
        details.append(
            f"{counted(report.decisions_flagged, 'decision')} kept but not applied (made on older "
            "text, or no longer allowed): see the Review section"
        )
    for quote in report.comments_orphaned:
        print(
            f"studio: note: a comment's passage is no longer in the text: {quote!r}",
            file=sys.stderr,
        )
    for key in report.posts_missing:
        print(f"studio: note: no post with key {key} in {db.location}", file=sys.stderr)
    print(f"Imported the review file {source} into {db.location}: {'; '.join(details)}.")
    return 0
