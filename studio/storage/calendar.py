"""What the calendar views ask the database: posts in a range, posting slots, repeats, health.

Every function takes an open `Database` and returns plain frozen data; the calendar math itself
(zones, grids, slots, recurrence, health) lives in `studio.domain.schedule`.

    window = schedule.grid_bounds(2027, 3, "Europe/Berlin")
    entries = calendar_entries(db, *window, CalendarFilter(workspace_ids=frozenset({ws.id})))
    slot = next_free_slot(db, ws.id, after=now, platform=PlatformId.INSTAGRAM)
    weeks = workspace_health(db, ws.id, date(2027, 3, 1), date(2027, 3, 31))

A repeating post appears once per occurrence in `calendar_entries`, each entry carrying the same
`PostData` (never a copy in the database) and its occurrence index.

For the calendar window: `reschedule_post` (a drag, with optimistic locking), `create_draft_at`
(a double-click on an empty day or hour), `search_calendar` (titles, texts and variants through
FTS5, plus comments, with the passage that matched) and `workspace_campaigns` (the filter menu).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from studio.domain import schedule
from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status
from studio.domain.schedule import HealthThresholds, PostingSlot, Recurrence, ScheduledItem
from studio.storage.database import Database
from studio.storage.errors import ConflictError, RowNotFoundError
from studio.storage.repositories import (
    CampaignData,
    PostData,
    PostRepository,
    WorkspaceRepository,
    campaign_data,
    post_data,
)
from studio.storage.search import search_posts, search_terms
from studio.storage.tables import (
    Campaign,
    Comment,
    Post,
    PostRecurrence,
    Variant,
    Workspace,
    utc_now,
)
from studio.storage.tables import PostingSlot as SlotRow

_IN_CHUNK = 500  # ids per IN (...) list, well below every driver's parameter limit

# ---- posts in a range --------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarFilter:
    """Which posts a view shows. None = no restriction on that property."""

    workspace_ids: frozenset[int] | None = None
    campaign_ids: frozenset[int] | None = None
    platforms: frozenset[PlatformId] | None = None  # any enabled variant on one of these
    statuses: frozenset[Status] | None = None
    content_types: frozenset[ContentType] | None = None

    @classmethod
    def of(
        cls,
        *,
        workspace: int | None = None,
        campaigns: Iterable[int] | None = None,
        platforms: Iterable[PlatformId | str] | None = None,
        statuses: Iterable[Status | str] | None = None,
        content_types: Iterable[ContentType | str] | None = None,
    ) -> CalendarFilter:
        """Convenience constructor taking plain iterables (and one workspace id)."""
        return cls(
            workspace_ids=frozenset({workspace}) if workspace is not None else None,
            campaign_ids=frozenset(campaigns) if campaigns is not None else None,
            platforms=frozenset(PlatformId(p) for p in platforms)
            if platforms is not None
            else None,
            statuses=frozenset(Status(s) for s in statuses) if statuses is not None else None,
            content_types=frozenset(ContentType(c) for c in content_types)
            if content_types is not None
            else None,
        )


ALL_POSTS = CalendarFilter()


@dataclass(frozen=True)
class CalendarEntry:
    """One post (or one repeat of it) at one moment on the calendar."""

    post: PostData
    at: datetime  # UTC instant of this occurrence
    occurrence: int  # 0 = the post's own time; 1, 2, ... = computed repeats
    platforms: tuple[PlatformId, ...]  # enabled variants, in platform order
    zone: str  # the zone the post was planned in (its workspace's when it has none)
    recurrence: Recurrence | None = None

    @property
    def local(self) -> datetime:
        """`at` on the planning zone's wall clock (aware)."""
        return schedule.to_local(self.at, self.zone)

    @property
    def is_repeat(self) -> bool:
        return self.occurrence > 0


