"""The calendar's item models, checked by Qt's own QAbstractItemModelTester, on the demo month."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from studio.app import Studio
from studio.domain import schedule
from studio.domain.schedule import HealthIssue, IssueKind
from studio.storage.calendar import CalendarFilter, calendar_entries, search_calendar
from studio.storage.demo import load_demo
from studio.storage.repositories import PostRepository, WorkspaceData, WorkspaceRepository
from studio.ui.calendar_models import (
    CalendarItem,
    DateRole,
    HealthIssuesModel,
    HtmlRole,
    IssueRow,
    ItemsRole,
    ListModel,
    MonthModel,
    PostIdsRole,
    SearchResultsModel,
    TodayRole,
    WeekModel,
    highlighted,
    place_entries,
    post_mime,
    read_post_mime,
)

TODAY = date(2026, 3, 27)  # the Friday before Europe's clocks change
FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def demo(make_studio: Callable[..., Studio]) -> Studio:
    studio = make_studio()
    load_demo(studio.database, today=TODAY)
    studio.workspaces.refresh()
    return studio


def month_items(studio: Studio, name: str) -> tuple[WorkspaceData, list[CalendarItem]]:
    workspace = WorkspaceRepository(studio.database).find_by_name(name)
    assert workspace is not None
    start, end = schedule.grid_bounds(2026, 3, workspace.timezone)
    entries = calendar_entries(
        studio.database, start, end, CalendarFilter.of(workspace=workspace.id)
    )
    return workspace, place_entries(entries, display_zone=workspace.timezone)


def test_month_model_passes_the_model_tester(demo: Studio) -> None:
    model = MonthModel()
    tester = QAbstractItemModelTester(model, FAIL)
    model.set_month(2026, 3, schedule.MONDAY)
    _workspace, items = month_items(demo, "Kornblume Bakery")
    model.set_items(items)
    model.set_strong(frozenset({items[0].post_id}))
    model.set_today(TODAY)
    assert tester is not None and model.rowCount() in (5, 6)


def test_the_month_shows_demo_posts_on_their_days_in_the_workspace_zone(demo: Studio) -> None:
    model = MonthModel()
    model.set_month(2026, 3, schedule.MONDAY)
    workspace, items = month_items(demo, "Kornblume Bakery")
    model.set_items(items)
    posts = PostRepository(demo.database).list_for_workspace(workspace.id)
    expected: dict[date, set[int]] = {}
    grid_days = set(model.days())
    for post in posts:
        if post.scheduled_at is None:
            continue
        day = post.scheduled_at.astimezone(workspace.zone).date()
        if day in grid_days:
            expected.setdefault(day, set()).add(post.id)
    shown = {}
    for row in range(model.rowCount()):
        for column in range(7):
            index = model.index(row, column)
            ids = {item.post_id for item in index.data(ItemsRole)}
            if ids:
                shown[index.data(DateRole)] = ids
    assert shown == expected
    assert len(shown) >= 10
    # A post planned at 08:00 Berlin after the clocks change (29 March) is still 08:00 there.
    for item in items:
        assert item.local == schedule.wall_clock(item.entry.at, "Europe/Berlin")
    today = model.index_of_day(TODAY)
    model.set_today(TODAY)
    assert today.data(TodayRole) is True


def test_week_model_passes_the_model_tester_and_files_posts_by_hour(demo: Studio) -> None:
    model = WeekModel()
    tester = QAbstractItemModelTester(model, FAIL)
    model.set_week(TODAY, schedule.MONDAY)
    _workspace, items = month_items(demo, "Kornblume Bakery")
    model.set_items(items)
    week = set(model.days)
    for item in items:
        if item.day in week:
            index = model.index_of(item.day, item.local.hour)
            assert item in index.data(ItemsRole)
    assert tester is not None
    assert model.headerData(9, Qt.Orientation.Vertical) == "09:00"


def test_list_model_passes_the_model_tester(demo: Studio) -> None:
    model = ListModel()
    tester = QAbstractItemModelTester(model, FAIL)
    _workspace, items = month_items(demo, "Kornblume Bakery")
    model.set_items(items)
    model.set_strong(frozenset({items[1].post_id}))
    assert tester is not None
    assert model.rowCount() == len(items)
    findings = ListModel.COLUMNS.index("findings")
    assert model.index(1, findings).data() == "Strong findings"
    assert model.index(0, 1).data() == items[0].label


def test_search_model_passes_the_model_tester_and_highlights(demo: Studio) -> None:
    model = SearchResultsModel()
    tester = QAbstractItemModelTester(model, FAIL)
    hits = search_calendar(demo.database, "sourdough")
    assert hits
    model.set_hits(hits)
    assert tester is not None
    html = model.index(0, 0).data(HtmlRole)
    assert "<b>" in html.lower()
    assert model.index(0, 0).data(PostIdsRole) == (hits[0].post.id,)


def test_highlighting_escapes_everything() -> None:
    text = 'Say "hi" <script>(x)</script> & hi'
    shown = highlighted(text, ['"hi"', "(x)", "<script>"])
    assert "<script>" not in shown.replace("<b>&lt;script&gt;</b>", "")
    assert "<b>&quot;hi&quot;</b>" in shown
    assert "<b>(x)</b>" in shown
    assert highlighted("a+b", ["+"]) == "a<b>+</b>b"


def test_health_issues_model_passes_the_model_tester() -> None:
    model = HealthIssuesModel()
    tester = QAbstractItemModelTester(model, FAIL)
    issue = HealthIssue(IssueKind.NIGHT_POST, "1 post(s) go out at night", (7,))
    model.set_rows([IssueRow("Kornblume", date(2026, 3, 23), issue)])
    assert tester is not None
    assert model.index(0, 0).data(PostIdsRole) == (7,)
    assert "night" in model.index(0, 0).data()
    assert not model.index(0, 0, QModelIndex()).parent().isValid()


def test_a_dragged_chip_carries_its_post(demo: Studio) -> None:
    _workspace, items = month_items(demo, "Kornblume Bakery")
    payload = read_post_mime(post_mime(items[0]))
    assert payload is not None
    assert (payload.post_id, payload.occurrence, payload.at) == (
        items[0].post_id,
        0,
        items[0].entry.at,
    )
