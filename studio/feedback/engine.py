"""The feedback engine: one immutable draft in, one immutable report out.

`analyse` runs every local panel (rule packs, code checks, platform counting) in a few
milliseconds, so the composer can call it on each pause in typing. Grammar is slower and arrives
later: `merge_grammar` swaps the grammar findings of an existing report.

Order of work: one look-up of the draft's words in the packs' anchor index says which rule
branches can match at all (most cannot: see rulepacks.py, "Speed"); rules that cannot apply
(turned off, other platform, `when` not met) are skipped before any matching; code checks share
one `AnalysisContext`, which tokenises lazily and once. Spans are clamped into the text, made
safe to fix (highlights clipped, suggestions turned into exact edits: fixes.py) and findings
sorted by position, the most severe first at one position.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from types import MappingProxyType

import regex

from studio.domain.platforms import PlatformId, count
from studio.feedback.checks.registry import CodeCheck, registered_checks
from studio.feedback.checks.transparency import early_disclosure_signal
from studio.feedback.checks.wellbeing import help_resource_span
from studio.feedback.context import AnalysisContext, Hit
from studio.feedback.fixes import make_safe
from studio.feedback.model import Draft, Finding, Panel, Report, Severity, Signal
from studio.feedback.rulepacks import Rule, RulePacks, builtin_packs
from studio.feedback.scoring import explain_score, score_panels
from studio.feedback.textmodel import TEXT_MODEL_ID, model_findings

__all__ = ["LOCAL_PANELS", "analyse", "explain_score", "merge_grammar"]

_log = logging.getLogger(__name__)

# Panels `analyse` always scores; grammar is scored once `merge_grammar` has run.
LOCAL_PANELS: tuple[Panel, ...] = (
    Panel.WELLBEING,
    Panel.AUTHENTICITY,
    Panel.INCLUSION,
    Panel.TRANSPARENCY,
    Panel.PLATFORM,
)
# "Your style" is scored only when the packs hold rules that report there (the user's own Vale
# styles) or a finding landed there: a panel that can never have anything to say is left out.
STYLE_PANEL = Panel.STYLE
_SEVERITY_ORDER = {Severity.STRONG: 0, Severity.WARN: 1, Severity.INFO: 2}
# Vale extension points whose span is the stretch they measured (a scope over a threshold, the
# occurrences past a maximum), not a phrase to rewrite: `Finding.passage`.
_MEASURES = frozenset({"metric", "occurrence", "readability"})


def analyse(draft: Draft, *, packs: RulePacks | None = None) -> Report:
    """Every local panel's findings, scores, signals and per-platform counts for `draft`.

    Never raises because of one rule: a YAML rule or code check that fails is left out of this
    report (its id in `Report.skipped`, the error logged once per process) and the rest run.
    """
    packs = packs if packs is not None else builtin_packs()
    ctx = AnalysisContext(draft)
    findings: list[Finding] = []
    signals: list[Signal] = _generic_signals_safely(ctx)
    skipped: list[str] = []
    settings = draft.rule_settings
    active = packs.active_branches(ctx)
    for position in sorted(active):
        rule = packs.rules[position]
        if settings.is_off(rule.rule_id) or not rule.applies_to(draft):
            continue
        try:
            matches = list(rule.find(ctx, active=active[position]))
        except Exception as error:  # a user's rule (or ours) must not break the editor
            _skipped(rule.rule_id, error, skipped)
            continue
        if rule.signal:
            signals.extend(
                Signal(rule.rule_id, rule.panel, m.message, m.start, m.end) for m in matches
            )
            continue
        for platform in _finding_platforms(rule, draft):
            findings.extend(
                Finding(
                    rule_id=rule.rule_id,
                    panel=rule.panel,
                    severity=rule.severity,
                    start=match.start,
                    end=match.end,
                    message=match.message,
                    why=rule.why,
                    suggestions=match.suggestions,
                    source=rule.source,
                    platform=platform,
                    passage=rule.extends in _MEASURES,
                )
                for match in matches
            )
    for check in registered_checks():
        if settings.is_off(check.rule_id) or not _check_applies(check, draft):
            continue
        try:
            # Collected whole before any is kept: a check failing half-way adds nothing.
            hits = list(check.function(ctx))
            if hits:
                findings.extend([_finding(check, hit) for hit in hits])
        except Exception as error:
            _skipped(check.rule_id, error, skipped)
    try:
        if not settings.is_off(TEXT_MODEL_ID):
            findings.extend(model_findings(ctx, findings, settings.is_off))
    except Exception as error:  # the second reader is a bonus; the rules' report stands alone
        _skipped(TEXT_MODEL_ID, error, skipped)
    ordered = _ordered(make_safe(_inside(findings, len(draft.text)), ctx))
    panels = LOCAL_PANELS
    if STYLE_PANEL in packs.panels or any(f.panel is STYLE_PANEL for f in ordered):
        panels = (*LOCAL_PANELS, STYLE_PANEL)
    return Report(
        text=draft.text,
        findings=ordered,
        scores=MappingProxyType(score_panels(panels, ordered)),
        signals=tuple(_unique_signals(_consistent(signals, ordered))),
        counts=tuple(count(platform, draft.text, draft) for platform in draft.platforms),
        skipped=tuple(dict.fromkeys(skipped)),
    )


# "We are thrilled to announce" is first person too, but praising its own voice next to a finding
# that calls it a broadcast would contradict the panel.
_BROADCAST_IDS = frozenset({"AU-BROADCAST", "AU-CORPORATE"})


def _consistent(signals: list[Signal], findings: Sequence[Finding]) -> list[Signal]:
    if any(f.rule_id in _BROADCAST_IDS for f in findings):
        return [s for s in signals if s.signal_id != "SIGNAL-FIRST-PERSON"]
    return signals


# Rule ids whose failure has been logged (with its traceback) in this process: a check that fails
# on every post of a 10,000-post batch is logged once, and each report still names it.
_LOGGED_FAILURES: set[str] = set()


def _skipped(rule_id: str, error: Exception, skipped: list[str]) -> None:
    skipped.append(rule_id)
    if rule_id not in _LOGGED_FAILURES:
        _LOGGED_FAILURES.add(rule_id)
        _log.error(
            "Feedback rule %s failed and is skipped for the texts it fails on: %s",
            rule_id,
            error,
            exc_info=error,
        )


def _generic_signals_safely(ctx: AnalysisContext) -> list[Signal]:
    try:
        return list(generic_signals(ctx))
    except Exception as error:  # signals are a bonus; never worth losing the report over
        if "signals" not in _LOGGED_FAILURES:
            _LOGGED_FAILURES.add("signals")
            _log.error("Positive signals failed and are left out: %s", error, exc_info=error)
        return []


def _finding_platforms(rule: Rule, draft: Draft) -> tuple[PlatformId | None, ...]:
    """The platforms a YAML rule's finding is about: the selected ones it is restricted to, or
    every selected one for a platform-fit rule (one finding each, as the code checks do); none
    for other rules."""
    if rule.platforms:
        chosen = tuple(p for p in draft.platforms if p in rule.platforms)
    elif rule.panel is Panel.PLATFORM:
        chosen = draft.platforms
    else:
        chosen = ()
    return chosen or (None,)


def merge_grammar(report: Report, findings: Sequence[Finding]) -> Report:
    """`report` with its grammar findings and grammar score replaced by `findings`."""
    kept = [f for f in report.findings if f.panel is not Panel.GRAMMAR]
    grammar = [f for f in _inside(findings, len(report.text)) if f.panel is Panel.GRAMMAR]
    # LanguageTool's replacements go through the same safety rules as every other suggestion.
    # (Disclosures are recognised the same way whatever the draft's flags: both readings of a
    # label are protected, see fixes.py.)
    grammar = make_safe(grammar, AnalysisContext(Draft(report.text)))
    ordered = _ordered([*kept, *grammar])
    scores = dict(report.scores)
    scores.update(score_panels((Panel.GRAMMAR,), ordered))
    return replace(report, findings=ordered, scores=MappingProxyType(scores))


def _check_applies(check: CodeCheck, draft: Draft) -> bool:
    return not check.platforms or not check.platforms.isdisjoint(draft.platforms)


def _finding(check: CodeCheck, hit: Hit) -> Finding:
    return Finding(
        rule_id=check.rule_id,
        panel=check.panel,
        severity=Severity(hit.severity) if hit.severity else check.severity,
        start=hit.start,
        end=hit.end,
        message=hit.message,
        why=check.why,
        suggestions=hit.suggestions,
        source=check.source,
        platform=hit.platform,
        passage=hit.passage,
    )


def _inside(findings: Iterable[Finding], length: int) -> list[Finding]:
    """Clamp spans into the text: a highlight slightly off is better than a crashing editor."""
    result = []
    for finding in findings:
        start = min(max(finding.start, 0), length)
        end = min(max(finding.end, start), length)
        if (start, end) != (finding.start, finding.end):
            finding = replace(finding, start=start, end=end)
        result.append(finding)
    return result


def _ordered(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Sorted by position, the most severe first at one position; exact duplicates dropped
    (two files implementing one catalogue id may find the same words), and of the findings of
    one rule that overlap, only the best kept (`_one_per_place`)."""
    unique = {(f.rule_id, f.start, f.end, f.platform, f.message): f for f in findings}.values()
    return tuple(
        sorted(
            _one_per_place(unique),
            key=lambda f: (
                f.start,
                _SEVERITY_ORDER[f.severity],
                f.end,
                f.rule_id,
                f.platform or "",
                f.message,
            ),
        )
    )


