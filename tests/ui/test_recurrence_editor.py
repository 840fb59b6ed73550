"""Repeat in the composer: a real window, real SQLite, synchronous tasks, offscreen Qt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.domain import schedule
from studio.domain.platforms import PlatformId
from studio.domain.schedule import Frequency, Recurrence
from studio.storage.calendar import RecurrenceRepository
from studio.storage.database import open_database
from studio.storage.repositories import PostData, PostRepository, WorkspaceRepository
from studio.ui.calendar_page import CalendarPage, ViewMode
from studio.ui.composer import ComposerWidget
from studio.ui.main_window import MainWindow, Section
from studio.ui.recurrence_editor import RecurrenceBook, RecurrenceEditor

MakeStudio = Callable[..., Studio]
MakeWindow = Callable[..., MainWindow]
ZONE = "Europe/Berlin"  # the conftest's workspaces live here
FIRST = date(2027, 3, 2)  # a Tuesday; five fortnights later is 27 April, after the DST change


@pytest.fixture
def studio(make_studio: MakeStudio) -> Studio:
    return make_studio(workspaces=("Kornblume",))


@pytest.fixture
def window(studio: Studio, make_window: MakeWindow, qtbot: QtBot) -> MainWindow:
    window = make_window(studio)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.workspace_combo.setCurrentIndex(1)  # Kornblume
    return window


@pytest.fixture
def composer(window: MainWindow, studio: Studio) -> ComposerWidget:
    composer = window.composer
    # What ComposerWidget.attach does once the composer wires Repeat in (attaching twice only
    # replaces the book).
    composer.details.attach_recurrence(
        RecurrenceBook(studio.database, studio.tasks, composer),
        post_id=lambda: composer.post_id,
        flush=composer.flush,
    )
    return composer


def add_post(studio: Studio, title: str, when: date | None) -> PostData:
    workspace = WorkspaceRepository(studio.database).find_by_name("Kornblume")
    assert workspace is not None
    posts = PostRepository(studio.database)
    at = schedule.at_wall_clock(when, time(9, 0), ZONE) if when else None
    post = posts.create(
        workspace.id,
        title=title,
        body=f"{title}: the same words each time, never copied.",
        scheduled_at=at,
        scheduled_zone=ZONE if at else None,
    )
    posts.add_variant(post.id, PlatformId.INSTAGRAM)
    return post


def open_in_composer(window: MainWindow, composer: ComposerWidget, post_id: int) -> None:
    window.show_section(Section.COMPOSER)
    composer.open_post(post_id)


def choose(editor: RecurrenceEditor, *, frequency: Frequency, every: int, times: int) -> None:
    """As a person does it: pick in the combos, step the spin boxes."""
    editor.frequency_combo.setCurrentIndex(editor.frequency_combo.findData(frequency.value))
    editor.interval_spin.setValue(every)
    editor.ending_combo.setCurrentIndex(editor.ending_combo.findData("count"))
    editor.count_spin.setValue(times)


def month_items(window: MainWindow, day: date) -> list[tuple[date, int, str]]:
    window.show_section(Section.CALENDAR)
    page = window.section_pages[Section.CALENDAR]
    assert isinstance(page, CalendarPage)
    page.set_mode(ViewMode.MONTH)
    page.go_to_date(day)
    page.reload()
    return [
        (item.day, item.entry.occurrence, item.entry.post.title) for item in page.month_model.items
    ]


def test_repeat_shows_only_with_a_publishing_time(
    window: MainWindow, composer: ComposerWidget, studio: Studio
) -> None:
    unscheduled = add_post(studio, "Idea", None)
    open_in_composer(window, composer, unscheduled.id)
    details = composer.details
    assert details.repeat_editor.isHidden()

    details.schedule_check.setChecked(True)
    assert details.repeat_editor.isVisibleTo(details)
    assert details.repeat_editor.frequency_combo.currentText() == "Never"
    # Only the frequency until the post repeats: the control stays small.
    assert details.repeat_editor.interval_spin.isHidden()
    assert details.repeat_editor.ending_combo.isHidden()


def test_every_two_weeks_five_times_is_stored_and_shown_in_the_month(
    window: MainWindow, composer: ComposerWidget, studio: Studio
) -> None:
    post = add_post(studio, "Sourdough Tuesday", FIRST)
    open_in_composer(window, composer, post.id)
    editor = composer.details.repeat_editor
    assert editor.isVisibleTo(composer.details)

    choose(editor, frequency=Frequency.WEEKLY, every=2, times=5)

    wanted = Recurrence(Frequency.WEEKLY, interval=2, count=5)
    assert RecurrenceRepository(studio.database).get(post.id) == wanted
    assert editor.interval_spin.text() == "2 weeks"
    assert editor.count_spin.text() == "5 times"
    assert editor.summary() == "5 times, the last on 27 Apr 2027."

    march = month_items(window, FIRST)
    assert [(day, index) for day, index, _title in march] == [
        (date(2027, 3, 2), 0),
        (date(2027, 3, 16), 1),
        (date(2027, 3, 30), 2),
    ]
    april = month_items(window, date(2027, 4, 1))
    days = [day for day, _index, title in april if title == "Sourdough Tuesday"]
    assert days == [date(2027, 3, 30), date(2027, 4, 13), date(2027, 4, 27)]
    # Still 09:00 in Berlin after the clocks changed on 28 March.
    page = window.section_pages[Section.CALENDAR]
    assert isinstance(page, CalendarPage)
    last = next(i for i in page.month_model.items if i.day == date(2027, 4, 27))
    assert last.local.time() == time(9, 0)
    may = month_items(window, date(2027, 5, 1))
    # No sixth time on 11 May (27 April is in May's first grid week, so only May's days count).
    assert not [day for day, _i, _t in may if day.month == 5]


def test_never_clears_the_repeat(
    window: MainWindow, composer: ComposerWidget, studio: Studio
) -> None:
    post = add_post(studio, "Sourdough Tuesday", FIRST)
    open_in_composer(window, composer, post.id)
    editor = composer.details.repeat_editor
    choose(editor, frequency=Frequency.WEEKLY, every=2, times=5)
    assert RecurrenceRepository(studio.database).get(post.id) is not None

    editor.frequency_combo.setCurrentIndex(editor.frequency_combo.findData(None))

    assert RecurrenceRepository(studio.database).get(post.id) is None
    assert [index for _day, index, _title in month_items(window, FIRST)] == [0]


def test_the_repeat_reloads_with_the_post(
    window: MainWindow, composer: ComposerWidget, studio: Studio
) -> None:
    post = add_post(studio, "Sourdough Tuesday", FIRST)
    other = add_post(studio, "Croissant Friday", date(2027, 3, 5))
    RecurrenceRepository(studio.database).set(
        post.id, Recurrence(Frequency.MONTHLY, interval=3, until=date(2028, 3, 1))
    )
    editor = composer.details.repeat_editor

    open_in_composer(window, composer, post.id)
    assert editor.rule() == Recurrence(Frequency.MONTHLY, interval=3, until=date(2028, 3, 1))
    assert editor.until_edit.date() == QDate(2028, 3, 1)
    assert editor.until_edit.isVisibleTo(editor) and editor.count_spin.isHidden()
    assert editor.summary() == "4 times, the last on 2 Dec 2027."  # 2 Mar 2028 is too late

    open_in_composer(window, composer, other.id)  # a post that does not repeat
    assert editor.rule() is None

    open_in_composer(window, composer, post.id)
    assert editor.rule() == Recurrence(Frequency.MONTHLY, interval=3, until=date(2028, 3, 1))
    assert RecurrenceRepository(studio.database).get(other.id) is None


def test_evergreen_and_daily(window: MainWindow, composer: ComposerWidget, studio: Studio) -> None:
    post = add_post(studio, "Opening hours", FIRST)
    open_in_composer(window, composer, post.id)
    editor = composer.details.repeat_editor

    editor.frequency_combo.setCurrentIndex(editor.frequency_combo.findData("daily"))
    editor.interval_spin.setValue(1)

    assert RecurrenceRepository(studio.database).get(post.id) == Recurrence(Frequency.DAILY)
    assert editor.interval_spin.text() == "1 day"
    assert editor.summary() == "Evergreen: repeats until you stop it."
    march = month_items(window, FIRST)
    assert [day.day for day, _i, _t in march if day.month == 3] == list(range(2, 32))


def test_taking_the_time_away_stops_the_repeat_and_keeps_the_text(
    window: MainWindow, composer: ComposerWidget, studio: Studio, qtbot: QtBot
) -> None:
    post = add_post(studio, "Sourdough Tuesday", FIRST)
    open_in_composer(window, composer, post.id)
    details = composer.details
    choose(details.repeat_editor, frequency=Frequency.WEEKLY, every=2, times=5)
    composer.body_edit.setFocus()
    composer.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(composer.body_edit, " Crust!")

    details.schedule_check.setChecked(False)  # no time: nothing to repeat

    assert details.repeat_editor.isHidden()
    assert RecurrenceRepository(studio.database).get(post.id) is None
    stored = PostRepository(studio.database).get(post.id)
    assert stored.scheduled_at is None
    assert stored.body.endswith("Crust!")  # the autosave went first, the words are kept

    details.schedule_check.setChecked(True)  # the control kept the rule for the new time
    assert RecurrenceRepository(studio.database).get(post.id) == Recurrence(
        Frequency.WEEKLY, interval=2, count=5
    )
    assert composer.body_edit.toPlainText().endswith("Crust!")


def test_a_new_draft_given_only_a_time_is_stored_before_its_repeat(
    window: MainWindow, composer: ComposerWidget, studio: Studio
) -> None:
    window.new_post()
    assert composer.post_id is None  # nothing written yet
    details = composer.details
    details.show_schedule(datetime(2027, 3, 2, 9, 0))  # "Next Free Slot" does the same
    editor = details.repeat_editor

    editor.frequency_combo.setCurrentIndex(editor.frequency_combo.findData("weekly"))

    assert composer.post_id is not None  # the pending autosave was flushed first
    stored = PostRepository(studio.database).get(composer.post_id)
    assert stored.scheduled_at == schedule.at_wall_clock(FIRST, time(9, 0), ZONE)
    assert RecurrenceRepository(studio.database).get(composer.post_id) == Recurrence(
        Frequency.WEEKLY
    )


def test_a_new_draft_with_words_repeats(
    window: MainWindow, composer: ComposerWidget, studio: Studio, qtbot: QtBot
) -> None:
    window.new_post()
    qtbot.keyClicks(composer.body_edit, "Fresh bread every Saturday")
    details = composer.details
    details.schedule_check.setChecked(True)
    details.schedule_edit.setDate(QDate(2027, 3, 6))

    choose(details.repeat_editor, frequency=Frequency.WEEKLY, every=1, times=4)

    assert composer.post_id is not None
    assert RecurrenceRepository(studio.database).get(composer.post_id) == Recurrence(
        Frequency.WEEKLY, interval=1, count=4
    )


def test_without_a_stored_post_the_repeat_is_refused_in_words(
    studio: Studio, qtbot: QtBot, app: object
) -> None:
    from studio.ui.composer_details import DraftDetails

    details = DraftDetails()
    qtbot.addWidget(details)
    details.attach_recurrence(
        RecurrenceBook(studio.database, studio.tasks), post_id=lambda: None, flush=lambda: None
    )
    details.show_schedule(datetime(2027, 3, 2, 9, 0))
    notes: list[str] = []
    details.message.connect(notes.append)

    details.repeat_editor.frequency_combo.setCurrentIndex(2)  # Weekly

    assert details.repeat_editor.rule() is None
    assert notes and notes[0].startswith("Write something first")
    assert details.repeat_editor.summary() == notes[0]


def test_the_write_goes_through_the_writer_thread(
    make_studio: MakeStudio, make_window: MakeWindow, qtbot: QtBot
) -> None:
    studio = make_studio(workspaces=("Kornblume",), synchronous=False)
    window = make_window(studio)
    window.show()
    qtbot.waitExposed(window)
    composer = window.composer
    composer.details.attach_recurrence(
        RecurrenceBook(studio.database, studio.tasks, composer),
        post_id=lambda: composer.post_id,
        flush=composer.flush,
    )
    post = add_post(studio, "Sourdough Tuesday", FIRST)
    open_in_composer(window, composer, post.id)
    editor = composer.details.repeat_editor
    qtbot.waitUntil(lambda: studio.tasks.pending_jobs() == 0)

    with qtbot.waitSignal(composer.details.repeat_editor.edited):
        choose(editor, frequency=Frequency.MONTHLY, every=1, times=3)
    qtbot.waitUntil(lambda: studio.tasks.pending_jobs() == 0)

    assert RecurrenceRepository(studio.database).get(post.id) == Recurrence(
        Frequency.MONTHLY, count=3
    )
    open_in_composer(window, composer, other_post(studio).id)
    open_in_composer(window, composer, post.id)
    qtbot.waitUntil(lambda: editor.rule() is not None)
    assert editor.rule() == Recurrence(Frequency.MONTHLY, count=3)


def other_post(studio: Studio) -> PostData:
    return add_post(studio, "Croissant Friday", date(2027, 3, 5))


def test_a_stale_repeat_does_not_replace_someone_elses_never(
    window: MainWindow, composer: ComposerWidget, studio: Studio
) -> None:
    """Issue 12: another client's "no repeat" was overwritten by a window still showing the
    old rule. Now the write is refused as a conflict and their choice is shown."""
    post = add_post(studio, "Sourdough Tuesday", FIRST)
    RecurrenceRepository(studio.database).set(post.id, Recurrence(Frequency.WEEKLY))
    open_in_composer(window, composer, post.id)
    editor = composer.details.repeat_editor
    assert editor.rule() == Recurrence(Frequency.WEEKLY)
    notes: list[str] = []
    composer.details.message.connect(notes.append)

    # A teammate (another connection to the same database) switches the repeat off.
    teammate_db = open_database(studio.database.url)
    try:
        teammate = RecurrenceRepository(teammate_db)
        teammate.save(teammate.read(post.id), None)
    finally:
        teammate_db.close()

    # This window still shows "Weekly"; the writer changes it to monthly.
    editor.frequency_combo.setCurrentIndex(editor.frequency_combo.findData("monthly"))

    assert RecurrenceRepository(studio.database).get(post.id) is None  # theirs is kept
    assert editor.rule() is None  # and shown
    assert notes == [
        "Someone else changed this post's repeat in the meantime: theirs is shown, yours was "
        "not saved. Choose again to replace it."
    ]
    assert editor.summary() == notes[0]

    # Choosing again, now knowing theirs, is an ordinary save.
    editor.frequency_combo.setCurrentIndex(editor.frequency_combo.findData("monthly"))
    assert RecurrenceRepository(studio.database).get(post.id) == Recurrence(Frequency.MONTHLY)
    assert len(notes) == 1
