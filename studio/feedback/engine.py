"""The feedback engine: one immutable draft in, one immutable report out.

`analyse` runs every local panel (rule packs, code checks, platform counting) in a few
milliseconds, so the composer can call it on each pause in typing. Grammar is slower and arrives
later: `merge_grammar` swaps the grammar findings of an existing report.

Order of work: one look-up of the draft's words in the packs' anchor index says which rule
branches can match at all (most cannot: see rulepacks.py, "Speed"); rules that cannot apply
(turned off, other platform, `when` not met) are skipped before any matching; code checks share
one `AnalysisContext`, which tokenises lazily and once. Spans are clamped into the text and
findings sorted by position, the most severe first at one position.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from types import MappingProxyType

import regex

from studio.domain.platforms import count
from studio.feedback.checks.registry import CodeCheck, registered_checks
from studio.feedback.context import AnalysisContext
from studio.feedback.model import Draft, Finding, Panel, Report, Severity, Signal
from studio.feedback.rulepacks import RulePacks, builtin_packs
from studio.feedback.scoring import explain_score, score_panels

__all__ = ["LOCAL_PANELS", "analyse", "explain_score", "merge_grammar"]

# Panels `analyse` always scores; grammar is scored once `merge_grammar` has run.
LOCAL_PANELS: tuple[Panel, ...] = (
    Panel.WELLBEING,
    Panel.AUTHENTICITY,
    Panel.INCLUSION,
    Panel.TRANSPARENCY,
    Panel.PLATFORM,
)
_SEVERITY_ORDER = {Severity.STRONG: 0, Severity.WARN: 1, Severity.INFO: 2}


def analyse(draft: Draft, *, packs: RulePacks | None = None) -> Report:
    """Every local panel's findings, scores, signals and per-platform counts for `draft`."""
    packs = packs if packs is not None else builtin_packs()
    ctx = AnalysisContext(draft)
    findings: list[Finding] = []
    signals: list[Signal] = list(generic_signals(ctx))
    settings = draft.rule_settings
    active = packs.active_branches(ctx)
    for position, branches in sorted(active.items()):
        rule = packs.rules[position]
        if settings.is_off(rule.rule_id) or not rule.applies_to(draft):
            continue
        for match in rule.find(ctx, active=branches):
            if rule.signal:
                signals.append(
                    Signal(rule.rule_id, rule.panel, match.message, match.start, match.end)
                )
                continue
            findings.append(
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
                )
            )
    for check in _code_checks():
        if settings.is_off(check.rule_id) or not _check_applies(check, draft):
            continue
        findings.extend(_run_check(check, ctx))
    ordered = _ordered(_inside(findings, len(draft.text)))
    return Report(
        text=draft.text,
        findings=ordered,
        scores=MappingProxyType(score_panels(LOCAL_PANELS, ordered)),
        signals=tuple(_unique_signals(signals)),
        counts=tuple(count(platform, draft.text, draft) for platform in draft.platforms),
    )


def merge_grammar(report: Report, findings: Sequence[Finding]) -> Report:
    """`report` with its grammar findings and grammar score replaced by `findings`."""
    kept = [f for f in report.findings if f.panel is not Panel.GRAMMAR]
    grammar = [f for f in _inside(findings, len(report.text)) if f.panel is Panel.GRAMMAR]
    ordered = _ordered([*kept, *grammar])
    scores = dict(report.scores)
    scores.update(score_panels((Panel.GRAMMAR,), ordered))
    return replace(report, findings=ordered, scores=MappingProxyType(scores))


@cache
def _code_checks() -> tuple[CodeCheck, ...]:
    return registered_checks()


def _check_applies(check: CodeCheck, draft: Draft) -> bool:
    return not check.platforms or not check.platforms.isdisjoint(draft.platforms)


def _run_check(check: CodeCheck, ctx: AnalysisContext) -> Iterator[Finding]:
    for hit in check.function(ctx):
        severity = Severity(hit.severity) if hit.severity else check.severity
        yield Finding(
            rule_id=check.rule_id,
            panel=check.panel,
            severity=severity,
            start=hit.start,
            end=hit.end,
            message=hit.message,
            why=check.why,
            suggestions=hit.suggestions,
            source=check.source,
            platform=hit.platform,
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
    (two files implementing one catalogue id may find the same words)."""
    unique = {(f.rule_id, f.start, f.end, f.platform, f.message): f for f in findings}.values()
    return tuple(
        sorted(
            unique,
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
_HELP_RESOURCE = regex.compile(
    r"\b(?:988|116\s?123|741741|85258|13\s?11\s?14|helpline|hotline|crisis\s+(?:line|text)|"
    r"samaritans|lifeline|findahelpline|befrienders|text\s+(?:home|shout))\b",
    regex.IGNORECASE,
)
_DISCLOSURE = regex.compile(
    r"(?:^|(?<=[\s(\[]))(?:#ad\b|#advert(?:isement)?\b|#sponsored\b|ad\s*[:|]|advert\s*[:|]|"
    r"paid\s+partnership\b|sponsored\s+by\b|in\s+paid\s+partnership\b|#paidpartnership\b|"
    r"(?:this\s+is\s+an?\s+)?ad\b(?=\s*[-–—]))",
    regex.IGNORECASE,
)
EARLY_DISCLOSURE_CHARS = 125  # Instagram's first-party fold: visible without "more"


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
    help_resource = _HELP_RESOURCE.search(ctx.text)
    if help_resource is not None:
        yield Signal(
            "SIGNAL-HELP-RESOURCE",
            Panel.WELLBEING,
            "A help resource is included: readers who struggle know where to turn.",
            help_resource.start(),
            help_resource.end(),
        )
    disclosure = _DISCLOSURE.search(ctx.text, 0, min(len(ctx.text), EARLY_DISCLOSURE_CHARS + 20))
    if disclosure is not None and disclosure.start() < EARLY_DISCLOSURE_CHARS:
        yield Signal(
            "SIGNAL-EARLY-DISCLOSURE",
            Panel.TRANSPARENCY,
            "The disclosure comes first, where readers see it before the fold.",
            disclosure.start(),
            disclosure.end(),
        )
    media = ctx.draft.media
    if media and all(item.alt_text.strip() for item in media):
        yield Signal(
            "SIGNAL-ALT-TEXT",
            Panel.INCLUSION,
            "Every image has alt text: screen-reader users get the whole post.",
        )
