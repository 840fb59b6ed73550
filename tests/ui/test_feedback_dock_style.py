"""The dock's "Your style" section: there for people with rules of their own, absent otherwise."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.feedback.engine import analyse
from studio.feedback.model import Draft, Panel
from studio.feedback.rulepacks import RulePacks, builtin_packs, rule_from_mapping
from studio.ui.feedback_dock import FeedbackPanels
from studio.ui.i18n import install_translators, remove_translators

HOUSE_STYLE = {
    "extends": "existence",
    "message": "Write '%s' as a numeral.",
    "level": "error",
    "raw": [r"[a-zA-Z]+\s"],
    "tokens": ["miles", "pounds"],
}


def with_house_style() -> RulePacks:
    """The built-in packs plus one rule from a user's style, as `load_packs` would give them."""
    own = rule_from_mapping(HOUSE_STYLE, name="House.Units", default_panel=Panel.STYLE, user=True)
    return builtin_packs() + RulePacks((own,))


@pytest.fixture
def german(app: QApplication) -> Iterator[list[QTranslator]]:
    translators = install_translators(app, "de")
    yield translators
    remove_translators(app, translators)


def test_without_rules_of_your_own_there_is_no_style_section(panels: FeedbackPanels) -> None:
    assert not panels.is_shown(Panel.STYLE)  # nothing analysed yet
    panels.show_report(analyse(Draft("We walked five miles today.")))
    assert not panels.is_shown(Panel.STYLE)
    assert panels.is_shown(Panel.GRAMMAR)


def test_your_style_shows_its_score_and_findings(panels: FeedbackPanels) -> None:
    packs = with_house_style()
    panels.show_report(analyse(Draft("A calm walk by the river."), packs=packs))
    section = panels.sections[Panel.STYLE]
    assert panels.is_shown(Panel.STYLE)
    assert section.toggle.text() == "Your style"
    assert section.score_label.text().startswith("<b>100</b>")
    assert section.empty_label.text() == "Nothing found by the rules of your own style."

    report = analyse(Draft("We walked five miles today."), packs=packs)
    panels.show_report(report)
    rows = section.rows()
    assert [(row.finding.rule_id, row.finding.message) for row in rows] == [
        ("House.Units", "Write 'five miles' as a numeral.")
    ]
    assert section.score_label.text().startswith("<b>85</b>")  # Vale's error is a warning
    assert panels.summary_text().startswith("1 thing to look at")
    assert len(report.findings) == 1

    panels.clear()
    assert not panels.is_shown(Panel.STYLE)


def test_the_style_section_speaks_german(qtbot: QtBot, german: list[QTranslator]) -> None:
    panels = FeedbackPanels()  # built once the catalogue is loaded
    qtbot.addWidget(panels)
    panels.show_report(analyse(Draft("A calm walk."), packs=with_house_style()))
    section = panels.sections[Panel.STYLE]
    assert section.toggle.text() == "Dein Stil"
    assert section.empty_label.text() == "Die Regeln deines eigenen Stils haben nichts gefunden."
