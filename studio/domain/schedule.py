"""Calendar math: wall-clock times in a workspace's zone, grids, slots, recurrence, health.

Plain Python over `datetime` and `zoneinfo`; no storage, no Qt. Storage (studio.storage.calendar)
and the calendar views call these functions with plain values.

Times. A post is stored as an aware UTC instant plus the IANA zone it was planned in. People plan
on the wall clock ("Tuesday 09:00 in Berlin"), so every conversion from a wall-clock time to UTC
goes through `to_utc`, which settles the two cases daylight saving creates:

* a time that does not exist (the spring gap, e.g. 02:30 on 28 March 2027 in Berlin) moves
  forward by the length of the gap: 02:30 becomes 03:30 summer time. This is what PEP 495's
  `fold=0` gives (the offset in force before the transition) and what most calendar programs do,
  so a post planned "in the gap" is published once, shortly after the time asked for, never
  before it;
* a time that happens twice (the autumn overlap, e.g. 02:30 on 31 October 2027 in Berlin) takes
  the first occurrence (still summer time), so the post goes out as early as the clock first
  shows that time, and only once.

A post at 09:00 local stays at 09:00 local across a transition because recurrence, slots and
moves all work on the wall clock and convert each result on its own day.

Weekdays follow Python's convention everywhere: Monday = 0 … Sunday = 6.
"""

from __future__ import annotations

import calendar as _calendar
import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType
from studio.domain.text import counted

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

# ---- zones and wall clocks ---------------------------------------------------------------------


def zone_of(zone: str | tzinfo) -> tzinfo:
    """A ZoneInfo for an IANA name (ValueError naming the zone when it is unknown)."""
    if not isinstance(zone, str):
        return zone
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"{zone!r} is not an IANA time zone (e.g. Europe/Berlin).") from error


def is_valid_zone(name: str) -> bool:
    try:
        zone_of(name)
    except ValueError:
        return False
    return True


class WallClock(StrEnum):
    """How a wall-clock time exists in a zone on its day."""

    NORMAL = "normal"
    NONEXISTENT = "nonexistent"  # skipped by the spring transition
    AMBIGUOUS = "ambiguous"  # shown twice by the autumn transition


def _require_naive(wall: datetime) -> None:
    if wall.tzinfo is not None:
        raise ValueError(f"{wall!r} already has a zone; give the wall-clock time without one.")


def classify(wall: datetime, zone: str | tzinfo) -> WallClock:
    """Whether `wall` (naive) is an ordinary, skipped or repeated time in `zone`."""
    _require_naive(wall)
    tz = zone_of(zone)
    first = wall.replace(tzinfo=tz, fold=0)
    second = wall.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return WallClock.NORMAL
    # In a gap, the round trip through UTC lands on another wall-clock time.
    round_trip = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return WallClock.NONEXISTENT if round_trip != wall else WallClock.AMBIGUOUS


def to_utc(wall: datetime, zone: str | tzinfo) -> datetime:
    """The UTC instant of the naive wall-clock time `wall` in `zone`.

    Skipped times move forward by the gap; repeated times take their first occurrence (see the
    module docstring for why).
    """
    _require_naive(wall)
    return wall.replace(tzinfo=zone_of(zone), fold=0).astimezone(UTC)


