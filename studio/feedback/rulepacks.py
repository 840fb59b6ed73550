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

A rule that cannot be used (unsupported ``extends``, bad regex, bad value, a scope a post does
not have) is skipped and listed once as a ``PackProblem`` (file name and reason) in
``RulePacks.problems``; loading never raises and never prints: the caller shows the problems
(``studio check`` on standard error), so each is reported once.

User rules report in the panel "Your style" (``Panel.STYLE``) unless the rule, its pack's
``_pack.yml`` or its pack folder's name says another panel; the engine scores that panel only when
such rules exist (or it has findings).

Identity
--------
Vale's convention: the rule's name is ``<Pack>.<FileStem>`` (``Brand.Terms``), which is also its
id. Our key ``id:`` replaces the id with a catalogue id (``WB-URGENCY``). Several files may share
one catalogue id (e.g. two halves of WB-CLICKBAIT); ignoring or disabling the id turns off all.

Common keys (Vale)
------------------
``extends``   existence | substitution | occurrence | conditional | capitalization | repetition |
              metric | readability | consistency. Anything else (spelling, sequence, script,
              lexicon: they need dictionaries, a tagger or scripts) is reported as unsupported.
``message``   Shown to the writer. ``%s`` placeholders are filled per extension point (below).
``level``     suggestion → info, warning → warn, error → warn. Default: suggestion. ``strong``
              is ours (safety and law: it asks for a confirmation before a post is approved),
              so a house style's "error" never blocks anyone; a rule that means strong says
              ``severity: strong``.
``link``      URL of the source; becomes ``Finding.source``.
``scope``     A selector or a list of them (any one applies); parts joined by ``&`` all apply;
              ``~`` negates a part. What exists in a post: text (default; ``raw`` and
              ``summary`` are the same), sentence, paragraph (blocks separated by a blank line),
              line, and heading (``heading.h1`` … ``heading.h6`` alike): the first line of a
              post that has more lines after it. Markup a post lacks (list, table, code,
              blockquote, emphasis…) is left out of a list quietly when another entry exists in
              a post, and reported when none does. A negated part excludes markup a post does not
              have, so it changes nothing (``sentence & ~blockquote`` = sentence, ``~heading`` =
              text). Qualifiers after a dot name levels or file formats and are not checked.
``ignorecase`` Case-insensitive matching. ``nonword``: no word boundaries around ``tokens``.
``exceptions`` Regexes (Vale): a match containing one as whole words is ignored, longest first.
              They keep their case whatever ``ignorecase`` says; write ``(?i)term`` to ignore it.
``action``    Suggestions for each match: ``replace`` (its ``params``), ``remove`` (""),
              ``edit`` (``regex`` pattern replacement, ``trim``/``trim_left``/``trim_right``
              characters, ``truncate`` at a separator, ``split`` separator index) applied to the
              matched text. ``suggest`` (spellings, scripts) and ``convert`` give none.
``limit``     At most this many matches of the rule per post.
``vocab``, ``description``, ``capitalize`` (substitution), ``style``/``threshold``/``prefix``
              (capitalization): see below; ``vocab`` is accepted and changes nothing (a post has
              no Vale vocabularies).

