"""The Review section driven like a person would: select, comment, reply, resolve, decide,
restore, and review a file from someone else. Real window, real SQLite file, synchronous tasks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.domain.platforms import PlatformId
from studio.domain.posts import Status
from studio.storage.exchange_review import (
    ReviewSelection,
    ReviewSession,
    export_review,
    import_review,
    read_review_file,
    write_review_file,
)
from studio.storage.repositories import PostData, PostRepository, WorkspaceRepository
from studio.storage.review import ReviewStore
from studio.ui.main_window import MainWindow, Section
from studio.ui.review_page import ReviewPage
from studio.ui.review_view import CommentDialog, ReviewView

BODY = "Fresh rye every morning. Come by before nine and try the dark crust. See you soon!"
STRONG_BODY = "My uncle committed suicide last year. " + BODY


def make_post(studio: Studio, body: str = BODY, *, title: str = "Rye") -> PostData:
    repository = WorkspaceRepository(studio.database)
    workspace = repository.find_by_name("Bakery") or repository.create(
        "Bakery", timezone="Europe/Berlin"
    )
    posts = PostRepository(studio.database)
    created = posts.create(
        workspace.id, title=title, body=body, status=Status.IN_REVIEW, author="Ben"
    )
    posts.add_variant(created.id, PlatformId.INSTAGRAM, text="Rye day! " + body)
    posts.record_revision(created.id, reason="first", author="Ben")
    return posts.get(created.id)


@pytest.fixture
def studio(make_studio: Callable[..., Studio]) -> Studio:
    return make_studio()


@pytest.fixture
def window(qtbot: QtBot, make_window: Callable[..., MainWindow], studio: Studio) -> MainWindow:
    made = make_window(studio)
    made.show_section(Section.REVIEW)
    made.show()  # shortcuts need a shown, active window
    made.activateWindow()
    qtbot.waitActive(made)
    return made


def page_of(window: MainWindow) -> ReviewPage:
    page = window.section_pages[Section.REVIEW]
    assert isinstance(page, ReviewPage)
    return page


def open_post(window: MainWindow, post: PostData) -> ReviewView:
    page = page_of(window)
    page.refresh()
    assert page._select_key("post", post.id)
    page._chosen(page.tree.currentItem())
    assert page.view.document is not None and page.view.document.key == str(post.id)
    return page.view


def select_words(view: ReviewView, words: str) -> None:
    text = view.text_view.toPlainText()
    start = text.index(words)
    cursor = view.text_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    view.text_view.setTextCursor(cursor)


def comment_on(qtbot: QtBot, view: ReviewView, words: str, text: str) -> None:
    select_words(view, words)
    view.text_view.setFocus()
    qtbot.keyClick(
        view.text_view,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert view.comment_box.isVisibleTo(view)
    qtbot.keyClicks(view.comment_edit, text)
    qtbot.keyClick(view.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def answer_next_dialog(callback: Callable[[QDialog], None]) -> None:
    """Run `callback` on the next modal dialog once it is open."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            callback(dialog)
        else:
            QTimer.singleShot(10, find)

    QTimer.singleShot(0, find)


# ---- the list -----------------------------------------------------------------------------


def test_the_list_shows_what_waits_with_counts(studio: Studio, window: MainWindow) -> None:
    make_post(studio, title="First")
    second = make_post(studio, title="Second")
    ReviewStore(studio.database).add_comment(second.id, "Hm?", author="Ana", start=0, end=5)
    page = page_of(window)
    page.refresh()
    counts = page.group_counts()
    assert counts["In review"] == 2 and counts["Unresolved comments"] == 1
    assert counts["Changes requested"] == 0
    assert page.tree.topLevelItem(0).text(0) == "In review (2)"


def test_choosing_a_post_shows_it_read_only(studio: Studio, window: MainWindow) -> None:
    view = open_post(window, make_post(studio))
    assert view.text_view.isReadOnly() and view.text_view.toPlainText() == BODY
    assert view.title_label.text() == "Rye"
    assert view.status_label.text() == "In review"
    assert view.target_combo.count() == 2  # main text and Instagram's own text


# ---- comments -----------------------------------------------------------------------------