def to_local(instant: datetime, zone: str | tzinfo) -> datetime:
    """`instant` (aware) on the wall clock of `zone`, as an aware datetime in that zone."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{instant!r} is naive; give an aware instant (UTC).")
    return instant.astimezone(zone_of(zone))


def wall_clock(instant: datetime, zone: str | tzinfo) -> datetime:
    """`instant` as a naive wall-clock time in `zone`."""
    return to_local(instant, zone).replace(tzinfo=None)


def local_day(instant: datetime, zone: str | tzinfo) -> date:
    return to_local(instant, zone).date()


def at_wall_clock(day: date, clock: time, zone: str | tzinfo) -> datetime:
    """The UTC instant when the clocks in `zone` show `clock` on `day` (DST rules as to_utc)."""
    return to_utc(datetime.combine(day, clock.replace(tzinfo=None)), zone)


def move_to_day(instant: datetime, zone: str | tzinfo, day: date) -> datetime:
    """Move a scheduled instant to another day, keeping its wall-clock time in `zone`.

    Dragging a 09:00 post from a winter day to a summer day keeps it at 09:00 local, which is a
    different UTC hour.
    """
    return at_wall_clock(day, wall_clock(instant, zone).time(), zone)


def day_bounds(day: date, zone: str | tzinfo) -> tuple[datetime, datetime]:
    """UTC [start, end) of the local day; 23 or 25 hours long on transition days."""
    return _range_bounds(day, day + timedelta(days=1), zone)


def _range_bounds(first: date, end: date, zone: str | tzinfo) -> tuple[datetime, datetime]:
    return at_wall_clock(first, time(0), zone), at_wall_clock(end, time(0), zone)


# ---- weeks and months --------------------------------------------------------------------------

# First day of the week by region (CLDR's weekData). Regions not listed start on Monday (ISO 8601).


def _regions(codes: str) -> frozenset[str]:
    return frozenset(codes.split())


_SUNDAY_FIRST = _regions(
    "AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO "
    "MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW"
)
_SATURDAY_FIRST = _regions("AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY")
# A tag without a region ("en", "ja") takes the region its language is most used in.
_LIKELY_REGION = {
    "en": "US",
    "ja": "JP",
    "ko": "KR",
    "he": "IL",
    "hi": "IN",
    "pt": "BR",
    "ar": "EG",
    "fa": "IR",
    "th": "TH",
    "zh": "CN",
}


def first_weekday(locale: str) -> int:
    """The first day of the week for a BCP 47 tag such as "en-US", "de_DE" or "ar-EG"."""
    parts = locale.replace("_", "-").split("-")
    language = parts[0].lower()
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    region = region or _LIKELY_REGION.get(language, "")
    if region in _SUNDAY_FIRST:
        return SUNDAY
    if region in _SATURDAY_FIRST:
        return SATURDAY
    return MONDAY


def _check_weekday(weekday: int) -> None:
    if not 0 <= weekday <= 6:
        raise ValueError(f"A weekday is 0 (Monday) to 6 (Sunday), not {weekday}.")


def week_start(day: date, first: int = MONDAY) -> date:
    """The first day of the week `day` is in, for weeks starting on weekday `first`."""
    _check_weekday(first)
    return day - timedelta(days=(day.weekday() - first) % 7)


def week_range(day: date, first: int = MONDAY) -> tuple[date, date]:
    """[first day, day after the last) of the week holding `day`."""
    start = week_start(day, first)
    return start, start + timedelta(days=7)


def week_bounds(day: date, zone: str | tzinfo, first: int = MONDAY) -> tuple[datetime, datetime]:
    """UTC [start, end) of the local week holding `day`."""
    start, end = week_range(day, first)
    return _range_bounds(start, end, zone)


def month_grid(year: int, month: int, first: int = MONDAY) -> list[list[date]]:
    """The weeks a month view shows: 4 to 6 rows of 7 days, padded with the neighbouring months."""
    _check_weekday(first)
    return _calendar.Calendar(firstweekday=first).monthdatescalendar(year, month)


def month_range(year: int, month: int) -> tuple[date, date]:
    """[first day, first day of the next month)."""
    start = date(year, month, 1)
    return start, _add_months(start, 1, start.day)


def month_bounds(year: int, month: int, zone: str | tzinfo) -> tuple[datetime, datetime]:
    """UTC [start, end) of a calendar month on the wall clock of `zone`."""
    return _range_bounds(*month_range(year, month), zone)


def grid_bounds(
    year: int, month: int, zone: str | tzinfo, first: int = MONDAY
) -> tuple[datetime, datetime]:
    """UTC [start, end) of everything a month grid shows, padding days included."""
    weeks = month_grid(year, month, first)
    return _range_bounds(weeks[0][0], weeks[-1][-1] + timedelta(days=1), zone)


def _add_months(day: date, months: int, preferred_day: int) -> date:
    """`day` moved by whole months, on `preferred_day` or the month's last day if shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = _calendar.monthrange(year, month)[1]
    return date(year, month, min(preferred_day, last))