def _filtered(query: Any, chosen: CalendarFilter) -> Any:
    if chosen.workspace_ids is not None:
        query = query.where(col(Post.workspace_id).in_(sorted(chosen.workspace_ids)))
    if chosen.campaign_ids is not None:
        query = query.where(col(Post.campaign_id).in_(sorted(chosen.campaign_ids)))
    if chosen.statuses is not None:
        query = query.where(col(Post.status).in_(sorted(Status(s).value for s in chosen.statuses)))
    if chosen.content_types is not None:
        values = sorted(ContentType(c).value for c in chosen.content_types)
        query = query.where(col(Post.content_type).in_(values))
    if chosen.platforms is not None:
        on_platform = (
            select(Variant.id)
            .where(
                Variant.post_id == Post.id,
                col(Variant.enabled).is_(True),
                col(Variant.platform).in_(sorted(PlatformId(p).value for p in chosen.platforms)),
            )
            .exists()
        )
        query = query.where(on_platform)
    return query


def _checked_range(start: datetime, end: datetime) -> None:
    for moment in (start, end):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("A calendar range needs aware datetimes (UTC).")


def posts_between(
    db: Database, start: datetime, end: datetime, chosen: CalendarFilter = ALL_POSTS
) -> list[PostData]:
    """Posts scheduled in [start, end) (aware), in time order; repeats are not expanded."""
    _checked_range(start, end)
    query = _filtered(
        sa.select(Post.__table__).where(  # type: ignore[attr-defined]
            col(Post.scheduled_at) >= start, col(Post.scheduled_at) < end
        ),
        chosen,
    ).order_by(col(Post.scheduled_at), col(Post.id))
    with db.session() as session:
        return [post_data(row) for row in session.execute(query).all()]


def unscheduled_posts(db: Database, chosen: CalendarFilter = ALL_POSTS) -> list[PostData]:
    """Posts without a time (ideas, drafts waiting for a slot), newest first."""
    query = _filtered(select(Post).where(col(Post.scheduled_at).is_(None)), chosen)
    query = query.order_by(col(Post.updated_at).desc(), col(Post.id).desc())
    with db.session() as session:
        return [post_data(row) for row in session.exec(query).all()]


def calendar_entries(
    db: Database, start: datetime, end: datetime, chosen: CalendarFilter = ALL_POSTS
) -> list[CalendarEntry]:
    """Everything the calendar shows in [start, end): posts and the repeats of repeating posts."""
    _checked_range(start, end)
    posts_table = Post.__table__  # type: ignore[attr-defined]
    rules_table = PostRecurrence.__table__  # type: ignore[attr-defined]
    with db.session() as session:
        zones = dict(session.exec(select(Workspace.id, Workspace.timezone)).all())
        # Plain rows, not ORM objects: building a model instance per post costs more than the
        # query, and a month of all workspaces is a thousand posts. post_data reads either.
        in_range = session.execute(
            _filtered(
                sa.select(posts_table).where(
                    col(Post.scheduled_at) >= start, col(Post.scheduled_at) < end
                ),
                chosen,
            )
        ).all()
        # Repeating posts that started before the window may have repeats inside it.
        repeating = session.execute(
            _filtered(
                sa.select(
                    posts_table,
                    rules_table.c.frequency,
                    rules_table.c.interval,
                    rules_table.c.until,
                    rules_table.c.count,
                )
                .join(rules_table, rules_table.c.post_id == posts_table.c.id)
                .where(col(Post.scheduled_at) < end, rules_table.c.frequency.is_not(None)),
                chosen,
            )
        ).all()
        rules = {row.id: _recurrence(row) for row in repeating}
        posts = {row.id: post_data(row) for row in in_range}
        posts.update({row.id: post_data(row) for row in repeating if row.id not in posts})
        platforms = _enabled_platforms(session, sorted(posts))

    entries: list[CalendarEntry] = []
    for post_id, post in posts.items():
        assert post_id is not None and post.scheduled_at is not None
        zone = post.scheduled_zone or zones.get(post.workspace_id, "UTC")
        rule = rules.get(post_id)
        for occurrence in schedule.occurrences(post.scheduled_at, zone, rule, start, end):
            entries.append(
                CalendarEntry(
                    post=post,
                    at=occurrence.at,
                    occurrence=occurrence.index,
                    platforms=platforms.get(post_id, ()),
                    zone=zone,
                    recurrence=rule,
                )
            )
    entries.sort(key=lambda entry: (entry.at, entry.post.id, entry.occurrence))
    return entries