Our keys
--------
``id``          Catalogue id (``WB-URGENCY``). Default: ``<Pack>.<FileStem>``.
``panel``       wellbeing | authenticity | inclusion | transparency | platform | grammar | style.
                Default: the pack's ``_pack.yml`` ``panel:``, else a pack folder named after a
                panel, else ``style`` ("Your style") for a user's rule — a house style is the
                writer's own choice and is scored apart from ours — and ``inclusion`` for a
                built-in one.
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
existence       ``tokens`` (list, joined into one word-bounded alternation; blank ones dropped),
                ``raw`` (list, concatenated into one regex). With both, as in Vale, they form one
                pattern: raw first, then the tokens' group (``[a-zA-Z]+\s`` + ``miles`` matches
                "five miles"); ``append: true`` puts the tokens' group first and raw after it.
                Tokens get word boundaries unless ``nonword``. ``%s`` = the matched text; with an
                ``action``, a second ``%s`` = the fix it computes ("'very unique' … try
                'unique'").
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

substitution    ``swap``: ``observed: expected`` (keys are regexes, tried longest first as in
                Vale, so "hey guys" wins over "hey" at one place; ``expected`` may hold several
                alternatives split by ``|`` (``\|`` is a literal bar) and ``$1`` references to
                the key's groups). Message ``%s`` order as in Vale: one ``%s`` = expected; two =
                expected, then observed. Suggestions = the expected alternatives; with
                ``ignorecase`` or ``capitalize``, a capital first letter in the match is kept in
                the suggestion ("Guys" → "Everyone").
                Example::

                    extends: substitution
                    id: IA-EQUALITY
                    panel: inclusion
                    message: "Consider '%s' instead of '%s'."
                    ignorecase: true
                    swap:
                      hey guys: hey everyone|hi all
                      mankind: humankind

occurrence      ``token`` (regex), ``max`` and/or ``min`` per ``scope`` (0 = not set, as in
                Vale). ``%s`` = the count. Over ``max``: the span runs from the first occurrence
                beyond the maximum to the last; under ``min``: the whole scope.
conditional     ``first`` implies ``second`` within the ``scope`` (default text). With a capture
                group in ``second`` (Vale's semantics): each ``first`` match whose text is not
                among the values ``second``'s matches captured (nor excused by ``exceptions``) is
                flagged, e.g. an acronym never spelled out. Without one: when ``first`` occurs in
                a scope unit and ``second`` does not, each ``first`` match there is flagged, e.g.
                a suicide mention with no help resource. ``%s`` = the ``first`` match.
capitalization  ``match``: ``$title``, ``$sentence``, ``$lower``, ``$upper`` or a regex found in
                the unit; ``exceptions`` (words and phrases allowed in any case), ``indicators``
                (for ``$sentence``: endings after which the next word may take either case,
                default ``:``; so may a word after a full stop), ``threshold`` (the share of words
                that must be cased right, default 0.8 as in Vale; $lower and $upper need all),
                ``style`` (AP, the default, or Chicago: which small words stay lower case in a
                title), ``prefix`` (a regex at the start left out). Scope default: sentence. ``%s``
                = the unit's text, then the text cased right. Acronyms (NASA), names with inner
                capitals (iPhone) and "I" are always right; other proper nouns belong in
                ``exceptions``, as in Vale.
repetition      ``tokens`` (alternation); two consecutive matches with only white space between them
                and the same text (ignoring case with ``ignorecase``) are flagged; ``alpha: true``
                only considers letters/digits tokens; ``max`` repeats are allowed first;
                ``exceptions`` excuse a repeat. ``%s`` = the repeated token.
metric          ``formula`` (arithmetic over variables, ``+ - * / % **``, parentheses, ``min max abs
                round sqrt log``) and ``condition`` (``> 8.0``, ``<= 2``, ``== 0``...). Variables:
                words, sentences, paragraphs, characters (non-space), letters (letters and
                digits), syllables,
                polysyllabic_words (3+ syllables), complex_words (polysyllabic without
                -es/-ed/-ing),
                long_words (more than 6 letters); ours: questions (sentences ending in "?"),
                exclamations ("!" count), hashtags, mentions, urls, emoji, first_person (I/me/my/
                we/us/our…), second_person (you/your…), caps_words (all-capital words of 2+
                letters). Vale's markup counts (heading.h1, list, pre, blockquote) are 0. Functions
                may be written as Vale's Tengo does (``math.sqrt``, ``math.max``…). A formula
                dividing by zero gives no finding. Scope default text (the whole post); sentence
                and paragraph apply it to each unit. ``%s`` = the value (2 decimals).
readability     ``metrics`` (Flesch-Kincaid, Gunning Fog, Coleman-Liau, SMOG, Automated
                Readability) and ``grade``: the average of the listed grade levels above ``grade``
                flags the scope (default text). ``%s`` = that average.
consistency     ``either: {a: b}``: both forms in one post flags the occurrences of the form that
                appears later. ``%s`` = the words as written, then the other form.

Differences from Vale, on purpose
---------------------------------
* Word boundaries around ``tokens`` only refuse to start or end inside a word, so tokens that
  begin or end with a symbol work ("#ad", "❤️"); Vale's ``\b`` would never match "#ad".
* A straight apostrophe in a pattern also matches the typographic one (’) that phones type.
* ``message`` placeholders are filled in order; a lone ``%`` is left as it is.
* ``error`` is a warning (see ``level``); the panel of a user's rule is "Your style".
* A post is one block of plain text: ``text`` is the whole post (Vale splits a document into
  blocks), its heading is its first line, and markup scopes it lacks are skipped (see ``scope``).
* ``ignorecase`` also applies to ``conditional`` patterns, and substitution keeps a leading
  capital with ``ignorecase`` as well as with ``capitalize``.
* A consistency rule flags each occurrence of the later form, not only the first; spans of
  occurrence findings cover the extra occurrences (or the unit), not the first match.

Speed (the live editor's budget is a few milliseconds for every rule together)
-----------------------------------------------------------------------------
Each token, swap key and top-level alternative of ``raw`` is a *branch* (with both ``raw`` and
``tokens``, raw joined with each token is one), scanned only when its *anchor* occurs in the
post: a run of ASCII letters or digits that every match must contain ("ocd" in
``(so|totally)\s+OCD``; "burn" in ``\bburn(?:ing|ed)?\s+off``; "miles" in ``[a-zA-Z]+\s`` joined
with the token ``miles``). Most rules then cost nothing on most posts. To keep a rule cheap:

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

# The panel of the user's own rules, unless a rule or its pack names another one.
USER_PANEL = Panel.STYLE

_RULE_SUFFIXES = (".yml", ".yaml")
# Vale's `error` is a warning here: `strong` is ours, kept for safety and law (it asks for a
# confirmation before a post is approved), and a house style's "error" is rarely either. A rule
# that means strong says `severity: strong`.
_LEVELS = {"suggestion": Severity.INFO, "warning": Severity.WARN, "error": Severity.WARN}
# Vale's scopes that exist in a post, and the unit each one is checked on. The first line of a
# post is its heading: captions and updates open with one.
_SCOPE_UNITS = {
    "text": "text",
    "raw": "text",
    "summary": "text",
    "sentence": "sentence",
    "paragraph": "paragraph",
    "line": "line",
    "heading": "heading",
}
# When one scope entry joins several with "&", the most specific of them decides the unit.
_SCOPE_SPECIFICITY = ("heading", "sentence", "line", "paragraph", "text")
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
    scopes: tuple[str, ...]  # units the rule is checked on (text, sentence, heading...)
    matcher: Matcher
    path: str
    platforms: frozenset[PlatformId] = frozenset()
    when: Mapping[str, bool] = field(default_factory=dict)
    unless: regex.Pattern[str] | None = None
    skip_quoted: bool = False
    signal: bool = False
    limit: int = 0  # Vale's `limit`: at most this many matches per post (0: no limit)
    user: bool = False  # loaded from the user's rules folder, not a built-in pack

    @property
    def scope(self) -> str:
        return self.scopes[0]

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
        found = 0
        # Several scopes may hold the same words (the heading is also part of the text).
        seen: set[tuple[int, int, str]] | None = set() if len(self.scopes) > 1 else None
        for scope in self.scopes:
            for unit in scope_units(ctx, scope):
                for match in self.matcher.matches(ctx, unit, active):
                    if self.skip_quoted and ctx.in_quotes(match.start, match.end):
                        continue
                    if self.unless is not None and self._excused(ctx, match):
                        continue
                    if seen is not None:
                        key = (match.start, match.end, match.message)
                        if key in seen:
                            continue
                        seen.add(key)
                    yield match
                    found += 1
                    if found == self.limit:
                        return

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

    @cached_property
    def panels(self) -> frozenset[Panel]:
        """The panels these rules report in (the engine scores "Your style" only when the user
        has rules of their own there)."""
        return frozenset(rule.panel for rule in self.rules)

    def active_branches(self, ctx: AnalysisContext) -> dict[int, tuple[_Branch, ...]]:
        """Rule position → the branches worth scanning in this text (rules absent: skip)."""
        return self._anchor_index.active(ctx)

    @cached_property
    def _anchor_index(self) -> _AnchorIndex:
        return _AnchorIndex([rule.matcher.branches for rule in self.rules])


def scope_units(ctx: AnalysisContext, scope: str) -> tuple[Token, ...]:
    if scope == "sentence":
        return ctx.sentences
    if scope == "paragraph":
        return ctx.paragraphs
    if scope == "line":
        return ctx.lines
    if scope == "heading":
        return heading_units(ctx)
    return (Token(0, len(ctx.text), ctx.text),)


def heading_units(ctx: AnalysisContext) -> tuple[Token, ...]:
    """The post's heading: its first line that holds anything, without surrounding spaces, when
    more text follows it. A post of one line is all body: "no full stop at the end of a heading"
    must not fire on a one-line update."""
    heading: Token | None = None
    for line in ctx.lines:
        stripped = line.text.strip()
        if not stripped:
            continue
        if heading is not None:
            return (heading,)
        start = line.start + len(line.text) - len(line.text.lstrip())
        heading = Token(start, start + len(stripped), stripped)
    return ()


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
    # The caller shows `packs.problems` to the person (`studio check` on standard error); a
    # warning here as well would print each one twice.
    for problem in packs.problems:
        _log.debug("Rule skipped: %s", problem)
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
        panel = USER_PANEL if user else DEFAULT_PANEL
        packs = packs + _load_files(LOOSE_FILES_PACK, loose, panel, user=user)
    return packs


def load_pack(folder: Path, *, user: bool = True) -> RulePacks:
    """One pack folder (a Vale style): one rule per file, named `<Folder>.<FileStem>`."""
    default_panel, problems = _pack_default_panel(folder, user=user)
    packs = _load_files(folder.name, _rule_files(folder), default_panel, user=user)
    return RulePacks(packs.rules, problems + packs.problems)


def _rule_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix in _RULE_SUFFIXES and not p.name.startswith((".", "_"))
    )


def _pack_default_panel(folder: Path, *, user: bool) -> tuple[Panel, tuple[PackProblem, ...]]:
    fallback = USER_PANEL if user else DEFAULT_PANEL
    settings_file = folder / PACK_SETTINGS_FILE
    if settings_file.is_file():
        try:
            settings = yaml.safe_load(settings_file.read_text(encoding="utf-8")) or {}
            return Panel(str(settings["panel"]).lower()), ()
        except (yaml.YAMLError, OSError, UnicodeDecodeError, KeyError, TypeError, ValueError):
            reason = f"'panel' must be one of {_panel_names()}; using {fallback.value}"
            return fallback, (PackProblem(str(settings_file), reason),)
    try:
        return Panel(folder.name.lower()), ()
    except ValueError:
        return fallback, ()


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
    scopes = _scopes(spec, default="sentence" if extends == "capitalization" else "text")
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
        scopes=scopes,
        matcher=matcher,
        path=path,
        platforms=_platforms(spec),
        when=_when(spec),
        unless=spec.alternation("unless"),
        skip_quoted=spec.flag("skip_quoted"),
        signal=spec.flag("signal"),
        limit=max(spec.number("limit") or 0, 0),
        user=user,
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


def _scopes(spec: _Spec, *, default: str) -> tuple[str, ...]:
    """The units a rule is checked on, from Vale's `scope`: a selector or a list of them (any
    one applies), each made of parts joined by "&" (all apply), a part negated by "~".

    A post is plain text: it has no lists, tables, code, block quotes or emphasis. An entry that
    names one of those is left out quietly when another entry of the list exists in a post, and
    reported when none does. A negated part excludes markup a post does not have, so it changes
    nothing (`sentence & ~blockquote` is every sentence, `~heading` the whole text). Qualifiers
    after a dot (`heading.h2`, `paragraph.md`) name a level or a file format: a post's one
    heading, its first line, stands for every level.
    """
    raw = spec.raw.get("scope")
    if raw is None or raw == []:
        return (default,)
    entries = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else None
    if entries is None or not all(isinstance(entry, str) for entry in entries):
        raise RuleError("'scope' must be a scope (text, sentence, heading...) or a list of them")
    units: list[str] = []
    for entry in entries:
        unit = _scope_unit(entry)
        if unit is not None and unit not in units:
            units.append(unit)
    if not units:
        shown = ", ".join(str(entry) for entry in entries)
        raise RuleError(
            f"'scope: {shown}' does not exist in a social post (it has text, paragraphs, "
            "sentences, lines and a first line that counts as its heading)"
        )
    return tuple(units)


def _scope_unit(entry: str) -> str | None:
    """The unit of one scope entry, or None when it names markup a post does not have."""
    units = []
    for part in entry.split("&"):
        part = part.strip()
        if not part or part.startswith("~"):
            continue
        unit = _SCOPE_UNITS.get(part.split(".", 1)[0].strip().lower())
        if unit is None:
            return None
        units.append(unit)
    if not units:
        return "text"  # only negations: everything except markup that a post does not have
    return min(units, key=_SCOPE_SPECIFICITY.index)


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
        """Vale's `exceptions`: terms (regexes) that excuse a match containing one of them as
        whole words. Longest first, so a phrase wins over its first word. Each is matched with
        case, whatever `ignorecase` says, unless it starts with `(?i)` (as in Vale, where
        `ignorecase` does not reach the exceptions)."""
        items = sorted((item for item in self.strings("exceptions") if item.strip()), key=len)
        if not items:
            return None
        body = "|".join(f"(?:{_token_pattern(item)})" for item in reversed(items))
        return self.compile(f"{_BOUNDARY}(?:{body}){_BOUNDARY}", "exceptions", flags=0)

    def action(self) -> _Action | None:
        """Vale's `action` (how to fix a match), whose results become the suggestions."""
        raw = self.raw.get("action")
        if raw is None:
            return None
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise RuleError("'action' must be a mapping with a 'name' (replace, remove, edit...)")
        params = raw.get("params") or []
        if isinstance(params, str):
            params = [params]
        if not isinstance(params, list) or not all(
            isinstance(p, str | int | float) and not isinstance(p, bool) for p in params
        ):
            raise RuleError("'action' params must be a list of strings")
        name = raw["name"].strip().lower()
        values = tuple(str(p) for p in params)
        pattern = None
        if name == "edit" and values[:1] == ("regex",) and len(values) == 3:
            pattern = self.compile(values[1], "action", flags=0)
        return _Action(name, values, pattern)


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
    """Vale's test: an exception found as whole words anywhere in the match excuses it."""
    return exceptions is not None and exceptions.search(matched.strip()) is not None


def alternatives_text(template: str, suggestions: Sequence[str]) -> str:
    """Several suggestions for one `%s`: "'a' or 'b'" (Vale); a template that already quotes
    its `%s` gets the inner quotes only, so the message never shows doubled quotes."""
    if len(suggestions) == 1:
        return suggestions[0]
    before_placeholder = template.split("%s", 1)[0]
    for left, right in (("'", "'"), ("“", "”"), ('"', '"')):
        if before_placeholder.endswith(left):
            return f"{right} or {left}".join(suggestions)
    return " or ".join(f"'{s}'" for s in suggestions)


_GO_REPLACEMENT_REFERENCE = regex.compile(r"\$(?:(\d+)|\{(\w+)\})")


@dataclass(frozen=True, slots=True)
class _Action:
    """Vale's `action`: `replace` (its params), `remove` (""), `edit` (regex, trim, trim_left,
    trim_right, truncate, split on the matched text). `suggest` (spelling lists, scripts) and
    `convert` need what a post does not have, and give no suggestion; so does an edit whose
    params do not fit."""

    name: str
    params: tuple[str, ...]
    pattern: regex.Pattern[str] | None = None  # edit/regex: the compiled pattern

    def suggestions(self, matched: str) -> tuple[str, ...]:
        if self.name == "replace":
            return self.params
        if self.name == "remove":
            return ("",)
        if self.name != "edit" or not self.params:
            return ()
        edited = self._edit(self.params[0], self.params[1:], matched)
        return () if edited is None else (edited.strip(),)

    def _edit(self, operation: str, args: tuple[str, ...], matched: str) -> str | None:
        if operation == "regex" and len(args) == 2 and self.pattern is not None:
            # Go writes group references as $1 or ${name}; Python's are \g<1>.
            template = _GO_REPLACEMENT_REFERENCE.sub(
                lambda ref: f"\\g<{ref.group(1) or ref.group(2)}>", args[1].replace("\\", "\\\\")
            )
            try:
                return self.pattern.sub(template, matched)
            except (regex.error, IndexError):
                return None
        if len(args) == 1 and operation in ("trim", "trim_left", "trim_right", "truncate"):
            chars = args[0]
            if operation == "trim":
                return matched.strip(chars)
            if operation == "trim_left":
                return matched.lstrip(chars)
            if operation == "trim_right":
                return matched.rstrip(chars)
            return matched.split(chars)[0] if chars else matched
        if operation == "split" and len(args) == 2 and args[0] and args[1].isdigit():
            parts = matched.split(args[0])
            index = int(args[1])
            return parts[index] if index < len(parts) else None
        return None


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
                # "(?:only|just)\s+": the words end where the group does, so they are whole
                # words (a set look-up), not word starts (a search among the post's words).
                anchors = branch_anchors(
                    inner,
                    word_start=next_word_start,
                    word_end=not quantifier and _word_ends_next(branch, index),
                )
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


_WORD_ENDERS = ("\\s", "\\b", "\\W", " ", "$")


def _word_ends_next(pattern: str, index: int) -> bool:
    """Whether what starts at `index` makes sure no word character comes next: white space, a
    word boundary, a non-word character or the end (not made optional by a quantifier)."""
    if index >= len(pattern) or pattern[index] in "|)":
        return False  # the end of a group or an alternative: what follows is not known here
    for ender in _WORD_ENDERS:
        if pattern.startswith(ender, index):
            quantifier, _ = _quantifier(pattern, index + len(ender))
            return ender == "\\b" or not _optional(quantifier)
    return False


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

    def __init__(self, branches_by_position: Sequence[Sequence[_Branch]]) -> None:
        """`branches_by_position[i]`: the branches of rule (or pattern) `i`."""
        Entry = tuple[int, _Branch]
        self.always: list[Entry] = []
        self.words: dict[str, list[Entry]] = {}
        # Word-start anchors by their first three letters (two-letter ones on their own): a word
        # then has only a few candidates to test with `startswith`.
        self.two_letter: dict[str, list[Entry]] = {}
        self.prefixes: dict[str, dict[str, list[Entry]]] = {}
        self.substrings: dict[str, list[Entry]] = {}
        for position, branches in enumerate(branches_by_position):
            for branch in branches:
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


def _alternatives(source: str, limit: int = _MAX_ALTERNATIVES) -> list[str]:
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
        expanded.extend(_alternatives(part, limit))
        if len(expanded) > limit:
            return [source]
    return expanded


# --------------------------------------------------------------------------------------------
# Extension points


@dataclass(frozen=True, slots=True)
class _Existence:
    branches: tuple[_Branch, ...]
    exceptions: regex.Pattern[str] | None
    message: str
    action: _Action | None
    timeout: float | None

    def matches(
        self, ctx: AnalysisContext, unit: Token, active: tuple[_Branch, ...]
    ) -> Iterator[RuleMatch]:
        for _, match in _scan(active, ctx, unit, self.timeout):
            matched = match.group()
            if _excepted(self.exceptions, matched):
                continue
            if self.action is None:
                yield RuleMatch(match.start(), match.end(), format_message(self.message, matched))
                continue
            # Vale fills a message's second `%s` with the fix its action computes.
            suggestions = self.action.suggestions(matched)
            fix = alternatives_text(self.message, suggestions) if suggestions else matched
            message = format_message(self.message, matched, fix)
            yield RuleMatch(match.start(), match.end(), message, suggestions)


def _build_existence(spec: _Spec) -> Matcher:
    # Vale drops blank tokens (an empty alternative would match everywhere).
    tokens = [token for token in spec.strings("tokens") if token.strip()]
    raw = "".join(spec.strings("raw"))
    if not tokens and not raw:
        raise RuleError("existence needs 'tokens' or 'raw'")
    nonword = spec.flag("nonword")
    if tokens and raw:
        branches = _joined_branches(spec, raw, tokens, nonword=nonword, append=spec.flag("append"))
    elif raw:
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
        spec.action(),
        spec.timeout,
    )


def _joined_branches(
    spec: _Spec, raw: str, tokens: Sequence[str], *, nonword: bool, append: bool
) -> tuple[_Branch, ...]:
    """Vale's pattern for a rule with both `raw` and `tokens`: the raw pattern, then the tokens'
    word-bounded group ("five " + "miles"; "was " + "killed"), or the group first and the raw
    pattern after it with `append: true`. One pattern, not two alternatives: a match needs both.

    For speed each token becomes a branch of its own (raw + that token), so the anchor index can
    skip the tokens absent from a post; the branches are matched as the one alternation would
    be (see `_scan`). Not when raw has top-level alternatives of its own: Vale's concatenation
    makes its last alternative the only one followed by the tokens, and only one pattern keeps
    that exact.
    """
    bodies = [_token_pattern(token) for token in tokens]
    for body in bodies:  # a bad token is named as it is, not as part of the joined pattern
        spec.compile(_bounded(body, nonword=nonword), "tokens")
    # Raw first keeps its leading flags ("(?i)...") where Vale has them: at the start of the
    # whole pattern. Appended, they only reach the raw part (Go's flags run to the group's end).
    tail = _scoped_flags(raw)

    def joined(body: str) -> tuple[str, str]:
        """(the pattern to compile, the same without word boundaries, for the anchors)"""
        bounded = _bounded(body, nonword=nonword)
        if append:
            return bounded + tail, f"(?:{body})" + tail
        # `\b` tells the anchor analysis that a word starts there, as `_BOUNDARY` makes sure.
        return raw + bounded, raw + ("" if nonword else r"\b") + f"(?:{body})"

    whole, whole_source = joined("|".join(bodies))
    compiled_whole = spec.compile(whole, "raw")  # the tokens compiled: the raw part is to blame
    word = not nonword
    if not _SPLIT_ALTERNATIVES or len(_split_top(raw)) > 1:
        return (_branch(compiled_whole, whole_source, word_start=word and append),)
    branches = []
    for index, body in enumerate(bodies):
        for part in _alternatives(body):
            pattern, source = joined(part)
            compiled = spec.compile(pattern, "raw")
            branches.append(_branch(compiled, source, word_start=word and append, index=index))
    return _ordered_branches(branches)


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
            expected = alternatives_text(self.message, suggestions)
            message = format_message(self.message, expected, matched)
            yield RuleMatch(match.start(), match.end(), message, suggestions)

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
    # Vale tries the longest key first, so "hey guys" wins over "hey" at the same place.
    for key, value in sorted(swap.items(), key=lambda item: -len(str(item[0]))):
        if not isinstance(key, str | int | float) or isinstance(value, list | dict):
            raise RuleError("'swap' entries must be 'observed: expected' strings")
        observed.append(str(key))
        expected.append(_swap_options(str(value if value is not None else "")))
    return _Substitution(
        _compile_branches(spec, observed, "swap", nonword=spec.flag("nonword")),
        tuple(expected),
        spec.exceptions(),
        spec.text("message", default="Use '%s' instead of '%s'."),
        spec.flag("ignorecase") or spec.flag("capitalize"),
        spec.timeout,
    )


def _swap_options(value: str) -> tuple[str, ...]:
    """A swap value's alternatives: split at "|", where "\\|" is a literal bar (Vale)."""
    parts = regex.split(r"(?<!\\)\|", value)
    options = tuple(part.replace("\\|", "|") for part in parts if part)
    return options or ("",)


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
    # Vale counts only a limit above 0: `max: 0` (its "not set") never fires.
    maximum, minimum = (
        value if value is not None and value > 0 else None
        for value in (spec.number("max"), spec.number("min"))
    )
    if maximum is None and minimum is None:
        raise RuleError("occurrence needs 'max' or 'min' (above 0)")
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
        seconds = _finditer(self.second, ctx.text, unit.start, unit.end, self.timeout)
        if self.second.groups == 0:
            # Presence: `first` anywhere needs `second` somewhere in the same unit.
            if next(seconds, None) is not None:
                return
            for match in firsts:
                yield self._flag(match)
            return
        # Definition: a `first` match is fine once a `second` match has captured its text
        # ("WHO" after "World Health Organization (WHO)").
        defined = {value for m in seconds for value in m.groups() if value}
        for match in firsts:
            if match.group() not in defined:
                yield self._flag(match)

    def _flag(self, match: regex.Match[str]) -> RuleMatch:
        return RuleMatch(match.start(), match.end(), format_message(self.message, match.group()))


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


# Vale's title styles. AP (the default): articles, conjunctions and prepositions of three letters
# or fewer stay lower case inside a title. Chicago lowers every preposition, whatever its length.
_AP_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "but",
        "for",
        "nor",
        "or",
        "so",
        "yet",
        "as",
        "at",
        "by",
        "in",
        "of",
        "off",
        "on",
        "out",
        "per",
        "to",
        "up",
        "via",
        "vs",
        "v",
    ]
)
_CHICAGO_SMALL_WORDS = _AP_SMALL_WORDS | frozenset(
    [
        "about",
        "above",
        "across",
        "after",
        "against",
        "along",
        "amid",
        "among",
        "around",
        "before",
        "behind",
        "below",
        "beneath",
        "beside",
        "besides",
        "between",
        "beyond",
        "despite",
        "down",
        "during",
        "except",
        "from",
        "inside",
        "into",
        "like",
        "near",
        "onto",
        "outside",
        "over",
        "past",
        "since",
        "than",
        "through",
        "throughout",
        "till",
        "toward",
        "towards",
        "under",
        "underneath",
        "unlike",
        "until",
        "upon",
        "with",
        "within",
        "without",
    ]
)
_CAP_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")
_CASE_STYLES = {"$title": "title", "$sentence": "sentence", "$lower": "lower", "$upper": "upper"}
# Vale's default share of words that must be cased right (its `threshold`).
_CASE_THRESHOLD = 0.8
_SENTENCE_ENDS = (".", "!", "?", "…")


