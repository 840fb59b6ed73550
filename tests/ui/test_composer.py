"""The composer on a real SQLite database with the real services: variants, counters, snippets,
feedback underlines, suggestions, status confirmation and autosave."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.domain.platforms import PLATFORMS, PlatformId
from studio.domain.posts import Status
from studio.feedback.model import Finding, Report, Severity
from studio.settings import Theme
from studio.storage.repositories import SnippetRepository, WorkspaceRepository
from studio.ui.composer import ComposerWidget
from studio.ui.composer_counters import CountState, count_state, count_text, state_colour
from studio.ui.main_window import MainWindow
from studio.ui.theme import apply_theme

MakeStudio = Callable[..., Studio]
MakeWindow = Callable[..., MainWindow]
WORKSPACE = "Café Lumen"


@pytest.fixture
def studio(make_studio: MakeStudio) -> Studio:
    return make_studio(workspaces=(WORKSPACE,))


@pytest.fixture
def window(studio: Studio, make_window: MakeWindow, qtbot: QtBot) -> MainWindow:
    window = make_window(studio)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.new_post()
    return window


@pytest.fixture
def composer(window: MainWindow) -> ComposerWidget:
    return window.composer


def enable(composer: ComposerWidget, *platforms: PlatformId) -> None:
    for platform, check in composer.details.platform_checks.items():
        check.setChecked(platform in platforms)


def wait_for_report(composer: ComposerWidget, qtbot: QtBot) -> Report:
    """Until the highlighter shows a report for exactly the editor's text."""

    def current() -> bool:
        report = composer.highlighter.report
        return report is not None and report.text == composer.body_edit.toPlainText()

    qtbot.waitUntil(current, timeout=5000)
    report = composer.highlighter.report
    assert report is not None
    return report


def finding(report: Report, rule_id: str) -> Finding:
    return next(f for f in report.findings if f.rule_id == rule_id)


def stored_bodies(studio: Studio) -> list[str]:
    path = studio.paths.database_file
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT body FROM post ORDER BY id").fetchall()
    connection.close()
    return [row[0] for row in rows]


# ---- variants ---------------------------------------------------------------------------------


