"""Panel scores: one 0–100 number per panel that a writer can recompute in their head.

Formula (shown in the UI tooltip by `explain_score`):

    score = max(0, 100 − 50 × strong − 15 × warn − 5 × info)

counting each *issue* once: findings of the same rule with the same message and suggestions,
ignoring case, are one issue, however often they appear ("guys" three times is one habit to
change, not three; two different typos are two). In the Platform fit panel the platform is part
of the issue (too long for X and too long for Bluesky are two things to fix); elsewhere a rule
restricted to some platforms reports its words once per selected platform, and that is still one
issue. The key needs no text, so the tooltip can recompute the score from the findings alone.

Why these weights: a single `strong` finding (a safety or legal matter) must pull a panel to half
or below, so the number never looks fine while something serious is open; a warning is clearly
visible (85) and three of them leave the panel in the middle of the scale; a nudge costs little, so
a panel full of optional suggestions still reads as mostly good. The floor at 0 keeps the scale
readable for very long drafts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from studio.feedback.model import Finding, Panel, Severity

PENALTY: Mapping[Severity, int] = {Severity.STRONG: 50, Severity.WARN: 15, Severity.INFO: 5}
_SEVERITY_WORDS = {
    Severity.STRONG: ("serious issue", "serious issues"),
    Severity.WARN: ("warning", "warnings"),
    Severity.INFO: ("nudge", "nudges"),
}


IssueKey = tuple[str, str | None, str, tuple[str, ...]]


def _issue_key(finding: Finding) -> IssueKey:
    # Ignoring case: "Hurry" opening a sentence and "hurry" later are the same habit.
    suggestions = tuple(s.casefold() for s in finding.suggestions)
    platform = finding.platform if finding.panel is Panel.PLATFORM else None
    return finding.rule_id, platform, finding.message.casefold(), suggestions


def issues(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per issue (the most severe one), in first-seen order."""
    chosen: dict[IssueKey, Finding] = {}
    rank = {Severity.INFO: 0, Severity.WARN: 1, Severity.STRONG: 2}
    for finding in findings:
        key = _issue_key(finding)
        kept = chosen.get(key)
        if kept is None or rank[finding.severity] > rank[kept.severity]:
            chosen[key] = finding
    return list(chosen.values())


def panel_score(panel: Panel, findings: Iterable[Finding]) -> int:
    own = [f for f in findings if f.panel is panel]
    penalty = sum(PENALTY[f.severity] for f in issues(own))
    return max(0, 100 - penalty)


def score_panels(panels: Sequence[Panel], findings: Sequence[Finding]) -> dict[Panel, int]:
    return {panel: panel_score(panel, findings) for panel in panels}


def explain_score(panel: Panel, findings: Iterable[Finding]) -> str:
    """The tooltip: the score, how it was computed, and what it was computed from."""
    own = [f for f in findings if f.panel is panel]
    counted = issues(own)
    score = max(0, 100 - sum(PENALTY[f.severity] for f in counted))
    head = f"{panel.title}: {score}/100."
    if not counted:
        return f"{head} Nothing found. (100 − 50 per serious issue − 15 per warning − 5 per nudge.)"
    per_severity = []
    for severity in (Severity.STRONG, Severity.WARN, Severity.INFO):
        number = sum(1 for f in counted if f.severity is severity)
        if number:
            word = _SEVERITY_WORDS[severity][number > 1]
            per_severity.append(f"{number} {word} × {PENALTY[severity]}")
    repeats = len(own) - len(counted)
    repeat_note = (
        f" Repeats of the same issue count once ({repeats} not counted again)." if repeats else ""
    )
    return f"{head} 100 − ({' + '.join(per_severity)}), never below 0.{repeat_note}"
