"""Calendar queries on a real SQLite file: ranges, filters, repeats, slots, health."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from studio.domain import schedule
from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status
from studio.domain.schedule import (
    THURSDAY,
    TUESDAY,
    Frequency,
    IssueKind,
    PostingSlot,
    Recurrence,
)
from studio.storage.calendar import (
    CalendarFilter,
    RecurrenceRepository,
    SlotRepository,
    calendar_entries,
    next_free_slot,
    posts_between,
    unscheduled_posts,
    workspace_health,
)
from studio.storage.database import Database
from studio.storage.errors import RowNotFoundError
from studio.storage.repositories import (
    CampaignRepository,
    PostData,
    PostRepository,
    WorkspaceData,
    WorkspaceRepository,
)

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"


@pytest.fixture
def bakery(db: Database) -> WorkspaceData:
    return WorkspaceRepository(db).create("Bakery", timezone=BERLIN, locale="de-DE")


@pytest.fixture
def gym(db: Database) -> WorkspaceData:
    return WorkspaceRepository(db).create("Gym", timezone=NEW_YORK, locale="en-US")


def _post(
    db: Database,
    workspace: WorkspaceData,
    day: date | None,
    clock: time = time(9),
    *,
    title: str = "",
    platforms: tuple[PlatformId, ...] = (PlatformId.INSTAGRAM,),
    **fields: object,
) -> PostData:
    scheduled = schedule.at_wall_clock(day, clock, workspace.timezone) if day else None
    post = PostRepository(db).create(
        workspace.id,
        title=title or f"post on {day}",
        scheduled_at=scheduled,
        scheduled_zone=workspace.timezone if scheduled else None,
        **fields,  # type: ignore[arg-type]
    )
    for platform in platforms:
        PostRepository(db).add_variant(post.id, platform)
    return post


def test_month_range_for_one_workspace_or_all(
    db: Database, bakery: WorkspaceData, gym: WorkspaceData
) -> None:
    inside = _post(db, bakery, date(2027, 3, 31), time(23, 30))  # 21:30 UTC, still March
    _post(db, bakery, date(2027, 4, 1), time(0, 30))  # Berlin April, UTC 31 March 22:30
    early = _post(db, gym, date(2027, 3, 1), time(0, 15))  # 05:15 UTC
    _post(db, gym, None)

    window = schedule.month_bounds(2027, 3, BERLIN)
    in_berlin = posts_between(db, *window, CalendarFilter.of(workspace=bakery.id))
    assert [p.id for p in in_berlin] == [inside.id]
    everything = posts_between(db, *window)
    assert [p.id for p in everything] == [early.id, inside.id]
    assert [p.title for p in unscheduled_posts(db)] == ["post on None"]
    with pytest.raises(ValueError, match="aware"):
        posts_between(db, datetime(2027, 3, 1), datetime(2027, 4, 1))


def test_filters_by_campaign_platform_status_and_content_type(
    db: Database, bakery: WorkspaceData
) -> None:
    campaign = CampaignRepository(db).create(bakery.id, "Easter")
    day = date(2027, 3, 10)
    a = _post(db, bakery, day, campaign_id=campaign.id, content_type=ContentType.PROMOTIONAL)
    b = _post(db, bakery, day, time(10), platforms=(PlatformId.X, PlatformId.BLUESKY))
    c = _post(db, bakery, day, time(11), status=Status.DRAFT, platforms=())
    disabled = _post(db, bakery, day, time(12), platforms=())
    PostRepository(db).add_variant(disabled.id, PlatformId.X, enabled=False)
    window = schedule.month_bounds(2027, 3, BERLIN)

    def ids(**kwargs: object) -> list[int]:
        chosen = CalendarFilter.of(workspace=bakery.id, **kwargs)  # type: ignore[arg-type]
        return [p.id for p in posts_between(db, *window, chosen)]

    assert ids(campaigns=[campaign.id]) == [a.id]
    assert ids(platforms=["x"]) == [b.id]  # the disabled X variant does not count
    assert ids(platforms=["bluesky", "instagram"]) == [a.id, b.id]
    assert ids(statuses=[Status.DRAFT]) == [c.id]
    assert ids(statuses=["idea", "draft"]) == [a.id, b.id, c.id, disabled.id]
    assert ids(content_types=["promotional"]) == [a.id]
    assert ids(campaigns=[], platforms=["x"]) == []


def test_calendar_entries_expand_repeats_without_copying_posts(
    db: Database, bakery: WorkspaceData
) -> None:
    weekly = _post(db, bakery, date(2027, 3, 2), title="Tuesday tip", platforms=(PlatformId.X,))
    RecurrenceRepository(db).set(weekly.id, Recurrence(Frequency.WEEKLY, count=6))
    single = _post(db, bakery, date(2027, 4, 1), time(8))
    rows_before = db.row_counts()["post"]

    window = schedule.month_bounds(2027, 4, BERLIN)
    entries = calendar_entries(db, *window)
    assert [(e.post.id, e.occurrence) for e in entries] == [
        (single.id, 0),
        (weekly.id, 5),  # 6 April: the sixth and last
    ]
    repeat = entries[1]
    assert repeat.is_repeat and repeat.platforms == (PlatformId.X,)
    # 09:00 in Berlin in both winter (the first) and summer (the repeat).
    assert repeat.local.time() == time(9) and repeat.local.date() == date(2027, 4, 6)
    assert repeat.post.scheduled_at == schedule.at_wall_clock(date(2027, 3, 2), time(9), BERLIN)
    assert db.row_counts()["post"] == rows_before

    march = calendar_entries(db, *schedule.month_bounds(2027, 3, BERLIN))
    assert [e.occurrence for e in march] == [0, 1, 2, 3, 4]
    assert RecurrenceRepository(db).get(weekly.id) == Recurrence(Frequency.WEEKLY, count=6)
    assert RecurrenceRepository(db).for_posts([weekly.id, single.id]) == {
        weekly.id: Recurrence(Frequency.WEEKLY, count=6)
    }
    RecurrenceRepository(db).set(weekly.id, Recurrence(Frequency.MONTHLY, interval=2))
    assert [e.occurrence for e in calendar_entries(db, *window)] == [0]
    may = calendar_entries(db, *schedule.month_bounds(2027, 5, BERLIN))
    assert [(e.post.id, e.local.date()) for e in may] == [(weekly.id, date(2027, 5, 2))]
    assert RecurrenceRepository(db).clear(weekly.id)
    assert not RecurrenceRepository(db).clear(weekly.id)
    assert calendar_entries(db, *schedule.month_bounds(2027, 5, BERLIN)) == []


def test_only_scheduled_posts_can_repeat(db: Database, bakery: WorkspaceData) -> None:
    idea = _post(db, bakery, None)
    with pytest.raises(ValueError, match="scheduled"):
        RecurrenceRepository(db).set(idea.id, Recurrence(Frequency.DAILY))
    with pytest.raises(RowNotFoundError):
        RecurrenceRepository(db).set(9999, Recurrence(Frequency.DAILY))


def test_repeats_respect_the_filters(db: Database, bakery: WorkspaceData) -> None:
    post = _post(db, bakery, date(2027, 3, 1), platforms=(PlatformId.LINKEDIN,))
    RecurrenceRepository(db).set(post.id, Recurrence(Frequency.DAILY))
    window = schedule.month_bounds(2027, 4, BERLIN)
    assert len(calendar_entries(db, *window, CalendarFilter.of(platforms=["linkedin"]))) == 30
    assert calendar_entries(db, *window, CalendarFilter.of(platforms=["x"])) == []


def test_slots_are_stored_per_workspace_and_platform(
    db: Database, bakery: WorkspaceData, gym: WorkspaceData
) -> None:
    slots = SlotRepository(db)
    tuesday = slots.add(bakery.id, PostingSlot(TUESDAY, time(9)))
    assert slots.add(bakery.id, PostingSlot(TUESDAY, time(9))) == tuesday  # idempotent
    slots.add(bakery.id, PostingSlot(THURSDAY, time(9), PlatformId.INSTAGRAM))
    slots.add(gym.id, PostingSlot(THURSDAY, time(18)))
    assert slots.slots(bakery.id) == [
        PostingSlot(TUESDAY, time(9)),
        PostingSlot(THURSDAY, time(9), PlatformId.INSTAGRAM),
    ]
    slots.remove(tuesday)
    assert slots.slots(bakery.id) == [PostingSlot(THURSDAY, time(9), PlatformId.INSTAGRAM)]
    replaced = slots.replace_all(gym.id, [PostingSlot(1, time(7, 30)), PostingSlot(1, time(7, 30))])
    assert [data.slot for data in replaced] == [PostingSlot(1, time(7, 30))]


def test_next_free_slot_looks_at_the_workspace_posts(
    db: Database, bakery: WorkspaceData, gym: WorkspaceData
) -> None:
    SlotRepository(db).replace_all(
        bakery.id, [PostingSlot(TUESDAY, time(9)), PostingSlot(THURSDAY, time(9))]
    )
    monday = schedule.at_wall_clock(date(2027, 3, 22), time(12), BERLIN)
    assert next_free_slot(db, bakery.id, after=monday) == schedule.at_wall_clock(
        date(2027, 3, 23), time(9), BERLIN
    )
    _post(db, bakery, date(2027, 3, 23), platforms=(PlatformId.X,))
    _post(db, gym, date(2027, 3, 25), time(4))  # 09:00 Berlin, but another workspace
    thursday = schedule.at_wall_clock(date(2027, 3, 25), time(9), BERLIN)
    assert next_free_slot(db, bakery.id, after=monday) == thursday
    # Per platform: the X post does not take Instagram's Tuesday.
    assert next_free_slot(db, bakery.id, after=monday, platform="instagram") == (
        schedule.at_wall_clock(date(2027, 3, 23), time(9), BERLIN)
    )
    # A repeating post takes every slot it lands on; archived posts take none.
    daily = _post(db, bakery, date(2027, 3, 25))
    RecurrenceRepository(db).set(daily.id, Recurrence(Frequency.DAILY, count=5))
    assert next_free_slot(db, bakery.id, after=monday) == schedule.at_wall_clock(
        date(2027, 3, 30), time(9), BERLIN
    )
    PostRepository(db).move_to(PostRepository(db).get(daily.id), Status.ARCHIVED)
    assert next_free_slot(db, bakery.id, after=monday) == thursday
    assert next_free_slot(db, gym.id, after=monday) is None  # no slots


def test_workspace_health_over_the_stored_posts(db: Database, bakery: WorkspaceData) -> None:
    monday = date(2027, 3, 22)
    promos = [
        _post(db, bakery, monday + timedelta(days=n), content_type=ContentType.PROMOTIONAL)
        for n in range(3)
    ]
    night = _post(
        db, bakery, monday + timedelta(days=3), time(23, 30), content_type=ContentType.EDUCATIONAL
    )
    archived = _post(db, bakery, monday, time(23, 45), content_type=ContentType.PROMOTIONAL)
    PostRepository(db).move_to(archived, Status.ARCHIVED)

    weeks = workspace_health(db, bakery.id, monday, monday + timedelta(days=6))
    assert [w.week_start for w in weeks] == [monday]  # de-DE weeks start on Monday
    week = weeks[0]
    found = {issue.kind: issue.post_ids for issue in week.issues}
    promo_ids = tuple(p.id for p in promos)
    assert found[IssueKind.PROMOTIONAL_STREAK] == promo_ids
    assert found[IssueKind.PROMOTIONAL_SHARE] == promo_ids
    assert found[IssueKind.NIGHT_POST] == (night.id,)
    assert IssueKind.NO_CONVERSATION in found
    assert week.posts == 4  # the archived post is left out

    for_new_york = workspace_health(
        db, bakery.id, monday, monday + timedelta(days=6), audience_zone=NEW_YORK
    )
    # 23:30 in Berlin is 18:30 in New York; 09:00 Berlin is 04:00 there: night.
    assert for_new_york[0].night_post_ids == promo_ids
    with pytest.raises(RowNotFoundError):
        workspace_health(db, 999, monday, monday)


def test_entries_are_in_time_order_with_the_planning_zone(
    db: Database, bakery: WorkspaceData, gym: WorkspaceData
) -> None:
    _post(db, gym, date(2027, 11, 7), time(9))
    _post(db, bakery, date(2027, 11, 7), time(9))
    entries = calendar_entries(
        db, datetime(2027, 11, 7, tzinfo=UTC), datetime(2027, 11, 8, tzinfo=UTC)
    )
    assert [e.zone for e in entries] == [BERLIN, NEW_YORK]
    assert [e.local.time() for e in entries] == [time(9), time(9)]
