"""The `studio` command: opens the app, or runs one of the subcommands in studio/commands/.

    studio [--db PATH|URL] [--data-dir DIR] [--compose] [--lang LANG]   open the window
    studio FILE.studio-review                       open a review file in the window
    studio db info | upgrade | backup [-o FILE]     look after the database
    studio demo                                     a month of sample posts
    studio check [FILE ...]                         the feedback panels for scripts

Exit codes: 0 success, 1 a failure (one line on stderr naming the file), 2 a usage error.
Subcommands never import Qt; the window is imported only when it is about to open. Only the
command being run is imported: the others pull in SQLAlchemy or the feedback engine, which would
cost `studio --version`, `--help` and the window's start-up most of a second for nothing.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from studio import __version__
from studio.commands import CommandContext, CommandError, global_options
from studio.paths import StudioPaths, resolve_database_url, resolve_paths
from studio.storage.errors import StorageError


@dataclass(frozen=True)
class Command:
    name: str
    module: str  # has `register(subparsers)`, which adds the real parser
    # The line in `studio --help`, kept here so listing a command does not import it;
    # tests/test_cli.py checks that it matches the help the module registers.
    summary: str


# Order = order in --help.
COMMANDS: tuple[Command, ...] = (
    Command("db", "studio.commands.db", "inspect, upgrade or back up the database"),
    Command("demo", "studio.commands.demo", "create demo workspaces with a month of posts"),
    Command(
        "check",
        "studio.commands.check",
        "check posts with the feedback panels (well-being, authenticity, inclusion, ...)",
    ),
    Command("export", "studio.commands.exchange", "export posts as JSON, CSV or iCalendar"),
    Command("import", "studio.commands.exchange", "import posts from a JSON or CSV file"),
)
COMMAND_MODULES: tuple[str, ...] = tuple(command.module for command in COMMANDS)
_NONE = ""  # build_parser(only=_NONE): every command a placeholder, nothing imported
LANGUAGE_ENV = "STUDIO_LANG"  # = studio.ui.i18n.LANGUAGE_ENV (not imported here: it loads Qt)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; `only` names the one command whose module is imported (None: all).

    The other commands get a placeholder with the same summary, so --help reads the same; a
    placeholder accepts any arguments (they come back from parse_known_args as extras).
    """
    parser = argparse.ArgumentParser(
        prog="studio",
        description="Content Studio: write social-media posts that respect the people who read "
        "them. Without a command, opens the app; `studio FILE.studio-review` opens a review file "
        "in it.",
        parents=[global_options(for_subcommand=False)],
    )
    parser.add_argument(
        "--compose",
        action="store_true",
        help="open the app on a new draft with the cursor in the text",
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="language of the window, e.g. de or en (default: $STUDIO_LANG, else the system's)",
    )
    parser.add_argument("--version", action="version", version=f"studio {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command")
    for command in COMMANDS:
        if only is None or command.name == only:
            importlib.import_module(command.module).register(subparsers)
        else:
            subparsers.add_parser(command.name, help=command.summary, add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    argv, review_file = _review_file_argument(argv)
    try:
        # First pass with placeholders only: finds the command, and answers a top-level
        # --help or --version without importing any command. Then the real parse.
        chosen = build_parser(only=_NONE).parse_known_args(argv)[0].command
        parser = build_parser(only=chosen or _NONE)
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # --help, --version (0) and usage errors (2)
        return _exit_code(exit_request)

    paths = resolve_paths(args.data_dir)
    database_url = resolve_database_url(paths, args.db)
    handler = getattr(args, "handler", None)
    if review_file is not None and (handler is not None or not review_file.is_file()):
        parser.print_usage(sys.stderr)
        print(f"studio: error: {review_file} is neither a command nor a file", file=sys.stderr)
        return 2
    if handler is None:
        return _run_gui(
            paths, database_url, compose=args.compose, language=args.lang, review_file=review_file
        )
    for option, given in (("--compose", args.compose), ("--lang", args.lang)):
        if given:
            parser.print_usage(sys.stderr)
            print(
                f"studio: error: {option} is for the app; it does not go with a command",
                file=sys.stderr,
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


def _run_gui(
    paths: StudioPaths,
    database_url: str,
    *,
    compose: bool,
    language: str | None,
    review_file: Path | None = None,
) -> int:
    from studio.app import run_gui  # Qt loads only when a window is wanted

    if language:
        os.environ[LANGUAGE_ENV] = language  # what studio/ui/i18n.py reads when the app starts
    paths.ensure()
    if review_file is not None:
        return run_gui(paths, database_url, compose, review_file=review_file)
    return run_gui(paths, database_url, compose)


def _review_file_argument(argv: list[str]) -> tuple[list[str], Path | None]:
    """`studio FILE`: a first plain argument that names no command is a review file to open.

    Taken out before parsing: argparse would read it as an unknown command.
    """
    with_value = ("--db", "--data-dir", "--lang")
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument == "--" or argument in {command.name for command in COMMANDS}:
            return argv, None
        if argument in with_value:
            index += 2
        elif argument.startswith("-"):
            index += 1
        else:
            return argv[:index] + argv[index + 1 :], Path(argument).expanduser()
    return argv, None


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