@dataclass(frozen=True, slots=True)
class _Capitalization:
    style: str  # $title, $sentence, $lower or $upper; "" with a custom pattern
    custom: regex.Pattern[str] | None
    exceptions: regex.Pattern[str] | None
    indicators: tuple[str, ...]
    threshold: float
    small_words: frozenset[str]
    prefix: regex.Pattern[str] | None
    message: str

    branches: ClassVar[tuple[_Branch, ...]] = _ALWAYS

    def matches(
        self, ctx: AnalysisContext, unit: Token, active: tuple[_Branch, ...]
    ) -> Iterator[RuleMatch]:
        text = unit.text
        if not any(char.isalpha() for char in text):
            return
        if self.custom is not None:
            # Vale: the pattern found anywhere in the unit, or an exception, passes it.
            if self.custom.search(text) is None and not _excepted(self.exceptions, text):
                message = format_message(self.message, text, self.custom.pattern)
                yield RuleMatch(unit.start, unit.end, message)
            return
        ok, fixed = self._check(text)
        if not ok:
            message = format_message(self.message, text, fixed)
            yield RuleMatch(unit.start, unit.end, message, (fixed,) if fixed != text else ())

    def _check(self, text: str) -> tuple[bool, str]:
        """Whether enough words are cased right (Vale's `threshold`; every word for $lower and
        $upper), and the text with every word cased right."""
        skip_until = 0
        if self.prefix is not None and (found := self.prefix.match(text)) is not None:
            skip_until = found.end()
        exempt = [m.span() for m in self.exceptions.finditer(text)] if self.exceptions else []
        words = [w for w in _CAP_WORD.finditer(text) if w.start() >= skip_until]
        pieces: list[str] = []
        done = 0
        counted = correct = 0
        for index, word in enumerate(words):
            value = word.group()
            if not value[0].isalpha():
                continue  # "2024", "3D": neither upper nor lower case
            counted += 1
            if any(start <= word.start() and word.end() <= end for start, end in exempt):
                correct += 1
                continue
            wanted = self._wanted(value, index, len(words), text[: word.start()])
            if wanted == value:
                correct += 1
                continue
            pieces.append(text[done : word.start()] + wanted)
            done = word.end()
        fixed = "".join(pieces) + text[done:]
        if self.style in ("$lower", "$upper"):
            return correct == counted, fixed
        return counted == 0 or correct / counted >= self.threshold, fixed

    def _wanted(self, value: str, index: int, count: int, before: str) -> str:
        """`value` as the style wants it as word `index` of `count`, after `before`; `value`
        itself where any case is fine."""
        if self.style == "$upper":
            return value.upper()
        if self.style == "$lower":
            return value.lower()
        # An acronym (NASA) or a name with inner capitals (iPhone, JavaScript) is written on
        # purpose; no case style changes it.
        if (len(value) > 1 and value.isupper()) or any(c.isupper() for c in value[1:]):
            return value
        capital = value[0].upper() + value[1:]
        if self.style == "$title":
            if 0 < index < count - 1 and value.lower() in self.small_words:
                return value.lower()
            return capital
        if index == 0:
            return capital
        if value == "I" or value.startswith(("I'", "I’")):
            return value
        stripped = before.rstrip()
        if stripped.endswith(self.indicators) or stripped.endswith(_SENTENCE_ENDS):
            return value  # after "Note:" or a full stop either case is fine
        return value.lower()