def test_a_tab_inherits_the_main_text_until_edited_and_resets_to_it(
    composer: ComposerWidget, qtbot: QtBot
) -> None:
    enable(composer, PlatformId.X, PlatformId.INSTAGRAM)
    tabs = composer.variant_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["X", "Instagram"]
    composer.body_edit.setPlainText("Spring menu is here")
    x_tab = tabs.tab(PlatformId.X)
    tabs.setCurrentWidget(x_tab)
    # Inheriting, the tab is one line: no second copy of the main text to read.
    assert not x_tab.is_expanded and tabs.is_compact()
    assert x_tab.write_button.isVisible() and not x_tab.editor.isVisible()
    qtbot.mouseClick(x_tab.write_button, Qt.MouseButton.LeftButton)
    assert x_tab.editor.isVisible() and not tabs.is_compact()
    assert x_tab.editor.toPlainText() == "Spring menu is here"  # inherits
    assert not x_tab.reset_button.isEnabled()
    assert not x_tab.is_overridden  # opening the tab is not yet writing in it

    x_tab.editor.setFocus()
    x_tab.editor.moveCursor(x_tab.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(x_tab.editor, " on X")
    composer.body_edit.setPlainText("Spring menu is here!")
    assert x_tab.editor.toPlainText() == "Spring menu is here on X"  # overridden: kept
    assert tabs.text_for(PlatformId.X) == "Spring menu is here on X"
    assert tabs.text_for(PlatformId.INSTAGRAM) == "Spring menu is here!"
    assert tabs.tabText(tabs.indexOf(x_tab)) == "X (edited)"
    state = composer.state()
    assert state is not None
    assert state.variants[PlatformId.X].text_override == "Spring menu is here on X"
    assert state.variants[PlatformId.INSTAGRAM].text_override is None

    qtbot.mouseClick(x_tab.reset_button, Qt.MouseButton.LeftButton)
    assert x_tab.editor.toPlainText() == "Spring menu is here!"
    assert not x_tab.is_overridden
    assert tabs.tabText(tabs.indexOf(x_tab)) == "X"
    # Reset is one undoable edit: Undo brings the text written for X back.
    x_tab.editor.undo()
    assert x_tab.is_overridden
    assert tabs.text_for(PlatformId.X) == "Spring menu is here on X"

    x_tab.reset_to_main_text()
    composer.body_edit.setPlainText("Spring menu is here!!")
    assert x_tab.editor.toPlainText() == "Spring menu is here!!"  # follows the main text again


def test_first_comment_only_where_the_network_has_one(composer: ComposerWidget) -> None:
    enable(composer, PlatformId.INSTAGRAM, PlatformId.X)
    instagram = composer.variant_tabs.tab(PlatformId.INSTAGRAM)
    assert instagram.first_comment_edit is not None
    assert composer.variant_tabs.tab(PlatformId.X).first_comment_edit is None
    instagram.first_comment_edit.setPlainText("Recipe: link in bio")
    state = composer.state()
    assert state is not None
    assert state.variants[PlatformId.INSTAGRAM].first_comment == "Recipe: link in bio"
    assert instagram.first_comment_counter is not None
    assert instagram.first_comment_counter.text() == "19 / 2,196 characters"


def test_a_network_switched_off_keeps_its_text(composer: ComposerWidget, qtbot: QtBot) -> None:
    enable(composer, PlatformId.X)
    tab = composer.variant_tabs.tab(PlatformId.X)
    tab.editor.setPlainText("Only for X")
    enable(composer)
    assert composer.variant_tabs.count() == 0
    state = composer.state()
    assert state is not None
    assert state.variants[PlatformId.X].enabled is False
    enable(composer, PlatformId.X)
    assert composer.variant_tabs.tab(PlatformId.X).editor.toPlainText() == "Only for X"


# ---- counters ---------------------------------------------------------------------------------


def test_counters_show_the_unit_and_turn_amber_then_red(
    composer: ComposerWidget, app: QApplication, qtbot: QtBot
) -> None:
    enable(composer, PlatformId.X, PlatformId.BLUESKY)
    strip = composer.counter_strip
    composer.body_edit.setPlainText("a" * 251)
    x_counter = strip.counters[PlatformId.X]
    assert x_counter.state is CountState.FITS
    # The scheme's own text colour, named, so a switch to dark re-colours it too.
    text_colour = x_counter.parentWidget().palette().color(QPalette.ColorRole.WindowText)
    assert (
        x_counter.styleSheet() == f"QLabel {{ color: {text_colour.name()}; font-weight: normal; }}"
    )
    composer.body_edit.setPlainText("a" * 252)  # 90 % of the limit
    assert x_counter.text() == "X  252 / 280 weighted"
    assert x_counter.state is CountState.NEAR
    assert "near the limit" in x_counter.accessibleDescription()

    composer.body_edit.setPlainText("a" * 280)  # at the limit: still fits, still amber
    assert x_counter.state is CountState.NEAR
    assert composer.body_edit.overflow_from is None

    composer.body_edit.setPlainText("a" * 292)
    assert x_counter.text() == "X  292 / 280 weighted · 12 over"
    assert x_counter.state is CountState.OVER
    assert composer.body_edit.overflow_from == 280  # shaded from the first unit past 280
    bluesky = strip.counters[PlatformId.BLUESKY]
    assert bluesky.text() == "Bluesky  292 / 300 graphemes · 292 / 3,000 bytes"
    assert bluesky.state is CountState.NEAR

    red = state_colour(CountState.OVER, x_counter.palette())
    amber = state_colour(CountState.NEAR, bluesky.palette())
    assert red is not None and amber is not None
    assert red.name() in x_counter.styleSheet()
    assert amber.name() in bluesky.styleSheet()
    apply_theme(app, Theme.DARK)  # each scheme has its own readable shades
    dark_red = state_colour(CountState.OVER, app.palette())
    assert dark_red is not None and dark_red != red
    qtbot.waitUntil(lambda: dark_red.name() in x_counter.styleSheet())
    composer.body_edit.setPlainText("a" * 10)  # a counter that fits takes the dark text colour
    dark_text = app.palette().color(QPalette.ColorRole.WindowText)
    qtbot.waitUntil(lambda: dark_text.name() in x_counter.styleSheet())


def test_emoji_count_the_way_each_network_counts(composer: ComposerWidget) -> None:
    enable(composer, PlatformId.X, PlatformId.BLUESKY, PlatformId.THREADS)
    composer.body_edit.setPlainText("Hi 👨‍👩‍👧")
    counters = composer.counter_strip.counters
    assert counters[PlatformId.X].text() == "X  5 / 280 weighted"
    assert counters[PlatformId.BLUESKY].text().startswith("Bluesky  4 / 300 graphemes · 21 / ")
    assert counters[PlatformId.THREADS].text() == "Threads  21 / 500 characters"


def test_an_overridden_tab_counts_its_own_text(composer: ComposerWidget) -> None:
    enable(composer, PlatformId.X)
    composer.body_edit.setPlainText("x" * 300)
    tab = composer.variant_tabs.tab(PlatformId.X)
    composer.variant_tabs.setCurrentWidget(tab)
    assert tab.counter.state is CountState.OVER
    assert composer.body_edit.overflow_from == 280
    tab.editor.setPlainText("Short for X")
    assert tab.counter.text() == "11 / 280 weighted"
    assert composer.counter_strip.counters[PlatformId.X].state is CountState.FITS
    assert composer.body_edit.overflow_from is None  # the main text no longer goes to X


def test_count_text_formats() -> None:
    from studio.domain.platforms import count

    counted = count(PlatformId.BLUESKY, "é" * 1600)
    assert count_state(counted) is CountState.OVER
    assert count_text(counted) == ("1,600 / 300 graphemes · 3,200 / 3,000 bytes · 1,300 over")


# ---- snippets ---------------------------------------------------------------------------------


# A popup menu on the offscreen platform: its remarks about raising and grabbing are not ours.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_snippets_insert_at_the_cursor_as_one_undo_step(
    studio: Studio, composer: ComposerWidget, qtbot: QtBot
) -> None:
    workspace = WorkspaceRepository(studio.database).find_by_name(WORKSPACE)
    assert workspace is not None
    repository = SnippetRepository(studio.database)
    repository.create(workspace.id, "Sign-off", "See you at the café!")
    repository.create(workspace.id, "Spring tags", "#SpringMenu #LocalFood", kind="hashtags")

    composer.body_edit.setFocus()
    qtbot.waitUntil(composer.body_edit.hasFocus)
    qtbot.keyClicks(composer.body_edit, "New menu")
    composer._fill_snippet_menu()  # what opening the menu does
    actions = {
        a.text().replace("&", ""): a for a in composer.snippet_menu.actions() if not a.isSeparator()
    }
    assert {"Sign-off", "Spring tags", "Manage Snippets…"} <= set(actions)

    actions["Spring tags"].trigger()
    assert composer.body_edit.toPlainText() == "New menu #SpringMenu #LocalFood"
    composer.body_edit.undo()
    assert composer.body_edit.toPlainText() == "New menu"

    # The shortcut opens the menu at the text cursor.
    assert composer.insert_action.shortcut() == QKeySequence("Ctrl+Shift+I")
    QTimer.singleShot(0, composer.snippet_menu.close)
    qtbot.keyClick(
        composer.body_edit,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: not composer.snippet_menu.isVisible())


