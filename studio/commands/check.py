"""`studio check`: the feedback engine for scripts, CI jobs and agencies' batches.

    studio check [FILE ...|-] [--platform x,instagram,...] [--sponsored]
                 [--format text|json|jsonl] [--grammar auto|off|URL] [--locale TAG]
                 [--workspace NAME]

Reads each FILE (UTF-8; "-" or no FILE reads standard input) and prints what the composer's panels
would say. `--format jsonl` reads one JSON object per line instead,
`{"text": ..., "platforms": [...], "sponsored": bool, "locale": ..., "id": ...}` (only "text"
required), and writes one report per line, in order; blank lines are skipped, and a line that is
not such an object gets `{"error": ...}` in its place.

Exit codes: 0 no `strong` finding; 1 at least one `strong` finding; 2 usage error, or an input that
could not be read, decoded (not UTF-8) or parsed — named on stderr. Grammar problems never change
the exit code: when the grammar backend fails, the reports say so and carry no grammar findings.
The JSON shape is documented in README.md, "The studio check JSON report".
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from studio.commands import CommandContext, add_command
from studio.domain.platforms import PLATFORMS, PlatformId
from studio.feedback.engine import analyse, merge_grammar
from studio.feedback.fixes import edits_of
from studio.feedback.grammar import (
    GrammarBackendKind,
    GrammarChecker,
    GrammarUnavailable,
    make_grammar_checker,
)
from studio.feedback.model import Draft, Finding, Report, Severity
from studio.feedback.rulepacks import RulePacks, load_packs
from studio.settings import load_settings

FORMATS = ("text", "json", "jsonl")
EXIT_CLEAN, EXIT_STRONG, EXIT_USAGE = 0, 1, 2
STDIN_NAME = "-"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers,
        "check",
        help="check posts with the feedback panels (well-being, authenticity, inclusion, ...)",
        description="Check posts with the same feedback engine as the composer. Exit 0 when "
        "nothing strong was found, 1 when something was, 2 on a usage error or unreadable input.",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="UTF-8 text files to check; '-' or nothing reads standard input",
    )
    parser.add_argument(
        "--platform",
        action="append",
        default=[],
        metavar="LIST",
        help=f"comma-separated platforms to fit ({', '.join(p.value for p in PlatformId)})",
    )
    parser.add_argument("--sponsored", action="store_true", help="the posts are paid or gifted")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format")
    parser.add_argument(
        "--grammar",
        default="auto",
        metavar="auto|off|URL",
        help="grammar backend: auto (configured server, else installed LanguageTool, else offline "
        "spelling; never downloads), off, or a LanguageTool server URL",
    )
    parser.add_argument("--locale", default="en-US", help="language of the posts (en-US)")
    parser.add_argument(
        "--workspace", metavar="NAME", help="also use the rule packs of this workspace"
    )
    parser.set_defaults(handler=run)


class InputError(Exception):
    """An input that cannot be checked; the message names it."""


@dataclass(frozen=True, slots=True)
class Options:
    platforms: tuple[PlatformId, ...]
    sponsored: bool
    locale: str


def run(args: argparse.Namespace, context: CommandContext) -> int:
    try:
        platforms = parse_platforms(args.platform)
    except ValueError as error:
        return _usage_error(str(error))
    options = Options(platforms, args.sponsored, args.locale)
    packs = load_packs(context.paths.rules_dir, workspace=args.workspace)
    for problem in packs.problems:
        print(f"studio check: rule skipped: {problem}", file=sys.stderr)
    try:
        grammar = _grammar_checker(args.grammar, context)
    except ValueError:
        return _usage_error(f"--grammar must be auto, off or an http(s) URL, not {args.grammar!r}")
    checker = Checker(packs, grammar)
    try:
        if args.format == "jsonl":
            return _run_jsonl(args.files or [STDIN_NAME], options, checker)
        return _run_documents(args.files or [STDIN_NAME], options, checker, args.format)
    finally:
        grammar.close()


def parse_platforms(values: Sequence[str]) -> tuple[PlatformId, ...]:
    chosen: list[PlatformId] = []
    for value in values:
        for name in value.split(","):
            name = name.strip().lower()
            if not name:
                continue
            try:
                platform = PlatformId(name)
            except ValueError:
                known = ", ".join(p.value for p in PlatformId)
                raise ValueError(f"unknown platform {name!r} (known: {known})") from None
            if platform not in chosen:
                chosen.append(platform)
    return tuple(chosen)


def _grammar_checker(mode: str, context: CommandContext) -> GrammarChecker:
    server_url = None
    if mode.strip().lower() == "auto" and context.paths.settings_file.is_file():
        server_url = load_settings(context.paths.settings_file).languagetool_server_url or None
    # Find LanguageTool where Preferences downloads it (our cache dir), never download here.
    from studio.feedback.languagetool_download import use_studio_languagetool_dir

    use_studio_languagetool_dir(context.paths.cache_dir)
    return make_grammar_checker(mode, server_url=server_url, allow_download=False)


class Checker:
    """The engine plus the grammar backend; grammar failures are reported once, not fatal."""

    def __init__(self, packs: RulePacks, grammar: GrammarChecker) -> None:
        self.packs = packs
        self.grammar = grammar
        self.grammar_note: str | None = grammar.description
        self._grammar_failed = False
        self._grammar_on = grammar.kind is not GrammarBackendKind.OFF

    def check(self, draft: Draft) -> Report:
        report = analyse(draft, packs=self.packs)
        if not self._grammar_on or self._grammar_failed or not draft.text.strip():
            return report
        try:
            return merge_grammar(report, self.grammar.check(draft.text, draft.locale))
        except GrammarUnavailable as error:
            self._grammar_failed = True
            self.grammar_note = f"grammar not checked: {error.reason}"
            print(f"studio check: {self.grammar_note}", file=sys.stderr)
            return report


# --------------------------------------------------------------------------------------------
# Whole documents: text and json


def _run_documents(files: Sequence[str], options: Options, checker: Checker, fmt: str) -> int:
    results: list[tuple[str, Report]] = []
    failed = False
    for name in files:
        try:
            text = read_text(name)
        except InputError as error:
            print(f"studio check: {error}", file=sys.stderr)
            failed = True
            continue
        draft = Draft(
            text, platforms=options.platforms, sponsored=options.sponsored, locale=options.locale
        )
        results.append((name, checker.check(draft)))
    out = sys.stdout
    if fmt == "json":
        documents = [
            report_to_json(report, source=name, grammar=checker.grammar_note)
            for name, report in results
        ]
        payload: Any = documents[0] if len(files) == 1 and documents else documents
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for name, report in results:
            if len(files) > 1:
                out.write(f"{name}:\n")
            write_text_report(report, out)
    if failed:
        return EXIT_USAGE
    return EXIT_STRONG if any(report.has_strong for _, report in results) else EXIT_CLEAN


def read_text(name: str) -> str:
    try:
        data = sys.stdin.buffer.read() if name == STDIN_NAME else Path(name).read_bytes()
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror or error})") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        shown = "standard input" if name == STDIN_NAME else name
        raise InputError(
            f"{shown}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert it to UTF-8 first"
        ) from error


def write_text_report(report: Report, out: IO[str]) -> None:
    """`LINE:COL severity panel/rule-id message` per finding, then the panel scores."""
    positions = LinePositions(report.text)
    for finding in report.findings:
        line, column = positions.line_column(finding.start)
        out.write(
            f"{line}:{column} {finding.severity.value} {finding.panel.value}/{finding.rule_id} "
            f"{finding.message}{_platform_note(finding)}\n"
        )
    if report.skipped:
        out.write(f"skipped (failed on this text): {', '.join(report.skipped)}\n")
    scores = "  ".join(f"{panel.value} {score}" for panel, score in report.scores.items())
    out.write(f"scores: {scores}\n")


def _platform_note(finding: Finding) -> str:
    """ " (Instagram)" after a message about one platform that does not name it already (a
    YAML rule restricted to platforms reports once per platform with the same message)."""
    if finding.platform is None:
        return ""
    name = PLATFORMS[finding.platform].name
    return "" if name in finding.message else f" ({name})"


class LinePositions:
    """1-based line and column (in characters) of a code-point offset."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        index = text.find("\n")
        while index != -1:
            self._starts.append(index + 1)
            index = text.find("\n", index + 1)

    def line_column(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


# --------------------------------------------------------------------------------------------
# JSON Lines


def _run_jsonl(files: Sequence[str], options: Options, checker: Checker) -> int:
    out = sys.stdout
    strong = False
    failed = False
    for name in files:
        try:
            lines = _jsonl_lines(name)
            for number, line in lines:
                try:
                    draft, echo = parse_jsonl_post(line, options)
                except InputError as error:
                    failed = True
                    where = "standard input" if name == STDIN_NAME else name
                    message = f"{where}:{number}: {error}"
                    print(f"studio check: {message}", file=sys.stderr)
                    out.write(json.dumps({"error": message}, ensure_ascii=False) + "\n")
                    continue
                report = checker.check(draft)
                strong = strong or report.has_strong
                document = report_to_json(report, grammar=checker.grammar_note, extra=echo)
                out.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n")
        except InputError as error:
            print(f"studio check: {error}", file=sys.stderr)
            failed = True
    if failed:
        return EXIT_USAGE
    return EXIT_STRONG if strong else EXIT_CLEAN


def _jsonl_lines(name: str) -> Iterator[tuple[int, str]]:
    stream = sys.stdin.buffer if name == STDIN_NAME else None
    try:
        handle = stream if stream is not None else Path(name).open("rb")  # noqa: SIM115
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror or error})") from error
    try:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                shown = "standard input" if name == STDIN_NAME else name
                raise InputError(
                    f"{shown}:{number}: not UTF-8 text (byte 0x{raw[error.start]:02x})"
                ) from error
            if line.strip():
                yield number, line
    finally:
        if stream is None:
            handle.close()