def _one_per_place(findings: Iterable[Finding]) -> list[Finding]:
    """Findings of one rule (and platform) whose words overlap say one thing twice ("LAST
    CHANCE" as a pressure phrase and as a deadline to reword): the one kept is the most severe,
    then the one with a fix, then the longer. Grammar findings are left as they come (several
    LanguageTool rules share one id)."""
    best: list[Finding] = []
    # Per rule, the kept spans in order: they never overlap, so a new span can only overlap the
    # kept spans just before and after its start (a bisection, not a scan: linear on long posts).
    kept: dict[tuple[str, str | None], tuple[list[int], list[int]]] = {}
    for finding in sorted(findings, key=_preference):
        if finding.panel is Panel.GRAMMAR:
            best.append(finding)
            continue
        starts, ends = kept.setdefault((finding.rule_id, finding.platform), ([], []))
        index = bisect_left(starts, finding.start)
        if index > 0 and ends[index - 1] > finding.start:
            continue
        if index < len(starts) and starts[index] < finding.end:
            continue
        if index < len(starts) and starts[index] == finding.start and finding.start == finding.end:
            continue
        starts.insert(index, finding.start)
        ends.insert(index, finding.end)
        best.append(finding)
    return best


def _preference(finding: Finding) -> tuple[int, int, int]:
    """Most severe first; then a rewording before a plain deletion before no fix at all; then
    the longer span."""
    if any(finding.suggestions):
        fix = 0
    elif finding.suggestions:
        fix = 1
    else:
        fix = 2
    return (_SEVERITY_ORDER[finding.severity], fix, finding.start - finding.end)