def _chunks(values: Sequence[int]) -> Iterator[Sequence[int]]:
    for offset in range(0, len(values), _IN_CHUNK):
        yield values[offset : offset + _IN_CHUNK]


def _enabled_platforms(session: Session, post_ids: list[int]) -> dict[int, tuple[PlatformId, ...]]:
    known = {platform.value for platform in PlatformId}
    found: dict[int, list[PlatformId]] = defaultdict(list)
    variants = Variant.__table__  # type: ignore[attr-defined]
    connection = session.connection()
    for chunk in _chunks(post_ids):
        # Core rows, not session.exec: the ORM's per-row processing was half of this function's
        # time for a month of all workspaces (two variants per post).
        rows = connection.execute(
            sa.select(variants.c.post_id, variants.c.platform).where(
                variants.c.post_id.in_(chunk), variants.c.enabled.is_(True)
            )
        ).all()
        for post_id, platform in rows:
            if platform in known:  # an id from a newer build is skipped, not fatal
                found[post_id].append(PlatformId(platform))
    order = {platform: index for index, platform in enumerate(PlatformId)}
    return {key: tuple(sorted(value, key=order.__getitem__)) for key, value in found.items()}


# ---- repeating posts ----------------------------------------------------------------------------


def _recurrence(row: PostRecurrence | sa.Row[Any]) -> Recurrence:
    return Recurrence(
        frequency=schedule.Frequency(row.frequency),
        interval=row.interval,
        until=row.until,
        count=row.count,
    )


@dataclass(frozen=True)
class RecurrenceData:
    """A post's repeat as stored, with the version a change of it must name.

    `rule` None: the post does not repeat. `version` 0: its repeat was never set. A post that
    stopped repeating keeps its row (tables.PostRecurrence), so the version never goes back.
    """

    post_id: int
    rule: Recurrence | None
    version: int = 0


def _recurrence_data(post_id: int, row: PostRecurrence | None) -> RecurrenceData:
    if row is None:
        return RecurrenceData(post_id, None, 0)
    rule = _recurrence(row) if row.frequency is not None else None
    return RecurrenceData(post_id, rule, row.version)


def _rule_row(session: Session, post_id: int) -> PostRecurrence | None:
    return session.exec(select(PostRecurrence).where(PostRecurrence.post_id == post_id)).first()