# ---- feedback -----------------------------------------------------------------------------------


def test_an_emoji_and_a_flag_before_a_flagged_word_underline_exactly_that_word(
    composer: ComposerWidget, qtbot: QtBot
) -> None:
    composer.body_edit.setPlainText("🇫🇷👋🏽 You guys are the best")
    report = wait_for_report(composer, qtbot)
    flagged = finding(report, "IA-EQUALITY")
    span = composer.highlighter.span_of(flagged)
    assert span is not None
    cursor = composer.body_edit.textCursor()
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "You guys"
    underlined = [
        s for s in composer.body_edit.extraSelections() if s.cursor.selectedText() == "You guys"
    ]
    assert underlined  # painted in the editor, not only computed


def test_clicking_a_finding_selects_its_words(composer: ComposerWidget, qtbot: QtBot) -> None:
    composer.body_edit.setPlainText("Hi all 👋🏽 you guys rock")
    report = wait_for_report(composer, qtbot)
    composer.feedback_panels.finding_activated.emit(finding(report, "IA-EQUALITY"))
    assert composer.body_edit.textCursor().selectedText() == "you guys"


def test_a_suggestion_is_applied_as_one_undo_step(
    window: MainWindow, composer: ComposerWidget, qtbot: QtBot
) -> None:
    composer.body_edit.setFocus()
    qtbot.waitUntil(composer.body_edit.hasFocus)
    qtbot.keyClicks(composer.body_edit, "Thanks you guys")
    report = wait_for_report(composer, qtbot)
    assert composer.highlighter.apply_suggestion(finding(report, "IA-EQUALITY"), "you all")
    assert composer.body_edit.toPlainText() == "Thanks you all"
    undo = next(a for a in window.edit_actions if a.objectName() == "action_undo")
    redo = next(a for a in window.edit_actions if a.objectName() == "action_redo")
    undo.trigger()  # Edit ▸ Undo acts on the focused editor
    assert composer.body_edit.toPlainText() == "Thanks you guys"
    redo.trigger()
    assert composer.body_edit.toPlainText() == "Thanks you all"
    undo.trigger()
    undo.trigger()  # then the typing before it, as usual
    assert composer.body_edit.toPlainText() != "Thanks you guys"


