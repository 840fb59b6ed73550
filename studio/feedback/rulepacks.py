r"""Rule packs: Vale-format YAML rules, compiled once and matched against a draft.

This docstring is the reference for the rule format. Rules are data so that writers, agencies and
we ourselves can change them without touching code, and so that an existing Vale style folder
(https://vale.sh/docs) dropped into the rules directory works as it is.

Where packs come from
---------------------
* Built-in packs: every folder under ``studio/feedback/rules/<pack>/``, one rule per ``.yml`` (or
  ``.yaml``) file, loaded once per process (``builtin_packs()``).
* User packs: ``<data dir>/rules/`` (``StudioPaths.rules_dir``). Each sub-folder is a pack (a Vale
  style folder such as ``Google/`` works); loose ``.yml`` files there form the pack ``User``. A
  folder that holds no rule files but sub-folders of them (a whole Vale ``StylesPath``) is read one
  level deeper. ``workspaces/<workspace>/`` holds per-workspace packs with the same layout.
  ``load_packs(rules_dir, workspace=...)`` returns built-ins plus both, and reloads only when a
  file changed.
* Files and folders whose name starts with ``.`` or ``_`` are not rules; ``_pack.yml`` inside a
  pack folder may set ``panel:`` (the pack's default panel).

A rule that cannot be used (unsupported ``extends``, bad regex, bad value) is skipped and reported
once as a ``PackProblem`` (file name and reason) in ``RulePacks.problems``; loading never raises.

Identity
--------
Vale's convention: the rule's name is ``<Pack>.<FileStem>`` (``Brand.Terms``), which is also its
id. Our key ``id:`` replaces the id with a catalogue id (``WB-URGENCY``). Several files may share
one catalogue id (e.g. two halves of WB-CLICKBAIT); ignoring or disabling the id turns off all.

Common keys (Vale)
------------------
``extends``   existence | substitution | occurrence | conditional | capitalization | repetition |
              metric | readability | consistency. Anything else (spelling, sequence, script,
              lexicon) is reported as unsupported.
``message``   Shown to the writer. ``%s`` placeholders are filled per extension point (below).
``level``     suggestion → info, warning → warn, error → strong. Default: suggestion.
``link``      URL of the source; becomes ``Finding.source``.
``scope``     text (default; ``raw`` and ``summary`` are the same in a post), sentence, paragraph
              (blocks separated by a blank line), line. A list takes the first scope we support.
              Markup scopes (heading, list, table, code, …) do not exist in a post: reported.
``ignorecase`` Case-insensitive matching. ``nonword``: no word boundaries around ``tokens``.
``exceptions`` Regexes; a match whose whole text matches one is ignored.
``action``    ``{name: replace, params: [a, b]}`` → suggestions a, b; ``{name: remove}`` → the
              suggestion "" (delete). Other actions are ignored.

Our keys
--------
``id``          Catalogue id (``WB-URGENCY``). Default: ``<Pack>.<FileStem>``.
``panel``       wellbeing | authenticity | inclusion | transparency | platform | grammar. Default:
                the pack's ``_pack.yml`` ``panel:``, else a pack folder named after a panel, else
                ``inclusion`` — a house style (Vale's typical use) is about being read and
                understood, which is what the Inclusion & accessibility panel asks.
``severity``    info | warn | strong; overrides ``level``.
``why``         One sentence naming the principle (``Finding.why``).
``platforms``   List of platform ids (x, instagram, …); the rule runs only when one is selected.
``unless``      List of regexes: a match is dropped when any of them matches anywhere in the same
                sentence as the match ("diagnosed with" keeps "OCD" quiet; "missing" keeps "please
                share" quiet). Same ``ignorecase`` as the rule.
``skip_quoted`` true: drop matches inside quotation marks (“…”, "…", ‘…’, 'word'): a word mentioned,
                not used. Default false.
``when``        Draft conditions that must all hold: ``sponsored: true|false``,
                ``has_media: true|false``.
``signal``      true: a match is a positive ``Signal`` (something done well), not a finding.

Extension points
----------------
existence       ``tokens`` (list, joined into one alternation), ``raw`` (list, concatenated into one
                regex), ``append: true`` (raw appended after the tokens group). Tokens get word
                boundaries unless ``nonword``. ``%s`` = the matched text.
                Example::

                    extends: existence
                    id: WB-URGENCY
                    panel: wellbeing
                    level: warning
                    message: "'%s' adds time pressure."
                    why: Manufactured urgency pushes people to act before they have thought.
                    ignorecase: true
                    tokens: [last chance, ends tonight, hurry]
                    unless: ['\bhurry up and rest\b']

substitution    ``swap``: ``observed: expected`` (keys are regexes; ``expected`` may hold several
                alternatives split by ``|`` and ``$1`` references to the key's groups). Message
                ``%s`` order as in Vale: one ``%s`` = expected; two = expected, then observed.
                Suggestions = the expected alternatives; when matching ignoring case, a capital
                first letter in the match is kept in the suggestion ("Guys" → "Everyone").
                Example::

                    extends: substitution
                    id: IA-EQUALITY
                    panel: inclusion
                    message: "Consider '%s' instead of '%s'."
                    ignorecase: true
                    swap:
                      hey guys: hey everyone|hi all
                      mankind: humankind

occurrence      ``token`` (regex), ``max`` and/or ``min`` per ``scope``. ``%s`` = the count. Over
                ``max``: the span runs from the first occurrence beyond the maximum to the last;
                under ``min``: the whole scope.
conditional     ``first`` implies ``second`` within the ``scope`` (default text). With a capture
                group in ``first`` (Vale's semantics): each ``first`` match whose group 1 is not
                among the group-1 values of ``second``'s matches (nor in ``exceptions``) is
                flagged, e.g. an acronym never defined. Without groups (our extension): when
                ``first`` occurs in a scope unit and ``second`` does not, each ``first`` match
                there is flagged, e.g. a suicide mention with no help resource. ``%s`` = the
                ``first`` match.
capitalization  ``match``: ``$title``, ``$sentence``, ``$lower``, ``$upper`` or a regex the unit
                must match entirely; ``exceptions`` (words allowed in any case), ``indicators`` (for
                ``$sentence``: punctuation after which a capital is fine, default ``:``). Scope
                default: sentence. ``%s`` = the unit's text. ``$sentence`` accepts "I", acronyms
                and exceptions; other capitalised words fail it (as in Vale, proper nouns belong
                in ``exceptions``).
repetition      ``tokens`` (alternation); two consecutive matches with only white space between them
                and the same text (ignoring case with ``ignorecase``) are flagged; ``alpha: true``
                only considers letters/digits tokens. ``%s`` = the repeated token.
metric          ``formula`` (arithmetic over variables, ``+ - * / % **``, parentheses, ``min max abs
                round sqrt log``) and ``condition`` (``> 8.0``, ``<= 2``, ``== 0``...). Variables:
                words, sentences, paragraphs, characters (non-space), letters (letters and
                digits), syllables,
                polysyllabic_words (3+ syllables), complex_words (polysyllabic without
                -es/-ed/-ing),
                long_words (more than 6 letters); ours: questions (sentences ending in "?"),
                exclamations ("!" count), hashtags, mentions, urls, emoji, first_person (I/me/my/
                we/us/our…), second_person (you/your…), caps_words (all-capital words of 2+
                letters). Vale's markup counts (heading.h1, list, pre, blockquote) are 0. A formula
                dividing by zero gives no finding. Scope default text (the whole post); sentence
                and paragraph apply it to each unit. ``%s`` = the value (2 decimals).
readability     ``metrics`` (Flesch-Kincaid, Gunning Fog, Coleman-Liau, SMOG, Automated
                Readability) and ``grade``: the average of the listed grade levels above ``grade``
                flags the scope (default text). ``%s`` = that average.
consistency     ``either: {a: b}``: both forms in one post flags the occurrences of the form that
                appears later. ``%s`` = that form, then the other.

Differences from Vale, on purpose
---------------------------------
* Word boundaries around ``tokens`` only refuse to start or end inside a word, so tokens that
  begin or end with a symbol work ("#ad", "❤️"); Vale's ``\b`` would never match "#ad".
* A straight apostrophe in a pattern also matches the typographic one (’) that phones type.
* ``message`` placeholders are filled in order; a lone ``%`` is left as it is.

Speed (the live editor's budget is a few milliseconds for every rule together)
-----------------------------------------------------------------------------
Each token, swap key and top-level alternative of ``raw`` is a *branch*, scanned only when its
*anchor* occurs in the post: a run of ASCII letters or digits that every match must contain
("ocd" in ``(so|totally)\s+OCD``; "burn" in ``\bburn(?:ing|ed)?\s+off``). Most rules then cost
nothing on most posts. To keep a rule cheap:

* give every branch a literal word; a branch made only of classes (``[A-Z]{3,}``) is scanned
  on every post;
* split one big alternation into several ``raw`` alternatives (``'|...'``) or tokens rather
  than one branch with a large inner group;
* do not start a branch with a variable-length lookbehind (``(?<=\b(?:food|cake)\b.{0,60})``):
  it is tried at every position of the text. Match the distinctive word first and put the
  context in ``unless`` (or in a lookahead);
* anchors on very common words (the, only, will...) save little; the loader prefers another
  literal of the branch when there is one.
"""