class RecurrenceRepository:
    """How posts repeat (at most one rule per post), under optimistic locking like a post.

    `read` + `save` is what a person's edit uses: the save names the version it read and is
    refused with ConflictError when someone changed the post's repeat in between, including
    switching it off. `set` and `clear` overwrite whatever is stored, for writes that act on no
    rule a person saw (the demo, scripts, tests).
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, post_id: int) -> Recurrence | None:
        return self.read(post_id).rule

    def read(self, post_id: int) -> RecurrenceData:
        with self.db.session() as session:
            return _recurrence_data(post_id, _rule_row(session, post_id))

    def for_posts(self, post_ids: Iterable[int]) -> dict[int, Recurrence]:
        ids = sorted(set(post_ids))
        found: dict[int, Recurrence] = {}
        with self.db.session() as session:
            for chunk in _chunks(ids):
                rows = session.exec(
                    select(PostRecurrence).where(
                        col(PostRecurrence.post_id).in_(chunk),
                        col(PostRecurrence.frequency).is_not(None),
                    )
                ).all()
                found.update({row.post_id: _recurrence(row) for row in rows})
        return found

    def save(self, current: RecurrenceData, rule: Recurrence | None) -> RecurrenceData:
        """Make the post repeat by `rule` (None: not at all) if its repeat is still `current`.

        ConflictError (`mine`: what was asked, `theirs`: what is stored, both RecurrenceData) when
        it changed since `current` was read; nothing is overwritten then. ValueError when `rule`
        would make a post without a time repeat.
        """
        with self.db.session(write=True) as session:
            return self._write(session, current.post_id, rule, expected=current.version)

    def set(self, post_id: int, rule: Recurrence) -> Recurrence:
        """Make the post repeat by `rule`, replacing any rule it had. The post needs a time."""
        with self.db.session(write=True) as session:
            self._write(session, post_id, rule, expected=None)
        return rule

    def clear(self, post_id: int) -> bool:
        """Stop the post repeating; False when it did not repeat."""
        with self.db.session(write=True) as session:
            row = _rule_row(session, post_id)
            if row is None or row.frequency is None:
                return False
            self._write(session, post_id, None, expected=None)
            return True

    def _write(
        self, session: Session, post_id: int, rule: Recurrence | None, *, expected: int | None
    ) -> RecurrenceData:
        """Store `rule`; `expected` None skips the version test against what a person read."""
        post = session.get(Post, post_id)
        if post is None:
            raise RowNotFoundError(
                f"There is no post {post_id} in {self.db.location}.", self.db.location
            )
        if rule is not None and post.scheduled_at is None:
            raise ValueError("Only a scheduled post can repeat: give it a date and time first.")
        row = _rule_row(session, post_id)
        read_version = row.version if row is not None else 0
        mine = RecurrenceData(post_id, rule, read_version if expected is None else expected)
        if mine.version != read_version:
            raise self._conflict(mine, _recurrence_data(post_id, row))
        values = {
            "frequency": rule.frequency.value if rule else None,
            "interval": rule.interval if rule else 1,
            "until": rule.until if rule else None,
            "count": rule.count if rule else None,
        }
        if row is None:
            if rule is None:
                return mine  # never repeated, and still does not: nothing to store
            try:
                # A savepoint: on PostgreSQL another client may insert the post's first rule at
                # the same moment; the unique post_id then refuses ours as a conflict.
                with session.begin_nested():
                    session.add(PostRecurrence(post_id=post_id, **values))
            except IntegrityError:
                raise self._conflict(mine, self._stored(session, post_id)) from None
        else:
            # The version test sits in the UPDATE, so it also holds when two clients race.
            result = session.exec(
                sa.update(PostRecurrence)
                .where(
                    col(PostRecurrence.id) == row.id,
                    col(PostRecurrence.version) == read_version,
                )
                .values(**values, version=col(PostRecurrence.version) + 1, updated_at=utc_now())
            )
            if result.rowcount == 0:
                raise self._conflict(mine, self._stored(session, post_id))
        return self._stored(session, post_id)

    def _stored(self, session: Session, post_id: int) -> RecurrenceData:
        session.expire_all()
        if session.get(Post, post_id) is None:
            raise RowNotFoundError(
                f"The post {post_id} no longer exists in {self.db.location}.", self.db.location
            )
        return _recurrence_data(post_id, _rule_row(session, post_id))

    def _conflict(self, mine: RecurrenceData, theirs: RecurrenceData) -> ConflictError:
        return ConflictError(
            f"The repeat of post {mine.post_id} was changed by someone else since you opened it "
            f"(you edited version {mine.version}, the saved one is version {theirs.version}); "
            "nothing was overwritten.",
            self.db.location,
            mine=mine,
            theirs=theirs,
        )


# ---- posting slots -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SlotData:
    id: int
    workspace_id: int
    slot: PostingSlot
    version: int


def _slot_data(row: SlotRow) -> SlotData:
    assert row.id is not None
    return SlotData(
        id=row.id,
        workspace_id=row.workspace_id,
        slot=PostingSlot(
            weekday=row.weekday,
            clock=time.fromisoformat(row.clock),
            platform=PlatformId(row.platform) if row.platform else None,
        ),
        version=row.version,
    )


class SlotRepository:
    """A workspace's regular posting times (e.g. Tuesday and Thursday 09:00 on Instagram)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list_for_workspace(self, workspace_id: int) -> list[SlotData]:
        with self.db.session() as session:
            rows = session.exec(select(SlotRow).where(SlotRow.workspace_id == workspace_id)).all()
            return sorted((_slot_data(row) for row in rows), key=lambda data: data.slot)

    def slots(self, workspace_id: int) -> list[PostingSlot]:
        return [data.slot for data in self.list_for_workspace(workspace_id)]

    def add(self, workspace_id: int, slot: PostingSlot) -> SlotData:
        """Add a slot (idempotent: the same weekday, time and platform is returned as it is)."""
        clock = f"{slot.clock:%H:%M}"
        platform = slot.platform.value if slot.platform else None
        with self.db.session(write=True) as session:
            existing = session.exec(
                select(SlotRow).where(
                    SlotRow.workspace_id == workspace_id,
                    SlotRow.weekday == slot.weekday,
                    SlotRow.clock == clock,
                    col(SlotRow.platform).is_(None)
                    if platform is None
                    else col(SlotRow.platform) == platform,
                )
            ).first()
            if existing is not None:
                return _slot_data(existing)
            row = SlotRow(
                workspace_id=workspace_id, weekday=slot.weekday, clock=clock, platform=platform
            )
            session.add(row)
            session.flush()
            return _slot_data(row)

    def remove(self, slot: SlotData) -> None:
        with self.db.session(write=True) as session:
            session.exec(sa.delete(SlotRow).where(col(SlotRow.id) == slot.id))

    def replace_all(
        self,
        workspace_id: int,
        slots: Iterable[PostingSlot],
        *,
        expected: Iterable[PostingSlot] | None = None,
    ) -> list[SlotData]:
        """Set the workspace's slots to exactly `slots` in one transaction.

        `expected`: the slots the person started editing from. The slots are edited as one list,
        so the list is what is versioned: when the stored slots are no longer `expected`
        (someone else saved theirs meanwhile), ConflictError (`mine`: the wanted slots,
        `theirs`: the stored ones) and nothing is replaced.
        """
        wanted = sorted(set(slots))
        with self.db.session(write=True) as session:
            # Lock the workspace row, so two clients replacing the same slots take turns and
            # the second sees the first one's slots (SQLite's write transaction already does).
            workspace = session.exec(
                select(Workspace).where(Workspace.id == workspace_id).with_for_update()
            ).first()
            if workspace is None:
                raise RowNotFoundError(
                    f"There is no workspace {workspace_id} in {self.db.location}.",
                    self.db.location,
                )
            if expected is not None:
                stored_rows = session.exec(
                    select(SlotRow).where(SlotRow.workspace_id == workspace_id)
                ).all()
                stored = sorted(_slot_data(row).slot for row in stored_rows)
                if stored != sorted(set(expected)):
                    raise ConflictError(
                        f"The posting slots of {workspace.name} were changed by someone else "
                        "since you opened them; nothing was overwritten.",
                        self.db.location,
                        mine=wanted,
                        theirs=stored,
                    )
            session.exec(sa.delete(SlotRow).where(col(SlotRow.workspace_id) == workspace_id))
            rows = [
                SlotRow(
                    workspace_id=workspace_id,
                    weekday=slot.weekday,
                    clock=f"{slot.clock:%H:%M}",
                    platform=slot.platform.value if slot.platform else None,
                )
                for slot in wanted
            ]
            session.add_all(rows)
            session.flush()
            return [_slot_data(row) for row in rows]