def test_comment_reply_resolve_and_reopen(qtbot: QtBot, studio: Studio, window: MainWindow) -> None:
    post = make_post(studio)
    view = open_post(window, post)
    comment_on(qtbot, view, "the dark crust", "Is it really dark?")

    threads = ReviewStore(studio.database).threads(post.id)
    assert [(t.root.quote, t.root.body) for t in threads] == [
        ("the dark crust", "Is it really dark?")
    ]
    assert len(view.cards) == 1 and not view.comment_box.isVisibleTo(view)
    assert len(view.text_view.extraSelections()) == 1  # the passage is highlighted
    selections = view.text_view.extraSelections()
    assert selections[0].cursor.selectedText() == "the dark crust"

    card = view.cards[0]
    qtbot.keyClicks(card.reply_edit, "Very dark.")
    qtbot.keyClick(card.reply_edit, Qt.Key.Key_Return)
    thread = ReviewStore(studio.database).threads(post.id)[0]
    assert [c.body for c in thread.replies] == ["Very dark."]
    assert [c.body for c in view.document.threads[0].comments][1] == "Very dark."

    qtbot.mouseClick(view.cards[0].resolve_button, Qt.MouseButton.LeftButton)
    assert ReviewStore(studio.database).threads(post.id)[0].resolved
    assert view.cards[0].resolve_button.text() == "Reopen"
    assert view.text_view.extraSelections() == [] or view.current_thread is not None
    qtbot.mouseClick(view.cards[0].resolve_button, Qt.MouseButton.LeftButton)
    assert not ReviewStore(studio.database).threads(post.id)[0].resolved


def test_comment_uses_the_author_name_from_preferences(
    qtbot: QtBot, studio: Studio, window: MainWindow
) -> None:
    window.apply_settings(replace(window.settings, author_name="Ana Costa"))
    post = make_post(studio)
    view = open_post(window, post)
    comment_on(qtbot, view, "Fresh rye", "Lovely opening.")
    assert ReviewStore(studio.database).threads(post.id)[0].root.author == "Ana Costa"
    assert "Ana Costa" in view.cards[0].findChild(type(view.title_label), "comment_byline").text()


