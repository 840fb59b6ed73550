"""The feedback dock with reports from the real engine, driven through real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from studio.domain.platforms import PlatformId
from studio.feedback.engine import analyse, merge_grammar
from studio.feedback.model import Draft, Panel, Report, Severity
from studio.feedback.scoring import explain_score
from studio.settings import Theme
from studio.ui.feedback_dock import PANELS, VISIBLE_FINDINGS, FeedbackPanels
from studio.ui.finding_highlighter import FindingHighlighter, panel_colour
from studio.ui.theme import apply_theme

# A realistic promotional post with findings in four panels and two things done well.
POST = (
    "HURRY guys!!! Only 3 left 😀🇩🇪 of my guilt-free brownie mix. Use code SARAH20 for 20% off "
    "@acme. Tag a friend who needs this!! #mentalhealthawareness #sp\n"
    "What's your favourite Sunday treat?"
)
CALM = "Lovely slow morning walk with my dog today. What is your favourite route?"


def realistic_report() -> Report:
    return analyse(Draft(text=POST, platforms=(PlatformId.X, PlatformId.INSTAGRAM)))


def test_every_panel_has_a_section_with_its_findings_and_score(panels: FeedbackPanels) -> None:
    report = realistic_report()
    with_findings = {f.panel for f in report.findings}
    assert len(with_findings) >= 4
    panels.show_report(report)
    assert list(panels.sections) == list(PANELS)
    for panel, section in panels.sections.items():
        shown = [row.finding for row in section.rows()]
        assert sorted(shown, key=lambda f: f.start) == sorted(
            report.for_panel(panel), key=lambda f: f.start
        )
        if panel in report.scores:
            assert section.score_label.text().startswith(f"<b>{report.scores[panel]}</b>")
            # The tooltip explains the formula and what the score was computed from.
            assert section.score_label.toolTip() == explain_score(panel, report.findings)
    transparency = panels.sections[Panel.TRANSPARENCY].rows()
    assert transparency[0].finding.severity is Severity.STRONG
    assert transparency[0].accessibleName().startswith("Serious: ")


def test_summary_counts_findings_serious_ones_and_signals(panels: FeedbackPanels) -> None:
    report = realistic_report()
    panels.show_report(report)
    serious = sum(1 for f in report.findings if f.severity is Severity.STRONG)
    assert serious == 1
    assert panels.summary_text() == (
        f"{len(report.findings)} things to look at · 1 serious · {len(report.signals)} done well"
    )


def test_positive_signals_are_shown_in_their_panel(panels: FeedbackPanels) -> None:
    report = realistic_report()
    panels.show_report(report)
    label = panels.sections[Panel.AUTHENTICITY].signals_label
    assert label.isVisible()
    for signal in report.signals:
        assert signal.panel is Panel.AUTHENTICITY
        assert signal.message.split(":")[0] in label.text()


def test_empty_states_say_what_was_checked(panels: FeedbackPanels) -> None:
    report = analyse(Draft(text=CALM, platforms=(PlatformId.X,)))
    assert not report.findings
    panels.show_report(report)
    texts = {panel: section.empty_label.text() for panel, section in panels.sections.items()}
    assert texts[Panel.WELLBEING] == (
        "No pressure tactics, shaming or unsafe wording about mental health found."
    )
    assert texts[Panel.PLATFORM] == "Fits every selected platform."
    # "Your style" is only part of the dock for people with rules of their own.
    shown = [panel for panel in PANELS if panel is not Panel.STYLE]
    assert not panels.is_shown(Panel.STYLE)
    for panel in shown:
        assert texts[panel], panel
        assert panels.sections[panel].empty_label.isVisible()
    assert len({texts[panel] for panel in shown}) == len(shown)  # one per panel, none generic
    assert panels.summary_text().startswith("Nothing to look at")

    # Grammar arrives later: until then it says so (or says where grammar runs).
    panels.set_grammar_status("Grammar: offline spelling only")
    assert panels.sections[Panel.GRAMMAR].empty_label.text() == "Grammar: offline spelling only"
    panels.show_report(merge_grammar(report, []))
    assert panels.sections[Panel.GRAMMAR].empty_label.text() == (
        "No spelling or grammar slips found."
    )


def test_no_platform_selected_says_so(panels: FeedbackPanels) -> None:
    panels.show_report(analyse(Draft(text=CALM)))
    assert "No platform selected" in panels.sections[Panel.PLATFORM].empty_label.text()


def test_platform_counts_in_their_own_unit(panels: FeedbackPanels) -> None:
    panels.show_report(realistic_report())
    counts = panels.sections[Panel.PLATFORM].counts_label.text()
    assert "/ 280 weighted" in counts
    assert "characters" in counts


def test_clicking_a_finding_emits_it_and_the_highlighter_selects_its_word(
    panels: FeedbackPanels, qtbot: QtBot
) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(POST)
    highlighter = FindingHighlighter(editor)
    report = realistic_report()
    highlighter.show_report(report)
    panels.show_report(report)
    panels.finding_activated.connect(highlighter.select_finding)

    row = panels.sections[Panel.WELLBEING].rows()[-1]
    with qtbot.waitSignal(panels.finding_activated) as activated:
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    finding = activated.args[0]
    assert finding is row.finding
    assert editor.textCursor().selectedText() == POST[finding.start : finding.end]
    assert editor.textCursor().selectedText() == "guilt-free"


def test_findings_are_reachable_and_activated_from_the_keyboard(
    panels: FeedbackPanels, qtbot: QtBot
) -> None:
    panels.show_report(realistic_report())
    section = panels.sections[Panel.TRANSPARENCY]
    assert section.toggle.focusPolicy() & Qt.FocusPolicy.TabFocus
    row = section.rows()[0]
    assert row.focusPolicy() & Qt.FocusPolicy.TabFocus
    section.toggle.setFocus()
    qtbot.keyClick(section.toggle, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row
    with qtbot.waitSignal(panels.finding_activated) as activated:
        qtbot.keyClick(row, Qt.Key.Key_Return)
    assert activated.args == [row.finding]


def test_sections_collapse_and_keep_their_state_across_reports(
    panels: FeedbackPanels, qtbot: QtBot
) -> None:
    panels.show_report(realistic_report())
    section = panels.sections[Panel.WELLBEING]
    assert section.body.isVisible()
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    assert not panels.is_expanded(Panel.WELLBEING)
    assert not section.body.isVisible()
    assert section.toggle.accessibleName().endswith("collapsed")
    panels.show_report(analyse(Draft(text=POST + " Thanks!")))
    assert not section.body.isVisible()
    qtbot.keyClick(section.toggle, Qt.Key.Key_Space)
    assert panels.is_expanded(Panel.WELLBEING)
    assert section.body.isVisible()


def test_rows_survive_a_report_where_only_the_spans_moved(panels: FeedbackPanels) -> None:
    panels.show_report(realistic_report())
    before = panels.sections[Panel.WELLBEING].rows()
    moved = analyse(Draft(text="Hi! " + POST, platforms=(PlatformId.X, PlatformId.INSTAGRAM)))
    panels.show_report(moved)
    after = panels.sections[Panel.WELLBEING].rows()
    assert after == before  # the same widgets: focus and scrolling are not disturbed
    assert [row.finding for row in after] == sorted(
        moved.for_panel(Panel.WELLBEING),
        key=lambda f: ({"strong": 0, "warn": 1, "info": 2}[f.severity.value], f.start),
    )


def test_many_findings_offer_show_more(panels: FeedbackPanels, qtbot: QtBot) -> None:
    text = " ".join(f"Post {n}: hurry, it ends tonight, last chance!" for n in range(5))
    report = analyse(Draft(text=text))
    wellbeing = report.for_panel(Panel.WELLBEING)
    assert len(wellbeing) > VISIBLE_FINDINGS
    panels.show_report(report)
    section = panels.sections[Panel.WELLBEING]
    visible = [row for row in section.rows() if row.isVisible()]
    assert len(visible) == VISIBLE_FINDINGS
    hidden = len(wellbeing) - VISIBLE_FINDINGS
    assert section.more_button.text() == f"Show {hidden} more"
    qtbot.mouseClick(section.more_button, Qt.MouseButton.LeftButton)
    assert all(row.isVisible() for row in section.rows())
    assert not section.more_button.isVisible()


def test_clear_returns_to_the_start_state(panels: FeedbackPanels) -> None:
    panels.show_report(realistic_report())
    panels.clear()
    assert panels.summary_text() == "Feedback appears here as you write."
    assert all(not section.rows() for section in panels.sections.values())


def test_colours_follow_the_palette(panels: FeedbackPanels, app: QApplication) -> None:
    panels.show_report(realistic_report())
    row = panels.sections[Panel.WELLBEING].rows()[0]
    light = panel_colour(Panel.WELLBEING, row.palette()).name()
    assert light in row.label.text()
    apply_theme(app, Theme.DARK)
    QApplication.processEvents()
    dark = panel_colour(Panel.WELLBEING, row.palette()).name()
    assert dark != light
    assert dark in row.label.text()


def test_fits_a_narrow_dock_without_horizontal_scrolling(panels: FeedbackPanels) -> None:
    panels.show_report(realistic_report())
    panels.resize(320, 700)
    QApplication.processEvents()
    content = panels.scroll.widget()
    assert content.width() <= panels.scroll.viewport().width()
    for section in panels.sections.values():
        for row in section.rows():
            assert row.geometry().right() <= content.width()


def test_try_text_says_what_each_fix_does(panels: FeedbackPanels) -> None:
    text = "Use code SARAH20 for 20% off @brand. Hurry, sale ends tonight."
    panels.show_report(analyse(Draft(text=text)))
    rows = [
        (row.finding.rule_id, row.label.text())
        for section in panels.sections.values()
        for row in section.rows()
        if row.finding is not None
    ]
    # The disclosure fix only adds "Ad:" (its edit inserts it): it says so.
    assert any(rule == "TR-UNDISCLOSED" and "Try adding “Ad:”" in label for rule, label in rows)
    assert any(rule == "WB-URGENCY" and "Try leaving it out" in label for rule, label in rows)