def next_free_slot(
    db: Database,
    workspace_id: int,
    *,
    after: datetime,
    platform: PlatformId | str | None = None,
    horizon: timedelta = timedelta(days=366),
) -> datetime | None:
    """ "Add to next free slot": the first slot of the workspace after `after` (UTC result).

    A slot is taken when a post of the workspace (on `platform`, when given), or a repeat of
    one, is scheduled exactly at it. Archived posts do not take slots.
    """
    _checked_range(after, after)
    slots = SlotRepository(db).slots(workspace_id)
    if not slots:
        return None
    workspace = db_workspace_zone(db, workspace_id)
    taken_statuses = frozenset(s for s in Status if s is not Status.ARCHIVED)
    chosen = CalendarFilter.of(
        workspace=workspace_id,
        platforms=[platform] if platform is not None else None,
        statuses=taken_statuses,
    )
    occupied = [entry.at for entry in calendar_entries(db, after, after + horizon, chosen)]
    return schedule.next_free_slot(
        slots, workspace, after, occupied, platform=platform, horizon=horizon
    )


def db_workspace_zone(db: Database, workspace_id: int) -> str:
    with db.session() as session:
        row = session.get(Workspace, workspace_id)
        if row is None:
            raise RowNotFoundError(
                f"There is no workspace {workspace_id} in {db.location}.", db.location
            )
        return row.timezone


