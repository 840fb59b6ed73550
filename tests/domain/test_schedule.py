"""Calendar math: DST around the 2027 transitions, grids, slots, recurrence, calendar health."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.domain import schedule
from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType
from studio.domain.schedule import (
    FRIDAY,
    MONDAY,
    SATURDAY,
    SUNDAY,
    THURSDAY,
    TUESDAY,
    Frequency,
    HealthThresholds,
    IssueKind,
    PostingSlot,
    Recurrence,
    ScheduledItem,
    WallClock,
)

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"
KOLKATA = "Asia/Kolkata"
ADELAIDE = "Australia/Adelaide"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# ---- wall clock ⇄ UTC --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "wall", "expected_utc", "kind"),
    [
        # Berlin springs forward 02:00 → 03:00 on 28 March 2027: 02:30 does not exist.
        (BERLIN, datetime(2027, 3, 28, 2, 30), utc(2027, 3, 28, 1, 30), WallClock.NONEXISTENT),
        (BERLIN, datetime(2027, 3, 28, 1, 59), utc(2027, 3, 28, 0, 59), WallClock.NORMAL),
        (BERLIN, datetime(2027, 3, 28, 3, 0), utc(2027, 3, 28, 1, 0), WallClock.NORMAL),
        # Berlin falls back 03:00 → 02:00 on 31 October 2027: 02:30 happens twice; first wins.
        (BERLIN, datetime(2027, 10, 31, 2, 30), utc(2027, 10, 31, 0, 30), WallClock.AMBIGUOUS),
        (BERLIN, datetime(2027, 10, 31, 3, 0), utc(2027, 10, 31, 2, 0), WallClock.NORMAL),
        # New York: 14 March 2027 02:00 → 03:00, 7 November 2027 02:00 → 01:00.
        (NEW_YORK, datetime(2027, 3, 14, 2, 30), utc(2027, 3, 14, 7, 30), WallClock.NONEXISTENT),
        (NEW_YORK, datetime(2027, 11, 7, 1, 30), utc(2027, 11, 7, 5, 30), WallClock.AMBIGUOUS),
        (NEW_YORK, datetime(2027, 11, 7, 9, 0), utc(2027, 11, 7, 14, 0), WallClock.NORMAL),
        # Half-hour offsets: Kolkata +05:30 all year; Adelaide +10:30 / +09:30.
        (KOLKATA, datetime(2027, 3, 28, 9, 0), utc(2027, 3, 28, 3, 30), WallClock.NORMAL),
        (ADELAIDE, datetime(2027, 1, 12, 9, 0), utc(2027, 1, 11, 22, 30), WallClock.NORMAL),
        (ADELAIDE, datetime(2027, 7, 12, 9, 0), utc(2027, 7, 11, 23, 30), WallClock.NORMAL),
        # Adelaide springs forward on 3 October 2027 at 02:00 → 03:00.
        (ADELAIDE, datetime(2027, 10, 3, 2, 15), utc(2027, 10, 2, 16, 45), WallClock.NONEXISTENT),
    ],
)
def test_to_utc_across_the_2027_transitions(
    zone: str, wall: datetime, expected_utc: datetime, kind: WallClock
) -> None:
    assert schedule.classify(wall, zone) is kind
    assert schedule.to_utc(wall, zone) == expected_utc


def test_a_time_in_the_spring_gap_moves_forward_by_the_gap() -> None:
    instant = schedule.to_utc(datetime(2027, 3, 28, 2, 30), BERLIN)
    assert schedule.wall_clock(instant, BERLIN) == datetime(2027, 3, 28, 3, 30)
    instant = schedule.to_utc(datetime(2027, 3, 14, 2, 5), NEW_YORK)
    assert schedule.wall_clock(instant, NEW_YORK) == datetime(2027, 3, 14, 3, 5)


def test_an_ambiguous_autumn_time_is_the_first_occurrence() -> None:
    first = schedule.to_utc(datetime(2027, 10, 31, 2, 30), BERLIN)
    assert first.astimezone(ZoneInfo(BERLIN)).utcoffset() == timedelta(hours=2)  # still summer
    # The second 02:30 is an hour later; it is never chosen.
    assert datetime(2027, 10, 31, 2, 30, tzinfo=ZoneInfo(BERLIN), fold=1).astimezone(UTC) == (
        first + timedelta(hours=1)
    )


def test_naive_and_aware_inputs_are_refused_where_they_make_no_sense() -> None:
    with pytest.raises(ValueError, match="already has a zone"):
        schedule.to_utc(datetime(2027, 1, 1, tzinfo=UTC), BERLIN)
    with pytest.raises(ValueError, match="naive"):
        schedule.to_local(datetime(2027, 1, 1), BERLIN)
    with pytest.raises(ValueError, match="IANA"):
        schedule.to_utc(datetime(2027, 1, 1), "Mars/Olympus_Mons")
    assert not schedule.is_valid_zone("Europe/Atlantis")
    assert schedule.is_valid_zone(KOLKATA)


@settings(max_examples=300, deadline=None)
@given(
    day=st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31)),
    minutes=st.integers(min_value=0, max_value=24 * 60 - 1),
    zone=st.sampled_from([BERLIN, NEW_YORK, KOLKATA, ADELAIDE, "UTC", "Pacific/Chatham"]),
)
def test_wall_clock_round_trips_except_in_gaps(day: date, minutes: int, zone: str) -> None:
    wall = datetime.combine(day, time(minutes // 60, minutes % 60))
    back = schedule.wall_clock(schedule.to_utc(wall, zone), zone)
    kind = schedule.classify(wall, zone)
    if kind is WallClock.NONEXISTENT:
        # Forward, by less than the gap (at most an hour in these zones), never backwards.
        assert wall < back <= wall + timedelta(hours=1)
    else:
        assert back == wall


@settings(max_examples=200, deadline=None)
@given(
    start=st.dates(min_value=date(2026, 6, 1), max_value=date(2028, 6, 1)),
    target=st.dates(min_value=date(2026, 6, 1), max_value=date(2028, 6, 1)),
    zone=st.sampled_from([BERLIN, NEW_YORK, ADELAIDE, KOLKATA]),
)
def test_moving_a_post_keeps_its_wall_clock_time(start: date, target: date, zone: str) -> None:
    instant = schedule.at_wall_clock(start, time(9, 0), zone)
    moved = schedule.move_to_day(instant, zone, target)
    assert schedule.wall_clock(moved, zone) == datetime.combine(target, time(9, 0))


def test_moving_across_the_berlin_spring_change_keeps_nine_oclock() -> None:
    before = schedule.at_wall_clock(date(2027, 3, 26), time(9), BERLIN)
    after = schedule.move_to_day(before, BERLIN, date(2027, 3, 29))
    assert before == utc(2027, 3, 26, 8)  # CET
    assert after == utc(2027, 3, 29, 7)  # CEST: a different UTC hour, the same 09:00


def test_day_bounds_are_23_and_25_hours_on_transition_days() -> None:
    start, end = schedule.day_bounds(date(2027, 3, 28), BERLIN)
    assert end - start == timedelta(hours=23)
    start, end = schedule.day_bounds(date(2027, 11, 7), NEW_YORK)
    assert end - start == timedelta(hours=25)
    start, end = schedule.day_bounds(date(2027, 11, 7), KOLKATA)
    assert (start, end - start) == (utc(2027, 11, 6, 18, 30), timedelta(hours=24))


# ---- weeks and months --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "first"),
    [
        ("en-US", SUNDAY),
        ("en", SUNDAY),
        ("en-GB", MONDAY),
        ("de_DE", MONDAY),
        ("de", MONDAY),
        ("ja", SUNDAY),
        ("ar-EG", SATURDAY),
        ("fa-IR", SATURDAY),
        ("pt-PT", SUNDAY),
        ("fr-CA", SUNDAY),
        ("fr", MONDAY),
    ],
)
def test_first_weekday_by_locale(locale: str, first: int) -> None:
    assert schedule.first_weekday(locale) == first


def test_month_grid_monday_first() -> None:
    weeks = schedule.month_grid(2027, 2, MONDAY)
    # February 2027 starts on a Monday and has 28 days: exactly four rows, no padding.
    assert len(weeks) == 4
    assert weeks[0][0] == date(2027, 2, 1)
    assert weeks[-1][-1] == date(2027, 2, 28)


def test_month_grid_sunday_first_pads_with_neighbouring_months() -> None:
    weeks = schedule.month_grid(2027, 2, SUNDAY)
    assert weeks[0][0] == date(2027, 1, 31)
    assert weeks[-1][-1] == date(2027, 3, 6)
    assert all(len(week) == 7 for week in weeks)
    assert all(week[0].weekday() == SUNDAY for week in weeks)


@settings(max_examples=100, deadline=None)
@given(
    year=st.integers(min_value=1990, max_value=2100),
    month=st.integers(min_value=1, max_value=12),
    first=st.integers(min_value=0, max_value=6),
)
def test_every_month_grid_covers_the_month_in_whole_weeks(
    year: int, month: int, first: int
) -> None:
    weeks = schedule.month_grid(year, month, first)
    days = [day for week in weeks for day in week]
    assert 4 <= len(weeks) <= 6
    assert days == [days[0] + timedelta(days=n) for n in range(len(days))]
    assert days[0].weekday() == first
    start, end = schedule.month_range(year, month)
    assert start in days and end - timedelta(days=1) in days
    assert days[0] <= start and days[-1] < end + timedelta(days=7)


def test_week_range_and_bounds() -> None:
    assert schedule.week_range(date(2027, 3, 31), MONDAY) == (date(2027, 3, 29), date(2027, 4, 5))
    assert schedule.week_range(date(2027, 3, 31), SUNDAY) == (date(2027, 3, 28), date(2027, 4, 4))
    start, end = schedule.week_bounds(date(2027, 3, 28), BERLIN, MONDAY)
    # The week of the spring change is an hour short.
    assert end - start == timedelta(days=7) - timedelta(hours=1)
    with pytest.raises(ValueError):
        schedule.week_start(date(2027, 1, 1), 7)


def test_month_bounds_in_a_half_hour_zone() -> None:
    start, end = schedule.month_bounds(2027, 10, ADELAIDE)
    assert start == utc(2027, 9, 30, 14, 30)  # +09:30 on 1 October
    assert end == utc(2027, 10, 31, 13, 30)  # +10:30 from 3 October


# ---- slots ---------------------------------------------------------------------------------------

TUE_THU_NINE = [PostingSlot(TUESDAY, time(9)), PostingSlot(THURSDAY, time(9))]


def test_next_free_slot_skips_occupied_times() -> None:
    after = schedule.at_wall_clock(date(2027, 3, 22), time(12), BERLIN)  # a Monday
    tuesday = schedule.at_wall_clock(date(2027, 3, 23), time(9), BERLIN)
    thursday = schedule.at_wall_clock(date(2027, 3, 25), time(9), BERLIN)
    assert schedule.next_free_slot(TUE_THU_NINE, BERLIN, after, []) == tuesday
    assert schedule.next_free_slot(TUE_THU_NINE, BERLIN, after, [tuesday]) == thursday
    # Across the spring change the slot stays at 09:00 local: 08:00 UTC before, 07:00 after.
    taken = [tuesday, thursday]
    following = schedule.next_free_slot(TUE_THU_NINE, BERLIN, after, taken)
    assert following == utc(2027, 3, 30, 7)


def test_next_free_slot_is_strictly_after_and_respects_tolerance() -> None:
    tuesday = schedule.at_wall_clock(date(2027, 3, 23), time(9), BERLIN)
    assert schedule.next_free_slot(TUE_THU_NINE, BERLIN, tuesday, []) == (
        schedule.at_wall_clock(date(2027, 3, 25), time(9), BERLIN)
    )
    nearby = tuesday + timedelta(minutes=10)
    after = tuesday - timedelta(days=1)
    assert schedule.next_free_slot(TUE_THU_NINE, BERLIN, after, [nearby]) == tuesday
    assert schedule.next_free_slot(
        TUE_THU_NINE, BERLIN, after, [nearby], tolerance=timedelta(minutes=15)
    ) == schedule.at_wall_clock(date(2027, 3, 25), time(9), BERLIN)


def test_slots_per_platform() -> None:
    slots = [
        PostingSlot(TUESDAY, time(9), PlatformId.INSTAGRAM),
        PostingSlot(FRIDAY, time(17, 30), PlatformId.LINKEDIN),
    ]
    after = schedule.at_wall_clock(date(2027, 3, 22), time(0), NEW_YORK)
    assert schedule.next_free_slot(slots, NEW_YORK, after, [], platform="linkedin") == (
        schedule.at_wall_clock(date(2027, 3, 26), time(17, 30), NEW_YORK)
    )
    assert schedule.next_free_slot(slots, NEW_YORK, after, [], platform=PlatformId.X) is None
    assert slots[0].label == "Tue 09:00 (instagram)"


def test_a_fully_booked_horizon_has_no_free_slot() -> None:
    after = utc(2027, 1, 4)
    every = schedule.slot_times(TUE_THU_NINE, KOLKATA, after, after + timedelta(days=30))
    assert len(every) == 9  # 5 Jan … 2 Feb
    assert all(schedule.wall_clock(t, KOLKATA).time() == time(9) for t in every)
    found = schedule.next_free_slot(TUE_THU_NINE, KOLKATA, after, every, horizon=timedelta(days=30))
    assert found is None


def test_a_slot_in_the_spring_gap_moves_forward() -> None:
    slots = [PostingSlot(SUNDAY, time(2, 30))]
    after = utc(2027, 3, 27)
    found = schedule.next_free_slot(slots, BERLIN, after, [])
    assert found is not None
    assert schedule.wall_clock(found, BERLIN) == datetime(2027, 3, 28, 3, 30)


def test_slot_validation() -> None:
    with pytest.raises(ValueError):
        PostingSlot(7, time(9))
    with pytest.raises(ValueError):
        PostingSlot(MONDAY, time(9, tzinfo=UTC))


# ---- recurrence ----------------------------------------------------------------------------------


def _walls(found: list[schedule.Occurrence], zone: str) -> list[datetime]:
    return [schedule.wall_clock(o.at, zone) for o in found]


def test_weekly_repeat_keeps_nine_oclock_across_both_berlin_changes() -> None:
    first = schedule.at_wall_clock(date(2027, 3, 21), time(9), BERLIN)
    rule = Recurrence(Frequency.WEEKLY, until=date(2027, 11, 7))
    found = schedule.occurrences(first, BERLIN, rule, first, utc(2028, 1, 1))
    walls = _walls(found, BERLIN)
    assert all(w.time() == time(9) for w in walls)
    assert walls[0].date() == date(2027, 3, 21) and walls[-1].date() == date(2027, 11, 7)
    assert [o.index for o in found] == list(range(len(found)))
    offsets = {o.at.astimezone(ZoneInfo(BERLIN)).utcoffset() for o in found}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}


def test_daily_repeat_with_a_count_in_new_york() -> None:
    first = schedule.at_wall_clock(date(2027, 11, 5), time(8, 15), NEW_YORK)
    rule = Recurrence(Frequency.DAILY, interval=1, count=4)
    found = schedule.occurrences(first, NEW_YORK, rule, utc(2027, 1, 1), utc(2028, 1, 1))
    assert _walls(found, NEW_YORK) == [datetime(2027, 11, day, 8, 15) for day in (5, 6, 7, 8)]
    assert found[2].at - found[1].at == timedelta(hours=25)  # 7 November is 25 hours long
    assert schedule.last_occurrence(first, NEW_YORK, rule) == found[-1].at


def test_monthly_repeat_on_the_31st_uses_the_last_day_of_short_months() -> None:
    first = schedule.at_wall_clock(date(2027, 1, 31), time(10), ADELAIDE)
    rule = Recurrence(Frequency.MONTHLY, count=5)
    found = schedule.occurrences(first, ADELAIDE, rule, first, utc(2028, 1, 1))
    assert [w.date() for w in _walls(found, ADELAIDE)] == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
        date(2027, 5, 31),
    ]


def test_occurrences_only_in_the_window_and_not_before_the_post() -> None:
    first = schedule.at_wall_clock(date(2027, 1, 4), time(9), KOLKATA)
    rule = Recurrence(Frequency.WEEKLY, interval=2)  # evergreen: no end
    window = schedule.month_bounds(2027, 3, KOLKATA)
    found = schedule.occurrences(first, KOLKATA, rule, *window)
    assert [w.date() for w in _walls(found, KOLKATA)] == [
        date(2027, 3, 1),
        date(2027, 3, 15),
        date(2027, 3, 29),
    ]
    assert [o.index for o in found] == [4, 5, 6]
    assert schedule.occurrences(first, KOLKATA, rule, utc(2026, 1, 1), utc(2026, 2, 1)) == []
    assert schedule.last_occurrence(first, KOLKATA, rule) is None


def test_a_post_without_a_rule_occurs_once() -> None:
    first = utc(2027, 5, 5, 5)
    assert schedule.occurrences(first, BERLIN, None, utc(2027, 5, 1), utc(2027, 6, 1)) == [
        schedule.Occurrence(0, first)
    ]
    assert schedule.occurrences(first, BERLIN, None, utc(2027, 6, 1), utc(2027, 7, 1)) == []


@settings(max_examples=150, deadline=None)
@given(
    frequency=st.sampled_from(list(Frequency)),
    interval=st.integers(min_value=1, max_value=5),
    count=st.integers(min_value=1, max_value=40),
    day=st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 1, 1)),
    zone=st.sampled_from([BERLIN, NEW_YORK, ADELAIDE]),
    split_days=st.integers(min_value=1, max_value=900),
)
def test_windows_split_anywhere_give_the_same_occurrences_once(
    frequency: Frequency, interval: int, count: int, day: date, zone: str, split_days: int
) -> None:
    first = schedule.at_wall_clock(day, time(9, 30), zone)
    rule = Recurrence(frequency, interval=interval, count=count)
    far = first + timedelta(days=40 * 5 * 31 + 1)  # past the last possible repeat
    whole = schedule.occurrences(first, zone, rule, first, far)
    split = first + timedelta(days=split_days)
    parts = schedule.occurrences(first, zone, rule, first, split) + schedule.occurrences(
        first, zone, rule, split, far
    )
    assert whole == parts
    assert len(whole) == count
    assert [o.index for o in whole] == list(range(count))
    assert all(schedule.wall_clock(o.at, zone).time() == time(9, 30) for o in whole)


def test_recurrence_validation() -> None:
    with pytest.raises(ValueError):
        Recurrence(Frequency.DAILY, interval=0)
    with pytest.raises(ValueError):
        Recurrence(Frequency.DAILY, count=0)
    assert Recurrence("weekly").frequency is Frequency.WEEKLY  # type: ignore[arg-type]


# ---- health --------------------------------------------------------------------------------------


def _item(
    post_id: int,
    day: date,
    clock: time = time(10),
    kind: ContentType | None = ContentType.EDUCATIONAL,
    *,
    sponsored: bool = False,
    author: str = "Lena",
    zone: str = BERLIN,
) -> ScheduledItem:
    return ScheduledItem(post_id, schedule.at_wall_clock(day, clock, zone), kind, sponsored, author)


WEEK = [date(2027, 3, 22) + timedelta(days=n) for n in range(7)]  # Monday to Sunday


def test_a_balanced_week_is_healthy() -> None:
    items = [
        _item(1, WEEK[0], kind=ContentType.EDUCATIONAL),
        _item(2, WEEK[2], kind=ContentType.CONVERSATIONAL),
        _item(3, WEEK[3], kind=ContentType.PROMOTIONAL),
        _item(4, WEEK[4], kind=ContentType.INSPIRING),
        _item(5, WEEK[5], kind=ContentType.ENTERTAINING),
    ]
    [week] = schedule.calendar_health(items, BERLIN, WEEK[0], WEEK[6])
    assert week.healthy, week.issues
    assert week.posts == 5
    assert week.promotional == 1 and week.promotional_share == pytest.approx(0.2)
    assert week.by_content_type == {
        "conversational": 1,
        "educational": 1,
        "entertaining": 1,
        "inspiring": 1,
        "promotional": 1,
    }
    assert [count for _, count in week.posts_per_day] == [1, 0, 1, 1, 1, 1, 0]
    assert week.creators == (schedule.CreatorLoad("Lena", 5, 5, 2),)


def _kinds(week: schedule.WeekHealth) -> dict[IssueKind, tuple[int, ...]]:
    return {issue.kind: issue.post_ids for issue in week.issues}


def test_a_broadcast_week_names_its_posts() -> None:
    items = [
        _item(1, WEEK[0], kind=ContentType.PROMOTIONAL),
        _item(2, WEEK[1], kind=ContentType.EDUCATIONAL, sponsored=True),  # sponsored = promotional
        _item(3, WEEK[2], kind=ContentType.PROMOTIONAL),
        _item(4, WEEK[3], kind=ContentType.EDUCATIONAL),
        _item(5, WEEK[3], time(23, 30), ContentType.INSPIRING),  # night in Berlin
        _item(6, WEEK[4], time(5, 45), ContentType.INSPIRING),  # night too
    ]
    [week] = schedule.calendar_health(items, BERLIN, WEEK[0], WEEK[6])
    kinds = _kinds(week)
    assert kinds[IssueKind.PROMOTIONAL_SHARE] == (1, 2, 3)
    assert kinds[IssueKind.PROMOTIONAL_STREAK] == (1, 2, 3)
    assert kinds[IssueKind.NIGHT_POST] == (5, 6)
    assert kinds[IssueKind.NO_CONVERSATION] == (1, 2, 3, 4, 5, 6)
    assert week.night_post_ids == (5, 6)
    assert IssueKind.BUSY_DAY not in kinds
    for issue in week.issues:
        assert issue.message.endswith(".") and len(issue.message) > 20


def test_night_is_judged_in_the_audience_zone() -> None:
    # 15:00 in Berlin is 23:00 in Adelaide... in March (+10:30 vs +01:00): 00:30 next day.
    items = [_item(1, WEEK[1], time(15), ContentType.CONVERSATIONAL)]
    [berlin] = schedule.calendar_health(items, BERLIN, WEEK[0], WEEK[6])
    [adelaide] = schedule.calendar_health(items, BERLIN, WEEK[0], WEEK[6], audience_zone=ADELAIDE)
    assert berlin.night_post_ids == ()
    assert adelaide.night_post_ids == (1,)


def test_busy_days_creator_load_and_rest_days() -> None:
    items = [_item(n, WEEK[n % 7], time(8 + n // 7), ContentType.CONVERSATIONAL) for n in range(16)]
    items += [_item(100, WEEK[0], time(18), author="Jonas")]
    [week] = schedule.calendar_health(
        items, BERLIN, WEEK[0], WEEK[6], thresholds=HealthThresholds(max_posts_per_day=2)
    )
    kinds = _kinds(week)
    busy = [issue for issue in week.issues if issue.kind is IssueKind.BUSY_DAY]
    assert [issue.day for issue in busy] == [WEEK[0], WEEK[1]]  # 4 and 3 posts
    assert busy[0].post_ids == (0, 7, 14, 100)
    # Post ids come in time order: Monday's 0, 7, 14 first.
    assert sorted(kinds[IssueKind.CREATOR_LOAD]) == list(range(16))  # Lena: 16 > 14
    assert sorted(kinds[IssueKind.NO_REST_DAY]) == list(range(16))  # Lena posts every day
    lena = next(load for load in week.creators if load.author == "Lena")
    assert (lena.posts, lena.active_days, lena.rest_days) == (16, 7, 0)


def test_a_promotional_streak_across_a_week_boundary_is_filed_in_the_later_week() -> None:
    sunday = WEEK[6]
    items = [
        _item(1, sunday - timedelta(days=1), kind=ContentType.PROMOTIONAL),
        _item(2, sunday, kind=ContentType.PROMOTIONAL),
        _item(3, sunday + timedelta(days=1), kind=ContentType.PROMOTIONAL),
        _item(4, sunday + timedelta(days=2), kind=ContentType.CONVERSATIONAL),
    ]
    first, second = schedule.calendar_health(items, BERLIN, WEEK[0], sunday + timedelta(days=7))
    assert IssueKind.PROMOTIONAL_STREAK not in _kinds(first)
    assert _kinds(second)[IssueKind.PROMOTIONAL_STREAK] == (1, 2, 3)


def test_weeks_follow_the_locale_first_day_and_empty_weeks_are_healthy() -> None:
    items = [_item(1, WEEK[6], kind=ContentType.CONVERSATIONAL)]  # a Sunday
    weeks = schedule.calendar_health(items, NEW_YORK, WEEK[0], WEEK[6], first=SUNDAY)
    # Sunday-first weeks: 21–27 March holds Monday the 22nd, 28 March starts the next one.
    assert [w.week_start for w in weeks] == [date(2027, 3, 21), date(2027, 3, 28)]
    assert weeks[0].posts == 0 and weeks[0].healthy
    assert weeks[1].posts == 1


def test_repeats_count_as_posts_in_the_health_metrics() -> None:
    first = schedule.at_wall_clock(WEEK[0], time(23, 30), BERLIN)
    rule = Recurrence(Frequency.DAILY, count=3)
    items = [
        ScheduledItem(9, o.at, ContentType.CONVERSATIONAL)
        for o in schedule.occurrences(first, BERLIN, rule, first, first + timedelta(days=7))
    ]
    [week] = schedule.calendar_health(items, BERLIN, WEEK[0], WEEK[6])
    assert week.posts == 3
    assert week.night_post_ids == (9,)  # one post, named once