from __future__ import annotations

import ast
import logging
import math
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, ClassVar, Protocol

import regex
import yaml

from studio.domain.platforms import PlatformId, find_urls
from studio.feedback.context import AnalysisContext, Token
from studio.feedback.model import Draft, Panel, Severity

_log = logging.getLogger(__name__)

BUILTIN_RULES_DIR = Path(__file__).parent / "rules"
WORKSPACES_FOLDER = "workspaces"
PACK_SETTINGS_FILE = "_pack.yml"
LOOSE_FILES_PACK = "User"
DEFAULT_PANEL = Panel.INCLUSION

_RULE_SUFFIXES = (".yml", ".yaml")
_LEVELS = {"suggestion": Severity.INFO, "warning": Severity.WARN, "error": Severity.STRONG}
_SCOPE_ALIASES = {
    "text": "text",
    "raw": "text",
    "summary": "text",
    "sentence": "sentence",
    "paragraph": "paragraph",
    "line": "line",
}
_WHEN_KEYS = frozenset({"sponsored", "has_media"})
# User rules run with a time limit so a catastrophic regex in a dropped-in style cannot freeze the
# editor; built-in rules are tested and run without the (small) overhead.
_USER_REGEX_TIMEOUT_S = 0.25

# Word boundary that also works for tokens starting or ending with a symbol ("#ad", "❤️"): it only
# refuses to start or end a match in the middle of a word. Vale's `\b` would never match "#ad"
# after a space; for tokens that begin and end with letters the two behave the same.
_BOUNDARY = r"(?:(?<!\w)|(?!\w))"