# ---- health -------------------------------------------------------------------------------------


def health_items(entries: Iterable[CalendarEntry]) -> list[ScheduledItem]:
    """The facts the health checks use, one per calendar entry (repeats included)."""
    return [
        ScheduledItem(
            post_id=entry.post.id,
            at=entry.at,
            content_type=entry.post.content_type,
            sponsored=entry.post.sponsored,
            author=entry.post.author,
        )
        for entry in entries
    ]


def workspace_health(
    db: Database,
    workspace_id: int,
    first_day: date,
    last_day: date,
    *,
    audience_zone: str | None = None,
    thresholds: HealthThresholds = HealthThresholds(),  # noqa: B008 (frozen, shared on purpose)
    first_weekday: int | None = None,
) -> list[schedule.WeekHealth]:
    """Calendar health per week (FEEDBACK.md) for one workspace's planned posts.

    Weeks follow the workspace's zone and locale (first weekday); archived posts are left out.
    The window reaches back a week so a run of promotional posts is seen across a week boundary.
    """
    with db.session() as session:
        row = session.get(Workspace, workspace_id)
        if row is None:
            raise RowNotFoundError(
                f"There is no workspace {workspace_id} in {db.location}.", db.location
            )
        zone, locale = row.timezone, row.locale
    first = first_weekday if first_weekday is not None else schedule.first_weekday(locale)
    weeks_from = schedule.week_start(first_day, first)
    start = schedule.at_wall_clock(weeks_from - timedelta(days=7), time(0), zone)
    end = schedule.at_wall_clock(schedule.week_range(last_day, first)[1], time(0), zone)
    chosen = CalendarFilter.of(
        workspace=workspace_id, statuses=[s for s in Status if s is not Status.ARCHIVED]
    )
    items = health_items(calendar_entries(db, start, end, chosen))
    return schedule.calendar_health(
        items,
        zone,
        first_day,
        last_day,
        first=first,
        audience_zone=audience_zone,
        thresholds=thresholds,
    )


# ---- what the calendar window reads and writes ---------------------------------------------------


def reschedule_post(
    db: Database,
    post_id: int,
    at: datetime | None,
    *,
    zone: str | None = None,
    expected_version: int | None = None,
    changed_by: str = "",
) -> PostData:
    """Give a post a new time (UTC, aware) planned in `zone` (default: the zone it had, else its
    workspace's). `expected_version`: refuse with ConflictError when someone changed the post
    since that version, so a drag on a stale calendar never overwrites their edit."""
    if at is not None:
        _checked_range(at, at)
    posts = PostRepository(db)
    post = posts.get(post_id)
    planned_in = zone or post.scheduled_zone or db_workspace_zone(db, post.workspace_id)
    moved = replace(
        post,
        scheduled_at=at,
        scheduled_zone=planned_in if at is not None else None,
        version=expected_version if expected_version is not None else post.version,
    )
    return posts.save(moved, changed_by=changed_by, note="moved in the calendar")


def create_draft_at(
    db: Database, workspace_id: int, at: datetime | None, *, author: str = "", title: str = ""
) -> PostData:
    """A new draft in the workspace at `at` (UTC), its default platforms switched on: what a
    double-click on an empty day or hour makes before the composer opens it."""
    workspace = WorkspaceRepository(db).get(workspace_id)
    posts = PostRepository(db)
    post = posts.create(
        workspace_id,
        title=title,
        status=Status.DRAFT,
        scheduled_at=at,
        scheduled_zone=workspace.timezone if at is not None else None,
        author=author,
        note="created in the calendar",
    )
    for platform in workspace.default_platforms:
        posts.add_variant(post.id, platform)
    return post


@dataclass(frozen=True)
class SearchHit:
    """One post a calendar search found, with the passage that matched."""

    post: PostData
    where: str  # "title", "text", a platform id (that variant's text) or "comment"
    excerpt: str  # the matching field, cut around the first match
    terms: tuple[str, ...]  # the words searched for, to highlight in `excerpt`