def test_ignore_here_and_turn_off_are_stored_and_reanalysed(
    studio: Studio, composer: ComposerWidget, qtbot: QtBot
) -> None:
    composer.body_edit.setPlainText("Only 3 left, you guys")
    report = wait_for_report(composer, qtbot)
    composer.highlighter.ignore_requested.emit(finding(report, "IA-EQUALITY"))
    qtbot.waitUntil(
        lambda: (
            (r := composer.highlighter.report) is not None
            and all(f.rule_id != "IA-EQUALITY" for f in r.findings)
        ),
        timeout=5000,
    )
    composer.highlighter.disable_requested.emit(finding(report, "WB-SCARCITY"))
    qtbot.waitUntil(
        lambda: (
            (r := composer.highlighter.report) is not None
            and all(f.rule_id != "WB-SCARCITY" for f in r.findings)
        ),
        timeout=5000,
    )
    settings = composer.rule_settings_list.settings()
    assert {(s.rule_id, s.post_id is None) for s in settings} == {
        ("IA-EQUALITY", False),
        ("WB-SCARCITY", True),
    }
    # Turning one back on from the list brings its underline back.
    scarcity = next(s for s in settings if s.rule_id == "WB-SCARCITY")
    composer.rule_settings_list.turn_back_on(scarcity)
    qtbot.waitUntil(
        lambda: (
            (r := composer.highlighter.report) is not None
            and any(f.rule_id == "WB-SCARCITY" for f in r.findings)
        ),
        timeout=5000,
    )