def test_clicking_a_card_selects_its_passage_and_clicking_the_passage_selects_the_card(
    qtbot: QtBot, studio: Studio, window: MainWindow
) -> None:
    post = make_post(studio)
    store = ReviewStore(studio.database)
    store.add_comment(post.id, "one", author="Ana", start=0, end=9)  # "Fresh rye"
    start = BODY.index("dark crust")
    store.add_comment(post.id, "two", author="Ana", start=start, end=start + 10)
    view = open_post(window, post)

    qtbot.mouseClick(view.cards[1], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert view.text_view.textCursor().selectedText() == "dark crust"
    assert view.cards[1].property("selected") and not view.cards[0].property("selected")

    cursor = view.text_view.textCursor()
    cursor.setPosition(3)  # inside "Fresh rye", no selection
    view.text_view.setTextCursor(cursor)
    view._text_clicked()
    assert view.current_thread is not None and view.current_thread.comments[0].body == "one"
    assert view.cards[0].property("selected")


def test_next_and_previous_comment_walk_in_reading_order(
    studio: Studio, window: MainWindow
) -> None:
    post = make_post(studio)
    store = ReviewStore(studio.database)
    late = BODY.index("See you")
    store.add_comment(post.id, "later", author="Ana", start=late, end=late + 7)
    store.add_comment(post.id, "earlier", author="Ana", start=0, end=5)
    view = open_post(window, post)
    assert view.next_action.shortcut() == QKeySequence("F8")
    assert view.previous_action.shortcut() == QKeySequence("Shift+F8")
    menu_texts = [a.text() for a in window.review_menu.actions()]  # type: ignore[attr-defined]
    assert "&Next Comment" in menu_texts and "&Comment" in menu_texts

    view.next_action.trigger()
    assert view.current_thread.comments[0].body == "earlier"
    view.next_action.trigger()
    assert view.current_thread.comments[0].body == "later"
    assert view.text_view.textCursor().selectedText() == "See you"
    view.previous_action.trigger()
    assert view.current_thread.comments[0].body == "earlier"


def test_a_comment_whose_passage_was_deleted_is_shown_orphaned_with_its_quote(
    studio: Studio, window: MainWindow
) -> None:
    post = make_post(studio)
    start = BODY.index("Come by before nine")
    ReviewStore(studio.database).add_comment(
        post.id, "Too early?", author="Ana", start=start, end=start + 19
    )
    posts = PostRepository(studio.database)
    posts.save(replace(posts.get(post.id), body="Fresh rye every morning. See you soon!"))
    view = open_post(window, post)
    card = view.cards[0]
    assert card.thread.orphaned
    assert "no longer in the text" in card.state_label.text()
    quote = card.findChild(type(view.title_label), "thread_quote")
    assert quote.text() == "“Come by before nine”" and quote.font().strikeOut()
    assert view.text_view.extraSelections() == []


def test_a_comment_on_a_variants_own_text(qtbot: QtBot, studio: Studio, window: MainWindow) -> None:
    post = make_post(studio)
    view = open_post(window, post)
    view.target_combo.setCurrentIndex(view.target_combo.findData("instagram"))
    assert view.text_view.toPlainText().startswith("Rye day!")
    comment_on(qtbot, view, "Rye day!", "Cute.")
    thread = ReviewStore(studio.database).threads(post.id)[0]
    assert (thread.root.target, thread.root.quote) == ("instagram", "Rye day!")


# ---- decisions ----------------------------------------------------------------------------


def test_request_changes_needs_a_comment_and_moves_the_status(
    qtbot: QtBot, studio: Studio, window: MainWindow
) -> None:
    post = make_post(studio)
    view = open_post(window, post)
    dialog = view.request_changes_dialog()
    assert not dialog.ok_button.isEnabled()  # nothing said yet
    dialog.edit.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.deleteLater()

    def answer(opened: QDialog) -> None:
        assert isinstance(opened, CommentDialog)
        opened.edit.setPlainText("Say when the rye is ready.")
        opened.ok_button.click()

    answer_next_dialog(answer)
    view.request_changes_button.click()
    assert PostRepository(studio.database).get(post.id).status is Status.CHANGES_REQUESTED
    assert view.status_label.text() == "Changes requested"
    assert ReviewStore(studio.database).threads(post.id)[0].root.body == (
        "Say when the rye is ready."
    )
    assert "Changes requested" in view.timeline_view.toPlainText()
    assert not view.approve_button.isEnabled()  # the workflow allows no approval from here


def test_approve_with_strong_findings_asks_and_records_the_confirmation(
    studio: Studio, window: MainWindow
) -> None:
    post = make_post(studio, STRONG_BODY)
    view = open_post(window, post)
    assert view.document.strong_rules == ("WB-SUICIDE-VERB",)

    def cancel(box: QDialog) -> None:
        assert box.objectName() == "approve_confirmation"
        assert "committed suicide" in box.text()  # type: ignore[attr-defined]
        box.button(QMessageBox.StandardButton.Cancel).click()  # type: ignore[attr-defined]

    answer_next_dialog(cancel)
    view.approve_button.click()
    assert PostRepository(studio.database).get(post.id).status is Status.IN_REVIEW

    answer_next_dialog(lambda box: view.approve_anyway_button.click())
    view.approve_button.click()
    assert PostRepository(studio.database).get(post.id).status is Status.APPROVED
    decision = ReviewStore(studio.database).decisions(post.id)[-1]
    assert decision.acknowledged_rules == ("WB-SUICIDE-VERB",)
    timeline = view.timeline_view.toPlainText()
    assert "In review → Approved" in timeline and "WB-SUICIDE-VERB" in timeline


def test_approve_without_findings_needs_no_confirmation(studio: Studio, window: MainWindow) -> None:
    post = make_post(studio)
    view = open_post(window, post)
    view.approve_button.click()
    assert PostRepository(studio.database).get(post.id).status is Status.APPROVED


# ---- revisions ------------------------------------------------------------------------------


def test_restore_from_the_revision_history(studio: Studio, window: MainWindow) -> None:
    post = make_post(studio)
    posts = PostRepository(studio.database)
    posts.save(replace(posts.get(post.id), body="Rye is sold out today."))
    view = open_post(window, post)
    assert view.text_view.toPlainText() == "Rye is sold out today."
    page = page_of(window)
    view.history_button.click()
    dialog = page.history_dialog
    assert dialog.revision_list.count() == 1
    diff = dialog.diff_view.toHtml()
    assert "Fresh rye" in diff and "sold out" in diff
    dialog.restore_button.click()
    assert posts.get(post.id).body == BODY
    assert view.text_view.toPlainText() == BODY
    reasons = [r.reason for r in ReviewStore(studio.database).revisions(post.id)]
    assert reasons[-1].startswith("Restored revision")
    assert len(reasons) == 3  # nothing overwritten


# ---- review files in the window --------------------------------------------------------------


def test_a_review_file_opens_read_only_takes_comments_and_a_decision_and_saves(
    qtbot: QtBot, studio: Studio, window: MainWindow, tmp_path: Path
) -> None:
    post = make_post(studio)
    path = write_review_file(
        export_review(studio.database, ReviewSelection(post_ids=(post.id,))),
        tmp_path / "rye.studio-review",
    )
    page = page_of(window)
    assert window.open_review_action.isEnabled()
    page.open_file(path)
    view = page.view
    assert view.document is not None and view.document.from_file
    assert page.file_bar.isVisibleTo(page) and "rye.studio-review" in page.file_label.text()
    assert not view.history_button.isVisibleTo(view)
    assert page.group_counts()["Review file: rye.studio-review"] == 1

    comment_on(qtbot, view, "dark crust", "Make it darker.")
    assert page.session is not None and page.session.dirty
    view.approve_button.click()
    assert view.status_label.text() == "Approved"
    window.save_action.trigger()  # Ctrl+S in the Review section saves the file
    assert not page.session.dirty

    saved = read_review_file(path).posts[0]
    assert [c.body for c in saved.comments] == ["Make it darker."]
    assert [d.decision for d in saved.decisions] == [Status.APPROVED]
    # The database did not change: the decision travels in the file.
    assert PostRepository(studio.database).get(post.id).status is Status.IN_REVIEW
    report = import_review(studio.database, path)
    assert report.comments_added == 1 and report.decisions_applied == 1


def test_importing_a_returned_file_from_the_page(
    studio: Studio, window: MainWindow, tmp_path: Path
) -> None:
    post = make_post(studio)
    path = write_review_file(
        export_review(studio.database, ReviewSelection(post_ids=(post.id,))),
        tmp_path / "rye.studio-review",
    )
    session = ReviewSession.open(path)
    session.add_comment(session.posts[0].key, "Nice.", author="Client")
    session.save()
    page = page_of(window)
    page.service.import_file(path)
    assert "1 comment added" in window.statusBar().currentMessage()
    page.refresh()
    assert page.group_counts()["Unresolved comments"] == 1


def test_file_import_in_the_calendar_merges_a_returned_review_file(
    studio: Studio, window: MainWindow, tmp_path: Path
) -> None:
    from studio.ui.calendar_page import CalendarPage

    post = make_post(studio)
    path = write_review_file(
        export_review(studio.database, ReviewSelection(post_ids=(post.id,))),
        tmp_path / "returned.studio-review",
    )
    session = ReviewSession.open(path)
    session.add_comment(session.posts[0].key, "Lovely.", author="Client")
    session.add_comment(session.posts[0].key, "One more thing.", author="Client")
    session.save()
    window.show_section(Section.CALENDAR)
    calendar = window.section_pages[Section.CALENDAR]
    assert isinstance(calendar, CalendarPage)

    calendar.import_file(path)  # File ▸ Import… with the file chosen

    assert window.current_section() is Section.REVIEW
    assert "2 comments added" in window.statusBar().currentMessage()
    page = page_of(window)
    page.refresh()
    assert page.group_counts()["Unresolved comments"] == 1


def test_review_shortcuts_work_anywhere_in_the_window_but_only_in_review(
    studio: Studio, window: MainWindow, qtbot: QtBot
) -> None:
    post = make_post(studio)
    view = open_post(window, post)
    store = ReviewStore(studio.database)
    for words in ("Fresh rye", "dark crust"):
        start = BODY.index(words)
        store.add_comment(post.id, "Note", author="Ana", start=start, end=start + len(words))
    view = open_post(window, post)
    page_of(window).tree.setFocus()  # the list on the left, not the review itself
    assert not view.isAncestorOf(QApplication.focusWidget())

    for action in (view.comment_action, view.next_action, view.previous_action):
        assert action.shortcutContext() is Qt.ShortcutContext.WindowShortcut
        assert action in window.actions()
        assert action in window.review_menu.actions()  # type: ignore[attr-defined]
    qtbot.keyClick(page_of(window).tree, Qt.Key.Key_F8)
    assert view.current_thread is not None and view.current_thread.quote == "Fresh rye"

    window.show_section(Section.CALENDAR)
    assert not view.next_action.isEnabled()  # F8 belongs to other pages there
    window.show_section(Section.REVIEW)
    assert view.next_action.isEnabled()