@dataclass(frozen=True, slots=True)
class PackProblem:
    """A rule file that could not be used, and why (shown once to the user)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """One place a rule fired, before the engine turns it into a Finding or a Signal."""

    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()


class Matcher(Protocol):
    """One extension point's matching. `branches` are the parts that can be skipped on their
    own when their anchor words are absent (see "Anchors" below); `matches` scans the `active`
    ones in one scope unit."""

    @property
    def branches(self) -> tuple[_Branch, ...]: ...

    def matches(
        self, ctx: AnalysisContext, unit: Token, active: tuple[_Branch, ...]
    ) -> Iterator[RuleMatch]: ...


@dataclass(frozen=True, slots=True)
class Rule:
    rule_id: str
    name: str  # Vale's "<Pack>.<FileStem>"
    extends: str
    panel: Panel
    severity: Severity
    message: str
    why: str
    source: str
    scope: str
    matcher: Matcher
    path: str
    platforms: frozenset[PlatformId] = frozenset()
    when: Mapping[str, bool] = field(default_factory=dict)
    unless: regex.Pattern[str] | None = None
    skip_quoted: bool = False
    signal: bool = False

    def applies_to(self, draft: Draft) -> bool:
        if self.platforms and self.platforms.isdisjoint(draft.platforms):
            return False
        for key, wanted in self.when.items():
            actual = draft.sponsored if key == "sponsored" else bool(draft.media)
            if actual is not wanted:
                return False
        return True

    def find(
        self,
        ctx: AnalysisContext,
        *,
        active: tuple[_Branch, ...] | None = None,
        prefilter: bool = True,
    ) -> Iterator[RuleMatch]:
        """Where the rule fires. `active`: the branches worth scanning (the engine gets them
        for all rules at once from `RulePacks.active_branches`); `prefilter=False` scans every
        branch, anchors or not (tests use it to prove that anchors never lose a match)."""
        if active is None:
            branches = self.matcher.branches
            active = _active(branches, ctx) if prefilter else branches
        if not active:
            return
        for unit in scope_units(ctx, self.scope):
            for match in self.matcher.matches(ctx, unit, active):
                if self.skip_quoted and ctx.in_quotes(match.start, match.end):
                    continue
                if self.unless is not None and self._excused(ctx, match):
                    continue
                yield match

    def _excused(self, ctx: AnalysisContext, match: RuleMatch) -> bool:
        assert self.unless is not None
        sentence = ctx.sentence_containing(match.start)
        return (
            self.unless.search(ctx.text, sentence.start, max(sentence.end, match.end)) is not None
        )


@dataclass(frozen=True)
class RulePacks:
    rules: tuple[Rule, ...] = ()
    problems: tuple[PackProblem, ...] = ()

    def __add__(self, other: RulePacks) -> RulePacks:
        return RulePacks(self.rules + other.rules, self.problems + other.problems)

    @property
    def rule_ids(self) -> frozenset[str]:
        return frozenset(rule.rule_id for rule in self.rules)

    def active_branches(self, ctx: AnalysisContext) -> dict[int, tuple[_Branch, ...]]:
        """Rule position → the branches worth scanning in this text (rules absent: skip)."""
        return self._anchor_index.active(ctx)

    @cached_property
    def _anchor_index(self) -> _AnchorIndex:
        return _AnchorIndex(self.rules)


def scope_units(ctx: AnalysisContext, scope: str) -> tuple[Token, ...]:
    if scope == "sentence":
        return ctx.sentences
    if scope == "paragraph":
        return ctx.paragraphs
    if scope == "line":
        return ctx.lines
    return (Token(0, len(ctx.text), ctx.text),)


# --------------------------------------------------------------------------------------------
# Loading


@cache
def builtin_packs() -> RulePacks:
    """The packs shipped with the studio, loaded once per process."""
    return load_rules_dir(BUILTIN_RULES_DIR, user=False)


def load_packs(rules_dir: Path | None = None, *, workspace: str | None = None) -> RulePacks:
    """Built-in packs plus the user's (`rules_dir`) and the workspace's packs, if any.

    Cheap to call again: files are only re-read when one was added, removed or changed, and the
    same combination returns the same `RulePacks` (whose anchor index is built once).
    """
    if rules_dir is None:
        return builtin_packs()
    workspace_dir = rules_dir / WORKSPACES_FOLDER / workspace if workspace else None
    return _combined(
        rules_dir,
        _signature(rules_dir),
        workspace_dir,
        _signature(workspace_dir) if workspace_dir is not None else (),
    )


@lru_cache(maxsize=16)
def _combined(
    rules_dir: Path,
    rules_signature: tuple[tuple[str, int, int], ...],
    workspace_dir: Path | None,
    workspace_signature: tuple[tuple[str, int, int], ...],
) -> RulePacks:
    packs = builtin_packs() + _load_user_dir_cached(rules_dir, rules_signature)
    if workspace_dir is not None:
        packs = packs + _load_user_dir_cached(workspace_dir, workspace_signature)
    return packs


def _signature(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """What changes when a rule file is added, removed or edited (cheap: stat only)."""
    if not directory.is_dir():
        return ()
    entries = []
    for path in sorted(directory.rglob("*")):
        if (
            path.suffix in _RULE_SUFFIXES
            and WORKSPACES_FOLDER not in path.relative_to(directory).parts[:-1]
        ):
            stat = path.stat()
            entries.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


@lru_cache(maxsize=32)
def _load_user_dir_cached(
    directory: Path, signature: tuple[tuple[str, int, int], ...]
) -> RulePacks:
    del signature  # only part of the cache key
    packs = load_rules_dir(directory, user=True)
    for problem in packs.problems:
        _log.warning("Rule skipped: %s", problem)
    return packs


def load_rules_dir(directory: Path, *, user: bool = True) -> RulePacks:
    """Every pack in `directory`: its sub-folders, plus loose rule files as the pack "User"."""
    if not directory.is_dir():
        return RulePacks()
    packs = RulePacks()
    loose: list[Path] = []
    for entry in sorted(directory.iterdir()):
        if entry.name.startswith((".", "_")):
            continue
        if entry.is_dir() and entry.name != WORKSPACES_FOLDER:
            if _rule_files(entry):
                packs = packs + load_pack(entry, user=user)
            else:  # a Vale StylesPath dropped as a whole: its styles are one level down
                for style in sorted(p for p in entry.iterdir() if p.is_dir()):
                    if not style.name.startswith((".", "_")) and _rule_files(style):
                        packs = packs + load_pack(style, user=user)
        elif entry.is_file() and entry.suffix in _RULE_SUFFIXES:
            loose.append(entry)
    if loose:
        packs = packs + _load_files(LOOSE_FILES_PACK, loose, DEFAULT_PANEL, user=user)
    return packs


def load_pack(folder: Path, *, user: bool = True) -> RulePacks:
    """One pack folder (a Vale style): one rule per file, named `<Folder>.<FileStem>`."""
    default_panel, problems = _pack_default_panel(folder)
    packs = _load_files(folder.name, _rule_files(folder), default_panel, user=user)
    return RulePacks(packs.rules, problems + packs.problems)


def _rule_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix in _RULE_SUFFIXES and not p.name.startswith((".", "_"))
    )


def _pack_default_panel(folder: Path) -> tuple[Panel, tuple[PackProblem, ...]]:
    settings_file = folder / PACK_SETTINGS_FILE
    if settings_file.is_file():
        try:
            settings = yaml.safe_load(settings_file.read_text(encoding="utf-8")) or {}
            return Panel(str(settings["panel"]).lower()), ()
        except (yaml.YAMLError, OSError, UnicodeDecodeError, KeyError, TypeError, ValueError):
            reason = f"'panel' must be one of {_panel_names()}; using {DEFAULT_PANEL.value}"
            return DEFAULT_PANEL, (PackProblem(str(settings_file), reason),)
    try:
        return Panel(folder.name.lower()), ()
    except ValueError:
        return DEFAULT_PANEL, ()


def _load_files(pack: str, files: Iterable[Path], default_panel: Panel, *, user: bool) -> RulePacks:
    rules: list[Rule] = []
    problems: list[PackProblem] = []
    for path in files:
        try:
            rules.append(compile_rule(path, pack=pack, default_panel=default_panel, user=user))
        except RuleError as error:
            problems.append(PackProblem(str(path), str(error)))
    return RulePacks(tuple(rules), tuple(problems))


class RuleError(ValueError):
    """Why one rule file cannot be used."""


def compile_rule(
    path: Path, *, pack: str, default_panel: Panel = DEFAULT_PANEL, user: bool = True
) -> Rule:
    try:
        definition = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(f"cannot read the file ({error})") from error
    except yaml.YAMLError as error:
        raise RuleError(f"not valid YAML ({_one_line(error)})") from error
    if not isinstance(definition, dict):
        raise RuleError("a rule file must hold a mapping of keys (extends, message, ...)")
    return rule_from_mapping(
        definition,
        name=f"{pack}.{path.stem}",
        path=str(path),
        default_panel=default_panel,
        user=user,
    )


def rule_from_mapping(
    definition: Mapping[str, Any],
    *,
    name: str,
    path: str = "",
    default_panel: Panel = DEFAULT_PANEL,
    user: bool = True,
) -> Rule:
    """Compile one rule definition (the parsed YAML mapping). Raises RuleError."""
    spec = _Spec(definition, timeout=_USER_REGEX_TIMEOUT_S if user else None)
    extends = spec.text("extends", required=True)
    build = _BUILDERS.get(extends)
    if build is None:
        raise RuleError(
            f"'extends: {extends}' is not supported (supported: {', '.join(_BUILDERS)})"
        )
    scope = _scope(spec, default="sentence" if extends == "capitalization" else "text")
    matcher = build(spec)
    panel_name = spec.text("panel", default=default_panel.value).lower()
    try:
        panel = Panel(panel_name)
    except ValueError as error:
        raise RuleError(f"'panel: {panel_name}' must be one of {_panel_names()}") from error
    return Rule(
        rule_id=spec.text("id", default=name),
        name=name,
        extends=extends,
        panel=panel,
        severity=_severity(spec),
        message=spec.text("message", default=""),
        why=spec.text("why", default=""),
        source=spec.text("link", default="").strip(),
        scope=scope,
        matcher=matcher,
        path=path,
        platforms=_platforms(spec),
        when=_when(spec),
        unless=spec.alternation("unless"),
        skip_quoted=spec.flag("skip_quoted"),
        signal=spec.flag("signal"),
    )


def _panel_names() -> str:
    return ", ".join(panel.value for panel in Panel)


def _severity(spec: _Spec) -> Severity:
    if "severity" in spec.raw:
        value = spec.text("severity").lower()
        try:
            return Severity(value)
        except ValueError as error:
            raise RuleError(f"'severity: {value}' must be info, warn or strong") from error
    level = spec.text("level", default="suggestion").lower()
    if level not in _LEVELS:
        raise RuleError(f"'level: {level}' must be suggestion, warning or error")
    return _LEVELS[level]


def _scope(spec: _Spec, *, default: str) -> str:
    raw = spec.raw.get("scope", default)
    candidates = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
    names = [str(c).strip() for c in candidates if not str(c).strip().startswith("~")]
    for scope_name in names:
        if scope_name in _SCOPE_ALIASES:
            return _SCOPE_ALIASES[scope_name]
    if not names:
        return _SCOPE_ALIASES[default]
    raise RuleError(
        f"'scope: {raw}' does not exist in a social post (use text, sentence, paragraph or line)"
    )


def _platforms(spec: _Spec) -> frozenset[PlatformId]:
    values = spec.strings("platforms")
    try:
        return frozenset(PlatformId(value.lower()) for value in values)
    except ValueError as error:
        known = ", ".join(p.value for p in PlatformId)
        raise RuleError(f"'platforms' must list platform ids ({known})") from error


def _when(spec: _Spec) -> Mapping[str, bool]:
    raw = spec.raw.get("when") or {}
    if not isinstance(raw, dict) or not set(raw) <= _WHEN_KEYS:
        raise RuleError("'when' may only hold 'sponsored: true|false' and 'has_media: true|false'")
    if not all(isinstance(value, bool) for value in raw.values()):
        raise RuleError("'when' values must be true or false")
    return dict(raw)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


class _Spec:
    """Typed access to a rule mapping; every bad value becomes a RuleError naming the key."""

    def __init__(self, raw: Mapping[str, Any], *, timeout: float | None) -> None:
        self.raw = raw
        self.timeout = timeout
        self.flags = regex.MULTILINE | (regex.IGNORECASE if self.flag("ignorecase") else 0)

    def text(self, key: str, *, default: str | None = None, required: bool = False) -> str:
        value = self.raw.get(key, default)
        if value is None:
            if required:
                raise RuleError(f"'{key}' is required")
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise RuleError(f"'{key}' must be a string")
        return str(value)

    def flag(self, key: str) -> bool:
        value = self.raw.get(key, False)
        if not isinstance(value, bool):
            raise RuleError(f"'{key}' must be true or false")
        return value

    def number(self, key: str) -> int | None:
        value = self.raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise RuleError(f"'{key}' must be a whole number")
        return value

    def strings(self, key: str) -> list[str]:
        value = self.raw.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(
            isinstance(item, str | int | float) and not isinstance(item, bool) for item in value
        ):
            raise RuleError(f"'{key}' must be a list of strings")
        return [str(item) for item in value]

    def compile(self, pattern: str, key: str, *, flags: int | None = None) -> regex.Pattern[str]:
        try:
            return regex.compile(pattern, self.flags if flags is None else flags)
        except (regex.error, ValueError, OverflowError, RecursionError) as error:
            raise RuleError(f"bad regex in '{key}': {self._culprit(key, error)}") from error

    def _culprit(self, key: str, error: Exception) -> str:
        """Name the one item of a list that does not compile, not the combined pattern."""
        value = self.raw.get(key)
        items = list(value) if isinstance(value, list | dict) else [value]
        for item in items:
            try:
                regex.compile(_scoped_flags(str(item)), self.flags)
            except (regex.error, ValueError, OverflowError, RecursionError) as item_error:
                return f"{item!r} ({_one_line(item_error)})"
        return _one_line(error)

    def alternation(self, key: str) -> regex.Pattern[str] | None:
        items = self.strings(key)
        if not items:
            return None
        return self.compile("|".join(f"(?:{_scoped_flags(item)})" for item in items), key)

    def exceptions(self) -> regex.Pattern[str] | None:
        items = self.strings("exceptions")
        if not items:
            return None
        return self.compile("|".join(f"(?:{_scoped_flags(item)})" for item in items), "exceptions")

    def suggestions_from_action(self) -> tuple[str, ...]:
        action = self.raw.get("action")
        if not isinstance(action, dict):
            return ()
        name = action.get("name")
        if name == "remove":
            return ("",)
        if name == "replace":
            params = action.get("params") or []
            if isinstance(params, list):
                return tuple(str(p) for p in params if isinstance(p, str | int | float))
        return ()


# --------------------------------------------------------------------------------------------
# Pattern helpers


_LEADING_FLAGS = regex.compile(r"^\(\?([aiLmsux]+)\)")


def _scoped_flags(pattern: str) -> str:
    """`(?i)word` inside an alternation would apply to the whole pattern; scope it to the token."""
    match = _LEADING_FLAGS.match(pattern)
    if match is None:
        return pattern
    return f"(?{match.group(1)}:{pattern[match.end() :]})"


def _curly_apostrophes(pattern: str) -> str:
    """Let a straight apostrophe in a token also match the typographic one phones type (’)."""
    out: list[str] = []
    in_class = False
    escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append("'’" if char == "'" else char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        else:
            out.append("['’]" if char == "'" else char)
    return "".join(out)


def _token_pattern(token: str) -> str:
    return _curly_apostrophes(_scoped_flags(token))


def _token_group(tokens: Sequence[str]) -> str:
    return "(?:" + "|".join(_token_pattern(t) for t in tokens) + ")"


def _bounded(body: str, *, nonword: bool) -> str:
    # The group keeps a token's own alternatives ("postmen|mailmen") inside the boundaries.
    return body if nonword else f"{_BOUNDARY}(?:{body}){_BOUNDARY}"


def format_message(template: str, *values: object) -> str:
    """Vale's printf-style message: each `%s` takes the next value (the last one repeats)."""
    if "%s" not in template or not values:
        return template
    parts = template.split("%s")
    out = [parts[0]]
    for index, part in enumerate(parts[1:]):
        out.append(str(values[min(index, len(values) - 1)]))
        out.append(part)
    return "".join(out)