def parse_jsonl_post(line: str, options: Options) -> tuple[Draft, dict[str, Any]]:
    """One input line → a draft (command-line options are the defaults) and fields to echo."""
    try:
        post = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"not JSON ({error.msg} at column {error.colno})") from error
    if not isinstance(post, dict) or not isinstance(post.get("text"), str):
        raise InputError('each line must be an object with a "text" string')
    platforms = options.platforms
    if "platforms" in post:
        values = post["platforms"]
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise InputError('"platforms" must be a list of platform names')
        try:
            platforms = parse_platforms(values)
        except ValueError as error:
            raise InputError(str(error)) from error
    sponsored = post.get("sponsored", options.sponsored)
    if not isinstance(sponsored, bool):
        raise InputError('"sponsored" must be true or false')
    locale = post.get("locale", options.locale)
    if not isinstance(locale, str):
        raise InputError('"locale" must be a string such as "en-US"')
    echo = {"id": post["id"]} if "id" in post else {}
    draft = Draft(post["text"], platforms=platforms, sponsored=sponsored, locale=locale)
    return draft, echo


# --------------------------------------------------------------------------------------------
# The JSON report (README.md, "The studio check JSON report")


def report_to_json(
    report: Report,
    *,
    source: str | None = None,
    grammar: str | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    positions = LinePositions(report.text) if report.findings else None
    findings = []
    for finding in report.findings:
        assert positions is not None
        line, column = positions.line_column(finding.start)
        findings.append(
            {
                "rule_id": finding.rule_id,
                "panel": finding.panel.value,
                "severity": finding.severity.value,
                "start": finding.start,
                "end": finding.end,
                "line": line,
                "column": column,
                "text": report.text[finding.start : finding.end],
                "message": finding.message,
                "why": finding.why,
                "suggestions": list(finding.suggestions),
                # What applying each suggestion does, exactly (it may tidy just outside the span).
                "edits": [
                    {"start": edit.start, "end": edit.end, "text": edit.text}
                    for edit in edits_of(finding)
                ],
                "source": finding.source,
                "platform": finding.platform.value if finding.platform else None,
            }
        )
    document: dict[str, Any] = dict(extra or {})
    if source is not None:
        document["source"] = source
    document.update(
        {
            "has_strong": any(f.severity is Severity.STRONG for f in report.findings),
            "scores": {panel.value: score for panel, score in report.scores.items()},
            "findings": findings,
            "signals": [
                {
                    "signal_id": signal.signal_id,
                    "panel": signal.panel.value,
                    "message": signal.message,
                    "start": signal.start,
                    "end": signal.end,
                }
                for signal in report.signals
            ],
            "counts": [
                {
                    "platform": count.platform.value,
                    "used": count.used,
                    "limit": count.limit,
                    "unit": count.unit,
                    "over": count.over,
                    "secondary_used": count.secondary_used,
                    "secondary_limit": count.secondary_limit,
                    "secondary_unit": count.secondary_unit,
                }
                for count in report.counts
            ],
            "grammar": grammar,
            "skipped": list(report.skipped),
        }
    )
    return document


def _usage_error(message: str) -> int:
    print(f"studio check: error: {message}", file=sys.stderr)
    return EXIT_USAGE
