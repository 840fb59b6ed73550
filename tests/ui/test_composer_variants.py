"""Per-network texts get their own feedback, the dock follows the text being written, inheriting
tabs stay compact, and each network's fold is marked in the text (real widgets, real services,
a real SQLite file)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.domain.platforms import PLATFORMS, PlatformId, fold_offset
from studio.domain.text import OffsetMap
from studio.feedback.model import Report
from studio.ui.composer import ComposerWidget
from studio.ui.composer_variants import VariantTab
from studio.ui.main_window import MainWindow

MakeStudio = Callable[..., Studio]
MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def composer(make_studio: MakeStudio, make_window: MakeWindow, qtbot: QtBot) -> ComposerWidget:
    window = make_window(make_studio(workspaces=("Café Lumen",)))
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.new_post()
    return window.composer


def enable(composer: ComposerWidget, *platforms: PlatformId) -> None:
    for platform, check in composer.details.platform_checks.items():
        check.setChecked(platform in platforms)


def write_in_tab(
    composer: ComposerWidget, qtbot: QtBot, platform: PlatformId, text: str
) -> VariantTab:
    tab = composer.variant_tabs.tab(platform)
    composer.variant_tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.write_button, Qt.MouseButton.LeftButton)
    tab.editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(tab.editor, text)
    else:  # QTest cannot type characters outside the BMP (emoji): insert them as a paste would
        tab.editor.insertPlainText(text)
    return tab


def wait_for_tab_report(tab: VariantTab, qtbot: QtBot) -> Report:
    def current() -> bool:
        return tab.report is not None and tab.report.text == tab.editor.toPlainText()

    qtbot.waitUntil(current, timeout=5000)
    assert tab.report is not None
    return tab.report


def wait_for_main_report(composer: ComposerWidget, qtbot: QtBot) -> Report:
    def current() -> bool:
        report = composer.highlighter.report
        return report is not None and report.text == composer.body_edit.toPlainText()

    qtbot.waitUntil(current, timeout=5000)
    assert composer.highlighter.report is not None
    return composer.highlighter.report


def underlined_words(tab: VariantTab) -> set[str]:
    return {s.cursor.selectedText() for s in tab.editor.extraSelections()}


# ---- feedback per network -------------------------------------------------------------------


def test_an_edited_tab_gets_its_own_feedback_underlined_and_counted(
    composer: ComposerWidget, qtbot: QtBot
) -> None:
    enable(composer, PlatformId.X, PlatformId.INSTAGRAM)
    composer.body_edit.setPlainText("Our spring menu is here")
    tab = write_in_tab(composer, qtbot, PlatformId.INSTAGRAM, "Thanks you guys 🌷 see you soon")

    report = wait_for_tab_report(tab, qtbot)
    assert report.text == "Thanks you guys 🌷 see you soon"
    flagged = next(f for f in report.findings if f.rule_id == "IA-EQUALITY")
    assert "you guys" in underlined_words(tab)  # painted in the tab's own editor
    assert tab.highlighter.span_of(flagged) is not None
    counted = len(report.findings)
    expected = "1 thing to look at" if counted == 1 else f"{counted} things to look at"
    assert tab.findings_label.text().startswith(expected)
    # The main text keeps its own (clean) report; the tab's words are not underlined there.
    main = wait_for_main_report(composer, qtbot)
    assert all(f.rule_id != "IA-EQUALITY" for f in main.findings)


def test_the_main_text_is_fitted_only_to_the_networks_that_inherit_it(
    composer: ComposerWidget, qtbot: QtBot
) -> None:
    enable(composer, PlatformId.X, PlatformId.MASTODON)
    composer.body_edit.setPlainText("A long walk through the spring market. " * 9)  # > 280 on X
    main = wait_for_main_report(composer, qtbot)
    assert any(f.rule_id == "PF-LENGTH" and "X" in f.message for f in main.findings)

    tab = write_in_tab(composer, qtbot, PlatformId.X, "Spring market walk today")
    assert composer.feedback_draft().platforms == (PlatformId.MASTODON,)
    qtbot.waitUntil(
        lambda: (
            composer.highlighter.report is not None
            and not any(f.rule_id == "PF-LENGTH" for f in composer.highlighter.report.findings)
        ),
        timeout=5000,
    )
    variant = wait_for_tab_report(tab, qtbot)
    assert not any(f.rule_id == "PF-LENGTH" for f in variant.findings)
    # The tab is checked for X alone: the same long text there is too long for X.
    tab.editor.selectAll()
    tab.editor.insertPlainText(composer.body_edit.toPlainText() + " on X")
    qtbot.waitUntil(
        lambda: (
            tab.report is not None
            and tab.report.text == tab.editor.toPlainText()
            and any(f.rule_id == "PF-LENGTH" for f in tab.report.findings)
        ),
        timeout=5000,
    )
    assert tab.report is not None
    assert all("X" in f.message for f in tab.report.findings if f.rule_id == "PF-LENGTH")
    # The main text's overflow shading now ignores X: nothing past Mastodon's 500 either.
    assert composer.body_edit.overflow_from is None


def test_the_dock_follows_the_text_being_written(composer: ComposerWidget, qtbot: QtBot) -> None:
    enable(composer, PlatformId.INSTAGRAM)
    composer.body_edit.setPlainText("Our spring menu is here")
    assert composer.feedback_source is None
    assert not composer.feedback_source_label.isVisibleTo(composer.feedback_tabs)

    tab = write_in_tab(composer, qtbot, PlatformId.INSTAGRAM, "Hurry, you guys")
    assert composer.feedback_source is PlatformId.INSTAGRAM
    assert composer.feedback_source_label.isVisibleTo(composer.feedback_tabs)
    assert "Instagram" in composer.feedback_source_label.text()
    report = wait_for_tab_report(tab, qtbot)
    qtbot.waitUntil(lambda: composer.feedback_panels.report == report, timeout=5000)

    # A click on a finding in the dock selects its words in the tab it belongs to.
    flagged = next(f for f in report.findings if f.rule_id == "IA-EQUALITY")
    composer.feedback_panels.finding_activated.emit(flagged)
    assert tab.editor.textCursor().selectedText() == "you guys"

    composer.body_edit.setFocus()
    qtbot.keyClicks(composer.body_edit, "!")
    assert composer.feedback_source is None
    main = wait_for_main_report(composer, qtbot)
    qtbot.waitUntil(lambda: composer.feedback_panels.report == main, timeout=5000)

    # Back to the main text: the tab's feedback goes and the dock has one text again.
    tab.reset_to_main_text()
    assert tab.report is None
    assert tab.findings_label.text() == ""
    assert not composer.feedback_source_label.isVisibleTo(composer.feedback_tabs)


def test_ignore_here_in_a_tab_is_stored_and_the_tab_is_reanalysed(
    composer: ComposerWidget, qtbot: QtBot
) -> None:
    enable(composer, PlatformId.INSTAGRAM)
    composer.body_edit.setPlainText("Our spring menu is here")
    tab = write_in_tab(composer, qtbot, PlatformId.INSTAGRAM, "Thanks you guys")
    flagged = next(
        f for f in wait_for_tab_report(tab, qtbot).findings if f.rule_id == "IA-EQUALITY"
    )
    tab.highlighter.ignore_requested.emit(flagged)
    qtbot.waitUntil(
        lambda: (
            tab.report is not None and all(f.rule_id != "IA-EQUALITY" for f in tab.report.findings)
        ),
        timeout=5000,
    )
    assert "you guys" not in underlined_words(tab)


# ---- compact tabs -----------------------------------------------------------------------------


def test_an_inheriting_tab_is_one_line_and_gives_the_room_to_the_main_text(
    composer: ComposerWidget, qtbot: QtBot
) -> None:
    enable(composer, PlatformId.X, PlatformId.BLUESKY)
    tabs = composer.variant_tabs
    main_height = composer.body_edit.height()
    assert tabs.is_compact()
    assert tabs.maximumHeight() < 200
    tab = tabs.tab(PlatformId.X)
    qtbot.mouseClick(tab.write_button, Qt.MouseButton.LeftButton)
    assert not tabs.is_compact()
    assert tab.editor.hasFocus() or not composer.isActiveWindow()
    qtbot.waitUntil(lambda: composer.body_edit.height() < main_height)
    # Another tab that still inherits is compact again when chosen.
    tabs.setCurrentWidget(tabs.tab(PlatformId.BLUESKY))
    assert tabs.is_compact()


# ---- folds --------------------------------------------------------------------------------------


CAPTION = (
    "👋🏽 Spring is here at Café Lumen and the terrace opens on Saturday with a new menu built "
    "around what our farmers bring us every Tuesday morning, from wild garlic to rhubarb.\n\n"
    "#SpringMenu #LocalFood"
)


def test_each_network_fold_is_marked_where_it_falls(composer: ComposerWidget) -> None:
    enable(composer, PlatformId.INSTAGRAM, PlatformId.LINKEDIN, PlatformId.X)
    composer.body_edit.setPlainText(CAPTION)
    marks = composer.body_edit.fold_marks
    offsets = OffsetMap(CAPTION)
    expected = {
        offsets.to_utf16(offset): platform
        for platform in (PlatformId.INSTAGRAM, PlatformId.LINKEDIN)
        if (offset := fold_offset(platform, CAPTION)) is not None
    }
    assert len(expected) == 2  # X does not fold
    assert {m.utf16_position for m in marks} == set(expected)
    for mark in marks:
        platform = expected[mark.utf16_position]
        assert PLATFORMS[platform].name in mark.tooltip
        assert mark.approximate == PLATFORMS[platform].fold_approximate
        assert ("approximate" in mark.tooltip) == mark.approximate
    # Hovering the line finds the mark; the margin says "… more" on that line.
    instagram = next(m for m in marks if expected[m.utf16_position] is PlatformId.INSTAGRAM)
    span = composer.body_edit.fold_line_span(instagram)
    assert span is not None
    cursor = composer.body_edit.textCursor()
    cursor.setPosition(instagram.utf16_position)
    x = composer.body_edit.cursorRect(cursor).left()
    assert composer.body_edit.fold_mark_at(QPoint(x, int((span[0] + span[1]) / 2))) == instagram
    gutter = composer.body_edit.fold_gutter
    assert gutter is not None and gutter.isVisible()
    assert len(gutter.lines()) >= 1


def test_a_network_with_its_own_text_is_marked_in_its_tab_not_in_the_main_text(
    composer: ComposerWidget, qtbot: QtBot
) -> None:
    enable(composer, PlatformId.INSTAGRAM)
    composer.body_edit.setPlainText(CAPTION)
    assert len(composer.body_edit.fold_marks) == 1
    tab = write_in_tab(composer, qtbot, PlatformId.INSTAGRAM, CAPTION.replace("👋🏽 ", ""))
    assert composer.body_edit.fold_marks == ()
    own = tab.editor.toPlainText()
    expected = OffsetMap(own).to_utf16(fold_offset(PlatformId.INSTAGRAM, own) or 0)
    assert [m.utf16_position for m in tab.editor.fold_marks] == [expected]


def test_fold_marks_leave_the_underlines_alone(composer: ComposerWidget, qtbot: QtBot) -> None:
    enable(composer, PlatformId.INSTAGRAM)
    composer.body_edit.setPlainText(CAPTION + " Thanks you guys")
    wait_for_main_report(composer, qtbot)
    underlined = {s.cursor.selectedText() for s in composer.body_edit.extraSelections()}
    assert "you guys" in underlined
    assert composer.body_edit.fold_marks  # both at once


def test_approving_asks_about_strong_findings_in_a_networks_own_text(
    composer: ComposerWidget, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from studio.domain.posts import Status

    enable(composer, PlatformId.X, PlatformId.INSTAGRAM)
    composer.body_edit.setPlainText("Our spring menu is here.")
    main = wait_for_main_report(composer, qtbot)
    assert composer.strong_findings() == []
    assert main.text == "Our spring menu is here."
    tab = write_in_tab(
        composer, qtbot, PlatformId.INSTAGRAM, "A friend of ours committed suicide last year."
    )
    wait_for_tab_report(tab, qtbot)
    assert composer.request_status(Status.IN_REVIEW)

    [found] = [n for n in composer.network_strong_findings() if "suicide" in n.text]
    assert found.platform is PlatformId.INSTAGRAM
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    assert not composer.request_status(Status.APPROVED)
    assert composer.details.status is Status.IN_REVIEW
    assert "Instagram: <b>committed suicide</b>" in seen[0]