def test_moving_to_approved_with_strong_findings_asks_and_lists_them(
    composer: ComposerWidget, qtbot: QtBot
) -> None:
    composer.body_edit.setPlainText("A friend of ours committed suicide last year.")
    report = wait_for_report(composer, qtbot)
    assert any(f.severity is Severity.STRONG for f in report.findings)
    assert composer.request_status(Status.IN_REVIEW)  # not guarded: no question
    assert composer.details.status is Status.IN_REVIEW

    seen: list[str] = []

    def answer(click_move: bool) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        if click_move:
            composer.move_anyway_button.click()
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, lambda: answer(False))
    assert not composer.request_status(Status.APPROVED)
    assert composer.details.status is Status.IN_REVIEW
    assert "committed suicide" in seen[0]
    assert "serious" in seen[0]

    QTimer.singleShot(0, lambda: answer(True))
    assert composer.request_status(Status.APPROVED)
    assert composer.details.status is Status.APPROVED


def test_no_question_without_strong_findings(composer: ComposerWidget, qtbot: QtBot) -> None:
    composer.body_edit.setPlainText("Our spring menu is here.")
    wait_for_report(composer, qtbot)
    assert composer.request_status(Status.IN_REVIEW)
    assert composer.request_status(Status.APPROVED)  # no dialog: it would block this test


# ---- saving ------------------------------------------------------------------------------------


def test_typing_is_autosaved_to_the_database(
    studio: Studio, composer: ComposerWidget, qtbot: QtBot
) -> None:
    composer.body_edit.setFocus()
    qtbot.waitUntil(composer.body_edit.hasFocus)
    qtbot.keyClicks(composer.body_edit, "Autosaved words")
    # The autosave timer (≤ 1 s after typing stops) writes through the DB-writer.
    qtbot.waitUntil(lambda: stored_bodies(studio) == ["Autosaved words"], timeout=5000)
    assert composer.post_id is not None
    assert composer.save_label.text().startswith("Saved")


def test_leaving_the_composer_saves_at_once(
    studio: Studio, window: MainWindow, composer: ComposerWidget, qtbot: QtBot
) -> None:
    composer.body_edit.setFocus()
    qtbot.waitUntil(composer.body_edit.hasFocus)
    qtbot.keyClicks(composer.body_edit, "Before I switch")
    window.workspace_combo.setFocus()  # focus leaves the composer: flushed, no timer needed
    assert stored_bodies(studio) == ["Before I switch"]


def test_ctrl_s_saves_a_revision(
    studio: Studio, window: MainWindow, composer: ComposerWidget, qtbot: QtBot
) -> None:
    composer.body_edit.setFocus()
    qtbot.waitUntil(composer.body_edit.hasFocus)
    qtbot.keyClicks(composer.body_edit, "Keep this version")
    qtbot.keyClick(composer.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with sqlite3.connect(studio.paths.database_file) as connection:
        reasons = connection.execute("SELECT reason FROM revision").fetchall()
    connection.close()
    assert reasons == [("Saved by hand",)]
    assert stored_bodies(studio) == ["Keep this version"]


def test_closing_the_window_saves_the_last_words(
    studio: Studio, window: MainWindow, composer: ComposerWidget, qtbot: QtBot
) -> None:
    composer.body_edit.setFocus()
    qtbot.waitUntil(composer.body_edit.hasFocus)
    qtbot.keyClicks(composer.body_edit, "Last words")
    window.close()
    assert stored_bodies(studio) == ["Last words"]


def test_details_are_saved_with_the_schedule_in_the_workspace_zone(
    studio: Studio, composer: ComposerWidget
) -> None:
    composer.body_edit.setPlainText("Sponsored by Lumen Skin")
    details = composer.details
    details.sponsored_check.setChecked(True)
    details.partner_edit.setText("Lumen Skin")
    details.partner_edit.textEdited.emit("Lumen Skin")
    details.schedule_check.setChecked(True)
    from PySide6.QtCore import QDate, QDateTime, QTime

    details.schedule_edit.setDateTime(QDateTime(QDate(2030, 3, 31), QTime(9, 30)))
    composer.flush()
    with sqlite3.connect(studio.paths.database_file) as connection:
        row = connection.execute(
            "SELECT sponsored, partner_name, scheduled_at, scheduled_zone FROM post"
        ).fetchone()
    connection.close()
    assert row[0] == 1 and row[1] == "Lumen Skin"
    assert row[3] == "Europe/Berlin"
    assert str(row[2]).startswith("2030-03-31 07:30")  # 09:30 in Berlin (CEST) is 07:30 UTC
    assert "Europe/Berlin" in details.zone_label.text()


def test_compose_without_a_workspace_makes_one_and_keeps_the_text(
    make_studio: MakeStudio, make_window: MakeWindow, qtbot: QtBot
) -> None:
    studio = make_studio()
    window = make_window(studio, compose=True)
    window.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.composer.body_edit)
    assert [w.name for w in studio.workspaces.workspaces] == ["My posts"]
    qtbot.keyClicks(window.composer.body_edit, "First words")
    window.composer.flush()
    assert stored_bodies(studio) == ["First words"]


