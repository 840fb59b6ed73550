"""`studio demo`: fill the database with a month of two clients' posts to try the studio on."""

from __future__ import annotations

import argparse

from studio.commands import CommandContext, add_command
from studio.storage.demo import load_demo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers,
        "demo",
        help="create demo workspaces with a month of posts",
        description="Create two demo workspaces (a bakery in Berlin, a climbing gym in New York) "
        "with a month of posts around today: several platforms, every status, campaigns, review "
        "comments, and a few posts with well-being or disclosure problems for the feedback "
        "panels. Running it again adds nothing.",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    db = context.open_database()
    try:
        result = load_demo(db)
    finally:
        db.close()
    names = ", ".join(result.workspaces)
    if not result.created:
        print(f"The demo workspaces ({names}) are already in {db.location}; nothing was added.")
        return 0
    print(
        f"Created the demo month in {db.location}: {len(result.workspaces)} workspaces ({names}), "
        f"{result.posts} posts, {result.campaigns} campaigns."
    )
    print("Open it with: studio")
    return 0
