"""Underlines of real engine findings in a real QPlainTextEdit (offscreen)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QTextEdit, QToolTip
from pytestqt.qtbot import QtBot

from studio.feedback.engine import analyse
from studio.feedback.model import Draft, Finding, MediaFacts, Panel, Report, Severity
from studio.settings import Theme
from studio.ui.finding_highlighter import FindingHighlighter, panel_colour
from studio.ui.theme import apply_theme

FLAGGED = "guilt-free"  # WB-FOOD-MORALITY, suggestions "light" / "simple"


@pytest.fixture
def editor(qtbot: QtBot, app: QApplication) -> QPlainTextEdit:
    widget = QPlainTextEdit()
    widget.resize(600, 300)
    qtbot.addWidget(widget)
    return widget


def analysed(editor: QPlainTextEdit, text: str) -> tuple[FindingHighlighter, Report]:
    editor.setPlainText(text)
    highlighter = FindingHighlighter(editor)
    report = analyse(Draft(text=text))
    assert highlighter.show_report(report)
    return highlighter, report


def finding_for(report: Report, rule_id: str) -> Finding:
    return next(f for f in report.findings if f.rule_id == rule_id)


def underlined_texts(editor: QPlainTextEdit) -> list[str]:
    return [selection.cursor.selectedText() for selection in editor.extraSelections()]


@pytest.mark.parametrize(
    "prefix",
    [
        "😀 ",
        "🇩🇪 ",
        "👨‍👩‍👧‍👦 ",
        "😀🇩🇪👨‍👩‍👧‍👦 Sunday: ",
        "",
    ],
    ids=["emoji", "flag", "zwj-family", "all-three", "plain"],
)
def test_astral_characters_before_a_flagged_word_underline_exactly_that_word(
    editor: QPlainTextEdit, prefix: str
) -> None:
    text = f"{prefix}My {FLAGGED} brownies are ready."
    _highlighter, report = analysed(editor, text)
    assert [text[f.start : f.end] for f in report.findings] == [FLAGGED]
    assert underlined_texts(editor) == [FLAGGED]


def test_underline_style_follows_severity_and_colour_follows_panel(editor: QPlainTextEdit) -> None:
    text = "Use code SARAH20 for 20% off #sp. Only 3 left of my guilt-free mix. HURRY!"
    _highlighter, report = analysed(editor, text)
    by_text = {s.cursor.selectedText(): QTextCharFormat(s.format) for s in editor.extraSelections()}
    styles = {f.severity: by_text[text[f.start : f.end]].underlineStyle() for f in report.findings}
    assert styles[Severity.STRONG] == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert styles[Severity.WARN] == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert styles[Severity.INFO] == QTextCharFormat.UnderlineStyle.DotLine
    strong = next(f for f in report.findings if f.severity is Severity.STRONG)
    strong_format = by_text[text[strong.start : strong.end]]
    assert strong_format.background().style() != Qt.BrushStyle.NoBrush  # not colour alone
    assert strong_format.underlineColor() == panel_colour(strong.panel, editor.palette())


def test_stale_report_is_ignored(editor: QPlainTextEdit) -> None:
    highlighter, _report = analysed(editor, f"My {FLAGGED} mix.")
    stale = analyse(Draft(text="HURRY, it ends tonight!"))
    assert stale.findings
    assert not highlighter.show_report(stale)
    assert underlined_texts(editor) == [FLAGGED]
    assert highlighter.report is not stale


def test_underlines_move_with_typing_until_the_next_report(editor: QPlainTextEdit) -> None:
    text = f"My {FLAGGED} brownies."
    highlighter, report = analysed(editor, text)
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    editor.insertPlainText("🇩🇪 Sunday treat! ")  # typed before the flagged word
    assert underlined_texts(editor) == [FLAGGED]
    start = editor.toPlainText().index(FLAGGED) + 2  # the flag is two code points, four units
    assert highlighter.findings_at(start + 2) == [finding_for(report, "WB-FOOD-MORALITY")]
    assert highlighter.findings_at(1) == []

    # Deleting the word removes its underline instead of leaving one on the wrong text.
    selector = QTextCursor(editor.document())
    selector.setPosition(start)
    selector.setPosition(start + len(FLAGGED), QTextCursor.MoveMode.KeepAnchor)
    selector.removeSelectedText()
    assert highlighter.findings_at(start) == []
    assert highlighter.span_of(finding_for(report, "WB-FOOD-MORALITY")) is None


def test_select_finding_selects_its_word(editor: QPlainTextEdit) -> None:
    highlighter, report = analysed(editor, f"👨‍👩‍👧‍👦 My {FLAGGED} mix.")
    assert highlighter.select_finding(report.findings[0])
    assert editor.textCursor().selectedText() == FLAGGED


def test_applied_suggestion_is_one_undo_step(editor: QPlainTextEdit, qtbot: QtBot) -> None:
    original = f"😀 My {FLAGGED} brownies."
    highlighter, report = analysed(editor, original)
    # Typing first: the suggestion must not merge into the typing's undo step either.
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Yum")
    typed = editor.toPlainText()
    assert typed == original + " Yum"

    menu = QMenu()
    position = highlighter.span_of(report.findings[0])
    assert position is not None
    highlighter.add_context_actions(menu, position[0] + 1)
    replace = next(a for a in menu.actions() if a.text() == "Replace with “light”")
    with qtbot.waitSignal(highlighter.suggestion_applied) as applied:
        replace.trigger()
    assert applied.args == [report.findings[0], "light"]
    assert editor.toPlainText() == "😀 My light brownies. Yum"
    assert underlined_texts(editor) == []

    editor.undo()
    assert editor.toPlainText() == typed
    editor.redo()
    assert editor.toPlainText() == "😀 My light brownies. Yum"


def test_removal_suggestion_leaves_tidy_text(editor: QPlainTextEdit) -> None:
    text = "HURRY guys, my new mix is here."
    highlighter, report = analysed(editor, text)
    urgency = finding_for(report, "WB-URGENCY")
    assert urgency.suggestions == ("",)
    menu = QMenu()
    highlighter.add_context_actions(menu, 1)
    remove = next(a for a in menu.actions() if a.text() == "Remove “HURRY”")
    remove.trigger()
    # The sentence still starts with a capital (the edit reaches one letter past the span).
    assert editor.toPlainText() == "Guys, my new mix is here."
    editor.undo()
    assert editor.toPlainText() == text


def test_a_fix_applies_its_exact_edit_after_typing_elsewhere(editor: QPlainTextEdit) -> None:
    text = "Only 3 left!!! Hurry, sale ends tonight. Tag a friend who needs this #ad"
    highlighter, report = analysed(editor, text)
    # Typing before the underline (an emoji: two UTF-16 units) moves everything along.
    cursor = QTextCursor(editor.document())
    cursor.insertText("🎉 ")
    hurry = next(f for f in report.findings if text[f.start : f.end] == "Hurry")
    assert highlighter.apply_suggestion(hurry, "")
    assert editor.toPlainText() == (
        "🎉 Only 3 left!!! Sale ends tonight. Tag a friend who needs this #ad"
    )
    bait = finding_for(report, "AU-TAG-BAIT")
    assert highlighter.apply_suggestion(bait, bait.suggestions[0])
    assert editor.toPlainText().endswith("Send it their way if you like. #ad")
    editor.undo()
    assert (
        editor.toPlainText()
        == "🎉 Only 3 left!!! Sale ends tonight. Tag a friend who needs this #ad"
    )


def test_a_fix_is_refused_when_the_words_it_relies_on_changed(editor: QPlainTextEdit) -> None:
    text = "Only 3 left!!! Hurry, sale ends tonight."
    highlighter, report = analysed(editor, text)
    hurry = next(f for f in report.findings if text[f.start : f.end] == "Hurry")
    # The edit also takes the comma and capitalises "sale": the writer changed those words.
    cursor = QTextCursor(editor.document())
    cursor.setPosition(text.index("sale"))
    cursor.setPosition(text.index("sale") + 4, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("deals")
    assert not highlighter.apply_suggestion(hurry, "")
    assert editor.toPlainText() == "Only 3 left!!! Hurry, deals ends tonight."


def test_context_menu_puts_fixes_before_the_editing_actions(editor: QPlainTextEdit) -> None:
    highlighter, _report = analysed(editor, f"My {FLAGGED} mix.")
    menu = editor.createStandardContextMenu()
    standard = [a.text() for a in menu.actions()]
    highlighter.add_context_actions(menu, 5)
    texts = [a.text() for a in menu.actions()]
    assert texts[:4] == [
        "Replace with “light”",
        "Replace with “simple”",
        "Ignore here",
        "Turn off for this workspace",
    ]
    assert menu.actions()[4].isSeparator()
    assert texts[5:] == standard

    empty = QMenu()
    highlighter.add_context_actions(empty, 0)  # "My": nothing flagged there
    assert empty.actions() == []


def test_ignore_and_disable_emit_the_finding_under_the_cursor(
    editor: QPlainTextEdit, qtbot: QtBot
) -> None:
    text = "Only 3 left of my guilt-free mix."
    highlighter, report = analysed(editor, text)
    food = finding_for(report, "WB-FOOD-MORALITY")
    start = text.index(FLAGGED)
    menu = QMenu()
    highlighter.add_context_actions(menu, start + len(FLAGGED))  # right after its last letter
    actions = {a.text(): a for a in menu.actions()}
    with qtbot.waitSignal(highlighter.ignore_requested) as ignored:
        actions["Ignore here"].trigger()
    assert ignored.args == [food]
    with qtbot.waitSignal(highlighter.disable_requested) as disabled:
        actions["Turn off for this workspace"].trigger()
    assert disabled.args == [food]


# Showing a tooltip raises its window, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_tooltip_shows_message_why_and_suggestions(editor: QPlainTextEdit, qtbot: QtBot) -> None:
    text = f"My {FLAGGED} brownies."
    highlighter, report = analysed(editor, text)
    food = report.findings[0]
    tip = highlighter.tooltip_text(text.index(FLAGGED) + 2)
    assert food.why and food.why in tip
    assert "light" in tip and "simple" in tip
    assert "Well-being" in tip
    assert highlighter.tooltip_text(0) == ""

    editor.show()
    qtbot.waitExposed(editor)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(text.index(FLAGGED) + 3)
    point = editor.cursorRect(cursor).center()
    viewport = editor.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    assert food.why in QToolTip.text()
    QToolTip.hideText()


def test_other_selections_survive_new_reports(editor: QPlainTextEdit) -> None:
    text = f"My {FLAGGED} brownies."
    highlighter, report = analysed(editor, text)
    shade = QTextEdit.ExtraSelection()
    shade.cursor = QTextCursor(editor.document())
    shade.cursor.setPosition(0)
    shade.cursor.setPosition(2, QTextCursor.MoveMode.KeepAnchor)
    highlighter.set_other_selections([shade])
    highlighter.show_report(report)
    assert underlined_texts(editor) == ["My", FLAGGED]
    highlighter.clear()
    assert underlined_texts(editor) == ["My"]


def test_whole_post_findings_keep_the_text_readable(editor: QPlainTextEdit) -> None:
    text = "I have been thinking about suicide a lot lately and it is hard to say."
    editor.setPlainText(text)
    highlighter = FindingHighlighter(editor)
    analysed_report = analyse(Draft(text=text, media=(MediaFacts(),)))
    help_resource = finding_for(analysed_report, "WB-HELP-RESOURCE")
    assert (help_resource.start, help_resource.end) == (0, len(text))
    # The catalogue lists this rule as strong; whatever the pack says, a strong whole-post
    # finding must not tint the whole text.
    strong = replace(help_resource, severity=Severity.STRONG)
    findings = tuple(strong if f is help_resource else f for f in analysed_report.findings)
    report = replace(analysed_report, findings=findings)
    assert highlighter.show_report(report)
    selections = editor.extraSelections()
    whole = next(s for s in selections if s.cursor.selectedText() == text)
    assert QTextCharFormat(whole.format).background().style() == Qt.BrushStyle.NoBrush

    # An image without alt text has no words to select: the cursor goes to its position.
    alt_text = finding_for(report, "IA-ALT-TEXT")
    assert alt_text.start == alt_text.end
    assert highlighter.select_finding(alt_text)
    assert editor.textCursor().position() == alt_text.start


def test_underline_colours_follow_a_palette_switch(
    editor: QPlainTextEdit, app: QApplication
) -> None:
    analysed(editor, f"My {FLAGGED} mix.")
    selections = editor.extraSelections()
    light = QTextCharFormat(selections[0].format).underlineColor()
    apply_theme(app, Theme.DARK)
    QApplication.processEvents()
    selections = editor.extraSelections()
    dark = QTextCharFormat(selections[0].format).underlineColor()
    assert dark != light
    assert dark == panel_colour(Panel.WELLBEING, editor.palette())