# ---- posting slots -----------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class PostingSlot:
    """A regular time to post: every `weekday` at `clock` on the workspace's wall clock.

    `platform` None means the slot is for any platform.
    """

    weekday: int
    clock: time
    platform: PlatformId | None = None

    def __post_init__(self) -> None:
        _check_weekday(self.weekday)
        if self.clock.tzinfo is not None:
            raise ValueError("A slot's time is a wall-clock time: give it without a zone.")

    def applies_to(self, platform: PlatformId | str | None) -> bool:
        return self.platform is None or platform is None or self.platform == platform

    @property
    def label(self) -> str:
        where = f" ({self.platform.value})" if self.platform else ""
        return f"{_calendar.day_abbr[self.weekday]} {self.clock:%H:%M}{where}"


def slot_times(
    slots: Iterable[PostingSlot],
    zone: str | tzinfo,
    start: datetime,
    end: datetime,
    *,
    platform: PlatformId | str | None = None,
) -> list[datetime]:
    """Every UTC instant in [start, end) at which a slot (for `platform`) falls, in order."""
    chosen = sorted({(s.weekday, s.clock) for s in slots if s.applies_to(platform)})
    if not chosen:
        return []
    by_weekday: dict[int, list[time]] = defaultdict(list)
    for weekday, clock in chosen:
        by_weekday[weekday].append(clock)
    found: list[datetime] = []
    day = local_day(start, zone) - timedelta(days=1)  # a slot late yesterday may be after `start`
    last = local_day(end, zone) + timedelta(days=1)
    while day <= last:
        for clock in by_weekday.get(day.weekday(), ()):
            instant = at_wall_clock(day, clock, zone)
            if start <= instant < end:
                found.append(instant)
        day += timedelta(days=1)
    return sorted(set(found))


def next_free_slot(
    slots: Iterable[PostingSlot],
    zone: str | tzinfo,
    after: datetime,
    occupied: Iterable[datetime],
    *,
    platform: PlatformId | str | None = None,
    tolerance: timedelta = timedelta(0),
    horizon: timedelta = timedelta(days=366),
) -> datetime | None:
    """The first slot strictly after `after` that no occupied time takes, as a UTC instant.

    A slot is taken when an occupied instant lies within `tolerance` of it (default: exactly at
    it). None when no free slot comes within `horizon` (or no slot applies to `platform`).
    """
    slot_list = [s for s in slots if s.applies_to(platform)]
    if not slot_list:
        return None
    taken = sorted(t.astimezone(UTC) for t in occupied)
    # Walk a week at a time so a long horizon does not expand every slot up front.
    window_start = after
    stop = after + horizon
    while window_start < stop:
        window_end = min(window_start + timedelta(days=7), stop)
        for instant in slot_times(slot_list, zone, window_start, window_end):
            if instant > after and not _near_any(taken, instant, tolerance):
                return instant
        window_start = window_end
    return None


def _near_any(sorted_times: Sequence[datetime], instant: datetime, tolerance: timedelta) -> bool:
    index = bisect_left(sorted_times, instant - tolerance)
    return index < len(sorted_times) and sorted_times[index] <= instant + tolerance


# ---- recurrence --------------------------------------------------------------------------------


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Recurrence:
    """Repeat a post every `interval` days, weeks or months, until a day or for a count.

    `count` counts occurrences including the post itself; `until` is a local day, inclusive.
    Neither: the post repeats for good (an evergreen post). Monthly repeats keep the day of the
    month, or the month's last day when it is shorter (the 31st → 28 or 29 February → 31 March).
    """

    frequency: Frequency
    interval: int = 1
    until: date | None = None
    count: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "frequency", Frequency(self.frequency))
        if self.interval < 1:
            raise ValueError(f"A repeat interval is at least 1, not {self.interval}.")
        if self.count is not None and self.count < 1:
            raise ValueError(f"A repeat count is at least 1, not {self.count}.")

    @property
    def is_bounded(self) -> bool:
        return self.until is not None or self.count is not None


