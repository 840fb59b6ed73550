"""The `studio` command: opens the app, or runs one of the subcommands in studio/commands/.

    studio [--db PATH|URL] [--data-dir DIR] [--compose]    open the window
    studio db info | upgrade | backup [-o FILE]            look after the database
    studio demo                                            a month of sample posts

Exit codes: 0 success, 1 a failure (one line on stderr naming the file), 2 a usage error.
Subcommands never import Qt; the window is imported only when it is about to open.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from studio import __version__
from studio.commands import CommandContext, CommandError, global_options
from studio.paths import StudioPaths, resolve_database_url, resolve_paths
from studio.storage.errors import StorageError

# One line per subcommand module; each has `register(subparsers)`. Order = order in --help.
COMMAND_MODULES: tuple[str, ...] = (
    "studio.commands.db",
    "studio.commands.demo",
    "studio.commands.check",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studio",
        description="Content Studio: write social-media posts that respect the people who read "
        "them. Without a command, opens the app.",
        parents=[global_options(for_subcommand=False)],
    )
    parser.add_argument(
        "--compose",
        action="store_true",
        help="open the app on a new draft with the cursor in the text",
    )
    parser.add_argument("--version", action="version", version=f"studio {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # --help, --version (0) and usage errors (2)
        return _exit_code(exit_request)

    paths = resolve_paths(args.data_dir)
    database_url = resolve_database_url(paths, args.db)
    handler = getattr(args, "handler", None)
    if handler is None:
        return _run_gui(paths, database_url, compose=args.compose)
    if args.compose:
        parser.print_usage(sys.stderr)
        print(
            "studio: error: --compose opens the app; it does not go with a command", file=sys.stderr
        )
        return 2

    try:
        return int(handler(args, CommandContext(paths=paths, database_url=database_url)))
    except (StorageError, CommandError) as error:
        _fail(str(error))
        return 1
    except BrokenPipeError:  # `studio db info | head`: the reader left, nothing to report
        _silence_stdout()
        return 1
    except OSError as error:  # e.g. a backup target in a folder that cannot be created
        _fail(f"{error.filename or ''}: {error.strerror or error}".lstrip(": "))
        return 1
    except KeyboardInterrupt:
        return 130


def _run_gui(paths: StudioPaths, database_url: str, *, compose: bool) -> int:
    from studio.app import run_gui  # Qt loads only when a window is wanted

    paths.ensure()
    return run_gui(paths, database_url, compose)


def _silence_stdout() -> None:
    # Python would complain once more when it flushes stdout at exit; point it at devnull.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _fail(message: str) -> None:
    print(f"studio: {' '.join(message.split())}", file=sys.stderr)


def _exit_code(exit_request: SystemExit) -> int:
    code = exit_request.code
    if code is None:
        return 0
    return code if isinstance(code, int) else 1
