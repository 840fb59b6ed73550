"""Calendar GUI speed (issue 5): a month of 1,000 posts from query to painted month view.

Measured: `calendar_entries` for the grid, placing them on the workspace's clock, filling
MonthModel, and painting the month view offscreen (QWidget.grab). The `strong` markers are
computed after the load on a worker and are not part of this figure (the view shows the month
first). No target in the issue for the painted view; the median is printed, and a generous budget
catches a regression.

Run with `uv run pytest tests/benchmarks/test_calendar_ui_speed.py --benchmark-enable`.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from studio.domain import schedule
from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status
from studio.storage.calendar import CalendarFilter, calendar_entries
from studio.storage.database import Database, open_database
from studio.storage.tables import Post, Variant, Workspace
from studio.ui.calendar_models import MonthModel, place_entries
from studio.ui.calendar_views import MonthView

POSTS = 1_000
ZONE = "Europe/Berlin"
BUDGET_SECONDS = 1.0  # a regression guard, not a promise: the run prints the real median


@pytest.fixture(scope="module")
def busy_month(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder: Path = tmp_path_factory.mktemp("calendar-ui-speed")
    db = open_database(f"sqlite:///{folder / 'month.sqlite3'}")
    rng = random.Random(1)
    now = datetime(2027, 2, 1, tzinfo=UTC)
    start, end = schedule.month_bounds(2027, 3, ZONE)
    span = int((end - start).total_seconds())
    with db.engine.begin() as connection:
        connection.execute(
            sa.insert(Workspace),
            [
                {
                    "name": "Busy",
                    "timezone": ZONE,
                    "colour": "#d9822b",
                    "default_platforms": "instagram",
                    "locale": "en-GB",
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            ],
        )
        connection.execute(
            sa.insert(Post),
            [
                {
                    "id": n + 1,
                    "workspace_id": 1,
                    "title": f"Post {n} about rye and spelt",
                    "body": f"Body of post {n}: fresh bread, slow mornings and the oven.",
                    "status": rng.choice(list(Status)).value,
                    "content_type": rng.choice(list(ContentType)).value,
                    "sponsored": False,
                    "partner_name": "",
                    "scheduled_at": start + timedelta(seconds=rng.randrange(span)),
                    "scheduled_zone": ZONE,
                    "author": "",
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for n in range(POSTS)
            ],
        )
        platforms = [PlatformId.INSTAGRAM.value, PlatformId.X.value, PlatformId.FACEBOOK.value]
        connection.execute(
            sa.insert(Variant),
            [
                {
                    "post_id": n + 1,
                    "platform": platform,
                    "text": None,
                    "first_comment": "",
                    "enabled": True,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for n in range(POSTS)
                for platform in platforms[: 1 + n % 3]
            ],
        )
    yield db
    db.close()


def test_month_view_load_and_paint_with_1000_posts(
    busy_month: Database, benchmark: BenchmarkFixture, qtbot: QtBot
) -> None:
    model = MonthModel()
    view = MonthView()
    view.setModel(model)
    view.resize(1170, 720)
    qtbot.addWidget(view)
    window = schedule.grid_bounds(2027, 3, ZONE)
    chosen = CalendarFilter.of(workspace=1)
    timings: list[float] = []

    def load_and_paint() -> int:
        began = time.perf_counter()
        entries = calendar_entries(busy_month, *window, chosen)
        model.set_month(2027, 3, schedule.MONDAY)
        model.set_items(place_entries(entries, display_zone=ZONE))
        view.grab()  # paints every cell and chip offscreen
        timings.append(time.perf_counter() - began)
        return len(entries)

    shown = benchmark.pedantic(load_and_paint, rounds=7, iterations=1, warmup_rounds=1)
    assert shown == POSTS
    median = statistics.median(timings)
    print(f"\nmonth view, {POSTS} posts: query + model + paint median {median * 1000:.1f} ms")
    assert median < BUDGET_SECONDS
