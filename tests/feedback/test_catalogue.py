"""Every rule id in FEEDBACK.md's catalogue (tests/feedback/helpers.py) is implemented: a
built-in YAML rule or a code check."""

from __future__ import annotations

import pytest

from studio.feedback import grammar
from studio.feedback.checks.registry import registered_checks
from studio.feedback.model import Panel
from studio.feedback.rulepacks import builtin_packs
from tests.feedback.helpers import CATALOGUE


def implemented_panels() -> dict[str, set[Panel]]:
    panels: dict[str, set[Panel]] = {}
    for rule in builtin_packs().rules:
        panels.setdefault(rule.rule_id, set()).add(rule.panel)
    for check in registered_checks():
        panels.setdefault(check.rule_id, set()).add(check.panel)
    return panels


@pytest.mark.parametrize("rule_id", sorted(CATALOGUE))
def test_catalogue_rule_is_implemented_in_its_panel(rule_id: str) -> None:
    panels = implemented_panels()
    assert rule_id in panels, f"{rule_id} has no YAML rule and no code check"
    assert panels[rule_id] == {CATALOGUE[rule_id]}


def test_grammar_findings_use_the_catalogue_id() -> None:
    assert grammar.GRAMMAR_CATALOGUE_ID == "PF-GRAMMAR"


def test_every_builtin_rule_explains_itself() -> None:
    """A finding without a reason or a source is a scolding, not feedback."""
    for rule in builtin_packs().rules:
        assert rule.why.strip(), f"{rule.name} ({rule.path}) has no 'why'"
        if not rule.signal:
            assert rule.message.strip(), f"{rule.name} has no message"
    for check in registered_checks():
        assert check.why.strip(), f"{check.rule_id} has no why"