# User patterns that once ran out of time; they are not run again in this process, so a batch
# of thousands of posts pays for a catastrophic pattern once, not once per post.
_TIMED_OUT: set[int] = set()


def _finditer(
    pattern: regex.Pattern[str], text: str, start: int, end: int, timeout: float | None
) -> Iterator[regex.Match[str]]:
    if timeout is None:
        yield from pattern.finditer(text, start, end)
        return
    if id(pattern) in _TIMED_OUT:
        return
    try:
        yield from pattern.finditer(text, start, end, timeout=timeout)
    except TimeoutError:
        _TIMED_OUT.add(id(pattern))
        _log.warning("A user rule's regex took too long and is switched off: %s", pattern.pattern)


def _excepted(exceptions: regex.Pattern[str] | None, matched: str) -> bool:
    return exceptions is not None and exceptions.fullmatch(matched) is not None


def _match_case(suggestion: str, matched: str) -> str:
    if suggestion and matched[:1].isupper() and suggestion[:1].islower():
        return suggestion[0].upper() + suggestion[1:]
    return suggestion


# --------------------------------------------------------------------------------------------
# Anchors: skipping rules that cannot match
#
# Most rules find nothing in most posts, and even a compiled alternation costs a scan of the
# whole text. So each branch of a rule (a token, a swap key, a top-level alternative of `raw`)
# is analysed once, at load time, for an *anchor*: a literal run of ASCII letters and digits that
# every match of the branch must contain (for "(so|totally)\s+OCD", "ocd"). At analysis time a
# branch is scanned only when one of its anchors occurs in the text: a set lookup when the anchor
# is a whole word, a bisection in the sorted words when it starts one, else a substring search.
# Branches without an anchor are always scanned. Branches are scanned one by one: the `regex`
# module finds a literal prefix fast, but an alternation mixing lookbehinds is tried at every
# position (measured: 14 ms for one such rule on a 2,200-character caption, against well under
# 1 ms for its branches scanned separately). Matches of several branches are merged as one
# alternation would report them: leftmost first, the earlier branch first at one position, no
# overlaps.


@dataclass(frozen=True, slots=True)
class Anchor:
    text: str  # lower-case ASCII letters/digits
    word_start: bool  # the run starts a word in every match
    word_end: bool = False  # ... and ends it

    def present(self, ctx: AnalysisContext) -> bool:
        if self.word_start and self.word_end:
            return self.text in ctx.word_set
        if self.word_start:
            return ctx.has_word_starting_with(self.text)
        return self.text in ctx.folded


Anchors = tuple[Anchor, ...] | None  # None: no anchor found, always scan


def _present(anchors: Anchors, ctx: AnalysisContext) -> bool:
    return anchors is None or any(anchor.present(ctx) for anchor in anchors)


_QUANTIFIER_START = "?*+{"
_VERBOSE_FLAG = regex.compile(r"\(\?[a-zA-Z]*x")


def _structure(pattern: str, index: int = 0) -> Iterator[tuple[int, str]]:
    """The characters of a regex from `index` on that can shape it, with their indexes.

    Escapes and character classes are stepped over, so a `(`, `)` or `|` seen here really opens
    or closes a group or separates alternatives.
    """
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index)
            continue
        yield index, char
        index += 1


