"""The database tables (SQLModel) behind the data model of issue 2.

Rows of these classes stay inside `studio.storage`: repositories copy them into frozen dataclasses
before anything else sees them. Enumerations from the domain (Status, ContentType, PlatformId) are
stored as their string values so the schema does not change when a member is added.

Every table a person edits carries `version`, bumped on each update; an update names the version it
read and is refused when the row moved on (optimistic locking, see repositories.py). History rows
(Revision, StatusChange) are written once and never edited, so they have none.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from uuid import uuid4

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel

# Deterministic constraint names, so migrations can name what they alter on PostgreSQL too.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A point in time, always UTC-aware in Python whatever the database keeps.

    SQLite has no time-zone type and would hand back naive values, which later compare wrongly
    against aware ones; so naive input is refused and output is always made aware again.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: the studio stores aware UTC times only")
        in_utc = value.astimezone(UTC)
        return in_utc.replace(tzinfo=None) if dialect.name == "sqlite" else in_utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _created() -> Any:
    return Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False)


def _updated() -> Any:
    return Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False)


def _version() -> Any:
    return Field(default=1, nullable=False)


def _parent(table: str, *, nullable: bool = False, on_delete: str = "CASCADE") -> Any:
    return Field(
        default=None,
        sa_column_args=[sa.ForeignKey(f"{table}.id", ondelete=on_delete)],
        nullable=nullable,
        index=True,
    )


class Workspace(SQLModel, table=True):
    """One client or brand: its calendar, its defaults, its rule choices."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    timezone: str = Field(max_length=64, description="IANA zone, e.g. Europe/Berlin")
    colour: str = Field(default="#4c6ef5", max_length=16)
    default_platforms: str = Field(default="", max_length=200, description="comma-separated ids")
    locale: str = Field(default="en", max_length=35, description="BCP 47 tag for help resources")
    created_at: datetime = _created()
    updated_at: datetime = _updated()
    version: int = _version()