@dataclass(frozen=True)
class Occurrence:
    """One appearance of a post on the calendar. Index 0 is the post's own scheduled time."""

    index: int
    at: datetime  # UTC

    @property
    def is_original(self) -> bool:
        return self.index == 0


def _nth_wall_clock(first: datetime, rule: Recurrence, n: int) -> datetime:
    if rule.frequency is Frequency.DAILY:
        return first + timedelta(days=n * rule.interval)
    if rule.frequency is Frequency.WEEKLY:
        return first + timedelta(weeks=n * rule.interval)
    day = _add_months(first.date(), n * rule.interval, first.day)
    return datetime.combine(day, first.time())


def _first_index_near(first: datetime, rule: Recurrence, day: date) -> int:
    """An occurrence index at or before the one falling on `day` (cheap skip-ahead)."""
    if day <= first.date():
        return 0
    if rule.frequency is Frequency.MONTHLY:
        months = (day.year - first.year) * 12 + day.month - first.month
        return max(0, months // rule.interval - 1)
    step = rule.interval * (7 if rule.frequency is Frequency.WEEKLY else 1)
    return max(0, (day - first.date()).days // step - 1)


def occurrences(
    first: datetime, zone: str | tzinfo, rule: Recurrence | None, start: datetime, end: datetime
) -> list[Occurrence]:
    """The occurrences of a post first scheduled at `first` (UTC) that fall in [start, end).

    Each occurrence keeps the first one's wall-clock time in `zone`. The post itself is index 0;
    the others are computed, never stored, so the calendar shows a repeat without copying the
    post's text.
    """
    if rule is None:
        return [Occurrence(0, first)] if start <= first < end else []
    wall = wall_clock(first, zone)
    index = _first_index_near(wall, rule, local_day(start, zone) - timedelta(days=1))
    found: list[Occurrence] = []
    while rule.count is None or index < rule.count:
        local = _nth_wall_clock(wall, rule, index)
        if rule.until is not None and local.date() > rule.until:
            break
        # The original keeps its stored instant exactly (it may have been planned in a gap).
        instant = first if index == 0 else to_utc(local, zone)
        if instant >= end:
            break
        if instant >= start:
            found.append(Occurrence(index, instant))
        index += 1
    return found


def last_occurrence(first: datetime, zone: str | tzinfo, rule: Recurrence) -> datetime | None:
    """When a bounded repeat ends (UTC), None for an open-ended one."""
    if not rule.is_bounded:
        return None
    wall = wall_clock(first, zone)
    limit = rule.count if rule.count is not None else math.inf
    index = 0
    last = first
    while index + 1 < limit:
        local = _nth_wall_clock(wall, rule, index + 1)
        if rule.until is not None and local.date() > rule.until:
            break
        last = to_utc(local, zone)
        index += 1
    return last


# ---- calendar health ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduledItem:
    """What the health checks need to know about one scheduled post (or one of its repeats)."""

    post_id: int
    at: datetime  # UTC
    content_type: ContentType | None = None
    sponsored: bool = False
    author: str = ""

    @property
    def promotional(self) -> bool:
        """Promotional content or a sponsored post: both read as selling to the audience."""
        return self.sponsored or self.content_type is ContentType.PROMOTIONAL


@dataclass(frozen=True)
class HealthThresholds:
    """Where a calendar starts to read as a broadcast or to wear its creator out (FEEDBACK.md)."""

    max_posts_per_day: int = 3
    max_promotional_share: float = 0.2  # above about 1 in 5 reads as a broadcast
    min_promotional_for_share: int = 2  # one ad in a quiet week is not a pattern
    promotional_streak: int = 3  # this many promotional posts in a row
    night_start: time = time(23, 0)  # night in the audience's zone: 23:00–06:00
    night_end: time = time(6, 0)
    max_posts_per_creator_week: int = 14
    min_rest_days: int = 1  # days in a week a creator publishes nothing


class IssueKind(StrEnum):
    """Stable ids of calendar-level findings (the UI translates by id)."""

    BUSY_DAY = "busy-day"
    PROMOTIONAL_SHARE = "promotional-share"
    PROMOTIONAL_STREAK = "promotional-streak"
    NIGHT_POST = "night-post"
    NO_CONVERSATION = "no-conversation"
    CREATOR_LOAD = "creator-load"
    NO_REST_DAY = "no-rest-day"


@dataclass(frozen=True)
class HealthIssue:
    kind: IssueKind
    message: str
    post_ids: tuple[int, ...]  # the posts to link to, in time order, each once
    day: date | None = None  # set when the issue is about one day


@dataclass(frozen=True)
class CreatorLoad:
    author: str  # "" when posts carry no author: the workspace as a whole
    posts: int
    active_days: int
    rest_days: int


@dataclass(frozen=True)
class WeekHealth:
    week_start: date  # local day in the workspace's zone
    posts: int
    posts_per_day: tuple[tuple[date, int], ...]  # all 7 days, in order
    by_content_type: dict[str, int]  # ContentType value (or "unset") → posts
    promotional: int
    promotional_share: float  # 0.0 when the week is empty
    night_post_ids: tuple[int, ...]
    creators: tuple[CreatorLoad, ...]
    issues: tuple[HealthIssue, ...] = field(default=())

    @property
    def healthy(self) -> bool:
        return not self.issues


UNSET_TYPE = "unset"


def _unique_ids(items: Iterable[ScheduledItem]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(item.post_id for item in items))


def _is_night(clock: time, thresholds: HealthThresholds) -> bool:
    start, end = thresholds.night_start, thresholds.night_end
    if start <= end:
        return start <= clock < end
    return clock >= start or clock < end


def calendar_health(
    items: Iterable[ScheduledItem],
    zone: str | tzinfo,
    first_day: date,
    last_day: date,
    *,
    first: int = MONDAY,
    audience_zone: str | tzinfo | None = None,
    thresholds: HealthThresholds = HealthThresholds(),
) -> list[WeekHealth]:
    """Health of every week from the week holding `first_day` to the one holding `last_day`.

    Weeks and days are the workspace's (`zone`, weeks starting on weekday `first`); night is
    judged on the audience's wall clock (`audience_zone`, default the workspace's). Items outside
    those weeks are ignored, except that a promotional streak may start in the week before.
    """
    audience = zone_of(audience_zone) if audience_zone is not None else zone_of(zone)
    ordered = sorted(items, key=lambda item: (item.at, item.post_id))
    by_week: dict[date, list[ScheduledItem]] = defaultdict(list)
    for item in ordered:
        by_week[week_start(local_day(item.at, zone), first)].append(item)
    streak_issues = _promotional_streaks(ordered, zone, first, thresholds)

    weeks: list[WeekHealth] = []
    start = week_start(first_day, first)
    while start <= last_day:
        week_items = by_week.get(start, [])
        weeks.append(
            _week_health(
                start, week_items, zone, audience, thresholds, streak_issues.get(start, [])
            )
        )
        start += timedelta(days=7)
    return weeks


def _week_health(
    start: date,
    items: list[ScheduledItem],
    zone: str | tzinfo,
    audience: tzinfo,
    thresholds: HealthThresholds,
    streaks: list[HealthIssue],
) -> WeekHealth:
    days = [start + timedelta(days=offset) for offset in range(7)]
    on_day: dict[date, list[ScheduledItem]] = defaultdict(list)
    for item in items:
        on_day[local_day(item.at, zone)].append(item)
    issues: list[HealthIssue] = []

    for day in days:
        if len(on_day[day]) > thresholds.max_posts_per_day:
            issues.append(
                HealthIssue(
                    IssueKind.BUSY_DAY,
                    f"{len(on_day[day])} posts on {day:%A %d %B}: more than "
                    f"{thresholds.max_posts_per_day} a day is hard to keep up, for the "
                    "audience and for you.",
                    _unique_ids(on_day[day]),
                    day,
                )
            )

    by_type = Counter(
        item.content_type.value if item.content_type else UNSET_TYPE for item in items
    )
    promotional = [item for item in items if item.promotional]
    share = len(promotional) / len(items) if items else 0.0
    if (
        share > thresholds.max_promotional_share
        and len(promotional) >= thresholds.min_promotional_for_share
    ):
        issues.append(
            HealthIssue(
                IssueKind.PROMOTIONAL_SHARE,
                f"{len(promotional)} of {len(items)} posts this week are promotional "
                f"({share:.0%}); more than about 1 in 5 reads as a broadcast.",
                _unique_ids(promotional),
            )
        )
    issues.extend(streaks)

    night = [item for item in items if _is_night(wall_clock(item.at, audience).time(), thresholds)]
    if night:
        issues.append(
            HealthIssue(
                IssueKind.NIGHT_POST,
                f"{counted(len(night), 'post')} {'goes' if len(night) == 1 else 'go'} out at night "
                f"for the audience "
                f"({thresholds.night_start:%H:%M}–{thresholds.night_end:%H:%M} "
                f"{getattr(audience, 'key', audience)}): people see them when they should rest.",
                _unique_ids(night),
            )
        )

    if items and not any(item.content_type is ContentType.CONVERSATIONAL for item in items):
        issues.append(
            HealthIssue(
                IssueKind.NO_CONVERSATION,
                "No conversational post this week: ask your audience something and listen.",
                _unique_ids(items),
            )
        )

    creators, creator_issues = _creator_loads(items, zone, days, thresholds)
    issues.extend(creator_issues)
    return WeekHealth(
        week_start=start,
        posts=len(items),
        posts_per_day=tuple((day, len(on_day[day])) for day in days),
        by_content_type=dict(sorted(by_type.items())),
        promotional=len(promotional),
        promotional_share=share,
        night_post_ids=_unique_ids(night),
        creators=creators,
        issues=tuple(issues),
    )


def _creator_loads(
    items: list[ScheduledItem],
    zone: str | tzinfo,
    days: list[date],
    thresholds: HealthThresholds,
) -> tuple[tuple[CreatorLoad, ...], list[HealthIssue]]:
    by_author: dict[str, list[ScheduledItem]] = defaultdict(list)
    for item in items:
        by_author[item.author].append(item)
    loads: list[CreatorLoad] = []
    issues: list[HealthIssue] = []
    for author in sorted(by_author):
        theirs = by_author[author]
        active = {local_day(item.at, zone) for item in theirs} & set(days)
        rest = len(days) - len(active)
        loads.append(CreatorLoad(author, len(theirs), len(active), rest))
        who = author or "The team"
        if len(theirs) > thresholds.max_posts_per_creator_week:
            issues.append(
                HealthIssue(
                    IssueKind.CREATOR_LOAD,
                    f"{who} has {len(theirs)} posts this week (more than "
                    f"{thresholds.max_posts_per_creator_week}): plan a lighter week.",
                    _unique_ids(theirs),
                )
            )
        if rest < thresholds.min_rest_days:
            issues.append(
                HealthIssue(
                    IssueKind.NO_REST_DAY,
                    f"{who} posts on every day of this week: keep at least "
                    f"{counted(thresholds.min_rest_days, 'day')} free to rest.",
                    _unique_ids(theirs),
                )
            )
    return tuple(loads), issues


def _promotional_streaks(
    ordered: list[ScheduledItem], zone: str | tzinfo, first: int, thresholds: HealthThresholds
) -> dict[date, list[HealthIssue]]:
    """Runs of promotional posts in a row, filed under the week in which each run ends."""
    found: dict[date, list[HealthIssue]] = defaultdict(list)
    for run in _runs(ordered):
        if len(run) >= thresholds.promotional_streak:
            week = week_start(local_day(run[-1].at, zone), first)
            found[week].append(
                HealthIssue(
                    IssueKind.PROMOTIONAL_STREAK,
                    f"{len(run)} promotional posts in a row: put something for the audience "
                    "(a tip, a story, a question) between them.",
                    _unique_ids(run),
                )
            )
    return found


def _runs(ordered: list[ScheduledItem]) -> Iterator[list[ScheduledItem]]:
    run: list[ScheduledItem] = []
    for item in ordered:
        if item.promotional:
            run.append(item)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run