def _split_top(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (splits on `|` outside groups and classes)."""
    branches: list[str] = []
    depth = 0
    start = 0
    for index, char in _structure(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
    branches.append(pattern[start:])
    return branches


def _class_end(pattern: str, index: int) -> int:
    """Index just past the character class opening at `index`."""
    index += 1
    if index < len(pattern) and pattern[index] == "^":
        index += 1
    if index < len(pattern) and pattern[index] == "]":
        index += 1
    depth = 1
    while index < len(pattern) and depth:
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            depth += 1  # the regex module allows nested sets
        elif char == "]":
            depth -= 1
        index += 1
    return index


def _group_end(pattern: str, index: int) -> int:
    """Index of the `)` closing the group opening at `index`."""
    depth = 0
    for position, char in _structure(pattern, index):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return position
    return len(pattern)


def _quantifier(pattern: str, index: int) -> tuple[str, int]:
    """The quantifier starting at `index` (may be empty) and the index after it."""
    if index >= len(pattern) or pattern[index] not in _QUANTIFIER_START:
        return "", index
    start = index
    if pattern[index] == "{":
        close = pattern.find("}", index)
        if close == -1 or not regex.fullmatch(r"\{\d*(?:,\d*)?\}", pattern[index : close + 1]):
            return "", index  # a literal brace
        index = close + 1
    else:
        index += 1
    if index < len(pattern) and pattern[index] in "?+":  # lazy or possessive
        index += 1
    return pattern[start:index], index


def _optional(quantifier: str) -> bool:
    return quantifier.startswith(("?", "*", "{0", "{,"))


def branch_anchors(pattern: str, *, word_start: bool, word_end: bool = False) -> Anchors:
    """Anchors for a regex: every match contains at least one of them (None: none known).

    `word_start`/`word_end`: the pattern is wrapped in word boundaries (a Vale token).
    """
    requirement = branch_requirement(pattern, word_start=word_start, word_end=word_end)
    if requirement is None:
        return None
    found: list[Anchor] = []
    for candidates in requirement:
        for anchor in max(candidates, key=_anchor_strength):
            if anchor not in found:
                found.append(anchor)
    return tuple(found)


# What a branch needs to match at all: for each top-level alternative, the anchor sets of its
# required parts, every one of which must be met (each set by any one of its anchors). The anchor
# index looks up one set per alternative (the strongest); the others are checked before a scan.
# "only 3 hours left" needs ("only" or "just") and "hour" and "left": a post that says "only" and
# "hours" but never "left" is not scanned.
Requirement = tuple[tuple[tuple[Anchor, ...], ...], ...]


def branch_requirement(
    pattern: str, *, word_start: bool, word_end: bool = False
) -> Requirement | None:
    """Per top-level alternative, every anchor set of its required parts (None: an alternative
    has none, so the pattern must always be scanned)."""
    if _VERBOSE_FLAG.search(pattern):
        return None  # white space and '#' mean something else in verbose patterns
    requirement = []
    for branch in _split_top(pattern):
        candidates = _sequence_candidates(branch, word_start, word_end)
        if not candidates:
            return None
        requirement.append(tuple(candidates))
    return tuple(requirement)


def requirement_met(requirement: Requirement, ctx: AnalysisContext) -> bool:
    return any(
        all(any(anchor.present(ctx) for anchor in anchors) for anchors in candidates)
        for candidates in requirement
    )


def _sequence_candidates(branch: str, word_start: bool, word_end: bool) -> list[tuple[Anchor, ...]]:
    """The anchor sets of the required parts of one alternative (each part's match contains one
    of its set's anchors)."""
    candidates: list[tuple[Anchor, ...]] = []
    run = ""
    run_word_start = False
    next_word_start = word_start
    index = 0

    def flush(ends_word: bool = False) -> None:
        """End the current literal run; `ends_word`: what follows cannot continue a word."""
        nonlocal run
        if len(run) >= 2:
            candidates.append((Anchor(run, run_word_start, run_word_start and ends_word),))
        run = ""

    while index < len(branch):
        char = branch[index]
        if char == "(":
            close = _group_end(branch, index)
            body = branch[index + 1 : close]
            quantifier, index = _quantifier(branch, close + 1)
            flush()
            if body.startswith(("?=", "?!", "?#")):
                continue  # zero width (or a comment): the next character is unaffected
            if body.startswith(("?<=", "?<!")):
                next_word_start = False
                continue
            inner = _group_body(body)
            optional = _optional(quantifier)
            if inner is not None and not optional:
                anchors = branch_anchors(inner, word_start=next_word_start)
                if anchors:
                    candidates.append(anchors)
            # After "(?:you\s+)?" a word starts whether the group matched or not.
            ends_in_space = inner is not None and _ends_in_space(inner)
            next_word_start = ends_in_space and (next_word_start or not optional)
            continue
        if char == "[":
            end = _class_end(branch, index)
            _, index = _quantifier(branch, end)
            flush()
            next_word_start = False
            continue
        if char == "\\":
            escape = branch[index : index + 2]
            end = index + 2
            if escape in ("\\p", "\\P", "\\N") and branch[end : end + 1] == "{":
                end = branch.find("}", end) + 1 or len(branch)
            elif escape == "\\x":
                end += 2
            elif escape == "\\u":
                end += 4
            quantifier, index = _quantifier(branch, end)
            letter = escape[1:2]
            non_word = letter in ("s", "W") or bool(letter and not letter.isalnum())
            flush(ends_word=letter == "b" or (non_word and not _optional(quantifier)))
            if letter == "b":
                next_word_start = True
            elif non_word:
                next_word_start = not _optional(quantifier)  # a non-word character before
            else:
                next_word_start = False
            continue
        quantifier, after = _quantifier(branch, index + 1)
        if char.isascii() and char.isalnum():
            if _optional(quantifier):
                flush()
                next_word_start = False
            else:
                if not run:
                    run_word_start = next_word_start
                run += char.lower()
                next_word_start = False  # what follows continues this word
                if quantifier:
                    flush()
            index = after
            continue
        literal_non_word = char not in "^.$|" and not regex.match(r"\w", char)
        flush(ends_word=char == "$" or (literal_non_word and not _optional(quantifier)))
        if char == "^":
            next_word_start = True
        elif literal_non_word:  # a space, '#', '-', an emoji...
            next_word_start = not _optional(quantifier)
        else:
            next_word_start = False
        index = after
    flush(ends_word=word_end)
    return candidates


_SPACE_ENDINGS = ("\\s+", "\\s", " +", " ")


def _ends_in_space(pattern: str) -> bool:
    """Whether every match of `pattern` ends with white space ("you\\s+", "now |then ")."""
    if _VERBOSE_FLAG.search(pattern):
        return False
    for alternative in _split_top(pattern):
        ending = next((e for e in _SPACE_ENDINGS if alternative.endswith(e)), None)
        if ending is None:
            return False
        before = alternative[: len(alternative) - len(ending)]
        backslashes = len(before) - len(before.rstrip("\\"))
        # An escaped backslash before "s" is a literal "\" and "s", not white space; an escaped
        # space is still a space. Quantified endings ("\s*", " ?") never get here.
        if ending.startswith("\\") and backslashes % 2:
            return False
    return True


def _group_body(body: str) -> str | None:
    """The pattern inside a group's parentheses, without its `?:`/`?P<name>`/flags prefix."""
    if not body.startswith("?"):
        return body
    prefix = regex.match(r"\?(?:P?<[A-Za-z_]\w*>|[aiLmsux\-]*:|>|\|)", body)
    return body[prefix.end() :] if prefix else None


# Words in nearly every post: an anchor among them saves no scan, so another one is preferred.
_COMMON_WORDS_TEXT = """
a an and are as at be been but by can could day did do does for from get go going got had has
have he her him his how i if in is it its just know last like make me more most my need new no
not now of on one only or our out people really so some that the their them then there they this
time to up us very was we were what when which who will with would you your all any back best
good great here into off over still than too way well want
"""
_COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())


def _anchor_strength(anchors: tuple[Anchor, ...]) -> tuple[int, int]:
    """Prefer anchor sets whose weakest member is long, uncommon and starts a word; then
    smaller sets."""
    weakest = min(
        len(a.text) + (4 if a.word_start else 0) - (10 if a.text in _COMMON_WORDS else 0)
        for a in anchors
    )
    return weakest, -len(anchors)


@dataclass(frozen=True, slots=True)
class _Branch:
    pattern: regex.Pattern[str]
    anchors: Anchors
    index: int = 0  # which token or swap entry
    # The branch's other required parts, checked once its anchors are found (None: nothing more
    # to check).
    requirement: Requirement | None = None
    order: int = 0  # position among the matcher's branches: priority at one position


def _ordered_branches(branches: Iterable[_Branch]) -> tuple[_Branch, ...]:
    return tuple(replace(branch, order=order) for order, branch in enumerate(branches))


def _branch(
    compiled: regex.Pattern[str],
    source: str,
    *,
    word_start: bool,
    word_end: bool = False,
    index: int = 0,
) -> _Branch:
    """A branch with its anchors and, when it has more required parts than those, the rest."""
    requirement = branch_requirement(source, word_start=word_start, word_end=word_end)
    if requirement is None:
        return _Branch(compiled, None, index)
    anchors = branch_anchors(source, word_start=word_start, word_end=word_end)
    return _Branch(compiled, anchors, index, _worth_checking(requirement))


def _worth_checking(requirement: Requirement) -> Requirement | None:
    """The part of a requirement worth testing once the anchor index has found the branch.

    Sets with a common or two-letter word are nearly always met, so testing them costs more than
    the scans they save; with one alternative, its strongest set is what the index looked up.
    None when nothing is left to test."""
    kept = []
    for candidates in requirement:
        best = max(candidates, key=_anchor_strength)
        useful = tuple(
            anchors
            for anchors in candidates
            if all(len(a.text) > 2 and a.text not in _COMMON_WORDS for a in anchors)
            and (len(requirement) > 1 or anchors != best)
        )
        if not useful:
            return None  # this alternative is met whenever the index finds the branch
        kept.append(useful)
    return tuple(kept)


class _AnchorIndex:
    """Every anchor of every rule, looked up from the text's side.

    Asking each of a few hundred anchors whether it is in the text costs more than the scans it
    saves on a short post; walking the text's few dozen distinct words through dictionaries of
    whole-word anchors and of word-start anchors (one per prefix length) does not. Substring
    anchors, which are few, are tested one by one.
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        Entry = tuple[int, _Branch]
        self.always: list[Entry] = []
        self.words: dict[str, list[Entry]] = {}
        # Word-start anchors by their first three letters (two-letter ones on their own): a word
        # then has only a few candidates to test with `startswith`.
        self.two_letter: dict[str, list[Entry]] = {}
        self.prefixes: dict[str, dict[str, list[Entry]]] = {}
        self.substrings: dict[str, list[Entry]] = {}
        for position, rule in enumerate(rules):
            for branch in rule.matcher.branches:
                entry = (position, branch)
                if branch.anchors is None:
                    self.always.append(entry)
                    continue
                for anchor in branch.anchors:
                    if anchor.word_start and anchor.word_end:
                        self.words.setdefault(anchor.text, []).append(entry)
                    elif anchor.word_start and len(anchor.text) == 2:
                        self.two_letter.setdefault(anchor.text, []).append(entry)
                    elif anchor.word_start:
                        by_start = self.prefixes.setdefault(anchor.text[:3], {})
                        by_start.setdefault(anchor.text, []).append(entry)
                    else:
                        self.substrings.setdefault(anchor.text, []).append(entry)
        self.word_keys = frozenset(self.words)
        self.prefix_keys = frozenset(self.prefixes)

    def active(self, ctx: AnalysisContext) -> dict[int, tuple[_Branch, ...]]:
        found: list[list[tuple[int, _Branch]]] = [self.always]
        words = self.words
        prefixes = self.prefixes
        text_words = ctx.word_set
        # Set intersections run in C: the text's words against whole-word anchors, then its
        # words' first three letters against the word-start anchors' groups.
        for word in text_words & self.word_keys:
            found.append(words[word])
        for start in ctx.word_prefixes & self.prefix_keys:
            for anchor, entries in prefixes[start].items():
                if len(anchor) == 3 or ctx.has_word_starting_with(anchor):
                    found.append(entries)
        for anchor, entries in self.two_letter.items():
            if ctx.has_word_starting_with(anchor):
                found.append(entries)
        folded = ctx.folded
        for text, entries in self.substrings.items():
            if text in folded:
                found.append(entries)
        by_rule: dict[int, dict[int, _Branch]] = {}
        checked: dict[int, bool] = {}  # id(branch) → its requirement is met
        for entries in found:
            for position, branch in entries:
                if branch.requirement is not None:
                    met = checked.get(id(branch))
                    if met is None:
                        met = checked[id(branch)] = requirement_met(branch.requirement, ctx)
                    if not met:
                        continue
                by_rule.setdefault(position, {})[branch.order] = branch
        return {
            position: tuple(branches[index] for index in sorted(branches))
            for position, branches in by_rule.items()
        }


# Matchers that cannot be skipped by anchors (capitalization, metric...) have this one branch.
_ALWAYS = (_Branch(regex.compile(""), None),)


def _active(branches: Sequence[_Branch], ctx: AnalysisContext) -> tuple[_Branch, ...]:
    return tuple(
        branch
        for branch in branches
        if _present(branch.anchors, ctx)
        and (branch.requirement is None or requirement_met(branch.requirement, ctx))
    )


def _scan(
    branches: Sequence[_Branch], ctx: AnalysisContext, unit: Token, timeout: float | None
) -> Iterator[tuple[_Branch, regex.Match[str]]]:
    """Matches of all branches in one unit, as a single alternation would report them."""
    if len(branches) == 1:
        branch = branches[0]
        for match in _finditer(branch.pattern, ctx.text, unit.start, unit.end, timeout):
            if match.end() > match.start():
                yield branch, match
        return
    found = [
        (match.start(), order, branch, match)
        for order, branch in enumerate(branches)
        for match in _finditer(branch.pattern, ctx.text, unit.start, unit.end, timeout)
        if match.end() > match.start()
    ]
    found.sort(key=lambda item: (item[0], item[1]))
    taken_until = -1
    for start, _, branch, match in found:
        if start >= taken_until:
            taken_until = match.end()
            yield branch, match


def _compile_branches(
    spec: _Spec, patterns: Sequence[str], key: str, *, nonword: bool
) -> tuple[_Branch, ...]:
    branches = []
    bounded = not nonword
    for index, pattern in enumerate(patterns):
        body = _token_pattern(pattern)
        spec.compile(_bounded(body, nonword=nonword), key)  # a bad token is named as it is
        for part in _alternatives(body):
            compiled = spec.compile(_bounded(part, nonword=nonword), key)
            branches.append(
                _branch(compiled, part, word_start=bounded, word_end=bounded, index=index)
            )
    return _ordered_branches(branches)


# Splitting a pattern into its alternatives pays because the `regex` module scans a pattern that
# opens with a literal ("only\s+\d+ hours") several times faster than one that opens with an
# alternation ("(?:only|just)\s+\d+ hours"), and a piece whose anchor is absent ("just") is not
# scanned at all. The pieces are matched as one alternation would (`_scan`: leftmost first, the
# earlier alternative first at one position). Off only in the test that proves the split changes
# no finding.
_SPLIT_ALTERNATIVES = True
_MAX_ALTERNATIVES = 16
_LEADING_GROUP = regex.compile(r"(?:\\b)?\(\?:")


def _alternatives(source: str) -> list[str]:
    """`source` as one pattern per alternative, in priority order: its top-level alternatives,
    or those of a non-capturing group that opens it (after an optional `\\b`), recursively.
    `[source]` when that would not be exact: capturing groups (their numbers would change), a
    quantified group, a verbose pattern, too many pieces."""
    if not _SPLIT_ALTERNATIVES or _VERBOSE_FLAG.search(source):
        return [source]
    parts = _split_top(source)
    if len(parts) == 1:
        opening = _LEADING_GROUP.match(source)
        if opening is None:
            return [source]
        group_start = opening.end() - 3
        close = _group_end(source, group_start)
        quantifier, after = _quantifier(source, close + 1)
        inner = _split_top(source[group_start + 3 : close])
        if quantifier or close >= len(source) or len(inner) == 1:
            return [source]
        # An alternative has no top-level "|", so it needs no group of its own.
        parts = [source[:group_start] + alt + source[after:] for alt in inner]
    try:
        if any(regex.compile(part).groups for part in parts):
            return [source]
    except (regex.error, ValueError, OverflowError, RecursionError):
        return [source]
    expanded: list[str] = []
    for part in parts:
        expanded.extend(_alternatives(part))
        if len(expanded) > _MAX_ALTERNATIVES:
            return [source]
    return expanded


# --------------------------------------------------------------------------------------------
# Extension points


@dataclass(frozen=True, slots=True)
class _Existence:
    branches: tuple[_Branch, ...]
    exceptions: regex.Pattern[str] | None
    message: str
    suggestions: tuple[str, ...]
    timeout: float | None

    def matches(
        self, ctx: AnalysisContext, unit: Token, active: tuple[_Branch, ...]
    ) -> Iterator[RuleMatch]:
        for _, match in _scan(active, ctx, unit, self.timeout):
            matched = match.group()
            if _excepted(self.exceptions, matched):
                continue
            message = format_message(self.message, matched)
            yield RuleMatch(match.start(), match.end(), message, self.suggestions)


def _build_existence(spec: _Spec) -> Matcher:
    tokens = spec.strings("tokens")
    raw = "".join(spec.strings("raw"))
    if not tokens and not raw:
        raise RuleError("existence needs 'tokens' or 'raw'")
    nonword = spec.flag("nonword")
    if tokens and raw and spec.flag("append"):
        group = "(?:" + "|".join(_token_pattern(t) for t in tokens) + ")"
        pattern = _bounded(group, nonword=nonword) + raw
        compiled = spec.compile(pattern, "raw")
        branches: tuple[_Branch, ...] = (_branch(compiled, group + raw, word_start=not nonword),)
    elif raw:  # Vale: raw replaces tokens unless `append` is set
        parts = _split_top(_scoped_flags(raw))
        branches = _ordered_branches(
            _branch(spec.compile(piece, "raw"), piece, word_start=False, index=index)
            for index, part in enumerate(parts)
            for piece in _alternatives(part)
        )
    else:
        branches = _compile_branches(spec, tokens, "tokens", nonword=nonword)
    return _Existence(
        branches,
        spec.exceptions(),
        spec.text("message", default=""),
        spec.suggestions_from_action(),
        spec.timeout,
    )


_GO_GROUP_REFERENCE = regex.compile(r"\$\{?(\d+)\}?")


@dataclass(frozen=True, slots=True)
class _Substitution:
    branches: tuple[_Branch, ...]
    expected: tuple[tuple[str, ...], ...]  # per swap entry: its alternatives
    exceptions: regex.Pattern[str] | None
    message: str
    keep_capital: bool
    timeout: float | None

    def matches(
        self, ctx: AnalysisContext, unit: Token, active: tuple[_Branch, ...]
    ) -> Iterator[RuleMatch]:
        for branch, match in _scan(active, ctx, unit, self.timeout):
            matched = match.group()
            if _excepted(self.exceptions, matched):
                continue
            suggestions = tuple(
                self._expand(alternative, match, matched)
                for alternative in self.expected[branch.index]
            )
            if any(s == matched for s in suggestions):
                continue  # already the preferred form (e.g. a case-insensitive swap of itself)
            expected = self._expected_text(suggestions)
            message = format_message(self.message, expected, matched)
            yield RuleMatch(match.start(), match.end(), message, suggestions)

    def _expected_text(self, suggestions: tuple[str, ...]) -> str:
        """Several alternatives read "'a' or 'b'" (Vale); a template that already quotes its
        `%s` gets the inner quotes only, so the message never shows doubled quotes."""
        if len(suggestions) == 1:
            return suggestions[0]
        before_placeholder = self.message.split("%s", 1)[0]
        for left, right in (("'", "'"), ("“", "”"), ('"', '"')):
            if before_placeholder.endswith(left):
                return f"{right} or {left}".join(suggestions)
        return " or ".join(f"'{s}'" for s in suggestions)

    def _expand(self, alternative: str, match: regex.Match[str], matched: str) -> str:
        def reference(found: regex.Match[str]) -> str:
            number = int(found.group(1))
            return (match.group(number) or "") if number <= len(match.groups()) else ""

        expanded = _GO_GROUP_REFERENCE.sub(reference, alternative)
        return _match_case(expanded, matched) if self.keep_capital else expanded


def _build_substitution(spec: _Spec) -> Matcher:
    swap = spec.raw.get("swap")
    if not isinstance(swap, dict) or not swap:
        raise RuleError("substitution needs a 'swap' mapping of observed: expected")
    observed: list[str] = []
    expected: list[tuple[str, ...]] = []
    for key, value in swap.items():
        if not isinstance(key, str | int | float) or isinstance(value, list | dict):
            raise RuleError("'swap' entries must be 'observed: expected' strings")
        observed.append(str(key))
        expected.append(tuple(str(value if value is not None else "").split("|")))
    return _Substitution(
        _compile_branches(spec, observed, "swap", nonword=spec.flag("nonword")),
        tuple(expected),
        spec.exceptions(),
        spec.text("message", default="Use '%s' instead of '%s'."),
        spec.flag("ignorecase") or spec.flag("capitalize"),
        spec.timeout,
    )


@dataclass(frozen=True, slots=True)
class _Occurrence:
    pattern: regex.Pattern[str]
    branches: tuple[_Branch, ...]
    maximum: int | None
    minimum: int | None
    message: str
    timeout: float | None

    def matches(
        self, ctx: AnalysisContext, unit: Token, active: tuple[_Branch, ...]
    ) -> Iterator[RuleMatch]:
        found = [
            m.span()
            for m in _finditer(self.pattern, ctx.text, unit.start, unit.end, self.timeout)
            if m.end() > m.start()
        ]
        count = len(found)
        if self.maximum is not None and count > self.maximum:
            start = found[self.maximum][0]
            yield RuleMatch(start, found[-1][1], format_message(self.message, count))
        elif self.minimum is not None and count < self.minimum and unit.end > unit.start:
            yield RuleMatch(unit.start, unit.end, format_message(self.message, count))


def _build_occurrence(spec: _Spec) -> Matcher:
    token = _curly_apostrophes(spec.text("token", required=True))
    maximum, minimum = spec.number("max"), spec.number("min")
    if maximum is None and minimum is None:
        raise RuleError("occurrence needs 'max' or 'min'")
    pattern = spec.compile(token, "token")
    # Under a minimum, absence is the finding, so the rule can never be skipped.
    branch = (
        _branch(pattern, token, word_start=False) if minimum is None else _Branch(pattern, None)
    )
    return _Occurrence(
        pattern,
        (branch,),
        maximum,
        minimum,
        spec.text("message", default=""),
        spec.timeout,
    )


@dataclass(frozen=True, slots=True)
class _Conditional:
    first: regex.Pattern[str]
    branches: tuple[_Branch, ...]  # the rule fires only where `first` matches
    second: regex.Pattern[str]
    exceptions: regex.Pattern[str] | None
    message: str
    timeout: float | None

    def matches(
        self, ctx: AnalysisContext, unit: Token, active: tuple[_Branch, ...]
    ) -> Iterator[RuleMatch]:
        firsts = [
            m
            for m in _finditer(self.first, ctx.text, unit.start, unit.end, self.timeout)
            if m.end() > m.start() and not _excepted(self.exceptions, m.group())
        ]
        if not firsts:
            return
        if self.first.groups == 0:
            second = _finditer(self.second, ctx.text, unit.start, unit.end, self.timeout)
            if next(second, None) is not None:
                return
            for match in firsts:
                yield self._flag(match)
            return
        defined = {
            m.group(1)
            for m in _finditer(self.second, ctx.text, unit.start, unit.end, self.timeout)
            if self.second.groups >= 1
        }
        for match in firsts:
            captured = match.group(1)
            if captured is None or captured in defined:
                continue
            if _excepted(self.exceptions, captured):
                continue
            yield self._flag(match, group=1)

    def _flag(self, match: regex.Match[str], group: int = 0) -> RuleMatch:
        return RuleMatch(
            match.start(group), match.end(group), format_message(self.message, match.group(group))
        )


def _build_conditional(spec: _Spec) -> Matcher:
    first = _curly_apostrophes(spec.text("first", required=True))
    second = _curly_apostrophes(spec.text("second", required=True))
    first_pattern = spec.compile(first, "first")
    return _Conditional(
        first_pattern,
        (_branch(first_pattern, first, word_start=False),),
        spec.compile(second, "second"),
        spec.exceptions(),
        spec.text("message", default=""),
        spec.timeout,
    )


_SMALL_TITLE_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "if",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "onto",
        "or",
        "over",
        "per",
        "so",
        "than",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
        "yet",
    ]
)
_CAP_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")


@dataclass(frozen=True, slots=True)
class _Capitalization:
    style: str
    custom: regex.Pattern[str] | None
    exceptions: frozenset[str]
    indicators: tuple[str, ...]
    message: str

    branches: ClassVar[tuple[_Branch, ...]] = _ALWAYS

    def matches(
        self, ctx: AnalysisContext, unit: Token, active: tuple[_Branch, ...]
    ) -> Iterator[RuleMatch]:
        text = unit.text
        if not any(char.isalpha() for char in text):
            return
        if self.custom is not None:
            ok = self.custom.fullmatch(text) is not None
            suggestion: tuple[str, ...] = ()
        else:
            ok, fixed = self._check(text)
            suggestion = (fixed,) if fixed != text else ()
        if not ok:
            yield RuleMatch(unit.start, unit.end, format_message(self.message, text), suggestion)

    def _check(self, text: str) -> tuple[bool, str]:
        if self.style == "$upper":
            stripped = self._without_exceptions(text)
            return stripped == stripped.upper(), text.upper()
        if self.style == "$lower":
            stripped = self._without_exceptions(text)
            return stripped == stripped.lower(), text.lower()
        if self.style == "$title":
            return self._title(text)
        return self._sentence(text)

    def _without_exceptions(self, text: str) -> str:
        return " ".join(
            w.group() for w in _CAP_WORD.finditer(text) if w.group() not in self.exceptions
        )

    def _title(self, text: str) -> tuple[bool, str]:
        words = list(_CAP_WORD.finditer(text))
        fixed = list(text)
        ok = True
        for index, word in enumerate(words):
            value = word.group()
            if value in self.exceptions or not value[0].isalpha():
                continue
            small = value.lower() in _SMALL_TITLE_WORDS and 0 < index < len(words) - 1
            wanted = value.lower() if small else value[0].upper() + value[1:]
            if (small and value[0].isupper() and not value.isupper()) or (
                not small and value[0].islower()
            ):
                ok = False
            fixed[word.start() : word.end()] = wanted
        return ok, "".join(fixed)

    def _sentence(self, text: str) -> tuple[bool, str]:
        words = list(_CAP_WORD.finditer(text))
        fixed = list(text)
        ok = True
        for index, word in enumerate(words):
            value = word.group()
            if value in self.exceptions or not value[0].isalpha():
                continue
            if index == 0:
                if value[0].islower():
                    ok = False
                    fixed[word.start()] = value[0].upper()
                continue
            if (
                value == "I"
                or value.startswith(("I'", "I’"))
                or (value.isupper() and len(value) > 1)
            ):
                continue
            before = text[: word.start()].rstrip()
            if before.endswith(self.indicators):
                continue
            if value[0].isupper():
                ok = False
                fixed[word.start()] = value[0].lower()
        return ok, "".join(fixed)


def _build_capitalization(spec: _Spec) -> Matcher:
    match = spec.text("match", required=True)
    styles = {"$title", "$sentence", "$lower", "$upper"}
    custom = None if match in styles else spec.compile(match, "match")
    return _Capitalization(
        match,
        custom,
        frozenset(spec.strings("exceptions")),
        tuple(spec.strings("indicators") or [":"]),
        spec.text("message", default="'%s' should be in %s case."),
    )


_ALNUM_TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")


@dataclass(frozen=True, slots=True)
class _Repetition:
    pattern: regex.Pattern[str]
    alpha: bool
    ignorecase: bool
    message: str
    timeout: float | None

    branches: ClassVar[tuple[_Branch, ...]] = _ALWAYS

    def matches(
        self, ctx: AnalysisContext, unit: Token, active: tuple[_Branch, ...]
    ) -> Iterator[RuleMatch]:
        previous: regex.Match[str] | None = None
        for match in _finditer(self.pattern, ctx.text, unit.start, unit.end, self.timeout):
            value = match.group()
            if not value.strip() or (self.alpha and _ALNUM_TOKEN.fullmatch(value) is None):
                previous = None
                continue
            if previous is not None and self._same(previous.group(), value):
                gap = ctx.text[previous.end() : match.start()]
                if not gap.strip():
                    message = format_message(self.message, value)
                    yield RuleMatch(previous.start(), match.end(), message, (previous.group(),))
            previous = match

    def _same(self, left: str, right: str) -> bool:
        return left.casefold() == right.casefold() if self.ignorecase else left == right


def _build_repetition(spec: _Spec) -> Matcher:
    tokens = spec.strings("tokens")
    if not tokens:
        raise RuleError("repetition needs 'tokens'")
    return _Repetition(
        spec.compile(_token_group(tokens), "tokens"),
        spec.flag("alpha"),
        spec.flag("ignorecase"),
        spec.text("message", default="'%s' is repeated."),
        spec.timeout,
    )


@dataclass(frozen=True, slots=True)
class _Consistency:
    pairs: tuple[tuple[regex.Pattern[str], regex.Pattern[str], str, str], ...]
    message: str
    timeout: float | None

    branches: ClassVar[tuple[_Branch, ...]] = _ALWAYS

    def matches(
        self, ctx: AnalysisContext, unit: Token, active: tuple[_Branch, ...]
    ) -> Iterator[RuleMatch]:
        for left, right, left_name, right_name in self.pairs:
            lefts = list(_finditer(left, ctx.text, unit.start, unit.end, self.timeout))
            rights = list(_finditer(right, ctx.text, unit.start, unit.end, self.timeout))
            if not lefts or not rights:
                continue
            later, name, other = (
                (rights, right_name, left_name)
                if lefts[0].start() <= rights[0].start()
                else (lefts, left_name, right_name)
            )
            for match in later:
                message = format_message(self.message, name, other)
                yield RuleMatch(match.start(), match.end(), message, (other,))


def _build_consistency(spec: _Spec) -> Matcher:
    either = spec.raw.get("either")
    if not isinstance(either, dict) or not either:
        raise RuleError("consistency needs an 'either' mapping of form: other form")
    nonword = spec.flag("nonword")
    pairs = []
    for left, right in either.items():
        left_pattern = spec.compile(_bounded(_token_group([str(left)]), nonword=nonword), "either")
        right_pattern = spec.compile(
            _bounded(_token_group([str(right)]), nonword=nonword), "either"
        )
        pairs.append((left_pattern, right_pattern, str(left), str(right)))
    return _Consistency(
        tuple(pairs), spec.text("message", default="Inconsistent: '%s' and '%s'."), spec.timeout
    )


# Metric ------------------------------------------------------------------------------------

_METRIC_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
_HASHTAG = regex.compile(r"(?<![\w&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*")
_MENTION = regex.compile(r"(?<![\w@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
_EMOJI = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}{2}")
_VOWEL_GROUPS = regex.compile(r"[aeiouy]+")
_FIRST_PERSON = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "i'm",
        "i've",
        "i'd",
        "i'll",
    ]
)
_SECOND_PERSON = frozenset(
    ["you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd"]
)
_MARKUP_VARIABLES = frozenset(
    ["list", "pre", "blockquote"] + [f"heading_h{level}" for level in range(1, 7)]
)


def syllables(word: str) -> int:
    """A vowel-group estimate of English syllables (good enough for readability formulas)."""
    lowered = word.lower()
    count = len(_VOWEL_GROUPS.findall(lowered))
    if lowered.endswith("e") and not lowered.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(count, 1)


def metric_variables(ctx: AnalysisContext, unit: Token, names: Iterable[str]) -> dict[str, float]:
    """The variables a metric formula uses, computed for one scope unit."""
    text = unit.text
    words = _METRIC_WORD.findall(text) if text else []
    values: dict[str, float] = {}
    syllable_counts: list[int] | None = None
    for name in names:
        if name in values:
            continue
        if name in {"syllables", "polysyllabic_words", "complex_words"} and syllable_counts is None:
            syllable_counts = [syllables(w) for w in words]
        values[name] = float(_metric_value(name, ctx, unit, words, syllable_counts))
    return values


def _metric_value(
    name: str,
    ctx: AnalysisContext,
    unit: Token,
    words: list[str],
    syllable_counts: list[int] | None,
) -> int:
    text = unit.text
    if name == "words":
        return len(words)
    if name == "sentences":
        return sum(1 for s in ctx.sentences if unit.start <= s.start < unit.end) or (
            1 if words else 0
        )
    if name == "paragraphs":
        return sum(1 for p in ctx.paragraphs if unit.start <= p.start < unit.end)
    if name == "characters":
        return sum(1 for char in text if not char.isspace())
    if name == "letters":
        return sum(1 for char in text if char.isalnum())
    if name == "long_words":
        return sum(1 for w in words if len(w) > 6)
    if name in {"syllables", "polysyllabic_words", "complex_words"}:
        assert syllable_counts is not None
        if name == "syllables":
            return sum(syllable_counts)
        if name == "polysyllabic_words":
            return sum(1 for count in syllable_counts if count >= 3)
        return sum(
            1
            for word, count in zip(words, syllable_counts, strict=True)
            if count >= 3 and not word.lower().endswith(("es", "ed", "ing"))
        )
    if name == "questions":
        return sum(
            1 for s in ctx.sentences if unit.start <= s.start < unit.end and s.text.endswith("?")
        )
    if name == "exclamations":
        return text.count("!")
    if name == "hashtags":
        return len(_HASHTAG.findall(text))
    if name == "mentions":
        return len(_MENTION.findall(text))
    if name == "urls":
        return len(find_urls(text))
    if name == "emoji":
        return len(_EMOJI.findall(text))
    if name == "first_person":
        return sum(1 for w in words if w.lower().replace("’", "'") in _FIRST_PERSON)
    if name == "second_person":
        return sum(1 for w in words if w.lower().replace("’", "'") in _SECOND_PERSON)
    if name == "caps_words":
        return sum(1 for w in words if len(w) >= 2 and w.isupper() and w.isalpha())
    if name in _MARKUP_VARIABLES:
        return 0
    raise KeyError(name)  # pragma: no cover - names are validated when the rule is compiled


METRIC_VARIABLES = frozenset(
    {
        "words",
        "sentences",
        "paragraphs",
        "characters",
        "letters",
        "syllables",
        "polysyllabic_words",
        "complex_words",
        "long_words",
        "questions",
        "exclamations",
        "hashtags",
        "mentions",
        "urls",
        "emoji",
        "first_person",
        "second_person",
        "caps_words",
    }
    | _MARKUP_VARIABLES
)

_BINARY: dict[type[ast.operator], Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_FUNCTIONS: dict[str, Callable[..., float]] = {
    "min": min,
    "max": max,
    "abs": abs,
    "round": round,
    "sqrt": math.sqrt,
    "log": math.log,
}
_COMPARISONS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
    ">": operator.gt,
    "<": operator.lt,
}


class _Formula:
    """A safe arithmetic expression over metric variables (parsed once, no eval)."""

    def __init__(self, source: str) -> None:
        # Vale writes heading variables as heading.h1.
        cleaned = regex.sub(r"heading\.h([1-6])", r"heading_h\1", " ".join(source.split()))
        try:
            self.tree = ast.parse(cleaned, mode="eval").body
        except SyntaxError as error:
            raise RuleError(f"'formula' is not an arithmetic expression: {source!r}") from error
        self.variables = self._validate(self.tree)

    def _validate(self, node: ast.AST) -> frozenset[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return frozenset()
        if isinstance(node, ast.Name):
            if node.id not in METRIC_VARIABLES:
                raise RuleError(f"'formula' uses an unknown variable '{node.id}'")
            return frozenset({node.id})
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            return self._validate(node.left) | self._validate(node.right)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            return self._validate(node.operand)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCTIONS
            and not node.keywords
        ):
            names: frozenset[str] = frozenset()
            for argument in node.args:
                names |= self._validate(argument)
            return names
        raise RuleError("'formula' may only use numbers, variables, + - * / % ** and functions")

    def evaluate(self, values: Mapping[str, float]) -> float:
        return self._evaluate(self.tree, values)

    def _evaluate(self, node: ast.AST, values: Mapping[str, float]) -> float:
        if isinstance(node, ast.Constant):
            return float(node.value)
        if isinstance(node, ast.Name):
            return values[node.id]
        if isinstance(node, ast.BinOp):
            left = self._evaluate(node.left, values)
            right = self._evaluate(node.right, values)
            return _BINARY[type(node.op)](left, right)
        if isinstance(node, ast.UnaryOp):
            operand = self._evaluate(node.operand, values)
            return -operand if isinstance(node.op, ast.USub) else operand
        assert isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        return float(_FUNCTIONS[node.func.id](*(self._evaluate(a, values) for a in node.args)))


@dataclass(frozen=True, slots=True)
class _Metric:
    formula: _Formula
    compare: Callable[[float, float], bool]
    threshold: float
    message: str

    branches: ClassVar[tuple[_Branch, ...]] = _ALWAYS

    def matches(
        self, ctx: AnalysisContext, unit: Token, active: tuple[_Branch, ...]
    ) -> Iterator[RuleMatch]:
        if unit.end <= unit.start:
            return
        values = metric_variables(ctx, unit, self.formula.variables)
        try:
            value = self.formula.evaluate(values)
        except (ZeroDivisionError, OverflowError, ValueError):
            return
        if isinstance(value, complex) or math.isnan(value):
            return
        if self.compare(value, self.threshold):
            shown = f"{value:.2f}".rstrip("0").rstrip(".")
            start, end = _trim(ctx.text, unit.start, unit.end)
            yield RuleMatch(start, end, format_message(self.message, shown))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_CONDITION = regex.compile(r"^\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$")


def _build_metric(spec: _Spec) -> Matcher:
    formula = _Formula(spec.text("formula", required=True))
    condition = spec.text("condition", required=True)
    parsed = _CONDITION.match(condition)
    if parsed is None:
        raise RuleError(f"'condition: {condition}' must look like '> 8.0'")
    return _Metric(
        formula,
        _COMPARISONS[parsed.group(1)],
        float(parsed.group(2)),
        spec.text("message", default="%s"),
    )


# Vale's `readability` metrics as formulas over the metric variables (the published formulas).
_READABILITY_FORMULAS = {
    "flesch-kincaid": "0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59",
    "gunning fog": "0.4 * ((words / sentences) + 100 * (complex_words / words))",
    "coleman-liau": ("0.0588 * (letters * 100 / words) - 0.296 * (sentences * 100 / words) - 15.8"),
    "smog": "1.0430 * sqrt(polysyllabic_words * 30 / sentences) + 3.1291",
    "automated readability": "4.71 * (letters / words) + 0.5 * (words / sentences) - 21.43",
}


def _build_readability(spec: _Spec) -> Matcher:
    names = [name.strip().lower() for name in spec.strings("metrics")]
    unknown = [name for name in names if name not in _READABILITY_FORMULAS]
    if not names or unknown:
        known = ", ".join(n.title() for n in _READABILITY_FORMULAS)
        raise RuleError(f"'metrics' must list readability metrics ({known})")
    grade = spec.raw.get("grade")
    if isinstance(grade, bool) or not isinstance(grade, int | float):
        raise RuleError("'grade' must be a number (the highest acceptable grade level)")
    average = "(" + " + ".join(f"({_READABILITY_FORMULAS[n]})" for n in names) + f") / {len(names)}"
    return _Metric(
        _Formula(average),
        operator.gt,
        float(grade),
        spec.text("message", default="Grade level (%s) too high."),
    )


_BUILDERS: dict[str, Callable[[_Spec], Matcher]] = {
    "existence": _build_existence,
    "substitution": _build_substitution,
    "occurrence": _build_occurrence,
    "conditional": _build_conditional,
    "capitalization": _build_capitalization,
    "repetition": _build_repetition,
    "metric": _build_metric,
    "readability": _build_readability,
    "consistency": _build_consistency,
}