class Campaign(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _parent("workspace")
    name: str = Field(max_length=200)
    description: str = Field(default="")
    starts_on: date | None = None
    ends_on: date | None = None
    colour: str = Field(default="#f59f00", max_length=16)
    created_at: datetime = _created()
    updated_at: datetime = _updated()
    version: int = _version()


class Post(SQLModel, table=True):
    """A post as written once; per-network differences live in Variant."""

    __table_args__ = (
        # The calendar asks "this workspace, this range of days"; review lists ask by status.
        sa.Index("ix_post_workspace_id_scheduled_at", "workspace_id", "scheduled_at"),
        sa.Index("ix_post_status", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(sa_column_args=[sa.ForeignKey("workspace.id", ondelete="CASCADE")])
    campaign_id: int | None = _parent("campaign", nullable=True, on_delete="SET NULL")
    title: str = Field(default="", max_length=300)
    body: str = Field(default="")
    status: str = Field(default="idea", max_length=32)
    content_type: str | None = Field(default=None, max_length=32)
    sponsored: bool = Field(default=False)
    partner_name: str = Field(default="", max_length=200)
    # The instant in UTC plus the zone it was planned in: "9:00 in Berlin" stays meaningful when
    # the viewer travels or daylight saving moves the offset.
    scheduled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    scheduled_zone: str | None = Field(default=None, max_length=64)
    author: str = Field(default="", max_length=200)
    created_at: datetime = _created()
    updated_at: datetime = _updated()
    version: int = _version()


class Variant(SQLModel, table=True):
    __table_args__ = (sa.UniqueConstraint("post_id", "platform"),)

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = _parent("post")
    platform: str = Field(max_length=32)
    text: str | None = Field(default=None, description="None: inherit the post's body")
    first_comment: str = Field(default="")
    enabled: bool = Field(default=True)
    created_at: datetime = _created()
    updated_at: datetime = _updated()
    version: int = _version()


class MediaAsset(SQLModel, table=True):
    """An image in the content-addressed media store (media/<sha256[:2]>/<sha256>.<ext>)."""

    __tablename__ = "media_asset"
    __table_args__ = (sa.UniqueConstraint("workspace_id", "sha256"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _parent("workspace")
    sha256: str = Field(max_length=64)
    original_name: str = Field(default="", max_length=500)
    mime: str = Field(max_length=100)
    width: int
    height: int
    byte_size: int
    alt_text: str = Field(default="")
    has_gps: bool = Field(default=False)
    # Media library (migration 0005): a JSON array of tag strings.
    tags: str = Field(default="[]", description='JSON: ["spring", "team"]')
    created_at: datetime = _created()
    updated_at: datetime = _updated()
    version: int = _version()


class PostMedia(SQLModel, table=True):
    __tablename__ = "post_media"
    __table_args__ = (sa.UniqueConstraint("post_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = _parent("post")
    media_id: int = _parent("media_asset", on_delete="RESTRICT")
    position: int = Field(default=0)
    crop_boxes: str = Field(default="{}", description='JSON: {"instagram": [x, y, w, h], ...}')
    created_at: datetime = _created()
    updated_at: datetime = _updated()
    version: int = _version()


class Comment(SQLModel, table=True):
    """A review comment anchored to a passage (quote + context, so it survives edits)."""

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = _parent("post")
    parent_id: int | None = _parent("comment", nullable=True)
    quote: str = Field(default="")
    prefix: str = Field(default="")
    suffix: str = Field(default="")
    anchor_start: int = Field(default=0)
    anchor_end: int = Field(default=0)
    body: str
    author: str = Field(default="", max_length=200)
    resolved: bool = Field(default=False)
    # Review (migration 0004). A comment's identity outside this database: review files carry it,
    # so importing a returned file twice adds nothing. Rows from before 0004 got one then.
    uuid: str | None = Field(
        default_factory=lambda: str(uuid4()), max_length=36, unique=True, index=True
    )
    # The text the anchor points into: "body", or a platform id for a variant's own text.
    target: str = Field(default="body", max_length=32)
    # A pin on an image instead of a passage: the image and the point, as fractions 0..1 of its
    # width and height (so the pin stays put on any rendition or thumbnail). No foreign key: SQLite
    # adds one to an existing table only by copying it, which would cascade into the replies; an
    # image no longer in the store simply leaves the pin without its picture.
    media_id: int | None = Field(default=None)
    pin_x: float | None = Field(default=None)
    pin_y: float | None = Field(default=None)
    created_at: datetime = _created()
    updated_at: datetime = _updated()
    version: int = _version()


class Revision(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    post_id: int = _parent("post")
    snapshot: str = Field(description="JSON of the post and its variants at that moment")
    reason: str = Field(default="", max_length=200)
    author: str = Field(default="", max_length=200)
    created_at: datetime = _created()


class StatusChange(SQLModel, table=True):
    __tablename__ = "status_change"
    id: int | None = Field(default=None, primary_key=True)
    post_id: int = _parent("post")
    from_status: str | None = Field(default=None, max_length=32)
    to_status: str = Field(max_length=32)
    changed_by: str = Field(default="", max_length=200)
    changed_at: datetime = _created()
    note: str = Field(default="")


class ReviewDecision(SQLModel, table=True):
    """A reviewer's approval or request for changes, as decided (migration 0004).

    Written once. `applied` says whether it moved the post's status (the StatusChange it wrote is
    linked); a decision from a review file is kept even when it could not be applied. `outdated`
    marks a decision made on an older version of the text than the post had when it arrived.
    """

    __tablename__ = "review_decision"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=lambda: str(uuid4()), max_length=36, unique=True)
    post_id: int = _parent("post")
    decision: str = Field(max_length=32, description="approved | changes_requested")
    author: str = Field(default="", max_length=200)
    decided_at: datetime = _created()
    note: str = Field(default="")
    revision_id: int | None = _parent("revision", nullable=True, on_delete="SET NULL")
    acknowledged_rules: str = Field(
        default="", description="comma-separated strong rule ids open when it was approved"
    )
    outdated: bool = Field(default=False)
    applied: bool = Field(default=False)
    status_change_id: int | None = _parent("status_change", nullable=True, on_delete="SET NULL")
    source: str = Field(default="", max_length=200, description="'' here, else the review file")
    created_at: datetime = _created()


class RuleSetting(SQLModel, table=True):
    """A rule switched off: for one post (post_id set) or for the whole workspace (post_id None)."""

    __tablename__ = "rule_setting"
    __table_args__ = (sa.UniqueConstraint("workspace_id", "post_id", "rule_id"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _parent("workspace")
    post_id: int | None = _parent("post", nullable=True)
    rule_id: str = Field(max_length=200)
    note: str = Field(default="")
    created_by: str = Field(default="", max_length=200)
    created_at: datetime = _created()
    updated_at: datetime = _updated()
    version: int = _version()


class Snippet(SQLModel, table=True):
    """Reusable text: a sign-off, a disclosure line, a hashtag group."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _parent("workspace")
    name: str = Field(max_length=200)
    kind: str = Field(default="text", max_length=32, description="text | hashtags")
    body: str = Field(default="")
    created_at: datetime = _created()
    updated_at: datetime = _updated()
    version: int = _version()


class PostingSlot(SQLModel, table=True):
    """A regular time to post in a workspace: weekday + wall-clock time, for one platform or all."""

    __tablename__ = "posting_slot"
    __table_args__ = (sa.UniqueConstraint("workspace_id", "platform", "weekday", "clock"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = _parent("workspace")
    platform: str | None = Field(default=None, max_length=32, description="None: any platform")
    weekday: int = Field(description="0 = Monday … 6 = Sunday")
    clock: str = Field(max_length=5, description="HH:MM on the workspace's wall clock")
    created_at: datetime = _created()
    updated_at: datetime = _updated()
    version: int = _version()


class PostRecurrence(SQLModel, table=True):
    """How a post repeats (domain.schedule.Recurrence); occurrences are computed, never copied.

    A post whose repeat was switched off keeps its row with `frequency` None (migration 0006), so
    the version goes on counting: a client still showing the old rule is refused as a conflict
    instead of writing it back as a new row. Readers skip those rows.
    """

    __tablename__ = "post_recurrence"
    __table_args__ = (sa.UniqueConstraint("post_id"),)

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(sa_column_args=[sa.ForeignKey("post.id", ondelete="CASCADE")])
    frequency: str | None = Field(
        default=None, max_length=16, description="daily | weekly | monthly; None: no repeat"
    )
    interval: int = Field(default=1)
    until: date | None = Field(default=None, description="last local day, inclusive")
    count: int | None = Field(default=None, description="occurrences including the post itself")
    created_at: datetime = _created()
    updated_at: datetime = _updated()
    version: int = _version()


class PostKey(SQLModel, table=True):
    """A post's identity outside this database (exports, iCalendar UIDs, re-imports).

    Given on the first export or kept from an import, never changed, so a re-exported calendar
    updates its events instead of duplicating them and a re-imported file finds its posts again.
    """

    __tablename__ = "post_key"
    __table_args__ = (sa.UniqueConstraint("post_id"), sa.UniqueConstraint("uid"))

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(sa_column_args=[sa.ForeignKey("post.id", ondelete="CASCADE")])
    uid: str = Field(max_length=64)
    created_at: datetime = _created()


# In dependency order: parents before children (db info lists them this way).
ALL_TABLES: tuple[type[SQLModel], ...] = (
    Workspace,
    Campaign,
    Post,
    Variant,
    MediaAsset,
    PostMedia,
    Comment,
    Revision,
    StatusChange,
    RuleSetting,
    Snippet,
    ReviewDecision,
    PostingSlot,
    PostRecurrence,
    PostKey,
)