def test_every_network_has_a_checkbox_with_its_name(composer: ComposerWidget) -> None:
    names = [check.text() for check in composer.details.platform_checks.values()]
    assert names == [spec.name for spec in PLATFORMS.values()]


def test_composer_widgets_have_accessible_names(composer: ComposerWidget) -> None:
    from tests.ui.test_main_window import unnamed_interactive_widgets

    enable(composer, PlatformId.INSTAGRAM, PlatformId.X)  # tabs, first comment, counters
    assert unnamed_interactive_widgets(composer) == []


def test_tab_walks_title_text_tabs_then_details(
    composer: ComposerWidget, window: MainWindow, qtbot: QtBot
) -> None:
    enable(composer, PlatformId.X)
    window.activateWindow()
    composer.title_edit.setFocus()
    qtbot.waitUntil(composer.title_edit.hasFocus)
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[0] is composer.body_edit
    assert composer.variant_tabs.isAncestorOf(order[1])  # the network tabs
    assert order[2] is not None and composer.isAncestorOf(order[2])


def test_feedback_dock_shows_with_the_composer_only(window: MainWindow, qtbot: QtBot) -> None:
    from studio.ui.main_window import Section

    assert window.feedback_dock.isVisible()
    assert window.feedback_dock.widget() is window.composer.feedback_tabs
    window.show_section(Section.CALENDAR)
    assert not window.feedback_dock.isVisible()
    window.show_section(Section.COMPOSER)
    assert window.feedback_dock.isVisible()
    window.feedback_action.trigger()  # View ▸ Feedback Panels
    assert not window.feedback_dock.isVisible()


def test_a_save_by_someone_else_asks_and_keeps_both_texts(
    studio: Studio, composer: ComposerWidget, qtbot: QtBot
) -> None:
    from dataclasses import replace

    from studio.storage.repositories import PostRepository

    composer.body_edit.setPlainText("Mine, first version")
    composer.flush()
    post_id = composer.post_id
    assert post_id is not None
    posts = PostRepository(studio.database)
    posts.save(replace(posts.get(post_id), body="Theirs, from another window"))

    def keep_mine() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "saved elsewhere" in box.text()
        next(b for b in box.buttons() if b.text() == "Keep Mine").click()

    QTimer.singleShot(0, keep_mine)
    composer.body_edit.setPlainText("Mine, second version")
    composer.flush()  # refused as a conflict → the question → Keep Mine writes over theirs
    assert stored_bodies(studio) == ["Mine, second version"]
    with sqlite3.connect(studio.paths.database_file) as connection:
        kept = connection.execute("SELECT snapshot FROM revision").fetchall()
    connection.close()
    assert any("Theirs, from another window" in row[0] for row in kept)  # theirs is kept too