def _build_capitalization(spec: _Spec) -> Matcher:
    match = spec.text("match", required=True)
    custom = None if match in _CASE_STYLES else spec.compile(match, "match")
    style_name = spec.text("style", default="AP").strip().lower()
    if style_name not in ("ap", "chicago"):
        raise RuleError(f"'style: {style_name}' must be AP or Chicago")
    threshold = spec.raw.get("threshold", 0)
    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        raise RuleError("'threshold' must be a number between 0 and 1")
    prefix = spec.text("prefix", default="")
    default_message = (
        f"'%s' should be in {_CASE_STYLES[match]} case."
        if match in _CASE_STYLES
        else "'%s' does not have the expected capitalization."
    )
    return _Capitalization(
        "" if custom is not None else match,
        custom,
        spec.exceptions(),
        tuple(spec.strings("indicators") or [":"]),
        # Vale reads 0 (unset) as its default: a threshold of 0 would never fire.
        float(threshold) if 0 < threshold <= 1 else _CASE_THRESHOLD,
        _CHICAGO_SMALL_WORDS if style_name == "chicago" else _AP_SMALL_WORDS,
        spec.compile(prefix, "prefix") if prefix else None,
        spec.text("message", default=default_message),
    )


_ALNUM_TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")


@dataclass(frozen=True, slots=True)
class _Repetition:
    pattern: regex.Pattern[str]
    alpha: bool
    ignorecase: bool
    message: str
    timeout: float | None
    maximum: int = 0  # Vale's `max`: repeats allowed before one is flagged
    exceptions: regex.Pattern[str] | None = None

    branches: ClassVar[tuple[_Branch, ...]] = _ALWAYS

    def matches(
        self, ctx: AnalysisContext, unit: Token, active: tuple[_Branch, ...]
    ) -> Iterator[RuleMatch]:
        previous: regex.Match[str] | None = None
        repeats = 0
        for match in _finditer(self.pattern, ctx.text, unit.start, unit.end, self.timeout):
            value = match.group()
            if not value.strip() or (self.alpha and _ALNUM_TOKEN.fullmatch(value) is None):
                previous = None
                continue
            if previous is not None and self._same(previous.group(), value):
                gap = ctx.text[previous.end() : match.start()]
                repeats += 1
                repeated = ctx.text[previous.start() : match.end()]
                if (
                    not gap.strip()
                    and repeats > self.maximum
                    and not _excepted(self.exceptions, repeated)
                ):
                    message = format_message(self.message, value)
                    yield RuleMatch(previous.start(), match.end(), message, (previous.group(),))
                    repeats = 0
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
        max(spec.number("max") or 0, 0),
        spec.exceptions(),
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
            right_is_later = lefts[0].start() <= rights[0].start()
            later, other = (rights, left_name) if right_is_later else (lefts, right_name)
            # Vale's message gets the words as written ("E-mail"), then the other form.
            for match in later:
                message = format_message(self.message, match.group(), other)
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
    "log2": math.log2,
    "log10": math.log10,
    "exp": math.exp,
    "pow": math.pow,
    "floor": math.floor,
    "ceil": math.ceil,
}
# Vale evaluates formulas with Tengo, whose functions live in its `math` module.
_TENGO_MATH = regex.compile(r"\bmath\.(?=[a-z])")
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
        # Vale writes heading variables as heading.h1, and functions as math.sqrt.
        cleaned = regex.sub(r"heading\.h([1-6])", r"heading_h\1", " ".join(source.split()))
        cleaned = _TENGO_MATH.sub("", cleaned)
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