_EXCERPT_CONTEXT = 60  # characters kept before the first match; about a line of a result list


def search_calendar(
    db: Database, query: str, *, workspace_id: int | None = None, limit: int = 100
) -> list[SearchHit]:
    """Posts matching every word of `query` in their title, text, a variant or a comment.

    Titles, texts and variants come from the FTS5 index (search.search_posts, best first);
    comments are not in that index, so they are scanned with an escaped LIKE per word. Never
    raises for anything a person can type.
    """
    terms = search_terms(query)
    if not terms:
        return []
    posts = search_posts(db, query, workspace_id=workspace_id, limit=limit)
    seen = {post.id for post in posts}
    if len(posts) < limit:
        for post in _posts_with_comment(db, terms, workspace_id, limit - len(posts)):
            if post.id not in seen:
                posts.append(post)
                seen.add(post.id)
    if not posts:
        return []
    ids = [post.id for post in posts]
    with db.session() as session:
        variants: dict[int, list[tuple[str, str]]] = defaultdict(list)
        comments: dict[int, list[str]] = defaultdict(list)
        for chunk in _chunks(ids):
            for post_id, platform, text in session.exec(
                select(Variant.post_id, Variant.platform, Variant.text).where(
                    col(Variant.post_id).in_(chunk), col(Variant.text).is_not(None)
                )
            ).all():
                variants[post_id].append((platform, text or ""))
            for post_id, body in session.exec(
                select(Comment.post_id, Comment.body).where(col(Comment.post_id).in_(chunk))
            ).all():
                comments[post_id].append(body)
    hits: list[SearchHit] = []
    for post in posts:
        fields = [("title", post.title), ("text", post.body)]
        fields += variants.get(post.id, [])
        fields += [("comment", body) for body in comments.get(post.id, [])]
        where, text = _first_matching_field(fields, terms)
        hits.append(SearchHit(post, where, excerpt(text, terms), tuple(terms)))
    return hits


def _posts_with_comment(
    db: Database, terms: list[str], workspace_id: int | None, limit: int
) -> list[PostData]:
    has_comment = select(Comment.id).where(Comment.post_id == Post.id)
    for term in terms:
        pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        has_comment = has_comment.where(col(Comment.body).ilike(pattern, escape="\\"))
    query = select(Post).where(has_comment.exists())
    if workspace_id is not None:
        query = query.where(Post.workspace_id == workspace_id)
    query = query.order_by(col(Post.updated_at).desc(), col(Post.id)).limit(limit)
    with db.session() as session:
        return [post_data(row) for row in session.exec(query).all()]


def _first_matching_field(fields: list[tuple[str, str]], terms: list[str]) -> tuple[str, str]:
    """The field holding the most of the words (the first such field), else the text."""
    folded_terms = [term.casefold() for term in terms]
    best: tuple[int, str, str] = (0, "text", fields[1][1] if len(fields) > 1 else "")
    for where, text in fields:
        folded = text.casefold()
        matches = sum(term in folded for term in folded_terms)
        if matches > best[0]:
            best = (matches, where, text)
    return best[1], best[2]


def excerpt(text: str, terms: Iterable[str], width: int = 160) -> str:
    """`text` on one line, cut to about `width` characters around the first word of `terms`."""
    flat = " ".join(text.split())
    folded = flat.casefold()
    positions = [folded.find(term.casefold()) for term in terms]
    first = min((p for p in positions if p >= 0), default=0)
    start = max(0, first - _EXCERPT_CONTEXT)
    if start > 0:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    cut = flat[start : start + width]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(flat) else ""
    return f"{prefix}{cut}{suffix}"


def workspace_campaigns(
    db: Database, workspace_ids: Iterable[int] | None = None
) -> list[CampaignData]:
    """Campaigns of these workspaces (all when None), by name: the calendar's campaign filter."""
    query = select(Campaign).order_by(col(Campaign.name), col(Campaign.id))
    if workspace_ids is not None:
        query = query.where(col(Campaign.workspace_id).in_(sorted(set(workspace_ids))))
    with db.session() as session:
        return [campaign_data(row) for row in session.exec(query).all()]
