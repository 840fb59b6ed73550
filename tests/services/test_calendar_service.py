"""CalendarService on a real SQLite file with a synchronous TaskRunner (outcomes arrive at once)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studio.domain import schedule
from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status
from studio.services.calendar import (
    CalendarService,
    MoveRequest,
    ViewFilter,
    target_instant,
    valid_part,
)
from studio.services.tasks import TaskRunner
from studio.storage.calendar import calendar_entries, search_calendar
from studio.storage.database import Database, open_database
from studio.storage.exchange.csv import HEADERS, import_csv
from studio.storage.repositories import CommentRepository, PostRepository, WorkspaceRepository

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'studio.sqlite3'}")
    yield database
    database.close()


@pytest.fixture
def service(db: Database, qtbot: QtBot) -> CalendarService:
    return CalendarService(db, TaskRunner(synchronous=True), media_dir=db_path_media(db))


def db_path_media(db: Database) -> Path:
    return Path(db.location).parent / "media"


def wall(day: date, hour: int, zone: str) -> datetime:
    return schedule.at_wall_clock(day, time(hour), zone)


# ---- the move math -------------------------------------------------------------------------------


@pytest.mark.parametrize("zone", [BERLIN, NEW_YORK, "Asia/Kolkata", "Australia/Adelaide"])
def test_a_day_move_keeps_nine_oclock_across_the_2027_transitions(zone: str) -> None:
    # Spring (Mar) and autumn (Oct/Nov) changes of 2027 for the northern zones; Adelaide (+9:30,
    # half-hour offset) changes in April and October; Kolkata (+5:30) never changes.
    for before, after in [
        (date(2027, 3, 10), date(2027, 4, 7)),
        (date(2027, 10, 20), date(2027, 11, 10)),
    ]:
        at = wall(before, 9, zone)
        moved = target_instant(at, at, 0, zone, zone, after)
        assert schedule.wall_clock(moved, zone) == datetime.combine(after, time(9))


def test_an_hour_drop_lands_on_that_hour_of_the_display_clock() -> None:
    at = wall(date(2027, 3, 25), 9, BERLIN).replace(minute=30)
    moved = target_instant(at, at, 0, BERLIN, BERLIN, date(2027, 3, 30), 14)
    assert schedule.wall_clock(moved, BERLIN) == datetime(2027, 3, 30, 14, 30)


def test_moving_a_repeat_shifts_the_whole_series() -> None:
    first = wall(date(2027, 3, 1), 9, BERLIN)
    third = wall(date(2027, 3, 15), 9, BERLIN)  # weekly: occurrence 2
    moved = target_instant(third, first, 2, BERLIN, BERLIN, date(2027, 3, 17))
    assert schedule.wall_clock(moved, BERLIN) == datetime(2027, 3, 3, 9, 0)


# ---- reads and writes through the service ---------------------------------------------------


def test_load_delivers_entries_then_strong_markers(db: Database, service: CalendarService) -> None:
    workspace = WorkspaceRepository(db).create("Kornblume", timezone=BERLIN)
    posts = PostRepository(db)
    calm = posts.create(
        workspace.id,
        title="Calm",
        body="Fresh rye today.",
        status=Status.DRAFT,
        scheduled_at=wall(date(2027, 3, 2), 9, BERLIN),
        scheduled_zone=BERLIN,
    )
    strong = posts.create(
        workspace.id,
        title="Strong",
        body="He committed suicide last year and we want to talk about it.",
        status=Status.DRAFT,
        scheduled_at=wall(date(2027, 3, 3), 9, BERLIN),
        scheduled_zone=BERLIN,
    )
    loads, markers = [], []
    service.loaded.connect(loads.append)
    service.strong_posts.connect(markers.append)
    start, end = schedule.month_bounds(2027, 3, BERLIN)
    service.load(start, end, ViewFilter(workspace_ids=frozenset({workspace.id})))
    assert [e.post.id for e in loads[0].entries] == [calm.id, strong.id]
    assert markers == [frozenset({strong.id})]
    cached = len(service.strong_cache)
    service.load(start, end, ViewFilter(workspace_ids=frozenset({workspace.id})))
    assert len(service.strong_cache) == cached  # the same texts are not analysed twice


def test_filters_reach_the_query(db: Database, service: CalendarService) -> None:
    workspace = WorkspaceRepository(db).create("Kornblume", timezone=BERLIN)
    posts = PostRepository(db)
    day = date(2027, 3, 2)
    promo = posts.create(
        workspace.id,
        title="Promo",
        content_type=ContentType.PROMOTIONAL,
        scheduled_at=wall(day, 9, BERLIN),
        scheduled_zone=BERLIN,
    )
    posts.add_variant(promo.id, PlatformId.INSTAGRAM)
    tip = posts.create(
        workspace.id,
        title="Tip",
        content_type=ContentType.EDUCATIONAL,
        scheduled_at=wall(day, 11, BERLIN),
        scheduled_zone=BERLIN,
    )
    posts.add_variant(tip.id, PlatformId.X)
    loads = []
    service.loaded.connect(loads.append)
    start, end = schedule.month_bounds(2027, 3, BERLIN)
    service.load(start, end, ViewFilter(content_types=frozenset({ContentType.PROMOTIONAL})))
    service.load(start, end, ViewFilter(platforms=frozenset({PlatformId.X})))
    assert [e.post.title for e in loads[0].entries] == ["Promo"]
    assert [e.post.title for e in loads[1].entries] == ["Tip"]


def test_move_refuses_a_stale_version_and_keeps_the_other_edit(
    db: Database, service: CalendarService
) -> None:
    workspace = WorkspaceRepository(db).create("Kornblume", timezone=BERLIN)
    posts = PostRepository(db)
    post = posts.create(
        workspace.id,
        title="Old",
        scheduled_at=wall(date(2027, 3, 2), 9, BERLIN),
        scheduled_zone=BERLIN,
    )
    edited = posts.save(post.__class__(**{**post.__dict__, "title": "Edited elsewhere"}))
    failures, moved = [], []
    service.move_failed.connect(failures.append)
    service.post_moved.connect(moved.append)
    service.move(MoveRequest(post.id, post.version, BERLIN, wall(date(2027, 3, 9), 9, BERLIN)))
    assert failures and not moved
    assert posts.get(post.id).scheduled_at == edited.scheduled_at


def test_create_draft_at_a_day_and_hour(db: Database, service: CalendarService) -> None:
    workspace = WorkspaceRepository(db).create(
        "Kornblume", timezone=BERLIN, default_platforms=[PlatformId.INSTAGRAM]
    )
    created = []
    service.draft_created.connect(created.append)
    service.create_draft(workspace.id, wall(date(2027, 3, 30), 14, BERLIN))
    post = created[0]
    assert post.status is Status.DRAFT
    assert schedule.wall_clock(post.scheduled_at, BERLIN) == datetime(2027, 3, 30, 14)
    assert [v.platform for v in PostRepository(db).variants(post.id)] == [PlatformId.INSTAGRAM]


@pytest.mark.parametrize(
    "query", ['"', '"rye', "rye)", "(rye", "rye OR", "NEAR(rye", "*", "rye*", "'; DROP TABLE post"]
)
def test_search_takes_any_input(db: Database, service: CalendarService, query: str) -> None:
    workspace = WorkspaceRepository(db).create("Kornblume", timezone=BERLIN)
    PostRepository(db).create(workspace.id, title="Rye bread", body="Our rye loaf.")
    answers = []
    service.search_done.connect(lambda q, hits: answers.append((q, hits)))
    service.search(query)
    assert answers and answers[0][0] == query


def test_search_finds_comments_and_marks_where(db: Database) -> None:
    workspace = WorkspaceRepository(db).create("Kornblume", timezone=BERLIN)
    post = PostRepository(db).create(workspace.id, title="Plum cake", body="Plums are back.")
    CommentRepository(db).create(post.id, "Mention the cinnamon crumble please", author="Jo")
    hits = search_calendar(db, "cinnamon")
    assert [(h.post.id, h.where) for h in hits] == [(post.id, "comment")]
    assert "cinnamon" in hits[0].excerpt


def test_valid_part_leaves_out_only_the_bad_csv_rows(db: Database) -> None:
    rows = [
        ",".join(HEADERS),
        "2027-03-02,09:00,Europe/Berlin,Kornblume,,Good,Text,instagram" + "," * (len(HEADERS) - 8),
        "2027-02-30,09:00,Europe/Berlin,Kornblume,,Bad,Text,instagram" + "," * (len(HEADERS) - 8),
    ]
    text = "\r\n".join(rows) + "\r\n"
    report = import_csv(db, text, dry_run=True)
    assert [p.row for p in report.problems] == [3]
    part = valid_part("csv", text, report)
    assert part is not None and part.skipped == 1
    assert import_csv(db, part.text).created == 1
    assert [
        e.post.title for e in calendar_entries(db, *schedule.month_bounds(2027, 3, BERLIN))
    ] == ["Good"]


def test_export_writes_the_file(db: Database, service: CalendarService, tmp_path: Path) -> None:
    from studio.storage.exchange import ExportScope

    workspace = WorkspaceRepository(db).create("Kornblume", timezone=BERLIN)
    PostRepository(db).create(
        workspace.id,
        title="Rye",
        scheduled_at=datetime(2027, 3, 2, tzinfo=UTC),
        scheduled_zone=BERLIN,
    )
    done = []
    service.export_done.connect(lambda path, kind: done.append((path, kind)))
    target = tmp_path / "out.ics"
    service.export(target, "ics", ExportScope())
    assert done == [(target, "ics")]
    assert "BEGIN:VCALENDAR" in target.read_text(encoding="utf-8")
