"""The Calendar page in the real window: real SQLite, synchronous tasks, offscreen Qt."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.domain import schedule
from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status
from studio.storage.calendar import calendar_entries
from studio.storage.exchange.csv import HEADERS
from studio.storage.repositories import PostData, PostRepository, WorkspaceRepository
from studio.ui.calendar_models import CalendarItem, post_mime
from studio.ui.calendar_page import (
    STATE_FILE_NAME,
    CalendarPage,
    ViewMode,
    load_view_state,
)
from studio.ui.calendar_views import GridView
from studio.ui.main_window import MainWindow, Section

BERLIN = "Europe/Berlin"
MakeWindow = Callable[..., MainWindow]


def at(day: date, hour: int, minute: int = 0, zone: str = BERLIN) -> datetime:
    return schedule.at_wall_clock(day, time(hour, minute), zone)


@pytest.fixture
def studio(make_studio: Callable[..., Studio]) -> Studio:
    return make_studio(workspaces=("Kornblume",))


def add_post(studio: Studio, title: str, when: datetime | None, **values: object) -> PostData:
    workspace = WorkspaceRepository(studio.database).find_by_name("Kornblume")
    assert workspace is not None
    posts = PostRepository(studio.database)
    post = posts.create(
        workspace.id,
        title=title,
        body=values.pop("body", f"{title}: fresh from the oven."),  # type: ignore[arg-type]
        scheduled_at=when,
        scheduled_zone=BERLIN if when else None,
        status=values.pop("status", Status.DRAFT),  # type: ignore[arg-type]
        **values,  # type: ignore[arg-type]
    )
    posts.add_variant(post.id, PlatformId.INSTAGRAM)
    return post


def open_page(make_window: MakeWindow, studio: Studio, qtbot: QtBot, day: date) -> CalendarPage:
    window = make_window(studio)
    window.show()
    qtbot.waitExposed(window)
    window.workspace_combo.setCurrentIndex(1)  # Kornblume
    window.show_section(Section.CALENDAR)
    page = window.section_pages[Section.CALENDAR]
    assert isinstance(page, CalendarPage)
    page.set_mode(ViewMode.MONTH)
    page.go_to_date(day)
    return page


def drop(view: GridView, day: date, item: CalendarItem, hour: int | None = None) -> None:
    if hour is None:
        index = view.calendar_model().index_of_day(day)  # type: ignore[attr-defined]
    else:
        index = view.calendar_model().index_of(day, hour)  # type: ignore[attr-defined]
    assert index.isValid()
    centre = QPointF(view.visualRect(index).center())
    mime = post_mime(item)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt delivers a drop only to the widget a drag entered: enter, move, then drop.
    enter = QDragEnterEvent(centre.toPoint(), Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(centre.toPoint(), Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(view.viewport(), move)
    event = QDropEvent(centre, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(view.viewport(), event)


def items_of(page: CalendarPage, post_id: int) -> list[CalendarItem]:
    return [item for item in page.month_model.items if item.post_id == post_id]


def test_the_page_replaces_the_placeholder_and_files_posts_by_local_day(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot
) -> None:
    # 00:30 Berlin on 29 March is still 28 March in UTC: it must show on the 29th.
    late = add_post(studio, "Just after midnight", at(date(2027, 3, 29), 0, 30))
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    assert page.outer.currentWidget() is page.content
    (item,) = items_of(page, late.id)
    assert item.day == date(2027, 3, 29)
    assert page.period_label.text() == "March 2027"
    assert "Europe/Berlin" in page.zone_label.text()


def test_drag_keeps_nine_oclock_across_the_2027_change_and_edit_undo_restores(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot
) -> None:
    post = add_post(studio, "Rye Thursday", at(date(2027, 3, 25), 9))  # 08:00 UTC in winter
    page = open_page(make_window, studio, qtbot, date(2027, 3, 25))
    (item,) = items_of(page, post.id)
    drop(page.month_view, date(2027, 3, 30), item)  # after the clocks went forward

    moved = PostRepository(studio.database).get(post.id)
    assert moved.scheduled_at == datetime(2027, 3, 30, 7, 0, tzinfo=moved.scheduled_at.tzinfo)
    assert schedule.wall_clock(moved.scheduled_at, BERLIN) == datetime(2027, 3, 30, 9, 0)
    (shown,) = items_of(page, post.id)
    assert shown.day == date(2027, 3, 30) and shown.local.hour == 9
    assert page.undo_stack.count() == 1

    window = page.window_
    page.month_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.month_view)
    window.findChild(QAction, "action_undo").trigger()  # Edit ▸ Undo
    back = PostRepository(studio.database).get(post.id)
    assert back.scheduled_at == post.scheduled_at
    assert items_of(page, post.id)[0].day == date(2027, 3, 25)
    window.findChild(QAction, "action_redo").trigger()
    assert PostRepository(studio.database).get(post.id).scheduled_at == moved.scheduled_at


def test_a_drop_on_an_hour_of_the_week_moves_the_time(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot
) -> None:
    post = add_post(studio, "Rye Thursday", at(date(2027, 3, 25), 9, 30))
    page = open_page(make_window, studio, qtbot, date(2027, 3, 25))
    page.set_mode(ViewMode.WEEK)
    item = next(i for i in page.week_model.items if i.post_id == post.id)
    drop(page.week_view, date(2027, 3, 26), item, hour=15)
    stored = PostRepository(studio.database).get(post.id).scheduled_at
    assert schedule.wall_clock(stored, BERLIN) == datetime(2027, 3, 26, 15, 30)


def test_double_click_on_an_empty_day_creates_a_draft_and_opens_the_composer(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot
) -> None:
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    index = page.month_model.index_of_day(date(2027, 3, 17))
    qtbot.mouseDClick(
        page.month_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.month_view.visualRect(index).center(),
    )
    window = page.window_
    assert window.current_section() is Section.COMPOSER
    post_id = window.composer.post_id
    assert post_id is not None
    post = PostRepository(studio.database).get(post_id)
    assert post.status is Status.DRAFT
    assert schedule.wall_clock(post.scheduled_at, BERLIN) == datetime(2027, 3, 17, 9, 0)


def test_double_click_on_an_empty_hour_of_the_week(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot
) -> None:
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    page.set_mode(ViewMode.WEEK)
    index = page.week_model.index_of(date(2027, 3, 11), 14)
    page.week_view.scrollTo(index)
    qtbot.mouseDClick(
        page.week_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.week_view.visualRect(index).center(),
    )
    post = PostRepository(studio.database).get(page.window_.composer.post_id)
    assert schedule.wall_clock(post.scheduled_at, BERLIN) == datetime(2027, 3, 11, 14, 0)


def test_keyboard_moves_the_day_the_month_and_back_to_today(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot
) -> None:
    post = add_post(studio, "Open me", at(date(2027, 3, 11), 10))
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    view = page.month_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert page.anchor == date(2027, 3, 11)
    assert view.currentIndex() == page.month_model.index_of_day(date(2027, 3, 11))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.anchor == date(2027, 3, 18)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert page.month_model.month == (2027, 4)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert page.anchor == date(2027, 3, 11)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # opens the day's post
    assert page.window_.current_section() is Section.COMPOSER
    assert page.window_.composer.post_id == post.id
    page.window_.show_section(Section.CALENDAR)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_T)
    assert page.anchor == page.today()


def test_zoom_between_views_from_the_view_menu(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot
) -> None:
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    page.mode_actions[ViewMode.WEEK].trigger()
    assert page.mode is ViewMode.WEEK
    assert page.period_label.text().startswith("Week 10")
    assert page.mode_actions[ViewMode.LIST].shortcut().toString() == "Ctrl+Alt+3"
    page.mode_actions[ViewMode.LIST].trigger()
    assert page.current_view() is page.list_view
    page.go_to_date(date(2027, 1, 5))
    assert page.period_label.text() == "January 2027"


def test_filters_are_applied_and_saved_with_the_view(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot, paths: object
) -> None:
    promo = add_post(studio, "Sale", at(date(2027, 3, 3), 9), content_type=ContentType.PROMOTIONAL)
    add_post(studio, "Tip", at(date(2027, 3, 4), 9), content_type=ContentType.EDUCATIONAL)
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    assert len(page.month_model.items) == 2
    page.filter_actions[("content_types", "promotional")].trigger()
    assert [i.post_id for i in page.month_model.items] == [promo.id]
    assert page.filter_button.text() == "Filters (1)"
    page.filter_actions[("statuses", "published")].trigger()
    assert page.month_model.items == []

    saved = load_view_state(page.state_file)
    assert saved.content_types == ["promotional"] and saved.statuses == ["published"]
    assert json.loads(Path(page.state_file).read_text())["content_types"] == ["promotional"]
    assert Path(page.state_file).name == STATE_FILE_NAME
    page.clear_filters()
    assert len(page.month_model.items) == 2


@pytest.mark.parametrize("query", ['"rye', "rye)", "((", 'say "hi" (x', "OR AND NOT", "*"])
def test_search_takes_quotes_and_parentheses(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot, query: str
) -> None:
    add_post(studio, "Rye (dark) bread", at(date(2027, 3, 3), 9), body='Our "rye" loaf (dark).')
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    page.search_edit.setText(query)
    page.run_search()
    assert page.results_panel.isVisible()
    assert "Calendar" not in page.last_message  # no error box was needed


def test_search_lists_results_with_the_match_highlighted_and_selects_the_post(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot
) -> None:
    post = add_post(studio, "Rye (dark) bread", at(date(2027, 4, 3), 9), body='"Rye" loaf.')
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    page.search_edit.setText('"rye" (dark')
    page.run_search()
    assert page.search_model.rowCount() == 1
    html = page.search_model.index(0, 0).data(Qt.ItemDataRole.UserRole + 7)
    assert "<b>(dark</b>" in html or "<b>(dark)</b>" in html
    rect = page.results_view.visualRect(page.search_model.index(0, 0))
    qtbot.mouseClick(page.results_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.month_model.month == (2027, 4)
    assert page.month_view.selected_item() is not None
    assert page.month_view.selected_item().post_id == post.id


def test_health_lists_issues_that_link_to_their_posts(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot
) -> None:
    promos = [
        add_post(
            studio, f"Sale {n}", at(date(2027, 3, 1 + n), 10), content_type=ContentType.PROMOTIONAL
        )
        for n in range(3)
    ]
    night = add_post(studio, "Night owl", at(date(2027, 3, 9), 23, 30))
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    page.set_mode(ViewMode.HEALTH)
    rows = page.health_view.issues_model.rows
    kinds = {row.issue.kind.value for row in rows}
    assert {"promotional-streak", "night-post"} <= kinds
    streak = next(row for row in rows if row.issue.kind.value == "promotional-streak")
    assert set(streak.issue.post_ids) == {p.id for p in promos}
    night_row = next(r for r in rows if r.issue.kind.value == "night-post")
    index = page.health_view.issues_model.index(rows.index(night_row), 0)
    view = page.health_view.issues
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert page.mode is ViewMode.MONTH
    assert page.month_view.selected_item().post_id == night.id
    page.set_mode(ViewMode.HEALTH)
    view.setCurrentIndex(page.health_view.issues_model.index(rows.index(night_row), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # opens the post in the composer
    assert page.window_.composer.post_id == night.id


def csv_file(tmp_path: Path, *rows: list[str]) -> Path:
    blank = dict.fromkeys(HEADERS, "")
    lines = [",".join(HEADERS)]
    for cells in rows:
        values = {**blank, **dict(zip(HEADERS, cells, strict=False))}
        lines.append(",".join(values[h] for h in HEADERS))
    path = tmp_path / "posts.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_import_with_a_bad_row_shows_it_and_imports_nothing(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot, tmp_path: Path
) -> None:
    path = csv_file(
        tmp_path,
        ["2027-03-02", "09:00", BERLIN, "Kornblume", "", "Good row", "Text", "instagram"],
        ["2027-02-30", "09:00", BERLIN, "Kornblume", "", "Bad day", "Text", "instagram"],
    )
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    assert page.window_.import_action.isEnabled()
    page.import_file(path)
    preview = page.import_preview
    assert preview is not None and preview.isVisible()
    assert preview.problems.rowCount() == 1
    assert preview.problems.item(0, 0).text() == "3"
    assert "Nothing has been written" in preview.summary.text()
    assert not preview.import_button.isEnabled()
    assert PostRepository(studio.database).list_for_workspace(1) == []

    preview.import_valid_button.click()  # the person's choice after seeing the list
    titles = [
        e.post.title
        for e in calendar_entries(studio.database, *schedule.month_bounds(2027, 3, BERLIN))
    ]
    assert titles == ["Good row"]
    assert "Imported 1 post from" in page.last_message


def test_import_of_a_file_that_is_not_csv_says_so_in_plain_words(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    page.import_file(path)
    assert page.import_preview is None
    assert page.last_message.startswith("This is not a Content Studio JSON file")


def test_export_writes_a_file(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot, tmp_path: Path
) -> None:
    add_post(studio, "Rye", at(date(2027, 3, 3), 9))
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    assert page.window_.export_action.isEnabled()
    target = tmp_path / "kornblume.csv"
    page.export_file(target)
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith(",".join(HEADERS[:3]))
    assert "Rye" in text
    assert str(target) in page.last_message


def test_without_workspaces_the_window_empty_state_stays(
    make_window: MakeWindow, make_studio: Callable[..., Studio]
) -> None:
    window = make_window(make_studio())
    page = window.section_pages[Section.CALENDAR]
    assert isinstance(page, CalendarPage)
    assert page.outer.currentWidget() is window.calendar_empty
    assert window.calendar_new_workspace_button.isVisibleTo(window.calendar_empty)


def test_all_workspaces_show_each_post_on_its_own_clock(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot
) -> None:
    other = WorkspaceRepository(studio.database).create(
        "Crux", timezone="America/New_York", colour="#2f9e44"
    )
    studio.workspaces.refresh()
    PostRepository(studio.database).create(
        other.id,
        title="NY morning",
        scheduled_at=at(date(2027, 3, 10), 8, zone="America/New_York"),
        scheduled_zone="America/New_York",
    )
    add_post(studio, "Berlin morning", at(date(2027, 3, 10), 8))
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    page.window_.workspace_combo.setCurrentIndex(0)  # All workspaces
    shown = {i.label: (i.local.hour, i.workspace_name) for i in page.month_model.items}
    assert shown == {"NY morning": (8, "Crux"), "Berlin morning": (8, "Kornblume")}
    page.my_zone_check.setChecked(True)
    assert "my clock" in page.zone_label.text()


def test_ctrl_f_searches_and_ctrl_g_goes_to_a_date(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot
) -> None:
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    page.window_.activateWindow()
    page.month_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.month_view)
    qtbot.keyClick(page.month_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_edit
    assert page.go_to_date_action.shortcut().toString() == "Ctrl+G"
    page.go_to_date(date(2028, 2, 29))
    assert page.month_model.month == (2028, 2)
    assert page.month_view.currentIndex() == page.month_model.index_of_day(date(2028, 2, 29))


def test_the_health_chart_paints_and_reads_out_its_weeks(
    make_window: MakeWindow, studio: Studio, qtbot: QtBot
) -> None:
    add_post(studio, "Sale", at(date(2027, 3, 3), 23, 30), content_type=ContentType.PROMOTIONAL)
    page = open_page(make_window, studio, qtbot, date(2027, 3, 10))
    page.set_mode(ViewMode.HEALTH)
    chart = page.health_view.chart
    assert not chart.grab().isNull()
    # The workspace's locale is "en" (United States): its weeks start on Sunday.
    assert "Kornblume, week of 28 Feb: 1 post, 100% promotional, 1 at night" in (
        chart.accessibleDescription()
    )