# ---- code checks' patterns, scanned the same way ------------------------------------------------


def compact_verbose(pattern: str) -> str:
    """A verbose pattern (white space and `#` comments ignored) written without them, so the
    anchor analysis above can read it. White space inside a character class and escaped white
    space or `#` keep their meaning, as in verbose mode."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
        elif char == "[":
            end = _class_end(pattern, index)
            out.append(pattern[index:end])
            index = end
        elif char == "#":
            newline = pattern.find("\n", index)
            index = len(pattern) if newline == -1 else newline
        elif char.isspace():
            index += 1
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _anchor_key(anchor: Anchor) -> str:
    """An anchor as a key: "=word" (a whole word), "^pre" (a word start), "~sub" (anywhere)."""
    if anchor.word_start and anchor.word_end:
        return "=" + anchor.text
    return ("^" if anchor.word_start else "~") + anchor.text


def _key_sentences(key: str, ctx: AnalysisContext) -> int:
    """The bitmask of the sentences (`ctx.sentences`) that hold the anchor `key`."""
    kind, text = key[0], key[1:]
    if kind == "=":
        return ctx.sentence_masks.get(text, 0)
    if kind == "^":
        return ctx.sentences_with_word_starting(text)
    return ctx.sentences_containing(text)


class GatedPattern:
    """A large alternation for a code check, scanned only where it can match.

    Each top-level alternative is compiled on its own and gets a *trigger*: the required part of
    it whose anchors are the rarest words (`_anchor_strength`), so that no match is possible in a
    sentence without one of them. Per post, the triggers of every gated pattern in the process
    are looked up once in the post's word index (`AnalysisContext.sentence_masks`), and each
    alternative is scanned only in the sentences that hold its trigger; an alternative without
    anchors (a clock, an emoji) is scanned over the whole text. A check with a hundred
    alternatives then costs a few look-ups on a post that has none of their words, and a few
    short scans on one that has. A match never runs past its sentence, as a finding's span should
    not. Matches come leftmost first, the earlier alternative first at one position, as one
    alternation would give them.
    """

    def __init__(self, verbose_pattern: str, flags: int = 0) -> None:
        compact = compact_verbose(verbose_pattern)
        flags &= ~regex.VERBOSE
        self.pieces: list[regex.Pattern[str]] = []
        self.anywhere: list[int] = []  # pieces without a trigger
        self.position = len(_GATED_PATTERNS)
        for order, piece in enumerate(_split_top(compact)):
            self.pieces.append(regex.compile(piece, flags))
            requirement = branch_requirement(piece, word_start=False)
            if requirement is None:
                self.anywhere.append(order)
                continue
            for candidates in requirement:
                ordered = sorted(candidates, key=_anchor_strength, reverse=True)
                trigger, others = ordered[0], ordered[1:]
                # The other required parts narrow the trigger's sentences down; a part with many
                # anchors ("money|deals|free|…") is met nearly everywhere and left out.
                rest = tuple(
                    tuple(sorted({_anchor_key(a) for a in part}))
                    for part in others
                    if len(part) <= _BROAD_PART
                )
                for anchor in trigger:
                    key = _anchor_key(anchor)
                    _TRIGGERS.setdefault(key, []).append((self.position, order, rest))
                for part in rest:
                    _PART_KEYS.update(part)
        _GATED_PATTERNS.append(self)
        _TRIGGER_WORDS.clear()  # rebuilt on the next post

    def finditer(self, ctx: AnalysisContext) -> Iterator[regex.Match[str]]:
        text = ctx.text
        sentences = ctx.sentences
        windows: list[tuple[int, int, int]] = [(order, 0, len(text)) for order in self.anywhere]
        for order, mask in _triggered(ctx).get(self.position, {}).items():
            while mask:
                lowest = mask & -mask
                sentence = sentences[lowest.bit_length() - 1]
                windows.append((order, sentence.start, sentence.end))
                mask ^= lowest
        found = []
        for order, start, end in windows:
            for match in self.pieces[order].finditer(text, start, end):
                if match.end() > match.start():
                    found.append((match.start(), order, match))
        found.sort(key=lambda item: (item[0], item[1]))
        taken_until = -1
        for start, _, match in found:
            if start >= taken_until:
                taken_until = match.end()
                yield match


_GATED_PATTERNS: list[GatedPattern] = []
# Trigger key → the (pattern, piece, other required parts) it opens.
_TRIGGERS: dict[str, list[tuple[int, int, tuple[tuple[str, ...], ...]]]] = {}
# Every key of those other parts.
_PART_KEYS: set[str] = set()
# A required part with more anchors than this (a list of forty nouns) is left to the scan.
_BROAD_PART = 10
# The whole-word triggers as a set, for one intersection with a post's words (filled lazily).
_TRIGGER_WORDS: set[str] = set()
_TRIGGERED_KEY = "gated-patterns"
_PREFIX_TRIGGERS: dict[str, list[str]] = {}  # first two letters → "^prefix" keys
_SUBSTRING_TRIGGERS: list[str] = []


def _index_triggers() -> None:
    _PREFIX_TRIGGERS.clear()
    _SUBSTRING_TRIGGERS.clear()
    for key in _TRIGGERS:
        if key[0] == "=":
            _TRIGGER_WORDS.add(key[1:])
        elif key[0] == "^":
            _PREFIX_TRIGGERS.setdefault(key[1:3], []).append(key)
        else:
            _SUBSTRING_TRIGGERS.append(key)


def _triggered(ctx: AnalysisContext) -> dict[int, dict[int, int]]:
    """Per gated pattern, per piece: the bitmask of the sentences that hold its trigger. Worked out
    once per post for every gated pattern together."""
    cache = ctx.anchor_sentence_cache
    found = cache.get(_TRIGGERED_KEY)
    if found is not None:
        return found  # type: ignore[return-value]
    if not _TRIGGER_WORDS:
        _index_triggers()
    result: dict[int, dict[int, int]] = {}
    masks = ctx.sentence_masks
    present = [("=" + word, masks[word]) for word in _TRIGGER_WORDS.intersection(masks)]
    # Word-start triggers are tried only against the post's words with the same first two
    # letters; the few substring triggers against the whole text.
    by_start = ctx.masks_by_start
    for start in _PREFIX_TRIGGERS.keys() & by_start.keys():
        words = by_start[start]
        for key in _PREFIX_TRIGGERS[start]:
            prefix = key[1:]
            mask = 0
            for word, word_mask in words:
                if word.startswith(prefix):
                    mask |= word_mask
            if mask:
                present.append((key, mask))
    for key in _SUBSTRING_TRIGGERS:
        mask = ctx.sentences_containing(key[1:])
        if mask:
            present.append((key, mask))
    masks_of = dict(present)
    part_masks: dict[tuple[str, ...], int] = {}  # many triggers share the same other parts
    for key, key_mask in present:
        for position, order, rest in _TRIGGERS.get(key, ()):
            mask = key_mask
            for part in rest:
                part_mask = part_masks.get(part)
                if part_mask is None:
                    part_mask = 0
                    for other in part:
                        other_mask = masks_of.get(other)
                        if other_mask is None:  # worked out only when a trigger needs it
                            other_mask = masks_of[other] = _key_sentences(other, ctx)
                        part_mask |= other_mask
                    part_masks[part] = part_mask
                mask &= part_mask
                if not mask:
                    break
            if mask:
                pieces = result.setdefault(position, {})
                pieces[order] = pieces.get(order, 0) | mask
    cache[_TRIGGERED_KEY] = result
    return result