def _unique_signals(signals: Iterable[Signal]) -> Iterator[Signal]:
    seen: set[str] = set()
    for signal in signals:
        if signal.signal_id not in seen:
            seen.add(signal.signal_id)
            yield signal


# --------------------------------------------------------------------------------------------
# Generic positive signals. Rule authors add more with `signal: true` in a YAML rule.

_QUESTION_WORDS = regex.compile(
    r"\b(?:you|your|anyone|anybody|everyone|who|what|which|how|why|where|when|would|do|does|"
    r"have|has|is|are|should|could|can)\b",
    regex.IGNORECASE,
)
_FIRST_PERSON = regex.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|we|our|us)\b")


def generic_signals(ctx: AnalysisContext) -> Iterator[Signal]:
    """What the writer did well that every panel recognises."""
    for sentence in ctx.sentences:
        if sentence.text.rstrip("\"'”’)").endswith("?") and _QUESTION_WORDS.search(sentence.text):
            yield Signal(
                "SIGNAL-QUESTION",
                Panel.AUTHENTICITY,
                "You ask your readers a question: an invitation to a real conversation.",
                sentence.start,
                sentence.end,
            )
            break
    first_person = _FIRST_PERSON.search(ctx.text)
    if first_person is not None:
        yield Signal(
            "SIGNAL-FIRST-PERSON",
            Panel.AUTHENTICITY,
            "Written in your own voice (first person): it reads like a person, not a broadcast.",
            first_person.start(),
            first_person.end(),
        )
    # The well-being and transparency panels own these two questions; the signals ask them.
    help_resource = help_resource_span(ctx)
    if help_resource is not None:
        yield Signal(
            "SIGNAL-HELP-RESOURCE",
            Panel.WELLBEING,
            "A help resource is included: readers who struggle know where to turn.",
            *help_resource,
        )
    disclosure = early_disclosure_signal(ctx)
    if disclosure is not None:
        yield disclosure
    media = ctx.draft.media
    if media and all(item.alt_text.strip() for item in media):
        yield Signal(
            "SIGNAL-ALT-TEXT",
            Panel.INCLUSION,
            "Every image has alt text: screen-reader users get the whole post.",
        )
